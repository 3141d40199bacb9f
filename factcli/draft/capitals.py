"""Capitals and seats of government that news reports use for their countries'
governments ("Beijing said", "the Kremlin said")."""

from __future__ import annotations

from factcli.capitals import CAPITALS

__all__ = ["BODY_SEATS", "CAPITALS", "GOVERNMENT_SEATS"]

# Seats of government that reports use for their governments ("the Kremlin said").
GOVERNMENT_SEATS = {
    "Kremlin": "Russia", "the Kremlin": "Russia", "White House": "United States",
    "the White House": "United States", "Downing Street": "United Kingdom",
    "Elysee": "France", "Élysée": "France", "the Elysee": "France", "Zhongnanhai": "China",
    "Blue House": "South Korea", "the Blue House": "South Korea",
}  # fmt: skip

# Seats of international bodies that reports use for them ("Brussels said": the European
# Commission), before the country whose capital they are, when the article names the body;
# the bodies in the order a seat stands for them.
BODY_SEATS = {"Brussels": ("European Commission", "European Union")}
