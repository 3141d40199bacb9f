"""Two predicates of one subject: "Xi arrived in Moscow on Friday and was met at the airport
by Medvedev" says two things of Xi, each checked on its own, the second with the subject
of the first ("Xi was met at the airport by Medvedev").

Plain string work, no pattern: the check path compiles next to none (see test_startup)."""

from typing import NamedTuple

from factcli.mood import past_verb

_AUXILIARIES = frozenset("is are was were has have had".split())
_MAX_SUBJECT_WORDS = 6  # words before the first verb that may be its subject
# Words that open another clause, whose "and" is its own: "said that ...", "because ...".
_EMBEDDING = frozenset(
    "that who which whom whose because when while if although though as since after before"
    " said says told".split()
)
# Words that follow a verb, not an adjective: objects, particles, prepositions.
_AFTER_VERB = frozenset(
    "the a an his her its their our my this that these those him them it us me up down out off"
    " home back away to in on at by for with from into over about as".split()
)
_PUNCTUATION = ".,;:!?\"'()[]"


class _Word(NamedTuple):
    start: int
    end: int
    text: str


def predicates(clause: str) -> list[str]:
    """The clause as one statement per predicate: the clause alone, or the part before
    "and" and its subject with the predicate after "and" (a past verb, or "was", "has"
    and the like). A subject is the words before the first verb, with no comma."""
    words = _words(clause)
    first = next((i for i, w in enumerate(words) if _finite(w.text)), None)
    if first is None or not 0 < first <= _MAX_SUBJECT_WORDS:
        return [clause]
    verb = words[first]
    if "," in clause[: verb.start]:
        return [clause]
    for index in range(first + 1, len(words) - 1):
        if words[index].text != "and":
            continue
        if {w.text.lower() for w in words[first:index]} & _EMBEDDING:
            return [clause]  # "testified that Roof stood ... and said": the other clause's
        after = words[index + 1]
        if not _finite(after.text) or not _verb_phrase(words, index + 1):
            continue
        subject_end = verb.start
        if verb.text in _AUXILIARIES and after.text not in _AUXILIARIES:
            subject_end = verb.end  # "was elected in 2010 and re-elected": "X was"
        subject = clause[:subject_end].strip()
        before = clause[: words[index].start].rstrip(" ,")
        return [before, f"{subject} {clause[after.start :]}"]
    return [clause]


def _words(text: str) -> list[_Word]:
    """The words of a text with their places, punctuation stripped."""
    found = []
    at = 0
    for token in text.split():
        start = text.find(token, at)
        at = start + len(token)
        word = token.strip(_PUNCTUATION)
        if word:
            offset = start + token.find(word)
            found.append(_Word(offset, offset + len(word), word))
    return found


def _verb_phrase(words: list[_Word], index: int) -> bool:
    """Does a verb phrase start here ("was met", "rushed home", "reached $95bn"), not an
    adjective before its noun ("unprotected steel")?"""
    if words[index].text in _AUXILIARIES or index + 1 >= len(words):
        return True
    following = words[index + 1].text.lower()
    return following in _AFTER_VERB or not following.isalpha()


def _finite(word: str) -> bool:
    """A word that reads as a finite verb in lower case: "was", "has", "arrived", "met"."""
    return word.islower() and (word in _AUXILIARIES or past_verb(word))
