"""Which numbers of a sentence are amounts a fact could fix: "a year" after an amount is
its rate, not a duration; a number word inside a compound ("two-way trade") or used as a
determiner ("the two nations") counts nothing; an amount restated in brackets in another
unit is the same amount."""

from __future__ import annotations

import re
from itertools import pairwise

from factcli.lazy_re import lazy_compile
from factcli.values import Quantity

_RATE_WORDS = ("a ", "an ", "per ", "each ", "every ")
_PERIODS = {365.25: "year", 365.25 / 12: "month", 7.0: "week", 1.0: "day"}


def attach_rates(found: list[Quantity], text: str) -> list[Quantity]:
    """ "38 bcm of gas a year": "a year" is the rate of the amount before it, not a
    duration of one year."""
    kept: list[Quantity] = []
    for quantity in found:
        period = _PERIODS.get(quantity.value) if quantity.dimension == "time" else None
        previous = kept[-1] if kept else None
        if (
            period is not None
            and quantity.text.lower().startswith(_RATE_WORDS)
            and previous is not None
            and previous.dimension != "time"
            and not any(ch in ",;:" for ch in text[previous.end : quantity.start])
            and len(text[previous.end : quantity.start].split()) <= 6
        ):
            if previous.period is None:
                kept[-1] = previous._replace(period=period)
            continue
        kept.append(quantity)
    return kept


def in_compound(quantity: Quantity, text: str) -> bool:
    """A number word inside a compound adjective counts nothing: "two-way trade"."""
    return (
        quantity.dimension == "count"
        and text[quantity.end : quantity.end + 1] == "-"
        and text[quantity.end + 1 : quantity.end + 2].isalpha()
    )


_RANKED_AFTER = lazy_compile(r"\s+(?:best|worst|top|last|first|\w{2,}est)\b", re.IGNORECASE)
_DETERMINER_BEFORE = lazy_compile(r"\b(?:the|both|all|these|those)\s+$", re.IGNORECASE)


def is_determiner(quantity: Quantity, text: str) -> bool:
    """ "the two nations" names a group, it does not count anything a fact could fix."""
    if quantity.dimension != "count" or any(ch.isdigit() for ch in quantity.text):
        return False
    if _RANKED_AFTER.match(text, quantity.end):
        return False  # "the two best second-place finishers": a count of a ranked few
    return _DETERMINER_BEFORE.search(text, max(0, quantity.start - 8), quantity.start) is not None


def without_restatements(text: str, quantities: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """The amounts without one restated in brackets in another unit right after the first
    ("38 bcm a year (1.3 tcf)"): the same amount, rounded, not a second one."""
    if "(" not in text:
        return quantities
    restated = {
        id(second)
        for first, second in pairwise(quantities)
        if not text[first.end : second.start].strip(" ~(")
        and "(" in text[first.end : second.start]
        and first.dimension == second.dimension
        and abs(first.value - second.value) <= first.precision + second.precision
    }
    return tuple(q for q in quantities if id(q) not in restated)
