"""Relative dates resolved against the article's date."""

from __future__ import annotations

import datetime

import pytest

from factcli.dates import find_dates
from factcli.draft.records import DateRecord
from factcli.draft.timing import relative_dates, resolve, with_years

WEDNESDAY = datetime.date(2015, 3, 18)


def test_a_weekday_is_that_day_of_the_article_week() -> None:
    span = find_dates("on Monday")[0]
    record = resolve(span, "Gunmen attacked on Monday.", WEDNESDAY)
    assert record is not None
    assert (record.date, record.weekday) == ("2015-03-16", "Monday")


def test_a_weekday_is_the_nearest_one() -> None:
    span = find_dates("on Friday")[0]
    record = resolve(span, "The talks will resume on Friday.", WEDNESDAY)
    assert record is not None
    assert record.date == "2015-03-20"


FRIDAY = datetime.date(2026, 1, 2)


@pytest.mark.parametrize(
    ("clause", "date"),
    [
        # a plan's weekday is the next one, though last Tuesday is nearer
        ("On Tuesday, Lee is scheduled to have lunch with Li.", "2026-01-06"),
        ("Lee is scheduled to have a luncheon meeting with Li on Tuesday.", "2026-01-06"),
        ("The talks will be held on Tuesday.", "2026-01-06"),
        # an event told in the past is the last one, though the clause plans something else
        ("Landslides hit the state's northeastern district in the early hours of Tuesday, "
         "and more rain is expected.", "2025-12-30"),
        ("Wang said on Tuesday that Seoul will explain its position.", "2025-12-30"),
        ("The talks were held on Tuesday.", "2025-12-30"),
        ("Talks on Tuesday.", "2025-12-30"),  # no tense: the nearest
        ("Last Saturday, the Senate failed to confirm her.", "2025-12-27"),  # never ahead
        ("Next Saturday, the Senate votes.", "2026-01-03"),
    ],
)  # fmt: skip
def test_a_weekday_follows_the_tense_of_its_event(clause: str, date: str) -> None:
    span = find_dates(clause)[0]
    record = resolve(span, clause, FRIDAY)
    assert record is not None
    assert record.date == date


def test_a_month_without_year_takes_the_article_year() -> None:
    span = find_dates("in January")[0]
    record = resolve(span, "In January, militants seized the city.", WEDNESDAY)
    assert record is not None
    assert record.date == "2015-01"


def test_an_earlier_month_said_to_come_is_next_year() -> None:
    december = datetime.date(2016, 12, 15)
    span = find_dates("begin Jan. 3")[0]
    coming = resolve(span, "The penalty phase is scheduled to begin Jan. 3.", december)
    past = resolve(span, "The hearing began Jan. 3.", december)
    assert coming is not None
    assert past is not None
    assert (coming.date, past.date) == ("2017-01-03", "2016-01-03")


def test_a_later_month_with_a_past_verb_is_last_year_whatever_the_clause_plans() -> None:
    january = datetime.date(2016, 1, 13)
    span = find_dates("in December")[0]
    clause = "The planned move is a blow to the state, which in December reduced taxes."
    record = resolve(span, clause, january)
    assert record is not None
    assert record.date == "2015-12"


def test_the_next_day_counts_from_the_date_before() -> None:
    shooting = DateRecord("date", "2015-06-17")
    after = relative_dates(
        "Roof, who was 21 at the time, was arrested the next day.", None, shooting
    )
    before = relative_dates("He had bought the gun the day before.", None, shooting)
    assert [(d.date, d.weekday) for d in after] == [("2015-06-18", "Thursday")]
    assert [d.date for d in before] == ["2015-06-16"]
    assert relative_dates("It rained the next day.", None, DateRecord("date", "2015-06")) == []


def test_last_and_next_month_by_name_are_the_nearest_before_and_after() -> None:
    def year_of(clause: str) -> str:
        month = clause.split()[-1].rstrip(".")
        record = resolve(find_dates(f"in {month}")[0], clause, WEDNESDAY)
        assert record is not None
        return record.date

    assert year_of("The rate rose for the first time since last March.") == "2014-03"
    assert year_of("It was the first rise since last December.") == "2014-12"
    assert year_of("Prices fell last January.") == "2015-01"
    assert year_of("The plant opens next March.") == "2016-03"
    assert year_of("The plant opens next June.") == "2015-06"


def test_last_year_next_year_and_years_ago() -> None:
    found = relative_dates(
        "Sales fell last year; a plant opens next year; four years ago", WEDNESDAY
    )
    assert [d.date for d in found] == ["2014", "2016", "2011"]


def test_a_month_and_day_get_the_article_year_in_the_statement() -> None:
    text = "Xi's trip from May 8-10 to Moscow comes amid sanctions."
    spans = tuple(find_dates(text))
    assert with_years(text, spans, text, datetime.date(2015, 5, 7)) == (
        "Xi's trip from May 8-10, 2015 to Moscow comes amid sanctions."
    )


def test_a_month_alone_gets_its_year_without_a_comma() -> None:
    text = "In January, militants seized the coast."
    spans = tuple(find_dates(text))
    assert with_years(text, spans, text, WEDNESDAY) == (
        "In January 2015, militants seized the coast."
    )


def test_a_capitalised_day_word_inside_a_clause_is_a_title_not_a_date() -> None:
    assert relative_dates('The sign led to a show called "The World of Tomorrow."', WEDNESDAY) == []
    assert [r.date for r in relative_dates("Tomorrow the fair opens.", WEDNESDAY)] == ["2015-03-19"]


def test_a_season_with_no_year_nor_article_is_every_such_season() -> None:
    span = find_dates("to lessen the exposure to winter weather")[0]
    assert (
        resolve(span, "Cables were buried to lessen the exposure to winter weather.", WEDNESDAY)
        is None
    )


def test_a_day_with_its_weekday_takes_the_year_whose_calendar_fits() -> None:
    december = datetime.date(2016, 12, 16)
    clause = "The drama began at 10:01 p.m. on Monday, Dec. 14, when the email came."
    span = find_dates(clause)[0]
    record = resolve(span, clause, december)
    assert record is not None
    assert record.date == "2015-12-14"  # a Monday in 2015, a Wednesday in 2016
