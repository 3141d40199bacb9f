"""Tests for sentence and clause splitting with exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcli.sentences import (
    Segment,
    split_clauses,
    split_predicates,
    split_relative,
    split_sentences,
)
from tests.work import assert_linear, repeat


def sentences(text: str) -> list[str]:
    """Return the texts of the sentences of `text`."""
    return [segment.text for segment in split_sentences(text)]


def clauses(sentence: str) -> list[str]:
    """Return the texts of the clauses of a one-sentence text."""
    (segment,) = split_sentences(sentence)
    return [clause.text for clause in split_clauses(sentence, segment)]


def assert_well_formed(text: str, segments: list[Segment], lower: int, upper: int) -> None:
    """Check that segments are in order, non-overlapping, stripped, in bounds and round-trip."""
    previous_end = lower
    for segment in segments:
        assert previous_end <= segment.start < segment.end <= upper
        assert text[segment.start : segment.end] == segment.text
        assert not segment.text[0].isspace()
        assert not segment.text[-1].isspace()
        previous_end = segment.end


class TestAbbreviations:
    @pytest.mark.parametrize(
        "text",
        [
            "U.S. officials met U.N. envoys in Geneva.",
            "Mr. Putin met Dr. Smith and Gen. Petraeus on Friday.",
            "The deal was signed on Jan. 5 and ratified in Sept. 2014 by parliament.",
            "Exports, e.g. oil and gas, rose; imports, i.e. machinery, fell.",
            "They sold oil, gas, etc. to several neighbours.",
            "He was ranked No. 1 in the world.",
            "She flew to St. Petersburg on Monday.",
            "The call included LAPD Asst. Chief Earl Paysinger, officials said.",
            "The U.S. President met the Chinese leader.",
        ],
    )
    def test_abbreviation_does_not_end_sentence(self, text: str) -> None:
        assert sentences(text) == [text]

    def test_initial_does_not_end_sentence(self) -> None:
        text = "Image: Reuters/M. Klimentyev/RIA Novosti/Kremlin"
        assert sentences(text) == [text]

    def test_acronym_at_sentence_end_before_sentence_starter(self) -> None:
        text = "Xi flew to the U.S. The visit lasted two days."
        assert sentences(text) == ["Xi flew to the U.S.", "The visit lasted two days."]

    def test_etc_at_sentence_end(self) -> None:
        text = "They traded oil, gas, grain etc. But the deal failed."
        assert sentences(text) == ["They traded oil, gas, grain etc.", "But the deal failed."]

    def test_no_before_word_ends_sentence(self) -> None:
        assert sentences("He said no. Then he left.") == ["He said no.", "Then he left."]


class TestDecimals:
    def test_decimal_numbers_do_not_split(self) -> None:
        text = "Growth was 95.4 percent and the deal is worth $1.5bn. Talks went on."
        assert sentences(text) == [
            "Growth was 95.4 percent and the deal is worth $1.5bn.",
            "Talks went on.",
        ]

    def test_year_at_sentence_end(self) -> None:
        text = "Trade reached $95 billion in 2014. Beijing wants more."
        assert sentences(text) == ["Trade reached $95 billion in 2014.", "Beijing wants more."]


class TestPunctuation:
    def test_question_and_exclamation_marks(self) -> None:
        text = "Will trade double? Nobody knows! Analysts were cautious."
        assert sentences(text) == ["Will trade double?", "Nobody knows!", "Analysts were cautious."]

    def test_ellipsis_before_capital_ends_sentence(self) -> None:
        assert sentences("He paused... Then he spoke.") == ["He paused...", "Then he spoke."]

    def test_ellipsis_before_lower_case_continues(self) -> None:
        text = "The wait ... is over."
        assert sentences(text) == [text]


class TestQuotes:
    def test_sentence_ending_inside_quotes_splits_after_closing_quote(self) -> None:
        text = 'Cheng said: "Our relationship is significant." He smiled.'
        assert sentences(text) == [
            'Cheng said: "Our relationship is significant."',
            "He smiled.",
        ]

    def test_quoted_statement_with_attribution_is_one_sentence(self) -> None:
        text = '"It is a marriage of convenience," one diplomat said.'
        assert sentences(text) == [text]

    def test_question_inside_quotes_before_lower_case(self) -> None:
        text = '"Is it a deal?" he asked.'
        assert sentences(text) == [text]


class TestLineBreaks:
    def test_blank_line_ends_sentence(self) -> None:
        text = "Energy dominates\n\nthe relationship"
        assert sentences(text) == ["Energy dominates", "the relationship"]

    def test_heading_line_ends_sentence(self) -> None:
        text = "Xi arrives in Moscow\nChinese leader Xi Jinping flew in on Friday."
        assert sentences(text) == [
            "Xi arrives in Moscow",
            "Chinese leader Xi Jinping flew in on Friday.",
        ]

    def test_single_newline_inside_paragraph_is_whitespace(self) -> None:
        text = "Chinese leader Xi Jinping flew into Moscow after a stop in\nKazakhstan on Friday."
        assert sentences(text) == [text]

    def test_hard_wrapped_paragraph_is_one_block(self) -> None:
        text = (
            "Xi is also due to hold talks in the Kremlin with Prime Minister Dmitry\n"
            "Medvedev. The talks will cover gas supplies and a new loan from China to\n"
            "Russia."
        )
        assert sentences(text) == [
            "Xi is also due to hold talks in the Kremlin with Prime Minister Dmitry\nMedvedev.",
            "The talks will cover gas supplies and a new loan from China to\nRussia.",
        ]

    def test_captions_and_bylines_end_sentences(self) -> None:
        text = (
            "Russland Besuch Xi Jinping bei Wladimir Putin\n"
            "Image: Reuters/M. Klimentyev/RIA Novosti/Kremlin\n"
            "Gabriel Domínguez, Srinivas Mazumdaru\n"
            "May 7, 2015"
        )
        assert sentences(text) == text.split("\n")

    def test_wrapped_line_before_lower_case_continues(self) -> None:
        text = "The two countries are expected\nto sign an agreement."
        assert sentences(text) == [text]

    def test_numbered_list_items(self) -> None:
        text = "1. Skip to content\n  2. Skip to main menu\n  3. Skip to more DW sites\n"
        assert sentences(text) == [
            "1. Skip to content",
            "2. Skip to main menu",
            "3. Skip to more DW sites",
        ]

    def test_list_item_after_colon_starts_sentence(self) -> None:
        text = "Deals include:\n- gas supply\n- cyber cooperation"
        assert sentences(text) == ["Deals include:", "- gas supply", "- cyber cooperation"]

    def test_windows_line_endings(self) -> None:
        text = "Title\r\n\r\nFirst sentence. Second one.\r\n"
        assert sentences(text) == ["Title", "First sentence.", "Second one."]


class TestClauseSplits:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "China is Russia's biggest trading partner, but Russia ranks only tenth.",
                ["China is Russia's biggest trading partner", "Russia ranks only tenth."],
            ),
            (
                "Trade reached $95 billion in 2014, and Beijing wants it to climb to "
                "$200 billion by 2020.",
                [
                    "Trade reached $95 billion in 2014",
                    "Beijing wants it to climb to $200 billion by 2020.",
                ],
            ),
            (
                "China has been Russia's largest partner, while Russia ranks only tenth.",
                ["China has been Russia's largest partner", "Russia ranks only tenth."],
            ),
            (
                "Exports rose, whereas imports fell sharply.",
                ["Exports rose", "imports fell sharply."],
            ),
            (
                "Gas exports grew; the oil trade stalled.",
                ["Gas exports grew", "the oil trade stalled."],
            ),
            (  # no verb the guess knows before the semicolon ("let")
                "The flood let 40 cows loose; the farmer said 12 were found.",
                ["The flood let 40 cows loose", "the farmer said 12 were found."],
            ),
            (
                "Moscow signed the deal, although the price was never disclosed.",
                ["Moscow signed the deal", "the price was never disclosed."],
            ),
            (
                "Xi visited Moscow but Putin stayed in Sochi.",
                ["Xi visited Moscow", "Putin stayed in Sochi."],
            ),
            (
                "Brazil was Chile's largest buyer and Chile was Brazil's sixth-largest.",
                ["Brazil was Chile's largest buyer", "Chile was Brazil's sixth-largest."],
            ),
            (
                "The port opened in 2019 and Santos Port Authority will expand it.",
                ["The port opened in 2019", "Santos Port Authority will expand it."],
            ),
            (
                "China has gained ground even as Russia's ties have worsened.",
                ["China has gained ground", "Russia's ties have worsened."],
            ),
            (  # ", and", then a subject of common nouns and its verb
                "Prices rose, and tit-for-tat tariffs have hurt exports.",
                ["Prices rose", "tit-for-tat tariffs have hurt exports."],
            ),
            (  # a bare "and", then a subject of common nouns and a past verb
                "Gold hit a low and oil prices also declined.",
                ["Gold hit a low", "oil prices also declined."],
            ),
            (
                "Yields hit a high and U.S. stocks fell in choppy action.",
                ["Yields hit a high", "U.S. stocks fell in choppy action."],
            ),
            (
                "The dollar rose while oil prices declined.",
                ["The dollar rose", "oil prices declined."],
            ),
            (  # a comma splice, after a contracted verb
                "After all, he's the man behind the deal, he personally brokered the buyout.",
                ["After all, he's the man behind the deal", "he personally brokered the buyout."],
            ),
            (  # ", so" joins a clause with its own negation
                "The sample is not a concern, so no larger study is needed.",
                ["The sample is not a concern", "no larger study is needed."],
            ),
            (  # a weekday before "and" names no party joined to the next name
                "Xi arrived in Moscow on Friday and Putin met him at the airport.",
                ["Xi arrived in Moscow on Friday", "Putin met him at the airport."],
            ),
            (  # "seems" is a verb, and "neither" opens a subject
                "Neither seems to be contagious, and neither illness has been reported here.",
                ["Neither seems to be contagious", "neither illness has been reported here."],
            ),
        ],
    )
    def test_splits_independent_clauses(self, sentence: str, expected: list[str]) -> None:
        assert clauses(sentence) == expected


class TestClauseNonSplits:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Xi will hold talks with Putin and Medvedev.",
            "They will sign documents on energy, aerospace, taxation, finance and investment.",
            "Russia and China are permanent members.",
            "Under a 30-year contract signed during Putin's visit to China in May 2014, "
            "Russia will deliver 38 billion cubic meters of gas a year.",
            "Russia has relaxed its stance on energy deals, Chinese investments, and "
            "high-grade arms sales in order to solicit support.",
            "They want to highlight their victory, but also to buttress their policies.",
            "For instance, although China has stayed neutral, Beijing has reservations.",
            "The deal is cheap, but not for Russia.",
            '"It is a marriage of convenience," one diplomat said.',
            "Xi will visit Moscow but not Minsk.",
            "Putin said Russia and China would sign a deal.",  # two names, one subject
            "Trade rose in 2014 and Chile's exports fell.",  # no verb right after the name
            "Brazil and Chile signed a deal.",
            "When he arrived, he met Putin.",  # a clause hung on the one after the comma
            "These deals don't just pop up, he said according to a transcript.",  # a frame
            "Deals take time, she later told reporters.",
            "Officials said the 162 passengers and crew survived.",  # one word: one subject
            # the verb before the "and" is in another phrase: the "and" joins two subjects
            "He said that, besides the tourists, a museum guard and a bus driver were hurt.",
            "China buys oil and gas fields owned by Gazprom.",  # a participle
            "The mayor said the pumps were sent and that the funds had been set aside.",
        ],
    )
    def test_keeps_clause_whole(self, sentence: str) -> None:
        assert clauses(sentence) == [sentence]


class TestOffsets:
    ARTICLE = (
        "Xi arrives in Moscow\n\n"
        "Chinese leader Xi Jinping flew into Moscow on Friday.  He met Mr. Putin.\n"
        "   Trade reached $95.4 billion, and Beijing wants more.  \n\n"
        '"It is a marriage of convenience," one diplomat said.'
    )

    def test_sentences_round_trip(self) -> None:
        segments = split_sentences(self.ARTICLE)
        assert len(segments) == 5
        assert_well_formed(self.ARTICLE, segments, 0, len(self.ARTICLE))

    def test_clauses_round_trip_within_sentence(self) -> None:
        for sentence in split_sentences(self.ARTICLE):
            segments = split_clauses(self.ARTICLE, sentence)
            assert_well_formed(self.ARTICLE, segments, sentence.start, sentence.end)

    def test_clause_offsets_point_into_original_text(self) -> None:
        (sentence,) = [s for s in split_sentences(self.ARTICLE) if s.text.startswith("Trade")]
        first, second = split_clauses(self.ARTICLE, sentence)
        assert self.ARTICLE[first.start : first.end] == "Trade reached $95.4 billion"
        assert self.ARTICLE[second.start : second.end] == "Beijing wants more."

    @pytest.mark.parametrize("text", ["", "   ", "\n\n\n", " \t\r\n "])
    def test_empty_and_whitespace_only_text(self, text: str) -> None:
        assert split_sentences(text) == []


PIECES = [*"aZ .!?…,;:\"'”’()\n\t-1$", "Mr.", "U.S.", " but ", ", and ", "is", "said", "1. "]
WORDISH = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


class TestProperties:
    @settings(max_examples=300, deadline=None)
    @given(st.one_of(st.text(max_size=300), WORDISH))
    def test_sentences_are_well_formed(self, text: str) -> None:
        assert_well_formed(text, split_sentences(text), 0, len(text))

    @settings(max_examples=300, deadline=None)
    @given(st.one_of(st.text(max_size=300), WORDISH))
    def test_clauses_are_well_formed(self, text: str) -> None:
        for sentence in split_sentences(text):
            segments = split_clauses(text, sentence)
            assert_well_formed(text, segments, sentence.start, sentence.end)


class TestLongTexts:
    PARAGRAPH = (
        "Chinese leader Xi Jinping flew into Moscow on Friday after a stop in Kazakhstan. "
        "Trade between the two countries reached $95.4 billion in 2014, and Beijing wants it "
        'to climb to $200 billion by 2020. "It is a marriage of convenience," one U.S. '
        "diplomat said, but Mr. Putin disagreed.\nAnalysis\n\n"
    )

    @staticmethod
    def split(text: str) -> None:
        for sentence in split_sentences(text):
            split_clauses(text, sentence)

    @pytest.mark.parametrize(
        "unit",
        [PARAGRAPH, ".", " ", "a", "A. ", "word\n"],
        ids=["prose", "dots", "spaces", "one-word", "initials", "lines"],
    )
    def test_long_texts_split_in_linear_work(self, unit: str) -> None:
        assert_linear(self.split, lambda size: repeat(unit, size), 10_000)

    def test_long_whitespace_inside_sentence_clauses_in_linear_work(self) -> None:
        def text(size: int) -> str:
            return "Xi" + " " * (size // 2) + "but" + repeat(" , and", size // 2) + " left."

        assert_linear(self.split, text, 10_000)


def test_a_sentence_without_a_boundary_is_not_tokenised(monkeypatch: pytest.MonkeyPatch) -> None:
    """Marking each word as verb or not is the costly part of splitting, and only a clause
    boundary (", and", "; ", " but ") needs it: most sentences have none."""
    from factcli import sentences

    tokenised: list[str] = []
    words = sentences._words

    def counted(text: str, sentence: Segment) -> list[sentences._Word]:
        tokenised.append(text[sentence.start : sentence.end])
        return words(text, sentence)

    monkeypatch.setattr(sentences, "_words", counted)
    plain = "Xi Jinping arrived in Moscow on Friday for a three-day visit."
    assert [c.text for c in split_clauses(plain, Segment(0, len(plain), plain))] == [plain]
    assert tokenised == []
    joined = "Trade fell 10% in 2015, but the two countries hope to double it by 2020."
    assert [c.text for c in split_clauses(joined, Segment(0, len(joined), joined))] == [
        "Trade fell 10% in 2015",
        "the two countries hope to double it by 2020.",
    ]
    assert tokenised == [joined]


def test_a_case_name_does_not_end_a_sentence() -> None:
    text = "In 1954 the court decided Brown v. Board of Education. It was unanimous."
    assert [s.text for s in split_sentences(text)] == [
        "In 1954 the court decided Brown v. Board of Education.",
        "It was unanimous.",
    ]


def test_a_restrictive_relative_clause_is_checked_apart_from_the_main_verb() -> None:
    text = "A storm that hit Lima at 6:10 p.m. on Friday has left 12 people dead"
    head, main = split_relative(Segment(0, len(text), text))
    assert head.text == "A storm that hit Lima at 6:10 p.m. on Friday"
    assert main.text == "A storm has left 12 people dead"
    assert (main.start, main.end) == (text.index("has left"), len(text))
    plain = "The storm has left 12 people dead"
    assert split_relative(Segment(0, len(plain), plain)) == [Segment(0, len(plain), plain)]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [  # a second predicate of the subject, in the past, is a claim of its own
        ("Western sanctions have hurt the economy and sent the rouble tumbling.",
         ["Western sanctions have hurt the economy",
          "Western sanctions sent the rouble tumbling."]),
        ("Working with Travers, Ramsay took argon as a reference and isolated three more gases.",
         ["Working with Travers, Ramsay took argon as a reference",
          "isolated three more gases."]),
        # not a participle, nor two verbs with nothing after them, nor ", and"
        ("The staff were trained and dedicated to the task.", None),
        ("Trade rose and fell.", None),
        ("Xi visited Moscow, and met Putin on Friday.", None),
    ],
)  # fmt: skip
def test_a_second_predicate_is_checked_apart(text: str, pieces: list[str] | None) -> None:
    found = [piece.text for piece in split_predicates(text, Segment(0, len(text), text))]
    assert found == (pieces or [text])


@pytest.mark.parametrize(
    ("text", "clauses"),
    [  # a place fronted in the second clause ("and in England the party is expected ...")
        ("The party held its three seats in Wales, and in England the League is expected to win"
         " two seats.",
         ["The party held its three seats in Wales",
          "in England the League is expected to win two seats."]),
        ("He lived in Paris, and in London for a year.",
         ["He lived in Paris, and in London for a year."]),  # no clause after the place
    ],
)  # fmt: skip
def test_a_clause_may_open_with_a_place(text: str, clauses: list[str]) -> None:
    assert [c.text for c in split_clauses(text, Segment(0, len(text), text))] == clauses
