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
from factcli.errors import ExitStatus, WorkerError
from factcli.model import Fact, Store

if TYPE_CHECKING:  # concurrent.futures imports logging and more: ~5 ms of every check
    from concurrent.futures import Future

CHUNK = 256  # claims a worker checks in one go
IN_FLIGHT = 2  # chunks per worker queued or running at any time


def cpu_count() -> int:
    """The CPUs this process may run on (its affinity where the platform says)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def worker_count(jobs: int) -> int:
    """The processes to use for `--jobs jobs`: 0 means one per CPU, and more than the CPUs
    is capped at their number, with a warning (more processes would only cost memory)."""
    cpus = cpu_count()
    if jobs > cpus:
        import warnings

        from factcli.errors import FactcliWarning

        warnings.warn(
            f"--jobs {jobs} is more than the {cpus} CPU(s) available; using {cpus}",
            FactcliWarning,
            stacklevel=2,
        )
    return cpus if jobs <= 0 or jobs > cpus else jobs


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
    except BaseException:
        stop_workers()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    # Every result read: the idle workers are let go and waited for, so that no pool thread
    # is left to the interpreter's exit (where it may fail on a closed pipe).
    pool.shutdown(wait=True)


def stop_workers() -> None:
    """Terminate this process's worker processes at once: on Ctrl-C, SIGTERM or an error,
    nothing waits for chunks whose results nobody will read."""
    import multiprocessing

    for child in multiprocessing.active_children():
        child.terminate()


@contextmanager
def worker_failures() -> Iterator[None]:
    """A pool whose worker died (killed, out of memory, or failing to open the store)
    becomes a WorkerError: a message and an exit status, not a traceback. Any other error
    (Ctrl-C, SIGTERM) stops the workers before it goes on."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        yield
    except BrokenProcessPool:
        raise WorkerError from None
    except BaseException:
        stop_workers()
        raise


_worker_checker: Checker | None = None


def open_worker(paths: Sequence[str | os.PathLike[str]] | None) -> None:
    """Initialise a worker process: its own checker; Ctrl-C is the parent's to handle,
    SIGTERM and SIGHUP end the worker at once, and so does the parent's death."""
    import signal

    global _worker_checker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if signum is not None:
            signal.signal(signum, signal.SIG_DFL)  # not the parent's handler, inherited
    watch_parent(os.getppid())
    _worker_checker = Checker.from_paths(paths)


PARENT_POLL_SECONDS = 0.2


def watch_parent(parent: int) -> None:
    """Exit this process when `parent` is gone (killed, even with SIGKILL): a daemon
    thread polls the parent id, which changes when an orphan is adopted."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(ExitStatus.TERMINATED)

    threading.Thread(target=watch, name="factcli-parent-watch", daemon=True).start()


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
