"""The lexicon's stems: one stem for a word's regular and irregular forms."""

from __future__ import annotations

import pytest

from factcli.lexicon import stem


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
