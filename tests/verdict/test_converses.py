"""Converses: a fact that one party sold (exported, lent) something to another also says
that the other bought (imported, borrowed) it; who is on which side is still compared."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import fact
from .stores import bundled, small, verdict

SALE = fact(
    "Atlantis has sold ten patrol boats to Lemuria.",
    id="boats",
    keys=["boats|boat"],
    entities=[{"name": "Atlantis", "role": "seller"}, {"name": "Lemuria", "role": "buyer"}],
)
EXPORTS = fact(
    "Lemuria exports timber to Mu.",
    id="timber",
    keys=["timber"],
    entities=[{"name": "Lemuria", "role": "exporter"}, {"name": "Mu", "role": "importer"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Lemuria has bought patrol boats from Atlantis.", "supported"),
        ("Lemuria purchased Atlantean patrol boats.", "supported"),
        ("Atlantis has bought patrol boats from Lemuria.", "refuted"),  # the sides swapped
        ("Mu imports timber from Lemuria.", "supported"),
        ("Lemuria imports timber from Mu.", "refuted"),
    ],
)
def test_the_other_side_of_a_transfer(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, SALE, EXPORTS), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("China has bought S-400 air defence systems from Russia.", "supported"),
        ("Beijing has acquired Russian-made S-400 missile systems.", "supported"),
        ("Russia has purchased S-400 systems from China.", "refuted"),
    ],
)
def test_converses_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label
