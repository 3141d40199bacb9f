"""Plans stated as done: a claim's mood against a fact's modality.

A source that only expects or plans something cannot confirm that it happened: a claim
that states it as done ("Putin attended the parade") is never supported by such a fact,
and the plan's dates and amounts say nothing of what happened. What the plan fixes
whatever its time (who supplies whom, a person's post) still conflicts, and so does a
claim that denies the plan. A claim that keeps
the plan a plan, or states as a plan what the source reports as done, is compared as usual.
"""

from __future__ import annotations

from factcli.model import Modality
from factcli.mood import Mood
from factcli.parse import ParsedText
from factcli.verdict.facts import FactView
from factcli.verdict.findings import Finding, Kind

PROSPECTIVE = frozenset({Modality.EXPECTED, Modality.PLANNED})
# What a plan fixes whatever happens: its parties, their roles, a person's post; and a
# claim that denies it ("Putin has declined to attend") still contradicts it.
_TIMELESS_KINDS = frozenset({Kind.ENTITY, Kind.ROLE, Kind.TITLE, Kind.POST, Kind.NEGATION})


def done_against_plan(claim: ParsedText, view: FactView) -> bool:
    """Does the claim state as done what the fact only expects or plans?"""
    return claim.mood.mood is Mood.DONE and view.fact.modality in PROSPECTIVE


def timeless(found: list[Finding]) -> list[Finding]:
    """The findings a plan still gives a claim that states it as done."""
    return [f for f in found if f.element.kind in _TIMELESS_KINDS]


def unconfirmed_reason(claim: ParsedText, view: FactView) -> str:
    """Why a plan cannot support a claim that states it as done, in the claim's words."""
    modality = view.fact.modality.value
    return f"the claim states as done ('{claim.mood.cue}') what the source says is {modality}"
