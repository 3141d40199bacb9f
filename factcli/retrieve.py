"""Find the facts a claim may be about: an inverted index over stems and names picks
candidates, rapidfuzz ranks them. Nothing here decides a verdict."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from factcli.entities import EntityIndex
from factcli.lexicon import STOP_WORDS, stem, synonym_index, words
from factcli.model import Fact, Store
from factcli.parse import ParsedText

POOL = 60  # facts ranked by rapidfuzz after the index has picked them


@dataclass(frozen=True)
class Candidate:
    """A fact the claim may be about, with its similarity to the claim (0-100)."""

    fact: Fact
    score: float


class Retriever:
    """An in-memory inverted index from stems and canonical names to facts."""

    def __init__(self, store: Store, entities: EntityIndex) -> None:
        self._facts = store.facts
        self._entities = entities
        self._alias_variants = {alias.name: tuple(alias.aliases) for alias in store.aliases}
        postings: dict[str, list[int]] = defaultdict(list)
        for index, fact in enumerate(store.facts):
            for token in self._fact_tokens(fact):
                postings[token].append(index)
        total = max(len(store.facts), 1)
        self._postings = dict(postings)
        self._idf = {t: math.log(1 + total / len(ids)) for t, ids in self._postings.items()}

    def _fact_tokens(self, fact: Fact) -> set[str]:
        text = " ".join([fact.statement, *fact.keys, *(e.name for e in fact.entities)])
        tokens = _stems(text)
        for entity in fact.entities:
            canonical = self._entities.canonical(entity.name)
            for variant in self._alias_variants.get(canonical, ()):
                tokens |= _stems(variant)
        for key in fact.keys:
            for alternative in key.split("|"):
                canonical = self._entities.canonical(alternative.strip())
                for variant in self._alias_variants.get(canonical, ()):
                    tokens |= _stems(variant)
        return tokens

    def candidates(self, claim: ParsedText, limit: int) -> list[Candidate]:
        """The facts most likely to be what the claim is about, best first."""
        from rapidfuzz import fuzz, utils

        tokens = _stems(claim.text)
        for mention in claim.mentions:
            tokens |= _stems(mention.name)
        synonyms = synonym_index()
        widened = set(tokens)
        for token in tokens:
            widened |= synonyms.get(token, frozenset())
        weights: dict[int, float] = defaultdict(float)
        for token in widened:
            for index in self._postings.get(token, ()):
                weights[index] += self._idf[token] * (1.0 if token in tokens else 0.5)
        pool = sorted(weights, key=weights.__getitem__, reverse=True)[:POOL]
        query = utils.default_process(claim.text)
        scored = [
            Candidate(
                self._facts[i],
                fuzz.token_set_ratio(query, utils.default_process(self._facts[i].statement)),
            )
            for i in pool
        ]
        top_weight = max(weights.values(), default=1.0)
        scored.sort(key=lambda c: -(c.score / 100 + weights[self._index(c.fact)] / top_weight))
        return scored[:limit]

    def _index(self, fact: Fact) -> int:
        return self._positions[fact.id]

    @property
    def _positions(self) -> dict[str, int]:
        positions = getattr(self, "_position_cache", None)
        if positions is None:
            positions = {fact.id: i for i, fact in enumerate(self._facts)}
            self._position_cache = positions
        return positions


def _stems(text: str) -> set[str]:
    return {stem(word) for word in words(text) if word not in STOP_WORDS}
