"""Who does something to whom: "ZeniMax accuses Oculus and Facebook", "Oculus was sued by
ZeniMax", "ZeniMax, which accuses Oculus", read from word order around one verb.

One reading for claims and facts alike, so that a claim that swaps the doer and the one it
is done to ("Oculus accuses ZeniMax") can be told from the fact. Verbs whose two sides can
swap without changing what is said ("met", "signed with", "traded") are left out.
"""

from typing import NamedTuple

from factcli.frames import REPORTING_VERBS
from factcli.lexicon import STOP_WORDS
from factcli.mood import past_verb
from factcli.values import Mention, Word

_ACTOR_KINDS = frozenset({"person", "organization", "country", "group", "unknown", "city"})
_JOINS = frozenset({"and", ","})
_BETWEEN_SUBJECT_AND_VERB = frozenset(
    """has have had will would could can may might did does do also then later reportedly
    allegedly still now which who that""".split()
)
_AUXILIARIES = frozenset("will would could can may might did does do".split())
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_BEFORE_OBJECT = frozenset({"the", "a", "an", "its", "his", "her", "their", "rival"})
# Verbs whose two sides may swap with the same meaning: "Xi met Putin" is "Putin met Xi".
_SYMMETRIC = frozenset(
    """meet met meets meeting talk talks talked negotiate negotiates negotiated sign signs
    signed agree agrees agreed trade trades traded ally allied partner partners partnered
    cooperate cooperates cooperated compete competes competed clash clashes clashed tie ties
    tied merge merges merged marry married draw drew drawn face faces faced play plays
    played join joins joined resemble resembles resembled""".split()
)
_MAX_GAP = 2  # words between the doer and the verb, and between the verb and the other


class Action(NamedTuple):
    """One verb with the names on each side: who does it, and to whom."""

    verb: str  # the verb's stem
    said: str  # the verb as written: "accuses"
    doers: frozenset[str]
    undergoers: frozenset[str]


def read_actions(words: tuple[Word, ...], mentions: tuple[Mention, ...]) -> tuple[Action, ...]:
    """Each "A (and B) VERB C (and D)" of the text, the passive "C was VERBed by A" too."""
    actors = [m for m in mentions if m.kind in _ACTOR_KINDS and not m.adjective]
    if len(actors) < 2:
        return ()
    found = []
    for index, group in enumerate(groups := _groups(words, actors)):
        verb, passive = _verb_after(words, group[-1].end, plural=len(group) > 1)
        if verb is None or index + 1 >= len(groups):
            continue
        after = groups[index + 1]
        gap = [w for w in words if verb.end <= w.start and w.end <= after[0].start]
        if passive:
            if not gap or gap[0].lower != "by" or len(gap) > _MAX_GAP:
                continue  # "C was sued in A": no doer named
            doers, undergoers = after, group
        else:
            if len(gap) > _MAX_GAP or any(w.lower not in _BEFORE_OBJECT for w in gap):
                continue
            doers, undergoers = group, after
        found.append(
            Action(
                verb.stem,
                verb.lower,
                frozenset(m.name for m in doers),
                frozenset(m.name for m in undergoers),
            )
        )
    return tuple(found)


def _groups(words: tuple[Word, ...], actors: list[Mention]) -> list[list[Mention]]:
    """Names joined by "and" or commas alone, as one side: "Oculus and Facebook"."""
    groups: list[list[Mention]] = []
    for actor in actors:
        if groups:
            between = [w.lower for w in words if groups[-1][-1].end <= w.start < actor.start]
            if between and set(between) <= _JOINS | {"the"}:
                groups[-1].append(actor)
                continue
        groups.append([actor])
    return groups


def _verb_after(words: tuple[Word, ...], end: int, *, plural: bool) -> tuple[Word | None, bool]:
    """The verb right after a name, past auxiliaries and adverbs, and whether it is passive.
    After several names or an auxiliary, a verb has its bare form ("A and B accuse C")."""
    passive = False
    bare = plural
    for word in [w for w in words if w.start >= end][: _MAX_GAP + 2]:
        if word.lower in _BE:
            passive = True
            continue
        if word.lower in _BETWEEN_SUBJECT_AND_VERB or word.lower.endswith("ly"):
            bare = bare or word.lower in _AUXILIARIES
            continue
        if (
            word.lower in STOP_WORDS
            or word.lower in _SYMMETRIC
            or word.lower in REPORTING_VERBS  # "Putin said China ...": what is said
            or not word.lower.isalpha()
        ):
            return None, False
        if passive:
            return (
                (word, True) if _finite(word.lower) or word.lower.endswith("en") else (None, False)
            )
        return (word, False) if bare or _finite(word.lower) else (None, False)
    return None, False


def _finite(word: str) -> bool:
    """A verb's finite form, guessed from its ending: "accuses", "sued", "beat"."""
    return (
        past_verb(word) or word.endswith("ed") or (word.endswith("s") and not word.endswith("ss"))
    )
