"""Dates said relative to the time the source was written."""

from __future__ import annotations

from factcli.relative_dates import next_periods
from factcli.values import PartialDate


def test_next_month_is_the_month_after_the_source_was_written() -> None:
    (found,) = next_periods("Putin is due in Beijing next month.", "2015-05-07")
    assert (found.start, found.text, found.note) == (
        PartialDate(2015, 6, None),
        "next month",
        "June 2015",
    )
    (december,) = next_periods("It opens next month", "2015-11-30")
    assert december.start == PartialDate(2015, 12, None)
    (january,) = next_periods("It opens next month", "2015-12-01")
    assert january.start == PartialDate(2016, 1, None)
    assert next_periods("It opened last month.", "2015-05-07") == ()
    assert next_periods("next month's talks", "2015-05-07") == ()


def test_next_year_is_the_year_after_the_source_was_written() -> None:
    (found,) = next_periods("Gas should start flowing next year.", "2015-05-07")
    assert (found.start, found.text, found.note) == (
        PartialDate(2016, None, None),
        "next year",
        "2016",
    )
    assert next_periods("It opened last year.", "2015-05-07") == ()
    assert [d.text for d in next_periods("next year, then next month", "2015-05-07")] == [
        "next year",
        "next month",
    ]
