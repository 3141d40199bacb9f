"""Find and load fact stores (TOML or JSON Lines) into typed records, reporting every problem.

Loading is strict: a store that has any problem raises StoreError with the file, line, fact
and field of each. `read_store_problems` returns the same problems for `facts validate`.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from factcli.errors import StoreError, StoreProblem
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
    Store,
)
from factcli.values import WEEKDAY_NAMES, DateSpan, PartialDate, Qualifier, Rank

T = TypeVar("T")
STORE_SUFFIXES = (".toml", ".jsonl")
MAX_TOML_BYTES = 64 * 1024 * 1024  # curated stores are small; a bigger one is a mistake
FORMAT_VERSION = 1
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PARTIAL_DATE = re.compile(r"(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})-(\d{2}))")
WEEKDAYS = tuple(name.lower() for name in WEEKDAY_NAMES)
DATE_PARTS = ("early", "mid", "late")
RANK_KINDS = ("rank", "ordinal", "rank_bottom")


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
QUESTION_KINDS = ("short", "mc", "tf")


def bundled_store_path() -> Path:
    """The store shipped with factcli: inside the wheel, or `facts/` in a source checkout."""
    here = Path(__file__).resolve().parent
    if (here / "_bundled_facts").is_dir():  # an installed wheel, read without importlib
        return here / "_bundled_facts"
    checkout = here.parent / "facts"
    if (here.parent / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    from importlib import resources  # a zipped install: only then worth its ~4 ms import

    return Path(str(resources.files("factcli") / "_bundled_facts"))


def load_store(paths: Sequence[str | os.PathLike[str]] | None = None) -> Store:
    """Load the stores at `paths` (files or directories), or the bundled store when None.

    Raises StoreError naming every problem when any file cannot be loaded cleanly.
    A clean load is cached (factcli.cache) and served from there while the files are unchanged.
    """
    from factcli.cache import cached_store

    files = store_files(paths)
    return cached_store(files, lambda: _load_files(files))


def _load_files(files: list[Path]) -> Store:
    problems: list[StoreProblem] = []
    store = _read_files(files, problems)
    if problems:
        raise StoreError(problems)
    return store


def read_store_problems(
    paths: Sequence[str | os.PathLike[str]] | None = None,
) -> list[StoreProblem]:
    """Every problem of the stores at `paths`, for `facts validate`; [] when clean."""
    try:
        files = store_files(paths)
    except StoreError as error:
        return error.problems
    problems: list[StoreProblem] = []
    _read_files(files, problems)
    return problems


def store_files(paths: Sequence[str | os.PathLike[str]] | None) -> list[Path]:
    """Expand store paths to the store files they name; raise StoreError for bad paths."""
    roots = [Path(p) for p in paths] if paths else [bundled_store_path()]
    files: list[Path] = []
    problems: list[StoreProblem] = []
    for root in roots:
        try:
            files.extend(_expand(root))
        except _BadPath as error:
            problems.append(StoreProblem(str(error.path), error.message))
        except OSError as error:
            problems.append(StoreProblem(str(root), _os_message(error)))
        except ValueError as error:
            problems.append(StoreProblem(str(root), str(error)))
    if problems:
        raise StoreError(problems)
    return files


class _BadPath(Exception):
    """A store file found in a directory that cannot be used: reported under its own name."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _expand(root: Path) -> list[Path]:
    mode = root.stat().st_mode  # raises for missing paths, loops and permission errors
    if stat.S_ISDIR(mode):
        found = sorted(p for p in root.iterdir() if p.suffix in STORE_SUFFIXES)
        if not found:
            raise ValueError("directory holds no store (*.toml or *.jsonl files)")
        for path in found:
            try:
                _require_regular(path)
            except OSError as error:  # a link loop or an unreadable file in the directory
                raise _BadPath(path, _os_message(error)) from None
            except ValueError as error:
                raise _BadPath(path, str(error)) from None
        return found
    _require_regular(root)
    return [root]


def _require_regular(path: Path) -> None:
    if not stat.S_ISREG(path.stat().st_mode):
        raise ValueError("not a regular file (a FIFO, device or socket cannot be a store)")


def _os_message(error: OSError) -> str:
    return error.strerror or str(error)


def _read_files(files: Iterable[Path], problems: list[StoreProblem]) -> Store:
    facts: list[Fact] = []
    aliases: list[Alias] = []
    sources: list[Source] = []
    seen: dict[str, Location] = {}
    for path in files:
        part = _read_file(path, problems)
        if part is None:
            continue
        for fact in part.facts:
            if fact.id in seen:
                first = seen[fact.id]
                problems.append(
                    StoreProblem(
                        fact.location.path,
                        f"duplicate id (first defined at {first.path}:{first.line})",
                        fact.location.line,
                        fact.id,
                        "id",
                    )
                )
                continue
            seen[fact.id] = fact.location
            facts.append(fact)
        aliases.extend(part.aliases)
        sources.extend(part.sources)
    return Store(tuple(facts), tuple(aliases), tuple(sources))


def _read_file(path: Path, problems: list[StoreProblem]) -> Store | None:
    try:
        if path.suffix == ".jsonl":
            return _read_jsonl(path, problems)
        return _read_toml(path, problems)
    except OSError as error:
        problems.append(StoreProblem(str(path), _os_message(error)))
    except UnicodeDecodeError as error:
        problems.append(StoreProblem(str(path), f"not UTF-8 text ({error.reason})"))
    return None


# --- TOML -------------------------------------------------------------------------------

TOML_LINE = re.compile(r"at line (\d+)")


def _read_toml(path: Path, problems: list[StoreProblem]) -> Store | None:
    size = path.stat().st_size
    if size > MAX_TOML_BYTES:
        problems.append(
            StoreProblem(
                str(path),
                f"file is {size // (1024 * 1024)} MiB; TOML stores are limited to "
                f"{MAX_TOML_BYTES // (1024 * 1024)} MiB (use JSON Lines for large stores)",
            )
        )
        return None
    text = path.read_text(encoding="utf-8")
    if not text.strip():
        problems.append(StoreProblem(str(path), "file is empty", 1))
        return None
    if sys.version_info >= (3, 11):  # imported here: cached stores never parse TOML
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = TOML_LINE.search(str(error))
        line = int(match.group(1)) if match else None
        problems.append(StoreProblem(str(path), f"TOML syntax error: {error}", line))
        return None
    lines = _TomlLines(text)
    name = str(path)
    _check_fields(raw, TOP_FIELDS, StoreProblem(name, "", 1), problems)
    _check_format(raw.get("format"), StoreProblem(name, "", lines.key("format")), problems)
    source = _build_source(raw.get("source"), name, lines.table("source"), problems)
    aliases = _build_aliases(raw.get("aliases"), name, lines, problems)
    facts: list[Fact] = []
    raw_facts = raw.get("facts")
    if isinstance(raw_facts, list):
        for index, record in enumerate(raw_facts):
            line = lines.fact_line(record, index)
            fact = _build_fact(record, source, Location(name, line), problems)
            if fact is not None:
                facts.append(fact)
    return Store(tuple(facts), tuple(aliases), (source,))


class _TomlLines:
    """Finds the line of a record in TOML text, since tomllib reports no positions."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()

    def _find(self, pattern: re.Pattern[str]) -> list[int]:
        return [n for n, line in enumerate(self._lines, 1) if pattern.match(line)]

    def key(self, key: str) -> int | None:
        found = self._find(re.compile(rf"\s*{re.escape(key)}\s*="))
        return found[0] if found else None

    def table(self, name: str) -> int | None:
        found = self._find(re.compile(rf"\s*\[\s*{re.escape(name)}\s*\]"))
        return found[0] if found else None

    def array_tables(self, name: str) -> list[int]:
        return self._find(re.compile(rf"\s*\[\[\s*{re.escape(name)}\s*\]\]"))

    def fact_line(self, record: object, index: int) -> int | None:
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            found = self._find(re.compile(rf"\s*id\s*=\s*[\"']{re.escape(record['id'])}[\"']"))
            if found:
                return found[0]
        headers = self.array_tables("facts")
        return headers[index] if index < len(headers) else None


def _check_format(value: object, where: StoreProblem, problems: list[StoreProblem]) -> None:
    if value is not None and value != FORMAT_VERSION:
        problems.append(
            replace(where, field="format", message=f"unsupported format {value!r}; expected 1")
        )


# --- JSON Lines -------------------------------------------------------------------------


def _read_jsonl(path: Path, problems: list[StoreProblem]) -> Store | None:
    name = str(path)
    source = Source(title=path.stem, path=name)
    aliases: list[Alias] = []
    facts: list[Fact] = []
    saw_record = False
    for number, record in _json_records(path, problems):
        saw_record = True
        if isinstance(record, dict) and "source" in record and "id" not in record:
            if facts:
                problems.append(StoreProblem(name, "the source header must come first", number))
                continue
            header_spec = {k: v for k, v in TOP_FIELDS.items() if k != "facts"}
            _check_fields(record, header_spec, StoreProblem(name, "", number), problems)
            _check_format(record.get("format"), StoreProblem(name, "", number), problems)
            source = _build_source(record["source"], name, number, problems)
            aliases = _build_aliases(record.get("aliases"), name, None, problems, number)
            continue
        fact = _build_fact(record, source, Location(name, number), problems)
        if fact is not None:
            facts.append(fact)
    if not saw_record:
        problems.append(StoreProblem(name, "file is empty", 1))
        return None
    return Store(tuple(facts), tuple(aliases), (source,))


def _json_records(path: Path, problems: list[StoreProblem]) -> Iterator[tuple[int, object]]:
    for number, _, _, record in jsonl_records(path, problems):
        yield number, record


def jsonl_records(
    path: Path, problems: list[StoreProblem]
) -> Iterator[tuple[int, int, int, object]]:
    """(line number, byte offset, byte length, parsed JSON) of each non-blank line of a
    JSON Lines file; bad lines become problems, and reading stops at bytes that are not
    UTF-8 or a line too long to be a fact."""
    with path.open("rb") as stream:
        try:
            for number, offset, line in jsonl_lines(stream):
                if not line.strip():
                    continue
                try:
                    yield number, offset, len(line), json.loads(line.decode("utf-8"))
                except UnicodeDecodeError as error:
                    problems.append(StoreProblem(str(path), f"not UTF-8 text ({error.reason})"))
                    return
                except json.JSONDecodeError as error:
                    problems.append(
                        StoreProblem(
                            str(path), f"invalid JSON: {error.msg} (column {error.colno})", number
                        )
                    )
        except LineTooLong as error:
            problems.append(StoreProblem(str(path), str(error), error.line))


MAX_JSONL_LINE = 16 * 1024 * 1024  # one fact per line: a longer line is not a store


class LineTooLong(ValueError):
    """A JSON Lines line over MAX_JSONL_LINE bytes: read no further, in bounded memory."""

    def __init__(self, line: int) -> None:
        super().__init__(f"line is longer than {MAX_JSONL_LINE // (1024 * 1024)} MiB")
        self.line = line


def jsonl_lines(stream: BinaryIO) -> Iterator[tuple[int, int, bytes]]:
    """(line number, byte offset, bytes) of each line, never reading a line whole past
    MAX_JSONL_LINE (a 1 GB file without a newline costs 16 MiB, not 2 GB)."""
    number = offset = 0
    while line := stream.readline(MAX_JSONL_LINE + 1):
        number += 1
        if len(line) > MAX_JSONL_LINE:
            raise LineTooLong(number)
        yield number, offset, line
        offset += len(line)


# --- records ----------------------------------------------------------------------------


def _check_fields(
    record: object, spec: FieldSpec, where: StoreProblem, problems: list[StoreProblem]
) -> bool:
    """Report unknown keys, missing required fields and wrong types; True when all is well."""
    if not isinstance(record, dict):
        problems.append(replace(where, message=f"expected a table, got {_type_name(record)}"))
        return False
    ok = True
    for key in record:
        if key not in spec:
            known = ", ".join(spec)
            problems.append(replace(where, field=key, message=f"unknown key (known: {known})"))
            ok = False
    for key, (types, required) in spec.items():
        if key not in record:
            if required:
                problems.append(replace(where, field=key, message="missing required field"))
                ok = False
            continue
        value = record[key]
        accepted = (list,) if types == STRINGS else types
        if not isinstance(value, accepted) or (isinstance(value, bool) and bool not in types):
            wanted = " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in types)
            problems.append(
                replace(where, field=key, message=f"expected {wanted}, got {_type_name(value)}")
            )
            ok = False
        elif types == STRINGS and not all(isinstance(item, str) for item in record[key]):
            problems.append(replace(where, field=key, message="expected a list of strings"))
            ok = False
    return ok


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


def _build_source(raw: object, path: str, line: int | None, problems: list[StoreProblem]) -> Source:
    where = StoreProblem(path, "", line, None, "source")
    if not _check_fields(raw, SOURCE_FIELDS, where, problems):
        title = raw.get("title") if isinstance(raw, dict) else None
        return Source(title=title if isinstance(title, str) else Path(path).stem, path=path)
    assert isinstance(raw, dict)
    if "date" in raw and _parse_partial_date(raw["date"]) is None:
        problems.append(replace(where, field="source.date", message="expected an ISO date"))
    return Source(
        title=raw["title"],
        publisher=raw.get("publisher"),
        authors=tuple(raw.get("authors", ())),
        date=raw.get("date"),
        language=raw.get("language"),
        url=raw.get("url"),
        path=path,
    )


def _build_aliases(
    raw: object,
    path: str,
    lines: _TomlLines | None,
    problems: list[StoreProblem],
    line: int | None = None,
) -> list[Alias]:
    if not isinstance(raw, list):
        return []
    headers = lines.array_tables("aliases") if lines else []
    aliases = []
    for index, record in enumerate(raw):
        at = headers[index] if index < len(headers) else line
        where = StoreProblem(path, "", at, None, None)
        if _check_fields(record, ALIAS_FIELDS, where, problems):
            assert isinstance(record, dict)
            aliases.append(Alias(record["name"], record["kind"], tuple(record.get("aliases", ()))))
    return aliases


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
        ok = _check_fields(record, spec, where, self.problems)
        for index in range(before, len(self.problems)):  # qualify nested field names
            problem = self.problems[index]
            if problem.field and problem.field != field:
                self.problems[index] = replace(problem, field=f"{field}.{problem.field}")
        return ok


def _build_fact(
    raw: object, source: Source, location: Location, problems: list[StoreProblem]
) -> Fact | None:
    fact_id = raw.get("id") if isinstance(raw, dict) else None
    context = _FactContext(location, fact_id if isinstance(fact_id, str) else None, problems)
    where = StoreProblem(location.path, "", location.line, context.fact_id, None)
    if not _check_fields(raw, FACT_FIELDS, where, problems):
        return None
    assert isinstance(raw, dict)
    before = len(problems)
    if not ID_PATTERN.fullmatch(raw["id"]):
        context.report("id", "ids are kebab-case: lower-case letters, digits and hyphens")
    for field in ("statement", "quote"):
        if not raw[field].strip():
            context.report(field, "must not be empty")
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
    questions = tuple(
        Question(item["prompt"], item["answer"], item.get("kind", "short"))
        for item in _records(raw, "questions", QUESTION_FIELDS, context)
    )
    for question in questions:
        if question.kind not in QUESTION_KINDS:
            context.report("questions.kind", f"expected one of {', '.join(QUESTION_KINDS)}")
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


def _cue(item: dict[str, Any]) -> tuple[str, ...]:
    return tuple(word.lower() for word in item.get("cue", ()))


def _build_quantity(item: dict[str, Any], context: _FactContext, field: str) -> QuantitySlot | None:
    """Read a quantity slot through the same parser that reads claims."""
    from factcli.quantities import find_quantities

    value = item["value"]
    unit = item.get("unit", "")
    if field == "durations" and value != 1 and not unit.endswith("s"):
        unit += "s"
    words = [_format_number(value), item.get("scale", ""), unit]
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
            quantity = replace(quantity, qualifier=Qualifier(item["qualifier"]))
        except ValueError:
            choices = ", ".join(q.value for q in Qualifier)
            context.report(f"{field}.qualifier", f"expected one of {choices}")
            return None
    return QuantitySlot(item["slot"], quantity, _cue(item))


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _parse_partial_date(text: str) -> PartialDate | None:
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


def _build_date(item: dict[str, Any], context: _FactContext) -> DateSlot | None:
    start = _parse_partial_date(item["date"])
    end = _parse_partial_date(item["end"]) if "end" in item else start
    if start is None or end is None:
        context.report("dates.date", "expected an ISO date: 2015-05-08, 2015-05, 2015 or --05-08")
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
    return RankSlot(item["slot"], Rank(item["value"], kind, text=str(item["value"])), _cue(item))
