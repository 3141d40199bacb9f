"""Reporting frames: who is said to state a sentence, and what is stated."""

from __future__ import annotations

import pytest

from factcli.frames import find_frame


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The talks went well, the Interfax news agency reported on Monday.",
         "the Interfax news agency", "The talks went well"),
        ("Exports of grain have doubled, officials said.", "officials",
         "Exports of grain have doubled"),
        ("According to Kyodo, the summit was postponed.", "Kyodo", "the summit was postponed."),
        ("The plant will open in 2030, said Maria Lopez, an analyst at Fitch.",
         "Maria Lopez, an analyst at Fitch", "The plant will open in 2030"),
        ("Jane Doe, the head of the port authority, said traffic had fallen.",
         "Jane Doe, the head of the port authority", "traffic had fallen."),
        ("Economist Lee told Bloomberg that prices would rise.", "Economist Lee",
         "prices would rise."),
        ("Mayor Sato told the Reef Herald that the port would reopen.", "Mayor Sato",
         "the port would reopen."),
        ("Analyst Ann Roe says the deal was signed.", "Analyst Ann Roe", "the deal was signed."),
        ("Lopez said Atlantis wants a new port.", "Lopez", "Atlantis wants a new port."),
        ("Prices rose sharply, state media said in a report published Friday.",
         "state media", "Prices rose sharply"),
        ("The port will reopen in June, Kyodo reported on Monday, citing a ministry "
         "spokesman, Ken Sato.", "Kyodo", "The port will reopen in June"),
        ("Grain exports have doubled, the agency said, quoting customs data.",
         "the agency", "Grain exports have doubled"),
        ("Kyodo quoted Ken Sato as saying the port would reopen in June.", "Ken Sato",
         "the port would reopen in June."),
        # the medium that carried the words belongs to the frame
        ("The port will reopen in June, the mayor Ken Sato said in an interview published "
         "Monday by newspaper Reef Herald.", "the mayor Ken Sato", "The port will reopen in June"),
        ("Grain exports have doubled, the minister told state broadcaster TVA on its website.",
         "the minister", "Grain exports have doubled"),
        # when an opening frame spoke, and a speaker who "had confirmed" it
        ("The ministry said this week the port would reopen in June.", "The ministry",
         "the port would reopen in June."),
        ("Lemuria announced on Monday that the port would reopen.", "Lemuria",
         "the port would reopen."),
        ("The mayor had confirmed he would open the port.", "The mayor", "he would open the port."),
        # a scene before the speaker, an adverb before the verb, a pronoun as the subject
        ("During the talks, Mayor Sato said the port would reopen.", "Mayor Sato",
         "the port would reopen."),
        ("Lemuria has long said it does not want a new port.", "Lemuria",
         "it does not want a new port."),
        # whom it was told to, and the person an outlet quotes
        ("The port will reopen, spokesman Ken Sato told reporters on Monday.", "spokesman Ken Sato",
         "The port will reopen"),
        ("The port will reopen, Sato was quoted as saying by Kyodo.", "Sato",
         "The port will reopen"),
        ("The port will reopen, Kyodo quoted Sato as saying.", "Sato", "The port will reopen"),
        # a frame that cuts its clause after the subject
        ("The port, the ministry said, will reopen in June.", "the ministry",
         "The port will reopen in June."),
        # a frame set off by commas in the middle of its content
        ("The port will reopen in June, the ministry announced Monday, with a new quay, Kyodo "
         "reports.", "Kyodo", "The port will reopen in June, the ministry announced Monday, "
         "with a new quay"),
        ("The port will reopen in June, the ministry announced Monday, with a new quay.",
         "the ministry", "The port will reopen in June, with a new quay."),
        # an account, as "according to": "by the commission's own count"
        ("By the commission's own count, exports have doubled since 1990.", "the commission",
         "exports have doubled since 1990."),
        ("By Kyodo's tally, 40 people were killed.", "Kyodo", "40 people were killed."),
        # a stray comma before the closing verb
        ('"The port will reopen," harbour chief Ken Sato, said.', "harbour chief Ken Sato",
         '"The port will reopen'),
    ],
)  # fmt: skip
def test_a_frame_gives_its_speaker_and_its_content(text: str, speaker: str, content: str) -> None:
    frame = find_frame(text)
    assert frame is not None
    assert frame.speaker(text) == speaker
    assert frame.content(text) == content


@pytest.mark.parametrize(
    "text",
    [
        "Russia reported a 30 percent drop in exports.",  # an object, not a clause
        "Lopez reported a drop in exports.",
        "The minister met reporters in Paris.",
        "Trade stood at $95 billion in 2014.",
        "Putin attended a parade in Beijing, the Chinese capital.",
        "Lemuria, Atlantis and Mu, the three founders, met in Kumari.",
        # an object, not a clause, before the comma
        "At the summit, Ortiz also confirmed his attendance at the fair, which opens in May.",
        "Although no firm claimed the contract, the port reopened in May.",
        "Nobody reported the leak before the storm hit the coast.",
        # a clause with its own verb before "show": a noun, no reporting verb
        "Freedonia celebrated its national day with a show of military might.",
    ],
)
def test_a_sentence_without_a_frame_has_none(text: str) -> None:
    assert find_frame(text) is None


def test_a_speaker_with_a_description_of_several_parts_opens_a_frame() -> None:
    text = (
        "Rosa Vidal, a postdoctoral fellow at the Kumari Institute for Oceanography and "
        "another co-author, said the maps had not been checked."
    )
    frame = find_frame(text)
    assert frame is not None
    assert frame.content(text) == "the maps had not been checked."


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Ortiz may attend the Kumari fair \u2014 envoy", "envoy",
         "Ortiz may attend the Kumari fair"),
        ("Lemuria will cut tariffs - Finance Ministry", "Finance Ministry",
         "Lemuria will cut tariffs"),
        ("Grain exports have doubled \u2013 state media", "state media",
         "Grain exports have doubled"),
    ],
)  # fmt: skip
def test_a_headline_names_its_speaker_after_a_dash(text: str, speaker: str, content: str) -> None:
    frame = find_frame(text)
    assert frame is not None
    assert (frame.speaker(text), frame.content(text)) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz arrived in Kumari on Friday \u2014 a first for Lemuria",  # a remark, no speaker
        "Ortiz arrived in Kumari \u2014 and left",
        "Prices \u2014 officials",  # no clause before the dash
    ],
)
def test_a_dash_before_a_remark_is_no_frame(text: str) -> None:
    assert find_frame(text) is None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('"Came down to a few points," Ben Ortiz said after his loss.', "Ben Ortiz",
         '"Came down to a few points'),
        ('"I almost died there," Ana Diaz said jokingly.', "Ana Diaz", '"I almost died there'),
        ('"I almost died there," Ana Diaz said, jokingly.', "Ana Diaz", '"I almost died there'),
        ('"The boom is over," analyst Ravi Menon said of the years of cheap credit.',
         "analyst Ravi Menon", '"The boom is over'),
    ],
)  # fmt: skip
def test_a_quote_closed_by_its_speaker(text: str, speaker: str, content: str) -> None:
    frame = find_frame(text)
    assert frame is not None
    assert (frame.speaker(text), frame.content(text)) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Xi met Putin in Moscow reported Reuters.", "Reuters", "Xi met Putin in Moscow"),
        (
            "Russia will deliver gas to China reported The Guardian",
            "The Guardian",
            "Russia will deliver gas to China",
        ),
    ],
)
def test_a_closing_frame_with_its_verb_first_and_no_comma(
    text: str, speaker: str, content: str
) -> None:
    frame = find_frame(text)
    assert frame is not None
    assert (frame.speaker(text), frame.content(text)) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "China reported a trade surplus",
        "Xi met Putin, as state media reported the talks",
    ],
)
def test_no_bare_inverted_frame_without_a_name_after_the_verb(text: str) -> None:
    assert find_frame(text) is None


def test_a_weekday_after_the_verb_is_when_not_who() -> None:
    text = "they plan to sign in May, Deputy Prime Minister Dmitry Rogozin said Tuesday"
    frame = find_frame(text)
    assert frame is not None
    assert frame.speaker(text) == "Deputy Prime Minister Dmitry Rogozin"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Biswas: trade to double by 2020", "Biswas", "trade to double by 2020"),
        ("IHS economist: western-route gas deal possible", "IHS economist",
         "western-route gas deal possible"),
        ("biswas (IHS): trade w/ russia to double", "biswas (IHS)", "trade w/ russia to double"),
        # a speaker with the employer and a long post before the name
        ("IHS chief Asia economist Rajiv Biswas: trade to double", "IHS chief Asia economist "
         "Rajiv Biswas", "trade to double"),
    ],
)  # fmt: skip
def test_a_speaker_before_a_colon(text: str, speaker: str, content: str) -> None:
    frame = find_frame(text)
    assert frame is not None
    assert frame.named_only
    assert (frame.speaker(text), frame.content(text)) == (speaker, content)


@pytest.mark.parametrize(
    "text", ["Xi's itinerary is this: Kazakhstan, Russia, Belarus", "Trade: up"]
)
def test_no_colon_frame_for_a_clause_or_no_content(text: str) -> None:
    assert find_frame(text) is None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "It was Ana Ruiz who said Mu will open an embassy.",
            "Ana Ruiz",
            "Mu will open an embassy.",
        ),
        (
            "Ana Ruiz is the one who said Mu will open an embassy.",
            "Ana Ruiz",
            "Mu will open an embassy.",
        ),
    ],
)
def test_a_cleft_stresses_who_said_it(text: str, speaker: str, content: str) -> None:
    frame = find_frame(text)
    assert frame is not None
    assert (frame.speaker(text), frame.content(text)) == (speaker, content)
