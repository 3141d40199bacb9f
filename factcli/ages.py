"""Ages written as bare numbers: "Grace Mugabe, 52, ...", "Mugabe, aged 93": a person's
age in years, as "52-year-old Grace" says it, not a count of something; and ages by their
decade ("in her sixties": 60 to 69 years)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from factcli.lazy_re import lazy_compile
from factcli.units import DAYS_PER_YEAR
from factcli.values import Mention, Quantity

_PEOPLE = frozenset({"person", "unknown"})
MAX_AGE = 120
_AND_OLDER = (" and older", " or older", " and over", " and up", " and younger", " or younger")


def as_ages(
    text: str, quantities: Iterable[Quantity], mentions: Sequence[Mention]
) -> tuple[Quantity, ...]:
    """The quantities, with each bare number that gives a person's age read as years, and
    the ages said by their decade."""
    ages = [_in_years(q) if _is_age(text, q, mentions) else q for q in quantities]
    if "ties" in text:  # most texts: "twenties" ... "nineties" never occur
        ages += [_decade_age(m) for m in _DECADE_AGE.finditer(text)]
        ages.sort(key=lambda q: q.start)
    return tuple(ages)


_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
            "seventies": 70, "eighties": 80, "nineties": 90}  # fmt: skip
_DECADE_AGE = lazy_compile(
    r"\bin\s+(?:his|her|their)\s+(?P<part>early|mid|late)?[\s-]*"
    rf"(?P<decade>{'|'.join(_DECADES)})\b",
    re.IGNORECASE,
)
# Where in its decade a part puts an age, as (first year, years it spans).
_DECADE_PARTS = {None: (0, 10), "early": (0, 4), "mid": (3, 4), "late": (6, 4)}


def _decade_age(match: re.Match[str]) -> Quantity:
    """ "in her sixties": 60 to 69 years, held as its middle with that rounding step."""
    first, span = _DECADE_PARTS[(match.group("part") or "").lower() or None]
    low = _DECADES[match.group("decade").lower()] + first
    return Quantity(
        value=(low + span / 2) * DAYS_PER_YEAR,
        unit="day",
        dimension="time",
        precision=span * DAYS_PER_YEAR,
        start=match.start(),
        end=match.end(),
        text=match.group(),
    )


def _is_age(text: str, quantity: Quantity, mentions: Sequence[Mention]) -> bool:
    """A whole number of no unit, between commas right after a person's name ("Diaz, 52,"),
    after "aged", or before "and older"."""
    if quantity.dimension != "count" or not 0 < quantity.value <= MAX_AGE:
        return False
    if _ENDS_AGE.match(text, quantity.end) and (
        _WAS_AGED.search(text, max(0, quantity.start - 24), quantity.start)
        or any(
            m.kind in _PEOPLE and _NAME_WAS.fullmatch(text, m.end, quantity.start) for m in mentions
        )
    ):
        return True  # "when he was only seven", "she was 12 at the time", "Roof was 21."
    before = text[max(0, quantity.start - 8) : quantity.start].rstrip().lower()
    if before == "aged" or before.endswith(" aged"):
        return True  # "aged 93", "a girl aged two"
    if not quantity.text.isdigit():
        return False
    if text.startswith(_AND_OLDER, quantity.end):  # "people 65 and older"
        return True
    after = text[quantity.end : quantity.end + 1]
    return after == "," and any(
        m.kind in _PEOPLE and text[m.end : quantity.start] in _NAME_TO_AGE for m in mentions
    )


# Between a name and its age: "Diaz, 52,", "Roof, then 21,", "Diaz, now 60,".
_NAME_TO_AGE = frozenset({", ", ", then ", ", now "})


# A person's age as the predicate of "was": "he was only seven", "when she was 12.",
# "Roof, who was 21 at the time".
_WAS_AGED = lazy_compile(
    r"\b(?:he|she|i|they|we|who)\s+(?:was|is|were|am|are)\s+(?:only\s+|just\s+|barely\s+)?$",
    re.IGNORECASE,
)
_NAME_WAS = lazy_compile(r"\s+(?:was|is)\s+(?:only\s+|just\s+|barely\s+)?", re.IGNORECASE)
_ENDS_AGE = lazy_compile(r"\s*(?:[.,;:!?)]|$|when\b|at\s+the\s+time\b)")


def _in_years(quantity: Quantity) -> Quantity:
    """The number as that many years, as durations are held (in days)."""
    return quantity._replace(
        value=quantity.value * DAYS_PER_YEAR, unit="day", dimension="time", precision=DAYS_PER_YEAR
    )
