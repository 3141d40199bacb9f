"""Typed values that the parser reads from text and the store declares as slots.

Claims, store facts, scanned sentences and quiz answers are all reduced to these values,
so that verification and grading compare meanings, never spellings.
"""

from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Qualifier(str, Enum):
    """How a stated number relates to the true one ("about 40", "more than double")."""

    EXACT = "exact"
    ABOUT = "about"  # about, around, roughly, approximately, some, ~
    MORE_THAN = "more_than"  # more than, over, above, exceeding, upwards of
    AT_LEAST = "at_least"  # at least, no less than, a minimum of
    LESS_THAN = "less_than"  # less than, under, below, fewer than
    AT_MOST = "at_most"  # at most, up to, no more than, a maximum of
    NEARLY = "nearly"  # nearly, almost, close to, just under
    ORDER = "order"  # an order of magnitude ("hundreds of millions"): its whole span


class Quantity(NamedTuple):
    """An amount in a canonical unit: 38 bcm is value=38e9, unit="m3".

    `precision` is the rounding step the text implies ("95 billion" -> 1e9, "95.4 billion"
    -> 1e8), so that a rounded figure is consistent with a precise one.
    """

    value: float
    unit: str  # canonical unit: "m3", "USD", "percent", "day", "times", "t", "m", "" (a count)
    dimension: str  # "volume", "currency", "percent", "time", "multiplier", "mass", "count", ...
    precision: float
    qualifier: Qualifier = Qualifier.EXACT
    period: str | None = None  # a rate: "year" for "a year", "annually", "per year"
    start: int = 0  # character offsets into the parsed text, end exclusive
    end: int = 0
    text: str = ""
    # A scoreline or tally ("6-4, 7-6 (5)", dimension "score"): its pairs, compared whole.
    parts: tuple[tuple[int, ...], ...] = ()


class PartialDate(NamedTuple):
    """A calendar date of which any part may be unknown ("May 8", "2014", "May 2014")."""

    year: int | None = None
    month: int | None = None
    day: int | None = None


if TYPE_CHECKING:
    from typing import TypeAlias

    _OtherReading: TypeAlias = "DateSpan | None"
else:  # typing.NamedTuple compiles a string annotation, and the first compile() of a
    _OtherReading = object  # process sets up Python's AST types: ~2 ms of every check


class DateSpan(NamedTuple):
    """A date or a range of dates, with what the text adds to it.

    "May 8-10" is start=PartialDate(None, 5, 8), end=PartialDate(None, 5, 10); a single
    date has start == end. `part` narrows a month or year ("early September").
    """

    start: PartialDate
    end: PartialDate
    weekday: int | None = None  # 0 = Monday ... 6 = Sunday
    part: str | None = None  # "early", "mid", "late"
    start_offset: int = 0
    end_offset: int = 0
    text: str = ""
    # "05/08/2015" may be day-first or month-first: the other reading, which counts as much.
    alternative: _OtherReading = None
    # what the date means ("next month": June 2015) or what is wrong with it as written
    # ("31/02/2015": not a calendar date)
    note: str = ""


class Rank(NamedTuple):
    """An ordinal position: "ninth-largest" is 9, "largest" is 1, "70th anniversary" is 70."""

    value: int
    kind: str  # "rank" (largest, ninth-largest, top), "ordinal" (70th, first, fifth),
    # "rank_bottom" (smallest), "rank_within" (top ten: any place up to the value),
    # "rank_beyond" (outside the top ten: any place after the value)
    start: int = 0
    end: int = 0
    text: str = ""


class Word(NamedTuple):
    """A word of the text with its stem and place."""

    start: int
    end: int
    lower: str
    stem: str


class RoleAssignment(NamedTuple):
    """An entity the text puts on one side of a relation: source, target, owner or subject."""

    side: str
    name: str
    kind: str


PLACE_KINDS = frozenset({"country", "city", "region"})  # the kinds of name that are places


class Mention(NamedTuple):
    """A name in a text: where it stands, what it means, and whether the store knows it."""

    start: int
    end: int
    name: str  # canonical name
    kind: str  # person, country, city, organization, region, post, product, term, unknown
    known: bool  # named in the store's alias table (or a fact)
    possessive: bool = False  # followed by 's: "Russia's"
    adjective: bool = False  # a demonym that modifies: "Western sanctions", "Chinese gas"
