"""Issue 17, finding 14: the history database with unreadable times, in a read-only data
directory, and deleted in the middle of a quiz."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcli.quiz.history import FILENAME

NOBODY = 65534
QUIZ = ["quiz", "--seed", "3", "--count", "4", "--format", "jsonl", "--answers", "-"]


def _factcli(
    home: Path, argv: list[str], stdin: str = "", prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTCLI_HOME": str(home), "NO_COLOR": "1"}
    env["FACTCLI_CACHE"] = str(home.parent / f"cache-{home.name}")  # the user's own
    env.pop("FACTCLI_STORE", None)
    return subprocess.run(
        [*prefix, sys.executable, "-m", "factcli", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def _rows(database: Path, query: str) -> list[tuple[object, ...]]:
    db = sqlite3.connect(database)
    try:
        return db.execute(query).fetchall()
    finally:
        db.close()


@pytest.fixture
def shared() -> Iterator[Path]:
    """A directory every user can reach (pytest's tmp_path is 0700)."""
    top = Path(tempfile.mkdtemp(prefix="factcli-history-"))
    top.chmod(0o755)
    yield top
    shutil.rmtree(top, ignore_errors=True)


def _saved(database: Path) -> bool:
    """Whether the database holds an answer yet (it may not even have its tables)."""
    try:
        return database.exists() and bool(_rows(database, "SELECT given FROM answers"))
    except sqlite3.OperationalError:
        return False


class TestFinding14HistoryDatabase:
    @pytest.mark.parametrize(
        "damage",
        [
            "UPDATE answers SET answered = 'yesterday' WHERE id = 1",
            "UPDATE sessions SET started = 'soon'",
            "UPDATE cards SET due = '2015-13-45T99:00'",
            "UPDATE answers SET answered = '2015-05-08T10:00:00'",  # no zone: read as UTC
        ],
        ids=["answer time", "session time", "card due", "naive time"],
    )
    def test_unreadable_times_are_skipped_with_one_warning(
        self, tmp_path: Path, damage: str
    ) -> None:
        assert _factcli(tmp_path, QUIZ, "x\n" * 4).returncode == 0
        db = sqlite3.connect(tmp_path / FILENAME)
        db.execute(damage)
        db.commit()
        db.close()
        for argv in (["stats"], ["stats", "--format", "json"], [*QUIZ, "--review"]):
            result = _factcli(tmp_path, argv, "x\n" * 4)
            assert result.returncode == 0, result.stderr
            assert "Traceback" not in result.stderr
            warnings = [x for x in result.stderr.splitlines() if "warning:" in x]
            assert len(warnings) <= 1, result.stderr  # the review's own note aside
            if "naive" not in damage and warnings:
                assert "whose times cannot be read" in warnings[0]
        stats = json.loads(_factcli(tmp_path, ["stats", "--format", "json"]).stdout)
        assert stats

    def test_stats_reads_a_history_in_a_read_only_directory(self, shared: Path) -> None:
        prefix: tuple[str, ...] = ()
        if os.geteuid() == 0:  # root writes anywhere: be an ordinary user for this
            prefix = ("setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups")
        home = shared / "home"
        for directory in (home, shared / "cache-home"):
            directory.mkdir(mode=0o700)
            if prefix:
                os.chown(directory, NOBODY, NOBODY)
        for _ in range(3):
            result = _factcli(home, QUIZ, "x\n" * 4, prefix)
            assert result.returncode == 0, result.stderr
        home.chmod(0o555)
        (home / FILENAME).chmod(0o444)
        result = _factcli(home, ["stats", "--format", "json"], prefix=prefix)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["sessions"] == 3
        assert result.stderr == ""
        quiz = _factcli(home, QUIZ, "x\n" * 4, prefix)
        assert quiz.returncode == 0, quiz.stderr
        assert "answers will not be saved" in quiz.stderr

    def test_a_database_deleted_mid_quiz_is_noticed_and_made_anew(self, tmp_path: Path) -> None:
        env = {**os.environ, "FACTCLI_HOME": str(tmp_path), "NO_COLOR": "1"}
        env.pop("FACTCLI_STORE", None)
        quiz = subprocess.Popen(
            [sys.executable, "-m", "factcli", *QUIZ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert quiz.stdin is not None
        assert quiz.stdout is not None
        database = tmp_path / FILENAME
        quiz.stdin.write("first\n")
        quiz.stdin.flush()
        deadline = time.monotonic() + 120  # start-up, then the first answer saved
        while not _saved(database):
            assert time.monotonic() < deadline, "the first answer was never saved"
            time.sleep(0.05)
        assert _rows(database, "SELECT given FROM answers") == [("first",)]
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        stdout, stderr = quiz.communicate("second\nthird\nfourth\n", timeout=300)
        assert quiz.returncode == 0, stderr
        assert len(stdout.splitlines()) == 4
        (warning,) = stderr.splitlines()
        assert "was deleted or replaced during the quiz" in warning
        given = _rows(database, "SELECT given, session_id FROM answers ORDER BY id")
        assert [g for g, _ in given] == ["second", "third", "fourth"]
        sessions = _rows(database, "SELECT id, seed, finished IS NOT NULL FROM sessions")
        assert sessions == [(given[0][1], 3, 1)]
