"""Amounts and what each is of: "three with driver-side airbags and one with passenger-side
units" against "one with driver-side airbags and three with passenger-side units".

Each amount of a text is read with the words that follow it, up to the next value or the
end of its clause, less the words the text's other amounts share ("per share" after both
prices). When the claim gives two amounts the fact gives too, and each of the claim's
amounts comes with the words the fact gives the other one (and none of its own), the claim
swaps what the amounts are of. Likewise, an amount the claim gives to the party the fact
names after another amount ("$45 for Central Appalachia coal", "765 in France") is that
other party's amount, not the claim's.
"""

from typing import NamedTuple

from factcli.lexicon import STOP_WORDS
from factcli.numbers import find_numbers
from factcli.parse import ParsedText
from factcli.values import Mention, Quantity
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
        return _given_another_amount(claim, view)
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
    return _given_another_amount(claim, view)


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
    stop = _phrase_end(parsed, end)
    after = [w for w in parsed.words if end <= w.start and w.end <= stop]
    return frozenset(w.stem for w in after[:_WINDOW] if w.lower not in STOP_WORDS)


def _phrase_end(parsed: ParsedText, end: int) -> int:
    """Where the words after a value end: at the next value or the end of its clause."""
    bounds = [q.start for q in parsed.quantities] + [d.start_offset for d in parsed.dates]
    stop = min((b for b in bounds + [r.start for r in parsed.ranks] if b >= end), default=None)
    clause = parsed.text[end : len(parsed.text) if stop is None else stop]
    return end + min((clause.index(c) for c in _CLAUSE_ENDS if c in clause), default=len(clause))


def _given_another_amount(claim: ParsedText, view: FactView) -> list[Finding]:
    """A conflict when an amount of the claim is the fact's, but the party the claim gives it
    to is the one the fact names after another amount: "Central Appalachian coal trades at
    about $10" against "Powder River Basin coal trades at about $10 a ton, compared with
    about $45 for Central Appalachia coal"; "1,300 will fall in France" against "765 in France
    and 1,300 in Switzerland"."""
    fact = view.statement
    if len(fact.quantities) < 2:
        return []
    said = {n.value * n.scale for n in find_numbers(claim.text)}
    for amount in claim.quantities:
        own = [q for q in fact.quantities if consistent_quantities(amount, q)]
        if len(own) != 1:
            continue
        # the names the claim puts after this amount, else (one amount) all its names
        names = set(_names_in_phrase(claim, amount))
        if not names and len(claim.quantities) == 1:
            names = {m.name for m in claim.mentions}
        owned = _names_after(fact, own[0])
        for other in fact.quantities:
            if other is own[0] or other.dimension != amount.dimension or other.value in said:
                continue  # "five of the seventeen Fed policymakers": the claim has the other
            theirs = _names_after(fact, other)
            given = names & theirs
            if len(given) == 1 and not names & owned and names <= theirs | (names - fact.names):
                reason = (
                    f"the claim gives {next(iter(given))} {amount.text}; "
                    f"the source gives it {other.text}"
                )
                return [Finding(Element.named(Kind.POLAR, "pairing"), Status.CONFLICT, reason)]
    return []


def _names_in_phrase(parsed: ParsedText, quantity: Quantity) -> frozenset[str]:
    """Every name in the words after an amount, up to the next value or its clause's end."""
    return frozenset(m.name for m in _mentions_after(parsed, quantity))


def _names_after(parsed: ParsedText, quantity: Quantity) -> frozenset[str]:
    """The names an amount is for, in the words after it ("about $45 for Central Appalachia
    coal", "765 in France"); not a name that only qualifies what it counts ("$66.50 a share
    in AT&T stock")."""
    return frozenset(
        m.name
        for m in _mentions_after(parsed, quantity)
        if _the_amount_s(parsed, quantity.end, m.start)
    )


def _mentions_after(parsed: ParsedText, quantity: Quantity) -> list[Mention]:
    """The names in the words after an amount, up to the next value or its clause's end."""
    stop = _phrase_end(parsed, quantity.end)
    return [m for m in parsed.mentions if quantity.end <= m.start < stop]


def _the_amount_s(parsed: ParsedText, amount_end: int, start: int) -> bool:
    """Is the name at `start` the amount's party: after "for" ("about $45 for Central
    Appalachia coal"), or after an "in" right after the amount ("765 in France")?"""
    before = [w.lower for w in parsed.words_before(start, 2)]
    if before[-1:] == ["for"] or before == ["for", "the"]:
        return True
    between = [w.lower for w in parsed.words_after(amount_end, 3) if w.end <= start]
    return between in (["in"], ["in", "the"])


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
