"""Words a claim adds that the supporting facts do not settle, though most of it is covered:
a word put in place of the fact's word of kind before the same noun ("a military solution"
against "a political solution", "police uniforms" against "military uniforms"), a word the
store uses only in a denial ("stay silent" against "would not fall silent"), or a noun the
claim speaks of that only another fact uses ("Humana's benefit ratio fell" against "shares
of Humana fell"). Each leaves the claim unverifiable, not supported: the facts' words were
pooled from elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcli.lazy_re import lazy_compile
from factcli.lexicon import STOP_WORDS, stem
from factcli.mood import past_verb
from factcli.parse import ParsedText
from factcli.synonyms import widened
from factcli.values import Word
from factcli.verdict.facts import FactView


def unsettled_word(
    claim: ParsedText,
    missing: Iterable[str],
    best: FactView,
    candidates: Iterable[FactView],
    supporting: Iterable[FactView] = (),
) -> str | None:
    """Why a word the facts lack keeps the claim from being supported, or None."""
    subject = _subject_noun(claim)
    # "Humana's benefit ratio fell" against "shares of Humana fell": another thing's move
    if (
        subject is not None
        and not _says(best, subject.stem)
        and any(_says(view, subject.stem) for view in supporting if view is not best)
    ):
        return f"the store does not say this of the {subject.lower}"
    lacking = set(missing)
    if not lacking:
        return None
    doer = _new_doer(claim)
    if doer is not None and doer.lower in lacking:  # "A groundskeeper found the body"
        return f"the store does not say that a {doer.lower} did this"
    words = claim.words
    for index, word in enumerate(words):
        if word.lower not in lacking:
            continue
        swapped = _swapped_modifier(claim, index, best)
        if swapped is not None:
            noun = words[index + 1].lower
            return f"the claim says '{word.lower} {noun}'; the source says '{swapped} {noun}'"
        complement = _swapped_complement(claim, index, best)
        if complement is not None:  # "dying of cancer" against "dying of kidney disease"
            return complement
        if not claim.negated and any(_denies(view, word.stem) for view in candidates):
            return f"the store uses '{word.lower}' only where it denies something"
    return None


# A name's possessive, then up to three words: "Humana's medical benefit ".
_OWNED = lazy_compile(r"(?:['\u2019]s|s['\u2019])\s+(?:[\w-]+\s+){0,3}$")
_FINITE = frozenset("is are was were has have had will would can could may might".split())


def _subject_noun(claim: ParsedText) -> Word | None:
    """The common noun right before the claim's first verb, in a phrase a possessive
    opens ("Humana's medical benefit ratio fell"): what the claim is said of."""
    words = claim.words
    named = [(m.start, m.end) for m in claim.mentions]
    for index, word in enumerate(words[1:], start=1):
        if not (word.lower in _FINITE or past_verb(word.lower)):
            continue
        noun = words[index - 1]
        if not _OWNED.search(claim.text[: noun.start]):
            return None  # "The two sides signed": a reference, said of whoever it stands for
        if claim.text[noun.end : word.start] != " " or any(s <= noun.start < e for s, e in named):
            return None
        if (
            noun.lower in STOP_WORDS
            or not noun.lower.isalpha()
            or not claim.text[noun.start].islower()
        ):
            return None
        return noun
    return None


def _new_doer(claim: ParsedText) -> Word | None:
    """The noun a claim opens with, after an indefinite article and before its verb ("A
    groundskeeper found the body"): a doer the claim brings in, which a fact that does not
    name it cannot vouch for."""
    if len(claim.words) < 3 or claim.words[0].lower not in ("a", "an"):
        return None
    noun, verb = claim.words[1], claim.words[2].lower
    if not (verb in _FINITE or past_verb(verb)) or noun.lower in STOP_WORDS:
        return None
    return noun if noun.lower.isalpha() and not noun.lower.endswith("ly") else None


_COMPLEMENT_PREPOSITIONS = frozenset({"of", "from", "with"})


def _swapped_complement(claim: ParsedText, index: int, view: FactView) -> str | None:
    """The fact's word after the same word and preposition where the claim puts a word the
    facts lack ("dying of cancer" against "dying of kidney disease"): another thing, put in
    the fact's place."""
    words = claim.words
    if index < 2 or words[index - 1].lower not in _COMPLEMENT_PREPOSITIONS:
        return None
    head, preposition, word = words[index - 2], words[index - 1].lower, words[index]
    if head.lower in STOP_WORDS or not claim.text[word.start].islower():
        return None  # "the war with Lemuria": a name is compared as a name
    stated = view.statement.words
    for first, second, third in zip(stated, stated[1:], stated[2:], strict=False):
        if (
            first.stem == head.stem
            and second.lower == preposition
            and third.lower not in STOP_WORDS
            and third.stem not in widened(frozenset({word.stem}))
        ):
            said = f"{head.lower} {preposition} {word.lower}"
            source = f"{first.lower} {preposition} {third.lower}"
            return f"the claim says '{said}'; the source says '{source}'"
    return None


def _says(view: FactView, word_stem: str) -> bool:
    """Does the fact use the word, or one of its synonyms?"""
    return bool(widened(frozenset({word_stem})) & view.vocabulary)


# A denial's cue and the few words after it: what it denies ("would not fall silent").
_DENIED = lazy_compile(
    r"\b(?:not|never|no|without)\s+(?P<denied>(?:[\w'-]+\s+){0,2}[\w'-]+)|n't\s+"
    r"(?P<after>(?:[\w'-]+\s+){0,2}[\w'-]+)",
    re.IGNORECASE,
)


def _denies(view: FactView, word_stem: str) -> bool:
    """Does the fact deny something with this word, close after its cue?"""
    if not view.fact.negated:
        return False
    for found in _DENIED.finditer(view.statement.text):
        denied = found.group("denied") or found.group("after") or ""
        if word_stem in {stem(w) for w in denied.lower().split()}:
            return True
    return False


# The endings of adjectives that sort a thing into a kind ("political", "military",
# "economic", "civilian"): kinds exclude each other, where a gradable word has synonyms
# a paraphrase uses ("tougher" for "stricter").
_KIND_ENDINGS = ("al", "ary", "ic", "ive", "ian", "ese", "ish", "ory")


def _classifying(word: str) -> bool:
    return word.endswith(_KIND_ENDINGS)


def _inflected(word: str) -> bool:
    """A verb's form ("covering", "shared"): a paraphrase's verb, no modifier put in place."""
    return word.endswith(("ing", "ed"))


def _related(one: str, other: str) -> bool:
    """Two forms of one word ("stronger", "strengthen"; "overland", "land"), not a word
    and its turn by a prefix ("national", "international")."""
    short, long = sorted((one, other), key=len)
    if long.endswith(short) and long[: -len(short)] in _TURNING_PREFIXES:
        return False
    return short in long or one[:_SHARED_PREFIX] == other[:_SHARED_PREFIX]


_TURNING_PREFIXES = frozenset(
    "inter intra extra non anti counter un in im il ir dis multi bi uni sub post pre".split()
)


_SHARED_PREFIX = 5


def _swapped_modifier(claim: ParsedText, index: int, view: FactView) -> str | None:
    """The fact's word before the noun that follows the claim's word at `index`, when the
    claim does not use it: the claim has put its word in that place."""
    words = claim.words
    if index + 1 >= len(words) or claim.text[words[index].end : words[index + 1].start] != " ":
        return None
    noun = words[index + 1]
    if noun.lower in STOP_WORDS or not noun.lower.isalpha():
        return None
    if not claim.text[words[index].start].islower() or any(
        m.start <= words[index].start < m.end for m in claim.mentions
    ):
        return None  # "China's Victory Day parade": a name's word, no word of kind
    if _inflected(words[index].lower):
        return None
    claimed = {w.stem for w in words}
    statement = view.statement
    for first, before, after in zip(
        statement.words, statement.words[1:], statement.words[2:], strict=False
    ):
        if after.stem != noun.stem or statement.text[before.end : after.start] != " ":
            continue
        if first.lower == "to":  # "seeking to strengthen ties": a verb and its object
            continue
        if before.lower in STOP_WORDS or not before.lower.isalpha() or before.stem in claimed:
            continue
        if _inflected(before.lower) or not _classifying(before.lower):
            continue
        if _related(before.lower, words[index].lower) or widened({before.stem}) & widened(
            {words[index].stem}
        ):
            continue  # "informal restrictions" for "unofficial restrictions": one word's
        return before.lower
    return None
