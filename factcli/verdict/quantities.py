"""The quantities comparator: each amount of the claim against the fact's amounts of the
same dimension. An amount consistent with a slot (given rounding and qualifiers) matches;
one left with only inconsistent slots conflicts with the nearest of them.
"""

from __future__ import annotations

import math
import re
from functools import partial
from itertools import combinations

from factcli.clock import CLOCK
from factcli.contests import contest_at
from factcli.growth import change_direction, multiplier_of, percentage_of
from factcli.lazy_re import lazy_compile
from factcli.lexicon import DEGREE_WORDS, STOP_WORDS, stem_set
from factcli.model import QuantitySlot
from factcli.parse import ParsedText
from factcli.synonyms import share_a_root, widened
from factcli.units import DAYS_PER_YEAR
from factcli.values import Qualifier, Quantity
from factcli.verdict.compare import PERIOD_DAYS, consistent_quantities
from factcli.verdict.dates import years_since
from factcli.verdict.facts import STATEMENT_SLOT, FactView
from factcli.verdict.findings import Element, Finding, Kind, Scope, Status
from factcli.verdict.pairings import words_after
from factcli.verdict.slots import (
    for_another_stop,
    measures_alike,
    pair,
    slot_id,
    slot_open,
    tied_elsewhere,
)

_RATE_WORDS = ("annual", "yearly", "per ", "a year", "each", "every")
_OFFSET = lazy_compile(r"\s+(?:before|after|earlier|later|ago|prior\s+to|ahead\s+of)\b", re.I)


_LASTING = lazy_compile(
    r"\b(?:for|lasting|lasts|lasted|spent|spend|spends|spending)\s+"
    rf"(?:(?:{'|'.join(sorted(DEGREE_WORDS))})\s+)?$",
    re.I,
)  # "for just one day before Moscow": how long, not how long before


_SCALED = lazy_compile(r"(?:bn|billion|mn|million|trillion|tn)\b", re.IGNORECASE)
# A count of things after the amount: a plural noun ("100 million members", "2bn tonnes")
# or a plural without -s ("1.4bn people"); not a function word that ends in -s ("this").
_COUNTED_AFTER = lazy_compile(
    r"\s+(?:[a-z]+\s+)?(?!(?:this|thus|is|was|has|its|as|us|plus|less|across)\b)"
    r"(?:people|cattle|sheep|fish|staff|personnel|livestock|[a-z]*[a-rt-z]s)\b",
    re.IGNORECASE,
)


def as_money(claim: ParsedText, view: FactView) -> ParsedText:
    """The claim with a scaled amount that names no unit ("300bn trade") read in the unit
    of the fact's sums of money, when all of them have one: news drops the currency sign
    ("China wants 200bn trade with Russia"). Never a count of things ("1.4bn people")."""
    if not any(q.dimension == "count" and not q.unit for q in claim.quantities):
        return claim  # most claims: no fact's amounts are read
    if any(q.dimension == "currency" for q in claim.quantities):
        return claim
    units = {s.quantity.unit for s in view.fact.quantities if s.quantity.dimension == "currency"}
    if len(units) != 1:
        return claim
    unit = units.pop()
    read = tuple(
        q._replace(unit=unit, dimension="currency")
        if q.dimension == "count"
        and not q.unit
        and _SCALED.search(q.text)
        and not _COUNTED_AFTER.match(claim.text, q.end)
        else q
        for q in claim.quantities
    )
    return claim if read == claim.quantities else claim._replace(quantities=read)


def as_multiplier(claim: ParsedText, view: FactView) -> ParsedText:
    """The claim with a percentage of a change ("grow by about 50%") read as the multiplier
    it stands for, when the fact states its change as one ("more than double") and gives no
    percentage to compare it with; and a multiplier ("more than doubled") as a percentage
    when the fact gives the change only as one ("rose 40 percent")."""
    dimensions = {s.quantity.dimension for s in view.quantities}
    if "multiplier" in dimensions and "percent" not in dimensions:
        read = tuple(multiplier_of(claim, q) or q for q in claim.quantities)
    elif "percent" in dimensions and "multiplier" not in dimensions and _a_change(view):
        read = tuple(
            percentage_of(q) if q.dimension == "multiplier" else q for q in claim.quantities
        )
    else:
        return claim
    return claim if read == claim.quantities else claim._replace(quantities=read)


def _a_change(view: FactView) -> bool:
    """Is each of the fact's percentages a change ("rose 40 percent"), not a share?"""
    slots = [s for s in view.quantities if s.quantity.dimension == "percent"]
    places = [view.places.get(id(s)) for s in slots]
    return all(
        place is not None
        and change_direction(view.statement, s.quantity._replace(start=place[0], end=place[1]))
        for s, place in zip(slots, places, strict=True)
    )


def offset(claim: ParsedText, quantity: Quantity) -> bool:
    """Is the duration a distance in time from something ("two days before the parade",
    "a week later", "ten years ago"), not how long something lasts ("for two days after
    leaving Russia")?"""
    if quantity.dimension != "time" or _OFFSET.match(claim.text, quantity.end) is None:
        return False
    return _LASTING.search(claim.text, 0, quantity.start) is None


def _vague(quantity: Quantity) -> bool:
    """An order of magnitude ("hundreds of millions")?"""
    return quantity.qualifier is Qualifier.ORDER


def findings(claim: ParsedText, view: FactView, scope: Scope) -> list[Finding]:
    """A finding for each of the claim's amounts that some slot of the fact may describe."""
    candidates: dict[int, list[QuantitySlot]] = {}
    for number, quantity in enumerate(claim.quantities):
        element = Element.value(Kind.QUANTITY, number)
        if tied_elsewhere(claim, quantity.start, quantity.end, view, scope.named):
            continue
        if quantity.dimension == CLOCK and claim.names and not claim.names & view.names:
            continue  # a time of day is an event's: not of a fact that names none of its parties
        if offset(claim, quantity):  # "two days before the parade": how long before, not how
            # long; the fact's own distance of the same amount confirms it, none conflicts
            offsets = _offsets(view)
            same = [s for s in offsets if consistent_quantities(quantity, s.quantity)]
            if _since_last(claim, quantity):  # "last hosted ... 14 years ago": the gap since
                same = [s for s in view.fact.quantities if _SINCE_CUES & set(s.cue)]
            if not same:  # "16 1/2 minutes after launch" against "6 1/2 minutes after the
                same = _from_the_same_event(claim, quantity, view, offsets)  # launch"
            if same:
                candidates[number] = same
            continue
        candidates[number] = [
            s
            for i, s in enumerate(view.quantities)
            if s.quantity.dimension == quantity.dimension
            and slot_open(element, slot_id(view, s.slot, i), s.slot, scope.eligible)
            and not for_another_stop(claim, quantity.start, quantity.end, view, s.slot)
            and not _another_result(claim, quantity, view, s)
            and not _change_against_level(claim, quantity, view, s)
        ]
        if quantity.dimension == "count":  # "one doubles match": not the fact's count of
            candidates[number] = _same_thing(claim, quantity, view, candidates[number])
    for number, slots in candidates.items():  # the nearest amount first: "$1.4 billion" is
        # the fact's "$1.4 billion", not within its "more than $1 billion"
        slots.sort(key=partial(_slot_distance, claim.quantities[number]))
    pairing = pair(candidates, lambda n, s: consistent_quantities(claim.quantities[n], s.quantity))
    found = []
    for number, (matched, free) in pairing.items():
        quantity = claim.quantities[number]
        element = Element.value(Kind.QUANTITY, number)
        total = _total_over_span(claim, quantity, view)
        if matched is not None and _within_bound(quantity, matched.quantity):
            continue  # "18 months" within "more than a year": more than the source says
        if matched is not None and _vague(matched.quantity) and not _vague(quantity):
            continue  # "$400 million" within "hundreds of millions": more than it says
        if matched is not None:
            found.append(Finding(element, Status.MATCH, f"{quantity.text} matches the source"))
        elif _one_by_article(claim, quantity, view):
            found.append(Finding(element, Status.MATCH, f"{quantity.text} is the source's 'a'"))
        elif total is not None:
            found.append(Finding(element, Status.MATCH, total))
        elif not free and _lasting_years(claim, quantity):
            found += _against_start(element, quantity, view)
        elif free and (moved := _difference_of_levels(claim, quantity, view)):
            found.append(Finding(element, Status.MATCH, moved))
        elif free and (part := _part_of_the_same_whole(claim, quantity, view, pairing)):
            found.append(  # "200 of the 2,000 evacuees" against "1,200 out of 2,000 evacuees"
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim says {describe_quantity(quantity)}; "
                    f"the source says {_in_source_words(view, part.quantity)}",
                )
            )
        elif free and _partitive(claim, quantity):
            continue  # "five of the foreigners": a part, which the whole's count does not fix
        elif free and claim.dates and view.habitual:
            continue  # "about 500 leaks in a typical month" fixes no count of December 2018
        elif free and not _earlier_in_streak(claim, quantity, free, scope):
            free = [s for s in free if measures_alike(claim, view, s)]
            if not free:
                continue
            # the nearest amount, of a change if the claim's is one ("by as many as 10 years")
            nearest = min(
                free,
                key=lambda s: (
                    not _both(claim, quantity, view, s, "change"),
                    _distance(quantity, s.quantity),
                ),
            )
            found.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim says {describe_quantity(quantity)}; "
                    f"the source says {_in_source_words(view, nearest.quantity)}",
                )
            )
    return found


_BOUNDS = frozenset(
    {Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST}
)


def _within_bound(claim: Quantity, fact: Quantity) -> bool:
    """Is the claim's exact amount another value inside the fact's bound ("18 months"
    against "more than a year")? The claim is more precise than the fact: it does not say
    that; it does not contradict it either."""
    return (
        fact.qualifier in _BOUNDS
        and claim.qualifier is Qualifier.EXACT
        and not math.isclose(claim.value, fact.value, rel_tol=1e-9)
    )


_NEXT_WORD = lazy_compile(r"\s+([a-z][\w-]*)", re.IGNORECASE)


def _one_by_article(claim: ParsedText, quantity: Quantity, view: FactView) -> bool:
    """Is the claim's count of one a thing the fact names with "a" or "an" ("one infant"
    against "17 children and an infant")?"""
    if quantity.dimension != "count" or quantity.value != 1:
        return False
    noun = _NEXT_WORD.match(claim.text, quantity.end)
    if noun is None:
        return False
    named = rf"\ban?\s+{re.escape(noun.group(1).lower())}\b"
    return re.search(named, view.statement.lower) is not None


_PART_OF = lazy_compile(r"\s+of\s+(?:the|them|those|these|its|their|our)\b", re.IGNORECASE)


def _partitive(claim: ParsedText, quantity: Quantity) -> bool:
    """Does the count count a part of a whole ("five of the foreigners", "20 of them")? Not
    when "only" says the part is all there is ("only 16,000 of its teachers will strike"
    against "its 26,000 teachers will strike")."""
    return (
        quantity.dimension == "count"
        and _PART_OF.match(claim.text, quantity.end) is not None
        and _ONLY_BEFORE.search(claim.text, max(0, quantity.start - 8), quantity.start) is None
    )


_ONLY_BEFORE = lazy_compile(r"\bonly\s+\Z", re.IGNORECASE)
_PART_BEFORE_WHOLE = lazy_compile(r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?")


def _difference_of_levels(claim: ParsedText, quantity: Quantity, view: FactView) -> str | None:
    """A change of the claim ("fell by nearly 72 million tons") that is the difference
    between two levels of the fact ("peaked at 447.6 million tons, declining to 375.8
    million tons"): the reason, when the difference agrees; None otherwise."""
    if _change_or_level(claim, quantity.start) != "change":
        return None
    levels = [
        s.quantity
        for s in view.quantities
        if s.quantity.unit == quantity.unit
        and s.quantity.dimension == quantity.dimension
        and (place := view.places.get(id(s))) is not None
        and _change_or_level(view.statement, place[0]) != "change"  # not "trimmed by 10"
    ]
    for first, second in combinations(levels, 2):
        gap = abs(first.value - second.value)
        moved = quantity._replace(period=None)
        difference = first._replace(
            value=gap, period=None, precision=max(first.precision, second.precision)
        )
        if gap and consistent_quantities(moved, difference):
            return (
                f"{quantity.text} is the change from {_in_source_words(view, first)} "
                f"to {_in_source_words(view, second)}"
            )
    return None


def _part_of_the_same_whole(
    claim: ParsedText,
    quantity: Quantity,
    view: FactView,
    pairing: dict[int, tuple[QuantitySlot | None, list[QuantitySlot]]],
) -> QuantitySlot | None:
    """The fact's part of the whole the claim's part is of, when the claim's whole is the
    fact's ("200 of the roughly 2,000 evacuees" against "1,200 out of about 2,000
    evacuees"): the two parts count the same thing."""
    wholes = [
        (n, q)
        for n, q in enumerate(claim.quantities)
        if q.start > quantity.end
        and _PART_BEFORE_WHOLE.fullmatch(claim.text, quantity.end, q.start) is not None
    ]
    if not wholes or pairing.get(wholes[0][0], (None, []))[0] is None:
        return None
    whole = view.places.get(id(pairing[wholes[0][0]][0]))
    if whole is None:
        return None
    text = view.statement.text
    return next(
        (
            slot
            for slot in view.quantities
            if (place := view.places.get(id(slot))) is not None
            and place[1] < whole[0]
            and _PART_BEFORE_WHOLE.fullmatch(text, place[1], whole[0]) is not None
        ),
        None,
    )


_STREAK_SLOTS = frozenset({"streak"})
_SINCE_CUES = frozenset({"since"})  # a slot for the time since something last happened
_LAST_VERB = lazy_compile(r"\blast\s+[a-z]+ed\b|\blast\s+(?:met|held|saw|went|came|made)\b", re.I)
_AGO = lazy_compile(r"\s+ago\b", re.IGNORECASE)


def _since_last(claim: ParsedText, quantity: Quantity) -> bool:
    """ "Belarus last hosted a Chinese president 14 years ago": the distance to the last time
    something happened is the gap since then ("the first in 14 years")."""
    return _AGO.match(claim.text, quantity.end) is not None and bool(_LAST_VERB.search(claim.text))


def _earlier_in_streak(
    claim: ParsedText, quantity: Quantity, free: list[QuantitySlot], scope: Scope
) -> bool:
    """A shorter run than the fact's streak, in a clause whose sentence dates it elsewhere
    ("trade hit $88bn in 2012, and China has been the largest partner for three years
    running" against a fifth year in 2014): true at that time, inside the streak, so it does
    not contradict it. Undated, or dated in the clause itself, it does."""
    return (
        bool(scope.context_dates)
        and not claim.dates
        and all(
            (s.slot in _STREAK_SLOTS or s.quantity.dimension == "streak")
            and quantity.value < s.quantity.value
            for s in free
        )
    )


def _offsets(view: FactView) -> list[QuantitySlot]:
    """The fact's time slots that its statement gives as a distance in time ("Two days
    after clinching the title"), which a claim's distance ("two days earlier") compares with."""
    said = [q for q in view.statement.quantities if offset(view.statement, q)]
    return [
        s
        for s in view.quantities
        if s.quantity.dimension == "time"
        and any(consistent_quantities(q, s.quantity) for q in said)
    ]


def _from_the_same_event(
    claim: ParsedText, quantity: Quantity, view: FactView, offsets: list[QuantitySlot]
) -> list[QuantitySlot]:
    """The fact's distances in time from the event the claim's distance is from ("after the
    launch"): another amount from the same event conflicts."""
    ours = words_after(claim, quantity.end)
    return [
        s
        for s in offsets
        if (place := view.places.get(id(s))) is not None
        and ours & words_after(view.statement, place[1])
    ]


def _same_thing(
    claim: ParsedText, quantity: Quantity, view: FactView, slots: list[QuantitySlot]
) -> list[QuantitySlot]:
    """Of a fact's several counts, those of the thing the claim's count counts ("two
    singles ... the two best finishers": "one doubles match" counts neither). The counted
    thing is the words after the number. A count with no words after it keeps every slot,
    and so does a slot whose place in the statement says nothing of what it counts."""
    said = counted(claim, quantity.end)
    if not slots or not said or said <= _ANYONE:
        return slots  # "killed 4,922 people": people are whatever the fact counts of them
    said_after = said | words_after(claim, quantity.end)
    kept = []
    for slot in slots:
        place = view.places.get(id(slot))
        stated = counted(view.statement, place[1]) if place is not None else frozenset()
        # a compound noun said in other orders: "38 federal hate crime counts" counts the
        # "33 counts of federal hate crimes"
        stated_after = stated | words_after(view.statement, place[1]) if place else stated
        if (
            not stated
            or share_a_root(widened(said), widened(stated))
            or (said & stated_after and said_after & stated)
        ):
            kept.append(slot)
        elif (
            place is not None
            and _elliptic(view.statement, place[1])
            and said & words_after(view.statement, place[1])
        ):
            kept.append(slot)  # "one covering driver-side airbags": "one dealing with" them
    return kept


def _elliptic(parsed: ParsedText, end: int) -> bool:
    """Does a verb or "with" follow the count, its noun left out ("one dealing with
    driver-side airbags", "three with passenger-side units")?"""
    following = next((w.lower for w in parsed.words_after(end, 1)), "")
    return following == "with" or (following.endswith("ing") and len(following) > 5)


# Counted nouns that say only that people are counted: the fact's "deaths", "cases" or
# "workers" may be what they are.
_ANYONE = stem_set(frozenset("people person persons individuals".split()))
_COUNTED_SKIP = lazy_compile(r"best|worst|top|other|more|\w{3,}est")


_PARTITIVE = lazy_compile(r"\s+of\s+(?:the|its|their|those|these)\b", re.IGNORECASE)


def counted(parsed: ParsedText, end: int) -> frozenset[str]:
    """The stems of the words a count counts: up to three content words right after it,
    superlatives set aside ("the two best second-place finishers": second-place, finishers)."""
    found: set[str] = set()
    partitive = _PARTITIVE.match(parsed.text, end)  # "27 of the deaths": the deaths
    if partitive is not None:
        end = partitive.end()
    for word in parsed.words:
        if word.start < end:
            continue
        if word.lower in STOP_WORDS or len(found) == 3 or parsed.text[end : word.start].strip():
            break
        if not _COUNTED_SKIP.fullmatch(word.lower):
            found.add(word.stem)
        end = word.end
    return frozenset(found)


def _another_result(
    claim: ParsedText, quantity: Quantity, view: FactView, slot: QuantitySlot
) -> bool:
    """A scoreline of the claim's result against one the statement gives another result
    ("Australia beat Colombia 3-0" against "behind Kyrgios' 6-4, 6-4 win over Gonzalez"):
    none is the other's score."""
    if not quantity.parts or slot.slot != STATEMENT_SLOT:
        return False
    said = contest_at(list(claim.contests), quantity.start, quantity.end)
    stated = contest_at(list(view.statement.contests), slot.quantity.start, slot.quantity.end)
    if said is None or stated is None:
        return False
    return not {*said.winners, *said.losers} & {*stated.winners, *stated.losers}


def _change_against_level(
    claim: ParsedText, quantity: Quantity, view: FactView, slot: QuantitySlot
) -> bool:
    """Is one amount a change ("reduced by as many as 15 years") and the other a level
    ("reduced to between 14 and 17.5 years")? Neither says the other."""
    said, stated = _kinds(claim, quantity, view, slot)
    return bool(said and stated and said != stated)


def _both(
    claim: ParsedText, quantity: Quantity, view: FactView, slot: QuantitySlot, kind: str
) -> bool:
    """Are the claim's amount and the slot's both of this kind ("change" or "level")?"""
    return _kinds(claim, quantity, view, slot) == (kind, kind)


def _kinds(
    claim: ParsedText, quantity: Quantity, view: FactView, slot: QuantitySlot
) -> tuple[str, str]:
    """Whether the claim's amount and the slot's are a change or a level, or "" for each."""
    place = view.places.get(id(slot))
    if place is None or slot.quantity.dimension == "multiplier":  # "to double": a change
        return "", ""
    return _change_or_level(claim, quantity.start), _change_or_level(view.statement, place[0])


_CHANGE_OR_LEVEL = {"by": "change", "to": "level"}


def _change_or_level(parsed: ParsedText, start: int) -> str:
    """ "change" for an amount after "by", "level" after "to", over the words of a range or
    a hedge ("to somewhere between 14 and 17.5 years"), else ""."""
    following = ""
    for word in reversed([w.lower for w in parsed.words_before(start, _REACH_BACK)]):
        if word in _CHANGE_OR_LEVEL and not _a_year(following):  # "by 2018": a date
            return _CHANGE_OR_LEVEL[word]
        if word not in _RANGE_WORDS and not word.replace(".", "").isdigit():
            return ""
        following = word
    return ""


_REACH_BACK = 5


def _a_year(word: str) -> bool:
    """Is the word a year of the last two centuries or this one ("by 2018")?"""
    return len(word) == 4 and word.isdigit() and word[:2] in ("18", "19", "20")


_RANGE_WORDS = frozenset(
    "somewhere between and about around roughly nearly almost some as many much up more "
    "less than at least most".split()
)


_TOTAL_TOLERANCE = 0.05


def _total_over_span(claim: ParsedText, quantity: Quantity, view: FactView) -> str | None:
    """ "1.14 trillion cubic meters over thirty years" is 38 billion a year for 30 years:
    an amount with no rate, and a span the claim gives, against a rate of the fact. The
    reason, when the total agrees; None otherwise."""
    if quantity.period is not None:
        return None
    spans = [q for q in claim.quantities if q.dimension == "time" and q is not quantity]
    for slot in view.quantities:
        rate = slot.quantity
        if rate.period not in PERIOD_DAYS or rate.unit != quantity.unit:
            continue
        for span in spans:
            total = rate.value * span.value / PERIOD_DAYS[rate.period]
            whole = rate._replace(  # the total, to within the tolerance either side
                value=total,
                period=None,
                precision=2 * _TOTAL_TOLERANCE * abs(total),
                qualifier=Qualifier.EXACT,
            )
            if total and consistent_quantities(quantity, whole):  # "more than a trillion"
                return (
                    f"{quantity.text} over {span.text} is "
                    f"{_in_source_words(view, rate)} for {span.text}"
                )
    return None


def _in_source_words(view: FactView, quantity: Quantity) -> str:
    """A slot's amount as the fact's statement words it ("the 70th anniversary" rather
    than "70 years"), or as the slot gives it when the statement does not."""
    said = next(
        (
            q
            for q in view.statement.quantities
            if q.unit == quantity.unit and consistent_quantities(q, quantity)
        ),
        None,
    )
    return describe_quantity(said or quantity)


def _distance(a: Quantity, b: Quantity) -> float:
    """How far apart two amounts are, in orders of magnitude (infinite across units)."""
    if a.unit != b.unit:
        return math.inf
    return abs(math.log10(max(abs(a.value), 1e-12)) - math.log10(max(abs(b.value), 1e-12)))


_FOR_BEFORE = lazy_compile(r"\bfor\s+(?:the\s+(?:past|last)\s+)?\Z", re.IGNORECASE)


def _lasting_years(claim: ParsedText, quantity: Quantity) -> bool:
    """Is the amount how many years a state has lasted ("in charge for 37 years", "his
    37-year rule")?"""
    if quantity.dimension != "time" or quantity.precision < DAYS_PER_YEAR:
        return False
    return "-year" in quantity.text or bool(
        _FOR_BEFORE.search(claim.text, max(0, quantity.start - 24), quantity.start)
    )


def _against_start(element: Element, quantity: Quantity, view: FactView) -> list[Finding]:
    """Years a state has lasted against the fact's start ("since 1980", in a 2017 article:
    37 years, or 36 for a start late in its year); further off, they conflict."""
    since = years_since(view)
    if since is None:
        return []
    years, start = since
    claimed = round(quantity.value / DAYS_PER_YEAR)
    if claimed in (years - 1, years):
        reason = f"{quantity.text} matches the source (since {start})"
        return [Finding(element, Status.MATCH, reason)]
    if abs(claimed - years) > 1:
        reason = f"the claim says {quantity.text}; the source says since {start}"
        return [Finding(element, Status.CONFLICT, reason)]
    return []


def _slot_distance(quantity: Quantity, slot: QuantitySlot) -> float:
    return _distance(quantity, slot.quantity)


def describe_quantity(quantity: Quantity) -> str:
    """A quantity as the text gave it, with its rate: "38 bcm a year"."""
    text = quantity.text.strip()
    if quantity.period and quantity.period not in text and not _has_rate_word(text):
        text += f" a {quantity.period}"
    return text


def _has_rate_word(text: str) -> bool:
    lower = text.lower()
    return any(word in lower for word in _RATE_WORDS)
