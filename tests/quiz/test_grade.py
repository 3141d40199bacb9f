"""Lenient grading: equivalent forms of a value are right, other digits are wrong."""

from __future__ import annotations

from functools import cache

import pytest

from factcli.quiz.grade import Grader
from factcli.quiz.questions import Question
from factcli.store import load_store


@cache
def grader() -> Grader:
    return Grader(load_store())


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("38 billion cubic meters", "38 bcm"),
        ("38 billion cubic meters", "38 billion cubic meters"),
        ("38 billion cubic meters", "thirty-eight billion m3"),
        ("38 billion cubic meters", "38 bn cubic metres a year"),
        ("38 billion cubic meters", "38"),
        ("$95 billion", "95 billion dollars"),
        ("$95 billion", "USD 95bn"),
        ("three-day", "3 days"),
        ("three-day", "three"),
        ("May 8-10, 2015", "8 to 10 May 2015"),
        ("May 8-10, 2015", "May 8-10"),
        ("in early September 2015", "early September"),
        ("the 70th anniversary", "70th"),
        ("the 70th anniversary", "seventieth"),
        ("ninth-largest", "ninth"),
        ("ninth-largest", "9th"),
        ("five (a fifth consecutive year)", "5"),
        ("five (a fifth consecutive year)", "fifth"),
        ("Kazakhstan", "kazakhstan"),
        ("Kazakhstan", "Kazakstan"),
        ("China", "Chnia"),  # two letters swapped: a typo however short the word
        ("the first", "frist"),
        ("ninth-largest", "nitnh"),
        ("Belarus, for two days", "Belarus, 2 days"),
        ("Russia", "Moscow"),
        ("the Carnegie Moscow Center", "Carnegie Moscow Centre"),
        ("the S-400", "S400"),
        ("the UN Security Council", "UNSC"),
    ],
)
def test_equivalent_answers_are_right(expected: str, given: str) -> None:
    assert grader().equivalent(expected, given)


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("38 billion cubic meters", "39 bcm"),
        ("38 billion cubic meters", "38 million cubic meters"),
        ("38 billion cubic meters", "39"),
        ("38 billion cubic meters", "38 or 48 bcm"),
        ("$95 billion", "$96 billion"),
        ("May 8-10, 2015", "May 2015"),
        ("May 8-10, 2015", "May 9-11, 2015"),
        ("ninth-largest", "eighth-largest"),
        ("Kazakhstan", "Belarus"),
        ("Kazakhstan", "Kazakhstan or Belarus"),
        ("Belarus, for two days", "Belarus"),
        ("Russia", ""),
        ("2018", "2019"),
        ("2018", "2081"),  # swapped digits are another number, not a typo
        ("38 billion cubic meters", "83 bcm"),
        ("the seventh", "seventy"),
    ],
)
def test_other_values_are_wrong(expected: str, given: str) -> None:
    assert not grader().equivalent(expected, given)


def test_a_typo_is_marked_so_that_the_spelling_can_be_shown() -> None:
    short = Question("q1", "f", "short", "Which country?", "Kazakhstan")
    assert grader().grade(short, "Kazakstan").misspelt
    assert grader().grade(short, "Kazakstan").correct
    assert not grader().grade(short, "kazakhstan").misspelt
    assert not grader().grade(short, "Belarus").misspelt


def test_words_without_values_tolerate_typos() -> None:
    assert grader().equivalent("strategic cooperation", "stratgic cooperation")
    assert not grader().equivalent("strategic cooperation", "mutual suspicion")


MC = Question(
    "q1", "east-route-gas-supply", "mc", "?", "38 billion cubic meters",
    ("28 billion cubic meters", "38 billion cubic meters", "48 billion cubic meters",
     "58 billion cubic meters"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("given", "correct"),
    [("b", True), ("B", True), ("b)", True), ("a", False), ("e", False), ("38 bcm", True),
     ("thirty-eight billion m3", True), ("48 bcm", False), ("40 bcm", False)],
)  # fmt: skip
def test_multiple_choice_by_letter_or_text(given: str, correct: bool) -> None:
    assert grader().grade(MC, given).correct is correct


@pytest.mark.parametrize(
    ("given", "correct"),
    [("true", False), ("False", True), ("f", True), ("no", True), ("x", False)],
)
def test_true_false(given: str, correct: bool) -> None:
    question = Question("q1", "trade-2014", "tf", "Trade stood at $96 billion.", "false")
    grade = grader().grade(question, f"  {given} ")
    assert grade.correct is correct
    assert grade.given == given
    assert grade.expected == "false"
