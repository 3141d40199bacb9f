"""Which sentences make claims, and how they split into clauses."""

from __future__ import annotations

import pytest

from factcli.draft.segment import claim_units, is_claim, without_dateline
from factcli.draft.source import read_header


def test_captions_links_and_chrome_are_skipped(article: str) -> None:
    units = claim_units(article, read_header(article).body_start)
    texts = [u.sentence.text for u in units]
    assert not any("Image:" in t or "Read more" in t or "Skip to" in t for t in texts)
    assert any(t.startswith("OSLO") for t in texts)


def test_a_heading_is_no_claim() -> None:
    assert not is_claim("Pulling together")
    assert is_claim("The council voted on Monday.")


def test_a_leading_concessive_clause_is_a_clause_of_its_own(article: str) -> None:
    units = claim_units(article, read_header(article).body_start)
    unit = next(u for u in units if u.sentence.text.startswith("Although"))
    assert [c.text for c in unit.clauses] == [
        "Although sales in Europe were flat",
        "the company expects revenue to reach 500 million euros by 2023.",
    ]


def test_a_denial_in_a_dashed_aside_stands_alone() -> None:
    text = "A title\n\nPutin will attend the parade - something no Russian leader has ever done.\n"
    units = claim_units(text, read_header(text).body_start)
    assert [c.text for c in units[0].clauses] == [
        "Putin will attend the parade",
        "something no Russian leader has ever done.",
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a relative clause on a list of names is said of them all
        ("The report singled out Belgium, Estonia and Poland, which have not submitted their"
         " plans, urging them to act.",
         "Belgium, Estonia and Poland have not submitted their plans"),
        # a relative clause after a year is said of the noun before "of"
        ("They were the worst ratings since the drought of 1988, which cut production by 20 per"
         " cent.", "the drought of 1988 cut production by 20 per cent."),
        # a deed with no subject after "but" is the first clause's subject's
        ("She had no symptoms then but later developed a fever.", "She later developed a fever."),
    ],
    ids=["list", "year", "no-subject"],
)  # fmt: skip
def test_a_clause_said_of_a_noun_before_it(sentence: str, clause: str) -> None:
    text = f"A title\n\n{sentence}\n"
    units = claim_units(text, read_header(text).body_start)
    assert clause in [c.text for u in units for c in u.clauses]


def test_a_trailing_as_clause_stands_alone(article: str) -> None:
    units = claim_units(article, read_header(article).body_start)
    clauses = [c.text for u in units for c in u.clauses]
    assert "as exports to Japan rose by 15 percent." in clauses


def test_and_then_a_name_and_its_verb_opens_a_clause() -> None:
    text = "A title\n\nChina remained the largest partner in 2014 and Russia was the ninth.\n"
    units = claim_units(text, read_header(text).body_start)
    assert [c.text for c in units[0].clauses] == [
        "China remained the largest partner in 2014",
        "Russia was the ninth.",
    ]


def test_two_names_that_share_a_verb_stay_in_one_clause() -> None:
    text = (
        "A title\n\nThe analyst points out that Norway and Chile will expand their fleets.\n\n"
        "Shares of Acme and Bolt Motors rose sharply on Monday.\n"
    )
    units = claim_units(text, read_header(text).body_start)
    assert [len(u.clauses) for u in units] == [1, 1]


def test_what_in_addition_to_adds_is_a_clause_of_its_own() -> None:
    text = (
        "A title\n\nIn addition to a new gas deal with Chile, the two nations are expected to "
        "sign a fishing pact.\n"
    )
    units = claim_units(text, read_header(text).body_start)
    assert [c.text for c in units[0].clauses] == [
        "In addition to a new gas deal with Chile",
        "the two nations are expected to sign a fishing pact.",
    ]


def test_a_which_clause_set_off_by_dashes_is_said_of_its_noun() -> None:
    text = (
        "A title\n\nUnlike Ocular Corp. and Zenimo Cable - which don't compete in the same "
        "territory - Acme's service does compete directly with Lemuria TV.\n\n"
        "The deal helps it compete against Ocular and Zenimo Cable, which agreed to merge.\n"
    )
    units = claim_units(text, read_header(text).body_start)
    clauses = [c.text for c in units[0].clauses]
    assert "Ocular Corp. and Zenimo Cable don't compete in the same territory" in clauses
    assert not any(c.startswith("which") for c in clauses)
    assert not any("don't" in c for c in clauses if c.startswith("Unlike"))
    assert [c.text for c in units[1].clauses][-1] == "Ocular and Zenimo Cable agreed to merge."


def test_what_a_which_clause_says_of_its_noun_is_a_clause_of_its_own() -> None:
    text = (
        "A title\n\nAcme earned $2 million in its fourth quarter, which ended July 31.\n\n"
        "Rivals compete for U.S. food and beverage retail sales, which totaled $726 billion.\n"
    )
    units = claim_units(text, read_header(text).body_start)
    assert [c.text for c in units[0].clauses][-1] == "its fourth quarter ended July 31."
    assert [c.text for c in units[1].clauses][-1] == (
        "U.S. food and beverage retail sales totaled $726 billion."
    )


def test_each_relative_clause_of_a_sentence_is_a_clause_of_its_own() -> None:
    text = (
        "A title\n\nThe talks, which are aimed at a smooth transition, follow the departure "
        "of Mr Diaz, who has led Lemuria since independence in 1980.\n"
    )
    clauses = [c.text for c in claim_units(text, read_header(text).body_start)[0].clauses]
    assert "Mr Diaz has led Lemuria since independence in 1980." in clauses


def test_a_name_after_between_or_both_shares_the_verb_too() -> None:
    text = (
        "A title\n\nAt the same time, ties between Norway and Chile are on the rise.\n\n"
        "Central Asia is where both Norway and Chile are vying for influence.\n"
    )
    units = claim_units(text, read_header(text).body_start)
    assert [len(u.clauses) for u in units] == [1, 1]


def test_a_second_predicate_of_the_subject_is_a_clause_of_its_own() -> None:
    text = (
        "A title\n\nNorway, in turn, has tense ties with Japan over fishing and is thus "
        "seeking closer ties with its northern neighbor.\n"
    )
    units = claim_units(text, read_header(text).body_start)
    assert [c.text for c in units[0].clauses] == [
        "Norway, in turn, has tense ties with Japan over fishing",
        "Norway is thus seeking closer ties with its northern neighbor.",
    ]


def test_a_participle_set_off_by_commas_and_a_long_source_are_clauses_too() -> None:
    text = (
        "A title\n\nThe study, led by marine biologist Tom Fraser, surveyed 120 reefs.\n\n"
        "Reefs lost 30 percent of their fish, according to a study published on Wednesday "
        "in the journal Nature.\n"
    )
    units = claim_units(text, read_header(text).body_start)
    assert "The study was led by marine biologist Tom Fraser" in [c.text for c in units[0].clauses]
    assert [c.text for c in units[1].clauses] == [
        "Reefs lost 30 percent of their fish",
        "according to a study published on Wednesday in the journal Nature.",
    ]


def test_as_a_noun_and_a_past_verb_open_a_clause_without_a_comma() -> None:
    text = (
        "A title\n\nShares fell in late trading on Monday as revenue missed expectations.\n\n"
        "Shares fell as much as 5 percent in late trading on Monday.\n"
    )
    units = claim_units(text, read_header(text).body_start)
    assert [c.text for c in units[0].clauses] == [
        "Shares fell in late trading on Monday",
        "as revenue missed expectations.",
    ]
    assert len(units[1].clauses) == 1


def test_two_names_and_their_verb_are_one_subject() -> None:
    text = (
        "A title\n\nThe vote was close, then Ana Diaz and Ben Ortiz carried the motion. "
        "The bill passed when Cal Reyes and Dora Vega abstained.\n"
    )
    units = claim_units(text, read_header(text).body_start)
    clauses = [c.text for u in units for c in u.clauses]
    assert "The vote was close, then Ana Diaz and Ben Ortiz carried the motion." in clauses
    assert "The bill passed when Cal Reyes and Dora Vega abstained." in clauses


LISTED = (
    "A title\n\nIn an interview, Ann Lee also said:\n\nThe port must stay open to trade\n\n"
    "- Revenue: $4 billion vs. $3 billion expected\n\nFish exports will double by 2030\n\n"
    "The council met on Monday.\n\nA heading after the list\n"
)


def test_the_items_of_a_list_are_claims_with_their_introduction() -> None:
    units = claim_units(LISTED, read_header(LISTED).body_start)
    items = [(u.sentence.text, u.lead) for u in units if u.lead]
    assert items == [
        ("The port must stay open to trade", "In an interview, Ann Lee also said"),
        ("Fish exports will double by 2030", "In an interview, Ann Lee also said"),
    ]  # a row of data is no item; a sentence ends the list, and a heading after it is none
    assert [u.sentence.text for u in units][-1] == "The council met on Monday."


def test_but_and_an_auxiliary_open_a_predicate_of_its_own() -> None:
    text = "A title\n\nAnn Lee has pushed for new quays but has been unable to fund them.\n"
    units = claim_units(text, read_header(text).body_start)
    assert [c.text for c in units[0].clauses] == [
        "Ann Lee has pushed for new quays",
        "Ann Lee has been unable to fund them.",
    ]


def test_a_condition_stays_whole() -> None:
    text = "A title\n\nIf you count the boats in the bay, there are fewer than 100 of them.\n"
    units = claim_units(text, read_header(text).body_start)
    assert [c.text for c in units[0].clauses] == [units[0].sentence.text]


def test_each_reported_that_clause_is_a_report_of_its_own() -> None:
    text = (
        "Flood\n\nThe mayor said that 400 pumps were sent to the valley and that "
        "$20 million had been set aside for repairs.\n"
    )
    (unit,) = claim_units(text, text.index("The mayor"))
    assert [c.text for c in unit.clauses] == [
        "The mayor said that 400 pumps were sent to the valley",
        "The mayor said that $20 million had been set aside for repairs.",
    ]


def test_what_a_who_clause_says_of_its_name_is_a_clause_of_its_own() -> None:
    text = "A title\n\nLee, who cut short a trip to Chile to return home, chaired the meeting.\n"
    units = claim_units(text, read_header(text).body_start)
    assert [c.text for c in units[0].clauses][-1] == "Lee cut short a trip to Chile to return home"


def test_a_dateline_goes_with_or_without_its_dash_but_an_opening_acronym_stays() -> None:
    assert without_dateline("OSLO (Reuters) - Norway won.") == "Norway won."
    assert (
        without_dateline("LOS ANGELES A massive wildfire burned.") == "A massive wildfire burned."
    )
    assert without_dateline("US President Obama said.") == "US President Obama said."
    assert without_dateline("NATO Secretary General said.") == "NATO Secretary General said."
