"""Read how a text states its content: as done, as planned or expected, or unmarked.

"Putin attended the parade", "the deal has been signed" state an event as done; "will
attend", "is expected to sign", "plans to", "could" state it as a plan or an expectation.
A claim that states as done what the source only expects cannot be confirmed by it.
"""

import re
from enum import Enum
from typing import NamedTuple

from factcli.lazy_re import lazy_compile


class Mood(str, Enum):
    """How a text states its content."""

    DONE = "done"  # past or perfect tense, "already"
    PLANNED = "planned"  # future, plan, aim, expectation, possibility
    UNMARKED = "unmarked"  # present tense and the like: no claim either way


class MoodReading(NamedTuple):
    """The mood of a text and the words that show it ("will", "has been signed")."""

    mood: Mood
    cue: str = ""


_WORD = lazy_compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
# Words that state an event as planned, expected or possible, wherever they stand.
_PLAN_WORDS = frozenset(
    """
    will would shall could might 'll going expect expects expected expecting expectation
    expectations plan plans planned planning aim aims aimed aiming target targets targeting
    goal goals hope hopes hoped hoping intend intends intended intending intention want wants
    wanted seek seeks sought seeking set due poised slated scheduled upcoming forthcoming
    proposed potential possible possibly prospective prospect prospects likely probably
    envisaged envisioned envisage anticipated anticipate anticipates agenda pledged pledge
    pledges promised promise promises committed commit commits agreed agree agrees
    determined resolved vowed vow vows keen eager
    commitment commitments
    """.split()
)
# Phrases that give an outcome as in prospect: "on track to win", "a contender for".
PROSPECTS = (" on track to ", " on course to ", " in line to ", " contender to ",
             " contenders to ", " contender for ", " contenders for ", " tipped to ",
             " favourite to ", " favourites to ", " favorite to ", " favorites to ",
             " in the running ")  # fmt: skip
# Requests: what is asked, called or pushed for is sought, not done ("asked for a 30 per cent
# raise", "calling for talks"). Each says "planned" only before "for".
_PLAN_BEFORE_FOR = frozenset(
    "ask asks asked asking call calls called calling push pushes pushed pushing press "
    "presses pressed pressing".split()
)
# What still has to be done is not done ("has yet to be approved", "needs to be signed"):
# these before "to" and one of DEEDS_TO_COME.
OBLIGED = frozenset({"has", "have", "need", "needs", "yet"})
DEEDS_TO_COME = frozenset({"be", "get", "win", "pass", "approve", "sign"})
# Of these, the ones that after "as" comment on a deed ("as expected", "as planned"),
# which the verb states as it will.
_COMMENT_WORDS = frozenset("expected planned scheduled promised pledged hoped anticipated".split())
# Of these, the ones that say "planned" only after a form of "be" ("is due to start", "are
# planning a visit", or "planning to").
_AFTER_BE_ONLY = frozenset({"due", "planning"})
# Of these, the ones that say "planned" only before "to" or "for" ("sought to", "set to",
# "due to start", "plans to"), not as ordinary past verbs ("it sought support", "set a
# record") nor as a thing ("an Internet plan in a bundle").
_PLAN_BEFORE_TO = frozenset(
    "plan plans going set due seek seeks sought seeking agreed agree agrees committed commit "
    "commits pledged pledge pledges promised promise promises want wants wanted hope hopes hoped "
    "hoping intend intends intended intending poised determined resolved vowed vow vows keen "
    "eager commitment commitments".split()
)
# Of these, the ones that before "at" say "planned" only of a deed ("aimed at doubling
# trade"); "a pact aimed at the US" is pointed at a target, not planned.
_AIM_WORDS = frozenset("aim aims aimed aiming target targets targeted targeting".split())
# Of these, the ones that say "planned" also with an object before "to" or a participle:
# "wanted trade to reach $200bn", "wants trade with Russia more than doubled".
_PLAN_OBJECT_TO = frozenset("want wants wanted intend intends intended".split())
_OBJECT_WORDS = 5  # words of that object, and of how much
# Past forms of a commitment: "they agreed to", "has pledged to" state the commitment as
# made (done); "are committed to" is a state of mind, a plan.
_COMMITMENTS = frozenset("agreed pledged promised vowed committed".split())
# Plan words that after "has" or "have" are a perfect verb: "has formally proposed the cut"
# states the proposal as made; "the proposed cut" is a plan.
_PERFECT_ACTS = frozenset({"proposed"})
# The words that give a text's mood: read as its modality, never as its content.
MOOD_WORDS = _PLAN_WORDS | frozenset({"already", "ago"})
_MONTH_CONTEXT = frozenset(
    "in on of early late mid since until till by from to before after during last next this "
    "each every".split()
)
_HAVE = frozenset("has have had 've".split())
_BE = frozenset("is are was were be 's".split())
_BE_PAST = frozenset("was were".split())
_GOT = frozenset({"got", "gotten"})
_ADVERBS = frozenset(
    "already also just now recently finally since then indeed reportedly successfully "
    "officially formally jointly not never".split()
)
_IRREGULAR_PAST = frozenset(
    """
    said told went made took gave became began saw grew rose fell held met paid sold sent left
    led won built spent kept brought thought found came put cut hit stood bought drew flew
    knew wrote ran struck fought lost meant felt heard signed inked sealed shrank sank slid
    swung spun sprang shot rang broke chose froze spoke stole wore tore bore got
    beat swept overcame lit shone dealt fed fled forgave hid hung laid lent let
    mistook quit rode sat shook sought slept taught threw understood withdrew woke
    """.split()
)
_IRREGULAR_PARTICIPLES = frozenset(
    """
    been done gone made taken given seen grown risen fallen held met paid sold sent left led
    won built spent kept brought thought found come put cut hit stood bought drawn flown known
    written run struck fought lost meant felt heard begun become shown beaten swept overcome
    """.split()
)
# Words before which an -ed word is no finite verb: "the planned visit", "to be signed".
_NOT_FINITE_AFTER = frozenset(
    "to the a an its their his her our my your this that these those be being is are am "
    "will would could should may might can must of in on at for with by from as and or "
    "very more most less highly newly".split()
)
_NOT_PAST = frozenset(
    "need needed hundred speed seed bed red bred shed united advanced based related "
    "interested concerned limited detailed".split()
)
_DONE_WORDS = frozenset({"already", "ago"})
# Events a past "was" says took place: "the visit was part of his tour", "the talks were".
_EVENT_NOUNS = frozenset(
    "visit visits trip tour talks meeting meetings summit parade ceremony signing".split()
)


# A clause hung on the main one by a comma ("signed a pact, saying they will not attack
# each other"): its tense and its negations are its own.
_SUBORDINATE = lazy_compile(
    r",\s+(?:saying|adding|noting|stressing|insisting|promising|pledging|vowing|which|who|"
    r"where|when|because|although|though|whereas|while|as|since|until|so\s+that)\b"
    # a relative clause with no comma: "a visit to Russia where he will attend ..."
    r"|(?<=\w)\s+(?:where|whereby)\b",
    re.IGNORECASE,
)


def main_clause(text: str) -> str:
    """The text up to a clause hung on it by a comma."""
    if "," not in text and "where" not in text.lower():  # what _SUBORDINATE needs
        return text
    found = _SUBORDINATE.search(text)
    return text[: found.start()] if found else text


def read_mood(text: str) -> MoodReading:
    """The mood of a text's main clause. A plan word anywhere in it makes it planned ("the
    deal signed in 2014 will see gas flow"); otherwise a past or perfect verb, or
    "already", makes it done."""
    main = main_clause(text)
    words = _WORD.findall(main)
    lowers = [w.lower() for w in words]
    spaced = f" {' '.join(lowers)} "
    prospect = next((p for p in PROSPECTS if p in spaced), None)
    if prospect is not None:  # "a strong contender to win a seat": not won yet
        return MoodReading(Mood.PLANNED, prospect.strip())
    for i, (word, lower) in enumerate(zip(words, lowers, strict=True)):
        following = lowers[i + 1] if i + 1 < len(lowers) else ""
        if lower in _PLAN_BEFORE_FOR and following == "for":
            return MoodReading(Mood.PLANNED, word)
        if lower in OBLIGED and following == "to" and _deed_to_come(lowers, i + 2):
            return MoodReading(Mood.PLANNED, f"{word} to")  # "still has to be approved"
        if lower not in _PLAN_WORDS:
            continue
        if (lowers[i - 1] if i else "") == "as" and lower in _COMMENT_WORDS:
            continue  # "went to the parade, just as expected": a comment, the deed is done
        after_be = (lowers[i - 1] if i else "") in _BE | _BE_PAST
        if lower in _AFTER_BE_ONLY and not after_be and (lower, following) != ("planning", "to"):
            continue  # "fell due to sanctions", "a professor of planning": no plan
        wanted_for = lower in _PLAN_OBJECT_TO and any(
            w == "to" or w.endswith("ed") for w in lowers[i + 2 : i + 2 + _OBJECT_WORDS]
        )
        if lower in _PLAN_BEFORE_TO and following not in ("to", "for", "on") and not wanted_for:
            continue  # but "wanted trade to hit $200bn" is a plan for its object
        if lower in _AIM_WORDS and following == "at" and not _deed_after(lowers, i + 2):
            continue
        previous = lowers[i - 1] if i else ""
        if lower in _PERFECT_ACTS and _after_have(lowers, i):
            return MoodReading(Mood.DONE, f"{_after_have(lowers, i)} {lower}")
        if lower in _COMMITMENTS and previous not in _BE and previous not in _BE_PAST:
            # "have agreed to raise trade": the agreement is done, whatever it plans
            said = f"{previous} {lower}" if previous in _HAVE else lower
            return MoodReading(Mood.DONE, said)
        return MoodReading(Mood.PLANNED, word)
    for i, lower in enumerate(lowers):
        if lower == "may" and words[i] == "may" and _modal_may(lowers, i):
            return MoodReading(Mood.PLANNED, "may")
    done = _done_cue(words, lowers)
    if done:
        return MoodReading(Mood.DONE, done)
    if lowers[:1] == ["did"]:  # "Did Putin attend the parade?" asks whether it was done
        return MoodReading(Mood.DONE, "did")
    return MoodReading(Mood.UNMARKED)


def _deed_to_come(lowers: list[str], index: int) -> bool:
    """Is the word at `index` one of DEEDS_TO_COME?"""
    return index < len(lowers) and lowers[index] in DEEDS_TO_COME


def _deed_after(lowers: list[str], index: int) -> bool:
    """Does a deed ("doubling", "curbing") follow, over at most one article?"""
    words = lowers[index : index + 2]
    if words[:1] and words[0] in ("a", "an", "the"):
        words = words[1:]
    return bool(words) and words[0].endswith("ing")


def _after_have(lowers: list[str], index: int) -> str:
    """The form of "have" before the word, over adverbs ("has already formally"), or ""."""
    before = index - 1
    while before >= 0 and lowers[before] in _ADVERBS:
        before -= 1
    return lowers[before] if before >= 0 and lowers[before] in _HAVE else ""


_WH_WORDS = frozenset("how what when where which who whom whose why".split())
# What follows a question word in a question ("how many", "what is", "when did"), not in a
# headline that states how something happened ("How Xi won over Putin") or a clause that
# says how far ("shows how far the two have drifted"); with a question mark, any word.
_QUESTION_FOLLOWERS = frozenset(
    "much many is are was were do does did will would can could has have had should".split()
)


def asks(text: str) -> bool:
    """Is the text a question for a value or a name ("how many S-400 units is China
    buying?"), which states nothing to check? A yes-no question ("Is Moscow afraid of losing
    clout?") states its content and is checked as a claim."""
    lowers = [w.lower() for w in _WORD.findall(text)[:2]]
    if not lowers or lowers[0] not in _WH_WORDS:
        return False
    return text.rstrip().endswith("?") or (len(lowers) > 1 and lowers[1] in _QUESTION_FOLLOWERS)


def _modal_may(lowers: list[str], index: int) -> bool:
    """ "may" as a modal ("they may sign"), not the month ("in may 2014")."""
    previous = lowers[index - 1] if index else ""
    following = lowers[index + 1] if index + 1 < len(lowers) else ""
    return previous not in _MONTH_CONTEXT and not following.isdigit()


_DETERMINERS = frozenset(
    "the a an this that these those its their his her our your my each every any some".split()
)
_RELATIVE_FOLLOWERS = frozenset(
    "in on at by during last this under with from since earlier ago back".split()
)


def _reduced_relative(words: list[str], lowers: list[str], index: int) -> bool:
    """ "the contract signed last year foresees ...": a participle after a common noun and
    before a time or agent phrase modifies the noun; it is not the main verb."""
    if index == 0 or index + 1 >= len(words):
        return False
    noun = words[index - 1]
    if not (noun.islower() and lowers[index + 1] in _RELATIVE_FOLLOWERS):
        return False
    # "the contract signed ...": a noun phrase with a determiner; "trade revived in 2016"
    # has none and is a main verb
    return any(lower in _DETERMINERS for lower in lowers[max(0, index - 4) : index - 1])


def _done_cue(words: list[str], lowers: list[str]) -> str:
    """The words that state an event as done, or ""."""
    for i, lower in enumerate(lowers):
        if lower in _DONE_WORDS:
            return lower
        if lower in _HAVE or lower in _BE_PAST or lower in _GOT:  # "got signed": passive
            participle = _next_participle(lowers, i + 1)
            if participle:
                return " ".join(lowers[i : lowers.index(participle, i + 1) + 1])
        previous = lowers[i - 1] if i else ""
        if lower in _BE_PAST and _event_before(lowers, i):  # "the visit ... was part of a tour"
            return lower
        if previous in _NOT_FINITE_AFTER or previous in _HAVE or previous in _BE_PAST:
            continue
        if _reduced_relative(words, lowers, i):
            continue
        if lower in _IRREGULAR_PAST or _regular_past(lower):
            return lower
    return ""


def _event_before(lowers: list[str], index: int) -> bool:
    """Is the subject before "was" an event ("Xi's Moscow visit from May 8-10 was")?"""
    for lower in reversed(lowers[max(0, index - _EVENT_REACH) : index]):
        if lower in _EVENT_NOUNS:
            return True
        if lower in _BE | _BE_PAST | _HAVE or past_verb(lower):
            return False
    return False


_EVENT_REACH = 6  # words from an event noun to its "was": "visit to Moscow in May was"


def _next_participle(lowers: list[str], start: int) -> str:
    """The participle after an auxiliary, skipping adverbs and "been": "has already been
    signed" gives "signed"."""
    for lower in lowers[start : start + 4]:
        if lower in _ADVERBS or lower == "been":
            continue
        if lower in _IRREGULAR_PARTICIPLES or lower in _IRREGULAR_PAST or _regular_past(lower):
            return lower
        return ""
    return ""


def _regular_past(word: str) -> bool:
    return len(word) >= 5 and word.endswith("ed") and word not in _NOT_PAST


def past_verb(word: str) -> bool:
    """A word in a past form: "signed", "held", "began"."""
    return word in _IRREGULAR_PAST or _regular_past(word)
