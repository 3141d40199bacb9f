"""The vocabulary of comparison: the elements of a claim, and what a fact says of each.

An element is one thing a claim says: a value (by its index among the claim's quantities,
dates or ranks), a name (an entity, the holder of a title, a polar word), the side of a
relation a role gives, or the claim's polarity. Each comparator returns findings about
elements; `decide` weighs them across facts.
"""

from collections.abc import Mapping
from enum import Enum
from typing import NamedTuple

from factcli.values import DateSpan


class Kind(str, Enum):
    """The kinds of claim element, one per thing a comparator compares."""

    QUANTITY = "quantity"
    DATE = "date"
    RANK = "rank"
    ENTITY = "entity"
    ROLE = "role"
    TITLE = "title"
    POST = "post"
    NEGATION = "negation"
    POLAR = "polar"


VALUE_KINDS = frozenset({Kind.QUANTITY, Kind.DATE, Kind.RANK})
# Another entity in a role or in the claim's place: the fact cannot vouch for the rest.
STRUCTURAL_KINDS = frozenset({Kind.ROLE, Kind.ENTITY, Kind.POST})


class Element(NamedTuple):
    """One element of a claim: a value by its index in the parsed claim, or a name (of an
    entity, a title's holder, a role's side or a polar word)."""

    kind: Kind
    number: int = 0  # the value's index among the claim's quantities, dates or ranks
    name: str = ""

    @classmethod
    def value(cls, kind: Kind, number: int) -> "Element":
        """The claim's quantity, date or rank at `number` (from 0)."""
        return cls(kind, number)

    @classmethod
    def named(cls, kind: Kind, name: str) -> "Element":
        """An entity, title, role side or polar word of the claim, by its name."""
        return cls(kind, 0, name)


NEGATION = Element(Kind.NEGATION)


class Status(str, Enum):
    """What one fact says of one element of a claim."""

    MATCH = "match"
    CONFLICT = "conflict"


class Finding(NamedTuple):
    """A fact's word on one claim element, with the reason in plain words."""

    element: Element
    status: Status
    reason: str


class Scope(NamedTuple):
    """What the comparators know beside the claim itself: which slots (by slot id) each
    value may be compared with, when cue words point at particular slots, and the names the
    claim and the context before it have mentioned."""

    eligible: Mapping[Element, set[str]]
    named: frozenset[str]
    context_dates: tuple[DateSpan, ...] = ()  # dates of the sentence's other clauses


class AnotherSubject(Exception):
    """A comparator's word that the claim is about another subject than the fact: it names
    `name`'s counterpart where the fact has `name` ("Russia sells S-400s to India")."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


# The kinds of name that are elements of a claim (others, such as topics, are words).
ENTITY_KINDS = frozenset(
    {
        "person",
        "country",
        "city",
        "organization",
        "region",
        "product",
        "group",
        "event",
        "unknown",
        "post",
    }
)
