"""Which of a fact's slots a claim's value may be compared with, shared by the value
comparators: cue words that point at particular slots, values tied to another place, and
the pairing of values with slots, one value to a slot.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from factcli.frames import REPORTING_VERBS
from factcli.lazy_re import lazy_compile
from factcli.lexicon import STOP_WORDS, stem, stem_set
from factcli.model import DateSlot, QuantitySlot, RankSlot
from factcli.mood import past_verb
from factcli.parse import ParsedText
from factcli.synonyms import widened
from factcli.values import DateSpan, Quantity, Rank
from factcli.verdict.compare import comparable_ranks, date_relation
from factcli.verdict.entities import replaces
from factcli.verdict.facts import STATEMENT_SLOT, FactView
from factcli.verdict.findings import Element, Kind

ClaimValue = Quantity | DateSpan | Rank
Slot = QuantitySlot | DateSlot | RankSlot
SlotT = TypeVar("SlotT")


def slot_id(view: FactView, slot: str, index: int) -> str:
    """A name for one slot of one fact, for cue eligibility."""
    return f"{view.fact.id}#{slot}#{index}"


def slot_allowed(element: Element, ident: str, eligible: Mapping[Element, set[str]]) -> bool:
    """May the claim's value be compared with this slot, by the cues around the value?"""
    allowed = eligible.get(element)
    return allowed is None or ident in allowed


def slot_open(
    element: Element, ident: str, slot: str, eligible: Mapping[Element, set[str]]
) -> bool:
    """May the claim's value be compared with this slot? A slot compared only by its cue
    (CUED_ONLY_SLOTS) must have been named by the cues around the value."""
    if slot in CUED_ONLY_SLOTS:
        return ident in eligible.get(element, ())
    return slot_allowed(element, ident, eligible)


def tied_elsewhere(
    claim: ParsedText, start: int, end: int, view: FactView, named: frozenset[str] | None = None
) -> bool:
    """A value tied to a place the fact does not name is about that place, not this fact,
    unless that place stands where the fact has another that neither the claim nor its
    context (`named`) mentions (then the value is compared)."""
    anchor = claim.anchor(start, end)
    if anchor is None:
        return False
    stop = next((f for f in view.fillers if f.name == anchor.name and f.role in _STOPS), None)
    if stop is not None:  # "three days in Russia" against the leg after Russia
        return not any(slot.slot.startswith(stop.role) for slot in _curated_slots(view))
    if anchor.name in view.names:
        return False
    mentioned = claim.names if named is None else named
    # the claim's own side for the place must be the side of the filler it would replace:
    # "flew to Belarus for two days after Russia" makes Russia the stop before, so Belarus
    # cannot stand for Kazakhstan; "a one-day trip to Japan before arriving in Russia" can
    sides = {r.side for r in claim.roles if r.name == anchor.name}
    if sides & _STOPS:  # "after a one-day stop in Kazakhstan": a stop, whatever else
        sides &= _STOPS
    elif sides:
        sides |= _STOPS - {r.side for r in claim.roles if r.name != anchor.name}
    return not any(
        f.name not in mentioned and replaces(anchor, f) and (not sides or f.side in sides)
        for f in view.fillers
    )


_STOPS = frozenset({"previous_stop", "next_stop"})
_SEQUENCED = lazy_compile(r"\b(?:after|following|before)\s+(?:a|an|the|his|her|its)?\s*$", re.I)


def measures_alike(claim: ParsedText, view: FactView, slot: Slot) -> bool:
    """May the fact's value conflict with a value of the claim? A slot named for what it
    measures ("length"), or whose cue has a content word, is the store's word on that
    (eligibility reads it). One named only for its kind of value is known by the words
    around it in the statement ("his first major crown at the 2008 Australian Open"): the
    claim must share one of them, or a synonym ("the final ... took place on 11 July 2021"
    shares none), or the values are of different things. Names are set aside: the claim
    shares them with every fact it is compared with. A value with no other words around
    it decides nothing."""
    if content_stems(stem_set(slot.cue)) or not _named_by_kind(slot):
        return True
    place = view.places.get(id(slot))
    if place is None:
        return True
    statement = view.statement
    theirs = content_stems(statement.context(*place, *_AROUND)) - name_stems(statement)
    return not theirs or bool(widened(theirs) & widened(content_stems(claim.stems)))


def _named_by_kind(slot: Slot) -> bool:
    """Is the slot named only for the kind of value it holds (a drafted "percent" or
    "rank", a statement's own value), not for what it measures ("volume", "length")?"""
    if isinstance(slot, QuantitySlot) and slot.slot == slot.quantity.dimension:
        return True
    return slot.slot in _KIND_NAMES


_KIND_NAMES = frozenset({STATEMENT_SLOT, "rank"})


def content_stems(stems: frozenset[str]) -> frozenset[str]:
    """The stems that may say what something is: no stop word, no number."""
    return frozenset(s for s in stems if s not in _STOP_STEMS and not s.isdigit())


def name_stems(parsed: ParsedText) -> frozenset[str]:
    """The stems of the text's names, which a claim shares with every fact it is compared
    with and so say nothing of what a value measures."""
    return frozenset().union(*(parsed.stems_between(m.start, m.end) for m in parsed.mentions))


_STOP_STEMS = stem_set(STOP_WORDS)
_AROUND = (8, 6)  # words before and after a value, in its clause, that say what it measures


def for_another_stop(claim: ParsedText, start: int, end: int, view: FactView, slot: str) -> bool:
    """Is the slot about a stop of the trip ("previous_stop_length": Kazakhstan's one day)
    while the value is not tied to that stop ("arrived in Moscow for a three-day visit")?"""
    stop = next((f for f in view.fillers if f.role in _STOPS and slot.startswith(f.role)), None)
    if stop is None:
        return False
    anchor = claim.anchor(start, end)
    if anchor is not None:  # tied to another place of the fact, or to the claim's own stop
        return anchor.name != stop.name and anchor.name in view.names
    if _SEQUENCED.search(claim.text, max(0, start - 24), start):
        return False  # "after a one-day trip": the stop, named by its place in the trip
    return stop.role not in {r.side for r in claim.roles if r.name == stop.name}


def _curated_slots(view: FactView) -> list[QuantitySlot | DateSlot | RankSlot]:
    return [*view.fact.quantities, *view.fact.dates, *view.fact.ranks]


def pair(
    candidates: dict[int, list[SlotT]], agrees: Callable[[int, SlotT], bool]
) -> dict[int, tuple[SlotT | None, list[SlotT]]]:
    """Pair the claim's values with the fact's slots, one value to a slot, matches first:
    in "signed in May 2014 ... deliveries from 2018" against a fact with one start date,
    2018 takes the slot and May 2014 is left to other facts instead of conflicting."""
    used: set[int] = set()  # by identity: two slots of one value ("two ... two") are two
    matched: dict[int, SlotT] = {}
    for number, slots in candidates.items():
        match = next((s for s in slots if agrees(number, s) and id(s) not in used), None)
        if match is not None:
            used.add(id(match))
            matched[number] = match
    return {
        number: (matched.get(number), [s for s in slots if id(s) not in used])
        for number, slots in candidates.items()
    }


def _said_dates(views: list[FactView]) -> set[str]:
    """The date slots of the facts whose one date is when they were said: a reporting
    verb, or it and "on", right before it ("GE said on Wednesday it will move")."""
    found = set()
    for view in views:
        statement = view.statement
        said = [d for d in statement.dates if _said_before(statement, d.start_offset)]
        if said and len(view.dates) == 1 and len(statement.dates) == 1:
            found.add(slot_id(view, view.dates[0].slot, 0))
    return found


def _said_before(parsed: ParsedText, start: int) -> bool:
    """Is the word before `start` (over an "on") a reporting verb?"""
    before = [w.lower for w in parsed.words_before(start, 2)]
    if before[-1:] == ["on"]:
        before = before[:-1]
    return bool(before) and before[-1] in REPORTING_VERBS


def eligibility(
    claim: ParsedText, views: list[FactView], candidates: Sequence[FactView] = ()
) -> dict[Element, set[str]]:
    """Which slots each claim value may be compared with, by the cue words around it.

    The verb a date belongs to decides first: "signed in June 2016 during a visit" dates a
    signing, so when that verb is a cue of some slot among the candidate facts, the date
    goes to such slots only (none, if no fact the claim is about has one). Otherwise a
    content cue the claim uses itself ("signed", "start") points across facts: "begin in
    2014" goes to a start date, never to a signing. A function-word cue ("from", "in"), or
    a cue met only through a synonym, chooses among the slots of one fact."""
    eligible: dict[Element, set[str]] = {}
    content_cues = _content_cues([*views, *candidates])
    for element, value in _claim_values(claim):
        start, end = _span(value)
        head = claim.head(start, end) if isinstance(value, DateSpan) else None
        if head is not None and head.lower in REPORTING_VERBS:
            # "the ministry announced Monday": when it was said, which only a fact's own
            # date of saying tells ("GE said on Wednesday it will move")
            eligible[element] = _said_dates(views) if isinstance(value, DateSpan) else set()
            continue
        if isinstance(value, DateSpan) and _bracketed(claim.text, start, end):
            eligible[element] = set()  # "the Great Patriotic War (1941-45)": the name's own
            continue
        if head is not None and past_verb(head.lower) and head.stem in content_cues:
            eligible[element] = _pinned(value, views, widened(frozenset({head.stem})))
            continue
        owned = _owned_by_date(claim, value) if isinstance(value, DateSpan) else None
        if owned is not None:  # "Saturday's parade": the parade's date, or no slot's
            eligible[element] = _pinned(value, views, widened(owned)) | _owning(views, owned)
            continue
        own = claim.context(start, end) | claim.stems_between(start, end)
        context = widened(own)
        strong: set[str] = set()
        uncued: set[str] = set()  # slots that take a value only by their cue
        per_view: list[tuple[set[str], set[str]]] = []
        for view in views:
            weak: set[str] = set()
            every: set[str] = set()
            for index, slot in enumerate(_slots_like(value, view)):
                if not _comparable(value, slot):
                    continue
                ident = slot_id(view, slot.slot, index)
                every.add(ident)
                cues = stem_set(slot.cue)
                if (own & cues) - stem_set(STOP_WORDS):
                    strong.add(ident)
                elif slot.slot in CUED_ONLY_SLOTS:  # a word of its cue near the value
                    # ("honours ... seventy years on"), a preposition beside it ("from 2014")
                    cued = own & cues or (context & cues) - stem_set(STOP_WORDS)
                    (weak if cued else uncued).add(ident)
                elif context & cues:
                    weak.add(ident)
            per_view.append((weak, every))
        if strong:
            eligible[element] = strong
        elif any(weak for weak, _ in per_view):
            eligible[element] = {i for weak, every in per_view for i in (weak or every)} - uncued
            # a slot of the very same date stays open, whatever its preposition: "foresaw in
            # September" is the fact's "as of September", not its "in 2017"
            eligible[element] |= _same_dates(value, views)
        elif uncued:  # "the three-year war" is no time since the war's end
            eligible[element] = {i for _, every in per_view for i in every} - uncued
    return eligible


def _same_dates(value: ClaimValue, views: list[FactView]) -> set[str]:
    """The date slots, among these facts, of the very date the claim's value gives."""
    if not isinstance(value, DateSpan):
        return set()
    return {
        slot_id(view, slot.slot, index)
        for view in views
        for index, slot in enumerate(view.dates)
        if date_relation(value, slot.date) == "same" and slot.slot not in CUED_ONLY_SLOTS
    }


# Slots a claim's value is compared with only when its own cue says so: a time elapsed
# since an event ("the 70th anniversary": "anniversary", "since", "marking"), the year a
# change starts from ("double it from the 2014 level": "from", "on", "since").
CUED_ONLY_SLOTS = frozenset({"anniversary", "base"})


def _bracketed(text: str, start: int, end: int) -> bool:
    """Is the value alone in brackets ("(1941-45)"): an aside on the words before it?"""
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


def _content_cues(views: Sequence[FactView]) -> frozenset[str]:
    """The content words (not function words) that cue some date slot of these facts
    (their curated slots: only those have cues, and reading them parses no statement).
    A verb that cues a rank ("ranked ninth") says nothing of which date a date is."""
    stop = stem_set(STOP_WORDS)
    return frozenset(
        cue for view in views for slot in view.fact.dates for cue in stem_set(slot.cue)
        if cue not in stop
    )  # fmt: skip


def _pinned(value: ClaimValue, views: list[FactView], head: frozenset[str]) -> set[str]:
    """The slots, among the facts the claim is about, that the value's own word (or a
    synonym: "visited" for a trip) cues or names."""
    return {
        slot_id(view, slot.slot, index)
        for view in views
        for index, slot in enumerate(_slots_like(value, view))
        if _comparable(value, slot) and head & (stem_set(slot.cue) | {stem(slot.slot)})
    }


def _owning(views: list[FactView], owned: frozenset[str]) -> set[str]:
    """The date slots of facts whose statement dates the same thing by a possessive too
    ("Tuesday's parliamentary elections"): the fact's own date of it."""
    found = set()
    for view in views:
        statement = view.statement
        theirs = [_owned_by_date(statement, d) or frozenset() for d in statement.dates]
        dated = [_dated_by_phrase(statement, d) for d in statement.dates]
        if not any(t and (t <= owned or owned <= t) for t in theirs) and not any(
            d & owned for d in dated
        ):
            continue
        found |= {slot_id(view, slot.slot, index) for index, slot in enumerate(view.dates)}
    return found


_POSSESSIVE = ("'s ", "\u2019s ")
_OWNED_WORDS = 3  # words after "Saturday's" that name what the date is the date of


def _owned_by_date(claim: ParsedText, date: DateSpan) -> frozenset[str] | None:
    """The stems of what a possessive date dates ("Saturday's Victory Day parade", "last
    year's deal"), or None when the date is no possessive."""
    if not claim.text.startswith(_POSSESSIVE, date.end_offset):
        return None
    owned: set[str] = set()
    for word in [w for w in claim.words if w.start > date.end_offset + 2][:_OWNED_WORDS]:
        if word.lower in STOP_WORDS:
            break  # "Saturday's parade on Red Square": the noun phrase ends at "on"
        owned.add(word.stem)
    return frozenset(owned)


def _dated_by_phrase(text: ParsedText, date: DateSpan) -> frozenset[str]:
    """The stems of the noun a date's phrase follows ("a rate hike on Wednesday": rate,
    hike), the same thing "Wednesday's rate hike" dates by its possessive."""
    before = [w for w in text.words if w.end <= date.start_offset][-(_OWNED_WORDS + 1) :]
    if not before or before[-1].lower not in _DATE_PREPOSITIONS:
        return frozenset()
    nouns: list[str] = []
    for word in reversed(before[:-1]):
        if word.lower in STOP_WORDS:
            break
        nouns.append(word.stem)
    return frozenset(nouns)


_DATE_PREPOSITIONS = frozenset({"on", "in", "of"})


def _claim_values(claim: ParsedText) -> list[tuple[Element, ClaimValue]]:
    values: list[tuple[Element, ClaimValue]] = []
    values += [(Element.value(Kind.QUANTITY, i), q) for i, q in enumerate(claim.quantities)]
    values += [(Element.value(Kind.DATE, i), d) for i, d in enumerate(claim.dates)]
    values += [(Element.value(Kind.RANK, i), r) for i, r in enumerate(claim.ranks)]
    return values


def _span(value: ClaimValue) -> tuple[int, int]:
    if isinstance(value, DateSpan):
        return value.start_offset, value.end_offset
    return value.start, value.end


def _slots_like(value: ClaimValue, view: FactView) -> Sequence[Slot]:
    if isinstance(value, Quantity):
        return view.quantities
    if isinstance(value, DateSpan):
        return view.dates
    return view.ranks


def _comparable(value: ClaimValue, slot: Slot) -> bool:
    if isinstance(value, Quantity) and isinstance(slot, QuantitySlot):
        return slot.quantity.dimension == value.dimension
    if isinstance(value, Rank) and isinstance(slot, RankSlot):
        return comparable_ranks(value, slot.rank)
    return isinstance(value, DateSpan) and isinstance(slot, DateSlot)
