"""`factcli check` without typer, for the invocations scripts make over and over.

Importing typer (with its click) and building the app's commands costs ~40 ms, a third of
what a cold `factcli check --format jsonl` takes. This reader takes the common shapes of
the command line only,

    factcli [--store PATH]... check [CLAIM | -]... [OPTION]... [--]

with the options declared in options.py (the typer app builds its parameters from the same
declarations), and hands everything else (help, completion, other commands, an unknown,
misspelt or invalid option) to the typer app, which stays the reference: the tests run
both front ends on the same command lines and compare output and exit status.
"""

import os
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from factcli.cli.options import CHECK_OPTIONS, STORE, STORE_ENV, Option

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


_MISSING = object()  # what `_value` gives for a value typer must judge


def parse_check(args: Sequence[str], environ: Mapping[str, str]) -> CheckCall | None:
    """The check command line `args` stands for, or None when typer must read it."""
    if COMPLETION_ENV in environ:
        return None
    rest = list(args)
    stores: list[Path] = []
    while rest and _names(STORE, rest[0]):
        store = _value(STORE, rest)
        if store is _MISSING or not str(store).strip():  # typer rejects a blank path
            return None
        stores.append(store)
    if not rest or rest.pop(0) != "check":
        return None
    claims: list[str] = []
    values: dict[str, Any] = {n: o.plain_default for n, o in CHECK_OPTIONS.items()}
    while rest:
        token = rest[0]
        if token == "--":
            claims.extend(rest[1:])
            break
        if token == "-" or not token.startswith("-"):
            claims.append(rest.pop(0))
            continue
        named = [name for name, option in CHECK_OPTIONS.items() if _names(option, token)]
        if not named:
            return None
        value = _value(CHECK_OPTIONS[named[0]], rest)
        if value is _MISSING:
            return None
        values[named[0]] = value
    if not stores:
        listed = environ.get(STORE_ENV, "")
        parts = listed.split(os.pathsep) if listed else []
        if any(not part.strip() for part in parts):  # typer rejects an empty element
            return None
        stores = [Path(part) for part in parts]
    return CheckCall(tuple(stores), tuple(claims), **values)


def _names(option: Option, token: str) -> bool:
    """Whether `token` names `option`: "--name", "--name=VALUE" or, short, "-xVALUE"."""
    return any(
        token == flag
        or (flag.startswith("--") and token.startswith(flag + "="))
        or (not flag.startswith("--") and token.startswith(flag))
        for flag in option.flags
    )


def _value(option: Option, rest: list[str]) -> Any:
    """Take `option` and its value off the front of `rest`, converted as click would; the
    _MISSING marker when the value is missing or invalid (typer then says why)."""
    token = rest.pop(0)
    if option.kind == "flag":
        return True if token in option.flags else _MISSING
    text: str | None = None
    for flag in option.flags:
        if token == flag:
            text = rest.pop(0) if rest else None
        elif flag.startswith("--") and token.startswith(flag + "="):
            text = token[len(flag) + 1 :]
        elif not flag.startswith("--") and token.startswith(flag) and len(token) > len(flag):
            text = token[len(flag) :]
        if text is not None:
            break
    if not text:
        return _MISSING
    if option.kind == "count":  # a whole number of zero or more in ASCII digits
        return int(text) if text.isascii() and text.isdigit() else _MISSING
    if option.kind == "choice":
        return text if text in option.choices() else _MISSING
    if option.kind == "file" and os.path.isdir(text):
        return _MISSING
    return Path(text)


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
