"""Measure the first load of stores with many aliases against a store of as many facts.

    python benchmarks/alias_scale.py --sizes 10000,100000 --out benchmarks/data

Each store is one JSON Lines file: a header with N alias entries (a name and two other
names each) and ten facts, or a header without aliases and N facts (make_store.py). A
store is loaded by a whole `factcli --store FILE check CLAIM --format jsonl` with an empty
cache; the table gives seconds and peak RSS, and both per entry.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIM = "Russia will deliver 38 bcm of gas to China each year"
FACT = {
    "statement": "Atlantis exports 12 million tonnes of fish a year.",
    "quote": "Atlantis exports 12 million tonnes of fish a year.",
    "attribution": "article",
    "modality": "reported",
    "keys": ["fish"],
}


def write_alias_store(count: int, path: Path) -> None:
    """A store of `count` alias entries (names n0000001 ... with two aliases each)."""
    aliases = [
        {"name": f"Placeholder {n:07d}", "kind": "organization", "aliases": [f"Ph{n:07d}", f"PH-{n}"]}
        for n in range(count)
    ]
    with path.open("w", encoding="utf-8") as stream:
        stream.write(json.dumps({"format": 1, "source": {"title": "t"}, "aliases": aliases}) + "\n")
        for n in range(10):
            stream.write(json.dumps({"id": f"fact-{n}", **FACT}) + "\n")


def first_load(path: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one check against `path` with an empty cache."""
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "FACTCLI_CACHE": cache}
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "factcli", "--store", str(path), "check", CLAIM, "--format",
             "jsonl"],
            env=env, stdout=subprocess.DEVNULL, check=False,
        )  # fmt: skip
        elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--out", type=Path, default=HERE / "data")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print("| store | entries | first load (s) | peak RSS (MB) | ms per entry | KB per entry |")
    print("|---|---|---|---|---|---|")
    for size in (int(s) for s in args.sizes.split(",")):
        aliases = args.out / f"aliases-{size}.jsonl"
        if not aliases.exists():
            write_alias_store(size, aliases)
        facts = args.out / f"facts-{size}.jsonl"
        if not facts.exists():
            subprocess.run([sys.executable, str(HERE / "make_store.py"), str(size), str(facts)],
                           check=True)  # fmt: skip
        for label, path in (("aliases", aliases), ("facts", facts)):
            seconds, peak = first_load(path)
            print(f"| {label} | {size:,} | {seconds:.1f} | {peak:.0f} | "
                  f"{seconds * 1000 / size:.3f} | {peak * 1024 / size:.1f} |")  # fmt: skip


if __name__ == "__main__":
    main()
