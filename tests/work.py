"""Work counted, not timed: the Python steps a call takes, for tests that bound slow paths.

A clock budget fails on a busy machine and lets a quadratic path pass on a fast one. The
number of Python lines and calls that a call executes (traced with `sys.settrace`) is the
same on any machine under any load, so the tests bound slow paths by that count instead.
Work done inside C, such as a regular expression's own matching, is not seen: the parsers'
times on megabyte inputs are figures in `benchmarks/run.py --only parsers`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

# A path that is linear in its input may still do a little more work per character on a
# longer input (one more word boundary, a larger count to format): allowed up to this much.
SLACK = 1.25


def steps(run: Callable[[], object]) -> int:
    """How many Python lines and calls `run()` executes, in this thread."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        run()
    finally:
        sys.settrace(previous)
    return count


def repeat(unit: str, size: int, prefix: str = "") -> str:
    """`prefix` then `unit` repeated, cut to exactly `size` characters."""
    text = prefix + unit * (size // max(len(unit), 1) + 1)
    return text[:size]


def assert_linear(
    run: Callable[[str], object], make: Callable[[int], str], size: int, factor: int = 4
) -> None:
    """`run` on an input `factor` times longer takes at most about `factor` times the steps.

    A quadratic path takes `factor` squared times as many. `run` is called once first on
    another input, so that work done once (loading tables, compiling patterns) is not counted
    as work per character, and no result is reused from a cache keyed on the text.
    """
    small, large = make(size), make(size * factor)
    run(make(size // 2))
    small_steps = steps(lambda: run(small))
    large_steps = steps(lambda: run(large))
    assert large_steps <= SLACK * factor * max(small_steps, 1), (
        f"{large_steps} steps for {len(large)} characters against {small_steps} for "
        f"{len(small)}: {large_steps / max(small_steps, 1):.1f}x the work for {factor}x the input"
    )
