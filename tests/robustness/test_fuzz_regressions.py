"""Inputs that crashed or stalled factcli, replayed through the fuzz harness's own targets
(fuzz/__init__.py), so that each stays fixed. Add new findings of `python -m fuzz` here."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli import parse
from fuzz import ParserTarget, StoreTarget
from tests.conftest import MINI_STORE
from tests.work import assert_linear, repeat

# (what went wrong, what the input repeats): the work these took grew with the square of
# their length. Past parse_text's MAX_TEXT_CHARS it must grow no faster than the length.
QUADRATIC_FINDINGS = [
    # Each value's context was found by scanning every word: quadratic, 2.3 s at 8,000
    # numbers, hours for a megabyte line.
    ("quadratic value context", "1 "),
    # Role rules compare every name with every word: 3.4 s for 67 KB of sentences on one
    # line, ~12 minutes for a megabyte. parse_text now reads at most 10,000 characters.
    ("quadratic roles", "Officials said Russia will deliver 48 bcm of gas a year. "),
    ("quadratic roles, no spaces", "Russia,China,gas,"),
]

# (what went wrong, the input): found by the hostile-input probes and the fuzz runs.
PARSER_FINDINGS = [
    # Undecodable bytes of argv or a terminal (lone surrogates) crashed the quiz history
    # with UnicodeEncodeError inside SQLite, and made invalid UTF-8 output.
    ("surrogates in an answer", "\udcff\udcfe 38 bcm"),
    ("surrogate alone", "\udc80"),
    # Escape sequences in a claim reached the terminal: colour, clear screen, window title.
    ("escape sequences", "\x1b[2J\x1b[H Xi will meet \x1b[31mwar\x1b[0m veterans \x1b]0;t\x07"),
    ("C1 control sequence introducer", "\x9b2J Russia will deliver 48 bcm"),
    ("bidi override", "\u202eRussia will deliver 84 bcm\u202c"),
]  # fmt: skip

STORE_FINDINGS = [
    # A key with a line break in its name made a two-line error message.
    ("line break in a key", ".toml", 'format = 1\n[source]\ntitle = "t"\n"a\\nb\\u001b[2J" = 1\n'),
    ("line break in an id", ".jsonl", '{"id": "x\\ny", "statement": "s"}\n'),
    ("escape in a value", ".toml", MINI_STORE.replace('"reported"', '"\\u001b[2J"')),
]


@pytest.fixture(scope="module")
def parser_target(tmp_path_factory: pytest.TempPathFactory) -> ParserTarget:
    return ParserTarget(tmp_path_factory.mktemp("fuzz"))


@pytest.mark.parametrize(
    "value", [value for _, value in PARSER_FINDINGS], ids=[name for name, _ in PARSER_FINDINGS]
)
def test_parser_finding(parser_target: ParserTarget, value: str) -> None:
    parser_target.run(value)
    assert parser_target.history.saving  # every answer stored, none refused


@pytest.mark.parametrize(
    "unit", [unit for _, unit in QUADRATIC_FINDINGS], ids=[name for name, _ in QUADRATIC_FINDINGS]
)
def test_quadratic_finding_takes_linear_work(
    parser_target: ParserTarget, unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parsing and checking, where the work grew with the square of the length: a parse reads
    at most MAX_TEXT_CHARS, so a longer text costs only the reading of it. A smaller bound
    than the real one is as good a test of it, and a faster one."""
    monkeypatch.setattr(parse, "MAX_TEXT_CHARS", 2_000)
    assert_linear(parser_target.checker.check, lambda size: repeat(unit, size), 2_000, 2)


@pytest.mark.parametrize(
    ("suffix", "text"),
    [(suffix, text) for _, suffix, text in STORE_FINDINGS],
    ids=[name for name, _, _ in STORE_FINDINGS],
)
def test_store_finding(tmp_path: Path, suffix: str, text: str) -> None:
    StoreTarget(tmp_path).run((suffix, text))
