"""The ranks comparator: each rank or ordinal of the claim ("ninth-largest", "70th")
against the fact's ranks of the same sort. The same place matches; another conflicts.
"""

from __future__ import annotations

import re

from factcli.lazy_re import lazy_compile
from factcli.numbers import ORDINAL_PATTERN
from factcli.parse import ParsedText
from factcli.values import Rank
from factcli.verdict.compare import comparable_ranks, same_rank
from factcli.verdict.facts import FactView
from factcli.verdict.findings import Element, Finding, Kind, Scope, Status
from factcli.verdict.slots import measures_alike, slot_allowed, slot_id


def findings(claim: ParsedText, view: FactView, scope: Scope) -> list[Finding]:
    """A finding for each of the claim's ranks that the fact ranks the same way."""
    found = []
    for number, rank in enumerate(claim.ranks):
        element = Element.value(Kind.RANK, number)
        slots = [
            s
            for i, s in enumerate(view.ranks)
            if comparable_ranks(rank, s.rank)
            and slot_allowed(element, slot_id(view, s.slot, i), scope.eligible)
            and not _counts_another(claim, rank, s.slot)
            and not _counts_times(claim, rank, view, s.slot)
        ]
        if not slots:
            if _first_as_initially(rank, view):
                found.append(Finding(element, Status.MATCH, "'first' agrees with 'initially'"))
            continue
        if any(_holds(s.rank, rank) for s in slots) and _ever(claim, rank, view):
            continue  # "the first ever" against "the first in 14 years": more than it says
        if any(_holds(s.rank, rank) for s in slots):
            found.append(Finding(element, Status.MATCH, f"{rank.text} matches the source"))
        elif any(_narrower(s.rank, rank) for s in slots):
            continue  # "ninth-largest" against "among the top ten": more than the fact says
        elif _PERIOD_AFTER.match(claim.text, rank.end):
            continue  # "the first quarter" against the second: another period, not an error
        elif alike := [s for s in slots if measures_alike(claim, view, s)]:
            found.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim says {_claimed(rank)}; "
                    f"the source says {describe_rank(alike[0].rank)}",
                )
            )
    return found


_EVER_AFTER = lazy_compile(r"[\s-]+ever\b", re.IGNORECASE)
# A first within a span: "the first in 14 years", "the first since 2001", "in a decade".
_SCOPED = lazy_compile(r"\b(?:in\s+(?:\w+\s+)?(?:years?|decades?|months?)|since)\b", re.IGNORECASE)


def _ever(claim: ParsedText, rank: Rank, view: FactView) -> bool:
    """Does the claim call first of all time ("first ever") what the fact calls first
    within a span ("the first by a Chinese president in 14 years")?"""
    return (
        _EVER_AFTER.match(claim.text, rank.end) is not None
        and _SCOPED.search(view.fact.statement) is not None
    )


# An adverb that says a thing came first: "were initially dispatched", "at first".
_INITIALLY = lazy_compile(r"\b(?:initially|at first|originally)\b", re.IGNORECASE)


def _first_as_initially(rank: Rank, view: FactView) -> bool:
    """ "the first response involved 10,000 soldiers" against "10,000 troops were initially
    dispatched": the fact ranks nothing, but its adverb says the same first."""
    return (
        rank.kind == "ordinal"
        and rank.value == 1
        and not view.ranks
        and _INITIALLY.search(view.statement.text) is not None
    )


# "first quarter", "second half": an ordinal that names a part of the year.
_PERIOD_AFTER = lazy_compile(r"[\s-]+(?:quarter|half)\b", re.IGNORECASE)


# "the first time", "for the third time": an ordinal that counts occurrences.
_OCCURRENCE_AFTER = lazy_compile(r"[\s-]+times?\b", re.IGNORECASE)


def _counts_times(claim: ParsedText, rank: Rank, view: FactView, slot: str) -> bool:
    """Does the claim's ordinal count times ("the first time Chinese troops marched") where
    the fact's counts something else ("the 70th anniversary")? An order of events ("the
    first Russian leader to ...") or the fact's own times still meet it."""
    if rank.kind != "ordinal" or slot == "order":
        return False
    if not _OCCURRENCE_AFTER.match(claim.text, rank.end):
        return False
    return _TIMES_COUNTED.search(view.statement.text) is None


_TIMES_COUNTED = lazy_compile(
    rf"(?:{ORDINAL_PATTERN}|\d+(?:st|nd|rd|th))[\s-]+times?\b", re.IGNORECASE
)


def _counts_another(claim: ParsedText, rank: Rank, slot: str) -> bool:
    """Does the claim's ordinal count something else than the slot it is named after, when
    another ordinal of the claim counts that ("the 70th anniversary ... the first to
    celebrate")?"""
    if rank.kind != "ordinal" or not slot.isalpha():
        return False
    counted = re.finditer(
        rf"({ORDINAL_PATTERN}|\b\d+\b)(?:[\s-]+[\w'-]+){{0,2}}?[\s-]+{re.escape(slot)}\b",
        claim.text,
        re.IGNORECASE,
    )
    return any(match.start(1) != rank.start for match in counted)


def _holds(fact: Rank, claim: Rank) -> bool:
    """Does the fact's place agree with the claim's: the same place, or, for "top ten",
    any place from the top down to the tenth (and any top N within it)?"""
    if claim.kind == "rank_within":
        return fact.kind in ("rank", "rank_within") and 1 <= fact.value <= claim.value
    if claim.kind == "rank_beyond":  # "outside the top ten": no place up to the tenth
        return fact.kind == "rank" and fact.value > claim.value
    return same_rank(fact, claim)


def _narrower(fact: Rank, claim: Rank) -> bool:
    """Is the claim's place one the fact's "top N" holds but does not fix ("ninth-largest",
    "top five" against "among the top ten")?"""
    return (
        fact.kind == "rank_within"
        and claim.kind in ("rank", "rank_within")
        and 1 <= claim.value <= fact.value
    )


def _claimed(rank: Rank) -> str:
    """The claim's rank as it says it ("outside the top ten": its words, "top ten", and the
    word before that the span leaves out)."""
    return describe_rank(rank) if rank.kind == "rank_beyond" else rank.text.strip()


def describe_rank(rank: Rank) -> str:
    """A rank in words: "ninth-largest", "largest", "70th"."""
    if rank.kind == "rank_bottom":
        return "smallest"
    if rank.kind == "rank_within":
        return f"among the top {rank.value}"
    if rank.kind == "rank_beyond":
        return f"outside the top {rank.value}"
    if rank.kind == "rank":
        return "largest" if rank.value == 1 else f"{_ordinal_word(rank.value)}-largest"
    return _ordinal_word(rank.value)


def _ordinal_word(value: int) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"
