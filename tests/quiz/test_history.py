"""The answer history: saved at once, upgraded in place, robust to bad files and dirs."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from factcli.quiz.history import (
    FILENAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    AnswerRecord,
    CardRecord,
    History,
    data_dir,
)

WHEN = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def _answer(fact_id: str = "trade-2014", correct: bool = True) -> AnswerRecord:
    return AnswerRecord(fact_id, "q1", "short", "$95 billion", "$95 billion", correct, WHEN, 1.5)


def test_answers_are_committed_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / FILENAME
    history = History.open(path)
    history.start_session(7, "quiz", None, WHEN)
    history.record(_answer())
    # another connection sees the answer before the session ends: nothing is held back
    other = sqlite3.connect(path)
    assert other.execute("SELECT fact_id, correct FROM answers").fetchall() == [("trade-2014", 1)]
    other.close()
    card = CardRecord("trade-2014", 1, WHEN, "{}")
    history.record(_answer(correct=False), card)
    history.finish_session(WHEN)
    history.close()
    with History.open(path) as again:
        assert [a.correct for a in again.answers()] == [True, False]
        assert again.answers()[0] == _answer()
        assert again.cards() == {"trade-2014": card}
        (session,) = again.sessions()
        assert (session.answers, session.correct) == (2, 1)


def test_wal_mode_and_schema_version(tmp_path: Path) -> None:
    path = tmp_path / FILENAME
    History.open(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    db.close()


def test_an_old_schema_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / FILENAME
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    db.execute("INSERT INTO sessions (started) VALUES (?)", (WHEN.isoformat(),))
    db.execute(
        "INSERT INTO answers (session_id, answered, fact_id, question_id, kind, given,"
        " expected, correct) VALUES (1, ?, 'trade-2014', 'q1', 'tf', 'true', 'true', 1)",
        (WHEN.isoformat(),),
    )
    db.commit()
    db.close()
    with History.open(path) as history:
        (answer,) = history.answers()
        assert answer.correct
        assert answer.seconds is None
        assert history.cards() == {}


def test_a_corrupt_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / FILENAME
    path.write_bytes(b"this is not a database" * 100)
    warnings: list[str] = []
    with History.open(path, warnings.append) as history:
        assert history.saving
        history.start_session(1, "quiz", None, WHEN)
        history.record(_answer())
        assert len(history.answers()) == 1
    assert len(warnings) == 1
    assert "corrupt" in warnings[0]
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_a_read_only_directory_warns_and_runs_without_saving(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    warnings: list[str] = []
    try:
        with History.open(locked / "sub" / FILENAME, warnings.append) as history:
            assert not history.saving
            history.start_session(1, "quiz", None, WHEN)
            history.record(_answer())
            assert history.answers() == []
    finally:
        locked.chmod(0o700)
    assert len(warnings) == 1
    assert "will not be saved" in warnings[0]


def test_a_path_under_a_file_warns_and_runs_without_saving(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    warnings: list[str] = []
    with History.open(tmp_path / "file" / FILENAME, warnings.append) as history:
        assert not history.saving
        assert history.sessions() == []
        assert history.cards() == {}
    assert len(warnings) == 1


def test_a_failing_write_stops_saving_after_one_warning(tmp_path: Path) -> None:
    warnings: list[str] = []
    history = History.open(tmp_path / FILENAME, warnings.append)
    history.start_session(1, "quiz", None, WHEN)
    history.record(_answer())
    db = sqlite3.connect(tmp_path / FILENAME)
    db.execute("DROP TABLE answers")
    db.commit()
    db.close()
    history.record(_answer())
    history.record(_answer())
    assert not history.saving
    assert len(warnings) == 1


def test_factcli_home_overrides_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCLI_HOME", str(tmp_path))
    assert data_dir() == tmp_path
    monkeypatch.delenv("FACTCLI_HOME")
    assert data_dir().name.lower() == "factcli"
