"""Roles read from word order: one reading per kind of relation, on texts of our own."""

from __future__ import annotations

import pytest

from factcli.entities import EntityIndex
from factcli.parse import parse_text


def roles(text: str) -> set[tuple[str, str]]:
    """The (side, name) pairs the parser reads from `text`, with no store aliases."""
    return {(role.side, role.name) for role in parse_text(text, EntityIndex([])).roles}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway will supply gas to Germany", {("source", "Norway"), ("target", "Germany")}),
        ("Germany will buy gas from Norway", {("source", "Norway"), ("target", "Germany")}),
        ("Brazil is Argentina's largest partner", {("owner", "Argentina"), ("subject", "Brazil")}),
        ("French-made Rafale jets", {("maker", "France")}),
        ("Norway will host the king for two days", {("destination", "Norway")}),
        ("The king was hosted by Norway", {("destination", "Norway")}),
        ("Norway is turning away from Germany", {("departure", "Germany")}),
        ("Norway fears sanctions from Germany", {("departure", "Germany")}),
        ("President Ola Nordmann will travel to Germany", {("visitor", "Ola Nordmann")}),
        ("President Ola Nordmann heads to Germany", {("visitor", "Ola Nordmann")}),
        ("President Ola Nordmann's visit to Germany", {("visitor", "Ola Nordmann")}),
        ("For Argentina, Brazil is the largest partner", {("owner", "Argentina"),
                                                           ("subject", "Brazil")}),
        ("Brazil is the largest partner for Argentina", {("owner", "Argentina"),
                                                          ("subject", "Brazil")}),
        # a progressive is active: the subject sells, the first object receives
        ("Norway is selling Germany the gas", {("source", "Norway"), ("target", "Germany")}),
        ("The gas was sold to Germany by Norway", {("source", "Norway"),
                                                   ("target", "Germany")}),
    ],
    ids=[
        *("flow", "flow-reversed", "owner", "maker", "host", "hosted-by", "away-from", "from"),
        *("travel-verb", "heads-to", "visit-noun", "for-fronted", "for-after"),
        *("progressive", "passive"),
    ],
)  # fmt: skip
def test_relations(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany and Norway signed a pact under which Norway will supply Germany with gas",
        "Germany and Norway agreed a deal that will involve Norway supplying Germany with gas",
    ],
)
def test_a_pair_then_its_giver_named_again(text: str) -> None:
    """A pair has no direction, but the clause after it may name a giver of its own."""
    found = roles(text)
    assert ("source", "Norway") in found
    assert ("source", "Germany") not in found


def test_a_pair_before_the_verb_gives_no_single_giver() -> None:
    # whichever of the two owns the noun: "Norway and Germany's contract" is both's
    text = "Norway and Germany's gas contract from last year covers three decades of supply"
    assert not {side for side, _ in roles(text)} & {"source", "target"}


@pytest.mark.parametrize(
    ("text", "first", "then"),
    [
        ("The king visits Poland first, then Austria", "Poland", "Austria"),
        ("The king visited Poland first and then Austria", "Poland", "Austria"),
        ("The king will visit Poland, then travel to Austria", "Poland", "Austria"),
        ("The king will begin his tour in Poland on Monday, visit Austria on Tuesday",
         "Poland", "Austria"),
    ],
)  # fmt: skip
def test_stops_in_order(text: str, first: str, then: str) -> None:
    """ "first, then", "then" before a bare place, and the place a trip begins in."""
    found = roles(text)
    assert ("previous_stop", first) in found
    assert ("destination", then) in found


def test_a_trip_keeps_the_order_of_its_stops() -> None:
    found = roles("After Poland, the chancellor will head to Vienna")
    assert ("destination", "Vienna") in found
    assert ("previous_stop", "Poland") in found


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor visited Poland, then travelled to Vienna",
        "The chancellor will visit Poland and then fly to Vienna",
        "The chancellor toured Poland; afterwards she flew to Vienna",
    ],
)
def test_a_then_sequence_puts_the_first_place_before_the_destination(text: str) -> None:
    found = roles(text)
    assert {("previous_stop", "Poland"), ("destination", "Vienna")} <= found
    assert ("destination", "Poland") not in found


def test_a_then_sequence_ends_at_the_sentence() -> None:
    found = roles("The chancellor visited Poland. Then she flew to Vienna")
    assert {("destination", "Poland"), ("destination", "Vienna")} <= found


def test_then_after_another_doing_is_no_sequence_of_places() -> None:
    found = roles("She visited Poland, will attend a summit there and then fly to Vienna")
    assert ("previous_stop", "Poland") not in found


@pytest.mark.parametrize(
    "text",
    [
        "President Ola Nordmann heads the Oslo Center",
        "President Ola Nordmann met Mayor Kari Hansen, who visited Bergen",
    ],
)
def test_heading_a_body_or_another_persons_trip_makes_no_visitor(text: str) -> None:
    assert ("visitor", "Ola Nordmann") not in roles(text)


def test_a_text_without_names_has_no_roles() -> None:
    assert roles("gas will flow from the east to the west") == set()


def test_the_place_a_trip_leaves_is_no_destination() -> None:
    assert ("destination", "Poland") not in roles("The king left Poland on May 7")
    assert ("destination", "Austria") in roles("The king left for Austria on May 7")


def test_a_place_hosted_by_another_is_no_destination() -> None:
    assert ("destination", "Norway") not in roles("Norway was hosted by Sweden")


@pytest.mark.parametrize(
    "text",
    [
        "The king will visit Poland, Austria and Hungary",
        "The king will visit Poland, Austria, and Hungary",
        "The king will visit Poland as well as Austria and Hungary",
    ],
)
def test_a_list_of_places_after_a_trip_word_are_all_destinations(text: str) -> None:
    assert {("destination", p) for p in ("Poland", "Austria", "Hungary")} <= roles(text)


def test_a_place_after_the_list_ends_is_no_destination() -> None:
    found = roles("The king will visit Poland, which Austria and Hungary border")
    assert ("destination", "Austria") not in found


def test_giving_in_is_no_giving_to() -> None:
    assert not {side for side, _ in roles("Norway gave in to Germany")} & {"source", "target"}
    assert ("target", "Germany") in roles("Norway gave gas to Germany")


def test_each_place_of_a_list_after_from_is_where_it_comes_from() -> None:
    found = roles("The kingdom turns to Poland under pressure from Austria and Hungary")
    assert {("departure", "Austria"), ("departure", "Hungary")} <= found
    assert ("departure", "Poland") not in found


def test_what_a_party_competes_for_owns_no_relation() -> None:
    assert ("owner", "Norway") not in roles("Sweden competes with Denmark for Norway customers")
