"""Checkers for the end-to-end tests of each mechanism: the bundled store, and small
stores built in a test from a few fact records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factcli.checker import Checker
from factcli.store import load_store

from .conftest import ALIASES, SOURCE, fact

_BUNDLED: list[Checker] = []


def bundled() -> Checker:
    """A checker over the bundled store, built once for all tests."""
    if not _BUNDLED:
        _BUNDLED.append(Checker(load_store()))
    return _BUNDLED[0]


def small(
    tmp_path: Path, *facts: dict[str, Any], aliases: list[dict[str, Any]] | None = None
) -> Checker:
    """A checker over a store of these fact records (see conftest.fact)."""
    path = tmp_path / "small.jsonl"
    header = {"format": 1, "aliases": [*ALIASES, *(aliases or [])], "source": SOURCE}
    path.write_text("\n".join(json.dumps(r) for r in (header, *facts)) + "\n", encoding="utf-8")
    return Checker(load_store([path]))


def verdict(checker: Checker, claim: str) -> str:
    """The verdict on a claim, as its label."""
    return checker.check(claim).verdict.value


# A planned fact that more than one mechanism's tests check claims against.
EMBASSY = fact(
    "Atlantis will open an embassy in Lemuria.",
    id="embassy",
    modality="planned",
    keys=["embassy"],
    entities=[{"name": "Atlantis", "role": "owner"}],
)
# A fact with a time elapsed since an event, for the entities' and quantities' tests.
FAIR = fact(
    "Lemuria hosts a fish fair marking the tenth anniversary of the fisheries treaty.",
    id="fair",
    keys=["fair", "fisheries|treaty"],
    entities=[{"name": "Lemuria", "role": "host"}],
    durations=[{"slot": "anniversary", "value": 10, "unit": "year", "cue": ["anniversary"]}],
)
