"""Contests: who won and who lost, read from verbs, nouns and passives of any field."""

from __future__ import annotations

import pytest

from factcli import contests
from factcli.contests import contest_at, contest_roles
from factcli.entities import EntityIndex
from factcli.model import Alias
from factcli.numbers import word_set
from factcli.parse import parse_text

INDEX = EntityIndex(
    [
        Alias("Atlantis", "country", ("Atlantean",)),
        Alias("Lemuria", "country", ()),
        Alias("Mu", "country", ()),
        Alias("Ana Diaz", "person", ("Diaz",)),
        Alias("Ben Ortiz", "person", ("Ortiz",)),
        Alias("Cal Reyes", "person", ("Reyes",)),
        Alias("Dora Vega", "person", ("Vega",)),
        Alias("Harbor Party", "organization", ()),
        Alias("Green League", "organization", ()),
    ]
)


def roles(text: str) -> list[tuple[str, str]]:
    parsed = parse_text(text, INDEX)
    return [(r.side, r.name) for r in contest_roles(parsed.text, parsed.mentions)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Atlantis beat Lemuria 2-1 on Sunday.", [("winner", "Atlantis"), ("loser", "Lemuria")]),
        ("Lemuria lost to Atlantis in the final.", [("loser", "Lemuria"), ("winner", "Atlantis")]),
        ("Lemuria was beaten by Atlantis.", [("loser", "Lemuria"), ("winner", "Atlantis")]),
        ("Atlantis comfortably got past Lemuria.", [("winner", "Atlantis"), ("loser", "Lemuria")]),
        ("Atlantis's 3-0 win over Lemuria", [("winner", "Atlantis"), ("loser", "Lemuria")]),
        ("Lemuria's defeat to Atlantis", [("loser", "Lemuria"), ("winner", "Atlantis")]),
        ("The Harbor Party defeated the Green League in the election.",
         [("winner", "Harbor Party"), ("loser", "Green League")]),
        ("Ana Diaz edged Ben Ortiz in the runoff.",
         [("winner", "Ana Diaz"), ("loser", "Ben Ortiz")]),
        ("Atlantis had won all 15 previous meetings.", [("winner", "Atlantis")]),
        ("The court sided with Atlantis over the border.", [("winner", "Atlantis")]),
        ("Ana Diaz defeated incumbent mayor Ben Ortiz.",
         [("winner", "Ana Diaz"), ("loser", "Ben Ortiz")]),
        ("Atlantis beat them in Lemuria.", [("winner", "Atlantis")]),
        ("The tribunal ruled against Lemuria.", [("loser", "Lemuria")]),
        ("Diaz sealed it for Atlantis by beating Ortiz.",
         [("winner", "Ana Diaz"), ("loser", "Ben Ortiz")]),
        ("The late goal handed Atlantis a 2-1 win over Lemuria.",
         [("winner", "Atlantis"), ("loser", "Lemuria")]),
        ("Diaz beat Ortiz and Reyes of Mu.",
         [("winner", "Ana Diaz"), ("loser", "Ben Ortiz"), ("loser", "Cal Reyes"), ("loser", "Mu")]),
        ("Atlantis, last year's runner-up, beat Lemuria.",
         [("winner", "Atlantis"), ("loser", "Lemuria")]),
    ],
)  # fmt: skip
def test_one_result_however_worded(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_coordinated_names_share_a_side() -> None:
    assert roles("Diaz and Ortiz rallied to defeat Reyes and Vega in the doubles.") == [
        ("winner", "Ana Diaz"), ("winner", "Ben Ortiz"),
        ("loser", "Cal Reyes"), ("loser", "Dora Vega"),
    ]  # fmt: skip


def test_each_contest_of_a_sentence_keeps_its_parties() -> None:
    text = "Lemuria lost to Atlantis after Diaz edged Ortiz and Reyes defeated Vega."
    assert roles(text) == [
        ("loser", "Lemuria"), ("winner", "Atlantis"),
        ("winner", "Ana Diaz"), ("loser", "Ben Ortiz"),
        ("winner", "Cal Reyes"), ("loser", "Dora Vega"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Atlantis signed a pact with Lemuria.",
        "Atlantis clinched its first away Davis Cup win since 2011.",  # a noun, no verb
        "Lemuria, Atlantis and Mu met in the capital.",
        "Atlantis's top diplomat met Ana Diaz.",
        "Atlantis's share of the market fell to 10 percent.",
        "Ana Diaz was upset by the ruling on Lemuria.",
        "In the city of Lemuria, 20 miles away, a wall crushed a car.",  # a thing, no opponent
    ],
)
def test_no_contest_no_roles(text: str) -> None:
    assert roles(text) == []


def test_a_scoreline_belongs_to_the_nearest_result() -> None:
    parsed = parse_text("Atlantis beat Lemuria 2-1 after Diaz edged Ortiz 7-6 (5), 6-4.", INDEX)
    first, second = parsed.quantities
    assert contest_at(list(parsed.contests), first.start, first.end) == parsed.contests[0]
    assert contest_at(list(parsed.contests), second.start, second.end) == parsed.contests[1]
    assert parsed.contests[1][:2] == (("Ana Diaz",), ("Ben Ortiz",))


def test_a_text_without_a_cue_word_tells_no_result_without_compiling_the_cues() -> None:
    contests._cues.cache_clear()
    assert roles("Atlantis visited Lemuria on Sunday, and Mu hosted Ana Diaz.") == []
    assert contests._cues.cache_info().currsize == 0
    assert roles("Atlantis beat Lemuria.") == [("winner", "Atlantis"), ("loser", "Lemuria")]
    assert contests._cues.cache_info().currsize == 1


@pytest.mark.parametrize("phrase", contests._CUE_PHRASES)
def test_every_cue_passes_the_word_test_in_any_case_and_spacing(phrase: str) -> None:
    for written in (phrase, phrase.upper(), phrase.title().replace(" ", "\n  ")):
        text = f"Atlantis, {written}: Lemuria"
        assert contests._cues().search(text) is not None
        assert not contests._CUE_WORDS.isdisjoint(word_set(text))
