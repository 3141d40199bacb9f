"""The order of two events: "A happened after B" against "B happened after A".

A claim and a fact that both join two events with "after" or "before" are read as (the
later event, the earlier one), each within its clause. When the claim's later event is
worded as the fact's earlier one and the other way round (with nothing on the same side in
common), the claim reverses the order the fact gives; when both events keep their sides,
the fact states the claim's order, and a weaker fact's reversal does not stand against it.
"""

import re
from typing import NamedTuple

from factcli.lazy_re import lazy_compile
from factcli.lexicon import STOP_WORDS
from factcli.parse import ParsedText
from factcli.verdict.facts import FactView
from factcli.verdict.findings import Element, Finding, Kind, Scope, Status

# Words that join a later event to an earlier one: "A after B", "B before A", "B was
# followed (half an hour later) by A", "A was preceded by B".
_CONNECTIVE = lazy_compile(
    r"\b(?:(?P<word>after|before)|(?:is|are|was|were|be|been|being)\s+"
    r"(?P<passive>followed|preceded)\b[^,;]{0,40}?\bby)\b",
    re.IGNORECASE,
)
_CUES = ("after", "before", "followed", "preceded")
# The share of each of the claim's events whose words must be found on the fact's other
# side: one word in common ("marriage" in "a debate on the marriage bill" and in "marriage
# supporters cheered") says nothing of an order.
MIN_CROSSED_SHARE = 1 / 2


class Events(NamedTuple):
    """The distinctive words and values of the later and of the earlier event."""

    later: frozenset[str]
    earlier: frozenset[str]


def findings(claim: ParsedText, view: FactView, scope: Scope) -> list[Finding]:
    """A conflict when the claim puts the fact's events the other way round."""
    claimed = events(claim)
    if claimed is None:
        return []
    stated = events(view.statement)
    if stated is None:
        return []
    element = Element.named(Kind.POLAR, "order")
    if _kept(claimed.later, stated.later) and _kept(claimed.earlier, stated.earlier):
        if not (claimed.later & stated.earlier or claimed.earlier & stated.later):
            return [Finding(element, Status.MATCH, "the source gives the events in this order")]
        return []
    if (
        _kept(claimed.later, stated.earlier)
        and _kept(claimed.earlier, stated.later)
        and not (claimed.later & stated.later or claimed.earlier & stated.earlier)
    ):
        return [Finding(element, Status.CONFLICT, "the claim reverses the order of the events")]
    return []


def _kept(claimed: frozenset[str], stated: frozenset[str]) -> bool:
    """Does the fact's event share enough of the claim's event's words to be the same?"""
    return len(claimed & stated) >= MIN_CROSSED_SHARE * len(claimed)


def events(parsed: ParsedText) -> Events | None:
    """The text's two events joined by its one connective, or None. "After B, A" opens
    with the earlier event, up to the comma. Each event ends at its clause's end: "cheers
    erupted after the vote; the House passed it last week" (not "the House passed it")."""
    lower = parsed.text.lower()
    if not any(cue in lower for cue in _CUES):  # most texts: no pattern compiled
        return None
    found = list(_CONNECTIVE.finditer(parsed.text))
    if len(found) != 1:
        return None
    cut = found[0]
    opening = parsed.text.rfind(";", 0, cut.start()) + 1
    closing = parsed.text.find(";", cut.end())
    head, tail = (opening, cut.start()), (cut.end(), closing if closing >= 0 else len(parsed.text))
    if not _tokens(parsed, *head) and cut.group("word"):
        comma = parsed.text.find(",", cut.end(), tail[1])
        if comma < 0:
            return None
        head, tail = (comma + 1, tail[1]), (cut.end(), comma)
    first, second = _tokens(parsed, *head), _tokens(parsed, *tail)
    first, second = first - second, second - first  # a word on both sides tells nothing
    if not (first and second):
        return None
    later_first = (cut.group("word") or "").lower() == "after" or (
        (cut.group("passive") or "").lower() == "preceded"
    )
    if not later_first:  # "A before B", "A was followed by B": B is the later event
        first, second = second, first
    return Events(frozenset(first), frozenset(second))


def _tokens(parsed: ParsedText, start: int, end: int) -> set[str]:
    """The content words and amounts in [start, end); not durations (the gap between the
    events) nor names: who acts, or where, is no event ("After Russia, Xi goes to Belarus"
    against "Before arriving in Russia, Xi made a trip to Kazakhstan": another trip)."""
    spans = [(q.start, q.end) for q in parsed.quantities]
    spans += [(m.start, m.end) for m in parsed.mentions]
    tokens = {
        w.stem
        for w in parsed.words
        if start <= w.start < end
        and w.lower not in STOP_WORDS
        and w.lower.isalpha()
        and not any(s <= w.start < e for s, e in spans)
    }
    tokens |= {
        f"{q.value:g} {q.unit}"
        for q in parsed.quantities
        if start <= q.start < end and q.dimension != "time"
    }
    return tokens
