"""The polarity comparator: negation and opposite words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcli.verdict import polarity

from .conftest import World, fact
from .stores import bundled, verdict

FACTS = (
    fact("Fish exports plunged.", id="plunged", keys=["fish"]),
    fact("Fish exports did not grow.", id="denied", keys=["fish"]),
    fact(
        "It was the first visit to Atlantis in 14 years.",
        id="first",
        keys=["visit"],
        ranks=[{"slot": "order", "value": 1, "kind": "ordinal"}],
        quantities=[{"slot": "gap", "value": 14, "unit": "year"}],
    ),
)


@pytest.mark.parametrize(
    ("fact_id", "claim", "expected"),
    [
        ("plunged", "Fish exports plunged.",
         [("negation", "match", ""), ("polar", "match", "'plunged' agrees with 'plunged'")]),
        ("plunged", "Fish exports fell sharply.",
         [("negation", "match", ""), ("polar", "match", "'fell' agrees with 'plunged'")]),
        ("plunged", "Fish exports soared.",
         [("negation", "match", ""),
          ("polar", "conflict", "the claim says 'soared'; the source says 'plunged'")]),
        ("plunged", "Fish exports did not plunge.",
         [("negation", "conflict", "the claim denies what the source states ('not')"),
          ("polar", "match", "'plunge' agrees with 'plunged'")]),
        ("denied", "Fish exports did not grow.",
         [("negation", "match", "both deny it"), ("polar", "match", "'grow' agrees with 'grow'")]),
        ("denied", "Fish exports grew.",
         [("negation", "conflict", "the claim affirms what the source denies"),
          ("polar", "match", "'grew' agrees with 'grow'")]),
        ("first", "There was no visit to Atlantis in the previous 14 years.",
         [("negation", "match", "the first in 14 years means none in the 14 years before")]),
        ("first", "There was no visit to Atlantis in the previous 10 years.",
         [("negation", "conflict", "the claim denies what the source states ('no')")]),
    ],
)  # fmt: skip
def test_polarity(
    world: Callable[..., World], fact_id: str, claim: str, expected: list[tuple[str, ...]]
) -> None:
    assert world(*FACTS).compare(polarity.findings, claim, fact_id) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Fish exports are less important now.",
         [("negation", "match", ""), ("polar", "match", "'less' agrees with 'plunged'")]),
        # a bound on an amount is no fall
        ("Fish exports were worth less than ten tonnes.", [("negation", "match", "")]),
    ],
)  # fmt: skip
def test_less_is_a_fall_but_less_than_is_a_bound(
    world: Callable[..., World], claim: str, expected: list[tuple[str, str, str]]
) -> None:
    assert world(*FACTS).compare(polarity.findings, claim, "plunged") == expected


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Russia has become less reliant on China since the Ukraine conflict.", "refuted"),
        ("Russia has become more reliant on China since the Ukraine conflict.", "supported"),
    ],
)
def test_less_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


def test_a_loss_is_no_profit(world: Callable[..., World]) -> None:
    stock = world(fact("Harbor Foods made a net profit of 42 million euros.", keys=["net"]))
    found = stock.compare(polarity.findings, "Harbor Foods made a net loss of 42 million euros.")
    assert ("polar", "conflict", "the claim says 'loss'; the source says 'profit'") in found
