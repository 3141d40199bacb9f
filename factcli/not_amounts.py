"""Numbers that are not amounts: a rank ("No. 1"), a time of day ("2 a.m."), the number
that names one of its kind ("Flight 8501"), an idiom ("two-way trade") and the pronoun
"one" ("one of the", "the latest one"). The quantity reader skips them as amounts; it
reads a time of day apart, as a time ("4:55 a.m.": minutes after midnight)."""

from __future__ import annotations

import re

from factcli.lazy_re import lazy_compile
from factcli.numbers import NumberMatch, word_set

_RANK_PREFIX = lazy_compile(r"(?:\bno\.?\s*|#|\bnumber\s+)\Z", re.IGNORECASE)
# Nouns whose number names one of its kind, not how many: "Flight 8501", "Route 66",
# "Chapter 11", "Resolution 2231", "Season 3". Such a number is a name, no amount.
_DESIGNATORS = frozenset(
    """flight flights route highway interstate chapter article section clause resolution
    paragraph amendment episode season volume apollo terminal gate platform runway pier
    room ward building block phase stage category level version model series channel
    precinct district zone battalion regiment brigade squadron division corps""".split()
)
_DESIGNATOR_BEFORE = lazy_compile(r"\b([A-Za-z]+)\s+\Z")
_PRONOUN_ONE_BEFORE = lazy_compile(
    r"\b(?:the|this|that|no|any|every|each|which|last|next|such)\s+\Z", re.IGNORECASE
)
# "the latest one.", "a new one that ...": after a determiner and a word, with no noun after
# it ("a mere one percent", "the past one year" count).
_PRONOUN_ONE_DESCRIBED = lazy_compile(
    r"\b(?:the|this|that|a|an)\s+[a-z]+\s+one(?=\s*(?:[.,;:!?)\"']|\Z)|\s+(?:who|that|which|"
    r"to|is|was|in|on|at|for|from|with|and|or|but|as|than)\b)",
    re.IGNORECASE,
)
_PRONOUN_ONE_AFTER = lazy_compile(r"\s+(?:of|another|another's)\b", re.IGNORECASE)
_IDIOM_AFTER = lazy_compile(r"-(?:way|sided|off)\b", re.IGNORECASE)
_CLOCK_AFTER = lazy_compile(
    r"\s*(?:[ap]\.?m\.?(?![A-Za-z])|(?:GMT|UTC|Zulu|hrs)\b)", re.IGNORECASE
)  # "2 a.m.", "0100 GMT", "1400 hrs": a time of day


def _is_pronoun_one(text: str, number: NumberMatch) -> bool:
    """Whether "one" is the pronoun ("one of the", "the one", "no one"), not a count."""
    if number.text.lower() != "one":
        return False
    before = _PRONOUN_ONE_BEFORE.search(text, max(0, number.start - 8), number.start)
    if before is not None or _PRONOUN_ONE_AFTER.match(text, number.end) is not None:
        return True
    described = _PRONOUN_ONE_DESCRIBED.search(text, max(0, number.start - 24), number.end + 8)
    return described is not None and described.end() == number.end


def _designated(text: str, number: NumberMatch) -> bool:
    """ "Flight 8501": the number after a noun that numbers its kind is a name."""
    before = _DESIGNATOR_BEFORE.search(text, max(0, number.start - 24), number.start)
    return before is not None and before.group(1).lower() in _DESIGNATORS


def skipped_number(text: str, number: NumberMatch) -> bool:
    """Numbers that are not amounts: ranks ("No. 1"), clock times, the pronoun "one"."""
    words = word_set(text)
    if ("no" in words or "number" in words or "#" in words) and _RANK_PREFIX.search(
        text, max(0, number.start - 8), number.start
    ):
        return True
    if not number.spelled and _CLOCK_AFTER.match(text, number.end):
        return True
    if not number.spelled and number.plain_integer and _designated(text, number):
        return True
    if number.spelled and _IDIOM_AFTER.match(text, number.end):
        return True  # "two-way trade", "a one-off payment"
    return _is_pronoun_one(text, number)
