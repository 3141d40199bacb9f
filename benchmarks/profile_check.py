"""cProfile of a stream of claims checked in one process, as `check - --format jsonl --jobs 1`.

    python benchmarks/profile_check.py claims.txt [--store facts/xi-russia-2015.toml]
        [--out check.prof] [--top 40]

`python -m cProfile -m factcli check -` writes nothing: the console script leaves with
`os._exit` once its output is flushed. This runs the same work (a Checker from the cache,
each claim checked and serialised as a JSON Lines record) under the profiler, prints the
functions by own time and by cumulative time, and keeps the raw profile in `--out`. It
profiles the factcli that Python imports (PYTHONPATH picks a checkout).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import sys
from pathlib import Path

from factcli.checker import Checker
from factcli.cli import serialize

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", type=Path)
    parser.add_argument("--store", type=Path, default=ROOT / "facts" / "xi-russia-2015.toml")
    parser.add_argument("--out", type=Path, default=Path("check.prof"))
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    claims = args.claims.read_text(encoding="utf-8").splitlines()
    gc.set_threshold(50_000)  # as the console script sets it
    checker = Checker.from_paths([args.store])
    checker.check("warm up")  # the store's index and statements, outside the profile
    profile = cProfile.Profile()
    profile.enable()
    for claim in claims:
        json.dumps(serialize.check_result_dict(checker.check(claim)), ensure_ascii=False)
    profile.disable()
    profile.dump_stats(args.out)
    stats = pstats.Stats(str(args.out))
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
