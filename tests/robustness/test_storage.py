"""The quiz history under faults, through real processes (tests/quiz/test_history.py has
the unit tests): corrupt files, unwritable or full data directories, two quizzes at once,
kill -9 mid-quiz, and schema upgrades in place."""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.quiz.history import FILENAME, MIGRATIONS, SCHEMA_VERSION, History

FACTCLI = [sys.executable, "-m", "factcli"]
QUIZ = ["quiz", "--seed", "5", "--count", "6", "--format", "jsonl", "--answers", "-"]


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The right answers of the seeded quiz, in order."""
    home = tmp_path_factory.mktemp("key")
    printed = subprocess.run(
        [*FACTCLI, "quiz", "--seed", "5", "--count", "6", "--format", "json"],
        capture_output=True,
        text=True,
        env=_env(home),
        check=True,
    )
    return [q["answer"] for q in json.loads(printed.stdout)["questions"]]


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "FACTCLI_HOME": str(home), "NO_COLOR": "1"}
    env.pop("FACTCLI_STORE", None)
    return env


def _quiz(
    home: Path, stdin: str, preexec: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*FACTCLI, *QUIZ],
        input=stdin,
        capture_output=True,
        text=True,
        env=_env(home),
        timeout=120,
        preexec_fn=preexec,
    )


def _saved(database: Path) -> list[tuple[str, int]]:
    db = sqlite3.connect(database)
    try:
        return [(f, c) for f, c in db.execute("SELECT fact_id, correct FROM answers ORDER BY id")]
    finally:
        db.close()


def _ran_without_saving(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 6  # every question graded
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 1, result.stderr
    assert warnings[0].startswith("factcli: warning:")
    return warnings[0]


# --- corrupt files ----------------------------------------------------------------------


def test_a_corrupt_database_is_moved_aside_and_the_user_told(
    tmp_path: Path, answers: list[str]
) -> None:
    database = tmp_path / FILENAME
    garbage = os.urandom(8192)
    database.write_bytes(garbage)
    result = _quiz(tmp_path, "\n".join(answers) + "\n")
    assert result.returncode == 0, result.stderr
    (warning,) = result.stderr.strip().splitlines()
    assert "corrupt" in warning
    (aside,) = tmp_path.glob(f"{FILENAME}.corrupt-*")
    assert str(aside) in warning
    assert aside.read_bytes() == garbage  # kept as it was, for rescue
    assert len(_saved(database)) == 6  # and a fresh one started


def test_corrupt_databases_in_the_same_second_never_overwrite_each_other(
    tmp_path: Path,
) -> None:
    database = tmp_path / FILENAME
    contents = [b"first corrupt file " * 300, b"second corrupt file " * 300]
    for content in contents:
        database.write_bytes(content)
        History.open(database).close()
    kept = sorted(p.read_bytes() for p in tmp_path.glob(f"{FILENAME}.corrupt-*"))
    assert kept == sorted(contents)


def test_a_damaged_page_is_moved_aside_too(tmp_path: Path, answers: list[str]) -> None:
    database = tmp_path / FILENAME
    assert _quiz(tmp_path, "\n".join(answers) + "\n").returncode == 0
    db = sqlite3.connect(database)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, after the header
    database.write_bytes(bytes(data))
    result = _quiz(tmp_path, "\n".join(answers) + "\n")
    assert result.returncode == 0, result.stderr
    assert "corrupt" in result.stderr
    assert len(list(tmp_path.glob(f"{FILENAME}.corrupt-*"))) == 1
    assert len(_saved(database)) == 6


# --- unwritable and full ----------------------------------------------------------------


def test_a_data_dir_that_is_a_file_runs_without_saving(tmp_path: Path, answers: list[str]) -> None:
    home = tmp_path / "home"
    home.write_text("not a directory")
    warning = _ran_without_saving(_quiz(home, "\n".join(answers) + "\n"))
    assert "will not be saved" in warning
    assert home.read_text() == "not a directory"


def test_a_history_path_that_cannot_be_a_file_runs_without_saving(
    tmp_path: Path, answers: list[str]
) -> None:
    (tmp_path / FILENAME).mkdir()  # the database's name is taken by a directory
    warning = _ran_without_saving(_quiz(tmp_path, "\n".join(answers) + "\n"))
    assert "will not be saved" in warning


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_a_read_only_data_dir_runs_without_saving(tmp_path: Path, answers: list[str]) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    try:
        result = _quiz(home, "\n".join(answers) + "\n")
    finally:
        home.chmod(0o700)
    assert "will not be saved" in _ran_without_saving(result)


def _disk_of(size: int) -> Callable[[], None]:
    """A child whose files cannot grow past `size` bytes: writes fail as on a full disk."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


@pytest.mark.parametrize("size", [0, 4096, 24 * 1024])
def test_a_full_disk_runs_with_one_warning(tmp_path: Path, answers: list[str], size: int) -> None:
    warm = _quiz(tmp_path, "")  # store cache written while the disk still has room
    assert warm.returncode == 0, warm.stderr
    (tmp_path / FILENAME).unlink()
    for extra in tmp_path.glob(f"{FILENAME}-*"):
        extra.unlink()
    result = _quiz(tmp_path, "\n".join(answers) + "\n", _disk_of(size))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 6
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) <= 1, result.stderr
    if warnings:
        assert "saved" in warnings[0] or "saving" in warnings[0]
    else:  # it all fitted
        assert len(_saved(tmp_path / FILENAME)) == 6


# --- concurrency and crashes ------------------------------------------------------------


def _spawn_quiz(home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*FACTCLI, *QUIZ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(home),
    )


def _count(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        return len(_saved(database))
    except sqlite3.OperationalError:
        return 0


def _wait_for(condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_two_quizzes_answering_at_once_lose_nothing(tmp_path: Path, answers: list[str]) -> None:
    database = tmp_path / FILENAME
    first, second = _spawn_quiz(tmp_path), _spawn_quiz(tmp_path)
    try:
        for number, answer in enumerate(answers, start=1):
            for process in (first, second):  # interleaved: each write races the other
                assert process.stdin is not None
                process.stdin.write(answer + "\n")
                process.stdin.flush()
            _wait_for(lambda n=number: _count(database) == 2 * n)  # type: ignore[misc]
        outputs = [p.communicate(timeout=60) for p in (first, second)]
    finally:
        for process in (first, second):
            if process.poll() is None:
                process.kill()
    for (stdout, stderr), process in zip(outputs, (first, second), strict=True):
        assert process.returncode == 0, stderr
        assert stderr == ""
        assert all(json.loads(line)["correct"] for line in stdout.splitlines())
    saved = _saved(database)
    assert len(saved) == 12
    assert all(correct for _, correct in saved)
    db = sqlite3.connect(database)
    assert db.execute("SELECT COUNT(DISTINCT session_id) FROM answers").fetchone() == (2,)
    db.close()


def test_kill_9_mid_quiz_loses_at_most_the_question_being_answered(
    tmp_path: Path, answers: list[str]
) -> None:
    database = tmp_path / FILENAME
    process = _spawn_quiz(tmp_path)
    assert process.stdin is not None
    process.stdin.write("\n".join(answers[:3]) + "\n" + answers[3][:2])  # the 4th half typed
    process.stdin.flush()
    _wait_for(lambda: _count(database) == 3)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    db = sqlite3.connect(database)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()
    assert [correct for _, correct in _saved(database)] == [1, 1, 1]
    again = _quiz(tmp_path, "\n".join(answers) + "\n")  # the next quiz picks up cleanly
    assert again.returncode == 0, again.stderr
    assert again.stderr == ""
    assert len(_saved(database)) == 9


# --- schema -----------------------------------------------------------------------------


def test_an_old_database_is_upgraded_in_place_by_the_cli(
    tmp_path: Path, answers: list[str]
) -> None:
    database = tmp_path / FILENAME
    db = sqlite3.connect(database)
    db.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    db.execute("INSERT INTO sessions (started) VALUES ('2024-01-01T00:00:00+00:00')")
    db.execute(
        "INSERT INTO answers (session_id, answered, fact_id, question_id, kind, given,"
        " expected, correct) VALUES (1, '2024-01-01T00:00:01+00:00', 'old-fact', 'q', 'tf',"
        " 'true', 'true', 1)"
    )
    db.commit()
    db.close()
    inode = database.stat().st_ino
    result = _quiz(tmp_path, "\n".join(answers) + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert database.stat().st_ino == inode  # the same file, not a replacement
    assert not list(tmp_path.glob(f"{FILENAME}.corrupt-*"))
    db = sqlite3.connect(database)
    assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    columns = [row[1] for row in db.execute("PRAGMA table_info(answers)")]
    db.close()
    assert "seconds" in columns
    saved = _saved(database)
    assert saved[0] == ("old-fact", 1)
    assert len(saved) == 7


def test_a_database_from_a_newer_version_is_left_alone(tmp_path: Path, answers: list[str]) -> None:
    database = tmp_path / FILENAME
    db = sqlite3.connect(database)
    db.execute("CREATE TABLE future (x)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.commit()
    db.close()
    before = database.read_bytes()
    warning = _ran_without_saving(_quiz(tmp_path, "\n".join(answers) + "\n"))
    assert "newer factcli" in warning
    assert database.read_bytes() == before
    assert not list(tmp_path.glob(f"{FILENAME}.corrupt-*"))


OPEN_AT_ONCE = """
import sys, time
from pathlib import Path
from factcli.quiz.history import History
start = float(sys.argv[2])
time.sleep(max(0.0, start - time.time()))
warnings = []
history = History.open(Path(sys.argv[1]), warnings.append)
print("saving" if history.saving and not warnings else f"not saving: {warnings}")
"""


def test_quizzes_starting_together_on_a_new_database_all_save(tmp_path: Path) -> None:
    """Each process read schema version 0, then each ran the first migration: all but one
    failed with "table sessions already exists" and ran without saving."""
    database = tmp_path / FILENAME
    start = time.time() + 1.5  # after every interpreter has started
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_AT_ONCE, str(database), str(start)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    outputs = [process.communicate(timeout=60)[0].strip() for process in processes]
    assert outputs == ["saving"] * 6
    db = sqlite3.connect(database)
    assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    db.close()
