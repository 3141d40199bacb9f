"""The options of `factcli check` and the global `--store`, declared once.

The typer app builds its parameters from these declarations (app.py, commands.py) and the
fast path reads command lines with them (fastpath.py), so a name, a default or a format
cannot differ between the two front ends. Importing this module costs nothing: no typer.
"""

from enum import Enum
from typing import Any, Literal, NamedTuple

# flag: takes no value; count: a whole number, 0 or more; choice: a member of an Enum
# (the default's type); file: a path that is not a directory; path: any path.
Kind = Literal["flag", "count", "choice", "file", "path"]


class Option(NamedTuple):
    """One option: its names (long first), kind, default and help."""

    flags: tuple[str, ...]
    kind: Kind
    default: Any  # None, a bool, an int or a member of an Enum: as the command's parameter
    help: str
    metavar: str | None = None

    @property
    def plain_default(self) -> object:
        """The default as the command's code takes it: a choice's text, else as is."""
        return self.default.value if isinstance(self.default, Enum) else self.default

    def choices(self) -> tuple[str, ...]:
        """The values a choice accepts, in the order of its Enum."""
        if not isinstance(self.default, Enum):
            return ()
        return tuple(member.value for member in type(self.default))


STORE_ENV = "FACTCLI_STORE"

STORE = Option(
    ("--store",),
    "path",
    None,
    "A store file or directory to use instead of the bundled store. Repeatable; "
    f"{STORE_ENV} may list several, separated by ':' (';' on Windows).",
    metavar="PATH",
)


class CheckFormat(str, Enum):
    """Output formats of `check`."""

    text = "text"
    jsonl = "jsonl"
    json = "json"
    tsv = "tsv"
    claimreview = "claimreview"


# `check` reads these options, in the order of its help; the keys are its parameters' names.
CHECK_FILE = Option(
    ("--file",), "file", None, "Read one claim per line from this file.", metavar="FILE"
)
CHECK_FORMAT = Option(("--format", "-f"), "choice", CheckFormat.text, "Output format.")
CHECK_TOP = Option(
    ("--top",), "count", 0, "Also show this many runner-up facts (text).", metavar="N"
)
EXIT_ZERO = Option(("--exit-zero",), "flag", False, "Exit 0 whatever the verdicts.")
CHECK_JOBS = Option(
    ("--jobs", "-j"),
    "count",
    1,
    "Processes for a long input (over 256 claims); 0 uses every CPU. Output keeps the "
    "input's order. 1 by default, so that each result is written as soon as its claim is "
    "read: more processes read claims 256 at a time.",
    metavar="N",
)
CHECK_OPTIONS: dict[str, Option] = {
    "file": CHECK_FILE,
    "output": CHECK_FORMAT,
    "top": CHECK_TOP,
    "exit_zero": EXIT_ZERO,
    "jobs": CHECK_JOBS,
}

# `scan` reads a text whole before it checks it: more processes hold nothing back.
SCAN_JOBS = Option(
    ("--jobs", "-j"),
    "count",
    0,
    "Processes for a long text (400 sentences or more); 0 uses every CPU. Results keep the "
    "text's order. Every CPU by default, unlike check: a text is read whole before it is "
    "checked, so more processes hold no result back.",
    metavar="N",
)
