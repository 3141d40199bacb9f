"""Ranked fuzzy search over a store's facts, and nearest-id suggestions for typos."""

from __future__ import annotations

from dataclasses import dataclass

from factcli.model import Fact, Store


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A fact and how well it matches a query, 0-100."""

    fact: Fact
    score: float


def search_facts(store: Store, query: str, limit: int = 10) -> list[SearchHit]:
    """Facts ranked by the same retrieval that finds candidates for `check`: shared stems
    and names (aliases included) pick them, rapidfuzz orders them."""
    from factcli.entities import EntityIndex
    from factcli.parse import parse_text
    from factcli.retrieve import Retriever

    entities = EntityIndex(store.aliases)
    candidates = Retriever(store, entities).candidates(parse_text(query, entities), limit)
    return [SearchHit(c.fact, c.score) for c in candidates]


def nearest_ids(store: Store, wanted: str, limit: int = 3) -> list[str]:
    """The ids closest to a mistyped one, best first."""
    from rapidfuzz import fuzz, process

    ids = [fact.id for fact in store.facts]
    matches = process.extract(wanted, ids, scorer=fuzz.ratio, limit=limit, score_cutoff=60)
    return [match for match, _, _ in matches]
