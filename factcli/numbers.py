"""Read numbers written in digits or English words, with scale words, as value and precision.

Shared by the quantity, date and rank finders. Plain regexes and small tables; absurdly long
numbers are skipped, so any input is processed in linear time.
"""

import math
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from factcli.lazy_re import lazy_compile

MAX_INTEGER_DIGITS = 24  # longer digit strings are not amounts: skipped
MAX_NUMBER_WORDS = 40  # longer runs of number words are not one number: skipped
MAX_MAGNITUDE = 1e100  # a power of ten past this ("10^1000") is no amount: not a number

_SMALL_NUMBERS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# Scale abbreviations that may follow a number after a space or glued to it.
_SCALE_ABBREVIATIONS: dict[str, float] = {
    **SCALE_WORDS,
    "thousand million": 1e9,  # the long-scale billion, still written in British English
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
# Single letters that are a scale only when glued to a digit: "$5m", "$95b", "10k".
_GLUED_SCALES: dict[str, float] = {"k": 1e3, "m": 1e6, "b": 1e9}

_ORDINAL_UNITS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
_ORDINAL_WORDS: dict[str, int] = {
    **_ORDINAL_UNITS,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}


ORDINAL_WORDS = frozenset(_ORDINAL_WORDS)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so that no word shadows a longer one."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER_WORD = (
    r"(?:"
    + _alternation([*_SMALL_NUMBERS, *_TENS, *SCALE_WORDS, "hundred", "dozen", "half", "quarters"])
    + r"|quarter)"
)
_MULTIPLIER_AFTER_A = r"(?:hundred|thousand|million|billion|trillion|dozen|half|quarter)\b"
_WORD_RUN = (
    rf"\b(?:an?\s+(?={_MULTIPLIER_AFTER_A}))?{_NUMBER_WORD}\b"
    rf"(?:(?:\s+|-)(?:(?:and|an?)\s+){{0,2}}{_NUMBER_WORD}\b)*"
)

ORDINAL_PATTERN = (
    r"(?:\b\d{1,4}(?:st|nd|rd|th)\b|\b(?:(?:"
    + _alternation(_TENS)
    + r")[\s-])?(?:"
    + _alternation(_ORDINAL_UNITS)
    + r")\b|\b(?:one\s+)?(?:"
    + _alternation(set(_ORDINAL_WORDS) - set(_ORDINAL_UNITS))
    + r")\b)"
)

# Digits, unless glued to a code ("G20", "S-400", "COVID-19") or joined to other digits by a
# separator ("1.2.3", "10:30", "24/7", "38,5"), or an ordinal ("9th"); a minus sign at the
# start of a word ("-20", not "5-6"); a power of ten ("4.8e10", "3.8 x 10^10", "10^9");
# then a scale word.
_DIGIT_NUMBER = lazy_compile(
    r"(?<![A-Za-z0-9_])(?<![A-Za-z_]-)(?<!\d[.,:/])(?:(?P<sign>-)(?=\d))?"
    rf"(?P<digits>{_DIGITS})"
    r"(?:[eE](?P<exponent>[+-]?\d{1,4})(?![A-Za-z])"
    r"|[ \t]?[x×*·][ \t]?10[ \t]?\^[ \t]?(?P<power>[+-]?\d{1,4})"
    r"|\^[ \t]?(?P<raised>[+-]?\d{1,4}))?"
    r"(?![.,:/]?\d)(?!(?:st|nd|rd|th)\b)"
    r"(?:[ \t]*-?[ \t]*(?P<spaced>"
    + _alternation(_SCALE_ABBREVIATIONS)
    + r")(?![A-Za-z0-9])|(?P<glued>[kmb])(?![A-Za-z0-9]))?",
    re.IGNORECASE,
)
# Words that look like numbers in programs but are none: "inf bcm" states no amount.
_NOT_A_NUMBER = lazy_compile(
    r"(?<![A-Za-z0-9_])[+-]?(?:infinity|inf|nan)(?![A-Za-z0-9_])", re.IGNORECASE
)
_NOT_A_NUMBER_WORDS = frozenset(["inf", "infinity", "nan"])
# A letter that can start a number word: the regex engine skips other positions quickly.
_WORD_NUMBER = lazy_compile(rf"(?=[aeftsnzhdoqmbAEFTSNZHDOQMB]){_WORD_RUN}", re.IGNORECASE)
_NUMBER_WORD_SET = frozenset(
    [*_SMALL_NUMBERS, *_TENS, "hundred", "dozen", "half", "quarter", "quarters"]
)
_SCALE_WORD_SET = frozenset(SCALE_WORDS)
_ARTICLE_SET = frozenset(["a", "an"])
_LOWER_WORD = lazy_compile(r"[a-z]+")
_SIGNS = ("#", "~")
_WORD_TOKEN = lazy_compile(r"[A-Za-z]+")
_DIGIT_ORDINAL = lazy_compile(r"(\d{1,4})(?:st|nd|rd|th)", re.IGNORECASE)
_ORDINAL_SPLIT = lazy_compile(r"[\s-]+")


class NumberMatch(NamedTuple):
    """A number found in text, with the scale word it carries ("95.4 bn" -> scale 1e9)."""

    value: float
    precision: float
    start: int
    end: int
    text: str
    scale: float = 1.0
    spelled: bool = False  # written in words ("thirty-eight")
    plain_integer: bool = False  # digits only: no separator, decimal point or scale
    readable: bool = True  # False for "inf", "nan", "10^1000": written as a number, no amount

    @property
    def year_like(self) -> bool:
        """A bare four-digit integer 1000-2999: read as a year, not an amount."""
        return self.plain_integer and len(self.text) == 4 and 1000 <= self.value <= 2999


def _digits_number(text: str, match: re.Match[str]) -> NumberMatch | None:
    """The number at a digits match, with its sign, power of ten and scale word; None for
    an absurdly long one."""
    digits = match.group("digits").replace(",", "")
    integer_part, _, decimals = digits.partition(".")
    if len(integer_part) > MAX_INTEGER_DIGITS:
        return None
    scale_word = match.group("spaced") or match.group("glued")
    scale = 1.0
    if scale_word is not None:
        scale = _SCALE_ABBREVIATIONS.get(scale_word.lower()) or _GLUED_SCALES[scale_word.lower()]
    step = 10.0 ** -len(decimals) if decimals else 1.0
    mantissa = float(digits)
    power = match.group("exponent") or match.group("power")
    raised = match.group("raised")
    readable = True
    if power is not None or raised is not None:
        base, exponent = (10.0, int(power)) if power is not None else (mantissa, int(raised))
        magnitude = math.log10(base) * exponent if base > 0 else 0.0
        readable = abs(magnitude) <= math.log10(MAX_MAGNITUDE)
        factor = base**exponent if readable else 1.0
        value, step = (mantissa * factor, step * factor) if power is not None else (factor, 1.0)
    else:
        value = mantissa
    sign = -1.0 if match.group("sign") else 1.0
    return NumberMatch(
        value=sign * value * scale if readable else math.nan,
        precision=step * scale,
        start=match.start(),
        end=match.end(),
        text=match.group(),
        scale=scale,
        plain_integer=scale_word is None
        and digits == match.group("digits")
        and not decimals
        and power is None
        and raised is None,
        readable=readable,
    )


def _not_numbers(text: str) -> list[NumberMatch]:
    """ "inf", "nan": numbers to a program, no amount to a reader."""
    return [
        NumberMatch(math.nan, math.nan, m.start(), m.end(), m.group(), readable=False)
        for m in _NOT_A_NUMBER.finditer(text)
    ]


class _WordState:
    """Accumulator of one spelled number while its words are read left to right.
    (A plain class: a mutable dataclass costs ~0.4 ms of every start to define.)"""

    __slots__ = ("current", "fraction_step", "last", "last_scale", "total")

    def __init__(self) -> None:
        self.total = 0.0
        self.current = 0.0
        self.last = "start"
        self.last_scale = 0.0
        self.fraction_step = 0.0

    def value(self) -> float:
        return self.total + self.current

    def precision(self) -> float:
        base = self.last_scale if self.current == 0 and self.last_scale else 1.0
        return (self.fraction_step or 1.0) * base


def _word_kind(word: str) -> tuple[str, float]:
    """Classify a number word: small, tens, hundred, scale, dozen, half, quarter, a, and."""
    if word in _SMALL_NUMBERS:
        return "small", float(_SMALL_NUMBERS[word])
    if word in _TENS:
        return "tens", float(_TENS[word])
    if word in SCALE_WORDS:
        return "scale", SCALE_WORDS[word]
    if word in ("a", "an"):
        return "a", 1.0
    if word == "quarters":
        return "quarter", 0.25
    return word, 0.0  # hundred, dozen, half, quarter, and


_FRACTIONS = {"half": 0.5, "quarter": 0.25}


def _read_fraction(words: list[str], index: int, state: _WordState) -> int:
    """After a number, read "and a half" / "and three quarters"; return the new index."""
    if index + 2 < len(words) and words[index] == "and":
        article, fraction = words[index + 1], words[index + 2]
        if article in ("a", "an") and fraction in _FRACTIONS:
            state.current += _FRACTIONS[fraction]
            state.fraction_step = _FRACTIONS[fraction]
            return index + 3
        if article in _SMALL_NUMBERS and fraction == "quarters":
            state.current += _SMALL_NUMBERS[article] * 0.25
            state.fraction_step = 0.25
            return index + 3
    return index


def _step(words: list[str], index: int, state: _WordState) -> int:
    """Consume the number word(s) at `index` if they continue the number; else return index."""
    word = words[index]
    kind, amount = _word_kind(word)
    last = state.last
    following = words[index + 1] if index + 1 < len(words) else ""
    if kind in ("small", "tens"):
        joins_tens = last == "tens" and kind == "small" and 0 < amount < 10
        if last in ("start", "hundred", "scale", "and") or joins_tens:
            state.current += amount
            state.last = "tens" if kind == "tens" else ("unit" if joins_tens else kind)
            return index + 1
        return index
    if kind == "hundred" and last in ("small", "tens", "unit", "a"):
        state.current = (state.current or 1.0) * 100
        state.last = "hundred"
        return index + 1
    if kind == "scale" and last in ("small", "tens", "unit", "hundred", "a", "half", "fraction"):
        if state.last_scale and amount >= state.last_scale:
            return index
        state.total += (state.current or 1.0) * amount
        state.current = 0.0
        state.last_scale = amount
        state.last = "scale"
        return index + 1
    if kind == "scale" and last == "scale" and (state.last_scale, amount) == (1e3, 1e6):
        state.total *= amount  # "thirty-eight thousand million": the long-scale billion
        state.last_scale = 1e9
        return index + 1
    if kind == "dozen" and last in ("small", "a", "half"):  # "half a dozen": six
        state.current = (state.current or 1.0) * 12
        state.last = "dozen"
        return index + 1
    if kind == "half" and last == "start":
        state.current = 0.5
        state.fraction_step = 0.5
        state.last = "half"
        return index + 1
    if kind == "quarter" and last in ("small", "a"):
        state.current = (state.current or 1.0) * 0.25
        state.fraction_step = 0.25
        state.last = "fraction"
        return index + 1
    if kind == "a" and following in ("hundred", "dozen", "half", "quarter", *SCALE_WORDS):
        if last == "start" or (
            last == "half" and (following in SCALE_WORDS or following == "dozen")
        ):
            state.last = "a" if last == "start" else "half"
            return index + 1
        return index
    if kind == "and" and last in ("small", "tens", "unit"):
        return _read_fraction(words, index, state)
    if kind == "and" and last in ("hundred", "scale") and following:
        follow_kind, _ = _word_kind(following)
        if follow_kind in ("small", "tens"):
            state.last = "and"
            return index + 1
    return index


def _parse_words_from(words: list[str], first: int) -> tuple[int, _WordState] | None:
    """Read the longest number starting at words[first]; None if none starts there."""
    state = _WordState()
    index = first
    while index < len(words):
        advanced = _step(words, index, state)
        if advanced == index:
            break
        index = advanced
    while index > first and words[index - 1] in ("and", "a", "an"):
        index -= 1  # a trailing connector is not part of the number
    if index == first or state.last in ("a", "and"):
        return None
    return index, state


# A scale word or abbreviation after a number read without one: "ninety-five bn", "3 and a
# half million".
_SCALE_AFTER = lazy_compile(
    r"[ \t]+(" + "|".join(sorted(_SCALE_ABBREVIATIONS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _word_numbers(text: str, match: re.Match[str]) -> list[NumberMatch]:
    """Split a run of number words into numbers ("two three" is two numbers)."""
    tokens = list(_WORD_TOKEN.finditer(match.group()))
    if len(tokens) > MAX_NUMBER_WORDS:
        return []
    words = [token.group().lower() for token in tokens]
    base = match.start()
    found: list[NumberMatch] = []
    index = 0
    while index < len(words):
        parsed = _parse_words_from(words, index)
        if parsed is None:
            index += 1
            continue
        end_index, state = parsed
        start = base + tokens[index].start()
        end = base + tokens[end_index - 1].end()
        value, precision, scale = state.value(), state.precision(), state.last_scale or 1.0
        abbreviated = _SCALE_AFTER.match(text, end) if not state.last_scale else None
        if abbreviated is not None:  # "ninety-five bn"
            scale = _SCALE_ABBREVIATIONS[abbreviated.group(1).lower()]
            value, precision, end = value * scale, precision * scale, abbreviated.end()
        found.append(
            NumberMatch(
                value=value,
                precision=precision,
                start=start,
                end=end,
                text=text[start:end],
                scale=scale,
                spelled=True,
            )
        )
        index = end_index
    return found


@lru_cache(maxsize=16)
def word_set(text: str) -> frozenset[str]:
    """The lowercase words of `text`, and the signs "#" and "~" if present.

    A cheap, cached test of whether a slower pattern can match at all.
    """
    signs = [sign for sign in _SIGNS if sign in text]
    return frozenset(_LOWER_WORD.findall(text.lower()) + signs)


def _may_hold_number_words(words: frozenset[str]) -> bool:
    if words & _NUMBER_WORD_SET:
        return True
    return bool(words & _SCALE_WORD_SET and words & _ARTICLE_SET)  # "a billion"


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in `text`, left to right, in digits or words, with its scale word.

    Digits glued after a letter ("G20", "S-400") are codes, not numbers, and are skipped.
    "inf", "nan" and powers past MAX_MAGNITUDE come back unreadable (value NaN).
    """
    found = [
        number
        for match in _DIGIT_NUMBER.finditer(text)
        if (number := _digits_number(text, match)) is not None
    ]
    if "/" in text:  # "6 1/2 minutes" (and "6½", which normalising makes "6 1/2")
        found = [_with_fraction(text, number) for number in found]
    words = word_set(text)
    if "half" in words:  # "16 and a half minutes"
        found = [_and_a_half(text, number) for number in found]
    if _may_hold_number_words(words):
        taken = [(number.start, number.end) for number in found]
        for match in _WORD_NUMBER.finditer(text):
            found.extend(
                number
                for number in _word_numbers(text, match)
                if all(number.end <= start or number.start >= end for start, end in taken)
            )
        found.sort(key=lambda number: number.start)
    if words & _NOT_A_NUMBER_WORDS:
        found = sorted(found + _not_numbers(text), key=lambda number: number.start)
    if " of a" in text and words & PARTS.keys():  # "a quarter of a million"
        found = _parts_of_scales(text, found)
    return found


# The parts of a whole, by the number of them in it ("a third", "three quarters"): read
# here before a scale ("a quarter of a million") and by factcli.shares as shares.
PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
         "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
         "tenth": 10, "tenths": 10}  # fmt: skip
PART_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_PART_OF_SCALE = lazy_compile(
    rf"\b(?P<count>{'|'.join(PART_COUNTS)})\s+(?P<part>{'|'.join(PARTS)})\s+of\s+an?\s+"
    rf"(?P<scale>{'|'.join(SCALE_WORDS)})\b",
    re.IGNORECASE,
)


def _parts_of_scales(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """ "a quarter of a million", "two thirds of a billion" as one number each, in place of
    the scale word read alone ("a million")."""
    for match in _PART_OF_SCALE.finditer(text):
        share = PART_COUNTS[match["count"].lower()] / PARTS[match["part"].lower()]
        if share >= 1:
            continue
        scale = SCALE_WORDS[match["scale"].lower()]
        found = [n for n in found if n.end <= match.start() or n.start >= match.end()]
        found.append(
            NumberMatch(
                value=share * scale,
                precision=share * scale / 10,
                start=match.start(),
                end=match.end(),
                text=match.group(),
                scale=scale,
                spelled=True,
            )
        )
    return sorted(found, key=lambda number: number.start)


# A simple fraction after a whole number: "6 1/2", "2 3/4".
_MIXED_FRACTION = lazy_compile(r"[ \t]+([1-7])/([2348])(?![\d/])")


def _with_fraction(text: str, number: NumberMatch) -> NumberMatch:
    """The whole number with the fraction after it, if any ("6 1/2" is 6.5)."""
    found = _MIXED_FRACTION.match(text, number.end)
    if found is None or not number.plain_integer:
        return number
    numerator, denominator = int(found.group(1)), int(found.group(2))
    if numerator >= denominator:
        return number
    return number._replace(
        value=number.value + numerator / denominator,
        precision=1 / denominator,
        end=found.end(),
        text=text[number.start : found.end()],
        plain_integer=False,
    )


# "16 and a half", "a year and a half" (factcli.quantities reads the second).
AND_A_HALF = lazy_compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)


def _and_a_half(text: str, number: NumberMatch) -> NumberMatch:
    """The whole number with "and a half" after it, if any ("16 and a half" is 16.5)."""
    found = AND_A_HALF.match(text, number.end)
    if found is None or not number.plain_integer:
        return number
    end, scale = found.end(), 1.0
    scaled = _SCALE_AFTER.match(text, end)  # "3 and a half million"
    if scaled is not None:
        end, scale = scaled.end(), _SCALE_ABBREVIATIONS[scaled.group(1).lower()]
    return number._replace(
        value=(number.value + 0.5) * scale,
        precision=0.5 * scale,
        end=end,
        text=text[number.start : end],
        scale=scale,
        plain_integer=False,
    )


def parse_number(text: str) -> NumberMatch | None:
    """Parse `text` as exactly one number expression ("95.4 billion", "a dozen"), else None."""
    stripped = text.strip()
    numbers = find_numbers(stripped)
    if len(numbers) != 1 or numbers[0].start != 0 or numbers[0].end != len(stripped):
        return None
    if not numbers[0].readable:
        return None
    return numbers[0]


def parse_ordinal(text: str) -> int | None:
    """The value of an ordinal ("9th", "ninth", "twenty-first", "hundredth"), else None."""
    stripped = text.strip().lower()
    digit_match = _DIGIT_ORDINAL.fullmatch(stripped)
    if digit_match is not None:
        return int(digit_match.group(1))
    words = [word for word in _ORDINAL_SPLIT.split(stripped) if word]
    if words[:1] == ["one"] and words[1:] == ["hundredth"]:
        return 100
    if len(words) == 1:
        return _ORDINAL_WORDS.get(words[0])
    if len(words) == 2 and words[0] in _TENS and words[1] in _ORDINAL_UNITS:
        return _TENS[words[0]] + _ORDINAL_UNITS[words[1]]
    return None


def scale_factor(word: str) -> float | None:
    """The multiplier of a scale word or abbreviation ("billion", "bn" -> 1e9), else None."""
    return _SCALE_ABBREVIATIONS.get(word.strip().lower())
