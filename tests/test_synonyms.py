"""Synonym groups: a word reads as every member of its groups, as stems."""

from __future__ import annotations

import pytest

from factcli.lexicon import stem
from factcli.synonyms import (
    idiom_words,
    phrase_equivalents,
    phrase_words,
    share_a_root,
    synonym_index,
    widened,
    with_converses,
)


def test_a_word_widens_to_its_group() -> None:
    wider = widened(frozenset({stem("travelled")}))
    assert stem("visit") in wider
    assert stem("travelled") in wider


def test_a_rate_hike_is_a_rate_increase() -> None:
    assert stem("increase") in widened(frozenset({stem("hike")}))


def test_a_word_of_no_group_stays_alone() -> None:
    assert widened(frozenset({"zzyzx"})) == frozenset({"zzyzx"})


def test_the_index_is_symmetric() -> None:
    index = synonym_index()
    for word, group in index.items():
        assert word in group
        assert all(word in index[other] for other in group)


@pytest.mark.parametrize(
    ("said", "stated"),
    [
        ("clinched", "seal"),
        ("deciding", "decisive"),
        ("swept", "beat"),
        ("lost", "defeated"),
        ("pummeled", "hurting"),
        ("battered", "damage"),
        ("itinerary", "trip"),
        ("hosted", "visit"),
        ("targets", "against"),
        ("relations", "ties"),
        ("bolstered", "strengthen"),
        ("collaboration", "cooperation"),
        ("marking", "commemorating"),
        ("inmates", "prisoners"),
        ("soldiers", "troops"),
        ("cops", "police"),
        ("dispatched", "sent"),
        ("fled", "escape"),
        ("told", "notified"),
        ("informed", "alerted"),
        ("convicted", "guilty"),
        ("headquarters", "based"),
        ("passed", "exceeded"),
        ("wildfire", "fire"),
        ("division", "unit"),
        ("flat", "unchanged"),
        ("ruins", "destroyed"),  # "left 150 homes in ruins"
    ],
)
def test_another_outlet_s_word_meets_the_fact_s(said: str, stated: str) -> None:
    assert stem(stated) in widened(frozenset({stem(said)}))


def test_a_phrase_says_its_one_word() -> None:
    assert phrase_equivalents("three states have yet to hand in their plans") == ["submit"]
    assert phrase_equivalents("the firm put off the launch") == ["delay"]
    assert phrase_equivalents("a hand injury") == []
    assert phrase_equivalents("the eu is on course to meet its targets") == ["track"]
    assert phrase_equivalents("revenue was little changed") == ["unchanged"]
    assert phrase_equivalents("it is seen as the front-runner") == ["considered"]


def test_a_result_that_met_estimates_is_in_line_and_a_forecast_stood_by_is_kept() -> None:
    said = {w for _, _, w in idiom_words("Net income met analyst expectations.")}
    assert said == {"in-line"}
    assert [w for _, _, w in idiom_words("It stood by its forecast.")] == ["maintained"]
    assert idiom_words("Xi met Putin in Moscow.") == []


def test_lives_a_disaster_took_are_deaths() -> None:
    assert [w for _, _, w in idiom_words("The outbreak has claimed 4,292 lives.")] == ["death"]
    assert idiom_words("The vaccine saved many lives.") == []


def test_a_converse_reads_as_the_other_side_of_the_transfer() -> None:
    wider = with_converses(frozenset({stem("sold")}))
    assert {stem("bought"), stem("purchase"), stem("sold")} <= wider
    assert stem("import") in with_converses(frozenset({stem("exports")}))
    assert with_converses(frozenset({stem("visit")})) == frozenset({stem("visit")})


def test_a_phrase_reads_as_its_one_word_equivalent() -> None:
    text = "Lemuria will return the favour soon."
    found = phrase_words(text, widened(frozenset({stem("reciprocated")})))
    assert found == {text.index(w) for w in ("return", "the", "favour")}
    assert phrase_words(text, frozenset({stem("visit")})) == frozenset()
    assert phrase_words("They return the favourite.", frozenset({stem("reciprocate")})) == (
        frozenset()  # whole words only
    )


def test_a_leg_is_a_part_of_a_trip() -> None:
    assert stem("trip") in widened(frozenset({stem("leg")}))


def test_to_rule_a_country_is_to_lead_it_but_no_government_is() -> None:
    ruled = widened(frozenset({stem("ruled")}))
    assert stem("led") in ruled
    assert stem("government") not in ruled


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Diaz left Lima on Monday.", ["exit"]),
        ("Diaz has 18 months left in office.", []),
        ("Diaz returned to Lima on Monday.", ["comeback"]),
        ("Lima will return the favour.", []),
    ],
)
def test_leaving_a_place_or_coming_back_to_it(text: str, words: list[str]) -> None:
    assert [word for _, _, word in idiom_words(text)] == words


def test_up_with_an_amount_is_a_rise_but_not_after_a_phrasal_verb() -> None:
    assert [w for _, _, w in idiom_words("Shares closed up 0.5 percent.")] == ["rose"]
    assert idiom_words("Verizon signed up 640,000 customers.") == []
    assert idiom_words("Labour picked up 20 seats.") == []


@pytest.mark.parametrize(
    ("one", "other", "shared"),
    [
        ("heaters", "heating", True),
        ("employees", "employed", True),
        ("fans", "heating", False),
        ("career", "car", False),  # a root needs four letters
    ],
)
def test_words_of_one_root(one: str, other: str, shared: bool) -> None:
    assert share_a_root(frozenset({stem(one)}), frozenset({stem(other)})) is shared


def test_who_works_for_a_firm_is_its_employee() -> None:
    assert stem("employee") in {stem(w) for w in phrase_equivalents("5,700 people work for ge")}
    assert stem("employs") in widened(frozenset({stem("workers")}))


def test_a_deal_struck_is_a_deal_signed() -> None:
    assert stem("signed") in widened(frozenset({stem("struck")}))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("match", "game"),
        ("taped", "recorded"),
        ("uncrewed", "unmanned"),
        ("spaceship", "spacecraft"),
        ("accident", "crash"),
        ("dubbed", "nicknamed"),
        ("identical", "same"),
        ("massive", "giant"),
        ("affect", "impact"),
        ("offer", "provide"),
    ],
)
def test_news_words_of_one_meaning(one: str, other: str) -> None:
    assert stem(other) in widened(frozenset({stem(one)}))


def test_phrases_of_one_word() -> None:
    said = {stem(w) for w in phrase_equivalents("the craft broke up after volunteers carried out")}
    assert {stem("disintegrate"), stem("perform")} <= said
    assert stem("because") in {stem(w) for w in phrase_equivalents("on account of her love")}
    assert stem("launch") in {stem(w) for w in phrase_equivalents("the rocket blasted off")}
    assert stem("arrive") in {stem(w) for w in phrase_equivalents("xi got to moscow on friday")}
