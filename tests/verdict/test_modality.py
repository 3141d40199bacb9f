"""Plans stated as done: a claim's own mood against the fact's modality. A source that only
expects or plans something cannot confirm it happened; the same content kept a plan is
supported, and so is a plan of what the source reports as done."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import fact
from .stores import EMBASSY, bundled, small, verdict


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Xi decorated war veterans in Moscow.", "not_enough_info"),
        ("Xi will decorate war veterans in Moscow.", "supported"),
        ("Gas deliveries through the East-Route Pipeline began in 2018.", "not_enough_info"),
        ("Gas deliveries through the East-Route Pipeline are due to begin in 2018.", "supported"),
        ("The two nations have finalized the helicopter agreement.", "not_enough_info"),
        ("Xi will arrive in Moscow on Friday.", "supported"),  # done in the source
        ("Moscow and Beijing signed a deal to deliver Chinese gas to Russia.", "refuted"),
        (
            "Putin flew to Beijing in September to attend the military parade.",
            "not_enough_info",
        ),  # the plan stated as done, not his 2014 visit
        ("Putin has refused to attend Beijing's military parade.", "refuted"),
        # a reported trip the claim reads more like than the planned one after it
        ("Xi visited Kazakhstan for one day before flying to Russia.", "supported"),
        ("Xi flew to Belarus for two days after Russia.", "not_enough_info"),
        # the amount a reported fact agrees on, not the goal read as much like it
        ("Last year, China-Russia trade amounted to $95 billion.", "supported"),
        (
            "Last year, China-Russia trade amounted to $95 billion, and the two sides aim to "
            "double it by 2020.",
            "supported",
        ),
        # the goal's own amount stated as reached last year, the year of a reported level:
        # that level refutes it (a compound claim is refuted when one part is)
        ("Last year, China-Russia trade amounted to $200 billion.", "refuted"),
        # the goal's own amount stated as reached, with no year: the goal stated as done
        ("China-Russia trade has reached $200 billion.", "not_enough_info"),
        # a wrong post is wrong whenever the planned talks take place
        ("Chinese Premier Xi Jinping and Vladimir Putin held talks in Moscow.", "refuted"),
        ("Xi Jinping and Vladimir Putin held talks in Moscow.", "not_enough_info"),
    ],
)
def test_moods_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


CONSULATE = fact(
    "Atlantis opened a consulate in Mu.",
    id="consulate",
    keys=["consulate"],
    entities=[{"name": "Atlantis", "role": "owner"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Atlantis opened an embassy in Lemuria.", "not_enough_info"),
        ("Atlantis has already opened an embassy in Lemuria.", "not_enough_info"),
        ("Atlantis plans to open an embassy in Lemuria.", "supported"),
        ("Atlantis will open a consulate in Mu.", "supported"),
        ("Atlantis opened a consulate in Mu.", "supported"),
    ],
)
def test_moods_against_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, EMBASSY, CONSULATE), claim) == label


def test_the_reason_says_the_claim_states_a_plan_as_done(tmp_path: Path) -> None:
    result = small(tmp_path, EMBASSY).check("Atlantis opened an embassy in Lemuria.")
    assert result.reasons == (
        "the claim states as done ('opened') what the source says is planned",
    )
    supported = small(tmp_path, EMBASSY).check("Atlantis will open an embassy in Lemuria.")
    assert "the source says this is planned" in supported.reasons


# --- A plan's length is part of the plan ---------------------------------------------------

CRUISE = fact(
    "Ana Diaz will make a four-day visit to Mu.",
    id="cruise",
    keys=["Ana Diaz", "visit|trip"],
    modality="planned",
    entities=[{"name": "Mu", "role": "destination"}],
    durations=[{"slot": "length", "value": 4, "unit": "day"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Diaz will make a four-day visit to Mu.", "supported"),
        ("Diaz paid a four-day visit to Mu.", "not_enough_info"),  # the plan stated as done
        ("Diaz arrived in Mu on Monday for a six-day visit.", "refuted"),  # another length
        ("Diaz spent two days in Mu.", "refuted"),
    ],
)
def test_a_plans_length_against_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, CRUISE), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Xi paid a two-day visit to Belarus after Russia.", "not_enough_info"),
        ("Xi arrived in Minsk for a five-day state visit to Belarus.", "refuted"),
        ("Xi spent four days in Belarus.", "refuted"),
    ],
)
def test_a_plans_length_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


ARRIVED = fact(
    "Ana Diaz arrived in Poseidonis after a one-day stop in Kumari.",
    id="arrived",
    keys=["Ana Diaz", "arrived|arrival|flew"],
    entities=[
        {"name": "Poseidonis", "role": "destination"},
        {"name": "Kumari", "role": "previous_stop"},
    ],
    durations=[{"slot": "previous_stop_length", "value": 1, "unit": "day"}],
)
ONWARD = fact(
    "After Poseidonis, Ana Diaz will make a four-day visit to Mu.",
    id="onward",
    keys=["Ana Diaz", "visit|trip|arrived|flew"],
    modality="planned",
    entities=[
        {"name": "Mu", "role": "destination"},
        {"name": "Poseidonis", "role": "previous_stop"},
    ],
    durations=[{"slot": "length", "value": 4, "unit": "day"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the stop's day belongs to Kumari, not to the planned visit after Poseidonis
        ("Diaz flew into Poseidonis after a one-day stop in Kumari.", "supported"),
        ("Diaz flew into Poseidonis after a three-day stop in Kumari.", "refuted"),
        ("Diaz arrived in Mu for a four-day visit after Poseidonis.", "not_enough_info"),
    ],
)
def test_a_reported_leg_beside_a_planned_one(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, ARRIVED, ONWARD), claim) == label


# --- A commitment stated as made, with the plan's terms -----------------------------------

HARBOUR_GOAL = fact(
    "Atlantis aims to double fish landings at its harbours to 8 million tonnes by 2030.",
    id="landings-goal",
    modality="planned",
    keys=["fish", "landings|harbours"],
    quantities=[{"slot": "target", "value": 8, "scale": "million", "unit": "tonnes",
                 "cue": ["to"]}],
    dates=[{"slot": "deadline", "date": "2030", "cue": ["by"]}],
)  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the source gives an aim, not an agreement: the agreement cannot be confirmed
        ("Atlantis and Lemuria have agreed to raise fish landings at Atlantis's harbours to "
         "8 million tonnes by 2030.", "not_enough_info"),
        # but the terms it spells out are the plan's, and another deadline contradicts it
        ("Atlantis and Lemuria have agreed to raise fish landings at Atlantis's harbours to "
         "8 million tonnes by 2035.", "refuted"),
        ("Atlantis is committed to raising fish landings at its harbours to 8 million tonnes "
         "by 2030.", "supported"),
    ],
)  # fmt: skip
def test_a_commitment_made_against_an_aim(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, HARBOUR_GOAL), claim) == label


FERRY = fact(
    "Atlantis will supply Lemuria with 12 ferries a year from 2030.",
    id="ferry",
    modality="planned",
    keys=["ferries|ferry", "Atlantis|Lemuria"],
    quantities=[{"slot": "volume", "value": 12, "unit": "", "period": "year"}],
    dates=[{"slot": "start", "date": "2030", "cue": ["from", "starting"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a plan stated as done: the plan confirms nothing, but refutes another value of
        # its own terms (a compound claim is refuted when one part is)
        ("Atlantis began to supply Lemuria with 12 ferries a year from 2030.", "not_enough_info"),
        ("Atlantis began to supply Lemuria with 12 ferries a year from 2033.", "refuted"),
        ("Atlantis began to supply Lemuria with 15 ferries a year from 2030.", "refuted"),
    ],
)
def test_a_plan_stated_as_done_with_other_terms(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, FERRY), claim) == label


# A fact reported as a whole whose deed is planned in its own words (a drafted store reads
# the modality of the main clause only).
ORDER = fact(
    "The treaty that Atlantis plans to sign on Friday will have a review clause.",
    id="treaty",
    keys=["treaty"],
    dates=[{"slot": "signing", "date": "2017-01-13", "weekday": "Friday", "cue": ["on"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Atlantis signed the treaty on Friday.", "not_enough_info"),
        ("Atlantis plans to sign the treaty on Friday.", "supported"),
    ],
)
def test_a_deed_the_fact_plans_in_its_own_words(tmp_path: Path, claim: str, label: str) -> None:
    result = small(tmp_path, ORDER).check(claim)
    assert result.verdict.value == label
    if label == "not_enough_info":
        assert "what the source says is planned" in result.reasons[0]


def test_a_done_announcement_of_a_plan_is_no_deed_done(tmp_path: Path) -> None:
    """ "Atlantis confirmed its supplies, which will start in 2030": the confirming is done,
    the supplies are still the plan."""
    checker = small(tmp_path, FERRY)
    claim = "Atlantis confirmed its ferries to Lemuria, which will come from 2030."
    assert "what the source says is planned" not in " ".join(checker.check(claim).reasons)
    assert verdict(checker, "Atlantis delivered 12 ferries a year to Lemuria from 2030.") == (
        "not_enough_info"
    )


# --- A deed the hedged fact itself states as done ----------------------------------------

SWEPT = fact(
    "A boy - believed to be 2 to 4 years old - was swept away by waters in Ravenswood.",
    id="swept",
    keys=["boy", "swept"],
    modality="expected",
    entities=[{"name": "Ravenswood", "role": "location"}],
)
SUBMARINE = fact(
    "Atlantis recently unveiled a submarine that could carry torpedoes, and Lemuria "
    "could sign the treaty.",
    id="submarine",
    keys=["submarine|treaty"],
    modality="expected",
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the hedge qualifies the boy's age; the fact states that he was swept away
        ("A boy was swept away by the water in Ravenswood.", "supported"),
        ("A boy was swept away by the water in Clendenin.", "refuted"),
        ("Atlantis unveiled a submarine.", "supported"),
        # the deed only in prospect in the fact ("could sign") is still not confirmed
        ("Lemuria signed the treaty.", "not_enough_info"),
    ],
)
def test_a_deed_the_hedged_fact_states_as_done(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, SWEPT, SUBMARINE), claim) == label


def test_a_deed_stated_as_done_is_not_called_planned(tmp_path: Path) -> None:
    result = small(tmp_path, SUBMARINE).check("Atlantis unveiled a submarine.")
    assert not any("expected" in reason for reason in result.reasons)
