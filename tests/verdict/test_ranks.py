"""The ranks comparator: each rank of a claim against the fact's ranks of the same sort."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcli.values import Rank
from factcli.verdict import ranks

from .conftest import World, fact

PARTNER = fact(
    "Atlantis is Lemuria's ninth-largest trading partner.",
    keys=["trading partner"],
    ranks=[{"slot": "partner", "value": 9, "kind": "rank"}],
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Atlantis is Lemuria's ninth-largest trading partner.",
         [("rank", "match", "ninth-largest matches the source")]),
        ("Atlantis is Lemuria's fifth-largest trading partner.",
         [("rank", "conflict", "the claim says fifth-largest; the source says 9th-largest")]),
        ("Atlantis is Lemuria's largest trading partner.",
         [("rank", "conflict", "the claim says largest; the source says 9th-largest")]),
        ("Atlantis is a trading partner of Lemuria.", []),
    ],
)  # fmt: skip
def test_ranks(world: Callable[..., World], claim: str, expected: list[tuple[str, ...]]) -> None:
    assert world(PARTNER).compare(ranks.findings, claim) == expected


@pytest.mark.parametrize(
    ("rank", "words"),
    [
        (Rank(1, "rank"), "largest"),
        (Rank(9, "rank"), "9th-largest"),
        (Rank(1, "rank_bottom"), "smallest"),
        (Rank(70, "ordinal"), "70th"),
        (Rank(12, "ordinal"), "12th"),
        (Rank(22, "ordinal"), "22nd"),
    ],
)
def test_describe_rank(rank: Rank, words: str) -> None:
    assert ranks.describe_rank(rank) == words
