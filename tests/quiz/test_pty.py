"""A real `factcli quiz` in a pseudo-terminal: three answers, then Ctrl-C on the fourth."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

FACTCLI = [sys.executable, "-m", "factcli"]


@pytest.mark.slow
def test_ctrl_c_on_the_fourth_question_keeps_three_answers(tmp_path: Path) -> None:
    env = {**os.environ, "FACTCLI_HOME": str(tmp_path), "NO_COLOR": "1", "COLUMNS": "120"}
    args = ["quiz", "--seed", "5", "--count", "6"]
    printed = subprocess.run(
        [*FACTCLI, *args, "--format", "json"], capture_output=True, text=True, env=env, check=True
    )
    questions = json.loads(printed.stdout)["questions"]
    child = pexpect.spawn(FACTCLI[0], [*FACTCLI[1:], *args], env=env, encoding="utf-8", timeout=20)
    try:
        for number, question in enumerate(questions[:3], start=1):
            child.expect_exact(f"Question {number} of 6")
            child.expect("Your answer|True or false")
            child.expect_exact(": ")
            child.sendline(question["answer"])
            child.expect_exact("Correct.")
        child.expect_exact("Question 4 of 6")
        child.expect_exact(": ")
        child.sendintr()
        child.expect_exact("interrupted: partial results")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 130
    db = sqlite3.connect(tmp_path / "history.sqlite3")
    rows = db.execute("SELECT fact_id, correct FROM answers ORDER BY id").fetchall()
    db.close()
    assert rows == [(q["fact_id"], 1) for q in questions[:3]]


@pytest.mark.slow
def test_typing_q_ends_with_the_summary_and_status_0(tmp_path: Path) -> None:
    env = {**os.environ, "FACTCLI_HOME": str(tmp_path), "NO_COLOR": "1", "COLUMNS": "120"}
    args = ["quiz", "--seed", "5", "--count", "6"]
    printed = subprocess.run(
        [*FACTCLI, *args, "--format", "json"], capture_output=True, text=True, env=env, check=True
    )
    first = json.loads(printed.stdout)["questions"][0]
    child = pexpect.spawn(FACTCLI[0], [*FACTCLI[1:], *args], env=env, encoding="utf-8", timeout=20)
    try:
        child.expect_exact("q to quit")
        child.sendline(first["answer"])
        child.expect_exact("Question 2 of 6")
        child.expect_exact("q to quit")
        child.sendline("q")
        child.expect_exact("quit: partial results")
        child.expect_exact("1 of 1 answered")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    db = sqlite3.connect(tmp_path / "history.sqlite3")
    rows = db.execute("SELECT fact_id, correct FROM answers ORDER BY id").fetchall()
    db.close()
    assert rows == [(first["fact_id"], 1)]
