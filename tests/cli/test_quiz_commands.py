"""`factcli quiz`, `stats` and `export anki` through CliRunner."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli.cli.main import app
from factcli.quiz.history import AnswerRecord, CardRecord, History, utc_now


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACTCLI_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _quiz(runner: CliRunner, *args: str) -> dict[str, object]:
    result = runner.invoke(app, ["quiz", "--seed", "9", "--count", "6", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_json_prints_the_quiz_and_its_key(runner: CliRunner) -> None:
    data = _quiz(runner)
    assert data["seed"] == 9
    questions = data["questions"]
    assert isinstance(questions, list)
    assert len(questions) == 6
    for q in questions:
        assert set(q) == {"id", "fact_id", "kind", "prompt", "choices", "answer"}
        assert q["kind"] in ("mc", "tf", "short")
        assert (q["choices"] is None) == (q["kind"] != "mc")
    assert _quiz(runner) == data  # the same seed, the same quiz


def test_answers_grade_the_printed_quiz(runner: CliRunner, home: Path) -> None:
    questions = _quiz(runner)["questions"]
    assert isinstance(questions, list)
    answers = [q["answer"] for q in questions]
    answers[0] = "certainly not"
    result = runner.invoke(
        app,
        ["quiz", "--seed", "9", "--count", "6", "--answers", "-", "--format", "jsonl"],
        input="\n".join(answers) + "\n",
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [q["id"] for q in questions]
    assert [r["correct"] for r in rows] == [False, True, True, True, True, True]
    assert set(rows[0]) == {"id", "fact_id", "given", "expected", "correct"}
    stats = runner.invoke(app, ["stats", "--format", "json"])
    assert stats.exit_code == 0
    data = json.loads(stats.stdout)
    assert (data["sessions"], data["answers"], data["correct"]) == (1, 6, 5)
    assert data["weakest"][0]["fact_id"] == rows[0]["fact_id"]


def test_answers_from_a_file_with_a_pass_mark(runner: CliRunner, tmp_path: Path) -> None:
    file = tmp_path / "answers.txt"
    file.write_text("x\ny\n", encoding="utf-8")
    result = runner.invoke(
        app, ["quiz", "--seed", "1", "--answers", str(file), "--pass-mark", "50"]
    )
    assert result.exit_code == 1
    assert "Score" in result.stdout
    assert "0 of 2 answered" in result.stdout  # two lines for ten questions
    assert "8 of 10" in result.stdout  # unanswered
    passed = runner.invoke(app, ["quiz", "--seed", "1", "--answers", str(file), "--pass-mark", "0"])
    assert passed.exit_code == 0


def test_stdin_that_is_not_a_terminal_implies_answers(runner: CliRunner) -> None:
    result = runner.invoke(app, ["quiz", "--count", "2", "--format", "jsonl"], input="a\nb\n")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2


def test_no_save_and_cram(runner: CliRunner, home: Path) -> None:
    runner.invoke(app, ["quiz", "--count", "3", "--no-save"], input="a\nb\nc\n")
    assert json.loads(runner.invoke(app, ["stats", "--format", "json"]).stdout)["answers"] == 0
    runner.invoke(app, ["quiz", "--count", "3", "--cram"], input="a\nb\nc\n")
    data = json.loads(runner.invoke(app, ["stats", "--format", "json"]).stdout)
    assert data["answers"] == 3
    assert data["scheduled"] == 0


def test_review_asks_due_facts_first_in_due_order(runner: CliRunner) -> None:
    now = utc_now()
    due = {"trade-2014": 1, "xi-post": 3, "east-route-gas-supply": 2}  # days overdue
    with History.open() as history:
        history.start_session(1, "quiz", None, now)
        for fact_id, days in [*due.items(), ("trade-target-2020", -5)]:
            answer = AnswerRecord(fact_id, "q1", "tf", "true", "true", True, now)
            history.record(answer, CardRecord(fact_id, 1, now - timedelta(days=days), "{}"))
    questions = _quiz(runner, "--review")["questions"]
    assert isinstance(questions, list)
    first = [q["fact_id"] for q in questions[:3]]
    assert first == ["xi-post", "east-route-gas-supply", "trade-2014"]
    assert "trade-target-2020" not in first


def test_review_says_which_questions_are_due(runner: CliRunner) -> None:
    now = utc_now()
    with History.open() as history:
        history.start_session(1, "quiz", None, now)
        answer = AnswerRecord("trade-2014", "q1", "tf", "true", "true", True, now)
        history.record(answer, CardRecord("trade-2014", 1, now - timedelta(days=1), "{}"))
    result = runner.invoke(
        app, ["quiz", "--seed", "9", "--count", "6", "--review", "--format", "json"]
    )
    assert "1 of 6 questions are due for review; the other 5 fill the set" in result.stderr


def test_review_on_an_empty_history_says_nothing_is_due(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["quiz", "--seed", "9", "--count", "3", "--review", "--format", "json"]
    )
    assert result.exit_code == 0
    assert "nothing is due for review yet" in result.stderr


def test_review_and_cram_together_are_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["quiz", "--review", "--cram", "--format", "json"])
    assert result.exit_code == 2
    assert "--review and --cram do not go together" in result.stderr


def test_a_count_larger_than_the_bank_says_how_many_there_are(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["quiz", "--seed", "1", "--count", "1000", "--topic", "energy", "--format", "json"]
    )
    assert result.exit_code == 0
    asked = len(json.loads(result.stdout)["questions"])
    assert asked < 1000
    assert f"--count 1000: this store has {asked} mixed questions on energy" in result.stderr


def test_unknown_topic_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["quiz", "--topic", "nope", "--format", "json"])
    assert result.exit_code == 2
    assert "no facts with topic 'nope'" in result.output


def test_stats_text(runner: CliRunner) -> None:
    quiz = runner.invoke(app, ["quiz", "--count", "2"], input="a\nb\n")
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 0
    assert "Sessions" in result.stdout
    assert "Due for review" in result.stdout
    for piped in (quiz.stdout, result.stdout):  # plain output has no padding
        assert piped.strip()
        assert all(line == line.rstrip() for line in piped.splitlines())


def test_export_anki(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "deck.txt"
    result = runner.invoke(app, ["export", "anki", str(target)])
    assert result.exit_code == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["#separator:tab", "#html:false"]
    assert "wrote" in result.stderr


def test_export_anki_dash_writes_to_stdout(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "anki", "-"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == ["#separator:tab", "#html:false"]
    assert "wrote" in result.stderr
    assert not (tmp_path / "-").exists()


def test_export_anki_to_a_directory_is_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "anki", str(tmp_path)])
    assert result.exit_code == 2
    assert "directory" in result.stderr


def test_check_does_not_load_quiz_code() -> None:
    code = (
        "import sys, factcli.cli.main;"
        "bad = [m for m in ('factcli.quiz', 'sqlite3', 'fsrs') if m in sys.modules];"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
