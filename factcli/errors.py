"""Exit statuses and the domain errors the library raises; the CLI maps one to the other."""

from enum import IntEnum
from typing import NamedTuple


class ExitStatus(IntEnum):
    """The documented exit codes of every factcli command."""

    SUCCESS = 0  # all claims supported; store valid; quiz passed
    FAILURE = 1  # a claim refuted; validation problems; quiz below the pass mark
    USAGE = 2  # a usage or input error, or a store that cannot load
    NOT_ENOUGH_INFO = 3  # some claim not_enough_info, none refuted
    BROKEN_PIPE = 141  # stdout closed early (`| head`): 128 + SIGPIPE, as a shell reports it
    INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT
    HANGUP = 129  # SIGHUP (the terminal closed): 128 + 1
    TERMINATED = 143  # SIGTERM (kill, a service manager): 128 + 15
    WORKER_FAILED = 70  # a --jobs worker process died (sysexits' EX_SOFTWARE)
    IO_ERROR = 74  # output could not be written: stdout closed, a full disk (EX_IOERR)


class FactcliWarning(UserWarning):
    """Something the user should know that does not stop the work (a corrupt cache entry
    ignored, say); the CLI prints it as one line on stderr."""


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: the run ends like Ctrl-C does, with 128 + the signal.
    A BaseException, as KeyboardInterrupt is, so that no `except Exception` swallows it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class FactcliError(Exception):
    """Base of every error that is the user's to fix: shown as one message, never a traceback."""

    exit_status = ExitStatus.USAGE


class StoreProblem(NamedTuple):
    """One thing wrong with a store file: where it is, and what."""

    path: str
    message: str
    line: int | None = None
    fact_id: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        parts = [where]
        if self.fact_id:
            parts.append(f"fact '{self.fact_id}'")
        if self.field:
            parts.append(f"field '{self.field}'")
        return f"{': '.join(parts)}: {self.message}"


class StoreError(FactcliError):
    """A store that cannot be loaded; carries every problem found."""

    def __init__(self, problems: list[StoreProblem]) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else "store could not be loaded"
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"cannot load store: {first}{more}")


class UnknownFactError(FactcliError):
    """A fact id that the store does not hold; suggests the nearest ids."""

    def __init__(self, fact_id: str, suggestions: list[str]) -> None:
        self.fact_id = fact_id
        self.suggestions = suggestions
        hint = ""
        if suggestions:
            quoted = " or ".join(f"'{s}'" for s in suggestions)
            hint = f"; did you mean {quoted}?"
        super().__init__(f"no fact '{fact_id}'{hint}")


class InputError(FactcliError):
    """Unusable input: an unreadable claims file, an empty claim list, and the like."""


class WorkerError(FactcliError):
    """A worker process of `--jobs` died (killed, out of memory) or could not start."""

    exit_status = ExitStatus.WORKER_FAILED

    def __init__(self) -> None:
        super().__init__(
            "a worker process stopped unexpectedly (killed, or out of memory?); "
            "try again with --jobs 1"
        )
