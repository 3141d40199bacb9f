"""What one clause fixes: how firmly it states its content."""

from __future__ import annotations

import pytest

from factcli.draft.slots import measured_words, modality, quantity_records, topic_words
from factcli.entities import EntityIndex
from factcli.parse import parse_text


def test_what_a_concern_says_may_happen_is_expected() -> None:
    clause = "The attack raised concerns that the government would be pressured to act."
    assert modality(clause, None) == "expected"
    assert modality("Officials warned that prices will rise.", None) == "expected"


def test_a_warning_hung_on_the_clause_qualifies_only_what_it_warns_of() -> None:
    clause = (
        "The fire has left 150 homes in ruins, officials said, warning that more residents"
        " may be forced to flee."
    )
    assert modality(clause, None) == "reported"
    assert modality("Officials warned that more residents may be forced to flee.", None) == (
        "expected"
    )


def test_a_cue_in_a_relative_clause_still_qualifies_only_that_clause() -> None:
    clause = "The firm has 11 stores and a chain that may open more."
    assert modality(clause, None) == "reported"
    assert modality("The concerns that he raised were answered.", None) == "reported"


def test_what_is_said_to_come_is_a_plan() -> None:
    clause = "The union has said that after it joins the court, it will press charges."
    assert modality(clause, None) == "planned"
    assert modality("The union said that it pressed charges.", None) == "reported"


def test_an_opening_participle_phrase_qualifies_only_itself() -> None:
    clause = "Fuelling speculation that the plan might be under way, Diaz returned to Mu."
    assert modality(clause, None) == "reported"
    assert modality("Diaz might return to Mu, fuelling speculation.", None) == "expected"


def test_a_forecast_named_as_a_thing_is_reported() -> None:
    assert modality("Revenue rose 27 percent, just under analysts' forecasts.", None) == (
        "reported"
    )
    assert modality("The chief executive offered a sales forecast for the quarter.", None) == (
        "reported"
    )
    assert modality("The bank forecasts growth of 2 percent.", None) == "expected"


def test_a_plan_named_as_a_thing_is_no_plan() -> None:
    assert modality("AT&T offers a high-speed Internet plan in a bundle.", None) == "reported"
    assert modality("Insurers run Medicare Advantage plans.", None) == "reported"
    assert modality("The firm plans to open a plant.", None) == "planned"
    assert modality("It has plans for a second plant.", None) == "planned"
    assert modality("Zimmerman is a professor of planning at NYU.", None) == "reported"
    assert modality("They are planning a visit.", None) == "planned"


def test_what_is_sought_is_a_plan() -> None:
    assert modality("Federal prosecutors are seeking a death sentence.", None) == "planned"
    assert modality("The union is calling for a pay rise.", None) == "planned"
    assert modality("The sought-after doctor retired in May.", None) == "reported"


def test_a_place_fronted_before_the_comma_is_the_scene() -> None:
    from factcli.draft import draft_article

    text = (
        "Quake\n\nThe quake struck west of Cuenca on Saturday. In Cuenca, a car was crushed "
        "by falling debris. Rescuers in Cuenca searched for the driver.\n"
    )
    draft = draft_article(text)
    kinds = {a.name: a.kind for a in draft.aliases}
    assert kinds["Cuenca"] == "city"
    crushed = next(f for f in draft.facts if "crushed" in f.statement)
    assert ("Cuenca", "location") in crushed.entities
    struck = next(f for f in draft.facts if "struck" in f.statement)
    assert "location" not in {role for _, role in struck.entities}


@pytest.mark.parametrize(
    ("sentence", "destination"),
    [
        # a trip reported in a subordinate clause is not the main clause's
        ("Lee is scheduled to pay a four-day state visit to China beginning Sunday amid "
         "media reports that he may visit Japan later this month.", "China"),
        # the stops of one trip: the last is where it arrives
        ("After a one-day trip to Kazakhstan, Lee arrived in China on Sunday.", "China"),
    ],
)  # fmt: skip
def test_the_main_clause_keeps_its_own_destination(sentence: str, destination: str) -> None:
    from factcli.draft import draft_article

    draft = draft_article(f"Visit\n\n{sentence}\n")
    assert {n for f in draft.facts for n, role in f.entities if role == "destination"} == {
        destination
    }


def test_a_city_before_its_state_is_located_in_it() -> None:
    from factcli.draft import draft_article

    draft = draft_article(
        "Move\n\nThe firm had been based in Fairfield, Connecticut, since 1974.\n"
    )
    located = next(f for f in draft.facts if f.statement == "Fairfield is in Connecticut.")
    assert located.entities == (("Connecticut", "location"),)


def test_a_bounded_duration_is_left_to_the_statement() -> None:
    parsed = parse_text(
        "The mill ran for more than a year and then for two weeks.", EntityIndex([])
    )
    _, durations = quantity_records(parsed)
    assert [(d.value, d.unit) for d in durations] == [(2, "week")]


def test_what_a_duration_measures_joins_what_a_clause_counts() -> None:
    parsed = parse_text(
        "The job needed 300 welders working nonstop for six months.", EntityIndex([])
    )
    assert {"welders", "working", "nonstop"} <= set(measured_words(parsed, topic_words(parsed)))


def test_the_noun_after_a_duration_says_what_it_measures() -> None:
    parsed = parse_text("The survey logged 300 whales over a ten-year period.", EntityIndex([]))
    assert "period" in measured_words(parsed, topic_words(parsed))


def test_the_word_an_amount_modifies_says_what_it_measures() -> None:
    parsed = parse_text(
        "The ferry line, run by and 30-per-cent owned by the port authority, sails daily.",
        EntityIndex([]),
    )
    assert "owned" in measured_words(parsed, topic_words(parsed))


def test_a_magnitude_is_kept_and_keys_nothing_of_its_own() -> None:
    """ "a 6.1-magnitude tremor": a slot a claim's magnitude is compared with; the words
    round it (the relief effort before it) say nothing of what it measures, and a claim's
    "magnitude" is read as its unit, not a word a key could meet."""
    parsed = parse_text(
        "Relief efforts began after a 6.1-magnitude tremor killed 40 villagers.", EntityIndex([])
    )
    amounts, _ = quantity_records(parsed)
    assert [(a.slot, a.value, a.unit) for a in amounts] == [
        ("magnitude", 6.1, "magnitude"),
        ("count", 40, ""),
    ]
    assert "efforts" not in measured_words(parsed, topic_words(parsed))


def test_a_distance_measures_how_far_from_its_place() -> None:
    """ "In the port city of Kumari, 200 miles from the dam, ...": a claim on how far Kumari
    is from the dam meets the fact by "dam", not by the words before the distance."""
    parsed = parse_text(
        "In the port city of Kumari, 200 miles from the dam, a bridge fell.", EntityIndex([])
    )
    assert measured_words(parsed, topic_words(parsed)) == ["dam"]


def test_the_noun_after_an_amount_joined_to_its_adjective_says_what_it_measures() -> None:
    parsed = parse_text(
        "He wowed crowds with 40-foot-tall tubes on the hall's front.", EntityIndex([])
    )
    assert "tubes" in measured_words(parsed, topic_words(parsed))


def test_a_time_of_day_is_written_as_the_24_hour_clock() -> None:
    parsed = parse_text("The drama began at 10:01 p.m. on Monday.", EntityIndex([]))
    amounts, durations = quantity_records(parsed)
    assert [(r.slot, r.value, r.unit) for r in amounts] == [("clock", 2201, "hrs")]
    assert durations == []


@pytest.mark.parametrize(
    ("clause", "mood"),
    [
        ("Purdue is considering cutting the corn in its feed to 55 per cent.", "planned"),
        ("The district is looking into funding for other fixes.", "planned"),
        ("The tribe is investigating a possible link to kauri dieback.", "expected"),
        ("Officials found what they believed to be human remains.", "expected"),
        ("He became arguably the greatest player in history.", "expected"),
        ("Purdue cut the corn in its feed to 55 per cent.", "reported"),
    ],
)
def test_what_is_only_weighed_or_hedged_is_no_deed(clause: str, mood: str) -> None:
    assert modality(clause, None) == mood


def test_what_still_has_to_be_done_is_planned() -> None:
    assert modality("The agreement still has to be approved by the judge.", None) == "planned"
    assert modality("The deal has yet to be signed.", None) == "planned"
    assert modality("The judge approved the agreement.", None) == "reported"


def test_as_expected_is_no_expectation_of_the_clause() -> None:
    assert modality("The rate rose, as expected.", None) == "reported"
    assert modality("The launch went ahead as planned.", None) == "reported"
    assert modality("The strike was expected to hurt earnings.", None) == "expected"


def test_an_outcome_in_prospect_is_expected() -> None:
    assert modality("Hanson is a strong contender to win a Senate seat.", None) == "expected"
    assert modality("Hanson won a Senate seat.", None) == "reported"
