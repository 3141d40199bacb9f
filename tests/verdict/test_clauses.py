"""Each value in its own clause: a value is compared with the slot of the fact its clause or
phrase is about; a trip's stops keep their order; a negation inside a clause hung on the
main one does not deny it; compound sentences are cut into clauses."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.scan import scan_text

from .conftest import fact
from .stores import bundled, small, verdict


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Xi will hold talks with Medvedev and then travel to Belarus for four days.", "refuted"),
        ("After Kazakhstan, Xi flew to Moscow.", "supported"),
        ("China's Xi will spend three days in Russia before flying to Belarus.", "supported"),
        ("After Belarus, Xi flew to Moscow.", "refuted"),
        ("Xi went on to Kazakhstan after leaving Moscow.", "refuted"),  # the order swapped
        ("The helicopter deal was signed in April 2017 during a visit by Putin to China.",
         "not_enough_info"),  # a signing's date, not the visit's
        ("Russia and China will sign a cyber agreement, saying it is not aimed at anyone.",
         "supported"),
        ("Bilateral trade stood at $95 billion in 2014, and the two countries hope to raise it "
         "to $200 billion by 2030.", "refuted"),
        # a bare "and" before a name and its verb cuts the sentence too
        ("In 2014, China was Russia's largest trade partner and Russia was China's "
         "ninth-largest.", "supported"),
        ("In 2014, China was Russia's largest trade partner and Russia was China's "
         "fourth-largest.", "refuted"),
    ],
)  # fmt: skip
def test_clauses_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


TOUR = fact(
    "After a two-day stop in Mu, Ana Diaz will spend three days in Lemuria.",
    id="tour",
    modality="planned",
    keys=["Ana Diaz", "visit|trip|stop|spend|travel"],
    entities=[
        {"name": "Lemuria", "role": "destination"},
        {"name": "Mu", "role": "previous_stop"},
    ],
    durations=[{"slot": "length", "value": 3, "unit": "day", "cue": ["spend"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("After Mu, Ana Diaz will travel to Lemuria.", "supported"),
        ("After Lemuria, Ana Diaz will travel to Mu.", "refuted"),
        ("Ana Diaz will travel to Lemuria for three days.", "supported"),
        # a bare "and", a name and its verb: two clauses, each checked
        (
            "Ana Diaz will travel to Lemuria for three days and Ben Ortiz will host a dinner.",
            "not_enough_info",
        ),
        ("Ana Diaz will travel to Lemuria for five days and Ben Ortiz will join her.", "refuted"),
        ("Ana Diaz will travel to Lemuria for five days.", "refuted"),
    ],
)
def test_clauses_against_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, TOUR), claim) == label


def test_scan_reads_each_clause_in_its_context() -> None:
    text = (
        "Chinese President Xi Jinping arrived in Moscow on Friday. He arrived from "
        "Kazakhstan, where he had spent three days. Bilateral trade stood at $95 billion in "
        "2014, and the two countries hope to double it to $200 billion by 2025."
    )
    verdicts = [(span.text, span.result.verdict.value) for span in scan_text(text, bundled()).spans]
    assert ("He arrived from Kazakhstan, where he had spent three days.", "refuted") in verdicts
    assert ("Bilateral trade stood at $95 billion in 2014", "supported") in verdicts
    assert verdicts[-1][1] == "refuted"  # 2025 against the 2020 target, in its own clause


def test_an_apposition_is_checked_as_a_statement_of_its_own(tmp_path: Path) -> None:
    checker = small(
        tmp_path,
        fact("Atlantis beat Lemuria 2-1 on Sunday.", id="result", keys=["beat"],
             entities=[{"name": "Atlantis", "role": "winner"},
                       {"name": "Lemuria", "role": "loser"}]),
        fact("Atlantis is the defending champion.", id="title", keys=["champion"]),
    )  # fmt: skip
    assert verdict(checker, "Atlantis, the defending champion, beat Lemuria 2-1.") == "supported"
    assert verdict(checker, "Atlantis, the defending champion, beat Lemuria 3-0.") == "refuted"


TRIP = fact(
    "Ana Diaz visits Lemuria from 8 to 10 May 2020.",
    id="trip",
    keys=["Ana Diaz", "Lemuria"],
    entities=[{"name": "Lemuria", "role": "destination"}],
    dates=[{"slot": "trip", "date": "2020-05-08", "end": "2020-05-10", "cue": ["from"]}],
)
FAIR = fact(
    "Ana Diaz opens the 40th trade fair of Lemuria.",
    id="fair",
    keys=["fair"],
    ranks=[{"slot": "edition", "value": 40, "kind": "ordinal"}],
    entities=[{"name": "Lemuria", "role": "host"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Diaz will visit Lemuria on May 9 to open the 40th trade fair.", "supported"),
        ("Diaz will visit Lemuria on June 9 to open the 40th trade fair.", "refuted"),
    ],
)
def test_the_values_of_a_clause_before_its_purpose(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, TRIP, FAIR), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Xi said he would travel to Moscow on May 9 to join the commemorations of the 70th "
         "anniversary of the end of World War II.", "supported"),
        ("Xi said he would travel to Moscow on May 19 to join the commemorations of the 70th "
         "anniversary of the end of World War II.", "refuted"),
        # the parade's own date: the trip's span (May 8-10) does not give it
        ("On Saturday Xi watched a big military parade in Moscow to mark the 70th anniversary "
         "of the end of World War II.", "not_enough_info"),
    ],
)  # fmt: skip
def test_the_clause_before_its_purpose_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label
