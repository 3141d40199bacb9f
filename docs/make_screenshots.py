#!/usr/bin/env python3
"""Render real factcli terminal output to SVG pictures for the README.

The pictures are made by the library's own render functions, as `factcli check` and
`factcli scan` call them on a colour terminal, with consoles that record what they print
(Rich's `Console(record=True)`) at a fixed width of 100 columns.

    python docs/make_screenshots.py        # writes docs/images/check.svg and scan.svg
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

from rich.console import Console

import factcli.cli.render
from factcli.checker import Checker
from factcli.cli.terminal import Terminal
from factcli.scan import scan_text

WIDTH = 100
IMAGES = Path(__file__).resolve().parent / "images"
TERMINAL = Terminal(stdin_isatty=True, stdout_isatty=True, stderr_isatty=True, color=True)

# The claims and the draft the README's tour uses.
CLAIMS = (
    "Xi Jinping visited Moscow from May 8 to 10",
    "Russia will deliver 48 bcm of gas to China each year",
    "Xi Jinping will visit Washington in June",
)
DRAFT = """\
Xi Jinping is on a three-day visit to Russia.
Trade between the two countries reached $95 billion in 2014.
Russia ranks only fifth among China's trade partners.
Brazil's trade with China grew by 20 percent last year.
"""


def recording_console() -> Console:
    """A console like factcli's on a colour terminal, that records instead of printing."""
    return Console(
        file=io.StringIO(),
        record=True,
        width=WIDTH,
        force_terminal=True,
        color_system="truecolor",
        markup=False,
        emoji=False,
        highlight=False,
    )


@contextmanager
def recorded_consoles() -> Iterator[list[Console]]:
    """Make factcli.cli.render build recording consoles, and hand back the ones it made."""
    made: list[Console] = []

    def make(terminal: Terminal, *, stderr: bool = False) -> Console:
        console = recording_console()
        made.append(console)
        return console

    with mock.patch.object(factcli.cli.render, "make_console", make):
        yield made


def check_svg(checker: Checker) -> str:
    """`factcli check` with three claims: one supported, one refuted, one unverifiable."""
    console = recording_console()
    for claim in CLAIMS:
        factcli.cli.render.check_result(checker.check(claim), console, TERMINAL)
    return export(console, "factcli check")


def scan_svg(checker: Checker) -> str:
    """`factcli scan draft.txt` on the README's draft."""
    report = scan_text(DRAFT, checker)
    with recorded_consoles() as consoles:
        factcli.cli.render.scan_report(report, "text", "draft.txt", TERMINAL)
    (console,) = consoles
    return export(console, "factcli scan draft.txt")


def export(console: Console, title: str) -> str:
    svg: Any = console.export_svg(title=title)
    return str(svg)


def main() -> int:
    IMAGES.mkdir(parents=True, exist_ok=True)
    checker = Checker.from_paths(None)
    for name, svg in (("check.svg", check_svg(checker)), ("scan.svg", scan_svg(checker))):
        path = IMAGES / name
        path.write_text(svg, encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
