"""Property tests: the parser reads any text without raising and gives offsets inside it,
also on long runs of one token (the usual trigger of a regular expression's backtracking).
The work a parse takes is bounded in the parsers' tests and in test_fuzz_regressions."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcli.entities import EntityIndex
from factcli.normalize import normalize, normalize_with_map
from factcli.parse import parse_text
from factcli.store import load_store

NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen twenty "
    "thirty ninety hundred thousand million billion trillion dozen half quarter third first "
    "second tenth hundredth a an and point minus"
).split()
MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Friday Sunday spring mid-May "
    "early late 1990s '90s"
).split()
UNITS = "bcm tonnes barrels km miles % percent per cent year a year annually dollars bn m".split()
CURRENCY = ["$", "€", "£", "¥", "₽", "US$", "USD", "RMB", "yuan", "rubles"]
HYPHENS = ["-", "--", "–", "—", "\u2212", "\u2011", "/", " to ", " and ", "-to-"]
UNICODE = [
    "\u200b", "\u202e", "\u2066", "\u0301", "\u0308", "\uff13", "\uff18", "\u00bd", "\u2153",
    "\u00a0", "\u3000", "\x00", "\x1b[31m", "\ufffd", "\U0001f525", "\u0663", "\u096a",
    "\u2160", "\u00b2", "\u2009", "\r\n", "\u2028",
]  # fmt: skip

digits = st.from_regex(r"[0-9]{1,25}(?:[.,][0-9]{1,6}){0,3}", fullmatch=True)
token = st.one_of(
    digits,
    st.sampled_from(NUMBER_WORDS),
    st.sampled_from(MONTHS),
    st.sampled_from(UNITS),
    st.sampled_from(CURRENCY),
    st.sampled_from(HYPHENS),
    st.sampled_from(UNICODE),
    st.sampled_from(["Russia", "China", "Xi", "Putin", "gas", "trade", "not", "will", "the"]),
    st.text(max_size=4),
)
glue = st.sampled_from([" ", " ", "", "-", ",", ", ", ". ", "$", "%"])
mixed_text = st.lists(st.tuples(token, glue), max_size=80).map(
    lambda pairs: "".join(t + g for t, g in pairs)
)
# A short pattern repeated many times: what makes a backtracking regex go exponential.
repeated_text = st.tuples(
    st.lists(st.tuples(token, glue), min_size=1, max_size=3).map(
        lambda pairs: "".join(t + g for t, g in pairs)
    ),
    st.integers(min_value=50, max_value=400),
).map(lambda pair: (pair[0] * pair[1])[:8000])

PROPERTY = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def entities() -> EntityIndex:
    return EntityIndex(load_store().aliases)


def _parse_within_the_text(text: str, entities: EntityIndex) -> None:
    parsed = parse_text(text, entities)
    for quantity in parsed.quantities:
        assert 0 <= quantity.start <= quantity.end <= len(parsed.text)
    for word in parsed.words:
        assert parsed.text[word.start : word.end].lower() == word.lower


@PROPERTY
@given(text=st.text(max_size=500))
def test_arbitrary_unicode(entities: EntityIndex, text: str) -> None:
    _parse_within_the_text(text, entities)


@PROPERTY
@given(text=mixed_text)
def test_digits_number_words_months_currencies_and_hyphens(
    entities: EntityIndex, text: str
) -> None:
    _parse_within_the_text(text, entities)


@PROPERTY
@given(text=repeated_text)
def test_repeated_patterns(entities: EntityIndex, text: str) -> None:
    _parse_within_the_text(text, entities)


@PROPERTY
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_normalize_keeps_an_exact_index_map(text: str) -> None:
    normal, index_map = normalize_with_map(text)
    assert normal == normalize(text)
    assert len(index_map) == len(normal) + 1
    assert index_map == sorted(index_map)
    assert index_map[-1] == len(text)
