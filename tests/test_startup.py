"""Start-up hygiene, in fresh interpreters: each command imports only what it needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PROBE = """
import io, json, sys
from factcli.__main__ import main
stdout, sys.stdout = sys.stdout, io.StringIO()
try:
    status = main(json.loads(sys.argv[1]))
finally:
    output, sys.stdout = sys.stdout.getvalue(), stdout
print(json.dumps({"status": status, "output": output, "modules": sorted(sys.modules)}))
"""
NEVER_ON_CHECK = (
    "factcli.quiz",
    "sqlite3",
    "_sqlite3",
    "fsrs",
    "jsonschema",
    "typer",
    "factcli.cli.app",
)
CLAIM = "Xi Jinping visited Moscow from May 8 to 10"
# Imported for a terminal (Rich needs them), never for `--format jsonl`: dataclasses
# imports inspect, ast, dis and tokenize, ~9 ms that no check needs.
NEVER_ON_JSONL = ("rich", "dataclasses", "inspect")
# A store served from the cache is read by none of the store's readers.
READERS = ("factcli.store.jsonl", "factcli.store.records", "factcli.store.tomlfile", "tomllib")
# A check compiles the patterns it uses, when it first uses them: 39 of factcli's 170 for
# this claim, its candidate facts' statements parsed in the cache. A pattern compiled at
# import, or a stage that runs for every text where a cheap test would do, shows here first
# (each pattern costs up to 1.5 ms to compile).
MAX_PATTERNS_ON_CHECK = 45
# At import, only tables built with a pattern that every check uses anyway (the first
# words of the negation cues, found with polar's word pattern).
MAX_PATTERNS_AT_IMPORT = 1
COUNTING_PROBE = """
import inspect, io, json, re, sys
counts = {"import": 0, "check": 0}
phase = "import"
compile = re.compile
def counting(pattern, flags=0):
    if inspect.currentframe().f_back.f_globals.get("__name__", "").startswith("factcli"):
        counts[phase] += 1
    return compile(pattern, flags)
re.compile = counting
from factcli.__main__ import main
import factcli.batch, factcli.cache, factcli.checker, factcli.cli.check_command, factcli.store
phase = "check"
stdout, sys.stdout = sys.stdout, io.StringIO()
try:
    status = main(json.loads(sys.argv[1]))
finally:
    output, sys.stdout = sys.stdout.getvalue(), stdout
print(json.dumps({"status": status, "output": output, **counts}))
"""
# typing.NamedTuple compiles each field's annotation when it is a string (~0.1 ms each: 250
# on check's path under `from __future__ import annotations`, and the first compile() of a
# process sets up Python's AST types, ~2 ms). The modules that define NamedTuples on check's
# path evaluate their annotations instead.
MAX_STRING_FIELDS_ON_CHECK = 0
FORWARD_REF_PROBE = """
import io, json, sys, typing
made = []
init = typing.ForwardRef.__init__
def counting(self, arg, *args, **kwargs):
    made.append(arg)
    init(self, arg, *args, **kwargs)
typing.ForwardRef.__init__ = counting
from factcli.__main__ import main
stdout, sys.stdout = sys.stdout, io.StringIO()
try:
    status = main(json.loads(sys.argv[1]))
finally:
    output, sys.stdout = sys.stdout.getvalue(), stdout
print(json.dumps({"status": status, "output": output, "strings": made}))
"""


def probe(script: str, args: list[str], cache: Path) -> dict[str, Any]:
    """Run a probe script on factcli's main(args) in a fresh interpreter: its JSON report."""
    env = {**os.environ, "FACTCLI_CACHE": str(cache)}
    env.pop("FACTCLI_STORE", None)
    done = subprocess.run(
        [sys.executable, "-c", script, json.dumps(args)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    report: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return report


def imported(args: list[str], cache: Path) -> tuple[int, str, list[str]]:
    """Run factcli's main(args) in a fresh interpreter: its status, output and modules."""
    result = probe(PROBE, args, cache)
    return result["status"], result["output"], result["modules"]


def loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    """The modules of `modules` that are, or live inside, one of `names`."""
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


@pytest.mark.parametrize("warm", [False, True], ids=["cold-cache", "warm-cache"])
def test_check_jsonl_imports_no_quiz_sqlite_schema_or_rich(tmp_path: Path, warm: bool) -> None:
    if warm:
        imported(["check", CLAIM, "--format", "jsonl"], tmp_path)
    status, output, modules = imported(["check", CLAIM, "--format", "jsonl"], tmp_path)
    assert status == 0
    assert json.loads(output)["verdict"] == "supported"
    assert loaded(modules, (*NEVER_ON_CHECK, *NEVER_ON_JSONL)) == []
    assert (loaded(modules, READERS) == []) is warm


def test_check_compiles_the_patterns_it_uses_and_next_to_none_at_import(tmp_path: Path) -> None:
    args = ["check", CLAIM, "--format", "jsonl"]
    imported(args, tmp_path)  # the store, its index and the cache written
    result = probe(COUNTING_PROBE, args, tmp_path)
    assert result["status"] == 0
    assert json.loads(result["output"])["verdict"] == "supported"
    assert result["import"] <= MAX_PATTERNS_AT_IMPORT
    assert 0 < result["import"] + result["check"] <= MAX_PATTERNS_ON_CHECK


def test_check_compiles_no_string_annotation(tmp_path: Path) -> None:
    args = ["check", CLAIM, "--format", "jsonl"]
    imported(args, tmp_path)  # the cache written: reading TOML would count tomllib's own
    result = probe(FORWARD_REF_PROBE, args, tmp_path)
    assert result["status"] == 0
    assert json.loads(result["output"])["verdict"] == "supported"
    assert len(result["strings"]) <= MAX_STRING_FIELDS_ON_CHECK, result["strings"]


def test_check_text_imports_rich_but_no_quiz_sqlite_or_schema(tmp_path: Path) -> None:
    status, output, modules = imported(["check", CLAIM], tmp_path)
    assert status == 0
    assert "supported" in output.lower()
    assert loaded(modules, NEVER_ON_CHECK) == []
    assert "rich" in modules


def test_version_imports_neither_typer_nor_the_checker(tmp_path: Path) -> None:
    status, output, modules = imported(["--version"], tmp_path)
    assert status == 0
    assert output.startswith("factcli ")
    assert loaded(modules, ("typer", "factcli.checker", "rapidfuzz", "rich")) == []


def test_a_cached_quiz_starts_without_parsers_rapidfuzz_or_fsrs(tmp_path: Path) -> None:
    args = ["quiz", "--seed", "7", "--count", "3", "--format", "json", "--no-save"]
    first = imported(args, tmp_path)  # builds the bank's tables into the cache
    status, output, modules = imported(args, tmp_path)
    assert status == 0
    assert json.loads(output) == json.loads(first[1])
    heavy = ("factcli.parse", "factcli.verdict", "factcli.quiz.variants", "rapidfuzz", "fsrs")
    assert loaded(modules, heavy) == []
