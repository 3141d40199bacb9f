"""Polar opposites: the two sides of each pair, as stems, never share a word."""

from __future__ import annotations

from factcli.lexicon import stem
from factcli.opposites import POLAR_OPPOSITES, polar_stems


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
