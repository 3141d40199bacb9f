"""The parsed text's reading of the words around a value, within its clause."""

from __future__ import annotations

import pytest

from factcli.entities import EntityIndex
from factcli.parse import parse_text


def _context(text: str, value: str) -> frozenset[str]:
    parsed = parse_text(text, EntityIndex(()))
    start = parsed.text.index(value)
    return parsed.context(start, start + len(value), 8, 6)


def test_a_time_of_day_does_not_end_the_clause() -> None:
    """ "at 6:58 p.m. Saturday": the colon of a time is no clause punctuation."""
    assert "coast" in _context("The quake hit the coast at 6:58 p.m. Saturday.", "Saturday")


@pytest.mark.parametrize("text", ["The quake hit the coast: on Saturday", "The coast, Saturday"])
def test_a_colon_or_comma_between_words_ends_the_clause(text: str) -> None:
    assert "coast" not in _context(text, "Saturday")
