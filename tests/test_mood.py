"""The mood of a text: an event stated as done, as planned or expected, or unmarked."""

from __future__ import annotations

import pytest

from factcli.mood import Mood, asks, main_clause, past_verb, read_mood


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("The mayor opened the new bridge.", Mood.DONE),
        ("The treaty has already been ratified.", Mood.DONE),
        ("The bridge was finished two years ago.", Mood.DONE),
        ("Both sides had signed the accord.", Mood.DONE),
        ("The mayor will open the bridge.", Mood.PLANNED),
        ("The bridge is expected to open in June.", Mood.PLANNED),
        ("The city plans to open the bridge.", Mood.PLANNED),
        ("The firm aims to double its sales by 2030.", Mood.PLANNED),
        ("Deliveries are due to start in 2019.", Mood.PLANNED),
        ("A deal could be reached next week.", Mood.PLANNED),
        ("They may sign a deal.", Mood.PLANNED),
        ("The contract signed in 2014 will see deliveries begin in 2018.", Mood.PLANNED),
        ("Exports recovered in 2019 after a slump.", Mood.DONE),  # no determiner: a main verb
        ("Minister Lopez arrived on Monday for talks where she will sign a pact.", Mood.DONE),
        # a commitment restated is still a plan: "reiterated" is the restating's tense
        ("The two leaders reiterated their commitment to doubling trade by 2030.", Mood.PLANNED),
        ("Did the mayor open the bridge?", Mood.DONE),  # a question on what was done
        ("The pact got signed on Monday.", Mood.DONE),  # a passive with "get"
        ("A giant sign lit the way to the hall.", Mood.DONE),  # irregular pasts
        ("The tubes shone orange-red.", Mood.DONE),
        # a proposal made is done; a proposed measure is planned
        ("The board has formally proposed a 90% cut for 2040.", Mood.DONE),
        # a past "was" says an event took place; a state in the past is no event
        ("The mayor's visit to Oslo in May was part of a longer tour.", Mood.DONE),
        ("Trade was $95 billion.", Mood.UNMARKED),
        ("The proposed cut would halve emissions.", Mood.PLANNED),
        ("Does the mayor open the bridge?", Mood.UNMARKED),
        # "aimed at" a target is no plan; "aimed at" a deed is
        ("They signed a cyber pact aimed at the US.", Mood.DONE),
        ("They signed a deal aimed at doubling trade.", Mood.PLANNED),
        ("Berlin is the capital of Germany.", Mood.UNMARKED),
        ("The firm remains the largest employer.", Mood.UNMARKED),
    ],
)
def test_the_mood_of_a_text(text: str, mood: Mood) -> None:
    assert read_mood(text).mood is mood


def test_a_month_is_not_a_modal_and_a_cause_is_not_a_plan() -> None:
    assert read_mood("The accord was signed in May 2014.").mood is Mood.DONE
    assert read_mood("Sales fell due to the strike.").mood is Mood.DONE


def test_the_cue_says_which_words_show_the_mood() -> None:
    assert read_mood("The pact has been signed.").cue == "has been signed"
    assert read_mood("The pact is expected to be signed.").cue == "expected"


@pytest.mark.parametrize(
    "text",
    [
        "The two cities are determined to link their tram lines by 2030.",
        "Both firms are keen to merge their ferry services.",
        "The minister resolved to cut the deficit in half.",
    ],
)
def test_a_resolve_to_act_is_a_plan(text: str) -> None:
    assert read_mood(text).mood is Mood.PLANNED


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("China wanted trade to hit $200 billion in 2018.", Mood.PLANNED),
        ("The firm intends the new plant to open next year.", Mood.PLANNED),
        ("They wanted more money.", Mood.DONE),  # no "to": a past verb
    ],
)
def test_a_want_for_an_object_is_a_plan(text: str, mood: Mood) -> None:
    assert read_mood(text).mood is mood


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The two cities have agreed to link their tram lines by 2030.", "have agreed"),
        ("The council vowed to rebuild the harbour.", "vowed"),
        ("Both firms pledged to merge their ferry services.", "pledged"),
    ],
)
def test_a_commitment_made_is_done(text: str, cue: str) -> None:
    assert read_mood(text) == (Mood.DONE, cue)


def test_a_commitment_held_or_to_come_is_a_plan() -> None:
    assert read_mood("The two cities are committed to linking their tram lines.").mood is (
        Mood.PLANNED
    )
    assert read_mood("The two cities will agree to link their tram lines.").mood is Mood.PLANNED


def test_a_resolve_without_to_is_no_plan() -> None:
    assert read_mood("The court resolved the dispute in 2019.").mood is Mood.DONE
    assert read_mood("The fans were keen and loud.").mood is not Mood.PLANNED


def test_a_plan_named_as_a_thing_is_no_plan() -> None:
    assert read_mood("AT&T offers an Internet plan in a bundle.").mood is Mood.UNMARKED
    assert read_mood("The plan was approved in May.").mood is Mood.DONE
    assert read_mood("China plans to double trade.").mood is Mood.PLANNED


def test_planning_as_a_field_is_no_plan() -> None:
    assert read_mood("She is a professor of planning at NYU.").mood is Mood.UNMARKED
    assert read_mood("They are planning a visit.").mood is Mood.PLANNED
    assert read_mood("Planning to leave, he packed.").mood is Mood.PLANNED


def test_what_is_asked_for_is_sought_not_done() -> None:
    assert read_mood("The union asked for a 30 per cent raise.").mood is Mood.PLANNED
    assert read_mood("They are calling for talks.").mood is Mood.PLANNED
    assert read_mood("Xi called on Putin in Moscow.").mood is Mood.DONE
    assert read_mood("He asked Putin about the deal.").mood is Mood.DONE


def test_a_result_is_told_as_done() -> None:
    assert all(past_verb(word) for word in ("beat", "swept", "overcame"))


def test_a_when_clause_is_not_the_main_clause() -> None:
    text = "Both leaders attended the parade, when no other leader came."
    assert main_clause(text) == "Both leaders attended the parade"


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("how many s-400 units is china buying", True),  # no question mark
        ("How much gas will Russia supply to China?", True),
        ("What did Biswas say?", True),
        ("Is Moscow afraid of losing clout in Central Asia?", False),  # yes-no: a claim
        ("How Xi won over Putin", False),  # a headline that states how
        ("Xi met Putin.", False),
    ],
)
def test_a_question_for_a_value_asks_and_states_nothing(text: str, question: bool) -> None:
    assert asks(text) is question


def test_a_want_for_an_object_with_a_participle_is_a_plan() -> None:
    assert read_mood("Beijing wants trade with Russia more than doubled").mood is Mood.PLANNED


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("The deal still has to be approved by the judge.", Mood.PLANNED),
        ("The treaty has yet to be signed.", Mood.PLANNED),
        ("The bill needs to pass the Senate.", Mood.PLANNED),
        ("Plants had to invest in new filters.", Mood.UNMARKED),  # an obligation met
        ("The judge approved the deal.", Mood.DONE),
    ],
)
def test_what_still_has_to_be_done_is_not_done(text: str, mood: Mood) -> None:
    assert read_mood(text).mood is mood


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("Putin went to the parade, just as expected.", Mood.DONE),
        ("The launch went ahead as planned.", Mood.DONE),
        ("Putin is expected to attend the parade.", Mood.PLANNED),
    ],
)
def test_as_expected_comments_on_a_deed_the_verb_states(text: str, mood: Mood) -> None:
    assert read_mood(text).mood is mood


@pytest.mark.parametrize(
    "text",
    ["Hanson is a strong contender to win a Senate seat.", "Sharkie is on track to win Mayo."],
)
def test_an_outcome_in_prospect_is_not_yet_done(text: str) -> None:
    assert read_mood(text).mood is Mood.PLANNED
