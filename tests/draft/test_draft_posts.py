"""Posts and speakers as the drafter reads them (factcli/draft/posts.py)."""

from __future__ import annotations

import pytest

from factcli.draft import draft_article


def _post_statements(text: str) -> list[str]:
    return [f.statement for f in draft_article(text).facts if f.id.endswith("post")]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # a title before a name ends in its post; what comes before it is the employer
        ("Fire\n\n\"It is a crime scene,\" Kern County Sheriff's spokesman Ray Pruitt told "
         "the paper.\n", "Ray Pruitt is Kern County Sheriff's spokesman."),
        # a dash, an adverb or a preposition ends a title before a name
        ("Pay\n\nThe union called that offer unacceptable - particularly after Mayor Ann "
         "Lopez last year cancelled a raise.\n", "Ann Lopez is the Mayor."),
        # a rank of the police or the forces is a title, not part of a name
        ("Fire\n\n\"My heart goes out to everyone,\" Sergeant Henry Bravo of the sheriff's "
         "office told evacuees.\n", "Henry Bravo is the Sergeant."),
        # a title as news agencies shorten it
        ("Vote\n\nDemocratic Gov. Mark Dayton has pledged to sign the bill.\n",
         "Mark Dayton is the Democratic governor."),
        # a conjunction of time ends a title before a name
        ("Roads\n\nCrews have filled 9,000 potholes since Mayor Ann Lopez took office in "
         "2014.\n", "Ann Lopez is the Mayor."),
        # a company's name with an ampersand, and a place's abbreviation, stay whole
        ("Deal\n\nAT&T CEO Ann Lopez said the deal would close.\n",
         "Ann Lopez is the AT&T CEO."),
        ("Vote\n\nSt. Paul Mayor Ann Lopez lit the bridge.\n", "Ann Lopez is the St. Paul Mayor."),
        # a post "of" a body, before the name
        ("Talks\n\nSecretary of State Ann Lopez arrived in Mu.\n",
         "Ann Lopez is the Secretary of State."),
        # a hyphen inside a given name ("Sung-lac", "Jae-in") is part of the name
        ("Talks\n\nNational Security Adviser Wi Sung-lac said Friday the talks went well.\n",
         "Wi Sung-lac is the National Security Adviser."),
    ],
    ids=["head-last", "dash-and-adverb", "rank", "abbreviated", "since", "ampersand", "st",
         "of-a-body", "hyphened-name"],
)  # fmt: skip
def test_the_post_before_a_name(text: str, statement: str) -> None:
    assert _post_statements(text) == [statement]


def test_an_occupation_the_gazetteer_lacks_is_the_post_of_an_apposition() -> None:
    text = "Rain\n\nRain fell, said Ann Lopez, a meteorologist for the Mu Weather Office.\n"
    fact = next(f for f in draft_article(text).facts if f.id.endswith("post"))
    assert ("meteorologist", "post") in fact.entities


def test_a_participle_glued_to_a_name_is_no_part_of_a_person_s_name() -> None:
    text = "Deal\n\nBrooklyn-based Ann Lopez said the deal would close.\n"
    assert "Brooklyn-based Ann Lopez" not in {a.name for a in draft_article(text).aliases}


def test_the_post_is_the_last_post_word_of_a_title_before_a_name() -> None:
    text = "Fire\n\nKern County Sheriff's spokesman Ray Pruitt told the paper.\n"
    fact = next(f for f in draft_article(text).facts if f.id.endswith("post"))
    assert ("spokesman", "post") in fact.entities


def test_a_rank_before_a_name_leaves_the_person_s_name() -> None:
    text = "Fire\n\nSergeant Henry Bravo of the sheriff's office told evacuees to leave.\n"
    people = [a.name for a in draft_article(text).aliases if a.kind == "person"]
    assert people == ["Henry Bravo"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Erskine fire near the Kern Fire Department has claimed two lives.", None),
        ("The Nordic Savings Bank added 200 jobs last year.", None),
        ("Ann Lee claimed that the fire was set.", "Ann Lee"),
        ("The fire was set, Ann Lee added.", "Ann Lee"),
    ],
)
def test_a_verb_of_saying_with_another_sense_reports_speech_only_as_speech(
    sentence: str, speaker: str | None
) -> None:
    text = f"News\n\nAnn Lee spoke in Oslo.\n\n{sentence}\n"
    fact = next(f for f in draft_article(text).facts if f.quote == sentence)
    assert (fact.speaker[0] if fact.speaker else None) == speaker


def test_a_verb_of_saying_inside_a_quotation_reports_no_one() -> None:
    """The speaker's own "pleased to say that the EU ..." names no speaker: the one after
    the quotation does (a stray comma before "said" too)."""
    text = (
        'News\n\n"The world is in a full geopolitical winter. But we are pleased to say that the'
        ' EU is well on track," climate chief Ann Lee, said.\n'
    )
    fact = next(f for f in draft_article(text).facts if "EU is" in f.statement)
    assert fact.speaker == ("Ann Lee", "climate chief")


def test_an_abbreviated_title_opens_no_name_and_marks_a_person() -> None:
    text = (
        "Vote\n\n'It is a good day,' said Sen. Carla Nelson, R-Rochester. U.S. Rep. Michele "
        "Bachmann released a statement.\n"
    )
    aliases = {a.name: a.kind for a in draft_article(text).aliases}
    assert aliases["Carla Nelson"] == "person"
    assert aliases["Michele Bachmann"] == "person"
    assert not {"Sen", "Rep", "Sen.", "Rep."} & set(aliases)


def test_only_a_qualifier_joins_a_capitalised_title_before_a_name() -> None:
    text = (
        "Vote\n\nEarly counting showed a swing, bolstering fears a close vote will deny current "
        "Prime Minister Malcolm Turnbull a majority.\n"
    )
    assert "Malcolm Turnbull is the current Prime Minister." in _post_statements(text)


def test_a_post_before_another_name_is_not_an_apposition_of_the_first() -> None:
    text = (
        "Neon\n\nIn the book, translated by Michael Wells, the philosopher Luis de Miranda "
        "tells a history of neon.\n"
    )
    assert _post_statements(text) == ["Luis de Miranda is the philosopher."]
