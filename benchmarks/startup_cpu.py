"""Start-up as CPU time: `factcli check CLAIM --format jsonl` against `python -c pass`.

    python benchmarks/startup_cpu.py                    # 15 alternating runs of each
    python benchmarks/startup_cpu.py --runs 21 --tree ../main --tree .

On a shared machine wall time (run.py's start-up group) swings with the other processes;
the CPU time a process uses (user + sys, from wait4) swings much less. Each `--tree` is a
factcli checkout run through this interpreter's console script with PYTHONPATH set to it
(default: the installed factcli), with bytecode caching on and a private, warm cache.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PYTHON = sys.executable
FACTCLI = str(Path(PYTHON).with_name("factcli"))
CLAIM = "Xi Jinping visited Moscow from May 8 to 10"


def cpu_ms(argv: list[str], env: dict[str, str]) -> float:
    """User plus system CPU milliseconds of one run, output discarded."""
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, usage = os.wait4(process.pid, 0)
    return (usage.ru_utime + usage.ru_stime) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--tree", action="append", default=[], help="a factcli checkout")
    args = parser.parse_args()
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base.pop("FACTCLI_STORE", None)
    with tempfile.TemporaryDirectory() as scratch:
        envs = {}
        for number, tree in enumerate(args.tree or ["(installed)"]):
            env = {**base, "FACTCLI_CACHE": os.path.join(scratch, str(number))}
            if args.tree:
                env["PYTHONPATH"] = str(Path(tree).resolve())
            envs[tree] = env
        check = [FACTCLI, "check", CLAIM, "--format", "jsonl"]
        for env in envs.values():  # bytecode and cache written, then warm
            cpu_ms(check, env), cpu_ms(check, env)
        reference: list[float] = []
        samples: dict[str, list[float]] = {tree: [] for tree in envs}
        for _ in range(args.runs):
            reference.append(cpu_ms([PYTHON, "-c", "pass"], base))
            for tree, env in envs.items():
                samples[tree].append(cpu_ms(check, env))
    empty = statistics.median(reference)
    print(f"python -c pass: {empty:.1f} ms CPU (median of {args.runs})")
    for tree, values in samples.items():
        median = statistics.median(values)
        print(f"check --format jsonl, {tree}: {median:.1f} ms CPU = {median / empty:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
