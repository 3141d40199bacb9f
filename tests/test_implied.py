"""Words a text implies without saying them."""

from __future__ import annotations

import pytest

from factcli.entities import EntityIndex
from factcli.implied import compound_heads, implied_words
from factcli.model import Alias
from factcli.parse import parse_text

INDEX = EntityIndex(
    [
        Alias("Lemuria", "country", ()),
        Alias("Ana Diaz", "person", ("Diaz",)),
        Alias("Reef Council", "organization", ()),
    ]
)


def implied(text: str) -> list[str]:
    parsed = parse_text(text, INDEX)
    return implied_words(parsed.lower, parsed.words, parsed.mentions, parsed.quantities)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Diaz is in Lemuria for two days.", ["stay"]),
        ("Diaz is with the Reef Council.", ["works"]),
        ("They signed a mega-contract.", ["contract"]),
        ("Diaz spoke in Lemuria.", []),  # a place, no length of time
        ("Diaz met with the Reef Council.", []),  # met with: no post
    ],
)
def test_implied_words(text: str, words: list[str]) -> None:
    assert implied(text) == words


def test_a_negating_first_part_makes_no_head() -> None:
    parsed = parse_text("a non-aggression pact and an anti-war march", INDEX)
    assert compound_heads(parsed.words) == []
