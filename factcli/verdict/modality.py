"""Plans stated as done: a claim's mood against a fact's modality.

A source that only expects or plans something cannot confirm that it happened: a claim
that states it as done ("Putin attended the parade") is never supported by such a fact,
and the plan's dates and amounts say nothing of what happened. What the plan fixes
whatever its time (who supplies whom, a person's post, how long the event lasts) still
conflicts, and so does a claim that denies the plan. A claim that keeps
the plan a plan, or states as a plan what the source reports as done, is compared as usual.
"""

from __future__ import annotations

import datetime
import re

from factcli.frames import REPORTING_VERBS
from factcli.lazy_re import lazy_compile
from factcli.lexicon import stem
from factcli.model import Modality
from factcli.mood import Mood
from factcli.parse import ParsedText
from factcli.verdict.compare import day_range
from factcli.verdict.facts import FactView
from factcli.verdict.findings import Finding, Kind, Status

PROSPECTIVE = frozenset({Modality.EXPECTED, Modality.PLANNED})
# What a plan fixes whatever happens: its parties, their roles, a person's post; and a
# claim that denies it ("Putin has declined to attend") still contradicts it.
_TIMELESS_KINDS = frozenset({Kind.ENTITY, Kind.ROLE, Kind.TITLE, Kind.POST, Kind.NEGATION})


def plan_after_event(claim: ParsedText, view: FactView, found: list[Finding]) -> bool:
    """Does a claim that states a plan, dated without a year ("will visit China in
    September"), clash on its date with an event the source reports as past (a visit in May
    2014)? Then it speaks of a later occasion, not of that event."""
    if claim.mood.mood is not Mood.PLANNED or view.fact.modality in PROSPECTIVE:
        return False
    published = view.fact.source.date
    if not published or not view.fact.dates:
        return False
    try:
        before = datetime.date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return False
    spans = [day_range(slot.date, None) for slot in view.fact.dates]
    if any(span is None or span[1] >= before for span in spans):
        return False  # an event not yet over when the source was written
    return any(
        f.status is Status.CONFLICT
        and f.element.kind is Kind.DATE
        and claim.dates[f.element.number].start.year is None
        for f in found
    )


def done_against_plan(claim: ParsedText, view: FactView) -> bool:
    """Does the claim state as done what the fact only expects or plans, in its modality
    or in the words before the claim's deed ("the order that Obama plans to sign")?"""
    if claim.mood.mood is not Mood.DONE:
        return False
    if claim.mood.cue.split()[-1:] and claim.mood.cue.split()[-1].lower() in REPORTING_VERBS:
        return False  # "Xi confirmed his visit, which will be ...": an announcement is done
    if deed_done(claim, view):
        return False  # "recently unveiled a submarine that could carry ...": the deed is done
    return view.fact.modality in PROSPECTIVE or _deed_planned(claim.mood.cue, view)


# Plan words before "to" and a deed: "plans to sign", "is expected to attend".
_PLAN_BEFORE_TO = frozenset(
    "plan plans planned planning intend intends intended expected scheduled set due going is"
    " are aim aims hope hopes".split()
)


# Words that put a deed after them in prospect: "could be signed", "to attend", "will sign".
_PROSPECT_BEFORE = (
    frozenset("will would could may might should shall must to can cannot".split())
    | _PLAN_BEFORE_TO
)


def deed_done(claim: ParsedText, view: FactView) -> bool:
    """Does the fact's statement itself state the claim's done deed as done, in the same
    past form ("a boy - believed to be 2 - was swept away", "searched his home"), whatever
    cue of its other clauses made the whole fact a plan or an expectation?"""
    cue = claim.mood.cue if claim.mood.mood is Mood.DONE else ""
    deed = cue.split()[-1].lower() if cue else ""
    if not deed or deed in _AUXILIARIES:
        return False
    words = [w.lower for w in view.statement.words]
    return any(
        word == deed
        and not _PROSPECT_BEFORE.intersection(
            w for w in words[max(0, at - 3) : at] if w not in _AUXILIARIES
        )
        for at, word in enumerate(words)
    )


# Forms of "be" and "have" that carry a deed's tense ("was swept", "have held", "had been").
_AUXILIARIES = frozenset("be been being is are was were has have had already".split())


def _deed_planned(cue: str, view: FactView) -> bool:
    """Does the fact's statement put the claim's done deed ("signed") only after a plan
    word ("plans to sign", "will sign", "is to be signed")?"""
    deed = stem(cue.split()[-1]) if cue else ""
    if not deed or deed not in view.statement.stems:
        return False
    words = [w.lower for w in view.statement.words]
    for at, word in enumerate(view.statement.words):
        if word.stem != deed:
            continue
        before = words[max(0, at - 3) : at]
        if before[-1:] == ["be"]:
            before = before[:-1]  # "is to be signed", "will be signed"
        if before[-1:] == ["will"] or (
            before[-1:] == ["to"] and before[-2:-1] and before[-2] in _PLAN_BEFORE_TO
        ):
            return True
    return False


def timeless(claim: ParsedText, found: list[Finding]) -> list[Finding]:
    """The findings a plan still gives a claim that states it as done: on what the plan
    fixes whatever its time, another length of the planned event itself ("a three-day
    visit to Belarus" against a planned two-day one), and another value in a slot of the
    plan ("began to supply gas from 2021" against supplies planned from 2018): a part of
    the claim the plan refutes, though it can confirm none."""
    terms = _states_terms(claim) or any(
        f.status is Status.CONFLICT and f.element.kind in _VALUE_KINDS for f in found
    )
    return [
        f
        for f in found
        if f.element.kind in _TIMELESS_KINDS
        or _other_length(claim, f)
        or (terms and f.element.kind in _VALUE_KINDS)
    ]


_VALUE_KINDS = frozenset({Kind.QUANTITY, Kind.DATE})
_DEADLINE = lazy_compile(r"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+)?\d{4}\b", re.I)


def _states_terms(claim: ParsedText) -> bool:
    """Does a claim that states a commitment as made spell out the plan's terms ("have
    agreed to raise trade to $200 billion by 2025")? Then they are the plan's, compared as
    such: another amount or deadline contradicts the plan, whatever was done (the plan
    still supports no claim that states it as done)."""
    if claim.mood.mood is not Mood.DONE:
        return False
    lower = claim.text.lower()
    if "by " not in lower and "until " not in lower and "till " not in lower:
        return False  # most texts: the pattern is never compiled
    return _DEADLINE.search(claim.text) is not None


def _other_length(claim: ParsedText, finding: Finding) -> bool:
    """A conflict on a duration: how long the planned event lasts is part of the plan."""
    if finding.status is not Status.CONFLICT or finding.element.kind is not Kind.QUANTITY:
        return False
    return claim.quantities[finding.element.number].dimension == "time"


def unconfirmed_reason(claim: ParsedText, view: FactView) -> str:
    """Why a plan cannot support a claim that states it as done, in the claim's words."""
    modality = view.fact.modality.value if view.fact.modality in PROSPECTIVE else "planned"
    return f"the claim states as done ('{claim.mood.cue}') what the source says is {modality}"
