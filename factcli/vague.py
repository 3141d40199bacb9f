"""Sums of money stated by their order of magnitude: "hundreds of millions of dollars",
"billions of euros". Each is the span of its order (hundreds of millions: 100 million up to
a billion), so that "hundreds of billions" conflicts with it and "$400 million" lies inside it.
Counts ("tens of thousands of civilians") stay words: a fact's count of another thing
("more than 10 civilians" last week) is no figure to compare them with."""

import re
from typing import NamedTuple

from factcli.lazy_re import lazy_compile
from factcli.units import UNITS

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
    """Every "hundreds of millions (of dollars)" of the text."""
    if " of " not in text:
        return []
    found = []
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
