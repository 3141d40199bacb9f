"""Shapes of a claim that say more than one statement, each checked on its own: the clause
before an infinitive of purpose, a trip's further stops listed, a subject's apposition, what
held at a time given (", when ..."); and shapes that stress one statement: a tag question
("..., didn't he?") and a cleft ("It was X who ...")."""

import re

from factcli.lazy_re import lazy_compile
from factcli.lexicon import POST_HEADS

# "Xi will visit Moscow on May 9 | to attend the parade": the clause before an infinitive of
# purpose states its own event, with its own values.
_PURPOSE = lazy_compile(
    r"\s+(?:in\s+order\s+)?to\s+(?!(?:the|a|an|its|their|his|her|our|my|your|this|these|"
    r"those|be|have|date|day|now)\b)[a-z]+\b"
)
_MIN_LEAD_WORDS = 3


def purpose_lead(text: str) -> str | None:
    """The clause before the first infinitive of purpose ("he will visit Moscow on May 9"
    of "... to join the celebrations"), or None when the text has none."""
    found = _PURPOSE.search(text)
    if found is None:
        return None
    lead = text[: found.start()].strip(" ,")
    return lead if len(lead.split()) >= _MIN_LEAD_WORDS else None


# --- a time and what held then ----------------------------------------------------------

# "... in 2014, when Russia was China's largest partner": the clause after the time states
# what held then, a statement of its own.
_THEN_WHEN = lazy_compile(
    r"\b(?P<time>(?:in|on|during|by)\s+(?:(?:early|late|mid)\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}),\s+when\s+(?P<rest>\w.*)$"
)


def split_time_and_when(text: str) -> tuple[str, str] | None:
    """The statement up to its time and the statement of what held then ("Trade hit $95
    billion in 2014, when Russia was China's largest partner": "In 2014, Russia was
    China's largest partner"), or None when the text has no such clause."""
    if ", when " not in text:
        return None  # most texts: the pattern is never compiled
    found = _THEN_WHEN.search(text)
    if found is None:
        return None
    time = found.group("time")
    return text[: found.end("time")].strip(), f"{time[0].upper()}{time[1:]}, {found.group('rest')}"


# --- "it was X who ..." ------------------------------------------------------------------

_CLEFT = lazy_compile(r"^\s*it\s+was\s+(?P<who>[^,]+?)\s+who\s+(?P<rest>\S.*)$", re.IGNORECASE)


def without_cleft(text: str) -> str:
    """The plain statement a cleft stresses ("It was Trenin who called them partners":
    "Trenin called them partners"); other texts come back unchanged."""
    if not text.lower().lstrip().startswith("it was "):
        return text  # most texts: the pattern is never compiled
    found = _CLEFT.match(text)
    return f"{found.group('who')} {found.group('rest')}" if found is not None else text


# --- tag questions ---------------------------------------------------------------------------

_TAG_AUXILIARIES = frozenset(
    "do does did is are was were will would can could has have had should shall must".split()
)
_TAG_SUBJECTS = frozenset("he she it they we you i there this that".split())
_TAG_ASSENTS = frozenset({"right", "correct", "no", "true", "yes"})


def without_tag_question(text: str) -> str:
    """The statement a tag question asks to confirm ("Xi met Putin, didn't he?", "..., did
    he?", "..., right?"): the tag adds no negation and no doubt of its own. Other texts come
    back unchanged."""
    head, comma, tag = text.rstrip().rstrip("?.!").rpartition(",")
    words = tag.lower().split()
    if not comma or not head.strip() or not 1 <= len(words) <= 3:
        return text
    if len(words) == 1:
        return head.rstrip() if words[0] in _TAG_ASSENTS else text
    auxiliary = words[0].removesuffix("n't").removesuffix("nt")  # "didn't", typed "didnt"
    auxiliary = {"wo": "will", "ca": "can", "sha": "shall"}.get(auxiliary, auxiliary)
    if len(words) == 3 and words[2] == "not":  # "did he not", "is it not"
        words = words[:2]
    if len(words) != 2 or auxiliary not in _TAG_AUXILIARIES or words[1] not in _TAG_SUBJECTS:
        return text
    return head.rstrip()


# --- itineraries ---------------------------------------------------------------------------

# "..., with Kazakhstan and Belarus also on his itinerary": more stops of the trip, listed.
_ON_ITINERARY = lazy_compile(
    r",\s+with\s+(?P<places>[A-Z][\w'.-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s*,\s*and\s+)"
    r"[A-Z][\w'.-]*)*)\s+(?:also\s+)?(?:on|in)\s+(?:his|her|their|its|the)\s+"
    r"(?:itinerary|schedule|tour)\b"
)
_LIST_SEPARATOR = lazy_compile(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+")


def split_itinerary(text: str) -> tuple[str, list[str]] | None:
    """A sentence that lists more stops of a trip ("Xi visits Russia, with Kazakhstan and
    Belarus also on his itinerary") as its main statement and the places listed; None
    when it lists none."""
    found = _ON_ITINERARY.search(text)
    if found is None:
        return None
    places = [p for p in _LIST_SEPARATOR.split(found.group("places")) if p]
    main = text[: found.start()] + text[found.end() :]
    return main.strip(), places


# --- appositions ---------------------------------------------------------------------------

# "France, last year's runner-up, beat Japan": a name, a description set off by commas that
# opens with a determiner, a possessive or a post of a body ("director of the X Center"),
# then the predicate.
_APPOSED = lazy_compile(
    r"^(?P<subject>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4}),\s+"
    r"(?P<description>(?:a|an|the|this|last|[A-Za-z][\w.-]*['\u2019]s?"
    rf"|(?:{'|'.join(sorted(POST_HEADS))})\s+(?:of|at|for))\s[^,;:()\"]{{2,80}}?),\s+"
    r"(?P<rest>[a-z][^\n]*)$"
)


def split_apposition(text: str) -> tuple[str, str] | None:
    """A sentence whose subject carries an apposition, as two statements: "France beat
    Japan" and "France is last year's runner-up". None when it has none."""
    if text.count(",") < 2:  # the apposition between two commas
        return None
    found = _APPOSED.match(text.strip())
    if found is None or found.group("subject").split()[0].lower() in _NOT_SUBJECTS:
        return None
    subject, description = found.group("subject"), found.group("description")
    return f"{subject} {found.group('rest')}", f"{subject} is {description}."


_NOT_SUBJECTS = frozenset(
    "in on at after before but and yet so since while when if as for with by from to the a an"
    " this last however meanwhile still".split()
)
