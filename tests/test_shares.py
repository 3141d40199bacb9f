"""Shares named in words are percentages; ordinals before a noun are not shares."""

from __future__ import annotations

import pytest

from factcli.quantities import find_quantities
from factcli.ranks import find_ranks
from factcli.shares import find_shares


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("Emissions fell by more than a third since 1990.", 100 / 3),
        ("Two-thirds of voters backed it.", 200 / 3),
        ("The plan cuts waste in half.", 50.0),
        ("Half of the plants closed.", 50.0),
        ("Three quarters of the staff left.", 75.0),
        ("A fifth of the budget went to roads.", 20.0),
    ],
)
def test_a_share_in_words_is_a_percentage(text: str, percent: float) -> None:
    assert [round(s.percent, 6) for s in find_shares(text)] == [round(percent, 6)]


@pytest.mark.parametrize(
    "text",
    [
        "She won a third term.",  # an ordinal before its noun
        "Sales rose in the first half of 2015.",  # a part of a year
        "The talks lasted a year and a half.",
        "He left at half-time.",
        "They met for a third time.",
    ],
)
def test_an_ordinal_or_a_part_of_a_time_is_no_share(text: str) -> None:
    assert find_shares(text) == []


def test_a_share_is_an_amount_with_its_bound_and_no_rank() -> None:
    text = "The EU has cut emissions by more than a third since 1990."
    [share] = [q for q in find_quantities(text) if q.dimension == "percent"]
    assert (share.text, share.qualifier.value) == ("more than a third", "more_than")
    assert find_ranks(text) == []


@pytest.mark.parametrize(
    ("text", "percent", "words"),
    [
        ("Just one in three people had a computer.", 100 / 3, "one in three"),
        ("Three in 10 voters backed it.", 30.0, "Three in 10"),
        ("One out of every five homes lost power.", 20.0, "One out of every five"),
        ("One in every four jobs went.", 25.0, "one in every four"),
    ],
)
def test_a_ratio_of_a_part_to_a_whole_is_a_percentage(
    text: str, percent: float, words: str
) -> None:
    [share] = [q for q in find_quantities(text) if q.dimension == "percent"]
    assert (round(share.value, 6), share.text.lower()) == (round(percent, 6), words.lower())


@pytest.mark.parametrize(
    "text",
    [
        "He scored one in 2014.",  # a year, not a whole
        "They won two in a row.",
        "Four out of five players stayed.",  # a count of the four, as "four of the five"
        "Five in three days.",  # no smaller part of a larger whole
    ],
)
def test_other_numbers_joined_by_in_are_no_ratio(text: str) -> None:
    assert [q for q in find_quantities(text) if q.dimension == "percent"] == []
