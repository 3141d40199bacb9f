"""Quizzes over a fact store: questions from the facts' slots, lenient grading, an answer
history and FSRS spaced repetition.

Importing this package loads neither SQLite, nor fsrs, nor Rich: the modules that need them
import them when used.
"""

from __future__ import annotations

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
