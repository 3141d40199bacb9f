"""The throughput reference: a naive fuzzy matcher over a store's statements.

    python benchmarks/naive_peer.py --store facts/xi-russia-2015.toml < claims.txt

One process reads the statements, then for each claim on stdin prints the best statement
by `rapidfuzz.process.extractOne(claim, statements, scorer=fuzz.WRatio,
processor=utils.default_process)` with its score. No verification: a lower bound on the
work any checker must do per claim.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import tomllib
from rapidfuzz import fuzz, process, utils


def statements(path: Path) -> list[str]:
    """The statements of a TOML or JSON Lines store file."""
    if path.suffix == ".toml":
        return [fact["statement"] for fact in tomllib.loads(path.read_text("utf-8"))["facts"]]
    found = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if "statement" in record:
                found.append(record["statement"])
    return found


def main() -> int:
    """Match every claim of stdin against the store's statements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    args = parser.parse_args()
    choices = statements(args.store)
    out = sys.stdout
    for line in sys.stdin:
        claim = line.rstrip("\n")
        if not claim.strip():
            continue
        best = process.extractOne(
            claim, choices, scorer=fuzz.WRatio, processor=utils.default_process
        )
        statement, score = (best[0], best[1]) if best else ("", 0.0)
        out.write(f"{score:.1f}\t{statement}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
