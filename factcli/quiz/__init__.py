"""Quizzes over a fact store: questions from the facts' slots, lenient grading, an answer
history and FSRS spaced repetition.

Each name loads its module on first use, and importing this package loads neither SQLite,
nor fsrs, nor Rich, nor the parsers: a quiz shows its first question before it needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcli import _lazy_exports

if TYPE_CHECKING:
    from factcli.quiz.generate import KINDS, Question, QuestionBank, Quiz, Statement, build_quiz
    from factcli.quiz.grade import Grade, Grader

__all__ = [
    "KINDS",
    "Grade",
    "Grader",
    "Question",
    "QuestionBank",
    "Quiz",
    "Statement",
    "build_quiz",
]

_LAZY = {
    "KINDS": "factcli.quiz.generate",
    "Question": "factcli.quiz.generate",
    "QuestionBank": "factcli.quiz.generate",
    "Quiz": "factcli.quiz.generate",
    "Statement": "factcli.quiz.generate",
    "build_quiz": "factcli.quiz.generate",
    "Grade": "factcli.quiz.grade",
    "Grader": "factcli.quiz.grade",
}

__getattr__ = _lazy_exports(__name__, _LAZY)
