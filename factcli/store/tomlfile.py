"""Read a TOML store file: one source table, alias entries and fact tables, each traced
back to its line (tomllib reports no positions)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from factcli.errors import StoreProblem
from factcli.lazy_re import lazy_compile
from factcli.model import Fact, Location, Store
from factcli.store.records import AliasNames, build_aliases, build_fact, build_source
from factcli.store.schema import TOP_FIELDS, check_fields, check_format

MAX_TOML_BYTES = 64 * 1024 * 1024  # curated stores are small; a bigger one is a mistake
TOML_LINE = lazy_compile(r"at line (\d+)")
_LONG_DIGITS = lazy_compile(r"\d{4000,}")
_NESTING_LIMIT = 100  # brackets open at once: far past any store, short of Python's limits


def read_toml(path: Path, problems: list[StoreProblem], names: AliasNames) -> Store | None:
    """The records of a TOML store file, or None when it cannot be parsed at all."""
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
    raw = _parse(text, str(path), problems)
    if raw is None:
        return None
    lines = _TomlLines(text)
    name = str(path)
    check_fields(raw, TOP_FIELDS, StoreProblem(name, "", 1), problems)
    check_format(raw.get("format"), StoreProblem(name, "", lines.key("format")), problems)
    source = build_source(raw.get("source"), name, lines.table("source"), problems)
    headers = lines.array_tables("aliases")
    aliases = build_aliases(raw.get("aliases"), name, headers, problems, names)
    facts: list[Fact] = []
    raw_facts = raw.get("facts")
    if isinstance(raw_facts, list):
        for index, record in enumerate(raw_facts):
            line = lines.fact_line(record, index)
            fact = build_fact(record, source, Location(name, line), problems)
            if fact is not None:
                facts.append(fact)
    return Store(tuple(facts), tuple(aliases), (source,))


def _parse(text: str, name: str, problems: list[StoreProblem]) -> dict[str, object] | None:
    """The TOML document, or None with one problem naming the line that spoils it."""
    if sys.version_info >= (3, 11):  # imported here: cached stores never parse TOML
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    deep = _too_deep(text)
    if deep is not None:  # tomllib recurses once per level: refuse before it overflows
        problems.append(StoreProblem(name, f"nested more than {_NESTING_LIMIT} deep", deep))
        return None
    try:
        parsed: dict[str, object] = tomllib.loads(text)
        return parsed
    except tomllib.TOMLDecodeError as error:
        match = TOML_LINE.search(str(error))
        line = int(match.group(1)) if match else None
        problems.append(StoreProblem(name, f"TOML syntax error: {error}", line))
    except ValueError as error:  # an integer past Python's digit limit
        digits = _LONG_DIGITS.search(text)
        line = text.count("\n", 0, digits.start()) + 1 if digits else None
        problems.append(StoreProblem(name, f"unreadable number: {error}", line))
    except RecursionError:
        problems.append(StoreProblem(name, "TOML nested too deeply"))
    return None


def _too_deep(text: str) -> int | None:
    """The line at which brackets outside strings nest past _NESTING_LIMIT, else None."""
    if text.count("[") + text.count("{") < _NESTING_LIMIT:
        return None
    depth = 0
    quote = ""
    line = 1
    escaped = False
    for char in text:
        if char == "\n":
            line += 1
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote or (char == "\n" and quote in "\"'"):
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#":
            quote = "\n"  # a comment runs to the end of its line
        elif char in "[{":
            depth += 1
            if depth > _NESTING_LIMIT:
                return line
        elif char in "]}":
            depth = max(0, depth - 1)
    return None


class _TomlLines:
    """Finds the line of a record in TOML text, since tomllib reports no positions."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        self._fact_headers: list[int] | None = None

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
        """The line of fact `index`: its id line after its own [[facts]] header (so that
        a repeated id is placed at the repeat), else the header."""
        if self._fact_headers is None:
            self._fact_headers = self.array_tables("facts")
        headers = self._fact_headers
        header = headers[index] if index < len(headers) else None
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            found = self._find(re.compile(rf"\s*id\s*=\s*[\"']{re.escape(record['id'])}[\"']"))
            after = [line for line in found if header is None or line > header]
            if after or found:
                return (after or found)[0]
        return header
