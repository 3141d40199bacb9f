"""Negation cues and polar words: what a text denies, and the words that take one side of
an opposition ("plunged" against "boosted"), read in their phrase ("the end of the year" is
a time, "less than" a bound, "lasts" a duration's verb).
"""

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from factcli.lazy_re import lazy_compile
from factcli.lexicon import NEGATION_PHRASES, NEGATION_WORDS, NOT_NEGATION_PHRASES, stem
from factcli.mood import main_clause, past_verb
from factcli.opposites import polar_stems
from factcli.synonyms import idiom_words
from factcli.values import Word


class PolarWord(NamedTuple):
    """A word on one side of an opposition ("plunge" against "boost")."""

    word: str
    group: int
    side: int
    start: int = -1  # offset in the text; -1 when not known


_NEGATION_PHRASE = lazy_compile(
    r"\b(?:" + "|".join(re.escape(p) for p in NEGATION_PHRASES) + r")\b"
)
_NOT_NEGATION = lazy_compile(
    r"\b(?:" + "|".join(re.escape(p) for p in NOT_NEGATION_PHRASES) + r")\b"
)
_NEGATION_WORD = lazy_compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(NEGATION_WORDS)) + r"|\w+n't)(?![\w-])"
)


# A circumstance that opens the sentence with a subject of its own ("With inflation
# climbing, ...", "With ties on the rise, ..."): its opposite words are not the claim's.
_CIRCUMSTANCE = lazy_compile(r"^\s*with\s+[^,;:]{2,80},", re.IGNORECASE)

# A clause that says what went on at the time since which the text counts ("the first
# time since 2012, when the economy was still struggling to recover"): the state of things
# then, not what the text states (a "when" clause of the event itself states it: "in May,
# when a multibillion-dollar deal was signed").
_THEN = lazy_compile(
    r"\bsince\s+(?:(?:the\s+)?[\w-]+\s+){0,2}?(?:(?:1[89]|20)\d\d|year|month|week|decade|"
    r"time|period|era|days)\s*,\s+when\b[^.;]*",
    re.IGNORECASE,
)

# The first word of every cue: the passes below only ever find a cue that starts with one
# of these as a whole word (they blank out whole phrases, never part of a word), or "n't".
_TOKEN = lazy_compile(r"\w+")
_NEGATION_STARTS = frozenset(_TOKEN.findall(cue)[0] for cue in (*NEGATION_WORDS, *NEGATION_PHRASES))
_NUMBER_SIGN = lazy_compile(r"\bno\.\s*(?=\d)")
# "without" denies an action ("without meeting", "without any", "without much rest") and
# what one is left without ("customers were without power"), not a thing's presence.
_WITHOUT_THING = lazy_compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bare )(?<!\bbeen )(?<!\bleft )(?<!\bwent )"
    r"\bwithout\b(?!\s+(?:any|much|many|enough|\w+ing)\b)"
)
# "a pragmatic partnership, not a romance": a contrast that sets a description aside, at the
# end of a clause, denies nothing the clause states.
_CONTRAST = lazy_compile(
    r",\s*not\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}[\w'-]+(?=\s*[,.;:!?\"]|\s*$)"
)

# "ties have never been closer", "never been better": the most ever, no denial.
_NEVER_BEEN_MORE = lazy_compile(r"\bnever\s+been\s+(?:\w+er|better|more|so\s+\w+)\b")

# An infinitive of purpose with "deny" ("a save to deny the header"): what the act is for.
_TO_DENY = lazy_compile(r"\b(\w+)(\s+to\s+)deny\b")
_DENYING_VERBS = frozenset({"refuse", "refused", "refuses", "decline", "declined", "declines"})

_FALL_TO = lazy_compile(
    r"\bdeclin(?:e|es|ed|ing)\s+to\s+(?=(?:about\s+|some\s+)?[$\u20ac\u00a3\u00a5]?\d)"
)

# "(would neither) confirm nor deny", "(refused to) confirm or deny": the other answer
# withheld alike, no second denial.
_OR_DENY = lazy_compile(r"\b(?:or|nor)\s+deny\b")

# "was not the conference but the closing of a deal": the denial is of what the clause sets
# aside, and the clause states the rest ("not only ... but also" states both).
_NOT_BUT = lazy_compile(r"\bnot\s+(?:[\w'-]+\s+){1,6}?but\b")

# A clause that opens the sentence and concedes or sets the scene before the main one
# ("Although no group claimed it, the attack raised fears"): its negation is its own.
_LEADING_CLAUSE = lazy_compile(
    r"^\s*(?:although|though|even\s+though|while|whereas|because|since|if|unless|when)\b"
    r"[^,;:]{3,120},"
)


# A clause hung on the main one by a comma: its negation does not deny the main clause
# ("signed a pact, saying they will not attack each other").
def _purpose_kept(match: re.Match[str]) -> str:
    """ "a save to deny": the infinitive of purpose without its "deny"; "refused to deny"
    keeps both its cues."""
    if match.group(1) in _DENYING_VERBS:
        return match.group(0)
    return match.group(1) + match.group(2)


def negations(lower: str) -> list[str]:
    """The negation cues of a text's main clause, phrases first ("no longer" is one cue,
    not "no"); a clause hung on it by a comma keeps its negations to itself."""
    if "n't" not in lower.replace("\u2019", "'") and _NEGATION_STARTS.isdisjoint(
        _TOKEN.findall(lower)
    ):
        return []  # no cue can start anywhere (~95% of sentences): five passes spared
    lower = _LEADING_CLAUSE.sub(" ", main_clause(lower))
    if " that " in lower or " which " in lower:
        lower = _RELATIVE_CLAUSE.sub(" ", lower)  # "a malfunction that it did not specify"
    lower = _NOT_NEGATION.sub(" ", lower.replace("\u2019", "'"))
    lower = _NUMBER_SIGN.sub(" ", lower)  # "world no. 1": a place in an order, no denial
    lower = _WITHOUT_THING.sub(" ", lower)  # "hard without the events": no denial
    lower = _CONTRAST.sub(" ", lower)
    if "never been" in lower:
        lower = _NEVER_BEEN_MORE.sub(" ", lower)
    if " to den" in lower:  # "made a save to deny Shaw's header": to keep out, no denial
        lower = _TO_DENY.sub(_purpose_kept, lower)
    if " but " in lower:
        lower = _NOT_BUT.sub(" ", lower)
    if "or deny" in lower:  # "refused to confirm or deny": one refusal of either answer
        lower = _OR_DENY.sub(" ", lower)
    if "declin" in lower:  # "declining to 375.8 million tons": a fall, not a refusal
        lower = _FALL_TO.sub(" ", lower)
    cues = _cues(lower)
    if cues and len(cues) % 2 == 0 and " and " in lower:
        # "neon didn't give the ideal colour and posed no threat": two denials joined by
        # "and" do not cancel as "did not deny" does; the first denying part speaks
        odd = next((c for c in map(_cues, lower.split(" and ")) if len(c) % 2), None)
        return odd or cues
    return cues


# A relative clause on a noun whose verb lacks its object ("after a malfunction that the
# agency did not specify."): what it denies is said of the noun, not of the main clause.
# "said that ..." is no such clause, nor a clause whose verb has its object ("at the time
# that neon didn't produce the ideal color"), nor the content of a noun that states
# something ("the principle that states should not interfere").
_RELATIVE_CLAUSE = lazy_compile(
    r"\b(?:a|an|the|its|their)\s+(?!(?:principle|fact|idea|view|belief|notion|claim|"
    r"assurance|promise|pledge|hope|fear|news|report|warning|statement|assumption|"
    r"expectation|condition|understanding|agreement|commitment|guarantee|rule|position)s?\b)"
    r"[a-z-]+\s+(?:that|which)\s+(?:[a-z'-]+\s+){1,4}?"
    r"(?:did|does|do|would|could|will|has|have|had|was|were|is|are)(?:\s+not|n't)\s+[a-z]+"
    r"(?=\s*(?:[,;.]|$))"
)


def _cues(lower: str) -> list[str]:
    found = _NEGATION_PHRASE.findall(lower)
    rest = _NEGATION_PHRASE.sub(" ", lower)
    return found + _NEGATION_WORD.findall(rest)


_TIME_PHRASE = lazy_compile(
    r"\s+of\s+(?:the\s+|this\s+|next\s+|last\s+|that\s+)?(?:year|month|week|decade|quarter|"
    r"century|day|season|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|\d{4})\b"
    # a point of a trip: "the start of a three-day visit" (not of a war: its start and its
    # end are two events)
    r"|\s+of\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|stay)\b",
    re.IGNORECASE,
)
_TIME_PHRASE_HEADS = frozenset({"end", "start", "beginning", "middle", "close", "turn"})


_PERIOD_AFTER = lazy_compile(
    r"\s+(?:year|month|week|decade|quarter|season|night|weekend|summer|winter|spring|autumn|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['\u2019]s)?\b",
    re.IGNORECASE,
)


def _in_time_phrase(text: str, word: Word) -> bool:
    """ "by the end of the year": a point in time, not an ending the fact could oppose;
    "last year's tax cuts": the year before, not the opposite of "first"."""
    if word.lower == "last" and _PERIOD_AFTER.match(text, word.end) is not None:
        return True
    return word.lower in _TIME_PHRASE_HEADS and _TIME_PHRASE.match(text, word.end) is not None


_SIDE_TAKING = lazy_compile(r"(?:pro|anti)-[a-z]")


_MATERIAL = lazy_compile(
    r"\b(?:economic|financial|military|material|technical|political|greater|more)\s+$",
    re.IGNORECASE,
)


def _material_support(text: str, word: Word) -> bool:
    """ "greater economic support": aid a side receives, not a side taken in a dispute."""
    return word.lower in ("support", "backing") and (
        _MATERIAL.search(text, max(0, word.start - 20), word.start) is not None
    )


_LASTING = lazy_compile(r"\b(?:will|would|to|may|might|could|should|must)\s+$", re.IGNORECASE)


_THAN = lazy_compile(r"\s+than\b", re.IGNORECASE)


# A count right before "more" or "fewer": "thousands more", "151 more buildings".
_COUNT_BEFORE = lazy_compile(
    r"(?:\d[\d,.]*|\b(?:dozens|hundreds|thousands|millions|billions|several|many|few|"
    r"some|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty|hundred|"
    r"thousand|million|billion))\s+$",
    re.IGNORECASE,
)


_AT_BEFORE = lazy_compile(r"\bat\s+$", re.IGNORECASE)
# An amount right before "less than" or "more than": by how much ("2.2 billion bushels less
# than the projection"), a fall or a rise, not a bound.
_DIFFERENCE_BEFORE = lazy_compile(r"\d[\d,.]*\s*(?:[a-z%]+\s+){0,2}$", re.IGNORECASE)


def _comparing(text: str, word: Word) -> bool:
    """ "less than $100 billion", "at least 272": a bound on an amount, not a fall or a
    smallest share; "thousands more injured", "2,000 more officers": a count of further
    ones, not a rise. "2.2 billion bushels less than the projection" is a fall by so much."""
    if word.lower in ("least", "most"):  # "at least 272 people": a bound
        return _AT_BEFORE.search(text, max(0, word.start - 4), word.start) is not None
    if word.lower not in ("less", "more", "fewer"):
        return False
    if _THAN.match(text, word.end) is not None:  # a bound, unless an amount is the difference
        return _DIFFERENCE_BEFORE.search(text, max(0, word.start - 40), word.start) is None
    return _COUNT_BEFORE.search(text, max(0, word.start - 20), word.start) is not None


_PLACED = lazy_compile(
    r"\b(?:lies|lie|lying|lay|located|situated|sits|sit|sat|stands|stood|based|built|lives|"
    r"lived|live)\s+$",
    re.IGNORECASE,
)
_TO = lazy_compile(r"\s+to\b", re.IGNORECASE)


# "closed its border", "closing the plant": shutting, not closeness between sides.
_SHUTTING = frozenset({"closed", "closes", "closing"})


# "close to two decades", "close to 200 people": about so many.
_ABOUT_AMOUNT = lazy_compile(
    r"\s+to\s+(?:\$|€|£)?(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|hundred|half|a\s+dozen|dozens|hundreds|thousands)\b)",
    re.IGNORECASE,
)


def _placed_near(text: str, word: Word) -> bool:
    """ "lies close to the parliament": where a thing is, not how close two sides are;
    "close to two decades": about so many; "closed its border": shut, not close."""
    if word.lower in _SHUTTING:
        return True
    if word.lower not in ("close", "closer") or _TO.match(text, word.end) is None:
        return False
    return (
        _ABOUT_AMOUNT.match(text, word.end) is not None
        or _PLACED.search(text, max(0, word.start - 12), word.start) is not None
    )


def _lasting(text: str, word: Word) -> bool:
    """ "The visit lasts two days", "will last": the verb of a duration, not "last" as
    the opposite of "first"."""
    if word.lower in ("lasts", "lasted", "lasting"):
        return True
    return word.lower == "last" and _LASTING.search(text, 0, word.start) is not None


_NEXT_WORD = lazy_compile(r"\s+([a-z]+)", re.IGNORECASE)
# What "first" or "last" may place in a trip: its order, which the decision reads from the
# stops the facts give, not an opposite of "the first visit in 14 years".
TRIP_PARTS = frozenset({"stop", "leg", "destination", "stopover"})
TRIP_ENDS = frozenset({"first", "last", "final", "opening"})


# "final" as a noun, the match of a contest: after a contest's word ("the Uefa Cup final"),
# or after an article with nothing it qualifies ("after the final", "in the final of"); no
# opposite of "first" then.
_CONTESTS = frozenset({"cup", "league", "european", "world", "championship", "semi"})
_AFTER_A_NOUN = frozenset(
    {"of", "in", "at", "against", "on", "and", "was", "is", "that", "with", "between", "to"}
)


def _a_contest_final(text: str, word: Word) -> bool:
    """ "the 1972 Uefa Cup final", "after the final": a match, not the last of a series."""
    if word.lower not in ("final", "finals"):
        return False
    before = text[: word.start].lower().split()[-1:]
    if before and before[0] in _CONTESTS:
        return True  # "the Uefa Cup final"
    following = _NEXT_WORD.match(text, word.end)
    alone = following is None or following.group(1).lower() in _AFTER_A_NOUN
    return bool(before) and before[0] in ("the", "a", "this", "that") and alone


def _trip_end(text: str, word: Word) -> bool:
    """ "Belarus is the last stop": the order of a trip, not the opposite of "first"."""
    if word.lower not in TRIP_ENDS:
        return False
    following = _NEXT_WORD.match(text, word.end)
    return following is not None and following.group(1).lower() in TRIP_PARTS


def _most_recently(text: str, word: Word) -> bool:
    """ "Belarus last hosted a Chinese president 14 years ago": "last" before a past verb
    says when it most recently happened, not the opposite of "first"."""
    if word.lower != "last":
        return False
    following = _NEXT_WORD.match(text, word.end)
    return following is not None and past_verb(following.group(1).lower())


# Bare forms that name a rank or a place, not the verb their stem shares: "the top
# diplomat", "on top of" against "topped estimates".
_NOT_THE_VERB = frozenset({"top"})
# "held its three seats", "held on to power": what a side keeps; "held talks", "will hold a
# vote": an event, no keeping.
_OWN_AFTER = lazy_compile(r"\s+(?:on\s+to\s+|onto\s+)?(?:its|his|her|their|our)\b", re.I)


def _held_no_possession(text: str, word: Word) -> bool:
    """Is "hold" not followed by what the holder keeps ("held talks")?"""
    return word.stem == "hold" and _OWN_AFTER.match(text, word.end) is None


# "missing" before a noun ("the missing people", "missing persons") says who cannot be
# found, not that someone skipped something ("missing the summit").
_DETERMINER_AFTER = lazy_compile(r"\s+(?:the|a|an|his|her|its|their|our|this|that)\b", re.I)


def _attributive(text: str, word: Word) -> bool:
    """ "the large number of missing people": an adjective, not the verb of skipping."""
    if word.lower != "missing":
        return False
    following = _NEXT_WORD.match(text, word.end)
    return following is not None and _DETERMINER_AFTER.match(text, word.end) is None


def _polar_words(words: Iterable[Word]) -> list[PolarWord]:
    """The polar words; "pro-Russian" and "anti-Western" take a side, as "backed" does."""
    table = _polar_table()
    return [
        PolarWord(word.lower, group, side, word.start)
        for word in words
        for group, side in table.get(_polar_key(word), ())
    ]


def _polar_key(word: Word) -> str:
    """The stem a word is looked up by in the polar table."""
    return stem("sided") if _SIDE_TAKING.match(word.lower) else word.stem


@lru_cache(maxsize=1)
def _polar_table() -> dict[str, tuple[tuple[int, int], ...]]:
    """Each polar stem with the (group, side) pairs it stands on."""
    table: dict[str, list[tuple[int, int]]] = {}
    for group, sides in enumerate(polar_stems()):
        for side, members in enumerate(sides):
            for member in members:
                table.setdefault(member, []).append((group, side))
    return {member: tuple(places) for member, places in table.items()}


# A clause that allows every outcome ("However the standoff ends,", "Whatever the final
# outcome,"): its words take no side.
_WHATEVER = lazy_compile(r"\s*(?:however|whatever|whichever)\s+[^,;]{1,80},", re.IGNORECASE)


def polar_words(text: str, words: Iterable[Word], names: list[tuple[int, int]]) -> list[PolarWord]:
    """The polar words of a text, outside its names (but "pro-Russian" takes a side) and
    outside phrases where they take none."""
    polar = _polar_table()
    idioms = idiom_words(text)
    spans = [(start, end) for start, end, _ in idioms]
    circumstance = _CIRCUMSTANCE.match(text) if text.lstrip()[:5].lower() == "with " else None
    if circumstance is not None:  # "With inflation climbing, the ruble fell": another subject
        spans.append(circumstance.span())
    if ", when " in text:  # "since 2012, when the economy was struggling to recover"
        spans += [m.span() for m in _THEN.finditer(text)]
    if text.lstrip()[:4].lower() in ("howe", "what", "whic"):
        whatever = _WHATEVER.match(text)  # "However the standoff ends, ...": any outcome
        spans += [whatever.span()] if whatever is not None else []
    found = _polar_words(
        w
        for w in words
        if _polar_key(w) in polar  # first: most words are not polar at all
        and (outside(w.start, w.end, names) or _SIDE_TAKING.match(w.lower))
        and outside(w.start, w.end, spans)  # an idiom's words say its one word
        and not _in_time_phrase(text, w)
        and not _material_support(text, w)
        and not _lasting(text, w)
        and not _most_recently(text, w)
        and not _trip_end(text, w)
        and not _a_contest_final(text, w)
        and not _comparing(text, w)
        and not _placed_near(text, w)
        and w.lower not in _NOT_THE_VERB
        and not _held_no_possession(text, w)
        and not _attributive(text, w)
    )
    found += _compass_words(text, words, names)
    for start, end, said in idioms:  # "takes no sides" stands where "neutral" would
        surface = text[start:end].lower()
        found += [
            PolarWord(surface, group, side, start) for group, side in polar.get(stem(said), ())
        ]
    return found


def outside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Does the span [start, end) overlap none of `spans`?"""
    return all(end <= s or start >= e for s, e in spans)


# "western Sudan", "eastern Ukraine": "western" before a place says where in it (as "east
# of" does); before anything else it names a bloc or a route ("Western sanctions", "the
# western route") and opposes nothing. ("northern" and "southern" are polar anywhere.)
_COMPASS = {"eastern": "east", "western": "west"}
# Every compass word, as a text says where something lies of a place ("east of Moscow").
COMPASS_WORDS = frozenset("east west north south eastern western northern southern".split())
_SPACE = lazy_compile(r"\s+(?:the\s+)?")


def _compass_words(
    text: str, words: Iterable[Word], names: list[tuple[int, int]]
) -> list[PolarWord]:
    """The compass adjectives of a text that place something in the name after them."""
    starts = {start for start, _ in names}
    found = []
    for word in words:
        said = _COMPASS.get(word.lower)
        if said is None or not outside(word.start, word.end, names):
            continue
        gap = _SPACE.match(text, word.end)
        if gap is not None and gap.end() in starts:
            table = _polar_table()
            found += [PolarWord(word.lower, g, side, word.start) for g, side in table[stem(said)]]
    return found
