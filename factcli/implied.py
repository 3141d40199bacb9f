"""Words a text implies without saying them: a place and a length of time are a stay ("in
Russia for three days"), a person with a body works there ("Biswas is with Carnegie"), a
"mega-contract" is a contract. Fact keys and coverage read them as said."""

from collections.abc import Iterable, Sequence

from factcli.lazy_re import lazy_compile
from factcli.lexicon import DEGREE_WORDS
from factcli.values import PLACE_KINDS, Mention, Quantity, Word

_NEGATING_PREFIXES = frozenset({"non", "anti", "un", "counter", "ex", "former", "de", "dis"})
_STAY_UNITS = frozenset({"hour", "day", "week", "month", "year"})
_WITH_A_BODY = lazy_compile(r"\s+(?:is|was|remains|has\s+been)\s+(?:now\s+)?with\s+(?:the\s+)?")


def implied_words(
    lower: str, words: Iterable[Word], mentions: Sequence[Mention], quantities: Iterable[Quantity]
) -> list[str]:
    """The words the text implies (see the module's docstring), given its lower-case form,
    words, names and amounts."""
    implied = compound_heads(words)
    if _stays(lower, mentions, quantities):
        implied.append("stay")
    if _with_a_body(lower, mentions):
        implied.append("works")
    return implied


def compound_heads(words: Iterable[Word]) -> list[str]:
    """The last part of each hyphenated word whose first part does not negate it: a
    "mega-contract" is a contract, a "non-aggression pact" no aggression."""
    heads = []
    for word in words:
        first, _, head = word.lower.partition("-")
        if head and first not in _NEGATING_PREFIXES and "-" not in head:
            heads.append(head)
    return heads


def _for_length(between: str) -> bool:
    """Is the text between a place and a length "for", maybe with a word of degree ("for
    just")?"""
    words = between.split()
    return words[:1] == ["for"] and all(word in DEGREE_WORDS for word in words[1:])


def _stays(lower: str, mentions: Sequence[Mention], quantities: Iterable[Quantity]) -> bool:
    """Does the text put someone in a place for a length of time ("in Russia for three
    days", "at the summit for a week")? That is a stay, whatever the verb."""
    lengths = [q for q in quantities if q.dimension == "time" and q.unit in _STAY_UNITS]
    return any(
        _for_length(lower[m.end : q.start])
        and f" {lower[: m.start]}".rstrip().endswith((" in", " at"))
        for q in lengths
        for m in mentions
        if m.kind in PLACE_KINDS and m.end <= q.start
    )


def _with_a_body(lower: str, mentions: Sequence[Mention]) -> bool:
    """Does the text put a person with a body ("Biswas is with Carnegie")?"""
    if " with " not in lower:
        return False
    people = [m for m in mentions if m.kind == "person"]
    bodies = [m for m in mentions if m.kind == "organization"]
    return any(
        _WITH_A_BODY.fullmatch(lower, p.end, b.start) is not None
        for p in people
        for b in bodies
        if p.end < b.start
    )
