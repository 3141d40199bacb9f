"""Dates said relative to the time a source was written: "next month", "next year"."""

from __future__ import annotations

import re

from factcli.dates import FULL_MONTH_NAMES
from factcli.lazy_re import lazy_compile
from factcli.values import DateSpan, PartialDate

_NEXT_MONTH = lazy_compile(r"\bnext\s+month\b(?!['\u2019])", re.IGNORECASE)
_NEXT_YEAR = lazy_compile(r"\bnext\s+year\b(?!['\u2019])", re.IGNORECASE)


def next_periods(text: str, written: str) -> tuple[DateSpan, ...]:
    """ "next month" and "next year" as the month or year after the one `written` gives (a
    source's "YYYY-MM..." date): "Putin is due in Beijing next month", said of an article of
    May 2015, is about June 2015. Only the time to come: "last month" in a sentence pasted
    from another report is that report's own last month."""
    lower = text.lower()
    if "next" not in lower or not written[:4].isdigit():
        return ()
    found: list[DateSpan] = []
    if "year" in lower:
        year = PartialDate(int(written[:4]) + 1, None, None)
        found += _spans(_NEXT_YEAR, text, year, str(year.year))  # "next year (2016)"
    if "month" in lower and written[5:7].isdigit():
        index = int(written[:4]) * 12 + int(written[5:7])  # the month after, counted from 0
        month = PartialDate(index // 12, index % 12 + 1, None)
        named = f"{FULL_MONTH_NAMES[index % 12].title()} {month.year}"  # "next month (June 2015)"
        found += _spans(_NEXT_MONTH, text, month, named)
    return tuple(sorted(found, key=lambda d: d.start_offset))


def _spans(pattern: re.Pattern[str], text: str, date: PartialDate, named: str) -> list[DateSpan]:
    """The date, at each place the pattern finds its words, named as the date it stands for."""
    return [
        DateSpan(date, date, None, None, *match.span(), match.group(), None, named)
        for match in pattern.finditer(text)
    ]
