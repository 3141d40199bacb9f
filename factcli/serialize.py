"""Plain-data forms of facts and results: the stable snake_case JSON contract for scripts."""

from __future__ import annotations

from typing import Any

from factcli.model import Fact, Source
from factcli.values import DateSpan, PartialDate, Quantity


def source_dict(source: Source) -> dict[str, Any]:
    """The source fields every result carries."""
    return {"title": source.title, "publisher": source.publisher, "date": source.date}


def partial_date_text(date: PartialDate) -> str:
    """ISO text for a partial date: 2015-05-08, 2015-05, 2015, or --05-08 with no year."""
    if date.year is None:
        if date.month is None:
            return ""
        return f"--{date.month:02d}" + (f"-{date.day:02d}" if date.day else "")
    text = f"{date.year:04d}"
    if date.month is not None:
        text += f"-{date.month:02d}"
        if date.day is not None:
            text += f"-{date.day:02d}"
    return text


def quantity_dict(quantity: Quantity) -> dict[str, Any]:
    """A quantity in canonical units."""
    return {
        "value": quantity.value,
        "unit": quantity.unit,
        "dimension": quantity.dimension,
        "qualifier": quantity.qualifier.value,
        "period": quantity.period,
    }


def date_dict(span: DateSpan) -> dict[str, Any]:
    """A date or range with its optional weekday and part."""
    weekday = None
    if span.weekday is not None:
        weekday = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")[
            span.weekday
        ]
    return {
        "start": partial_date_text(span.start),
        "end": partial_date_text(span.end),
        "weekday": weekday,
        "part": span.part,
    }


def fact_dict(fact: Fact) -> dict[str, Any]:
    """Everything a fact holds, for `facts list --format json` and `facts show`."""
    return {
        "id": fact.id,
        "statement": fact.statement,
        "quote": fact.quote,
        "attribution": {"name": fact.attribution.name, "role": fact.attribution.role},
        "modality": fact.modality.value,
        "topics": list(fact.topics),
        "keys": list(fact.keys),
        "negated": fact.negated,
        "entities": [{"name": e.name, "role": e.role} for e in fact.entities],
        "quantities": [{"slot": q.slot, **quantity_dict(q.quantity)} for q in fact.quantities],
        "dates": [{"slot": d.slot, **date_dict(d.date)} for d in fact.dates],
        "ranks": [{"slot": r.slot, "value": r.rank.value, "kind": r.rank.kind} for r in fact.ranks],
        "source": source_dict(fact.source),
    }
