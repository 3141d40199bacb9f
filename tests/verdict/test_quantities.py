"""The quantities comparator: each amount of a claim against the fact's amounts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.verdict import quantities
from factcli.verdict.findings import Element, Kind, Scope
from factcli.verdict.slots import slot_id

from .conftest import World, fact
from .stores import FAIR, bundled, small, verdict

FISH = fact(
    "Atlantis exports 12 million tonnes of fish to Lemuria a year.",
    keys=["fish"],
    quantities=[
        {"slot": "volume", "value": 12, "scale": "million", "unit": "tonnes", "period": "year"}
    ],
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Atlantis exports 12 million tonnes of fish to Lemuria a year.",
         [("quantity", "match", "12 million tonnes matches the source")]),
        ("Atlantis exports about 12.3 million tonnes of fish to Lemuria a year.",
         [("quantity", "match", "about 12.3 million tonnes matches the source")]),
        ("Atlantis exports 20 million tonnes of fish to Lemuria a year.",
         [("quantity", "conflict", "the claim says 20 million tonnes a year; "
           "the source says 12 million tonnes a year")]),
        ("Atlantis exports 12 million tonnes of fish to Lemuria a month.",
         [("quantity", "conflict", "the claim says 12 million tonnes a month; "
           "the source says 12 million tonnes a year")]),
        ("Atlantis exports fish to Lemuria.", []),
        ("Atlantis exports fish worth $12 million to Lemuria.", []),  # no amount of money
    ],
)  # fmt: skip
def test_amounts(world: Callable[..., World], claim: str, expected: list[tuple[str, ...]]) -> None:
    assert world(FISH).compare(quantities.findings, claim) == expected


def test_each_slot_takes_one_amount(world: Callable[..., World]) -> None:
    """Two amounts against one slot: the one that agrees takes it, the other is left."""
    found = world(FISH).compare(
        quantities.findings, "Atlantis exports 12 million tonnes of fish, up from 9 million tonnes."
    )
    assert found == [("quantity", "match", "12 million tonnes matches the source")]


def test_cues_keep_an_amount_from_other_slots(world: Callable[..., World]) -> None:
    """An amount whose cue words point at slots of other facts is not compared here."""
    stock = world(FISH)
    claim = stock.parse("Atlantis exports 20 million tonnes of fish to Lemuria a year.")
    view = stock.view()
    elsewhere = Scope({Element.value(Kind.QUANTITY, 0): {"other#volume#0"}}, claim.names)
    here = Scope({Element.value(Kind.QUANTITY, 0): {slot_id(view, "volume", 0)}}, claim.names)
    assert quantities.findings(claim, view, elsewhere) == []
    assert [f.status.value for f in quantities.findings(claim, view, here)] == ["conflict"]


def test_the_statement_adds_amounts_the_slots_lack(world: Callable[..., World]) -> None:
    stock = world(fact("Lemuria imports 40 percent of its fish.", keys=["fish"]))
    assert stock.compare(quantities.findings, "Lemuria imports 40% of its fish.") == [
        ("quantity", "match", "40% matches the source")
    ]
    assert stock.compare(quantities.findings, "Lemuria imports 60% of its fish.") == [
        ("quantity", "conflict", "the claim says 60%; the source says 40 percent")
    ]


def test_describe_quantity_adds_the_rate() -> None:
    from factcli.values import Quantity

    assert quantities.describe_quantity(Quantity(38e9, "m3", "volume", 1e9, text="38 bcm",
                                                 period="year")) == "38 bcm a year"  # fmt: skip
    assert quantities.describe_quantity(Quantity(38e9, "m3", "volume", 1e9,
                                                 text="38 bcm annually", period="year")) == (
        "38 bcm annually"
    )  # fmt: skip


STAY = fact(
    "Ana Diaz spent three days in Mu.",
    id="stay",
    keys=["Ana Diaz", "Mu"],
    durations=[{"slot": "length", "value": 3, "unit": "day"}],
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # how long before or after something, not how long the stay lasts
        ("Ana Diaz came to Mu two days before the summit.", []),
        ("Ana Diaz left Mu a week later.", []),
        ("Ana Diaz was in Mu ten years ago.", []),
        ("Ana Diaz stayed in Mu for two days after the summit.",
         [("quantity", "conflict", "the claim says two days; the source says three days")]),
    ],
)  # fmt: skip
def test_a_distance_in_time_is_no_length(
    world: Callable[..., World], claim: str, expected: list[tuple[str, ...]]
) -> None:
    assert world(STAY).compare(quantities.findings, claim, "stay") == expected


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Xi arrived in Moscow on Friday, two days before the parade.", "not_enough_info"),
        ("Xi will visit Belarus for two days after leaving Russia.", "supported"),
        # a word of degree between "for" and the length keeps it a length
        ("Xi stayed in Kazakhstan for just a day before flying to Moscow.", "supported"),
        ("Xi stayed in Kazakhstan for only two days before flying to Moscow.", "refuted"),
        ("xi was in belarus for about two days after russia", "supported"),
    ],
)
def test_distances_in_time_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


LANDED = fact(
    "Ana Diaz arrived in Poseidonis after a one-day stop in Kumari.",
    id="landed",
    keys=["Ana Diaz", "arrived"],
    entities=[
        {"name": "Poseidonis", "role": "destination"},
        {"name": "Kumari", "role": "previous_stop"},
    ],
    durations=[{"slot": "previous_stop_length", "value": 1, "unit": "day"}],
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the stop's length takes only a value tied to the stop
        ("Ana Diaz arrived in Poseidonis for a four-day visit.", []),
        ("Ana Diaz arrived in Poseidonis after a two-day stop in Kumari.",
         [("quantity", "conflict", "the claim says two-day; the source says one-day")]),
        ("Ana Diaz arrived in Poseidonis after a one-day trip.",
         [("quantity", "match", "one-day matches the source")]),
    ],
)  # fmt: skip
def test_a_stops_length_takes_only_the_stops_value(
    world: Callable[..., World], claim: str, expected: list[tuple[str, ...]]
) -> None:
    assert world(LANDED).compare(quantities.findings, claim, "landed") == expected


def test_the_reason_names_the_visits_own_length() -> None:
    claim = "Xi Jinping arrived in Moscow on Friday for a four-day state visit to Russia."
    assert bundled().check(claim).reasons == ("the claim says four-day; the source says three-day",)


def test_a_scoreline_belongs_to_its_result(world: Callable[..., World]) -> None:
    stock = world(
        fact(
            "Atlantis beat Lemuria behind Ana Diaz's 6-4, 6-4 win over Ben Ortiz.",
            keys=["beat"],
            entities=[{"name": "Atlantis", "role": "winner"}, {"name": "Lemuria", "role": "loser"}],
        )
    )
    assert stock.compare(quantities.findings, "Atlantis beat Lemuria 3-0.") == []
    assert stock.compare(quantities.findings, "Ana Diaz beat Ben Ortiz 6-3, 6-4.") == [
        ("quantity", "conflict", "the claim says 6-3, 6-4; the source says 6-4, 6-4")
    ]


def test_two_equal_values_take_two_slots(world: Callable[..., World]) -> None:
    stock = world(
        fact(
            "Teams play two singles, and the two best runners-up advance.",
            keys=["teams"],
            quantities=[{"slot": "count", "value": 2}, {"slot": "count", "value": 2}],
        )
    )
    found = stock.compare(
        quantities.findings, "Teams play two singles, and the two best runners-up advance."
    )
    assert found == [("quantity", "match", "two matches the source")] * 2


def test_of_several_counts_a_claim_meets_the_one_of_its_thing(world: Callable[..., World]) -> None:
    stock = world(
        fact(
            "Teams play two singles, and the two best runners-up advance.",
            keys=["teams"],
            quantities=[{"slot": "count", "value": 2}, {"slot": "count", "value": 2}],
        )
    )
    assert stock.compare(quantities.findings, "Teams play one doubles match.") == []
    assert stock.compare(quantities.findings, "The three best runners-up advance.") == [
        ("quantity", "conflict", "the claim says three; the source says two")
    ]


def test_a_count_of_people_meets_whatever_the_fact_counts_of_them(
    world: Callable[..., World],
) -> None:
    stock = world(
        fact(
            "The number of cases has exceeded 10,000, with 4,922 deaths.",
            keys=["cases|deaths"],
            quantities=[{"slot": "count", "value": 10000}, {"slot": "count", "value": 4922}],
        )
    )
    assert stock.compare(quantities.findings, "The disease killed 4,922 people and cases.") == [
        ("quantity", "match", "4,922 matches the source")
    ]
    assert stock.compare(quantities.findings, "The disease killed 4,000 people, with cases.") == [
        ("quantity", "conflict", "the claim says 4,000; the source says 4,922")
    ]


def test_a_distance_in_time_meets_the_same_distance(world: Callable[..., World]) -> None:
    stock = world(
        fact(
            "Two days after winning the title, Ana Diaz secured the win.",
            keys=["title"],
            durations=[{"slot": "length", "value": 2, "unit": "days"}],
        )
    )
    assert stock.compare(quantities.findings, "Ana Diaz won the title two days earlier.") == [
        ("quantity", "match", "two days matches the source")
    ]
    assert stock.compare(quantities.findings, "Ana Diaz won the title three days earlier.") == []


def test_a_part_of_a_whole_is_not_the_whole_s_count(tmp_path: Path) -> None:
    from .stores import small
    from .stores import verdict as label

    checker = small(
        tmp_path,
        fact("The storm killed 40 people, including 12 fishermen.", id="storm",
             keys=["storm|killed"], quantities=[{"slot": "count", "value": 12}]),
    )  # fmt: skip
    assert label(checker, "The storm killed 15 fishermen.") == "refuted"
    assert label(checker, "Three of the fishermen killed by the storm were from Mu.") == (
        "not_enough_info"
    )


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Only 200 of the roughly 2,000 evacuees will be able to go home.", "refuted"),
        ("Some 1,200 of the 2,000 evacuees will be able to go home.", "supported"),
        # a part of another whole says nothing of this one
        ("Only 200 of the 5,000 evacuees will be able to go home.", "refuted"),
    ],
)
def test_parts_of_the_same_whole_compare(tmp_path: Path, claim: str, label: str) -> None:
    checker = small(
        tmp_path,
        fact("Officials said 1,200 out of about 2,000 evacuees will be able to go back to "
             "their homes.", id="evacuees", keys=["evacuees"]),
    )  # fmt: skip
    assert verdict(checker, claim) == label


def test_an_exact_amount_inside_a_bound_is_more_than_the_source_says(tmp_path: Path) -> None:
    from .stores import small
    from .stores import verdict as label

    checker = small(
        tmp_path,
        fact("The mill ran for more than a year.", id="mill", keys=["mill"]),
    )  # fmt: skip
    assert label(checker, "The mill ran for over a year.") == "supported"
    assert label(checker, "The mill ran for 14 months.") == "not_enough_info"
    assert label(checker, "The mill ran for six months.") == "refuted"


def test_a_count_of_another_thing_is_not_compared_with_the_fact_s_only_count(
    tmp_path: Path,
) -> None:
    from .stores import small
    from .stores import verdict as label

    checker = small(
        tmp_path,
        fact("The survey used 300 sonar buoys off Mu.", id="buoys", keys=["survey"]),
    )  # fmt: skip
    assert label(checker, "The survey used 250 sonar buoys off Mu.") == "refuted"
    assert label(checker, "The survey counted 250 whales off Mu.") == "not_enough_info"


# --- "last ... N years ago" is the gap since the last time -----------------------------------

FIRST_IN_YEARS = fact(
    "Diaz's visit to Mu is the first by an Atlantean minister in nine years.",
    id="gap",
    keys=["Mu", "first|years|visit|hosted"],
    durations=[{"slot": "gap", "value": 9, "unit": "year", "cue": ["in", "since", "first"]}],
    ranks=[{"slot": "order", "value": 1, "kind": "ordinal", "cue": ["first"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Mu last hosted an Atlantean minister nine years ago.", "supported"),
        ("Mu last hosted an Atlantean minister five years ago.", "refuted"),
        ("Mu hosted an Atlantean minister nine years ago.", "not_enough_info"),  # not "last"
    ],
)
def test_the_last_time_n_years_ago(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, FIRST_IN_YEARS), claim) == label


# --- A scaled amount with no unit, against sums of money -------------------------------------

TRADE = fact(
    "Atlantis's fish trade with Lemuria was worth $40 billion in 2019.",
    id="trade",
    keys=["fish", "trade"],
    quantities=[{"slot": "value", "value": 40, "scale": "billion", "unit": "USD"}],
    dates=[{"slot": "year", "date": "2019", "cue": ["in"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Atlantis's fish trade with Lemuria was worth 40bn in 2019.", "supported"),
        ("Atlantis's fish trade with Lemuria was worth 60bn in 2019.", "refuted"),
        # a count of things is no sum of money
        ("Atlantis's fish trade with Lemuria fed 60 million people in 2019.", "not_enough_info"),
    ],
)
def test_a_scaled_amount_with_no_unit_is_money(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, TRADE), claim) == label


def test_a_scaled_count_of_things_is_not_read_as_money(tmp_path: Path) -> None:
    # a plural noun after the amount counts things: no sum of money to compare
    claim = "Atlantis's fish trade with Lemuria had 60 million buyers in 2019."
    assert verdict(small(tmp_path, TRADE), claim) == "not_enough_info"


CREW = fact(
    "The lifeboat carried 12 adults and a dog to the harbour.",
    id="crew",
    keys=["lifeboat"],
    quantities=[{"slot": "count", "value": 12}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("The lifeboat carried twelve adults and one dog.", "supported"),
        ("The lifeboat carried twelve adults and 1 dog.", "supported"),
        ("The lifeboat carried twelve adults and one cat.", "not_enough_info"),
    ],
)
def test_one_thing_the_fact_names_with_a(tmp_path: Path, claim: str, label: str) -> None:
    """ "one dog" is the fact's "a dog"; one of a thing the fact does not name is not."""
    assert verdict(small(tmp_path, CREW), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Atlantis gives hundreds of millions of dollars of aid to Lemuria.", "supported"),
        ("Atlantis gives hundreds of billions of dollars of aid to Lemuria.", "refuted"),
        ("Atlantis gives $400 million of aid to Lemuria.", "not_enough_info"),  # more precise
    ],
)
def test_an_order_of_magnitude_against_a_figure(tmp_path: Path, claim: str, label: str) -> None:
    aid = fact("Atlantis gives hundreds of millions of dollars of aid to Lemuria.", keys=["aid"])
    assert verdict(small(tmp_path, aid), claim) == label


# --- A time elapsed since an event takes a claim's length of time only by its cue --------


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Lemuria's fish fair marks the fifth anniversary of the fisheries treaty.", "refuted"),
        ("Lemuria hosts a fish fair on the fisheries treaty, a five-year pact.",
         "not_enough_info"),  # the treaty's length, not the time since it
    ],
)  # fmt: skip
def test_an_anniversary_against_a_length(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, FAIR), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [  # a word near the value that means the cue's ("honours" for "commemorating")
        ("Xi attends a Moscow parade that honours the end of World War II, seventy years on.",
         "supported"),
        ("Xi attends a Moscow parade that honours the end of World War II, sixty years on.",
         "refuted"),
    ],
)  # fmt: skip
def test_an_anniversary_cued_by_a_word_of_its_meaning(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


# --- What usually happens fixes no count at a given time ---------------------------------

LEAKS = fact(
    "Lemuria Gas records about 500 leaks in a typical month.",
    id="leaks",
    keys=["leaks"],
    entities=[{"name": "Lemuria Gas", "role": "subject"}],
    quantities=[{"slot": "count", "value": 500, "unit": "", "qualifier": "about"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Lemuria Gas recorded 900 leaks in December 2019.", "not_enough_info"),
        ("Lemuria Gas records about 900 leaks in a typical month.", "refuted"),
    ],
)
def test_a_typical_amount_against_a_dated_one(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, LEAKS), claim) == label


def test_a_time_of_day_is_compared_only_with_a_fact_of_its_parties(
    world: Callable[..., World],
) -> None:
    stock = world(
        fact(
            "At 10:17 p.m., Ana Diaz notified the police chief.",
            keys=["notified|told"],
            quantities=[{"slot": "clock", "value": 2217, "unit": "hrs"}],
        )
    )
    assert stock.compare(quantities.findings, "Ana Diaz notified the chief at 10:17 p.m.") == [
        ("quantity", "match", "10:17 p.m. matches the source")
    ]
    assert stock.compare(quantities.findings, "Ana Diaz notified the chief at 11:17 p.m.") == [
        ("quantity", "conflict", "the claim says 11:17 p.m.; the source says 10:17 p.m.")
    ]
    # another person's time: the fact names none of the claim's parties
    assert stock.compare(quantities.findings, "Lemuria's king was told at 11:17 p.m.") == []


def test_only_a_part_of_the_whole_conflicts_with_all_of_it(tmp_path: Path) -> None:
    """ "Only 16,000 of its teachers will strike" against all 26,000 of them: the part is said
    to be all; "16,000 of its teachers voted" is a part the whole's count does not fix."""
    checker = small(
        tmp_path,
        fact("The union says its more than 26,000 teachers will strike.", keys=["teachers"]),
    )
    assert verdict(checker, "The union says only 16,000 of its teachers will strike.") == (
        "refuted"
    )
    assert verdict(checker, "The union says 16,000 of its teachers will strike.") != "refuted"


def test_a_quarter_of_a_century_is_no_thirty_years() -> None:
    claim = "The gas supply contract runs for a quarter of a century."
    assert verdict(bundled(), claim) == "refuted"


def test_a_part_counts_what_follows_its_of(world: Callable[..., World]) -> None:
    """ "27 of the deaths" counts deaths: the fact's 27 cases are not them."""
    stock = world(fact("Mu reported 27 cases and 10 deaths outside the capital.", keys=["Mu"]))
    found = stock.compare(quantities.findings, "27 of the deaths occurred outside the capital.")
    assert ("quantity", "match", "27 matches the source") not in found
    found = stock.compare(quantities.findings, "27 of the cases occurred outside the capital.")
    assert ("quantity", "match", "27 matches the source") in found


def test_an_amount_is_the_fact_s_equal_amount_not_one_within_its_bound(tmp_path: Path) -> None:
    """ "$1.4 billion" is within "more than $1 billion" too: it pairs with the fact's own
    "$1.4 billion", and is supported, not set aside as more precise than a bound."""
    budget = fact(
        "The agency has invested more than $1 billion in the past five years, with an"
        " additional $1.4 billion budgeted over the next five years.",
        id="budget",
        keys=["invested|budgeted"],
        quantities=[
            {"slot": "spent", "value": 1, "scale": "billion", "unit": "USD",
             "qualifier": "more_than"},
            {"slot": "budget", "value": 1.4, "scale": "billion", "unit": "USD"},
        ],
    )  # fmt: skip
    checker = small(tmp_path, budget)
    assert verdict(checker, "An additional $1.4 billion was budgeted over five years.") == (
        "supported"
    )


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ana Diaz has led Atlantis for 37 years.", "supported"),  # since 1983, in 2020
        ("Ana Diaz has led Atlantis for the past 36 years.", "supported"),  # late in 1983
        ("Diaz's 37-year rule of Atlantis", "supported"),
        ("Ana Diaz has led Atlantis for 30 years.", "refuted"),
    ],
)
def test_years_a_state_has_lasted_against_its_start(tmp_path: Path, claim: str, label: str) -> None:
    rule = fact(
        "Ana Diaz has led Atlantis since independence in 1983.",
        id="rule",
        keys=["led|rule"],
        dates=[{"slot": "since", "date": "1983", "cue": ["since"]}],
    )  # the store's source was written in 2020
    assert verdict(small(tmp_path, rule), claim) == label


def test_a_count_with_its_noun_left_out_counts_what_the_fact_s_does(tmp_path: Path) -> None:
    """ "one covering driver-side airbags" is the fact's "one dealing with driver-side
    airbags": the words after the count, not right after it, say what it counts."""
    reports = fact(
        "Reef Council filed four defect reports, one dealing with driver-side airbags and"
        " three with passenger-side units.",
        id="reports",
        keys=["reports|defect"],
    )
    claim = (
        "Reef Council filed four defect reports, one covering driver-side airbags and three"
        " covering passenger-side units."
    )
    assert verdict(small(tmp_path, reports), claim) == "supported"


def test_a_count_of_a_thing_named_by_a_derived_word_is_that_count(
    world: Callable[..., World],
) -> None:
    """ "two heaters" counts the "two heating elements"; not the "three fans"."""
    counts = [{"slot": "count", "value": 3}, {"slot": "count", "value": 2}]
    chair = fact("The chair contains three fans and two heating elements.", keys=["chair"],
                 quantities=counts)  # fmt: skip
    found = world(chair).compare(quantities.findings, "The chair has three fans and two heaters.")
    assert [status for _, status, _ in found] == ["match", "match"]


def test_a_compound_noun_said_in_another_order_counts_the_same_thing(
    world: Callable[..., World],
) -> None:
    """ "38 federal hate crime counts" counts the "33 counts of federal hate crimes"; not
    the nine people he killed."""
    counts = [{"slot": "count", "value": v} for v in (33, 9)]
    verdict_ = fact("A jury found Diaz guilty on all 33 counts of federal fishing crimes "
                    "for killing nine whales.", keys=["jury"], quantities=counts)  # fmt: skip
    found = world(verdict_).compare(
        quantities.findings, "A jury found Diaz guilty on all 38 federal fishing crime counts."
    )
    assert [status for _, status, _ in found] == ["conflict"]
    assert "33" in found[0][2]


def test_a_change_and_a_level_say_nothing_of_each_other(tmp_path: Path) -> None:
    """ "reduced by as many as 15 years" is a change; "reduced to between 14 and 17.5
    years" a level: the change is compared with the fact's change, not within the level."""
    cut = fact("Diaz's 24-year sentence could be trimmed by as many as 10 years.", id="cut",
               keys=["sentence"])  # fmt: skip
    level = fact("Under the deal, Diaz's sentence will be reduced to somewhere between 14 and "
                 "17.5 years.", id="level", keys=["sentence"])  # fmt: skip
    checker = small(tmp_path, cut, level)
    result = checker.check("Diaz's sentence could be reduced by as many as 15 years.")
    assert result.verdict.value == "refuted"
    assert result.reasons == ("the claim says as many as 15 years; the source says as many as "
                              "10 years",)  # fmt: skip
    level_said = "Diaz's sentence will be reduced to between 14 and 17.5 years."
    assert verdict(checker, level_said) == "supported"


# --- A percentage of a change against a change stated as a multiplier ------------------------

GOAL = fact(
    "Atlantis aims to more than double its fish exports to Lemuria to 30 million tonnes by 2030.",
    id="goal",
    modality="planned",
    keys=["fish"],
    quantities=[
        {"slot": "target", "value": 30, "scale": "million", "unit": "tonnes", "cue": ["to"]},
        {"slot": "growth", "value": 2, "unit": "times", "qualifier": "more_than",
         "cue": ["double"]},
    ],
    dates=[
        {"slot": "deadline", "date": "2030", "cue": ["by"]},
        {"slot": "base", "date": "2020", "cue": ["from", "on", "since"]},
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Atlantis aims to grow its fish exports to Lemuria by about 50% by 2030.", "refuted"),
        ("Atlantis wants fish exports to Lemuria up 40 percent by 2030.", "refuted"),
        ("Atlantis aims for a 30% increase in fish exports to Lemuria by 2030.", "refuted"),
        ("Atlantis aims to grow fish exports to Lemuria by more than 100% by 2030.", "supported"),
        # more precise than "more than double": the source does not say it
        ("Atlantis aims to grow fish exports to Lemuria by 120% by 2030.", "not_enough_info"),
    ],
)
def test_a_percentage_of_a_change_against_a_multiplier(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, GOAL), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Atlantis aims to double fish exports to Lemuria from the 2020 level by 2030.",
         "supported"),
        ("Atlantis aims to double fish exports to Lemuria from the 2015 level by 2030.",
         "refuted"),
        # a date with no cue of the base is the deadline's, even when it is the base's year
        ("Atlantis aims to double fish exports to Lemuria by 2020.", "refuted"),
    ],
)  # fmt: skip
def test_the_year_a_change_starts_from_takes_a_date_only_by_its_cue(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, GOAL), claim) == label


BOATS = fact("Atlantis's boat sales rose 40 percent in 2020.", id="boats", keys=["boat"])
BOAT_SHARE = fact("Boats make up 40 percent of Atlantis's exports.", id="share", keys=["boat"])


@pytest.mark.parametrize(
    ("record", "claim", "label"),
    [
        (BOATS, "Atlantis's boat sales more than doubled in 2020.", "refuted"),
        (BOATS, "Atlantis's boat sales were halved in 2020.", "refuted"),
        (BOATS, "Atlantis's boat sales grew by 40% in 2020.", "supported"),
        # a share is no change: a multiplier says nothing of it
        (BOAT_SHARE, "Atlantis's boat exports doubled.", "not_enough_info"),
    ],
)
def test_a_multiplier_against_a_percentage_of_a_change(
    tmp_path: Path, record: dict[str, object], claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, record), claim) == label


DATA_LOSS = fact("The craft stopped sending data 6 1/2 minutes after the launch.", keys=["data"])


@pytest.mark.parametrize(
    ("claim", "label"),
    [  # a distance in time from the event the fact's distance is from
        ("The craft stopped sending data 16 and a half minutes after the launch.", "refuted"),
        ("The craft stopped sending data six and a half minutes after launch.", "supported"),
        # from another event: the fact gives no distance from it
        ("The craft stopped sending data 16 minutes after it docked.", "not_enough_info"),
    ],
)
def test_a_distance_from_the_same_event(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, DATA_LOSS), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a change "by" an amount is the difference between the fact's two levels
        ("Atlantis coal output fell by nearly 72 million tons between 2008 and 2015.",
         "supported"),
        ("Atlantis coal output fell by about 100 million tons between 2008 and 2015.",
         "refuted"),
    ],
)  # fmt: skip
def test_a_change_is_the_difference_of_two_levels(tmp_path: Path, claim: str, label: str) -> None:
    checker = small(
        tmp_path,
        fact("Atlantis coal output peaked in 2008 at 447.6 million tons, declining to 375.8 "
             "million tons in 2015.", id="coal", keys=["coal"]),
    )  # fmt: skip
    assert verdict(checker, claim) == label
