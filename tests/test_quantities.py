"""Quantities: currencies, units, percent, durations, streaks, multipliers, counts, qualifiers,
rates, and the numbers that are not amounts (years, dates, codes, ordinals, ranks)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcli.quantities import find_ordinal_quantities, find_quantities
from factcli.units import DAYS_PER_YEAR
from factcli.values import Qualifier, Quantity
from tests.work import assert_linear, repeat

YEAR = DAYS_PER_YEAR
MONTH = DAYS_PER_YEAR / 12
DECADE = 10 * DAYS_PER_YEAR


def one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, (text, found)
    return found[0]


def meaning(quantity: Quantity) -> tuple[float, str, str, str | None, Qualifier]:
    return (
        quantity.value,
        quantity.unit,
        quantity.dimension,
        quantity.period,
        quantity.qualifier,
    )


# --- Currencies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "$95bn",
        "$95 billion",
        "95 bn USD",
        "95 billion dollars",
        "US$ 95 billion",
        "US$95bn",
        "USD 95 billion",
        "95 billion US dollars",
        "$95b",
        "ninety-five billion dollars",
        "a 95-billion-dollar deal",
    ],
)
def test_dollar_spellings(text: str) -> None:
    quantity = one(text)
    assert (quantity.value, quantity.unit, quantity.dimension) == (95e9, "USD", "currency")
    assert quantity.precision == 1e9


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("$95.4 billion", 95.4e9, "USD"),
        ("US$200bn", 200e9, "USD"),
        ("€5bn", 5e9, "EUR"),
        ("5 billion euros", 5e9, "EUR"),
        ("EUR 5 million", 5e6, "EUR"),
        ("£3m", 3e6, "GBP"),
        ("3 million pounds", 3e6, "GBP"),
        ("100 billion yuan", 100e9, "CNY"),
        ("RMB 100 billion", 100e9, "CNY"),
        ("2 trillion rubles", 2e12, "RUB"),
        ("2 trillion roubles", 2e12, "RUB"),
        ("500 billion yen", 500e9, "JPY"),
        ("$2014", 2014, "USD"),  # a currency makes a year-like number an amount
    ],
)
def test_currencies(text: str, value: float, unit: str) -> None:
    quantity = one(text)
    assert quantity.value == pytest.approx(value)
    assert (quantity.unit, quantity.dimension) == (unit, "currency")
    assert quantity.text == text


def test_precision_follows_the_written_digits() -> None:
    assert one("$95.4 billion").precision == pytest.approx(1e8)
    assert one("$95 billion").precision == 1e9


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("hundreds of millions of dollars", 1e8, 1e9),
        ("tens of billions of euros", 1e10, 1e11),
        ("billions of dollars", 1e9, 1e12),
    ],
)
def test_an_order_of_magnitude_is_its_span(text: str, low: float, high: float) -> None:
    quantity = one(text)
    assert quantity.qualifier is Qualifier.ORDER
    assert quantity.value - quantity.precision / 2 == pytest.approx(low)
    assert quantity.value + quantity.precision / 2 == pytest.approx(high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("in just a few weeks", 2 * 7, 6 * 7),
        ("several months later", 3 * MONTH, 9 * MONTH),
        ("a couple of days", 2, 3),
    ],
)
def test_a_length_said_by_a_count_word_is_its_span(text: str, low: float, high: float) -> None:
    quantity = one(text)
    assert (quantity.qualifier, quantity.unit) == (Qualifier.ORDER, "day")
    assert quantity.value - quantity.precision / 2 == pytest.approx(low)
    assert quantity.value + quantity.precision / 2 == pytest.approx(high)


@pytest.mark.parametrize("text", ["tens of thousands of civilians", "dozens of survivors"])
def test_an_order_of_a_count_is_no_amount(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["a multibillion dollar deal", "dollars and euros"])
def test_currency_without_number(text: str) -> None:
    assert find_quantities(text) == []


# --- Volumes and other units --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "38 billion cubic meters",
        "38 billion cubic metres",
        "38 bcm",
        "38bcm",
        "38 billion m3",
        "thirty-eight billion cubic metres",
        "38 billion cu m",
        "38 cubic kilometres",  # a billion cubic metres each
        "38 km3",
    ],
)
def test_gas_volume_spellings(text: str) -> None:
    quantity = one(text)
    assert (quantity.value, quantity.unit, quantity.dimension) == (38e9, "m3", "volume")
    assert quantity.text == text


def test_million_is_not_billion() -> None:
    assert one("38 million cubic meters").value == 38e6
    assert one("38 million cubic meters").value != one("38 bcm").value


@pytest.mark.parametrize(
    ("text", "value", "unit", "dimension"),
    [
        ("3,000 km", 3e6, "m", "length"),
        ("3,000 kilometres", 3e6, "m", "length"),
        ("10km", 1e4, "m", "length"),
        ("100 miles", 160934.4, "m", "length"),
        ("30 million tonnes", 30e6, "t", "mass"),
        ("30 million tons", 30e6, "t", "mass"),
        ("500 kg", 0.5, "t", "mass"),
        ("70 kilogram", 0.07, "t", "mass"),
        ("a 300-pound cover", 300 * 0.00045359237, "t", "mass"),  # a hyphened pound weighs
        ("3 million pounds", 3e6, "GBP", "currency"),  # pounds after a number are money
        ("25 yds", 25 * 0.9144, "m", "length"),
        ("ten yards", 10 * 0.9144, "m", "length"),
        ("15 centimetres", 0.15, "m", "length"),
        ("6 inches", 6 * 0.0254, "m", "length"),
        ("1 million barrels", 1e6, "bbl", "oil_volume"),
        ("100 billion cubic feet", 100e9 * 0.028316846592, "m3", "volume"),
        ("40 TWh", 40e12, "Wh", "energy"),
        ("1,000 MW", 1e9, "W", "power"),
        ("5,000 hectares", 5e7, "m2", "area"),
        ("17 million square kilometers", 17e12, "m2", "area"),
    ],
)
def test_units(text: str, value: float, unit: str, dimension: str) -> None:
    quantity = one(text)
    assert quantity.value == pytest.approx(value)
    assert (quantity.unit, quantity.dimension) == (unit, dimension)


def test_unit_with_built_in_rate() -> None:
    quantity = one("1 million bpd")
    assert (quantity.value, quantity.unit, quantity.period) == (1e6, "bbl", "day")


# --- Percent ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["15 percent", "15 per cent", "15-per-cent", "15%", "15 pct", "fifteen percent", "15 %"]
)
def test_percent(text: str) -> None:
    quantity = one(text)
    assert (quantity.value, quantity.unit, quantity.dimension) == (15, "percent", "percent")


def test_percentage_points_are_not_percent() -> None:
    assert one("2 percentage points").dimension == "percentage_point"


# --- Counts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "quantity_text"),
    [
        ("12,000 soldiers", 12000, "12,000"),
        ("three deals", 3, "three"),
        ("more than 30 deals", 30, "more than 30"),
        ("half a million people", 5e5, "half a million"),
        ("a dozen agreements", 12, "a dozen"),
    ],
)
def test_counts(text: str, value: float, quantity_text: str) -> None:
    quantity = one(text)
    assert (quantity.value, quantity.unit, quantity.dimension) == (value, "", "count")
    assert quantity.text == quantity_text


@pytest.mark.parametrize("text", ["one of the largest", "no one came"])
def test_words_that_are_not_counts(text: str) -> None:
    assert find_quantities(text) == []


def test_half_of_a_thing_is_a_share_not_a_count() -> None:
    assert [(q.value, q.dimension) for q in find_quantities("half of the gas")] == [
        (50.0, "percent")
    ]


# --- Years are dates, not amounts ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["in 2014", "by 2020", "from 2018", "2018", "in the 1990s", "2014-15", "mid-2015"]
)
def test_years_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_year_with_unit_is_an_amount() -> None:
    assert one("2014 km").value == 2014e3


@pytest.mark.parametrize(
    "text", ["May 8-10", "8 May", "May 8, 2015", "8 to 10 May", "2015-05-08", "8th-10th May 2015"]
)
def test_days_of_dates_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


# --- Codes, ordinals, ranks and clock times are not amounts -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "S-400",
        "G20",
        "Su-35",
        "COVID-19",
        "9th",
        "ninth-largest",
        "the 4G network",
        "3D printing",
        "No. 1",
        "number one",
        "at 10:30",
        "version 1.2.3",
    ],
)
def test_codes_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_code_next_to_an_amount() -> None:
    quantity = one("Russia sold S-400 systems worth $3 billion")
    assert (quantity.value, quantity.unit) == (3e9, "USD")


# --- Durations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "precision", "quantity_text"),
    [
        ("a three-day visit", 3, 1, "three-day"),
        ("a 3-day visit", 3, 1, "3-day"),
        ("two days", 2, 1, "two days"),
        ("a 30-year contract", 30 * YEAR, YEAR, "30-year"),
        ("three decades", 30 * YEAR, DECADE, "three decades"),
        ("14 years", 14 * YEAR, YEAR, "14 years"),
        ("14 months", 14 * MONTH, MONTH, "14 months"),
        ("for a week", 7, 7, "a week"),
        ("spent a single day there", 1, 1, "a single day"),  # one, said firmly
        ("half an hour later", 1 / 48, 1 / 480, "half an hour"),  # a tenth of what it names
        ("a year and a half ago", 1.5 * YEAR, YEAR, "a year and a half"),
        ("the first in a quarter of a century", 25 * YEAR, 2.5 * YEAR, "a quarter of a century"),
        # a fraction glued to its unit is as precise: a quarter-century is no 30 years
        ("a quarter-century gas contract", 25 * YEAR, 2.5 * YEAR, "a quarter-century"),
        ("a half-century of rule", 50 * YEAR, 5 * YEAR, "half-century"),
        ("may be two millennia old", 2000 * YEAR, 1000 * YEAR, "two millennia"),
        ("for a millennium", 1000 * YEAR, 1000 * YEAR, "a millennium"),
        ("three quarters of an hour", 0.75 / 24, 0.075 / 24, "three quarters of an hour"),
        ("two thirds of a year", 2 / 3 * YEAR, 2 / 30 * YEAR, "two thirds of a year"),
        ("guaranteeing two more years of talks", 2 * YEAR, YEAR, "two more years"),
        ("70 years since", 70 * YEAR, YEAR, "70 years"),
        ("a decade", DECADE, DECADE, "a decade"),
        ("the visit is three days long", 3, 1, "three days long"),  # "long" is its length
        ("the visit is three days longer", 3, 1, "three days"),
    ],
)
def test_durations(text: str, value: float, precision: float, quantity_text: str) -> None:
    quantity = one(text)
    assert (quantity.unit, quantity.dimension) == ("day", "time")
    assert quantity.value == pytest.approx(value)
    assert quantity.precision == pytest.approx(precision)
    assert quantity.text == quantity_text


def test_decades_equal_years() -> None:
    assert one("three decades").value == pytest.approx(one("a 30-year deal").value)


def test_years_differ_from_months() -> None:
    assert one("14 years").value != one("14 months").value


# --- Anniversaries ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("70th anniversary", 70),
        ("the fiftieth anniversary", 50),
        ("50th anniversary", 50),
        ("the 70 anniversary", 70),
    ],
)
def test_anniversaries(text: str, years: int) -> None:
    quantity = one(text)
    assert (quantity.unit, quantity.dimension) == ("day", "time")
    assert quantity.value == pytest.approx(years * YEAR)


def test_anniversary_equals_years_since() -> None:
    assert meaning(one("the 70th anniversary of the victory")) == meaning(
        one("70 years since the victory")
    )


# --- Streaks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "for a fifth consecutive year",
        "for the fifth straight year",
        "fifth successive year",
        "five consecutive years",
        "five years in a row",
        "for the fifth year running",
        "5 straight years",
        "five years running",
        "five years on end",
        "FIVE YEARS IN A ROW",
    ],
)
def test_streaks(text: str) -> None:
    quantity = one(text)
    assert (quantity.unit, quantity.dimension) == ("day", "streak")
    assert quantity.value == pytest.approx(5 * YEAR)


def test_streak_of_months() -> None:
    assert one("a third consecutive month").value == pytest.approx(3 * MONTH)


def test_ordinal_quantities_for_ranks() -> None:
    text = "the 70th anniversary, for a fifth consecutive year, ninth-largest"
    found = find_ordinal_quantities(text)
    assert [q.text for q in found] == ["70th anniversary", "fifth consecutive year"]


# --- Multipliers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("double", 2),
        ("doubled", 2),
        ("doubling", 2),
        ("twice", 2),
        ("triple", 3),
        ("tripled", 3),
        ("threefold", 3),
        ("three-fold", 3),
        ("3-fold", 3),
        ("quadruple", 4),
        ("halve", 0.5),
        ("halved", 0.5),
        ("a 2x rise", 2),
        ("five times", 5),
        ("2.5 times", 2.5),
    ],
)
def test_multipliers(text: str, value: float) -> None:
    quantity = one(text)
    assert (quantity.value, quantity.unit, quantity.dimension) == (value, "times", "multiplier")


def test_more_than_double() -> None:
    quantity = one("trade will more than double")
    assert meaning(quantity) == (2, "times", "multiplier", None, Qualifier.MORE_THAN)
    assert quantity.text == "more than double"


def test_twice_a_year_is_not_a_duration() -> None:
    assert [q.dimension for q in find_quantities("they meet twice a year")] == ["multiplier"]


@pytest.mark.parametrize("text", ["double-digit growth", "a double-edged sword"])
def test_hyphenated_double_is_not_a_multiplier(text: str) -> None:
    assert find_quantities(text) == []


# --- Qualifiers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("about 40 deals", Qualifier.ABOUT),
        ("around $5 billion", Qualifier.ABOUT),
        ("roughly 40", Qualifier.ABOUT),
        ("approximately 40", Qualifier.ABOUT),
        ("some 12,000 soldiers", Qualifier.ABOUT),
        ("an estimated 40", Qualifier.ABOUT),
        ("~40 km", Qualifier.ABOUT),
        ("more than 30", Qualifier.MORE_THAN),
        ("over $95 billion", Qualifier.MORE_THAN),
        ("above 5%", Qualifier.MORE_THAN),
        ("exceeding 40", Qualifier.MORE_THAN),
        ("the fines have topped $1 million", Qualifier.MORE_THAN),  # verbs of passing a mark
        ("sales exceeded 40", Qualifier.MORE_THAN),
        ("the toll surpassed 40", Qualifier.MORE_THAN),
        ("upwards of 40", Qualifier.MORE_THAN),
        ("in excess of 40", Qualifier.MORE_THAN),
        ("just over 40", Qualifier.MORE_THAN),
        ("at least 40", Qualifier.AT_LEAST),
        ("no less than 40", Qualifier.AT_LEAST),
        ("a minimum of 40", Qualifier.AT_LEAST),
        ("less than 40", Qualifier.LESS_THAN),
        ("under 5%", Qualifier.LESS_THAN),
        ("below 40", Qualifier.LESS_THAN),
        ("fewer than 40", Qualifier.LESS_THAN),
        ("just under 5%", Qualifier.LESS_THAN),
        ("up to 10 days", Qualifier.AT_MOST),
        ("at most 40", Qualifier.AT_MOST),
        ("no more than 40", Qualifier.AT_MOST),
        ("a maximum of 40", Qualifier.AT_MOST),
        ("nearly 40", Qualifier.NEARLY),
        ("almost triple", Qualifier.NEARLY),
        ("close to 40", Qualifier.NEARLY),
        ("10,000+ troops", Qualifier.AT_LEAST),  # that number or more ("ages 18+")
        ("38 bcm or more", Qualifier.AT_LEAST),
        ("40 or so", Qualifier.ABOUT),
        ("40", Qualifier.EXACT),
    ],
)
def test_qualifiers(text: str, qualifier: Qualifier) -> None:
    quantity = one(text)
    assert quantity.qualifier is qualifier
    assert text.startswith(quantity.text) or text.endswith(quantity.text)


def test_qualifier_is_inside_the_span() -> None:
    text = "Trade reached more than $95 billion."
    quantity = one(text)
    assert quantity.text == "more than $95 billion"
    assert text[quantity.start : quantity.end] == quantity.text


# --- Rates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("48 bcm a year", "year"),
        ("48 bcm per year", "year"),
        ("48 bcm annually", "year"),
        ("48 bcm each year", "year"),
        ("48 bcm every year", "year"),
        ("48 bcm yearly", "year"),
        ("48 bcm per annum", "year"),
        ("48 bcm/year", "year"),
        ("48 bcm/y", "year"),
        ("1 million barrels a day", "day"),
        ("1 million barrels daily", "day"),
        ("1 million barrels per day", "day"),
        ("$5 billion a month", "month"),
        ("$5 billion per month", "month"),
        ("$5 billion monthly", "month"),
        ("7 percent a year", "year"),
        ("48 bcm", None),
        ("48 bcm a year ago", None),  # "a year ago" is a time, not a rate
        ("48 bcm a year earlier", None),
    ],
)
def test_periods(text: str, period: str | None) -> None:
    assert find_quantities(text)[0].period == period


def test_period_further_along_the_clause() -> None:
    quantity = one("Russia will deliver 48 bcm of gas to China each year")
    assert meaning(quantity) == (48e9, "m3", "volume", "year", Qualifier.EXACT)
    assert quantity.text == "48 bcm"


def test_period_before_the_amount() -> None:
    assert one("Russia will annually supply 38 bcm").period == "year"


def test_period_does_not_cross_a_clause() -> None:
    found = find_quantities("Trade was $95 billion, a year after the deal")
    assert [q.period for q in found] == [None, None]


def test_period_goes_to_the_nearest_amount() -> None:
    found = find_quantities("$400 billion for 38 bcm a year")
    assert [q.period for q in found] == [None, "year"]


def test_newspaper_is_not_a_rate() -> None:
    assert one("5 dead, China Daily said").period is None


@pytest.mark.parametrize(
    "text",
    [
        "30 million tonnes of oil per year",
        "start providing China with 38 billion cubic meters of natural gas annually from 2018",
    ],
)
def test_rates_in_sentences(text: str) -> None:
    assert one(text).period == "year"


# --- Ranges -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("$5-6 billion", [5e9, 6e9], "USD"),
        ("5 to 6 billion dollars", [5e9, 6e9], "USD"),
        ("8-10%", [8, 10], "percent"),
        ("between 5 and 10 percent", [5, 10], "percent"),
    ],
)
def test_ranges_share_scale_and_unit(text: str, values: list[float], unit: str) -> None:
    found = find_quantities(text)
    assert [q.value for q in found] == values
    assert {q.unit for q in found} == {unit}


def test_range_does_not_steal_a_unit() -> None:
    found = find_quantities("trade rose 5% to 6 billion")
    assert [(q.value, q.unit) for q in found] == [(5, "percent"), (6e9, "")]


# --- A unit left out after a first amount ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("exports to 30 million euros in 2019 and to 45 million by 2024", [30e6, 45e6], "EUR"),
        ("$12 billion this year, 15 billion next year", [12e9, 15e9], "USD"),
        ("harvests of 4 million tonnes, rising to 5 million by 2030", [4e6, 5e6], "t"),
    ],
)  # fmt: skip
def test_a_scaled_number_takes_the_unit_left_out(text: str, values: list[float], unit: str) -> None:
    found = find_quantities(text)
    assert [q.value for q in found] == pytest.approx(values)
    assert {q.unit for q in found} == {unit}


@pytest.mark.parametrize(
    "text",
    [
        "exports of $30 billion, from a nation of 1.4 billion people",  # a noun of its own
        "38 bcm a year, from 2 billion",  # "bcm" holds its scale: nothing to share
        "$30 in 2019 and 45 million by 2024",  # the first amount names no scale
        "$30 billion. 45 million by 2024",  # another sentence
    ],
)
def test_a_unit_is_not_shared_beyond_an_ellipsis(text: str) -> None:
    assert find_quantities(text)[-1].dimension == "count"


# --- Whole sentences ----------------------------------------------------------------------------


def test_sentence_with_several_values() -> None:
    text = "On May 8-10, Xi signed 32 deals worth $25 billion, more than double last year's."
    found = find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(32, ""), (25e9, "USD"), (2, "times")]
    assert all(text[q.start : q.end] == q.text for q in found)


# --- Robustness and speed -----------------------------------------------------------------------


@given(st.text())
def test_any_text(text: str) -> None:
    previous_end = 0
    for quantity in find_quantities(text):
        assert previous_end <= quantity.start < quantity.end <= len(text)
        assert text[quantity.start : quantity.end] == quantity.text
        previous_end = quantity.end


@given(st.text(alphabet="0123456789 ,.-$%bnmkxt abcdefilmnoprsuwy"))
@example("0e101")
def test_number_like_text(text: str) -> None:
    """Every readable amount has a precision; a power past 1e100 is an amount that cannot be
    read, which no fact's amount has."""
    for quantity in find_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.precision > 0 or quantity.dimension == "unreadable"


@pytest.mark.parametrize(
    ("prefix", "unit"),
    [
        ("", "thirty "),
        ("", "one "),
        ("1", "0"),
        ("", "a"),
        ("", "may "),
        ("", "Officials said Russia will deliver 48 bcm of gas a year from 2018 under the deal. "),
    ],
    ids=["tens-words", "one-words", "zeros", "letters", "may", "prose"],
)
def test_huge_inputs_take_linear_work(prefix: str, unit: str) -> None:
    assert_linear(find_quantities, lambda size: repeat(unit, size, prefix), 10_000)


# --- Reading habits of news text ----------------------------------------------------------------


def test_over_a_duration_means_during() -> None:
    quantity = one("the contract runs over 30 years")
    assert (quantity.qualifier, quantity.text) == (Qualifier.EXACT, "30 years")


@pytest.mark.parametrize("text", ["two-way trade", "a one-off payment", "a one-sided deal"])
def test_number_idioms_are_not_counts(text: str) -> None:
    assert find_quantities(text) == []


def test_rate_across_a_parenthesis() -> None:
    text = "Gazprom will supply 38 billion cubic meters (bcm) of gas annually."
    assert one(text).period == "year"


# --- Other notations and magnitudes across units -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("4.8e10 cubic meters", 4.8e10, "m3"),
        ("3.8 x 10^10 cubic meters", 3.8e10, "m3"),
        ("48 bcm", 4.8e10, "m3"),
        ("1.7e12 cubic feet", 1.7e12 * 0.028316846592, "m3"),
        ("$1e3 billion", 1e12, "USD"),
        ("-20 percent", -20.0, "percent"),
        ("-400000 tonnes", -4e5, "t"),
    ],
)
def test_notations_reach_the_canonical_unit(text: str, value: float, unit: str) -> None:
    (quantity,) = find_quantities(text)
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit
    assert quantity.text == text


@pytest.mark.parametrize("text", ["inf bcm", "NaN %", "$nan", "10^1000 bcm", "10^1000"])
def test_an_amount_that_cannot_be_read_is_kept_as_unreadable(text: str) -> None:
    (quantity,) = find_quantities(text)
    assert quantity.dimension == "unreadable"
    assert quantity.text == text


@pytest.mark.parametrize("text", ["Nan Wang said so", "to infinity and beyond"])
def test_inf_and_nan_without_a_unit_are_words(text: str) -> None:
    assert find_quantities(text) == []


def test_a_scoreline_is_one_quantity_and_no_counts() -> None:
    found = find_quantities("Nadal beat Khachanov 6-3, 7-6 (7) to level the tie 1-1.")
    assert [(q.dimension, q.text, q.parts) for q in found] == [
        ("score", "6-3, 7-6 (7)", ((6, 3), (7, 6, 7))),
        ("score", "1-1", ((1, 1),)),
    ]


@pytest.mark.parametrize(
    "text", ["won the doubles title", "in the decisive doubles match", "a doubles specialist"]
)
def test_doubles_the_game_is_no_multiplier(text: str) -> None:
    assert find_quantities(text) == []


def test_doubles_the_verb_is_a_multiplier() -> None:
    assert meaning(one("the company doubles its output"))[:3] == (2.0, "times", "multiplier")


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("close to 2 a.m. local time (0100 GMT)", ["2 a.m."]),
        ("at 1400 UTC", []),
        ("at 10 am", ["10 am"]),
    ],
)
def test_a_time_of_day_is_no_amount_but_a_time(text: str, clock: list[str]) -> None:
    found = find_quantities(text)
    assert all(q.dimension == "clock" for q in found)  # never a count of 2 or of 100
    assert [q.text.removeprefix("close to ") for q in found] == clock


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Flight 8501 carried 155 passengers.", [155]),
        ("the ferry on route 66 took 40 cars", [40]),
        ("Chapter 11 protects the firm's 3,000 jobs", [3000]),
        ("Season 3 has 10 episodes", [10]),
        ("the 2 flights left late", [2]),  # a count before the noun is a count
    ],
)
def test_a_number_naming_one_of_its_kind_is_no_amount(text: str, values: list[float]) -> None:
    """ "Flight 8501", "Route 66": the number after a noun that numbers its kind is a name."""
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "value", "quantity_text"),
    [
        ("a 7.8-magnitude earthquake", 7.8, "7.8-magnitude"),
        ("an aftershock of magnitude 6", 6, "magnitude 6"),
        ("a magnitude of 5.2 was recorded", 5.2, "magnitude of 5.2"),
    ],
)
def test_the_magnitude_of_a_quake(text: str, value: float, quantity_text: str) -> None:
    """A quake's magnitude is no count: a claim's other magnitude conflicts with it."""
    quantity = one(text)
    assert (quantity.value, quantity.unit, quantity.dimension) == (value, "magnitude", "magnitude")
    assert quantity.text == quantity_text


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The report showed the same numbers as the latest one.", []),
        ("Mali became the latest one to report a case.", []),
        ("He was the only one who came.", []),
        ("It was a mere one percent rise.", ["one percent"]),
        ("In the past one year, sales fell.", ["one year"]),
        ("The toll rose by one.", ["one"]),
    ],
)
def test_one_after_a_described_determiner_is_the_pronoun(text: str, counted: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == counted


@pytest.mark.parametrize(
    ("text", "minutes", "precision"),
    [
        ("The drama began at 10:01 p.m. on Monday.", 22 * 60 + 1, 1.0),
        ("Cortines was told at 4:55 a.m.", 4 * 60 + 55, 1.0),
        ("Talks resumed at 10 a.m.", 10 * 60, 30.0),  # to the hour: a quarter either side
        ("The bar shut at 11.30pm.", 23 * 60 + 30, 1.0),
        ("Fire crews arrived at 2201 hrs.", 22 * 60 + 1, 1.0),  # how a store writes one
        ("It ended at 12 a.m.", 0, 30.0),  # midnight
    ],
)
def test_a_time_of_day_is_minutes_after_midnight(text: str, minutes: int, precision: float) -> None:
    (found,) = find_quantities(text)
    assert (found.dimension, found.value, found.precision) == ("clock", minutes, precision)


def test_words_that_end_in_am_or_pm_are_no_time() -> None:
    assert find_quantities("The team am game and Russia's PM met.") == []
