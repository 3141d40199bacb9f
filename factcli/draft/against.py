"""`--against ARTICLE`: a store drafted from an article, kept in the cache under the hash of
the article's text (and of factcli's code), so that the second check is as fast as with a
curated store. Only a cache directory that cache.safe_dir trusts keeps drafts (a draft
another user could plant would decide verdicts); without one, each run drafts into a
private temporary directory."""

from __future__ import annotations

from hashlib import blake2b
from pathlib import Path

from factcli.atomic import replace_with
from factcli.cache import code_stamp, safe_dir, trusted_file
from factcli.draft.build import draft_article
from factcli.draft.writer import to_toml


def drafted_store(text: str) -> Path:
    """The path of the store drafted from `text`, drafted and written on first use."""
    digest = blake2b(f"{code_stamp()}\0{text}".encode("utf-8", "surrogatepass"), digest_size=16)
    cache = safe_dir(create=True)
    if cache is None:
        import tempfile

        directory = Path(tempfile.mkdtemp(prefix="factcli-draft-"))
    else:
        directory = cache / "drafts"
        directory.mkdir(mode=0o700, exist_ok=True)
    path = directory / f"draft-{digest.hexdigest()}.toml"
    if trusted_file(path):
        return path
    store = to_toml(draft_article(text))
    with replace_with(path) as out:  # mkstemp + os.replace: nothing planted is followed
        out.write(store)
    return path
