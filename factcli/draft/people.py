"""People's names in an article: the surname a person goes by, the forms of a leader's
title, nicknames, and people addressed by surname ("Mr. Lee")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from factcli.gazetteer import lookup
from factcli.lexicon import NAME_PARTICLES
from factcli.mood import past_verb
from factcli.shorthand import TITLE_ABBREVIATIONS

HONORIFICS = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "Mx", "Mr.", "Mrs.", "Ms.", "Dr."}
    | set(TITLE_ABBREVIATIONS)
    | {f"{short}." for short in TITLE_ABBREVIATIONS}
)
_ADDRESSED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mx)\.?\s+(?P<name>[A-Z][a-z][\w'-]*)\b(?!\s+[A-Z])")


def addressed(text: str, people: Mapping[str, None]) -> list[str]:
    """ "Mr. Lee": a person by surname, when the article gives no fuller name that ends
    with it (then "Mr. Lee" is that person, known by the surname already)."""
    surnames = {person.split()[-1] for person in people} | {surname_of(p, text) for p in people}
    found = dict.fromkeys(  # "Mr Mugabe's critics": Mugabe
        m.group("name").removesuffix("'s") for m in _ADDRESSED.finditer(text)
    )
    return [name for name in found if name not in surnames and lookup(name) is None]


_NICKNAMED = re.compile(
    r"\b(?P<first>[A-Z][a-z]+)\s+[\"\u201c](?P<nick>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)[\"\u201d]"
    r"\s+(?P<last>[A-Z][a-z][\w'-]*)\b"
)


def nicknamed(text: str) -> dict[str, str]:
    """People named with a nickname between given name and surname ('Joko "Jokowi"
    Widodo'): the nickname, and the name without it, which the nickname stands for."""
    return {
        found["nick"]: f"{found['first']} {found['last']}" for found in _NICKNAMED.finditer(text)
    }


def is_initial(word: str) -> bool:
    """ "T.": an initial of a name."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def used_alone(text: str, surname: str) -> bool:
    """Is the surname used alone somewhere: not right after another capitalised word, as
    a part of another name ("Finals" of "ATP Finals" makes no "Davis Cup Finals" a person)?"""
    for found in re.finditer(rf"(?<![\w-]){re.escape(surname)}\b", text):
        before = text[max(0, found.start() - 40) : found.start()]
        previous = re.search(r"([\w'\u2019-]+)\s+$", before)
        if (previous is None or not previous.group(1)[:1].isupper()) and _acts(text, found.end()):
            return True
    return False


_FOLLOWING = re.compile(r"\s*(?:(?P<mark>['\u2019]s\b|[,.;:!?)\"\u201d]|$)|(?P<word>[a-z]+))")
_ACTING = frozenset("is was has had will would could can may said says told and or who".split())


def _acts(text: str, end: int) -> bool:
    """Does a surname used alone act as a person's does: a verb, a possessive or a sign
    after it ("Shammo said", "Lee's"), not a noun it modifies ("Internet business")?"""
    found = _FOLLOWING.match(text, end)
    if found is None:
        return False
    word = found.group("word")
    if word is None:
        return True
    return word in _ACTING or past_verb(word) or (word.endswith("s") and not word.endswith("ss"))


def lettered(word: str) -> bool:
    """Letters, and hyphens between them: "Pierre-Hugues", "Bautista-Agut"."""
    return all(part.isalpha() for part in word.split("-"))


def surname_of(person: str, text: str) -> str:
    """The name a text calls a person by: the last word, or the first when only the first
    is used alone ("Xi" of Xi Jinping, "Cheng" of Cheng Guoping)."""
    words = person.split()
    first, last = words[0], words[-1]
    particle = next((i for i, w in enumerate(words[1:-1], 1) if w in NAME_PARTICLES), None)
    if particle is not None:  # "Osama bin Laden": "bin Laden"; "van de Ven"
        return " ".join(words[particle:])
    if last[:3].lower() in ("al-", "el-") and re.search(
        rf"(?<![\w-]){re.escape(last[3:])}\b", text
    ):
        return last[3:]  # "Omar Hassan al-Bashir", then "Mr. Bashir"
    alone = re.compile(rf"(?<!{re.escape(first)} ){re.escape(last)}\b")
    if alone.search(text) is None and re.search(
        rf"\b{re.escape(first)}\b(?! {re.escape(words[1])})", text
    ):
        return first
    return last


_LEADER_POSTS = ("president", "prime minister", "premier", "chancellor")


def leader_forms(title: str) -> list[str]:
    """The names a head of state or government goes by: "Chinese President" gives "the
    Chinese president" and, for a president, "Chinese leader". ("China's president" is
    left out: "Xi is China's president" would then name Xi twice, whoever the claim names.)"""
    words = title.split()
    if len(words) < 2:
        return []
    entry = lookup(words[0])
    post = " ".join(words[1:]).lower()
    if entry is None or entry.kind != "country" or post not in _LEADER_POSTS:
        return []
    demonym = words[0]
    forms = [f"{demonym} {post}", f"the {demonym} {post}"]
    if post == "president":
        forms += [f"{demonym} leader", f"the {demonym} leader"]
    head = "head of state" if post == "president" else "head of government"
    forms += [f"{demonym} {head}", f"the {demonym} {head}"]
    return forms
