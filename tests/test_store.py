"""The store loader: the bundled store, both formats, and one located message per problem."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.errors import StoreError
from factcli.model import Modality, Store
from factcli.store import bundled_store_path, load_store, read_store_problems
from tests.conftest import MINI_STORE

WriteStore = Callable[..., Path]


def test_bundled_store_has_the_whole_article(bundled_store: Store) -> None:
    assert len(bundled_store.facts) >= 40
    assert bundled_store.sources[0].title == "Xi heads to Russia"
    assert bundled_store.sources[0].publisher == "DW"


def test_bundled_store_is_clean() -> None:
    assert read_store_problems(None) == []


def test_bundled_store_facts_have_kebab_case_unique_ids(bundled_store: Store) -> None:
    ids = [fact.id for fact in bundled_store.facts]
    assert len(ids) == len(set(ids))
    assert all(fact_id == fact_id.lower() and " " not in fact_id for fact_id in ids)


def test_bundled_gas_fact_has_typed_slots(bundled_store: Store) -> None:
    fact = bundled_store.by_id["east-route-gas-supply"]
    volume = fact.quantities[0].quantity
    assert (volume.value, volume.unit, volume.period) == (38e9, "m3", "year")
    assert fact.modality is Modality.PLANNED
    assert {e.role for e in fact.entities} >= {"supplier", "recipient"}


def test_mini_store_loads_slots_through_the_parser(mini_store_path: Path) -> None:
    store = load_store([mini_store_path])
    fish = store.by_id["fish-exports"]
    assert fish.quantities[0].quantity.value == 12e6
    assert fish.quantities[0].quantity.unit == "t"
    summit = store.by_id["summit-date"]
    assert summit.dates[0].date.start.day == 3
    assert summit.dates[0].date.end.day == 5
    assert summit.attribution.name == "Ana Diaz"


def test_a_directory_loads_every_store_file(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(MINI_STORE, encoding="utf-8")
    header = {"format": 1, "source": {"title": "Other"}}
    fact = {
        "id": "other-fact",
        "statement": "S.",
        "quote": "Q.",
        "attribution": "article",
        "modality": "reported",
    }
    (tmp_path / "b.jsonl").write_text(json.dumps(header) + "\n" + json.dumps(fact) + "\n")
    store = load_store([tmp_path])
    assert set(store.by_id) == {"fish-exports", "summit-date", "other-fact"}
    assert store.by_id["other-fact"].source.title == "Other"


def test_jsonl_without_header_takes_the_file_name_as_title(tmp_path: Path) -> None:
    path = tmp_path / "bulk.jsonl"
    record = {
        "id": "x",
        "statement": "S.",
        "quote": "Q.",
        "attribution": "article",
        "modality": "opinion",
    }
    path.write_text(json.dumps(record) + "\n")
    assert load_store([path]).facts[0].source.title == "bulk"


def _problem(paths: list[Path]) -> str:
    with pytest.raises(StoreError) as raised:
        load_store(paths)
    return str(raised.value)


BROKEN_STORES = {
    "syntax error": ('format = 1\n[source]\ntitle = "x"\n[[facts]]\nid = \n', ":5:", "syntax"),
    "missing field": (
        MINI_STORE.replace('quote = "The summit runs from March 3 to 5."\n', ""),
        "fact 'summit-date'",
        "field 'quote': missing required field",
    ),
    "wrong type": (
        MINI_STORE.replace('topics = ["diplomacy"]', "topics = 7"),
        "fact 'summit-date'",
        "field 'topics': expected a list of strings, got an integer",
    ),
    "duplicate id": (
        MINI_STORE.replace('id = "summit-date"', 'id = "fish-exports"'),
        "fact 'fish-exports'",
        "duplicate id",
    ),
    "unknown key": (
        MINI_STORE.replace('topics = ["trade"]', 'topics = ["trade"]\ncolour = "blue"'),
        "fact 'fish-exports'",
        "field 'colour': unknown key",
    ),
    "bad modality": (
        MINI_STORE.replace('modality = "planned"', 'modality = "rumoured"'),
        "field 'modality'",
        "'rumoured' is not one of",
    ),
    "unreadable quantity": (
        MINI_STORE.replace('unit = "tonnes"', 'unit = "zorkmids"'),
        "fact 'fish-exports'",
        "cannot read",
    ),
    "empty file": ("", ":1:", "file is empty"),
}


@pytest.mark.parametrize("name", sorted(BROKEN_STORES))
def test_broken_store_names_file_line_and_problem(name: str, write_store: WriteStore) -> None:
    text, where, what = BROKEN_STORES[name]
    path = write_store(text, "broken.toml")
    message = _problem([path])
    assert str(path) in message
    assert where in message
    assert what in message


def test_problem_lines_point_at_the_fact(write_store: WriteStore) -> None:
    path = write_store(MINI_STORE.replace('modality = "planned"', 'modality = "rumoured"'))
    line = MINI_STORE.splitlines().index('id = "summit-date"') + 1
    assert f"{path}:{line}:" in _problem([path])


def test_every_problem_is_reported_not_just_the_first(write_store: WriteStore) -> None:
    text = MINI_STORE.replace('modality = "planned"', "modality = 3").replace(
        'topics = ["trade"]', "topics = 1"
    )
    problems = read_store_problems([write_store(text)])
    assert {p.fact_id for p in problems} == {"fish-exports", "summit-date"}


def test_missing_path_is_a_store_error(tmp_path: Path) -> None:
    assert "No such file or directory" in _problem([tmp_path / "nope.toml"])


def test_directory_without_stores(tmp_path: Path) -> None:
    assert "holds no store" in _problem([tmp_path])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    assert "not a regular file" in _problem([fifo])


def test_symlink_loop_is_a_store_error(tmp_path: Path) -> None:
    loop = tmp_path / "loop.toml"
    loop.symlink_to(loop)
    assert str(loop) in _problem([loop])


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_a_store_error(write_store: WriteStore) -> None:
    path = write_store(MINI_STORE)
    path.chmod(0)
    assert "Permission denied" in _problem([path])


def test_invalid_json_line_is_located(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"format": 1, "source": {"title": "t"}}\n{"id": \n')
    assert f"{path}:2:" in _problem([path])


def test_bundled_store_path_exists() -> None:
    assert bundled_store_path().is_dir()
