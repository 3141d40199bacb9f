"""Find a reporting frame in a sentence: who is said to state it, and the stated content.

"..., Reuters reported Tuesday.", "According to Xinhua, ...", "Analyst Small says ...",
"X, the CEO of Y, said ...". The frame is text only: whether its speaker is a party of the
store (an attribution to compare) or an outlet to set aside is for the checker to decide.
"""

import re
from typing import NamedTuple

from factcli.lazy_re import lazy_compile
from factcli.mood import past_verb

# Verbs that report speech or a view, in the forms a frame uses them.
_REPORTING = (
    r"said|says|say|reported|reports|report|told|tells|announced|announces|added|adds|"
    r"noted|notes|wrote|writes|stated|states|explained|explains|argued|argues|argue|"
    r"claimed|claims|predicted|predicts|predict|believes|believe|believed|thinks|think|"
    r"warned|warns|insisted|insists|confirmed|confirms|observed|observes|stressed|stresses|"
    r"underlined|underlines|suggested|suggests|estimated|estimates|forecast|forecasts|"
    r"pointed\s+out|points\s+out|point\s+out|quoted|cited|cites|remarked|remarks|"
    r"commented|comments|acknowledged|acknowledges|emphasized|emphasised|emphasizes|"
    r"showed|shows|show|indicated|indicates"
)
# Every frame names one of these words (a reporting verb, or "according to"), set apart by
# spaces or punctuation: a text without any has no frame, found without the patterns below.
_CUE_WORDS = frozenset(_REPORTING.replace(r"\s+", "|").split("|")) | {"according"}
REPORTING_VERBS = _CUE_WORDS - {"according", "out"}  # "announced", "said", "reports", ...
# Words that may follow the verb of a closing frame: when, and in what medium.
_TAIL_WORD = (
    r"(?:on|in|at|a|an|the|this|last|late|early|on|during|to|with|by|its|his|her|their|"
    r"interview|interviews|statement|statements|report|briefing|conference|press|news|"
    # the medium that carried it: "in an interview published Monday by newspaper Kommersant"
    r"newspaper|daily|weekly|paper|magazine|journal|agency|broadcaster|channel|radio|"
    r"television|tv|website|outlet|blog|post|speech|address|article|editorial|op-ed|"
    r"state|public|local|national|official|online|"
    # whom it was said to: "told reporters", "told lawmakers"
    r"reporters|journalists|media|lawmakers|parliament|students|"
    r"published|released|posted|week|month|year|weekend|morning|afternoon|evening|night|"
    r"today|yesterday|earlier|later|recently|citing|quoting|\w+day|[A-Z][\w.'-]*|\d[\w.,/-]*|"
    # how, when and of what: "said jokingly", "said after his loss", "told reporters before
    # the vote", "said of the era of low rates"
    r"\w+ly|(?:after|before|following|of)(?:\s+[\w'-]+){1,5}|"
    # and what the speaker did meanwhile: "announced Monday as it stressed their sacrifices"
    r"as\s+(?:it|he|she|they)\s+[\w'-]+(?:\s+[\w'-]+){0,8})"
)
_MAX_SPEAKER_CHARS = 90
# A speaker with a description of several parts: "X, a fellow at an institute in Munich and
# a co-author of the study".
MAX_SPEAKER_WORDS = 18
# The frame's own source, after its verb: "..., Interfax reported, citing the Kremlin's
# chief of staff, Sergei Ivanov." It belongs to the frame, commas and all.
_CITING = r"(?:,?\s+(?:citing|quoting)\s+[^;\"]{2,160}?)?"

# "..., the TASS news agency reported Tuesday." / "..., Small said in an interview." (and
# with a stray comma before the verb: "...," climate chief Wopke Hoekstra, said.")
_CLOSING = lazy_compile(
    rf",[\"\u201d]?\s+(?P<speaker>[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}?),?\s+(?:{_REPORTING})"
    rf"(?P<tail>(?:,?\s+{_TAIL_WORD}){{0,12}}){_CITING}\s*[.!?\"]*\s*$"
)
# "Xi will visit Russia, the ministry announced Monday, with Belarus also on his itinerary":
# a frame set off by commas in the middle of its content.
_MEDIAL = lazy_compile(
    rf",\s+(?P<speaker>[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}?)\s+(?:{_REPORTING})"
    rf"(?:\s+{_TAIL_WORD}){{0,12}},\s+(?=\S)"
)
# "..., said Rajiv Biswas, chief Asia economist at IHS." / "..., according to Xinhua."
_CLOSING_INVERTED = lazy_compile(
    rf",\s+(?:(?:{_REPORTING})|according\s+to)\s+(?P<speaker>[^;:\"]{{2,160}}?)\s*[.!?\"]*\s*$"
)
# "... to deliver gas to China reported The Guardian.": the verb first and no comma, as
# careless copy has it; then the speaker must be a name (capitalised words).
_CLOSING_INVERTED_BARE = lazy_compile(
    r"(?<=[a-z0-9])\s+(?:said|says|reported|reports|wrote|writes)\s+"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|To|Yester)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?P<speaker>(?:[Tt]he\s+)?[A-Z](?:[\w.'&-]*\w)?(?:\s+[A-Z](?:[\w.'&-]*\w)?){0,4})"
    r"\s*[.!?\"]*\s*$"
)
# "..., Ushakov was quoted as saying by RIA Novosti." / "..., RIA Novosti quoted Ushakov as
# saying.": the person quoted is the speaker.
_CLOSING_QUOTED = lazy_compile(
    rf",\s+(?:[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}?\s+quoted\s+)?"
    rf"(?P<speaker>[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}?)\s+(?:(?:was|were)\s+quoted\s+)?as\s+"
    rf"saying(?:\s+by\s+[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}?)?\s*[.!?\"]*\s*$"
)
# "Xinhua quoted Xi as saying (that) ...": the person quoted is the speaker.
_QUOTED_AS_SAYING = lazy_compile(
    rf"^\s*[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}?\s+quoted\s+"
    rf"(?P<speaker>[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}?)\s+as\s+saying\s+(?:that\s+)?(?=\S)",
    re.IGNORECASE,
)
# "According to Deutsche Welle, ..."
_OPENING_ACCORDING = lazy_compile(
    rf"^\s*according\s+to\s+(?P<speaker>[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}),\s+", re.IGNORECASE
)
# "By the commission's own count, ...", "By Reuters' tally, ...": an account, as "according to".
_OPENING_BY_COUNT = lazy_compile(
    rf"^\s*by\s+(?P<speaker>[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}?)(?:['\u2019]s|['\u2019])\s+"
    r"(?:own\s+)?(?:count|estimates?|reckoning|tally|calculations?|figures|measure),\s+",
    re.IGNORECASE,
)
# "Anatoly Isaikin, the CEO of Rosoboronexport, said (that) ..."
_OPENING_APPOSED = lazy_compile(
    rf"^\s*(?P<speaker>[^,;:\"]{{2,60}},\s+[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}),\s+"
    rf"(?:{_REPORTING})(?:\s+(?:on|in|at)\s+\w+)?\s+(?:that\s+)?(?=\S)"
)
# When an opening frame spoke, between its verb and the content: "said this week",
# "announced on Monday", "confirmed earlier this month".
_OPENING_WHEN = (
    r"(?:\s+(?:(?:on|in|at)\s+[A-Z]\w+|(?:on\s+)?[A-Z]\w+day|"
    r"(?:earlier\s+|late\s+)?(?:this|last)\s+(?:week|month|year|weekend|morning|[A-Z]\w+day)|"
    r"earlier|recently|today|yesterday))?"
)
# Where or when the speaker spoke, before the frame: "During his trip to China, ".
_LEADING_ADJUNCT = (
    r"(?:(?:During|At|In|On|After|Before|Following|Speaking|Earlier|Later)\b[^,;:\"]{1,80},\s+)?"
)
# "Analyst Small says (that) ...", "Biswas told DW that ...", "Obama told the BBC that ...",
# "the president had confirmed"
_OPENING = lazy_compile(
    rf"^\s*{_LEADING_ADJUNCT}(?P<speaker>[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}?)\s+"
    rf"(?:(?:has|have|had)\s+)?(?:(?:long|also|repeatedly|previously|already|\w+ly)\s+)?"
    rf"(?:(?:told|tells)\s+"
    rf"(?:(?:the\s+)?[A-Z][\w.'-]*|reporters|journalists|the\s+media|the\s+press)"
    rf"(?:\s+[A-Z][\w.'-]*)*|"
    rf"(?:{_REPORTING}))"
    rf"{_OPENING_WHEN}\s*,?\s+(?P<that>that\s+)?(?=\S)"
)
# A cleft that stresses who said it: "It was Andrew Small who said (that) ...", "Andrew
# Small is the one who said ...".
_CLEFT = lazy_compile(
    rf"^\s*it\s+(?:was|is)\s+(?P<speaker>[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}?)\s+who\s+"
    rf"(?:{_REPORTING})\s+(?P<that>that\s+)?(?=\S)",
    re.IGNORECASE,
)
_ONE_WHO = lazy_compile(
    rf"^\s*(?P<speaker>[^,;:\"]{{2,{_MAX_SPEAKER_CHARS}}}?)\s+(?:was|is)\s+the\s+"
    rf"(?:one|person|man|woman)\s+who\s+(?:{_REPORTING})\s+(?P<that>that\s+)?(?=\S)",
    re.IGNORECASE,
)
# Speakers that are no one in particular: "officials said", "state media reported".
_GROUP_SPEAKER = lazy_compile(
    r"\b(?:officials?|media|agency|agencies|news|newspaper|daily|radio|television|tv|"
    r"analysts?|experts?|observers?|sources?|spokes(?:man|woman|person)|ministry|government|"
    r"reports?|reporters?|journalists?|diplomats?|economists?|executive|ceo|chief|head|"
    r"director|minister|president|premier|envoy|ambassador|fellow|scholar|researchers?|"
    r"statement|kremlin|White\s+House|aides?|advis[eo]rs?|insiders?|negotiators?|"
    r"lawmakers?|commentators?|people\s+familiar|commission|council|committee|authorities|"
    r"police|court|board|company|firm|bank|institute|union)\b",
    re.IGNORECASE,
)
# A subordinating word that opens the "speaker", or a denial in it: no speaker at all.
_NOT_A_SPEAKER = lazy_compile(
    r"^\s*(?:although|though|while|whereas|because|since|if|unless|when|after|before|as)\b"
    r"|\b(?:no|not|never|nobody|none|neither)\b",
    re.IGNORECASE,
)
_CLAUSE_WORD = lazy_compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|"
    r"do|does|did|been|being)\b"
)


class Frame(NamedTuple):
    """A reporting frame: the speaker's span, the content's span, and the frame's own span
    (speaker, verb and whatever date or medium the frame adds), offsets into the text. A
    frame set in the middle of its content has the content go on at `rest_start`."""

    speaker_start: int
    speaker_end: int
    content_start: int
    content_end: int
    rest_start: int | None = None
    glue: str = ", "  # between the two parts of a content the frame cuts
    named_only: bool = False  # a frame only if its speaker names someone ("Biswas: ...")

    def speaker(self, text: str) -> str:
        return text[self.speaker_start : self.speaker_end]

    def content(self, text: str) -> str:
        content = text[self.content_start : self.content_end].strip(" ,")
        if self.rest_start is None:
            return content
        return f"{content}{self.glue}{text[self.rest_start :].strip()}"


def find_frame(text: str) -> Frame | None:
    """The reporting frame of a sentence, or None. The content must itself read as a clause
    (a verb of its own), so that "Russia reported a drop in exports" is not a frame."""
    dashed = _dash_closing(text)
    if dashed is not None:
        return dashed
    colon = _colon_opening(text) if ": " in text else None
    if colon is not None:
        return colon
    if _CUE_WORDS.isdisjoint(re.findall(r"[a-z]+", text.lower())) and not _by_count(text):
        return None
    closing = _closing(text)
    if closing is not None and _clause_like(closing.content(text), loose=True):
        return closing
    opening = _opening(text)
    if opening is not None and _clause_like(opening.content(text), loose=False):
        return opening
    if opening is not None and _named_subject_verb(opening.content(text)):
        return opening  # "Trenin said China aims to ...": a name, then a present verb
    return _medial(text)


def _medial(text: str) -> Frame | None:
    """A frame between two parts of its content: after a clause of its own ("Xi will visit
    Russia, the ministry said, with ..."), or after the subject of the clause it cuts
    ("Xi, the Kremlin said, will arrive on Friday")."""
    for found in _MEDIAL.finditer(text):
        if not _speaker_like(found.group("speaker")):
            continue
        speaker = (found.start("speaker"), found.end("speaker"))
        before = text[: found.start()]
        if _clause_like(before, loose=False):
            return Frame(*speaker, 0, found.start(), found.end())
        after = text[found.end() :]
        if len(before.split()) <= _MAX_SUBJECT_WORDS and _clause_like(
            f"{before} {after}", loose=False
        ):
            return Frame(*speaker, 0, found.start(), found.end(), " ")
    return None


SUBJECT_PRONOUNS = frozenset({"it", "he", "she"})  # a subject a named speaker stands for
_MAX_SUBJECT_WORDS = 6  # the subject before a frame that cuts its clause


def _named_subject_verb(content: str) -> bool:
    """Does the content open with a capitalised name and a lower-case word in -s, a present
    verb ("China aims", "Moscow wants")? "a drop in exports" does not."""
    words = content.split()
    return (
        len(words) >= 3
        and (words[0][:1].isupper() or words[0] in SUBJECT_PRONOUNS)
        and words[1].isalpha()
        and words[1].islower()
        and words[1].endswith("s")
        and not words[1].endswith("ss")
    )


# A headline's speaker after a dash: "Putin may attend Beijing parade — ambassador".
_CLOSING_DASH = lazy_compile(
    r"\s+[\u2014\u2013-]\s+(?P<speaker>[^,;:\"\u2014\u2013-]{2,40}?)\s*[.!?]*\s*$"
)
_MAX_DASH_SPEAKER_WORDS = 3


def _dash_closing(text: str) -> Frame | None:
    """A speaker named after a dash at the end of a headline: a speaker noun ("ambassador",
    "state media") or a name in capitals ("Kremlin", "Sergei Lavrov"), nothing else, after
    a content with a verb of its own. "Xi arrived — a first for China" names no one."""
    if "\u2014" not in text and "\u2013" not in text and " - " not in text:
        return None
    found = _CLOSING_DASH.search(text)
    if found is None:
        return None
    speaker = found.group("speaker")
    words = speaker.split()
    named = all(w[:1].isupper() for w in words)
    if len(words) > _MAX_DASH_SPEAKER_WORDS or _CLAUSE_WORD.search(speaker):
        return None
    if not (named or _GROUP_SPEAKER.fullmatch(words[-1].lower())):
        return None
    if not _clause_like(text[: found.start()], loose=True):
        return None
    return Frame(found.start("speaker"), found.end("speaker"), 0, found.start())


# "Biswas: trade to double by 2020", "IHS economist: deal possible": a headline's speaker
# before a colon, in a few words. It is a frame only when those words name someone (see
# verdict.attribution): "gas deal: 38 bcm a year" is a topic, not a speaker.
_COLON_OPENING = lazy_compile(
    r"^\s*(?P<speaker>[A-Za-z][\w.&-]*(?:\s+[A-Za-z][\w.&-]*){0,5}(?:\s*\([^():]{1,40}\))?)"
    r"\s*:\s+(?=\S)"
)
_MIN_COLON_CONTENT_WORDS = 2


def _colon_opening(text: str) -> Frame | None:
    found = _COLON_OPENING.match(text)
    if found is None or _CLAUSE_WORD.search(found.group("speaker")):
        return None
    content = text[found.end() :]
    if len(content.split()) < _MIN_COLON_CONTENT_WORDS:
        return None
    end = len(text.rstrip())
    return Frame(found.start("speaker"), found.end("speaker"), found.end(), end, named_only=True)


def _closing(text: str) -> Frame | None:
    quoted = _CLOSING_QUOTED.search(text)
    if quoted is not None and _speaker_like(quoted.group("speaker")):
        return Frame(quoted.start("speaker"), quoted.end("speaker"), 0, quoted.start())
    inverted = _CLOSING_INVERTED.search(text) or _CLOSING_INVERTED_BARE.search(text)
    if inverted is not None and _speaker_like(inverted.group("speaker")):
        return Frame(inverted.start("speaker"), inverted.end("speaker"), 0, inverted.start())
    closing = _CLOSING.search(text)
    if closing is not None and _speaker_like(closing.group("speaker")):
        return Frame(closing.start("speaker"), closing.end("speaker"), 0, closing.start())
    return None


def _opening(text: str) -> Frame | None:
    found = _QUOTED_AS_SAYING.match(text) or _CLEFT.match(text) or _ONE_WHO.match(text)
    if found is None:
        found = _OPENING_ACCORDING.match(text) or _by_count(text)
    if found is None:
        found = _OPENING_APPOSED.match(text)
    if found is None:
        found = _OPENING.match(text)
        if found is not None and not (found.group("that") or _speaker_like(found.group("speaker"))):
            return None
        if found is not None and _has_own_verb(found.group("speaker")):
            return None  # "Russia celebrated the anniversary with a show of might": a clause
    if found is None or not _speaker_like(found.group("speaker")):
        return None
    end = len(text.rstrip())
    return Frame(found.start("speaker"), found.end("speaker"), found.end(), end)


def _by_count(text: str) -> re.Match[str] | None:
    """ "By the commission's own count, ..." (a plain string test first: most texts have none)."""
    if text.lstrip()[:3].lower() != "by ":
        return None
    return _OPENING_BY_COUNT.match(text)


def _has_own_verb(speaker: str) -> bool:
    """Does an opening speaker hold a past verb of its own ("Russia celebrated ... with a")?
    Then it is a clause, and the reporting word after it ("show") a noun."""
    return any(past_verb(word) for word in re.findall(r"(?<![\w-])[a-z]+(?![\w-])", speaker))


def _speaker_like(speaker: str) -> bool:
    """A name (a capitalised word that does not open the text) or a speaker noun, and no
    verb of its own: "the TASS news agency", "Analyst Andrew Small", "state media"."""
    if _CLAUSE_WORD.search(speaker) or len(speaker.split()) > MAX_SPEAKER_WORDS:
        return False
    if _NOT_A_SPEAKER.search(speaker):
        return False  # "Although no group claimed responsibility, ...": no one speaks
    words = speaker.split()
    named = any(w[:1].isupper() for w in words)
    return named or _GROUP_SPEAKER.search(speaker) is not None


def _clause_like(content: str, *, loose: bool) -> bool:
    """Has the content a verb of its own (an auxiliary or a past form; loosely, also a
    word in -s, which may be a verb or a plural: only a closing frame allows that)?"""
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", content)]
    if len(words) < 3:
        return False
    if not loose:  # its verb before any comma: "his attendance at ..., which will" has none
        words = [w.lower() for w in re.findall(r"[A-Za-z']+", content.split(",")[0])]
    return any(
        _CLAUSE_WORD.fullmatch(w) or past_verb(w) or (loose and w.endswith(("s", "ed")))
        for w in words[1:]
    )
