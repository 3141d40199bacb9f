"""One statement per pairing of a "respectively" sentence: "Russia and China will buttress
their policies, respectively, toward the West and Japan" says one thing of Russia and the
West and another of China and Japan; as one fact, a claim that swaps them would match it."""

from __future__ import annotations

import re
from itertools import pairwise

from factcli.parse import ParsedText

_RESPECTIVELY = re.compile(r",?\s*\brespectively\b\s*,?", re.IGNORECASE)
_AND = re.compile(r"\s*,?\s+and\s+$")


def distribute(parsed: ParsedText) -> list[str]:
    """The statements a "respectively" clause stands for, one per pairing of its first and
    last coordinated pairs of names or amounts ("A and B ... C and D, respectively": A with
    C, B with D); the clause alone when it has no such two pairs."""
    text = parsed.text
    if _RESPECTIVELY.search(text) is None:
        return [text]
    items = sorted(
        [(m.start, m.end) for m in parsed.mentions]
        + [(q.start, q.end) for q in parsed.quantities if q.dimension != "time"]
    )
    pairs = [
        (first, second)
        for first, second in pairwise(items)
        if _AND.fullmatch(" " + text[first[1] : second[0]])
    ]
    if len(pairs) < 2:
        return [text]
    head, tail = pairs[0], pairs[-1]
    if head[1][1] > tail[0][0]:
        return [text]
    statements = []
    for side in (0, 1):
        pieces = [
            text[: head[0][0]],
            text[head[side][0] : head[side][1]],
            text[head[1][1] : tail[0][0]],
            text[tail[side][0] : tail[side][1]],
            text[tail[1][1] :],
        ]
        statement = _RESPECTIVELY.sub("", "".join(pieces))
        statements.append(re.sub(r"\s+([.,;])", r"\1", statement).strip())
    return statements
