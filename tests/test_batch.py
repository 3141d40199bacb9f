"""Checking many claims over processes: same results, same order, bounded, facts shared."""

from __future__ import annotations

import itertools
import multiprocessing
import os

import pytest

from factcli import batch
from factcli.batch import check_all
from factcli.checker import Checker
from factcli.errors import ExitStatus, WorkerError
from factcli.model import Store

CLAIMS = [
    "Xi Jinping visited Moscow from May 8 to 10",
    "Russia will supply China with 48 bcm of gas a year",
    "Trade between China and Russia reached $95bn in 2014",
    "The Eiffel Tower is in Paris",
    "China wants trade with Russia to reach $200bn by 2020",
]


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(batch, "CHUNK", 4)
    return 4


@pytest.fixture(scope="module")
def checker(bundled_store: Store) -> Checker:
    return Checker(bundled_store)


def test_processes_give_the_results_of_one_process_in_input_order(
    checker: Checker, small_chunks: int
) -> None:
    claims = [f"{claim} ({n})" for n in range(6) for claim in CLAIMS]
    alone = list(check_all(claims, checker, jobs=1))
    shared = list(check_all(claims, checker, jobs=2))
    assert [r.claim for r in shared] == claims
    assert shared == alone
    store_facts = {id(fact) for fact in checker.store.facts}
    assert all(id(r.fact) in store_facts for r in shared if r.fact is not None)


def test_a_short_input_starts_no_process(
    checker: Checker, small_chunks: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "_check_parallel", lambda *args: pytest.fail("pool started"))
    results = list(check_all(CLAIMS[: small_chunks - 1], checker, jobs=2))
    assert len(results) == small_chunks - 1


def test_an_endless_input_is_read_as_a_stream(checker: Checker, small_chunks: int) -> None:
    endless = itertools.cycle(CLAIMS)
    taken = list(itertools.islice(check_all(endless, checker, jobs=2), 30))
    assert [r.claim for r in taken] == list(itertools.islice(itertools.cycle(CLAIMS), 30))


def test_results_carry_facts_by_reference(checker: Checker) -> None:
    results = [checker.check(claim) for claim in CLAIMS]
    data = batch._dumps(results, checker.store)
    assert len(data) < 4 * sum(len(r.claim) for r in results) + 3000  # no statements inside
    loaded = batch._loads(data, checker.store)
    assert loaded == results
    assert all(a.fact is b.fact for a, b in zip(loaded, results, strict=True))


forking = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="workers see the test's patches only when forked",
)


def _die(*_: object) -> None:
    os._exit(9)  # as a worker killed by the OS (out of memory) would end


@forking
def test_a_worker_that_dies_is_a_worker_error(
    checker: Checker, small_chunks: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "_check_chunk", _die)
    with pytest.raises(WorkerError) as raised:
        list(check_all(CLAIMS * 2, checker, jobs=2))
    assert raised.value.exit_status == ExitStatus.WORKER_FAILED == 70
    assert "--jobs 1" in str(raised.value)


@forking
def test_a_worker_that_cannot_open_the_store_is_a_worker_error(
    checker: Checker, small_chunks: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot_open(paths: object) -> None:
        raise OSError("the store went away")

    monkeypatch.setattr(batch, "open_worker", cannot_open)
    with pytest.raises(WorkerError):
        list(check_all(CLAIMS * 2, checker, jobs=2))
