"""Hostile input for `check`, `scan`, quiz answers and `facts search`: nothing crashes,
nothing hangs, and nothing a user or a fact file writes reaches the terminal as a control
sequence."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli import parse
from factcli.checker import Checker
from factcli.cli.main import app
from factcli.cli.terminal import Terminal, make_console
from factcli.normalize import normalize
from factcli.quantities import find_quantities
from factcli.store import load_store
from tests.work import assert_linear, repeat

TTY = Terminal(stdin_isatty=True, stdout_isatty=True, stderr_isatty=True, color=True)
SUPPORTED = "Xi will meet war veterans."
REFUTED = "Russia will deliver 48 bcm of gas to China each year"
QUIZ = ["quiz", "--seed", "7", "--count", "3", "--format", "jsonl", "--answers", "-"]
# What a terminal would obey: colour, clear screen, cursor home, a window title, CSI in C1.
ANSI = "\x1b[31mRED\x1b[0m \x1b[2J\x1b[H \x1b]0;pwned\x07 \x9b31m"
MARKUP = "[bold red]loud[/] [link=https://evil.example]click[/link] [/]"
RICH_SGR = re.compile(r"\x1b\[[0-9;]*m")


def _ok(result: object) -> None:
    """No traceback: the command ended through an exit status, not an exception."""
    exception = getattr(result, "exception", None)
    assert exception is None or isinstance(exception, SystemExit), exception
    assert "Traceback" not in getattr(result, "output", "")


def _jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


# --- empty and blank --------------------------------------------------------------------


@pytest.mark.parametrize("claim", ["", "   ", "\t \u3000"])
def test_a_blank_claim_argument_is_a_usage_error(runner: CliRunner, claim: str) -> None:
    result = runner.invoke(app, ["check", "-f", "jsonl", claim])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "the claim is empty" in result.stderr
    assert "Traceback" not in result.output


def test_a_claim_of_invisible_characters_is_not_enough_info(runner: CliRunner) -> None:
    """A zero-width space is no white space to Python: the claim reaches the checker,
    which finds nothing in it."""
    result = runner.invoke(app, ["check", "-f", "jsonl", "\t \u3000 \u200b"])
    _ok(result)
    (record,) = _jsonl(result.stdout)
    assert record["verdict"] == "not_enough_info"
    assert result.exit_code == 3


def test_blank_lines_between_claims_are_skipped(runner: CliRunner) -> None:
    stdin = f"\n   \n\t\n{SUPPORTED}\n \u00a0 \n{REFUTED}\n\n"
    result = runner.invoke(app, ["check", "-", "-f", "jsonl"], input=stdin)
    _ok(result)
    assert [r["verdict"] for r in _jsonl(result.stdout)] == ["supported", "refuted"]


@pytest.mark.parametrize("text", ["", "   \n\t\n  "])
def test_scan_of_an_empty_text_checks_nothing(runner: CliRunner, text: str) -> None:
    result = runner.invoke(app, ["scan", "-"], input=text)
    _ok(result)
    assert result.exit_code == 0
    assert "0 checked" in result.stdout


def test_blank_quiz_answers_are_graded_wrong(runner: CliRunner) -> None:
    result = runner.invoke(app, QUIZ, input="\n   \n\t\n")
    _ok(result)
    records = _jsonl(result.stdout)
    assert len(records) == 3
    assert not any(r["correct"] for r in records)


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_an_empty_search_finds_nothing(runner: CliRunner, query: str) -> None:
    result = runner.invoke(app, ["facts", "search", query])
    _ok(result)
    assert result.exit_code == 1
    assert "no matching facts" in result.stderr


# --- one line of a megabyte -------------------------------------------------------------

MEGABYTE = 1 << 20
BIG_LINES = {
    "prose": ("Officials said Russia will deliver 48 bcm of gas a year from 2018. " * 16000),
    "one word": "trade " * 180_000,
    "no spaces": "x" * MEGABYTE,
}


@pytest.mark.parametrize("shape", sorted(BIG_LINES))
def test_a_megabyte_line(runner: CliRunner, tmp_path: Path, shape: str) -> None:
    line = BIG_LINES[shape][:MEGABYTE]
    result = runner.invoke(app, ["check", "-", "-f", "jsonl"], input=line + "\n")
    _ok(result)
    (record,) = _jsonl(result.stdout)
    assert len(str(record["claim"])) == len(line)
    draft = tmp_path / "draft.txt"
    draft.write_text(line)
    _ok(runner.invoke(app, ["scan", str(draft), "-f", "jsonl"]))
    _ok(runner.invoke(app, ["facts", "search", line]))
    quiz = runner.invoke(app, QUIZ, input=f"{line}\n{line}\n{line}\n")
    _ok(quiz)
    assert len(_jsonl(quiz.stdout)) == 3


# --- invalid UTF-8 ----------------------------------------------------------------------


def _one_warning(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("factcli: warning:")
    assert "invalid UTF-8" in lines[0]
    return lines[0]


def test_invalid_utf8_in_a_claims_file_warns_once_and_goes_on(
    runner: CliRunner, tmp_path: Path
) -> None:
    claims = tmp_path / "claims.txt"
    claims.write_bytes(
        b"\xff\xfe trade \xc3\n" + SUPPORTED.encode() + b"\n\x80\x80\n" + REFUTED.encode() + b"\n"
    )
    result = runner.invoke(app, ["check", "--file", str(claims), "-f", "jsonl"])
    _ok(result)
    warning = _one_warning(result.stderr)
    assert f"{claims}:1" in warning
    records = _jsonl(result.stdout)
    assert [r["verdict"] for r in records][1:] == ["supported", "not_enough_info", "refuted"]
    assert "\ufffd" in str(records[0]["claim"])


def test_invalid_utf8_in_a_scanned_text_warns_once(runner: CliRunner, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(b"\xff\xfe Intro. " + REFUTED.encode() + b". \xc3\x28 Trade.\n")
    result = runner.invoke(app, ["scan", str(draft), "-f", "jsonl"])
    _ok(result)
    _one_warning(result.stderr)
    assert "refuted" in [r["verdict"] for r in _jsonl(result.stdout)]


def test_invalid_utf8_in_quiz_answers_warns_once_and_grades_all(runner: CliRunner) -> None:
    result = runner.invoke(app, QUIZ, input=b"\xff\xfe\n\xc3\x28 b\ntrue \x80\n")
    _ok(result)
    _one_warning(result.stderr)
    records = _jsonl(result.stdout)
    assert len(records) == 3
    assert "\ufffd" in str(records[0]["given"])


def test_undecodable_argv_is_replaced_with_a_warning(runner: CliRunner) -> None:
    # Python hands undecodable argv bytes over as lone surrogates (PEP 383).
    result = runner.invoke(app, ["check", "-f", "jsonl", "\udcff\udcfe trade", SUPPORTED])
    _ok(result)
    assert "argument 1" in _one_warning(result.stderr)
    records = _jsonl(result.stdout)
    assert records[0]["claim"] == "\ufffd\ufffd trade"
    assert records[1]["verdict"] == "supported"
    result.stdout.encode("utf-8")  # strict: the output is valid UTF-8
    search = runner.invoke(app, ["facts", "search", "gas \udcff pipeline"])
    _ok(search)
    assert search.exit_code == 0


# --- NUL, invisible, bidi, combining, full-width, emoji --------------------------------

EQUIVALENT_CLAIMS = [
    (SUPPORTED, "Xi will\x00 meet war\x00 veterans.\x00"),
    (SUPPORTED, "Xi\u200b will me\u200cet war\u200d veter\ufeffans.\u2060"),
    (SUPPORTED, "\u202eXi will meet\u202c war \u2066veterans\u2069.\u200f"),
    (SUPPORTED, "\U0001f525 Xi will meet war veterans. \U0001f1f7\U0001f1fa\U0001f468\u200d"),
    (REFUTED, "Russia will deliver \uff14\uff18 bcm of gas to China each year"),
    (REFUTED, "Russia will deliver 48 bcm of gas to China each year\u0301\u0308"),
    ("Russia will supply China with 38 bcm of gas a year",
     "Russia will supply China with \uff13\uff18\u00a0bcm of gas a year"),
]  # fmt: skip


@pytest.mark.parametrize(("plain", "hostile"), EQUIVALENT_CLAIMS)
def test_invisible_and_compatibility_characters_do_not_change_the_verdict(
    checker: Checker, plain: str, hostile: str
) -> None:
    assert checker.check(hostile).verdict == checker.check(plain).verdict


def test_full_width_digits_read_as_ascii_digits() -> None:
    (quantity,) = find_quantities(normalize("\uff13\uff18 bcm"))
    assert (quantity.value, quantity.unit) == (38e9, "m3")
    (raw,) = find_quantities("\uff13\uff18 bcm")  # find_quantities normalises itself too
    assert raw.value == 38e9


def test_combining_characters_compose() -> None:
    assert normalize("Domi\u0301nguez") == "Domínguez"
    assert normalize("\uff21\uff22\uff23 \u2460") == "ABC 1"


@pytest.mark.parametrize(
    "text",
    [
        "a\x00b\x00c " * 1000,
        "\u200b" * 100_000,
        "\u202e\u2066" * 50_000,
        "e\u0301\u0302\u0303" * 25_000,
        "\U0001f525" * 100_000,
        "\uff19" * 100_000,
    ],
    ids=["nul", "zero-width", "bidi", "combining", "emoji", "full-width"],
)
def test_every_command_takes_unusual_characters(runner: CliRunner, text: str) -> None:
    check = runner.invoke(app, ["check", "-f", "jsonl", text])
    _ok(check)
    assert len(_jsonl(check.stdout)) == 1
    _ok(runner.invoke(app, ["scan", "-", "-f", "jsonl"], input=text))
    _ok(runner.invoke(app, ["facts", "search", text]))
    _ok(runner.invoke(app, QUIZ, input=f"{text}\n" * 3))


# --- markup and escape sequences: shown, never obeyed ----------------------------------


def _assert_safe(output: str) -> None:
    """Only Rich's own colour codes: no escape, bell or C1 control from the data."""
    assert RICH_SGR.search(output), "expected a terminal rendering with Rich's styles"
    rest = RICH_SGR.sub("", output)
    for control in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert control not in rest, f"{control!r} reached the terminal"
    assert "\x1b[31mRED" not in output


def _render(monkeypatch: pytest.MonkeyPatch, draw: Callable[[], None]) -> str:
    buffer = io.StringIO()
    monkeypatch.setattr(sys, "stdout", buffer)
    monkeypatch.setattr(sys, "stderr", buffer)
    draw()
    return buffer.getvalue()


def test_a_claim_with_markup_and_escapes_is_shown_literally_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, checker: Checker
) -> None:
    from factcli.cli import render
    from factcli.scan import scan_text

    claim = f"{MARKUP} {ANSI} \u202e Russia will deliver 48 bcm of gas to China each year"
    result = checker.check(claim)

    def draw() -> None:
        render.check_result(result, make_console(TTY), TTY, top=2)
        render.scan_report(scan_text(claim + ". " + ANSI, checker), "text", "-", TTY)

    output = _render(monkeypatch, draw)
    _assert_safe(output)
    assert MARKUP in output
    assert "\\x1b[31mRED\\x1b[0m" in output
    assert "\\x1b]0;pwned\\x07" in output
    assert "\\u202e" in output


def test_plain_output_escapes_too(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", f"{ANSI} {SUPPORTED}", "--exit-zero"])
    _ok(result)
    assert "\x1b" not in result.stdout
    assert "\\x1b[2J" in result.stdout
    jsonl = runner.invoke(app, ["check", "-f", "jsonl", ANSI])
    assert _jsonl(jsonl.stdout)[0]["claim"] == ANSI  # JSON keeps the data exact


HOSTILE_STORE = f"""\
format = 1

[source]
title = "Report {ANSI} {MARKUP}"
publisher = "Wire \x1b]8;;https://evil.example\x07link\x1b]8;;\x07"

[[facts]]
id = "hostile-fact"
statement = "Atlantis ships 12 million tonnes of fish {ANSI} {MARKUP}."
quote = "Atlantis ships {MARKUP} 12 million tonnes {ANSI}."
attribution = {{ name = "Ana {ANSI}", role = "spokes{MARKUP}" }}
modality = "reported"
topics = ["trade{ANSI}"]
keys = ["fish"]
entities = [{{ name = "Atlantis\x1b[2J", role = "supplier" }}]
quantities = [{{ slot = "volume", value = 12, scale = "million", unit = "tonnes" }}]
questions = [{{ prompt = "How much fish? {ANSI} {MARKUP}", answer = "12 million tonnes" }}]
"""


def test_a_fact_file_with_markup_and_escapes_is_shown_literally(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from factcli.cli import render
    from factcli.cli.quiz_session import Session, _feedback, _panel, summary
    from factcli.quiz.generate import QuestionBank
    from factcli.search import search_facts

    path = tmp_path / "hostile.toml"
    path.write_text(HOSTILE_STORE.replace("\x1b", "\\u001b").replace("\x07", "\\u0007"))
    store = load_store([path])
    fact = store.by_id["hostile-fact"]
    assert "\x1b[31m" in fact.statement  # the TOML escapes are the real characters
    checker = Checker(store)
    result = checker.check("Atlantis ships 13 million tonnes of fish")
    assert result.fact is fact

    bank = QuestionBank(store)
    quiz = bank.build(1, "short", None, 1, [])
    session = Session(quiz, store, bank.grade)
    outcome = session.script(["14 million tonnes"])

    def draw() -> None:
        render.fact_list(store.facts, "table", TTY)
        render.fact_detail(fact, "text", TTY)
        render.search_hits(search_facts(store, "fish"), "text", TTY)
        render.check_result(result, make_console(TTY), TTY, top=1)
        console = make_console(TTY)
        console.print(_panel(quiz.questions[0], 1, 1))
        console.print(_feedback(outcome.answered[0], store))
        console.print(summary(outcome, store))

    output = _render(monkeypatch, draw)
    _assert_safe(output)
    assert "[bold red]loud[/]" in output
    assert "\\x1b[31mRED" in output


def test_store_problems_with_escapes_are_printed_escaped(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('format = 1\n[source]\ntitle = "t"\n"\\u001b[2Jkey" = 1\n')
    result = runner.invoke(app, ["--store", str(path), "facts", "list"])
    _ok(result)
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr
    assert "\\x1b[2Jkey" in result.stderr
    validate = runner.invoke(app, ["facts", "validate", str(path)])
    assert "\x1b" not in validate.stdout
    assert "\\x1b[2Jkey" in validate.stdout


# --- huge numbers and long chains of number words ---------------------------------------

HUGE = {
    "googol-ish": "1" + "0" * 10_000,
    "huge bcm": f"Russia will deliver 1{'0' * 10_000} bcm of gas to China each year",
    "tiny decimal": f"0.{'0' * 10_000}1 bcm",
    "exponent": "1e999999 bcm and 1e-999999 tonnes",
    "grouped": "1," + ",".join(["000"] * 5_000) + " dollars",
    "money": "$" + "9" * 5_000 + "bn",
    "word chain": " ".join(["one hundred"] * 5_000),
    "thousands": " ".join(["thousand"] * 20_000),
    "hyphenated": "-".join(["twenty-one million"] * 3_000),
    "mixed scales": " ".join(["1 million", "two billion", "3 trillion"] * 3_000),
    "dates": " ".join(["May 8 to 10, 2015"] * 2_000),
}


@pytest.mark.parametrize("name", sorted(HUGE))
def test_huge_numbers_are_answered(runner: CliRunner, name: str) -> None:
    text = HUGE[name]
    check = runner.invoke(app, ["check", "-f", "jsonl", text])
    _ok(check)
    assert len(_jsonl(check.stdout)) == 1
    _ok(runner.invoke(app, ["scan", "-", "-f", "jsonl"], input=text))
    _ok(runner.invoke(app, ["facts", "search", text]))
    quiz = runner.invoke(app, QUIZ, input=f"{text}\n" * 3)
    _ok(quiz)
    assert len(_jsonl(quiz.stdout)) == 3


def test_many_values_in_one_claim_take_linear_work(checker: Checker) -> None:
    """Each value's context was found by scanning every word: quadratic in the values."""
    assert_linear(checker.check, lambda size: repeat("1 ", size), 2_000)


def test_a_long_claim_of_clauses_that_refer_back_takes_linear_work(
    checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each clause that says "he" or "it" is read with the clauses before it; a parse reads at
    most MAX_TEXT_CHARS (made smaller here, for a faster test of the same bound)."""
    monkeypatch.setattr(parse, "MAX_TEXT_CHARS", 2_000)
    clauses = "He will visit it, and they said so, and "
    assert_linear(checker.check, lambda size: repeat(clauses, size), 2_000, 2)
