"""Compare what a claim fixes with what one fact fixes, element by element.

Each element of the claim (a quantity, date, rank, entity, role, negation or polar word)
gets a finding from each fact the claim is about: it matches, it conflicts, or the fact
says nothing of it. `decide` (in check.py) weighs the findings of all facts. Fuzzy text
similarity never enters here: only parsed values, names and words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import cached_property, lru_cache
from typing import NamedTuple, TypeVar

from factcli.dates import days_in_month
from factcli.entities import EntityIndex, Mention
from factcli.gazetteer import find_names
from factcli.lexicon import SOURCE_ROLES, STOP_WORDS, TARGET_ROLES, stem, widened, words
from factcli.model import DateSlot, Fact, QuantitySlot, RankSlot
from factcli.parse import ParsedText, RoleAssignment, parse_text
from factcli.values import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    DateSpan,
    PartialDate,
    Qualifier,
    Quantity,
    Rank,
)


class Status(str, Enum):
    """What one fact says of one element of a claim."""

    MATCH = "match"
    CONFLICT = "conflict"


class Finding(NamedTuple):
    """A fact's word on one claim element, with the reason in plain words."""

    element: str  # "quantity:0", "date:1", "rank:0", "entity:Mongolia", "role:source", ...
    status: Status
    reason: str


class Filler(NamedTuple):
    """An entity in a role of a fact, with the side of the relation it stands on."""

    name: str
    role: str
    kind: str

    @property
    def side(self) -> str | None:
        if self.role in SOURCE_ROLES:
            return "source"
        if self.role in TARGET_ROLES:
            return "target"
        if self.role in (
            "owner",
            "subject",
            "destination",
            "previous_stop",
            "next_stop",
            "visitor",
        ):
            return self.role
        return None


@dataclass(frozen=True)
class FactView:
    """A fact prepared for comparison: its statement parsed, its names resolved, each when
    first needed (most candidates of a claim are set aside on their keys alone)."""

    fact: Fact
    entities: EntityIndex

    @cached_property
    def statement(self) -> ParsedText:
        """The fact's statement, parsed as claims are."""
        return parse_text(self.fact.statement, self.entities)

    @cached_property
    def fillers(self) -> tuple[Filler, ...]:
        """The entities the fact puts in roles: its slots, who said it and where they work,
        and a post the statement names (fixed too, when no slot gives one)."""
        entities = self.entities
        fillers = tuple(
            Filler(entities.canonical(e.name), e.role, entities.kind(e.name))
            for e in self.fact.entities
        ) + _attribution_fillers(self.fact, entities)
        if not any(f.role == "post" for f in fillers):
            fillers += tuple(
                Filler(m.name, "post", "post") for m in self.statement.mentions if m.kind == "post"
            )
        return fillers

    @cached_property
    def key_groups(self) -> tuple[tuple[str, ...], ...]:
        """What the fact is about: its keys (by default, the entities in no relation), each
        a group of canonical alternatives."""
        keys = self.fact.keys or tuple(f.name for f in self.fillers if f.side is None)
        return tuple(
            tuple(self.entities.canonical(alt.strip()) for alt in key.split("|") if alt.strip())
            for key in keys
        )

    @cached_property
    def modifying_names(self) -> tuple[tuple[str, str], ...]:
        """(name, noun) for each name of the statement right before a noun it modifies ("Asia
        program"), names inside a longer one included ("Asia" in the post "chief Asia
        economist"), in the store's canonical spelling so that equal names never conflict."""
        statement = self.fact.statement
        canonical = self.entities.canonical
        found = [(m.end, m.name, m.kind) for m in self.statement.mentions]
        found += [(end, canonical(e.canonical), e.kind) for _, end, e in find_names(statement)]
        pairs = []
        for end, name, kind in found:
            noun = _modified_noun(statement, end)
            if kind in ENTITY_KINDS and noun is not None:
                pairs.append((name, noun))
        return tuple(pairs)

    @cached_property
    def names(self) -> frozenset[str]:
        """Every canonical name the fact mentions, in any field."""
        names = set(self.statement.names) | {f.name for f in self.fillers}
        names |= {alt for group in self.key_groups for alt in group}
        if self.fact.attribution.name:
            names.add(self.entities.canonical(self.fact.attribution.name))
        return frozenset(names)

    @cached_property
    def alternatives(self) -> tuple[tuple[KeyAlternative, ...], ...]:
        """The keys' alternatives, read once (see key_alternatives)."""
        return key_alternatives(self)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Stems of the fact's words and keys, widened by synonyms."""
        text = " ".join([self.fact.statement, self.fact.quote, *self.fact.keys])
        found = {stem(word) for word in words(text)}
        found |= {stem(word) for name in self.names for word in words(name)}
        return widened(found)

    @cached_property
    def quantities(self) -> tuple[QuantitySlot, ...]:
        """The curated quantity slots, plus any the statement states that they do not."""
        slots = list(self.fact.quantities)
        for quantity in self.statement.quantities:
            if not any(consistent_quantities(quantity, s.quantity) for s in slots):
                slots.append(QuantitySlot("statement", quantity))
        return tuple(slots)

    @cached_property
    def dates(self) -> tuple[DateSlot, ...]:
        """The curated date slots, plus any the statement states that they do not."""
        slots = list(self.fact.dates)
        for span in self.statement.dates:
            if not any(_date_relation(span, s.date) == "same" for s in slots):
                slots.append(DateSlot("statement", span))
        return tuple(slots)

    @cached_property
    def ranks(self) -> tuple[RankSlot, ...]:
        """The curated rank slots, plus any the statement states that they do not."""
        slots = list(self.fact.ranks)
        for rank in self.statement.ranks:
            if not any(s.rank.value == rank.value and s.rank.kind == rank.kind for s in slots):
                slots.append(RankSlot("statement", rank))
        return tuple(slots)

    @property
    def negated(self) -> bool:
        return self.fact.negated or self.statement.negated


def _attribution_fillers(fact: Fact, entities: EntityIndex) -> tuple[Filler, ...]:
    """Who said it also fixes where they work and their post: "Trenin, director of the
    Carnegie Moscow Center" makes "Trenin of the Brookings Institution said..." wrong."""
    attribution = fact.attribution
    if not attribution.name or not attribution.role:
        return ()
    roles = {e.role for e in fact.entities}
    fillers = []
    if "employer" not in roles:
        fillers += [
            Filler(m.name, "employer", m.kind)
            for m in entities.find(attribution.role)
            if m.kind == "organization"
        ]
    if "post" not in roles:
        fillers.append(Filler(attribution.role.lower(), "post", "post"))
    return tuple(fillers)


# --- what a claim is about ----------------------------------------------------------------


class KeyAlternative(NamedTuple):
    """One way to meet a key: a known entity's name, or words ("visit", "trade partner")."""

    text: str
    entity: bool  # a known entity: met only by its name or an alias, never by loose words
    specific: bool  # a topic word or a specific thing, not a generic country or person
    stems: tuple[str, ...]


class KeyReading(NamedTuple):
    """The first of a fact's keys a claim misses, or how many it meets with topic words."""

    missing: tuple[str, ...]
    topics_met: int


# Names that occur all over a store about two countries' leaders say little of which fact a
# claim is about; a topic word, or the name of a thing or a body, says much.
_GENERIC_KINDS = frozenset({"country", "person", "city", "region", "group"})


def key_alternatives(view: FactView) -> tuple[tuple[KeyAlternative, ...], ...]:
    """The fact's keys, each alternative read once."""
    groups = []
    for group in view.key_groups:
        alternatives = []
        for alt in group:
            kind = view.entities.kind(alt)
            stems = tuple(stem(w) for w in words(alt) if w not in STOP_WORDS)
            entity = kind not in ("unknown", "term")
            alternatives.append(KeyAlternative(alt, entity, kind not in _GENERIC_KINDS, stems))
        groups.append(tuple(alternatives))
    return tuple(groups)


def read_keys(claim: ParsedText, view: FactView) -> KeyReading:
    """What the claim is about, against this fact's keys: a fact applies to a claim that
    meets every key; the more keys it meets with topic words, the more surely."""
    topics = 0
    for group, alternatives in zip(view.key_groups, view.alternatives, strict=True):
        met = [alt for alt in alternatives if _meets(claim, alt)]
        if not met:
            return KeyReading(("|".join(group),), 0)  # the first key missed is reason enough
        if any(alt.specific for alt in met):
            topics += 1
    return KeyReading((), topics)


def _meets(claim: ParsedText, alternative: KeyAlternative) -> bool:
    """Does the claim meet this key alternative? Remembered per claim: facts share keys."""
    met = claim.met_keys.get(alternative.text)
    if met is None:
        met = claim.met_keys[alternative.text] = _meets_now(claim, alternative)
    return met


def _meets_now(claim: ParsedText, alternative: KeyAlternative) -> bool:
    if alternative.text in claim.names:
        return True
    if alternative.text.lower() in claim.lower and _has_phrase(claim.text, alternative.text):
        return True
    if alternative.entity or not alternative.stems:
        return False
    words = claim.widened_stems
    return all(w in words or _fuzzy_in(w, claim.stems) for w in alternative.stems)


def _has_phrase(text: str, phrase: str) -> bool:
    return _phrase_pattern(phrase).search(text) is not None


@lru_cache(maxsize=8192)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _fuzzy_in(word: str, stems: frozenset[str]) -> bool:
    """A typo-tolerant membership test for longer words ("pipline" for "pipeline")."""
    if len(word) < 4:
        return False
    from rapidfuzz import fuzz, process  # here: the quiz imports verify, not rapidfuzz

    candidates = [s for s in stems if len(s) >= 4 and abs(len(s) - len(word)) <= 2]
    return process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=85) is not None


# --- element by element -------------------------------------------------------------------


class Assessment(NamedTuple):
    """Everything one fact says of one claim."""

    view: FactView
    findings: tuple[Finding, ...]
    about: bool
    missing: tuple[str, ...]
    topics_met: int = 0  # keys met by topic words (see read_keys)

    @property
    def structural_conflict(self) -> bool:
        """The fact puts another entity in a role of the claim: it cannot vouch for the rest."""
        return any(
            f.status is Status.CONFLICT and f.element.startswith(("role:", "entity:"))
            for f in self.findings
        )

    def status_of(self, element: str) -> Status | None:
        for finding in self.findings:
            if finding.element == element:
                return finding.status
        return None


def assess(
    claim: ParsedText,
    view: FactView,
    eligible: dict[str, set[str]],
    keyed: ParsedText | None = None,
    reading: KeyReading | None = None,
) -> Assessment:
    """Compare a claim with one fact. `eligible` limits which slots a value may be compared
    with, when its cue words point at particular slots. `keyed` is the claim with its
    context (the sentence before): it decides what the claim is about, and which names it
    has already mentioned; only the claim itself is compared."""
    keyed = keyed or claim
    keys = reading or read_keys(keyed, view)
    if keys.missing:
        return Assessment(view, (), False, keys.missing)
    findings: list[Finding] = []
    findings += _quantity_findings(claim, view, eligible)
    findings += _date_findings(claim, view, eligible)
    findings += _rank_findings(claim, view, eligible)
    entity_findings, substituted = _entity_findings(claim, view, keyed.names)
    if substituted:
        return Assessment(view, (), False, (f"{substituted} (the claim names another)",))
    findings += entity_findings
    findings += _role_findings(claim, view)
    findings += _title_findings(claim, view)
    findings += _polarity_findings(claim, view)
    if _another_event(claim, findings):
        return Assessment(view, (), False, ("the same event (another entity and value)",))
    return Assessment(view, tuple(findings), True, (), keys.topics_met)


def _another_event(claim: ParsedText, findings: list[Finding]) -> bool:
    """Another entity in a role or another date, and a value the fact does not confirm
    besides: a different event, not an error in this one ("Xi will visit Washington in late
    September", "Putin will spend three days in Beijing in September")."""
    conflicting = {f.element for f in findings if f.status is Status.CONFLICT}
    if not any(e.startswith(("entity:", "date:")) for e in conflicting):
        return False
    matched = {f.element for f in findings if f.status is Status.MATCH}
    values = [f"quantity:{i}" for i in range(len(claim.quantities))]
    values += [f"date:{i}" for i in range(len(claim.dates))]
    values += [f"rank:{i}" for i in range(len(claim.ranks))]
    unconfirmed = [value for value in values if value not in matched]
    if any(e.startswith("entity:") for e in conflicting):
        return bool(unconfirmed)
    # A date alone may be the error; a date and an amount the fact lacks are another event.
    return any(v not in conflicting and not v.startswith("date:") for v in unconfirmed)


def _slot_allowed(element: str, slot_id: str, eligible: dict[str, set[str]]) -> bool:
    allowed = eligible.get(element)
    return allowed is None or slot_id in allowed


def slot_id(view: FactView, slot: str, index: int) -> str:
    """A name for one slot of one fact, for cue eligibility."""
    return f"{view.fact.id}#{slot}#{index}"


def _tied_elsewhere(claim: ParsedText, start: int, end: int, view: FactView) -> bool:
    """A value tied to a place the fact does not name is about that place, not this fact,
    unless that place stands where the fact has another (then the value is compared)."""
    anchor = claim.anchor(start, end)
    if anchor is None or anchor.name in view.names:
        return False
    return not any(f.name not in claim.names and _replaces(anchor, f) for f in view.fillers)


def _quantity_findings(
    claim: ParsedText, view: FactView, eligible: dict[str, set[str]]
) -> list[Finding]:
    candidates: dict[int, list[QuantitySlot]] = {}
    for number, quantity in enumerate(claim.quantities):
        element = f"quantity:{number}"
        if _tied_elsewhere(claim, quantity.start, quantity.end, view):
            continue
        candidates[number] = [
            s
            for i, s in enumerate(view.quantities)
            if s.quantity.dimension == quantity.dimension
            and _slot_allowed(element, slot_id(view, s.slot, i), eligible)
        ]
    pairing = _pair(candidates, lambda n, s: consistent_quantities(claim.quantities[n], s.quantity))
    findings = []
    for number, (matched, free) in pairing.items():
        quantity = claim.quantities[number]
        element = f"quantity:{number}"
        if matched is not None:
            findings.append(Finding(element, Status.MATCH, f"{quantity.text} matches the source"))
        elif free:
            nearest = min(free, key=lambda s: _distance(quantity, s.quantity))
            findings.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim says {describe_quantity(quantity)}; "
                    f"the source says {describe_quantity(nearest.quantity)}",
                )
            )
    return findings


SlotT = TypeVar("SlotT")


def _pair(
    candidates: dict[int, list[SlotT]], agrees: Callable[[int, SlotT], bool]
) -> dict[int, tuple[SlotT | None, list[SlotT]]]:
    """Pair the claim's values with the fact's slots, one value to a slot, matches first:
    in "signed in May 2014 ... deliveries from 2018" against a fact with one start date,
    2018 takes the slot and May 2014 is left to other facts instead of conflicting."""
    used: list[SlotT] = []
    matched: dict[int, SlotT] = {}
    for number, slots in candidates.items():
        match = next((s for s in slots if agrees(number, s) and s not in used), None)
        if match is not None:
            used.append(match)
            matched[number] = match
    return {
        number: (matched.get(number), [s for s in slots if s not in used])
        for number, slots in candidates.items()
    }


def _distance(a: Quantity, b: Quantity) -> float:
    if a.unit != b.unit:
        return math.inf
    return abs(math.log10(max(abs(a.value), 1e-12)) - math.log10(max(abs(b.value), 1e-12)))


def describe_quantity(quantity: Quantity) -> str:
    """A quantity as the text gave it, with its rate: "38 bcm a year"."""
    text = quantity.text.strip()
    if quantity.period and quantity.period not in text and not _has_rate_word(text):
        text += f" a {quantity.period}"
    return text


def _has_rate_word(text: str) -> bool:
    lower = text.lower()
    return any(word in lower for word in ("annual", "yearly", "per ", "a year", "each", "every"))


def consistent_quantities(claim: Quantity, fact: Quantity) -> bool:
    """Could both texts describe the same amount, given rounding and qualifiers?"""
    if claim.unit != fact.unit or claim.dimension != fact.dimension:
        return False
    if claim.period and fact.period and claim.period != fact.period:
        return False
    return _overlap(_interval(claim), _interval(fact))


def _interval(quantity: Quantity) -> tuple[float, float]:
    """The values a text allows. A multiplier word is exact, and "more than double" stays
    below two and a half times: "triple" is not "more than double"."""
    value = quantity.value
    multiplier = quantity.dimension == "multiplier"
    half = 0.0 if multiplier else quantity.precision / 2
    low, high = value - half, value + half
    magnitude = abs(value)
    qualifier = quantity.qualifier
    if multiplier and qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        low, high = value, value + 0.5
    elif multiplier and qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        low, high = value - 0.5, value
    elif qualifier is Qualifier.ABOUT:
        spread = max(half, 0.1 * magnitude)
        low, high = value - spread, value + spread
    elif qualifier is Qualifier.NEARLY:
        low, high = value - max(half, 0.1 * magnitude), value
    elif qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        low, high = value, value + max(half, 0.5 * magnitude)
    elif qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        low, high = value - max(half, 0.5 * magnitude / 1.5), value
    return low, high


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    low, high = max(a[0], b[0]), min(a[1], b[1])
    points = a[0] == a[1] or b[0] == b[1]
    tolerance = 1e-12 * max(abs(low), abs(high), 1.0)
    if points:
        return low <= high + tolerance
    return low < high - tolerance


def _date_findings(
    claim: ParsedText, view: FactView, eligible: dict[str, set[str]]
) -> list[Finding]:
    candidates: dict[int, list[DateSlot]] = {}
    for number, span in enumerate(claim.dates):
        element = f"date:{number}"
        if _tied_elsewhere(claim, span.start_offset, span.end_offset, view):
            continue
        slots = [
            s
            for i, s in enumerate(view.dates)
            if _slot_allowed(element, slot_id(view, s.slot, i), eligible)
            and _date_relation(span, s.date) != "incomparable"
        ]
        relations = [(_date_relation(span, s.date), s) for s in slots]
        if slots and all(r == "within" and not _precise(s.date) for r, s in relations):
            continue  # "on September 3" is more than "in early September" says
        candidates[number] = slots
    pairing = _pair(
        candidates,
        lambda n, s: _date_relation(claim.dates[n], s.date) in ("same", "within", "around"),
    )
    findings = []
    for number, (matched, free) in pairing.items():
        span = claim.dates[number]
        element = f"date:{number}"
        if matched is not None:
            findings.append(Finding(element, Status.MATCH, f"{span.text} matches the source"))
        elif free:
            findings.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim says {span.text.strip()}; "
                    f"the source says {describe_date(free[0].date)}",
                )
            )
    return findings


def describe_date(span: DateSpan) -> str:
    """A date or range in words: "early September 2015", "May 8-10, 2015", "Friday"."""
    start, end = span.start, span.end
    text = _date_words(start)
    if end != start:
        if end.year == start.year and end.month == start.month and start.day and end.day:
            text = f"{MONTH_NAMES[start.month - 1]} {start.day}-{end.day}" if start.month else text
            text += f", {start.year}" if start.year else ""
        else:
            text = f"{text} to {_date_words(end)}"
    if span.part:
        text = f"{span.part} {text}"
    if span.weekday is not None:
        text = f"{WEEKDAY_NAMES[span.weekday]}, {text}" if text else WEEKDAY_NAMES[span.weekday]
    return text.strip(", ")


def _date_words(date: PartialDate) -> str:
    parts = []
    if date.month:
        parts.append(MONTH_NAMES[date.month - 1])
        if date.day:
            parts.append(str(date.day))
    text = " ".join(parts)
    if date.year:
        text = f"{text}, {date.year}" if date.day else f"{text} {date.year}"
    return text.strip()


def _date_relation(claim: DateSpan, fact: DateSpan) -> str:
    """same, within (the claim is inside the fact's range), around (the claim is coarser),
    different, or incomparable (nothing in common to compare)."""
    weekday = _weekday_relation(claim, fact)
    if weekday == "different":
        return "different"
    year_hint = fact.start.year or claim.start.year
    claim_range = _day_range(claim, year_hint)
    fact_range = _day_range(fact, year_hint or claim.start.year)
    if claim_range is None or fact_range is None:
        return "same" if weekday == "same" else "incomparable"
    if claim.start.year is None and claim.start.month is None and fact.start.year is None:
        return "incomparable"
    if claim_range == fact_range:
        return "same"
    if fact_range[0] <= claim_range[0] and claim_range[1] <= fact_range[1]:
        return "within"
    coarser = claim.start.day is None or claim.end.day is None or claim.part is not None
    if coarser and claim_range[0] <= fact_range[0] and fact_range[1] <= claim_range[1]:
        return "around"  # "in May" around "May 8-10"; but "May 8 to 11" is not "May 8-10"
    return "different"


def _precise(span: DateSpan) -> bool:
    """A span whose every day is known: a claim inside it is inside the event."""
    return span.part is None and span.start.day is not None and span.end.day is not None


def _weekday_relation(claim: DateSpan, fact: DateSpan) -> str:
    """same or different when both name a weekday (or the fact's dates imply them)."""
    if claim.weekday is None:
        return "none"
    if fact.weekday is not None:
        return "same" if claim.weekday == fact.weekday else "different"
    first, last = _ordinal_of(fact.start), _ordinal_of(fact.end)
    if first is None or last is None or last - first > 6:
        return "none"
    weekdays = {(day - 1) % 7 for day in range(first, last + 1)}  # date.fromordinal(1) is a Monday
    return "same" if claim.weekday in weekdays else "different"


def _ordinal_of(date: PartialDate) -> int | None:
    if date.year and date.month and date.day:
        return _ordinal(date.year, date.month, date.day)
    return None


def _day_range(span: DateSpan, year_hint: int | None) -> tuple[int, int] | None:
    """The span as a range of day numbers; None when it names no calendar date at all."""
    if span.start.year is None and span.start.month is None:
        return None
    start = _first_day(span.start, year_hint, span.part)
    end = _last_day(span.end, year_hint or span.start.year, span.part)
    if start is None or end is None:
        return None
    return start, end


_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def _first_day(date: PartialDate, year_hint: int | None, part: str | None) -> int | None:
    year = date.year or year_hint or 2000
    month = date.month or 1
    day = date.day or (_PART_DAYS[part][0] if part and date.month else 1)
    if part and not date.month:  # "early 2015"
        month = {"early": 1, "mid": 5, "late": 9}[part]
    return _ordinal(year, month, day)


def _last_day(date: PartialDate, year_hint: int | None, part: str | None) -> int | None:
    year = date.year or year_hint or 2000
    month = date.month or 12
    if part and not date.month:
        month = {"early": 4, "mid": 8, "late": 12}[part]
    day = date.day or (_PART_DAYS[part][1] if part and date.month else 31)
    return _ordinal(year, month, day, clamp=True)


def _ordinal(year: int, month: int, day: int, clamp: bool = False) -> int | None:
    import datetime

    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    last = days_in_month(year, month)
    if day > last:
        if not clamp:
            return None
        day = last
    return datetime.date(year, month, max(day, 1)).toordinal()


def _rank_findings(
    claim: ParsedText, view: FactView, eligible: dict[str, set[str]]
) -> list[Finding]:
    findings = []
    for number, rank in enumerate(claim.ranks):
        element = f"rank:{number}"
        slots = [
            s
            for i, s in enumerate(view.ranks)
            if comparable_ranks(rank, s.rank)
            and _slot_allowed(element, slot_id(view, s.slot, i), eligible)
        ]
        if not slots:
            continue
        if any(s.rank.value == rank.value and s.rank.kind == rank.kind for s in slots):
            findings.append(Finding(element, Status.MATCH, f"{rank.text} matches the source"))
        else:
            findings.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim says {rank.text.strip()}; "
                    f"the source says {describe_rank(slots[0].rank)}",
                )
            )
    return findings


def comparable_ranks(claim: Rank, fact: Rank) -> bool:
    """Ranks compare with ranks ("ninth-largest"), ordinals with ordinals ("70th")."""
    ranked = ("rank", "rank_bottom")
    return (claim.kind in ranked) == (fact.kind in ranked)


def describe_rank(rank: Rank) -> str:
    """A rank in words: "ninth-largest", "largest", "70th"."""
    if rank.kind == "rank_bottom":
        return "smallest"
    if rank.kind == "rank":
        return "largest" if rank.value == 1 else f"{_ordinal_word(rank.value)}-largest"
    return _ordinal_word(rank.value)


def _ordinal_word(value: int) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


# Which kinds may stand in for each other in a role. "unknown" is an unrecognised name.
_COMPATIBLE = {
    "unknown": frozenset({"organization", "product", "unknown"}),
    "region": frozenset({"region", "country"}),
    "country": frozenset({"country", "region"}),
}


def _compatible(claim_kind: str, fact_kind: str) -> bool:
    return fact_kind in _COMPATIBLE.get(claim_kind, frozenset({claim_kind}))


ENTITY_KINDS = frozenset(
    {
        "person",
        "country",
        "city",
        "organization",
        "region",
        "product",
        "group",
        "event",
        "unknown",
        "post",
    }
)


def _entity_findings(
    claim: ParsedText, view: FactView, claim_names: frozenset[str]
) -> tuple[list[Finding], str | None]:
    """Names the fact knows match; another name in a role the fact fills conflicts; another
    name where the fact has a different participant of its kind means another subject."""
    findings = []
    unmentioned = [f for f in view.fillers if f.name not in claim_names]
    for mention in _distinct(claim.mentions):
        if mention.kind not in ENTITY_KINDS:
            continue
        element = f"entity:{mention.name}"
        if mention.name in view.names or _covered_post(mention, view):
            findings.append(Finding(element, Status.MATCH, f"{mention.name} matches the source"))
            continue
        if mention.adjective or qualifies_title(claim, mention):
            continue  # "Western sanctions", "China's minister": modifiers, not parties
        rival = next((f for f in unmentioned if _stands_in(claim, mention, f)), None)
        if rival is not None and rival.side in _PARTY_SIDES:
            return [], rival.name  # another party to the relation: another relation
        if rival is not None:
            findings.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim says {mention.name}; "
                    f"the source says {rival.name} ({rival.role.replace('_', ' ')})",
                )
            )
            continue
        described = _descriptor_conflict(claim, mention, view)
        if described is not None:
            findings.append(Finding(element, Status.CONFLICT, described))
            continue
        participants = [
            m
            for m in view.statement.mentions
            if m.name not in claim_names
            and _same_party_kind(m.kind, mention.kind)
            and not any(f.name == m.name for f in view.fillers)
        ]
        if participants:
            return [], participants[0].name
    return findings, None


_NEXT_WORD = re.compile(r"\s+([a-z]{3,})\b")


def _descriptor_conflict(claim: ParsedText, mention: Mention, view: FactView) -> str | None:
    """A name that modifies the same noun as another name in the fact's statement ("the
    Europe program" against "the Asia program", "chief Europe economist" against "chief Asia
    economist") contradicts the fact's description; it names no other subject."""
    noun = _modified_noun(claim.text, mention.end)
    if noun is None:
        return None
    for name, named_noun in view.modifying_names:
        if name != mention.name and named_noun == noun:
            return f"the claim says {mention.name} {noun}; the source says {name} {noun}"
    return None


def _modified_noun(text: str, end: int) -> str | None:
    """The lower-case word right after a name, when it is a content word the name modifies."""
    found = _NEXT_WORD.match(text, end)
    if found is None or found.group(1) in STOP_WORDS:
        return None
    return found.group(1)


# Sides whose fillers are the parties of a relation: swapping them is an error, replacing
# one with a third party makes another relation ("Russia sells S-400s to India").
_PARTY_SIDES = frozenset({"source", "target", "owner", "subject"})
_OPPOSITE_SIDES = {
    "source": "target",
    "target": "source",
    "owner": "subject",
    "subject": "owner",
    "previous_stop": "next_stop",
    "next_stop": "previous_stop",
}


def _same_party_kind(fact_kind: str, claim_kind: str) -> bool:
    """A participant is replaced only by one of its own kind: a country by a country."""
    return fact_kind == claim_kind and fact_kind != "post"


def _distinct(mentions: tuple[Mention, ...]) -> list[Mention]:
    seen: set[str] = set()
    unique = []
    for mention in mentions:
        if mention.name not in seen:
            seen.add(mention.name)
            unique.append(mention)
    return unique


_TRIP_SIDES = frozenset({"destination", "previous_stop", "next_stop", "visitor"})
_POST_HEADS = frozenset(
    {
        "works",
        "work",
        "worked",
        "working",
        "employed",
        "joined",
        "president",
        "minister",
        "economist",
        "director",
        "fellow",
        "analyst",
        "chief",
        "head",
        "chairman",
        "secretary",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "professor",
        "researcher",
        "scholar",
        "expert",
        "official",
        "premier",
        "pm",
        "chancellor",
        "founder",
        "ceo",
    }
)
_EMPLOYMENT_ROLES = frozenset({"employer", "post"})


def _stands_in(claim: ParsedText, mention: Mention, filler: Filler) -> bool:
    """Does the claim put this name where the fact has the filler? For a trip's stops the
    claim must send someone there; for an employer or post it must name a post next to it."""
    if not _replaces(mention, filler):
        return False
    if filler.side in _TRIP_SIDES:
        return any(r.name == mention.name and r.side in _TRIP_SIDES for r in claim.roles)
    if filler.role in _EMPLOYMENT_ROLES:
        nearby = [
            w
            for w in claim.words
            if abs(w.start - mention.start) < 40
            and w.lower in _POST_HEADS
            and not _titles_another(claim, w.end)
        ]
        return bool(nearby) or _affiliated(claim, mention)
    return True


def _titles_another(claim: ParsedText, end: int) -> bool:
    """ "President Nursultan Nazarbayev": a post right before a person names that person's
    post, not the post of the fact's person."""
    return any(m.kind == "person" and 0 < m.start - end <= 2 for m in claim.mentions)


def qualifies_title(claim: ParsedText, mention: Mention) -> bool:
    """ "China's commerce minister": the country belongs to the title, it is no party."""
    if not mention.possessive:
        return False
    return any(m.kind == "post" and 0 <= m.start - mention.end <= 4 for m in claim.mentions)


def _affiliated(claim: ParsedText, mention: Mention) -> bool:
    """ "Andrew Small of the Brookings Institution": a person, then of/at/from, then a body."""
    before = claim.text[max(0, mention.start - 12) : mention.start].lower().split()
    if before and before[-1] == "the":
        before = before[:-1]
    if not before or before[-1] not in ("of", "at", "from", "with"):
        return False
    head = claim.text[: mention.start].lower().rsplit(before[-1], 1)[0].rstrip()
    return any(m.kind == "person" and head.endswith(claim.text[m.start : m.end].lower())
               for m in claim.mentions)  # fmt: skip


def _replaces(mention: Mention, filler: Filler) -> bool:
    """Could this name stand where the fact has the filler? A post replaces a post (whatever
    kind the alias table gives it) unless its words are part of the fact's title."""
    filler_is_post = filler.kind == "post" or filler.role == "post"
    if filler_is_post or mention.kind == "post":
        both = filler_is_post and mention.kind == "post"
        return both and not _post_words(mention.name) <= _post_words(filler.name)
    return _compatible(mention.kind, filler.kind)


def _covered_post(mention: Mention, view: FactView) -> bool:
    """A shorter title covers a longer one: "chief economist" for "chief Asia economist"."""
    if mention.kind != "post":
        return False
    wanted = _post_words(mention.name)
    posts = [f.name for f in view.fillers if f.kind == "post" or f.role == "post"]
    posts += [m.name for m in view.statement.mentions if m.kind == "post"]
    return any(wanted <= _post_words(post) for post in posts)


def _post_words(title: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(title) if w not in STOP_WORDS)


def _role_findings(claim: ParsedText, view: FactView) -> list[Finding]:
    """A role the claim gives to the entity the fact has there matches. It conflicts when the
    claim gives it only to another: the fact's filler of the opposite side (a swap), or, for
    a trip's stops and destination, another place."""
    findings = []
    for side in dict.fromkeys(role.side for role in claim.roles):
        given = [role for role in claim.roles if role.side == side]
        element = f"role:{side}"
        filler = next((f for f in view.fillers if f.side == side), None)
        if filler is not None and any(role.name == filler.name for role in given):
            findings.append(Finding(element, Status.MATCH, f"{filler.name} is the {filler.role}"))
            continue
        swapped = _swapped(given, side, view)
        if swapped is not None:
            findings.append(Finding(element, Status.CONFLICT, swapped))
            continue
        if filler is None or side in _PARTY_SIDES:
            continue
        rival = next((r for r in given if _compatible(r.kind, filler.kind)), None)
        if rival is not None:
            findings.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim has {rival.name} as the {filler.role.replace('_', ' ')}; "
                    f"the source says {filler.name}",
                )
            )
    return findings


def _swapped(given: list[RoleAssignment], side: str, view: FactView) -> str | None:
    opposite = _OPPOSITE_SIDES.get(side)
    if opposite is None:
        return None
    for role in given:
        other = next((f for f in view.fillers if f.side == opposite and f.name == role.name), None)
        if other is not None:
            return (
                f"the claim has {role.name} as the {_side_word(side)}; "
                f"the source has it as the {other.role.replace('_', ' ')}"
            )
    return None


def _side_word(side: str) -> str:
    return {"source": "supplier", "target": "recipient"}.get(side, side.replace("_", " "))


def _title_findings(claim: ParsedText, view: FactView) -> list[Finding]:
    """ "Russian President Dmitry Medvedev": the alias table gives that title to another."""
    return [
        Finding(
            f"title:{title.named}",
            Status.CONFLICT,
            f"the claim calls {title.named} '{title.title}'; the source's "
            f"'{title.title}' is {title.holder}",
        )
        for title in claim.titles
        if title.named in view.names
    ]


def _polarity_findings(claim: ParsedText, view: FactView) -> list[Finding]:
    findings = []
    gap = _first_in(view, claim) if claim.negated and not view.negated else None
    if gap is not None:
        findings.append(
            Finding("negation", Status.MATCH, f"the first in {gap} means none in the {gap} before")
        )
    elif claim.negated != view.negated:
        cue = claim.negations[0] if claim.negations else "no negation"
        said = "denies" if claim.negated else "affirms"
        findings.append(
            Finding(
                "negation",
                Status.CONFLICT,
                f"the claim {said} what the source states ('{cue}')"
                if claim.negated
                else f"the claim {said} what the source denies",
            )
        )
    else:
        findings.append(Finding("negation", Status.MATCH, "both deny it" if claim.negated else ""))
    fact_polar = {(p.group, p.side): p.word for p in view.statement.polar_words}
    for polar in claim.polar_words:
        element = f"polar:{polar.word}"
        opposite = fact_polar.get((polar.group, 1 - polar.side))
        same = fact_polar.get((polar.group, polar.side))
        if same is not None:
            findings.append(Finding(element, Status.MATCH, f"'{polar.word}' agrees with '{same}'"))
        elif opposite is not None:
            findings.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim says '{polar.word}'; the source says '{opposite}'",
                )
            )
    return findings


def _first_in(view: FactView, claim: ParsedText) -> str | None:
    """ "The first visit in 14 years" says there was none in the 14 years before: a claim
    that denies it over the same span ("no visit in the previous 14 years") agrees. The span
    the two share, or None."""
    statement = view.statement
    if claim.ranks or not any(r.value == 1 and r.kind == "ordinal" for r in statement.ranks):
        return None
    spans = [q for q in statement.quantities if q.dimension == "time"]
    for said in (q for q in claim.quantities if q.dimension == "time"):
        if any(consistent_quantities(said, span) for span in spans):
            return said.text
    return None


def _parts_known(word: str, vocabulary: set[str]) -> bool:
    """A hyphenated word whose parts the facts use: "resource-rich" for "rich in resources"."""
    parts = [part for part in word.split("-") if part]
    return len(parts) > 1 and all(stem(part) in vocabulary for part in parts)


def content_coverage(
    claim: ParsedText,
    views: list[FactView],
    matched_elements: int = 0,
    known: Callable[[str], bool] = lambda stem: True,
) -> tuple[float, list[str]]:
    """The share of what the claim says (its topic words, and its values and names, which
    count as covered when matched) that the facts also say, and the words they lack. A word
    no fact of the store uses at all ("agriculture") weighs double: it is most likely a
    detail the source does not give."""
    content = claim.content_words()
    if not content:
        return 1.0, []
    vocabulary: set[str] = set()
    for view in views:
        vocabulary |= view.vocabulary
    polar_ok = {p.word for p in claim.polar_words}
    missing = [
        w.lower
        for w in content
        if w.stem not in vocabulary
        and w.lower not in polar_ok
        and not _fuzzy_in(w.stem, frozenset(vocabulary))
        and not _parts_known(w.lower, vocabulary)
    ]
    weight = {w.lower: 1.0 if known(w.stem) else 1.5 for w in content}
    total = sum(weight[w.lower] for w in content) + matched_elements
    return 1 - sum(weight[word] for word in missing) / total, missing
