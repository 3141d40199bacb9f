"""A weekday beside the date it falls on is one date with it."""

from __future__ import annotations

import pytest

from factcli.dates import find_dates
from factcli.values import PartialDate


def test_a_weekday_apposed_to_a_date_is_that_date_s_when_the_calendar_agrees() -> None:
    (friday,) = find_dates("Xi arrived on 2015-05-08, a Friday, from Kazakhstan.")
    assert (friday.start, friday.weekday, friday.text) == (
        PartialDate(2015, 5, 8),
        4,
        "2015-05-08, a Friday",
    )
    assert len(find_dates("Xi arrived on 2015-05-08, a Monday.")) == 2  # compared apart


@pytest.mark.parametrize("text", ["friday 08.05.2015", "Friday, 08.05.2015", "Friday 2015-05-08"])
def test_a_weekday_before_the_date_it_falls_on_is_that_date(text: str) -> None:
    (friday,) = find_dates(f"Xi arrived in Moscow on {text}.")
    assert (friday.start, friday.weekday, friday.text) == (PartialDate(2015, 5, 8), 4, text)
    assert len(find_dates("Xi arrived on Saturday 08.05.2015.")) == 2  # the calendar disagrees
