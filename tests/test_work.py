"""The work meter that the speed tests use in place of a clock."""

from __future__ import annotations

import pytest

from tests.work import assert_linear, repeat, steps


def _per_character(text: str) -> int:
    return sum(1 for _ in text)


def _per_pair(text: str) -> int:
    return sum(1 for a in text for b in text if a == b)


def test_steps_grow_with_the_work() -> None:
    assert steps(lambda: _per_character("x" * 100)) > 100
    assert steps(lambda: _per_character("x" * 1000)) > 10 * steps(lambda: _per_character("x"))


def test_steps_do_not_depend_on_a_cache_warmed_before() -> None:
    text = "x" * 500
    assert steps(lambda: _per_character(text)) == steps(lambda: _per_character(text))


def test_a_linear_path_passes() -> None:
    assert_linear(_per_character, lambda size: repeat("ab", size), 200)


def test_a_quadratic_path_fails() -> None:
    with pytest.raises(AssertionError, match="4x the input"):
        assert_linear(_per_pair, lambda size: repeat("ab", size), 200)


def test_repeat_cuts_to_the_size() -> None:
    assert repeat("ab", 5) == "ababa"
    assert repeat("0", 4, prefix="1") == "1000"
