"""Quiz questions from the facts' typed slots and curated questions: multiple choice,
true/false and short answer.

A question asks for one value of a fact's statement that a typed slot fixes (a quantity, a
date, a rank or an entity), found with the parser and the value comparisons `check` uses.
Wrong options and false statements replace that value in the statement's own wording
(quiz/variants.py); the tables of spans and wrong values are cached with the store, so
that a quiz starts without the parsers.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from factcli.lazy_re import lazy_compile
from factcli.model import Fact, Store
from factcli.quiz.questions import (
    BLANK,
    CHOICES,
    KINDS,
    BankTables,
    Question,
    Quiz,
    SlotSpan,
    Statement,
    Variant,
)

if TYPE_CHECKING:  # the parsers and the grader load when tables are built or answers graded
    from factcli.entities import EntityIndex
    from factcli.quiz.grade import Grade, Grader


class _Candidate(NamedTuple):
    """A way to ask about one fact in one kind, before the seed picks the details."""

    kind: str
    span: SlotSpan | None = None
    prompt: str = ""
    answer: str = ""


class QuestionBank:
    """Every question the store allows, from tables that parse each statement once."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def for_store(cls, store: Store, files: Sequence[Path]) -> QuestionBank:
        """The bank of a store loaded from `files`, its tables served from the cache."""
        from factcli.cache import cached

        bank = cls(store)
        bank.__dict__["tables"] = cached(files, "quiz", BankTables, lambda: bank.tables)
        return bank

    @cached_property
    def tables(self) -> BankTables:
        """The parsed tables, built here (QuestionBank.for_store takes them from the cache)."""
        from factcli.quiz.variants import build_tables

        return build_tables(self.store, self.entities)

    def spans(self, fact: Fact) -> tuple[SlotSpan, ...]:
        """The values of the statement that the fact's slots fix, left to right."""
        return self.tables.spans[fact.id]

    def variants(self, span: SlotSpan) -> tuple[Variant, ...]:
        """Wrong values for a span, in the statement's wording: the store's own first."""
        return self.tables.variants[span]

    def statements(self) -> Iterator[Statement]:
        """Every true/false statement the generator can ask: each fact's statement that has
        a slot to change, and every single-slot change of it."""
        for fact in self.store.facts:
            variants = [v for span in self.spans(fact) for v in self.variants(span)]
            if variants:
                yield Statement(fact.id, fact.statement, True)
            for variant in variants:
                yield Statement(fact.id, variant.statement, False)

    def _candidates(self, fact: Fact, kind: str) -> list[_Candidate]:
        spans = self.spans(fact)
        if kind == "tf":
            has_false = any(self.variants(s) for s in spans)
            return [_Candidate("tf")] if has_false else []
        if kind == "short":
            curated = [q for q in fact.questions if q.kind == "short"]
            found = [_Candidate("short", None, q.prompt, q.answer) for q in curated]
            found += [_Candidate("short", s, self.cloze(s), s.text) for s in spans]
            return found
        found = []
        for span in spans:
            if len(self.variants(span)) < CHOICES - 1:
                continue
            prompt = self.tables.curated.get(span) or self.cloze(span)
            found.append(_Candidate("mc", span, prompt))
        return found

    @cached_property
    def entities(self) -> EntityIndex:
        """The store's names, for the tables and the grader (loaded when first needed)."""
        from factcli.entities import EntityIndex

        return EntityIndex(self.store.aliases)

    @cached_property
    def grader(self) -> Grader:
        """Grades answers to this bank's questions with the bank's alias table."""
        from factcli.quiz.grade import Grader

        return Grader(self.store, self.entities)

    def grade(self, question: Question, given: str) -> Grade:
        """Grade one answer (the grader and the parsers load at the first answer)."""
        return self.grader.grade(question, given)

    def cloze(self, span: SlotSpan) -> str:
        """The statement with the span blanked out: a question asking for its value."""
        text = self.tables.texts[span.fact_id]
        return f"Fill in the blank: {text[: span.start]}{BLANK}{text[span.end :]}"

    def build(
        self,
        count: int = 10,
        kind: str = "mixed",
        topic: str | None = None,
        seed: int | None = None,
        first: Sequence[str] = (),
    ) -> Quiz:
        """A quiz of up to `count` questions, one per fact. The same arguments give the same
        quiz; facts in `first` (due for review) come first, in that order."""
        seed = random.SystemRandom().randrange(1_000_000) if seed is None else seed
        rng = random.Random(seed)
        kinds = KINDS if kind == "mixed" else (kind,)
        facts = [f for f in self.store.facts if topic is None or topic in f.topics]
        rng.shuffle(facts)
        rank = {fact_id: i for i, fact_id in enumerate(first)}
        facts.sort(key=lambda f: rank.get(f.id, len(rank)))
        chosen: list[tuple[Fact, _Candidate]] = []
        turn = rng.randrange(len(kinds))
        for fact in facts:
            if len(chosen) == count:
                break
            for step in range(len(kinds)):
                options = self._candidates(fact, kinds[(turn + step) % len(kinds)])
                if options:
                    chosen.append((fact, rng.choice(options)))
                    turn += step + 1
                    break
        truths = [n % 2 == 0 for n in range(sum(c.kind == "tf" for _, c in chosen))]
        rng.shuffle(truths)
        questions = []
        for number, (fact, candidate) in enumerate(chosen, start=1):
            ident = f"q{number}"
            if candidate.kind == "tf":
                questions.append(self._true_false(ident, fact, truths.pop(), rng))
            elif candidate.kind == "mc":
                questions.append(self._multiple_choice(ident, fact, candidate, rng))
            else:
                questions.append(
                    Question(
                        ident,
                        fact.id,
                        "short",
                        candidate.prompt,
                        candidate.answer,
                        topic=_topic(fact),
                    )
                )
        return Quiz(seed, tuple(questions))

    def _true_false(self, ident: str, fact: Fact, true: bool, rng: random.Random) -> Question:
        text = fact.statement
        if not true:
            spans = [s for s in self.spans(fact) if self.variants(s)]
            text = rng.choice(self.variants(rng.choice(spans))).statement
        answer = "true" if true else "false"
        return Question(ident, fact.id, "tf", text, answer, topic=_topic(fact))

    def _multiple_choice(
        self, ident: str, fact: Fact, candidate: _Candidate, rng: random.Random
    ) -> Question:
        assert candidate.span is not None
        span = candidate.span
        pool = list(self.variants(span))
        from_store = [v for v in pool if v.from_store]
        rng.shuffle(from_store)
        others = [v for v in pool if not v.from_store]
        nearest = others[: 2 * CHOICES]  # perturbations come nearest first
        rng.shuffle(nearest)
        wrong = list(dict.fromkeys(from_store[: CHOICES - 2] + nearest + others))[: CHOICES - 1]
        # a curated "How many days ...?" is answered "three days", not "three-day"
        asked = span.kind == "quantity" and candidate.prompt in self.tables.curated.values()
        answer = _as_answer(span.text) if asked else span.text
        options = [(answer, span.order)]
        options += [(_as_answer(v.text) if asked else v.text, v.order) for v in wrong]
        numeric = span.kind != "entity"
        if numeric:
            options.sort(key=lambda option: option[1])
        else:
            rng.shuffle(options)
        choices = tuple(text for text, _ in options)
        return Question(
            ident, fact.id, "mc", candidate.prompt, answer, choices, _topic(fact), numeric
        )


_COMPOUND = lazy_compile(r"([\w.,]+)-([a-z]+)")  # a number-unit adjective: "three-day", "10-year"


def _as_answer(value: str) -> str:
    """A quantity as it answers a question: "three-day" (a visit) is "three days"."""
    match = _COMPOUND.fullmatch(value)
    if match is None:
        return value
    number, unit = match.groups()
    if number.lower() not in ("one", "1", "a", "an"):
        unit = (
            unit[:-1] + "ies" if unit.endswith("y") and unit[-2:-1] not in "aeiou" else unit + "s"
        )
    return f"{number} {unit}"


def _topic(fact: Fact) -> str:
    return fact.topics[0] if fact.topics else ""


def build_quiz(
    store: Store,
    count: int = 10,
    kind: str = "mixed",
    topic: str | None = None,
    seed: int | None = None,
    first: Sequence[str] = (),
) -> Quiz:
    """A seeded quiz over `store`: see QuestionBank.build."""
    return QuestionBank(store).build(count, kind, topic, seed, first)
