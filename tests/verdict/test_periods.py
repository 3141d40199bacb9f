"""Other periods are not contradictions: a claim about another year than a fact describes
is unverifiable, unless its date fills one of the fact's own slots (a start, a deadline);
a fact that spans time entails what lies inside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import fact
from .stores import bundled, small, verdict


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Russia was China's ninth-largest trading partner in 2013.", "not_enough_info"),
        ("In 2016 bilateral trade between China and Russia stood at $70 billion.",
         "not_enough_info"),
        ("China was Russia's largest trade partner in 2011.", "supported"),  # inside the streak
        ("China was Russia's largest trade partner in 2008.", "not_enough_info"),
        ("China has been Russia's largest trade partner for seven straight years.", "refuted"),
        ("China has been Russia's largest trading partner for a decade.", "refuted"),
        ("Bilateral trade fell to $70 billion in 2016.", "not_enough_info"),
        ("Gas deliveries through the East-Route Pipeline will start in 2021.", "refuted"),
        ("China aims to lift trade with Russia to $200 billion by 2022.", "refuted"),
        ("In March 2011, Xi made a one-day trip to Kazakhstan.", "not_enough_info"),
        ("Putin visited China in May 2013.", "refuted"),  # the date of the visit itself
        ("Trade between China and Russia fell 20 percent in the first quarter of 2015.",
         "not_enough_info"),  # a short stretch against a trend stated without a date
        ("Russia's currency strengthened from January 2014 to December 2015.", "refuted"),
    ],
)  # fmt: skip
def test_periods_of_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


CATCH = fact(
    "In 2019 Atlantis was Lemuria's largest fish supplier for a third straight year.",
    id="catch",
    keys=["fish"],
    entities=[{"name": "Atlantis", "role": "subject"}, {"name": "Lemuria", "role": "owner"}],
    ranks=[{"slot": "rank", "value": 1, "kind": "rank", "cue": ["largest"]}],
    durations=[{"slot": "streak", "value": 3, "unit": "year", "cue": ["straight"]}],
    dates=[{"slot": "year", "date": "2019", "cue": ["in"]}],
)
TREATY = fact(
    "Atlantis and Lemuria signed a fisheries treaty in 2018.",
    id="treaty",
    keys=["treaty"],
    dates=[{"slot": "signed", "date": "2018", "cue": ["signed"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("In 2018 Atlantis was Lemuria's largest fish supplier.", "supported"),
        ("In 2015 Atlantis was Lemuria's third-largest fish supplier.", "not_enough_info"),
        ("In 2019 Atlantis was Lemuria's third-largest fish supplier.", "refuted"),
        ("Atlantis and Lemuria signed a fisheries treaty in 2016.", "refuted"),
        # a span: inside or around the fact's period it is no other period ...
        ("Atlantis was Lemuria's third-largest fish supplier from 2015 to early 2021.",
         "refuted"),
        ("Atlantis was Lemuria's largest fish supplier from 2017 to 2019.", "supported"),
        # ... wholly outside it, it is
        ("Atlantis was Lemuria's third-largest fish supplier from 2005 to 2009.",
         "not_enough_info"),
        ("Atlantis was Lemuria's third-largest fish supplier from 2005 to early 2010.",
         "not_enough_info"),
    ],
)  # fmt: skip
def test_periods_of_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, CATCH, TREATY), claim) == label


def test_the_reason_gives_both_periods() -> None:
    result = bundled().check("Russia was China's ninth-largest trading partner in 2013.")
    assert result.reasons == ("the claim is about 2013; the source states this for 2014",)
    result = bundled().check("Bilateral trade fell to $70 billion in 2016.")
    assert result.reasons == ("the claim is about 2016; the source states this for 2014",)


# --- Swapped parties are another relation, not another period ----------------------------

BUYER = fact(
    "In 2019 Lemuria was Atlantis's fifth-largest fish buyer.",
    id="buyer",
    keys=["fish"],
    entities=[{"name": "Lemuria", "role": "subject"}, {"name": "Atlantis", "role": "owner"}],
    ranks=[{"slot": "rank", "value": 5, "kind": "rank", "cue": ["largest"]}],
    dates=[{"slot": "year", "date": "2019", "cue": ["in"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the streak of CATCH began in 2017: becoming the largest in 2015 contradicts it,
        # and BUYER, with the parties the other way round, is no fact of another period
        ("In 2015 Atlantis became Lemuria's largest fish supplier.", "refuted"),
        ("In 2017 Atlantis became Lemuria's largest fish supplier.", "supported"),
        ("In 2015 Lemuria was Atlantis's fifth-largest fish buyer.", "not_enough_info"),
    ],
)
def test_swapped_parties_against_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, CATCH, BUYER), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("China became Russia's biggest trading partner in 2008.", "refuted"),
        ("In 2010 China became Russia's largest trade partner.", "supported"),
        ("Russia became China's ninth-largest trade partner in 2008.", "not_enough_info"),
    ],
)
def test_swapped_parties_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


# --- Later levels: a deadline after the period, a year said relative to the writing ------

EXPORTS = fact(
    "Atlantis's fish exports to Lemuria were worth 40 million dollars in 2019.",
    id="exports",
    keys=["fish", "exports"],
    quantities=[{"slot": "value", "value": 40, "scale": "million", "unit": "USD"}],
    dates=[{"slot": "year", "date": "2019", "cue": ["in"]}],
)
EXPORT_GOAL = fact(
    "Atlantis aims to lift its fish exports to Lemuria to 90 million dollars by 2025.",
    id="export-goal",
    modality="planned",
    keys=["fish", "exports"],
    quantities=[{"slot": "target", "value": 90, "scale": "million", "unit": "USD",
                 "cue": ["to", "reach"]}],
    dates=[{"slot": "deadline", "date": "2025", "cue": ["by", "in"]}],
)  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a level to be reached by a later year is not the level of the fact's year
        ("Atlantis wants its fish exports to Lemuria to reach 50 million dollars by 2021.",
         "not_enough_info"),
        ("Atlantis's fish exports to Lemuria were worth 45 million dollars by 2019.", "refuted"),
        # the source is dated 2020: "this year" is 2020, "last year" 2019
        ("Atlantis's fish exports to Lemuria will reach 60 million dollars this year.",
         "not_enough_info"),
        ("Atlantis's fish exports to Lemuria were worth 45 million dollars last year.",
         "refuted"),
        # a step on the way to a goal: another amount in another year, said with "in"
        ("Atlantis's fish exports to Lemuria will hit 60 million dollars in 2022.",
         "not_enough_info"),
        # the goal changed: its amount, or its deadline
        ("Atlantis aims to lift fish exports to Lemuria to 60 million dollars by 2025.",
         "refuted"),
        ("Atlantis aims to lift fish exports to Lemuria to 90 million dollars by 2030.",
         "refuted"),
        ("Atlantis aims to lift fish exports to Lemuria to 60 million dollars by 2022 and to "
         "90 million by 2025.", "not_enough_info"),
        ("Atlantis aims to lift fish exports to Lemuria to 60 million dollars by 2022 and to "
         "90 million by 2027.", "refuted"),
    ],
)  # fmt: skip
def test_later_levels_against_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, EXPORTS, EXPORT_GOAL), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("China and Russia hope to lift bilateral trade to $110 billion by 2016.",
         "not_enough_info"),
        ("Bilateral trade between China and Russia will reach $120 billion this year.",
         "not_enough_info"),
        ("Trade between Russia and China will hit $150 billion in 2017.", "not_enough_info"),
        ("Trade with Russia is expected to hit $120 billion this year.", "not_enough_info"),
        ("China wants trade with Russia to reach $150 billion by 2017 and $200 billion by "
         "2020.", "not_enough_info"),
        ("China wants trade with Russia to reach $150 billion by 2017 and 200 billion by "
         "2030.", "refuted"),
    ],
)  # fmt: skip
def test_later_levels_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


# --- A shorter run than the fact's streak, dated by another clause, lies inside it -------


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # another clause dates the sentence: a two-year run in 2018 lies inside the streak
        ("Fish sales reached a record in 2018, and Atlantis has been Lemuria's largest fish "
         "supplier for two straight years.", "not_enough_info"),
        # undated, or dated in its own clause, the run is measured against the streak
        ("Atlantis has been Lemuria's largest fish supplier for two straight years.",
         "refuted"),
        ("Atlantis has been Lemuria's largest fish supplier for four straight years.",
         "refuted"),
        ("In 2019 Atlantis was Lemuria's largest fish supplier for a second straight year.",
         "refuted"),
        ("Atlantis has been Lemuria's largest fish supplier for three straight years.",
         "supported"),
    ],
)  # fmt: skip
def test_a_shorter_run_in_a_dated_sentence(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, CATCH), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a month of no stated year is part of some year, not the fact's whole year
        ("Atlantis's fish exports to Lemuria fell to 5 million dollars in March and April.",
         "not_enough_info"),
        ("Atlantis's fish exports to Lemuria were worth 45 million dollars.", "refuted"),
    ],
)  # fmt: skip
def test_months_against_a_year(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, EXPORTS), claim) == label


# --- A span the claim gives that takes in the fact's period is about that period too -------


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Atlantis's fish exports to Lemuria were worth 45 million dollars a year from 2016 "
         "to 2021.", "refuted"),  # 2016-2021 takes in 2019
        ("Atlantis's fish exports to Lemuria were worth 45 million dollars a year from 2010 "
         "to 2012.", "not_enough_info"),  # another period
    ],
)  # fmt: skip
def test_a_span_over_the_period(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, EXPORTS), claim) == label


def test_a_span_over_the_period_against_the_bundled_store() -> None:
    claim = "Trenin was deputy director of the Carnegie Moscow Center from 2008 to early 2022."
    assert verdict(bundled(), claim) == "refuted"


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a level that held at an earlier date, not said as a goal: no step to the goal
        ("How big were Atlantis's fish exports to Lemuria in 2018?", "not_enough_info"),
        ("Atlantis's fish exports to Lemuria were 30 million dollars in 2018.", "not_enough_info"),
        # the goal, said with its date moved: refuted, whatever the tense
        ("Atlantis wanted fish exports to Lemuria to hit 90 million dollars in 2030.", "refuted"),
        ("Atlantis's fish exports to Lemuria were expected to reach 90 million dollars in 2030.",
         "refuted"),
    ],
)  # fmt: skip
def test_a_goal_against_a_level_of_another_year(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, EXPORTS, EXPORT_GOAL), claim) == label


DIAZ_POST = fact(
    "In 2019 Ana Diaz was a fellow at the Tidal Institute.",
    id="diaz-post",
    keys=["Ana Diaz"],
    entities=[{"name": "fellow", "role": "post"}, {"name": "Tidal Institute", "role": "employer"}],
    dates=[{"slot": "as_of", "date": "2019", "cue": ["in"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the date of a relative clause is the time of what it describes, not the claim's:
        # the employer is compared, not set aside as another period
        ("Ana Diaz is a fellow at the Reef Council's fish programme, which she founded in "
         "2008.", "refuted"),
        ("Ana Diaz was a fellow at the Reef Council in 2008.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_date_in_a_relative_clause(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, DIAZ_POST), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the date of a clause hung on the main one dates that clause's event
        ("Ana Diaz was a fellow at the Reef Council after the storm hit in 2008.", "refuted"),
        # but a clause that opens a span gives the claim its period
        ("Ana Diaz has been a fellow at the Tidal Institute since she moved in 2008.",
         "not_enough_info"),
    ],
)  # fmt: skip
def test_a_date_in_a_clause_of_another_event(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, DIAZ_POST), claim) == label


# --- "Since" a year: the start of a state that a streak dates ----------------------------


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # CATCH's streak runs from 2017 to 2019
        ("Since 2017, Atlantis has been Lemuria's largest fish supplier.", "supported"),
        ("Atlantis has been Lemuria's largest fish supplier since 2018.", "supported"),
        ("Since 2012, Atlantis has been Lemuria's largest fish supplier.", "refuted"),
    ],
)  # fmt: skip
def test_since_a_year_against_a_streak(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, CATCH, TREATY), claim) == label


def test_since_a_year_before_the_streak_gives_the_streak_in_the_reason() -> None:
    result = bundled().check("Since 2009, China has been Russia's biggest trading partner.")
    assert result.verdict.value == "refuted"
    said = "the claim says since 2009; the source's streak runs from 2010 to 2014"
    assert result.reasons == (said,)


TOLL = fact(
    "Lemuria has recorded 4,922 deaths from the fever.",
    id="toll",
    keys=["deaths|died|dead"],
    quantities=[{"slot": "count", "value": 4922}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Lemuria has recorded 4,922 deaths from the fever.", "supported"),
        # a level by a date well before the source's (2 January 2020): an earlier toll
        ("Lemuria had recorded more than 1,000 deaths by the end of August 2019.",
         "not_enough_info"),
        # by the end of the month before the report: the report's own toll
        ("Lemuria had recorded 4,000 deaths from the fever by December 2019.", "refuted"),
    ],
)  # fmt: skip
def test_a_level_by_an_earlier_date_is_not_the_undated_toll(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, TOLL), claim) == label


def test_the_year_an_act_done_is_meant_for_is_no_period(tmp_path: Path) -> None:
    """ "Has proposed the cut for 2040" names what the proposal aims at, not when it was made:
    the fact that no proposal was made refutes it."""
    checker = small(
        tmp_path,
        fact(
            "The Atlantean council has shied away from formally proposing the 90% catch cut.",
            keys=["council|cut"],
            negated=True,
        ),
    )
    claim = "The Atlantean council has formally proposed the 90% catch cut for 2040."
    assert verdict(checker, claim) == "refuted"
    assert verdict(checker, "In 2040 the Atlantean council proposed the 90% catch cut.") == (
        "not_enough_info"
    )


def test_a_level_now_against_a_level_to_reach_later_is_unsettled(tmp_path: Path) -> None:
    """ "Renewables supply about 25% now" says nothing against a 42.5% share to reach
    by 2030; a claim on the target itself still conflicts."""
    checker = small(
        tmp_path,
        fact(
            "Lemuria aims to reach a renewable share of 42.5% of its energy by 2030.",
            keys=["renewable"],
        ),
    )
    now = "Renewable sources currently supply about 25% of Lemuria's energy."
    assert verdict(checker, now) == "not_enough_info"
    target = "Lemuria aims to reach a renewable share of 25% of its energy by 2030."
    assert verdict(checker, target) == "refuted"


def test_another_year_s_figure_is_another_period_but_another_day_is_an_error(
    tmp_path: Path,
) -> None:
    checker = small(
        tmp_path,
        fact(
            "Atlantis cut its fish catch by 37% since 1990, including an 8% drop in 2018.",
            id="catch",
            keys=["catch"],
        ),
        fact(
            "The Reef Council met in Kumari on May 9, 2019, and set a quota of 40 tonnes.",
            id="quota",
            keys=["quota"],
        ),
    )
    assert verdict(checker, "Atlantis's fish catch fell by about 6% in 2017.") == (
        "not_enough_info"
    )
    assert verdict(checker, "The Reef Council set a quota of 30 tonnes on May 10, 2019.") == (
        "refuted"
    )


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # another year beside the fact's own is a comparison: the fact's figure decides
        ("Trade amounted to $59.3 billion in 2014, a rise over the 2013 figure.", "refuted"),
        # (the rise over 2013 is the claim's own: unsaid)
        ("Trade amounted to $95 billion in 2014, a rise over the 2013 figure.", "not_enough_info"),
        # a year tied to another event ("after a decline in 2015") is no period of the claim
        ("Trade revived in 2016 after a decline in 2014.", "not_enough_info"),
    ],
)
def test_a_claim_with_the_fact_s_year_and_another(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label
