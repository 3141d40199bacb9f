"""Small stores built inside a test: a fact or two and a claim, compared element by element."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from factcli.entities import EntityIndex
from factcli.parse import ParsedText, parse_text
from factcli.store import load_store
from factcli.verdict.facts import FactView
from factcli.verdict.findings import Finding, Scope

SOURCE = {"title": "Unit test", "publisher": "Test Wire", "date": "2020-01-02"}
ALIASES = [
    {"name": "Atlantis", "kind": "country", "aliases": ["Atlantean"]},
    {"name": "Lemuria", "kind": "country", "aliases": ["Lemurian"]},
    {"name": "Mu", "kind": "country", "aliases": []},
    {"name": "Poseidonis", "kind": "city", "aliases": []},
    {"name": "Kumari", "kind": "city", "aliases": []},
    {"name": "Ana Diaz", "kind": "person", "aliases": ["Diaz"]},
    {"name": "Ben Ortiz", "kind": "person", "aliases": ["Ortiz", "Lemurian Premier"]},
    {"name": "Cal Reyes", "kind": "person", "aliases": ["Reyes"]},
    {"name": "Tidal Institute", "kind": "organization", "aliases": []},
    {"name": "Reef Council", "kind": "organization", "aliases": []},
]


def fact(statement: str, id: str = "f", **fields: Any) -> dict[str, Any]:
    """A fact record: the statement, its own quote, and any slots given."""
    return {"id": id, "statement": statement, "quote": statement, "attribution": "article",
            "modality": "reported", **fields}  # fmt: skip


@dataclass
class World:
    """A store of a few facts, with the names it knows."""

    views: dict[str, FactView]
    entities: EntityIndex

    def parse(self, text: str) -> ParsedText:
        return parse_text(text, self.entities)

    def view(self, fact_id: str = "f") -> FactView:
        return self.views[fact_id]

    def compare(
        self, comparator: Callable[[ParsedText, FactView, Scope], list[Finding]], claim: str,
        fact_id: str = "f",
    ) -> list[tuple[str, str, str]]:  # fmt: skip
        """The comparator's findings on the claim, as (kind, status, reason) for each."""
        parsed = self.parse(claim)
        found = comparator(parsed, self.view(fact_id), Scope({}, parsed.names))
        return [(f.element.kind.value, f.status.value, f.reason) for f in found]


@pytest.fixture
def world(tmp_path: Path) -> Callable[..., World]:
    """Build a World from fact records (see `fact`)."""

    def build(*facts: dict[str, Any]) -> World:
        path = tmp_path / "store.jsonl"
        header = {"format": 1, "aliases": ALIASES, "source": SOURCE}
        lines = [json.dumps(record) for record in (header, *facts)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        store = load_store([path])
        entities = EntityIndex(store.aliases)
        return World({f.id: FactView(f, entities) for f in store.facts}, entities)

    return build
