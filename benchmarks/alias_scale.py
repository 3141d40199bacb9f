"""Measure the first load of stores with many aliases against a store of as many facts.

    python benchmarks/alias_scale.py --sizes 10000,100000 --out benchmarks/data

Each store is one JSON Lines file: a header with N alias entries (a name and two other
names each) and ten facts, or a header without aliases and N facts (make_store.py). A
store is loaded by a whole `factcli --store FILE check CLAIM --format jsonl` with an empty
cache, then once more with the cache built; the table gives CPU seconds (user and system,
so that a loaded machine does not inflate them) and peak RSS, and both per entry.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
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
    """A store of `count` alias entries (a name with two aliases each: 3 names an entry)."""
    aliases = [
        {
            "name": f"Placeholder {n:07d}",
            "kind": "organization",
            "aliases": [f"Ph{n:07d}", f"PH-{n}"],
        }
        for n in range(count)
    ]
    with path.open("w", encoding="utf-8") as stream:
        stream.write(json.dumps({"format": 1, "source": {"title": "t"}, "aliases": aliases}) + "\n")
        for n in range(10):
            stream.write(json.dumps({"id": f"fact-{n}", **FACT}) + "\n")


def _check(path: Path, cache: str) -> tuple[float, float]:
    """CPU seconds and peak RSS (MB) of one whole check against `path`."""
    env = {**os.environ, "FACTCLI_CACHE": cache}
    command = [sys.executable, "-m", "factcli", "--store", str(path), "check", CLAIM]
    process = subprocess.Popen([*command, "--format", "jsonl"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def first_and_warm(path: Path) -> tuple[float, float, float]:
    """CPU seconds and peak RSS of the first check (empty cache), and CPU seconds of the
    next one (the cache built)."""
    with tempfile.TemporaryDirectory() as cache:
        first, peak = _check(path, cache)
        warm, _ = _check(path, cache)
    return first, peak, warm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--out", type=Path, default=HERE / "data")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print("| store | entries | first check (CPU s) | peak RSS (MB) | ms per entry | "
          "KB per entry | next check (CPU s) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for size in (int(s) for s in args.sizes.split(",")):
        aliases = args.out / f"aliases-{size}.jsonl"
        if not aliases.exists():
            write_alias_store(size, aliases)
        facts = args.out / f"facts-{size}.jsonl"
        if not facts.exists():
            subprocess.run([sys.executable, str(HERE / "make_store.py"), str(size), str(facts)],
                           check=True)  # fmt: skip
        for label, path in (("aliases", aliases), ("facts", facts)):
            seconds, peak, warm = first_and_warm(path)
            per_entry = f"{seconds * 1000 / size:.3f} | {peak * 1024 / size:.1f}"
            print(f"| {label} | {size:,} | {seconds:.1f} | {peak:.0f} | {per_entry} | {warm:.2f} |")


if __name__ == "__main__":
    main()
