"""Words a claim adds that the supporting facts do not settle: a word swapped for the fact's
own before the same noun, a word the store uses only in a denial."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.verdict.assess import assess
from factcli.verdict.changed import unsettled_word
from factcli.verdict.decide import decide
from factcli.verdict.result import Verdict

from .conftest import World, fact
from .stores import small, verdict

TALKS = fact(
    "Atlantis needs a political solution to end the war with Lemuria.",
    id="talks",
    keys=["needs|solution|war"],
)
VISIT = fact("Ana Diaz will visit Lemuria in May.", id="visit", keys=["visit", "Ana Diaz"])
SILENT = fact(
    "Ana Diaz said she would not fall silent on fishing rights.",
    id="silent",
    keys=["silent|fishing|rights", "fall"],
    negated=True,
)


def _verdict(stock: World, claim: str, scores: dict[str, float]) -> Verdict:
    parsed = stock.parse(claim)
    assessments = [assess(parsed, view, {}) for view in stock.views.values()]
    return decide(claim, parsed, assessments, scores).verdict


def test_a_word_swapped_before_the_facts_noun_is_not_supported(
    world: Callable[..., World],
) -> None:
    stock = world(TALKS)
    claim = stock.parse("Atlantis needs a military solution to end the war with Lemuria.")
    reason = unsettled_word(claim, ["military"], stock.view("talks"), [])
    assert reason == "the claim says 'military solution'; the source says 'political solution'"
    assert _verdict(stock, claim.text, {"talks": 90.0}) is Verdict.NOT_ENOUGH_INFO
    same = "Atlantis needs a political solution to end the war with Lemuria."
    assert _verdict(stock, same, {"talks": 90.0}) is Verdict.SUPPORTED
    police = stock.parse("Atlantis needs a police solution to end the war with Lemuria.")
    assert unsettled_word(police, ["police"], stock.view("talks"), []) is not None
    team = world(fact("An international team built the model.", id="team", keys=["team"]))
    national = team.parse("A national team built the model.")
    assert unsettled_word(national, ["national"], team.view("team"), []) is not None
    named = stock.parse("Atlantis needs a Lemuria solution to end the war with Lemuria.")
    assert unsettled_word(named, ["lemuria"], stock.view("talks"), []) is None  # a name
    # a gradable word in the fact's place has synonyms a paraphrase uses: no swap read
    tough = world(fact("Atlantis wants stricter fishing rules.", id="rules", keys=["rules"]))
    tougher = tough.parse("Atlantis wants tougher fishing rules.")
    assert unsettled_word(tougher, ["tougher"], tough.view("rules"), []) is None
    # a synonym in the fact's place is the fact's word: "informal" for "unofficial"
    curbs = world(fact("Atlantis faces unofficial curbs on fishing.", id="curbs", keys=["curbs"]))
    informal = curbs.parse("Atlantis faces informal curbs on fishing.")
    assert unsettled_word(informal, ["informal"], curbs.view("curbs"), []) is None


def test_a_word_the_store_only_denies_is_not_supported_by_other_facts(
    world: Callable[..., World],
) -> None:
    stock = world(VISIT, SILENT)
    claim = "Ana Diaz will stay silent during her visit to Lemuria in May."
    parsed = stock.parse(claim)
    reason = unsettled_word(parsed, ["silent"], stock.view("visit"), [stock.view("silent")])
    assert reason == "the store uses 'silent' only where it denies something"
    scores = {"visit": 80.0, "silent": 50.0}
    assert _verdict(stock, claim, scores) is Verdict.NOT_ENOUGH_INFO
    assert _verdict(stock, "Ana Diaz will visit Lemuria in May.", scores) is Verdict.SUPPORTED


SHARES = fact("Shares of Harbor Foods fell 4% on Tuesday.", id="shares", keys=["fell|shares"])
RATIO = fact(
    "Harbor Foods' cost ratio was higher than a year earlier.",
    id="ratio",
    keys=["ratio|cost"],
)


def test_a_claim_said_of_another_thing_than_the_supporting_fact_is_open(
    world: Callable[..., World],
) -> None:
    stock = world(SHARES, RATIO)
    claim = stock.parse("Harbor Foods' cost ratio fell on Tuesday.")
    reason = unsettled_word(claim, [], stock.view("shares"), [], list(stock.views.values()))
    assert reason == "the store does not say this of the ratio"
    alone = unsettled_word(claim, [], stock.view("shares"), [], [stock.view("shares")])
    assert alone is None  # no other fact says it of the ratio: nothing to tell apart


def test_another_thing_after_the_facts_word_and_preposition_is_not_supported(
    world: Callable[..., World],
) -> None:
    stock = world(fact("Ana Diaz's first wife was dying of kidney disease.", id="wife",
                       keys=["wife|dying"]))  # fmt: skip
    claim = stock.parse("Ana Diaz's first wife was dying of cancer.")
    reason = unsettled_word(claim, ["cancer"], stock.view("wife"), [])
    assert reason == "the claim says 'dying of cancer'; the source says 'dying of kidney'"
    assert _verdict(stock, claim.text, {"wife": 90.0}) is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a doer the claim brings in, which the fact does not name
        ("A groundskeeper found Ana Diaz's body behind the alumni center on Tuesday.",
         "not_enough_info"),
        ("Ana Diaz's body was found behind the alumni center on Tuesday.", "supported"),
    ],
)  # fmt: skip
def test_a_doer_the_fact_does_not_name_is_not_supported(
    tmp_path: Path, claim: str, label: str
) -> None:
    found = fact(
        "Ana Diaz's body was found on Tuesday behind the alumni center near the stadium.",
        id="found",
        keys=["body|found"],
    )
    assert verdict(small(tmp_path, found), claim) == label
