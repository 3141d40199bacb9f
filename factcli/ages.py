"""Ages written as bare numbers: "Grace Mugabe, 52, ...", "Mugabe, aged 93": a person's
age in years, as "52-year-old Grace" says it, not a count of something."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from factcli.lazy_re import lazy_compile
from factcli.units import DAYS_PER_YEAR
from factcli.values import Mention, Quantity

_AGED = lazy_compile(r"\baged\s+$", re.IGNORECASE)
_PEOPLE = frozenset({"person", "unknown"})
MAX_AGE = 120
_AND_OLDER = (" and older", " or older", " and over", " and up", " and younger", " or younger")


def as_ages(
    text: str, quantities: Iterable[Quantity], mentions: Sequence[Mention]
) -> tuple[Quantity, ...]:
    """The quantities, with each bare number that gives a person's age read as years."""
    return tuple(_in_years(q) if _is_age(text, q, mentions) else q for q in quantities)


def _is_age(text: str, quantity: Quantity, mentions: Sequence[Mention]) -> bool:
    """A whole number of no unit, between commas right after a person's name ("Diaz, 52,"),
    after "aged", or before "and older"."""
    if quantity.dimension != "count" or not quantity.text.isdigit():
        return False
    if not 0 < quantity.value <= MAX_AGE:
        return False
    if _AGED.search(text, max(0, quantity.start - 8), quantity.start):
        return True
    if text.startswith(_AND_OLDER, quantity.end):  # "people 65 and older"
        return True
    after = text[quantity.end : quantity.end + 1]
    return after == "," and any(
        m.kind in _PEOPLE and text[m.end : quantity.start] == ", " for m in mentions
    )


def _in_years(quantity: Quantity) -> Quantity:
    """The number as that many years, as durations are held (in days)."""
    return quantity._replace(
        value=quantity.value * DAYS_PER_YEAR, unit="day", dimension="time", precision=DAYS_PER_YEAR
    )
