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
        date = kept[-1] if kept else None
        if (
            date is not None
            and span.weekday is not None
            and span.start.month is None
            and _weekday(date.start) == span.weekday
            and _APPOSED.search(text, date.end_offset, span.start_offset)
        ):
            whole = text[date.start_offset : span.end_offset]
            kept[-1] = date._replace(weekday=span.weekday, end_offset=span.end_offset, text=whole)
            continue
        if (  # "Friday 08.05.2015": the weekday before the date it falls on
            date is not None
            and date.weekday is not None
            and date.start.month is None
            and _weekday(span.start) == date.weekday
            and _WEEKDAY_BEFORE.fullmatch(text, date.end_offset, span.start_offset)
        ):
            whole = text[date.start_offset : span.end_offset]
            kept[-1] = span._replace(
                weekday=date.weekday, start_offset=date.start_offset, text=whole
            )
            continue
        kept.append(span)
    return kept


def _weekday(day: PartialDate) -> int | None:
    if day.year is None or day.month is None or day.day is None:
        return None
    return datetime.date(day.year, day.month, day.day).weekday()
