"""A fact's denial that the claim says in other words, or that the fact's own sentence
says in a clause the fact leaves to another: no contradiction between them."""

from __future__ import annotations

import re

from factcli.lazy_re import lazy_compile
from factcli.lexicon import stem
from factcli.parse import ParsedText
from factcli.verdict.facts import FactView

_WITHOUT = lazy_compile(r"\bwithout\s+([a-z][\w'-]*)")


def lost_what_it_is_without(claim: ParsedText, view: FactView) -> str | None:
    """The thing the fact says someone is without and the claim says they lost ("were
    without power", "had lost power"), if any."""
    found = _WITHOUT.search(view.statement.lower)
    if found is None or "without" not in view.statement.negations:
        return None
    thing = found.group(1)
    losing = r"\b(?:lost|lose|loses|losing)\s+(?:their\s+|its\s+|the\s+)?"
    lost = re.search(rf"{losing}{re.escape(thing)}\b", claim.lower)
    return thing if lost is not None else None


def repeats_denial(claim: ParsedText, view: FactView) -> bool:
    """Does the claim say the fact's denial, cue and denied word, in a clause of its own
    ("Although no group claimed responsibility, the bloodshed raised fears ...")?"""
    statement = view.statement.lower
    for cue in view.statement.negations:
        found = re.search(rf"\b{re.escape(cue)}\s+(?:been\s+)?([a-z][\w'-]*)", statement)
        if found is not None and re.search(rf"\b{re.escape(found.group(0))}\b", claim.lower):
            return True
    return False


def quoted_denial(claim: ParsedText, view: FactView) -> str | None:
    """The claim's denial, cue and denied word ("no reply"), when the fact's own sentence
    says it in a clause the fact leaves to another ("offered permission to climb, but there
    was no reply"): the claim adds that clause, it does not deny the fact."""
    quote = view.fact.quote.lower()
    for cue in claim.negations:
        found = re.search(rf"\b{re.escape(cue)}\s+([a-z][\w'-]*)", claim.lower)
        if found is None or re.search(rf"\b{re.escape(found.group(0))}\b", view.statement.lower):
            continue
        if re.search(rf"\b{re.escape(found.group(0))}\b", quote):
            return found.group(0)
    return None


_NO_NOUN = lazy_compile(r"\bno\s+([a-z][\w'-]*)")


def quoted_none(claim: ParsedText, view: FactView) -> str | None:
    """A thing the fact's own sentence says there was none of ("but there was no reply"),
    in a clause the fact leaves to another, that the claim says there was ("got a reply")."""
    statement = view.statement.lower
    for found in _NO_NOUN.finditer(view.fact.quote.lower()):
        if found.group(0) in statement or stem(found.group(1)) not in claim.stems:
            continue
        return found.group(0)
    return None
