"""The agents comparator: who does a thing to whom. A claim that gives the same verb to
the one the fact says it is done to, and the other way round ("Oculus accuses ZeniMax"
against "ZeniMax accuses Oculus"), swaps them.
"""

from factcli.actions import Action
from factcli.parse import ParsedText
from factcli.synonyms import widened
from factcli.verdict.facts import FactView
from factcli.verdict.findings import Element, Finding, Kind, Scope, Status


def findings(claim: ParsedText, view: FactView, scope: Scope) -> list[Finding]:
    """A conflict for each verb of the claim whose sides are the fact's, swapped."""
    if not claim.actions:
        return []
    found = []
    for action in claim.actions:
        for stated in view.statement.actions:
            if _same_verb(action, stated) and _swapped(action, stated):
                doers = " and ".join(sorted(stated.doers))
                undergoers = " and ".join(sorted(stated.undergoers))
                found.append(
                    Finding(
                        Element.named(Kind.ROLE, action.said),
                        Status.CONFLICT,
                        f"the claim swaps the sides of '{action.said}'; the source says "
                        f"{doers} {stated.said} {undergoers}",
                    )
                )
                break
    return found


def _same_verb(claim: Action, fact: Action) -> bool:
    return claim.verb == fact.verb or fact.verb in widened(frozenset({claim.verb}))


def _swapped(claim: Action, fact: Action) -> bool:
    """Does the claim put names of both sides on the other, and none on the fact's own?
    ("Lemuria accused Mu" names one side only: another accusation, not this one swapped.)"""
    kept = (claim.doers & fact.doers) | (claim.undergoers & fact.undergoers)
    return bool(claim.doers & fact.undergoers and claim.undergoers & fact.doers) and not kept
