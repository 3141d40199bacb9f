"""Compound lengths of time: "three hours and 23 minutes", "2 hours 15 minutes", "four
years and six months" are one length, the sum of their parts (203 minutes, 4.5 years)."""

from __future__ import annotations

import re

from factcli.lazy_re import lazy_compile
from factcli.values import Quantity

# What may join two parts: a space, a comma, "and" ("a 2-hour, 30-minute delay").
_JOINT = lazy_compile(r"(?:\s*,\s*|\s+)(?:and\s+)?", re.IGNORECASE)


def joined_durations(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The amounts of `text`, in order, with each compound length of time made one."""
    joined: list[Quantity] = []
    for quantity in quantities:
        if joined and _continues(text, joined[-1], quantity):
            first = joined[-1]
            joined[-1] = first._replace(
                value=first.value + quantity.value,
                precision=quantity.precision,
                end=quantity.end,
                text=text[first.start : quantity.end],
            )
        else:
            joined.append(quantity)
    return joined


def _continues(text: str, first: Quantity, second: Quantity) -> bool:
    """Is `second` the smaller part of a length `first` opens: both lengths of time, no
    rate, right after it, and less than one of its units ("23 minutes" after "three
    hours"; not "three hours" after "two hours", two lengths of their own)?"""
    return (
        first.dimension == second.dimension == "time"
        and first.period is None
        and second.period is None
        and second.value < first.precision
        and _JOINT.fullmatch(text, first.end, second.start) is not None
    )
