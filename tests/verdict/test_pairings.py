"""Amounts and what each is of: two amounts the fact gives, each given what the fact
gives the other."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.verdict import pairings

from .conftest import World, fact
from .stores import small, verdict

REPORTS = (
    "Ana Diaz filed four reports, one on driver-side airbags and three on passenger-side units."
)
PRICES = "Holders will receive $28.50 per share in cash and $66.50 per share in Tidal stock."


@pytest.mark.parametrize(
    ("statement", "claim", "swapped"),
    [
        (
            REPORTS,
            "Three reports were on driver-side airbags and one on passenger-side units.",
            True,
        ),
        (
            REPORTS,
            "One report was on driver-side airbags and three on passenger-side units.",
            False,
        ),
        (PRICES, "Holders get $66.50 per share in cash and $28.50 per share in Tidal stock.", True),
        (PRICES, "Holders get $28.50 a share in cash and $66.50 a share in stock.", False),
        # the words both amounts share ("per share") say nothing of either
        (PRICES, "Holders get $66.50 per share and $28.50 per share.", False),
        # an amount the fact does not give is the quantity comparator's business
        (PRICES, "Holders get $70 per share in cash and $28.50 per share in Tidal stock.", False),
    ],
)
def test_two_amounts_swapped(
    world: Callable[..., World], statement: str, claim: str, swapped: bool
) -> None:
    stock = world(fact(statement, keys=["airbags|share"]))
    found = stock.compare(pairings.findings, claim)
    assert bool(found) is swapped
    assert all(status == "conflict" for _, status, _ in found)


def test_the_reason_names_the_word_and_both_amounts(world: Callable[..., World]) -> None:
    stock = world(fact(PRICES, keys=["share"]))
    claim = "Holders get $66.50 per share in cash and $28.50 per share in Tidal stock."
    assert stock.compare(pairings.findings, claim) == [
        ("polar", "conflict", "the claim pairs 'cash' with $66.50; the source pairs it with $28.50")
    ]


def test_swapped_amounts_are_refuted(tmp_path: Path) -> None:
    checker = small(tmp_path, fact(REPORTS, keys=["reports|airbags"]))
    claim = "Ana Diaz filed three reports on driver-side airbags and one on passenger-side units."
    assert verdict(checker, claim) == "refuted"


COAL = "Atlantis coal trades at about $10 a ton, compared with about $45 for Lemuria coal."


@pytest.mark.parametrize(
    ("claim", "given_another"),
    [
        ("Lemuria coal trades at about $10 a ton.", True),
        ("Lemuria coal costs around $45 a ton.", False),
        ("Atlantis coal trades at about $10 a ton.", False),
        # the claim gives the other amount too: what each is for is the pairs' business
        ("Coal costs $10 in Atlantis, against $45 for Lemuria coal.", False),
    ],
)
def test_an_amount_given_to_the_party_another_amount_is_for(
    world: Callable[..., World], claim: str, given_another: bool
) -> None:
    stock = world(fact(COAL, keys=["coal"]))
    found = stock.compare(pairings.findings, claim)
    assert bool(found) is given_another
    assert all(status == "conflict" for _, status, _ in found)


def test_a_name_that_only_qualifies_what_an_amount_counts_is_not_its_party(
    world: Callable[..., World],
) -> None:
    """ "$66.50 per share in Tidal stock" is not Tidal's amount."""
    stock = world(fact(PRICES, keys=["share"]))
    assert stock.compare(pairings.findings, "Tidal will pay $28.50 a share in cash.") == []


JOBS = "Diaz will cut up to 6,500 jobs, including 765 in Atlantis and 1,300 in Lemuria."


@pytest.mark.parametrize(
    ("claim", "given_another"),
    [
        ("Of the 6,500 job cuts, 1,300 will fall in Atlantis.", True),
        ("Of the 6,500 job cuts, 1,300 will fall in Lemuria.", False),
        ("Of the 6,500 job cuts, 765 will fall in Atlantis.", False),
    ],
)
def test_an_amount_of_several_given_to_the_place_another_is_in(
    world: Callable[..., World], claim: str, given_another: bool
) -> None:
    found = world(fact(JOBS, keys=["jobs"])).compare(pairings.findings, claim)
    assert bool(found) is given_another
