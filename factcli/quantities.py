"""Find amounts in English text as Quantity values in canonical units ("38 bcm" -> 38e9 m3).

Numbers come from factcli.numbers; this module attaches currencies, units, qualifiers and
rates, and reads durations, streaks, anniversaries and multipliers. Years and dates are left
to factcli.dates, codes such as "S-400" are not amounts.
"""

import re
from functools import cache
from typing import NamedTuple

from factcli.clock import CLOCK, clock_times
from factcli.dates import find_dates
from factcli.durations import joined_durations
from factcli.lazy_re import lazy_compile
from factcli.not_amounts import skipped_number
from factcli.numbers import (
    AND_A_HALF,
    ORDINAL_PATTERN,
    NumberMatch,
    find_numbers,
    parse_ordinal,
    word_set,
)
from factcli.scores import SCORE_DIMENSION, find_scores
from factcli.shares import SHARE_PRECISION, find_ratios, find_shares, fraction
from factcli.units import (
    CURRENCY_PREFIXES,
    FOLD_WORDS,
    MULTIPLIER_WORD_SET,
    MULTIPLIER_WORDS,
    PERIODS,
    POUND_WEIGHT,
    QUALIFIER_WORDS,
    QUALIFIERS,
    TIME_UNIT_WORDS,
    TIME_UNITS,
    TRAILING_QUALIFIERS,
    UNITS,
    UNITS_BEFORE,
    Unit,
    words_pattern,
)
from factcli.vague import vague_amounts
from factcli.values import Qualifier, Quantity

_UNIT_SEPARATOR = r"[ \t]{0,3}-?[ \t]{0,3}"
_FIRST_UNIT_WORD = lazy_compile(rf"{_UNIT_SEPARATOR}([A-Za-z]+|%)")


def _units_by_first_word() -> dict[str, tuple[str, ...]]:
    """The written units grouped by their first word: "cubic" -> cubic meters, feet..."""
    grouped: dict[str, list[str]] = {}
    for written in UNITS:
        first = re.match(r"[a-z]+|%", written)
        assert first is not None
        grouped.setdefault(first.group(), []).append(written)
    return {first: tuple(words) for first, words in grouped.items()}


_UNITS_BY_FIRST_WORD = _units_by_first_word()


@cache
def _unit_pattern(first: str) -> re.Pattern[str]:
    """One small regex for the units starting with `first`, compiled when first needed:
    compiling all ~130 at import would cost ~20 ms of every start."""
    words = words_pattern(list(_UNITS_BY_FIRST_WORD[first]))
    return re.compile(rf"{_UNIT_SEPARATOR}(?P<unit>{words})(?![A-Za-z0-9])", re.IGNORECASE)


_MORE_WORDS = ("more", "additional", "extra", "further")
_MORE_BEFORE_UNIT = lazy_compile(r"[ \t]+(?:more|additional|extra|further)(?=[ \t])", re.I)
_GLUED_MULTIPLIER = lazy_compile(r"[x×](?![A-Za-z0-9])", re.IGNORECASE)
_UNIT_BEFORE = lazy_compile(
    rf"\b(?P<unit>{words_pattern(list(UNITS_BEFORE))})(?:[ \t]?-[ \t]?|[ \t]+(?:of[ \t]+)?)\Z",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = lazy_compile(
    rf"(?<![A-Za-z])(?P<currency>{words_pattern(list(CURRENCY_PREFIXES))})[ \t]?\Z",
    re.IGNORECASE,
)
_QUALIFIER_BEFORE = lazy_compile(
    rf"(?:(?<![\w~])(?P<word>{words_pattern([q for q in QUALIFIERS if q != '~'])})\s+"
    r"|(?P<tilde>~)\s*)\Z",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = lazy_compile(
    r"(?P<plus>\+)|[ \t]*-?(?P<plusword>plus)\b|\s+or\s+(?P<or>more|so|less|fewer)\b",
    re.IGNORECASE,
)
_PERIOD_ADJACENT = lazy_compile(rf"\s*,?\s*(?:{PERIODS})(?![A-Za-z])", re.IGNORECASE)
_PERIOD_NEAR = lazy_compile(rf"(?=[aepdmwyh/])(?<![\w'])(?:{PERIODS})(?![A-Za-z])", re.IGNORECASE)
_CLAUSE_BREAK = lazy_compile(r"[\d.,;:!?\n]")
_PERIOD_WINDOW = 60
_PERIOD_BEFORE = lazy_compile(
    r"\b(?:(?P<adverb>annually|yearly)|(?P<adjective>annual|daily|monthly))\b"
    r"[^\d.,;:!?\n]{0,40}\Z",
    re.IGNORECASE,
)
_ADJECTIVE_PERIODS = {"annual": "year", "daily": "day", "monthly": "month"}
_PERIOD_BEFORE_WORDS = frozenset(["annually", "yearly", *_ADJECTIVE_PERIODS])
_RANGE_JOIN = lazy_compile(r"\s*(?:-|to|and|or)\s*\Z", re.IGNORECASE)
_BETWEEN_BEFORE = lazy_compile(r"\bbetween\s+\Z", re.IGNORECASE)
_MULTIPLIER = lazy_compile(
    rf"\b(?P<word>{words_pattern(list(MULTIPLIER_WORDS))})\b(?!-)"
    rf"|\b(?P<fold>{words_pattern(list(FOLD_WORDS))})fold\b",
    re.IGNORECASE,
)
_ARTICLE_DURATION = lazy_compile(
    r"\b(?P<article>an?)\s+(?:single\s+|whole\s+|full\s+)?"  # "a single day": one day
    r"(?P<unit>year|month|week|fortnight|decade|century|millennium|day|hour)"
    r"(?:-long)?\b(?!-)",
    re.IGNORECASE,
)
# A fraction of the unit that follows: "half a day", "a quarter of a century", "two thirds of".
_FRACTION_BEFORE = lazy_compile(
    r"\b(?:half|(?P<count>an?|one|two|three)\s+(?P<part>quarter|third)s?)(?:\s+of)?\s+\Z",
    re.IGNORECASE,
)
_FRACTION_PRECISION = 0.1  # of the length a fraction of a unit names
_ONCE_BEFORE = lazy_compile(r"\b(?:once|twice|thrice|times)\s+\Z", re.IGNORECASE)
_STREAK_ORDINAL = lazy_compile(
    rf"(?P<ord>{ORDINAL_PATTERN})[\s-]+(?:consecutive|straight|successive)\s+"
    rf"(?P<unit>{TIME_UNIT_WORDS})\b"
    rf"|(?P<ord2>{ORDINAL_PATTERN})\s+(?P<unit2>{TIME_UNIT_WORDS})\s+"
    r"(?:running|in\s+a\s+row|in\s+succession)\b",
    re.IGNORECASE,
)
# After a number: "five consecutive years", "five years in a row".
_STREAK_AFTER_NUMBER = lazy_compile(
    rf"[\s-]+(?:consecutive|straight|successive)\s+(?P<unit>{TIME_UNIT_WORDS})s?\b"
    rf"|\s+(?P<unit2>{TIME_UNIT_WORDS})s?\s+"
    r"(?:running|in\s+a\s+row|in\s+succession|straight|on\s+end)\b",
    re.IGNORECASE,
)
# "the 70 anniversary" (a dropped suffix) counts the same years as "the 70th anniversary".
_ANNIVERSARY = lazy_compile(
    rf"(?P<ord>{ORDINAL_PATTERN}|(?<![\d.,])\b\d{{1,3}}(?![\d.,]))[\s-]+anniversary\b",
    re.IGNORECASE,
)

# Dimensions whose amounts may take a rate from words further along the clause.
_RATE_DIMENSIONS = frozenset(
    ["currency", "volume", "oil_volume", "mass", "count", "percent", "energy", "length"]
)


class _Core(NamedTuple):
    """An amount before its qualifier and rate are attached: the span of number and unit."""

    value: float
    unit: str
    dimension: str
    precision: float
    start: int
    end: int
    period: str | None = None
    number: NumberMatch | None = None  # set for amounts read from a number
    unit_info: Unit | None = None  # set when a unit follows the number
    prefixed: bool = False  # the unit came from a currency sign before the number
    article: bool = False  # "a week": an article and a unit, that a rate may absorb
    vague: bool = False  # "hundreds of millions": an order of magnitude, its span allowed
    parts: tuple[tuple[int, ...], ...] = ()  # a scoreline's pairs


def _time_core(value: float, unit_word: str, start: int, end: int, dimension: str) -> _Core:
    days = TIME_UNITS[unit_word.lower()]
    return _Core(value * days, "day", dimension, days, start, end)


_STREAK_WORDS = frozenset(["consecutive", "straight", "successive", "running", "row", "succession"])
_STREAK_AFTER_WORDS = _STREAK_WORDS | {"end"}  # "five years on end"
_ARTICLES = frozenset(["a", "an"])
_ARTICLE_UNITS = frozenset(
    ["year", "month", "week", "fortnight", "decade", "century", "millennium", "day", "hour"]
)


def _anniversaries(text: str) -> list[_Core]:
    """Anniversaries: "70th anniversary" is 70 years elapsed, as is "70 years since"."""
    cores: list[_Core] = []
    if "anniversary" not in word_set(text):
        return cores
    for match in _ANNIVERSARY.finditer(text):
        written = match.group("ord")
        years = int(written) if written.isdigit() else parse_ordinal(written)
        if years is not None:
            cores.append(_time_core(years, "year", match.start(), match.end(), "time"))
    return cores


def _ordinal_streaks(text: str) -> list[_Core]:
    """Read "for a fifth consecutive year", "the fifth year running"."""
    cores: list[_Core] = []
    if not word_set(text) & _STREAK_WORDS:
        return cores
    for match in _STREAK_ORDINAL.finditer(text):
        count = parse_ordinal(match.group("ord") or match.group("ord2"))
        unit = match.group("unit") or match.group("unit2")
        if count is not None:
            cores.append(_time_core(count, unit, match.start(), match.end(), "streak"))
    return cores


def _cardinal_streak(text: str, number: NumberMatch) -> _Core | None:
    """Read "five consecutive years", "five years in a row" at a number."""
    if not word_set(text) & _STREAK_AFTER_WORDS:
        return None
    match = _STREAK_AFTER_NUMBER.match(text, number.end)
    if match is None or number.scale != 1.0:
        return None
    unit = match.group("unit") or match.group("unit2")
    return _time_core(number.value, unit, number.start, match.end(), "streak")


def find_ordinal_quantities(text: str) -> list[Quantity]:
    """Anniversaries and streaks named by an ordinal ("70th anniversary", "fifth straight year").

    Their ordinals are elapsed times, not ranks: factcli.ranks skips these spans.
    """
    cores = sorted(_anniversaries(text) + _ordinal_streaks(text), key=lambda c: c.start)
    return [_quantity(text, core) for core in cores]


# "the doubles", "a doubles match": the two-a-side game of tennis or badminton, no multiplier.
_GAME_BEFORE = frozenset("the a an in of and its their his her mixed men's women's deciding"
                         " decisive opening".split())  # fmt: skip
_GAME_AFTER = frozenset("match matches title titles team partner partners final finals pair"
                        " event tournament specialist rubber crown champion champions player"
                        " players win victory".split())  # fmt: skip
_WORD_AROUND = lazy_compile(r"[\w']+")


def _names_a_game(text: str, start: int, end: int) -> bool:
    """ "doubles" as a noun ("won the doubles", "the doubles title"), not "profit doubles"."""
    if text[start:end].lower() != "doubles":
        return False
    before = _WORD_AROUND.findall(text[max(0, start - 20) : start])
    after = _WORD_AROUND.findall(text[end : end + 20])
    return bool(before and before[-1].lower() in _GAME_BEFORE) or bool(
        after and after[0].lower() in _GAME_AFTER
    )


def _score_cores(text: str) -> list[_Core]:
    """Scorelines and tallies, one value each: "6-4, 7-6 (5)" is not five counts."""
    dates = [(d.start_offset, d.end_offset) for d in find_dates(text)] if "-" in text else []
    return [
        _Core(
            float(found.parts[0][0]),
            "",
            SCORE_DIMENSION,
            1.0,
            found.start,
            found.end,
            parts=found.parts,
        )
        for found in find_scores(text)
        if all(found.end <= s or found.start >= e for s, e in dates)
    ]


def _multipliers(text: str) -> list[_Core]:
    """Read "double", "tripled", "twice", "halved", "threefold"."""
    cores: list[_Core] = []
    if not word_set(text) & MULTIPLIER_WORD_SET and "fold" not in text.lower():
        return cores
    for match in _MULTIPLIER.finditer(text):
        word = match.group("word")
        if word is not None and _names_a_game(text, match.start(), match.end()):
            continue
        if word is not None:
            value = MULTIPLIER_WORDS[word.lower()]
        else:
            value = FOLD_WORDS[match.group("fold").lower()]
        cores.append(_Core(value, "times", "multiplier", 1.0, match.start(), match.end()))
    return cores


def _article_durations(text: str) -> list[_Core]:
    """Read "a week", "a decade", "an hour" (unless a rate: "once a year", "48 bcm a year")."""
    cores: list[_Core] = []
    words = word_set(text)
    if not (words & _ARTICLES and words & _ARTICLE_UNITS):
        return cores
    for match in _ARTICLE_DURATION.finditer(text):
        if _ONCE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue
        part = _FRACTION_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if part is not None:  # "half an hour", "a quarter of a century": 25 years
            share = 0.5 if part.group("part") is None else fraction(part["count"], part["part"])
            core = _time_core(share, match.group("unit"), part.start(), match.end(), "time")
            # as precise as the part it names: a quarter of a century is no 30 years
            cores.append(core._replace(precision=core.value * _FRACTION_PRECISION))
            continue
        and_half = AND_A_HALF.match(text, match.end())
        if and_half is not None:  # "a year and a half": eighteen months
            cores.append(
                _time_core(1.5, match.group("unit"), match.start(), and_half.end(), "time")
            )
            continue
        core = _time_core(1.0, match.group("unit"), match.start(), match.end(), "time")
        cores.append(core._replace(article=True))
    return cores


def _may_follow_unit(text: str, start: int) -> bool:
    """A cheap test before the unit-before regex: one of its units ends just before."""
    before = text[max(0, start - 16) : start].lower()
    return any(unit in before for unit in UNITS_BEFORE)


def _may_follow_currency(text: str, start: int) -> bool:
    """A cheap test before the currency regex: a sign, a code or "Rs" must end just before."""
    before = text[max(0, start - 2) : start].rstrip(" \t")
    if not before:
        return False
    last = before[-1]
    return not (last.islower() or last.isdigit()) or last in "s."


def _currency_before(text: str, start: int) -> tuple[str, int] | None:
    """The currency sign or code right before a number, and where it starts."""
    if not _may_follow_currency(text, start):
        return None
    match = _CURRENCY_BEFORE.search(text, max(0, start - 6), start)
    if match is None:
        return None
    written = re.sub(r"\s+", " ", match.group("currency").lower())
    if len(written) == 3 and written.isalpha() and not match.group("currency").isupper():
        return None  # codes are upper case: "usd" in running text is not a currency
    return CURRENCY_PREFIXES[written], match.start()


def _unit_after(text: str, end: int) -> tuple[Unit, int] | None:
    """The unit right after a number: "bcm", " cubic meters", "%", "-day", "x"."""
    glued = _GLUED_MULTIPLIER.match(text, end)
    if glued is not None:
        return UNITS["times"], glued.end()
    if any(w in text[end : end + 12].lower() for w in _MORE_WORDS):  # "two more years"
        more = _MORE_BEFORE_UNIT.match(text, end)
        end = more.end() if more is not None else end
    first = _FIRST_UNIT_WORD.match(text, end)
    word = first.group(1).lower() if first is not None else ""
    match = _unit_pattern(word).match(text, end) if word in _UNITS_BY_FIRST_WORD else None
    if match is None:
        return None
    written = re.sub(r"\s+", " ", match.group("unit").lower())
    if written == "pound" and text.startswith("-", end):  # "a 300-pound cover": a weight
        return POUND_WEIGHT, match.end()
    return UNITS[written], match.end()


def _number_core(text: str, number: NumberMatch) -> _Core | None:
    """The amount a number states with the currency before it and the unit after it."""
    if skipped_number(text, number):
        return None
    if not number.readable:
        return _unreadable_core(text, number)
    start, end = number.start, number.end
    currency = _currency_before(text, start)
    unit_match = _unit_after(text, end)
    unit_info: Unit | None = None
    if unit_match is not None and not (currency and unit_match[0].dimension != "currency"):
        unit_info, end = unit_match
    if unit_info is None and end < len(text) and text[end].isalpha() and not number.spelled:
        return None  # glued letters: a code such as "4G" or "3D"
    if unit_info is None and currency is None and _may_follow_unit(text, start):
        before = _UNIT_BEFORE.search(text, max(0, start - 16), start)
        if before is not None:  # "a magnitude 6 aftershock"
            unit_info, start = UNITS_BEFORE[before.group("unit").lower()], before.start()
    if currency is not None:
        code, start = currency
        unit_info = Unit(code, "currency")
    if unit_info is None:
        if number.year_like or (number.spelled and number.value < 1 and number.scale == 1):
            return None  # a year is a date; a bare "half" is not an amount
        unit_info = Unit("", "count")
    precision = number.precision * unit_info.factor
    if number.spelled and number.value < 1 and number.scale == 1:
        # "a quarter-century" names 25 years as "a quarter of a century" does: no 30 years
        precision = number.value * unit_info.factor * _FRACTION_PRECISION
    return _Core(
        value=number.value * unit_info.factor,
        unit=unit_info.unit,
        dimension=unit_info.dimension,
        precision=precision,
        start=start,
        end=end,
        period=unit_info.period,
        number=number,
        unit_info=unit_info,
        prefixed=currency is not None,
    )


def _unreadable_core(text: str, number: NumberMatch) -> _Core | None:
    """ "inf bcm", "$NaN", "10^1000 tonnes": an amount is stated but cannot be read. It is
    kept (dimension "unreadable", which no fact's amount has) so that no claim holding one
    is supported; without a unit or currency the word is no amount at all ("Nan Wang")."""
    currency = _currency_before(text, number.start)
    unit = _unit_after(text, number.end)
    if currency is None and unit is None and not number.text[:1].isdigit():
        return None
    start = currency[1] if currency is not None else number.start
    end = unit[1] if unit is not None else number.end
    return _Core(0.0, "", "unreadable", 0.0, start, end)


def _rescaled(core: _Core, scale: float, unit_info: Unit) -> _Core:
    """A range's first number read with the scale and unit of the second ("5 to 6 billion")."""
    number = core.number
    assert number is not None
    factor = unit_info.factor * (scale if number.scale == 1.0 else 1.0)
    return core._replace(
        value=number.value * factor,
        precision=number.precision * factor,
        unit=unit_info.unit,
        dimension=unit_info.dimension,
        period=unit_info.period,
        unit_info=unit_info,
    )


def _join_ranges(text: str, cores: list[_Core]) -> list[_Core]:
    """Share scale and unit across a range: "5-6 billion dollars", "$5-6 billion", "8-10%"."""
    joined = list(cores)
    for index in range(len(joined) - 1):
        first, second = joined[index], joined[index + 1]
        if first.number is None or second.number is None or second.unit_info is None:
            continue
        if not _RANGE_JOIN.fullmatch(text, first.end, second.start):
            continue
        connector = text[first.end : second.start].strip().lower()
        between = _BETWEEN_BEFORE.search(text, max(0, first.start - 10), first.start)
        if connector == "and" and between is None:
            continue
        if first.dimension != "count" and not first.prefixed:
            continue  # the first number has its own unit: "rose 5% to 6 billion"
        unit_info = first.unit_info if first.prefixed else second.unit_info
        assert unit_info is not None
        joined[index] = _rescaled(first, second.number.scale, unit_info)
        if second.dimension == "count" and first.prefixed:
            joined[index + 1] = second._replace(
                unit=unit_info.unit, dimension=unit_info.dimension, unit_info=unit_info
            )
    return joined


def _outside_dates(text: str, cores: list[_Core]) -> list[_Core]:
    """Drop numbers that lie in a date; a bare year yields to an amount with a unit."""
    dates = find_dates(text)
    kept: list[_Core] = []
    date_index = 0
    for core in cores:
        while date_index < len(dates) and dates[date_index].end_offset <= core.start:
            date_index += 1
        if date_index < len(dates) and dates[date_index].start_offset < core.end:
            date = dates[date_index]
            bare_year = date.start.month is None and date.weekday is None
            if not (bare_year and core.dimension != "count"):
                continue
        kept.append(core)
    return kept


def _number_cores(text: str) -> list[_Core]:
    cores: list[_Core] = []
    for number in find_numbers(text):
        streak = _cardinal_streak(text, number) if number.readable else None
        core = streak or _number_core(text, number)
        if core is not None:
            cores.append(core)
    return _elliptic_units(text, _join_ranges(text, _outside_dates(text, cores)))


# What may follow an amount whose unit is left out: a preposition or the clause's end ("to
# 200 billion by 2020"), never a noun of its own ("1.4 billion people").
_ELLIPSIS_AFTER = lazy_compile(
    r"\s*(?:[.,;:!?)]|\Z|(?:by|in|to|from|for|until|till|within|over|and|or|this|next|"
    r"last|each|a|an|per|the)\b)",
    re.IGNORECASE,
)
_ELLIPSIS_GAP = lazy_compile(r"[^.;!?\n]{1,80}")


def _elliptic_units(text: str, cores: list[_Core]) -> list[_Core]:
    """A scaled number with no unit after an amount with one, in the same sentence, takes
    that amount's unit: "to 100 billion dollars by 2015 and to 200 billion by 2020"."""
    joined = list(cores)
    for index in range(1, len(joined)):
        earlier, core = joined[index - 1], joined[index]
        number, before = core.number, earlier.number
        if number is None or before is None or core.dimension != "count" or number.scale <= 1:
            continue
        if earlier.unit_info is None or earlier.dimension in ("count", "time", "percent"):
            continue
        if before.scale <= 1 or earlier.unit_info.factor != 1:
            continue  # "$95 ... 200 billion" names no scale; "bcm" holds one of its own
        if not _ELLIPSIS_GAP.fullmatch(text, earlier.end, core.start):
            continue
        if not _ELLIPSIS_AFTER.match(text, core.end):
            continue
        joined[index] = _rescaled(core, 1.0, earlier.unit_info)
    return joined


def _leftmost_longest(cores: list[_Core]) -> list[_Core]:
    kept: list[_Core] = []
    kept_end = 0
    for core in sorted(cores, key=lambda c: (c.start, c.start - c.end)):
        if core.start >= kept_end:
            kept.append(core)
            kept_end = core.end
    return kept


def _attach_qualifier(text: str, core: _Core, floor: int) -> tuple[Qualifier, _Core]:
    """Extend `core` over a qualifier before it ("more than") or after it ("or more")."""
    qualifier = Qualifier.EXACT
    before = None
    if word_set(text) & QUALIFIER_WORDS:
        before = _QUALIFIER_BEFORE.search(text, max(floor, core.start - 24), core.start)
    if before is not None:
        written = "~" if before.group("tilde") else re.sub(r"\s+", " ", before.group("word"))
        if not (core.dimension == "time" and written.lower() == "over"):  # "over 30 years"
            qualifier = QUALIFIERS[written.lower()]
            core = core._replace(start=before.start())
    after = _QUALIFIER_AFTER.match(text, core.end)
    if after is not None and qualifier is Qualifier.EXACT:
        if after.group("plus") or after.group("plusword"):
            qualifier = TRAILING_QUALIFIERS["+"]
        else:
            qualifier = TRAILING_QUALIFIERS["or " + after.group("or").lower()]
        core = core._replace(end=after.end())
    return qualifier, core


def _period_near(text: str, core: _Core) -> tuple[str | None, int, int]:
    """The rate of an amount: right after it, further along its clause, or before it.

    Returns the period and the span of the period words (end -1 when none).
    """
    adjacent = _PERIOD_ADJACENT.match(text, core.end)
    if adjacent is not None and adjacent.lastgroup is not None:
        return adjacent.lastgroup, core.end, adjacent.end()
    if core.dimension not in _RATE_DIMENSIONS:
        return None, 0, -1
    near = _PERIOD_NEAR.search(text, core.end, core.end + _PERIOD_WINDOW)
    if near is not None and near.lastgroup is not None:
        in_clause = _CLAUSE_BREAK.search(text, core.end, near.start()) is None
        if in_clause and not near.group()[:1].isupper():  # "China Daily" is no rate
            return near.lastgroup, near.start(), near.end()
    if not word_set(text) & _PERIOD_BEFORE_WORDS:
        return None, 0, -1
    before = _PERIOD_BEFORE.search(text, max(0, core.start - 60), core.start)
    if before is not None:
        if before.group("adverb"):
            return "year", before.start(), before.end("adverb")
        if core.dimension != "count":
            adjective = before.group("adjective").lower()
            return _ADJECTIVE_PERIODS[adjective], before.start(), before.end("adjective")
    return None, 0, -1


def _quantity(text: str, core: _Core, qualifier: Qualifier = Qualifier.EXACT) -> Quantity:
    return Quantity(
        value=core.value,
        unit=core.unit,
        dimension=core.dimension,
        precision=core.precision,
        qualifier=qualifier,
        period=core.period,
        start=core.start,
        end=core.end,
        text=text[core.start : core.end],
        parts=core.parts,
    )


_LONG = (" long", "-long")


def _long_after(text: str, end: int) -> bool:
    """Does "long" follow a length of time ("three days long"; not "three days longer")?"""
    return text[end : end + 5].lower() in _LONG and not text[end + 5 : end + 6].isalnum()


def _finished(text: str, cores: list[_Core]) -> list[Quantity]:
    """Attach qualifiers and rates; drop "a year" where it is the rate of an amount."""
    quantities: list[Quantity] = []
    rate_spans: list[tuple[int, int]] = []
    floor = 0
    for core in cores:
        if core.article and any(s < core.end and core.start < e for s, e in rate_spans):
            continue
        qualifier, core = _attach_qualifier(text, core, floor)
        qualifier = Qualifier.ORDER if core.vague else qualifier
        if core.dimension == "time" and _long_after(text, core.end):
            core = core._replace(end=core.end + 5)  # "three days long": the length itself
        if core.period is None and core.dimension not in (
            "streak",
            "multiplier",
            SCORE_DIMENSION,
            CLOCK,
        ):
            period, period_start, period_end = _period_near(text, core)
            if period is not None:
                rate_spans.append((period_start, period_end))
                adjacent_end = period_end if period_start == core.end else core.end
                core = core._replace(period=period, end=adjacent_end)
        quantities.append(_quantity(text, core, qualifier))
        floor = core.end
    return quantities


def find_quantities(text: str) -> list[Quantity]:
    """Every amount in `text`, left to right, in canonical units, with offsets into `text`.

    Pass normalised text (factcli.normalize). Years, dates, codes ("S-400", "G20"), ordinals
    and ranks are not amounts and are skipped.
    """
    cores = (
        [_Core(t.minutes, "minute", CLOCK, t.precision, t.start, t.end) for t in clock_times(text)]
        + _anniversaries(text)
        + _ordinal_streaks(text)
        + _multipliers(text)
        + _article_durations(text)
        + _score_cores(text)
        + _number_cores(text)
    )
    cores += [_Core(*amount, vague=True) for amount in vague_amounts(text)]
    cores += [_Core(s.percent, "percent", "percent", SHARE_PRECISION, s.start, s.end)
              for s in find_shares(text) + find_ratios(text)]  # fmt: skip
    return joined_durations(text, _finished(text, _leftmost_longest(cores)))
