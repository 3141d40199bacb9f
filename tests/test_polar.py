"""Negation cues and polar words, read in their phrase."""

from __future__ import annotations

import pytest

from factcli.lexicon import stem, words
from factcli.polar import negations, outside, polar_words
from factcli.values import Word


def _words(text: str) -> list[Word]:
    found, start = [], 0
    for token in words(text):
        start = text.lower().index(token, start)
        found.append(Word(start, start + len(token), token, stem(token)))
        start += len(token)
    return found


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Exports did not grow.", ["not"]),
        ("Exports no longer grow.", ["no longer"]),
        ("The pact was signed, saying it was not aimed at anyone.", []),  # a hung clause
        ("Although no firm bid, the port reopened.", []),  # a clause that opens the sentence
        ("If rates do not fall, exports will shrink.", []),
        ("Since May, exports have not grown.", ["not"]),  # the main clause denies
        # "not A but B" sets A aside and states B
        ("The news was not the summit but the signing of a gas deal.", []),
        ("The news was not the summit.", ["not"]),
        # two denials joined by "and" deny both parts; inside one part they cancel
        ("The lamp did not glow white and posed no threat.", ["not"]),
        ("The firm did not deny the sale.", ["deny", "not"]),
        # a relative clause whose verb lacks its object denies it of its noun
        ("The ship broke up after a malfunction that the agency did not specify.", []),
        ("They found a flaw which the firm had not disclosed, officials said.", []),
        # not the content of a stating noun, nor a clause whose verb has its object
        ("Policy follows the principle that states should not interfere.", ["not"]),
        ("At the time that neon did not glow white, it was rare.", ["not"]),
        # an act held back: "shied away from proposing", "is yet to submit"
        ("The board has shied away from formally proposing the cut.", ["shied away from"]),
        ("Three states have yet to submit their plans.", ["yet to"]),
        ("The firm stopped short of an apology.", ["stopped short of"]),
    ],
)
def test_negation_cues_of_the_main_clause(text: str, cues: list[str]) -> None:
    assert negations(text.lower()) == cues


@pytest.mark.parametrize(
    ("text", "polar"),
    [
        ("Exports plunged.", ["plunged"]),
        ("The visit lasts two days.", []),
        ("Exports were worth less than ten tonnes.", []),
        ("Exports are less important now.", ["less"]),
        # an amount before "less than": by how much, a fall
        ("The harvest is 2.2 billion bushels less than forecast.", ["less"]),
        # a count of further ones, not a rise
        ("The storm stranded thousands more.", []),
        ("Another 2,000 more officers were sent.", []),
        ("The city is more crowded.", ["more", "crowded"]),
        # a clause that allows any outcome takes no side; "However," alone is a connective
        ("However the standoff ends, it could bring change.", []),
        ("However, the ruble fell.", ["fell"]),
        ("Crews searched for missing people.", []),  # who cannot be found
        ("The quake left at least 272 people homeless.", []),  # a bound
        ("Lemuria has the least reserves.", ["least"]),
        # the state of things at a time the text names, not what it states
        ("Exports are at their peak since 2012, when the economy was struggling to recover.", []),
        ("Lee came in May, when exports plunged.", ["plunged"]),  # the event's own time
        ("Last year's tax bill passed.", []),  # the year before
        ("Lemuria came last in the race.", ["last"]),
        ("The mill lies close to the river.", []),  # where it is, not how friendly
        ("The feud lasted close to two decades.", []),  # about so many
        ("Close to 200 people came.", []),
        ("Lemuria closed its border.", []),  # shut, not close
        ("Lee arrived at the start of a three-day visit.", []),  # a point of the trip
        ("The parade marks the start of the war.", ["start"]),  # a war's start is an event
        ("The party held its three seats.", ["held"]),  # what a side keeps
        ("Lee held talks with Diaz.", []),  # an event held, nothing kept
    ],
)
def test_polar_words_in_their_phrase(text: str, polar: list[str]) -> None:
    assert [p.word for p in polar_words(text, _words(text), [])] == polar


def test_closer_ties_are_polar_where_a_place_near_another_is_not() -> None:
    text = "Oslo moved closer to Lima."
    assert {p.word for p in polar_words(text, _words(text), [])} == {"closer"}


def test_a_name_takes_no_side_unless_it_is_side_taking() -> None:
    text = "Plunge Capital backed pro-Freedonian groups."
    names = [(0, len("Plunge Capital"))]
    assert [p.word for p in polar_words(text, _words(text), names)] == ["backed", "pro-freedonian"]
    assert outside(20, 25, names)
    assert not outside(3, 5, names)


@pytest.mark.parametrize(
    ("text", "polar"),
    [
        ("With inflation climbing, the ruble fell.", ["fell"]),
        ("With ties on the rise, the ruble plunged.", ["plunged"]),
        ("The ruble fell with inflation climbing.", ["fell", "climbing"]),  # no opening phrase
    ],
)
def test_an_opening_circumstance_keeps_its_opposite_words(text: str, polar: list[str]) -> None:
    assert [p.word for p in polar_words(text, _words(text), [])] == polar


def test_missing_before_a_noun_skips_nothing() -> None:
    """ "missing people" cannot be found; "missing the summit" is skipping it."""
    text = "Lemuria is missing the summit."
    assert {p.word for p in polar_words(text, _words(text), [])} == {"missing"}
    text = "Crews searched for missing people."
    assert polar_words(text, _words(text), []) == []


@pytest.mark.parametrize(
    ("text", "polar"),
    [
        ("They won the 1972 Uefa Cup final.", []),  # the match of a contest
        ("He spoke after the final.", []),
        ("Belarus is the final stop.", []),  # the order of a trip, read elsewhere
        ("It was the final decision.", ["final"]),
    ],
)
def test_a_final_of_a_contest_is_no_opposite_of_first(text: str, polar: list[str]) -> None:
    assert [p.word for p in polar_words(text, _words(text), [])] == polar


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("he made a late save to deny shaw's header.", []),  # what the save was for
        ("china denied the report.", ["denied"]),
        ("he refused to deny the report.", ["refused to", "deny"]),
    ],
)
def test_an_infinitive_of_purpose_with_deny_denies_nothing(text: str, cues: list[str]) -> None:
    assert negations(text) == cues


@pytest.mark.parametrize(
    ("text", "name", "polar"),
    [
        ("Floods hit western Lemuria.", "Lemuria", ["western"]),
        ("Floods hit eastern Lemuria.", "Lemuria", ["eastern"]),
        ("Western sanctions hit Lemuria.", "Lemuria", []),  # a bloc, not a place in Lemuria
        ("The eastern route avoids Lemuria.", "Lemuria", []),
    ],
)
def test_a_compass_adjective_places_something_in_the_name_after_it(
    text: str, name: str, polar: list[str]
) -> None:
    start = text.index(name)
    names = [(start, start + len(name))]
    assert [p.word for p in polar_words(text, _words(text), names)] == polar


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        ("Output peaked in 2008, declining to 375.8 million tons in 2015.", False),
        ("Sales declined to $5 billion.", False),
        ("The firm declined to comment.", True),
    ],
)
def test_declining_to_an_amount_is_a_fall_not_a_refusal(text: str, denies: bool) -> None:
    assert bool(negations(text.lower())) is denies
