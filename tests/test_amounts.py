"""Amounts a fact could fix: an amount restated in brackets in another unit is one amount."""

from __future__ import annotations

import pytest

from factcli.entities import EntityIndex
from factcli.parse import parse_text


def amounts(text: str) -> list[str]:
    return [q.text for q in parse_text(text, EntityIndex([])).quantities]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The pipe will carry 38 bcm a year (1.3 tcf).", ["38 bcm a year"]),
        ("The road runs 100 km (62 miles) to the coast.", ["100 km"]),
        # another amount in brackets is a second amount
        ("The pipe will carry 38 bcm a year (2.5 tcf).", ["38 bcm a year", "2.5 tcf"]),
        ("The road runs 100 km and 62 miles to the coast.", ["100 km", "62 miles"]),
    ],
)
def test_an_amount_restated_in_brackets_is_read_once(text: str, kept: list[str]) -> None:
    assert amounts(text) == kept
