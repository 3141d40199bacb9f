"""The `check`, `scan` and `facts` commands: arguments in, library calls, rendering out.

The common `check` command lines never reach this module: fastpath.py reads them without
importing typer.
"""

# No `from __future__ import annotations` here: typer reads these signatures, and string
# annotations would make it evaluate every one of them on every run (~6 ms, measured).

from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from factcli.cli.app import (
    VERDICT_STATUSES,
    app,
    at_least,
    command_group,
    declared,
    examples,
    exit_statuses,
    fail,
    load_store_of,
    state_of,
    warn_user,
)
from factcli.cli.options import (
    CHECK_FILE,
    CHECK_FORMAT,
    CHECK_JOBS,
    CHECK_TOP,
    EXIT_ZERO,
    SCAN_JOBS,
    CheckFormat,
)
from factcli.cli.terminal import printable
from factcli.errors import ExitStatus

facts_app = command_group(
    "Browse, search and validate fact stores.",
    examples("factcli facts list --topic trade", "factcli facts show trade-2014"),
)
app.add_typer(facts_app, name="facts")


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


@facts_app.command(
    "list",
    epilog=examples(
        "factcli facts list --topic trade",
        "factcli facts list --format json | jq '.[].id'",
        before=exit_statuses("0 listed"),
    ),
)
def facts_list(
    ctx: typer.Context,
    topic: Annotated[
        str | None,
        typer.Option("--topic", "-t", metavar="TOPIC", help="Only facts with this topic tag."),
    ] = None,
    output: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ListFormat.table,
) -> None:
    """List the facts of the store."""
    from factcli.cli import render

    store = load_store_of(ctx)
    facts = [f for f in store.facts if topic is None or topic in f.topics]
    if topic is not None and not facts:
        fail(f"no facts with topic '{topic}' (topics: {', '.join(store.topics)})", ExitStatus.USAGE)
    render.fact_list(facts, output.value, state_of(ctx).terminal)


@facts_app.command(
    "show",
    epilog=examples(
        "factcli facts show east-route-gas-supply",
        "factcli facts show trade-2014 --format json",
        before=exit_statuses("0 shown"),
    ),
)
def facts_show(
    ctx: typer.Context,
    fact_id: Annotated[str, typer.Argument(metavar="ID", help="The id of a fact.")],
    output: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ShowFormat.text,
) -> None:
    """Show one fact with its slots and source.

    The statement, quote, attribution, modality, typed slots and source of the fact ID.
    """
    from factcli.cli import render
    from factcli.errors import UnknownFactError
    from factcli.search import nearest_ids

    store = load_store_of(ctx)
    fact = store.by_id.get(fact_id)
    if fact is None:
        raise UnknownFactError(fact_id, nearest_ids(store, fact_id))
    render.fact_detail(fact, output.value, state_of(ctx).terminal)


@facts_app.command(
    "search",
    epilog=examples(
        'factcli facts search "gas pipeline"',
        'factcli facts search "trade 2020" --format json',
        before=exit_statuses("0 found", "1 nothing found"),
    ),
)
def facts_search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(metavar="QUERY", help="Words to look for.")],
    limit: Annotated[
        int, typer.Option("--limit", "-n", metavar="N", callback=at_least(1), help="Most results.")
    ] = 10,
    output: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ShowFormat.text,
) -> None:
    """Find the facts nearest to QUERY.

    Facts are ranked by fuzzy similarity of their statements, quotes and aliases.
    """
    from factcli.cli import render
    from factcli.search import search_facts

    hits = search_facts(load_store_of(ctx), query, limit=limit)
    render.search_hits(hits, output.value, state_of(ctx).terminal)
    if not hits:
        raise typer.Exit(ExitStatus.FAILURE)


@facts_app.command(
    "validate",
    epilog=examples(
        "factcli facts validate",
        "factcli facts validate mystore.toml --source article.txt",
        before=exit_statuses("0 valid", "1 problems found"),
    ),
)
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
            metavar="FILE",
            help="The source document: every quote must appear in it verbatim.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """Check stores for problems.

    Each problem comes with its file, line, fact and field. Results go to stdout.
    """
    from factcli.store import load_store, read_store_problems
    from factcli.validate import credit_problems, quote_problems, read_source_text

    targets = tuple(paths or ()) or state_of(ctx).store_paths or None
    problems = read_store_problems(targets)
    if not problems:
        store = load_store(targets)
        problems = credit_problems(store)
        if source is not None:
            problems += quote_problems(store, read_source_text(source), str(source))
    for problem in problems:
        print(printable(str(problem), one_line=True))
    if problems:
        print(f"{len(problems)} problem(s) found")
        raise typer.Exit(ExitStatus.FAILURE)
    print("store is valid")


class DraftFormat(str, Enum):
    """Output formats of `facts draft`."""

    toml = "toml"
    jsonl = "jsonl"


@facts_app.command(
    "draft",
    epilog=examples(
        "factcli facts draft article.txt -o article.toml",
        "factcli facts draft - --format jsonl --date 2015-03-18 < article.txt",
        before=exit_statuses("0 drafted"),
    ),
)
def facts_draft(
    article: Annotated[
        str, typer.Argument(metavar="ARTICLE", help="A plain-text article; '-' for stdin.")
    ],
    output_file: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the store here instead of stdout.",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        DraftFormat, typer.Option("--format", "-f", help="Output format.")
    ] = DraftFormat.toml,
    title: Annotated[
        str | None,
        typer.Option("--title", metavar="TEXT", help="The source's title.", show_default=False),
    ] = None,
    publisher: Annotated[
        str | None,
        typer.Option(
            "--publisher", metavar="TEXT", help="The source's publisher.", show_default=False
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date", metavar="DATE", help="The publication date, YYYY-MM-DD.", show_default=False
        ),
    ] = None,
) -> None:
    """Draft a fact store from a plain-text article.

    One fact per factual clause, with typed slots, attribution, modality, keys and an alias
    table, in the documented store format: a draft for a curator to review.
    """
    import sys

    from factcli.draft import Overrides, draft_article
    from factcli.draft.writer import to_jsonl, to_toml
    from factcli.errors import InputError
    from factcli.inputs import read_text

    draft = draft_article(read_text(article, warn_user), Overrides(title, publisher, date))
    text = to_toml(draft) if output is DraftFormat.toml else to_jsonl(draft)
    if output_file is None or str(output_file) == "-":
        sys.stdout.write(text)
        return
    from factcli.atomic import replace_with

    try:
        with replace_with(output_file, private=False) as out:  # the old file stays whole
            out.write(text)
    except OSError as error:
        raise InputError(f"cannot write {output_file}: {error.strerror or error}") from None


def _against_option() -> Any:
    return typer.Option(
        "--against",
        metavar="ARTICLE",
        help="Check against a store drafted from this plain-text article (cached). "
        "Repeatable; combines with --store.",
        show_default=False,
    )


def _store_paths(ctx: typer.Context, against: list[str] | None) -> tuple[Path, ...]:
    """--store paths, then a drafted store for each --against article."""
    paths = state_of(ctx).store_paths
    if not against:
        return paths
    from factcli.draft.against import drafted_store
    from factcli.inputs import read_text

    return paths + tuple(drafted_store(read_text(article, warn_user)) for article in against)


@app.command(
    epilog=examples(
        'factcli check "Russia will deliver 48 bcm of gas to China each year"',
        "factcli check - --jobs 0 --format jsonl < claims.txt | jq -r .verdict",
        before=exit_statuses(*VERDICT_STATUSES),
    )
)
def check(
    ctx: typer.Context,
    claims: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[CLAIM]...",
            help="Claims to check; '-' reads one claim per line from stdin (also the default "
            "when stdin is not a terminal).",
            show_default=False,
        ),
    ] = None,
    file: Annotated[Path | None, declared(CHECK_FILE)] = CHECK_FILE.default,
    output: Annotated[CheckFormat, declared(CHECK_FORMAT)] = CHECK_FORMAT.default,
    top: Annotated[int, declared(CHECK_TOP)] = CHECK_TOP.default,
    exit_zero: Annotated[bool, declared(EXIT_ZERO)] = EXIT_ZERO.default,
    jobs: Annotated[int, declared(CHECK_JOBS)] = CHECK_JOBS.default,
    against: Annotated[list[str] | None, _against_option()] = None,
) -> None:
    """Check claims against the store.

    Each claim is supported, refuted or not enough info; each verdict comes with the
    evidence quote, its attribution and the reasons.
    """
    from factcli.cli.check_command import run_check

    state = state_of(ctx)
    paths = _store_paths(ctx, against)
    status = run_check(
        claims or (), file, output.value, top, exit_zero, paths, state.terminal, jobs
    )
    raise typer.Exit(status)


class ScanFormat(str, Enum):
    """Output formats of `scan`."""

    text = "text"
    jsonl = "jsonl"
    json = "json"
    github = "github"


@app.command(
    epilog=examples(
        "factcli scan draft.txt",
        "factcli scan draft.md --format github",
        before=exit_statuses(*VERDICT_STATUSES),
    )
)
def scan(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(metavar="FILE", help="The text to scan; '-' for stdin.")],
    filename: Annotated[
        str | None,
        typer.Option(
            "--filename",
            metavar="NAME",
            help="The file name to report (in github annotations too), e.g. for text on stdin.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        ScanFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ScanFormat.text,
    exit_zero: Annotated[bool, declared(EXIT_ZERO)] = EXIT_ZERO.default,
    jobs: Annotated[int, declared(SCAN_JOBS)] = SCAN_JOBS.default,
    against: Annotated[list[str] | None, _against_option()] = None,
) -> None:
    """Check every statement of a text, like a linter for facts.

    Sentences are split into clauses; each clause with a number, a date, a name or a close
    match in the store is checked. Offsets are 0-based character offsets, end exclusive;
    lines and columns are 1-based.
    """
    from factcli.batch import worker_count
    from factcli.checker import Checker, verdict_status
    from factcli.cli import render
    from factcli.inputs import read_text
    from factcli.scan import scan_text

    text = read_text(path, warn_user)
    paths = _store_paths(ctx, against) or None
    report = scan_text(text, Checker.from_paths(paths), worker_count(jobs), paths)
    render.scan_report(report, output.value, filename or path, state_of(ctx).terminal)
    if not exit_zero:
        raise typer.Exit(verdict_status(span.result.verdict for span in report.spans))
