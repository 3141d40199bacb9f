"""The ranks comparator: each rank of a claim against the fact's ranks of the same sort."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.values import Rank
from factcli.verdict import ranks

from .conftest import World, fact
from .stores import bundled, small, verdict

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


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a comparison with every other is a top rank the store must give
        ("Xi has visited Russia more than any other country since becoming president.",
         "not_enough_info"),
        ("The 30-year gas deal is bigger than any other deal China has signed.",
         "not_enough_info"),
    ],
)  # fmt: skip
def test_above_any_other_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


TOP_SUPPLIER = fact(
    "Atlantis is the largest fish supplier of Lemuria.",
    id="top",
    keys=["fish", "supplier|supplies|sells|supply"],
    entities=[{"name": "Atlantis", "role": "supplier"}, {"name": "Lemuria", "role": "recipient"}],
    ranks=[{"slot": "rank", "value": 1, "kind": "rank"}],
)
ORDINARY = fact("Mu sells fish to Lemuria.", id="plain", keys=["fish", "sells|supplies"])


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Atlantis supplies more fish to Lemuria than any other supplier.", "supported"),
        ("Mu supplies Lemuria with more fish than any other country.", "not_enough_info"),
    ],
)
def test_above_any_other_against_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, TOP_SUPPLIER, ORDINARY), claim) == label


def test_another_quarter_is_another_period_not_an_error(tmp_path: Path) -> None:
    checker = small(
        tmp_path,
        fact("Exports grew 3 percent in the second quarter.", id="q2", keys=["exports"]),
    )  # fmt: skip
    assert verdict(checker, "Exports grew 3 percent in the second quarter.") == "supported"
    assert verdict(checker, "Exports grew 3 percent in the first quarter.") == "not_enough_info"


SMALLEST = fact(
    "Mu is the smallest fish supplier of Lemuria.",
    id="smallest",
    keys=["fish", "supplier|supplies"],
    entities=[{"name": "Mu", "role": "supplier"}, {"name": "Lemuria", "role": "recipient"}],
    ranks=[{"slot": "rank", "value": 1, "kind": "rank_bottom"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a place from the bottom, written from 1 in the store, is the parser's "smallest"
        ("Mu is the smallest fish supplier of Lemuria.", "supported"),
        ("Mu is the second-smallest fish supplier of Lemuria.", "refuted"),
    ],
)
def test_a_place_from_the_bottom_as_stored(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, SMALLEST), claim) == label


def test_first_agrees_with_initially(world: Callable[..., World]) -> None:
    """ "the first response involved 900 medics" against "900 medics were initially sent"."""
    stock = world(fact("The Reef Council said 900 medics were initially sent.", keys=["medics"]))
    found = stock.compare(ranks.findings, "The first response involved 900 medics.")
    assert found == [("rank", "match", "'first' agrees with 'initially'")]
    later = world(fact("The Reef Council said 900 medics were sent.", keys=["medics"]))
    assert later.compare(ranks.findings, "The first response involved 900 medics.") == []


def test_the_first_time_counts_occurrences_not_anniversaries(world: Callable[..., World]) -> None:
    """An ordinal of times ("the first time") meets no anniversary's ordinal; another
    ordinal still does."""
    stock = world(
        fact(
            "Mu marks the 40th anniversary of its republic with a parade.",
            keys=["parade"],
            ranks=[{"slot": "anniversary", "value": 40, "kind": "ordinal"}],
        )
    )
    assert stock.compare(ranks.findings, "It is the first time Mu holds a parade.") == []
    found = stock.compare(ranks.findings, "Mu holds its first parade.")
    assert found == [("rank", "conflict", "the claim says first; the source says 40th")]


def test_times_meet_the_fact_s_own_times(world: Callable[..., World]) -> None:
    stock = world(
        fact(
            "For the first time since 1990, Mu can trade with Lemuria.",
            keys=["trade"],
            ranks=[{"slot": "rank", "value": 1, "kind": "ordinal"}],
        )
    )
    claim = "Mu can trade with Lemuria for the first time since 1990."
    assert stock.compare(ranks.findings, claim) == [("rank", "match", "first matches the source")]
    claim = "Mu can trade with Lemuria for the second time since 1990."
    assert stock.compare(ranks.findings, claim) == [
        ("rank", "conflict", "the claim says second; the source says 1st")
    ]


NINTH = fact(
    "Mu is Lemuria's ninth-largest trade partner.",
    id="ninth",
    keys=["trade"],
    ranks=[{"slot": "rank", "value": 9, "kind": "rank", "cue": ["largest", "top"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Mu is among Lemuria's top ten trade partners.", "supported"),
        ("Mu is one of Lemuria's top 20 trade partners.", "supported"),
        ("Mu is among Lemuria's top five trade partners.", "refuted"),
    ],
)
def test_a_place_within_the_top_n(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, NINTH), claim) == label


TOP_TEN = fact(
    "Mu is among Lemuria's top ten trade partners.",
    id="top-ten",
    keys=["trade"],
    ranks=[{"slot": "rank", "value": 10, "kind": "rank_within"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Mu is among Lemuria's top 20 trade partners.", "supported"),
        # a place the fact's top ten holds but does not fix
        ("Mu is Lemuria's ninth-largest trade partner.", "not_enough_info"),
        ("Mu is among Lemuria's top five trade partners.", "not_enough_info"),
        ("Mu is Lemuria's 12th-largest trade partner.", "refuted"),
    ],
)
def test_a_fact_that_gives_a_place_within_the_top_n(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, TOP_TEN), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("this is xi's first ever trip to belarus", "not_enough_info"),
        ("It is the first-ever visit to Belarus by a Chinese president.", "not_enough_info"),
        ("The Belarus visit is the first by a Chinese president in 14 years.", "supported"),
    ],
)
def test_first_ever_is_more_than_first_within_a_span(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the rank's verb opens the clause the date is in: it cues a rank, not a date
        ("In 2014 Russia ranked ninth among China's trade partners.", "supported"),
        ("In 2014 Russia ranked seventh among China's trade partners.", "refuted"),
    ],
)
def test_a_date_before_a_ranking_verb(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Russia sits just outside China's top ten trading partners.", "refuted"),
        ("Russia is among China's top ten trading partners.", "supported"),
    ],
)
def test_outside_the_top_ten_against_the_ninth_place(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label
