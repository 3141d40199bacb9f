"""scan: clauses of a text checked with exact offsets, context across clauses, annotations."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from factcli.checker import Checker, Verdict
from factcli.errors import WorkerError
from factcli.model import Store
from factcli.scan import ScanReport, github_annotations, scan_text

DRAFT = (
    "Xi's week\n"
    "\n"
    "Xi Jinping arrived in Moscow on Friday. "
    "He will stay in the Russian capital from May 8 to 12.\n"
    "Trade between the two countries reached $95 billion in 2014, and Beijing wants it to "
    "climb to $300 billion by 2020.\n"
    "Analysts were cautious.\n"
)


@pytest.fixture(scope="module")
def report(bundled_store: Store) -> ScanReport:
    return scan_text(DRAFT, Checker(bundled_store))


def verdict_at(report: ScanReport, passage: str) -> Verdict:
    start = DRAFT.index(passage)
    end = start + len(passage)
    found = [s.result.verdict for s in report.spans if s.start < end and s.end > start]
    assert found, f"no span covers {passage!r}"
    return max(found, key=[Verdict.NOT_ENOUGH_INFO, Verdict.SUPPORTED, Verdict.REFUTED].index)


def test_offsets_point_into_the_text(report: ScanReport) -> None:
    for span in report.spans:
        assert DRAFT[span.start : span.end] == span.text


def test_lines_and_columns_are_one_based(report: ScanReport) -> None:
    for span in report.spans:
        line_text = DRAFT.splitlines()[span.line - 1]
        assert line_text[span.column - 1 :].startswith(span.text[:10])


def test_a_pronoun_takes_its_subject_from_the_sentence_before(report: ScanReport) -> None:
    assert verdict_at(report, "from May 8 to 12") is Verdict.REFUTED


def test_each_clause_gets_its_own_verdict(report: ScanReport) -> None:
    assert verdict_at(report, "reached $95 billion in 2014") is Verdict.SUPPORTED
    assert verdict_at(report, "climb to $300 billion by 2020") is Verdict.REFUTED


def test_supported_sentence(report: ScanReport) -> None:
    assert verdict_at(report, "arrived in Moscow on Friday") is Verdict.SUPPORTED


def test_clauses_without_facts_are_not_checked(report: ScanReport) -> None:
    assert any(seg.text == "Analysts were cautious." for seg in report.unchecked)
    assert report.count(Verdict.REFUTED) == 2


def test_github_annotations_flag_refuted_spans_as_errors(report: ScanReport) -> None:
    lines = list(github_annotations(report, "drafts/x.md"))
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == 2
    assert "file=drafts/x.md,line=3," in errors[0]
    assert all("::" in line[2:] for line in lines)


def test_empty_text_scans_to_nothing(bundled_store: Store) -> None:
    assert scan_text("", Checker(bundled_store)).spans == ()


def test_parallel_scan_gives_the_same_report(
    bundled_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcli.scan

    text = DRAFT * 3
    single = scan_text(text, Checker(bundled_store))
    monkeypatch.setattr(factcli.scan, "PARALLEL_SENTENCES", 1)
    parallel = scan_text(text, Checker(bundled_store), jobs=2)
    assert [(s.start, s.end, s.result.verdict) for s in parallel.spans] == [
        (s.start, s.end, s.result.verdict) for s in single.spans
    ]
    assert parallel.unchecked == single.unchecked


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="workers see the test's patches only when forked",
)
def test_a_scan_worker_that_dies_is_a_worker_error(
    bundled_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcli.scan

    monkeypatch.setattr(factcli.scan, "PARALLEL_SENTENCES", 1)
    monkeypatch.setattr(factcli.scan, "_scan_worker", _die)
    with pytest.raises(WorkerError):
        scan_text(DRAFT * 3, Checker(bundled_store), jobs=2)


def _die(*_: object) -> None:
    os._exit(9)


def test_each_predicate_of_a_subject_gets_its_own_verdict(bundled_store: Store) -> None:
    text = "Xi Jinping arrived in Moscow on Friday and attended the parade on Sunday.\n"
    report = scan_text(text, Checker(bundled_store))
    verdicts = {span.text: span.result for span in report.spans}
    assert verdicts["Xi Jinping arrived in Moscow on Friday"].verdict is Verdict.SUPPORTED
    second = verdicts["attended the parade on Sunday."]  # as written; checked with its subject
    assert second.claim == "Xi Jinping attended the parade on Sunday."
    assert second.verdict is not Verdict.SUPPORTED
