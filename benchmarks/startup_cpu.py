"""Start-up as CPU time: `factcli check CLAIM --format jsonl` against `python -c pass`.

    python benchmarks/startup_cpu.py                    # 15 alternating runs of each
    python benchmarks/startup_cpu.py --runs 21 --tree ../main --tree .
    python benchmarks/startup_cpu.py --runs 21 --repeat 5   # five such figures, and their range

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
    parser.add_argument("--repeat", type=int, default=1, help="measure this many times")
    args = parser.parse_args()
    ratios: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        for tree, ratio in measure(args.runs, args.tree).items():
            ratios.setdefault(tree, []).append(ratio)
    if args.repeat > 1:
        for tree, values in ratios.items():
            low, high, middle = min(values), max(values), statistics.median(values)
            spread = f"{low:.2f}x to {high:.2f}x, median {middle:.2f}x"
            print(f"{tree}: {spread} ({len(values)} figures)")
    return 0


def measure(runs: int, trees: list[str]) -> dict[str, float]:
    """One figure per tree: the median CPU time of `runs` checks over that of `runs` empty
    interpreters, alternating; printed with the load average at the start."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base.pop("FACTCLI_STORE", None)
    with tempfile.TemporaryDirectory() as scratch:
        envs = {}
        for number, tree in enumerate(trees or ["(installed)"]):
            env = {**base, "FACTCLI_CACHE": os.path.join(scratch, str(number))}
            if trees:
                env["PYTHONPATH"] = str(Path(tree).resolve())
            envs[tree] = env
        check = [FACTCLI, "check", CLAIM, "--format", "jsonl"]
        for env in envs.values():  # bytecode and cache written, then warm
            cpu_ms(check, env), cpu_ms(check, env)
        reference: list[float] = []
        samples: dict[str, list[float]] = {tree: [] for tree in envs}
        for _ in range(runs):
            reference.append(cpu_ms([PYTHON, "-c", "pass"], base))
            for tree, env in envs.items():
                samples[tree].append(cpu_ms(check, env))
    empty = statistics.median(reference)
    print(f"python -c pass: {empty:.1f} ms CPU (median of {runs}; load average {load:.2f})")
    ratios = {}
    for tree, values in samples.items():
        median = statistics.median(values)
        ratios[tree] = median / empty
        print(f"check --format jsonl, {tree}: {median:.1f} ms CPU = {ratios[tree]:.2f}x")
    return ratios


if __name__ == "__main__":
    sys.exit(main())
