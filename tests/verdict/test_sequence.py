"""The order of two events joined by "after" or "before"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.verdict import sequence

from .conftest import World, fact
from .stores import small, verdict

REVERSED = [("polar", "conflict", "the claim reverses the order of the events")]
KEPT = [("polar", "match", "the source gives the events in this order")]
STATEMENT = "The dam failed about an hour after a 5.1-magnitude tremor was felt near Kumari."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The 5.1-magnitude tremor was felt an hour after the dam failed.", REVERSED),
        ("The dam failed before the 5.1-magnitude tremor was felt near Kumari.", REVERSED),
        ("After the dam failed, a 5.1-magnitude tremor was felt near Kumari.", REVERSED),
        ("The dam failed an hour after the tremor was felt near Kumari.", KEPT),
        ("A 5.1-magnitude tremor was felt before the dam failed.", KEPT),
        ("The dam failed near Kumari.", []),  # no order stated
        ("A 5.1-magnitude tremor was felt near Kumari after the dam failed.", REVERSED),
        ("The dam failure was followed an hour later by a 5.1-magnitude tremor.", REVERSED),
        ("The dam failure was preceded by a 5.1-magnitude tremor.", KEPT),
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


def test_an_event_ends_with_its_clause(world: Callable[..., World]) -> None:
    """What follows a semicolon is another clause, no part of the earlier event: the fact
    does not say whether the signing came before or after the cheers."""
    stock = world(
        fact(
            "Crowds cheered after the Senate's vote; the governor signed the bill on Tuesday.",
            keys=["vote"],
        )
    )
    claim = "The governor signed the bill after the crowds cheered."
    assert stock.compare(sequence.findings, claim) == []


def test_one_shared_word_says_no_order(world: Callable[..., World]) -> None:
    """A word both events use in passing ("marriage") does not make them the same events."""
    stock = world(
        fact("Marriage supporters erupted into cheers after the Senate's vote.", keys=["vote"])
    )
    claim = "The Senate debate on the marriage bill lasted four hours before the vote was taken."
    assert stock.compare(sequence.findings, claim) == []


def test_a_kept_order_outweighs_a_weaker_reversal(tmp_path: Path) -> None:
    """The fact the claim is about states its order; a weaker fact joined the other way
    round does not refute it."""
    checker = small(
        tmp_path,
        fact(
            "The council's vote came six months after residents rejected the dam plan.",
            id="vote",
            keys=["vote|plan"],
        ),
        fact(
            "Residents rejected a revised plan after the council vote on funding.",
            id="revised",
            keys=["plan"],
        ),
    )
    claim = "The council vote came six months after residents rejected the dam plan."
    assert verdict(checker, claim) == "supported"
