"""Measure the two candidate indexes on one store: SQLite FTS5 against factcli's TermIndex.

    python benchmarks/compare_index.py benchmarks/data/store-1m.jsonl --claims 200

Both index the same token sets (factcli.retrieve.fact_tokens) and answer the same claims'
token sets with their top POOL facts. Prints build time, on-disk size, cold open time,
median and p95 query time, and the overlap of the two pools.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from factcli.entities import EntityIndex
from factcli.model import Location, Source
from factcli.parse import parse_text
from factcli.retrieve import POOL, TermIndex, _stems, alias_variants, fact_tokens
from factcli.store import fact_from_record, header_aliases
from factcli.synonyms import synonym_index


def token_sets(path: Path) -> Iterator[set[str]]:
    """Each fact's index tokens, as factcli computes them."""
    with path.open(encoding="utf-8") as stream:
        stream.readline()  # the header
        aliases = header_aliases(path)
        entities, variants = EntityIndex(aliases), alias_variants(aliases)
        source = Source(title=path.stem, path=str(path))
        for number, line in enumerate(stream, 2):
            fact = fact_from_record(json.loads(line), source, Location(str(path), number))
            yield fact_tokens(fact, entities, variants)


def claim_tokens(path: Path, count: int) -> list[tuple[set[str], set[str]]]:
    """Token sets (exact, widened by synonyms) of `count` statements sampled from the store."""
    rng = random.Random(3)
    with path.open(encoding="utf-8") as stream:
        stream.readline()  # the header
        lines = [line for _, line in zip(range(200_000), stream, strict=False)]
    entities = EntityIndex(header_aliases(path))
    queries = []
    for line in rng.sample(lines, count):
        parsed = parse_text(json.loads(line)["statement"], entities)
        tokens = _stems(parsed.text)
        for mention in parsed.mentions:
            tokens |= _stems(mention.name)
        widened = set(tokens)
        for token in tokens:
            widened |= synonym_index().get(token, frozenset())
        queries.append((tokens, widened))
    return queries


def fts_build(documents: list[str], database: Path) -> None:
    """An FTS5 table of each fact's tokens, rowid = fact number + 1."""
    connection = sqlite3.connect(database)
    connection.execute("CREATE VIRTUAL TABLE facts USING fts5(tokens, tokenize='unicode61')")
    rows = ((n + 1, document) for n, document in enumerate(documents))
    connection.executemany("INSERT INTO facts(rowid, tokens) VALUES (?, ?)", rows)
    connection.commit()
    connection.execute("INSERT INTO facts(facts) VALUES ('optimize')")
    connection.commit()
    connection.close()


def fts_query(connection: sqlite3.Connection, widened: set[str]) -> list[int]:
    """The top POOL facts by bm25 over an OR of the claim's tokens."""
    match = " OR ".join('"' + t.replace('"', '""') + '"' for t in sorted(widened))
    rows = connection.execute(
        "SELECT rowid FROM facts WHERE facts MATCH ? ORDER BY bm25(facts) LIMIT ?",
        (match, POOL),
    )
    return [rowid - 1 for (rowid,) in rows]


def term_query(index: TermIndex, tokens: set[str], widened: set[str]) -> list[int]:
    """The top POOL facts by factcli's weighting."""
    import heapq

    weights = index.weigh(tokens, widened)
    return heapq.nsmallest(POOL, weights, key=lambda n: (-weights[n], n))


def timed(
    queries: list[tuple[set[str], set[str]]], run: object
) -> tuple[list[float], list[list[int]]]:
    """Per-query seconds and results of `run(tokens, widened)`."""
    assert callable(run)
    times, results = [], []
    for tokens, widened in queries:
        start = time.perf_counter()
        results.append(run(tokens, widened))
        times.append(time.perf_counter() - start)
    return times, results


def report(name: str, build: float, size: int, opened: float, times: list[float]) -> None:
    """One line of the comparison."""
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(
        f"{name:10s} build {build:7.1f} s  size {size / 1e6:7.1f} MB  open {opened * 1000:7.1f} ms"
        f"  query median {statistics.median(times) * 1000:6.2f} ms  p95 {p95 * 1000:6.2f} ms"
    )


def main() -> int:
    """Build both indexes of one store and query them with the same claims."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--claims", type=int, default=200)
    args = parser.parse_args()
    queries = claim_tokens(args.store, args.claims)
    documents = [" ".join(sorted(tokens)) for tokens in token_sets(args.store)]
    with tempfile.TemporaryDirectory() as work:
        database, pickled = Path(work) / "index.sqlite", Path(work) / "index.pickle"
        start = time.perf_counter()
        fts_build(documents, database)
        fts_seconds = time.perf_counter() - start
        start = time.perf_counter()
        connection = sqlite3.connect(database)
        fts_open = time.perf_counter() - start
        fts_times, fts_results = timed(queries, lambda _t, w: fts_query(connection, w))

        start = time.perf_counter()
        index = TermIndex.build(set(document.split()) for document in documents)
        with pickled.open("wb") as stream:
            pickle.dump(index, stream, pickle.HIGHEST_PROTOCOL)
        term_seconds = time.perf_counter() - start
        del index
        start = time.perf_counter()
        with pickled.open("rb") as stream:
            index = pickle.load(stream)
        term_open = time.perf_counter() - start
        term_times, term_results = timed(queries, lambda t, w: term_query(index, t, w))

        report("fts5", fts_seconds, database.stat().st_size, fts_open, fts_times)
        report("termindex", term_seconds, pickled.stat().st_size, term_open, term_times)
        overlap = statistics.mean(
            len(set(a) & set(b)) / max(len(a), 1)
            for a, b in zip(fts_results, term_results, strict=True)
        )
        print(f"pool overlap (fts5 vs termindex): {overlap:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
