"""Who does a thing to whom: a claim that swaps the doer and the one it is done to."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.verdict import agents

from .conftest import World, fact
from .stores import small, verdict

STATEMENT = "The Reef Council accuses Atlantis and Lemuria of overfishing."
SWAPPED = (
    "the claim swaps the sides of '{}'; the source says Reef Council accuses Atlantis and Lemuria"
)


@pytest.mark.parametrize(
    ("claim", "verb"),
    [
        ("Atlantis and Lemuria accuse the Reef Council of overfishing.", "accuse"),
        ("Lemuria accused the Reef Council of overfishing.", "accused"),
        ("The Reef Council was accused by Atlantis of overfishing.", "accused"),
    ],
)
def test_the_sides_of_a_verb_swapped(world: Callable[..., World], claim: str, verb: str) -> None:
    stock = world(fact(STATEMENT, keys=["overfishing"]))
    assert stock.compare(agents.findings, claim) == [("role", "conflict", SWAPPED.format(verb))]


@pytest.mark.parametrize(
    "claim",
    [
        "The Reef Council accuses Atlantis of overfishing.",
        "Atlantis was accused by the Reef Council of overfishing.",
        "Atlantis and Lemuria overfish, the Reef Council says.",  # no verb between them
        "Lemuria accused Mu of overfishing.",  # no side of the fact's named
    ],
)
def test_the_same_sides_or_no_sides(world: Callable[..., World], claim: str) -> None:
    stock = world(fact(STATEMENT, keys=["overfishing"]))
    assert stock.compare(agents.findings, claim) == []


def test_a_verb_whose_sides_may_swap_is_not_read(world: Callable[..., World]) -> None:
    stock = world(fact("Ana Diaz met Ben Ortiz in Kumari.", keys=["met|meet"]))
    assert stock.compare(agents.findings, "Ben Ortiz met Ana Diaz in Kumari.") == []


def test_a_swap_is_refuted(tmp_path: Path) -> None:
    checker = small(tmp_path, fact(STATEMENT, keys=["overfishing"]))
    assert verdict(checker, "Lemuria and Atlantis accuse the Reef Council of overfishing.") == (
        "refuted"
    )
    assert verdict(checker, "The Reef Council accuses Lemuria of overfishing.") == "supported"
