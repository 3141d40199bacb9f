"""Shorthand typed in a hurry reads as the words it stands for."""

from __future__ import annotations

import pytest

from factcli.shorthand import expand_shorthand


@pytest.mark.parametrize(
    ("text", "expanded"),
    [
        ("trade w/ russia", "trade with russia"),
        ("a pact will prob. be signed", "a pact will probably be signed"),
        ("first chinese prez since 2001", "first chinese president since 2001"),
        ("the 70th anniv of ww2", "the 70th anniversary of ww2"),
        ("sanctions w/o end", "sanctions without end"),
        ("Govt data", "government data"),
        ("oslo n lima", "oslo and lima"),
        ("q2 revenue up 5% yoy", "second quarter revenue up 5% year on year"),
        ("EPS beat, shares down 20% ytd", "earnings per share beat, shares down 20% year to date"),
    ],
)
def test_shorthand_is_spelt_out(text: str, expanded: str) -> None:
    assert expand_shorthand(text) == expanded


@pytest.mark.parametrize("text", ["the vsat link", "a w/x ratio", "problems", "presidents"])
def test_words_that_only_begin_like_shorthand_stay(text: str) -> None:
    assert expand_shorthand(text) == text


def test_chat_shorthand_between_words() -> None:
    assert (
        expand_shorthand("Beijing & Moscow r both members") == "Beijing and Moscow are both members"
    )
    assert expand_shorthand("the r-value") == "the r-value"  # part of a word
