"""An amount over a span against a rate: "1.2 billion over ten years" is 120 million a year
for ten years."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import fact
from .stores import bundled, small, verdict

FISH = fact(
    "Atlantis will sell 12 million tonnes of fish a year to Lemuria under a ten-year deal.",
    id="fish",
    keys=["fish"],
    entities=[{"name": "Atlantis", "role": "supplier"}, {"name": "Lemuria", "role": "recipient"}],
    quantities=[
        {"slot": "volume", "value": 12, "scale": "million", "unit": "tonnes", "period": "year"}
    ],
    durations=[{"slot": "length", "value": 10, "unit": "year"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Atlantis will sell 120 million tonnes of fish to Lemuria over ten years.", "supported"),
        ("Atlantis will sell 12 million tonnes of fish to Lemuria a year for ten years.",
         "supported"),
        ("Atlantis will sell 200 million tonnes of fish to Lemuria over ten years.", "refuted"),
        # a total given with a bound
        ("Atlantis will sell more than 100 million tonnes of fish to Lemuria over ten years.",
         "supported"),
        ("Atlantis will sell less than 100 million tonnes of fish to Lemuria over ten years.",
         "refuted"),
    ],
)  # fmt: skip
def test_a_total_over_a_span_against_a_rate(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, FISH), claim) == label


def test_the_bundled_pipeline_total() -> None:
    claim = "The pipeline is to deliver 1.14 trillion cubic meters of gas to China over 30 years."
    result = bundled().check(claim)
    assert result.verdict.value == "supported"
    assert "1.14 trillion cubic meters over 30 years is" in result.reasons[0]
