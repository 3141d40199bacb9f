"""Words and values said of another party or clause: a polar word whose phrase goes on to a
party the fact does not name, a value in a clause hung on the main one, a negation in such
a clause, a post word past a comma, a holiday's name, and an order of stops no fact gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import fact
from .stores import bundled, small, verdict

TIES = fact(
    "The crisis has strained Atlantis's relations with Lemuria.",
    id="strained",
    keys=["relations|ties|crisis"],
    entities=[{"name": "Atlantis", "role": "owner"}, {"name": "Lemuria", "role": "partner"}],
)
FAIR = fact(
    "Ana Diaz attends the Kumari fair.",
    id="fair",
    keys=["Ana Diaz", "fair"],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the polar word is said of Mu, whom the fact does not name: no opposition
        ("Amid the crisis in relations with Lemuria, Atlantis is moving closer to Mu.",
         "not_enough_info"),
        # said of the fact's own pair, it opposes the fact
        ("The crisis has improved Atlantis's relations with Lemuria.", "refuted"),
        # a name the polar word merely describes ("its neighbour Lemuria") is no other party
        ("The crisis has improved relations with its neighbour Lemuria.", "refuted"),
    ],
)  # fmt: skip
def test_a_polar_word_said_of_another_party(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, TIES), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ana Diaz attends the Kumari fair, when no Lemurian minister comes.", "not_enough_info"),
        ("Ana Diaz does not attend the Kumari fair, while Ortiz travels.", "refuted"),
    ],
)
def test_a_negation_in_a_clause_hung_on_the_main_one(
    tmp_path: Path, claim: str, label: str
) -> None:
    """It denies its own clause, which the store does not settle; the main one stands."""
    assert verdict(small(tmp_path, FAIR), claim) == label


def test_a_denial_in_what_someone_says_is_no_denial_of_the_claim() -> None:
    claim = "Russia and China will sign a cyber agreement, saying it is not aimed at anyone."
    assert verdict(bundled(), claim) == "supported"


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # "some two dozen" belongs to the "as" clause: Thursday is still Xi's arrival date
        ("Xi Jinping flew into Moscow on Thursday as some two dozen world leaders headed to "
         "Russia for the parade.", "refuted"),
        ("Xi arrived in Moscow on Thursday, after he had spent a day in Kazakhstan.", "refuted"),
        # "snubbed by the West" is said of the West, not of Xi's attending
        ("Xi Jinping flew into Moscow on Friday for a grand victory parade snubbed by the West.",
         "not_enough_info"),
        # "Ukraine, Russia's President Putin": the post word past the comma is Russia's
        ("Amid a crisis over Ukraine, Russia's President Vladimir Putin is moving to bolster "
         "ties with Japan.", "not_enough_info"),
        # the order of stops: two facts together have Kazakhstan before Belarus
        ("xi visits belarus first, then kazakhstan", "refuted"),
        ("xi visits kazakhstan first, then russia", "supported"),
        # a holiday's name is an occasion, no party the store must know
        ("Putin may attend China's Victory Day parade in early September.", "supported"),
        ("Putin may attend China's celebrations of Victory Day \u2014 ambassador", "supported"),
        ("Russian President Putin To Visit China in May", "supported"),
        ("Russian President Putin To Visit China in June", "refuted"),
    ],
)  # fmt: skip
def test_own_phrases_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


LEGS = (
    fact("After Mu, Ana Diaz travels to Lemuria.", id="first-leg", keys=["Ana Diaz", "travel"],
         entities=[{"name": "Lemuria", "role": "destination"},
                   {"name": "Mu", "role": "previous_stop"}]),
    fact("After Lemuria, Ana Diaz travels to Atlantis.", id="second-leg",
         keys=["Ana Diaz", "travel"],
         entities=[{"name": "Atlantis", "role": "destination"},
                   {"name": "Lemuria", "role": "previous_stop"}]),
)  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the two legs together put Mu before Atlantis
        ("Ana Diaz travels to Atlantis first, then to Mu.", "refuted"),
        ("Ana Diaz travels to Mu first, then to Lemuria.", "supported"),
        # an order no fact gives, of two places the facts put on the trip
        ("Ana Diaz travels to Lemuria first, then to Mu.", "refuted"),
    ],
)
def test_an_order_of_stops_from_the_legs_of_a_trip(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, *LEGS), claim) == label
