"""Converses: a fact that one party sold (exported, lent) something to another also says
that the other bought (imported, borrowed) it, and a trip to a place is the place hosting
the traveller; who is on which side is still compared."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import fact
from .stores import bundled, small, verdict

SALE = fact(
    "Atlantis has sold ten patrol boats to Lemuria.",
    id="boats",
    keys=["boats|boat"],
    entities=[{"name": "Atlantis", "role": "seller"}, {"name": "Lemuria", "role": "buyer"}],
)
EXPORTS = fact(
    "Lemuria exports timber to Mu.",
    id="timber",
    keys=["timber"],
    entities=[{"name": "Lemuria", "role": "exporter"}, {"name": "Mu", "role": "importer"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Lemuria has bought patrol boats from Atlantis.", "supported"),
        ("Lemuria purchased Atlantean patrol boats.", "supported"),
        ("Atlantis has bought patrol boats from Lemuria.", "refuted"),  # the sides swapped
        ("Mu imports timber from Lemuria.", "supported"),
        ("Lemuria imports timber from Mu.", "refuted"),
    ],
)
def test_the_other_side_of_a_transfer(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, SALE, EXPORTS), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("China has bought S-400 air defence systems from Russia.", "supported"),
        ("Beijing has acquired Russian-made S-400 missile systems.", "supported"),
        ("Russia has purchased S-400 systems from China.", "refuted"),
    ],
)
def test_converses_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


TRIP = fact(
    "Ana Diaz will make a two-day visit to Lemuria.",
    id="trip",
    keys=["Ana Diaz", "visit|trip"],
    entities=[{"name": "Lemuria", "role": "destination"}],
    durations=[{"slot": "length", "value": 2, "unit": "day"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Lemuria will host Ana Diaz for two days.", "supported"),
        ("Diaz will be hosted by Lemuria for two days.", "supported"),
        ("Lemuria will host Ana Diaz for five days.", "refuted"),
        ("Mu will host Ana Diaz for two days.", "refuted"),
    ],
)
def test_the_host_of_a_trip(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, TRIP), claim) == label


def test_the_host_of_a_trip_in_the_bundled_store() -> None:
    assert verdict(bundled(), "Belarus will host Xi for two days after Russia.") == "supported"
    assert verdict(bundled(), "Belarus will host Xi for four days.") == "refuted"
