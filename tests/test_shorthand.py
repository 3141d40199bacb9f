"""Shorthand typed in a hurry reads as the words it stands for."""

from __future__ import annotations

import pytest

from factcli.checker import Checker
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
        ("Sen. Ann Lee met Gov. Bo Park", "senator Ann Lee met governor Bo Park"),
        ("U.S. Rep. Ann Lee", "U.S. representative Ann Lee"),
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


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Trade hit $95bn in 2014, right?", "Trade hit $95bn in 2014."),
        ("xi visited moscow, didn't he?", "xi visited moscow."),
        ("The deal is worth $400bn, isn't it?", "The deal is worth $400bn."),
        ("Is Moscow afraid of losing clout?", "Is Moscow afraid of losing clout?"),  # no tag
    ],
)
def test_a_question_tag_leaves_its_statement(text: str, statement: str) -> None:
    assert expand_shorthand(text) == statement


def test_a_statement_with_a_question_tag_is_checked() -> None:
    result = Checker.from_paths(None).check("Bilateral trade reached $95 billion in 2014, right?")
    assert result.verdict.value == "supported"
