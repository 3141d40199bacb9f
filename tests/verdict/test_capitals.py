"""A capital the store does not name stands for its country, as the store's own "Moscow"
stands for Russia: "Minsk will host Xi" is Belarus hosting him. Another city does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.entities import EntityIndex
from factcli.model import Alias

from .conftest import fact
from .stores import bundled, small, verdict

NORWAY = [{"name": "Norway", "kind": "country", "aliases": ["Norwegian"]}]
TRIP = fact(
    "Ana Diaz will make a two-day visit to Norway.",
    id="trip",
    keys=["Ana Diaz", "visit|trip"],
    entities=[{"name": "Norway", "role": "destination"}],
    durations=[{"slot": "length", "value": 2, "unit": "day"}],
)


def test_a_capital_is_read_as_the_country_the_store_names() -> None:
    index = EntityIndex([Alias("Norway", "country", ())])
    (oslo,) = index.find("She flew to Oslo.")
    assert (oslo.name, oslo.kind, oslo.known) == ("Norway", "country", True)
    (bergen,) = index.find("She flew to Bergen.")
    assert bergen.name == "Bergen"  # no capital: a place of its own
    (paris,) = index.find("She flew to Paris.")
    assert (paris.name, paris.kind) == ("Paris", "city")  # the store has no France


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ana Diaz will spend two days in Oslo.", "supported"),
        ("Oslo will host Ana Diaz for two days.", "supported"),
        ("Ana Diaz will spend five days in Oslo.", "refuted"),
    ],
)
def test_a_capital_for_its_country(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, TRIP, aliases=NORWAY), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Astana hosted Xi for one day before Moscow.", "supported"),
        ("Xi will make a two-day visit to Minsk after Moscow.", "supported"),
        ("Xi will make a four-day visit to Minsk after Moscow.", "refuted"),
    ],
)
def test_capitals_in_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


CITY_TRIP = fact(
    "Ana Diaz flew to Bergen on Tuesday, saying the talks there would be hard.",
    id="city-trip",
    keys=["Ana Diaz", "flew|fly"],
    entities=[{"name": "Bergen", "role": "destination"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ana Diaz flew to Bergen on Tuesday.", "supported"),
        ("Ana Diaz flew to Oslo on Tuesday.", "refuted"),
        ("Ana Diaz, who flew to Oslo on Tuesday, said the talks would be hard.", "refuted"),
    ],
)
def test_a_capital_against_another_city_of_the_trip(tmp_path: Path, claim: str, label: str) -> None:
    """Where the fact's trip goes to a city, a capital the claim names is that city, not its
    country: Oslo is not Bergen, in the main clause or in a clause about the speaker."""
    bergen = {"name": "Bergen", "kind": "city", "aliases": []}
    assert verdict(small(tmp_path, CITY_TRIP, aliases=[*NORWAY, bergen]), claim) == label
