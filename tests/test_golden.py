"""Every claim of every set keeps its verdict, fact, reasons, confidence and decisive words.

tests/data/golden_verdicts.jsonl was written by this file (run it as a script:
`python tests/test_golden.py`) from the code before the verdict package was reshaped; a
refactor must leave every row as it is. Claims are checked against the bundled store;
the articles are scanned as `factcli scan` does. A deliberate change of verdicts rewrites
the file in the same commit, so that the diff shows which verdicts changed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcli.checker import Checker, CheckResult
from factcli.scan import scan_text
from factcli.store import load_store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLDEN = REPO / "tests" / "data" / "golden_verdicts.jsonl"

CLAIM_SETS = ("tests/data/*.jsonl", "eval2/*.jsonl", "../shared/eval/*.jsonl",
              "../shared/eval/articles/*/claims.jsonl")  # fmt: skip
ARTICLES = ("tests/data/*.txt", "../shared/eval/*.txt", "../shared/eval/articles/*/*.txt")


def _files(patterns: tuple[str, ...]) -> list[str]:
    """The files of the sets, as paths relative to the repository ("../shared/..." too)."""
    found = []
    for pattern in patterns:
        up = pattern.startswith("../")
        base = REPO.parent if up else REPO
        for path in sorted(base.glob(pattern.removeprefix("../"))):
            found.append(("../" if up else "") + str(path.relative_to(base)))
    return found


def _row(source: str, key: str, result: CheckResult) -> dict[str, Any]:
    return {
        "set": source,
        "id": key,
        "verdict": result.verdict.value,
        "fact": result.fact.id if result.fact else None,
        "reasons": list(result.reasons),
        "confidence": result.confidence,
        "decisive": list(result.decisive),
    }


def rows_of(source: str) -> Iterator[dict[str, Any]]:
    """The golden rows of one set or article, checked with a checker of its own."""
    checker = Checker(load_store())
    text = (REPO / source).read_text(encoding="utf-8")
    if source.endswith(".jsonl"):
        for number, line in enumerate(text.splitlines()):
            record = json.loads(line) if line.strip() else {}
            if "claim" in record:
                key = str(record.get("id", number))
                yield _row(source, key, checker.check(record["claim"]))
        return
    for span in scan_text(text, checker).spans:
        yield _row(source, f"{span.start}-{span.end}", span.result)


def _golden() -> dict[str, list[dict[str, Any]]]:
    by_set: dict[str, list[dict[str, Any]]] = {}
    for line in GOLDEN.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        by_set.setdefault(row["set"], []).append(row)
    return by_set


GOLDEN_SETS = sorted(_golden()) if GOLDEN.exists() else []


@pytest.mark.parametrize("source", GOLDEN_SETS)
def test_verdicts_are_unchanged(source: str) -> None:
    if source.startswith("../") and not SHARED.is_dir():
        pytest.skip("../shared (the shared evaluation sets) is not present beside the repository")
    expected = _golden()[source]
    actual = list(rows_of(source))
    assert len(actual) == len(expected)
    changed = [(e["id"], e, a) for e, a in zip(expected, actual, strict=True) if e != a]
    assert not changed, f"{len(changed)} verdicts changed, the first: {changed[0]}"


def test_every_set_is_in_the_golden_file() -> None:
    present = _files(CLAIM_SETS) + _files(ARTICLES)
    sets = [s for s in present if not s.endswith("_expected.jsonl")]
    assert set(sets) <= set(GOLDEN_SETS) | {s for s in sets if not _has_claims(s)}


def _has_claims(source: str) -> bool:
    return source.endswith(".txt") or '"claim"' in (REPO / source).read_text(encoding="utf-8")


def write() -> None:
    """Rewrite the golden file from the current code."""
    lines = []
    for source in _files(CLAIM_SETS) + _files(ARTICLES):
        lines += [json.dumps(row, ensure_ascii=False) for row in rows_of(source)]
    GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} rows written to {GOLDEN}", file=sys.stderr)


if __name__ == "__main__":
    write()
