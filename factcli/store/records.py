"""Build typed records (sources, aliases, facts and their slots) from parsed TOML or JSON,
reporting every problem with its file, line, fact and field.

Slots are read through the same parsers that read claims, so a store value means exactly
what the same words in a claim mean.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any, TypeVar

from factcli.errors import StoreProblem
from factcli.lazy_re import lazy_compile
from factcli.model import (
    Alias,
    Attribution,
    DateSlot,
    EntitySlot,
    Fact,
    Location,
    Modality,
    QuantitySlot,
    Question,
    RankSlot,
    Source,
)
from factcli.numbers import MAX_INTEGER_DIGITS
from factcli.store.schema import (
    ALIAS_FIELDS,
    ATTRIBUTION_FIELDS,
    DATE_FIELDS,
    DATE_PARTS,
    DURATION_FIELDS,
    ENTITY_FIELDS,
    ENTITY_KINDS,
    FACT_FIELDS,
    MAX_ALIASES,
    MAX_RANK,
    QUANTITY_FIELDS,
    QUESTION_FIELDS,
    QUESTION_KINDS,
    RANK_FIELDS,
    RANK_KINDS,
    SOURCE_FIELDS,
    WEEKDAYS,
    FieldSpec,
    check_fields,
)
from factcli.values import DateSpan, PartialDate, Qualifier, Rank

T = TypeVar("T")
ID_PATTERN = lazy_compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PARTIAL_DATE = lazy_compile(r"(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})-(\d{2}))")
MAX_VALUE = 10.0**MAX_INTEGER_DIGITS  # no claim can state a larger amount in digits


def build_source(raw: object, path: str, line: int | None, problems: list[StoreProblem]) -> Source:
    """The source table of a store file (its title defaults to the file name)."""
    where = StoreProblem(path, "", line, None, "source")
    if not check_fields(raw, SOURCE_FIELDS, where, problems):
        title = raw.get("title") if isinstance(raw, dict) else None
        return Source(title=title if isinstance(title, str) else Path(path).stem, path=path)
    assert isinstance(raw, dict)
    if "date" in raw and parse_partial_date(raw["date"]) is None:
        problems.append(where._replace(field="source.date", message="expected an ISO date"))
    return Source(
        title=raw["title"],
        publisher=raw.get("publisher"),
        authors=tuple(raw.get("authors", ())),
        date=raw.get("date"),
        language=raw.get("language"),
        url=raw.get("url"),
        path=path,
    )


class AliasNames:
    """Every name of a store's alias entries, so that one name in two entries is reported
    at the second (a name must mean one thing)."""

    def __init__(self) -> None:
        self._entry: dict[str, int] = {}  # name (case-folded) -> its first entry
        self._entries: list[tuple[str, str, int | None]] = []  # canonical name, path, line

    def add(self, alias: Alias, where: StoreProblem, problems: list[StoreProblem]) -> None:
        """Record the names of one entry; report those another entry already holds."""
        number = len(self._entries)
        self._entries.append((alias.name, where.path, where.line))
        for variant in (alias.name, *alias.aliases):
            name = variant.strip().casefold()
            first = self._entry.setdefault(name, number)
            if first != number and self._entries[first][0] != alias.name:
                canonical, path, line = self._entries[first]
                at = path if line is None else f"{path}:{line}"
                problems.append(
                    where._replace(message=f"'{name}' is also a name of '{canonical}' ({at})")
                )

    def __len__(self) -> int:
        return len(self._entry)


def build_aliases(
    raw: object,
    path: str,
    lines: list[int],
    problems: list[StoreProblem],
    names: AliasNames,
    line: int | None = None,
) -> list[Alias]:
    """The alias entries of a store file; `lines` holds each entry's line (TOML), else
    every entry is reported at `line` (a JSON Lines header)."""
    if not isinstance(raw, list):
        return []
    listed = len(names) + sum(_names_listed(record) for record in raw)
    if listed > MAX_ALIASES:  # refused before any entry is built
        problems.append(
            StoreProblem(
                path,
                f"the aliases list {listed:,} names; a store may hold at most {MAX_ALIASES:,}",
                line if line is not None else (lines[0] if lines else None),
            )
        )
        return []
    aliases = []
    for index, record in enumerate(raw):
        at = lines[index] if index < len(lines) else line
        where = StoreProblem(path, "", at, None, None)
        if not check_fields(record, ALIAS_FIELDS, where, problems):
            continue
        assert isinstance(record, dict)
        alias = Alias(record["name"], record["kind"], tuple(record.get("aliases", ())))
        ok = True
        if not alias.name.strip():
            problems.append(where._replace(field="name", message="must not be empty"))
            ok = False
        if any(not name.strip() for name in alias.aliases):
            problems.append(where._replace(field="aliases", message="an alias is empty"))
            ok = False
        if alias.kind not in ENTITY_KINDS:
            kinds = ", ".join(ENTITY_KINDS)
            problems.append(
                where._replace(field="kind", message=f"'{alias.kind}' is not one of {kinds}")
            )
            ok = False
        if ok:
            names.add(alias, where, problems)
            aliases.append(alias)
    return aliases


def _names_listed(record: object) -> int:
    """How many names an alias entry lists: its name and its aliases."""
    if not isinstance(record, dict):
        return 1
    aliases = record.get("aliases", ())
    return 1 + (len(aliases) if isinstance(aliases, list) else 0)


class _FactContext:
    """Where a fact is being built, so every problem names its file, line, id and field.
    (A plain class: a mutable dataclass costs ~0.4 ms of every start to define.)"""

    def __init__(self, location: Location, fact_id: str | None, problems: list[StoreProblem]):
        self.location = location
        self.fact_id = fact_id
        self.problems = problems

    def report(self, field: str, message: str) -> None:
        self.problems.append(
            StoreProblem(self.location.path, message, self.location.line, self.fact_id, field)
        )

    def check(self, record: object, spec: FieldSpec, field: str) -> bool:
        where = StoreProblem(self.location.path, "", self.location.line, self.fact_id, field)
        before = len(self.problems)
        ok = check_fields(record, spec, where, self.problems)
        for index in range(before, len(self.problems)):  # qualify nested field names
            problem = self.problems[index]
            if problem.field and problem.field != field:
                self.problems[index] = problem._replace(field=f"{field}.{problem.field}")
        return ok


def build_fact(
    raw: object, source: Source, location: Location, problems: list[StoreProblem]
) -> Fact | None:
    """One fact record as a Fact, or None with its problems added to `problems`."""
    fact_id = raw.get("id") if isinstance(raw, dict) else None
    context = _FactContext(location, fact_id if isinstance(fact_id, str) else None, problems)
    where = StoreProblem(location.path, "", location.line, context.fact_id, None)
    if not check_fields(raw, FACT_FIELDS, where, problems):
        return None
    assert isinstance(raw, dict)
    before = len(problems)
    if not ID_PATTERN.fullmatch(raw["id"]):
        context.report("id", "ids are kebab-case: lower-case letters, digits and hyphens")
    for field in ("statement", "quote"):
        if not raw[field].strip():
            context.report(field, "must not be empty")
    if any(not key.strip() for key in raw.get("keys", ())):
        context.report("keys", "a key is empty")
    modality = _enum(Modality, raw["modality"], context, "modality")
    attribution = _build_attribution(raw["attribution"], context)
    entities = tuple(
        EntitySlot(item["name"], item["role"])
        for item in _records(raw, "entities", ENTITY_FIELDS, context)
    )
    quantities = _present(
        [
            _build_quantity(item, context, "quantities")
            for item in _records(raw, "quantities", QUANTITY_FIELDS, context)
        ]
        + [
            _build_quantity(item, context, "durations")
            for item in _records(raw, "durations", DURATION_FIELDS, context)
        ]
    )
    dates = _present(
        [_build_date(i, context) for i in _records(raw, "dates", DATE_FIELDS, context)]
    )
    ranks = _present(
        [_build_rank(i, context) for i in _records(raw, "ranks", RANK_FIELDS, context)]
    )
    questions = _present(
        [_build_question(i, context) for i in _records(raw, "questions", QUESTION_FIELDS, context)]
    )
    if len(problems) > before or modality is None:
        return None
    return Fact(
        id=raw["id"],
        statement=raw["statement"],
        quote=raw["quote"],
        attribution=attribution,
        modality=modality,
        source=source,
        topics=tuple(raw.get("topics", ())),
        keys=tuple(raw.get("keys", ())),
        negated=raw.get("negated", False),
        entities=entities,
        quantities=quantities,
        dates=dates,
        ranks=ranks,
        questions=questions,
        location=location,
    )


def _present(items: list[T | None]) -> tuple[T, ...]:
    return tuple(item for item in items if item is not None)


def _records(
    raw: dict[str, Any], field: str, spec: FieldSpec, context: _FactContext
) -> list[dict[str, Any]]:
    items = raw.get(field, [])
    return [item for item in items if context.check(item, spec, field)]


def _enum(enum: type[Modality], value: str, context: _FactContext, field: str) -> Modality | None:
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(member.value for member in enum)
        context.report(field, f"'{value}' is not one of {choices}")
        return None


def _build_attribution(raw: str | dict[str, Any], context: _FactContext) -> Attribution:
    if isinstance(raw, str):
        if raw != "article":
            context.report("attribution", 'expected "article" or a table {name, role}')
        return Attribution()
    if context.check(raw, ATTRIBUTION_FIELDS, "attribution"):
        return Attribution(raw["name"], raw.get("role"))
    return Attribution()


def _build_question(item: dict[str, Any], context: _FactContext) -> Question | None:
    question = Question(item["prompt"], item["answer"], item.get("kind", "short"))
    ok = True
    for field, text in (("prompt", question.prompt), ("answer", question.answer)):
        if not text.strip():
            context.report(f"questions.{field}", "must not be empty")
            ok = False
    if question.kind not in QUESTION_KINDS:
        context.report("questions.kind", f"expected one of {', '.join(QUESTION_KINDS)}")
        ok = False
    return question if ok else None


def _cue(item: dict[str, Any]) -> tuple[str, ...]:
    return tuple(word.lower() for word in item.get("cue", ()))


def _build_quantity(item: dict[str, Any], context: _FactContext, field: str) -> QuantitySlot | None:
    """Read a quantity slot through the same parser that reads claims."""
    from factcli.quantities import find_quantities

    value = item["value"]
    if isinstance(value, float) and not math.isfinite(value):
        context.report(f"{field}.value", "must be a finite number")
        return None
    if not abs(value) < MAX_VALUE:
        context.report(f"{field}.value", f"has more than {MAX_INTEGER_DIGITS} digits")
        return None
    if field == "durations" and value < 0:
        context.report(f"{field}.value", "a duration cannot be negative")
        return None
    unit = item.get("unit", "")
    if field == "durations" and value != 1 and not unit.endswith("s"):
        unit += "s"
    sign = _CURRENCY_SIGNS.get(unit, "")  # "$95 billion", as a reason quotes it
    words = [sign + _format_number(value), item.get("scale", ""), "" if sign else unit]
    if item.get("period"):
        words.append(f"per {item['period']}")
    text = " ".join(w for w in words if w)
    found = find_quantities(text)
    if len(found) != 1 or (unit and found[0].dimension == "count"):
        context.report(f"{field}.unit", f"cannot read '{text}' as one quantity of a known unit")
        return None
    quantity = found[0]
    if "qualifier" in item:
        try:
            quantity = quantity._replace(qualifier=Qualifier(item["qualifier"]))
        except ValueError:
            choices = ", ".join(q.value for q in Qualifier)
            context.report(f"{field}.qualifier", f"expected one of {choices}")
            return None
    return QuantitySlot(item["slot"], quantity, _cue(item))


_CURRENCY_SIGNS = {"USD": "$", "EUR": "\u20ac", "GBP": "\u00a3"}


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def parse_partial_date(text: str) -> PartialDate | None:
    """An ISO date, month or year ("2015-05-08", "2015-05", "2015", "--05-08"), else None."""
    match = PARTIAL_DATE.fullmatch(text)
    if match is None:
        return None
    year, month, day, bare_month, bare_day = match.groups()
    if bare_month:
        year, month, day = None, bare_month, bare_day
    parsed = PartialDate(
        int(year) if year else None, int(month) if month else None, int(day) if day else None
    )
    if parsed.month is not None and not 1 <= parsed.month <= 12:
        return None
    if parsed.day is not None and not 1 <= parsed.day <= 31:
        return None
    return parsed


def _order(date: PartialDate) -> tuple[int, int, int]:
    return (date.year or 0, date.month or 0, date.day or 0)


def _build_date(item: dict[str, Any], context: _FactContext) -> DateSlot | None:
    start = parse_partial_date(item["date"])
    end = parse_partial_date(item["end"]) if "end" in item else start
    if start is None or end is None:
        context.report("dates.date", "expected an ISO date: 2015-05-08, 2015-05, 2015 or --05-08")
        return None
    comparable = (start.year is None) == (end.year is None)
    if comparable and _order(end) < _order(start):
        context.report("dates.end", f"the range ends ({item['end']}) before it starts")
        return None
    weekday = None
    if "weekday" in item:
        name = item["weekday"].lower()
        if name not in WEEKDAYS:
            context.report("dates.weekday", "expected an English day name such as Friday")
            return None
        weekday = WEEKDAYS.index(name)
    part = item.get("part")
    if part is not None and part not in DATE_PARTS:
        context.report("dates.part", f"expected one of {', '.join(DATE_PARTS)}")
        return None
    span = DateSpan(start, end, weekday, part, text=item["date"])
    return DateSlot(item["slot"], span, _cue(item))


def _build_rank(item: dict[str, Any], context: _FactContext) -> RankSlot | None:
    kind = item.get("kind", "rank")
    if kind not in RANK_KINDS:
        context.report("ranks.kind", f"expected one of {', '.join(RANK_KINDS)}")
        return None
    value = item["value"]
    if not 1 <= value <= MAX_RANK:
        context.report("ranks.value", f"a rank is a whole number from 1 to {MAX_RANK:,}")
        return None
    return RankSlot(item["slot"], Rank(value, kind, text=str(value)), _cue(item))
