"""Times of day: "4:55 a.m.", "10 p.m.", "11.30pm", and the 24-hour "2201 hrs" (how a store
writes one), read as minutes after midnight, to the minute or, without minutes, the hour."""

import re
from typing import NamedTuple

from factcli.lazy_re import lazy_compile

CLOCK = "clock"  # the dimension of a time of day, in minutes after midnight
_CLOCK = lazy_compile(
    r"(?<![\w.:])(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?\s?m\b\.?"
    r"|(?P<hhmm>[01]?\d|2[0-3])(?P<mm>[0-5]\d)\s*hrs\b\.?)",
    re.IGNORECASE,
)
_CLOCK_MARKS = ("a.m", "p.m", "hrs")
_HOUR = 60
_ROUND_HOUR = 30.0  # the span a time to the hour covers: a quarter of an hour either side


class ClockTime(NamedTuple):
    """A time of day and where the text gives it."""

    minutes: float  # after midnight
    precision: float  # the span it covers: 1 to the minute, 30 to the hour ("10 p.m.")
    start: int
    end: int


def _clock_marked(lower: str) -> bool:
    """Does the text write "a.m.", "p.m.", "hrs", or "am" or "pm" alone or after a digit?"""
    if any(mark in lower for mark in _CLOCK_MARKS):
        return True
    tokens = (token.strip(".,;:!?)") for token in lower.split())
    return any(t[-2:] in ("am", "pm") and (len(t) == 2 or t[-3].isdigit()) for t in tokens)


def clock_times(text: str) -> list[ClockTime]:
    """The times of day of `text` ("at 4:55 a.m."): compared with the fact's time of day."""
    if not _clock_marked(text.lower()):  # most texts: no time of day, no pattern run
        return []
    times = []
    for found in _CLOCK.finditer(text):
        if found.group("hhmm") is not None:
            minutes = int(found.group("hhmm")) * _HOUR + int(found.group("mm"))
            precision = 1.0
        else:
            hour = int(found.group("hour")) % 12 + (12 if found.group("half").lower() == "p" else 0)
            minute = found.group("minute")
            minutes = hour * _HOUR + int(minute or 0)
            precision = 1.0 if minute else _ROUND_HOUR  # "10 p.m." for 10:01 p.m., not 9:30
        times.append(ClockTime(float(minutes), precision, found.start(), found.end()))
    return times
