"""Compound lengths of time read as one length, the sum of their parts."""

from __future__ import annotations

import pytest

from factcli.checker import Checker
from factcli.quantities import find_quantities
from factcli.store import load_store
from factcli.units import DAYS_PER_YEAR
from factcli.verdict.compare import consistent_quantities

MINUTE = 1 / 1440


@pytest.mark.parametrize(
    ("text", "said", "days"),
    [
        ("the final lasted three hours and 23 minutes", "three hours and 23 minutes", 203 * MINUTE),
        ("it took 2 hours 15 minutes", "2 hours 15 minutes", 135 * MINUTE),
        ("a 2-hour, 30-minute delay", "2-hour, 30-minute", 150 * MINUTE),
        ("he served four years and six months", "four years and six months", 4.5 * DAYS_PER_YEAR),
    ],
)
def test_a_compound_length_is_one_amount(text: str, said: str, days: float) -> None:
    (length,) = find_quantities(text)
    assert (length.text, length.value) == (said, pytest.approx(days))


@pytest.mark.parametrize(
    "text",
    [
        "two hours, three hours",  # two lengths of their own: the second is no smaller part
        "3 days and 2 weeks",  # the larger unit second
        "four years and $6 million",  # not both lengths of time
    ],
)
def test_lengths_that_are_no_parts_of_one_stay_apart(text: str) -> None:
    assert len(find_quantities(text)) == 2


def test_a_claim_in_minutes_agrees_with_hours_and_minutes() -> None:
    checker = Checker(load_store())
    (claimed,) = checker.parse("The match lasted 203 minutes.").quantities
    (stated,) = checker.parse("The match lasted three hours and 23 minutes.").quantities
    assert consistent_quantities(claimed, stated)
