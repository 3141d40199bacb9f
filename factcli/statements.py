"""The parsed statements of a store's facts, made once and kept in the cache beside the store.

A check compares a claim with a few candidate facts, and parsing their statements took about
a tenth of a cold `factcli check` (their dates and amounts need patterns the claim may not).
A parse depends on the statement and the store's aliases only, both part of the cache's key.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable

from factcli.entities import EntityIndex
from factcli.model import Fact
from factcli.parse import ParsedText, parse_text

# Stores with more facts parse each statement when a claim first needs it: parsing them
# all takes ~1 ms a fact, once, which a small store repays at its first cold check.
MAX_PARSED_FACTS = 1_000


class ParsedStatements:
    """Each statement's parse, pickled on its own: a check unpickles those of the facts it
    compares (a few of the store's), not every one."""

    def __init__(self, pickled: dict[str, bytes]) -> None:
        self._pickled = pickled

    @classmethod
    def build(cls, facts: Iterable[Fact], entities: EntityIndex) -> ParsedStatements:
        """Parse every distinct statement of `facts` with the store's names."""
        pickled: dict[str, bytes] = {}
        for fact in facts:
            if fact.statement not in pickled:
                parsed = parse_text(fact.statement, entities)
                pickled[fact.statement] = pickle.dumps(parsed, pickle.HIGHEST_PROTOCOL)
        return cls(pickled)

    def __len__(self) -> int:
        return len(self._pickled)

    def get(self, statement: str) -> ParsedText | None:
        """The parse of `statement` as `parse_text` gave it, or None if it was not made."""
        data = self._pickled.get(statement)
        return None if data is None else pickle.loads(data)  # from a signed cache entry
