"""Dates: day ranges, months, years, decades, weekdays, parts, and "may" the verb."""

from __future__ import annotations

import calendar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcli.dates import days_in_month, find_dates
from factcli.values import DateSpan, PartialDate
from tests.work import assert_linear, repeat


def one_date(text: str, default_year: int | None = None) -> DateSpan:
    spans = find_dates(text, default_year)
    assert len(spans) == 1, (text, spans)
    return spans[0]


def start_end(text: str) -> tuple[PartialDate, PartialDate]:
    span = one_date(text)
    return span.start, span.end


# --- Day ranges ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("May 8-10", (None, 5, 8), (None, 5, 10)),
        ("May 7-9", (None, 5, 7), (None, 5, 9)),
        ("May 8 to 10", (None, 5, 8), (None, 5, 10)),
        ("from May 8 to 11", (None, 5, 8), (None, 5, 11)),
        ("8 to 10 May", (None, 5, 8), (None, 5, 10)),
        ("8-10 May 2015", (2015, 5, 8), (2015, 5, 10)),
        ("8th-10th May 2015", (2015, 5, 8), (2015, 5, 10)),
        # typed in lower case: a day range before "may" is a date, no modal verb
        ("8-10 may", (None, 5, 8), (None, 5, 10)),
        ("May 8-10, 2015", (2015, 5, 8), (2015, 5, 10)),
        ("May 31 to June 2", (None, 5, 31), (None, 6, 2)),
        ("December 31, 2014 to January 2, 2015", (2014, 12, 31), (2015, 1, 2)),
    ],
)
def test_day_ranges(
    text: str, start: tuple[int | None, int, int], end: tuple[int | None, int, int]
) -> None:
    assert start_end(text) == (PartialDate(*start), PartialDate(*end))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("May 8-10", "8 to 10 May"),
        ("May 8 to 10", "8-10 May"),
        ("May 8-10", "the 8th through the 10th of May"),
        ("May 8-10", "the 8th to the 10th of May"),
    ],
)
def test_day_range_spellings_agree(one: str, other: str) -> None:
    assert start_end(one) == start_end(other)


# --- Single days --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("May 8th", (None, 5, 8)),
        ("8 May", (None, 5, 8)),
        ("the 8th of May", (None, 5, 8)),
        ("on the third of March", (None, 3, 3)),
        ("the twenty-first of May, 2015", (2015, 5, 21)),
        ("May 8, 2015", (2015, 5, 8)),
        ("2015-05-08", (2015, 5, 8)),
        ("Sept. 5", (None, 9, 5)),
        ("Sep 5", (None, 9, 5)),
        ("Aug 21", (None, 8, 21)),
        ("March 8", (None, 3, 8)),
    ],
)
def test_single_days(text: str, date: tuple[int | None, int, int]) -> None:
    assert start_end(text) == (PartialDate(*date), PartialDate(*date))


@pytest.mark.parametrize("text", ["Feb 30", "May 32", "2015-02-30", "April 31"])
def test_impossible_days(text: str) -> None:
    assert all(span.start.day is None for span in find_dates(text))


# --- Months and years ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("May 2014", (2014, 5)),
        ("in May", (None, 5)),
        ("September", (None, 9)),
        ("in November", (None, 11)),
        ("Aug 2014", (2014, 8)),
        ("in March", (None, 3)),
        ("since March", (None, 3)),
    ],
)
def test_months(text: str, date: tuple[int | None, int]) -> None:
    assert start_end(text) == (PartialDate(*date), PartialDate(*date))


@pytest.mark.parametrize(
    ("text", "text_of_date", "year"),
    [
        ("2014", "2014", 2014),
        ("in 2014", "2014", 2014),
        ("by 2020", "2020", 2020),
        ("from 2018", "2018", 2018),
        ("in 2014.", "2014", 2014),
    ],
)
def test_years(text: str, text_of_date: str, year: int) -> None:
    span = one_date(text)
    assert span.start == span.end == PartialDate(year)
    assert span.text == text_of_date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("in the 1990s", 1990, 1999),
        ("the 2000s", 2000, 2009),
        ("2014-2018", 2014, 2018),
        ("2014-15", 2014, 2015),
        ("from 2014 to 2018", 2014, 2018),
        ("in the 1800s", 1800, 1899),  # a round hundred before 2000: its century
        ("by the sixties", 1960, 1969),  # a decade in words or two digits
        ("in the late '90s", 1990, 1999),
    ],
)
def test_year_ranges_and_decades(text: str, first: int, last: int) -> None:
    assert start_end(text) == (PartialDate(first), PartialDate(last))


@pytest.mark.parametrize("text", ["in their sixties", "temperatures in the 60s"])
def test_an_age_or_a_bare_two_digit_decade_is_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_month_range() -> None:
    assert start_end("May-June 2015") == (PartialDate(2015, 5), PartialDate(2015, 6))


# --- Parts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part", "date"),
    [
        ("early September", "early", PartialDate(None, 9)),
        ("mid-September", "mid", PartialDate(None, 9)),
        ("mid September", "mid", PartialDate(None, 9)),
        ("late September", "late", PartialDate(None, 9)),
        ("the end of May", "late", PartialDate(None, 5)),
        ("the beginning of May", "early", PartialDate(None, 5)),
        ("early 2015", "early", PartialDate(2015)),
        ("mid-2015", "mid", PartialDate(2015)),
        ("the end of 2014", "late", PartialDate(2014)),
        ("the late 1990s", "late", PartialDate(1990)),
    ],
)
def test_parts(text: str, part: str, date: PartialDate) -> None:
    span = one_date(text)
    assert span.part == part
    assert span.start == date


def test_part_is_inside_the_span() -> None:
    span = one_date("talks in early September")
    assert span.text == "early September"


# --- Weekdays -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "weekday"),
    [("Friday", 4), ("on Friday", 4), ("on Monday", 0), ("sunday", 6), ("on Fridays", 4)],
)
def test_weekdays(text: str, weekday: int) -> None:
    span = one_date(text)
    assert span.weekday == weekday
    assert span.start == span.end == PartialDate()


@pytest.mark.parametrize(
    ("text", "weekdays"),
    [("runs fri-sun", [4, 6]), ("from thu to sat", [3, 5]), ("the sun rose on Friday", [4])],
)
def test_a_short_weekday_that_is_a_word_closes_a_span_of_weekdays(
    text: str, weekdays: list[int]
) -> None:
    assert [d.weekday for d in find_dates(text)] == weekdays


def test_weekday_with_date() -> None:
    span = one_date("Friday, May 8")
    assert span.weekday == 4
    assert span.start == PartialDate(None, 5, 8)
    assert span.text == "Friday, May 8"


# --- The verbs "may" and "march" ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Xi may visit Moscow",
        "the two may agree",
        "Prices May Rise",
        "they march on the capital",
        "the 8 may be late",
        "Jan Smith said",
        "it may, in fact, rise",
    ],
)
def test_verbs_are_not_months(text: str) -> None:
    assert [span for span in find_dates(text) if span.start.month] == []


@pytest.mark.parametrize(
    "text", ["in May", "by May", "during May", "early May", "mid-March", "May 8", "May 2015"]
)
def test_may_with_context_is_a_month(text: str) -> None:
    assert one_date(text).start.month in (3, 5)


# --- Default year -------------------------------------------------------------------------------


def test_default_year_fills_missing_year() -> None:
    span = one_date("May 8-10", default_year=2015)
    assert (span.start, span.end) == (PartialDate(2015, 5, 8), PartialDate(2015, 5, 10))


def test_default_year_keeps_written_year() -> None:
    assert one_date("May 2014", default_year=2015).start == PartialDate(2014, 5)


def test_no_default_year_leaves_year_unknown() -> None:
    assert one_date("May 8").start.year is None


def test_default_year_does_not_touch_weekdays() -> None:
    assert one_date("on Friday", default_year=2015).start == PartialDate()


# --- What is not a date -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "12,000 soldiers", "S-400", "$2014", "2014 km", "2014 billion", "3.5", "1,000", "G20",
        "of the 12 miners, 8 may have died",  # a modal verb after a number
    ],
)  # fmt: skip
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


# --- Several dates and offsets ------------------------------------------------------------------


def test_several_dates_in_order() -> None:
    text = "Xi visits on May 8-10, after talks in early September 2014 and from 2018."
    spans = find_dates(text)
    assert [span.text for span in spans] == ["May 8-10", "early September 2014", "2018"]
    assert all(text[s.start_offset : s.end_offset] == s.text for s in spans)


# --- Robustness and speed -----------------------------------------------------------------------


@given(st.text())
def test_any_text(text: str) -> None:
    spans = find_dates(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start_offset < span.end_offset <= len(text)
        assert text[span.start_offset : span.end_offset] == span.text
        previous_end = span.end_offset


@given(st.text(alphabet="May 0123456789-,thofJuneFridayearlymid"))
def test_date_like_text(text: str) -> None:
    for span in find_dates(text):
        assert text[span.start_offset : span.end_offset] == span.text
        if span.start.month is not None and span.start.day is not None:
            assert 1 <= span.start.day <= 31


@pytest.mark.parametrize(
    "unit",
    [
        "May ",
        "8 May ",  # a date every six characters
        "2014 ",  # a year every five characters
        "Xi visits Moscow on May 8-10 for the 70th anniversary. ",
    ],
    ids=["may", "days", "years", "prose"],
)
def test_huge_inputs_take_linear_work(unit: str) -> None:
    assert_linear(find_dates, lambda size: repeat(unit, size), 10_000)


@given(year=st.integers(min_value=1, max_value=9999), month=st.integers(min_value=1, max_value=12))
def test_days_in_month_agrees_with_the_calendar(year: int, month: int) -> None:
    assert days_in_month(year, month) == calendar.monthrange(year, month)[1]


# --- Numeric dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("15/03/2015", (2015, 3, 15)),  # the day is over 12: day first
        ("03/15/2015", (2015, 3, 15)),  # month first
        ("15.3.2015", (2015, 3, 15)),
        ("2015/03/15", (2015, 3, 15)),
        ("2015.3.15", (2015, 3, 15)),
        ("2015-3-15", (2015, 3, 15)),
        ("on 5/5/2015.", (2015, 5, 5)),
    ],
)
def test_numeric_dates(text: str, date: tuple[int, int, int]) -> None:
    (span,) = find_dates(text)
    assert span.start == span.end == PartialDate(*date)
    assert span.alternative is None
    assert span.note == ""


def test_an_ambiguous_numeric_date_keeps_both_readings() -> None:
    (span,) = find_dates("on 05/08/2015")
    assert span.text == "05/08/2015"
    assert span.start == PartialDate(2015, 8, 5)  # day first
    assert span.alternative is not None
    assert span.alternative.start == PartialDate(2015, 5, 8)  # month first


def test_an_impossible_numeric_date_is_its_month_with_a_note() -> None:
    (span,) = find_dates("on 31/02/2015")
    assert span.start == span.end == PartialDate(2015, 2)
    assert "not a calendar date" in span.note
    assert "28 days" in span.note


@pytest.mark.parametrize("text", ["13/13/2015", "1.2.3", "24/7", "v1.2.2015", "3/4"])
def test_not_numeric_dates(text: str) -> None:
    assert all(span.start.month is None for span in find_dates(text))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("in the autumn", PartialDate(None, 9), PartialDate(None, 11)),
        ("at the beginning of autumn", PartialDate(None, 9), PartialDate(None, 9)),
        ("in late spring", PartialDate(None, 5), PartialDate(None, 5)),
        ("mid-summer", PartialDate(None, 7), PartialDate(None, 7)),
        ("in the fall of 2014", PartialDate(2014, 9), PartialDate(2014, 11)),
        ("winter 2014", PartialDate(2014, 12), PartialDate(2015, 2)),  # into the next year
    ],
)
def test_seasons_span_their_months(text: str, start: PartialDate, end: PartialDate) -> None:
    span = one_date(text)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    "text", ["the Winter Olympics", "since the Arab Spring", "prices may fall", "a fall in trade"]
)
def test_season_words_in_names_and_verbs_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("in the first half of 2015", PartialDate(2015, 1), PartialDate(2015, 6)),
        ("the third quarter of 2014", PartialDate(2014, 7), PartialDate(2014, 9)),
        ("Q2 2026 revenue", PartialDate(2026, 4), PartialDate(2026, 6)),
        ("H2 2015", PartialDate(2015, 7), PartialDate(2015, 12)),
        ("first-quarter 2026 revenue", PartialDate(2026, 1), PartialDate(2026, 3)),
    ],
)
def test_halves_and_quarters_of_a_year(text: str, start: PartialDate, end: PartialDate) -> None:
    span = one_date(text)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize("text", ["in the second quarter", "a quarter of the market", "q2 revenue"])
def test_a_quarter_of_no_year_is_no_calendar_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "weekday"), [("landed in moscow thurs", 3), ("on Tues.", 1), ("by fri", 4)]
)
def test_short_weekdays_that_are_no_other_word(text: str, weekday: int) -> None:
    assert one_date(text).weekday == weekday


@pytest.mark.parametrize(
    ("text", "day", "weekday"),
    [("Xi came on Friday the 8th.", 8, 4), ("Xi left on the 10th, then flew home.", 10, None)],
)
def test_a_day_of_no_named_month(text: str, day: int, weekday: int | None) -> None:
    (date,) = find_dates(text)
    assert (date.start, date.weekday) == (PartialDate(None, None, day), weekday)


@pytest.mark.parametrize("text", ["the 70th anniversary", "the 20th century", "on the 8th floor"])
def test_an_ordinal_before_a_noun_is_no_day(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize("text", ["a friend", "fries", "the sun sat low"])
def test_words_that_begin_like_a_weekday_are_no_date(text: str) -> None:
    assert find_dates(text) == []
