"""Issue 17, finding 10: closed or full standard streams end with one line on stderr (when
there is a stderr) and a documented status; diagnostics never go to stdout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

CLAIM = "Russia will deliver 48 bcm of gas to China each year"
WRITERS = {
    "check text": ["check", CLAIM],
    "check jsonl": ["check", CLAIM, "--format", "jsonl"],
    "check json": ["check", CLAIM, "--format", "json"],
    "check tsv": ["check", CLAIM, "--format", "tsv"],
    "facts list": ["facts", "list"],
    "facts show": ["facts", "show", "east-route-gas-supply", "--format", "json"],
    "quiz json": ["quiz", "--seed", "1", "--count", "2", "--format", "json"],
    "export anki -": ["export", "anki", "-"],
}


def _run(
    tmp_path: Path,
    argv: list[str],
    preexec: Callable[[], None] | None = None,
    stdout: object = subprocess.PIPE,
    stdin: object = subprocess.DEVNULL,
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTCLI_HOME": str(tmp_path), "NO_COLOR": "1"}
    env.pop("FACTCLI_STORE", None)
    return subprocess.run(
        [sys.executable, "-m", "factcli", *argv],
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=300,
        preexec_fn=preexec,
    )


def _close(*descriptors: int) -> Callable[[], None]:
    def close() -> None:
        for descriptor in descriptors:
            os.close(descriptor)

    return close


class TestFinding10ClosedAndFullStreams:
    @pytest.mark.parametrize("argv", list(WRITERS.values()), ids=list(WRITERS))
    def test_a_closed_stdout_is_one_line_and_status_74(
        self, tmp_path: Path, argv: list[str]
    ) -> None:
        result = _run(tmp_path, argv, _close(1), stdout=None)
        assert result.stderr == "factcli: cannot write output: stdout is closed\n"
        assert result.returncode == 74

    @pytest.mark.parametrize("argv", list(WRITERS.values()), ids=list(WRITERS))
    def test_stdout_on_a_full_device_is_one_line_and_status_74(
        self, tmp_path: Path, argv: list[str]
    ) -> None:
        if not Path("/dev/full").exists():
            pytest.skip("needs /dev/full")
        with open("/dev/full", "w") as full:
            result = _run(tmp_path, argv, stdout=full)
        assert result.stderr == "factcli: cannot write output: No space left on device\n"
        assert result.returncode == 74

    def test_a_closed_stdin_reads_as_empty(self, tmp_path: Path) -> None:
        result = _run(tmp_path, ["check"], _close(0), stdin=None)
        assert result.stderr == "factcli: no claims to check\n"
        assert result.returncode == 2
        scanned = _run(tmp_path, ["scan", "-", "--format", "jsonl"], _close(0), stdin=None)
        assert scanned.returncode == 0, scanned.stderr
        assert "Traceback" not in scanned.stderr

    def test_a_closed_stderr_never_puts_warnings_on_stdout(self, tmp_path: Path) -> None:
        argv = ["check", CLAIM + " \udcff", "--format", "jsonl"]  # invalid UTF-8: a warning
        result = _run(tmp_path, argv, _close(2))
        assert result.returncode == 1
        (line,) = result.stdout.splitlines()
        assert json.loads(line)["verdict"] == "refuted"

    def test_closed_stdout_and_stderr_still_give_the_status(self, tmp_path: Path) -> None:
        result = _run(tmp_path, ["check", CLAIM], _close(1, 2), stdout=None)
        assert result.returncode == 74
        assert result.stderr == ""

    def test_a_file_opened_later_never_takes_the_closed_stdout_number(self, tmp_path: Path) -> None:
        deck = tmp_path / "deck.txt"
        result = _run(tmp_path, ["export", "anki", str(deck)], _close(1), stdout=None)
        assert result.returncode == 0, result.stderr
        assert deck.read_text(encoding="utf-8").startswith("#separator:tab")
        assert result.stderr.startswith("wrote ")
