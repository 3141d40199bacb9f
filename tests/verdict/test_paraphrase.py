"""Another outlet's words for the same fact: synonyms from the lexicon, and words that only
place a statement in a sequence ("subsequent") or frame it, which add nothing to deny."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import fact
from .stores import bundled, small, verdict

STORM = fact(
    "The storm is hurting Lemuria's fishing fleet.",
    id="storm",
    keys=["storm", "fleet|fishing"],
    entities=[{"name": "Lemuria", "role": "owner"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("The storm pummeled Lemuria's fishing fleet.", "supported"),
        ("The subsequent storm battered the Lemurian fishing fleet.", "supported"),
        ("The storm boosted Lemuria's fishing fleet.", "refuted"),
    ],
)
def test_another_word_for_the_same_harm(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, STORM), claim) == label


GIFT = fact(
    "Lemuria is expected to reciprocate with a state visit to Atlantis in June.",
    id="gift",
    modality="expected",
    keys=["state visit|visit"],
    entities=[{"name": "Atlantis", "role": "destination"}],
    dates=[{"slot": "visit", "date": "2020-06", "cue": ["in"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Lemuria is expected to return the favour with a state visit to Atlantis in June.",
         "supported"),
        ("Lemuria is expected to return the favour with a state visit to Atlantis in July.",
         "refuted"),
        ("Lemuria is expected to return the gift with a state visit to Atlantis in June.",
         "not_enough_info"),  # not the phrase: 'gift' is a word the store lacks
    ],
)  # fmt: skip
def test_a_phrase_for_a_word_of_the_fact(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, GIFT), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Subsequent Western sanctions have battered the Russian economy.", "supported"),
        ("The ensuing sanctions pummeled the Chinese economy.", "not_enough_info"),
    ],
)
def test_another_word_for_the_same_harm_in_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


PACT = fact(
    "The pact between Atlantis and Lemuria is the first aimed at defence against Mu.",
    id="pact",
    keys=["pact", "defence|against|first"],
    entities=[{"name": "Mu", "role": "target"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("The pact between Atlantis and Lemuria targets Mu.", "supported"),
        ("The pact between Atlantis and Lemuria targets Thule.", "refuted"),
    ],
)
def test_what_a_pact_is_against_is_its_target(tmp_path: Path, claim: str, label: str) -> None:
    thule = [{"name": "Thule", "kind": "country", "aliases": []}]
    assert verdict(small(tmp_path, PACT, aliases=thule), claim) == label
