"""What a text's capitals say: a headline in title case or a text in capitals says nothing
about which words are names, so the parser reads such text in lower case and then gives the
names back their capitals."""

from __future__ import annotations

from collections.abc import Iterable

from factcli.lazy_re import lazy_compile
from factcli.lexicon import STOP_WORDS
from factcli.values import Mention

CAPITALISED_WORD = lazy_compile(r"\b(?:A|[A-Z][a-z]+(?:['\u2019][a-z]+)?)\b")
_HEADLINE_WORD = lazy_compile(r"\b[A-Za-z][a-z]*(?:['\u2019][a-z]+)?\b")
_HEADLINE_MIN_WORDS = 4
_ENDS_SENTENCE = lazy_compile(r"[.!?]['\"\u201d]?\s*$")
_LOWER_IN_TITLES = frozenset("a an the and but or nor of in on at to by for as with from".split())


def is_headline(text: str) -> bool:
    """A headline in title case ("Putin To Attend Beijing Military Parade In September"),
    where capitals say nothing about names: every word capitalised, a short word among
    them ("To", "In", "Is") that a sentence would write in lower case."""
    words = _HEADLINE_WORD.findall(text)
    if len(words) < _HEADLINE_MIN_WORDS:
        return False
    # Styles that keep short function words in lower case ("Putin To Visit China in May")
    # are title case too, as long as one function word is capitalised.
    if not all(w[:1].isupper() or w in _LOWER_IN_TITLES for w in words):
        return False
    if any(w[:1].isupper() and w.lower() in STOP_WORDS for w in words[1:]):
        return True
    # "China and Russia Compete in Central Asia": every word but the small ones capitalised,
    # and no full stop, as a headline has none
    lower = sum(w in _LOWER_IN_TITLES for w in words)
    return (
        lower > 0 and len(words) - lower >= _HEADLINE_MIN_WORDS and not _ENDS_SENTENCE.search(text)
    )


def is_shouting(text: str) -> bool:
    """Text written in capitals throughout, where capitals say nothing about names."""
    letters = sum(map(str.isalpha, text))  # map and sum run in C: no loop per character
    return letters >= 12 and sum(map(str.isupper, filter(str.isalpha, text))) > 0.8 * letters


_WORD_START = lazy_compile(r"\b[a-z]")


def in_title_case(lowered: str) -> str:
    """Every word of a text in lower case capitalised, at the same offsets: the names'
    capitals a user typing in lower case left out ("andrew small says ...")."""
    return _WORD_START.sub(lambda m: m.group(0).upper(), lowered)


def names_capitalised(lowered: str, title_case: str, mentions: Iterable[Mention]) -> str:
    """A headline as a sentence would write it: lower case, but its names as written."""
    pieces, cursor = [], 0
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start < cursor:
            continue
        pieces += [lowered[cursor : mention.start], title_case[mention.start : mention.end]]
        cursor = mention.end
    pieces.append(lowered[cursor:])
    return "".join(pieces)
