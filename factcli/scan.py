"""Scan a text like a linter for facts: split it into sentences and clauses, check every
check-worthy clause with the same engine as `check`, keep exact character offsets.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcli.batch import open_worker, worker_checker, worker_failures
from factcli.checker import Checker, CheckResult, Verdict
from factcli.sentences import (
    Segment,
    split_clauses,
    split_predicates,
    split_relative,
    split_sentences,
)

PARALLEL_SENTENCES = 400  # a text this long is worth spreading over processes
_NAMED_KINDS = frozenset(
    {"person", "country", "city", "organization", "region", "product", "group", "event"}
)


@dataclass(frozen=True, slots=True)
class ScannedSpan:
    """One clause of the text and its verdict; offsets are 0-based, end exclusive."""

    start: int
    end: int
    line: int  # 1-based
    column: int  # 1-based, in characters
    text: str
    result: CheckResult


@dataclass(frozen=True, slots=True)
class ScanReport:
    """Every checked span of a text, in order, and what was left unchecked."""

    text: str
    spans: tuple[ScannedSpan, ...]
    unchecked: tuple[Segment, ...]

    def count(self, verdict: Verdict) -> int:
        """How many spans got this verdict."""
        return sum(span.result.verdict is verdict for span in self.spans)


def scan_text(
    text: str,
    checker: Checker,
    jobs: int = 1,
    paths: Sequence[str | os.PathLike[str]] | None = None,
) -> ScanReport:
    """Check every check-worthy clause of `text`. With `jobs` > 1, a long text is cut into
    runs of sentences checked in that many processes (each opening the store at `paths`),
    and the results are put back in order."""
    sentences = split_sentences(text)
    if jobs > 1 and len(sentences) >= PARALLEL_SENTENCES:
        verdicts = _scan_parallel(text, sentences, jobs, paths)
    else:
        verdicts = _scan_run(text, sentences, checker, [])
    lines = _LineIndex(text)
    spans = []
    unchecked = []
    for clause, result in verdicts:
        if result is None:
            unchecked.append(clause)
        else:
            line, column = lines.position(clause.start)
            # the text as written there; the claim checked (with a subject supplied to a
            # second predicate, say) is the result's
            written = text[clause.start : clause.end]
            spans.append(ScannedSpan(clause.start, clause.end, line, column, written, result))
    return ScanReport(text, tuple(spans), tuple(unchecked))


Verdicts = list[tuple[Segment, CheckResult | None]]


def _scan_run(
    text: str, sentences: Sequence[Segment], checker: Checker, previous: list[str]
) -> Verdicts:
    """Each clause of a run of sentences with its result (None: not check-worthy);
    `previous` holds the clauses of the sentence before the run, its context."""
    verdicts: Verdicts = []
    for sentence in sentences:
        current: list[str] = []
        pieces = [
            d
            for p in split_clauses(text, sentence)
            for c in split_relative(p)
            for d in split_predicates(text, c)
        ]
        for clause in pieces:
            result = None
            if _check_worthy(clause.text, checker):
                result = checker.check(clause.text, context=previous + current)
            verdicts.append((clause, result))
            current.append(clause.text)
        previous = current
    return verdicts


def _scan_parallel(
    text: str,
    sentences: Sequence[Segment],
    jobs: int,
    paths: Sequence[str | os.PathLike[str]] | None,
) -> Verdicts:
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(sentences) // (jobs * 4))
    runs = []
    for first in range(0, len(sentences), size):
        before = [c.text for c in split_clauses(text, sentences[first - 1])] if first else []
        runs.append((text, sentences[first : first + size], before))
    pool = ProcessPoolExecutor(jobs, initializer=open_worker, initargs=(paths,))
    with worker_failures():  # which also stops the workers on Ctrl-C or SIGTERM
        try:
            verdicts = [verdict for part in pool.map(_scan_worker, runs) for verdict in part]
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    pool.shutdown(wait=True)  # every run done: the idle workers are waited for (see batch)
    return verdicts


def _scan_worker(run: tuple[str, Sequence[Segment], list[str]]) -> Verdicts:
    text, sentences, previous = run
    return _scan_run(text, sentences, worker_checker(), previous)


def _check_worthy(clause: str, checker: Checker) -> bool:
    """A number, a date, a rank or a name makes a clause check-worthy; without one, a clause
    is checked only when some fact is about it on its own ("Analysts were cautious" is not).
    A clause without a word, such as a Markdown rule ("---", "* * *"), is no claim."""
    parsed = checker.parse(clause)
    if parsed.quantities or parsed.dates or parsed.ranks:
        return True
    if not parsed.words:
        return False
    if any(m.kind in _NAMED_KINDS for m in parsed.mentions):
        return True
    return checker.check(clause).related


class _LineIndex:
    """Turns character offsets into 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def github_annotations(report: ScanReport, path: str) -> Iterator[str]:
    """GitHub workflow commands: an error per refuted span, a warning per unverifiable one."""
    for span in report.spans:
        verdict = span.result.verdict
        if verdict is Verdict.SUPPORTED:
            continue
        level = "error" if verdict is Verdict.REFUTED else "warning"
        end_line, end_column = _LineIndex(report.text).position(max(span.end - 1, span.start))
        title = "refuted" if verdict is Verdict.REFUTED else "not enough info"
        message = "; ".join(span.result.reasons) or title
        yield (
            f"::{level} file={_escape_property(path)},line={span.line},col={span.column},"
            f"endLine={end_line},endColumn={end_column + 1},title=factcli {title}"
            f"::{_escape_data(message)}"
        )


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
