"""FSRS scheduling: stable card ids, Again for a miss and Good for a hit, UTC, due order."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from factcli.quiz.history import AnswerRecord, CardRecord, History
from factcli.quiz.schedule import Memory, Schedule, card_id, due_facts

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)


def test_card_ids_are_stable_and_distinct() -> None:
    assert card_id("trade-2014") == card_id("trade-2014")
    assert card_id("trade-2014") != card_id("trade-target-2020")
    assert 0 < card_id("trade-2014") < 2**53


def test_a_miss_comes_back_sooner_than_a_hit() -> None:
    schedule = Schedule(fuzz=False)
    hit = schedule.review("trade-2014", True, NOW, None)
    miss = schedule.review("trade-2014", False, NOW, None)
    assert miss.due < hit.due
    assert json.loads(miss.state)["card_id"] == card_id("trade-2014")
    assert hit.due.tzinfo == timezone.utc
    # Good moves a learning card one step on; Again puts it back to the first step
    assert json.loads(hit.state)["step"] == 1
    assert json.loads(miss.state)["step"] == 0
    later = schedule.review("trade-2014", True, hit.due, hit)
    assert later.due - hit.due >= timedelta(days=1)


def test_without_fuzz_reviews_repeat_exactly() -> None:
    first = Schedule(fuzz=False)
    second = Schedule(fuzz=False)
    card_a = card_b = None
    when = NOW
    for correct in (True, True, True, False, True):
        card_a = first.review("x", correct, when, card_a)
        card_b = second.review("x", correct, when, card_b)
        when = card_a.due
    assert card_a == card_b


def test_local_times_are_refused() -> None:
    with pytest.raises(ValueError, match="UTC"):
        Schedule(fuzz=False).review("x", True, datetime(2025, 1, 1, 12, 0), None)


def test_due_facts_most_overdue_first() -> None:
    cards = {
        fid: CardRecord(fid, card_id(fid), NOW + delta, "{}")
        for fid, delta in [
            ("a", -timedelta(days=1)),
            ("b", -timedelta(days=3)),
            ("c", timedelta(1)),
        ]
    }
    assert due_facts(cards, NOW, {"a", "b", "c"}) == ["b", "a"]
    assert due_facts(cards, NOW, {"a"}) == ["a"]  # facts gone from the store are left out


def _answer(correct: bool) -> AnswerRecord:
    return AnswerRecord("trade-2014", "q1", "tf", "true", "true", correct, NOW)


def test_memory_schedules_unless_cramming(tmp_path: Path) -> None:
    with History.open(tmp_path / "h.sqlite3") as history:
        history.start_session(1, "quiz", None, NOW)
        Memory(history, Schedule(fuzz=False)).remember(_answer(True))
        assert set(history.cards()) == {"trade-2014"}
        due = history.cards()["trade-2014"].due
        Memory(history, None).remember(_answer(False))  # cram: saved, schedule untouched
        assert history.cards()["trade-2014"].due == due
        assert len(history.answers()) == 2
