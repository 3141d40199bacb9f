"""Value relations shared by the comparators and the quiz, on values built by hand."""

from __future__ import annotations

import pytest

from factcli.quantities import find_quantities
from factcli.values import DateSpan, PartialDate, Qualifier, Quantity, Rank
from factcli.verdict import compare
from factcli.verdict.compare import (
    comparable_ranks,
    consistent_quantities,
    date_relation,
    precise,
    same_rank,
)


def tonnes(value: float, qualifier: Qualifier = Qualifier.EXACT, period: str | None = "year",
           precision: float = 1e6) -> Quantity:  # fmt: skip
    return Quantity(value, "t", "mass", precision, qualifier, period)


def times(value: float, qualifier: Qualifier = Qualifier.EXACT) -> Quantity:
    return Quantity(value, "times", "multiplier", 1, qualifier)


@pytest.mark.parametrize(
    ("claim", "fact", "consistent"),
    [
        (tonnes(12e6), tonnes(12e6), True),
        (tonnes(12.3e6, precision=1e5), tonnes(12e6), True),  # 12 million is rounded
        (tonnes(13e6), tonnes(12e6), False),
        (tonnes(13e6, Qualifier.ABOUT), tonnes(12e6), True),  # "about" allows a tenth
        (tonnes(20e6, Qualifier.ABOUT), tonnes(12e6), False),
        (tonnes(10e6, Qualifier.MORE_THAN), tonnes(12e6), True),
        (tonnes(13e6, Qualifier.MORE_THAN), tonnes(12e6), False),
        (tonnes(11e6, Qualifier.NEARLY), tonnes(12e6), False),  # nearly 11 stays below 11
        (tonnes(13e6, Qualifier.NEARLY), tonnes(12e6), True),
        (tonnes(12e6, period="month"), tonnes(12e6), False),
        # a rate per day against one per year: 1 million a day is 365 million a year
        (tonnes(1e6, period="day"), tonnes(365e6), True),
        (tonnes(1e6, period="day", precision=1e5), tonnes(500e6), False),
        (tonnes(1e6, period="month"), tonnes(12e6), True),
        (tonnes(1e6, period="decade"), tonnes(0.1e6), False),  # no period to convert
        (tonnes(12e6, period=None), tonnes(12e6), True),  # a rate the claim leaves out
        (Quantity(12e6, "USD", "currency", 1e6), tonnes(12e6), False),
        # one hedge on both sides: the numbers under it as written
        (tonnes(54e6, Qualifier.ABOUT), tonnes(64e6, Qualifier.ABOUT), False),
        (tonnes(64e6, Qualifier.ABOUT), tonnes(64e6, Qualifier.ABOUT), True),
        (tonnes(28e6, Qualifier.MORE_THAN), tonnes(26e6, Qualifier.MORE_THAN), False),
        (tonnes(20e6, Qualifier.MORE_THAN), tonnes(20e9, Qualifier.MORE_THAN), False),
        # a bound cut at its own precision: "more than 1.7 million" of "more than 1,786,300"
        (
            tonnes(1.7e6, Qualifier.MORE_THAN, precision=1e5),
            tonnes(1786300, Qualifier.MORE_THAN, precision=100),
            True,
        ),
        (
            tonnes(53, Qualifier.AT_MOST, precision=1),
            tonnes(35, Qualifier.AT_MOST, precision=1),
            False,
        ),
        (times(3), times(2, Qualifier.MORE_THAN), False),  # triple is not "more than double"
        (times(2.2), times(2, Qualifier.MORE_THAN), True),
    ],
)
def test_consistent_quantities(claim: Quantity, fact: Quantity, consistent: bool) -> None:
    assert consistent_quantities(claim, fact) is consistent


def span(start: PartialDate, end: PartialDate | None = None, weekday: int | None = None,
         part: str | None = None) -> DateSpan:  # fmt: skip
    return DateSpan(start, end or start, weekday, part)


MAY_8_10 = span(PartialDate(2015, 5, 8), PartialDate(2015, 5, 10))


@pytest.mark.parametrize(
    ("claim", "fact", "relation"),
    [
        (span(PartialDate(2015, 5, 8), PartialDate(2015, 5, 10)), MAY_8_10, "same"),
        (span(PartialDate(None, 5, 8), PartialDate(None, 5, 10)), MAY_8_10, "same"),  # no year
        (span(PartialDate(2015, 5, 9)), MAY_8_10, "within"),
        (span(PartialDate(2015, 5)), MAY_8_10, "around"),  # "in May" around May 8-10
        (span(PartialDate(2015, 5, 8), PartialDate(2015, 5, 11)), MAY_8_10, "different"),
        (span(PartialDate(2016)), MAY_8_10, "different"),
        (span(PartialDate(2015, 5, 8), weekday=4), MAY_8_10, "within"),  # a Friday
        (span(PartialDate(None), weekday=5), span(PartialDate(2015, 5, 8)), "different"),
        (span(PartialDate(None), weekday=4), span(PartialDate(2015, 5, 8)), "same"),
        (span(PartialDate(2015, 9, 3)), span(PartialDate(2015, 9), part="early"), "within"),
        (
            span(PartialDate(2015, 9), part="late"),
            span(PartialDate(2015, 9), part="early"),
            "different",
        ),
        (span(PartialDate(None, None, 3)), span(PartialDate(None, None, 3)), "incomparable"),
        # a day of no named month ("on Friday the 8th") against days of one month
        (span(PartialDate(None, None, 8), weekday=4), span(PartialDate(2015, 5, 8)), "same"),
        (span(PartialDate(None, None, 9)), MAY_8_10, "within"),
        (span(PartialDate(None, None, 7), weekday=3), span(PartialDate(2015, 5, 8)), "different"),
        # "from 2011 to 2014" is another range than "from 2011 to 2013", not a coarser one
        (
            span(PartialDate(2011), PartialDate(2014)),
            span(PartialDate(2011), PartialDate(2013)),
            "different",
        ),
        (span(PartialDate(2011), PartialDate(2014)), span(PartialDate(2012, 3)), "around"),
        # a yearless season ("more leaks in winter") and a year with no month share nothing
        (
            span(PartialDate(2030)),
            span(PartialDate(None, 12), PartialDate(None, 2)),
            "incomparable",
        ),
        (span(PartialDate(2019, 12)), span(PartialDate(None, 12), PartialDate(None, 2)), "within"),
    ],
)
def test_date_relation(claim: DateSpan, fact: DateSpan, relation: str) -> None:
    assert date_relation(claim, fact) == relation


def test_a_span_is_precise_when_every_day_is_known() -> None:
    assert precise(MAY_8_10)
    assert not precise(span(PartialDate(2015, 9), part="early"))
    assert not precise(span(PartialDate(2015, 5)))


def test_ranks_compare_with_ranks_and_ordinals_with_ordinals() -> None:
    ninth, largest, smallest = Rank(9, "rank"), Rank(1, "rank"), Rank(1, "rank_bottom")
    seventieth = Rank(70, "ordinal")
    assert comparable_ranks(ninth, largest)
    assert comparable_ranks(smallest, ninth)
    assert not comparable_ranks(ninth, seventieth)
    assert same_rank(ninth, Rank(9, "rank", 4, 17, "ninth-largest"))
    assert not same_rank(largest, smallest)


def test_a_rank_by_a_quality_compares_only_with_one_by_the_same_quality() -> None:
    detailed = Rank(1, "rank", 0, 13, "most detailed")
    assert comparable_ranks(detailed, Rank(1, "rank", 4, 17, "most detailed"))
    assert not comparable_ranks(detailed, Rank(1, "rank", 0, 13, "most populous"))
    assert not comparable_ranks(detailed, Rank(1, "rank", 0, 7, "largest"))


def _day(year: int, month: int, day: int) -> DateSpan:
    return DateSpan(PartialDate(year, month, day), PartialDate(year, month, day))


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        ((2015, 8, 5), (2015, 5, 9), "within"),  # "05/09/2015": month first agrees
        ((2015, 5, 9), (2015, 9, 5), "within"),  # "09/05/2015": day first agrees
        ((2015, 4, 3), (2015, 3, 4), "different"),  # "03/04/2015": both conflict
    ],
)
def test_an_ambiguous_date_relates_by_its_best_reading(
    first: tuple[int, int, int], second: tuple[int, int, int], relation: str
) -> None:
    fact = DateSpan(PartialDate(2015, 5, 8), PartialDate(2015, 5, 10))
    claim = DateSpan(_day(*first).start, _day(*first).end, alternative=_day(*second))
    assert date_relation(claim, fact) == relation


def score(*pairs: tuple[int, ...]) -> Quantity:
    return Quantity(float(pairs[0][0]), "", "score", 1.0, parts=pairs)


@pytest.mark.parametrize(
    ("claim", "fact", "consistent"),
    [
        (score((2, 1)), score((2, 1)), True),
        (score((3, 0)), score((2, 1)), False),
        (score((2, 1)), score((2, 0)), False),  # the same first number is not the same result
        (score((6, 3), (7, 6)), score((6, 3), (7, 6, 7)), True),
    ],
)
def test_scorelines_compare_whole(claim: Quantity, fact: Quantity, consistent: bool) -> None:
    assert consistent_quantities(claim, fact) is consistent


# --- A word of magnitude allows an amount without confirming it ------------------------------


@pytest.mark.parametrize(
    ("amount", "text", "allowed"),
    [
        ("$400 billion", "a multibillion dollar gas supply deal", True),
        ("$2.5bn", "a multi-billion gas deal", True),
        ("$400 million", "a multibillion dollar gas supply deal", False),
        ("$30 million", "a million-dollar prize", True),
        ("400 billion cubic meters", "a multibillion dollar deal", False),  # not money
    ],
)
def test_within_magnitude(amount: str, text: str, allowed: bool) -> None:
    assert compare.within_magnitude(find_quantities(amount)[0], text) is allowed
