"""Where an event is held is one place: another venue conflicts."""

from __future__ import annotations

from pathlib import Path

from factcli.entities import EntityIndex
from factcli.parse import parse_text
from factcli.verdict.venues import is_venue

from .conftest import fact
from .stores import small, verdict

FAIR = fact(
    "The next fish fair will be held in May in the coastal city of Kumari.",
    keys=["fair"],
)


def test_a_place_after_a_verb_of_holding_is_a_venue() -> None:
    index = EntityIndex([])
    held = parse_text("The fair will take place in Oslo next year.", index)
    passing = parse_text("Traders from Oslo came to the fair.", index)
    assert is_venue(held, next(m for m in held.mentions if m.name == "Oslo"))
    assert not is_venue(passing, next(m for m in passing.mentions if m.name == "Oslo"))


def test_another_venue_for_the_event_is_refuted(tmp_path: Path) -> None:
    checker = small(tmp_path, FAIR)
    assert verdict(checker, "The next fish fair will take place in Poseidonis.") == "refuted"
    assert verdict(checker, "The next fish fair will be held in Kumari.") == "supported"


def test_a_place_named_in_passing_is_no_other_venue(tmp_path: Path) -> None:
    checker = small(tmp_path, FAIR)
    claim = "Traders from Poseidonis will sell fish at the next fish fair."
    assert verdict(checker, claim) != "refuted"
