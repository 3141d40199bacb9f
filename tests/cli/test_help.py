"""Help texts: whole summaries, one metavariable style, no jargon, each command's own exit
statuses, and a bare `factcli` that prints the help."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import typer.main
from typer.testing import CliRunner

from factcli.cli.main import app

WIDTH = 80  # a terminal's usual width, and what click assumes off one


def commands() -> Iterator[tuple[tuple[str, ...], object]]:
    """Every command and group of the app, with the words that invoke it."""

    def walk(path: tuple[str, ...], command: object) -> Iterator[tuple[tuple[str, ...], object]]:
        yield path, command
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk((*path, name), sub)

    yield from walk((), typer.main.get_command(app))


LEAVES = [path for path, command in commands() if path and not hasattr(command, "commands")]


def helps() -> Iterator[tuple[tuple[str, ...], str]]:
    runner = CliRunner()
    for path, _ in commands():
        result = runner.invoke(app, [*path, "--help"], terminal_width=WIDTH)
        assert result.exit_code == 0
        yield path, result.stdout


def test_every_summary_shows_whole_in_its_group_listing() -> None:
    for _, group in commands():
        listed = getattr(group, "commands", {})
        if not listed:
            continue
        limit = WIDTH - 6 - max(len(name) for name in listed)  # click's own arithmetic
        for name, command in listed.items():
            summary = command.get_short_help_str(limit=limit)
            assert not summary.endswith("..."), f"{name}: {summary}"


def test_metavariables_are_upper_case_words_or_lists_of_choices() -> None:
    for path, command in commands():
        ctx = typer.main.get_command(app).make_context("factcli", [], resilient_parsing=True)
        for param in getattr(command, "params", []):
            if getattr(param, "is_flag", False) or param.name == "help":
                continue
            metavar = param.make_metavar(ctx)
            plain = re.fullmatch(r"\[?[A-Z]+\]?(\.\.\.)?", metavar)
            choices = re.fullmatch(r"<[a-z]+(\|[a-z]+)+>", metavar)
            assert plain or choices, f"{' '.join(path)} {param.name}: {metavar}"


@pytest.mark.parametrize("jargon", ["os.pathsep", "<int", "<float", "<str>", "x>=", "<=x"])
def test_no_jargon_in_any_help(jargon: str) -> None:
    for path, text in helps():
        assert jargon not in text, f"factcli {' '.join(path)} --help says {jargon}"


def test_each_command_gives_its_own_exit_statuses() -> None:
    texts = dict(helps())
    for path in LEAVES:
        text = " ".join(texts[path].split())
        assert "Exit status: " in text, path
        assert ("problems found" in text) == (path == ("facts", "validate")), path
        assert ("refuted" in text) == (path in {("check",), ("scan",)}), path
    assert "1 nothing found" in " ".join(texts[("facts", "search")].split())
    assert "1 below --pass-mark" in " ".join(texts[("quiz",)].split())


def test_quiz_help_says_how_to_quit() -> None:
    text = " ".join(dict(helps())[("quiz",)].split())
    assert "Type q, quit or :q at a prompt to end the quiz" in text


def test_scan_jobs_explains_its_default() -> None:
    texts = {path: " ".join(text.split()) for path, text in helps()}
    assert "Every CPU by default, unlike check" in texts[("scan",)]
    assert "1 by default" in texts[("check",)]


@pytest.mark.parametrize(
    ("args", "lists"), [([], "check"), (["facts"], "validate"), (["export"], "anki")]
)
def test_bare_factcli_or_group_prints_the_help_and_exits_0(
    runner: CliRunner, args: list[str], lists: str
) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: factcli {' '.join([*args, ''])}[OPTIONS] COMMAND")
    assert f"  {lists} " in result.stdout


def test_numbers_below_their_minimum_are_usage_errors(runner: CliRunner) -> None:
    for args in (
        ["check", "x", "--top", "-1"],
        ["quiz", "--count", "0"],
        ["quiz", "--pass-mark", "101"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, args
        assert "Invalid value" in result.stderr, args
