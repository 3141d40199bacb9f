"""Streams and signals through real processes: a million lines in bounded memory, a pipe
closed by `head`, and Ctrl-C in every long-running command."""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

FACTCLI = [sys.executable, "-m", "factcli"]
EVAL_CLAIMS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev_claims.jsonl"
SAMPLE_CLAIMS = [
    "Xi will meet war veterans.",
    "Bilateral trade stood at $95bn in 2014.",
    "Russia will deliver 48 bcm of gas to China each year",
    "Xi Jinping is on a three-day visit to Russia.",
    "Putin met Modi in Moscow.",
]
# Runs factcli and reports its own peak RSS in KiB on stderr. VmHWM, not getrusage's
# ru_maxrss: that one survives exec, so a child forked from a big pytest reports pytest's.
MEASURED = (
    "import re, sys\n"
    "from factcli.__main__ import main\n"
    "status = main(sys.argv[1:])\n"
    "sys.stdout.flush()\n"
    "status_file = open('/proc/self/status').read()\n"
    "peak = re.search(r'VmHWM:\\s+(\\d+) kB', status_file).group(1)\n"
    "print(f'PEAK_RSS_KB {peak}', file=sys.stderr)\n"
    "sys.exit(status)\n"
)


def _env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "FACTCLI_HOME": str(tmp_path / "home"), "NO_COLOR": "1"}
    env.pop("FACTCLI_STORE", None)
    return env


def _real_claims() -> list[str]:
    if EVAL_CLAIMS.exists():
        return [json.loads(line)["claim"] for line in EVAL_CLAIMS.read_text().splitlines()]
    return SAMPLE_CLAIMS


def _stream(path: Path, lines: int, claims: list[str]) -> None:
    """`lines` lines: 94% blank, 5% distinct one-word claims, 1% real claims, interleaved."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(lines):
            slot = number % 100
            if slot == 0:
                out.write(claims[(number // 100) % len(claims)] + "\n")
            elif slot < 6:
                out.write(f"word{number}\n")
            else:
                out.write("\n")


def _peak_rss_kb(tmp_path: Path, claims_file: Path) -> int:
    with claims_file.open("rb") as stdin:
        result = subprocess.run(
            [sys.executable, "-c", MEASURED, "check", "-", "--format", "jsonl"],
            stdin=stdin,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(tmp_path),
            timeout=600,
        )
    assert result.returncode in (1, 3), result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("PEAK_RSS_KB")]
    return int(line.split()[1])


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_a_million_lines_stream_in_bounded_memory(tmp_path: Path) -> None:
    claims = _real_claims()
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    _stream(small, 10_000, claims)
    _stream(large, 1_000_000, claims)
    _peak_rss_kb(tmp_path, small)  # fills the store cache: both runs below load from it
    baseline = _peak_rss_kb(tmp_path, small)
    peak = _peak_rss_kb(tmp_path, large)
    growth_mb = (peak - baseline) / 1024
    print(f"peak RSS {baseline / 1024:.1f} MB for 10k lines, {peak / 1024:.1f} MB for 1M")
    assert growth_mb < 50, f"RSS grew by {growth_mb:.1f} MB over a million lines"


# --- | head -1 ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def long_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("streams") / "draft.txt"
    # One claim a line: `check -` reads a line as one claim, and a line past 10,000
    # characters would rightly add a warning about a claim read only in part.
    path.write_text("\n".join(SAMPLE_CLAIMS[i % 3] for i in range(3000)) + "\n")
    return path


@pytest.mark.parametrize(
    "command",
    [
        "check - --format tsv",
        "check - --format jsonl",
        "scan {draft}",
        "scan {draft} --format jsonl",
        "scan - --format github",
        "facts list --format jsonl",
        "facts list --format csv",
    ],
)
def test_head_closes_the_pipe_quietly(command: str, long_text: Path, tmp_path: Path) -> None:
    factcli = " ".join(f"'{part}'" for part in FACTCLI)
    args = command.format(draft=long_text)
    shell = f"{factcli} {args} < '{long_text}' | head -1; echo \"status ${{PIPESTATUS[0]}}\" >&2"
    result = subprocess.run(
        ["bash", "-c", shell], capture_output=True, text=True, timeout=120, env=_env(tmp_path)
    )
    assert len(result.stdout.splitlines()) == 1
    status_line = result.stderr.strip().splitlines()[-1]
    assert status_line in ("status 0", "status 1", "status 3", "status 141"), result.stderr
    assert result.stderr.strip().splitlines()[:-1] == [], result.stderr  # nothing else said


# --- Ctrl-C ---------------------------------------------------------------------------------


def _open_fifo_for_writing(fifo: Path, process: subprocess.Popen[str]) -> int:
    """Opening a FIFO's write end without blocking fails until a reader has it open: once it
    succeeds, the command is inside its body, blocked reading its input."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as error:
            if error.errno != errno.ENXIO:
                raise
            time.sleep(0.05)
    raise AssertionError("the command never opened its input")


def _interrupted(process: subprocess.Popen[str]) -> str:
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines() == ["factcli: interrupted"], stderr
    return stderr


def _spawn(args: list[str], tmp_path: Path, **kwargs: object) -> subprocess.Popen[str]:
    process: subprocess.Popen[str] = subprocess.Popen(
        [*FACTCLI, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(tmp_path),
        **kwargs,  # type: ignore[call-overload]
    )
    return process


@pytest.mark.parametrize(
    "args",
    [["check", "--file", "{fifo}"], ["scan", "{fifo}"], ["scan", "{fifo}", "-f", "jsonl"]],
)
def test_ctrl_c_while_reading_input(tmp_path: Path, args: list[str]) -> None:
    fifo = tmp_path / "input.fifo"
    os.mkfifo(fifo)
    process = _spawn([a.format(fifo=fifo) for a in args], tmp_path, stdin=subprocess.DEVNULL)
    writer = _open_fifo_for_writing(fifo, process)
    try:
        os.write(writer, b"Xi will meet war veterans.\n")
        time.sleep(0.2)
        _interrupted(process)
    finally:
        os.close(writer)


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose `facts list` is far longer than a pipe's buffer."""
    path = tmp_path_factory.mktemp("store") / "big.jsonl"
    records = [json.dumps({"format": 1, "source": {"title": "Big"}})]
    for number in range(3000):
        statement = f"Fact number {number} says that Atlantis exports fish, among other things."
        records.append(
            json.dumps(
                {
                    "id": f"fact-{number}",
                    "statement": statement,
                    "quote": statement,
                    "attribution": "article",
                    "modality": "reported",
                }
            )
        )
    path.write_text("\n".join(records) + "\n")
    return path


@pytest.mark.parametrize("output", ["table", "jsonl"])
def test_ctrl_c_while_listing_facts(tmp_path: Path, big_store: Path, output: str) -> None:
    process = _spawn(
        ["--store", str(big_store), "facts", "list", "--format", output],
        tmp_path,
        stdin=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    assert process.stdout.readline()  # listing has begun; unread, the pipe fills and blocks
    time.sleep(0.3)
    _interrupted(process)


def _answers_saved(home: Path) -> int:
    database = home / "history.sqlite3"
    if not database.exists():
        return 0
    db = sqlite3.connect(database, timeout=5)
    try:
        return int(db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        db.close()


def _poll(condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_ctrl_c_in_a_scripted_quiz_keeps_the_answers_given(tmp_path: Path) -> None:
    args = ["quiz", "--seed", "5", "--count", "6"]
    printed = subprocess.run(
        [*FACTCLI, *args, "--format", "json"],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        check=True,
    )
    questions = json.loads(printed.stdout)["questions"]
    process = _spawn(
        [*args, "--format", "jsonl", "--answers", "-"], tmp_path, stdin=subprocess.PIPE
    )
    assert process.stdin is not None
    for question in questions[:2]:
        process.stdin.write(question["answer"] + "\n")
    process.stdin.flush()
    home = tmp_path / "home"
    _poll(lambda: _answers_saved(home) == 2)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines() == ["factcli: interrupted"]
    results = [json.loads(line) for line in stdout.splitlines()]
    assert [r["correct"] for r in results] == [True, True, False, False, False, False]
    assert _answers_saved(home) == 2
