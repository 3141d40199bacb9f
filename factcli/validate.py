"""Store validation beyond loading: every quote must stand verbatim in its source text."""

from __future__ import annotations

from pathlib import Path

from factcli.errors import StoreProblem
from factcli.lazy_re import lazy_compile
from factcli.model import Store

_TYPOGRAPHIC = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_SPACE = lazy_compile(r"\s+")


def quote_form(text: str) -> str:
    """Text as quotes are compared: typographic quotes and dashes plain, whitespace folded."""
    return _SPACE.sub(" ", text.translate(_TYPOGRAPHIC)).strip()


def quote_problems(store: Store, source_text: str, source_path: str) -> list[StoreProblem]:
    """A problem for each fact whose quote is not in the source text."""
    haystack = quote_form(source_text)
    return [
        StoreProblem(
            fact.location.path,
            f"quote does not appear verbatim in {source_path}",
            fact.location.line,
            fact.id,
            "quote",
        )
        for fact in store.facts
        if quote_form(fact.quote) not in haystack
    ]


def read_source_text(path: Path) -> str:
    """The source document's text, decoded leniently: a stray byte must not hide the rest.
    Its lines are bounded as every input's are (inputs.MAX_LINE_BYTES)."""
    from factcli.inputs import read_text

    return read_text(str(path), lambda _: None)


# A caption's credit line, glued to the caption as web pages print it: "...last yearImage:
# AFP/Getty Images/G. Baker". The words are labels, so they are matched capitalised only.
_PHOTO_CREDIT = lazy_compile(r"(?:Image|Photo|Picture|Photograph|Credit)s?: *\S|\u00a9")


def credit_problems(store: Store) -> list[StoreProblem]:
    """A problem for each quote that carries a photo credit: the credit is not the
    source's words, and a claim must not be checked against it."""
    return [
        StoreProblem(
            fact.location.path,
            f"quote contains a photo credit ({fact.quote[match.start() :]!r}): end the "
            "quote before it",
            fact.location.line,
            fact.id,
            "quote",
        )
        for fact in store.facts
        if (match := _PHOTO_CREDIT.search(fact.quote))
    ]
