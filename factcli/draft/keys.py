"""The keys and topics of a drafted fact: what a claim must mention for the fact to be
about it (its names, its head words, a denial's word, a contest's sides), and the words it
shares with no other fact."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from factcli.contests import CONTEST_KEY, LOSER, WINNER
from factcli.draft import slots
from factcli.draft.records import DraftFact
from factcli.lexicon import STOP_WORDS, flow_stems
from factcli.parse import ParsedText

ID_WORD = re.compile(r"[a-z0-9]+")  # a word of a key, and of a fact's id
NEGATED_SPLIT = 2  # a denial with two topic words or more has them split in two


def fact_keys(parsed: ParsedText, words: list[str], terms: list[str]) -> tuple[str, ...]:
    """What a claim must mention for the fact to apply: one of its topic words and, when
    it counts or measures something, what it counts ("people", "gross domestic product").
    A term of the alias table counts as one word, so that its aliases meet it ("GDP")."""
    measured = slots.measured_words(parsed, words)
    # "al-Qaeda-linked": a claim may say "linked to al-Qaeda"; its parts are topic words too.
    pieces = [p for w in words if "-" in w for p in _compound_parts(w) if p not in words]
    words = words + list(dict.fromkeys(pieces))
    lower = parsed.text.lower()
    for term in (t for t in terms if t.lower() in lower):
        parts = set(term.lower().split())
        words = [w for w in words if w not in parts] + [term]
        if parts & set(measured):
            measured = [w for w in measured if w not in parts] + [term]
    if parsed.negated:
        words = _without_cues(words)
    groups = ["|".join(words)]
    denied = _denied_words(parsed.text, words) if parsed.negated else []
    verbs = [w for w in words if w in parsed.negations] if parsed.negated else []
    if verbs and _DENIAL.search(parsed.text) is None:
        # A verb that denies ("the request was denied", "refused to sign"): it says what is
        # denied itself, and a claim about the denial uses it (or a synonym).
        groups.append("|".join(verbs))
    elif len(denied) >= NEGATED_SPLIT:
        # A denial conflicts with every claim it applies to: it applies only to a claim
        # that shares words with what it denies (not with an apposition after it: "not
        # opening any new 365 stores, a smaller version of the main brand"): the words
        # right after its cue ("had not been programmed explicitly", "without sacrificing
        # the details"), and the rest.
        head = _denied_head(parsed.text, denied)
        rest = [w for w in denied if w not in head]
        if head and rest:
            groups = ["|".join(rest), "|".join(head)]
        else:
            half = (len(denied) + 1) // 2
            groups = ["|".join(denied[:half]), "|".join(denied[half:])]
    return tuple(groups) + (("|".join(measured),) if measured else ())


def flow_key(parsed: ParsedText, entities: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """A fact that says who supplies whom applies to a claim about that flow: its verbs
    ("relied"), so that "Russia's energy exports fell" is not set against "Russia has
    relied on China", where Russia receives."""
    if not {"supplier", "recipient"} & {role for _, role in entities}:
        return ()
    out, into = flow_stems()
    verbs = [w.lower for w in parsed.words if w.stem in out | into]
    return ("|".join(dict.fromkeys(verbs)),) if verbs else ()


_DENIAL = re.compile(
    r"\b(?:no|not|never|none|nobody|nothing|neither|nor|without)\b|n't\b", re.IGNORECASE
)
_SET_OFF_AFTER = re.compile(r",\s+(?:a|an|the|which|who)\s")


def _denied_words(text: str, words: list[str]) -> list[str]:
    """The topic words up to the end of the denial: an apposition or relative clause set
    off by a comma after the negation describes, it does not deny. All of them when that
    leaves fewer than two."""
    negation = _DENIAL.search(text)
    after = _SET_OFF_AFTER.search(text, negation.end()) if negation else None
    if after is None:
        return words
    head = set(ID_WORD.findall(text[: after.start()].lower()))
    kept = [w for w in words if set(ID_WORD.findall(w)) <= head]
    return kept if len(kept) >= NEGATED_SPLIT else words


def _without_cues(words: list[str]) -> list[str]:
    """The topic words less the denial's own cues ("nothing" of "We have nothing to fear"):
    a cue says that something is denied, not what."""
    kept = [w for w in words if not _DENIAL.fullmatch(w)]
    return kept or words


DENIED_HEAD_WORDS = 1


def _denied_head(text: str, words: list[str]) -> list[str]:
    """The first topic word after the denial's cue: what is denied ("not drop a single
    set": "drop", not the intensifier after it)."""
    negation = _DENIAL.search(text)
    if negation is None:
        return []
    after = ID_WORD.findall(text[negation.end() :].lower())
    return [w for w in words if w in after[: DENIED_HEAD_WORDS + 3]][:DENIED_HEAD_WORDS]


def contest_words(parsed: ParsedText) -> list[str]:
    """A clause that says who beat whom is about a result, however it words it: its keys
    take the word whose synonyms are every verb and noun of winning and losing."""
    sides = {role.side for role in parsed.roles}
    return [CONTEST_KEY] if sides & {WINNER, LOSER} else []


def _compound_parts(word: str) -> list[str]:
    """The parts of a hyphenated word that carry meaning: "linked" and "al-qaeda" of
    "al-qaeda-linked", "resource" and "rich" of "resource-rich"."""
    pieces = word.split("-")
    found = [p for p in pieces if len(p) > 2 and p not in STOP_WORDS]
    for first, second in pairwise(pieces):
        if len(first) <= 2:  # "al-qaeda": a particle and its name
            found.append(f"{first}-{second}")
    return [p for p in found if p != word]


def with_topics(fact: DraftFact, words: list[str], counts: Counter[str]) -> DraftFact:
    common = sorted((w for w in set(words) if counts[w] > 1), key=lambda w: (-counts[w], w))
    return replace(fact, topics=tuple(common[:3]))
