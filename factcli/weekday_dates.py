"""A weekday said beside a date ("2015-05-08, a Friday", "Friday 08.05.2015") is one date
with it when the calendar agrees: the date finder's last step over its spans."""

from __future__ import annotations

import datetime
import re

from factcli.lazy_re import lazy_compile
from factcli.values import DateSpan, PartialDate

_APPOSED = lazy_compile(r",\s+(?:a|on\s+a)\s+\Z", re.IGNORECASE)
_WEEKDAY_BEFORE = lazy_compile(r",?\s+")


def with_their_weekdays(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """ "2015-05-08, a Friday", "Friday 08.05.2015": a weekday beside the date it falls on
    is one date with it when the calendar agrees (else two, each compared on its own)."""
    kept: list[DateSpan] = []
    for span in spans:
        before = kept[-1] if kept else None
        if (  # "2015-05-08, a Friday"
            before is not None
            and _falls_on(span, before)
            and _APPOSED.search(text, before.end_offset, span.start_offset)
        ):
            kept[-1] = _one_date(text, before, span, date=before, weekday=span)
        elif (  # "Friday 08.05.2015"
            before is not None
            and _falls_on(before, span)
            and _WEEKDAY_BEFORE.fullmatch(text, before.end_offset, span.start_offset)
        ):
            kept[-1] = _one_date(text, before, span, date=span, weekday=before)
        else:
            kept.append(span)
    return kept


def _falls_on(weekday: DateSpan, date: DateSpan) -> bool:
    """Is the span a bare weekday, and the date's own?"""
    return (
        weekday.weekday is not None
        and weekday.start.month is None
        and _weekday(date.start) == weekday.weekday
    )


def _one_date(
    text: str, first: DateSpan, last: DateSpan, *, date: DateSpan, weekday: DateSpan
) -> DateSpan:
    """The date with its weekday, over the text of both."""
    return date._replace(
        weekday=weekday.weekday,
        start_offset=first.start_offset,
        end_offset=last.end_offset,
        text=text[first.start_offset : last.end_offset],
    )


def _weekday(day: PartialDate) -> int | None:
    if day.year is None or day.month is None or day.day is None:
        return None
    return datetime.date(day.year, day.month, day.day).weekday()
