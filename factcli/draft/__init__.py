"""Draft a fact store from a plain-text article, the way a curator reads it.

The pieces, one job each: `source` reads the title, byline and date line; `segment` finds
the sentences that make claims and splits them into clauses; `coreference` says who "he"
or "the country" is; `aliases` builds the store's alias table; `slots` reads each clause's
typed values, roles, attribution and modality with the parser that reads claims; `writer`
writes the store as TOML or JSON Lines, byte for byte the same for the same text.
"""

from __future__ import annotations

from factcli.draft.build import Draft, Overrides, draft_article

__all__ = ["Draft", "Overrides", "draft_article"]
