"""Parsed statements kept in the cache: the same parses, the same verdicts, no parse again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcli import retrieve
from factcli.checker import Checker
from factcli.entities import EntityIndex
from factcli.model import Store
from factcli.parse import parse_text
from factcli.statements import ParsedStatements
from factcli.store import load_store
from factcli.verdict import facts

REPO = Path(__file__).resolve().parents[1]
CLAIMS = [
    json.loads(line)["claim"]
    for path in (REPO / "tests/data/heldout_claims.jsonl", REPO / "eval2/heldout2_claims.jsonl")
    for line in path.read_text(encoding="utf-8").splitlines()
    if '"claim"' in line
]


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("FACTCLI_CACHE", str(home))
    return home


def _no_statement_parse(text: str, entities: EntityIndex) -> None:
    raise AssertionError(f"a statement was parsed again: {text!r}")


def test_every_statement_parses_as_parse_text_reads_it(bundled_store: Store) -> None:
    entities = EntityIndex(bundled_store.aliases)
    statements = ParsedStatements.build(bundled_store.facts, entities)
    assert len(statements) == len({f.statement for f in bundled_store.facts})
    for fact in bundled_store.facts:
        assert statements.get(fact.statement) == parse_text(fact.statement, entities)
    assert statements.get("A statement no fact makes.") is None


def test_a_checker_from_the_cache_parses_no_statement_and_gives_the_same_results(
    monkeypatch: pytest.MonkeyPatch, cache_home: Path
) -> None:
    fresh = Checker(load_store())  # parses each statement it compares
    expected = [fresh.check(claim) for claim in CLAIMS]
    Checker.from_paths()  # the store, its index and its parsed statements cached
    assert list(cache_home.glob("statements-*.pickle"))
    monkeypatch.setattr(facts, "parse_text", _no_statement_parse)
    cached = Checker.from_paths()
    assert cached.statements is not None
    assert [cached.check(claim) for claim in CLAIMS] == expected


def test_a_store_of_many_facts_parses_its_statements_when_needed(
    mini_store_path: Path, monkeypatch: pytest.MonkeyPatch, cache_home: Path
) -> None:
    monkeypatch.setattr(retrieve, "MAX_PARSED_FACTS", 1)  # the mini store has two facts
    opened = retrieve.open_store([mini_store_path])
    assert opened.statements is None
    assert not list(cache_home.glob("statements-*"))
    checker = Checker(*opened)
    claim = "Atlantis exports 12 million tonnes of fish to Lemuria a year."
    assert checker.check(claim).verdict.value == "supported"
