"""Entry points: `main(argv) -> int` for tests and embedding, `run()` for the console script."""

from __future__ import annotations

import errno
import gc
import io
import os
import sys
from collections.abc import Sequence

from factcli.errors import Terminated


def main(argv: Sequence[str] | None = None) -> int:
    """Run factcli with `argv` (default: sys.argv[1:]) and return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:  # answered before typer loads: `--version` must start fast
        from factcli import __version__

        print(f"factcli {__version__}")
        return 0
    try:
        from factcli.cli import fastpath

        status = fastpath.run(args)
        if status is not None:
            return status
        from factcli.cli.main import app

        app(args=args, prog_name="factcli")
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    except (KeyboardInterrupt, Terminated) as error:  # while modules load, before the CLI's
        from factcli.cli.failures import exit_status

        return exit_status(error)
    return 0


def _end_on_signals() -> None:
    """SIGTERM and SIGHUP end the run as Ctrl-C does (a message, 128 + the signal, worker
    processes stopped); a signal the caller ignores (nohup) stays ignored."""
    import signal

    owner = os.getpid()

    def stop(signum: int, frame: object) -> None:
        if os.getpid() != owner:  # a worker forked before it set its own handlers: just go
            os._exit(128 + signum)
        raise Terminated(signum)

    for signum in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if signum is not None and signal.getsignal(signum) is signal.SIG_DFL:
            signal.signal(signum, stop)


def run() -> None:
    """The console script: exits with main()'s status; a closed stdout ends quietly."""
    # A run builds its modules and tables once and keeps them: at the collector's default
    # pace (a pass every 700 new objects) start-up walks them over and over, ~3 ms of a check.
    gc.set_threshold(50_000)
    _end_on_signals()
    _standard_streams()
    status = main()
    try:
        sys.stdout.flush()
    except OSError as error:  # a closed pipe (141), a full disk (74): see failures.py
        from factcli.cli.failures import exit_status

        status = exit_status(error)
    # Everything is written (the streams are flushed below) and closed by now, and nothing
    # registers an exit handler: the interpreter's teardown would only free every object
    # (~2 ms of a `factcli check`). Leaving at once also spares a thread still blocked
    # reading stdin (a run ended by Ctrl-C or SIGTERM), at which the interpreter would abort
    # ("could not acquire lock").
    _flush(sys.stderr)
    os._exit(status)


def _standard_streams() -> None:
    """Closed standard streams (`<&-`, `>&-`, `2>&-`) get /dev/null on their descriptor,
    so that no file opened later takes their number. A closed stdin reads as empty; a
    closed stderr loses the messages (they never go to stdout); a closed stdout fails the
    first write with EBADF, which ends the run with one message and status 74."""
    for number, name in enumerate(("stdin", "stdout", "stderr")):
        try:
            os.fstat(number)
            continue
        except OSError:
            pass
        descriptor = os.open(os.devnull, os.O_RDONLY if number == 0 else os.O_WRONLY)
        if descriptor != number:
            os.dup2(descriptor, number)
            os.close(descriptor)
        if name == "stdout":
            sys.stdout = _ClosedOutput()
        else:
            stream = open(number, "r" if number == 0 else "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            setattr(sys, name, stream)


class _ClosedOutput(io.TextIOWrapper):
    """What stdout is when the caller closed it: every write fails with EBADF."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8")

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "stdout is closed")

    def fileno(self) -> int:
        return 1  # /dev/null since _standard_streams


def _flush(stream: object) -> None:
    import contextlib

    with contextlib.suppress(AttributeError, OSError, ValueError):
        stream.flush()  # type: ignore[attr-defined]


if __name__ == "__main__":
    run()
