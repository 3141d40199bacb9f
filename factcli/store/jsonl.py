"""Read JSON Lines store files record by record, in bounded memory: a header line (source
and aliases) then one fact per line, each kept with its line number and byte offset.

`read_jsonl` is the one reader of the format: the loader keeps the facts it yields, the
lazy index of large stores keeps only their offsets.
"""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from factcli.errors import StoreProblem
from factcli.model import Alias, Fact, Location, Source
from factcli.store.records import AliasNames, build_aliases, build_fact, build_source
from factcli.store.schema import HEADER_FIELDS, check_fields, check_format

MAX_JSONL_LINE = 16 * 1024 * 1024  # one fact per line: a longer line is not a store


class JsonlEntry(NamedTuple):
    """One valid record of a JSON Lines store: the header (fact None) or a fact, with the
    source in force, where the line lies, and the aliases a header declares."""

    source: Source
    line: int
    offset: int
    size: int
    fact: Fact | None = None
    aliases: tuple[Alias, ...] = ()


def read_jsonl(
    path: Path, problems: list[StoreProblem], names: AliasNames | None = None
) -> Iterator[JsonlEntry]:
    """Each valid header and fact of a JSON Lines store file, in order; every problem
    (bad JSON, bad fields, a header after facts, an empty file) goes to `problems`."""
    name = str(path)
    source = Source(title=path.stem, path=name)
    names = names if names is not None else AliasNames()
    before = len(problems)
    saw_record = saw_fact = False
    for number, offset, size, record in jsonl_records(path, problems):
        saw_record = True
        if is_header(record):
            if saw_fact:
                problems.append(StoreProblem(name, "the source header must come first", number))
                continue
            assert isinstance(record, dict)
            where = StoreProblem(name, "", number)
            check_fields(record, HEADER_FIELDS, where, problems)
            check_format(record.get("format"), where, problems)
            source = build_source(record["source"], name, number, problems)
            aliases = build_aliases(record.get("aliases"), name, [], problems, names, number)
            yield JsonlEntry(source, number, offset, size, aliases=tuple(aliases))
            continue
        fact = build_fact(record, source, Location(name, number), problems)
        if fact is not None:
            saw_fact = True
            yield JsonlEntry(source, number, offset, size, fact)
    if not saw_record and len(problems) == before:  # not when its only line was refused
        problems.append(StoreProblem(name, "file is empty", 1))


def is_header(record: object) -> bool:
    """Whether a JSON Lines record is a file's header (a source and no fact id)."""
    return isinstance(record, dict) and "source" in record and "id" not in record


def header_aliases(path: Path) -> list[Alias]:
    """The well-formed aliases of a JSON Lines file's header line ([] without one), read
    without checks: `read_jsonl` reports the problems when it reads the header again."""
    for _, _, _, record in jsonl_records(path, []):
        raw = record.get("aliases") if isinstance(record, dict) and is_header(record) else None
        if not isinstance(raw, list):
            return []
        return [
            Alias(item["name"], item["kind"], tuple(item.get("aliases", ())))
            for item in raw
            if isinstance(item, dict)
            and isinstance(item.get("name"), str)
            and isinstance(item.get("kind"), str)
            and isinstance(item.get("aliases", []), list)
        ]
    return []


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
                except RecursionError:
                    problems.append(StoreProblem(str(path), "JSON nested too deeply", number))
                except ValueError as error:  # an integer past Python's digit limit
                    problems.append(StoreProblem(str(path), f"invalid JSON: {error}", number))
        except LineTooLong as error:
            problems.append(StoreProblem(str(path), str(error), error.line))


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
