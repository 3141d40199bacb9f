"""Posts: which post a text gives to which person, whichever way it is phrased."""

from __future__ import annotations

import pytest

from factcli.entities import EntityIndex
from factcli.model import Alias
from factcli.parse import parse_text

_ALIASES = (
    Alias("Anna Berg", "person", ("Berg",)),
    Alias("Mia King", "person", ("King",)),
    Alias("Tom Hale", "person", ("Hale", "the Ruritanian president", "Ruritania's president")),
    Alias("Ruritania", "country", ("Ruritanian",)),
    Alias("president", "term", ("head of state",)),
    Alias("prime minister", "term", ("PM", "premier")),
)


@pytest.fixture(scope="module")
def index() -> EntityIndex:
    return EntityIndex(_ALIASES)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Anna Berg is Ruritania's premier.", "prime minister"),
        ("Anna Berg is the Ruritanian vice president.", "vice president"),
        ("Anna Berg, the former prime minister, spoke.", "former prime minister"),
        ("Ruritanian deputy prime minister Anna Berg spoke.", "deputy prime minister"),
        ("Anna Berg was the country's foreign minister.", "foreign minister"),
        ("Ruritania's top Asia economist is Anna Berg.", "top asia economist"),
        ("Anna Berg, the senior Africa director, spoke.", "senior africa director"),
        ("The premier of Ruritania, Anna Berg, spoke.", "prime minister"),
        ("Ruritania's foreign minister, Anna Berg, spoke.", "foreign minister"),
        ("Anna Berg = Ruritania's premier", "prime minister"),  # "=" typed for "is"
        ("Ruritania's premier = Anna Berg", "prime minister"),
        ("Anna Berg, a U.S. senator from Ohio, spoke.", "senator"),  # a place's dots
    ],
)
def test_a_post_is_read_whichever_way_it_is_phrased(
    index: EntityIndex, text: str, title: str
) -> None:
    posts = parse_text(text, index).posts
    assert [(p.holder, p.title) for p in posts] == [("Anna Berg", title)]


def test_a_post_before_another_name_is_not_the_apposed_names(index: EntityIndex) -> None:
    parsed = parse_text("The premier met Tom Hale and Anna Berg, who spoke.", index)
    assert not [p for p in parsed.posts if p.holder == "Anna Berg"]


def test_another_persons_title_used_as_a_post_is_a_title_of_that_person(
    index: EntityIndex,
) -> None:
    parsed = parse_text("Anna Berg is the Ruritanian president.", index)
    assert [(t.holder, t.named) for t in parsed.titles] == [("Tom Hale", "Anna Berg")]
    assert "Tom Hale" not in parsed.names  # the title is no second person of the claim


def test_a_surname_that_is_a_post_s_word_names_no_title(index: EntityIndex) -> None:
    """ "Mia King is Hale's deputy" gives Hale no title: King is her surname."""
    parsed = parse_text("Mia King is Hale's deputy.", index)
    assert parsed.titles == ()
    assert not [p for p in parsed.posts if p.holder == "Tom Hale"]


def test_the_object_of_a_preposition_is_given_no_post_by_the_verb_after_it(
    index: EntityIndex,
) -> None:
    parsed = parse_text("Watching alongside Anna Berg was the Ruritanian president.", index)
    assert parsed.titles == ()
    assert parsed.posts == ()


def test_a_title_before_another_name_is_that_name_s_post(index: EntityIndex) -> None:
    parsed = parse_text("Anna Berg is to hold talks with PM Mia King.", index)
    assert [(p.holder, p.title) for p in parsed.posts] == [("Mia King", "prime minister")]


def test_a_name_without_a_post_has_none(index: EntityIndex) -> None:
    assert parse_text("Anna Berg met Tom Hale in Ruritania.", index).posts == ()


def test_a_post_takes_the_words_that_qualify_it_but_not_a_verb() -> None:
    from factcli.entities import EntityIndex
    from factcli.parse import parse_text

    def posts(text: str) -> list[str]:
        return [m.name for m in parse_text(text, EntityIndex([])).mentions if m.kind == "post"]

    assert posts("The commerce minister spoke.") == ["commerce minister"]
    assert posts("The acting president resigned.") == ["acting president"]
    assert posts("Nina Pham met President Obama.") == ["president"]
    assert posts("Xi is meeting President Putin.") == ["president"]
