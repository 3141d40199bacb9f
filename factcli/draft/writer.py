"""Write a drafted store as TOML or JSON Lines: the documented format, the same bytes for
the same draft (fields in a fixed order, no timestamps)."""

from __future__ import annotations

import json
from typing import Any

from factcli.draft.build import Draft
from factcli.draft.records import DateRecord, DraftFact, QuantityRecord, RankRecord

HEADER = (
    "# A fact store drafted by `factcli facts draft` from the article below. It is a draft:\n"
    "# review statements, keys, roles and modalities before relying on it\n"
    "# (docs/store-format.md says which fields need a curator's eye).\n"
)


def to_toml(draft: Draft) -> str:
    """The draft as a TOML store."""
    lines = [HEADER, "format = 1", "", "[source]"]
    lines += [f"{key} = {_value(value)}" for key, value in _source(draft).items()]
    for alias in draft.aliases:
        lines += ["", "[[aliases]]", f"name = {_value(alias.name)}", f"kind = {_value(alias.kind)}"]
        lines.append(f"aliases = {_value(list(alias.aliases))}")
    for fact in draft.facts:
        lines += ["", "[[facts]]"]
        for key, value in fact_record(fact).items():
            if isinstance(value, list) and value and isinstance(value[0], dict):
                lines.append(f"{key} = [")
                lines += [f"  {_inline(item)}," for item in value]
                lines.append("]")
            elif isinstance(value, dict):
                lines.append(f"{key} = {_inline(value)}")
            else:
                lines.append(f"{key} = {_value(value)}")
    return "\n".join(lines) + "\n"


def to_jsonl(draft: Draft) -> str:
    """The draft as a JSON Lines store: a header line, then one fact a line."""
    header = {
        "format": 1,
        "source": _source(draft),
        "aliases": [
            {"name": a.name, "kind": a.kind, "aliases": list(a.aliases)} for a in draft.aliases
        ],
    }
    records = [header] + [fact_record(fact) for fact in draft.facts]
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def _source(draft: Draft) -> dict[str, Any]:
    source: dict[str, Any] = {"title": draft.title}
    if draft.publisher:
        source["publisher"] = draft.publisher
    if draft.authors:
        source["authors"] = list(draft.authors)
    if draft.date:
        source["date"] = draft.date
    source["language"] = "en"
    return source


def fact_record(fact: DraftFact) -> dict[str, Any]:
    """A fact's fields in the store format, empty ones left out."""
    record: dict[str, Any] = {
        "id": fact.id,
        "statement": fact.statement,
        "quote": fact.quote,
        "attribution": (
            {"name": fact.speaker[0], **({"role": fact.speaker[1]} if fact.speaker[1] else {})}
            if fact.speaker
            else "article"
        ),
        "modality": fact.modality,
    }
    optional: dict[str, Any] = {
        "topics": list(fact.topics),
        "keys": list(fact.keys),
        "negated": fact.negated,
        "entities": [{"name": name, "role": role} for name, role in fact.entities],
        "quantities": [_quantity(q) for q in fact.quantities],
        "durations": [_quantity(q) for q in fact.durations],
        "dates": [_date(d) for d in fact.dates],
        "ranks": [_rank(r) for r in fact.ranks],
    }
    record.update({key: value for key, value in optional.items() if value})
    return record


def _quantity(record: QuantityRecord) -> dict[str, Any]:
    item: dict[str, Any] = {"slot": record.slot, "value": record.value}
    return _with_given(item, record, ("unit", "period", "qualifier"))


def _date(record: DateRecord) -> dict[str, Any]:
    item: dict[str, Any] = {"slot": record.slot, "date": record.date}
    _with_given(item, record, ("end", "weekday", "part"))
    if record.cue:
        item["cue"] = list(record.cue)
    return item


def _with_given(item: dict[str, Any], record: object, keys: tuple[str, ...]) -> dict[str, Any]:
    """`item` with those of the record's optional fields that are set, in `keys`' order."""
    for key in keys:
        if value := getattr(record, key):
            item[key] = value
    return item


def _rank(record: RankRecord) -> dict[str, Any]:
    return {"slot": record.slot, "value": record.value, "kind": record.kind}


def _inline(table: dict[str, Any]) -> str:
    return "{ " + ", ".join(f"{key} = {_value(value)}" for key, value in table.items()) + " }"


def _value(value: Any) -> str:
    """A TOML value: JSON's string escapes are TOML's too."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)
