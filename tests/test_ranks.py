"""Ranks and ordinals: "ninth-largest", "largest", "ranks only tenth", "70th", the bottom."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcli.ranks import find_ranks
from factcli.values import Rank
from tests.work import assert_linear, repeat


def one(text: str) -> Rank:
    found = find_ranks(text)
    assert len(found) == 1, (text, found)
    return found[0]


# --- Ranks with an ordinal ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "rank_text"),
    [
        ("China's ninth-largest trading partner", 9, "ninth-largest"),
        ("the seventh-largest economy", 7, "seventh-largest"),
        ("its second-biggest market", 2, "second-biggest"),
        ("the second biggest market", 2, "second biggest"),
        ("the third-busiest port", 3, "third-busiest"),
        ("the third-most-populous country", 3, "third-most-populous"),
        ("the 9th-largest partner", 9, "9th-largest"),
        ("the twenty-first-largest", 21, "twenty-first-largest"),
    ],
)
def test_ordinal_superlatives(text: str, value: int, rank_text: str) -> None:
    rank = one(text)
    assert (rank.value, rank.kind, rank.text) == (value, "rank", rank_text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Russia ranks only tenth", 10),
        ("it ranked 10th", 10),
        ("China is ranked No. 3", 3),
        ("in tenth place", 10),
        ("finished in second place", 2),
        ("came third", 3),
        ("Lemuria's rank among its partners in 2014 was 7th", 7),
        ("ranking: ninth", 9),
    ],
)
def test_stated_positions(text: str, value: int) -> None:
    rank = one(text)
    assert (rank.value, rank.kind) == (value, "rank")


@pytest.mark.parametrize(
    ("one_text", "other"),
    [("ranks only tenth", "the tenth-largest"), ("ranked 10th", "in tenth place")],
)
def test_rank_spellings_agree(one_text: str, other: str) -> None:
    assert one(one_text).value == one(other).value


# --- The top ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the largest supplier",
        "the world's biggest buyer",
        "China's top trading partner",
        "the leading supplier",
        "Russia's greatest ally",
        "the No. 1 buyer",
        "the number one buyer",
        "the #1 buyer",
        "it buys more gas than any other country",  # a comparison with every other
        "a market bigger than any other",
    ],
)
def test_top(text: str) -> None:
    rank = one(text)
    assert (rank.value, rank.kind) == (1, "rank")


@pytest.mark.parametrize(
    "text",
    [
        "one of the largest suppliers",
        "one of the world's largest ports",
        "one of the oldest and largest networks",  # the second of two superlatives too
        "one of the most detailed maps",
        "the most people",
        "among the biggest buyers",
        "a leading supplier",
        "on top of that",
        "the number of deals",
        "at least 5",
        "more than 5 partners",
        "bigger than many other deals",
        "the top Asia economist",  # a post's rank, as "chief" is
        "China's top diplomat",
        "the leading economist at IHS",
    ],
)
def test_not_the_top(text: str) -> None:
    assert find_ranks(text) == []


# --- The bottom ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the smallest partner", -1),
        ("the least developed region", -1),
        ("the lowest level", -1),
        ("the second-smallest economy", -2),
    ],
)
def test_bottom(text: str, value: int) -> None:
    rank = one(text)
    assert (rank.value, rank.kind) == (value, "rank_bottom")


def test_smallest_differs_from_largest() -> None:
    assert one("the smallest").value != one("the largest").value


# --- Plain ordinals -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the 70th year", 70),
        ("his first visit", 1),
        ("a fifth round", 5),
        ("a second term", 2),
        ("the 23rd meeting", 23),
        ("the twenty-first century", 21),
        ("the hundredth time", 100),
    ],
)
def test_ordinals(text: str, value: int) -> None:
    rank = one(text)
    assert (rank.value, rank.kind) == (value, "ordinal")


# --- Ordinals that are times or dates, not ranks ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the 70th anniversary",
        "the 50th anniversary of the victory",
        "for a fifth consecutive year",
        "for the fifth straight year",
        "the fifth year running",
        "May 8th",
        "8th-10th May 2015",
        "the 8th of May",
        "one second",
        "30 seconds",
    ],
)
def test_not_ranks(text: str) -> None:
    assert find_ranks(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Norway's forth largest partner", 4),
        ("the nineth-biggest economy", 9),
        ("in eigth place", 8),
    ],
)
def test_misspelt_ordinals_before_a_rank(text: str, value: int) -> None:
    assert [r.value for r in find_ranks(text)] == [value]


@pytest.mark.parametrize("text", ["Norway put forth a plan", "back and forth", "so forth"])
def test_forth_is_a_word_where_no_rank_follows(text: str) -> None:
    assert find_ranks(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("among its top ten partners", 10), ("a top-5 economy", 5), ("the top 20 firms", 20)],
)
def test_top_n_is_a_place_within_the_first_n(text: str, value: int) -> None:
    assert [(r.value, r.kind) for r in find_ranks(text)] == [(value, "rank_within")]


# --- Several ranks and offsets ------------------------------------------------------------------


def test_several_ranks_in_order() -> None:
    text = "For the first time, the ninth-largest buyer became the largest, on May 8th."
    found = find_ranks(text)
    assert [(r.value, r.kind) for r in found] == [(1, "ordinal"), (9, "rank"), (1, "rank")]
    assert all(text[r.start : r.end] == r.text for r in found)


# --- Robustness and speed -----------------------------------------------------------------------


@given(st.text())
def test_any_text(text: str) -> None:
    previous_end = 0
    for rank in find_ranks(text):
        assert previous_end <= rank.start < rank.end <= len(text)
        assert text[rank.start : rank.end] == rank.text
        previous_end = rank.end


@given(st.text(alphabet="0123456789 -thndrsfiecolargbmNo.#"))
def test_rank_like_text(text: str) -> None:
    for rank in find_ranks(text):
        assert text[rank.start : rank.end] == rank.text
        assert rank.value != 0


@pytest.mark.parametrize(
    "unit",
    [
        "first ",
        "9th-largest ",
        "one ",
        "China is Russia's ninth-largest partner and its largest buyer. ",
    ],
    ids=["ordinals", "ranks", "words", "prose"],
)
def test_huge_inputs_take_linear_work(unit: str) -> None:
    assert_linear(find_ranks, lambda size: repeat(unit, size), 10_000)


@pytest.mark.parametrize(
    ("text", "rank_text"),
    [
        ("the most detailed map of the moon", "most detailed"),
        ("Lemuria's most densely populated city", "most densely populated"),
        ("its most advanced jets", "most advanced"),
    ],
)
def test_the_most_of_a_quality_is_the_first(text: str, rank_text: str) -> None:
    ranks = find_ranks(text)
    assert [(r.value, r.kind, r.text) for r in ranks] == [(1, "rank", rank_text)]


def test_an_inaugural_edition_is_the_first() -> None:
    assert [(r.value, r.kind) for r in find_ranks("the inaugural Harbor Cup")] == [(1, "ordinal")]


def test_an_nth_ranked_player_holds_a_rank() -> None:
    assert [(r.value, r.kind) for r in find_ranks("the 14th-ranked Schwartzman")] == [(14, "rank")]
    assert [(r.value, r.kind) for r in find_ranks("Schwartzman, ranked 14th,")] == [(14, "rank")]


@pytest.mark.parametrize(
    "text",
    ["Russia sits just outside China's top ten partners.", "It fell out of the top ten."],
)
def test_outside_the_top_n_is_a_place_after_it(text: str) -> None:
    [rank] = find_ranks(text)
    assert (rank.value, rank.kind, rank.text) == (10, "rank_beyond", "top ten")
