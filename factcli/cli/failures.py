"""The one place where errors become messages and exit statuses, for every front end.

The typer app and the fast path of `factcli check` both hand their errors here, so that a
store problem, a bad input, Ctrl-C or a closed pipe reads and exits the same either way.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TextIO

from factcli.cli.terminal import printable
from factcli.errors import ExitStatus, FactcliError, Terminated

HANDLED = (FactcliError, KeyboardInterrupt, OSError, Terminated)
_SIGNAL_WORDS = {1: "hung up", 15: "terminated"}


def exit_status(error: BaseException) -> int:
    """Report one of HANDLED on stderr (a closed stdout quietly) and give its exit status."""
    if isinstance(error, FactcliError):
        report(str(error))
        return error.exit_status
    if isinstance(error, BrokenPipeError):
        silence_stdout()
        return ExitStatus.BROKEN_PIPE
    if isinstance(error, OSError):
        report(io_message(error))
        if error.filename is None:
            silence_stdout()  # what stdout still buffers must not fail again at exit
        return ExitStatus.IO_ERROR
    if isinstance(error, Terminated):
        report(_SIGNAL_WORDS.get(error.signum, f"stopped by signal {error.signum}"))
        return 128 + error.signum
    report("interrupted")
    return ExitStatus.INTERRUPTED


def io_message(error: OSError) -> str:
    """What an I/O error the commands do not handle themselves says: writing stdout, unless
    the error names a file."""
    reason = error.strerror or str(error)
    if error.filename is not None:
        return f"{error.filename}: {reason}"
    return f"cannot write output: {reason}"


def report(text: str) -> None:
    """An error as one line on stderr, with user text made safe for the terminal."""
    _to_stderr(f"factcli: {printable(text, one_line=True)}")


def warn(text: str) -> None:
    """A warning as one line on stderr: the work goes on."""
    _to_stderr(f"factcli: warning: {printable(text, one_line=True)}")


def _to_stderr(line: str) -> None:
    """One line on stderr; a full or broken stderr loses it (there is nowhere else to say
    it, and stdout is for results only)."""
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)


def show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """The library's warnings (`warnings.showwarning`) in factcli's one-line format."""
    _to_stderr(f"factcli: warning: {message}")


def silence_stdout() -> None:
    """The Python docs' recipe for a closed pipe: point stdout at devnull, exit quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test runner's buffer)
        pass
