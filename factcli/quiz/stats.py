"""What the history says about a learner: sessions, accuracy over time, the weakest facts
and how many are due for review."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from factcli.quiz.history import History

WEAKEST = 5  # facts listed as the weakest


@dataclass(frozen=True, slots=True)
class FactStats:
    """How one fact's answers went."""

    fact_id: str
    answers: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answers


@dataclass(frozen=True, slots=True)
class SessionStats:
    """How one session went."""

    started: datetime
    answers: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answers


@dataclass(frozen=True, slots=True)
class Stats:
    """The whole history in numbers."""

    sessions: tuple[SessionStats, ...]
    answers: int
    correct: int
    weakest: tuple[FactStats, ...]
    due: int
    scheduled: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answers if self.answers else None

    def to_dict(self) -> dict[str, object]:
        """The JSON of `factcli stats --format json`."""
        return {
            "sessions": len(self.sessions),
            "answers": self.answers,
            "correct": self.correct,
            "accuracy": _rounded(self.accuracy),
            "history": [
                {
                    "started": s.started.isoformat(),
                    "answers": s.answers,
                    "correct": s.correct,
                    "accuracy": _rounded(s.accuracy),
                }
                for s in self.sessions
            ],
            "weakest": [
                {
                    "fact_id": f.fact_id,
                    "answers": f.answers,
                    "correct": f.correct,
                    "accuracy": _rounded(f.accuracy),
                }
                for f in self.weakest
            ],
            "due": self.due,
            "scheduled": self.scheduled,
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def compute(history: History, now: datetime, known: Iterable[str]) -> Stats:
    """Summarise the history at `now`; `known` are the store's fact ids (due counts only
    facts still in the store)."""
    answers = history.answers()
    per_fact: dict[str, list[bool]] = defaultdict(list)
    for answer in answers:
        per_fact[answer.fact_id].append(answer.correct)
    facts = [FactStats(f, len(r), sum(r)) for f, r in per_fact.items()]
    weakest = sorted(
        (f for f in facts if f.correct < f.answers),
        key=lambda f: (f.accuracy, -f.answers, f.fact_id),
    )[:WEAKEST]
    present = set(known)
    cards = [c for c in history.cards().values() if c.fact_id in present]
    return Stats(
        sessions=tuple(SessionStats(s.started, s.answers, s.correct) for s in history.sessions()),
        answers=len(answers),
        correct=sum(a.correct for a in answers),
        weakest=tuple(weakest),
        due=sum(c.due <= now for c in cards),
        scheduled=len(cards),
    )
