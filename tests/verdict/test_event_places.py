"""A place that says where a named event happened ("the end of World War Two in Europe")
narrows the event: it is no party of the claim that the facts must name."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import fact
from .stores import bundled, small, verdict

FLOOD = fact(
    "Atlantis holds a ceremony marking the end of the Great Flood.",
    id="flood",
    keys=["ceremony"],
    entities=[{"name": "Atlantis", "role": "host"}],
)
EVENTS = [
    {"name": "Great Flood", "kind": "event", "aliases": ["the Flood"]},
    {"name": "Oceania", "kind": "region", "aliases": []},
]


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Atlantis holds a ceremony marking the end of the Great Flood in Oceania.", "supported"),
        # a place as a party still has to be named by the facts
        ("Atlantis holds a ceremony in Oceania marking the end of the Great Flood.",
         "not_enough_info"),
        ("Atlantis holds a ceremony marking the end of the Great Flood in Oceania in 1990.",
         "not_enough_info"),  # a value the facts do not give still counts
    ],
)  # fmt: skip
def test_a_place_of_a_named_event(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, FLOOD, aliases=EVENTS), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Xi attends a military parade in Moscow marking the 70th anniversary of the end of "
         "World War II in Europe.", "supported"),
        ("Xi attends a military parade in Moscow marking the 60th anniversary of the end of "
         "World War II in Europe.", "refuted"),
    ],
)  # fmt: skip
def test_event_places_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label
