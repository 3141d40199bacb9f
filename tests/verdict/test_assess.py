"""One fact against one claim: every comparator in turn, and the cases where the fact turns
out not to be about the claim after all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.verdict import assess as assess_module
from factcli.verdict.assess import COMPARATORS, assess
from factcli.verdict.findings import Element, Kind, Status
from factcli.verdict.slots import eligibility

from .conftest import World, fact
from .stores import bundled, small, verdict

FISH = fact(
    "Atlantis exports 12 million tonnes of fish to Lemuria a year.",
    id="fish",
    keys=["fish"],
    entities=[{"name": "Atlantis", "role": "supplier"}, {"name": "Lemuria", "role": "recipient"}],
    quantities=[
        {
            "slot": "volume",
            "value": 12,
            "scale": "million",
            "unit": "tonnes",
            "period": "year",
            "cue": ["exports"],
        }
    ],
)
SUMMIT = fact(
    "The Atlantis-Lemuria summit takes place from March 3 to 5, 2020.",
    id="summit",
    keys=["summit"],
    dates=[{"slot": "when", "date": "2020-03-03", "end": "2020-03-05"}],
)


def test_every_comparator_has_its_say(world: Callable[..., World]) -> None:
    stock = world(FISH)
    claim = stock.parse("Atlantis does not export 20 million tonnes of fish to Lemuria a year.")
    assessment = assess(claim, stock.view("fish"), {})
    assert assessment.about
    kinds = [f.element.kind for f in assessment.findings]
    assert kinds == [Kind.QUANTITY, Kind.ENTITY, Kind.ENTITY, Kind.ROLE, Kind.ROLE,
                     Kind.NEGATION]  # fmt: skip
    status = {f.element: f.status for f in assessment.findings}
    assert status[Element.value(Kind.QUANTITY, 0)] is Status.CONFLICT
    assert status[Element.named(Kind.ENTITY, "Lemuria")] is Status.MATCH
    assert Element.value(Kind.DATE, 0) not in status
    assert not assessment.structural_conflict


def test_a_fact_whose_key_the_claim_misses_is_not_about_it(world: Callable[..., World]) -> None:
    stock = world(FISH, SUMMIT)
    assessment = assess(stock.parse("Atlantis exports timber."), stock.view("summit"), {})
    assert (assessment.about, assessment.missing, assessment.findings) == (False, ("summit",), ())


def test_a_fact_set_aside_on_its_keys_costs_no_preparation_of_the_claim(
    world: Callable[..., World], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Most candidates of a claim miss a key: the claim is prepared for a fact (its
    possessive countries, its amounts read as money) only once the fact is about it."""
    stock = world(FISH, SUMMIT)
    prepared: list[str] = []
    as_money = assess_module.quantities.as_money

    def counted(claim: object, view: object) -> object:
        prepared.append(view.fact.id)  # type: ignore[attr-defined]
        return as_money(claim, view)  # type: ignore[arg-type]

    monkeypatch.setattr(assess_module.quantities, "as_money", counted)
    claim = stock.parse("Atlantis exports 12 million tonnes of fish to Lemuria a year.")
    assert not assess(claim, stock.view("summit"), {}).about
    assert assess(claim, stock.view("fish"), {}).about
    assert prepared == ["fish"]


def test_another_party_makes_another_subject(world: Callable[..., World]) -> None:
    stock = world(FISH)
    claim = stock.parse("Atlantis exports 12 million tonnes of fish to Mu a year.")
    assessment = assess(claim, stock.view("fish"), {})
    assert not assessment.about
    assert assessment.missing == ("Lemuria (the claim names another)",)


def test_another_date_and_an_unconfirmed_amount_make_another_event(
    world: Callable[..., World],
) -> None:
    stock = world(SUMMIT)
    one_error = assess(stock.parse("The summit takes place in May 2020."), stock.view("summit"), {})
    assert one_error.about  # a wrong date alone: an error in this event
    assert one_error.findings[0] == (
        Element.value(Kind.DATE, 0),
        Status.CONFLICT,
        "the claim says May 2020; the source says March 3-5, 2020",
    )
    claim = stock.parse("The summit will last two days in May 2020.")
    another = assess(claim, stock.view("summit"), {})
    assert (another.about, another.missing) == (
        False,
        ("another event (another entity and value)",),
    )


def test_a_structural_conflict_is_a_role_or_name_conflict(world: Callable[..., World]) -> None:
    stock = world(FISH)
    claim = stock.parse("Lemuria exports 12 million tonnes of fish to Atlantis a year.")
    assert assess(claim, stock.view("fish"), {}).structural_conflict


def test_cue_words_choose_the_slots_a_value_is_compared_with(
    world: Callable[..., World],
) -> None:
    stock = world(FISH)
    view = stock.view("fish")
    claim = stock.parse("Atlantis exports 12 million tonnes of fish to Lemuria a year.")
    assert eligibility(claim, [view]) == {Element.value(Kind.QUANTITY, 0): {"fish#volume#0"}}
    assert eligibility(stock.parse("Atlantis catches 12 million tonnes."), [view]) == {}


def test_the_comparators_run_in_the_order_of_the_reasons() -> None:
    modules = [c.__module__.rsplit(".", 1)[-1] for c in COMPARATORS]
    assert modules == [
        "quantities",
        "dates",
        "ranks",
        "entities",
        "posts",
        "polarity",
        "sequence",
        "pairings",
        "agents",
    ]
    assert assess_module.COMPARATORS is COMPARATORS


GOAL = fact(
    "Atlantis aims to export 20 million tonnes of fish by 2025.",
    id="goal",
    keys=["fish", "aim|aims|goal|target"],
    modality="planned",
    quantities=[{"slot": "target", "value": 20, "scale": "million", "unit": "tonnes"}],
    dates=[{"slot": "deadline", "date": "2025", "cue": ["by"]}],
)


def test_a_shared_amount_keeps_another_actor_in_the_same_event(
    world: Callable[..., World],
) -> None:
    stock = world(GOAL)
    shared = stock.parse("Ben Ortiz set a target of 20 million tonnes of fish by 2030.")
    found = assess(shared, stock.view("goal"), {})
    assert found.about  # the goal's own amount: the same goal, its date an error
    assert (Element.value(Kind.DATE, 0), Status.CONFLICT) in [
        (f.element, f.status) for f in found.findings
    ]
    other = stock.parse("Ben Ortiz set a target of 30 billion dollars of fish sales by 2030.")
    assert not assess(other, stock.view("goal"), {}).about  # another actor, another goal


def test_a_value_of_a_fact_with_little_in_common_is_another_event(tmp_path: Path) -> None:
    from .stores import small
    from .stores import verdict as label

    checker = small(
        tmp_path,
        fact("Voters elected a new council last fall.", id="vote", keys=["council|elected"],
             dates=[{"slot": "date", "date": "2019-09", "end": "2019-11"}]),
    )  # fmt: skip
    assert label(checker, "Voters elected a new council in March 2019.") == "refuted"
    claim = "The council passed the harbour pollution bill in July 2020."
    assert label(checker, claim) == "not_enough_info"


# --- An amount a word of magnitude allows keeps a wrong date an error -------------------------

DEAL = fact(
    "A multibillion dollar fish deal was signed in March 2019.",
    id="deal",
    keys=["fish", "deal|signed"],
    dates=[{"slot": "signed", "date": "2019-03", "cue": ["signed", "in"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("In March 2017, the two countries signed a $40 billion fish deal.", "refuted"),
        ("In March 2019, the two countries signed a $40 billion fish deal.", "not_enough_info"),
        ("In March 2017, the two countries signed a $40 million fish deal.", "not_enough_info"),
    ],
)
def test_an_amount_a_magnitude_word_allows(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, DEAL), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ana Diaz rejected another offer from the Reef Council in 2016.", "not_enough_info"),
        ("Ana Diaz rejected a fresh offer from the Reef Council in 2016.", "not_enough_info"),
        ("Ana Diaz rejected an offer from the Reef Council in 2016.", "refuted"),
        ("Ana Diaz rejected the offer from the Reef Council in 2013.", "supported"),
    ],
)
def test_another_of_its_kind_is_another_event(tmp_path: Path, claim: str, label: str) -> None:
    checker = small(
        tmp_path,
        fact(
            "Ana Diaz rejected a $3 billion offer from the Reef Council in 2013.",
            keys=["offer", "Ana Diaz"],
            dates=[{"slot": "rejected", "date": "2013"}],
        ),
    )
    assert verdict(checker, claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [  # a piece in another outlet is not the source, whose facts say who published it
        ("Xi Jinping published an article in the Rossiyskaya Gazeta.", "not_enough_info"),
        ("DW published an article on Xi's trip.", "supported"),  # may be the source itself
    ],
)
def test_another_piece_of_writing_is_not_the_source(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label
