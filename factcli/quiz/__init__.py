"""Quizzes over a fact store: questions from the facts' slots, lenient grading, an answer
history and FSRS spaced repetition.

Each name loads its module on first use, and importing this package loads neither SQLite,
nor fsrs, nor Rich, nor the parsers: a quiz shows its first question before it needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcli import _lazy_exports

if TYPE_CHECKING:
    from factcli.quiz.generate import QuestionBank, build_quiz
    from factcli.quiz.grade import Grade, Grader
    from factcli.quiz.questions import KINDS, Question, Quiz, Statement

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
    "KINDS": "factcli.quiz.questions",
    "Question": "factcli.quiz.questions",
    "QuestionBank": "factcli.quiz.generate",
    "Quiz": "factcli.quiz.questions",
    "Statement": "factcli.quiz.questions",
    "build_quiz": "factcli.quiz.generate",
    "Grade": "factcli.quiz.grade",
    "Grader": "factcli.quiz.grade",
}

__getattr__ = _lazy_exports(__name__, _LAZY)
