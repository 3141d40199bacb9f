"""Normalise Unicode text so that the value finders see plain ASCII punctuation and digits.

NFKC plus a few mappings (quotes, dashes, spaces, invisible and control characters), with an
optional index map so that spans found in the normalised text map back to the original.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from factcli.lazy_re import lazy_compile

# Characters outside printable ASCII (and tab/newline/carriage return) need per-char work.
_SPECIAL = lazy_compile(r"[^\t\n\r\x20-\x7e]")

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u0060\u00b4"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
_DROPPED = "\u200b\u200c\u200d\ufeff\u2060\u00ad\u200e\u200f"
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_LINE_SEPARATORS = "\u2028\u2029\u0085"

_CHAR_MAP: dict[str, str] = {
    **dict.fromkeys(_SINGLE_QUOTES, "'"),
    **dict.fromkeys(_DOUBLE_QUOTES, '"'),
    **dict.fromkeys(_DASHES, "-"),
    **dict.fromkeys(_DROPPED + _BIDI, ""),
    **dict.fromkeys(_LINE_SEPARATORS, " "),
    "\u2044": "/",  # fraction slash, from NFKC of vulgar fractions
}

_KEPT_CONTROLS = frozenset("\t\n\r")


def _map_char(char: str) -> str:
    """Map one NFKC output character to its ASCII-friendly replacement."""
    mapped = _CHAR_MAP.get(char)
    if mapped is not None:
        return mapped
    if char in _KEPT_CONTROLS:
        return char
    category = unicodedata.category(char)
    if category == "Cc":
        return " "
    if category == "Cf":
        return ""
    if category in ("Zs", "Zl", "Zp"):
        return " "
    return char


@lru_cache(maxsize=4096)
def _normalize_cluster(cluster: str) -> str:
    """NFKC one base character with its combining marks, then apply the character map."""
    composed = unicodedata.normalize("NFKC", cluster)
    return "".join(_map_char(char) for char in composed)


def _is_combining(char: str) -> bool:
    return unicodedata.combining(char) != 0


def _glued_fraction(text: str, position: int, replacement: str) -> bool:
    """Whether a vulgar fraction such as "½" directly follows a digit."""
    return (
        "/" in replacement
        and replacement[:1].isdigit()
        and position > 0
        and text[position - 1].isdigit()
    )


_SUPERSCRIPT_POWER = frozenset(
    "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207a\u207b"
)


def _raised_power(text: str, position: int) -> bool:
    """Whether a superscript starts a power of ten: "10¹⁰" -> "10^10", not "1010"."""
    return text[position] in _SUPERSCRIPT_POWER and text[max(0, position - 2) : position] == "10"


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise `text` and map each output index to its index in `text`.

    The map has one entry per output character plus a final entry len(text), so a span
    [s, e) of the output corresponds to text[index_map[s]:index_map[e]].
    """
    pieces: list[str] = []
    index_map: list[int] = []
    copied_to = 0
    length = len(text)
    for match in _SPECIAL.finditer(text):
        position = match.start()
        if position < copied_to:
            continue  # already consumed as a combining mark of the previous cluster
        cluster_start = position
        if _is_combining(text[position]) and position > copied_to:
            cluster_start = position - 1  # compose with the preceding ASCII base letter
        pieces.append(text[copied_to:cluster_start])
        index_map.extend(range(copied_to, cluster_start))
        cluster_end = position + 1
        while cluster_end < length and _is_combining(text[cluster_end]):
            cluster_end += 1
        replacement = _normalize_cluster(text[cluster_start:cluster_end])
        if _glued_fraction(text, cluster_start, replacement):
            replacement = " " + replacement  # "1½" -> "1 1/2", not "11/2"
        elif _raised_power(text, cluster_start):
            replacement = "^" + replacement
        pieces.append(replacement)
        index_map.extend([cluster_start] * len(replacement))
        copied_to = cluster_end
    pieces.append(text[copied_to:])
    index_map.extend(range(copied_to, length + 1))
    return "".join(pieces), index_map


def normalize(text: str) -> str:
    """Normalise `text` (NFKC, ASCII quotes and dashes, plain spaces, no invisible chars)."""
    if _SPECIAL.search(text) is None:
        return text
    return normalize_with_map(text)[0]
