"""The article's own description of itself: title, byline, publisher and date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcli.dates import find_dates
from factcli.values import MONTH_NAMES, WEEKDAY_NAMES, PartialDate

# Page chrome that precedes an article's title: "Skip to content", "1. Skip to main menu".
_NAVIGATION = re.compile(
    r"^\s*(?:\d{1,3}[.)]\s*)?(?:skip to|jump to|menu\b|search\b|sign in|log in|subscribe\b"
    r"|share\b|advertisement\b)",
    re.IGNORECASE,
)
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:\||·|•|\s—\s|\s–\s)\s*")
_NAME_LIST = re.compile(r"\s*(?:,|\band\b|&)\s*")
_MAX_HEADER_LINE = 160
_MAX_HEADER_LINES = 3
_LABEL = re.compile(r"^(?:published|updated|posted|last updated|date)\s*:?\s*", re.IGNORECASE)
_ROLE_WORDS = frozenset(
    "correspondent editor reporter writer columnist staff contributor bureau chief".split()
)
_MONTH_DATE = re.compile(
    r"(January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(\d{1,2}),?\s+(\d{4})"
)


@dataclass(frozen=True, slots=True)
class Header:
    """What the top of the article says of itself, and where its body starts."""

    title: str
    authors: tuple[str, ...]
    publisher: str | None
    date: PartialDate | None
    date_text: str | None  # the date as the article writes it, for the quote
    bylines: tuple[str, ...]  # the byline and date lines, verbatim
    body_start: int  # offset of the first line after the header


def is_navigation(line: str) -> bool:
    """A line of page chrome: "Skip to content", "Sign in"."""
    return _NAVIGATION.match(line) is not None


def read_header(text: str) -> Header:
    """Read the title (the first line that is not navigation), then a byline or date line
    among the next few lines: "By Erin Cunningham | The Washington Post | March 18, 2015",
    "Gabriel Domínguez, Srinivas MazumdaruMay 7, 2015"."""
    lines = _lines(text)
    title, title_end, index = "", 0, 0
    for number, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if line and not is_navigation(line):
            title, title_end, index = line, end, number
            break
    body_start = title_end
    authors: tuple[str, ...] = ()
    publisher = date_text = None
    date = None
    bylines: list[str] = []
    for start, end in lines[index + 1 : index + 6]:
        line = text[start:end].strip()
        if not line:
            continue
        read = _read_byline(line) if len(line) <= _MAX_HEADER_LINE else None
        if read is None or len(bylines) == _MAX_HEADER_LINES:
            break
        authors = authors or read[0]
        publisher = publisher or read[1]
        if date is None:
            date, date_text = read[2], read[3]
        bylines.append(line)
        body_start = end
    return Header(title, authors, publisher, date, date_text, tuple(bylines), body_start)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((start, start + len(line.rstrip("\r\n"))))
        start += len(line)
    return spans


_GLUED_MONTH = re.compile(
    r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d)"
)


def _read_byline(
    line: str,
) -> tuple[tuple[str, ...], str | None, PartialDate | None, str | None] | None:
    """(authors, publisher, date, date text) of a byline or date line; None for prose.
    A date glued to the last name ("Srinivas MazumdaruMay 7, 2015") is read apart."""
    line = _LABEL.sub("", _GLUED_MONTH.sub(" | ", line))
    if line.endswith((".", "?", "!", "\u201d", '"')) and not _BY.match(line):
        return None
    full = [d for d in find_dates(line) if d.start.year and d.start.month and d.start.day]
    date = full[0].start if full else None
    date_text = full[0].text if full else None
    rest = line
    if full:
        rest = line[: full[0].start_offset] + " | " + line[full[0].end_offset :]
    elif (found := _MONTH_DATE.search(line)) is not None:  # "Tue March 3, 2020"
        month = MONTH_NAMES.index(found.group(1)) + 1
        date = PartialDate(int(found.group(3)), month, int(found.group(2)))
        date_text = found.group(0)
        rest = line[: found.start()] + " | " + line[found.end() :]
    if not _BY.match(line) and date is None:
        return None
    parts = [p.strip() for p in _SEPARATORS.split(_BY.sub("", rest)) if p.strip()]
    authors: list[str] = []
    publisher = None
    for number, part in enumerate(parts):
        if number > 0 and publisher is None and _outlet_like(part):
            publisher = part  # "The Globe and Mail": an outlet's name may hold "and"
            continue
        names = [n.strip() for n in _NAME_LIST.split(part) if n.strip()]
        for name in names:
            words = {w.lower() for w in name.split()}
            if words & _ROLE_WORDS:
                continue  # "Science Correspondent": the author's title
            if number == 0 and _looks_like_person(name):
                authors.append(name)
            elif publisher is None and _outlet_like(name):
                publisher = name
    return tuple(authors), publisher, date, date_text


_CLOCK = frozenset({"am", "pm", "et", "gmt", "utc", "bst", "cet", "updated", "published"})


def _outlet_like(name: str) -> bool:
    """A publisher's name: capitalised, no digits, no weekday or clock words."""
    words = {w.lower().strip(".,") for w in name.split()}
    weekdays = {d.lower() for d in WEEKDAY_NAMES} | {d[:3].lower() for d in WEEKDAY_NAMES}
    return (
        name[:1].isupper()
        and not any(c.isdigit() for c in name)
        and not words & (weekdays | _CLOCK)
    )


def _looks_like_person(name: str) -> bool:
    """Two to four capitalised words, none a common word of an outlet's name."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not {w.lower() for w in words} & {"the", "news", "post", "times", "press", "agency"}
    )


def iso_date(date: PartialDate | None) -> str | None:
    """2015-03-18, 2015-03 or 2015."""
    if date is None or date.year is None:
        return None
    text = f"{date.year:04d}"
    if date.month:
        text += f"-{date.month:02d}"
        if date.day:
            text += f"-{date.day:02d}"
    return text
