"""Reporting frames: a speaker who is no party of the store is set aside with its date, and
the content decides; a frame naming a person of the store must match the attribution."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import fact
from .stores import bundled, small, verdict


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("The East-Route Pipeline will supply China with 38 bcm of gas a year from 2018, "
         "Interfax reported on Monday.", "supported"),
        ("Xi arrived in Moscow on Friday, state media reported on Saturday.", "supported"),
        ("According to the Xinhua news agency, Putin is expected to attend Beijing's military "
         "parade in early September.", "supported"),
        ("According to Deutsche Welle, Xi arrived in Moscow on Thursday.", "refuted"),
        ("Officials said Xi will spend four days in Belarus.", "refuted"),
        ("Dmitri Trenin said China is aiming to more than double bilateral trade with Russia "
         "to $200 billion by 2020.", "refuted"),
        ("Rajiv Biswas said China is aiming to more than double bilateral trade with Russia "
         "to $200 billion by 2020.", "supported"),
        ("Analyst Small said Russia has increasingly relied on China to cushion the impact of "
         "Western sanctions.", "supported"),
        ("Andrew Small of the Carnegie Moscow Center said Russia has increasingly relied on "
         "China to cushion the impact of Western sanctions.", "refuted"),
        ("Bilateral trade stood at $95 billion in 2014, according to IHS.", "supported"),
        ("Xi said he would make a two-day visit to Belarus.", "supported"),  # he = Xi
        ("Bilateral trade stood at $95 billion in 2014, Russian customs data showed.",
         "supported"),
        ("Putin will attend Beijing's parade in early September, TASS reported on Friday, "
         "citing a Kremlin aide, Yuri Ushakov.", "supported"),
        # a country as the speaker is set aside with its date too
        ("Xi arrived in Moscow on Friday, Beijing said on Saturday.", "supported"),
        ("Russia said on Tuesday that Xi will visit Moscow for four days.", "refuted"),
        ("China says it wants to more than double trade with Russia to $200 billion by 2020.",
         "supported"),
        ("Xinhua quoted Cheng Guoping as saying China and Russia are each other's most "
         "important strategic partners.", "supported"),
        ("Xinhua quoted Xi as saying China and Russia are each other's most important "
         "strategic partners.", "refuted"),  # the store has Cheng say it
        ("Putin has a trip to China planned for early September, Kyodo said, citing "
         "diplomats.", "supported"),  # his presence at Beijing's parade
        ("Putin has a trip to China planned for October, Kyodo said, citing diplomats.",
         "refuted"),
        # the frame's medium and its date are set aside with it
        ("Xi arrived in Moscow on Friday, an aide said in an interview published Sunday by "
         "newspaper Vedomosti.", "supported"),
        ("Xi arrived in Moscow on Thursday, an aide said in an interview published Sunday by "
         "newspaper Vedomosti.", "refuted"),
        # typed in lower case, a name of the store still speaks, and must be the right one
        ("andrew small says the cyber agreement would be the first pact aimed at cyber "
         "defense against the us", "refuted"),
        ("trenin says the cyber agreement would be the first pact aimed at cyber defense "
         "against the us", "supported"),
        ("ihs top asia economist biswas: trade was 95bn dollars in 2014", "supported"),
        ("carnegie director trenin: trade was 95bn dollars in 2014", "refuted"),
        # frames within frames: the outlet is set aside, the person's words decide
        ("The Kremlin said last week the Chinese president had confirmed he would make a "
         "two-day visit to Belarus.", "supported"),
        ("The Kremlin said last week the Chinese president had confirmed he would make a "
         "four-day visit to Belarus.", "refuted"),
        ("Xi arrived in Moscow on Friday, Kremlin spokesman Dmitry Peskov told reporters on "
         "Saturday.", "supported"),
        ("Xi, the Kremlin said on Monday, will spend four days in Belarus.", "refuted"),
        ("China and Russia are each other's most important strategic partners, Cheng Guoping "
         "was quoted as saying by Xinhua.", "supported"),
        ("China and Russia are each other's most important strategic partners, Xinhua quoted "
         "Xi as saying.", "refuted"),  # the store has Cheng say it
        # a frame in the middle of its content, its date set aside with it
        ("Xi will make a two-day visit to Belarus, the ministry said on Monday, the first by "
         "a Chinese president in 14 years, AFP reports.", "supported"),
        ("Xi will make a two-day visit to Belarus, the ministry said on Monday, the first by "
         "a Chinese president in 20 years, AFP reports.", "refuted"),
        # a headline's speaker before a colon, when it names someone; else a topic
        ("cheng guoping: cyber pact = first bilateral deal aimed at the US", "refuted"),
        ("Trenin: cyber pact likely during Xi's visit", "supported"),
        ("biswas: 2014 trade was $59bn", "refuted"),
        ("gas deal: 38 bcm a year from 2018", "supported"),
        # the frame goes on with what its speaker did meanwhile
        ("Xi will make a two-day visit to Belarus, the ministry announced Monday as it "
         "stressed the two countries' ties.", "supported"),
    ],
)  # fmt: skip
def test_frames_around_claims_about_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


FORECAST = fact(
    "Fish exports from Atlantis will reach 20 million tonnes by 2025.",
    id="forecast",
    attribution={"name": "Cal Reyes", "role": "analyst at the Tidal Institute"},
    modality="expected",
    keys=["fish", "exports|export"],
    quantities=[{"slot": "target", "value": 20, "scale": "million", "unit": "tonnes"}],
    dates=[{"slot": "deadline", "date": "2025", "cue": ["by"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Fish exports from Atlantis will reach 20 million tonnes by 2025, the Reef Herald "
         "reported on Tuesday.", "supported"),
        ("Cal Reyes said fish exports from Atlantis will reach 20 million tonnes by 2025.",
         "supported"),
        ("Ana Diaz said fish exports from Atlantis will reach 20 million tonnes by 2025.",
         "refuted"),
        ("Fish exports from Atlantis will reach 30 million tonnes by 2025, officials said.",
         "refuted"),
        ("Fish exports from Atlantis will reach 20 million tonnes by 2025, the Reef Herald "
         "reported on Tuesday, citing Reef Council data.", "supported"),
        ("Fish exports from Atlantis will reach 20 million tonnes by 2025, Lemuria said on "
         "Monday.", "supported"),
        ("Lemuria said on Monday that fish exports from Atlantis will reach 30 million tonnes "
         "by 2025.", "refuted"),
        # a speaker set aside is still who "it" is: "Atlantis has said it ..." is Atlantis's
        ("Atlantis has said it will reach 20 million tonnes of fish exports by 2025.",
         "supported"),
        ("Acme Fisheries has said it will reach 20 million tonnes of fish exports by 2025.",
         "not_enough_info"),
        # the person quoted is the speaker
        ("The Reef Herald quoted Cal Reyes as saying fish exports from Atlantis will reach 20 "
         "million tonnes by 2025.", "supported"),
        ("The Reef Herald quoted Ana Diaz as saying fish exports from Atlantis will reach 20 "
         "million tonnes by 2025.", "refuted"),
    ],
)  # fmt: skip
def test_frames_around_claims_about_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, FORECAST), claim) == label


def test_a_quote_singled_out_by_its_figures_is_put_in_another_mouth(tmp_path: Path) -> None:
    """No fact is about "exports will reach 20 million tonnes by 2025" (it names no fish),
    but its figures single one out: put in another's mouth, the quote is refuted."""
    checker = small(tmp_path, FORECAST)
    claim = "Ana Diaz predicted exports would reach 20 million tonnes by 2025."
    assert verdict(checker, claim) == "refuted"
    assert verdict(checker, "Cal Reyes predicted exports would reach 20 million tonnes.") == (
        "not_enough_info"  # one figure singles out nothing
    )
    assert verdict(bundled(), "Trenin said trade would reach $200 billion by 2020.") == "refuted"


def test_the_reason_names_both_speakers(tmp_path: Path) -> None:
    claim = "Ana Diaz said fish exports from Atlantis will reach 20 million tonnes by 2025."
    assert small(tmp_path, FORECAST).check(claim).reasons == (
        "the claim has Ana Diaz say it; the source has Cal Reyes say it",
    )


def test_a_description_is_judged_by_its_own_words_not_parts_of_them(tmp_path: Path) -> None:
    checker = small(
        tmp_path,
        fact("Ana Diaz is a fellow at the Tidal Institute.", id="post",
             keys=["Ana Diaz", "fellow"],
             entities=[{"name": "fellow", "role": "post"},
                       {"name": "Tidal Institute", "role": "employer"}]),
        fact("The reef maps had not been checked.", id="maps", keys=["maps"], negated=True,
             attribution={"name": "Ana Diaz"}),
    )  # fmt: skip
    claim = (
        "Ana Diaz, a fellow at the Tidal Institute and another co-author, said the reef maps "
        "had not been checked."
    )
    assert verdict(checker, claim) == "supported"  # "not" is no word of "another"


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        (
            "it was andrew small who said china aims to take trade with russia to $200bn by 2020",
            "refuted",
        ),
        (
            "It was Rajiv Biswas who said China aims to take trade with Russia to $200bn by 2020.",
            "supported",
        ),
    ],
)
def test_a_cleft_names_the_speaker(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the store gives the words to the body; its person, named in the sentence, speaks
        ("Ana Diaz says the findings could be significant for revising standards.", "supported"),
        # someone the sentence does not name does not
        ("Cal Reyes says the findings could be significant for revising standards.", "refuted"),
    ],
)
def test_a_body_s_words_are_its_person_s_when_the_sentence_names_them(
    tmp_path: Path, claim: str, label: str
) -> None:
    findings = fact(
        '"These findings could be significant" for revising standards, Ana Diaz of the'
        " Tidal Institute writes.",
        id="findings",
        keys=["findings|significant|standards"],
        attribution={"name": "Tidal Institute"},
    )
    assert verdict(small(tmp_path, findings), claim) == label
