"""People's posts and who speaks: "Tunisian Prime Minister Habib Essid", "Lotfi Azzouz,
Tunisia country director for Amnesty International", "..., Essid declared"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcli.draft.words import POST_WORDS, SPEECH_VERBS
from factcli.entities import EntityIndex
from factcli.mood import past_verb
from factcli.parse import ParsedText, parse_text
from factcli.posts import CHANGING_QUALIFIERS, titled
from factcli.shorthand import TITLE_ABBREVIATIONS
from factcli.values import Mention

_FINITE = frozenset("is are was were has have had be been".split())
# Abbreviations that open a place's name: "St. Paul", "Ft. Worth", "Mt. Vernon".
_PLACE_ABBREVIATIONS = frozenset({"St", "Ft", "Mt"})
# Lower-case words that join a capitalised title before them: "former Prime Minister".
_QUALIFIERS = CHANGING_QUALIFIERS | frozenset(
    "current then outgoing incoming late new senior executive".split()
)
_BEFORE_STOP = frozenset(
    "as the a an by with and said says in on at for to from of while when that who which"
    " whom whose where after before during over under between against into since until"
    " unlike like than because".split()
)
_APPOSITION = re.compile(
    r"\s*,\s+(?P<phrase>(?:(?:a|an|the)\s+)?[^,.;:\u201c\u201d\"]{3,120}?)"
    r"(?=,|\.|;|$|\s+(?:whose|who|which|where)\b)"
)
_LEADING = re.compile(r"(?P<phrase>(?:the|a|an)\s+[^,;:]{3,60}?),\s+$", re.IGNORECASE)
_WORD = re.compile(r"[\w'\u2019&-]+")  # "AT&T CEO": one word
_UNNAMED_SPEAKERS = re.compile(
    r"\b(?P<who>(?:(?:local|state|government|security|police|u\.s\.|western|senior)\s+)?"
    r"(?:officials|experts|analysts|witnesses|sources|authorities|diplomats|(?:news\s+)?reports|"
    r"state media|police|residents))\s+(?:said|say|says|told|reported)\b"
    r"|according to (?P<report>(?:local |state )?(?:news )?(?:reports|media|officials|sources))",
    re.IGNORECASE,
)


# Abbreviated posts, in full: the form the parser reads in most claims.
_POST_FORMS = {"pm": "prime minister", "ceo": "chief executive", "cfo": "chief financial officer"}


@dataclass(frozen=True, slots=True)
class Post:
    """A person's post as the article gives it, with where it stands."""

    phrase: str  # "Tunisia country director for Amnesty International"
    title: str  # the title alone, for "Title Surname" aliases: "Prime Minister"
    post: str | None  # the post's canonical name, when the gazetteer knows it
    employers: tuple[str, ...]  # bodies first, then countries: "the X Center at Harvard"
    sentence: str  # the sentence that gives it, verbatim

    @property
    def employer(self) -> str | None:
        """The body (or country) named first: the person's own."""
        return self.employers[0] if self.employers else None


def find_post(text: str, start: int, end: int, sentence: str, index: EntityIndex) -> Post | None:
    """The post given to the person named at text[start:end], if the text gives one."""
    after = _APPOSITION.match(text, end)
    if after is not None and _TITLE_OF_THE_NEXT.search(after.group("phrase")):
        after = None  # "by Michael Wells, the philosopher Luis de Miranda weaves": his title
    if after is not None and _has_post_word(after.group("phrase")):
        phrase = after.group("phrase").strip()
        relative = _RELATIVE_POST.match(phrase)
        if relative is not None:  # "who follows Amazon as a managing director at ..."
            phrase = relative.group("post")
        if not phrase.lower().startswith(("who ", "whose ", "which ", "that ")):
            return _post(phrase, "", sentence, index)
    before = _title_before(text, start)
    if before:
        return _post(before, before, sentence, index)
    line_start = text.rfind("\n", 0, start) + 1
    leading = _LEADING.search(text, line_start, start)
    if leading is not None and _has_post_word(leading.group("phrase")):
        phrase = _CUT.split(leading.group("phrase"))[-1]
        if _has_post_word(phrase):
            return _post(phrase, "", sentence, index)
    return None


# Words that end what comes before a leading post: "charges at the court against Sudan's
# president, Omar al-Bashir" gives him "Sudan's president", not the court.
_CUT = re.compile(r"\s+(?:against|with|by|from|into|after|before|during|over|under|between)\s+")


_RELATIVE_POST = re.compile(r"(?:who|whose)\s.*?\bas\s+(?P<post>(?:a|an|the)\s+.+)$", re.I)


# A post word right before a capitalised name: the title of the name after it.
_TITLE_OF_THE_NEXT = re.compile(
    r"\b(?:" + "|".join(sorted(POST_WORDS)) + r")\s+(?-i:[A-Z][a-z])", re.IGNORECASE
)


def _has_post_word(phrase: str) -> bool:
    return any(w.lower() in POST_WORDS for w in _WORD.findall(phrase))


def _title_before(text: str, start: int) -> str:
    """Up to five words right before a name that end in a post word: "White House press
    secretary", "Tunisian Prime Minister"."""
    words: list[tuple[int, str]] = []
    for match in reversed(list(_WORD.finditer(text, max(0, start - 80), start))):
        gap = text[match.end() : start if not words else words[-1][0]]
        word = match.group(0)
        if gap.strip() == "." and word in TITLE_ABBREVIATIONS:
            word, gap = TITLE_ABBREVIATIONS[word], ""  # "Gov. Mark Dayton": the governor
        elif gap.strip() == "." and word in _PLACE_ABBREVIATIONS:
            word, gap = word + ".", ""  # "St. Paul Mayor Chris Coleman": the place's
        of_a_body = word == "of" and words and all(w[:1].isupper() for _, w in words)
        if gap.strip() or (word.lower() in _BEFORE_STOP and not of_a_body) or len(words) == 5:
            break  # "Secretary of State John Kerry": "of" and a capitalised body join
        if not any(c.isalpha() for c in word) or (word.islower() and word.endswith("ly")):
            break  # "unacceptable - particularly after Mayor Rahm Emanuel": no title's words
        if word.islower() and (past_verb(word) or word in _FINITE):
            break  # "Mr Mugabe had told President Jacob Zuma": the title starts after the verb
        capitalised = any(w[:1].isupper() for _, w in words)
        if word.islower() and capitalised and word not in _QUALIFIERS and not of_a_body:
            break  # "will deny current Prime Minister Turnbull": only a qualifier joins a title
        words.append((match.start(), word))
    words.reverse()
    while words and words[0][1] == "of":
        words.pop(0)
    if words and words[-1][1].lower() not in POST_WORDS:
        of = next((i for i, (_, w) in enumerate(words) if w == "of"), len(words))
        if not 0 < of < len(words) or words[of - 1][1].lower() not in POST_WORDS:
            return ""  # a title ends in its post, or in the post "of" a body
    while words and words[0][1].lower() in _BEFORE_STOP:
        words.pop(0)
    return " ".join(w for _, w in words)


def _post(phrase: str, title: str, sentence: str, index: EntityIndex) -> Post:
    parsed = parse_text(phrase, index)
    mentions = tuple(parsed.mentions)
    posts = [titled(parsed.text, m, mentions)[0] for m in mentions if m.kind == "post"]
    employers = [m.name for m in parsed.mentions if m.kind == "organization"]
    employers += [m.name for m in parsed.mentions if m.kind == "country"]
    if not title:
        title = next(
            (parsed.text[m.start : m.end] for m in parsed.mentions if m.kind == "post"), ""
        )
    if not posts and title and _has_post_word(title):  # "White House press secretary": a
        posts = [title.lower()]  # post no table knows, in the article's words
    elif not posts:  # "a meteorologist for The Weather Channel": its post word
        posts = [w.lower() for w in _WORD.findall(phrase) if w.lower() in POST_WORDS][:1]
    # A title before a name ends in its post ("Kern County Sheriff's spokesman"); a phrase
    # after it opens with it ("a spokesman for the Kern County Sheriff's office").
    head = (posts[-1] if title == phrase else posts[0]) if posts else None
    return Post(phrase, title, _POST_FORMS.get(head.lower(), head) if head else None,
                tuple(dict.fromkeys(employers)), sentence)  # fmt: skip


# Verbs of saying whose object is who hears it: "Ron Joyce told NBC" (NBC heard him).
_TO_LISTENER = frozenset({"told", "tell", "tells", "telling", "informed", "briefed", "assured"})


def speaker(parsed: ParsedText, people: list[str]) -> str | None:
    """Who the sentence reports: a name next to a speech verb ("Essid declared", "said
    Lotfi Azzouz", "according to the World Travel and Tourism Council"), "he" or "she" for
    the last person named, or an unnamed source ("officials said")."""
    verbs = [
        w
        for w in parsed.words
        if (
            (w.lower in SPEECH_VERBS and _speaking(parsed.text, w.lower, w.end))
            or (w.lower == "put" and _PUT_IT.match(parsed.text, w.end))
        )
        and not quoted_at(parsed.text, w.start)
    ]
    if not verbs:
        return None
    names = [m for m in parsed.mentions if m.kind in ("person", "organization")]
    for verb in verbs:
        pronoun = parsed.text[max(0, verb.start - 4) : verb.start].strip().lower()
        if pronoun in ("he", "she") and people:  # "he said of himself and fellow members"
            return people[-1]
        lead = parsed.text[: verb.start].rstrip()
        listener = verb.lower in _TO_LISTENER  # "..., told NBC": NBC heard it
        if lead.endswith((",", "\u201d", '"')) and not listener:  # ", said vice minister Cheng"
            after = [m for m in names if m.kind == "person" and 0 <= m.start - verb.end <= 60]
            after = after or [m for m in names if 0 <= m.start - verb.end <= 25]
            if after:
                return after[0].name
        near = [
            m
            for m in names
            if _before(m.end, verb.start, parsed.text)
            or (0 <= m.start - verb.end <= 25 and not listener)
        ]
        if near:
            nearest = min(near, key=lambda m: min(abs(verb.start - m.end), abs(m.start - verb.end)))
            member = _member_of(nearest, names, parsed.text)
            return (
                member or _apposed_to(nearest.start, verb.start, names, parsed.text) or nearest.name
            )
        described = _apposed_to(verb.start, verb.start, names, parsed.text)
        if described is not None:  # a description too long for "near" ends at the verb
            return described
    unnamed = _UNNAMED_SPEAKERS.search(parsed.text)
    if unnamed is not None:
        return (unnamed.group("who") or unnamed.group("report")).lower()
    return None


def quoted_at(text: str, offset: int) -> bool:
    """Is the offset inside a quotation: the speaker's own words ("we're pleased to say that
    the EU is on track," Hoekstra said), whose verbs of saying report no one? A sentence with
    an odd number of quotation marks opens inside one begun before it."""
    marks = [i for i, ch in enumerate(text) if ch in '"\u201c\u201d']
    before = sum(1 for i in marks if i < offset)
    if len(marks) % 2 and _closes(text, marks[0]):
        return before % 2 == 0
    return before % 2 == 1


def _closes(text: str, mark: int) -> bool:
    """Does the quotation mark close a quotation (a curly one, or a straight one after a
    word or a sign and before a space or a sign)?"""
    if text[mark] != '"':
        return text[mark] == "\u201d"
    after = text[mark + 1 : mark + 2]
    return mark > 0 and not text[mark - 1].isspace() and (not after or not after.isalnum())


_PUT_IT = re.compile(r"\s+it\b")  # "as Cheng recently put it: ..."
# Verbs of saying that have other senses with an object: "claimed two lives", "added 200
# jobs", "an estimated 5,000", "projects growth". They report speech before "that", a
# clause's end or punctuation only.
_OTHER_SENSES = frozenset(
    "claimed claims added adds estimated estimates projected projects noted notes pointed"
    " points".split()
)
_REPORTS_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?\"\u201d\u2019)-]|that\b|to\b|out\b|in\s+a\s)", re.IGNORECASE
)


def _speaking(text: str, verb: str, end: int) -> bool:
    """Is the verb of saying that ends at `end` used of speech here?"""
    return verb not in _OTHER_SENSES or _REPORTS_AFTER.match(text, end) is not None


_SET_OFF = re.compile(r"\s*,\s+(?P<np>[^,;:.\u201c\u201d\"]+(?:,[^,;:.\u201c\u201d\"]+){0,3}),\s*$")
_DESCRIBES = re.compile(r"(?:a|an|the|who|whose)\s", re.IGNORECASE)


def _member_of(body: Mention, names: list[Mention], text: str) -> str | None:
    """The person a body's name is said of ("Captain Tyler Townsend of the Kern County Fire
    Department told CNN"): the person speaks, for the body."""
    if body.kind != "organization":
        return None
    return next(
        (
            m.name
            for m in names
            if m.kind == "person" and _OF_BODY.fullmatch(text, m.end, body.start)
        ),
        None,
    )


_OF_BODY = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?")


def _apposed_to(limit: int, verb: int, names: list[Mention], text: str) -> str | None:
    """The person, ending before `limit`, whom an apposition running up to the speech verb
    describes: "Andrew Small, a fellow with the Asia program of the German Marshall Fund,
    explained ...": Andrew Small speaks, not the fund; likewise after a bare post ("director
    of the Carnegie Moscow Center"), a relative clause ("who heads the fund"), or a
    description of several parts ("X, a fellow at an institute in Munich, Germany, and
    co-author of the study, said")."""
    for person in names:
        if person.kind != "person" or person.end > limit:
            continue
        found = _SET_OFF.match(text[person.end : verb])
        # "Andrew Small, a fellow with ...", "Dmitri Trenin, director of the Carnegie
        # Moscow Center,", "Jane Roe, who heads the fund,": a description of the person.
        if found is not None and (
            _DESCRIBES.match(found.group("np")) or _has_post_word(found.group("np"))
        ):
            return person.name
    return None


def _before(end: int, verb: int, text: str) -> bool:
    """A name shortly before the speech verb, with no quotation between them."""
    return 0 <= verb - end <= 90 and not _crosses_quote(text, end, verb)


def _crosses_quote(text: str, start: int, end: int) -> bool:
    return any(ch in text[start:end] for ch in '\u201c\u201d"')


_OPENING = '\u201c"'
_CLOSING = '\u201d"'


def quotes(sentence: str) -> bool:
    """Does the sentence hold a quotation?"""
    return any(mark in sentence for mark in _OPENING + _CLOSING)


def whole_quotation(sentence: str) -> bool:
    """A sentence that is all quotation, with no words of the writer's ("\u201cThat era is
    over.\u201d"): after a quoted speaker in the same paragraph, the same voice goes on."""
    text = sentence.strip()
    if len(text) < 3 or text[0] not in _OPENING or text[-1] not in _CLOSING:
        return False
    inner = text[1:-1]
    return not any(mark in inner for mark in _OPENING + _CLOSING)


def leaves_quote_open(sentence: str, quoting: str | None) -> bool:
    """Whether a quotation is still open after this sentence: one it opens and does not
    close, or one open before it (`quoting`) that it does not close."""
    curly = sentence.count("\u201c") - sentence.count("\u201d")
    straight = sentence.count('"') % 2 == 1
    if quoting is None:
        return curly > 0 or straight
    return not (curly < 0 or straight)
