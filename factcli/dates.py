"""Find dates, date ranges, months, years, decades and weekdays in English text.

One regex per date form; overlapping finds resolve to the longest. "May" and "March" count as
months only with a day, a year or a preposition next to them, never as the verbs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from factcli.lazy_re import lazy_compile
from factcli.numbers import parse_ordinal, word_set
from factcli.values import DateSpan, PartialDate
from factcli.weekday_dates import with_their_weekdays

FULL_MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTHS: dict[str, int] = {
    **{name: number for number, name in enumerate(FULL_MONTH_NAMES, start=1)},
    **_MONTH_ABBREVIATIONS,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    # short forms that are no other word ("mon", "wed", "sat", "sun" are)
    "tue": 1,
    "tues": 1,
    "weds": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
}
# Month words that are also common English words or names: need a day, year or preposition.
_AMBIGUOUS_MONTHS = frozenset(["may", "march", *_MONTH_ABBREVIATIONS])
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_PART_WORDS: dict[str, str] = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "end": "late",
    "beginning": "early",
    "start": "early",
    "middle": "mid",
}

_FULL_MONTHS = "|".join(FULL_MONTH_NAMES)
_SHORT_MONTHS = "|".join(sorted(_MONTH_ABBREVIATIONS, key=len, reverse=True))
_MONTH = rf"\b(?:{_FULL_MONTHS}|(?:{_SHORT_MONTHS})\.?)(?![A-Za-z])"
_DAY = r"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
_YEAR_DIGITS = r"[12]\d{3}"
_YEAR = rf"(?<![\w$€£¥.,/]){_YEAR_DIGITS}(?![\w%]|[.,]\d)"
_WEEKDAY = (
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"tues?|weds|thurs?|thu|fri)(?![a-rt-z])"
)
_RANGE = r"\s*(?:-|to|through|till|until)\s*"
_PART = (
    r"(?:(?P<part>early|late)[\s-]+|(?P<mid>mid)-?\s*"
    r"|(?:the\s+)?(?P<partof>end|beginning|start|middle)\s+of\s+)"
)
_WEEKDAY_PREFIX = rf"(?:(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?"
# A four-digit number followed by a unit or scale is an amount, not a year.
_AMOUNT_AFTER = (
    r"(?!\s*(?:%|per\s*cent\b|pct\b|percent\b|(?:thousand|million|billion|trillion|bn|mn|tn|"
    r"km|kilomet(?:er|re)s?|miles?|kg|tonnes?|tons?|bcm|cubic|barrels?|bbl|dollars?|euros?|"
    r"yuan|rubles?|roubles?|yen|pounds?|times|fold|mw|gw|kwh|mwh|gwh|twh|hectares?|acres?)\b))"
)

# Numeric dates: day and month in either order ("15/03/2015", "3.15.2015"), or year first
# ("2015/3/15"), with one separator throughout.
_NUMERIC = lazy_compile(
    r"(?<![\w./-])(?:(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>[12]\d{3})"
    r"|(?P<iy>[12]\d{3})(?P<isep>[/.-])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2}))"
    r"(?![\w]|[./-]\d)"
)
_NUMERIC_HINT = lazy_compile(r"\d[/.-]\d{1,2}[/.-]\d")
_ISO = lazy_compile(r"\b(?P<y>[12]\d{3})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")
_MONTH_DAY = lazy_compile(
    rf"{_WEEKDAY_PREFIX}(?P<m1>{_MONTH})\s*(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"(?:{_RANGE}(?:(?P<m2>{_MONTH})\s*)?(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?)?",
    re.IGNORECASE,
)
_DAY_MONTH = lazy_compile(
    rf"{_WEEKDAY_PREFIX}(?P<d1>{_DAY})(?:{_RANGE}(?:the\s+)?(?P<d2>{_DAY}))?\s+(?:of\s+)?"
    rf"(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?",
    re.IGNORECASE,
)
_MONTH_RANGE = lazy_compile(
    rf"(?P<m1>{_MONTH}){_RANGE}(?P<m2>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?", re.IGNORECASE
)
_MONTH_YEAR = lazy_compile(
    rf"{_PART}?(?P<m1>{_MONTH})(?:,?\s+(?:of\s+)?(?P<y1>{_YEAR}))?", re.IGNORECASE
)
_PART_YEAR = lazy_compile(rf"{_PART}(?P<y1>{_YEAR}){_AMOUNT_AFTER}", re.IGNORECASE)
_DECADE = lazy_compile(
    r"(?:(?P<part>early|late)[\s-]+|(?P<mid>mid)-?\s*)?(?<![\w$.,])(?P<decade>[12]\d{2}0)'?s\b",
    re.IGNORECASE,
)
# "the sixties", "the late '90s": a decade of the 20th century in words or two digits.
_DECADE_WORDS = {
    word: 1920 + 10 * tens
    for tens, word in enumerate(
        "twenties thirties forties fifties sixties seventies eighties nineties".split()
    )
}
_SHORT_DECADE = lazy_compile(
    r"(?<=\bthe )(?:(?P<part>early|late)[\s-]+|(?P<mid>mid)-?\s*)?"
    rf"(?:(?P<word>{'|'.join(_DECADE_WORDS)})|['\u2019](?P<digits>[2-9]0)s)\b",
    re.IGNORECASE,
)
_YEAR_RANGE = lazy_compile(
    rf"(?P<y1>{_YEAR}){_RANGE}(?P<y2>{_YEAR_DIGITS}|\d{{2}})(?![\w%]|[.,]\d){_AMOUNT_AFTER}",
    re.IGNORECASE,
)
_BARE_YEAR = lazy_compile(rf"(?P<y1>{_YEAR}){_AMOUNT_AFTER}", re.IGNORECASE)
# A leading look-ahead on first letters lets the regex engine skip other positions quickly.
_BARE_WEEKDAY = lazy_compile(rf"(?=[mtwfsMTWFS])(?P<wd>{_WEEKDAY})s?\b", re.IGNORECASE)
_MONTH_WORD = lazy_compile(rf"(?=[jfmasondJFMASOND]){_MONTH}", re.IGNORECASE)
_MONTH_WORDS = frozenset(MONTHS)
_WEEKDAY_WORDS = frozenset([*WEEKDAYS, *(f"{day}s" for day in WEEKDAYS)])
_YEAR_START = lazy_compile(r"(?<![\w$€£¥.,/])[12]\d{3}")
_PREFIX_BEFORE = lazy_compile(
    rf"(?=[mtwfselbTWFSELBM])(?:{_WEEKDAY},?\s+(?:the\s+)?|{_PART})\Z", re.IGNORECASE
)
_PREFIX_WORDS = frozenset([*_WEEKDAY_WORDS, *_PART_WORDS])
_DIGIT = lazy_compile(r"\d")
_DAY_BEFORE_MONTH = lazy_compile(
    rf"(?=[\dmtwfsMTWFS]){_WEEKDAY_PREFIX}{_DAY}(?:{_RANGE}(?:the\s+)?{_DAY})?\s+(?:of\s+)?\Z",
    re.IGNORECASE,
)
# Seasons (of the northern hemisphere, where the months are the meteorological ones): the
# months each spans, and the one its early, middle or late part names.
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
                  "winter": (12, 2)}  # fmt: skip
_SEASON_PART_MONTH = {"early": 0, "mid": 1, "late": 2}
_SEASON = lazy_compile(
    rf"{_PART}?(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)(?![\w-])"
    rf"(?:\s+(?:of\s+)?(?P<y1>{_YEAR}))?",
    re.IGNORECASE,
)
_SEASON_WORDS = frozenset(_SEASON_MONTHS)
# Halves and quarters of a year: "the first half of 2015", "the third quarter of 2014",
# "Q2 2026", "H1 2015": the months they span. With no year ("the second quarter"), a
# period of a firm's own (fiscal) year, which is not the calendar's.
_YEAR_PART_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                       "fourth": 4, "4th": 4, "final": 4}  # fmt: skip
_YEAR_PART_WORDS = frozenset({"half", "quarter"})
_QUARTER_CUES = frozenset({"q1", "q2", "q3", "q4", "h1", "h2"})
_YEAR_PART = lazy_compile(
    rf"(?:the\s+)?(?P<ord>{'|'.join(_YEAR_PART_ORDINALS)})[\s-]+(?P<unit>half|quarter)\b"
    rf"(?:\s+(?:of\s+)?(?P<y1>{_YEAR}))?"  # "the first quarter of 2026", "first-quarter 2026"
    rf"|\b(?P<code>[QqHh])(?P<n>[1-4])\b(?:\s*(?P<y2>{_YEAR}))?",
    re.IGNORECASE,
)
# "Fall" is a verb as often: a season only after one of these words, a part or before a year.
_BEFORE_FALL = ("the", "in", "this", "last", "next", "by", "until")
_CAPITAL_WORD = lazy_compile(r"\s+[A-Z]")
_PREPOSITIONS = frozenset(
    "in early late mid since until till by of during from before after through on last next"
    " end beginning start middle".split()
)


def days_in_month(year: int, month: int) -> int:
    """How many days the month has in that (Gregorian) year: what calendar.monthrange
    says, without importing calendar (and locale) on every check."""
    if month == 2 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return 28
    return _DAYS_IN_MONTH[month - 1]


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_number(word: str) -> int:
    return int(word.rstrip("stndrhSTNDRH"))


def _valid_day(month: int, day: int) -> bool:
    return 1 <= day <= _DAYS_IN_MONTH[month - 1]


def _month_is_plausible(text: str, match: re.Match[str], group: str, context: bool) -> bool:
    """Whether a month word is a month: always for unambiguous names, else with context.

    `context` says a day or year stands next to it, or a part ("early") precedes it.
    """
    word = match.group(group)
    if word.lower().rstrip(".") not in _AMBIGUOUS_MONTHS:
        return True
    if context:
        return True
    start = match.start(group)
    words_before = text[max(0, start - 16) : start].replace("-", " ").split()
    return bool(words_before) and words_before[-1].lower() in _PREPOSITIONS


def _part_of(match: re.Match[str]) -> str | None:
    """The part of a month or year named before it ("early", "mid", "the end of" -> late)."""
    groups = match.groupdict()
    if groups.get("mid"):
        return "mid"
    word = groups.get("part") or groups.get("partof")
    return _PART_WORDS[word.lower()] if word else None


def _weekday_of(match: re.Match[str]) -> int | None:
    word = match.groupdict().get("wd")
    return WEEKDAYS[word.lower()] if word else None


def _year(match: re.Match[str], group: str) -> int | None:
    value = match.groupdict().get(group)
    return int(value) if value else None


def _make(
    text: str, match: re.Match[str], start: PartialDate, end: PartialDate, part: str | None = None
) -> DateSpan:
    return DateSpan(
        start=start,
        end=end,
        weekday=_weekday_of(match),
        part=part,
        start_offset=match.start(),
        end_offset=match.end(),
        text=match.group(),
    )


def _iso(text: str, match: re.Match[str]) -> DateSpan | None:
    month, day = int(match.group("m")), int(match.group("d"))
    if not _valid_day(month, day):
        return None
    date = PartialDate(int(match.group("y")), month, day)
    return _make(text, match, date, date)


def _numeric(text: str, match: re.Match[str]) -> DateSpan | None:
    """Read "15/03/2015" (the day is over 12: day first), "03/15/2015" (month first),
    "2015/03/15" and "15.3.2015". Where both orders give a date ("05/08/2015"), the other
    reading is kept as the span's alternative. A month with too few days ("31/02/2015") is
    read as its month, with a note that the date does not exist."""
    if match.group("iy"):
        year = int(match.group("iy"))
        orders = [(int(match.group("im")), int(match.group("id")))]
    else:
        year = int(match.group("y"))
        first, second = int(match.group("a")), int(match.group("b"))
        orders = list(dict.fromkeys([(second, first), (first, second)]))  # (month, day)
    orders = [(month, day) for month, day in orders if 1 <= month <= 12 and day >= 1]
    if not orders:
        return None
    readings = [
        _make(text, match, PartialDate(year, month, day), PartialDate(year, month, day))
        for month, day in orders
        if day <= days_in_month(year, month)
    ]
    if not readings:
        month = orders[0][0]
        date = PartialDate(year, month)
        span = _make(text, match, date, date)
        name = FULL_MONTH_NAMES[month - 1].capitalize()
        days = days_in_month(year, month)
        return span._replace(note=f"not a calendar date: {name} {year} has {days} days")
    if len(readings) == 2:
        return readings[0]._replace(alternative=readings[1])
    return readings[0]


def _month_day(text: str, match: re.Match[str]) -> DateSpan | None:
    """Read "May 8", "May 8-10", "May 8, 2015", "May 31 to June 2", "Friday, May 8"."""
    if not _month_is_plausible(text, match, "m1", context=True):
        return None
    month1 = _month_number(match.group("m1"))
    month2 = _month_number(match.group("m2")) if match.group("m2") else month1
    day1 = _day_number(match.group("d1"))
    day2 = _day_number(match.group("d2")) if match.group("d2") else day1
    if not (_valid_day(month1, day1) and _valid_day(month2, day2)):
        return None
    year2 = _year(match, "y2")
    year1 = _year(match, "y1") or year2
    year2 = year2 or year1
    return _make(text, match, PartialDate(year1, month1, day1), PartialDate(year2, month2, day2))


_ENDS_CLAUSE = r"\s*(?:[.,;:!?)]|\Z)"  # punctuation or the text's end, after spaces
_CLAUSE_END = lazy_compile(_ENDS_CLAUSE)


def _day_month(text: str, match: re.Match[str]) -> DateSpan | None:
    """Read "8 May", "8 to 10 May", "8th-10th May 2015", "the 8th of May"."""
    month_word = match.group("m1")
    # "8 may have died": a modal verb; "8-10 may" or "on 8 may." ends a date
    modal_risk = (
        month_word.islower()
        and not match.group("y1")
        and not match.group("d2")
        and _CLAUSE_END.match(text, match.end()) is None
    )
    if not _month_is_plausible(text, match, "m1", context=not modal_risk):
        return None
    month = _month_number(month_word)
    day1 = _day_number(match.group("d1"))
    day2 = _day_number(match.group("d2")) if match.group("d2") else day1
    if not (_valid_day(month, day1) and _valid_day(month, day2)) or day2 < day1:
        return None
    year = _year(match, "y1")
    return _make(text, match, PartialDate(year, month, day1), PartialDate(year, month, day2))


def _month_range(text: str, match: re.Match[str]) -> DateSpan | None:
    """Read "May-June 2015", "from March to May"."""
    has_year = match.group("y1") is not None
    if not _month_is_plausible(text, match, "m1", context=has_year):
        return None
    if not _month_is_plausible(text, match, "m2", context=True):
        return None
    year = _year(match, "y1")
    start = PartialDate(year, _month_number(match.group("m1")))
    end = PartialDate(year, _month_number(match.group("m2")))
    return _make(text, match, start, end)


def _month_year(text: str, match: re.Match[str]) -> DateSpan | None:
    """Read "May 2014", "in November", "early September", "the end of May 2015"."""
    part = _part_of(match)
    has_context = part is not None or match.group("y1") is not None
    if not _month_is_plausible(text, match, "m1", context=has_context):
        return None
    date = PartialDate(_year(match, "y1"), _month_number(match.group("m1")))
    return _make(text, match, date, date, part)


def _season(text: str, match: re.Match[str]) -> DateSpan | None:
    """Read "autumn", "early autumn", "the beginning of winter", "summer 2015" as the
    months they span; not "Winter Olympics" or "Arab Spring" (names), nor "prices fall"."""
    season = match.group("season")
    word = season.lower()
    before = text[: match.start()].split()[-1:]
    if (before and before[0][:1].isupper() and season[:1].isupper()) or _CAPITAL_WORD.match(
        text, match.end()
    ):
        return None  # a name's word: "Arab Spring", "Winter Olympics"
    part = _part_of(match)
    year = _year(match, "y1")
    if (word == "fall" and part is None and year is None) and (
        not before or before[0].lower() not in _BEFORE_FALL
    ):
        return None
    first, last = _SEASON_MONTHS[word]
    if part is not None:
        first = last = (first - 1 + _SEASON_PART_MONTH[part]) % 12 + 1
    end_year = year + 1 if year is not None and last < first else year
    return _make(text, match, PartialDate(year, first), PartialDate(end_year, last))


def _year_part(text: str, match: re.Match[str]) -> DateSpan | None:
    """Read "the first half of 2015", "the third quarter of 2014", "Q2 2026", "H1 2015"."""
    if match.group("code"):
        unit = "quarter" if match.group("code").lower() == "q" else "half"
        number, year = int(match.group("n")), _year(match, "y2")
    else:
        unit, year = match.group("unit").lower(), _year(match, "y1")
        number = _YEAR_PART_ORDINALS[match.group("ord").lower()]
    months = 3 if unit == "quarter" else 6
    if number * months > 12 or year is None:
        return None  # "the third half"; and of no year, the quarter of a firm's own year
    first, last = (number - 1) * months + 1, number * months
    return _make(text, match, PartialDate(year, first), PartialDate(year, last))


def _part_year(text: str, match: re.Match[str]) -> DateSpan | None:
    """Read "early 2015", "mid-2015", "the end of 2014"."""
    date = PartialDate(int(match.group("y1")))
    return _make(text, match, date, date, _part_of(match))


def _decade(text: str, match: re.Match[str]) -> DateSpan | None:
    """A decade: "the 1990s" is the range 1990-1999; a round hundred before 2000 is its
    century ("the late 1800s": 1800-1899), as "the 2000s" is the decade."""
    first = int(match.group("decade"))
    last = first + (99 if first % 100 == 0 and first < 2000 else 9)
    return _make(text, match, PartialDate(first), PartialDate(last), _part_of(match))


def _short_decade(text: str, match: re.Match[str]) -> DateSpan | None:
    """ "the sixties", "the '60s": the 1960s."""
    word, digits = match.group("word"), match.group("digits")
    first = _DECADE_WORDS[word.lower()] if word else 1900 + int(digits)
    return _make(text, match, PartialDate(first), PartialDate(first + 9), _part_of(match))


def _year_range(text: str, match: re.Match[str]) -> DateSpan | None:
    """Read "2014-2018", "2014-15", "from 2014 to 2018"."""
    first = int(match.group("y1"))
    second_text = match.group("y2")
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first:
        return None
    return _make(text, match, PartialDate(first), PartialDate(second))


def _bare_year(text: str, match: re.Match[str]) -> DateSpan | None:
    date = PartialDate(int(match.group("y1")))
    return _make(text, match, date, date)


def _bare_weekday(text: str, match: re.Match[str]) -> DateSpan | None:
    return _make(text, match, PartialDate(), PartialDate())


# The short forms that are other words too ("sun", "sat"), read only as the end of a span
# of weekdays that opens with a weekday: "fri-sun", "thu to sat".
_SHORT_RANGE_ENDS = {"mon": 0, "wed": 2, "sat": 5, "sun": 6}
_RANGE_END = lazy_compile(rf"{_RANGE}(?P<end>mon|wed|sat|sun)\b", re.IGNORECASE)


def _range_end(text: str, match: re.Match[str]) -> DateSpan | None:
    """The short weekday that closes a span opened by the weekday at `match`, or None."""
    found = _RANGE_END.match(text, match.end())
    if found is None:
        return None
    return DateSpan(
        start=PartialDate(),
        end=PartialDate(),
        weekday=_SHORT_RANGE_ENDS[found.group("end").lower()],
        start_offset=found.start("end"),
        end_offset=found.end("end"),
        text=found.group("end"),
    )


_Reader = Callable[[str, re.Match[str]], "DateSpan | None"]
# Forms that start at a month word, or at a weekday or part right before it.
_AT_MONTH: tuple[tuple[re.Pattern[str], _Reader], ...] = (
    (_MONTH_DAY, _month_day),
    (_MONTH_RANGE, _month_range),
    (_MONTH_YEAR, _month_year),
)
# Forms that start at a four-digit year, chosen by the character after it; and forms that
# start at a part right before a year ("mid-2015", "the late 1990s").
_AT_YEAR_BY_NEXT: dict[str, tuple[tuple[re.Pattern[str], _Reader], ...]] = {
    "-": ((_ISO, _iso), (_YEAR_RANGE, _year_range), (_BARE_YEAR, _bare_year)),
    "s": ((_DECADE, _decade),),
    "'": ((_DECADE, _decade), (_BARE_YEAR, _bare_year)),
}
_AT_YEAR = ((_YEAR_RANGE, _year_range), (_BARE_YEAR, _bare_year))
_AT_PART_BEFORE_YEAR = ((_DECADE, _decade), (_PART_YEAR, _part_year))


def _starts_at(text: str, position: int) -> tuple[int, ...]:
    """Where a date at `position` may start: there, or at a weekday or part just before."""
    if not word_set(text) & _PREFIX_WORDS:
        return (position,)
    prefix = _PREFIX_BEFORE.search(text, max(0, position - 24), position)
    return (position,) if prefix is None else (position, prefix.start())


def _read_at(
    text: str, starts: tuple[int, ...], forms: tuple[tuple[re.Pattern[str], _Reader], ...]
) -> Iterator[DateSpan]:
    """The first form that reads a date at each start (forms go from longest to shortest)."""
    for start in starts:
        for pattern, reader in forms:
            match = pattern.match(text, start)
            if match is not None and (found := reader(text, match)) is not None:
                yield found
                break


def _month_candidates(text: str) -> Iterator[DateSpan]:
    for month in _MONTH_WORD.finditer(text):
        if " of " in text[max(0, month.start() - 4) : month.start()]:
            spelled = _word_day_month(text, month)
            if spelled is not None:
                yield spelled
        yield from _read_at(text, _starts_at(text, month.start()), _AT_MONTH)
        window_start = max(0, month.start() - 32)
        if _DIGIT.search(text, window_start, month.start()) is None:
            continue
        day = _DAY_BEFORE_MONTH.search(text, window_start, month.start())
        match = _DAY_MONTH.match(text, day.start()) if day is not None else None
        if match is not None and match.start("m1") == month.start():
            found = _day_month(text, match)
            if found is not None:
                yield found


# "the third of March (2015)": a day in words, only in this form ("first May visit" is none).
_WORD_DAY_OF = lazy_compile(r"\bthe\s+(?P<day>[a-z]+(?:-[a-z]+)?)\s+of\s+\Z", re.IGNORECASE)
_YEAR_AFTER = lazy_compile(rf",?\s+(?P<y1>{_YEAR})")


def _word_day_month(text: str, month: re.Match[str]) -> DateSpan | None:
    """Read "the third of March", "the twenty-first of May, 2015"."""
    found = _WORD_DAY_OF.search(text, max(0, month.start() - 24), month.start())
    day = parse_ordinal(found.group("day").lower()) if found is not None else None
    number = _month_number(month.group())
    if found is None or day is None or not _valid_day(number, day):
        return None
    year = _YEAR_AFTER.match(text, month.end())
    year_number = int(year.group("y1")) if year is not None else None
    end = year.end() if year is not None else month.end()
    date = PartialDate(year_number, number, day)
    return DateSpan(date, date, None, None, found.start(), end, text[found.start() : end])


def _year_candidates(text: str) -> Iterator[DateSpan]:
    for year in _YEAR_START.finditer(text):
        start, *prefix = _starts_at(text, year.start())
        forms = _AT_YEAR_BY_NEXT.get(text[year.end() : year.end() + 1], _AT_YEAR)
        yield from _read_at(text, (start,), forms)
        yield from _read_at(text, tuple(prefix), _AT_PART_BEFORE_YEAR)


def _numeric_candidates(text: str) -> Iterator[DateSpan]:
    if _NUMERIC_HINT.search(text) is None:  # a quick scan: most texts hold no such date
        return
    for match in _NUMERIC.finditer(text):
        found = _numeric(text, match)
        if found is not None:
            yield found


# A day of the month with no month, after a weekday or "on" and before the clause goes on
# ("on Friday the 8th", "on the 9th."): not "the 70th anniversary", "the 20th century".
_DAY_OF_MONTH = lazy_compile(
    rf"(?:(?P<wd>{_WEEKDAY})\s+|(?<=\bon\s))the\s+(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
    rf"(?={_ENDS_CLAUSE}|\s+(?:and|to|through|until|in|at|from|when|after|before)\b)",
    re.IGNORECASE,
)


_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})


def _day_of_month(text: str, match: re.Match[str]) -> DateSpan:
    """ "Friday the 8th": that day of a month the text does not name."""
    day = PartialDate(None, None, int(match.group("d1")))
    return _make(text, match, day, day)


def _candidates(text: str) -> list[DateSpan]:
    """Candidate dates, read only where a month, year or weekday can start."""
    words = word_set(text)
    found: list[DateSpan] = list(_numeric_candidates(text))
    if "the" in words and words & _ORDINAL_ENDINGS:  # "on the 9th": its "th" a word apart
        found.extend(_day_of_month(text, m) for m in _DAY_OF_MONTH.finditer(text))
    if words & _MONTH_WORDS:
        found.extend(_month_candidates(text))
    found.extend(_year_candidates(text))
    if words & _WEEKDAY_WORDS:
        for weekday in _BARE_WEEKDAY.finditer(text):
            found.extend(filter(None, (_bare_weekday(text, weekday), _range_end(text, weekday))))
    if words & _SEASON_WORDS:
        found.extend(filter(None, (_season(text, m) for m in _SEASON.finditer(text))))
    if "the" in words and (words & _DECADE_WORDS.keys() or "0s" in text):
        found.extend(filter(None, (_short_decade(text, m) for m in _SHORT_DECADE.finditer(text))))
    if words & _YEAR_PART_WORDS or any(code in text.lower() for code in _QUARTER_CUES):
        found.extend(filter(None, (_year_part(text, m) for m in _YEAR_PART.finditer(text))))
    return found


def _leftmost_longest(candidates: list[DateSpan]) -> list[DateSpan]:
    """Keep, left to right, the longest candidate at each place that overlaps no kept one."""
    kept: list[DateSpan] = []
    kept_end = 0
    for span in sorted(candidates, key=lambda c: (c.start_offset, c.start_offset - c.end_offset)):
        if span.start_offset >= kept_end:
            kept.append(span)
            kept_end = span.end_offset
    return kept


def _with_year(span: DateSpan, year: int) -> DateSpan:
    """Fill a missing year of a span that names a month."""
    start, end = span.start, span.end
    if start.month is None or start.year is not None:
        return span
    return DateSpan(
        start=PartialDate(year, start.month, start.day),
        end=PartialDate(end.year or year, end.month, end.day),
        weekday=span.weekday,
        part=span.part,
        start_offset=span.start_offset,
        end_offset=span.end_offset,
        text=span.text,
    )


def find_dates(text: str, default_year: int | None = None) -> list[DateSpan]:
    """Every date, range, month, year, decade or weekday in `text`, left to right.

    Offsets index `text`; a missing year is filled from `default_year` only when given.
    """
    spans = _dates_in(text)
    if default_year is None:
        return list(spans)
    return [_with_year(span, default_year) for span in spans]


@lru_cache(maxsize=16)
def _dates_in(text: str) -> tuple[DateSpan, ...]:
    """The dates of `text`, cached: the quantity and rank finders ask for them too."""
    return tuple(with_their_weekdays(text, _leftmost_longest(_candidates(text))))
