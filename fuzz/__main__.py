"""`python -m fuzz --seconds N [--target parser|store|all]`: exit 1 when anything is found."""

from __future__ import annotations

import argparse
import sys

from fuzz import TARGETS, run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget (default 60)")
    parser.add_argument("--target", choices=[*TARGETS, "all"], default="all")
    args = parser.parse_args(argv)

    def emit(line: str) -> None:
        print(line, flush=True)

    report = run(args.seconds, args.target, emit)
    return 1 if report.findings else 0


if __name__ == "__main__":
    sys.exit(main())
