"""Numbers in digits and words, scale words, precision, codes that are not numbers, speed."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcli.numbers import find_numbers, parse_number, parse_ordinal, scale_factor
from tests.work import assert_linear, repeat


def value_and_precision(text: str) -> tuple[float, float]:
    number = parse_number(text)
    assert number is not None, text
    return number.value, number.precision


# --- Digits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("38", 38, 1),
        ("1,000", 1000, 1),
        ("1,500", 1500, 1),
        ("12,000", 12000, 1),
        ("38,000.5", 38000.5, 0.1),
        ("95.4", 95.4, 0.1),
        ("0.25", 0.25, 0.01),
        ("1,000,000", 1e6, 1),
    ],
)
def test_digits(text: str, value: float, precision: float) -> None:
    assert value_and_precision(text) == pytest.approx((value, precision))


# --- Number words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("thirty-eight", 38, 1),
        ("thirty eight", 38, 1),
        ("Thirty-Eight", 38, 1),
        ("two hundred", 200, 1),
        ("one hundred and five", 105, 1),
        ("a hundred", 100, 1),
        ("a dozen", 12, 1),
        ("two dozen", 24, 1),
        ("half a dozen", 6, 0.5),
        ("twenty-five hundred", 2500, 1),
        ("half", 0.5, 0.5),
        ("one and a half", 1.5, 0.5),
        ("three quarters", 0.75, 0.25),
        ("a quarter", 0.25, 0.25),
        ("zero", 0, 1),
        ("nineteen", 19, 1),
    ],
)
def test_number_words(text: str, value: float, precision: float) -> None:
    assert value_and_precision(text) == pytest.approx((value, precision))


# --- Scales -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("95 billion", 95e9, 1e9),
        ("95.4 billion", 95.4e9, 1e8),
        ("95 bn", 95e9, 1e9),
        ("95bn", 95e9, 1e9),
        ("95 bln", 95e9, 1e9),
        ("95b", 95e9, 1e9),
        ("5m", 5e6, 1e6),
        ("5 mn", 5e6, 1e6),
        ("5M", 5e6, 1e6),
        ("10k", 1e4, 1e3),
        ("38 thousand", 38e3, 1e3),
        ("2 trillion", 2e12, 1e12),
        ("2 tn", 2e12, 1e12),
        ("2 trn", 2e12, 1e12),
        ("400-billion", 400e9, 1e9),
        ("thirty-eight billion", 38e9, 1e9),
        ("ninety-five bn", 95e9, 1e9),  # an abbreviation after a number in words
        ("16 and a half", 16.5, 0.5),  # digits, then "and a half"
        ("a quarter of a million", 2.5e5, 2.5e4),  # a part of a scale, not the scale
        ("two thirds of a billion", 2e9 / 3, 2e8 / 3),
        ("3 and a half million", 3.5e6, 5e5),
        ("two mn", 2e6, 1e6),
        ("a billion", 1e9, 1e9),
        ("half a million", 5e5, 5e5),
        ("one and a half million", 1.5e6, 5e5),
        ("two million three hundred thousand", 2.3e6, 1e3),
        ("38 thousand million", 38e9, 1e9),  # the long-scale billion
        ("thirty-eight thousand million", 38e9, 1e9),
    ],
)
def test_scales(text: str, value: float, precision: float) -> None:
    assert value_and_precision(text) == pytest.approx((value, precision))


@pytest.mark.parametrize(
    ("one", "other"),
    [("38 billion", "thirty-eight billion"), ("95bn", "95 billion"), ("$5m", "$5 million")],
)
def test_spellings_agree(one: str, other: str) -> None:
    first, second = find_numbers(one), find_numbers(other)
    assert [n.value for n in first] == [n.value for n in second]


@pytest.mark.parametrize(
    "text",
    ["10 k", "5 b", "95 m"],  # single-letter scales only when glued to the digit
)
def test_single_letter_scale_needs_glue(text: str) -> None:
    numbers = find_numbers(text)
    assert [n.value for n in numbers] == [float(text.split()[0])]


def test_scale_factor() -> None:
    assert scale_factor("billion") == 1e9
    assert scale_factor(" BN ") == 1e9
    assert scale_factor("bcm") is None


# --- Several numbers and their offsets ----------------------------------------------------------


def test_offsets_and_order() -> None:
    text = "Russia sent two ships and 12,000 soldiers for $5bn."
    numbers = find_numbers(text)
    assert [n.text for n in numbers] == ["two", "12,000", "5bn"]
    assert all(text[n.start : n.end] == n.text for n in numbers)


def test_words_that_do_not_combine_are_separate_numbers() -> None:
    assert [n.value for n in find_numbers("one two three")] == [1, 2, 3]
    assert [n.value for n in find_numbers("twenty twenty")] == [20, 20]


def test_plain_integer_and_year_like() -> None:
    (year,) = find_numbers("in 2014")
    assert year.plain_integer
    assert year.year_like
    (separated,) = find_numbers("2,014 people")
    assert not separated.year_like
    (scaled,) = find_numbers("2014 billion")
    assert not scaled.year_like


# --- What is not a number -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "G20",
        "S-400",
        "Su-35",
        "COVID-19",
        "9th",
        "21st",
        "1.2.3",
        "10:30",
        "24/7",
        "8/5/2015",
        "38,5",
        "thousand",  # a scale word alone
        "a",
        "and",
        "quarter",  # "the first quarter" is no fraction
        "1" + "0" * 100,  # absurdly long: skipped
    ],
)
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize("text", ["", "  ", "5 6", "five six", "38 bcm", "$5"])
def test_parse_number_requires_exactly_one_number(text: str) -> None:
    assert parse_number(text) is None


# --- Ordinals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("first", 1),
        ("second", 2),
        ("ninth", 9),
        ("twelfth", 12),
        ("seventieth", 70),
        ("twenty-first", 21),
        ("thirty fifth", 35),
        ("hundredth", 100),
        ("one hundredth", 100),
        ("9th", 9),
        ("1st", 1),
        ("23rd", 23),
        ("70th", 70),
    ],
)
def test_ordinals(text: str, value: int) -> None:
    assert parse_ordinal(text) == value


@pytest.mark.parametrize("text", ["nine", "firsts", "", "twenty", "ninth-largest"])
def test_not_ordinals(text: str) -> None:
    assert parse_ordinal(text) is None


# --- Robustness and speed -----------------------------------------------------------------------


@given(st.text())
def test_any_text(text: str) -> None:
    for number in find_numbers(text):
        assert 0 <= number.start < number.end <= len(text)
        assert text[number.start : number.end] == number.text
        if number.readable:
            assert number.precision > 0
        else:  # "inf", "nan", "10^1000": written as a number, no amount
            assert math.isnan(number.value)


@pytest.mark.parametrize(
    ("prefix", "unit"),
    [("", "thirty "), ("", "one "), ("", "one-"), ("1", "0"), ("", "1,"), ("", "9")],
    ids=["tens-words", "one-words", "hyphenated", "zeros", "commas", "digits"],
)
def test_huge_inputs_take_linear_work(prefix: str, unit: str) -> None:
    assert_linear(find_numbers, lambda size: repeat(unit, size, prefix), 10_000)


# --- Powers of ten, signs and things that are no numbers -----------------------------------


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("4.8e10", 4.8e10, 1e9),
        ("4.8E+10", 4.8e10, 1e9),
        ("1e-3", 1e-3, 1e-3),
        ("3.8 x 10^10", 3.8e10, 1e9),
        ("3.8x10^10", 3.8e10, 1e9),
        ("3.8 × 10^10", 3.8e10, 1e9),
        ("3.8*10^10", 3.8e10, 1e9),
        ("10^9", 1e9, 1.0),
        ("10^-3", 1e-3, 1.0),
        ("1e3 billion", 1e12, 1e12),
        ("-20", -20.0, 1.0),
        ("-1,250.5", -1250.5, 0.1),
        ("-4.8e10", -4.8e10, 1e9),
    ],
)
def test_powers_of_ten_and_signs(text: str, value: float, precision: float) -> None:
    (number,) = find_numbers(text)
    assert number.readable
    assert number.value == pytest.approx(value)
    assert number.precision == pytest.approx(precision)
    assert (number.start, number.end) == (0, len(text))


@pytest.mark.parametrize("text", ["5-6", "S-400", "2014-2015", "pages 10-12"])
def test_a_hyphen_between_digits_or_after_letters_is_no_minus(text: str) -> None:
    assert all(number.value >= 0 for number in find_numbers(text))


@pytest.mark.parametrize("text", ["inf", "Infinity", "-inf", "NaN", "nan", "10^1000", "1e400"])
def test_inf_nan_and_huge_powers_are_unreadable(text: str) -> None:
    (number,) = find_numbers(text)
    assert not number.readable
    assert number.text.lstrip("+-").lower() in text.lstrip("+-").lower()
    assert parse_number(text) is None


def test_a_huge_power_is_not_read_as_its_exponent() -> None:
    assert all(number.value != 1000 for number in find_numbers("deliveries of 10^1000 bcm"))


@pytest.mark.parametrize(
    ("text", "value"), [("6 1/2", 6.5), ("2 3/4", 2.75), ("10 1/3", 10 + 1 / 3)]
)
def test_a_whole_number_and_a_fraction(text: str, value: float) -> None:
    [number] = find_numbers(text)
    assert number.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["open 24/7", "on 1/2/2015", "6 9/4"])
def test_other_slashes_make_no_mixed_fraction(text: str) -> None:
    assert all(n.value == int(n.value) for n in find_numbers(text))
