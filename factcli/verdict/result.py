"""The verdict on one claim: the label, the fact that decided it, and why."""

from enum import Enum
from typing import NamedTuple

from factcli.model import Fact, Modality


class Verdict(str, Enum):
    """The three FEVER labels."""

    SUPPORTED = "supported"
    REFUTED = "refuted"
    NOT_ENOUGH_INFO = "not_enough_info"


class Evidence(NamedTuple):
    """A fact weighed for a claim, with its retrieval score (0-100)."""

    fact: Fact
    score: float


class CheckResult(NamedTuple):
    """The verdict on one claim, the fact that decided it, and why."""

    claim: str
    verdict: Verdict
    confidence: float
    reasons: tuple[str, ...]
    fact: Fact | None
    decisive: tuple[str, ...] = ()  # the claim's words that decided the verdict
    runners_up: tuple[Evidence, ...] = ()
    related: bool = True  # some fact of the store is about the claim

    @property
    def modality(self) -> Modality | None:
        return self.fact.modality if self.fact else None
