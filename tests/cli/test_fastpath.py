"""The fast path of `factcli check`: what it reads, what it hands to typer, and that both
front ends print and exit alike on the same command lines."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from factcli import __main__
from factcli.cli import fastpath
from factcli.cli.fastpath import CheckCall, parse_check
from factcli.cli.main import app
from factcli.cli.options import CHECK_OPTIONS, STORE

SUPPORTED = "Xi Jinping visited Moscow from May 8 to 10"
REFUTED = "Russia will supply China with 48 bcm of gas a year"
UNRELATED = "The Eiffel Tower is in Paris"


def test_the_typer_app_declares_the_options_the_fast_path_reads() -> None:
    import typer.main

    command = typer.main.get_command(app)
    params = {param.name: param for param in command.params}
    assert tuple(params["store"].opts) == STORE.flags
    check = command.commands["check"]  # type: ignore[attr-defined]
    declared = {p.name: p for p in check.params if p.name in CHECK_OPTIONS}
    assert set(declared) == set(CHECK_OPTIONS)
    for name, option in CHECK_OPTIONS.items():
        param = declared[name]
        assert (*param.opts, *param.secondary_opts) == option.flags
        assert param.default == option.default
        if option.kind == "choice":
            assert tuple(param.type.choices) == option.choices()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["check", "a claim"], CheckCall((), ("a claim",), None, "text", 0, False)),
        (
            ["--store", "a.toml", "--store=b.jsonl", "check", "-", "x", "--format=jsonl"],
            CheckCall((Path("a.toml"), Path("b.jsonl")), ("-", "x"), None, "jsonl", 0, False),
        ),
        (
            ["check", "-fjson", "--top", "3", "--exit-zero", "x", "--file", "c.txt"],
            CheckCall((), ("x",), Path("c.txt"), "json", 3, True),
        ),
        (
            ["check", "-f", "tsv", "--", "-5% growth", "--top"],
            CheckCall((), ("-5% growth", "--top"), None, "tsv", 0, False),
        ),
        (["check"], CheckCall((), (), None, "text", 0, False)),
        (["check", "-", "--jobs", "0"], CheckCall((), ("-",), None, "text", 0, False, 0)),
        (["check", "-j2", "x", "--jobs=3"], CheckCall((), ("x",), None, "text", 0, False, 3)),
    ],
)
def test_common_command_lines_are_read(args: list[str], expected: CheckCall) -> None:
    assert parse_check(args, {}) == expected


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--help"],
        ["--version", "check", "x"],
        ["check", "--help"],
        ["check", "-h"],
        ["chek", "x"],
        ["facts", "list"],
        ["check", "x", "--formt", "jsonl"],
        ["check", "x", "--format", "yaml"],
        ["check", "x", "--format"],
        ["check", "x", "-f=jsonl"],
        ["check", "x", "--top", "-1"],
        ["check", "x", "--top", "two"],
        ["check", "x", "--top5"],
        ["check", "x", "--jobs", "-1"],
        ["check", "x", "-j"],
        ["check", "x", "--store", "a.toml"],
        ["--store", "check", "x"],
        ["--store=", "check", "x"],
        ["--storex", "a", "check", "x"],
        ["check", "--file", "."],
        ["check", "-5% growth"],
    ],
)
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert parse_check(args, {}) is None


def test_shell_completion_is_left_to_typer() -> None:
    assert parse_check(["check", "x"], {"_FACTCLI_COMPLETE": "complete_bash"}) is None


def test_the_store_environment_variable_lists_stores_unless_store_is_given() -> None:
    environ = {"FACTCLI_STORE": os.pathsep.join(["a.toml", "b.toml"])}
    assert parse_check(["check", "x"], environ) == CheckCall(
        (Path("a.toml"), Path("b.toml")), ("x",), None, "text", 0, False
    )
    given = parse_check(["--store", "c.toml", "check", "x"], environ)
    assert given is not None
    assert given.store_paths == (Path("c.toml"),)
    assert parse_check(["check", "x"], {"FACTCLI_STORE": "a.toml" + os.pathsep}) is None


def _outcome(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fast: bool
) -> tuple[int, str, str]:
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(fastpath, "run", lambda args: None)
        status = __main__.main(args)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def claims_file(tmp_path: Path) -> Path:
    path = tmp_path / "claims.txt"
    path.write_text(f"{SUPPORTED}\n\n{REFUTED}\n{UNRELATED}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["check", SUPPORTED, "--format", "jsonl"],
        ["check", "--format=json", SUPPORTED, REFUTED],
        ["check", "-fjsonl", UNRELATED],
        ["check", SUPPORTED],
        ["check", REFUTED, "--top", "2"],
        ["check", SUPPORTED, REFUTED, "--jobs", "2", "-f", "jsonl"],
        ["check", "--exit-zero", REFUTED, "-f", "tsv"],
        ["check", "--format", "claimreview", SUPPORTED],
        ["check", "--file", "{claims}", "--format", "jsonl"],
        ["check", "--", "-5% growth of [bold]trade[/] in 2014"],
        [
            "--store",
            "{mini}",
            "check",
            "Atlantis exports 13 million tonnes of fish to Lemuria a year.",
        ],
        ["--store={mini}", "check", "The summit takes place on March 4, 2020.", "-f", "json"],
        ["check", "--file", "{missing}"],
        ["check", SUPPORTED, " "],
        ["--store", "{missing}", "check", SUPPORTED],
    ],
)
def test_both_front_ends_print_and_exit_alike(
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    claims_file: Path,
    mini_store_path: Path,
    tmp_path: Path,
) -> None:
    places = {"claims": claims_file, "mini": mini_store_path, "missing": tmp_path / "missing.toml"}
    args = [arg.format(**places) for arg in args]
    assert parse_check(args, os.environ) is not None
    fast = _outcome(args, capsys, monkeypatch, fast=True)
    assert fast == _outcome(args, capsys, monkeypatch, fast=False)
    assert fast[1] or fast[2]  # each case prints something to compare


def test_the_store_variable_is_read_alike(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, mini_store_path: Path
) -> None:
    monkeypatch.setenv("FACTCLI_STORE", str(mini_store_path))
    args = ["check", "Atlantis exports 12 million tonnes of fish to Lemuria a year.", "-f", "jsonl"]
    fast = _outcome(args, capsys, monkeypatch, fast=True)
    assert fast == _outcome(args, capsys, monkeypatch, fast=False)
    assert '"fact_id": "fish-exports"' in fast[1]


def _die(*_: object) -> None:
    os._exit(9)  # as a worker killed by the OS would end


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="workers see the test's patches only when forked",
)
@pytest.mark.parametrize("fast", [True, False], ids=["fast-path", "typer"])
def test_a_dead_worker_is_one_line_and_status_70(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    from factcli import batch

    monkeypatch.setattr(batch, "CHUNK", 2)
    monkeypatch.setattr(batch, "_check_chunk", _die)
    args = ["check", SUPPORTED, REFUTED, UNRELATED, SUPPORTED, "--jobs", "2", "-f", "jsonl"]
    status, out, err = _outcome(args, capsys, monkeypatch, fast=fast)
    assert (status, out) == (70, "")  # the first chunk's worker died: nothing to print
    assert err.startswith("factcli: a worker process stopped unexpectedly")
    assert len(err.strip().splitlines()) == 1
