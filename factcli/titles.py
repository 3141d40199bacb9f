"""Capitalised titles in a run of names: "Transportation Secretary Anthony Foxx" is a post
and a person; "Transportation Secretary" alone is a post; "King Abdullah University" is a
body's name, whatever word opens it."""

from typing import NamedTuple

from factcli.lexicon import BODY_ENDINGS, POST_HEADS

# Last words of places and institutions named for a person: "King Abdullah University".
_PLACE_ENDINGS = frozenset(
    "university college school hospital center centre museum court airport street stadium"
    " park hall square bridge road avenue prize award cup".split()
)
# The head words of offices that also end a capitalised title alone ("Transportation
# Secretary"); not those that end names too ("Michelle King", "Premier League").
_OFFICE_HEADS = frozenset(
    "president minister chancellor chairman chairwoman secretary director spokesman"
    " spokeswoman spokesperson governor mayor senator ambassador envoy commander chief".split()
)


class TitleRead(NamedTuple):
    """How a capitalised run opens: `cut` characters of title before a person's name, or
    the whole run an office (`office`)."""

    cut: int
    office: bool


def read_title(run: str) -> TitleRead:
    """The title a capitalised run opens with ("Treasury Secretary " of "Treasury Secretary
    Jack Lew"), or whether the run is an office on its own ("Transportation Secretary")."""
    parts = run.split(" ")
    last = parts[-1].lower()
    if last in BODY_ENDINGS | _PLACE_ENDINGS:
        return TitleRead(0, False)
    if len(parts) > 1 and last in _OFFICE_HEADS:
        return TitleRead(0, True)
    heads = [i for i, w in enumerate(parts[:-1]) if w[:1].isupper() and w.lower() in POST_HEADS]
    return TitleRead(len(" ".join(parts[: heads[-1] + 1])) + 1 if heads else 0, False)
