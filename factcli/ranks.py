"""Find ranks ("ninth-largest", "largest", "ranks only tenth") and ordinals ("70th") in text.

Ordinals that name an elapsed time ("70th anniversary", "fifth consecutive year") or a day of
a date ("May 8th") are left to factcli.quantities and factcli.dates.
"""

from __future__ import annotations

import re

from factcli.dates import find_dates
from factcli.lazy_re import lazy_compile
from factcli.lexicon import POST_HEADS
from factcli.numbers import ORDINAL_PATTERN, ORDINAL_WORDS, parse_number, parse_ordinal, word_set
from factcli.quantities import find_ordinal_quantities
from factcli.shares import find_shares
from factcli.values import Rank

# Superlatives that rank the top of a list, and those that rank its bottom.
_TOP_WORDS = ("largest", "biggest", "greatest", "highest", "leading", "top", "foremost")
_BOTTOM_WORDS = ("smallest", "least", "lowest", "fewest", "tiniest")

_NUMBER_ONE_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
# After an ordinal: "-largest", "-most-populous", " biggest".
_SUPERLATIVE_AFTER = lazy_compile(
    r"-(?P<most>most|least)[\s-]+[a-z]+\b|-(?P<est>[a-z]+est)\b"
    rf"|\s+(?P<word>{'|'.join(_TOP_WORDS + _BOTTOM_WORDS)})\b",
    re.IGNORECASE,
)
# "tenth place", "14th-ranked", "third-seeded": a place in an order, as "ranked 14th" is.
_PLACE_AFTER = lazy_compile(r"[\s-]+(?:place|position|spot)\b|-(?:ranked|seeded)\b", re.IGNORECASE)
_RANKED_AS = lazy_compile(
    r"\b(?:rank(?:s|ed|ing)?|plac(?:es|ed|ing)|finish(?:es|ed|ing)?|came|comes|stands?|stood)"
    r"\s+(?:(?:only|just|merely|a\s+mere|at|as|in)\s+){0,2}(?:no\.?\s*|number\s+)?"
    rf"(?P<ord>{ORDINAL_PATTERN}|\d{{1,3}}\b)",
    re.IGNORECASE,
)
# "Russia's rank among China's partners in 2014 was 7th", "ranking: 7th": the rank's value.
_RANK_IS = lazy_compile(
    r"\brank(?:ing)?\b[^.;!?]{0,60}?(?:\s+(?:is|was|stood\s+at)|\s*[:=])\s+(?:only\s+)?"
    rf"(?P<ord>{ORDINAL_PATTERN})",
    re.IGNORECASE,
)
_NUMBER_RANK = lazy_compile(
    rf"(?:\bno\.\s?|(?<![\w#])#|\bnumber[\s-]+)(?P<num>\d{{1,3}}\b|{_NUMBER_ONE_WORDS}\b)",
    re.IGNORECASE,
)
_SUPERLATIVE = lazy_compile(
    rf"\b(?P<top>{'|'.join(_TOP_WORDS)})\b|\b(?P<bottom>{'|'.join(_BOTTOM_WORDS)})\b",
    re.IGNORECASE,
)
_ORDINAL = lazy_compile(ORDINAL_PATTERN, re.IGNORECASE)
# "more than any other country", "bigger than any other partner": the top of a list.
_ABOVE_ANY = lazy_compile(
    r"\b(?:more|[a-z]{2,}er)\b(?:\s+[\w'-]+){0,3}?\s+(?P<rank>than\s+any(?:\s+other)?)\b",
    re.IGNORECASE,
)
# "one of the largest", "one of the world's largest" are not the largest.
_ONE_OF_BEFORE = lazy_compile(
    r"\b(?:of|among)\s+(?:(?:the|its|their|our)\s+(?:[\w.-]+(?:'s|\u2019s|s')\s+)?"
    r"|[\w.-]+(?:'s|\u2019s|s')\s+)(?:[a-z]+est,?\s+(?:and|or)\s+)?\Z",
    re.IGNORECASE,
)  # and "one of the oldest and largest": the second of two superlatives too
# "the most detailed model", "its most advanced jets": the first of a list by that quality.
_MOST = lazy_compile(
    r"(?:\b(?:the|its|their|his|her|our)|'s|\u2019s|s')\s+(?P<rank>most\s+(?:[a-z]+ly\s+)?"
    r"(?P<quality>[a-z][a-z-]*[a-z]))\b",
    re.IGNORECASE,
)
# Words after "most" that make it a quantity ("the most people"), not a quality.
_MOST_NOT_QUALITY = frozenset({"of", "people", "part", "time", "money", "votes", "seats"})
_DETERMINER_BEFORE = lazy_compile(
    r"(?:\b(?:the|its|their|his|her|our|my|your)|'s|s')\s+\Z", re.IGNORECASE
)
_AT_BEFORE = lazy_compile(r"\bat\s+(?:the\s+)?(?:very\s+)?\Z", re.IGNORECASE)
# "top of", "top 10", "top-five": a list or a place, not the first rank.
_TOP_NOT_RANK_AFTER = lazy_compile(
    rf"[\s-]+(?:of\b|\d|{_NUMBER_ONE_WORDS}\b|twenty\b|fifty\b|hundred\b)", re.IGNORECASE
)
# "30 second delay", "one second": the time unit, not the ordinal ("a second term" is).
_SECOND_AS_TIME = lazy_compile(r"(?:\d|\bone|\bsplit)[\s-]+\Z", re.IGNORECASE)
_BOTTOM_SUPERLATIVES = frozenset(_BOTTOM_WORDS)
_SUPERLATIVE_WORDS = frozenset(_TOP_WORDS + _BOTTOM_WORDS)
_RANK_VERBS = frozenset(
    "rank ranks ranked ranking places placed placing finish finishes finished finishing"
    " came comes stand stands stood".split()
)
_DIGIT_ORDINAL = lazy_compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)


def _superlative_rank(position: int, word: str) -> tuple[int, str]:
    """A rank value and kind: the bottom of a list counts from the end (-1 is the last)."""
    if word.lower() in _BOTTOM_SUPERLATIVES:
        return -position, "rank_bottom"
    return position, "rank"


def _rank(text: str, start: int, end: int, value: int, kind: str) -> Rank:
    return Rank(value=value, kind=kind, start=start, end=end, text=text[start:end])


def _ordinal_rank(text: str, match: re.Match[str], position: int) -> Rank:
    """The rank an ordinal states: "ninth-largest", "second-smallest", "tenth place", "70th"."""
    superlative = _SUPERLATIVE_AFTER.match(text, match.end())
    if superlative is not None:
        word = superlative.group("most") or superlative.group("est") or superlative.group("word")
        value, kind = _superlative_rank(position, word)
        return _rank(text, match.start(), superlative.end(), value, kind)
    place = _PLACE_AFTER.match(text, match.end())
    if place is not None:
        return _rank(text, match.start(), place.end(), position, "rank")
    return _rank(text, match.start(), match.end(), position, "ordinal")


def _ordinal_ranks(text: str) -> list[Rank]:
    """Ranks read at ordinals: "ninth-largest", "in tenth place", "70th", "first"."""
    ranks: list[Rank] = []
    if not (word_set(text) & ORDINAL_WORDS or _DIGIT_ORDINAL.search(text)):
        return ranks
    for match in _ORDINAL.finditer(text):
        position = parse_ordinal(match.group())
        if position is None or position < 1 or _is_time_second(text, match):
            continue  # "0th" is no place
        if _ORDER_ADVERB.match(text, match.end()):
            continue
        ranks.append(_ordinal_rank(text, match, position))
    return ranks


# "visits Belarus first, then Kazakhstan": an order of doings, no rank of a thing.
_ORDER_ADVERB = lazy_compile(r"[\s,;]*(?:and\s+)?then\b", re.IGNORECASE)


def _is_time_second(text: str, match: re.Match[str]) -> bool:
    """ "one second", "30 second": the time unit, not the ordinal."""
    if match.group().lower() != "second":
        return False
    return _SECOND_AS_TIME.search(text, max(0, match.start() - 8), match.start()) is not None


def _stated_positions(text: str) -> list[Rank]:
    """Read "ranks only tenth", "ranked 10th", "No. 1", "number one"."""
    ranks: list[Rank] = []
    words = word_set(text)
    if words & _RANK_VERBS:
        for match in _RANKED_AS.finditer(text):
            written = match.group("ord")
            position = int(written) if written.isdigit() else parse_ordinal(written)
            if position is not None:
                ranks.append(_rank(text, match.start(), match.end(), position, "rank"))
        for match in _RANK_IS.finditer(text):
            position = parse_ordinal(match.group("ord"))
            if position is not None:
                ranks.append(_rank(text, match.start("ord"), match.end("ord"), position, "rank"))
    if "no" in words or "number" in words or "#" in words:
        for match in _NUMBER_RANK.finditer(text):
            number = parse_number(match.group("num"))
            if number is not None and number.value >= 1:
                ranks.append(_rank(text, match.start(), match.end(), int(number.value), "rank"))
    return ranks


def _is_superlative_rank(text: str, match: re.Match[str]) -> bool:
    """Whether a bare superlative ranks a thing: not "one of the largest", not "at least"."""
    start = match.start()
    window = max(0, start - 40)
    if _ONE_OF_BEFORE.search(text, window, start):
        return False
    word = match.group().lower()
    if word == "least" and _AT_BEFORE.search(text, window, start):
        return False
    if word in ("top", "leading"):
        determiner = _DETERMINER_BEFORE.search(text, window, start)
        return (
            determiner is not None
            and not _TOP_NOT_RANK_AFTER.match(text, match.end())
            and not _heads_a_post(text, match.end())
        )
    return True


_POST_REACH = 3  # words between "top" and the post it qualifies: "top Asia-Pacific economist"


def _heads_a_post(text: str, end: int) -> bool:
    """Is "top" a post's rank ("China's top diplomat", "the leading economist at IHS")?"""
    following = text[end:].split(maxsplit=_POST_REACH)[:_POST_REACH]
    for word in following:
        word = word.strip(",.;:").lower()
        if word in POST_HEADS:
            return True
        if not word.isalpha() and "-" not in word:
            return False
    return False


def _bare_superlatives(text: str) -> list[Rank]:
    """Read "largest", "the top supplier" -> 1; "smallest", "least" -> -1 (the bottom)."""
    ranks: list[Rank] = []
    if not word_set(text) & _SUPERLATIVE_WORDS:
        return ranks
    for match in _SUPERLATIVE.finditer(text):
        if _is_superlative_rank(text, match):
            value, kind = _superlative_rank(1, match.group())
            ranks.append(_rank(text, match.start(), match.end(), value, kind))
    return ranks


def _most_superlatives(text: str) -> list[Rank]:
    """Read "the most detailed model" -> 1, a rank by that quality (`most_quality`); not
    "one of the most detailed"."""
    if "most" not in text.lower():
        return []
    ranks = []
    for match in _MOST.finditer(text):
        start = match.start("rank")
        if match.group("quality").lower() in _MOST_NOT_QUALITY:
            continue
        if _ONE_OF_BEFORE.search(text, max(0, match.start() - 30), match.start("rank")):
            continue
        ranks.append(_rank(text, start, match.end("rank"), 1, "rank"))
    return ranks


def most_quality(rank: Rank) -> str | None:
    """The quality a "most ..." rank ranks by ("detailed" of "most detailed"), or None."""
    words = rank.text.lower().split()
    return words[-1] if len(words) > 1 and words[0] == "most" else None


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose ordinals are not ranks: anniversaries, streaks, shares, days and parts of
    years."""
    spans = [(q.start, q.end) for q in find_ordinal_quantities(text)]
    spans += [(s.start, s.end) for s in find_shares(text)]  # "a third": a share, no rank
    spans += [
        (d.start_offset, d.end_offset)
        for d in find_dates(text)
        if d.start.day or d.start.month != d.end.month  # "May 8", "the first half of 2015"
    ]
    return sorted(spans)


def _leftmost_longest(ranks: list[Rank], excluded: list[tuple[int, int]]) -> list[Rank]:
    """Keep non-overlapping ranks, longest first at each place, outside the excluded spans."""
    kept: list[Rank] = []
    kept_end = 0
    excluded_index = 0
    for rank in sorted(ranks, key=lambda r: (r.start, r.start - r.end)):
        while excluded_index < len(excluded) and excluded[excluded_index][1] <= rank.start:
            excluded_index += 1
        if excluded_index < len(excluded) and excluded[excluded_index][0] < rank.end:
            continue
        if rank.start >= kept_end:
            kept.append(rank)
            kept_end = rank.end
    return kept


def find_ranks(text: str) -> list[Rank]:
    """Every rank and ordinal in `text`, left to right, with offsets into `text`.

    "ninth-largest" is 9 ("rank"), "largest" 1, "smallest" -1 ("rank_bottom"), "70th" 70
    ("ordinal"). Anniversaries, streaks and days of dates are skipped.
    """
    ranks = _stated_positions(text) + _ordinal_ranks(text) + _bare_superlatives(text)
    ranks += _most_superlatives(text)
    ranks += _above_any(text) + _first_editions(text) + _misspelt_ranks(text)
    ranks += _top_bounds(text)
    return _leftmost_longest(ranks, _excluded_spans(text))


def _above_any(text: str) -> list[Rank]:
    """Read "more than any other country", "bigger than any other" -> 1: a comparison with
    every other member of a list puts a thing at its top."""
    if "than any" not in text.lower():
        return []
    return [
        _rank(text, m.start("rank"), m.end("rank"), 1, "rank") for m in _ABOVE_ANY.finditer(text)
    ]


# "the inaugural Davis Cup Finals", "her maiden speech": the first of a series, as "first".
_FIRST_EDITION = lazy_compile(r"\b(?:inaugural|maiden)\b", re.IGNORECASE)


def _first_editions(text: str) -> list[Rank]:
    return [
        _rank(text, match.start(), match.end(), 1, "ordinal")
        for match in _FIRST_EDITION.finditer(text)
    ]


# Ordinals as people misspell them. "forth" is a word of its own ("put forth"), so each
# counts only where a rank follows: "China's forth largest partner", "nineth place".
_MISSPELT_ORDINALS = {"forth": 4, "fith": 5, "eigth": 8, "nineth": 9, "twelth": 12}
_MISSPELT = lazy_compile(rf"\b(?:{'|'.join(_MISSPELT_ORDINALS)})\b", re.IGNORECASE)


def _misspelt_ranks(text: str) -> list[Rank]:
    """Ranks read at misspelt ordinals before a superlative or a place."""
    if not word_set(text) & _MISSPELT_ORDINALS.keys():
        return []
    ranks = []
    for match in _MISSPELT.finditer(text):
        if _SUPERLATIVE_AFTER.match(text, match.end()) or _PLACE_AFTER.match(text, match.end()):
            position = _MISSPELT_ORDINALS[match.group().lower()]
            ranks.append(_ordinal_rank(text, match, position))
    return ranks


# "among China's top ten partners", "a top-5 economy": a place no lower than N.
_TOP_N = lazy_compile(
    r"\btop[\s-](?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
    r"twenty|fifty|hundred)\b",
    re.IGNORECASE,
)


def _top_bounds(text: str) -> list[Rank]:
    """Read "top ten" as a place within the first ten ("rank_within", 10), and "outside the
    top ten" as a place after them ("rank_beyond", 10)."""
    if "top" not in text.lower():
        return []
    ranks = []
    for match in _TOP_N.finditer(text):
        number = parse_number(match.group("n"))
        if number is not None and number.value >= 2:
            rank = _rank(text, match.start(), match.end(), int(number.value), "rank_within")
            if _OUTSIDE.search(text, max(0, match.start() - 30), match.start()):
                # the span stays "top ten": a name between ("outside China's") is its own
                rank = rank._replace(kind="rank_beyond")
            ranks.append(rank)
    return ranks


# "outside the top ten", "out of China's top ten"
_OUTSIDE = lazy_compile(
    r"\b(?:outside|out\s+of|beyond)\s+(?:the\s+|its\s+|[\w.-]+['\u2019]s\s+)?\Z", re.IGNORECASE
)


def top_bound_count(text: str, start: int) -> bool:
    """Is the number at `start` the N of "top N", a bound on a place, not an amount?"""
    before = text[max(0, start - 4) : start].lower()
    return before in ("top ", "top-")
