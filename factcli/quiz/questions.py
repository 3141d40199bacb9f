"""The quiz's values: questions and quizzes, the slot spans they ask about, the wrong
values (variants) that stand in for them, and the tables a question bank caches.

Kept apart from the generator so that the grader and the variant builder use them without
importing the generator (which imports both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from factcli.lazy_re import lazy_compile

LETTERS = "ABCDEFGHIJ"  # the labels of multiple-choice options, in order
_LETTER = lazy_compile(r"\s*\(?([a-z])[).:]?\s*", re.IGNORECASE)


def chosen_letter(given: str) -> int | None:
    """The option index an answer names by its letter ("b", "B)", "(c)"); None for text."""
    letter = _LETTER.fullmatch(given)
    if letter is None or len(given.strip("() .:")) != 1:
        return None
    return ord(letter.group(1).lower()) - ord("a")


KINDS = ("mc", "tf", "short")
CHOICES = 4  # options of a multiple-choice question: the key and three wrong ones
BLANK = "_____"


class SlotSpan(NamedTuple):
    """A value in a fact's statement that one of the fact's typed slots fixes."""

    fact_id: str
    kind: str  # "quantity", "date", "rank" or "entity"
    start: int
    end: int
    text: str
    order: float  # where the value sorts among options of its kind (0 for entities)


class Variant(NamedTuple):
    """The statement with one slot's value replaced: a wrong option and a false statement."""

    span: SlotSpan
    text: str  # what replaces the span
    statement: str
    order: float
    from_store: bool  # the value is stated elsewhere in the store


@dataclass(frozen=True, slots=True)
class Statement:
    """A true/false statement the generator can ask, with its truth."""

    fact_id: str
    text: str
    true: bool


@dataclass(frozen=True, slots=True)
class Question:
    """One quiz question. `answer` is the key: the correct choice's text for mc, "true" or
    "false" for tf, and the expected answer for short."""

    id: str
    fact_id: str
    kind: str
    prompt: str
    answer: str
    choices: tuple[str, ...] | None = None
    topic: str = ""
    numeric: bool = False  # mc options are values sorted from low to high

    def to_dict(self) -> dict[str, object]:
        """The JSON contract of `factcli quiz --format json`."""
        return {
            "id": self.id,
            "fact_id": self.fact_id,
            "kind": self.kind,
            "prompt": self.prompt,
            "choices": list(self.choices) if self.choices is not None else None,
            "answer": self.answer,
        }


@dataclass(frozen=True, slots=True)
class Quiz:
    """A generated quiz: the seed that reproduces it and its questions, in order."""

    seed: int
    questions: tuple[Question, ...]

    def to_dict(self) -> dict[str, object]:
        """The JSON contract of `factcli quiz --format json`."""
        return {"seed": self.seed, "questions": [q.to_dict() for q in self.questions]}


class BankTables(NamedTuple):
    """What a bank derives from its store by parsing: each fact's slot spans, each span's
    wrong values, and each statement as parsed. Cached with the store (~130 ms to build
    for the bundled store: every wrong value is parsed back), so that a quiz starts fast."""

    spans: dict[str, tuple[SlotSpan, ...]]
    variants: dict[SlotSpan, tuple[Variant, ...]]
    texts: dict[str, str]
    curated: dict[SlotSpan, str]  # the prompt of a curated question asking for the span
