"""Ages written as bare numbers read as years."""

from __future__ import annotations

import pytest

from factcli.entities import EntityIndex
from factcli.parse import parse_text
from factcli.units import DAYS_PER_YEAR


def quantities(text: str) -> list[tuple[str, float]]:
    parsed = parse_text(text, EntityIndex([]))
    return [(q.dimension, q.value) for q in parsed.quantities]


@pytest.mark.parametrize(
    "text",
    [
        "Grace Diaz, 52, is a typist.",
        "Grace Diaz, aged 52, is a typist.",
        "voters 52 and older",
        "She began typing when she was only fifty-two.",  # the predicate of "was"
        "She was 52 at the time.",
        "Grace Diaz, who was 52 at the time, was arrested.",  # a relative clause's "was"
        "a typist aged fifty-two",  # "aged" before a number in words
        "Grace Diaz, then 52, was arrested.",  # the age she had then
        "Grace Diaz was 52 when she was arrested.",  # the predicate of a name's "was"
        "Grace Diaz was 52.",
    ],
)
def test_a_number_that_gives_an_age_is_years(text: str) -> None:
    assert quantities(text) == [("time", 52 * DAYS_PER_YEAR)]


@pytest.mark.parametrize(
    "text",
    [
        "The ships, 52, sailed.",  # no name before it
        "Grace Diaz, 52 percent of voters, backed it.",  # a unit
        "Grace Diaz, 152, is a typist.",  # no age
        "She was 52 kilograms lighter.",  # a unit after it
        "Grace Diaz was found guilty on all 52 counts.",  # no predicate of "was"
        "It was 52 when the vote closed.",  # no person
    ],
)
def test_other_numbers_stay_what_they_are(text: str) -> None:
    assert all(dimension != "time" for dimension, _ in quantities(text))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Diaz, who is in her sixties, spoke.", 60, 70),
        ("Diaz, in his early fifties, spoke.", 50, 54),
        ("Diaz, in their late-twenties, spoke.", 26, 30),
    ],
)
def test_an_age_by_its_decade(text: str, low: int, high: int) -> None:
    parsed = parse_text(text, EntityIndex([]))
    [age] = parsed.quantities
    half = age.precision / 2
    assert (age.value - half, age.value + half) == pytest.approx(
        (low * DAYS_PER_YEAR, high * DAYS_PER_YEAR)
    )
