"""Scorelines and tallies: one value each, told apart from ranges, compared as a whole."""

from __future__ import annotations

import pytest

from factcli.scores import find_scores, same_result


def parts(text: str) -> list[tuple[tuple[int, ...], ...]]:
    return [found.parts for found in find_scores(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leeds won 3-1 at home.", [((3, 1),)]),
        ("the court upheld the law in a 5-4 decision", [((5, 4),)]),
        ("The motion passed 52-48 in the Senate.", [((52, 48),)]),
        ("The match ended 1-1.", [((1, 1),)]),
        ("She won 6-1, 3-6, 7-6 (4) in the final.", [((6, 1), (3, 6), (7, 6, 4))]),
        ("He took it 7-6 (9) on a tiebreak.", [((7, 6, 9),)]),
        ("The side lost 1-2 to Porto.", [((1, 2),)]),
        ("a 3-4 defeat at home", [((3, 4),)]),
        ("The council voted 4-7 against the plan.", [((4, 7),)]),
        ("Lopez won 5,210-4,870 on Tuesday.", [((5210, 4870),)]),
        ("The court ruled with a 7-to-2 majority.", [((7, 2),)]),
        ("Brown beat Bradley by 4,143 votes to his 2,360.", [((4143, 2360),)]),
    ],
)
def test_results_are_one_value(text: str, expected: list[tuple[tuple[int, ...], ...]]) -> None:
    assert parts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "children aged 5-11 were vaccinated",
        "read pages 10-12 first",
        "growth of 8-10% a year",
        "it took 10-12 years",
        "prices between 20-30 dollars",
        "a 5-6 billion dollar hole",
        "the 2014-15 season",
        "Boeing's 737-800 jets",
        "in the 20-25 range",
    ],
)
def test_ranges_and_codes_are_no_results(text: str) -> None:
    assert find_scores(text) == []


@pytest.mark.parametrize(
    ("claim", "fact", "same"),
    [
        (((2, 1),), ((2, 1),), True),
        (((3, 0),), ((2, 1),), False),
        (((1, 2),), ((2, 1),), True),  # the loser's side of the same result
        (((6, 4), (7, 6)), ((6, 4), (7, 6, 5)), True),  # the tiebreak left out
        (((6, 4), (7, 6, 3)), ((6, 4), (7, 6, 5)), False),
        (((6, 4),), ((6, 4), (6, 3)), False),  # a set left out is not the result
        (((4, 6), (6, 7)), ((6, 4), (7, 6)), True),
        (((4, 6), (7, 6)), ((6, 4), (7, 6)), False),  # one set read from each side
    ],
)
def test_same_result(
    claim: tuple[tuple[int, ...], ...], fact: tuple[tuple[int, ...], ...], same: bool
) -> None:
    assert same_result(claim, fact) is same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Djokovic let slip a five-two lead in the first set", [((5, 2),)]),
        ("the game ended one-all", [((1, 1),)]),
        ("they lost two-three in the final", [((2, 3),)]),  # rising, next to a contest word
    ],
)
def test_a_result_in_words(text: str, expected: list[tuple[tuple[int, ...], ...]]) -> None:
    assert [found.parts for found in find_scores(text)] == expected


@pytest.mark.parametrize("text", ["twenty-one people", "a one-two punch of rain", "two-thirds"])
def test_number_words_that_are_no_result(text: str) -> None:
    assert find_scores(text) == []
