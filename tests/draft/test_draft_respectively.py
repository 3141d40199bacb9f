"""A "respectively" clause gives one statement per pairing."""

from __future__ import annotations

from factcli.draft.build import draft_article
from factcli.draft.respectively import distribute
from factcli.entities import EntityIndex
from factcli.parse import parse_text


def test_names_pair_up_in_order() -> None:
    parsed = parse_text(
        "Norway and Chile will use the fund to back their fleets, respectively, in Japan and Peru.",
        EntityIndex([]),
    )
    assert distribute(parsed) == [
        "Norway will use the fund to back their fleets in Japan.",
        "Chile will use the fund to back their fleets in Peru.",
    ]


def test_amounts_pair_up_with_names() -> None:
    parsed = parse_text(
        "Exports to Norway and Sweden rose 5 percent and 7 percent, respectively.",
        EntityIndex([]),
    )
    assert distribute(parsed) == [
        "Exports to Norway rose 5 percent.",
        "Exports to Sweden rose 7 percent.",
    ]


def test_a_clause_without_two_pairs_stays_whole() -> None:
    parsed = parse_text("Norway and Sweden grew, respectively.", EntityIndex([]))
    assert distribute(parsed) == [parsed.text]
    plain = parse_text("Norway grew by 5 percent.", EntityIndex([]))
    assert distribute(plain) == [plain.text]


def test_each_pairing_is_a_fact_with_the_whole_sentence_as_quote() -> None:
    text = (
        "Fish trade\n\nExports to Norway and Sweden rose 5 percent and 7 percent, "
        "respectively, last year.\n"
    )
    facts = [f for f in draft_article(text).facts if f.statement.startswith("Exports")]
    assert [f.quantities[0].value for f in facts] == [5, 7]
    assert {f.quote for f in facts} == {text.split("\n\n")[1].strip()}
