"""Organisations by their initials: "GMF" for the German Marshall Fund of the United States,
when the alias table lists no such short name and no other name of the store has them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from factcli.gazetteer import typed_in_lower_case

INITIALS_MIN = 3  # "GMF"; two letters ("US", "UN") are too often words or other names
INITIALS_MAX = 6
_INITIAL_SKIPS = frozenset({"of", "the", "for", "and", "on", "in", "&"})


def bare_words(text: str) -> Iterator[tuple[int, str]]:
    """Each run of letters between spaces, with where it starts, without the punctuation
    around it or a possessive ("GMF's" is "GMF"): a split, not a pattern, as every text
    runs through it."""
    position = 0
    for token in text.split():
        start = text.find(token, position)
        position = start + len(token)
        word = token.strip(_AROUND_WORDS)
        if word.endswith(("'s", "\u2019s")):
            word = word[:-2]
        if INITIALS_MIN <= len(word) <= INITIALS_MAX and word.isalpha():
            yield start + token.index(word), word


_AROUND_WORDS = "\"'()[]{},.;:!?\u201c\u201d\u2018\u2019"


def initialisms(entries: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The initials of each organisation's name of several words ("GMFUS"), and of its part
    before "of" ("GMF"); initials that two names share name neither."""
    found: dict[str, tuple[str, str] | None] = {}
    for name, kind in entries:
        if kind != "organization" or len(name.split()) < 2:
            continue
        parts = [name, *([name.split(" of ")[0]] if " of " in name else [])]
        for part in parts:
            words = [w for w in part.split() if w.lower() not in _INITIAL_SKIPS]
            initials = "".join(w[0] for w in words if w[:1].isalpha()).upper()
            if not (INITIALS_MIN <= len(initials) <= INITIALS_MAX) or len(words) < INITIALS_MIN:
                continue
            shared = initials in found and found[initials] != (name, kind)
            found[initials] = None if shared else (name, kind)
    return {initials: entry for initials, entry in found.items() if entry is not None}


def initials_in(
    text: str, table: dict[str, tuple[str, str]]
) -> list[tuple[int, int, tuple[str, str]]]:
    """Where the text names an organisation of `table` by its initials, with its (name,
    kind): in capitals ("GMF"), or in lower case in a text typed wholly so ("gmf")."""
    found = []
    lower: bool | None = None
    for start, word in bare_words(text):
        entry = table.get(word.upper())
        if entry is None:
            continue
        if not word.isupper():
            lower = typed_in_lower_case(text) if lower is None else lower
            if not (lower and word.islower()):
                continue
        found.append((start, start + len(word), entry))
    return found
