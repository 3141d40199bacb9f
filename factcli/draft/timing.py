"""Dates as the article means them: "on Wednesday", "in January", "last year" resolved
against the article's own date."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from factcli.draft.records import DateRecord
from factcli.mood import Mood, MoodReading, past_verb
from factcli.values import WEEKDAY_NAMES, DateSpan, PartialDate

_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
_SEASON_WORDS = frozenset({*_SEASONS, "winter"})
_RELATIVE = re.compile(
    r"\b(?P<which>last|next|this|earlier this|later this)\s+(?P<unit>year|month|spring|summer|"
    r"fall|autumn|winter)\b|\b(?P<day>today|yesterday|tomorrow)\b|\b(?P<count>\d+|one|two|"
    r"three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago\b",
    re.IGNORECASE,
)
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a whole date, from which days are counted
_FUTURE = re.compile(
    r"\b(?:will|next|plans?|planned|expected|scheduled|to be held|set to|slated)\b", re.I
)


def resolve(span: DateSpan, clause: str, today: datetime.date | None) -> DateRecord | None:
    """A date slot for a date the parser read, its missing year or day from the article
    date: a weekday alone is that day of the article's week."""
    start, end = span.start, span.end
    weekday = WEEKDAY_NAMES[span.weekday] if span.weekday is not None else ""
    if start.year is None and start.month is None:
        if span.weekday is None or today is None:
            return None
        day = _nearest_weekday(today, span.weekday, _tense_at(clause, span.start_offset))
        iso = day.isoformat()
        return DateRecord("date", iso, "", weekday)
    if start.year is None and span.text.lower() in _SEASON_WORDS:
        return None  # "winter weather", "in winter": every winter, no date
    if start.year is None and today is not None:
        year = today.year
        month = start.month or 0
        which = _which_month(clause, span.text) if month else ""
        if which == "last" and month >= today.month:  # "last December", in December: 2015
            year -= 1
        elif which == "next" and month <= today.month:
            year += 1
        elif not which and month > today.month and not _ahead(clause, span):
            year -= 1
        elif (
            not which
            and (month, start.day or 31) < (today.month, today.day)
            and _ahead(clause, span)
        ):
            year += 1  # "scheduled to begin Jan. 3" in a December article: the coming January
        year = _year_of_its_weekday(span, year)  # "Monday, Dec. 14" in 2016: 2015's
        start = PartialDate(year, start.month, start.day)
        end = PartialDate(year if end.year is None else end.year, end.month, end.day)
    if start.year is None:
        return None
    first, last = _iso(start), _iso(end)
    return DateRecord("date", first, last if last != first else "", weekday, span.part or "")


def _year_of_its_weekday(span: DateSpan, year: int) -> int:
    """The year, of this one and the one before or after it, whose calendar puts the day on
    the weekday the text gives ("Monday, Dec. 14" in a 2016 article: 2015)."""
    start = span.start
    if span.weekday is None or start.month is None or start.day is None:
        return year
    for candidate in (year, year - 1, year + 1):
        try:
            if datetime.date(candidate, start.month, start.day).weekday() == span.weekday:
                return candidate
        except ValueError:  # February 29 of a common year
            continue
    return year


def _ahead(clause: str, span: DateSpan) -> bool:
    """Does the clause put the date ahead ("scheduled to begin Jan. 3")? Not when a past
    verb follows the date ("the planned move ..., which in December reduced taxes")."""
    after = re.search(rf"{re.escape(span.text)}\W+(\w+)", clause) if span.text else None
    if after is not None and past_verb(after.group(1).lower()):
        return False
    return _FUTURE.search(clause) is not None


def _which_month(clause: str, month: str) -> str:
    """ "last" or "next" when the clause writes one right before the month, else ""."""
    if not month:
        return ""
    found = re.search(rf"\b(last|next)\s+{re.escape(month)}\b", clause, re.IGNORECASE)
    return found.group(1).lower() if found else ""


_THEN = re.compile(r"\b(?:back then|at the time|at that time)\b", re.IGNORECASE)
# A day counted from the date the sentence before gave: "was arrested the next day".
_DAY_AFTER = re.compile(
    r"\b(?:(?P<after>the (?:next|following) day|a day later|the day after)"
    r"|(?P<before>the (?:previous|preceding) day|a day earlier|the day before))\b",
    re.IGNORECASE,
)


def relative_dates(
    clause: str, today: datetime.date | None, previous: DateRecord | None = None
) -> list[DateRecord]:
    """Dates the parser leaves relative: "last year", "next month", "four years ago",
    "back then" (the date the sentence before gave) and "the next day" (the day after it)."""
    found = []
    shifted = _DAY_AFTER.search(clause) if previous is not None else None
    if shifted is not None and previous is not None and _DAY.fullmatch(previous.date):
        day = datetime.date.fromisoformat(previous.date)
        day += datetime.timedelta(days=1 if shifted.group("after") else -1)
        found.append(DateRecord("date", day.isoformat(), "", WEEKDAY_NAMES[day.weekday()]))
    elif previous is not None and _THEN.search(clause):
        found.append(replace(previous, cue=()))
    if today is None:
        return found
    for match in _RELATIVE.finditer(clause):
        if match.group("day"):
            if match.group("day")[0].isupper() and clause[: match.start()].strip():
                continue  # "The World of Tomorrow", "the Today programme": a title's word
            shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[match.group("day").lower()]
            day = today + datetime.timedelta(days=shift)
            found.append(DateRecord("date", day.isoformat(), "", WEEKDAY_NAMES[day.weekday()]))
        elif match.group("count"):
            count = match.group("count").lower()
            years = int(count) if count.isdigit() else _COUNTS[count]
            found.append(DateRecord("date", f"{today.year - years:04d}"))
        else:
            which, unit = match.group("which").lower(), match.group("unit").lower()
            shift = {"last": -1, "next": 1}.get(which, 0)
            if unit == "year":
                found.append(DateRecord("date", f"{today.year + shift:04d}"))
            elif unit == "month":
                month = (today.month - 1 + shift) % 12 + 1
                year = today.year + (today.month - 1 + shift) // 12
                found.append(DateRecord("date", f"{year:04d}-{month:02d}"))
            elif unit in _SEASONS:
                first, last = _SEASONS[unit]
                year = today.year + shift
                if which == "last" and today.month <= last:
                    year = today.year - 1
                found.append(
                    DateRecord("date", f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}")
                )
    return found


def with_cue(record: DateRecord, text: str, start: int) -> DateRecord:
    """The date slot with the preposition right before its date as its cue: "from" for
    "from 2018", "by" for "by 2020". A preposition chooses among one fact's dates only;
    a content word would pull claims' dates away from other facts."""
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 20) : start])[-1:]
    cue = tuple(w.lower() for w in before if w.lower() in _DATE_PREPOSITIONS)
    return replace(record, cue=cue)


_DATE_PREPOSITIONS = frozenset(
    "in on from by since until till before after during between through at of".split()
)


def _tense_at(clause: str, offset: int) -> str:
    """The tense of the event a weekday dates, from the nearest verb before it: "past" after
    a past verb ("said on Tuesday", "hit ... in the early hours of Tuesday"), "future"
    after a plan's word ("is scheduled to meet Li on Tuesday"); a weekday before any verb
    ("On Tuesday, Lee will ...") takes the clause's plan words, if any."""
    words = [w.strip(",.;:") for w in clause[:offset].lower().split()[-_VERB_REACH:]]
    for at in range(len(words) - 1, -1, -1):
        if _FUTURE.fullmatch(words[at]):
            return "future"
        if words[at] == "last" and at == len(words) - 1:  # "last Friday"
            return "past"
        if past_verb(words[at]) and words[at - 1 : at] != ["be"]:  # "will be held": ahead
            return "past"
    return "future" if _FUTURE.search(clause) else ""


_VERB_REACH = 12  # words before a weekday searched for the verb of its event


def _nearest_weekday(today: datetime.date, weekday: int, tense: str) -> datetime.date:
    """The weekday of the article's week its tense points to: the next one for a plan
    ("will meet on Tuesday" in Friday's paper), the last one for a past event; without a
    tense, the nearest (of two equally near, the last one)."""
    ahead = (weekday - today.weekday()) % 7
    behind = (today.weekday() - weekday) % 7
    if tense == "future" or (tense != "past" and ahead < behind):
        return today + datetime.timedelta(days=ahead)
    return today - datetime.timedelta(days=behind)


def _iso(date: PartialDate) -> str:
    text = f"{date.year:04d}" if date.year is not None else ""
    if date.year is None and date.month:
        return f"--{date.month:02d}" + (f"-{date.day:02d}" if date.day else "")
    if date.month:
        text += f"-{date.month:02d}"
        if date.day:
            text += f"-{date.day:02d}"
    return text


def with_years(
    text: str, spans: tuple[DateSpan, ...], clause: str, today: datetime.date | None
) -> str:
    """`text` with the year written after each month and day that lack it: "May 8-10,
    2015". A statement then says which May it means, and a claim about May 2014 is not
    taken for it."""
    for span in sorted(spans, key=lambda s: -s.start_offset):
        if span.start.year is not None or today is None:
            continue
        record = resolve(span, clause, today)
        if record is None or not record.date[:4].isdigit():
            continue
        if span.start.month is None:
            continue  # a weekday alone: its slot holds the date
        # "May 8-10, 2015", but "January 2015": a comma only after a day.
        added = f", {record.date[:4]}" if span.start.day is not None else f" {record.date[:4]}"
        text = text[: span.end_offset] + added + text[span.end_offset :]
    return text


_PERFECT = frozenset({"has", "have", "'ve", "already"})


def narrative_period(
    mood: MoodReading, year: int | None, today: datetime.date | None
) -> DateRecord | None:
    """The period of an undated past event in a paragraph that an earlier sentence dates
    years before the article ("In the summer of 1898, Ramsay made a discovery ... Ramsay
    and Travers isolated three more gases"): that year, not the article's. A present or
    perfect state, or a story of the article's own time, keeps the article's year."""
    if year is None or today is None or year >= today.year - 1:
        return None
    if mood.mood is not Mood.DONE or mood.cue.split()[0] in _PERFECT:
        return None
    return DateRecord("narrative", str(year))
