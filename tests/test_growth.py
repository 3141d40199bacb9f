"""A percentage of a change read as the multiplier it stands for."""

from __future__ import annotations

import pytest

from factcli.entities import EntityIndex
from factcli.growth import change_direction, multiplier_of
from factcli.parse import parse_text


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Exports grew by 50% last year.", 1),
        ("Trade is to climb by more than 110 percent by 2020.", 1),
        ("Beijing wants trade to grow with Moscow by about 50%.", 1),
        ("The plan means a 40 percent increase in exports.", 1),
        ("It implies growth of only around 40 percent.", 1),
        ("Exports were up 12% in May.", 1),
        ("Exports fell 30% in May.", -1),
        ("Sales were down 5% on the year.", -1),
        ("Profit dropped by a further 8 percent.", -1),
        # the word of a change a few words before "by" or "of"
        ("China wants two-way trade up by more than 110% by 2020.", 1),
        ("Beijing targets trade growth with Russia of over 100 percent.", 1),
        ("China aims to lift trade with Russia by around 50 percent.", 1),
        ("Exports were down by 5% on the year.", -1),
        ("The ministry said 50 percent of the trade is energy.", 0),
        # a share, a stake or a part made up: no change of anything
        ("Energy makes up 70 percent of the trade.", 0),
        ("The party won 50% of the vote.", 0),
        ("The fund took a 50% stake in the firm.", 0),
        ("Exports grew by 50 million tonnes.", 0),  # no percentage
    ],
)
def test_the_direction_of_a_change(text: str, direction: int) -> None:
    parsed = parse_text(text, EntityIndex(()))
    assert change_direction(parsed, parsed.quantities[0]) == direction


@pytest.mark.parametrize(
    ("text", "multiplier"),
    [
        ("Exports grew by 50%.", 1.5),
        ("Exports grew by 150%.", 2.5),
        ("Exports fell 30%.", 0.7),
    ],
)
def test_a_change_is_the_multiplier_it_stands_for(text: str, multiplier: float) -> None:
    parsed = parse_text(text, EntityIndex(()))
    read = multiplier_of(parsed, parsed.quantities[0])
    assert read is not None
    assert (read.dimension, read.unit) == ("multiplier", "times")
    assert read.value == pytest.approx(multiplier)
    assert read.text == parsed.quantities[0].text  # the reason quotes the claim's words


def test_a_share_is_no_multiplier() -> None:
    parsed = parse_text("The party won 50% of the vote.", EntityIndex(()))
    assert multiplier_of(parsed, parsed.quantities[0]) is None
