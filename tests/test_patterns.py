"""The compiled-pattern cache: same matches as `re`, kept across runs, never trusted blindly."""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

import pytest

from factcli import patterns

needs_internals = pytest.mark.skipif(
    patterns._INTERNALS is None, reason="this Python's re has no re._parser"
)
PATTERN = r"(?P<day>\d{1,2})\s+(?P<month>May|June)(?![A-Za-z])"


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty cache directory and a process state that has read nothing yet."""
    monkeypatch.setenv("FACTCLI_CACHE", str(tmp_path))
    monkeypatch.setattr(patterns, "_CACHE", patterns._Cache())
    monkeypatch.setattr(patterns.atexit, "register", lambda function: None)
    return tmp_path


def _restart() -> None:
    """What a new process sees: the file, and nothing in memory."""
    patterns._save()
    patterns._CACHE.loaded = None


def _same(compiled: re.Pattern[str], text: str) -> None:
    expected = re.compile(PATTERN, re.IGNORECASE)
    assert compiled.pattern == expected.pattern
    assert compiled.flags == expected.flags
    assert compiled.groupindex == expected.groupindex
    assert [m.groupdict() for m in compiled.finditer(text)] == [
        m.groupdict() for m in expected.finditer(text)
    ]


@needs_internals
def test_a_pattern_from_the_file_matches_as_re_compiles_it(fresh: Path) -> None:
    text = "from 8 May to 10 june, not 9 Mayday"
    _same(patterns.compile(PATTERN, re.IGNORECASE), text)
    _restart()
    assert (PATTERN, re.IGNORECASE) in patterns._table()
    _same(patterns.compile(PATTERN, re.IGNORECASE), text)
    assert patterns._CACHE.added == {}  # served from the file, nothing new to save


@needs_internals
def test_the_file_is_written_only_when_a_run_compiled_something_new(fresh: Path) -> None:
    patterns.compile(PATTERN)
    _restart()
    path = patterns._path()
    written = path.stat().st_mtime_ns
    patterns.compile(PATTERN)
    assert patterns._CACHE.added == {}
    assert path.stat().st_mtime_ns == written


@needs_internals
@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal data", marshal.dumps(("another python", {})), marshal.dumps([1, 2, 3])],
    ids=["empty", "garbage", "other-interpreter", "wrong-shape"],
)
def test_an_unusable_file_is_ignored(fresh: Path, content: bytes) -> None:
    patterns._path().write_bytes(content)
    assert patterns._table() == {}
    _same(patterns.compile(PATTERN, re.IGNORECASE), "8 May")


@needs_internals
def test_damaged_code_in_the_file_falls_back_to_re(fresh: Path) -> None:
    key = (PATTERN, int(re.IGNORECASE))
    flags, code, groups, groupindex, indexgroup = patterns._generate(
        *patterns._INTERNALS[1:],  # type: ignore[misc]
        PATTERN,
        re.IGNORECASE,
    )
    damaged = (flags, [999_999, *code[1:]], groups, groupindex, indexgroup)
    sre = patterns._INTERNALS[0]  # type: ignore[index]
    with pytest.raises(RuntimeError):  # _sre validates what it is given
        sre.compile(PATTERN, *damaged)
    table = {key: patterns._pack(damaged)}
    patterns._path().write_bytes(marshal.dumps((patterns._stamp(), table)))
    _same(patterns.compile(PATTERN, re.IGNORECASE), "8 May")  # _sre refused it: re compiled


def test_an_invalid_pattern_raises_re_error(fresh: Path) -> None:
    with pytest.raises(re.error):
        patterns.compile("(unclosed")


def test_an_unwritable_cache_directory_is_ignored(fresh: Path) -> None:
    blocker = fresh / "file"
    blocker.write_text("")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACTCLI_CACHE", str(blocker / "below"))
        patterns.compile(PATTERN)
        patterns._save()  # no exception, no file
    assert not (blocker / "below").exists()


def test_the_file_is_named_after_the_interpreter(fresh: Path) -> None:
    assert sys.implementation.cache_tag in patterns._path().name


PROBE = """
import io, json, sys
from factcli.__main__ import main
from factcli import patterns
sys.stdout = io.StringIO()
main(["check", "Russia will supply 38 bcm of gas to China from 2018", "-f", "jsonl"])
sys.stdout = sys.__stdout__
print(len(patterns._CACHE.added))
"""


@needs_internals
def test_a_second_run_compiles_nothing_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Patterns built from sets must not depend on the order of iteration, which changes
    with each process's hash seed: such a pattern would miss the cache on every run."""
    import os
    import subprocess

    def new_patterns(seed: str) -> int:
        env = {**os.environ, "FACTCLI_CACHE": str(tmp_path), "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True
        )
        return int(done.stdout.split()[-1])

    assert new_patterns("1") > 50
    assert new_patterns("2") == 0
    assert new_patterns("3") == 0


@needs_internals
def test_a_file_grown_too_big_restarts_with_this_runs_patterns(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns.compile(PATTERN)
    _restart()
    monkeypatch.setattr(patterns, "MAX_CODE_WORDS", 1)
    patterns.compile(r"\d+ bcm")
    _restart()
    assert list(patterns._table()) == [(r"\d+ bcm", 0)]
