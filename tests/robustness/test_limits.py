"""Issue 17, findings 7 and 8: input with no line break stops at the line limit, having
read a bounded amount, and --jobs is capped at the CPUs."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcli import batch, inputs
from factcli.errors import FactcliWarning
from factcli.inputs import MAX_LINE_BYTES, LineTooLongError

MEASURED = (
    "import re, sys\n"
    "from factcli.__main__ import main\n"
    "status = main(sys.argv[1:])\n"
    "peak = re.search(r'VmHWM:\\s+(\\d+) kB', open('/proc/self/status').read()).group(1)\n"
    "print(f'PEAK_RSS_KB {peak}', file=sys.stderr)\n"
    "sys.exit(status)\n"
)


class Zeros(io.RawIOBase):
    """/dev/zero that counts the bytes it gave: endless input with no line break."""

    def __init__(self, byte: bytes = b"\0") -> None:
        self.read_bytes = 0
        self.byte = byte

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        size = len(buffer)
        buffer[:size] = self.byte * size
        self.read_bytes += size
        return size


READ_BOUND = MAX_LINE_BYTES + (1 << 17)  # the limit, and no more than a buffer's read-ahead


class TestFinding7LineLimit:
    @pytest.mark.parametrize("byte", [b"\0", b"x", b" "], ids=["nul", "letter", "space"])
    def test_reading_lines_stops_after_the_limit(self, byte: bytes) -> None:
        raw = Zeros(byte)
        lines = inputs.decode_lines(io.BufferedReader(raw), lambda _: None, "zeros")
        with pytest.raises(LineTooLongError, match="zeros:1: line longer than 1 MiB"):
            next(lines)
        assert raw.read_bytes <= READ_BOUND

    def test_a_long_line_after_good_ones_names_its_line(self) -> None:
        stream = io.BytesIO(b"fine\n" * 3 + b"y" * (MAX_LINE_BYTES + 5))
        lines = inputs.decode_lines(stream, lambda _: None, "file.txt")
        assert [next(lines) for _ in range(3)] == ["fine"] * 3
        with pytest.raises(LineTooLongError, match=r"file\.txt:4:"):
            next(lines)

    def test_a_line_of_exactly_the_limit_is_read(self) -> None:
        line = b"z" * MAX_LINE_BYTES
        stream = io.BytesIO(line + b"\n" + line)
        assert [len(x) for x in inputs.decode_lines(stream, lambda _: None)] == [len(line)] * 2

    @pytest.mark.parametrize(
        "argv",
        [
            ["check", "-"],
            ["check", "-", "--jobs", "2", "--format", "jsonl"],
            ["scan", "-"],
            ["quiz", "--seed", "1", "--count", "3", "--format", "jsonl", "--answers", "-"],
        ],
        ids=" ".join,
    )
    def test_every_stdin_reader_stops_with_one_line_and_status_2(
        self, tmp_path: Path, argv: list[str]
    ) -> None:
        env = {**os.environ, "FACTCLI_HOME": str(tmp_path), "NO_COLOR": "1"}
        env.pop("FACTCLI_STORE", None)
        process = subprocess.Popen(
            [sys.executable, "-m", "factcli", *argv],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert process.stdin is not None
        assert process.stderr is not None
        written = 0
        chunk = b"\0" * (1 << 16)
        try:  # zeros until factcli stops reading (or 8 MiB, where a reader never stops)
            while written < 8 * MAX_LINE_BYTES:
                process.stdin.write(chunk)
                written += len(chunk)
            process.stdin.close()
        except BrokenPipeError:
            pass
        stderr = process.stderr.read().decode()
        assert process.wait(timeout=300) == 2, stderr[-2000:]
        assert stderr == "factcli: stdin:1: line longer than 1 MiB, the limit\n"
        assert written <= MAX_LINE_BYTES + (1 << 20)  # the limit, the pipe and a buffer

    @pytest.mark.parametrize(
        "argv",
        [
            ["check", "--file", "/dev/zero"],
            ["scan", "/dev/zero"],
            ["quiz", "--seed", "1", "--count", "3", "--format", "jsonl", "--answers", "/dev/zero"],
            ["facts", "validate", "--source", "/dev/zero"],
        ],
        ids=" ".join,
    )
    def test_dev_zero_stops_in_bounded_memory(self, tmp_path: Path, argv: list[str]) -> None:
        if not Path("/dev/zero").exists() or not Path("/proc/self/status").exists():
            pytest.skip("needs /dev/zero and /proc")
        env = {**os.environ, "FACTCLI_HOME": str(tmp_path), "NO_COLOR": "1"}
        env.pop("FACTCLI_STORE", None)
        result = subprocess.run(
            [sys.executable, "-c", MEASURED, *argv],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert result.returncode == 2, result.stderr[-2000:]
        message, peak = result.stderr.splitlines()
        assert message == "factcli: /dev/zero:1: line longer than 1 MiB, the limit"
        peak_kb = int(re.sub(r"\D", "", peak))
        assert peak_kb < 200 * 1024


class TestFinding8JobsAreCapped:
    def test_more_jobs_than_cpus_are_capped_with_a_warning(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(batch, "cpu_count", lambda: 2)
        with pytest.warns(FactcliWarning, match="--jobs 1000 is more than the 2 CPU"):
            assert batch.worker_count(1000) == 2
        assert batch.worker_count(0) == 2
        assert batch.worker_count(1) == 1
        assert batch.worker_count(2) == 2

    @pytest.mark.parametrize("jobs", ["1000", "99999999999999999999"])
    def test_huge_jobs_run_without_a_traceback_and_without_extra_processes(
        self, tmp_path: Path, jobs: str
    ) -> None:
        claims = "\n".join(f"Russia will deliver {n} bcm of gas to China" for n in range(300))
        env = {**os.environ, "FACTCLI_HOME": str(tmp_path), "NO_COLOR": "1"}
        env.pop("FACTCLI_STORE", None)
        counting = (
            "import multiprocessing, sys\n"
            "from concurrent.futures import process\n"
            "started = []\n"
            "original = process.ProcessPoolExecutor.__init__\n"
            "def init(self, max_workers=None, *a, **k):\n"
            "    started.append(max_workers)\n"
            "    original(self, max_workers, *a, **k)\n"
            "process.ProcessPoolExecutor.__init__ = init\n"
            "from factcli.__main__ import main\n"
            "status = main(sys.argv[1:])\n"
            "print('POOLS', started, file=sys.stderr)\n"
            "sys.exit(status)\n"
        )
        for argv in (["check", "-", "--format", "jsonl"], ["scan", "-"]):
            result = subprocess.run(
                [sys.executable, "-c", counting, *argv, "--jobs", jobs],
                input=claims if argv[0] == "check" else claims.replace("\n", ". ") * 2,
                capture_output=True,
                text=True,
                env=env,
                timeout=600,
            )
            assert "Traceback" not in result.stderr
            assert result.returncode in (1, 3), result.stderr[-2000:]
            lines = result.stderr.splitlines()
            assert lines[0] == (
                f"factcli: warning: --jobs {jobs} is more than the "
                f"{batch.cpu_count()} CPU(s) available; using {batch.cpu_count()}"
            )
            pools = lines[-1]
            assert pools.startswith("POOLS")
            assert all(int(n) <= batch.cpu_count() for n in re.findall(r"\d+", pools))
