"""Words a claim adds that the supporting facts do not settle, though most of it is covered:
a word put in place of the fact's own before the same noun ("a military solution" against
"a political solution"), or a word the store uses only in a denial ("stay silent" against
"would not fall silent"). Either leaves the claim unverifiable, not supported.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcli.lexicon import STOP_WORDS
from factcli.parse import ParsedText
from factcli.verdict.facts import FactView


def unsettled_word(
    claim: ParsedText, missing: Iterable[str], best: FactView, candidates: Iterable[FactView]
) -> str | None:
    """Why a word the facts lack keeps the claim from being supported, or None."""
    lacking = set(missing)
    if not lacking:
        return None
    words = claim.words
    for index, word in enumerate(words):
        if word.lower not in lacking:
            continue
        swapped = _swapped_modifier(claim, index, best)
        if swapped is not None:
            noun = words[index + 1].lower
            return f"the claim says '{word.lower} {noun}'; the source says '{swapped} {noun}'"
        denial = next(
            (v for v in candidates if v.fact.negated and word.stem in v.vocabulary), None
        )
        if denial is not None:
            return f"the store uses '{word.lower}' only where it denies something"
    return None


def _swapped_modifier(claim: ParsedText, index: int, view: FactView) -> str | None:
    """The fact's word before the noun that follows the claim's word at `index`, when the
    claim does not use it: the claim has put its word in that place."""
    words = claim.words
    if index + 1 >= len(words) or claim.text[words[index].end : words[index + 1].start] != " ":
        return None
    noun = words[index + 1]
    if noun.lower in STOP_WORDS or not noun.lower.isalpha():
        return None
    claimed = {w.stem for w in words}
    statement = view.statement
    for before, after in zip(statement.words, statement.words[1:], strict=False):
        if after.stem != noun.stem or statement.text[before.end : after.start] != " ":
            continue
        if before.lower in STOP_WORDS or not before.lower.isalpha() or before.stem in claimed:
            continue
        return before.lower
    return None
