"""Issue 17, finding 9: SIGTERM and SIGHUP end a run like Ctrl-C, and no worker process
outlives its parent, even one killed with SIGKILL."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CLAIM = "Russia will deliver 48 bcm of gas to China each year\n"
SETTLE_SECONDS = 60  # the most a test waits for processes to appear or go


def _children(pid: int) -> list[int]:
    """The child processes of `pid`, from every one of its threads."""
    found: list[int] = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with contextlib.suppress(FileNotFoundError):
            found += [int(x) for x in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def _wait_for(condition: object, what: str) -> None:
    deadline = time.monotonic() + SETTLE_SECONDS
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"still waiting for {what} after {SETTLE_SECONDS} s")
        time.sleep(0.05)


@pytest.fixture
def running(tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`factcli check - --jobs 2` with workers busy and stdin still open."""
    if not Path("/proc/self/task").exists():
        pytest.skip("needs /proc to find the worker processes")
    env = {**os.environ, "FACTCLI_HOME": str(tmp_path), "NO_COLOR": "1"}
    env.pop("FACTCLI_STORE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "factcli", "check", "-", "--jobs", "2", "--format", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdin is not None
    process.stdin.write((CLAIM * 1500).encode())
    process.stdin.flush()
    _wait_for(lambda: len(_children(process.pid)) >= 2, "two workers")
    workers = _children(process.pid)
    yield process
    process.kill()
    process.wait()
    for worker in workers:  # what a failing run leaves behind
        if _alive(worker):
            os.kill(worker, signal.SIGKILL)


class TestFinding9SignalsEndTheRunAndItsWorkers:
    @pytest.mark.parametrize(
        ("signum", "status", "message"),
        [(signal.SIGTERM, 143, "terminated"), (signal.SIGHUP, 129, "hung up")],
        ids=["SIGTERM", "SIGHUP"],
    )
    def test_a_signal_to_the_parent_ends_like_ctrl_c(
        self, running: subprocess.Popen[bytes], signum: int, status: int, message: str
    ) -> None:
        workers = _children(running.pid)
        running.send_signal(signum)
        assert running.stderr is not None
        assert running.wait(timeout=SETTLE_SECONDS) == status
        assert running.stderr.read().decode() == f"factcli: {message}\n"
        _wait_for(lambda: not any(_alive(w) for w in workers), "the workers to exit")

    def test_workers_exit_when_the_parent_is_killed(self, running: subprocess.Popen[bytes]) -> None:
        workers = _children(running.pid)
        running.send_signal(signal.SIGKILL)
        running.wait(timeout=SETTLE_SECONDS)
        _wait_for(lambda: not any(_alive(w) for w in workers), "orphaned workers to exit")

    def test_a_hangup_the_caller_ignores_stays_ignored(self, tmp_path: Path) -> None:
        env = {**os.environ, "FACTCLI_HOME": str(tmp_path), "NO_COLOR": "1"}
        env.pop("FACTCLI_STORE", None)
        process = subprocess.Popen(  # as under nohup: SIGHUP ignored across exec
            [sys.executable, "-m", "factcli", "check", "-", "--format", "jsonl"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN),
        )
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write(CLAIM.encode())
        process.stdin.flush()
        assert b'"verdict"' in process.stdout.readline()  # running, past start-up
        process.send_signal(signal.SIGHUP)
        process.stdin.write(CLAIM.encode())
        stdout, stderr = process.communicate(timeout=SETTLE_SECONDS)
        assert process.returncode == 1, stderr  # 48 bcm is refuted: no hangup status
        assert stdout.count(b'"verdict"') == 1
        assert stderr == b""
