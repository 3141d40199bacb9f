"""Stats reflect the stored history."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from rich.console import Console

from factcli.cli.render import quiz_stats, sparkline
from factcli.quiz.history import AnswerRecord, CardRecord, History
from factcli.quiz.stats import compute

NOW = datetime(2025, 5, 1, tzinfo=timezone.utc)


def _answer(fact_id: str, correct: bool) -> AnswerRecord:
    return AnswerRecord(fact_id, "q", "tf", "x", "y", correct, NOW)


def test_stats_from_history(tmp_path: Path) -> None:
    with History.open(tmp_path / "h.sqlite3") as history:
        history.start_session(1, "quiz", None, NOW)
        for fact_id, correct in [("a", False), ("b", True), ("a", False), ("c", False)]:
            history.record(_answer(fact_id, correct))
        history.start_session(2, "quiz", None, NOW)
        history.record(_answer("b", True), CardRecord("b", 1, NOW - timedelta(hours=1), "{}"))
        history.record(_answer("c", True), CardRecord("c", 2, NOW + timedelta(days=2), "{}"))
        history.record(_answer("gone", True), CardRecord("gone", 3, NOW, "{}"))
        stats = compute(history, NOW, ["a", "b", "c"])
    assert len(stats.sessions) == 2
    assert stats.answers == 7
    assert stats.correct == 4
    assert [s.accuracy for s in stats.sessions] == [0.25, 1.0]
    assert [f.fact_id for f in stats.weakest] == ["a", "c"]
    assert (stats.due, stats.scheduled) == (1, 2)
    data = stats.to_dict()
    assert data["sessions"] == 2
    assert data["accuracy"] == round(4 / 7, 3)
    out = Console(width=100, record=True, color_system=None)
    out.print(quiz_stats(stats))
    text = out.export_text()
    assert "Weakest facts" in text
    assert "1 of 2 scheduled" in text


def test_sparkline() -> None:
    assert sparkline([0.0, 0.5, 1.0]) == "\u2581\u2585\u2588"
    assert sparkline([]) == ""


def test_sparkline_scales_to_the_data() -> None:
    line = sparkline([0.625, 0.5, 0.5625])
    assert len(set(line)) == 3  # 62.5% and 50% must not draw the same bar
    assert line == "\u2588\u2581\u2585"  # the highest is the tallest, the lowest the shortest
    assert sparkline([0.75, 0.75]) == "\u2586\u2586"  # equal values keep their height


def test_empty_history(tmp_path: Path) -> None:
    with History.open(tmp_path / "h.sqlite3") as history:
        stats = compute(history, NOW, [])
    assert stats.to_dict()["accuracy"] is None
    assert stats.sessions == ()
