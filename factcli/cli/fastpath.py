"""`factcli check` without typer, for the invocations scripts make over and over.

Importing typer (with its click) and building the app's commands costs ~40 ms, more than
half of what a cold `factcli check --format jsonl` may take. This parser reads the common
shapes of the command line only:

    factcli [--store PATH]... check [CLAIM | -]... [--format F] [--top N] [--exit-zero]
            [--file PATH] [--jobs N] [--]

and hands everything else (help, completion, other commands, an unknown, misspelt or
invalid option) to the typer app, which stays the reference: the tests run both front
ends on the same command lines and compare output and exit status.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

STORE_ENV = "FACTCLI_STORE"
COMPLETION_ENV = "_FACTCLI_COMPLETE"  # set when a shell asks for completions: typer's job


class CheckCall(NamedTuple):
    """A `factcli check` command line, read."""

    store_paths: tuple[Path, ...]
    claims: tuple[str, ...]
    file: Path | None
    output: str
    top: int
    exit_zero: bool
    jobs: int = 1


def parse_check(args: Sequence[str], environ: Mapping[str, str]) -> CheckCall | None:
    """The check command line `args` stands for, or None when typer must read it."""
    from factcli.cli.check_command import CHECK_FORMATS

    if COMPLETION_ENV in environ:
        return None
    rest = list(args)
    stores: list[Path] = []
    while rest and rest[0].startswith("--store"):
        value = _option_value(rest, "--store")
        if value is None or not value:
            return None
        stores.append(Path(value))
    if not rest or rest.pop(0) != "check":
        return None
    claims: list[str] = []
    file: Path | None = None
    output, top, exit_zero, jobs = "text", 0, False, 1
    while rest:
        token = rest[0]
        if token == "--":
            claims.extend(rest[1:])
            break
        if token == "-" or not token.startswith("-"):
            claims.append(rest.pop(0))
        elif token == "--exit-zero":
            rest.pop(0)
            exit_zero = True
        elif token.startswith(("--format", "-f")):
            value = _option_value(rest, "--format", "-f")
            if value not in CHECK_FORMATS:
                return None
            output = value
        elif token.startswith("--top"):
            top_value = _count(_option_value(rest, "--top"))
            if top_value is None:
                return None
            top = top_value
        elif token.startswith(("--jobs", "-j")):
            jobs_value = _count(_option_value(rest, "--jobs", "-j"))
            if jobs_value is None:
                return None
            jobs = jobs_value
        elif token.startswith("--file"):
            value = _option_value(rest, "--file")
            if not value or os.path.isdir(value):
                return None
            file = Path(value)
        else:
            return None
    if not stores:
        listed = environ.get(STORE_ENV, "")
        parts = listed.split(os.pathsep) if listed else []
        if any(not part for part in parts):
            return None
        stores = [Path(part) for part in parts]
    return CheckCall(tuple(stores), tuple(claims), file, output, top, exit_zero, jobs)


def _count(value: str | None) -> int | None:
    """A whole number of zero or more written in ASCII digits, as click reads it; else None."""
    return int(value) if value is not None and value.isascii() and value.isdigit() else None


def _option_value(rest: list[str], *names: str) -> str | None:
    """Take an option and its value off the front of `rest`: "--name VALUE", "--name=VALUE"
    or "-fVALUE"; None when the token is another option or the value is missing."""
    token = rest.pop(0)
    for name in names:
        if token == name:
            return rest.pop(0) if rest else None
        if name.startswith("--") and token.startswith(name + "="):
            return token[len(name) + 1 :]
        if not name.startswith("--") and token.startswith(name) and len(token) > len(name):
            return token[len(name) :]
    return None


def run(args: Sequence[str]) -> int | None:
    """Run `factcli check` for `args` without typer; None when typer must handle them."""
    call = parse_check(args, os.environ)
    if call is None:
        return None
    from factcli.cli.check_command import run_check
    from factcli.cli.failures import HANDLED, exit_status, show_warning
    from factcli.cli.terminal import Terminal

    warnings.showwarning = show_warning
    try:
        return run_check(
            call.claims,
            call.file,
            call.output,
            call.top,
            call.exit_zero,
            call.store_paths,
            Terminal.detect(),
            call.jobs,
        )
    except HANDLED as error:
        return exit_status(error)
