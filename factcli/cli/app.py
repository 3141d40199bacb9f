"""The typer app and what every command shares: global options, state and error exits.

Errors the user can fix are FactcliError; the group's `invoke` hands them, Ctrl-C and
broken pipes to failures.py, which turns each into a one-line message and a documented exit
status (for the fast path of `check` too).
"""

# No `from __future__ import annotations` here: typer reads these signatures, and string
# annotations would make it evaluate every one of them on every run (~6 ms, measured).

import os
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NamedTuple, NoReturn

import typer
from typer.core import TyperGroup

from factcli import __version__
from factcli.cli.options import STORE, STORE_ENV, Option
from factcli.cli.terminal import Terminal
from factcli.errors import ExitStatus

# Each command's help ends with its own exit statuses; these two apply to every command.
USAGE_STATUS = "2 usage or input error"
INTERRUPTED_STATUS = "130 interrupted (Ctrl-C)"
VERDICT_STATUSES = (
    "0 all supported",
    "1 something refuted",
    "3 not enough info (nothing refuted)",
    "70 a --jobs worker died",
)


def exit_statuses(*statuses: str) -> str:
    """The help's line of a command's exit statuses, in numeric order."""
    every = sorted((*statuses, USAGE_STATUS, INTERRUPTED_STATUS), key=lambda s: int(s.split()[0]))
    return "Exit status: " + ", ".join(every) + "."


def examples(*lines: str, before: str = "") -> str:
    """An epilog that ends a command's help with its examples, kept unwrapped (click's \\b)."""
    block = "Examples:\n\n\b\n" + "\n".join(lines)
    return f"{before.strip()}\n\n{block}" if before else block


def at_least(minimum: int) -> Callable[[int | None], int | None]:
    """A callback that rejects numbers below `minimum` (click's ranges print "x>=1")."""

    def check(value: int | None) -> int | None:
        if value is not None and value < minimum:
            raise typer.BadParameter(f"{value} is less than {minimum}.")
        return value

    return check


def percentage(value: float | None) -> float | None:
    """A callback that accepts 0 to 100 (click's ranges print "0<=x<=100")."""
    if value is not None and not 0 <= value <= 100:
        raise typer.BadParameter(f"{value:g} is not a percentage from 0 to 100.")
    return value


class FactcliGroup(TyperGroup):
    """Hands every error to `failures`, the one place that turns them into statuses."""

    def invoke(self, ctx: Any) -> Any:
        from factcli.cli.failures import HANDLED, exit_status

        try:
            return super().invoke(ctx)
        except HANDLED as error:
            raise typer.Exit(exit_status(error)) from None

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Reject `--store ""` before click reads it as "." (every store file here)."""
        if any(not value.strip() for value in _store_values(args)):
            raise typer.BadParameter("an empty path names no store", param_hint="'--store'")
        return super().parse_args(ctx, args)


def _store_values(args: list[str]) -> list[str]:
    """The values of the global --store options, which come before the command's name."""
    values = []
    rest = iter(args)
    for token in rest:
        if token == "--store":
            values.append(next(rest, "x"))  # a missing value is click's error to report
        elif token.startswith("--store="):
            values.append(token[len("--store=") :])
        elif not token.startswith("-"):
            break
    return values


def fail(message: str, status: ExitStatus) -> NoReturn:
    from factcli.cli.failures import report

    report(message)
    raise typer.Exit(status) from None


def declared(option: Option, **extra: Any) -> Any:
    """The typer option that options.py declares (the fast path reads the same one)."""
    settings: dict[str, Any] = {"help": option.help, "metavar": option.metavar, **extra}
    if option.kind == "count":
        settings["callback"] = at_least(0)
    elif option.kind == "file":
        settings["dir_okay"] = False
    if option.default is None:
        settings["show_default"] = False
    return typer.Option(*option.flags, **settings)


def help_when_bare(ctx: typer.Context) -> None:
    """`factcli` or a group with no command prints its help and exits 0 (click's own
    no_args_is_help exits 2, as for a usage error)."""
    if ctx.invoked_subcommand is None and not ctx.resilient_parsing:
        print(ctx.get_help())
        raise typer.Exit(ExitStatus.SUCCESS)


def command_group(help_text: str, epilog: str) -> typer.Typer:
    """A group of commands (`facts`, `export`) whose bare name prints its help."""
    group = typer.Typer(
        help=help_text, epilog=epilog, invoke_without_command=True, rich_markup_mode=None
    )
    group.callback()(help_when_bare)
    return group


app = typer.Typer(
    cls=FactcliGroup,
    name="factcli",
    help="Check claims against a curated fact store, scan drafts, and quiz yourself.",
    epilog=examples(
        'factcli check "Xi Jinping visited Moscow from May 8 to 10"',
        "factcli facts list --topic energy",
        before="Run 'factcli COMMAND --help' for a command's options, exit statuses and examples.",
    ),
    invoke_without_command=True,  # bare `factcli` prints the help and exits 0
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class AppState(NamedTuple):
    """What the global options decided, handed to every command."""

    store_paths: tuple[Path, ...]
    terminal: Terminal


def _version_callback(value: bool) -> None:
    if value:
        print(f"factcli {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    store: Annotated[
        list[Path] | None,
        declared(STORE, envvar=STORE_ENV),
    ] = STORE.default,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version_callback,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Check claims against a curated fact store, scan drafts, and quiz yourself."""
    help_when_bare(ctx)
    from factcli.cli.failures import show_warning

    source = ctx.get_parameter_source("store")
    if source is not None and source.name == "ENVIRONMENT":
        listed = os.environ.get(STORE_ENV, "")
        if any(not part.strip() for part in listed.split(os.pathsep)):
            raise typer.BadParameter(
                f"an empty element in {listed!r}; "
                f"separate store paths with a single {os.pathsep!r}",
                param_hint=STORE_ENV,
            )
    ctx.obj = AppState(tuple(store or ()), Terminal.detect())
    warnings.showwarning = show_warning


def state_of(ctx: typer.Context) -> AppState:
    state = ctx.find_root().obj
    if isinstance(state, AppState):
        return state
    return AppState((), Terminal.detect())


def load_store_of(ctx: typer.Context) -> Any:
    from factcli.store import load_store

    return load_store(state_of(ctx).store_paths or None)


def note(message: str) -> None:
    """Something the user should know, on stderr: not a warning, nothing went wrong."""
    from factcli.cli.failures import report

    report(message)


def warn_user(message: str) -> None:
    from factcli.cli.failures import warn

    warn(message)
