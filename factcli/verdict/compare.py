"""Relations between two values of the same kind, for the comparators and the quiz alike:
could two quantities be the same amount, how two dates or ranges relate on the calendar,
which ranks compare. Values come parsed (factcli.values); nothing here reads text.
"""

from __future__ import annotations

import re
from typing import Literal

from factcli.dates import days_in_month
from factcli.lazy_re import lazy_compile
from factcli.model import DateSlot
from factcli.ranks import most_quality
from factcli.scores import same_result
from factcli.values import DateSpan, PartialDate, Qualifier, Quantity, Rank

DateRelation = Literal["same", "within", "around", "different", "incomparable"]

# The days in a rate's period, to compare a rate per day with one per year.
PERIOD_DAYS = {"year": 365.25, "month": 365.25 / 12, "week": 7.0, "day": 1.0}


def consistent_quantities(claim: Quantity, fact: Quantity) -> bool:
    """Could both texts describe the same amount, given rounding and qualifiers?"""
    if claim.unit != fact.unit or claim.dimension != fact.dimension:
        return False
    if claim.parts or fact.parts:  # a scoreline compares as a whole
        return same_result(claim.parts, fact.parts)
    if claim.period and fact.period and claim.period != fact.period:
        if claim.period not in PERIOD_DAYS or fact.period not in PERIOD_DAYS:
            return False
        # "104 million cubic metres a day" is "38 billion cubic meters a year"
        factor = PERIOD_DAYS[fact.period] / PERIOD_DAYS[claim.period]
        claim = claim._replace(
            value=claim.value * factor, precision=claim.precision * factor, period=fact.period
        )
    if claim.qualifier is fact.qualifier and claim.dimension != "multiplier":
        return _same_hedge(claim, fact)
    return _overlap(_interval(claim), _interval(fact))


def _same_hedge(claim: Quantity, fact: Quantity) -> bool:
    """One hedge on both sides, and the numbers under it compared as written: "about
    54,000" is not "about 64,000", nor "more than 28,000" "more than 26,000". A bound may
    be the other cut at its own precision: "more than 1.7 million" of "more than
    1,786,300", "under 40" of "under 39.5"."""
    exact = Qualifier.EXACT
    low, high = _interval(claim._replace(qualifier=exact))
    if claim.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return low <= fact.value <= claim.value + claim.precision
    if claim.qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        return claim.value - claim.precision <= fact.value <= high
    return _overlap((low, high), _interval(fact._replace(qualifier=exact)))


_MAX_ROUNDING = 0.25  # the most an exact figure's rounding may be off, as a share of it


def _interval(quantity: Quantity) -> tuple[float, float]:
    """The values a text allows. A multiplier word is exact, and "more than double" stays
    below two and a half times: "triple" is not "more than double"."""
    value = quantity.value
    multiplier = quantity.dimension == "multiplier"
    magnitude = abs(value)
    half = 0.0 if multiplier else quantity.precision / 2
    if quantity.qualifier is Qualifier.EXACT and magnitude:
        half = min(half, _MAX_ROUNDING * magnitude)  # "a decade" is ten years, not five
    low, high = value - half, value + half
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


def comparable_ranks(claim: Rank, fact: Rank) -> bool:
    """Ranks compare with ranks ("ninth-largest"), ordinals with ordinals ("70th"); a rank
    by a named quality ("most detailed") only with a rank by the same quality."""
    ranked = ("rank", "rank_bottom", "rank_within", "rank_beyond")
    if most_quality(claim) != most_quality(fact):
        return False
    return (claim.kind in ranked) == (fact.kind in ranked)


def same_rank(a: Rank, b: Rank) -> bool:
    """The same place in the same kind of order."""
    return a.value == b.value and a.kind == b.kind


_RELATION_ORDER: tuple[DateRelation, ...] = (
    "same",
    "within",
    "around",
    "different",
    "incomparable",
)


def date_relation(claim: DateSpan, fact: DateSpan) -> DateRelation:
    """The relation of the claim's date to the fact's; of an ambiguous numeric date
    ("05/08/2015", day or month first), that of the reading that agrees best: both count."""
    readings = [claim] if claim.alternative is None else [claim, claim.alternative]
    year = fact.start.year
    if year is not None and claim.start.year is None and _wraps(claim):
        # "in winter" with no year: the winter that ends in the fact's year, or that begins in it
        readings = [
            claim._replace(
                start=claim.start._replace(year=first), end=claim.end._replace(year=first + 1)
            )
            for first in (year - 1, year)
        ]
    return min((_one_date_relation(r, fact) for r in readings), key=_RELATION_ORDER.index)


def _day_of_month_relation(claim: DateSpan, fact: DateSpan) -> DateRelation:
    """A day of no named month against the fact's days: the same day, one inside the fact's
    days of one month, or another day."""
    first, last = fact.start, fact.end
    if first.day is None or last.day is None or first.month is None or first.month != last.month:
        return "incomparable"
    day = claim.start.day or 0
    if first.day == last.day == day:
        return "same"
    return "within" if first.day <= day <= last.day else "different"


def _wraps(span: DateSpan) -> bool:
    """A span of months that runs into the next year ("winter": December to February)."""
    return (
        span.start.month is not None
        and span.end.month is not None
        and (span.end.month < span.start.month)
    )


def _one_date_relation(claim: DateSpan, fact: DateSpan) -> DateRelation:
    """same, within (the claim is inside the fact's range), around (the claim is coarser),
    different, or incomparable (nothing in common to compare)."""
    weekday = _weekday_relation(claim, fact)
    if weekday == "different":
        return "different"
    if claim.start.day is not None and claim.start.month is None and claim.start.year is None:
        return _day_of_month_relation(claim, fact)  # "on Friday the 8th"
    year_hint = fact.start.year or claim.start.year
    claim_range = day_range(claim, year_hint)
    fact_range = day_range(fact, year_hint or claim.start.year)
    if claim_range is None or fact_range is None:
        return "same" if weekday == "same" else "incomparable"
    if claim.start.year is None and claim.start.month is None and fact.start.year is None:
        return "incomparable"
    if fact.start.year is None and fact.start.month is not None and claim.start.month is None:
        return "incomparable"  # "many more leaks in winter" says no year; "by 2030" no month
    if claim_range == fact_range:
        return "same"
    if fact_range[0] <= claim_range[0] and claim_range[1] <= fact_range[1]:
        return "within"
    coarser = claim.start.day is None or claim.end.day is None or claim.part is not None
    if claim.start != claim.end and fact.start != fact.end and _grain(claim) == _grain(fact):
        coarser = False  # "from 2011 to 2014" is not around "from 2011 to 2013"
    if coarser and claim_range[0] <= fact_range[0] and fact_range[1] <= claim_range[1]:
        return "around"  # "in May" around "May 8-10"; but "May 8 to 11" is not "May 8-10"
    return "different"


def _grain(span: DateSpan) -> tuple[bool, bool, bool, bool]:
    """Which parts both ends of a range give (month, day), to tell a range from a coarser one."""
    return (span.start.month is None, span.start.day is None,
            span.end.month is None, span.end.day is None)  # fmt: skip


def precise(span: DateSpan) -> bool:
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


# Date slots that give the period a fact describes (the year of a trade figure), not the
# date of an event: a claim about another period is not about the fact (see periods.py).
SCOPE_SLOTS = frozenset({"year", "period", "as_of", "narrative"})
# The year an earlier sentence of the story dates an undated past event in (drafted
# stores): a period, but only a date inside it says the event was then.
NARRATIVE_SLOT = "narrative"


def is_scope(slot: DateSlot) -> bool:
    """Does the slot give the period the fact describes, rather than the date of an event?"""
    return slot.slot in SCOPE_SLOTS


def day_range(span: DateSpan, year_hint: int | None) -> tuple[int, int] | None:
    """The span as a range of day numbers; None when it names no calendar date at all."""
    if span.start.year is None and span.start.month is None:
        return None
    start = _first_day(span.start, year_hint, span.part)
    end_year = year_hint or span.start.year
    if end_year and span.end.year is None and _wraps(span):
        end_year += 1  # "winter", December to February: the February of the next year
    end = _last_day(span.end, end_year, span.part)
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
    import datetime  # here: not every check compares calendar dates

    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    last = days_in_month(year, month)
    if day > last:
        if not clamp:
            return None
        day = last
    return datetime.date(year, month, max(day, 1)).toordinal()


# Words that give an amount only its order of magnitude ("a multibillion-dollar deal").
_MAGNITUDES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
_MAGNITUDE_WORD = lazy_compile(
    r"\b(?:multi-?(?P<multi>million|billion|trillion)|(?P<single>million|billion|trillion)"
    r"-dollar)\b",
    re.IGNORECASE,
)


def within_magnitude(quantity: Quantity, text: str) -> bool:
    """Does a text's word of magnitude allow the amount ("$400 billion" against "a
    multibillion dollar deal")? It allows, it does not confirm: the text gives no figure."""
    if quantity.dimension != "currency":
        return False
    for found in _MAGNITUDE_WORD.finditer(text):
        scale = _MAGNITUDES[(found.group("multi") or found.group("single")).lower()]
        if scale <= quantity.value < scale * 1000:
            return True
    return False
