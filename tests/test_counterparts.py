"""Counterparts: another's post in another country, named by the alias table."""

from __future__ import annotations

import pytest

from factcli.counterparts import counterpart_titles
from factcli.entities import EntityIndex
from factcli.model import Alias
from factcli.parse import parse_text

_ALIASES = (
    Alias("Anna Berg", "person", ("Berg", "French president")),
    Alias("Tom Hale", "person", ("Hale", "German president")),
    Alias("Ben Ortiz", "person", ("Ortiz", "German chancellor")),
)


@pytest.fixture(scope="module")
def index() -> EntityIndex:
    return EntityIndex(_ALIASES)


def test_a_counterpart_the_table_names_otherwise_is_given_that_title(index: EntityIndex) -> None:
    text = "Anna Berg met her German counterpart, Ben Ortiz, in Paris."
    parsed = parse_text(text, index)
    assert counterpart_titles(text, parsed.mentions, index) == [
        ("German president", "Tom Hale", "Ben Ortiz")
    ]
    assert [(t.holder, t.named) for t in parsed.titles] == [("Tom Hale", "Ben Ortiz")]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg met her German counterpart, Tom Hale, in Paris.",  # the right one
        "Anna Berg met Ben Ortiz, a German official, in Paris.",  # no counterpart
        "Ben Ortiz met his French counterpart, Anna Berg.",  # no post of his by country
    ],
)
def test_no_title_where_the_counterpart_is_right_or_unknown(index: EntityIndex, text: str) -> None:
    parsed = parse_text(text, index)
    assert counterpart_titles(text, parsed.mentions, index) == []
