"""Two predicates of one subject, each a statement of its own."""

from __future__ import annotations

import pytest

from factcli.predicates import predicates


@pytest.mark.parametrize(
    ("clause", "statements"),
    [
        (
            "Xi arrived in Moscow on Friday and was met at the airport by Medvedev.",
            ["Xi arrived in Moscow on Friday", "Xi was met at the airport by Medvedev."],
        ),
        ("Trade rose 5% and reached $95bn.", ["Trade rose 5%", "Trade reached $95bn."]),
        (  # the auxiliary goes with the subject to a participle after "and"
            "He was elected in 2010 and re-elected in 2014.",
            ["He was elected in 2010", "He was re-elected in 2014."],
        ),
        (
            "Correa cut his trip short and rushed home.",
            ["Correa cut his trip short", "Correa rushed home."],
        ),
    ],
)
def test_a_second_predicate_takes_the_subject_of_the_first(
    clause: str, statements: list[str]
) -> None:
    assert predicates(clause) == statements


@pytest.mark.parametrize(
    "clause",
    [
        "Xi will visit Moscow and meet Putin.",  # a plan's verbs: one plan
        "Gas lines of cast-iron and unprotected steel were replaced.",  # an adjective
        "Con Edison is swapping cast-iron and unprotected steel lines.",
        "Sheppard testified that Roof stood over her and said he would spare her.",
        "Russia and China signed a deal.",  # "and" before the verb joins the subject
        "The Fed, citing jobs, raised rates and signalled more.",  # no plain subject
    ],
)
def test_one_statement_where_no_second_predicate_follows_and(clause: str) -> None:
    assert predicates(clause) == [clause]
