"""The short forms of an organisation's name: its initials ("CFB"), the name without its
legal form ("General Electric"), and its other spelling ("Carnegie Moscow Center")."""

from __future__ import annotations

import re

from factcli.draft.words import LEGAL_FORMS


def spelled_out(words: list[str], short: str) -> str:
    """The longest end of `words` whose initials are `short`: "The U.S. Geological Survey
    (USGS)" spells out "U.S. Geological Survey"."""
    ends = (" ".join(words[i:]) for i in range(len(words)))
    return next((end for end in ends if initials_of(end) == short), "")


def initials_of(name: str) -> str:
    """ "Central Fishing Board": CFB; an abbreviation gives all its letters ("U.S.
    Geological Survey": USGS), and so does a short word in capitals ("US Department of
    Agriculture": USDA). A legal form is left out ("General Electric Co": GE)."""
    return "".join(
        w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}", w) else w[0]
        for w in without_legal_form(name).split()
        if w[:1].isupper()
    )


def without_legal_form(name: str) -> str:
    """The name without a last word of legal form ("General Electric Co": "General
    Electric"), when words are left."""
    words = name.split()
    if len(words) >= 2 and words[-1].lower().rstrip(".") in LEGAL_FORMS:
        return " ".join(words[:-1]).rstrip(",")
    return name


# British and American spellings of words in names: "Carnegie Moscow Centre" is the Center.
_SPELLINGS = {"Center": "Centre", "Organization": "Organisation", "Defense": "Defence",
              "Labor": "Labour", "Program": "Programme"}  # fmt: skip
_SPELLINGS.update({b: a for a, b in list(_SPELLINGS.items())})


def spelling_variants(name: str) -> list[str]:
    """The name with its words in the other spelling, when it has such a word."""
    words = name.split()
    other = [_SPELLINGS.get(w, w) for w in words]
    return [" ".join(other)] if other != words else []
