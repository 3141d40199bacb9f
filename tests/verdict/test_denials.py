"""A fact's denial that the claim says in other words, or in a clause of the fact's sentence."""

from __future__ import annotations

from collections.abc import Callable

from factcli.verdict.denials import lost_what_it_is_without, quoted_denial, repeats_denial

from .conftest import World, fact


def test_what_one_lost_is_what_one_is_without(world: Callable[..., World]) -> None:
    stock = world(fact("Almost 500,000 customers were without power.", keys=["customers"]))
    assert lost_what_it_is_without(stock.parse("500,000 customers lost power."), stock.view()) == (
        "power"
    )
    assert (
        lost_what_it_is_without(stock.parse("500,000 customers lost jobs."), stock.view()) is None
    )


def test_a_denial_repeated_in_a_clause_of_its_own(world: Callable[..., World]) -> None:
    stock = world(fact("No group claimed the attack.", keys=["attack"]))
    claim = stock.parse("Although no group claimed the attack, it raised fears.")
    assert repeats_denial(claim, stock.view())


def test_a_denial_the_fact_s_sentence_says_in_another_clause(world: Callable[..., World]) -> None:
    statement = "Controllers offered permission to climb."
    stock = world(
        {**fact(statement, keys=["climb"]), "quote": f"{statement[:-1]}, but there was no reply."}
    )
    assert quoted_denial(stock.parse("There was no reply to the offer."), stock.view()) == (
        "no reply"
    )
