"""A gapped coordination ("A in 2020 and B in 2023") gives one statement per pair."""

from __future__ import annotations

import pytest

from factcli.draft.build import draft_article
from factcli.draft.gapping import distribute
from factcli.entities import EntityIndex
from factcli.parse import parse_text


def _split(text: str) -> list[str]:
    return distribute(parse_text(text, EntityIndex([])))


def test_a_name_and_its_date_pair_up() -> None:
    text = "Solar power will overtake Norway in 2026 and the whole Baltic region in 2031."
    assert _split(text) == [
        "Solar power will overtake Norway in 2026.",
        "Solar power will overtake the whole Baltic region in 2031.",
    ]


def test_an_amount_and_its_date_pair_up() -> None:
    assert _split("Revenue rose to $4 billion in 2019 and $7 billion in 2021.") == [
        "Revenue rose to $4 billion in 2019.",
        "Revenue rose to $7 billion in 2021.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trade grew between 2010 and 2015.",  # a range, not two pairs
        "Sales fell in Chile in 2019 and in Peru in 2020.",  # a preposition opens the second
        "Sales fell in Chile in 2019 and prices rose in 2020.",  # a clause of its own
        "Sales fell in Chile in 2019 and Peru by 2020.",  # another preposition
    ],
)
def test_other_coordinations_stay_whole(text: str) -> None:
    assert _split(text) == [text]


def test_a_claim_that_swaps_the_pairs_meets_a_fact_of_its_own() -> None:
    text = "Power\n\nSolar power will overtake Norway in 2026 and Sweden in 2031.\n"
    facts = draft_article(text).facts
    norway = next(f for f in facts if "Norway" in f.statement)
    assert "Sweden" not in norway.statement
    assert [d.date for d in norway.dates] == ["2026"]
