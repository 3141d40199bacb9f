"""The lexicon's stems: one stem for a word's regular and irregular forms."""

from __future__ import annotations

import pytest

from factcli.lexicon import stem, words


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("visited", "visit"),
        ("ran", "run"),
        ("spent", "spend"),
        ("wrote", "write"),
        ("built", "build"),
        ("paid", "pay"),
        ("favour", "favor"),
        ("Xi's", "xi"),
    ],
)
def test_a_form_shares_its_base_s_stem(form: str, base: str) -> None:
    assert stem(form) == stem(base)


def test_irregular_past_forms_share_their_verb_s_stem() -> None:
    for forms in (("withdraw", "withdrew", "withdrawn"), ("shrink", "shrank", "shrunk"),
                  ("flee", "fled"), ("teach", "taught")):  # fmt: skip
        assert len({stem(form) for form in forms}) == 1, forms
    assert stem("fed") != stem("feed")  # "the Fed" stays the Fed


def test_a_participle_glued_to_a_name_is_a_word_of_its_own() -> None:
    # "the Caracas-born player" names Caracas and says "born", as "born in Caracas" does
    assert words("the Caracas-born player") == ["the", "caracas", "born", "player"]
    assert words("Kansas-based Sprint") == ["kansas", "based", "sprint"]
    assert words("a 30-year, well-known deal") == ["a", "30-year", "well-known", "deal"]
