"""Organisations by their initials."""

from __future__ import annotations

from factcli.initials import bare_words, initialisms, initials_in

FUND = ("German Marshall Fund of the United States", "organization")


def test_the_initials_of_a_name_and_of_its_part_before_of() -> None:
    table = initialisms([FUND, ("Russia", "country"), ("Eurasian Economic Union", "organization")])
    assert table == {"GMFUS": FUND, "GMF": FUND, "EEU": ("Eurasian Economic Union", "organization")}


def test_initials_two_names_share_name_neither() -> None:
    table = initialisms(
        [("Central Fishing Board", "organization"), ("Coastal Fisheries Bureau", "organization")]
    )
    assert table == {}


def test_words_are_taken_without_punctuation_or_a_possessive() -> None:
    text = 'He joined "GMF\'s" team, then (EEU).'
    assert [(text[s : s + len(w)], w) for s, w in bare_words(text)] == [
        ("joined", "joined"),
        ("GMF", "GMF"),
        ("team", "team"),
        ("then", "then"),
        ("EEU", "EEU"),
    ]


def test_lower_case_initials_only_in_a_text_typed_in_lower_case() -> None:
    table = {"GMF": FUND}
    assert [e for _, _, e in initials_in("small is at gmf", table)] == [FUND]
    assert initials_in("Small is at gmf", table) == []
    assert [(s, e) for s, e, _ in initials_in("Small is at GMF", table)] == [(12, 15)]
