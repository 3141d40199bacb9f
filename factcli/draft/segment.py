"""The sentences of an article that make claims, split into clauses.

Headlines, captions ("Image: Reuters/..."), page chrome, "Read more" links and the
contributor line state nothing a reader would check: they are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcli.draft.source import is_navigation
from factcli.draft.words import SPEECH_VERBS
from factcli.gazetteer import lookup
from factcli.mood import past_verb
from factcli.sentences import Segment, split_clauses, split_sentences
from factcli.values import PLACE_KINDS

_ENDS_SENTENCE = re.compile(r"[.!?…][\"'\u201d\u2019)\]]*$|[\u201d\"]$")
_NOT_A_CLAIM = re.compile(
    r"\b(?:image|photo|picture|video|graphic|credit)\s*:|\bread more\b|\bcontributed to this"
    r" report\b|\ball rights reserved\b|\bfollow us\b|\bclick here\b|\bsign up\b",
    re.IGNORECASE,
)
# "CAIRO — ", "WASHINGTON (Reuters) - ": the place a report was filed from.
DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{1,40}(?:\s*\([^)]{1,30}\))?\s*[\u2014\u2013-]\s+")
# A dateline with no dash: a place in capitals before the sentence ("LOS ANGELES A massive
# wildfire ..."), told from an acronym that opens a sentence by the gazetteer.
_BARE_DATELINE = re.compile(r"^([A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}),?\s+(?=[A-Z])")
_WORD = re.compile(r"\w+")
MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence that makes claims, its clauses, and its paragraph."""

    sentence: Segment
    clauses: tuple[Segment, ...]
    paragraph: int
    lead: str = ""  # an item of a list: the line that introduces it, without its colon


def claim_units(text: str, body_start: int) -> list[Unit]:
    """The claim-making sentences after `body_start`, in order, each with its clauses."""
    paragraph_breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    units = []
    lead = ""
    for sentence in split_sentences(text):
        if sentence.start < body_start:
            continue
        item = bool(lead) and is_item(text, sentence)
        if not item:  # a sentence ends a list; a row of data or a heading does not
            stripped = sentence.text.strip()
            ended = bool(_ENDS_SENTENCE.search(stripped) or _INTRODUCTION.search(stripped))
            lead = introduction(text, sentence) or ("" if ended else lead)
        if not (item or is_claim(sentence.text)):
            continue
        paragraph = sum(1 for b in paragraph_breaks if b < sentence.start)
        pieces = [
            r
            for c in split_clauses(text, sentence)
            for p in _subordinate(c)
            for q in _aside(p)
            for t in _trailing(q)
            for v in _but_someone_said(t)
            for a in _and_clause(v)
            for d in _and_predicate(a)
            for r in _and_that(d)
        ]
        pieces = _with_subject(pieces)
        pieces += [r for c in pieces for r in (*_relative(c), *_participle(c))]
        clauses = tuple(c for c in pieces if _enough_words(c.text))
        units.append(Unit(sentence, clauses or (sentence,), paragraph, lead if item else ""))
    return units


_INTRODUCTION = re.compile(r":[\"'\u201d\u2019]?$")


def introduction(text: str, sentence: Segment) -> str:
    """ "In an interview, the president also said:" at the end of its line: the line that
    introduces a list, without its colon ("" for any other sentence)."""
    stripped = sentence.text.strip()
    if _INTRODUCTION.search(stripped) is None or not _enough_words(stripped):
        return ""
    if not text[sentence.end : sentence.end + 2].lstrip(" \t").startswith("\n"):
        return ""
    return stripped[: stripped.rfind(":")].rstrip()


_LABELLED = re.compile(r"^[-*\u2022\s]*(?:[\w'\u2019&/-]+\s+){0,4}[\w'\u2019&/)-]+\s*:\s")


def is_item(text: str, sentence: Segment) -> bool:
    """An item of a list: a line of its own, of a few words, that does not end like a
    sentence ("The UK must stay in the EU" under "He also said:"). What it states is said
    by the introduction's speaker. A row of data ("- Revenue: $40.87 billion vs. $40.61
    billion expected") is no item: its label and figures make no clause."""
    stripped = sentence.text.strip()
    if _LABELLED.match(stripped):
        return False
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    whole_line = text[line_start : len(text) if line_end < 0 else line_end]
    return (
        _ENDS_SENTENCE.search(stripped) is None
        and _INTRODUCTION.search(stripped) is None
        and _enough_words(stripped)
        and _NOT_A_CLAIM.search(stripped) is None
        and not is_navigation(stripped)
        and whole_line.strip().lstrip("-*\u2022 ").strip() == stripped.lstrip("-*\u2022 ").strip()
    )


_SUBORDINATOR = re.compile(
    r"[\"\u201c]?(?:although|though|while|whereas|despite|as|when|after|before|since|because|"
    r"in addition to|besides|apart from|aside from|on top of)\b",
    re.IGNORECASE,
)


_INNER_SUBORDINATE = re.compile(r"\bthat\s+((?:while|although|though|whereas)\b)", re.IGNORECASE)


def _subordinate(clause: Segment) -> list[Segment]:
    """ "Although no group claimed responsibility, the bloodshed raised fears...": a leading
    subordinate clause is a claim of its own, and its negation is not the main clause's;
    so is what "In addition to ..." adds ("In addition to a new gas deal, the two nations
    are expected to finalize ...": two deals, two facts). A condition ("If you look at the
    number, it's less than 100") asserts neither part alone: it stays whole."""
    text = clause.text
    inner = _INNER_SUBORDINATE.search(text)
    if inner is not None:  # "Small argues that while A, B": the part after "that"
        start = inner.start(1)
        clause = Segment(clause.start + start, clause.end, text[start:])
        text = clause.text
    comma = text.find(", ")
    if _SUBORDINATOR.match(text) is None or comma < 0:
        return [clause]
    head, tail = text[:comma], text[comma + 2 :]
    if not (_enough_words(head) and _enough_words(tail)):
        return [clause]
    tail_start = clause.start + comma + 2
    return [
        Segment(clause.start, clause.start + comma, head),
        Segment(tail_start, clause.end, tail),
    ]


_DASH = re.compile(r"\s[-\u2013\u2014]\s")
_NEGATION = re.compile(r"\b(?:no|not|never|none|nobody|nothing|neither|nor)\b|n't\b", re.I)


def _aside(clause: Segment) -> list[Segment]:
    """ "..., at Beijing's parade - something which no previous Russian leader has ever
    done": a denial set off by a dash denies the aside, not the clause; it stands alone."""
    text = clause.text
    dash = _DASH.search(text)
    if dash is None:
        return [clause]
    head = text[: dash.start()]
    closing = _DASH.search(text, dash.end())
    aside_end = closing.start() if closing else len(text)
    aside = text[dash.end() : aside_end]
    if not _NEGATION.search(aside) or _NEGATION.search(head) or not _enough_words(head):
        return [clause]
    if closing is not None and aside.startswith(("which ", "who ")):
        # "Comcast and Time Warner Cable - which don't compete in the same territory - ...":
        # the aside is said of the noun before it; the clause goes on without it
        said_of = _relative(Segment(clause.start, clause.start + aside_end, text[:aside_end]))
        rest = f"{head} {text[closing.end() :]}"
        return [Segment(clause.start, clause.end, rest), *said_of]
    start = clause.start + dash.end()
    return [Segment(clause.start, clause.start + len(head), head),
            Segment(start, start + len(aside), aside)]  # fmt: skip


_TRAILING = re.compile(
    r",\s+(?=(?:as(?!\s+well\b)|while|whereas|because|although|though)\s+\w"
    r"|according\s+to\s+(?:\S+\s+){5})",
    re.I,
)


# "fell in after-hours trading as revenue missed expectations": "as", a noun and a verb in
# the past open a clause even without a comma ("as much as", "such as" do not).
_BARE_AS = re.compile(
    r"\s+as\s+(?!much\b|many\b|well\b|part\b|soon\b|long\b|far\b|if\b|though\b|such\b)"
    r"(?:(?:the|its|their|his|her|a|an)\s+)?(?P<words>[a-z][\w-]*\s+[a-z][\w-]*(?:\s+[a-z]+)?)"
)


def _bare_as(text: str) -> re.Match[str] | None:
    """The first "as" followed by a noun (or two) and a verb in the past."""
    for found in _BARE_AS.finditer(text):
        words = found.group("words").split()
        if past_verb(words[1]) or (len(words) > 2 and past_verb(words[2])):
            return found
    return None


def _trailing(clause: Segment) -> list[Segment]:
    """ "..., up from 21 million euros, as exports to Japan rose by 15 percent": a trailing
    subordinate clause states a fact of its own; so does a source described at length
    (", according to a study published on Wednesday in the journal Nature")."""
    found = _TRAILING.search(clause.text) or _bare_as(clause.text)
    if found is None:
        return [clause]
    cut = (
        found.end()
        if found.re is _TRAILING
        else found.start() + len(found.group(0)) - len(found.group(0).lstrip())
    )
    head, tail = clause.text[: found.start()], clause.text[cut:]
    if not (_enough_words(head) and _enough_words(tail)):
        return [clause]
    start = clause.start + cut
    return [Segment(clause.start, clause.start + len(head), head),
            Segment(start, start + len(tail), tail)]  # fmt: skip


_BUT_SAID = re.compile(
    r",\s+but\s+(?=(?:[\w'\u2019.-]+\s+){1,9}?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b)"
)


def _but_someone_said(clause: Segment) -> list[Segment]:
    """ "He vowed to keep trying, but the BBC's North America editor Jon Sopel said the
    president did not sound very confident": what another says after "but" is a clause of
    its own, in its speaker's voice."""
    found = _BUT_SAID.search(clause.text)
    if found is None:
        return [clause]
    head, tail = clause.text[: found.start()], clause.text[found.end() :]
    if not (_enough_words(head) and _enough_words(tail)):
        return [clause]
    start = clause.start + found.end()
    return [Segment(clause.start, clause.start + len(head), head),
            Segment(start, start + len(tail), tail)]  # fmt: skip


_SAID_THAT = re.compile(
    r"^(?:[\w'\u2019.-]+\s+){1,6}?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\s+that\s+"
)
_AND_THAT = re.compile(r",?\s+and\s+that\s+")


def _and_that(clause: Segment) -> list[Segment]:
    """ "Glas said that 10,000 troops were dispatched and that $600 million had been
    allotted": each "that" clause is a report of its own, in the same voice."""
    frame = _SAID_THAT.match(clause.text)
    found = _AND_THAT.search(clause.text, frame.end()) if frame is not None else None
    if frame is None or found is None:
        return [clause]
    head, tail = clause.text[: found.start()], clause.text[found.end() :]
    if not (_enough_words(head) and _enough_words(tail)):
        return [clause]
    return [Segment(clause.start, clause.start + len(head), head),
            Segment(clause.start + found.end(), clause.end, frame.group(0) + tail)]  # fmt: skip


_AND_NAME = re.compile(r"\s+and\s+(?=[A-Z])")
_FINITE = re.compile(
    r"^(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:is|was|were|are|has|have|had|will|would|remains|"
    r"remained|became|becomes|\w+ed)\b"
)


# "... points out that Russia and China will evoke", "ties between China and Russia are on
# the rise": a name right before "and" is half of the subject of the verb after it, not the
# end of a clause of its own.
_ENDS_IN_SUBJECT = re.compile(r"\b[A-Z][\w'\u2019.-]*$")


def _and_clause(clause: Segment) -> list[Segment]:
    """ "China remained Russia's largest partner in 2014 and Russia was China's ninth-largest
    partner": "and", then a name and its verb, opens a clause of its own."""
    for found in _AND_NAME.finditer(clause.text):
        head, tail = clause.text[: found.start()], clause.text[found.end() :]
        if (
            _FINITE.match(tail)
            and _enough_words(head)
            and _enough_words(tail)
            and not _ENDS_IN_SUBJECT.search(head)
        ):
            start = clause.start + found.end()
            return [Segment(clause.start, clause.start + len(head), head),
                    *_and_clause(Segment(start, start + len(tail), tail))]  # fmt: skip
    return [clause]


# ", which" or a dash's " - which" ("Comcast and Time Warner Cable - which don't compete in
# the same territory - ...").
_WHICH = re.compile(
    r"(?:,|\s[-\u2013\u2014])\s+(?:which\s+(?!is why|means|was why)|who\s+)(?=[a-z])"
)
_NOUN_PHRASE_STOP = frozenset(
    "in of for at on to from with by as than about over under after before during against"
    " between into through toward towards unlike like behind without within among across"
    " but that which who was were is are has have had said since until amid despite".split()
)


def _relative(clause: Segment) -> list[Segment]:
    """ "Cisco earned $1.9 billion in its fourth quarter, which ended July 31": what a
    non-restrictive relative clause says of the noun before it is a fact of its own ("its
    fourth quarter ended July 31"), besides the clause that holds it."""
    segments = []
    for found in _WHICH.finditer(clause.text):  # each: "the talks, which ..., Mr Mugabe, who"
        words = clause.text[: found.start()].split()
        phrase: list[str] = []
        in_list = False  # "Belgium, Estonia and Poland, which": the list's names, no more
        for word in reversed(words):
            # "the drought of 1988, which cut production": a year is said of the noun
            # before "of", which the relative clause is about
            of_a_number = word.lower() == "of" and phrase and phrase[0].isdigit()
            if (word.lower() in _NOUN_PHRASE_STOP and not of_a_number) or len(phrase) == 6:
                break
            if word.endswith(","):
                if not (word[:1].isupper() and "and" in phrase):
                    break
                in_list = True
            elif in_list and not word[:1].isupper():
                break
            phrase.insert(0, word)
        after = clause.text[found.end() :]
        rest = re.split(r",\s|;\s|\s[-\u2013\u2014]\s", after, maxsplit=1)[0]
        text = " ".join(phrase) + " " + rest
        if phrase and _enough_words(text):
            start = clause.start + found.end()
            segments.append(Segment(start, start + len(rest), text))
    return segments


_AUXILIARY = r"(?:is|are|was|were|has|have|had|will|would|can|could)"
_SUBJECT = re.compile(
    r"^(?P<subject>(?:[A-Z][\w'\u2019.-]*)(?:\s+[A-Z][\w'\u2019.-]*)*|(?:The|Its|Their)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?=\s*,|\s+(?:\w+ly\s+|now\s+|also\s+|thus\s+|"
    r"still\s+)?" + _AUXILIARY + r"\b)"
)
_AND_PREDICATE = re.compile(
    r",?\s+(?:and|but|yet)\s+(?=(?:\w+ly\s+|now\s+|also\s+|thus\s+|still\s+)?" + _AUXILIARY + r"\s)"
)


def _with_subject(pieces: list[Segment]) -> list[Segment]:
    """ "She had no symptoms then but later developed a fever": a piece that opens with a
    deed and no subject ("later developed a fever") is said of the first piece's subject."""
    subject = _SUBJECT.match(pieces[0].text) if pieces else None
    if subject is None:
        return pieces
    said = subject.group("subject")
    return [
        Segment(p.start, p.end, f"{said} {p.text}") if i and _opens_with_deed(p.text) else p
        for i, p in enumerate(pieces)
    ]


_DEED_ADVERBS = frozenset("later then also still soon again never".split())


def _opens_with_deed(text: str) -> bool:
    """Does the text open, in lower case and over an adverb, with a verb in the past?"""
    words = text.split()
    while words and (words[0] in _DEED_ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    return bool(words) and text[:1].islower() and past_verb(words[0])


def _and_predicate(clause: Segment) -> list[Segment]:
    """ "China has tense relationships with Japan and is thus seeking to strengthen ties
    with its northern neighbor": a second predicate of the same subject is a claim of its
    own ("China is thus seeking ..."), and so is the first, without it. So with "but":
    "X has pushed for A but has been unable to B" denies B, not A."""
    subject = _SUBJECT.match(clause.text)
    found = _AND_PREDICATE.search(clause.text)
    if subject is None or found is None or found.start() <= subject.end():
        return [clause]
    head, tail = clause.text[: found.start()], clause.text[found.end() :]
    if not (_enough_words(head) and _enough_words(tail)):
        return [clause]
    start = clause.start + found.end()
    text = f"{subject.group('subject')} {tail}"
    return [Segment(clause.start, clause.start + len(head), head),
            Segment(start, clause.end, text)]  # fmt: skip


_PARTICIPLE = re.compile(
    r"^(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w'\u2019.-]*)(?:\s+[\w'\u2019.-]+){0,4}?),\s+"
    r"(?P<phrase>(?:[a-z]+ed|led|run|held|owned|founded|backed|built|made|written|known|clad)"
    r"\s+(?:by|in|with)\s+[^,;:]{3,80}),\s+[a-z]"
)


def _participle(clause: Segment) -> list[Segment]:
    """ "The study, led by marine biologist Tom Fraser, surveyed 120 reefs": what the
    participle set off by commas says of the subject is a fact of its own ("The study was
    led by marine biologist Tom Fraser"), besides the clause that holds it."""
    found = _PARTICIPLE.match(clause.text)
    if found is None:
        return []
    np = found.group("np")
    verb = "were" if np.split()[-1].endswith("s") and not np.endswith("'s") else "was"
    text = f"{np} {verb} {found.group('phrase')}"
    if not _enough_words(text):
        return []
    start = clause.start + found.start("phrase")
    return [Segment(start, start + len(found.group("phrase")), text)]


def is_claim(sentence: str) -> bool:
    """Prose that states something: ends like a sentence, has a few words, is no caption,
    link or page chrome."""
    stripped = sentence.strip()
    return (
        _ENDS_SENTENCE.search(stripped) is not None
        and _enough_words(stripped)
        and _NOT_A_CLAIM.search(stripped) is None
        and not is_navigation(stripped)
    )


def _enough_words(text: str) -> bool:
    return len(_WORD.findall(text)) >= MIN_WORDS


def without_dateline(text: str) -> str:
    """The text without the dateline that opens it ("OSLO (Reuters) - ", "LOS ANGELES ")."""
    text = DATELINE.sub("", text)
    bare = _BARE_DATELINE.match(text)
    if bare is None or len(bare.group(1)) < MIN_DATELINE_CHARS:
        return text
    entry = lookup(bare.group(1))
    return text[bare.end() :] if entry is not None and entry.kind in PLACE_KINDS else text


MIN_DATELINE_CHARS = 4  # "US President ...": a short acronym opens the sentence itself
