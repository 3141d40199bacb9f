"""The slots shared by the value comparators: which of a fact's values a claim's value may
conflict with, when the store does not say what a value measures."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import fact
from .stores import small, verdict

# A drafted-style fact: one sentence with two values of different things, no curated slot
# naming either, as `facts draft` makes of an article's sentence.
HARBOUR = fact(
    "Harbour master Ana Diaz, who has run the port of Mu for 12 years, opened "
    "the new lighthouse on the 2019 Tin Fair grounds.",
    id="harbour",
    keys=["harbour|port|lighthouse"],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the value's own words are the fact's: the same thing, a different amount
        ("Ana Diaz has run the port of Mu for 15 years.", "refuted"),
        ("Ana Diaz has run the port of Mu for 12 years.", "supported"),
        # the claim's words share none of the words around the fact's value: another thing
        ("The new lighthouse of Mu was built over 15 years.", "not_enough_info"),
    ],
)
def test_a_value_conflicts_only_with_a_value_of_the_same_thing(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, HARBOUR), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Mu's tin exporters ranked second in the region.", "refuted"),
        ("The Mu sailing team finished second in the regatta.", "not_enough_info"),
    ],
)
def test_a_rank_conflicts_only_with_a_rank_of_the_same_thing(
    tmp_path: Path, claim: str, label: str
) -> None:
    ranked = fact(
        "Mu, whose tin exporters ranked third in the region, sent its sailing team to the regatta.",
        id="ranked",
        keys=["Mu"],
    )
    assert verdict(small(tmp_path, ranked), claim) == label
