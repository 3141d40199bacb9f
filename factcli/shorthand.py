"""Shorthand people type in a hurry ("trade w/ russia", "prob.", "govt", "prez"), read as the
words it stands for, so that every later step sees ordinary words. The table is data: a new
abbreviation is one line."""

import re

from factcli.lazy_re import lazy_compile

# Titles as news agencies shorten them before a name: "Gov. Mark Dayton", "Sen. Ron Latz".
TITLE_ABBREVIATIONS = {
    "Gov": "governor", "Sen": "senator", "Rep": "representative", "Sgt": "sergeant",
    "Lt": "lieutenant", "Capt": "captain", "Col": "colonel", "Gen": "general",
    "Supt": "superintendent", "Asst": "assistant", "Dep": "deputy",
}  # fmt: skip
# Each shorthand and what it stands for. Units, scales and months have their own readers
# ("yrs", "bn", "Sept"); posts and bodies are aliases of the gazetteer ("FM", "IHS").
SHORTHAND: dict[str, str] = {
    "w/": "with",
    "w/o": "without",
    "b/c": "because",
    "prob.": "probably",
    "approx.": "approximately",
    "est.": "estimated",
    "govt": "government",
    "gov't": "government",
    "prez": "president",
    "pres.": "president",
    "intl": "international",
    "int'l": "international",
    "dept": "department",
    "thru": "through",
    "anniv": "anniversary",
    "anniv.": "anniversary",
    "vs.": "versus",
    "vs": "versus",
    "r": "are",
    "&": "and",
    "n": "and",  # "moscow n beijing"
    # the shorthand of results reports: "q2 revenue", "eps beat", "down 20% ytd"
    "q1": "first quarter",
    "q2": "second quarter",
    "q3": "third quarter",
    "q4": "fourth quarter",
    "h1": "first half",
    "h2": "second half",
    "ytd": "year to date",
    "yoy": "year on year",
    "y/y": "year on year",
    "eps": "earnings per share",
    **{f"{short.lower()}.": title for short, title in TITLE_ABBREVIATIONS.items()},
}
_SHORTHAND = lazy_compile(
    r"(?<![\w/'.])(?:"
    + "|".join(sorted((k.replace(".", r"\.") for k in SHORTHAND), key=len, reverse=True))
    + r")(?![\w/'])",
    re.IGNORECASE,
)


# A question tag after a statement ("..., right?", "..., isn't it?"): the statement is the
# claim.
_TAG_QUESTION = lazy_compile(
    r",?\s+(?:right|correct|true|yes|no|ok|isn'?t\s+it|is\s+that\s+right|am\s+i\s+right|"
    r"(?:is|was|are|were|did|does|do|will|has|have)n'?t\s+(?:it|he|she|they|there))\s*\?+\s*$",
    re.IGNORECASE,
)


def expand_shorthand(text: str) -> str:
    """The text with each shorthand spelt out ("trade w/ russia" -> "trade with russia"),
    and a question tag dropped ("..., right?")."""
    if text.rstrip().endswith("?"):
        text = _TAG_QUESTION.sub(".", text)
    tokens = {token.strip(',;:!?()"') for token in text.lower().split()}
    if tokens.isdisjoint(SHORTHAND):  # most texts hold none
        return text
    return _SHORTHAND.sub(lambda m: _spelt(m.group(0)), text)


def _spelt(found: str) -> str:
    return SHORTHAND[found.lower()]
