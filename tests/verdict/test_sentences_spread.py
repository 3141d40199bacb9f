"""Real sentences spread over several facts: a value another fact confirms is no sign of
another event, a plan for later is no claim about a past event, a superlative without its
noun and a phrase naming the pair borrow what the store knows, a rank or a "non-" word the
claim denies, a plan given up, a span opened by "since", and the year a streak began."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import fact
from .stores import EMBASSY, bundled, small, verdict


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # one wrong weekday; the anniversary the sentence also names is another fact's
        (
            "Xi Jinping arrived in Moscow on Thursday for a visit where he will attend the "
            "celebrations of the 70th anniversary of the end of World War II.",
            "refuted",
        ),
        (
            "Xi Jinping arrived in Moscow on Friday for a visit where he will attend the "
            "celebrations of the 70th anniversary of the end of World War II.",
            "supported",
        ),
        # a plan dated without a year is not the visit past when the source was written
        # (May 2014), but the visit the source expects in early September
        ("Putin has a trip to China planned for October.", "refuted"),
        ("Putin has a trip to China planned for September.", "supported"),
        ("Commerce between the two neighbours stood at $95 billion in 2014.", "supported"),
        ("Commerce between the two neighbours stood at $59 billion in 2014.", "refuted"),
        (
            "Russia was China's ninth-largest trading partner in 2014, and China was "
            "Russia's largest for a fifth straight year.",
            "supported",
        ),
        ("Russia was not China's largest trade partner in 2014.", "supported"),
        ("Russia was not China's ninth-largest trade partner in 2014.", "refuted"),
        (
            "Xi Jinping has been to Russia several times since he became president in 2013.",
            "not_enough_info",
        ),
        (
            "Beijing does not back interference in the internal affairs of sovereign countries.",
            "supported",
        ),
        (
            "Beijing backs interference in the internal affairs of sovereign countries.",
            "refuted",
        ),
        (
            "Xi will travel to Moscow for the 70 anniversary of the end of World War II.",
            "supported",
        ),
        # the 30-year length names the deal; the amount it adds is a detail, the year an error
        ("In May 2015 China and Russia struck a 30-year gas deal worth $400 billion.", "refuted"),
        ("Andrew Small heads the Carnegie Moscow Center.", "refuted"),  # another employer
        # a host is a place the claim puts the event in, not any country it names
        (
            "Xi attended a military parade in Beijing for the 70th anniversary of the end of "
            "World War II.",
            "refuted",
        ),
        (
            "Xi Jinping is visiting Belarus to attend the World War II anniversary celebrations.",
            "refuted",
        ),  # a trip's destination places the event too
        # a plan given up denies the plan
        ("Russia and China have shelved plans to finalize the helicopter agreement.", "refuted"),
        # a fifth consecutive year in 2014 began in 2010
        ("In 2010 China became Russia's largest trade partner.", "supported"),
        ("In 2012 China became Russia's largest trade partner.", "refuted"),
    ],
)
def test_spread_sentences_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


FAIR = fact(
    "Ana Diaz opened the fish fair in Poseidonis on Monday, 6 January 2020.",
    id="fair",
    keys=["Ana Diaz", "fair"],
    entities=[{"name": "Poseidonis", "role": "destination"}],
    dates=[{"slot": "opening", "date": "2020-01-06", "cue": ["on", "opened"]}],
)
FAIR_EDITION = fact(
    "The fish fair in Poseidonis is held for the 12th time.",
    id="edition",
    keys=["fair", "12th|time|edition"],
    ranks=[{"slot": "edition", "value": 12, "kind": "ordinal"}],
)
VISIT = fact(
    "Ben Ortiz visited Atlantis in March 2019.",
    id="visit",
    keys=["Ben Ortiz", "visit|visited|trip"],
    entities=[{"name": "Atlantis", "role": "destination"}],
    dates=[{"slot": "visit", "date": "2019-03"}],
)
PARTNER = fact(
    "In 2019 Lemuria was Atlantis's third-largest trade partner.",
    id="partner",
    keys=["trade|trading", "partner", "Lemuria"],
    entities=[{"name": "Lemuria", "role": "subject"}, {"name": "Atlantis", "role": "owner"}],
    ranks=[{"slot": "rank", "value": 3, "kind": "rank", "cue": ["largest", "biggest"]}],
    dates=[{"slot": "year", "date": "2019", "cue": ["in"]}],
)
TRADE = fact(
    "Trade between Atlantis and Lemuria stood at $5 billion in 2019.",
    id="trade",
    keys=["trade", "Atlantis|two countries", "Lemuria|two countries"],
    quantities=[{"slot": "value", "value": 5, "scale": "billion", "unit": "USD"}],
    dates=[{"slot": "year", "date": "2019", "cue": ["in"]}],
)
BUYER = fact(
    "In 2019 Atlantis remained Mu's largest fish buyer for a third consecutive year.",
    id="buyer",
    keys=["fish", "buyer|buyers|customer", "Atlantis", "Mu"],
    entities=[{"name": "Atlantis", "role": "subject"}, {"name": "Mu", "role": "owner"}],
    ranks=[{"slot": "rank", "value": 1, "kind": "rank", "cue": ["largest", "biggest"]}],
    quantities=[{"slot": "streak", "value": 3, "unit": "consecutive years"}],
    durations=[{"slot": "streak", "value": 3, "unit": "year"}],
    dates=[{"slot": "year", "date": "2019", "cue": ["in"]}],
)
PACT = fact(
    "Atlantis and Lemuria signed a 20-year fishing pact in 2018.",
    id="pact",
    keys=["fishing|fish", "pact|deal|agreement"],
    entities=[
        {"name": "Atlantis", "role": "participant"},
        {"name": "Lemuria", "role": "participant"},
    ],
    durations=[{"slot": "length", "value": 20, "unit": "year"}],
    dates=[{"slot": "signed", "date": "2018", "cue": ["signed", "in"]}],
)
REEF_SUMMIT = fact(
    "The 12th reef summit takes place in Lemuria.",
    id="reef-summit",
    keys=["reef"],
    entities=[{"name": "Lemuria", "role": "host"}],
    ranks=[{"slot": "summit", "value": 12, "kind": "ordinal"}],
)
POLICY = fact(
    "Atlantis keeps to a policy of non-alignment.",
    id="policy",
    keys=["Atlantis", "alignment|aligned|align|policy"],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ana Diaz opened the fish fair in Poseidonis on Tuesday, its 12th edition.", "refuted"),
        ("Ana Diaz opened the fish fair in Poseidonis on Monday, its 12th edition.", "supported"),
        ("Ben Ortiz will visit Atlantis in May.", "not_enough_info"),
        ("Ben Ortiz visited Atlantis in May 2019.", "refuted"),
        ("Trade between the two sides stood at $5 billion in 2019.", "supported"),
        ("Lemuria was not Atlantis's largest trade partner in 2019.", "supported"),
        ("Lemuria was not Atlantis's third-largest trade partner in 2019.", "refuted"),
        ("Atlantis does not align itself.", "supported"),
        ("The 12th reef summit takes place in Mu.", "refuted"),
        ("The 12th reef summit takes place in Lemuria.", "supported"),
        ("The 11th reef summit takes place in Lemuria.", "refuted"),
        ("Lemuria's 12th reef summit, the first since Mu left, takes place.", "not_enough_info"),
        ("Atlantis has shelved plans to open an embassy in Lemuria.", "refuted"),
        ("Atlantis plans to open an embassy in Lemuria.", "supported"),
        ("In 2019 Atlantis and Lemuria signed a 20-year fishing pact worth $2 billion.", "refuted"),
        ("In 2018 Atlantis and Lemuria signed a 20-year fishing pact.", "supported"),
        ("In 2017 Atlantis became Mu's largest fish buyer.", "supported"),
        ("In 2018 Atlantis became Mu's largest fish buyer.", "refuted"),
        ("Atlantis was Mu's largest fish buyer in 2018.", "supported"),
        ("Atlantis has aligned itself.", "refuted"),
    ],
)
def test_spread_sentences_against_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    checker = small(
        tmp_path,
        FAIR,
        FAIR_EDITION,
        VISIT,
        PARTNER,
        TRADE,
        BUYER,
        PACT,
        EMBASSY,
        REEF_SUMMIT,
        POLICY,
    )
    assert verdict(checker, claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a goal's own amount names the goal, whoever the claim says set it
        ("Medvedev set a goal of $200 billion in bilateral trade by 2030.", "refuted"),
        # the source's conflict in Ukraine is the crisis, the stand-off
        ("China has taken a neutral stance in the crisis.", "supported"),
        ("Beijing openly backed Moscow in the stand-off.", "refuted"),
    ],
)
def test_identity_of_goals_and_conflicts_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Putin To Attend Beijing Military Parade In September", "supported"),
        ("Putin To Attend Beijing Military Parade In October", "refuted"),
        ("Russia Is China's Largest Trade Partner", "refuted"),
        ("China Remains Russia's Largest Trade Partner", "supported"),
    ],
)
def test_headlines_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label
