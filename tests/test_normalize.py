"""Unicode normalisation: ASCII punctuation and digits, invisible characters gone, exact map."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcli.normalize import normalize, normalize_with_map
from tests.work import assert_linear, repeat

# --- Unicode forms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("３８ bcm", "38 bcm"),  # full-width digits
        ("38 m³", "38 m3"),  # superscript
        ("ﬁve", "five"),  # ligature
        ("café", "café"),  # composed stays composed
        ("cafe\u0301", "café"),  # decomposed is composed
        ("1½ million", "1 1/2 million"),  # a vulgar fraction does not glue onto the digit
    ],
)
def test_nfkc(text: str, expected: str) -> None:
    assert normalize(text) == expected


# --- Punctuation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘gas’", "'gas'"),
        ("“gas”", '"gas"'),
        ("China’s", "China's"),
        ("May 8–10", "May 8-10"),  # en dash
        ("gas—and oil", "gas-and oil"),  # em dash
        ("−5", "-5"),  # minus sign
        ("S‑400", "S-400"),  # non-breaking hyphen
    ],
)
def test_quotes_and_dashes(text: str, expected: str) -> None:
    assert normalize(text) == expected


# --- Spaces, invisible and control characters ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("38\u00a0bcm", "38 bcm"),  # no-break space
        ("38\u202fbcm", "38 bcm"),  # narrow no-break space
        ("38\u3000bcm", "38 bcm"),  # ideographic space
        ("38\u200bbcm", "38bcm"),  # zero-width space
        ("\ufeff38 bcm", "38 bcm"),  # byte order mark
        ("38\u2060 bcm", "38 bcm"),  # word joiner
        ("\u202e38 bcm\u202c", "38 bcm"),  # bidi override
        ("\u2066Xi\u2069", "Xi"),  # bidi isolate
        ("\u200eXi\u200f", "Xi"),  # direction marks
        ("a\x00b", "a b"),  # NUL
        ("a\x1b[31mb", "a [31mb"),  # ESC
        ("a\x7fb", "a b"),  # DEL
        ("a\tb\nc\r", "a\tb\nc\r"),  # ordinary whitespace stays
        ("bil\u00adlion", "billion"),  # soft hyphen
    ],
)
def test_spaces_and_invisibles(text: str, expected: str) -> None:
    assert normalize(text) == expected


# --- What is kept -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Russia Will Deliver 48 BCM", "two  spaces", "", "plain ascii."])
def test_case_and_whitespace_are_kept(text: str) -> None:
    assert normalize(text) == text


# --- The index map ------------------------------------------------------------------------------


def test_map_of_plain_text_is_identity() -> None:
    text, index_map = normalize_with_map("38 bcm")
    assert text == "38 bcm"
    assert index_map == [0, 1, 2, 3, 4, 5, 6]


def test_map_through_deleted_characters() -> None:
    original = "\u200b38\u00a0bcm"
    text, index_map = normalize_with_map(original)
    assert text == "38 bcm"
    start = text.index("bcm")
    assert original[index_map[start] : index_map[start + 3]] == "bcm"
    assert original[index_map[0] : index_map[2]] == "38"


def test_map_through_expanded_characters() -> None:
    original = "…and 38 bcm"
    text, index_map = normalize_with_map(original)
    assert text == "...and 38 bcm"
    start = text.index("38")
    assert original[index_map[start] : index_map[start + 6]] == "38 bcm"


@given(st.text())
def test_map_shape(original: str) -> None:
    text, index_map = normalize_with_map(original)
    assert text == normalize(original)
    assert len(index_map) == len(text) + 1
    assert index_map[-1] == len(original)
    assert index_map == sorted(index_map)
    assert all(0 <= index <= len(original) for index in index_map)


@given(st.text())
def test_normalize_is_idempotent(original: str) -> None:
    once = normalize(original)
    assert normalize(once) == once


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126)))
def test_printable_ascii_is_unchanged(original: str) -> None:
    assert normalize(original) == original


# --- Speed ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "x",
        "China’s “gas” deal — worth $400\u00a0billion — starts in 2018. ",
        "é–’ ",  # every character needs work: the worst case
    ],
    ids=["ascii", "typographic", "non-ascii"],
)
def test_long_lines_take_linear_work(unit: str) -> None:
    assert_linear(normalize_with_map, lambda size: repeat(unit, size), 10_000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3.8×10¹⁰ m3", "3.8×10^10 m3"), ("10⁻³", "10^-3"), ("5 m²", "5 m2"), ("x²", "x2")],
)
def test_a_superscript_after_ten_is_a_power(text: str, expected: str) -> None:
    assert normalize(text) == expected
