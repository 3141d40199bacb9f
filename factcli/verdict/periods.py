"""Other periods are not contradictions: the period a fact describes, and claims about
another one.

A fact about a state of affairs holds for a period: the year of a trade figure or a rank
(a date slot named `year`, `period` or `as_of`), stretched back by a streak ("for a fifth
consecutive year in 2014" covers 2010-2014), or, for a fact with no date at all, the
source's year and the year before. A claim dated outside that period is about another
period: the fact neither supports nor refutes it. A date that fills one of the fact's own
slots (a start, a deadline, a signing) is compared as usual.
"""

from __future__ import annotations

import datetime
import re

from factcli.lazy_re import lazy_compile
from factcli.model import DateSlot
from factcli.mood import Mood
from factcli.parse import ParsedText
from factcli.units import DAYS_PER_YEAR
from factcli.values import DateSpan, PartialDate
from factcli.verdict.compare import consistent_quantities, day_range, is_scope
from factcli.verdict.facts import FactView
from factcli.verdict.findings import Finding, Kind, Status
from factcli.verdict.slots import CUED_ONLY_SLOTS, tied_elsewhere

PERIOD = "another period than"  # how an assessment names the period it was set aside for
STREAK_SLOTS = frozenset({"streak"})


def fact_period(view: FactView) -> tuple[int, int] | None:
    """The fact's period as a range of day numbers, or None when it has only event dates."""
    scopes = [s for s in view.fact.dates if is_scope(s)]
    if scopes:
        span = day_range(scopes[0].date, None)
        if span is None:
            return None
        years = streak_years(view)
        if years > 1 and scopes[0].date.start.year:
            first = datetime.date(scopes[0].date.start.year - years + 1, 1, 1).toordinal()
            return min(first, span[0]), span[1]
        return span
    if view.dates or not view.fact.source.date:
        return None  # the fact's own dates (its statement's too) are event dates
    year = int(view.fact.source.date[:4])
    return day_range(_years(year - 1, year), None)


def _scoped(view: FactView) -> bool:
    """Does the fact give its period in a slot (not only by the source's year)?"""
    return any(is_scope(s) for s in view.fact.dates)


def period_span(view: FactView, slot: DateSlot, claim: ParsedText | None = None) -> DateSpan:
    """A scope slot's date, stretched back over the fact's streak: the span the fact covers.
    For a claim that says when the state began ("became the top partner in 2009"), the
    streak's first year alone: a fifth year in 2014 began in 2010."""
    years = streak_years(view)
    year = slot.date.start.year
    if not is_scope(slot) or years <= 1 or year is None:
        return slot.date
    first = year - years + 1
    if claim is not None and inceptive(claim):
        return _years(first, first)
    return _years(first, slot.date.end.year or year)


_INCEPTIVE = frozenset({"became", "become", "becomes", "becoming"})


def inceptive(claim: ParsedText) -> bool:
    """Does the claim say when a state of affairs began ("China became ...")?"""
    return any(word.lower in _INCEPTIVE for word in claim.words)


def another_period(claim: ParsedText, view: FactView) -> str | None:
    """The claim's date that lies outside the fact's period, if any ("in 2016" against a
    2014 trade figure), when no event slot of the fact could take it."""
    period = fact_period(view)
    if period is None or (inceptive(claim) and streak_years(view) > 1):
        return None  # when the streak began is the fact's to say
    event_slots = [s for s in view.dates if not is_scope(s)]
    for span in claim.dates:
        if event_slots or tied_elsewhere(claim, span.start_offset, span.end_offset, view):
            continue
        if _in_other_clause(claim, span):
            continue  # "..., which he founded in 2006", "after ... were killed in 2013"
        if not _time_of_claim(claim, span) or _closes_a_span_over(claim, span, period):
            continue
        if _target_of_a_done_act(claim, view, span):
            continue
        if span.start.year is None and span.start.month is not None:
            if _scoped(view) and period[1] - period[0] >= 364:  # a whole year or more
                return span.text.strip()  # "in January and February": part of some year
            continue
        days = day_range(span, None)
        if (
            days is not None
            and span.start.year is not None
            and (days[1] < period[0] or days[0] > period[1])
            and not _a_date_within(claim, period)
        ):
            return span.text.strip()
    return _another_relative_year(claim, view, period)


def _in_other_clause(claim: ParsedText, span: DateSpan) -> bool:
    """Does the date stand in a relative clause or another event's clause, not the claim's?"""
    return in_relative_clause(claim.text, span.start_offset) or _in_event_clause(
        claim, span.start_offset
    )


_ANCHORS = frozenset("after before since following than over from".split())
_ANCHOR_REACH = 5  # words before a date that may tie it to another event


def _a_date_within(claim: ParsedText, period: tuple[int, int]) -> bool:
    """Does another of the claim's dates lie in the fact's period ("$59.3 billion in 2014,
    an increase over the 2013 figure")? Then the claim speaks of that period too, and the
    other year is a comparison."""
    for span in claim.dates:
        if _in_other_clause(claim, span):
            continue
        before = claim.text[: span.start_offset].lower().split()[-_ANCHOR_REACH:]
        if _ANCHORS & set(before):
            continue  # "revived in 2016 after a decline in 2015": 2015 is the other event's
        days = day_range(span, None)
        within = days is not None and period[0] <= days[0] and days[1] <= period[1]
        if within and span.start.year is not None:
            return True
    return False


def _target_of_a_done_act(claim: ParsedText, view: FactView, span: DateSpan) -> bool:
    """A year "for" which something is meant, after the source's, in a claim that states an
    act as done ("has proposed the cut for 2040"), is no time the act took place: it is what
    the act aims at. ("In 2016 trade stood at $70bn" is about 2016.)"""
    published = view.fact.source.date or ""
    return (
        _word_before(claim, span) == "for"
        and published[:4].isdigit()
        and span.start.year is not None
        and span.start.year > int(published[:4])
        and claim.mood.mood is Mood.DONE
    )


_RELATIVE_CLAUSE = lazy_compile(r",\s+(?:which|whose)\b[^,;]*$", re.IGNORECASE)


def in_relative_clause(text: str, offset: int) -> bool:
    """Does the offset lie in a relative clause set off by a comma (", which he founded
    in 2006")? Its date is the time of what the clause describes, not the claim's."""
    lower = text[:offset].lower()
    if ", which" not in lower and ", whose" not in lower:
        return False
    return _RELATIVE_CLAUSE.search(text, 0, offset) is not None


def _in_event_clause(claim: ParsedText, offset: int) -> bool:
    """Does the offset lie in a clause hung on the main one that dates another event
    ("after two politicians were killed in 2013")? Not one that opens a span ("since he
    became president in 2013"): that span is the claim's period."""
    return any(
        start <= offset < end and not claim.lower[start:end].startswith(("since", "until"))
        for start, end in claim.adjuncts
    )


_SPAN_CLOSERS = frozenset({"to", "through", "till", "until", "-", "\u2013"})
_SPAN_OPENERS = frozenset({"from", "between"})


def _closes_a_span_over(claim: ParsedText, span: DateSpan, period: tuple[int, int]) -> bool:
    """Does the date close a span the claim opens with another ("from 2008 to early 2022")
    that takes in the fact's period? Then the claim is about that period too."""
    before = claim.text[: span.start_offset].rstrip()
    closer = before[-1:] if before[-1:] in ("-", "\u2013") else before.rsplit(None, 1)[-1:]
    if not closer or closer[0].lower() not in _SPAN_CLOSERS:
        return False
    opening = [d for d in claim.dates if d.end_offset <= span.start_offset][-1:]
    if not opening:
        return False
    previous = claim.text[: opening[0].start_offset].rsplit(None, 1)[-1:]
    if not previous or previous[0].lower() not in _SPAN_OPENERS:
        return False
    first, last = day_range(opening[0], None), day_range(span, None)
    return first is not None and last is not None and first[0] <= period[1] and last[1] >= period[0]


def later_level(claim: ParsedText, view: FactView) -> str | None:
    """The claim's deadline after the fact's period, if any: "to lift trade to $100bn by
    2015" speaks of a level to come, not of the level a 2014 figure gives."""
    period = fact_period(view)
    if period is None or any(not is_scope(s) for s in view.dates):
        return None
    for span in claim.dates:
        days = day_range(span, None)
        if days is None or span.start.year is None or not deadline(claim, span):
            continue
        if days[0] > period[1] and not tied_elsewhere(
            claim, span.start_offset, span.end_offset, view
        ):
            return span.text.strip()
    return None


def target_level(claim: ParsedText, view: FactView) -> str | None:
    """The fact's deadline after its source's date ("a share of 42.5% by 2030"), when the
    claim gives a level with no deadline and no plan ("renewables currently supply about a
    quarter"): the claim speaks of the level now, the fact of the level to come."""
    published = (view.fact.source.date or "")[:4]
    if not claim.quantities or not published.isdigit() or claim.mood.mood is Mood.PLANNED:
        return None
    if any(deadline(claim, span) for span in claim.dates):
        return None
    statement = view.statement
    if any(consistent_quantities(c, f) for c in claim.quantities for f in statement.quantities):
        return None  # the target's own level, stated as reached: a plan stated as done
    for span in statement.dates:
        year = span.start.year
        if year is not None and year > int(published) and deadline(statement, span):
            return span.text.strip()
    return None


# How long before the source's date a deadline must fall to be of an earlier time: a report
# written days after "the end of the month" may still give its level.
_EARLIER_BY_DAYS = 31


def earlier_level(claim: ParsedText, view: FactView) -> str | None:
    """The claim's deadline well before the time of a fact that gives no date of its own
    (the source's date: a toll "so far"): "had recorded more than 1,000 deaths by the end of
    August" against the toll an October report gives speaks of an earlier level."""
    if view.fact.dates or not claim.quantities:
        return None
    try:
        now = datetime.date.fromisoformat((view.fact.source.date or "")[:10]).toordinal()
    except ValueError:
        return None  # no day to count from ("2014", or no date at all)
    for span in claim.dates:
        days = day_range(span, None)
        if days is None or span.start.year is None or not deadline(claim, span):
            continue
        if days[1] < now - _EARLIER_BY_DAYS:
            return span.text.strip()
    return None


_RELATIVE_YEAR = lazy_compile(r"\b(?P<which>this|last|next)\s+year\b(?!'|\u2019)", re.IGNORECASE)
_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _another_relative_year(
    claim: ParsedText, view: FactView, period: tuple[int, int]
) -> str | None:
    """ "this year", "last year" said when the claim holds, read against the year the
    source was written (the year a reader of it would take), outside the fact's period."""
    for span in _relative_years(claim, view):
        days = day_range(span, None)
        if days is not None and (days[1] < period[0] or days[0] > period[1]):
            return span.text
    return None


def _relative_years(claim: ParsedText, view: FactView) -> list[DateSpan]:
    """The years "this year", "last year", "next year" name, said when the claim holds (not
    "by next year"), read against the year the source was written."""
    published = view.fact.source.date or ""
    if not published[:4].isdigit() or "year" not in claim.text.lower():
        return []
    spans = []
    for found in _RELATIVE_YEAR.finditer(claim.text):
        previous = claim.text[: found.start()].rsplit(None, 1)[-1:]
        if previous and previous[0].lower() in _BOUNDARY_WORDS:
            continue  # "by next year": a deadline
        year = int(published[:4]) + _YEAR_OFFSETS[found.group("which").lower()]
        spans.append(_years(year, year)._replace(text=found.group(0)))
    return spans


_BOUNDARY_WORDS = frozenset({"by", "until", "till", "from", "since", "before", "after"})
_DEADLINE_WORDS = frozenset({"by", "until", "till"})


def deadline(claim: ParsedText, span: DateSpan) -> bool:
    """Is the date a deadline ("by 2020"): when a level is to be reached, not when it held?"""
    return _word_before(claim, span) in _DEADLINE_WORDS


def _word_before(claim: ParsedText, span: DateSpan) -> str:
    """The word right before a date, lower case ("" when it opens the text)."""
    before = claim.text[: span.start_offset].rstrip()
    return before.rsplit(None, 1)[-1].lower() if before else ""


def _time_of_claim(claim: ParsedText, span: DateSpan) -> bool:
    """Does the date say when the claim holds ("in 2016", "In September 2013,"), rather than
    a deadline or a boundary ("by 2024", "since 2010") or an aside in brackets ("(1941-45)")?"""
    bracketed = claim.text[: span.start_offset].rstrip().endswith("(")
    if bracketed or claim.text[span.end_offset :].lstrip().startswith(")"):
        return False
    previous = _word_before(claim, span)
    if previous in _SPAN_OPENERS and span.end != span.start:
        return True  # "from 2010 to 2012": the span the claim holds over
    return previous not in _BOUNDARY_WORDS


def milestone(claim: ParsedText, view: FactView, found: list[Finding]) -> bool:
    """Is the claim a step on the way to a goal of the fact: a lower level at an earlier
    date ("trade will hit $100bn in 2015" against "$200bn by 2020")? That is another
    target, not the goal changed; a goal changed in one of the two is a conflict."""
    conflicting = [f.element for f in found if f.status is Status.CONFLICT]
    dates = [claim.dates[e.number] for e in conflicting if e.kind is Kind.DATE]
    dates += _relative_years(claim, view)  # "will hit $100bn this year"
    amounts = [claim.quantities[e.number] for e in conflicting if e.kind is Kind.QUANTITY]
    deadlines = [s.date for s in view.fact.dates if _DEADLINE_WORDS & set(s.cue)]
    if not dates or not deadlines:
        return False
    if not amounts:
        # "How big was trade in 2013?": a level that held at an earlier date, in the past
        # tense and with no word of a goal, is no step towards the goal at all
        return claim.mood.mood is not Mood.PLANNED and _before_all(dates, deadlines)
    if not _before_all(dates, deadlines):
        return False
    return all(
        amount.value < slot.quantity.value
        for amount in amounts
        for slot in view.fact.quantities
        if slot.quantity.dimension == amount.dimension and slot.slot not in CUED_ONLY_SLOTS
    )  # the goal's level, not the level it starts from


def _before_all(dates: list[DateSpan], deadlines: list[DateSpan]) -> bool:
    """Does every date end before the first deadline begins?"""
    ends = [r[0] for r in (day_range(d, None) for d in deadlines) if r is not None]
    days = [day_range(d, None) for d in dates]
    return bool(ends) and all(r is not None and r[1] < min(ends) for r in days)


def undated_trend(claim: ParsedText, view: FactView, found: list[Finding]) -> list[Finding]:
    """A change over a stretch shorter than a year ("trade fell 30 percent in the first
    quarter of 2015") does not contradict a trend a fact states with no date ("ties are on
    the rise"): the claim's opposite word is no conflict there. Over a longer stretch
    ("from March 2014 to December 2015") it does."""
    if not claim.dates or view.dates:
        return found
    ranges = [r for r in (day_range(d, None) for d in claim.dates) if r is not None]
    if not ranges or max(r[1] for r in ranges) - min(r[0] for r in ranges) >= DAYS_PER_YEAR:
        return found
    return [f for f in found if not (f.element.kind is Kind.POLAR and f.status is Status.CONFLICT)]


def period_reason(view: FactView, missing: str) -> str:
    """Why a fact set aside for another period does not settle the claim, in words."""
    said = missing.removeprefix(PERIOD).strip()
    period = fact_period(view)
    if period is None:
        return f"the claim is about {said}, another period than the source's"
    first, last = (datetime.date.fromordinal(day).year for day in period)
    years = str(first) if first == last else f"{first} to {last}"
    return f"the claim is about {said}; the source states this for {years}"


def streak_years(view: FactView) -> int:
    """How many years back the fact's streak reaches (1 without a streak)."""
    for slot in view.fact.quantities:
        quantity = slot.quantity
        if slot.slot in STREAK_SLOTS and quantity.dimension == "time":
            return max(1, round(quantity.value / DAYS_PER_YEAR))
    return 1


def _years(first: int, last: int) -> DateSpan:
    return DateSpan(PartialDate(first), PartialDate(last))
