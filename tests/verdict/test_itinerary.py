"""Stops listed in no order ("visits Lemuria, with Mu also on her itinerary"): the main
statement holds, and each place listed is a visit of the traveller, checked on its own, so
that the main clause's values are compared with its own stop only."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import fact
from .stores import bundled, small, verdict

FIRST = fact(
    "Ana Diaz made a one-day trip to Mu before arriving in Lemuria.",
    id="mu",
    keys=["Ana Diaz", "trip|visit"],
    entities=[{"name": "Mu", "role": "destination"}, {"name": "Lemuria", "role": "next_stop"}],
    durations=[{"slot": "length", "value": 1, "unit": "day"}],
)
SECOND = fact(
    "Ana Diaz is on a three-day visit to Lemuria.",
    id="lemuria",
    keys=["Ana Diaz", "trip|visit", "Lemuria"],
    entities=[{"name": "Lemuria", "role": "destination"}],
    durations=[{"slot": "length", "value": 3, "unit": "day"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ana Diaz visits Lemuria, with Mu also on her itinerary.", "supported"),
        ("Ana Diaz visits Mu, with Lemuria also on her itinerary.", "supported"),
        # a stop the trip does not have, as "Ana Diaz visits Atlantis" is
        ("Ana Diaz visits Lemuria, with Atlantis also on her itinerary.", "refuted"),
        ("Ana Diaz makes a one-day trip to Lemuria, with Mu also on her itinerary.", "refuted"),
        ("Ana Diaz makes a five-day visit to Lemuria, with Mu also on her itinerary.", "refuted"),
    ],
)
def test_stops_in_no_order(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, FIRST, SECOND), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Xi is visiting Russia, with Kazakhstan and Belarus also on his itinerary.", "supported"),
        ("Xi will visit Belarus, with Kazakhstan also on his itinerary.", "supported"),
        ("Xi is visiting Russia, with Poland also on his itinerary.", "refuted"),
        ("Xi will make a two-day visit to Kazakhstan, with Russia and Belarus also on his "
         "itinerary.", "refuted"),
        ("Xi will make a four-day visit to Belarus, with Kazakhstan also on his itinerary.",
         "refuted"),
    ],
)  # fmt: skip
def test_stops_in_no_order_in_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the facts put Lemuria after Mu: Mu is not the last stop, Lemuria not the first
        ("Mu was the last stop of Ana Diaz's trip.", "refuted"),
        ("Ana Diaz's final destination was Mu.", "refuted"),
        ("Lemuria was the first stop of Ana Diaz's trip.", "refuted"),
        ("Mu is Ana Diaz's last stop, after Lemuria.", "refuted"),
        # "first" and "last" of a trip are its order, not the opposite of "first visit"
        ("Mu was the first stop of Ana Diaz's trip.", "not_enough_info"),
    ],
)
def test_the_first_or_last_stop_against_the_order_of_the_trip(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, FIRST, SECOND), claim) == label


def test_the_last_stop_against_a_first_visit_in_years() -> None:
    claim = "Belarus is the first stop of Xi's trip"
    result = bundled().check(claim)
    assert result.verdict.value == "refuted"
    assert "first stop" in result.reasons[0]


def test_a_visit_to_the_next_stop_is_not_refuted_by_the_leg_before_it(tmp_path: Path) -> None:
    # FIRST has Mu as its destination and Lemuria as the next stop: a claim about the visit
    # to Lemuria speaks of another leg, which FIRST does not contradict
    checker = small(tmp_path, FIRST)
    assert verdict(checker, "Ana Diaz's upcoming visit to Lemuria was announced.") != "refuted"
    assert verdict(checker, "Ana Diaz made a one-day trip to Atlantis.") == "refuted"


TOUR = fact(
    "Ana Diaz is in Lemuria from 8 to 10 May 2015.",
    id="tour-leg",
    keys=["Ana Diaz", "Lemuria"],
    entities=[{"name": "Lemuria", "role": "destination"}],
    dates=[{"slot": "trip", "date": "2015-05-08", "end": "2015-05-10", "cue": ["from"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a tour's dates hold its leg's: the claim does not date the leg itself (and the
        # store knows nothing of the other places)
        ("From May 7 to May 12, 2015, Ana Diaz will visit Mu, Lemuria and Atlantis.",
         "not_enough_info"),
        # a tour's dates that miss the leg's days
        ("From May 17 to May 22, 2015, Ana Diaz will visit Mu, Lemuria and Atlantis.",
         "refuted"),
        # one place: its dates are the leg's own
        ("From May 7 to May 12, 2015, Ana Diaz will visit Lemuria.", "refuted"),
    ],
)  # fmt: skip
def test_the_dates_of_a_tour_of_several_places(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, TOUR), claim) == label


def test_a_date_for_each_place_dates_the_legs_not_a_tour() -> None:
    claim = "Xi will visit Kazakhstan on May 7, then spend May 8-12 in Russia."
    assert verdict(bundled(), claim) == "refuted"


def test_a_stop_named_as_the_trip_s_last_is_of_the_same_trip(tmp_path: Path) -> None:
    """Another place with dates the store lacks is another trip, unless the claim places
    it in the fact's trip ("as the last stop")."""
    store = small(tmp_path, FIRST, SECOND)
    claim = "As the last stop, Ana Diaz will visit Atlantis from May 10 to May 12."
    assert verdict(store, claim) == "refuted"
    assert verdict(store, "Ana Diaz will visit Atlantis from May 10 to May 12.") == (
        "not_enough_info"
    )
