"""What the program's streams are (a terminal or not, colours allowed or not) and consoles for them.

The environment is a value that tests can build by hand, so terminal behaviour is testable
without a terminal (as httpie does).
"""

import os
import re
import sys
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, NamedTuple

from factcli.lazy_re import lazy_compile

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


class Terminal(NamedTuple):
    """Whether stdin, stdout and stderr are terminals, and whether colour is wanted."""

    stdin_isatty: bool
    stdout_isatty: bool
    stderr_isatty: bool
    color: bool

    @classmethod
    def detect(
        cls,
        environ: Mapping[str, str] = os.environ,
        stdin: IO[str] | None = None,
        stdout: IO[str] | None = None,
        stderr: IO[str] | None = None,
    ) -> "Terminal":
        """Read the real streams and the NO_COLOR / TERM=dumb conventions."""
        no_color = "NO_COLOR" in environ or environ.get("TERM") == "dumb"
        return cls(
            stdin_isatty=_isatty(stdin or sys.stdin),
            stdout_isatty=_isatty(stdout or sys.stdout),
            stderr_isatty=_isatty(stderr or sys.stderr),
            color=not no_color,
        )


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


# C0 controls but tab, newline and carriage return (which Rich drops), DEL, C1 controls
# (U+009B is a one-character CSI), and the bidi embeddings, overrides and isolates.
_UNPRINTABLE = lazy_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_LINE_BREAKS = lazy_compile("[\n\r\x85\u2028\u2029]")


def printable(text: str, *, one_line: bool = False) -> str:
    """User or store text made safe for a terminal: control characters and bidi overrides
    are shown as escapes ("\\x1b[31m" prints as those eight characters), so nothing in a
    claim or a fact file can colour, move, retitle or reorder the user's terminal.
    `one_line` escapes line breaks too: for messages that must stay one line."""
    safe = _UNPRINTABLE.sub(_escape, text)
    return _LINE_BREAKS.sub(_escape, safe) if one_line else safe


def make_console(terminal: Terminal, *, stderr: bool = False) -> "Console":
    """A Rich console that never reads user text as markup, emoji or highlights.

    Off a terminal it prints plain text: no colour, no control codes, no hard wrapping.
    """
    from rich.console import Console

    isatty = terminal.stderr_isatty if stderr else terminal.stdout_isatty
    return Console(
        file=sys.stderr if stderr else sys.stdout,
        force_terminal=isatty,
        no_color=not (isatty and terminal.color),
        color_system="auto" if isatty and terminal.color else None,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=not isatty,
        width=None if isatty else 1_000_000,
    )


def show(terminal: Terminal, renderable: "RenderableType") -> None:
    """Print a view on stdout: styled on a terminal; off one, plain lines without the
    trailing spaces that pad a table's cells to its width."""
    console = make_console(terminal)
    if terminal.stdout_isatty:
        console.print(renderable)
        return
    with console.capture() as captured:
        console.print(renderable)
    sys.stdout.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
