"""Which word or place a value belongs to, read from its own phrase and clause."""

from __future__ import annotations

import pytest

from factcli.entities import EntityIndex
from factcli.model import Alias
from factcli.parse import parse_text
from factcli.sentences import Segment, split_clauses

_INDEX = EntityIndex(
    (
        Alias("Ruritania", "country", ("Ruritanian",)),
        Alias("Freedonia", "country", ("Freedonian",)),
        Alias("Anna Berg", "person", ("Berg",)),
    )
)


def _heads(text: str) -> list[tuple[str, str | None]]:
    parsed = parse_text(text, _INDEX)
    found = [(d.text, d.start_offset, d.end_offset) for d in parsed.dates]
    found += [(q.text, q.start, q.end) for q in parsed.quantities]
    heads = [(value, parsed.head(start, end)) for value, start, end in found]
    return [(value, head.lower if head else None) for value, head in heads]


@pytest.mark.parametrize(
    ("text", "value", "head"),
    [
        ("The treaty was ratified in June 2016 during a visit by Berg.", "June 2016", "ratified"),
        ("In March 2006, the two firms signed a protocol.", "March 2006", "signed"),
        ("during Berg's May 2014 visit to Ruritania", "May 2014", "visit"),
        ("Berg visited Ruritania in May 2012.", "May 2012", "visited"),
        ("a two-day visit to Freedonia", "two-day", "visit"),
        ("deliveries through the line will start in 2018", "2018", "start"),
    ],
)
def test_a_value_belongs_to_the_word_its_phrase_is_about(text: str, value: str, head: str) -> None:
    assert (value, head) in _heads(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On May 7th, Berg visited Ruritania, then flew to Freedonia.", "Ruritania"),
        ("In March, Berg travelled to Freedonia for talks.", "Freedonia"),
    ],
)
def test_an_opening_date_goes_with_the_place_its_clause_reaches(text: str, place: str) -> None:
    parsed = parse_text(text, _INDEX)
    date = parsed.dates[0]
    anchor = parsed.anchor(date.start_offset, date.end_offset)
    assert anchor is not None
    assert anchor.name == place


def test_an_opening_date_of_a_clause_reaching_no_place_has_no_anchor() -> None:
    parsed = parse_text("On May 7th, Berg met officials of Freedonia.", _INDEX)
    date = parsed.dates[0]
    assert parsed.anchor(date.start_offset, date.end_offset) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Berg will meet officials and then travel to Freedonia for three days.", "Freedonia"),
        ("She arrived from Ruritania, where she had spent two days.", "Ruritania"),
        ("a three-day trip to Freedonia", "Freedonia"),
        ("Berg's stay in Ruritania lasts three days and she then goes to Freedonia.",
         "Ruritania"),
        ("The visit to Freedonia will take two days.", "Freedonia"),
        ("After Ruritania, Berg heads to Freedonia today for a three-day visit.", "Freedonia"),
        ("Berg will go to Freedonia for a two-day stay.", "Freedonia"),
        # the value's own phrase names its place: it comes before the place before "for"
        ("Berg arrived in Ruritania for a two-day visit to Freedonia.", "Freedonia"),
    ],
)  # fmt: skip
def test_a_duration_is_tied_to_the_place_it_is_spent_in(text: str, place: str) -> None:
    parsed = parse_text(text, _INDEX)
    duration = next(q for q in parsed.quantities if q.dimension == "time")
    anchor = parsed.anchor(duration.start, duration.end)
    assert anchor is not None
    assert anchor.name == place


def test_a_compound_sentence_is_cut_before_a_plural_subject_and_its_verb() -> None:
    text = "Trade stood at $95 billion in 2014, and the two countries hope to double it by 2025."
    clauses = [c.text for c in split_clauses(text, Segment(0, len(text), text))]
    assert clauses == [
        "Trade stood at $95 billion in 2014",
        "the two countries hope to double it by 2025.",
    ]


@pytest.mark.parametrize(
    ("text", "polar"),
    [
        ("The payment is due by the end of the year.", []),  # a point in time
        ("The currency appreciated sharply.", ["appreciated"]),
        ("Ruritania took a pro-Freedonian stance.", ["pro-freedonian"]),
        ("Berg sought greater economic support from Ruritania.", []),  # aid, not a side
        ("Ruritania openly backed Freedonia.", ["openly", "backed"]),
        ("The visit lasts two days.", []),  # the verb of a duration, not "last" for "first"
        ("The talks will last a week.", []),
        ("It was the last visit.", ["last"]),
        ("The top diplomat arrived.", []),  # a rank, not the verb of "topped estimates"
    ],
)
def test_polar_words_are_read_in_their_phrase(text: str, polar: list[str]) -> None:
    assert [p.word for p in parse_text(text, _INDEX).polar_words] == polar


@pytest.mark.parametrize(
    ("text", "side", "name"),
    [
        ("Freedonia bought Ruritanian-made rifles.", "maker", "Ruritania"),
        ("The delivery of Ruritanian natural gas to Freedonia began.", "source", "Ruritania"),
    ],
)
def test_who_makes_or_sends_a_thing(text: str, side: str, name: str) -> None:
    roles = parse_text(text, _INDEX).roles
    assert any(r.side == side and r.name == name for r in roles)


def test_a_compound_sentence_is_cut_after_a_duration_verb() -> None:
    text = "Berg's stay lasts three days, and she then goes on to Freedonia."
    clauses = [c.text for c in split_clauses(text, Segment(0, len(text), text))]
    assert clauses == ["Berg's stay lasts three days", "she then goes on to Freedonia."]


def test_a_negation_in_a_clause_hung_on_the_main_one_denies_nothing() -> None:
    parsed = parse_text("Berg signed the pact, saying it was not aimed at Freedonia.", _INDEX)
    assert not parsed.negated
    assert parse_text("Berg did not sign the pact, saying it was unfair.", _INDEX).negated


def test_the_anchor_of_a_value_is_read_once_per_claim(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every candidate fact asks which place a value is tied to; the answer is the claim's
    own, so a check reads it once per value, however many facts it weighs."""
    from factcli.checker import Checker
    from factcli.parse import ParsedText

    read: list[tuple[str, int, int]] = []
    anchor = ParsedText._anchor

    def counted(parsed: ParsedText, start: int, end: int) -> object:
        read.append((parsed.text, start, end))
        return anchor(parsed, start, end)

    monkeypatch.setattr(ParsedText, "_anchor", counted)
    checker = Checker.from_paths()
    checker.check("Xi spent two days in Kazakhstan before his three-day visit to Russia.")
    assert read
    assert len(read) == len(set(read))


@pytest.mark.parametrize(
    ("text", "cues", "read"),
    [
        ("Xi Jinping arrived in Moscow on Friday for a three-day visit.", [], False),
        ("Trade did not reach $100 billion.", ["not"], True),
        ("Ruritania hasn't signed the deal.", ["hasn't"], True),
        ("Ruritania no longer buys gas, saying it will not.", ["no longer"], True),
        ("Not only gas but oil flows.", [], True),  # a cue word, read and set aside
        ("Anna Berg denied the report.", ["denied"], True),
    ],
)
def test_a_sentence_without_a_negation_word_skips_the_negation_passes(
    monkeypatch: pytest.MonkeyPatch, text: str, cues: list[str], read: bool
) -> None:
    """Five regular-expression passes find a text's negation cues; a text with none of the
    words a cue starts with (most sentences) skips them, with the same result."""
    from factcli import polar  # the negation passes live with the polar words

    passes: list[str] = []
    main_clause = polar.main_clause

    def counted(lower: str) -> str:
        passes.append(lower)
        return main_clause(lower)

    monkeypatch.setattr(polar, "main_clause", counted)
    assert list(parse_text(text, _INDEX).negations) == cues
    assert bool(passes) is read


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a headline's capitals say nothing about names; acronyms keep theirs
        ("Anna Berg Arrives In Freedonia For Talks", ["Anna Berg", "Freedonia"]),
        (
            "Berg To Visit Ruritania After A Stop In Freedonia",
            ["Anna Berg", "Ruritania", "Freedonia"],
        ),
        # a style that keeps short function words in lower case is title case too
        ("Berg To Visit Ruritania in June", ["Anna Berg", "Ruritania"]),
        (
            "Freedonia Sides With Ruritania on Tariffs, Berg Tells Reporters",
            ["Freedonia", "Ruritania", "Anna Berg"],
        ),
        # a sentence with names in it is no headline
        ("Anna Berg met Otto Lind in Freedonia.", ["Anna Berg", "Otto Lind", "Freedonia"]),
    ],
)
def test_a_headline_in_title_case_is_read_as_a_sentence(text: str, names: list[str]) -> None:
    assert [m.name for m in parse_text(text, _INDEX).mentions] == names


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia will hold a parade later this year.",
        "Freedonia held a parade last month.",
        "Freedonia will hold a parade earlier this summer than planned.",
    ],
)
def test_a_relative_time_carries_no_topic(text: str) -> None:
    content = [w.lower for w in parse_text(text, _INDEX).content_words()]
    assert "parade" in content
    assert not {"later", "earlier", "this", "last", "year", "month", "summer"} & set(content)


def test_a_hedge_carries_no_topic_but_barely_does() -> None:
    content = [w.lower for w in parse_text("Revenue was roughly flat.", _INDEX).content_words()]
    assert content == ["revenue", "flat"]
    barely = parse_text("The remains were barely burned.", _INDEX).content_words()
    assert "barely" in [w.lower for w in barely]


def test_a_number_sign_is_no_denial() -> None:
    assert not parse_text("World No. 1 Berg won the final.", _INDEX).negated
    assert parse_text("No Ruritanian team won the final.", _INDEX).negated


def test_a_name_in_a_compound_is_no_anchor() -> None:
    parsed = parse_text("It took five hours to complete the Ruritania-Freedonia series.", _INDEX)
    hours = parsed.quantities[0]
    assert parsed.anchor(hours.start, hours.end) is None
    plain = parse_text("It took five hours to reach Ruritania.", _INDEX)
    assert plain.anchor(plain.quantities[0].start, plain.quantities[0].end) is not None


def test_the_two_best_is_a_count() -> None:
    assert [q.value for q in parse_text("the two best teams advance", _INDEX).quantities] == [2]
    assert parse_text("the two nations signed", _INDEX).quantities == ()


@pytest.mark.parametrize(
    "text",
    [
        "Amid a crisis over Freedonia, Berg will visit Ruritania.",
        "Facing sanctions from Freedonia, Ruritania turned to Berg.",
    ],
)
def test_a_sentence_opened_by_its_circumstances(text: str) -> None:
    """Names in an opening "Amid ...," or "Facing ...," fill no role of the main clause."""
    parsed = parse_text(text, _INDEX)
    assert parsed.in_adjunct(text.index("Freedonia"))
    assert not parsed.in_adjunct(text.index("Ruritania"))
