"""Spaced repetition with FSRS (the `fsrs` package, the scheduler Anki offers).

One card per fact, with an id derived from the fact id so that it never changes. A wrong
answer is rated Again and a right one Good (never Hard for a miss). Times are UTC.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cached_property
from typing import Any

from factcli.quiz.history import AnswerRecord, CardRecord, History


def card_id(fact_id: str) -> int:
    """A stable card id for a fact: 48 bits of its SHA-256, positive and JSON-safe."""
    import hashlib  # here, not at import: OpenSSL takes ~3 ms to load, before question 1

    return int.from_bytes(hashlib.sha256(fact_id.encode("utf-8")).digest()[:6], "big")


class Schedule:
    """Reviews facts with FSRS. `fuzz=False` makes intervals exact, for tests.

    fsrs (~5 ms to import) loads at the first review, once the first question is shown."""

    def __init__(self, fuzz: bool = True) -> None:
        self.fuzz = fuzz

    @cached_property
    def _scheduler(self) -> Any:
        from fsrs import Scheduler

        return Scheduler(enable_fuzzing=self.fuzz)

    def review(
        self, fact_id: str, correct: bool, when: datetime, card: CardRecord | None
    ) -> CardRecord:
        """The fact's card after one answer at `when` (UTC)."""
        from fsrs import Card, Rating

        current = Card.from_json(card.state) if card else Card(card_id=card_id(fact_id), due=when)
        rating = Rating.Good if correct else Rating.Again
        updated, _ = self._scheduler.review_card(current, rating, when)
        return CardRecord(fact_id, updated.card_id, updated.due, updated.to_json())


def due_facts(cards: Mapping[str, CardRecord], now: datetime, known: Iterable[str]) -> list[str]:
    """The facts due for review at `now`, most overdue first (facts no longer in the store
    are left out)."""
    present = set(known)
    due = [c for c in cards.values() if c.due <= now and c.fact_id in present]
    return [c.fact_id for c in sorted(due, key=lambda c: (c.due, c.fact_id))]


class Memory:
    """Stores each answer at once and, unless cramming, moves the fact's card."""

    def __init__(self, history: History, schedule: Schedule | None) -> None:
        self.history = history
        self.schedule = schedule  # None when cramming: the schedule stays as it was

    @cached_property
    def _cards(self) -> dict[str, CardRecord]:
        """The cards, read at the first answer (not before the first question)."""
        return self.history.cards() if self.schedule is not None else {}

    def remember(self, answer: AnswerRecord) -> None:
        """Save one answer (and its review) in one transaction."""
        card = None
        if self.schedule is not None:
            previous = self._cards.get(answer.fact_id)
            card = self.schedule.review(answer.fact_id, answer.correct, answer.answered, previous)
            self._cards[answer.fact_id] = card
        self.history.record(answer, card)
