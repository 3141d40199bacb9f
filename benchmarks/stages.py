"""Where a check's time goes, per stage of the pipeline, on a file of claims (one process).

    python benchmarks/stages.py claims.txt [--store facts/xi-russia-2015.toml]

It times the factcli that Python imports (the installed one, or PYTHONPATH's: so two
checkouts compare on the same claims).

Each stage's entry points are wrapped with a CPU-time counter; a stage's own time excludes
the stages it calls (parse inside retrieve, say), so the rows add up to the whole. The
wrappers add ~1 µs a call: compare figures taken with this script, not with a bare run.
Stages: normalise, split (clauses), parse (numbers, dates, names, roles, polarity), the
speaker of a reported claim, retrieve (index and rapidfuzz ranking), compare (keys, slot
eligibility, each fact's findings), decide, serialise (the JSON Lines record).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factcli import checker, parse
from factcli.cli import serialize
from factcli.retrieve import Retriever

ROOT = Path(__file__).resolve().parent.parent

spent: dict[str, float] = defaultdict(float)
calls: dict[str, int] = defaultdict(int)
_inner: list[float] = []  # CPU time of nested stages, per open stage


def counted(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function`, charging its CPU time less its nested stages' to `stage`."""

    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        _inner.append(0.0)
        try:
            return function(*args, **kwargs)
        finally:
            nested = _inner.pop()
            elapsed = time.process_time() - start
            spent[stage] += elapsed - nested
            calls[stage] += 1
            if _inner:
                _inner[-1] += elapsed

    return run


def instrument() -> None:
    """Wrap each stage's entry points where the checker looks them up."""
    parse.normalize = counted("normalise", parse.normalize)  # type: ignore[assignment]
    checker.split_clauses = counted("split", checker.split_clauses)  # type: ignore[assignment]
    checker.parse_text = counted("parse", checker.parse_text)  # type: ignore[assignment]
    checker.read_speaker = counted("speaker", checker.read_speaker)  # type: ignore[assignment]
    Retriever.candidates = counted("retrieve", Retriever.candidates)  # type: ignore[method-assign]
    for name in ("read_keys", "eligibility", "assess"):
        setattr(checker, name, counted(f"compare: {name}", getattr(checker, name)))
    checker.decide = counted("decide", checker.decide)  # type: ignore[assignment]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", type=Path)
    parser.add_argument("--store", type=Path, default=ROOT / "facts" / "xi-russia-2015.toml")
    args = parser.parse_args()
    claims = args.claims.read_text(encoding="utf-8").splitlines()
    instrument()
    serialise = counted("serialise", lambda result: json.dumps(
        serialize.check_result_dict(result), ensure_ascii=False))  # fmt: skip
    check = checker.Checker.from_paths([args.store])
    start = time.process_time()
    for claim in claims:
        serialise(check.check(claim))
    total = time.process_time() - start
    spent["other (checker glue)"] = total - sum(spent.values())
    print(f"{len(claims):,} claims, {total:.2f} s CPU, {total / len(claims) * 1e6:,.0f} µs a claim")
    print("| stage | CPU s | µs a claim | share |\n|---|---:|---:|---:|")
    for stage, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        share = seconds / total * 100
        print(f"| {stage} | {seconds:.2f} | {seconds / len(claims) * 1e6:,.0f} | {share:.0f}% |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
