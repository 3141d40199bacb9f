"""Read claims and texts from arguments, files and stdin: streamed, decoded leniently.

No line may be longer than MAX_LINE_BYTES: a longer one (a file with no line breaks, or
/dev/zero) stops the command with one error, after reading at most that much of it, so
memory stays bounded whatever the input.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from factcli.errors import InputError
from factcli.lazy_re import lazy_compile

STDIN = "-"
MAX_LINE_BYTES = 1 << 20  # 1 MiB, documented in docs/robustness.md
_SURROGATE = lazy_compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """`text` with lone surrogates (the undecodable bytes of argv or a terminal, as Python
    escapes them) replaced with U+FFFD: what cannot be written as UTF-8 never goes further."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


class LineTooLongError(InputError):
    """A line of input longer than MAX_LINE_BYTES."""

    def __init__(self, name: str, number: int) -> None:
        super().__init__(
            f"{name}:{number}: line longer than {MAX_LINE_BYTES // (1 << 20)} MiB, the limit"
        )


def bounded_lines(stream: BinaryIO, name: str = "stdin") -> Iterator[bytes]:
    """The lines of a byte stream, line breaks kept; LineTooLongError at a line longer
    than MAX_LINE_BYTES, having read no more than MAX_LINE_BYTES + 1 bytes of it."""
    number = 0
    while raw := stream.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            raise LineTooLongError(name, number)
        yield raw


def decode_lines(
    stream: BinaryIO, warn: Callable[[str], None], name: str = "stdin"
) -> Iterator[str]:
    """Lines of a byte stream as text, one at a time; invalid UTF-8 is replaced, with one
    warning per stream, so that one bad byte never stops a batch."""
    warned = False
    for number, raw in enumerate(bounded_lines(stream, name), 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("utf-8", errors="replace")
            if not warned:
                warn(
                    f"{name}:{number}: invalid UTF-8 replaced with U+FFFD (further cases not shown)"
                )
                warned = True
        yield line.rstrip("\r\n")


def claim_lines(
    arguments: Iterable[str],
    file: Path | None,
    stdin: BinaryIO | None,
    warn: Callable[[str], None],
) -> Iterator[str]:
    """Every non-blank claim: the arguments in order, where "-" stands for stdin's lines,
    then the lines of `file`. `stdin` is read when no argument or file names any input.
    A blank argument is a usage error (InputError); blank lines of a stream are skipped."""
    any_input = False
    for number, argument in enumerate(arguments, 1):
        any_input = True
        if argument == STDIN:
            yield from _non_blank(decode_lines(_require(stdin), warn))
        elif not argument.strip():
            raise InputError(f"argument {number}: the claim is empty")
        else:
            clean = scrub(argument)
            if clean != argument:
                warn(f"argument {number}: invalid UTF-8 replaced with U+FFFD")
            yield clean
    if file is not None:
        any_input = True
        yield from _non_blank(_file_lines(file, warn))
    if not any_input:
        yield from _non_blank(decode_lines(_require(stdin), warn))


def _require(stdin: BinaryIO | None) -> BinaryIO:
    if stdin is None:
        raise InputError("no claims given: pass them as arguments, with --file, or on stdin")
    return stdin


def _non_blank(lines: Iterable[str]) -> Iterator[str]:
    return (line for line in lines if line.strip())


def _file_lines(path: Path, warn: Callable[[str], None]) -> Iterator[str]:
    try:
        stream = path.open("rb")
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    with stream:
        yield from decode_lines(stream, warn, str(path))


def read_text(path: str, warn: Callable[[str], None]) -> str:
    """A whole text file (or stdin for "-"), decoded leniently; lines are bounded."""
    try:
        if path == STDIN:
            data = b"".join(bounded_lines(sys.stdin.buffer))
        else:
            with Path(path).open("rb") as stream:
                data = b"".join(bounded_lines(stream, path))
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        warn(f"{path}: invalid UTF-8 replaced with U+FFFD")
        return data.decode("utf-8", errors="replace")
