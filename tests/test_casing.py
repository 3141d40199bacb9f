"""What capitals say: title-case headlines and shouting carry no news about names."""

from __future__ import annotations

import pytest

from factcli.casing import in_title_case, is_headline, is_shouting


@pytest.mark.parametrize(
    "text",
    [
        "Putin To Attend Beijing Military Parade In September",  # a capitalised small word
        "China and Russia Compete in Central Asia",  # small words in lower case, no full stop
        "Putin Looks East as West Threatens Isolation",
    ],
)
def test_title_case_headlines(text: str) -> None:
    assert is_headline(text)


@pytest.mark.parametrize(
    "text",
    [
        "Xi met Putin in Moscow.",  # a sentence
        "China and Russia Compete in Central Asia.",  # a full stop: names may be capitalised
        "Vladimir Putin Xi Jinping Moscow",  # nothing in lower case
        "Xi Jinping in Moscow",  # too few words to tell
    ],
)
def test_not_headlines(text: str) -> None:
    assert not is_headline(text)


def test_shouting() -> None:
    assert is_shouting("PUTIN WILL ATTEND THE PARADE")
    assert not is_shouting("Putin will attend the IMF meeting")


def test_title_case_keeps_the_offsets() -> None:
    lowered = "andrew small says ties are warming, écrit le monde"
    cased = in_title_case(lowered)
    assert cased == "Andrew Small Says Ties Are Warming, écrit Le Monde"
    assert len(cased) == len(lowered)
