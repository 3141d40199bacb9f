"""Amounts and what each is of: "three with driver-side airbags and one with passenger-side
units" against "one with driver-side airbags and three with passenger-side units".

Each amount of a text is read with the words that follow it, up to the next value or the
end of its clause, less the words the text's other amounts share ("per share" after both
prices). When the claim gives two amounts the fact gives too, and each of the claim's
amounts comes with the words the fact gives the other one (and none of its own), the claim
swaps what the amounts are of.
"""

from typing import NamedTuple

from factcli.lexicon import STOP_WORDS
from factcli.parse import ParsedText
from factcli.values import Quantity
from factcli.verdict.compare import consistent_quantities
from factcli.verdict.facts import FactView
from factcli.verdict.findings import Element, Finding, Kind, Scope, Status

_WINDOW = 5  # words after an amount that may say what it is of
_CLAUSE_ENDS = frozenset(',;:.!?()"\u201d')  # a closing quote ends a title's words too


class Paired(NamedTuple):
    """An amount and the words, its own among the text's amounts, that say what it is of."""

    quantity: Quantity
    words: frozenset[str]


def findings(claim: ParsedText, view: FactView, scope: Scope) -> list[Finding]:
    """A conflict when the claim gives each of two of the fact's amounts what the fact
    gives the other."""
    if len(claim.quantities) < 2 or len(view.statement.quantities) < 2:
        return []
    claimed, stated = paired(claim), paired(view.statement)
    for first, second in _pairs(claimed):
        own_first = _same_amount(first, stated)
        own_second = _same_amount(second, stated)
        if own_first is None or own_second is None or own_first is own_second:
            continue
        if (
            first.words & own_second.words
            and second.words & own_first.words
            and not first.words & own_first.words
            and not second.words & own_second.words
        ):
            shared = first.words & own_second.words
            word = next(w.lower for w in claim.words if w.stem in shared)
            reason = (
                f"the claim pairs '{word}' with {first.quantity.text}; "
                f"the source pairs it with {own_second.quantity.text}"
            )
            return [Finding(Element.named(Kind.POLAR, "pairing"), Status.CONFLICT, reason)]
    return []


def paired(parsed: ParsedText) -> list[Paired]:
    """Each amount with the words after it that no other amount of the text has."""
    found = [Paired(q, words_after(parsed, q.end)) for q in parsed.quantities]
    return [
        p._replace(words=p.words.difference(*(o.words for j, o in enumerate(found) if j != i)))
        for i, p in enumerate(found)
    ]


def words_after(parsed: ParsedText, end: int) -> frozenset[str]:
    """The stems of the content words after a value, up to the next value or the end of
    its clause: what "one dealing with driver-side airbags", "a 40-year-old man" are of."""
    bounds = [q.start for q in parsed.quantities] + [d.start_offset for d in parsed.dates]
    stop = min((b for b in bounds + [r.start for r in parsed.ranks] if b >= end), default=None)
    clause = parsed.text[end : len(parsed.text) if stop is None else stop]
    cut = min((clause.index(c) for c in _CLAUSE_ENDS if c in clause), default=len(clause))
    after = [w for w in parsed.words if end <= w.start and w.end <= end + cut]
    return frozenset(w.stem for w in after[:_WINDOW] if w.lower not in STOP_WORDS)


def _pairs(claimed: list[Paired]) -> list[tuple[Paired, Paired]]:
    """Two amounts of the claim, of one measure, not of one value, each with words."""
    return [
        (a, b)
        for i, a in enumerate(claimed)
        for b in claimed[i + 1 :]
        if a.words
        and b.words
        and a.quantity.dimension == b.quantity.dimension
        and not consistent_quantities(a.quantity, b.quantity)
    ]


def _same_amount(claimed: Paired, stated: list[Paired]) -> Paired | None:
    """The fact's amount the claim's one states, if only one does."""
    same = [p for p in stated if consistent_quantities(claimed.quantity, p.quantity)]
    return same[0] if len(same) == 1 else None
