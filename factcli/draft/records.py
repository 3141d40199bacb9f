"""A drafted store as plain records in the store format's shape, ready to write."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuantityRecord:
    """One `quantities` or `durations` entry."""

    slot: str
    value: float
    unit: str = ""
    period: str = ""
    qualifier: str = ""


@dataclass(frozen=True, slots=True)
class DateRecord:
    """One `dates` entry: an ISO date (or range), with its weekday and part when given."""

    slot: str
    date: str
    end: str = ""
    weekday: str = ""
    part: str = ""
    cue: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RankRecord:
    """One `ranks` entry."""

    slot: str
    value: int
    kind: str


@dataclass(frozen=True, slots=True)
class DraftFact:
    """One drafted fact, field for field as a curated store writes it."""

    id: str
    statement: str
    quote: str
    speaker: tuple[str, str] | None  # (name, role) of the attribution; None: the article
    modality: str
    topics: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    negated: bool = False
    entities: tuple[tuple[str, str], ...] = ()  # (name, role)
    quantities: tuple[QuantityRecord, ...] = ()
    durations: tuple[QuantityRecord, ...] = ()
    dates: tuple[DateRecord, ...] = ()
    ranks: tuple[RankRecord, ...] = ()
