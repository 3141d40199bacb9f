"""The dates comparator: each date or range of a claim against the fact's dates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.dates import find_dates
from factcli.values import DateSpan, PartialDate
from factcli.verdict import dates
from factcli.verdict.compare import date_relation

from .conftest import World, fact
from .stores import bundled, small, verdict

SUMMIT = fact(
    "The Atlantis-Lemuria summit takes place from March 3 to 5, 2020.",
    keys=["summit"],
    dates=[{"slot": "when", "date": "2020-03-03", "end": "2020-03-05"}],
)
OPENING = fact(
    "The fish fair opens in early April 2020.",
    keys=["fish fair"],
    dates=[{"slot": "opening", "date": "2020-04", "part": "early"}],
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The summit takes place from March 3 to 5, 2020.",
         [("date", "match", "March 3 to 5, 2020 matches the source")]),
        ("The summit takes place on March 4, 2020.",  # inside the range
         [("date", "match", "March 4, 2020 matches the source")]),
        ("The summit takes place in March 2020.",  # coarser, around the range
         [("date", "match", "March 2020 matches the source")]),
        ("The summit takes place from March 4 to 6, 2020.",
         [("date", "conflict", "the claim says March 4 to 6, 2020; "
           "the source says March 3-5, 2020")]),
        ("The summit takes place in 2021.",
         [("date", "conflict", "the claim says 2021; the source says March 3-5, 2020")]),
        ("The summit takes place in Poseidonis.", []),
    ],
)  # fmt: skip
def test_dates(world: Callable[..., World], claim: str, expected: list[tuple[str, ...]]) -> None:
    assert world(SUMMIT).compare(dates.findings, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The fish fair opens in April 2020.",
         [("date", "match", "April 2020 matches the source")]),
        ("The fish fair opens in late April 2020.",
         [("date", "conflict", "the claim says late April 2020; "
           "the source says early April 2020")]),
        ("The fish fair opens on April 3, 2020.", []),  # more precise than the fact: left open
    ],
)  # fmt: skip
def test_a_vague_fact(
    world: Callable[..., World], claim: str, expected: list[tuple[str, ...]]
) -> None:
    assert world(OPENING).compare(dates.findings, claim, "f") == expected


def test_describe_date() -> None:
    may = DateSpan(PartialDate(2015, 5, 8), PartialDate(2015, 5, 10))
    assert dates.describe_date(may) == "May 8-10, 2015"
    assert dates.describe_date(DateSpan(PartialDate(2015, 9), PartialDate(2015, 9), None,
                                        "early")) == "early September 2015"  # fmt: skip
    assert dates.describe_date(DateSpan(PartialDate(), PartialDate(), 4)) == "Friday"


# --- A possessive date dates the noun after it ----------------------------------------------

FAIR_DAYS = fact(
    "Ana Diaz arrived in Mu on Monday, March 2, 2020, for the fish fair.",
    id="arrival",
    keys=["Ana Diaz", "arrived|arrival"],
    dates=[{"slot": "arrival", "date": "2020-03-02", "cue": ["arrived", "on"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Diaz, who arrived in Mu on Monday, will open Tuesday's fish fair.", "not_enough_info"),
        ("Diaz, who arrived in Mu on Friday, will open the fish fair.", "refuted"),
        ("Monday's arrival of Diaz in Mu was for the fish fair.", "supported"),
        ("Friday's arrival of Diaz in Mu was for the fish fair.", "refuted"),
    ],
)
def test_a_possessive_date_against_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, FAIR_DAYS), claim) == label


VOTE = fact(
    "Ana Diaz's triumph in Tuesday's parliamentary elections keeps her in office.",
    id="vote",
    keys=["Ana Diaz", "elections|election|triumph"],
    dates=[{"slot": "date", "date": "2020-03-03", "weekday": "Tuesday", "cue": ["in"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [  # the fact dates the same thing by a possessive: its date slot is that thing's
        ("Ana Diaz won Tuesday's parliamentary elections.", "supported"),
        ("Ana Diaz won Monday's parliamentary elections.", "refuted"),
    ],
)
def test_a_possessive_date_the_fact_says_too(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, VOTE), claim) == label


POLL = fact(
    "All 40 traders in a poll had expected a rate cut on Tuesday.",
    id="poll",
    keys=["traders|poll", "cut"],
    quantities=[{"slot": "count", "value": 40}],
    dates=[{"slot": "date", "date": "2020-03-03", "weekday": "Tuesday", "cue": ["on"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [  # the fact dates the same thing by a phrase after it: "a rate cut on Tuesday"
        ("All 40 traders had expected Tuesday's rate cut.", "supported"),
        ("All 40 traders had expected Monday's rate cut.", "refuted"),
    ],
)
def test_a_possessive_date_the_fact_gives_by_a_phrase(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, POLL), claim) == label


OUTLOOK = fact(
    "The bank sees three cuts in 2021 instead of the two foreseen as of June 2020.",
    id="outlook",
    keys=["cuts|cut"],
    quantities=[{"slot": "count", "value": 3}],
    dates=[
        {"slot": "date", "date": "2021", "cue": ["in"]},
        {"slot": "date", "date": "2020-06", "cue": ["of"]},
    ],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [  # the very same date is the slot's, whatever the preposition before each
        ("The bank sees three cuts in 2021, up from the two it foresaw in June 2020.",
         "supported"),
    ],
)  # fmt: skip
def test_a_date_goes_to_the_slot_of_the_same_date(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, OUTLOOK), claim) == label


def test_how_long_a_trip_lasts_is_no_topic_word() -> None:
    """ "is expected to last until May 10": "last" says how long the visit runs."""
    claim = "Xi's visit to Russia is expected to last until May 10."
    assert verdict(bundled(), claim) == "supported"


def test_a_possessive_date_against_the_bundled_store() -> None:
    claim = "Xi, who arrived from Kazakhstan, will attend Saturday's parade on Red Square."
    assert verdict(bundled(), claim) == "not_enough_info"  # the parade's day: not given


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a deal "dates from" its signing, not from the article that reports it
        ("the 30-yr gas contract dates from 2015", "refuted"),
        ("the gas deal dates from May 2014", "supported"),
        ("the article is dated May 7, 2015", "supported"),
    ],
)
def test_what_a_deal_dates_from(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


def test_the_same_start_of_a_span_matches(world: Callable[..., World]) -> None:
    stock = world(
        fact(
            "The two sides have not met since 1965.",
            keys=["met"],
            dates=[{"slot": "date", "date": "1965", "cue": ["since"]}],
        )
    )
    assert stock.compare(dates.findings, "They had not met since 1965.") == [
        ("date", "match", "1965 matches the source")
    ]
    assert stock.compare(dates.findings, "They had not met since 1975.") == [
        ("date", "conflict", "the claim says 1975; the source says 1965")
    ]


# --- Weekdays against a stay of several days --------------------------------------------------

STAY = fact(
    "Ana Diaz's stay in Lemuria runs from 3 to 5 March 2020.",  # Tuesday to Thursday
    id="stay",
    keys=["Ana Diaz", "Lemuria"],
    entities=[{"name": "Lemuria", "role": "destination"}],
    dates=[{"slot": "stay", "date": "2020-03-03", "end": "2020-03-05", "cue": ["from", "runs"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Diaz will stay in Lemuria from Tuesday through Thursday.", "supported"),
        ("Diaz will stay in Lemuria from Monday through Thursday.", "refuted"),  # the first day
        ("Diaz will stay in Lemuria from Tuesday to Friday.", "refuted"),  # the last day
        # a span of weekdays with no "from": the first is still its first day
        ("Diaz will stay in Lemuria Tuesday-Thursday.", "supported"),
        ("Diaz will stay in Lemuria Monday-Thursday.", "refuted"),
        ("diaz stays in lemuria tue-thu", "supported"),
        # a weekday inside the stay says nothing of the day of an event within it
        ("Diaz will open the fish fair in Lemuria on Wednesday.", "not_enough_info"),
        # the day something was announced is not the stay's: no conflict on it
        ("Diaz will stay in Lemuria from Tuesday, her office announced Monday.",
         "not_enough_info"),
    ],
)  # fmt: skip
def test_weekdays_against_a_stay(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, STAY), claim) == label


def test_a_name_after_of_is_no_party_of_another_event(tmp_path: Path) -> None:
    """ "at the invitation of Cal Reyes" names no one acting in the stay: a wrong first day
    still refutes it, rather than making it another event."""
    claim = "Diaz will stay in Lemuria from Monday through Thursday at the invitation of Reyes."
    assert verdict(small(tmp_path, STAY), claim) == "refuted"


def test_a_date_in_brackets_is_an_aside(tmp_path: Path) -> None:
    """ "the Reef War (1990-92)": the years of the name before it, no date of the stay."""
    claim = "Diaz will stay in Lemuria from Tuesday to remember the Reef War (1990-92)."
    result = small(tmp_path, STAY).check(claim)
    assert result.verdict.value != "refuted", result.reasons


PARADE = fact(
    "Ana Diaz is expected to attend the Mu parade in early September 2015.",
    id="parade",
    modality="expected",
    keys=["Ana Diaz", "parade"],
    dates=[{"slot": "when", "date": "2015-09", "part": "early"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ana Diaz is expected to attend the Mu parade in the autumn.", "supported"),
        ("Ana Diaz is expected to attend the Mu parade at the beginning of autumn.", "supported"),
        ("Ana Diaz is expected to attend the Mu parade in winter.", "refuted"),
        ("Ana Diaz is expected to attend the Mu parade in late autumn.", "refuted"),
    ],
)
def test_a_season_is_the_months_it_spans(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, PARADE), claim) == label


def test_a_winter_without_a_year_is_the_one_around_the_fact() -> None:
    winter, january = find_dates("in winter")[0], find_dates("January 2015")[0]
    assert date_relation(winter, january) == "around"
    assert date_relation(winter, find_dates("May 2015")[0]) == "different"


PACT_PLAN = fact(
    "Atlantis and Lemuria will sign a fisheries pact.",
    id="pact",
    modality="planned",
    keys=["pact|agreement", "Atlantis|Lemuria"],
)
CATCH_STATE = fact(
    "Atlantis and Lemuria share their fish stocks.",
    id="stocks",
    keys=["stocks|fish", "Atlantis|Lemuria"],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the store's source is dated 2020-01-02: an undated plan is of that time
        ("Atlantis and Lemuria are set to sign a fisheries pact in the first half of 2020.",
         "supported"),
        ("Atlantis and Lemuria are set to sign a fisheries pact in 2021.", "not_enough_info"),
        # a state reported then does not hold over a whole span the source had not seen
        ("Atlantis and Lemuria shared their fish stocks in 2020.", "not_enough_info"),
    ],
)  # fmt: skip
def test_an_undated_plan_is_of_its_writing_time(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, PACT_PLAN, CATCH_STATE), claim) == label


FIRST_IN_YEARS = fact(
    "Ana Diaz's visit is the first to Mu by a leader of Lemuria in 12 years.",
    id="first-in-years",
    keys=["Mu", "first|visit"],
    quantities=[{"slot": "gap", "value": 12, "unit": "year", "cue": ["in", "since"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the store's source is dated 2020: 12 years before it is 2008
        ("Ana Diaz's visit is the first to Mu by a leader of Lemuria since 2008.", "supported"),
        ("Ana Diaz's visit is the first to Mu by a leader of Lemuria since 2011.", "refuted"),
    ],
)
def test_a_year_counted_from_against_years_counted_back(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, FIRST_IN_YEARS), claim) == label


def test_next_month_is_read_from_the_source_s_date() -> None:
    result = bundled().check("Putin is expected to attend Beijing's parade next month.")
    assert result.verdict.value == "refuted"
    assert result.reasons[0].startswith("the claim says next month (June 2015)")


def test_next_year_against_the_start_year_of_a_supply() -> None:
    """Of a 2015 article, "next year" is 2016: not the 2018 start of the gas supply."""
    claim = "Gas through the East-Route Pipeline should start flowing to China next year."
    assert verdict(bundled(), claim) == "refuted"


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Mu has officially recognised fishing rights since 1988.", "refuted"),
        ("Mu has officially recognised fishing rights since 1998.", "supported"),
    ],
)
def test_a_start_against_the_fact_s_own_start(tmp_path: Path, claim: str, label: str) -> None:
    """ "Since 1988" against "since 1998": two starts of one state, compared; not a span
    the fact's later date lies in."""
    from .stores import small, verdict

    since = [{"slot": "date", "date": "1998", "cue": ["since"]}]
    rights = fact("Mu has only officially recognised fishing rights since 1998.", id="rights",
                  keys=["rights"], dates=since)  # fmt: skip
    assert verdict(small(tmp_path, rights), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("On Wednesday, March 18, 2015, Ana Diaz said she will build a bridge.", "supported"),
        ("On March 19, 2015, Ana Diaz said she will build a bridge.", "refuted"),
        ("Ana Diaz said on March 18, 2015 that she will build a bridge.", "supported"),
    ],
)
def test_the_day_a_claim_says_it_was_said_against_the_fact_s_day_of_saying(
    tmp_path: Path, claim: str, label: str
) -> None:
    said = fact("Ana Diaz said on Wednesday she will build a bridge.", id="said",
                keys=["bridge"], modality="planned",
                dates=[{"slot": "date", "date": "2015-03-18", "weekday": "Wednesday"}])  # fmt: skip
    assert verdict(small(tmp_path, said), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a day of the month that opens or closes the span is compared with that end
        ("Xi finishes his Moscow visit on Saturday, May 9.", "refuted"),
        ("Xi finishes his Moscow visit on May 10.", "supported"),
        ("Xi began his visit to Moscow on May 9.", "refuted"),
        ("Xi began his visit to Moscow on May 8.", "supported"),
        ("Xi's visit to Moscow wrapped up on Saturday.", "refuted"),
        # a day inside the span that opens or closes nothing is inside it
        ("Xi attended the parade in Moscow on May 9.", "supported"),
    ],
)
def test_a_day_that_opens_or_closes_a_span_is_its_end(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label
