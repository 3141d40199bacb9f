"""The fields a store file may hold, with their types, and the check of a record against them.

Unknown keys, missing required fields and wrong types are all reported, never guessed at.
"""

from __future__ import annotations

from factcli.errors import StoreProblem
from factcli.values import WEEKDAY_NAMES

FORMAT_VERSION = 1
WEEKDAYS = tuple(name.lower() for name in WEEKDAY_NAMES)
DATE_PARTS = ("early", "mid", "late")
RANK_KINDS = ("rank", "ordinal", "rank_bottom", "rank_within")
QUESTION_KINDS = ("short", "mc", "tf")
ENTITY_KINDS = (
    "person", "country", "city", "region", "organization", "group", "product", "event",
    "post", "term",
)  # fmt: skip
MAX_RANK = 1_000_000  # a rank past this is a typo, not a position in any list
MAX_ALIASES = 100_000  # names across a store's alias entries: each check indexes them all


class StringList(list[str]):
    """Marks a field spec that wants a list of strings (never instantiated)."""


# Field specs: name -> (accepted types, required). Unknown keys are problems too.
FieldSpec = dict[str, tuple[tuple[type, ...], bool]]
STRINGS: tuple[type, ...] = (StringList,)
TOP_FIELDS: FieldSpec = {
    "format": ((int,), False),
    "source": ((dict,), True),
    "aliases": ((list,), False),
    "facts": ((list,), False),
}
HEADER_FIELDS: FieldSpec = {k: v for k, v in TOP_FIELDS.items() if k != "facts"}
SOURCE_FIELDS: FieldSpec = {
    "title": ((str,), True),
    "publisher": ((str,), False),
    "authors": (STRINGS, False),
    "date": ((str,), False),
    "language": ((str,), False),
    "url": ((str,), False),
}
ALIAS_FIELDS: FieldSpec = {
    "name": ((str,), True),
    "kind": ((str,), True),
    "aliases": (STRINGS, False),
}
FACT_FIELDS: FieldSpec = {
    "id": ((str,), True),
    "statement": ((str,), True),
    "quote": ((str,), True),
    "attribution": ((str, dict), True),
    "modality": ((str,), True),
    "topics": (STRINGS, False),
    "keys": (STRINGS, False),
    "negated": ((bool,), False),
    "entities": ((list,), False),
    "quantities": ((list,), False),
    "dates": ((list,), False),
    "durations": ((list,), False),
    "ranks": ((list,), False),
    "questions": ((list,), False),
}
ATTRIBUTION_FIELDS: FieldSpec = {"name": ((str,), True), "role": ((str,), False)}
ENTITY_FIELDS: FieldSpec = {"name": ((str,), True), "role": ((str,), True)}
QUANTITY_FIELDS: FieldSpec = {
    "slot": ((str,), True),
    "value": ((int, float), True),
    "scale": ((str,), False),
    "unit": ((str,), False),
    "period": ((str,), False),
    "qualifier": ((str,), False),
    "cue": (STRINGS, False),
}
DURATION_FIELDS: FieldSpec = {
    "slot": ((str,), True),
    "value": ((int, float), True),
    "unit": ((str,), True),
    "cue": (STRINGS, False),
}
DATE_FIELDS: FieldSpec = {
    "slot": ((str,), True),
    "date": ((str,), True),
    "end": ((str,), False),
    "weekday": ((str,), False),
    "part": ((str,), False),
    "cue": (STRINGS, False),
}
RANK_FIELDS: FieldSpec = {
    "slot": ((str,), True),
    "value": ((int,), True),
    "kind": ((str,), False),
    "cue": (STRINGS, False),
}
QUESTION_FIELDS: FieldSpec = {
    "prompt": ((str,), True),
    "answer": ((str,), True),
    "kind": ((str,), False),
}


def check_fields(
    record: object, spec: FieldSpec, where: StoreProblem, problems: list[StoreProblem]
) -> bool:
    """Report unknown keys, missing required fields and wrong types; True when all is well."""
    if not isinstance(record, dict):
        problems.append(where._replace(message=f"expected a table, got {_type_name(record)}"))
        return False
    ok = True
    for key in record:
        if key not in spec:
            known = ", ".join(spec)
            problems.append(where._replace(field=key, message=f"unknown key (known: {known})"))
            ok = False
    for key, (types, required) in spec.items():
        if key not in record:
            if required:
                problems.append(where._replace(field=key, message="missing required field"))
                ok = False
            continue
        value = record[key]
        accepted = (list,) if types == STRINGS else types
        if not isinstance(value, accepted) or (isinstance(value, bool) and bool not in types):
            wanted = " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in types)
            problems.append(
                where._replace(field=key, message=f"expected {wanted}, got {_type_name(value)}")
            )
            ok = False
        elif types == STRINGS and not all(isinstance(item, str) for item in record[key]):
            problems.append(where._replace(field=key, message="expected a list of strings"))
            ok = False
    return ok


def check_format(value: object, where: StoreProblem, problems: list[StoreProblem]) -> None:
    """Report a `format` other than the one this version reads."""
    if value is not None and value != FORMAT_VERSION:
        problems.append(
            where._replace(field="format", message=f"unsupported format {value!r}; expected 1")
        )


_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "a table",
    StringList: "a list of strings",
}


def _type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)
