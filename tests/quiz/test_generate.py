"""Question generation: properties over seeds and kinds, wrong options, and the
true/false-against-check invariant over every statement the generator can produce."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcli.checker import Checker, Verdict
from factcli.model import Store
from factcli.parse import parse_text
from factcli.quiz import variants
from factcli.quiz.generate import QuestionBank
from factcli.quiz.questions import KINDS, Statement
from factcli.store import load_store, store_files
from factcli.verdict.compare import date_relation


@cache
def bank() -> QuestionBank:
    return QuestionBank(load_store())


def _order(text: str) -> float:
    """The value a choice states, read back by the parser."""
    parsed = parse_text(text, bank().entities)
    if parsed.quantities:
        return parsed.quantities[0].value
    if parsed.ranks:
        return float(parsed.ranks[0].value)
    date = parsed.dates[0]
    return float(
        (date.start.year or 0) * 10_000 + (date.start.month or 0) * 100 + (date.start.day or 0)
    )


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    count=st.integers(min_value=1, max_value=30),
    kind=st.sampled_from([*KINDS, "mixed"]),
)
def test_quiz_properties(seed: int, count: int, kind: str) -> None:
    quiz = bank().build(count, kind, seed=seed)
    assert quiz == bank().build(count, kind, seed=seed)  # the same seed, the same quiz
    assert 0 < len(quiz.questions) <= count
    assert len({q.fact_id for q in quiz.questions}) == len(quiz.questions)
    for question in quiz.questions:
        assert kind == "mixed" or question.kind == kind
        if question.kind == "mc":
            assert question.choices is not None
            assert len(question.choices) == 4
            assert len(set(question.choices)) == 4  # no duplicates
            assert question.answer in question.choices  # the key is among them
            # exactly one choice is right
            right = [c for c in question.choices if bank().grader.equivalent(question.answer, c)]
            assert right == [question.answer]
            if question.numeric:
                orders = [_order(c) for c in question.choices]
                assert orders == sorted(orders)
        elif question.kind == "tf":
            assert question.answer in ("true", "false")
            assert question.choices is None


def test_mc_key_position_varies_with_the_seed() -> None:
    positions = set()
    for seed in range(40):
        for question in bank().build(10, "mc", seed=seed).questions:
            assert question.choices is not None
            positions.add(question.choices.index(question.answer))
    assert positions == {0, 1, 2, 3}


def test_true_false_is_half_true() -> None:
    answers = [q.answer for q in bank().build(20, "tf", seed=5).questions]
    assert abs(answers.count("true") - answers.count("false")) <= 1


def test_wrong_volumes_keep_the_unit_and_magnitude() -> None:
    store = bank().store
    spans = bank().spans(store.by_id["east-route-gas-supply"])
    (span,) = [s for s in spans if s.text == "38 billion cubic meters"]
    wrong = [v.text for v in bank().variants(span)]
    assert "28 billion cubic meters" in wrong
    assert "48 billion cubic meters" in wrong
    assert all(w.endswith(" billion cubic meters") for w in wrong)
    assert "39 billion cubic meters" not in wrong


def test_figures_from_elsewhere_in_the_store_come_first() -> None:
    store = bank().store
    span = bank().spans(store.by_id["visit-three-day"])[0]
    variants = bank().variants(span)
    assert [v.text for v in variants if v.from_store] == ["one-day", "two-day"]
    assert variants[0].from_store


def test_wrong_dates_keep_their_shape() -> None:
    store = bank().store
    (span,) = [s for s in bank().spans(store.by_id["trip-dates"]) if s.kind == "date"]
    fact = store.by_id["trip-dates"]
    for variant in bank().variants(span):
        parsed = parse_text(variant.text, bank().entities)
        (date,) = parsed.dates
        assert date.start.month == 5
        assert date.start != date.end
        assert date_relation(date, fact.dates[0].date) == "different"


def test_topic_and_priority() -> None:
    quiz = bank().build(5, "mixed", topic="trade", seed=1)
    assert all("trade" in bank().store.by_id[q.fact_id].topics for q in quiz.questions)
    first = ["trade-2014", "east-route-gas-supply"]
    quiz = bank().build(5, "short", seed=1, first=first)
    assert [q.fact_id for q in quiz.questions[:2]] == first


def test_curated_questions_are_asked() -> None:
    prompts = {q.prompt for s in range(20) for q in bank().build(30, "short", seed=s).questions}
    assert "Which firm does Rajiv Biswas work for as chief Asia economist?" in prompts


def test_options_of_a_curated_question_read_as_answers_to_it() -> None:
    asked = [
        q
        for seed in range(40)
        for q in bank().build(100, "mc", seed=seed).questions
        if q.prompt.startswith("How many days")
    ]
    assert asked  # the bundled store asks how long Xi's visit lasts
    for question in asked:
        assert question.choices is not None
        assert question.answer == "three days"
        assert all(re.fullmatch(r"\w+ days?", choice) for choice in question.choices)
        assert "one day" in question.choices or "two days" in question.choices


# --- the invariant: every true statement is supported and every false one refuted --------

# Claims the checker gets wrong (engine failures, reported to the engine's owners): the
# statement is as stated, and `check` returns the verdict on the right.
NEI, SUPPORTED = Verdict.NOT_ENOUGH_INFO, Verdict.SUPPORTED
KNOWN_ENGINE_FAILURES: dict[str, Verdict] = {
    # "respectively" pairs two policies with two countries; the engine does not pair them.
    "Dmitri Trenin says China will use the memories of World War II to buttress its current "
    "policy toward Russia.": SUPPORTED,
    # "particularly China" names the country within Asia; no role marks it for replacement.
    "As a result of the sanctions, the Russian government is moving closer towards Asia, "
    "particularly Ukraine.": NEI,
}


@cache
def _statements() -> tuple[Statement, ...]:
    return tuple(bank().statements())


@cache
def _checker() -> Checker:
    return Checker(bank().store)


def _cases() -> list[object]:
    cases: list[object] = []
    for statement in _statements():
        marks = []
        if statement.text in KNOWN_ENGINE_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason="engine failure: see report"))
        cases.append(pytest.param(statement, id=statement.text[:70], marks=marks))
    return cases


def test_the_generator_asks_many_statements(bundled_store: Store) -> None:
    statements = _statements()
    assert sum(s.true for s in statements) >= 20
    assert sum(not s.true for s in statements) >= 100


@pytest.mark.parametrize("statement", _cases())
def test_true_false_agrees_with_check(statement: Statement) -> None:
    expected = Verdict.SUPPORTED if statement.true else Verdict.REFUTED
    assert _checker().check(statement.text).verdict is expected


def test_a_bank_from_the_cache_asks_what_a_fresh_bank_asks(
    mini_store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = store_files([mini_store_path])
    store = load_store([mini_store_path])
    fresh = QuestionBank(store).build(10, "mixed", None, 3)
    assert fresh.questions
    built = QuestionBank.for_store(store, files)
    assert built.build(10, "mixed", None, 3) == fresh

    def no_parsing(*args: object) -> None:
        raise AssertionError("the tables should come from the cache")

    monkeypatch.setattr(variants, "parse_text", no_parsing)
    served = QuestionBank.for_store(load_store([mini_store_path]), files)
    assert served.tables == built.tables
    assert served.build(10, "mixed", None, 3) == fresh
