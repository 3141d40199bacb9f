"""The fact store as typed, immutable records: sources, aliases and facts with their slots."""

from enum import Enum
from functools import cached_property
from typing import NamedTuple

from factcli.values import DateSpan, Quantity, Rank


class Modality(str, Enum):
    """How firmly the source states a fact."""

    REPORTED = "reported"
    EXPECTED = "expected"
    PLANNED = "planned"
    OPINION = "opinion"


class Source(NamedTuple):
    """The document a store file covers. Unknown fields stay None: never invented."""

    title: str
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    language: str | None = None
    url: str | None = None
    path: str = ""

    def citation(self) -> str:
        """A short reference: DW, "Xi heads to Russia", 2015-05-07."""
        parts = [p for p in (self.publisher, f'"{self.title}"', self.date) if p]
        return ", ".join(parts)


class Alias(NamedTuple):
    """A canonical name with its kind and every other name that means the same."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()


class Attribution(NamedTuple):
    """Who states a fact: the article itself (name None), or a quoted person."""

    name: str | None = None
    role: str | None = None

    def __str__(self) -> str:
        if self.name is None:
            return "the article"
        return f"{self.name}, {self.role}" if self.role else self.name


class EntitySlot(NamedTuple):
    """An entity that fills one role of a fact: supplier, destination, employer..."""

    name: str
    role: str


class QuantitySlot(NamedTuple):
    """An amount a fact fixes (durations included), with cue words that tie claims to it."""

    slot: str
    quantity: Quantity
    cue: tuple[str, ...] = ()


class DateSlot(NamedTuple):
    """A date or date range a fact fixes."""

    slot: str
    date: DateSpan
    cue: tuple[str, ...] = ()


class RankSlot(NamedTuple):
    """A rank or ordinal a fact fixes."""

    slot: str
    rank: Rank
    cue: tuple[str, ...] = ()


class Question(NamedTuple):
    """A curated quiz question about one fact."""

    prompt: str
    answer: str
    kind: str = "short"


class Location(NamedTuple):
    """Where a record stands in its file, for messages."""

    path: str
    line: int | None = None


class Fact(NamedTuple):
    """One checkable statement of a source, with the typed slots it fixes."""

    id: str
    statement: str
    quote: str
    attribution: Attribution
    modality: Modality
    source: Source
    topics: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    negated: bool = False
    entities: tuple[EntitySlot, ...] = ()
    quantities: tuple[QuantitySlot, ...] = ()
    dates: tuple[DateSlot, ...] = ()
    ranks: tuple[RankSlot, ...] = ()
    questions: tuple[Question, ...] = ()
    location: Location = Location("")


class _StoreFields(NamedTuple):
    """What a store holds; Store adds the tables worked out from it."""

    facts: tuple[Fact, ...]
    aliases: tuple[Alias, ...] = ()
    sources: tuple[Source, ...] = ()


class Store(_StoreFields):
    """Every fact, alias and source of the files a user pointed factcli at, with tables
    by id and topic worked out when first read."""

    @cached_property
    def by_id(self) -> dict[str, Fact]:
        """Facts keyed by id."""
        return {fact.id: fact for fact in self.facts}

    @cached_property
    def topics(self) -> tuple[str, ...]:
        """Every topic tag in the store, sorted."""
        return tuple(sorted({topic for fact in self.facts for topic in fact.topics}))
