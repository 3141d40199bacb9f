"""Scorelines and tallies read as one value: "2-1", "6-4, 7-6 (5)", "a 5-4 decision", "52-48".

A result of a match, a vote or a ruling is a sequence of pairs, compared as a whole: "2-1"
against "3-0" is another result, not two counts of which one matches. A range ("aged 5-11",
"pages 10-12") rises from its first number to its second; a result is read from a pair
only when it is not a range: the pair falls or is level ("2-1", "1-1"), sets follow each
other ("3-6, 6-3"), a tiebreak is given ("7-6 (5)"), or a word of contests is next to it
("lost 1-2", "a 4-5 loss").
"""

import re
from functools import cache
from typing import NamedTuple

from factcli.lazy_re import lazy_compile
from factcli.units import UNITS

Part = tuple[int, ...]  # (a, b) or, with a tiebreak's points, (a, b, points)

# Words before a pair that make it a result: "lost 1-2", "voted 4-5", "trailed 2-3".
_CONTEST_BEFORE = frozenset(
    """
    win wins won winning beat beats beating beaten defeat defeats defeated defeating lost lose
    loses losing loss edged edge swept sweep topped top ruled rules ruling voted vote votes
    score scored scores led lead leads trailed trail trails trailing drew draw tied tie level
    margin result results final victory by
    """.split()
)
# Nouns after a pair that it qualifies as a result: "a 2-1 win", "a 5-4 decision".
_CONTEST_AFTER = frozenset(
    """
    win wins victory victories defeat defeats loss losses vote votes decision decisions ruling
    rulings verdict majority lead draw tie result scoreline score margin split triumph
    """.split()
)
# Words before a pair that make it a range: "between 10-15", "aged 5-11", "pages 10-12".
_RANGE_BEFORE = frozenset("between from aged ages age pages page pp chapters verses".split())
SCORE_DIMENSION = "score"


class ScoreMatch(NamedTuple):
    """A scoreline found in a text: its pairs, in the order written, and its span."""

    parts: tuple[Part, ...]
    start: int
    end: int


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    number = r"\d{1,3}(?:,\d{3})+|\d{1,3}"  # "5,210-4,870": a tally's votes
    pair = rf"({number})-(?:to-)?({number})(?:\s*\((\d{{1,2}})\))?"  # "7-to-2" too
    plain = rf"(?:{number})-(?:to-)?(?:{number})(?:\s*\(\d{{1,2}}\))?"
    sequence = re.compile(rf"(?<![\w.,/-]){plain}(?:,?[ \t]+{plain})*(?![\w%/]|-\w|[.,]\d)")
    one = re.compile(pair)
    return sequence, one


def find_scores(text: str) -> list[ScoreMatch]:
    """Every scoreline or tally of `text`, left to right."""
    found = _vote_tallies(text) if " to " in text and "vote" in text.lower() else []
    if "-" not in text:  # "6-4", "7-to-2": a result has a hyphen
        return found
    found += _word_scores(text)
    sequence, one = _patterns()
    for match in sequence.finditer(text):
        parts = tuple(
            tuple(int(g.replace(",", "")) for g in pair.groups() if g is not None)
            for pair in one.finditer(match.group(0))
        )
        before = _words_before(text, match.start())
        if (before and before[-1] in _RANGE_BEFORE) or _unit_follows(text, match.end()):
            continue
        sets = len(parts) > 1 or any(len(p) == 3 for p in parts)
        falling = parts[0][0] >= parts[0][1]
        if sets or falling or _near_contest(text, match.start(), match.end()):
            found.append(ScoreMatch(parts, match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)


_SCORE_WORDS = {"nil": 0, "zero": 0, "love": 0, "one": 1, "two": 2, "three": 3, "four": 4,
                "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_WORD_SCORE = lazy_compile(
    rf"\b({'|'.join(_SCORE_WORDS)})-({'|'.join(_SCORE_WORDS)}|all)\b", re.IGNORECASE
)
_LETTERS = lazy_compile(r"[a-z]+")


def _words_before(text: str, start: int) -> list[str]:
    """The lower-case words in the 40 characters before `start`."""
    return _LETTERS.findall(text[max(0, start - 40) : start].lower())


def _near_contest(text: str, start: int, end: int) -> bool:
    """Is a word of contests next to the pair: "lost 1-2", "a 4-5 loss"?"""
    after = _LETTERS.findall(text[end : end + 30].lower())[:1]
    return bool(
        set(_words_before(text, start)[-4:]) & _CONTEST_BEFORE or set(after) & _CONTEST_AFTER
    )


def _word_scores(text: str) -> list[ScoreMatch]:
    """A result in words: "a five-two lead", "won three-nil", "one-all". ("Twenty-one" is a
    number: no word of tens opens a result.) Read as a result only as a digit pair would be:
    falling or level, or next to a word of contests."""
    found = []
    for match in _WORD_SCORE.finditer(text):
        first = _SCORE_WORDS[match.group(1).lower()]
        second = first if match.group(2).lower() == "all" else _SCORE_WORDS[match.group(2).lower()]
        if first >= second or _near_contest(text, match.start(), match.end()):
            found.append(ScoreMatch(((first, second),), match.start(), match.end()))
    return found


@cache
def _votes_pattern() -> re.Pattern[str]:
    number = r"\d{1,3}(?:,\d{3})+|\d+"
    return re.compile(
        rf"(?<![\w.,])({number})\s+votes?\s+to\s+(?:(?:his|her|their|its)\s+)?({number})"
        rf"(?:\s+votes?)?(?![\w%])",
        re.IGNORECASE,
    )


def _vote_tallies(text: str) -> list[ScoreMatch]:
    """ "by 4,143 votes to 2,360": a tally written out."""
    return [
        ScoreMatch(
            ((int(m.group(1).replace(",", "")), int(m.group(2).replace(",", ""))),),
            m.start(),
            m.end(),
        )
        for m in _votes_pattern().finditer(text)
    ]


def _unit_follows(text: str, end: int) -> bool:
    """ "10-12 years", "5-6 billion", "8-10%": a range of an amount, not a result."""
    rest = text[end : end + 30].lstrip().lower()
    if rest.startswith("%"):
        return True
    first = re.match(r"[a-z]+", rest)
    return first is not None and first.group() in _unit_words()


@cache
def _unit_words() -> frozenset[str]:
    """The first words of the written units and scales: "years", "billion", "percent"."""
    firsts = {re.split(r"[^a-z]", written.lower())[0] for written in UNITS}
    return frozenset(firsts - {""}) | frozenset("hundred thousand million billion trillion".split())


def same_result(claim: tuple[Part, ...], fact: tuple[Part, ...]) -> bool:
    """Do two scorelines give the same result? Pairs compare in order, read from either
    side ("lost 1-2" is the "2-1" win told by the loser); a tiebreak's points count only
    when both give them."""
    if len(claim) != len(fact):
        return False
    return _same_pairs(claim, fact, flip=False) or _same_pairs(claim, fact, flip=True)


def _same_pairs(claim: tuple[Part, ...], fact: tuple[Part, ...], *, flip: bool) -> bool:
    for said, stated in zip(claim, fact, strict=True):
        games = (said[1], said[0]) if flip else (said[0], said[1])
        if games != (stated[0], stated[1]):
            return False
        if len(said) == 3 and len(stated) == 3 and said[2] != stated[2]:
            return False
    return True
