"""Sessions: the interactive loop and the scripted mode, with injected streams and clocks."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from functools import cache

import pytest
from rich.console import Console

from factcli.cli.quiz_session import Answered, Outcome, Session, summary
from factcli.quiz.generate import QuestionBank
from factcli.quiz.questions import Quiz
from factcli.store import load_store

WHEN = datetime(2025, 1, 1, tzinfo=timezone.utc)


@cache
def bank() -> QuestionBank:
    return QuestionBank(load_store())


def _quiz() -> Quiz:
    return bank().build(4, "mixed", seed=11)


def _session(quiz: Quiz, saved: list[Answered]) -> Session:
    ticks = iter(range(1000))
    return Session(
        quiz, bank().store, bank().grade, saved.append, lambda: float(next(ticks)), lambda: WHEN
    )


def _console() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=100, markup=False, color_system=None), out


def _reader(lines: list[str], then: BaseException | None = None) -> Callable[[], str | None]:
    feed: Iterator[str] = iter(lines)

    def read() -> str | None:
        line = next(feed, None)
        if line is None and then is not None:
            raise then
        return line

    return read


def _right_answers(quiz: Quiz) -> list[str]:
    return [q.answer for q in quiz.questions]


def test_a_full_interactive_session() -> None:
    quiz = _quiz()
    saved: list[Answered] = []
    console, out = _console()
    answers = _right_answers(quiz)
    outcome = _session(quiz, saved).play(console, _reader(["", *answers]))  # a blank is re-asked
    assert outcome.finished
    assert not outcome.interrupted
    assert outcome.correct == 4
    assert outcome.percent == 100.0
    assert [a.question.id for a in saved] == ["q1", "q2", "q3", "q4"]
    text = out.getvalue()
    assert "Question 1 of 4" in text
    assert "Question 4 of 4" in text
    assert "Correct." in text
    fact = bank().store.by_id[quiz.questions[0].fact_id]
    assert fact.quote[:40] in text.replace("\n", " ") or fact.quote[:20] in text


def test_wrong_answers_show_the_key_and_mc_takes_letters() -> None:
    quiz = bank().build(1, "mc", seed=3)
    question = quiz.questions[0]
    assert question.choices is not None
    wrong = next(i for i, c in enumerate(question.choices) if c != question.answer)
    console, out = _console()
    outcome = _session(quiz, []).play(console, _reader(["abcd"[wrong]]))
    assert outcome.correct == 0
    assert "Wrong. The answer is" in out.getvalue()
    assert question.answer in out.getvalue()


def test_end_of_input_ends_politely() -> None:
    quiz = _quiz()
    saved: list[Answered] = []
    console, _ = _console()
    outcome = _session(quiz, saved).play(console, _reader(_right_answers(quiz)[:2]))
    assert not outcome.finished
    assert not outcome.interrupted
    assert len(saved) == 2
    assert len(outcome.answered) == 2
    assert outcome.percent == 100.0  # of the questions answered
    assert outcome.overall_percent == 50.0  # what --pass-mark holds the learner to
    assert outcome.unanswered == 2


def test_ctrl_c_keeps_the_answers_so_far() -> None:
    quiz = _quiz()
    saved: list[Answered] = []
    console, _ = _console()
    reader = _reader(_right_answers(quiz)[:3], then=KeyboardInterrupt())
    outcome = _session(quiz, saved).play(console, reader)
    assert outcome.interrupted
    assert not outcome.finished
    assert len(saved) == 3


def test_scripted_and_interactive_grade_alike() -> None:
    quiz = bank().build(8, "mixed", seed=4)
    lines = ["a", "true", "38 bcm", "b", "false", "Kazakhstan", "c", "2018"]
    console, _ = _console()
    played = _session(quiz, []).play(console, _reader(lines))
    scripted = _session(quiz, []).script(lines)
    assert [a.grade for a in played.answered] == [a.grade for a in scripted.answered]


def test_results_have_one_object_per_question() -> None:
    quiz = _quiz()
    outcome = _session(quiz, []).script([quiz.questions[0].answer])
    results = list(outcome.results())
    assert [r["id"] for r in results] == ["q1", "q2", "q3", "q4"]
    assert results[0]["correct"] is True
    assert results[0]["given"] == quiz.questions[0].answer
    assert results[1] == {
        "id": "q2",
        "fact_id": quiz.questions[1].fact_id,
        "given": None,
        "expected": quiz.questions[1].answer,
        "correct": False,
    }


def test_summary_lists_score_topics_and_missed_facts() -> None:
    quiz = _quiz()
    outcome: Outcome = _session(quiz, []).script(["nonsense"] * 4)
    console, out = _console()
    console.print(summary(outcome, bank().store))
    text = out.getvalue()
    assert "0 of 4 (0%)" in text
    assert "By topic" in text
    assert "Missed facts" in text
    assert quiz.questions[0].fact_id in text
    record = outcome.answered[0].record()
    assert (record.fact_id, record.correct, record.answered) == (
        quiz.questions[0].fact_id,
        False,
        WHEN,
    )


@pytest.mark.parametrize("word", ["q", "quit", ":q", " QUIT "])
def test_typing_quit_ends_with_the_answers_so_far(word: str) -> None:
    quiz = _quiz()
    saved: list[Answered] = []
    console, out = _console()
    outcome = _session(quiz, saved).play(console, _reader([*_right_answers(quiz)[:2], word]))
    assert outcome.quit
    assert not outcome.interrupted
    assert not outcome.finished
    assert len(saved) == 2  # kept, and nothing graded for the quit
    assert "q to quit" in out.getvalue()
    console, out = _console()
    console.print(summary(outcome, bank().store, boxed=False))
    text = out.getvalue()
    assert "quit: partial results" in text
    assert "2 of 2 answered (100%)" in text
    assert re.search(r"Unanswered +2 of 4", text)


def test_a_letter_that_names_no_option_is_asked_again() -> None:
    quiz = bank().build(1, "mc", seed=3)
    question = quiz.questions[0]
    assert question.choices is not None
    assert len(question.choices) == 4
    right = "abcd"[question.choices.index(question.answer)]
    console, out = _console()
    outcome = _session(quiz, []).play(console, _reader(["e", "(z)", right]))
    assert [a.grade.given for a in outcome.answered] == [right]
    assert outcome.correct == 1
    assert "e is not an option: answer A to D" in out.getvalue()


def test_an_accepted_typo_shows_the_right_spelling() -> None:
    quiz = bank().build(4, "short", seed=2)
    question = next(q for q in quiz.questions if q.answer.isalpha() and len(q.answer) > 3)
    typo = question.answer[0] + question.answer[2] + question.answer[1] + question.answer[3:]
    answers = [typo if q is question else q.answer for q in quiz.questions]
    console, out = _console()
    outcome = _session(quiz, []).play(console, _reader(answers))
    assert outcome.correct == 4
    assert f"Correct (spelt {question.answer})." in out.getvalue()


def test_review_questions_say_whether_they_are_due() -> None:
    quiz = _quiz()
    due = frozenset({quiz.questions[0].fact_id})
    session = Session(quiz, bank().store, bank().grade, due=due)
    console, out = _console()
    session.play(console, _reader(_right_answers(quiz)))
    text = out.getvalue()
    assert "Question 1 of 4 (due for review)" in text
    assert "Question 2 of 4 (extra: not due)" in text
