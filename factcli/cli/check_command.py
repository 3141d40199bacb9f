"""The work of `factcli check`, shared by the typer command and the fast path.

Both front ends parse arguments their own way and call `run_check`, which reads the
claims, checks them, writes one format and returns the exit status.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factcli.cli.failures import warn
from factcli.cli.terminal import Terminal
from factcli.errors import InputError


def run_check(
    claims: Sequence[str],
    file: Path | None,
    output: str,
    top: int,
    exit_zero: bool,
    store_paths: Sequence[Path],
    terminal: Terminal,
    jobs: int = 1,
) -> int:
    """Check every claim (arguments, "-" for stdin, `file`), write them, give the status.
    `jobs` processes share a long input (0: one per CPU)."""
    from factcli.batch import check_all, worker_count
    from factcli.checker import Checker, verdict_status
    from factcli.inputs import claim_lines

    stdin = None if terminal.stdin_isatty and "-" not in claims else sys.stdin.buffer
    lines = claim_lines(claims, file, stdin, warn)
    paths = store_paths or None
    checker = Checker.from_paths(paths)
    verdicts = []
    with _Output(output, terminal, top) as out:
        for result in check_all(lines, checker, worker_count(jobs), paths):
            verdicts.append(result.verdict)
            out.write(result)
    if not verdicts:
        raise InputError("no claims to check")
    return 0 if exit_zero else verdict_status(verdicts)


class _Output:
    """Writes check results in one format: streamed where the format allows it."""

    def __init__(self, output: str, terminal: Terminal, top: int) -> None:
        self.output = output
        self.terminal = terminal
        self.top = top
        self.collected: list[Any] = []
        self.console: Any = None

    def __enter__(self) -> _Output:
        if self.output == "tsv":
            from factcli.cli.serialize import TSV_FIELDS

            print("\t".join(TSV_FIELDS), flush=True)
        elif self.output == "text":
            from factcli.cli.terminal import make_console

            self.console = make_console(self.terminal)
        return self

    def write(self, result: Any) -> None:
        from factcli.cli import render, serialize

        if self.output == "jsonl":
            render.write_json_line(serialize.check_result_dict(result))
        elif self.output == "json":
            self.collected.append(serialize.check_result_dict(result))
        elif self.output == "claimreview":
            import datetime

            today = datetime.date.today().isoformat()
            self.collected.append(serialize.claimreview_dict(result, today))
        elif self.output == "tsv":
            record = serialize.check_result_dict(result)
            print(serialize.tsv_line([record[f] for f in serialize.TSV_FIELDS]), flush=True)
        else:
            render.check_result(result, self.console, self.terminal, self.top)

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None and self.output in ("json", "claimreview"):
            from factcli.cli.render import write_json

            write_json(self.collected)
