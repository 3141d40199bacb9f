"""Round two of the adversarial probe (issue 17), the findings about numbers, dates, long
claims, hostile and sloppy stores, Markdown rules and large alias tables. One group per
finding; each test failed before its fix."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from factcli.checker import Checker, Verdict
from factcli.numbers import find_numbers
from factcli.parse import MAX_TEXT_CHARS
from factcli.store import MAX_ALIASES, load_store, read_store_problems
from tests.conftest import MINI_STORE

FACTCLI = [sys.executable, "-m", "factcli"]
GAS = "Russia will deliver {} of gas to China each year"


def _factcli(args: list[str], cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTCLI_CACHE": str(cwd / "cache"), "FACTCLI_HOME": str(cwd / "home")}
    env.pop("FACTCLI_STORE", None)
    return subprocess.run(
        [*FACTCLI, *args], capture_output=True, text=True, cwd=cwd, env=env, input=stdin,
        timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store())


def _verdict(checker: Checker, claim: str) -> Verdict:
    return checker.check(claim).verdict


# --- Finding 3: no silent truncation ------------------------------------------------------

LONG = "Russia will deliver 38 bcm of gas to China each year" + " " * 10_000 + "and 48 bcm"


class TestFinding3NoSilentTruncation:
    def test_check_of_a_claim_past_the_limit_is_not_supported(self, tmp_path: Path) -> None:
        result = _factcli(["check", LONG, "--format", "jsonl"], tmp_path)
        (line,) = result.stdout.splitlines()
        record = json.loads(line)
        assert record["verdict"] == "not_enough_info"
        assert record["reasons"] == [
            f"the claim is longer than {MAX_TEXT_CHARS:,} characters; only its start was read"
        ]
        (warning,) = result.stderr.splitlines()
        assert warning.startswith("factcli: warning: ")
        assert "only its start was read" in warning

    def test_scan_of_such_a_sentence_is_not_supported(self, tmp_path: Path) -> None:
        path = tmp_path / "draft.txt"
        path.write_text(LONG + ".\n", encoding="utf-8")
        result = _factcli(["scan", str(path), "--format", "jsonl"], tmp_path)
        verdicts = [json.loads(line)["verdict"] for line in result.stdout.splitlines()]
        assert verdicts
        assert "supported" not in verdicts
        assert "only its start was read" in result.stderr

    def test_a_refutation_by_the_start_stands(self, checker: Checker) -> None:
        claim = GAS.format("48 bcm") + " " * MAX_TEXT_CHARS + " indeed"
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert _verdict(checker, claim) is Verdict.REFUTED
        assert caught == []


# --- Finding 4: scientific and other notations --------------------------------------------


class TestFinding4Notations:
    @pytest.mark.parametrize(
        ("amount", "verdict"),
        [
            ("4.8e10 cubic meters", Verdict.REFUTED),  # 48 bcm against 38 bcm
            ("3.8 x 10^10 cubic meters", Verdict.SUPPORTED),
            ("3.8×10^10 cubic meters", Verdict.SUPPORTED),
            ("3.8×10¹⁰ cubic meters", Verdict.SUPPORTED),
            ("3.8e10 m3", Verdict.SUPPORTED),
            ("4.8 x 10^10 cubic metres", Verdict.REFUTED),
        ],
    )
    def test_magnitudes_compare_across_notations_and_units(
        self, checker: Checker, amount: str, verdict: Verdict
    ) -> None:
        assert _verdict(checker, GAS.format(amount)) is verdict

    @pytest.mark.parametrize("amount", ["inf bcm", "NaN bcm", "$1e3 billion", "10^1000 bcm"])
    def test_no_number_or_a_wrong_kind_of_amount_is_not_supported(
        self, checker: Checker, amount: str
    ) -> None:
        assert _verdict(checker, GAS.format(amount)) is not Verdict.SUPPORTED

    def test_ten_to_the_thousand_is_not_a_thousand(self) -> None:
        assert [n.value for n in find_numbers("10^1000") if n.readable] == []


# --- Finding 5: numeric dates -------------------------------------------------------------

VISIT = "Xi visited Moscow on {}"  # the store: May 8-10, 2015


class TestFinding5NumericDates:
    @pytest.mark.parametrize("date", ["15/03/2015", "15.3.2015", "2015/03/15", "03/15/2015"])
    def test_a_numeric_date_is_compared(self, checker: Checker, date: str) -> None:
        assert _verdict(checker, VISIT.format(date)) is Verdict.REFUTED

    @pytest.mark.parametrize("date", ["09/05/2015", "05/09/2015", "9.5.2015", "2015/5/9"])
    def test_either_reading_of_an_ambiguous_date_may_hold(
        self, checker: Checker, date: str
    ) -> None:
        assert _verdict(checker, VISIT.format(date)) is Verdict.SUPPORTED

    def test_refuted_only_when_both_readings_conflict(self, checker: Checker) -> None:
        assert _verdict(checker, VISIT.format("03/04/2015")) is Verdict.REFUTED

    def test_an_impossible_date_is_flagged(self, checker: Checker) -> None:
        result = checker.check(VISIT.format("31/02/2015"))
        assert result.verdict is not Verdict.SUPPORTED
        assert any("not a calendar date" in reason for reason in result.reasons)


# --- Finding 6: minus signs ---------------------------------------------------------------

NEGATIVE_STORE = """\
format = 1
[source]
title = "Weather"

[[facts]]
id = "winter-change"
statement = "The winter temperature in Yakutsk changed by -20 percent."
quote = "The winter temperature in Yakutsk changed by -20 percent."
attribution = "article"
modality = "reported"
keys = ["yakutsk"]
quantities = [{ slot = "change", value = -20, unit = "percent" }]

[[facts]]
id = "trade-balance"
statement = "Yakutsk's trade balance was -400000 dollars."
quote = "Yakutsk's trade balance was -400000 dollars."
attribution = "article"
modality = "reported"
keys = ["balance"]
quantities = [{ slot = "balance", value = -400000, unit = "dollars" }]
"""


class TestFinding6MinusSigns:
    @pytest.fixture
    def store_path(self, tmp_path: Path) -> Path:
        path = tmp_path / "negative.toml"
        path.write_text(NEGATIVE_STORE, encoding="utf-8")
        return path

    def test_a_negative_store_value_is_kept(self, store_path: Path) -> None:
        (fact, _) = load_store([store_path]).facts
        assert fact.quantities[0].quantity.value == -20

    @pytest.mark.parametrize(
        ("claim", "verdict"),
        [
            ("The winter temperature in Yakutsk changed by 20 percent.", Verdict.REFUTED),
            ("The winter temperature in Yakutsk changed by -20 percent.", Verdict.SUPPORTED),
            ("The winter temperature in Yakutsk changed by −20 percent.", Verdict.SUPPORTED),
        ],
    )
    def test_the_sign_decides(self, store_path: Path, claim: str, verdict: Verdict) -> None:
        assert Checker(load_store([store_path])).check(claim).verdict is verdict

    def test_facts_show_keeps_the_sign(self, store_path: Path, tmp_path: Path) -> None:
        result = _factcli(["--store", str(store_path), "facts", "show", "trade-balance"], tmp_path)
        assert result.returncode == 0, result.stderr
        assert "-400000 dollars" in result.stdout


# --- Finding 12: hostile stores -----------------------------------------------------------

_JSON_HEADER = json.dumps({"format": 1, "source": {"title": "t"}})
_JSON_FACT = {
    "id": "a-fact",
    "statement": "Atlantis exports fish.",
    "quote": "Q.",
    "attribution": "article",
    "modality": "reported",
}


def _toml_value(value: str) -> str:
    return MINI_STORE.replace("value = 12,", f"value = {value},")


def _json_store(fact_json: str) -> str:
    return f"{_JSON_HEADER}\n{fact_json}\n"


def _json_quantity(digits: str) -> str:
    fact = json.dumps(_JSON_FACT)[:-1]
    return fact + f', "quantities": [{{"slot": "x", "value": {digits}, "unit": "tonnes"}}]}}'


HOSTILE = {
    "toml 309 digits": ("store.toml", _toml_value("9" * 309)),
    "toml 5000 digits": ("store.toml", _toml_value("9" * 5000)),
    "toml inf": ("store.toml", _toml_value("inf")),
    "toml nested 500": ("store.toml", MINI_STORE + "deep = " + "[" * 500 + "]" * 500 + "\n"),
    "jsonl 309 digits": ("store.jsonl", _json_store(_json_quantity("9" * 309))),
    "jsonl 5000 digits": ("store.jsonl", _json_store(_json_quantity("9" * 5000))),
    "jsonl 1e999": ("store.jsonl", _json_store(_json_quantity("1e999"))),
    "jsonl nested 100000": (
        "store.jsonl",
        _json_store(json.dumps(_JSON_FACT)[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}"),
    ),
}  # fmt: skip
COMMANDS = {
    "check": ["check", "Atlantis exports fish"],
    "quiz": ["quiz", "--count", "1", "--kind", "short", "--answers", "-", "--format", "jsonl"],
}


class TestFinding12HostileStores:
    @pytest.mark.parametrize("command", sorted(COMMANDS))
    @pytest.mark.parametrize("name", sorted(HOSTILE))
    def test_one_line_with_file_and_line_and_status_2(
        self, tmp_path: Path, name: str, command: str
    ) -> None:
        file_name, text = HOSTILE[name]
        path = tmp_path / file_name
        path.write_text(text, encoding="utf-8")
        result = _factcli(["--store", str(path), *COMMANDS[command]], tmp_path)
        assert "Traceback" not in result.stderr
        assert result.returncode == 2, result.stderr
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"factcli: cannot load store: {path}:")
        assert result.stdout == ""

    @pytest.mark.parametrize("name", sorted(HOSTILE))
    def test_validate_names_the_file_and_line(self, tmp_path: Path, name: str) -> None:
        file_name, text = HOSTILE[name]
        path = tmp_path / file_name
        path.write_text(text, encoding="utf-8")
        result = _factcli(["--store", str(path), "facts", "validate"], tmp_path)
        assert "Traceback" not in result.stderr
        assert result.returncode == 1  # documented: validation found problems
        assert f"{path}:" in result.stdout + result.stderr


# --- Finding 17: what facts validate missed -----------------------------------------------


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "store.toml"
    path.write_text(text, encoding="utf-8")
    return [str(problem) for problem in read_store_problems([path])]


SLOPPY = {
    "empty alias name": (MINI_STORE.replace('name = "Lemuria"', 'name = " "'), "field 'name'"),
    "empty alias": (
        MINI_STORE.replace('aliases = ["Lemurian"]', 'aliases = ["Lemurian", ""]'),
        "field 'aliases': an alias is empty",
    ),
    "unknown entity kind": (
        MINI_STORE.replace('kind = "country"\naliases = ["Lemurian"]',
                           'kind = "contry"\naliases = ["Lemurian"]'),
        "'contry' is not one of",
    ),
    "empty key": (MINI_STORE.replace('keys = ["fish"]', 'keys = ["fish", ""]'), "a key is empty"),
    "empty prompt": (
        MINI_STORE + 'questions = [{ prompt = "", answer = "March 3" }]\n',
        "field 'questions.prompt': must not be empty",
    ),
    "empty answer": (
        MINI_STORE + 'questions = [{ prompt = "When?", answer = "  " }]\n',
        "field 'questions.answer': must not be empty",
    ),
    "range ends before it starts": (
        MINI_STORE.replace('end = "2020-03-05"', 'end = "2020-03-01"'),
        "before it starts",
    ),
    "negative rank": (
        MINI_STORE + 'ranks = [{ slot = "rank", value = -3 }]\n', "field 'ranks.value'"
    ),
    "huge rank": (
        MINI_STORE + 'ranks = [{ slot = "rank", value = 99999999999 }]\n', "field 'ranks.value'"
    ),
    "one name in two entries": (
        MINI_STORE.replace('aliases = ["Lemurian"]', 'aliases = ["Lemurian", "Poseidonia"]'),
        "'poseidonia' is also a name of 'Atlantis'",
    ),
}  # fmt: skip


class TestFinding17Validate:
    @pytest.mark.parametrize("name", sorted(SLOPPY))
    def test_reported(self, tmp_path: Path, name: str) -> None:
        text, expected = SLOPPY[name]
        problems = _problems(tmp_path, text)
        assert any(expected in problem for problem in problems), problems

    def test_the_clean_store_has_no_problem(self, tmp_path: Path) -> None:
        assert _problems(tmp_path, MINI_STORE) == []

    def test_a_duplicate_id_is_reported_at_the_duplicate(self, tmp_path: Path) -> None:
        text = MINI_STORE.replace('id = "summit-date"', 'id = "fish-exports"')
        lines = [n for n, line in enumerate(text.splitlines(), 1) if 'id = "fish-exports"' in line]
        (problem,) = _problems(tmp_path, text)
        assert f"store.toml:{lines[1]}: fact 'fish-exports'" in problem
        assert f"first defined at {tmp_path / 'store.toml'}:{lines[0]}" in problem


# --- Finding 18: Markdown rules are no claims ----------------------------------------------


class TestFinding18MarkdownRules:
    def test_rules_are_not_checked(self, tmp_path: Path) -> None:
        path = tmp_path / "draft.md"
        path.write_text(
            "Xi visited Moscow.\n\n---\n\n* * *\n\n...\n\n___\n\nXi visited Moscow.\n",
            encoding="utf-8",
        )
        result = _factcli(["scan", str(path), "--format", "jsonl"], tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
        texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
        assert texts == ["Xi visited Moscow.", "Xi visited Moscow."]
        assert result.stderr == ""


# --- Finding 19: large alias tables ---------------------------------------------------------


class TestFinding19Aliases:
    def test_validate_enforces_the_documented_limit(self, tmp_path: Path) -> None:
        count = MAX_ALIASES // 2 + 1  # two names each
        aliases = [{"name": f"Name {n}", "kind": "organization", "aliases": [f"N{n}x"]}
                   for n in range(count)]  # fmt: skip
        header = {"format": 1, "source": {"title": "t"}, "aliases": aliases}
        path = tmp_path / "store.jsonl"
        path.write_text(json.dumps(header) + "\n" + json.dumps(_JSON_FACT) + "\n", "utf-8")
        problems = [str(p) for p in read_store_problems([path])]
        assert any(f"at most {MAX_ALIASES:,}" in problem for problem in problems), problems
        assert MAX_ALIASES >= 100_000
