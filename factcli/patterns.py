"""Regular expressions compiled once per machine, not once per run.

CPython's `re` compiler is written in Python: the ~120 patterns of factcli's parsers cost
~25 ms of every start, a third of `factcli check`'s budget. The compiled form (the code
words `re` hands to `_sre.compile`) is kept in a file under the cache directory and handed
to `_sre.compile` directly next time, skipping the parse; `_sre` validates the code it is
given. The file is in `marshal`'s format, each pattern's code words packed as bytes: it
loads in ~0.5 ms, where a pickle of lists took ~2 ms. It is named after the interpreter (its
cache tag) and stamped with its exact version and `_sre.MAGIC` (the code format's version);
on any mismatch or failure a pattern is simply compiled by `re`, and a file that cannot be
read or written is ignored: it only ever saves time. Besides factcli's fixed patterns, only
each store's alias pattern goes through here (one per store); the file is bounded in
patterns and in size.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from importlib import import_module
from pathlib import Path
from types import ModuleType

# A file that would grow past either bound (patterns of old code, or the alias patterns of
# many stores) restarts with this run's patterns: every start reads the whole file.
MAX_PATTERNS = 2000
MAX_CODE_WORDS = 300_000  # ~1 MB on disk; factcli's own patterns take ~40,000

# The arguments of `_sre.compile` after the pattern: flags, code words, groups, group names
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# The same with the code words packed (array typecode "I", the size of _sre's code units)
Stored = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
CODE_WORD = "I"


class _Cache:
    """The patterns read from the file, and those compiled by this process to add to it."""

    def __init__(self) -> None:
        self.loaded: dict[tuple[str, int], Stored] | None = None
        self.added: dict[tuple[str, int], Stored] = {}


_CACHE = _Cache()


def _internals() -> tuple[ModuleType, ModuleType, ModuleType] | None:
    """`_sre` and `re`'s parser and code generator, where this Python has them (3.11+)."""
    try:
        return import_module("_sre"), import_module("re._parser"), import_module("re._compiler")
    except ImportError:
        return None


_INTERNALS = _internals()


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, served from the cache file when it holds the pattern."""
    if _INTERNALS is None:
        return re.compile(pattern, flags)
    sre, parser, compiler = _INTERNALS
    key = (pattern, int(flags))
    found = _table().get(key)
    if found is not None:
        try:
            return sre.compile(pattern, *_unpack(found))  # type: ignore[no-any-return]
        except Exception:
            pass
    try:
        compiled = _generate(parser, compiler, pattern, flags)
        result = sre.compile(pattern, *compiled)
    except Exception:
        return re.compile(pattern, flags)
    if not _CACHE.added:
        atexit.register(_save)
    _CACHE.added[key] = _pack(compiled)
    return result  # type: ignore[no-any-return]


def _pack(compiled: Compiled) -> Stored:
    flags, code, groups, groupindex, indexgroup = compiled
    return flags, array(CODE_WORD, code).tobytes(), groups, groupindex, indexgroup


def _unpack(stored: Stored) -> Compiled:
    flags, packed, groups, groupindex, indexgroup = stored
    code = array(CODE_WORD)
    code.frombytes(packed)
    return flags, code.tolist(), groups, groupindex, indexgroup


def _generate(parser: ModuleType, compiler: ModuleType, pattern: str, flags: int) -> Compiled:
    """What `re._compiler.compile` computes before its final `_sre.compile` call."""
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex: dict[str, int] = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return (
        int(flags | parsed.state.flags),
        [int(word) for word in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _table() -> dict[tuple[str, int], Stored]:
    if _CACHE.loaded is None:
        _CACHE.loaded = _read(_path())
    return _CACHE.loaded


def _stamp() -> tuple[str, int, int, int]:
    sre = _INTERNALS[0] if _INTERNALS is not None else None
    return (
        sys.version,
        getattr(sre, "MAGIC", 0),
        getattr(sre, "CODESIZE", 0),
        array(CODE_WORD).itemsize,
    )


def _path() -> Path:
    from factcli.cache import cache_dir

    return cache_dir() / f"patterns-{sys.implementation.cache_tag}.marshal"


def _read(path: Path) -> dict[tuple[str, int], Stored]:
    """The file's table when it was written by this interpreter; else an empty one."""
    try:
        stamp, table = marshal.loads(path.read_bytes())
    except Exception:
        return {}
    return table if stamp == _stamp() and isinstance(table, dict) else {}


def _save() -> None:
    """Write the table with this process's new patterns (at exit, and only if it has any)."""
    table = {**_table(), **_CACHE.added}
    if len(table) > MAX_PATTERNS or _code_words(table) > MAX_CODE_WORDS:
        table = dict(_CACHE.added)
    try:
        write_atomically(_path(), marshal.dumps((_stamp(), table)))
    except OSError:
        return
    _CACHE.loaded, _CACHE.added = table, {}


def _code_words(table: dict[tuple[str, int], Stored]) -> int:
    return sum(len(stored[1]) for stored in table.values()) // array(CODE_WORD).itemsize


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
