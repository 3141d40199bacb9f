"""The order of two events joined by "after" or "before"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.verdict import sequence

from .conftest import World, fact
from .stores import small, verdict

REVERSED = [("polar", "conflict", "the claim reverses the order of the events")]
STATEMENT = "The dam failed about an hour after a 5.1-magnitude tremor was felt near Kumari."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The 5.1-magnitude tremor was felt an hour after the dam failed.", REVERSED),
        ("The dam failed before the 5.1-magnitude tremor was felt near Kumari.", REVERSED),
        ("After the dam failed, a 5.1-magnitude tremor was felt near Kumari.", REVERSED),
        ("The dam failed an hour after the tremor was felt near Kumari.", []),
        ("A 5.1-magnitude tremor was felt before the dam failed.", []),
        ("The dam failed near Kumari.", []),  # no order stated
        ("A 5.1-magnitude tremor was felt near Kumari after the dam failed.", REVERSED),
        ("The dam failure was followed an hour later by a 5.1-magnitude tremor.", REVERSED),
        ("The dam failure was preceded by a 5.1-magnitude tremor.", []),
    ],
)
def test_an_order_reversed(world: Callable[..., World], claim: str, expected: list[tuple]) -> None:
    stock = world(fact(STATEMENT, keys=["dam|tremor"]))
    assert stock.compare(sequence.findings, claim) == expected


def test_a_reversed_order_is_refuted(tmp_path: Path) -> None:
    checker = small(tmp_path, fact(STATEMENT, keys=["dam|tremor"]))
    assert verdict(
        checker, "The tremor was felt near Kumari about an hour after the dam failed."
    ) == ("refuted")


def test_names_are_no_events(world: Callable[..., World]) -> None:
    """Who acts, or where, says no event: "After Lemuria, Diaz goes on to Mu" is another
    trip than the one "before arriving in Lemuria"."""
    stock = world(
        fact("Before arriving in Lemuria, Ana Diaz made a trip to Atlantis.", keys=["trip"])
    )
    assert stock.compare(sequence.findings, "After Lemuria, Diaz will travel on to Mu.") == []
