"""Plain-data forms of facts and results: the stable snake_case JSON contract for scripts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from factcli.model import Fact, Source
from factcli.values import WEEKDAY_NAMES, DateSpan, PartialDate, Quantity

if TYPE_CHECKING:
    from factcli.checker import CheckResult
    from factcli.scan import ScannedSpan


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
        weekday = WEEKDAY_NAMES[span.weekday].lower()
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


def check_result_dict(result: CheckResult) -> dict[str, Any]:
    """The `check --format jsonl` record: the documented contract for scripts."""
    from factcli.checker import Verdict

    fact = result.fact if result.verdict is not Verdict.NOT_ENOUGH_INFO else None
    return {
        "claim": result.claim,
        "verdict": result.verdict.value,
        "confidence": result.confidence,
        "fact_id": fact.id if fact else None,
        "statement": fact.statement if fact else None,
        "quote": fact.quote if fact else None,
        "attribution": str(fact.attribution) if fact else None,
        "modality": fact.modality.value if fact else None,
        "reasons": list(result.reasons),
        "source": source_dict(fact.source) if fact else None,
    }


# schema.org ClaimReview ratings: 1 = false (refuted), 2 = unverifiable, 3 = true (supported).
CLAIMREVIEW_RATINGS = {
    "refuted": (1, "False"),
    "not_enough_info": (2, "Unverifiable"),
    "supported": (3, "True"),
}


def claimreview_dict(result: CheckResult, date_published: str) -> dict[str, Any]:
    """A schema.org ClaimReview (JSON-LD) of one result."""
    value, name = CLAIMREVIEW_RATINGS[result.verdict.value]
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": result.claim,
        "datePublished": date_published,
        "author": {"@type": "Organization", "name": "factcli"},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 3,
            "worstRating": 1,
            "alternateName": name,
            "ratingExplanation": "; ".join(result.reasons),
        },
        "itemReviewed": {"@type": "Claim", "text": result.claim},
    }
    fact = result.fact
    if fact is not None and result.verdict.value != "not_enough_info":
        review["itemReviewed"]["appearance"] = {
            "@type": "CreativeWork",
            "headline": fact.source.title,
            "datePublished": fact.source.date,
            "publisher": {"@type": "Organization", "name": fact.source.publisher},
            "citation": fact.quote,
        }
    return review


TSV_FIELDS = ("claim", "verdict", "confidence", "fact_id", "quote", "reasons")


def tsv_line(values: Sequence[object]) -> str:
    """One tab-separated line; tabs and newlines inside fields become spaces, and other
    control characters escapes (as terminal.printable shows them)."""
    from factcli.cli.terminal import printable

    return "\t".join(
        printable(" ".join(text.split()), one_line=True)
        for v in values
        for text in (" | ".join(v) if isinstance(v, list) else str(v if v is not None else ""),)
    )


def scan_span_dict(span: ScannedSpan) -> dict[str, Any]:
    """The `scan --format jsonl` record: where the span is, then the `check` fields."""
    return {
        "start": span.start,
        "end": span.end,
        "line": span.line,
        "column": span.column,
        "text": span.text,
        **check_result_dict(span.result),
    }
