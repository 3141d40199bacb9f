"""The fact store as typed, immutable records: sources, aliases and facts with their slots."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from factcli.values import DateSpan, Quantity, Rank


class Modality(str, Enum):
    """How firmly the source states a fact."""

    REPORTED = "reported"
    EXPECTED = "expected"
    PLANNED = "planned"
    OPINION = "opinion"


@dataclass(frozen=True, slots=True)
class Source:
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


@dataclass(frozen=True, slots=True)
class Alias:
    """A canonical name with its kind and every other name that means the same."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who states a fact: the article itself (name None), or a quoted person."""

    name: str | None = None
    role: str | None = None

    def __str__(self) -> str:
        if self.name is None:
            return "the article"
        return f"{self.name}, {self.role}" if self.role else self.name


@dataclass(frozen=True, slots=True)
class EntitySlot:
    """An entity that fills one role of a fact: supplier, destination, employer..."""

    name: str
    role: str


@dataclass(frozen=True, slots=True)
class QuantitySlot:
    """An amount a fact fixes (durations included), with cue words that tie claims to it."""

    slot: str
    quantity: Quantity
    cue: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DateSlot:
    """A date or date range a fact fixes."""

    slot: str
    date: DateSpan
    cue: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RankSlot:
    """A rank or ordinal a fact fixes."""

    slot: str
    rank: Rank
    cue: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    """A curated quiz question about one fact."""

    prompt: str
    answer: str
    kind: str = "short"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a record stands in its file, for messages."""

    path: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Fact:
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


@dataclass(frozen=True)
class Store:
    """Every fact, alias and source of the files a user pointed factcli at."""

    facts: tuple[Fact, ...]
    aliases: tuple[Alias, ...] = ()
    sources: tuple[Source, ...] = ()

    @cached_property
    def by_id(self) -> dict[str, Fact]:
        """Facts keyed by id."""
        return {fact.id: fact for fact in self.facts}

    @cached_property
    def topics(self) -> tuple[str, ...]:
        """Every topic tag in the store, sorted."""
        return tuple(sorted({topic for fact in self.facts for topic in fact.topics}))
