"""Times of day (factcli/clock.py)."""

from __future__ import annotations

import pytest

from factcli.clock import clock_times


@pytest.mark.parametrize(
    ("text", "minutes", "precision"),
    [
        ("told at 4:55 a.m. on Friday", 4 * 60 + 55, 1.0),
        ("by 10 p.m.", 22 * 60, 30.0),  # to the hour: a quarter of an hour either side
        ("at 11.30pm", 23 * 60 + 30, 1.0),
        ("at 12 am", 0, 30.0),
        ("arrived at 2201 hrs", 22 * 60 + 1, 1.0),
    ],
)
def test_a_time_of_day_is_minutes_after_midnight(text: str, minutes: int, precision: float) -> None:
    [time] = clock_times(text)
    assert (time.minutes, time.precision) == (minutes, precision)
    assert text[time.start : time.end].strip(". ")[:1].isdigit()


@pytest.mark.parametrize("text", ["38 bcm a year", "I am here", "the PM said", "in 2015"])
def test_no_time_of_day(text: str) -> None:
    assert clock_times(text) == []
