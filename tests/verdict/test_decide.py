"""The decision across facts: which fact decides, the verdict, its reasons and confidence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.verdict import decide as rules
from factcli.verdict.assess import assess
from factcli.verdict.decide import claim_elements, decide
from factcli.verdict.findings import Element, Kind
from factcli.verdict.result import CheckResult, Verdict

from .conftest import World, fact
from .stores import small

FISH = fact(
    "Atlantis exports 12 million tonnes of fish to Lemuria a year.",
    id="fish",
    keys=["fish", "Atlantis"],
    entities=[{"name": "Atlantis", "role": "supplier"}, {"name": "Lemuria", "role": "recipient"}],
    quantities=[
        {"slot": "volume", "value": 12, "scale": "million", "unit": "tonnes", "period": "year"}
    ],
)
SUMMIT = fact(
    "The Atlantis-Lemuria summit takes place from March 3 to 5, 2020.",
    id="summit",
    keys=["summit"],
    modality="planned",
    dates=[{"slot": "when", "date": "2020-03-03", "end": "2020-03-05"}],
)
SCORES = {"fish": 80.0, "summit": 40.0}


def verdict(stock: World, claim: str, scores: dict[str, float] = SCORES) -> CheckResult:
    parsed = stock.parse(claim)
    assessments = [assess(parsed, view, {}) for view in stock.views.values()]
    return decide(claim, parsed, assessments, scores)


def test_a_match_on_every_element_supports(world: Callable[..., World]) -> None:
    result = verdict(
        world(FISH, SUMMIT), "Atlantis exports 12 million tonnes of fish to Lemuria a year."
    )
    assert (result.verdict, result.fact and result.fact.id) == (Verdict.SUPPORTED, "fish")
    assert result.reasons == ("12 million tonnes matches the source", "Atlantis matches the source",
                              "Lemuria matches the source", "Lemuria is the recipient",
                              "Atlantis is the supplier")  # fmt: skip
    assert result.decisive == ("12 million tonnes", "Atlantis", "Lemuria")
    full = rules.SUPPORT_BASE + rules.SUPPORT_SPAN * 1.0 * SCORES["fish"] / 100
    assert result.confidence == round(full, 2)


def test_support_says_when_the_source_only_plans_it(world: Callable[..., World]) -> None:
    result = verdict(world(FISH, SUMMIT), "The summit takes place from March 3 to 5, 2020.")
    assert result.verdict is Verdict.SUPPORTED
    assert result.reasons[-1] == "the source says this is planned"


def test_a_conflict_with_the_fact_refutes(world: Callable[..., World]) -> None:
    result = verdict(
        world(FISH, SUMMIT), "Atlantis exports 20 million tonnes of fish to Lemuria a year."
    )
    assert (result.verdict, result.fact and result.fact.id) == (Verdict.REFUTED, "fish")
    assert result.reasons == (
        "the claim says 20 million tonnes a year; the source says 12 million tonnes a year",
    )
    assert result.decisive == ("20 million tonnes",)
    assert result.confidence == rules.VALUE_CONFLICT_CONFIDENCE


def test_a_swap_refutes_with_less_confidence(world: Callable[..., World]) -> None:
    result = verdict(world(FISH), "Atlantis imports 12 million tonnes of fish from Lemuria a year.")
    assert result.verdict is Verdict.REFUTED
    assert result.confidence == rules.NAME_CONFLICT_CONFIDENCE


def test_an_element_no_fact_covers_leaves_the_claim_open(world: Callable[..., World]) -> None:
    result = verdict(
        world(FISH, SUMMIT), "Atlantis exported 12 million tonnes of fish to Lemuria in 2019."
    )
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert result.reasons == ("the store does not say '2019'",)
    assert result.confidence == rules.UNVERIFIABLE_CONFIDENCE


def test_a_name_no_fact_covers_is_given_in_the_claim_s_words(
    world: Callable[..., World],
) -> None:
    result = verdict(world(FISH), "Atlantis exports fish to Lemuria, says Ortiz.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert result.reasons == ("the store does not say anything about Ortiz here",)


def test_words_the_facts_lack_leave_the_claim_open(world: Callable[..., World]) -> None:
    result = verdict(
        world(FISH), "Atlantis exports fish to Lemuria, mostly salted herring and cod."
    )
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert result.reasons == ("the store does not mention 'salted', 'herring', 'cod'",)


def test_no_fact_about_the_claim(world: Callable[..., World]) -> None:
    stock = world(FISH, SUMMIT)
    result = verdict(stock, "Lemuria exports fish.")
    assert (result.verdict, result.related) == (Verdict.NOT_ENOUGH_INFO, False)
    assert result.reasons == (
        "no fact in the store is about this claim (the nearest, 'fish', is about Atlantis)",
    )
    assert result.confidence == rules.NOT_ABOUT_CONFIDENCE
    parsed = stock.parse("Lemuria exports fish.")
    alone = decide("Lemuria exports fish.", parsed, [], {})
    assert (alone.fact, alone.confidence) == (None, rules.NO_CANDIDATE_CONFIDENCE)


@pytest.mark.parametrize(
    ("claim", "elements"),
    [
        ("Atlantis exports 12 million tonnes of fish to Lemuria in 2019.",
         [Element.value(Kind.QUANTITY, 0), Element.value(Kind.DATE, 0),
          Element.named(Kind.ENTITY, "Atlantis"), Element.named(Kind.ENTITY, "Lemuria")]),
        ("Atlantean fishermen sell fish.", []),  # an adjective is no party
        ("Lemuria's president met Ana Diaz.",  # nor the country of a title
         [Element.named(Kind.ENTITY, "Ana Diaz"), Element.named(Kind.ENTITY, "president")]),
    ],
)  # fmt: skip
def test_the_elements_a_supported_claim_must_match(
    world: Callable[..., World], claim: str, elements: list[Element]
) -> None:
    assert claim_elements(world(FISH).parse(claim)) == elements


def test_a_match_on_a_surer_fact_outweighs_a_conflict_on_another(
    world: Callable[..., World],
) -> None:
    older = fact(
        "Atlantis exported 9 million tonnes of fish to Lemuria a year in the past.",
        id="older",
        keys=["fish", "Atlantis"],
        quantities=[
            {"slot": "volume", "value": 9, "scale": "million", "unit": "tonnes", "period": "year"}
        ],
    )
    stock = world(FISH, older)
    claim = "Atlantis exports 12 million tonnes of fish to Lemuria a year."
    assert verdict(stock, claim, {"fish": 80.0, "older": 70.0}).verdict is Verdict.SUPPORTED
    parsed = stock.parse(claim)
    alone = decide(claim, parsed, [assess(parsed, stock.view("older"), {})], {"older": 70.0})
    assert alone.verdict is Verdict.REFUTED


def test_a_denial_by_the_party_named_is_not_outweighed_by_a_fact_without_it(
    tmp_path: Path,
) -> None:
    from .stores import small
    from .stores import verdict as label

    checker = small(
        tmp_path,
        fact("Ana Diaz has called for building a bridge to Lemuria for $2 billion.", id="call",
             keys=["called|building|bridge"], quantities=[{"slot": "cost", "value": 2,
                                                         "scale": "billion", "unit": "USD"}]),
        fact("The Reef Council has not taken up that idea.", id="denial", negated=True,
             keys=["Reef Council", "idea|plan|bridge|building"]),
    )  # fmt: skip
    claim = (
        "The Reef Council has taken up Ana Diaz's call for building a bridge to Lemuria "
        "for $2 billion."
    )
    assert label(checker, claim) == "refuted"
    assert label(checker, "Ana Diaz has called for building a bridge to Lemuria.") == "supported"


def test_a_date_of_a_fact_that_lacks_a_name_of_the_claim_refutes_nothing(
    tmp_path: Path,
) -> None:
    from .stores import small
    from .stores import verdict as label

    checker = small(
        tmp_path,
        fact("Fish exports will reach 9 percent of trade, up from 4 percent in 2017.", id="share",
             keys=["exports|trade"], dates=[{"slot": "date", "date": "2017"}]),
    )  # fmt: skip
    assert label(checker, "Fish exports will overtake Zorblat trade in 2025.") == "not_enough_info"


def test_a_denial_weighs_as_sure_as_its_fact_would_without_it(tmp_path: Path) -> None:
    from .stores import small
    from .stores import verdict as label

    checker = small(
        tmp_path,
        fact("The Reef Council has not taken up the ferry plan.", id="denial", negated=True,
             keys=["Reef Council", "plan|ferry"]),
        fact("Some members of the Reef Council want more buses.", id="members",
             keys=["Reef Council", "want|members|buses"]),
    )  # fmt: skip
    assert label(checker, "The Reef Council approved the plan in May.") == "refuted"


def test_a_time_said_relative_to_the_writing_is_more_than_an_undated_fact_says(
    tmp_path: Path,
) -> None:
    from .stores import small
    from .stores import verdict as label

    checker = small(
        tmp_path,
        fact("The council plans to open the ferry route to Mu.", id="route", keys=["ferry"],
             modality="planned"),
    )  # fmt: skip
    assert label(checker, "The council plans to open the ferry route to Mu.") == "supported"
    assert label(checker, "The council plans to open the ferry route to Mu next year.") == (
        "not_enough_info"
    )


def test_a_time_relative_to_the_writing_that_the_fact_says_too(tmp_path: Path) -> None:
    from .stores import small
    from .stores import verdict as label

    checker = small(
        tmp_path,
        fact("Guards killed ten people in Mu last week.", id="killed", keys=["killed"]),
    )
    assert label(checker, "Guards killed ten people in Mu last week.") == "supported"
    assert label(checker, "Guards killed ten people in Mu next week.") == "not_enough_info"


def test_the_evidence_is_the_fact_that_confirms_the_amount(tmp_path: Path) -> None:
    """Of two facts that support a claim, the one that confirms its amount is shown: it
    also says what the amount is of ("revenue")."""
    from .stores import small

    checker = small(
        tmp_path,
        fact("Harbor Foods reported second-quarter results on Monday.", id="results",
             keys=["Harbor Foods"], entities=[{"name": "Harbor Foods", "role": "subject"}],
             ranks=[{"slot": "quarter", "value": 2, "kind": "ordinal"}]),
        fact("Revenue climbed to $40 billion.", id="revenue", keys=["revenue"],
             quantities=[{"slot": "revenue", "value": 4e10, "unit": "USD"}]),
    )  # fmt: skip
    result = checker.check("Harbor Foods' second-quarter revenue was $40 billion.")
    assert (result.verdict.value, result.fact.id if result.fact else None) == (
        "supported",
        "revenue",
    )


def test_a_dated_fact_read_as_much_like_outweighs_another_period(
    world: Callable[..., World],
) -> None:
    """A title of today set aside for another year ("Ana Diaz is the mayor"), against the
    claim's event refuted on its year by a fact it reads almost as much like: the refutation
    stands; a fact read clearly less like leaves the claim to the other period."""
    from factcli.verdict.assess import Assessment
    from factcli.verdict.findings import Finding, Status
    from factcli.verdict.periods import PERIOD

    stock = world(
        fact("Ana Diaz is the mayor.", id="post"),
        fact("In 1997, Mayor Ana Diaz imposed a curfew.", id="curfew"),
    )
    claim = stock.parse("In 1995, Mayor Ana Diaz imposed a curfew.")
    post = Assessment(stock.view("post"), (), False, (f"{PERIOD} 1995",))
    wrong_year = Finding(Element.value(Kind.DATE, 0), Status.CONFLICT, "1995, not 1997")
    curfew = Assessment(stock.view("curfew"), (wrong_year,), True, ())
    near = {"post": 95.0, "curfew": 94.0}
    assert rules._another_period(claim, [post, curfew], [curfew], near) is None
    far = {"post": 95.0, "curfew": 80.0}
    assert rules._another_period(claim, [post, curfew], [curfew], far) is post


DOTS = [
    fact("The dots moved randomly.", id="dots", keys=["dots"]),
    fact("The participants watched a screen.", id="screen", keys=["dots|screen"]),
    fact("A clock stood beside the screen.", id="clock", keys=["dots|screen|clock"]),
    fact(
        "The clock's hand turned in a fixed, predictable direction.", id="hand", keys=["dots|clock"]
    ),
]
DOT_SCORES = {"dots": 80.0, "screen": 60.0, "clock": 50.0, "hand": 40.0}


def test_words_only_a_far_fact_says_do_not_cover_the_claim(world: Callable[..., World]) -> None:
    """ "A fixed, predictable direction" is said only of a clock's hand, by a fact far down
    the list that confirms nothing of the claim: of the dots, the words are the claim's own."""
    stock = world(*DOTS)
    claim = "The dots moved in a fixed, predictable direction."
    assert verdict(stock, claim, DOT_SCORES).verdict is Verdict.NOT_ENOUGH_INFO
    near = "The dots on the screen moved randomly."  # the nearest facts say it all
    assert verdict(stock, near, DOT_SCORES).verdict is Verdict.SUPPORTED


def test_a_fact_that_only_names_a_person_lends_no_other_fact_s_words(tmp_path: Path) -> None:
    """ "Ana Diaz is the mayor of Mu" confirms her and her post; what the claim says she did
    must come from a fact about her, not from crews another fact sends out."""
    from .stores import small, verdict

    checker = small(
        tmp_path,
        fact("Ana Diaz is the mayor of Mu.", id="post", keys=["Ana Diaz"],
             entities=[{"name": "Ana Diaz", "role": "subject"}]),
        fact("Road crews filled extra potholes in Mu after the storm.", id="crews",
             keys=["potholes|crews"]),
    )  # fmt: skip
    assert (
        verdict(checker, "Mayor Ana Diaz sent extra road crews to fill potholes after the storm.")
        == "not_enough_info"
    )
    assert verdict(checker, "Ana Diaz is the mayor of Mu.") == "supported"


def test_a_denial_no_fact_confirms_is_not_supported(world: Callable[..., World]) -> None:
    """Every word of "Atlantis does not export 12 million tonnes of fish" is the fact's:
    the fact's "exports" refutes it; and with no fact's word on the denial at all (a fact
    that does not state what the claim denies gives none), it is not supported."""
    claim = "Atlantis does not export 12 million tonnes of fish."
    stock = world(FISH)
    assert verdict(stock, claim).verdict is Verdict.REFUTED
    parsed = stock.parse(claim)
    silent = [
        a._replace(findings=tuple(f for f in a.findings if f.element.kind is not Kind.NEGATION))
        for a in (assess(parsed, view, {}) for view in stock.views.values())
    ]
    unconfirmed = decide(claim, parsed, silent, SCORES)
    assert unconfirmed.verdict is Verdict.NOT_ENOUGH_INFO
    assert "the store does not say what the claim denies ('not')" in unconfirmed.reasons


COAL = fact("Atlantis mined 375.8 million tons of coal in 2015.", id="tons", keys=["coal"])
COAL_SHARE = fact(
    "Atlantis produced 40 percent of Lemuria's coal in 2014.", id="share", keys=["coal"]
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [  # the tonnage is 2015's; the share's fact gives 2014, and no tonnage
        ("In 2014 Atlantis mined about 400 million tons of coal.", "not_enough_info"),
        ("In 2015 Atlantis mined about 400 million tons of coal.", "supported"),
    ],
)
def test_an_amount_of_another_date_confirms_nothing(tmp_path: Path, claim: str, label: str) -> None:
    assert small(tmp_path, COAL, COAL_SHARE).check(claim).verdict.value == label
