"""Candidate retrieval: the index agrees with a brute-force scan, and large stores load lazily."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcli import retrieve
from factcli.checker import CANDIDATES, Checker
from factcli.entities import EntityIndex
from factcli.errors import StoreError
from factcli.model import Store
from factcli.parse import parse_text
from factcli.retrieve import LazyStore, Retriever, alias_variants, fact_tokens
from factcli.store import load_store, read_store_problems
from factcli.synonyms import synonym_index
from tests.conftest import EVAL_DIR

COUNTRIES = ["Atlantis", "Lemuria", "Mu", "Hyperborea", "Thule", "Avalon"]
GOODS = ["fish", "salt", "amber", "copper", "timber", "wool", "grain"]


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCLI_CACHE", str(tmp_path / "cache"))


@pytest.fixture
def jsonl_store(tmp_path: Path) -> Path:
    """A JSON Lines store of 300 trade facts over a few countries and goods."""
    lines = [
        {
            "source": {"title": "Trade wire"},
            "aliases": [
                {"name": "Atlantis", "kind": "country", "aliases": ["Atlantean"]},
                {"name": "Lemuria", "kind": "country", "aliases": ["Lemurian"]},
            ],
        }
    ]
    for number in range(300):
        seller = COUNTRIES[number % len(COUNTRIES)]
        buyer = COUNTRIES[(number // len(COUNTRIES) + 1 + number) % len(COUNTRIES)]
        if buyer == seller:
            buyer = COUNTRIES[(COUNTRIES.index(seller) + 1) % len(COUNTRIES)]
        goods = GOODS[number % len(GOODS)]
        amount, year = 2 + number % 97, 1950 + number % 70
        statement = f"{seller} sold {amount} million tonnes of {goods} to {buyer} in {year}."
        lines.append(
            {
                "id": f"trade-{number}",
                "statement": statement,
                "quote": statement,
                "attribution": "article",
                "modality": "reported",
                "keys": [goods],
                "entities": [
                    {"name": seller, "role": "seller"},
                    {"name": buyer, "role": "buyer"},
                ],
                "quantities": [
                    {"slot": "volume", "value": amount, "scale": "million", "unit": "tonnes"}
                ],
                "dates": [{"slot": "year", "date": str(year)}],
            }
        )
    path = tmp_path / "trade.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def brute_force(store: Store, claim: str, limit: int) -> list[str]:
    """The candidates by the index's definition, computed by scanning every fact."""
    from rapidfuzz import fuzz, utils

    entities = EntityIndex(store.aliases)
    parsed = parse_text(claim, entities)
    token_sets = [fact_tokens(f, entities, alias_variants(store.aliases)) for f in store.facts]
    tokens = retrieve._stems(parsed.text)
    for mention in parsed.mentions:
        tokens |= retrieve._stems(mention.name)
    widened = set(tokens)
    for token in tokens:
        widened |= synonym_index().get(token, frozenset())
    weights: dict[int, float] = {}
    for token in sorted(widened, key=lambda t: (sum(t in s for s in token_sets), t)):
        holders = [n for n, s in enumerate(token_sets) if token in s]
        if not holders:
            continue
        weight = math.log(1 + len(store.facts) / len(holders)) * (1.0 if token in tokens else 0.5)
        for number in holders:
            weights[number] = weights.get(number, 0.0) + weight
    pool = sorted(weights, key=lambda n: (-weights[n], n))[: retrieve.POOL]
    top = max(weights.values(), default=1.0)
    query = utils.default_process(parsed.text)
    scored = [
        (fuzz.token_set_ratio(query, utils.default_process(store.facts[n].statement)), n)
        for n in pool
    ]
    ranked = sorted(
        enumerate(scored),
        key=lambda item: (-(item[1][0] / 100 + weights[item[1][1]] / top), item[0]),
    )
    order = [n for _, (_, n) in ranked]
    chosen = order[:limit]
    if any(d.start.day is not None or d.weekday is not None for d in parsed.dates):
        dated = {n for n, s in enumerate(token_sets) if retrieve.DAY_TOKEN in s}
        room = retrieve.DATED_CANDIDATES - len(dated & set(chosen))
        added = [n for n in order[limit:] if n in dated][: max(0, room)]
        chosen = chosen[: limit - len(added)] + added
    return [store.facts[n].id for n in chosen]


def indexed(store: Store, claim: str, limit: int) -> list[str]:
    entities = EntityIndex(store.aliases)
    found = Retriever(store, entities).candidates(parse_text(claim, entities), limit)
    return [candidate.fact.id for candidate in found]


def dev_claims() -> list[dict[str, object]]:
    path = EVAL_DIR / "dev_claims.jsonl"
    if not path.exists():
        pytest.skip("the shared dev claims are not available")
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_index_matches_brute_force_on_the_bundled_store(bundled_store: Store) -> None:
    for row in dev_claims():
        claim = str(row["claim"])
        assert indexed(bundled_store, claim, CANDIDATES) == brute_force(
            bundled_store, claim, CANDIDATES
        ), claim


@pytest.mark.parametrize(
    "claim",
    [
        "Atlantis sold 40 million tonnes of fish to Lemuria in 1990.",
        "Lemurian amber exports",
        "Mu bought copper from Thule",
        "Avalon wool 2001",
        "nothing here matches",
    ],
)
def test_index_matches_brute_force_on_a_synthetic_store(jsonl_store: Path, claim: str) -> None:
    store = load_store([jsonl_store])
    assert indexed(store, claim, CANDIDATES) == brute_force(store, claim, CANDIDATES)


def test_dev_claims_still_find_their_evidence(bundled_store: Store) -> None:
    checker = Checker(bundled_store)
    for row in dev_claims():
        evidence = [str(e) for e in row.get("evidence", []) or []]  # type: ignore[attr-defined]
        if row["label"] == "not_enough_info" or not evidence:
            continue
        parsed = parse_text(str(row["claim"]), checker.entities)
        quotes = [
            re.sub(r"\s+", " ", c.fact.quote.lower().replace("\u2019", "'"))
            for c in checker.retriever.candidates(parsed, CANDIDATES)
        ]
        assert any(e in q for e in evidence for q in quotes), row["claim"]


def test_large_stores_load_lazily_with_the_same_candidates_and_verdicts(
    jsonl_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = [
        "Atlantis sold 40 million tonnes of fish to Lemuria in 1990.",
        "The Atlantean government sold amber",
        "Mu sold 9 million tonnes of salt to Thule in 1957.",
    ]
    eager = Checker.from_paths([jsonl_store])
    assert isinstance(eager.store, Store)
    monkeypatch.setattr(retrieve, "LARGE_STORE_BYTES", 0)
    lazy = Checker.from_paths([jsonl_store])
    assert isinstance(lazy.store, LazyStore)
    for claim in claims:
        left, right = eager.check(claim), lazy.check(claim)
        assert (left.verdict, left.fact) == (right.verdict, right.fact), claim
    again = Checker.from_paths([jsonl_store])  # from the cache this time
    assert again.check(claims[0]).fact == eager.check(claims[0]).fact


def test_a_lazy_build_reports_the_same_problems_as_the_loader(
    jsonl_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = jsonl_store.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[4]  # a duplicate id
    lines[7] = "{not json"
    jsonl_store.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = read_store_problems([jsonl_store])
    monkeypatch.setattr(retrieve, "LARGE_STORE_BYTES", 0)
    with pytest.raises(StoreError) as raised:
        Checker.from_paths([jsonl_store])
    assert sorted(map(str, raised.value.problems)) == sorted(map(str, expected))


def test_probing_keeps_the_right_fact_when_the_scan_budget_is_tiny(
    jsonl_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = load_store([jsonl_store])
    monkeypatch.setattr(retrieve, "SCAN_BUDGET", 5)
    claim = store.facts[123].statement
    assert indexed(store, claim, 3)[0] == store.facts[123].id
    # the pool is chosen among the probed facts only: a bound on that work at any size
    monkeypatch.setattr(retrieve, "PROBED", 40)
    assert indexed(store, claim, 3)[0] == store.facts[123].id
    index = retrieve.build_index(store, EntityIndex(store.aliases))
    common = set(sorted(index.spans, key=lambda t: index.spans[t][0] - index.spans[t][1])[:3])
    assert min(end - start for start, end in map(index.spans.get, common)) > 40
    assert len(index.weigh(common, common)) == 40  # not every fact of the commonest words


@settings(max_examples=300)
@given(
    st.dictionaries(st.integers(0, 400), st.sampled_from([0.5, 1.0, 1.5, 2.25]), max_size=120),
    st.integers(1, 80),
)
def test_the_heaviest_facts_come_first_ties_by_number(
    weights: dict[int, float], count: int
) -> None:
    """Both ways of cutting the pool (a table smaller than it, or a cut-off weight) give the
    plain sort's order."""
    expected = sorted(weights, key=lambda n: (-weights[n], n))[:count]
    assert retrieve.top_weighted(weights, count) == expected


def test_a_claim_dated_to_the_day_meets_the_facts_dated_so() -> None:
    """A weekday finds the fact whose days fall on it, and a claim dated to the day keeps
    a place among its candidates for the dated facts nearest it: their words may share
    little with the claim ("runs from May 8-10" against "Thursday through Sunday")."""
    checker = Checker(load_store())
    for claim in (
        "Officials say Xi is due in the Russian capital on Sunday and will meet veterans.",
        "Xi is to stay in the Russian capital until June 12, state media reported.",
    ):
        parsed = parse_text(claim, checker.entities)
        found = [c.fact.id for c in checker.retriever.candidates(parsed, CANDIDATES)]
        assert "trip-dates" in found, claim
