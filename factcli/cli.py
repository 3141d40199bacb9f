"""The command line: parses arguments, calls the library, renders results. Nothing else.

Errors the user can fix are FactcliError; the group's `invoke` turns them, Ctrl-C and
broken pipes into a one-line message and a documented exit status, in one place.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from factcli import __version__
from factcli.errors import ExitStatus, FactcliError
from factcli.terminal import Terminal

EXIT_CODES_HELP = """
Exit status: 0 all supported / clean, 1 refuted / problems found, 2 usage or input error,
3 not enough info (none refuted), 130 interrupted.
"""


class FactcliGroup(TyperGroup):
    """The one place where errors become messages and exit statuses."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except FactcliError as error:
            _fail(str(error), error.exit_status)
        except KeyboardInterrupt:
            _fail("interrupted", ExitStatus.INTERRUPTED)
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(ExitStatus.BROKEN_PIPE) from None


def _fail(message: str, status: ExitStatus) -> NoReturn:
    print(f"factcli: {message}", file=sys.stderr)
    raise typer.Exit(status) from None


def _silence_stdout() -> None:
    """The Python docs' recipe for a closed pipe: point stdout at devnull, exit quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test runner's buffer)
        pass


app = typer.Typer(
    cls=FactcliGroup,
    name="factcli",
    help="Check claims against a curated fact store, scan drafts, and quiz yourself.",
    epilog="Run 'factcli COMMAND --help' for a command's options and examples.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
facts_app = typer.Typer(
    help="Browse, search and validate fact stores.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(facts_app, name="facts")


@dataclass(frozen=True)
class AppState:
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
        typer.Option(
            "--store",
            envvar="FACTCLI_STORE",
            help="A store file or directory to use instead of the bundled store. Repeatable; "
            "FACTCLI_STORE may list several, separated by os.pathsep.",
            show_default=False,
        ),
    ] = None,
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
    """Check claims against a curated fact store, scan drafts, and quiz yourself.

    Examples:

      factcli check "Xi Jinping visited Moscow from May 8 to 10"

      factcli facts list --topic energy
    """
    ctx.obj = AppState(tuple(store or ()), Terminal.detect())


def _state(ctx: typer.Context) -> AppState:
    state = ctx.find_root().obj
    if isinstance(state, AppState):
        return state
    return AppState((), Terminal.detect())


def _load(ctx: typer.Context) -> Any:
    from factcli.store import load_store

    return load_store(_state(ctx).store_paths or None)


class ListFormat(str, Enum):
    """Output formats of `facts list`."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ShowFormat(str, Enum):
    """Output formats of `facts show` and `facts search`."""

    text = "text"
    json = "json"


@facts_app.command("list")
def facts_list(
    ctx: typer.Context,
    topic: Annotated[
        str | None, typer.Option("--topic", "-t", help="Only facts with this topic tag.")
    ] = None,
    output: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ListFormat.table,
) -> None:
    """List the facts of the store.

    Examples:

      factcli facts list --topic trade

      factcli facts list --format json | jq '.[].id'
    """
    from factcli import render

    store = _load(ctx)
    facts = [f for f in store.facts if topic is None or topic in f.topics]
    if topic is not None and not facts:
        _fail(f"no facts with topic '{topic}' (topics: {', '.join(store.topics)})", ExitStatus.USAGE)
    render.fact_list(facts, output.value, _state(ctx).terminal)


@facts_app.command("show")
def facts_show(
    ctx: typer.Context,
    fact_id: Annotated[str, typer.Argument(metavar="ID", help="The id of a fact.")],
    output: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ShowFormat.text,
) -> None:
    """Show one fact: statement, quote, attribution, modality, slots and source.

    Examples:

      factcli facts show gas-supply-volume

      factcli facts show trade-2014 --format json
    """
    from factcli import render
    from factcli.errors import UnknownFactError
    from factcli.search import nearest_ids

    store = _load(ctx)
    fact = store.by_id.get(fact_id)
    if fact is None:
        raise UnknownFactError(fact_id, nearest_ids(store, fact_id))
    render.fact_detail(fact, output.value, _state(ctx).terminal)


@facts_app.command("search")
def facts_search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Words to look for.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most results.")] = 10,
    output: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ShowFormat.text,
) -> None:
    """Rank facts by fuzzy similarity to QUERY (statements, quotes and aliases).

    Examples:

      factcli facts search "gas pipeline"

      factcli facts search "trade 2020" --format json
    """
    from factcli import render
    from factcli.search import search_facts

    hits = search_facts(_load(ctx), query, limit=limit)
    render.search_hits(hits, output.value, _state(ctx).terminal)
    if not hits:
        raise typer.Exit(ExitStatus.FAILURE)


@facts_app.command("validate")
def facts_validate(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[PATH]...",
            help="Store files or directories (default: --store, or the bundled store).",
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        Path | None,
        typer.Option(
            "--source",
            help="The source document: every quote must appear in it verbatim.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """Check stores for every problem, each with its file, line, fact and field.

    Exit status 0 when clean, 1 when problems are found.

    Examples:

      factcli facts validate

      factcli facts validate mystore.toml --source article.txt
    """
    from factcli.store import load_store, read_store_problems
    from factcli.validate import quote_problems, read_source_text

    targets = tuple(paths or ()) or _state(ctx).store_paths or None
    problems = read_store_problems(targets)
    if source is not None and not problems:
        problems = quote_problems(load_store(targets), read_source_text(source), str(source))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        raise typer.Exit(ExitStatus.FAILURE)
    print("store is valid", file=sys.stderr)
