"""Polar opposites: the two sides of each pair, as stems, never share a word."""

from __future__ import annotations

from factcli.lexicon import stem
from factcli.opposites import POLAR_OPPOSITES, negated_base, polar_stems


def test_each_pair_has_two_disjoint_sides() -> None:
    for rising, falling in polar_stems():
        assert rising
        assert falling
        assert not rising & falling


def test_stems_follow_the_word_lists() -> None:
    assert len(polar_stems()) == len(POLAR_OPPOSITES)
    sides = [side for pair in polar_stems() for side in pair]
    assert any(stem("boosted") in side for side in sides)
    assert any(stem("plunged") in side for side in sides)


def test_a_negative_prefix_names_its_base() -> None:
    assert negated_base("inconsistent") == "consistent"
    assert negated_base("unlikely") == "likely"
    assert negated_base("irregular") == "regular"
    assert negated_base("illegal") == "legal"


def test_words_that_only_open_like_a_prefix_have_no_base() -> None:
    for word in ("inform", "income", "impress", "unit", "under", "important", "invaluable"):
        assert negated_base(word) is None, word


def test_what_a_rule_allows_against_what_it_forbids_or_lifts() -> None:
    pairs = polar_stems()
    for allowed, forbidden in (
        ("allowed", "prohibited"),
        ("resume", "suspended"),
        ("imposed", "lifted"),
        ("welcomed", "resisting"),
        ("comeback", "exit"),
        ("accepted", "rebuffed"),
        ("approved", "defeated"),  # a measure voted down
        ("progressing", "stalling"),
        ("signed", "vetoed"),
        ("accept", "spurned"),
        ("welcomed", "criticized"),
        ("forward", "backward"),
        ("objective", "subjective"),
        ("mild", "cold"),  # a winter
        ("deeper", "shallower"),
        ("guilty", "acquitted"),  # a verdict
        ("positive", "negative"),  # a test
    ):
        assert any(stem(allowed) in a and stem(forbidden) in b for a, b in pairs)
