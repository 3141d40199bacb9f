"""Shares named in words: "a third", "two-thirds of voters", "cut by half". Each is a
percentage, so that "more than a third" agrees with 37% and "a quarter" does not; "a third
term" or "the first half" name no share (the noun after it, or the ordinal before it)."""

import re
from typing import NamedTuple

from factcli.lazy_re import lazy_compile
from factcli.numbers import PART_COUNTS, PARTS, find_numbers

# What may follow a share: "of" (not "of a": "a quarter of a percentage point" is a part of
# a unit), a clause's end, or a preposition ("by more than a third since 1990"); a noun
# after it makes an ordinal ("a third term").
_SHARE = lazy_compile(
    r"\b(?:(?P<count>an?|one|two|three|four)[\s-]+(?P<part>halves|half|thirds?|quarters?|"
    r"fifths?|sixths?|eighths?|tenths?)|(?P<half>half))\b"
    r"(?=\s+of\b(?!\s+an?\b)|\s*[,.;:!?)]|\s*\Z|\s+(?:since|in|from|compared|by|over|on|to|than|last|"
    r"this|between|among|during|after|before)\b)",
    re.IGNORECASE,
)
# Words before a share that make it something else: "the first half", "a year and a half".
_NOT_A_SHARE_AFTER = frozenset("first second third fourth last final and the".split())
SHARE_PRECISION = 5.0  # a share in words is a round figure: "a third" is 31-36 percent
_WORD_BEFORE = lazy_compile(r"([A-Za-z]+)\s+\Z")


class Share(NamedTuple):
    """A share as a percentage, and where its words stand."""

    percent: float
    start: int
    end: int


def find_shares(text: str) -> list[Share]:
    """Every share named in words, left to right."""
    lower = text.lower()
    if not any(
        part in lower for part in ("hal", "third", "quarter", "fifth", "sixth", "eighth", "tenth")
    ):
        return []
    found = []
    for match in _SHARE.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if before is not None and before.group(1).lower() in _NOT_A_SHARE_AFTER:
            continue
        share = 0.5 if match.group("half") else fraction(match["count"], match["part"])
        found.append(Share(100.0 * share, match.start(), match.end()))
    return found


# A ratio in words or digits: "one in three people", "nine out of every 10 doctors" ("four
# out of five" counts the four, as "four of the five" does).
_RATIO = lazy_compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|\d{1,3})\s+(?:in(?:\s+every)?|out\s+of\s+every)\s+"
    r"(?P<m>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![.,]?\d)",
    re.IGNORECASE,
)


def find_ratios(text: str) -> list[Share]:
    """Every ratio of a part to a whole ("one in three", "9 out of 10"), as a share."""
    if " in " not in text and " out of " not in text:
        return []
    found = []
    for match in _RATIO.finditer(text):
        part, whole = (find_numbers(g)[0].value for g in (match["n"], match["m"]))
        if 0 < part < whole:
            found.append(Share(100.0 * part / whole, match.start(), match.end()))
    return found


def fraction(count: str, part: str) -> float:
    """ "three quarters": 0.75; "a third": one third."""
    return PART_COUNTS[count.lower()] / PARTS[part.lower()]
