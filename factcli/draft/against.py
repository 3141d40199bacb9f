"""`--against ARTICLE`: a store drafted from an article, kept in the cache under the hash of
the article's text (and of factcli's code), so that the second check is as fast as with a
curated store."""

from __future__ import annotations

import os
from hashlib import blake2b
from pathlib import Path

from factcli.cache import cache_dir, code_stamp
from factcli.draft.build import draft_article
from factcli.draft.writer import to_toml


def drafted_store(text: str) -> Path:
    """The path of the store drafted from `text`, drafted and written on first use."""
    digest = blake2b(f"{code_stamp()}\0{text}".encode("utf-8", "surrogatepass"), digest_size=16)
    path = cache_dir() / "drafts" / f"draft-{digest.hexdigest()}.toml"
    if path.is_file():
        return path
    store = to_toml(draft_article(text))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    partial.write_text(store, encoding="utf-8")
    os.replace(partial, path)
    return path
