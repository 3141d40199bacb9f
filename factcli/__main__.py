"""Entry points: `main(argv) -> int` for tests and embedding, `run()` for the console script."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence


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
    except KeyboardInterrupt:  # Ctrl-C while modules still load, before the CLI's handler
        print("factcli: interrupted", file=sys.stderr)
        return 130
    return 0


def run() -> None:
    """The console script: exits with main()'s status; a closed stdout ends quietly."""
    status = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 141
    # Everything still allocated is freed at exit anyway; without this, the interpreter's
    # final collections walk every object first: ~13 ms of a 100 ms `factcli check`.
    gc.freeze()
    sys.exit(status)


if __name__ == "__main__":
    run()
