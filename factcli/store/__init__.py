"""Find and load fact stores (TOML or JSON Lines) into typed records, reporting every problem.

Loading is strict: a store that has any problem raises StoreError with the file, line, fact
and field of each. `read_store_problems` returns the same problems for `facts validate`.

The package's modules, one job each: `files` finds store files, `tomlfile` and `jsonl`
read the two formats, `records` builds typed records, `schema` declares the fields.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcli.errors import StoreError, StoreProblem
from factcli.model import Alias, Fact, Location, Source, Store
from factcli.store.files import STORE_SUFFIXES, bundled_store_path, os_message, store_files

if TYPE_CHECKING:
    from factcli.store.jsonl import (
        MAX_JSONL_LINE,
        JsonlEntry,
        LineTooLong,
        header_aliases,
        jsonl_lines,
        jsonl_records,
        read_jsonl,
    )
    from factcli.store.records import AliasNames
    from factcli.store.schema import FORMAT_VERSION, MAX_ALIASES
    from factcli.store.tomlfile import MAX_TOML_BYTES

__all__ = [
    "FORMAT_VERSION",
    "MAX_ALIASES",
    "MAX_JSONL_LINE",
    "MAX_TOML_BYTES",
    "STORE_SUFFIXES",
    "AliasNames",
    "JsonlEntry",
    "LineTooLong",
    "bundled_store_path",
    "duplicate_id",
    "fact_from_record",
    "header_aliases",
    "jsonl_lines",
    "jsonl_records",
    "load_store",
    "read_jsonl",
    "read_store_problems",
    "store_files",
]

# The readers load on first use: a store served from the cache needs none of them (~1 ms
# of every check).
_READERS = {
    "MAX_JSONL_LINE": "jsonl",
    "JsonlEntry": "jsonl",
    "LineTooLong": "jsonl",
    "header_aliases": "jsonl",
    "jsonl_lines": "jsonl",
    "jsonl_records": "jsonl",
    "read_jsonl": "jsonl",
    "AliasNames": "records",
    "FORMAT_VERSION": "schema",
    "MAX_ALIASES": "schema",
    "MAX_TOML_BYTES": "tomlfile",
}


def __getattr__(name: str) -> Any:
    """The readers' names, each imported from its module when first asked for."""
    module = _READERS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def load_store(paths: Sequence[str | os.PathLike[str]] | None = None) -> Store:
    """Load the stores at `paths` (files or directories), or the bundled store when None.

    Raises StoreError naming every problem when any file cannot be loaded cleanly.
    A clean load is cached (factcli.cache) and served from there while the files are unchanged.
    """
    from factcli.cache import cached_store

    files = store_files(paths)
    return cached_store(files, lambda: _load_files(files))


def read_store_problems(
    paths: Sequence[str | os.PathLike[str]] | None = None,
) -> list[StoreProblem]:
    """Every problem of the stores at `paths`, for `facts validate`; [] when clean."""
    try:
        files = store_files(paths)
    except StoreError as error:
        return error.problems
    problems: list[StoreProblem] = []
    _read_files(files, problems)
    return problems


def fact_from_record(record: object, source: Source, location: Location) -> Fact:
    """One fact record (parsed JSON or TOML) as the loader builds it; StoreError if bad."""
    from factcli.store.records import build_fact

    problems: list[StoreProblem] = []
    fact = build_fact(record, source, location, problems)
    if fact is None:
        raise StoreError(problems or [StoreProblem(location.path, "not a valid fact")])
    return fact


def duplicate_id(fact: Fact, first: Location) -> StoreProblem:
    """The problem of a fact whose id an earlier fact has, placed at the repeat."""
    return StoreProblem(
        fact.location.path,
        f"duplicate id (first defined at {first.path}:{first.line})",
        fact.location.line,
        fact.id,
        "id",
    )


def _load_files(files: list[Path]) -> Store:
    problems: list[StoreProblem] = []
    store = _read_files(files, problems)
    if problems:
        raise StoreError(problems)
    return store


def _read_files(files: Iterable[Path], problems: list[StoreProblem]) -> Store:
    from factcli.store.records import AliasNames

    facts: list[Fact] = []
    aliases: list[Alias] = []
    sources: list[Source] = []
    seen: dict[str, Location] = {}
    names = AliasNames()
    for path in files:
        part = _read_file(path, problems, names)
        if part is None:
            continue
        for fact in part.facts:
            if fact.id in seen:
                problems.append(duplicate_id(fact, seen[fact.id]))
                continue
            seen[fact.id] = fact.location
            facts.append(fact)
        aliases.extend(part.aliases)
        sources.extend(part.sources)
    return Store(tuple(facts), tuple(aliases), tuple(sources))


def _read_file(path: Path, problems: list[StoreProblem], names: AliasNames) -> Store | None:
    from factcli.store.tomlfile import read_toml

    try:
        if path.suffix == ".jsonl":
            return _jsonl_store(path, problems, names)
        return read_toml(path, problems, names)
    except OSError as error:
        problems.append(StoreProblem(str(path), os_message(error)))
    except UnicodeDecodeError as error:
        problems.append(StoreProblem(str(path), f"not UTF-8 text ({error.reason})"))
    return None


def _jsonl_store(path: Path, problems: list[StoreProblem], names: AliasNames) -> Store | None:
    from factcli.store.jsonl import read_jsonl

    source = Source(title=path.stem, path=str(path))
    aliases: tuple[Alias, ...] = ()
    facts: list[Fact] = []
    before = len(problems)
    saw_entry = False
    for entry in read_jsonl(path, problems, names):
        saw_entry = True
        source = entry.source
        if entry.fact is None:
            aliases = entry.aliases
        else:
            facts.append(entry.fact)
    if not saw_entry and any(p.message == "file is empty" for p in problems[before:]):
        return None
    return Store(tuple(facts), aliases, (source,))
