"""One statement per pair of a gapped coordination: "Sales will overtake Asia in 2020 and
Europe in 2023" says one thing of Asia and 2020 and another of Europe and 2023; as one fact,
a claim that pairs Asia with 2023 would match it."""

from __future__ import annotations

import re
from itertools import pairwise

from factcli.mood import past_verb
from factcli.parse import ParsedText

_PREPOSITIONS = "in|by|on|at|for|until|before|after|during|since"
# What lies between the first date and the second: "and" and the second thing, then the
# same preposition as before the first date.
_BETWEEN = re.compile(rf",?\s+and\s+(?P<thing>[^,;:()]+?)\s+(?P<prep>{_PREPOSITIONS})\s+")
_BEFORE = re.compile(rf"\s(?P<prep>{_PREPOSITIONS})\s+$")
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)\s+)$", re.IGNORECASE)
MAX_THING_WORDS = 8
# Words that make the second thing a clause of its own, not a noun phrase.
_VERBAL = frozenset(
    "is are was were has have had will would can could may might should must do does did"
    " be been being not".split()
)


def distribute(parsed: ParsedText) -> list[str]:
    """The statements a gapped clause stands for ("A in D1 and B in D2": A with D1, B with
    D2), where A is a name or an amount right before the first date's preposition; the
    clause alone when it has no such pair."""
    text = parsed.text
    things = sorted(
        [(m.start, m.end) for m in parsed.mentions if not m.adjective]
        + [(q.start, q.end) for q in parsed.quantities if q.dimension != "time"]
    )
    dates = sorted(parsed.dates, key=lambda d: d.start_offset)
    for first, second in pairwise(dates):
        between = _BETWEEN.fullmatch(text, first.end_offset, second.start_offset)
        before = _BEFORE.search(text, 0, first.start_offset)
        if between is None or before is None or before.group("prep") != between.group("prep"):
            continue
        thing = between.group("thing")
        words = thing.lower().split()
        if len(words) > MAX_THING_WORDS or words[0] in _PREPOSITIONS.split("|"):
            continue
        if any(w in _VERBAL or past_verb(w) for w in words):
            continue
        start = next((s for s, e in things if e == before.start()), None)
        if start is None:
            continue
        determiner = _DETERMINER.search(text, 0, start)
        head = text[: determiner.start() if determiner else start]
        own = text[determiner.start() if determiner else start : first.end_offset]
        tail = text[second.end_offset :]
        other = f"{thing} {between.group('prep')} {text[second.start_offset : second.end_offset]}"
        return [head + own + tail, head + other + tail]
    return [text]
