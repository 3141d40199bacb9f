"""The cache of loaded stores and indexes: hits, invalidation, corrupt entries, locations."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli import cache, store
from factcli.cli.main import app
from factcli.errors import FactcliWarning
from factcli.model import Store
from factcli.retrieve import TermIndex, open_store
from factcli.store import load_store
from tests.conftest import MINI_STORE


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("FACTCLI_CACHE", str(home))
    return home


def _never(*_: object) -> None:
    raise AssertionError("the store was parsed again")


def test_second_load_is_served_from_the_cache(
    mini_store_path: Path, monkeypatch: pytest.MonkeyPatch, cache_home: Path
) -> None:
    first = load_store([mini_store_path])
    assert list(cache_home.glob("store-*.pickle"))
    monkeypatch.setattr(store, "_read_files", _never)
    assert load_store([mini_store_path]) == first


def test_index_and_statements_are_cached_beside_the_store(
    mini_store_path: Path, cache_home: Path
) -> None:
    loaded, index, statements = open_store([mini_store_path])
    assert isinstance(loaded, Store)
    assert isinstance(index, TermIndex)
    assert statements is not None
    assert len(statements) == len(loaded.facts)
    assert list(cache_home.glob("index-*.pickle"))
    assert list(cache_home.glob("statements-*.pickle"))
    again = open_store([mini_store_path])
    assert again.term_index.spans == index.spans
    assert list(again.term_index.postings) == list(index.postings)
    assert again.statements is not None
    for fact in loaded.facts:
        assert again.statements.get(fact.statement) == statements.get(fact.statement)


def test_a_changed_store_is_reloaded(mini_store_path: Path) -> None:
    load_store([mini_store_path])
    changed = MINI_STORE.replace("12 million tonnes", "13 million tonnes")
    assert len(changed) == len(MINI_STORE)  # same size, and most likely the same mtime
    mini_store_path.write_text(changed, encoding="utf-8")
    fact = load_store([mini_store_path]).by_id["fish-exports"]
    assert "13 million" in fact.statement


def test_a_store_with_problems_is_never_cached(
    write_store: Callable[[str, str], Path], cache_home: Path
) -> None:
    path = write_store(MINI_STORE.replace('modality = "reported"', 'modality = "rumour"'), "x.toml")
    with pytest.raises(store.StoreError):
        load_store([path])
    assert not list(cache_home.glob("store-*"))


def test_a_corrupt_entry_is_ignored_with_a_warning_and_rebuilt(
    mini_store_path: Path, cache_home: Path
) -> None:
    expected = load_store([mini_store_path])
    (entry,) = cache_home.glob("store-*.pickle")
    entry.write_bytes(b"\x80\x05not a pickle at all")
    with pytest.warns(FactcliWarning, match="ignoring corrupt cache"):
        assert load_store([mini_store_path]) == expected
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load_store([mini_store_path]) == expected


def test_the_cli_prints_cache_warnings_as_one_line(
    mini_store_path: Path, cache_home: Path, runner: CliRunner
) -> None:
    load_store([mini_store_path])
    (entry,) = cache_home.glob("store-*.pickle")
    entry.write_bytes(b"garbage")
    result = runner.invoke(app, ["--store", str(mini_store_path), "facts", "list"])
    assert result.exit_code == 0
    assert result.stderr.startswith("factcli: warning: ignoring corrupt cache")


def test_an_entry_of_the_wrong_type_is_ignored(mini_store_path: Path, cache_home: Path) -> None:
    files = store.store_files([mini_store_path])
    cache.write_entry(files, "store", ["not", "a", "store"])
    with pytest.warns(FactcliWarning, match="unexpected list"):
        assert load_store([mini_store_path]).by_id["fish-exports"]


def test_an_unwritable_cache_warns_and_still_loads(
    mini_store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("FACTCLI_CACHE", str(blocker / "cache"))
    with pytest.warns(FactcliWarning, match="cannot write cache"):
        assert load_store([mini_store_path]).by_id["summit-date"]


def test_entries_are_per_path_as_given(
    mini_store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    absolute = load_store([mini_store_path])
    monkeypatch.chdir(mini_store_path.parent)
    relative = load_store([Path(mini_store_path.name)])
    assert relative.facts[0].location.path == mini_store_path.name
    assert absolute.facts[0].location.path == str(mini_store_path)


def test_big_unchanged_files_are_trusted_by_stat_and_small_ones_rehashed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big, small = tmp_path / "big.jsonl", tmp_path / "small.jsonl"
    big.write_bytes(b"x" * cache.TRUST_STAT_BYTES)
    small.write_bytes(b"y")
    old = 1_600_000_000
    for path in (big, small):
        os.utime(path, (old, old))
    cache.write_entry([big, small], "probe", 42)
    hashed: list[Path] = []
    original = cache.content_digest

    def counting(path: Path) -> str:
        hashed.append(path)
        return original(path)

    monkeypatch.setattr(cache, "content_digest", counting)
    assert cache.read_entry([big, small], "probe", int) == 42
    assert hashed == [small]


def test_cache_directory_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FACTCLI_CACHE", str(tmp_path / "explicit"))
    assert cache.cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("FACTCLI_CACHE")
    monkeypatch.setenv("FACTCLI_HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / "cache"
    monkeypatch.delenv("FACTCLI_HOME")
    assert cache.cache_dir().name == "factcli"


def test_the_package_stamp_follows_modules_and_data_files(tmp_path: Path) -> None:
    package = tmp_path / "package"
    (package / "quiz").mkdir(parents=True)
    (package / "data").mkdir()
    (package / "__pycache__").mkdir()
    (package / "cli.py").write_text("x = 1\n")
    (package / "quiz" / "bank.py").write_text("y = 2\n")
    (package / "data" / "names.tsv").write_text("China\tcountry\t\n")
    stamps = [cache.package_stamp(str(package))]

    (package / "__pycache__" / "cli.cpython-311.pyc").write_bytes(b"compiled")
    (package / "notes.txt").write_text("not code")
    assert cache.package_stamp(str(package)) == stamps[0]

    for changed in ("cli.py", "quiz/bank.py", "data/names.tsv"):
        (package / changed).write_text("a longer content than before\n")
        stamps.append(cache.package_stamp(str(package)))
    (package / "quiz" / "new.py").write_text("")
    stamps.append(cache.package_stamp(str(package)))
    assert len(set(stamps)) == len(stamps)


def test_the_code_stamp_is_the_installed_package_stamp() -> None:
    assert cache.code_stamp() == cache.package_stamp(str(Path(cache.__file__).parent))
