"""Check many claims in worker processes, results in input order, memory bounded.

Claims are read in chunks; while workers check a few chunks, the next ones wait unread, so
endless input stays a stream. A short input (one chunk or less) never starts a worker.
Results travel back pickled with their facts as references (fact ids), which each side
resolves in its own copy of the store: a result names up to a dozen facts, and copying
them would cost more than checking the claim.
"""

from __future__ import annotations

import io
import os
import pickle
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any

from factcli.checker import Checker, CheckResult
from factcli.errors import WorkerError
from factcli.model import Fact, Store

if TYPE_CHECKING:  # concurrent.futures imports logging and more: ~5 ms of every check
    from concurrent.futures import Future

CHUNK = 256  # claims a worker checks in one go
IN_FLIGHT = 2  # chunks per worker queued or running at any time


def check_all(
    claims: Iterable[str],
    checker: Checker,
    jobs: int = 1,
    paths: Sequence[str | os.PathLike[str]] | None = None,
) -> Iterator[CheckResult]:
    """Each claim's result, in order. With `jobs` <= 1, each as soon as its claim is read.
    With more, claims are read a chunk at a time, and an input longer than one chunk is
    spread over `jobs` processes, each opening the store at `paths`."""
    stream = iter(claims)
    if jobs <= 1:
        yield from (checker.check(claim) for claim in stream)
        return
    first = list(islice(stream, CHUNK))
    if len(first) < CHUNK:
        yield from (checker.check(claim) for claim in first)
        return
    yield from _check_parallel(first, stream, checker, jobs, paths)


def _check_parallel(
    first: list[str],
    stream: Iterator[str],
    checker: Checker,
    jobs: int,
    paths: Sequence[str | os.PathLike[str]] | None,
) -> Iterator[CheckResult]:
    """Chunks go to the workers from a reader thread, so that results already checked are
    written while the next claims are still awaited (a pipe that pauses)."""
    import queue
    import threading
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(jobs, initializer=open_worker, initargs=(paths,))
    submitted: queue.Queue[Future[bytes] | BaseException | None] = queue.Queue(jobs * IN_FLIGHT)

    def read() -> None:
        chunk = first
        try:
            while chunk:
                submitted.put(pool.submit(_check_chunk, chunk))
                chunk = list(islice(stream, CHUNK))
        except BaseException as error:
            submitted.put(error)
        submitted.put(None)

    threading.Thread(target=read, name="factcli-claims", daemon=True).start()
    try:
        while (item := submitted.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            with worker_failures():
                data = item.result()
            yield from _loads(data, checker.store)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


@contextmanager
def worker_failures() -> Iterator[None]:
    """A pool whose worker died (killed, out of memory, or failing to open the store)
    becomes a WorkerError: a message and an exit status, not a traceback."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        yield
    except BrokenProcessPool:
        raise WorkerError from None


_worker_checker: Checker | None = None


def open_worker(paths: Sequence[str | os.PathLike[str]] | None) -> None:
    """Initialise a worker process: its own checker; Ctrl-C is the parent's to handle."""
    import signal

    global _worker_checker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_checker = Checker.from_paths(paths)


def worker_checker() -> Checker:
    """The checker of this worker process (see open_worker)."""
    assert _worker_checker is not None, "open_worker was not run in this process"
    return _worker_checker


def _check_chunk(claims: list[str]) -> bytes:
    checker = worker_checker()
    return _dumps([checker.check(claim) for claim in claims], checker.store)


class _FactsByReference(pickle.Pickler):
    """Pickles the store's own facts as their ids."""

    def __init__(self, stream: io.BytesIO, by_id: dict[str, Fact]) -> None:
        super().__init__(stream, pickle.HIGHEST_PROTOCOL)
        self.by_id = by_id

    def persistent_id(self, obj: Any) -> str | None:
        if isinstance(obj, Fact) and self.by_id.get(obj.id) is obj:
            return obj.id
        return None


class _FactsFromStore(pickle.Unpickler):
    """Unpickles fact ids as the facts of this process's store."""

    def __init__(self, stream: io.BytesIO, by_id: dict[str, Fact]) -> None:
        super().__init__(stream)
        self.by_id = by_id

    def persistent_load(self, pid: Any) -> Fact:
        return self.by_id[pid]


def _by_id(store: object) -> dict[str, Fact]:
    """The facts a store holds in memory by id; none for a lazily read store."""
    return store.by_id if isinstance(store, Store) else {}


def _dumps(results: list[CheckResult], store: object) -> bytes:
    stream = io.BytesIO()
    _FactsByReference(stream, _by_id(store)).dump(results)
    return stream.getvalue()


def _loads(data: bytes, store: object) -> list[CheckResult]:
    results: list[CheckResult] = _FactsFromStore(io.BytesIO(data), _by_id(store)).load()
    return results
