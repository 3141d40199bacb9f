"""Amounts stated by their order of magnitude: sums of money ("hundreds of millions of
dollars", "billions of euros") and lengths of time ("a few weeks", "several months"). Each
is the span it allows (hundreds of millions: 100 million up to a billion), so that
"hundreds of billions" conflicts with it and "$400 million" lies inside it. Counts ("tens
of thousands of civilians") stay words: a fact's count of another thing ("more than 10
civilians" last week) is no figure to compare them with."""

import re
from typing import NamedTuple

from factcli.lazy_re import lazy_compile
from factcli.units import TIME_UNITS, UNITS

_ORDERS = {
    "tens": 10.0,
    "dozens": 12.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
_VAGUE = lazy_compile(
    r"\b(?P<order>tens|dozens|hundreds|thousands|millions|billions|trillions)\s+of\s+"
    r"(?:(?P<scale>thousands|millions|billions)\s+of\s+)?(?P<unit>[a-z]+(?:\s+[a-z]+)?)?",
    re.IGNORECASE,
)


# Lengths of time said by a count word ("a few weeks", "several months"): the span of
# counts each allows. ("for years" is left out: "planned for months" would meet a fact's
# "in more than a decade", a gap, not a length.)
_VAGUE_TIME = lazy_compile(
    r"\b(?P<count>a\s+few|several|a\s+couple\s+of)\s+(?P<unit>hours|days|weeks|months|years|decades)\b",
    re.IGNORECASE,
)
_COUNTS = {"a few": (2.0, 6.0), "several": (3.0, 9.0), "a couple of": (2.0, 3.0)}


class VagueAmount(NamedTuple):
    """An order of magnitude: its middle value, its unit, the width of its span (as the
    rounding step of a figure), and where it stands."""

    value: float
    unit: str
    dimension: str
    width: float
    start: int
    end: int


def vague_amounts(text: str) -> list[VagueAmount]:
    """Every "hundreds of millions (of dollars)" and "a few weeks" of the text."""
    found = _vague_times(text)
    if " of " not in text:
        return found
    for match in _VAGUE.finditer(text):
        order = match.group("order").lower()
        scale = match.group("scale")
        low = _ORDERS[order] * (_ORDERS[scale.lower()] if scale else 1.0)
        # "hundreds of millions": up to a billion; "billions" alone: up to a trillion
        high = low * {"tens": 10.0, "hundreds": 10.0, "dozens": 100.0 / 12}.get(order, 1000.0)
        end = match.end("scale") if scale else match.end("order")
        unit = UNITS.get((match.group("unit") or "").lower().split(" ")[0])
        if unit is None or unit.dimension != "currency":
            continue  # "tens of thousands of civilians": words, no figure to compare
        end = match.end("unit") - len(match.group("unit")) + len(match.group("unit").split()[0])
        middle, width = unit.factor * (low + high) / 2, unit.factor * (high - low)
        found.append(VagueAmount(middle, unit.unit, "currency", width, match.start(), end))
    return found


def _vague_times(text: str) -> list[VagueAmount]:
    """ "in just a few weeks", "several months": the span of days each allows."""
    lower = text.lower()
    if not any(cue in lower for cue in ("few ", "several ", "couple ")):
        return []
    found = []
    for match in _VAGUE_TIME.finditer(text):
        low, high = _COUNTS[" ".join(match.group("count").lower().split())]
        days = TIME_UNITS[match.group("unit").lower()[:-1]]
        middle, width = days * (low + high) / 2, days * (high - low)
        found.append(VagueAmount(middle, "day", "time", width, match.start(), match.end()))
    return found
