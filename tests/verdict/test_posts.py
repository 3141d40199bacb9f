"""Posts and titles: a person's post is a role with one filler, whichever way a claim
phrases it; a qualifier such as vice, deputy or former makes another post."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.checker import Checker
from factcli.draft.against import drafted_store
from factcli.store import load_store

from .conftest import fact
from .stores import bundled, small, verdict


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Vladimir Putin is Russia's premier.", "refuted"),
        ("Dmitry Medvedev is Russia's president.", "refuted"),  # another person's title
        ("Chinese Premier Xi Jinping will travel to Belarus.", "refuted"),
        # "serves as" gives the post and says nothing more
        ("Cheng Guoping serves as China's vice foreign minister.", "supported"),
        ("Cheng Guoping serves as China's foreign minister.", "refuted"),
        # another's counterpart holds that one's post in another country
        ("Xi Jinping will hold talks with his Russian counterpart, Dmitry Medvedev.", "refuted"),
        ("Xi Jinping will hold talks with his Russian counterpart, Vladimir Putin.", "supported"),
        # the post set before the name by a comma
        ("The prime minister of Russia, Vladimir Putin, met Xi Jinping.", "refuted"),
        ("China's premier, Xi Jinping, will travel to Belarus.", "refuted"),
        ("Xi Jinping is the former president of China.", "refuted"),
        ("Cheng Guoping is China's deputy foreign minister.", "supported"),  # vice = deputy
        ("Cheng Guoping, China's foreign minister, spoke to reporters.", "refuted"),
        ("Andrew Small is an economist at IHS.", "refuted"),
        ("Rajiv Biswas is an economist at IHS.", "supported"),  # a shorter name of his post
        ("Medvedev is Russia's prime minister.", "supported"),
        # a country's adjective before the post is the employer, as its possessive is
        ("Russian vice foreign minister Cheng Guoping said ties are special.", "refuted"),
        ("Chinese vice foreign minister Cheng Guoping said ties are special.", "supported"),
        # posts in short, read as the store names them
        ("Chinese deputy FM Cheng Guoping", "supported"),
        ("russian deputy FM cheng guoping", "refuted"),
        ("China's FM Cheng Guoping", "refuted"),  # a vice minister is no minister
        # a person with a body is where the person works
        ("biswas is with carnegie", "refuted"),
        ("Rajiv Biswas is with IHS", "supported"),
        # a short post typed in lower case after its owner
        ("medvedev is russia's pm", "supported"),
        ("putin is russia's pm", "refuted"),
        ("medvedyev is russia's pm and xi's set to meet him", "supported"),
        # a post named by its office, held
        ("medvedev holds the russian presidency", "refuted"),
        ("Medvedev holds the premiership", "supported"),
        # a verb that heads a body gives the post
        ("trenin runs the carnegie moscow center", "supported"),
        ("Andrew Small runs the Carnegie Moscow Center.", "refuted"),
    ],
)
def test_posts_of_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the post's own body, in any case, is the employer's: the post stays "economist"
        ("per ihs economist biswas, 2014 bilateral trade was about $95bn", "supported"),
        ("biswas is an ihs analyst", "refuted"),
        # "top" is the post's rank, as "chief" is; the region it covers is part of the post
        ("biswas is the top asia economist at ihs", "supported"),
        ("Biswas is the top Europe economist at IHS", "refuted"),
        # the post, or another person's title, before the copula: "Y is X"
        ("IHS's top asia economist is biswas", "supported"),
        ("china's foreign minister is cheng guoping", "refuted"),
        ("Russia's president is Medvedev", "refuted"),
        ("the Russian president is Dmitry Medvedev", "refuted"),
        ("the Russian president is Vladimir Putin", "supported"),
        # a body named right before the post is the employer: another one conflicts
        ("Carnegie economist Rajiv Biswas said trade was $95 billion in 2014", "refuted"),
        # a former post other than the one the fact gives is an earlier post, not a rival
        (
            "Cheng Guoping, a former ambassador to Japan, is China's vice foreign minister.",
            "not_enough_info",
        ),
        ("Xi Jinping is the former president of China.", "refuted"),
        ("Russian vice foreign minister Cheng Guoping said ties are special.", "refuted"),
    ],
)
def test_posts_in_other_orders_and_with_their_bodies(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


DIAZ = fact(
    "Ana Diaz is the vice president of Atlantis.",
    id="diaz-post",
    keys=["Ana Diaz", "president|vice president|minister|post"],
    entities=[
        {"name": "vice president", "role": "post"},
        {"name": "Atlantis", "role": "employer"},
    ],
)
POSTS = [
    {"name": "vice president", "kind": "term", "aliases": ["deputy president"]},
    {"name": "president", "kind": "term", "aliases": []},
]


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ana Diaz is the vice president of Atlantis.", "supported"),
        ("Ana Diaz is Atlantis's deputy president.", "supported"),
        ("Ana Diaz is Atlantis's president.", "refuted"),
        ("Ana Diaz, the former vice president, met officials.", "refuted"),
        # a former post of the same kind makes the fact's one held no more; another kind
        # is an earlier post the source does not give
        ("Ana Diaz is Atlantis's former president.", "refuted"),
        ("Ana Diaz is a former ambassador to Mu.", "not_enough_info"),
        ("President Ana Diaz met officials.", "refuted"),
    ],
)
def test_posts_of_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, DIAZ, aliases=POSTS), claim) == label


def test_the_reason_names_both_posts() -> None:
    result = bundled().check("Cheng Guoping is China's foreign minister.")
    assert result.reasons == (
        "the claim makes Cheng Guoping foreign minister; the source says vice foreign minister",
    )


LUND = fact(
    "Eva Lund is the chief executive of Nordfisk.",
    id="lund-post",
    keys=["Eva Lund", "chief|executive|officer|ceo|cfo|post"],
    entities=[
        {"name": "chief executive", "role": "post"},
        {"name": "Nordfisk", "role": "employer"},
    ],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Eva Lund is the CEO of Nordfisk.", "supported"),  # the gazetteer's short form
        ("Eva Lund is chief executive officer of Nordfisk.", "supported"),
        ("Eva Lund is chief financial officer of Nordfisk.", "refuted"),
        ("Eva Lund is Nordfisk's chief operating officer.", "refuted"),
    ],
)
def test_company_officers_are_posts_with_their_short_forms(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, LUND), claim) == label


PREMIER_TALKS = fact(
    "Ana Diaz will hold talks with Lemurian Premier Ben Ortiz.",
    id="talks",
    modality="planned",
    keys=["Ana Diaz", "Ben Ortiz", "talks|meet"],
)
ORTIZ_POST = fact(
    "Ben Ortiz is the Lemurian Premier.",
    id="ortiz-post",
    keys=["Ben Ortiz"],
    entities=[{"name": "premier", "role": "post"}, {"name": "Lemuria", "role": "country"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # someone the store does not know, given the title the store gives another
        ("Tom Hale is the Lemurian Premier.", "refuted"),
        ("Ana Diaz will hold talks with Lemurian Premier Tom Hale.", "refuted"),
        ("Ana Diaz will hold talks with Lemurian Premier Ben Ortiz.", "supported"),
        ("Ana Diaz will hold talks with Tom Hale.", "not_enough_info"),  # no title given
        # typed in lower case: the two words after the title name its holder
        ("ana diaz will hold talks with lemurian premier tom hale", "refuted"),
        ("ana diaz will hold talks with lemurian premier ben ortiz", "supported"),
    ],
)
def test_a_title_given_to_a_stranger(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, PREMIER_TALKS, ORTIZ_POST), claim) == label


def test_words_no_post_has_describe_the_holder() -> None:
    from factcli.verdict.posts import same_post

    assert same_post("under-pressure head coach", "under-fire head coach")
    assert not same_post("assistant coach", "head coach")  # "assistant" is a post's word
    assert not same_post("deputy foreign minister", "foreign minister")


def test_a_generic_head_stands_for_the_leading_post_of_its_portfolio() -> None:
    """News writes "climate chief" for the climate commissioner, "commission chief" for its
    president; a chief of another portfolio, or a post that leads nothing, is another."""
    from factcli.verdict.posts import same_post

    assert same_post("climate commissioner", "climate chief")
    assert same_post("commission president", "commission chief")
    assert not same_post("energy commissioner", "climate chief")
    assert not same_post("climate spokesman", "climate chief")
    assert not same_post("deputy climate commissioner", "climate chief")


LEE = fact(
    "Ann Lee is a U.S. representative.",
    id="lee-post",
    keys=["Ann Lee", "representative|congresswoman|post"],
    entities=[{"name": "representative", "role": "post"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ann Lee is a congresswoman.", "supported"),  # a member of the House
        ("Congresswoman Ann Lee is a U.S. Rep.", "supported"),
        ("Ann Lee, a U.S. senator from Ohio, voted against the bill.", "refuted"),
        ("Ann Lee is a U.S. senator.", "refuted"),
    ],
)
def test_congressional_titles_and_their_abbreviations(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, LEE), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ann Lee served as a U.S. representative.", "supported"),
        # a post held once, beside the one the fact gives
        ("Ann Lee served as a U.S. senator.", "not_enough_info"),
        ("Ann Lee worked as an envoy to Chile.", "not_enough_info"),
        ("Before joining the House, Ann Lee served as Ohio's health director.", "not_enough_info"),
    ],
)
def test_a_post_served_as_may_be_held_before(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, LEE), claim) == label


def test_a_qualifier_before_the_person_s_own_title_is_another_post() -> None:
    result = bundled().check(
        "Xi is to hold talks with Putin and former Russian PM Dmitry Medvedev."
    )
    assert result.verdict.value == "refuted"
    assert result.reasons == (
        "the claim calls Dmitry Medvedev 'former Russian PM'; "
        "the source calls Dmitry Medvedev 'Russian PM'",
    )
    assert verdict(bundled(), "Xi will hold talks with Russian PM Dmitry Medvedev.") == "supported"


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("US Transportation Secretary Anthony Foxx announced the recall.", "supported"),
        # a capitalised office no table knows is still a post, and another one conflicts
        ("US Commerce Secretary Anthony Foxx announced the recall.", "refuted"),
        ("Transportation Secretary Mark Rosekind announced the recall.", "refuted"),
    ],
)
def test_a_capitalised_office_of_a_drafted_article(claim: str, label: str) -> None:
    article = (
        "Carmaker recall\n\nBy Ann Bell | Agencies | May 19, 2015\n\n"
        "US Transportation Secretary Anthony Foxx announced the recall on Tuesday.\n\n"
        "Mark Rosekind, the agency's administrator, said more cars would follow.\n"
    )
    checker = Checker(load_store([drafted_store(article)]))
    assert verdict(checker, claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the level of government a post is held at is where, not which post
        ("Don Williamson, the state health officer, said two patients died.", "supported"),
        ("Don Williamson, the state epidemiologist, said two patients died.", "refuted"),
        # a post word that holds no one ("the chair" one sits on) is no post of the speaker
        ("Edward Arens said the chair was better than a thermostat.", "supported"),
    ],
)
def test_levels_and_post_words_that_hold_no_one(claim: str, label: str) -> None:
    article = (
        "Illness cluster\n\nBy Ann Bell | Agencies | May 2, 2013\n\n"
        "Two patients died, state Health Officer Don Williamson said.\n\n"
        '"The chair is better than a thermostat," said Edward Arens, the project\'s '
        "co-principal investigator.\n"
    )
    checker = Checker(load_store([drafted_store(article)]))
    assert verdict(checker, claim) == label


@pytest.mark.parametrize(
    "claim",
    ["biswas used to be ihs's chief asia economist",
     "Rajiv Biswas is no longer the chief Asia economist at IHS."],
)  # fmt: skip
def test_a_post_said_to_be_held_no_longer_against_the_source_s_current_post(claim: str) -> None:
    result = bundled().check(claim)
    assert result.verdict.value == "refuted"
    assert "no longer" in result.reasons[0]


DIAZ_POST = fact(
    "Ana Diaz is a fellow at the Mu Institute.",
    id="diaz-post",
    keys=["Ana Diaz", "fellow|analyst|economist|director"],
    entities=[{"name": "fellow", "role": "post"}, {"name": "Mu Institute", "role": "employer"}],
)
DIAZ_SAYS = fact(
    "Fishing quotas will be cut.",
    id="diaz-quotas",
    keys=["quotas"],
    attribution={"name": "Ana Diaz", "role": "fellow, Mu Institute"},
    modality="opinion",
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the store calls her "analyst Diaz" (an alias): a word it uses of her, no other post
        ("Ana Diaz is an analyst.", "supported"),
        ("Analyst Ana Diaz says fishing quotas will be cut.", "supported"),
        ("Ana Diaz is an economist.", "refuted"),
        ("Economist Ana Diaz says fishing quotas will be cut.", "refuted"),
    ],
)
def test_a_word_the_store_calls_the_person_is_no_other_post(
    tmp_path: Path, claim: str, label: str
) -> None:
    alias = {"name": "Ana Diaz", "kind": "person", "aliases": ["analyst Diaz", "Diaz"]}
    assert verdict(small(tmp_path, DIAZ_POST, DIAZ_SAYS, aliases=[alias]), claim) == label


def test_the_title_the_fact_s_own_sentence_gives_is_no_other_post(tmp_path: Path) -> None:
    zimmer = fact(
        "Steve Zimmer is the president.",
        id="zimmer-post",
        keys=["Steve Zimmer", "president|chairman|director"],
        entities=[{"name": "president", "role": "post"}],
    )
    zimmer["quote"] = "The email reached school board President Steve Zimmer at 10 p.m."
    deputy = fact(
        "Ana Diaz is the minister.",
        id="diaz-post",
        keys=["Ana Diaz", "minister|president"],
        entities=[{"name": "minister", "role": "post"}],
    )
    deputy["quote"] = "Deputy Foreign Minister Ana Diaz spoke."
    checker = small(tmp_path, zimmer, deputy)
    assert verdict(checker, "Steve Zimmer is the school board president.") == "supported"
    # a qualifier before the words the claim repeats makes them another post
    assert verdict(checker, "Ana Diaz is the foreign minister.") != "supported"


def test_a_title_in_an_apposition_after_the_name_is_no_other_post(tmp_path: Path) -> None:
    zhao = fact(
        "Zhao Leji is the chairman of the Standing Committee.",
        id="zhao-post",
        keys=["Zhao Leji", "chairman|legislator|premier"],
        entities=[{"name": "chairman", "role": "post"}],
    )
    zhao["quote"] = (
        "Lee will meet Li Qiang, Atlantis's premier, and Zhao Leji, chairman of the Standing "
        "Committee, Atlantis's top legislator."
    )
    checker = small(tmp_path, zhao)
    assert verdict(checker, "Zhao Leji is Atlantis's top legislator.") == "supported"
    # the other person's apposition is not his
    assert verdict(checker, "Zhao Leji is Atlantis's premier.") == "refuted"
