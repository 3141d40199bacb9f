"""factcli's benchmark suite: start-up, batch throughput, scale, the quiz, scan and parsers.

    python benchmarks/run.py                      # everything (the 1M store takes a while once)
    python benchmarks/run.py --quick              # fewer runs, fewer claims, no 1M store
    python benchmarks/run.py --only startup,scale --runs 9

Every figure is a median over several runs (min and max shown) and a ratio against a
reference measured in the same invocation, interleaved with it so that machine noise
cancels: `python -c pass` for start-up, the naive rapidfuzz peer (naive_peer.py) for
throughput, the 10k-fact store for latency growth. Stores, claims and the factcli cache
live in --data (default benchmarks/data, ignored by git); nothing here runs in the tests.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pty
import select
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_claims  # noqa: E402
import make_realistic_claims  # noqa: E402
import make_store  # noqa: E402

PYTHON = sys.executable
FACTCLI = str(Path(PYTHON).with_name("factcli"))
CLAIM = "Xi Jinping visited Moscow from May 8 to 10"
BUNDLED = HERE.parent / "facts" / "xi-russia-2015.toml"
SCALES = (10_000, 100_000, 1_000_000)
GROUPS = ("startup", "throughput", "scale", "quiz", "scan", "parsers")
SCAN_BYTES = 1_000_000
REALISTIC_CLAIMS = 5_000
# One-megabyte lines for each parser: long runs of one token trigger a regular expression's
# backtracking, which the tests' work counts (tests/work.py) cannot see, as it runs in C.
PROSE = "Officials said Russia will deliver 48 bcm of gas a year from 2018 under the deal. "
PARSER_INPUTS = {
    ("factcli.numbers", "find_numbers"): ("thirty ", "one-", "1,", "9"),
    ("factcli.quantities", "find_quantities"): ("a", "may ", PROSE),
    ("factcli.dates", "find_dates"): ("May ", "8 May ", "2014 ", PROSE),
    ("factcli.ranks", "find_ranks"): ("first ", "9th-largest ", PROSE),
    ("factcli.normalize", "normalize_with_map"): ("x", "é–’ ", "China’s “gas” deal — $400 bn. "),
    ("factcli.gazetteer", "find_names"): ("United States and the European Union. ",),
}


@dataclass
class Row:
    """One line of the table: a measured figure, its reference, and the target."""

    group: str
    figure: str
    samples: list[float]
    unit: str
    ratio: float | None = None
    reference: str = ""
    target: str = ""
    ok: bool | None = None

    def cells(self) -> list[str]:
        """The row as table cells."""
        values = self.samples or [float("nan")]
        median = statistics.median(values)
        ratio = "" if self.ratio is None else f"{self.ratio:.2f}×"
        verdict = {None: "", True: "yes", False: "NO"}[self.ok]
        return [
            self.figure,
            f"{median:,.1f} {self.unit}",
            f"{min(values):,.1f}–{max(values):,.1f}",
            ratio,
            self.reference,
            self.target,
            verdict,
        ]


def environment(data: Path) -> dict[str, str]:
    """The children's environment: bytecode caching on (as installed), a private cache."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["FACTCLI_CACHE"] = str(data / "cache")
    env.pop("FACTCLI_STORE", None)
    env["COLUMNS"] = "100"
    return env


class Runner:
    """Runs commands and measures their wall time and peak memory."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.cpu_seconds = 0.0

    def run(self, argv: Sequence[str], stdin: Path | None = None) -> tuple[float, float]:
        """Wall seconds and peak RSS (MiB) of one run, output discarded."""
        source = stdin.open("rb") if stdin else subprocess.DEVNULL
        start = time.perf_counter()
        process = subprocess.Popen(
            argv, stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=self.env
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        self.cpu_seconds = usage.ru_utime + usage.ru_stime  # of this run: see cpu_timer
        process.returncode = os.waitstatus_to_exitcode(status)
        if isinstance(source, io.BufferedReader):
            source.close()
        return elapsed, usage.ru_maxrss / 1024

    def run_pty(self, argv: Sequence[str], until: bytes | None = None) -> float:
        """Wall seconds of a run on a pseudo-terminal; with `until`, until that output shows."""
        leader, follower = pty.openpty()
        start = time.perf_counter()
        process = subprocess.Popen(
            argv, stdin=follower, stdout=follower, stderr=follower, env=self.env
        )
        os.close(follower)
        seen = b""
        try:
            while True:
                ready, _, _ = select.select([leader], [], [], 30)
                if not ready:
                    break
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                seen += chunk
                if until is not None and until in seen:
                    elapsed = time.perf_counter() - start
                    process.send_signal(signal.SIGTERM)
                    process.wait()
                    return elapsed
            process.wait()
            if until is not None:
                raise RuntimeError(f"{argv[1]} never printed {until!r}: {seen[-300:]!r}")
            return time.perf_counter() - start
        finally:
            os.close(leader)

    def paired(
        self,
        measure: Callable[[], float],
        reference: Callable[[], float],
        runs: int,
        warm_up: bool = True,
    ) -> tuple[list[float], list[float]]:
        """`runs` alternating measurements of a command and of its reference, after a warm-up."""
        if warm_up:
            measure(), reference()
        samples, references = [], []
        for _ in range(runs):
            references.append(reference())
            samples.append(measure())
        return samples, references


def ms(values: list[float]) -> list[float]:
    """Seconds to milliseconds."""
    return [v * 1000 for v in values]


def bench_startup(runner: Runner, runs: int) -> list[Row]:
    """Cold start of three commands against `python -c pass`."""

    def python_pass() -> float:
        return runner.run([PYTHON, "-c", "pass"])[0]

    commands: list[tuple[str, Callable[[], float], float]] = [
        (
            "factcli --version",
            lambda: runner.run([FACTCLI, "--version"])[0],
            5.0,
        ),
        (
            "factcli check CLAIM --format jsonl",
            lambda: runner.run([FACTCLI, "check", CLAIM, "--format", "jsonl"])[0],
            7.0,
        ),
        (
            "factcli check CLAIM (terminal)",
            lambda: runner.run_pty([FACTCLI, "check", CLAIM]),
            10.0,
        ),
    ]
    rows = []
    for name, measure, target in commands:
        samples, references = runner.paired(measure, python_pass, runs)
        ratio = statistics.median(samples) / statistics.median(references)
        rows.append(
            Row(
                "startup",
                name,
                ms(samples),
                "ms",
                ratio,
                f"python -c pass {statistics.median(references) * 1000:.1f} ms",
                f"≤ {target:g}×",
                ratio <= target,
            )
        )
    return rows


def bench_quiz(runner: Runner, runs: int) -> list[Row]:
    """Time until the quiz's first question is on a terminal, against `python -c pass`."""
    probe = subprocess.run(
        [FACTCLI, "quiz", "--help"], capture_output=True, env=runner.env, check=False
    )
    if probe.returncode != 0:
        print("note: `factcli quiz` does not exist yet; quiz skipped", file=sys.stderr)
        return []
    try:
        samples, references = runner.paired(
            lambda: runner.run_pty([FACTCLI, "quiz", "--seed", "7"], until=b"Question 1 of"),
            lambda: runner.run([PYTHON, "-c", "pass"])[0],
            runs,
        )
    except RuntimeError as error:
        print(f"note: quiz skipped: {error}", file=sys.stderr)
        return []
    ratio = statistics.median(samples) / statistics.median(references)
    return [
        Row(
            "quiz",
            "factcli quiz: first question on screen",
            ms(samples),
            "ms",
            ratio,
            f"python -c pass {statistics.median(references) * 1000:.1f} ms",
            "≤ 10×",
            ratio <= 10,
        )
    ]


def scan_text_file(data: Path) -> Path:
    """A 1 MB draft: benchmark claims about the bundled store, six to a paragraph."""
    path = data / "scan-1mb.txt"
    if not path.exists():
        claims = claims_file(data, 20_000, BUNDLED).read_text(encoding="utf-8").splitlines()
        paragraphs, size, at = [], 0, 0
        while size < SCAN_BYTES:
            paragraph = " ".join(c if c.endswith(".") else c + "." for c in claims[at : at + 6])
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 2
            at = (at + 6) % max(len(claims) - 6, 1)
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def bench_scan(runner: Runner, data: Path, runs: int) -> list[Row]:
    """Seconds to scan a 1 MB draft (issue 18: at most 3 s), on every CPU (the default),
    and the CPU seconds of the same runs (all processes), steadier on a shared machine."""
    text = scan_text_file(data)
    argv = [FACTCLI, "scan", str(text), "--format", "jsonl"]
    samples, cpu = [], []
    for _ in range(runs):
        samples.append(runner.run(argv)[0])
        cpu.append(runner.cpu_seconds)
    median = statistics.median(samples)
    return [
        Row("scan", "factcli scan, 1 MB draft", samples, "s", None, "", "≤ 3 s", median <= 3),
        Row("scan", "same, CPU time (all processes)", cpu, "s", None, "", "(reported)"),
    ]


def bench_parsers(runs: int) -> list[Row]:
    """Seconds for each parser to read a 1 MB line, in this process (reported, no target)."""
    import importlib

    rows = []
    for (module, name), units in PARSER_INPUTS.items():
        parse = getattr(importlib.import_module(module), name)
        for unit in units:
            text = (unit * (SCAN_BYTES // len(unit) + 1))[:SCAN_BYTES]
            parse(text[:1000])  # tables loaded and patterns compiled outside the timing
            samples = []
            for run in range(runs):
                started = time.perf_counter()
                parse(text[: SCAN_BYTES - run])  # a new text each run: no cached result
                samples.append(time.perf_counter() - started)
            figure = f"{name}, 1 MB of {unit.strip()[:24]!r}"
            rows.append(Row("parsers", figure, samples, "s", None, "", "(reported)"))
    return rows


def claims_file(data: Path, count: int, store: Path) -> Path:
    """The benchmark claims for `store`, written once."""
    path = data / f"claims-{store.stem}-{count}.txt"
    if not path.exists():
        make_claims.write_claims(count, path, store)
    return path


def store_file(data: Path, count: int) -> Path:
    """A synthetic store of `count` facts, written once."""
    path = make_store.store_path(data, count)
    if not path.exists():
        print(f"writing {path} ...", file=sys.stderr)
        make_store.write_store(count, path)
    return path


def timer(
    runner: Runner, argv: list[str], stdin: Path, cpu: list[float] | None = None
) -> Callable[[], float]:
    """A measurement: the wall seconds of `argv` reading `stdin`; each run's CPU seconds
    (user and system) go to `cpu` if given: on a shared machine they vary less."""

    def measure() -> float:
        wall = runner.run(argv, stdin)[0]
        if cpu is not None:
            cpu.append(runner.cpu_seconds)
        return wall

    return measure


def distinct_claims(claims: Path) -> tuple[Path, int]:
    """The claims file without repeated lines (first occurrences, in order), and its size."""
    lines = list(dict.fromkeys(claims.read_text(encoding="utf-8").splitlines()))
    path = claims.with_name(f"{claims.stem}-distinct.txt")
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path, len(lines)


def realistic_claims_file(data: Path) -> Path:
    """Distinct realistic claims (labelled sets and other articles, perturbed), written once."""
    path = data / f"claims-realistic-{REALISTIC_CLAIMS}.txt"
    if not path.exists():
        make_realistic_claims.write_claims(REALISTIC_CLAIMS, path)
    return path


def bench_throughput(runner: Runner, data: Path, count: int, runs: int) -> list[Row]:
    """Claims per second of `factcli check -` against the naive peer, on two stores: with
    a process per CPU (`--jobs 0`, the target) and in a single process. Two more rows feed
    claims that never repeat (each checked, none remembered): the bundled store's claims
    without repeats, and distinct realistic claims (real sentences, one process: a target)."""
    rows = []
    bundled_claims = claims_file(data, count, BUNDLED)
    distinct, distinct_count = distinct_claims(bundled_claims)
    runs_of = (
        ("bundled store", BUNDLED, bundled_claims, count, (("0", True), ("1", False))),
        ("bundled store, distinct claims only", BUNDLED, distinct, distinct_count, (("1", False),)),
        (
            "bundled store, distinct realistic claims",
            BUNDLED,
            realistic_claims_file(data),
            REALISTIC_CLAIMS,
            (("1", True),),
        ),
        # The peer scans all 10,000 statements per claim (~50 claims/s): fewer claims here.
        (
            "10k store",
            store_file(data, 10_000),
            None,
            max(count // 20, 500),
            (("0", True), ("1", False)),
        ),
    )
    for label, store, given, number, settings in runs_of:
        claims = given or claims_file(data, number, store)
        factcli = [FACTCLI, "--store", str(store), "check", "-", "--format", "jsonl"]
        peer = [PYTHON, str(HERE / "naive_peer.py"), "--store", str(store)]
        runner.run([*factcli[:-3], "check", CLAIM])  # builds the cache once
        for jobs, target in settings:
            cpu: list[float] = []
            peer_cpu: list[float] = []
            samples, references = runner.paired(
                timer(runner, [*factcli, "--jobs", jobs], claims, cpu),
                timer(runner, peer, claims, peer_cpu),
                runs,
                warm_up=False,
            )
            rate = [number / s for s in samples]
            peer_rate = statistics.median(number / s for s in references)
            ratio = statistics.median(rate) / peer_rate
            processes = f"{os.cpu_count()} processes" if jobs == "0" else "1 process"
            rows.append(
                Row(
                    "throughput",
                    f"check - --format jsonl --jobs {jobs} ({processes}), {number:,} claims, "
                    f"{label}",
                    rate,
                    "claims/s",
                    ratio,
                    f"naive peer {peer_rate:,.0f} claims/s",
                    "≥ 1.0×" if target else "(reported)",
                    ratio >= 1.0 if target else None,
                )
            )
            if jobs == "1" and target:  # one process: CPU time is the steadier figure
                cpu_ratio = statistics.median(peer_cpu) / statistics.median(cpu)
                rows.append(
                    Row(
                        "throughput",
                        f"same, CPU time: {number:,} claims, {label}",
                        [number / s for s in cpu],
                        "claims/CPU-s",
                        cpu_ratio,
                        f"naive peer {number / statistics.median(peer_cpu):,.0f} claims/CPU-s",
                        "≥ 1.0×",
                        cpu_ratio >= 1.0,
                    )
                )
    return rows


LATENCY_SCRIPT = """
import resource, statistics, sys, time
from factcli.checker import Checker
# Each claim once: a repeated claim would be answered from the checker's memory.
claims = list(dict.fromkeys(open(sys.argv[2], encoding="utf-8").read().splitlines()))
checker = Checker.from_paths([sys.argv[1]])
for claim in claims[:20]:
    checker.check(claim)
times = []
for claim in claims[20:]:
    start = time.perf_counter()
    checker.check(claim)
    times.append(time.perf_counter() - start)
print(statistics.median(times), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def warm_latency(runner: Runner, store: Path, claims: Path) -> tuple[float, float]:
    """Median seconds per claim in a warm checker, and that process's peak RSS (MiB)."""
    out = subprocess.run(
        [PYTHON, "-c", LATENCY_SCRIPT, str(store), str(claims)],
        capture_output=True,
        text=True,
        env=runner.env,
        check=True,
    ).stdout.split()
    return float(out[0]), float(out[1])


def build_index(runner: Runner, store: Path) -> tuple[float, float] | None:
    """Build the store's cached index if it is missing: (seconds, peak RSS MiB), else None."""
    probe = [FACTCLI, "--store", str(store), "check", CLAIM, "--format", "jsonl"]
    first, memory = runner.run(probe)
    second, _ = runner.run(probe)
    return (first, memory) if first > 2 * second + 1 else None


def cold_timer(runner: Runner, store: Path, memory: list[float]) -> Callable[[], float]:
    """A measurement: one cold `check --store` of one claim, its peak RSS kept in `memory`."""

    def measure() -> float:
        seconds, rss = runner.run(
            [FACTCLI, "--store", str(store), "check", CLAIM, "--format", "jsonl"]
        )
        memory.append(rss)
        return seconds

    return measure


def bench_scale(runner: Runner, data: Path, sizes: Sequence[int], runs: int) -> list[Row]:
    """Cold start, warm latency and memory against store size."""
    rows: list[Row] = []
    base_latency = None
    for size in sizes:
        store = store_file(data, size)
        claims = claims_file(data, 1_000 if runs > 3 else 300, store)
        label = store.stem.removeprefix("store-")
        built = build_index(runner, store)
        if built is not None:
            rows.append(
                Row(
                    "scale",
                    f"{label}: one-time index build",
                    [built[0]],
                    "s",
                    target=f"reported (peak RSS {built[1]:,.0f} MiB)",
                )
            )
        memory: list[float] = []
        cold, references = runner.paired(
            cold_timer(runner, store, memory), lambda: runner.run([PYTHON, "-c", "pass"])[0], runs
        )
        warm = [warm_latency(runner, store, claims) for _ in range(3)]
        latencies, warm_memory = [w[0] for w in warm], [w[1] for w in warm]
        latency = statistics.median(latencies)
        base_latency = base_latency or latency
        growth = latency / base_latency
        big = size >= 1_000_000
        rows += [
            Row(
                "scale",
                f"{label}: cold check --store (index built)",
                ms(cold),
                "ms",
                statistics.median(cold) / statistics.median(references),
                "python -c pass",
                "≤ 2 s" if big else "",
                statistics.median(cold) <= 2.0 if big else None,
            ),
            Row(
                "scale",
                f"{label}: warm latency per claim (median)",
                ms(latencies),
                "ms",
                growth,
                f"10k store, ×{size // 10_000} facts",
                "≤ 20 ms, sub-linear" if big else "sub-linear",
                None
                if size == sizes[0]
                else (latency <= 0.020 or not big) and growth < size / 10_000,
            ),
            Row(
                "scale",
                f"{label}: peak RSS (cold check; warm checker)",
                [max(memory), max(warm_memory)],
                "MiB",
                target="≤ 1 GiB" if big else "",
                ok=max(*memory, *warm_memory) <= 1024 if big else None,
            ),
        ]
    return rows


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    header = ["figure", "median", "min–max", "ratio", "reference", "target", "met"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen groups and print the table (and --json rows)."""
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer runs and claims, no 1M")
    parser.add_argument("--only", help=f"comma-separated groups among {', '.join(GROUPS)}")
    parser.add_argument("--runs", type=int, help="runs per figure (default 9, quick 3)")
    parser.add_argument("--claims", type=int, help="throughput claims (default 100,000)")
    parser.add_argument("--data", type=Path, default=HERE / "data")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--fresh-cache", action="store_true", help="empty the cache first")
    args = parser.parse_args(argv)
    groups = args.only.split(",") if args.only else list(GROUPS)
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown groups: {', '.join(sorted(unknown))}")
    runs = args.runs or (3 if args.quick else 9)
    count = args.claims or (5_000 if args.quick else 100_000)
    args.data.mkdir(parents=True, exist_ok=True)
    if args.fresh_cache:
        shutil.rmtree(args.data / "cache", ignore_errors=True)
    runner = Runner(environment(args.data))
    rows: list[Row] = []
    if "startup" in groups:
        rows += bench_startup(runner, runs)
    if "quiz" in groups:
        rows += bench_quiz(runner, runs)
    if "throughput" in groups:
        rows += bench_throughput(runner, args.data, count, 1 if args.quick else 3)
    if "scale" in groups:
        sizes = SCALES[:2] if args.quick else SCALES
        rows += bench_scale(runner, args.data, sizes, runs)
    if "scan" in groups:
        rows += bench_scan(runner, args.data, 1 if args.quick else 3)
    if "parsers" in groups:
        rows += bench_parsers(runs)
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps([row.__dict__ for row in rows], indent=1), "utf-8")
    return 0 if all(row.ok is not False for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
