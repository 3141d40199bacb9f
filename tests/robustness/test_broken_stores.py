"""Broken stores through the real command line: one clear line naming the file (and the
line, where the format has lines), exit status 2, never a traceback. And store files are
data: nothing in them is ever run, expanded or formatted."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINI_STORE

FACTCLI = [sys.executable, "-m", "factcli"]
ROOT = os.geteuid() == 0


def _factcli(
    args: list[str], cwd: Path, memory: int | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTCLI_CACHE": str(cwd / "cache"), "FACTCLI_HOME": str(cwd / "home")}
    env.pop("FACTCLI_STORE", None)

    def limit() -> None:
        if memory is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run(
        [*FACTCLI, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
        preexec_fn=limit,
        stdin=subprocess.DEVNULL,
    )


def _one_clear_line(result: subprocess.CompletedProcess[str], *expected: str) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    (line,) = lines
    assert line.startswith("factcli: cannot load store: ")
    for part in expected:
        assert part in line, line
    assert result.stdout == ""
    return line


def _line_of(text: str, needle: str, last: bool = False) -> int:
    found = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return found[-1] if last else found[0]


BROKEN_TEXT = {
    "toml syntax error": (
        MINI_STORE.replace('keys = ["fish"]', 'keys = ["fish"'),
        'keys = ["fish"',
        "TOML syntax error",
    ),
    "wrong type": (
        MINI_STORE.replace('modality = "reported"', "modality = 3"),
        'id = "fish-exports"',
        "field 'modality': expected a string, got an integer",
    ),
    "missing field": (
        MINI_STORE.replace(
            'statement = "The Atlantis-Lemuria summit takes place from March 3 to 5, 2020."\n', ""
        ),
        'id = "summit-date"',
        "field 'statement': missing required field",
    ),
    "duplicate id": (
        MINI_STORE.replace('id = "summit-date"', 'id = "fish-exports"'),
        'id = "fish-exports"',
        "duplicate id",
    ),
    "unknown key": (
        MINI_STORE.replace('keys = ["summit"]', 'keys = ["summit"]\nsecret = "x"'),
        'id = "summit-date"',
        "field 'secret': unknown key",
    ),
    "empty file": ("", None, "file is empty"),
    "whitespace only": ("\n\n   \n\t\n", None, "file is empty"),
    "comments only": ("# a store\n\n# to come\n", None, "field 'source': missing required field"),
}


@pytest.mark.parametrize("name", sorted(BROKEN_TEXT))
def test_a_broken_toml_store(tmp_path: Path, name: str) -> None:
    text, located, message = BROKEN_TEXT[name]
    path = tmp_path / "store.toml"
    path.write_text(text, encoding="utf-8")
    # a repeated id is reported at the repeat
    line = _line_of(text, located, last=name == "duplicate id") if located else 1
    result = _factcli(["--store", str(path), "facts", "list"], tmp_path)
    if name == "toml syntax error":
        line += 1  # tomllib notices the unclosed array on the next line
    _one_clear_line(result, f"{path}:{line}:", message)


JSON_FACT = {
    "id": "a-fact",
    "statement": "S.",
    "quote": "Q.",
    "attribution": "article",
    "modality": "reported",
}
BROKEN_JSONL = {
    "syntax error": ['{"format": 1, "source": {"title": "t"}}', '{"id": "x",'],
    "wrong type": [json.dumps({**JSON_FACT, "topics": "energy"})],
    "missing field": [json.dumps({k: v for k, v in JSON_FACT.items() if k != "quote"})],
    "duplicate id": [json.dumps(JSON_FACT), json.dumps(JSON_FACT)],
    "unknown key": [json.dumps({**JSON_FACT, "exec": "rm -rf /"})],
    "not an object": ["[1, 2, 3]"],
}


@pytest.mark.parametrize("name", sorted(BROKEN_JSONL))
def test_a_broken_jsonl_store(tmp_path: Path, name: str) -> None:
    lines = BROKEN_JSONL[name]
    path = tmp_path / "store.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _factcli(["--store", str(path), "check", "Atlantis ships fish"], tmp_path)
    _one_clear_line(result, f"{path}:{len(lines)}:")


def test_an_empty_jsonl_store(tmp_path: Path) -> None:
    path = tmp_path / "store.jsonl"
    path.write_text("\n\n")
    _one_clear_line(_factcli(["--store", str(path), "facts", "list"], tmp_path), f"{path}:1:")


def test_a_directory_with_no_store(tmp_path: Path) -> None:
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a store")
    result = _factcli(["--store", str(folder), "facts", "list"], tmp_path)
    _one_clear_line(result, str(folder), "holds no store")


def test_a_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    result = _factcli(["--store", str(path), "check", "x"], tmp_path)
    _one_clear_line(result, str(path), "No such file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("inside_a_directory", [False, True])
def test_a_fifo_is_refused_without_blocking(tmp_path: Path, inside_a_directory: bool) -> None:
    folder = tmp_path / "facts"
    folder.mkdir()
    fifo = folder / "store.toml"
    os.mkfifo(fifo)
    target = folder if inside_a_directory else fifo
    result = _factcli(["--store", str(target), "facts", "list"], tmp_path, timeout=20)
    _one_clear_line(result, str(fifo), "not a regular file")


@pytest.mark.skipif(ROOT, reason="root reads any file")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "store.toml"
    path.write_text(MINI_STORE)
    path.chmod(0)
    try:
        result = _factcli(["--store", str(path), "facts", "list"], tmp_path)
    finally:
        path.chmod(0o600)
    _one_clear_line(result, str(path), "Permission denied")


@pytest.mark.skipif(ROOT, reason="root reads any directory")
def test_an_unreadable_directory(tmp_path: Path) -> None:
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "store.toml").write_text(MINI_STORE)
    folder.chmod(0)
    try:
        result = _factcli(["--store", str(folder), "facts", "list"], tmp_path)
    finally:
        folder.chmod(0o700)
    _one_clear_line(result, str(folder), "Permission denied")


@pytest.mark.parametrize("inside_a_directory", [False, True])
def test_a_symlink_loop(tmp_path: Path, inside_a_directory: bool) -> None:
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "good.toml").write_text(MINI_STORE)
    loop = folder / "loop.toml"
    loop.symlink_to(folder / "loop2.toml")
    (folder / "loop2.toml").symlink_to(loop)
    target = folder if inside_a_directory else loop
    result = _factcli(["--store", str(target), "facts", "list"], tmp_path)
    _one_clear_line(result, str(loop), "symbolic links")


def test_a_one_gigabyte_toml_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as stream:  # sparse: no disk space, no time
        os.truncate(stream.fileno(), 1 << 30)
    result = _factcli(["--store", str(path), "facts", "list"], tmp_path, memory=1 << 30)
    _one_clear_line(result, str(path), "1024 MiB")


def test_a_one_gigabyte_jsonl_file_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as stream:
        os.truncate(stream.fileno(), 1 << 30)
    result = _factcli(["--store", str(path), "facts", "list"], tmp_path, memory=512 << 20)
    _one_clear_line(result, str(path))


# --- store files are data only ----------------------------------------------------------

PAYLOADS = {
    "python": "__import__('os').system('touch PWNED-python')",
    "shell": "$(touch PWNED-shell) `touch PWNED-tick`; touch PWNED-semi",
    "format": "{0.__class__.__mro__} {store} %s %(x)s %n {{7*7}} ${HOME}",
    "pickle": "cos\nsystem\n(S'touch PWNED-pickle'\ntR.",
}
EVIL_STORE = f"""\
format = 1

[source]
title = {json.dumps(PAYLOADS["format"])}
publisher = {json.dumps(PAYLOADS["shell"])}

[[aliases]]
name = "Atlantis"
kind = "country"
aliases = [{json.dumps(PAYLOADS["python"])}]

[[facts]]
id = "evil-fact"
statement = {json.dumps("Atlantis exports fish. " + PAYLOADS["python"])}
quote = {json.dumps(PAYLOADS["shell"])}
attribution = {{ name = {json.dumps(PAYLOADS["format"])}, role = {json.dumps(PAYLOADS["pickle"])} }}
modality = "reported"
topics = [{json.dumps(PAYLOADS["format"])}]
keys = ["fish"]
questions = [{{ prompt = {json.dumps(PAYLOADS["format"])}, answer = {json.dumps(PAYLOADS["shell"])} }}]
"""  # noqa: E501


def test_store_text_that_looks_like_code_is_only_text(tmp_path: Path) -> None:
    path = tmp_path / "evil.toml"
    path.write_text(EVIL_STORE, encoding="utf-8")
    shown = _factcli(["--store", str(path), "facts", "show", "evil-fact", "-f", "json"], tmp_path)
    assert shown.returncode == 0, shown.stderr
    fact = json.loads(shown.stdout)
    assert fact["statement"].endswith(PAYLOADS["python"])
    assert fact["quote"] == PAYLOADS["shell"]
    assert fact["attribution"]["name"] == PAYLOADS["format"]
    text = _factcli(["--store", str(path), "facts", "show", "evil-fact"], tmp_path)
    assert PAYLOADS["format"] in text.stdout  # not formatted: no "49", no class names
    assert "49" not in text.stdout
    for args in (
        ["facts", "list"],
        ["facts", "search", "fish"],
        ["check", "Atlantis exports fish"],
        ["check", PAYLOADS["python"]],
        ["quiz", "--count", "1", "--kind", "short", "--answers", "-", "--format", "jsonl"],
        ["export", "anki", str(tmp_path / "deck.txt")],
    ):
        result = _factcli(["--store", str(path), *args], tmp_path)
        assert "Traceback" not in result.stderr, args
        assert result.returncode in (0, 1, 3), (args, result.stderr)
    assert not list(tmp_path.rglob("PWNED*"))
    assert not list(Path.cwd().glob("PWNED*"))
