"""Who does what to whom, read from word order around one verb."""

from __future__ import annotations

import pytest

from factcli.actions import read_actions
from factcli.entities import EntityIndex
from factcli.model import Alias
from factcli.parse import parse_text

_INDEX = EntityIndex([Alias(name, "organization", ()) for name in ("Acme", "Zeta", "Beta")])


def sides(text: str) -> list[tuple[str, set[str], set[str]]]:
    parsed = parse_text(text, _INDEX)
    return [
        (a.said, set(a.doers), set(a.undergoers))
        for a in read_actions(parsed.words, parsed.mentions)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme sued Zeta.", [("sued", {"Acme"}, {"Zeta"})]),
        ("Acme and Beta accuse Zeta of fraud.", [("accuse", {"Acme", "Beta"}, {"Zeta"})]),
        ("Zeta was sued by Acme.", [("sued", {"Acme"}, {"Zeta"})]),
        ("Acme, which accuses Zeta of fraud, lost.", [("accuses", {"Acme"}, {"Zeta"})]),
        ("Acme will acquire Zeta.", [("acquire", {"Acme"}, {"Zeta"})]),
    ],
)
def test_doers_and_undergoers(text: str, expected: list[tuple[str, set[str], set[str]]]) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme met Zeta.",  # either side may be named first
        "Acme said Zeta would grow.",  # what is said, not done to Zeta
        "Zeta was sued in Acme's home court.",  # no doer after "by"
        "Acme shares rose in Zeta.",
    ],
)
def test_no_sides(text: str) -> None:
    assert sides(text) == []
