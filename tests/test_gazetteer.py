"""Tests for the world gazetteer: data file, lookup and name finding."""

from __future__ import annotations

from importlib.resources import files

import pytest

from factcli.gazetteer import GazetteerEntry, find_names, lookup
from tests.work import assert_linear, repeat, steps

KINDS = {"city", "country", "organization", "post", "region"}


def data_rows() -> list[list[str]]:
    """Return the non-comment rows of the bundled TSV, split on tabs."""
    text = (files("factcli") / "data" / "gazetteer.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if not line.startswith("#")]


def names(text: str) -> list[tuple[str, str, str]]:
    """Return (matched text, kind, canonical) for every name found in `text`."""
    return [
        (text[start:end], entry.kind, entry.canonical) for start, end, entry in find_names(text)
    ]


class TestDataFile:
    def test_rows_have_three_columns_and_known_kinds(self) -> None:
        rows = data_rows()
        assert all(len(row) == 3 for row in rows)
        assert {row[1] for row in rows} == KINDS

    def test_rows_are_sorted_by_kind(self) -> None:
        kinds = [row[1] for row in data_rows()]
        assert kinds == sorted(kinds)

    def test_names_are_unique_and_stripped(self) -> None:
        rows = data_rows()
        assert all(row[0] == row[0].strip() and row[0] for row in rows)
        assert len({row[0] for row in rows}) == len(rows)

    def test_canonical_names_are_themselves_entries(self) -> None:
        rows = data_rows()
        listed = {row[0] for row in rows}
        assert {row[2] for row in rows if row[2]} <= listed

    def test_covers_all_un_members_and_many_places(self) -> None:
        rows = data_rows()
        canonical_countries = {row[0] for row in rows if row[1] == "country" and not row[2]}
        assert len(canonical_countries) >= 193
        assert sum(row[1] == "city" for row in rows) >= 150
        assert sum(row[1] == "organization" for row in rows) >= 80


class TestLookup:
    @pytest.mark.parametrize(
        ("name", "kind", "canonical"),
        [
            ("Mongolia", "country", "Mongolia"),
            ("Kazakhstan", "country", "Kazakhstan"),
            ("USA", "country", "United States"),
            ("U.S.", "country", "United States"),
            ("America", "country", "United States"),
            ("Britain", "country", "United Kingdom"),
            ("German", "country", "Germany"),
            ("Mongolian", "country", "Mongolia"),
            ("Chinese", "country", "China"),
            ("Russian", "country", "Russia"),
            ("American", "country", "United States"),
            ("Shanghai", "city", "Shanghai"),
            ("Central Asia", "region", "Central Asia"),
            ("the West", "region", "the West"),
            ("IMF", "organization", "International Monetary Fund"),
            # agencies a claim names by acronym where the article spells them out
            ("CDC", "organization", "Centers for Disease Control and Prevention"),
            ("NTSB", "organization", "National Transportation Safety Board"),
            ("North Atlantic Treaty Organization", "organization", "NATO"),
            ("Fed", "organization", "Federal Reserve"),
            ("Eurasian Economic Union", "organization", "Eurasian Economic Union"),
            ("Gazprom", "organization", "Gazprom"),
            ("Department of Defense", "organization", "Pentagon"),
            ("Defense Department", "organization", "Pentagon"),
            ("vice foreign minister", "post", "vice foreign minister"),
            ("prime minister", "post", "prime minister"),
        ],
    )
    def test_known_names(self, name: str, kind: str, canonical: str) -> None:
        entry = lookup(name)
        assert entry is not None
        assert (entry.kind, entry.canonical) == (kind, canonical)

    def test_multi_letter_names_are_case_insensitive(self) -> None:
        assert lookup("MONGOLIA") == lookup("mongolia") == lookup("Mongolia")
        assert lookup("Prime Minister") == lookup("prime minister")

    def test_whitespace_is_normalized(self) -> None:
        assert lookup("  Central \n Asia ") == lookup("Central Asia")

    @pytest.mark.parametrize("word", ["us", "Us", "un", "imf", "who", "eu"])
    def test_short_acronyms_need_exact_case(self, word: str) -> None:
        assert lookup(word) is None

    def test_acronym_with_exact_case(self) -> None:
        assert lookup("US") == GazetteerEntry("US", "country", "United States")

    def test_unknown_name(self) -> None:
        assert lookup("Atlantis") is None


class TestFindNames:
    def test_longest_match_wins(self) -> None:
        text = "Trade with Central Asia and the United States grew."
        assert names(text) == [
            ("Central Asia", "region", "Central Asia"),
            ("United States", "country", "United States"),
        ]

    def test_entity_kinds_in_a_claim(self) -> None:
        text = "Xi made a one-day trip to Mongolia; the deal was signed in Shanghai."
        assert names(text) == [
            ("Mongolia", "country", "Mongolia"),
            ("Shanghai", "city", "Shanghai"),
        ]

    def test_a_post_that_is_a_surname_after_a_given_name_is_no_post(self) -> None:
        """ "Michelle King" is a person; "King Abdullah" and "the king" are posts."""
        assert names("Michelle King, his deputy, was named to succeed him.") == []
        assert names("Steve King said King Abdullah met the judge.") == [
            ("King", "post", "king"),
            ("judge", "post", "judge"),
        ]

    def test_offsets_point_into_text(self) -> None:
        text = "Russia's trade with the U.S. fell, the IMF said."
        for start, end, entry in find_names(text):
            assert lookup(text[start:end]) == entry
        assert [text[start:end] for start, end, _ in find_names(text)] == [
            "Russia",
            "U.S.",
            "IMF",
        ]

    def test_word_boundaries(self) -> None:
        assert names("Asian markets and Usbekistan and USAF") == [("Asian", "region", "Asia")]

    def test_hyphenated_pairs_are_split(self) -> None:
        assert [m[2] for m in names("a Russia-China pact and Sino-Russian ties")] == [
            "Russia",
            "China",
            "Russia",
        ]

    def test_lower_case_common_words_are_not_places(self) -> None:
        assert names("let us eat turkey in the west of the country") == []

    def test_countries_count_in_a_text_typed_wholly_in_lower_case(self) -> None:
        assert names("india's team won the match") == [("india", "country", "India")]
        assert names("polish the shoes, jordan") == []  # countries that are common words

    def test_acronyms_count_in_a_text_typed_wholly_in_lower_case(self) -> None:
        assert names("trade with the eu grew") == [("eu", "organization", "European Union")]
        assert names("tell us who won") == []  # acronyms that are words in lower case
        assert names("The eu flag") == []

    def test_a_short_post_in_lower_case_needs_an_owner(self) -> None:
        assert names("medvedev is russia's pm") == [
            ("russia", "country", "Russia"),
            ("pm", "post", "prime minister"),
        ]
        assert names("xi meets the russian pm")[-1] == ("pm", "post", "prime minister")
        assert names("the parade starts at 10 pm") == []

    def test_lower_case_countries_need_a_text_without_capitals(self) -> None:
        assert names("The india pale ale") == []

    def test_posts_match_in_lower_case(self) -> None:
        text = "said Chinese vice foreign minister Cheng Guoping"
        assert names(text) == [
            ("Chinese", "country", "China"),
            ("vice foreign minister", "post", "vice foreign minister"),
        ]

    def test_multi_word_name_across_line_break(self) -> None:
        assert names("the Eurasian\nEconomic Union") == [
            ("Eurasian\nEconomic Union", "organization", "Eurasian Economic Union")
        ]

    def test_empty_text(self) -> None:
        assert find_names("") == []

    SENTENCE = (
        "After talks with the IMF in Washington, the Chinese vice foreign minister said "
        "trade between Russia and Central Asia would reach $95 billion, while the "
        "United States and the European Union stayed away."
    )

    def test_a_sentence_costs_less_than_one_step_per_known_name(self) -> None:
        """Names are looked up by their first word, never tried one by one."""
        find_names(self.SENTENCE)  # load the data outside the count
        assert steps(lambda: find_names(self.SENTENCE)) < len(data_rows())

    def test_long_texts_take_linear_work(self) -> None:
        assert_linear(find_names, lambda size: repeat(self.SENTENCE + " ", size), 5_000)


def test_the_tables_read_back_from_the_cache_are_those_built_from_the_tsv() -> None:
    from factcli import gazetteer

    gazetteer._index()  # built and written to the cache, unless an earlier test did so
    gazetteer._index.cache_clear()
    try:
        assert gazetteer._index() == gazetteer._build_index()  # read back
    finally:
        gazetteer._index.cache_clear()


def test_a_post_word_in_a_competition_name_is_no_post() -> None:
    assert names("their last premier league game") == []
    assert names("the premier said") == [("premier", "post", "premier")]


@pytest.mark.parametrize("text", ["ousted as vice-president", "the Vice-President said"])
def test_a_hyphenated_post_is_the_post(text: str) -> None:
    assert [(e.canonical, e.kind) for _, _, e in find_names(text)] == [("vice president", "post")]
