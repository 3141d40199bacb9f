"""factcli as a real process: pipes, exit statuses, signals, no tracebacks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

FACTCLI = [sys.executable, "-m", "factcli"]
pytestmark = pytest.mark.slow


def run(args: list[str], stdin: str = "", **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*FACTCLI, *args], input=stdin, capture_output=True, text=True, timeout=60, **kwargs
    )


def test_check_jsonl_through_a_pipe() -> None:
    result = run(["check", "-", "--format", "jsonl"], "Xi will meet war veterans.\n")
    assert result.returncode == 0
    assert '"verdict": "supported"' in result.stdout


def test_no_terminal_means_no_escape_codes() -> None:
    result = run(["check", "Xi will not meet war veterans."], env={**os.environ, "TERM": "xterm"})
    assert result.returncode == 1
    assert "\x1b" not in result.stdout


def test_version_exit_zero() -> None:
    result = run(["--version"])
    assert result.returncode == 0
    assert result.stdout.startswith("factcli ")


def test_unknown_command_suggests_and_exits_2() -> None:
    result = run(["chek", "x"])
    assert result.returncode == 2
    assert "Did you mean 'check'?" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "command", ["check - --format jsonl", "facts list", "check -", "check - -f jsonl --jobs 2"]
)
def test_head_closes_the_pipe_quietly(command: str, tmp_path: Path) -> None:
    claims = tmp_path / "claims.txt"
    claims.write_text("Bilateral trade stood at $95bn in 2014.\n" * 2000)
    factcli = " ".join(f"'{part}'" for part in FACTCLI)
    shell = f"{factcli} {command} < {claims} | head -1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True, timeout=120
    )
    assert len(result.stdout.splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert "Error" not in result.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_with_one_line(jobs: str) -> None:
    process = subprocess.Popen(
        [*FACTCLI, "check", "-", "--format", "jsonl", "--jobs", jobs],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None
    process.stdin.write("Xi will meet war veterans.\n" * (1 if jobs == "1" else 600))
    process.stdin.flush()
    assert process.stdout is not None
    process.stdout.readline()  # the first verdict: the program is inside its loop
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert stderr.strip() == "factcli: interrupted"


def test_jobs_print_what_one_process_prints(tmp_path: Path) -> None:
    lines = [
        "Xi Jinping visited Moscow from May 8 to 10.",
        "Russia will supply China with 48 bcm of gas a year.",
        "The Eiffel Tower is in Paris.",
    ]
    claims = "".join(f"{line} ({n})\n" for n in range(200) for line in lines)
    one = run(["check", "-", "--format", "jsonl", "--jobs", "1"], claims)
    two = run(["check", "-", "--format", "jsonl", "--jobs", "2"], claims)
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout
    assert len(two.stdout.splitlines()) == 600
