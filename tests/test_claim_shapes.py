"""Shapes of a claim that say more than one statement."""

from __future__ import annotations

import pytest

from factcli.claim_shapes import (
    purpose_lead,
    split_apposition,
    split_itinerary,
    split_time_and_when,
    without_cleft,
    without_tag_question,
)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Atlantis, last year's runner-up, beat Lemuria 2-1.",
         ("Atlantis beat Lemuria 2-1.", "Atlantis is last year's runner-up.")),
        ("Harbor Foods, the region's largest exporter, reported a profit.",
         ("Harbor Foods reported a profit.", "Harbor Foods is the region's largest exporter.")),
        ("In Oslo, the capital, it rained.", None),
        ("Diaz, who arrived Monday, said so.", None),
        ("Ana Diaz, director of the Kumari Center, served in the navy.",
         ("Ana Diaz served in the navy.", "Ana Diaz is director of the Kumari Center.")),
        ("Diaz, speaking in Oslo, said so.", None),
    ],
)  # fmt: skip
def test_an_apposition_is_a_statement_of_its_own(text: str, parts: tuple[str, str] | None) -> None:
    assert split_apposition(text) == parts


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("He will visit Lemuria on May 9 to attend the parade.", "He will visit Lemuria on May 9"),
        ("Atlantis cut tariffs in 2019 in order to lift exports.", "Atlantis cut tariffs in 2019"),
        ("Exports rose to the highest level in years.", None),  # "to the": no infinitive
        ("Exports rose to 20 tonnes.", None),
        ("Ready to go.", None),  # too short a clause before it
    ],
)
def test_the_clause_before_an_infinitive_of_purpose(text: str, lead: str | None) -> None:
    assert purpose_lead(text) == lead


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("Ana will visit Mu, with Lemuria and Atlantis also on her itinerary.",
         ("Ana will visit Mu.", ["Lemuria", "Atlantis"])),
        ("Ana will visit Mu, with Lemuria, Atlantis and New Kumari on her tour, aides said.",
         ("Ana will visit Mu, aides said.", ["Lemuria", "Atlantis", "New Kumari"])),
        ("Ana will visit Mu with her husband.", None),
    ],
)  # fmt: skip
def test_the_stops_listed_on_an_itinerary(text: str, split: tuple[str, list[str]] | None) -> None:
    assert split_itinerary(text) == split


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Xi met Putin in Moscow, didn't he?", "Xi met Putin in Moscow"),
        ("xi met putin in moscow, didnt he", "xi met putin in moscow"),
        ("Trade will double, won't it?", "Trade will double"),
        ("Xi did not visit Kiev, did he?", "Xi did not visit Kiev"),
        ("Xi visited Minsk, did he not?", "Xi visited Minsk"),
        ("Trade reached $95bn in 2014, right?", "Trade reached $95bn in 2014"),
        # no tag: a last clause of its own, a question, a plain list
        ("Xi met Putin, and so did Medvedev.", "Xi met Putin, and so did Medvedev."),
        ("Did Xi meet Putin?", "Did Xi meet Putin?"),
        ("Xi met Putin, Medvedev and Lavrov.", "Xi met Putin, Medvedev and Lavrov."),
        ("Xi met Putin, he did.", "Xi met Putin, he did."),
    ],
)
def test_a_tag_question_asks_to_confirm_its_statement(text: str, statement: str) -> None:
    assert without_tag_question(text) == statement


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Trade hit $95 billion in 2014, when Russia was China's largest partner.",
         ("Trade hit $95 billion in 2014", "In 2014, Russia was China's largest partner.")),
        ("The pact was signed on May 8, 2015, when Xi was in Moscow.",
         ("The pact was signed on May 8, 2015", "On May 8, 2015, Xi was in Moscow.")),
        # no time before it: the clause says when, not what held at a time given
        ("Trade fell sharply, when sanctions hit.", None),
        ("Trade hit $95 billion in 2014.", None),
    ],
)  # fmt: skip
def test_a_time_and_what_held_then(text: str, parts: tuple[str, str] | None) -> None:
    assert split_time_and_when(text) == parts


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("It was Trenin who called them partners.", "Trenin called them partners."),
        ("it was andrew small who told dw so", "andrew small told dw so"),
        ("It was raining when Xi landed.", "It was raining when Xi landed."),  # no cleft
    ],
)
def test_a_cleft_stresses_a_plain_statement(text: str, statement: str) -> None:
    assert without_cleft(text) == statement
