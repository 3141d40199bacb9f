"""The dates comparator: each date or range of the claim against the fact's dates. The
same day, a day inside the fact's range, or a coarser span around it matches; another
date conflicts. A claim more precise than a vague fact ("on September 3" against "in early
September") is left to other facts.
"""

from __future__ import annotations

import datetime
import re

from factcli.lazy_re import lazy_compile
from factcli.model import DateSlot
from factcli.parse import ParsedText
from factcli.units import DAYS_PER_YEAR
from factcli.values import MONTH_NAMES, WEEKDAY_NAMES, DateSpan, PartialDate
from factcli.verdict.compare import NARRATIVE_SLOT, date_relation, day_range, is_scope, precise
from factcli.verdict.facts import FactView
from factcli.verdict.findings import Element, Finding, Kind, Scope, Status
from factcli.verdict.periods import in_relative_clause, period_span, streak_years
from factcli.verdict.slots import pair, slot_id, slot_open, tied_elsewhere

_AGREEING = ("same", "within", "around")


def findings(claim: ParsedText, view: FactView, scope: Scope) -> list[Finding]:
    """A finding for each of the claim's dates that some date of the fact can be compared with."""
    spans = {id(s): period_span(view, s, claim) for s in view.dates}
    candidates: dict[int, list[DateSlot]] = {}
    bounds: dict[int, Finding] = {}
    for number, span in enumerate(claim.dates):
        element = Element.value(Kind.DATE, number)
        if tied_elsewhere(claim, span.start_offset, span.end_offset, view, scope.named):
            continue
        described = in_relative_clause(claim.text, span.start_offset)
        slots = [
            s
            for i, s in enumerate(view.dates)
            if slot_open(element, slot_id(view, s.slot, i), s.slot, scope.eligible)
            and date_relation(span, spans[id(s)]) != "incomparable"
            and not (described and is_scope(s))  # ", which she founded in 2008"
            and not (s.slot == NARRATIVE_SLOT and date_relation(span, s.date) == "around")
        ]
        relations = [(date_relation(span, spans[id(s)]), s) for s in slots]
        ranges = [s for s in slots if _several_days(spans[id(s)])]
        bound = _bound(claim, span) if ranges and _one_day(span) else None
        if bound is not None:  # "from Thursday through Sunday", "ends on May 9": an end
            bounds[number] = _bound_finding(element, span, spans[id(ranges[0])], bound)
            continue
        if span.weekday is not None and span.start.month is None:
            # "on Saturday attended the parade": a weekday inside a trip of several days
            # says the trip was on, not that this event was that day; outside, it conflicts
            inside = [s for r, s in relations if r in _AGREEING and s in ranges]
            slots = [s for s in slots if s not in inside]
            relations = [(r, s) for r, s in relations if s in slots]
        vague = [s for r, s in relations if r == "within" and not precise(s.date)]
        if any(not is_scope(s) for s in vague) and all(r != "same" for r, _ in relations):
            continue  # "on September 3" is more than "in early September" says
        streak = [s for s in slots if is_scope(s)] if _since(claim, span) else []
        start = _streak_start(element, span, spans[id(streak[0])]) if streak else None
        if start is not None and streak_years(view) > 1:
            bounds[number] = start
            continue
        if _since(claim, span) and all(
            _after(spans[id(s)], span)
            and date_relation(span, spans[id(s)]) != "same"
            and not _since_in_fact(view, s)
            for s in slots
        ):
            continue  # "every year since 2013" opens a span the fact's later date lies in
        candidates[number] = slots
    tour = _tour(claim)

    def agrees(span: DateSpan, fact: DateSpan) -> bool:
        return date_relation(span, fact) in _AGREEING or (tour and _covers(span, fact))

    pairing = pair(candidates, lambda n, s: agrees(claim.dates[n], spans[id(s)]))
    found = list(bounds.values())
    for number, span in enumerate(claim.dates):
        if not candidates.get(number) and _since(claim, span):
            found += _since_findings(Element.value(Kind.DATE, number), span, view)
    for number, (matched, free) in pairing.items():
        span = claim.dates[number]
        element = Element.value(Kind.DATE, number)
        note = f" ({span.note})" if span.note else ""  # 31/02/2015: not a calendar date
        if matched is None and not free:  # a range's slot taken by one of its days
            ranges = [s for s in candidates[number] if _several_days(spans[id(s)])]
            agreeing = [s for s in ranges if agrees(span, spans[id(s)])]
            matched = agreeing[0] if agreeing else None
            free = [] if agreeing else ranges
        if matched is not None:
            found.append(Finding(element, Status.MATCH, f"{span.text} matches the source{note}"))
        elif free:
            found.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim says {span.text.strip()}{note}; "
                    f"the source says {describe_date(spans[id(free[0])])}",
                )
            )
    return found


def _tour(claim: ParsedText) -> bool:
    """Does the claim give one span to a trip to several places ("From May 7 to 12, visit
    Kazakhstan, Russia and Belarus")? The span is then the whole tour's, and a leg's dates
    lie inside it; a date for each place ("Kazakhstan on May 7, then Russia") dates legs."""
    places = {r.name for r in claim.roles if r.side == "destination"}
    return len(places) > 1 and len(claim.dates) == 1


def _covers(span: DateSpan, fact: DateSpan) -> bool:
    """Does the claim's span hold the fact's days ("May 7 to 12" holds "May 8-10")?"""
    year = fact.start.year or span.start.year
    outer, inner = day_range(span, year), day_range(fact, year)
    return outer is not None and inner is not None and outer[0] <= inner[0] <= inner[1] <= outer[1]


_FROM = lazy_compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_UNTIL = lazy_compile(r"(?:\b(?:to|through|thru|until|till|and)|-|\u2013)\s*$", re.IGNORECASE)
_UNTIL_AFTER = lazy_compile(r"\s*(?:-|\u2013|(?:to|through|thru|until|till)\b)", re.IGNORECASE)


_OPENING_VERBS = frozenset(
    "begin begins began begun beginning start starts started starting".split()
)
_CLOSING_VERBS = frozenset(
    "end ends ended ending conclude concludes concluded wrap wraps wrapped wrapping finish"
    " finishes finished finishing".split()
)
_REACH = 8  # words before a weekday that may hold the verb opening or closing the span


def _bound(claim: ParsedText, span: DateSpan) -> str | None:
    """Is the date the first or the last day of a span the claim gives ("from Thursday",
    "through Sunday", "began ... on Friday")? "first", "last", or None."""
    before = claim.text[max(0, span.start_offset - 12) : span.start_offset]
    verbs = {w.lower for w in [w for w in claim.words if w.end <= span.start_offset][-_REACH:]}
    if verbs & _OPENING_VERBS:  # "began a three-day visit to Russia on Friday"
        return "first"
    if verbs & _CLOSING_VERBS:
        return "last"
    if _FROM.search(before):
        return "first"
    if _UNTIL.search(before) and any(d.end_offset <= span.start_offset for d in claim.dates):
        return "last"
    after = claim.text[span.end_offset : span.end_offset + 10]
    if _UNTIL_AFTER.match(after) and any(d.start_offset > span.end_offset for d in claim.dates):
        return "first"  # "Friday-Sunday", "Friday to Sunday": the first of two days
    return None


def _bound_finding(element: Element, span: DateSpan, fact: DateSpan, bound: str) -> Finding:
    """A weekday that opens or closes the claim's span against that end of the fact's."""
    days = day_range(fact, None)
    assert days is not None
    day = datetime.date.fromordinal(days[0] if bound == "first" else days[1])
    word = "from" if bound == "first" else "to"
    if span.start.month is not None:  # "ends on May 9": the day itself
        said = (span.start.month, span.start.day) == (day.month, day.day)
    else:
        said = day.weekday() == span.weekday
    if said:
        return Finding(element, Status.MATCH, f"{span.text} matches the source")
    return Finding(
        element,
        Status.CONFLICT,
        f"the claim says {word} {span.text.strip()}; "
        f"the source says {describe_date(fact)}, {word} "
        + (f"{day:%B} {day.day}" if span.start.month is not None else WEEKDAY_NAMES[day.weekday()]),
    )


def _one_day(span: DateSpan) -> bool:
    """A single day: a weekday, or a day of a month ("on Saturday", "May 9")."""
    if span.start.month is None:
        return span.weekday is not None
    return span.start.day is not None and span.start == span.end


def _several_days(span: DateSpan) -> bool:
    """Does the date cover a few days ("May 8-10"), each of which a claim may name in turn
    ("from Friday through Sunday")?"""
    days = day_range(span, None)
    return days is not None and 0 < days[1] - days[0] < 31 and span.start.day is not None


_SINCE = lazy_compile(r"\bsince\b(?:\s+[\w'-]+){0,3}\s+$", re.IGNORECASE)


def _since(claim: ParsedText, span: DateSpan) -> bool:
    """Is the date the start of a span that runs on ("since becoming president in 2013")?"""
    return _since_at(claim.text, span.start_offset)


def _since_at(text: str, start: int) -> bool:
    """Does "since" open the phrase of the date at `start`?"""
    return _SINCE.search(text[max(0, start - 48) : start]) is not None


def _since_in_fact(view: FactView, slot: DateSlot) -> bool:
    """Does the fact's own date start a span too ("recognised since 1998")? Then the claim's
    start ("since 1988") is compared with it, not taken for a span the date lies in."""
    if "since" in slot.cue:
        return True
    place = view.places.get(id(slot))
    return place is not None and _since_at(view.statement.text, place[0])


def years_since(view: FactView) -> tuple[int, int] | None:
    """The whole years from the fact's start ("has led Zimbabwe since 1980") to when it
    was written (2017), and that start: (37, 1980); None with no such start."""
    written = (view.fact.source.date or "")[:4]
    starts = [s.date.start.year for s in view.dates if _since_in_fact(view, s)]
    if not written.isdigit() or len(starts) != 1 or starts[0] is None:
        return None
    return int(written) - starts[0], starts[0]


_YEARS_BACK_SLOTS = frozenset({"gap", "since", "absence"})


def _since_findings(element: Element, span: DateSpan, view: FactView) -> list[Finding]:
    """A year the claim counts from ("the first visit since 2001") against the years the
    fact counts back from when it was written ("the first in 14 years", a 2015 article):
    2015 less 14 is 2001. The same year matches; another conflicts."""
    written = (view.fact.source.date or "")[:4]
    if span.start.year is None or span.start.month is not None or not written.isdigit():
        return []
    for slot in view.fact.quantities:
        quantity = slot.quantity
        counts_back = slot.slot in _YEARS_BACK_SLOTS or "since" in slot.cue
        if not counts_back or quantity.dimension != "time" or quantity.precision < DAYS_PER_YEAR:
            continue  # a length of time given in years ("14 years", held in days)
        years = round(quantity.value / DAYS_PER_YEAR)
        year = int(written) - years
        if year == span.start.year:
            return [Finding(element, Status.MATCH, f"{span.text} matches the source "
                            f"({years} years before {written})")]  # fmt: skip
        said = f"the source says {years} years before {written}, since {year}"
        return [
            Finding(element, Status.CONFLICT, f"the claim says since {span.start.year}; {said}")
        ]
    return []


def _streak_start(element: Element, since: DateSpan, streak: DateSpan) -> Finding | None:
    """The year a claim's state holds since ("China has been the top partner since 2009")
    against a streak's span (a fifth consecutive year in 2014: 2010 to 2014): a year inside
    the streak matches, an earlier one conflicts; a later one is another period."""
    year, first, last = since.start.year, streak.start.year, streak.end.year
    if year is None or first is None or year > (last or first):
        return None
    if year >= first:
        return Finding(element, Status.MATCH, f"since {year} matches the source")
    return Finding(
        element,
        Status.CONFLICT,
        f"the claim says since {year}; the source's streak runs from {first} to {last}",
    )


def _after(fact: DateSpan, since: DateSpan) -> bool:
    """Does the fact's date lie on or after the start of the claim's span?"""
    fact_days, since_days = day_range(fact, None), day_range(since, None)
    return fact_days is not None and since_days is not None and fact_days[0] >= since_days[0]


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
