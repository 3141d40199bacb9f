"""Ranked fuzzy search over a store's facts, and nearest-id suggestions for typos."""

from __future__ import annotations

from dataclasses import dataclass

from factcli.model import Fact, Store


@dataclass(frozen=True)
class SearchHit:
    """A fact and how well it matches a query, 0-100."""

    fact: Fact
    score: float


def _search_text(fact: Fact, alias_names: dict[str, tuple[str, ...]]) -> str:
    names = [entity.name for entity in fact.entities] + [
        alternative for key in fact.keys for alternative in key.split("|")
    ]
    variants = [variant for name in names for variant in alias_names.get(name.lower(), ())]
    return " ".join([fact.statement, fact.quote, *variants])


def search_facts(store: Store, query: str, limit: int = 10, min_score: float = 50) -> list[SearchHit]:
    """Facts ranked by fuzzy similarity of the query to their statement, quote and aliases."""
    from rapidfuzz import fuzz, process, utils

    alias_names = {alias.name.lower(): alias.aliases for alias in store.aliases}
    choices = [_search_text(fact, alias_names) for fact in store.facts]
    matches = process.extract(
        query,
        choices,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=limit,
        score_cutoff=min_score,
    )
    return [SearchHit(store.facts[index], score) for _, score, index in matches]


def nearest_ids(store: Store, wanted: str, limit: int = 3) -> list[str]:
    """The ids closest to a mistyped one, best first."""
    from rapidfuzz import fuzz, process

    ids = [fact.id for fact in store.facts]
    matches = process.extract(wanted, ids, scorer=fuzz.ratio, limit=limit, score_cutoff=60)
    return [match for match, _, _ in matches]
