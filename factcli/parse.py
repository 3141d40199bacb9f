"""Parse any text (a claim, a fact's statement, a scanned sentence, a quiz answer) into what
it fixes: quantities, dates, ranks, entities, roles, negation and polar words.

One mechanism for every use: what is compared later was read the same way on both sides.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cached_property
from typing import NamedTuple

from factcli.actions import Action, read_actions
from factcli.ages import as_ages
from factcli.amounts import attach_rates, in_compound, is_determiner, without_restatements
from factcli.casing import (
    CAPITALISED_WORD,
    in_title_case,
    is_headline,
    is_shouting,
    names_capitalised,
)
from factcli.contests import Contest, find_contests
from factcli.counterparts import counterpart_titles
from factcli.dates import find_dates
from factcli.entities import EntityIndex
from factcli.frames import Frame, find_frame
from factcli.implied import implied_words
from factcli.lazy_re import lazy_compile
from factcli.lexicon import (
    DEGREE_WORDS,
    DISCOURSE_WORDS,
    NEGATION_WORDS,
    PLURAL_REFERENCES,
    SINGULAR_REFERENCES,
    STOP_WORDS,
    WORD,
    stem,
)
from factcli.mood import MOOD_WORDS, MoodReading, main_clause, past_verb, read_mood
from factcli.normalize import normalize
from factcli.polar import PolarWord, negations, outside, polar_words
from factcli.posts import Post, full_titles, read_posts
from factcli.quantities import find_quantities
from factcli.ranks import find_ranks, top_bound_count
from factcli.roles import read_roles
from factcli.shorthand import expand_shorthand
from factcli.synonyms import idiom_words, phrase_equivalents, widened
from factcli.values import PLACE_KINDS, DateSpan, Mention, Quantity, Rank, RoleAssignment, Word

_ANCHOR_PREPOSITIONS = frozenset({"to", "in", "of", "with", "for", "at"})
_ANCHOR_KINDS = frozenset({"country", "city", "region", "organization"})
_VALUE_PREPOSITIONS = frozenset(
    "in on at by from since until till to for during of before after around about over".split()
)
# Words no value belongs to: function words, and the period of a rate ("38 bcm a year").
_NOT_HEADS = STOP_WORDS | frozenset("year years month months week weeks day days annually".split())
_REACHED = lazy_compile(
    r"\b(?:to|in|at|into|visit|visits|visited|visiting)\s+(?:the\s+)?$", re.IGNORECASE
)
_SPEECH_PARTICIPLES = frozenset(
    "saying adding noting stressing insisting promising pledging vowing".split()
)
_ADJUNCT_CONJUNCTIONS = frozenset(
    {"since", "after", "because", "as", "when", "while", "although", "though", "once", "until"}
)
# Words that open a sentence with its circumstances, up to a comma: "Amid a crisis over
# Ukraine, ...", "Facing sanctions from the West, ...". Their names fill no role of the main
# clause.
_CIRCUMSTANCE_OPENERS = frozenset({"amid", "amidst", "despite", "facing", "faced"})
# Words after the conjunction within which its clause has its verb: a subject of up to six
# words ("as some two dozen world leaders headed ...").
_ADJUNCT_VERB_REACH = 7
_AUXILIARY_VERBS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
)


def _finite(word: str) -> bool:
    return word in _AUXILIARY_VERBS or past_verb(word)


# A time said relative to when the text was written: no topic of its own ("later this
# year", "last week", and "the past" of "for the past 36 years").
_RELATIVE_TIME = lazy_compile(
    r"\b(?:(?:later|earlier)\s+)?(?:this|last|next|later\s+this|earlier\s+this)\s+"
    r"(?:year|month|week|spring|summer|autumn|fall|winter)\b"
    r"|\b(?:the\s+)?(?:past|last)(?=\s+(?:few\s+)?[\w-]+\s+(?:year|month|week|day|decade)s?\b)",
    re.IGNORECASE,
)
# "last" before a past verb says when something most recently happened ("last hosted");
# "last" before "until" or "for" says how long the subject runs ("is to last until May 10").
_MOST_RECENTLY = lazy_compile(
    r"\blast(?=\s+(?:[a-z]{3,}ed|met|held|saw|went|came|made|led|won)\b)"
    r"|\blast(?:s|ed|ing)?(?=\s+(?:until|till|through|for|into)\b)",
    re.IGNORECASE,
)
# The verb that gives a post ("serves as deputy FM"): compared as the post, no topic.
_POST_VERB = lazy_compile(r"\b(?:serv|work|act)(?:es|s|ed|ing)?\s+as\b", re.IGNORECASE)
# "his Russian counterpart, Vladimir Putin": the post is read as a title (counterparts.py)
# Hedges before a word, not a value ("roughly flat", "nearly complete"): no topic of their own.
_HEDGES = frozenset({"roughly", "approximately", "nearly", "almost", "around"})
_COUNTERPARTS = frozenset({"counterpart", "counterparts"})
_ARTICLES = frozenset({"a", "an", "the"})
_FRONT_WORDS = frozenset({"", "on", "in"})  # what may open a sentence before its date
_TIME_ADVERBS = frozenset({"today", "tomorrow", "tonight", "now", "soon", "later", "then"})
_TRIP_NOUNS = frozenset({"stay", "visit", "trip", "tour", "journey", "stopover", "stop"})
_TRIP_SUBJECT_REACH = 7  # words before a value that may hold "stay in Russia lasts"
_CLAUSE_PUNCTUATION = frozenset(",;:()[]\u2014")
_CLAUSE_MARK = lazy_compile(r"[,;()\[\]\u2014]|(?<!\d):|:(?!\d)")  # "6:58 p.m." is no break
CONTEXT_BEFORE = 8  # words before a value that may say which slot it fills
CONTEXT_AFTER = 3
# How much of one text is read: far more than any claim, sentence or answer, and a bound on
# the work a hostile input (a megabyte on one line) can cause, since some rules compare
# every name with every word.
MAX_TEXT_CHARS = 10_000


class Title(NamedTuple):
    """A post given to a person by apposition: "Russian President" before "Dmitry Medvedev"."""

    title: str
    holder: str  # whom the alias table gives the title to
    named: str  # whom the text gives it to


class _ParsedFields(NamedTuple):
    """What `parse_text` reads from a text; ParsedText adds the parts worked out from it."""

    text: str
    words: tuple[Word, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateSpan, ...]
    ranks: tuple[Rank, ...]
    mentions: tuple[Mention, ...]
    roles: tuple[RoleAssignment, ...]
    negations: tuple[str, ...]
    polar_words: tuple[PolarWord, ...]
    titles: tuple[Title, ...] = ()
    posts: tuple[Post, ...] = ()
    # A headline as a sentence would write it, where `text` has every capital lowered (same
    # offsets): a frame's speaker is a name by its capital ("..., Xi tells Europe"). "" when
    # the text is no headline.
    cased: str = ""


class ParsedText(_ParsedFields):
    """Everything the verifier compares, read from one text: the fields as parsed, and
    the parts worked out from them when first read (a NamedTuple with a cache)."""

    @cached_property
    def frame(self) -> Frame | None:
        """The reporting frame the text is wrapped in ("..., Reuters reported"), if any."""
        return find_frame(self.cased or self.text)

    @cached_property
    def actions(self) -> tuple[Action, ...]:
        """Who does what to whom, verb by verb (factcli.actions)."""
        return read_actions(self.words, self.mentions)

    @cached_property
    def contests(self) -> tuple[Contest, ...]:
        """The results the text tells, each with its winners and losers (factcli.contests)."""
        return tuple(find_contests(self.text, self.mentions))

    @cached_property
    def mood(self) -> MoodReading:
        """How the text states its content (done, planned, unmarked), read on the content
        of its reporting frame: "said" is the frame's tense, not the claim's."""
        frame = self.frame
        return read_mood(frame.content(self.text) if frame else self.text)

    @cached_property
    def side_denial(self) -> str | None:
        """A negation cue of a clause hung on the main one (", when no Western leader came"):
        it denies that clause, not the main statement, and no fact that does not deny it
        settles it. None when there is none."""
        lower = self.lower
        rest = lower[len(main_clause(lower)) :].lstrip(" ,").split(maxsplit=1)
        if len(rest) < 2 or rest[0] in _SPEECH_PARTICIPLES:
            return None  # ", saying they will not ...": what they said, set aside like a frame
        cues = negations(rest[1])  # after the conjunction that opens the clause
        return cues[0] if cues else None

    @property
    def negated(self) -> bool:
        """True when the text denies what it states (an odd number of negations)."""
        return len(self.negations) % 2 == 1

    @cached_property
    def stems(self) -> frozenset[str]:
        """The stems of every word."""
        return frozenset(word.stem for word in self.words)

    @cached_property
    def widened_stems(self) -> frozenset[str]:
        """The stems with their synonyms: "travelled" also reads as "visit"; an idiom reads
        as its one word ("takes no sides" as "neutral"); and the words the text implies
        (factcli.implied: "in Russia for three days" reads as a stay); a phrase reads as its one
        word ("hand in" as "submit")."""
        said = self.stems | {stem(word) for _, _, word in idiom_words(self.text)}
        said |= {stem(word) for word in phrase_equivalents(self.lower)}
        implied = implied_words(self.lower, self.words, self.mentions, self.quantities)
        return widened(said | {stem(word) for word in implied})

    @cached_property
    def stranger_titles(self) -> tuple[Title, ...]:
        """Titles the text gives to someone the store does not know ("Sergei Lavrov is
        Russia's prime minister"): the claim is about the title's holder all the same."""
        strangers = {m.name for m in self.mentions if not m.known}
        return tuple(t for t in self.titles if t.named in strangers)

    @cached_property
    def names(self) -> frozenset[str]:
        """Canonical names of every entity mentioned."""
        return frozenset(mention.name for mention in self.mentions)

    def context(
        self,
        start: int,
        end: int,
        before_words: int = CONTEXT_BEFORE,
        after_words: int = CONTEXT_AFTER,
    ) -> frozenset[str]:
        """Stems of the words around a span, within its clause: what says which slot a
        value fills ("from 2018", "a two-day visit")."""
        before = self.words_before(start, before_words)
        after = self.words_after(end, after_words)
        return frozenset(w.stem for w in (*before, *after))

    @cached_property
    def _in_order(self) -> bool:
        """Whether the words follow each other in the text (not so once context words are
        appended), which lets the lookups below bisect instead of scanning every word."""
        return all(a.end <= b.start for a, b in zip(self.words, self.words[1:], strict=False))

    @cached_property
    def _starts(self) -> list[int]:
        return [word.start for word in self.words]

    @cached_property
    def _ends(self) -> list[int]:
        return [word.end for word in self.words]

    def words_before(self, offset: int, count: int) -> list[Word]:
        """Up to `count` words before `offset`, nearest last, not across clause punctuation."""
        found: list[Word] = []
        boundary = offset
        words: Iterable[Word] = reversed(self.words)
        if self._in_order:  # a long text has many values: no scan of every word for each
            words = (self.words[i] for i in range(bisect_right(self._ends, offset) - 1, -1, -1))
        for word in words:
            if word.end > offset:
                continue
            if len(found) == count or self._break(word.end, boundary):
                break
            found.append(word)
            boundary = word.start
        return found[::-1]

    def words_after(self, offset: int, count: int) -> list[Word]:
        """Up to `count` words after `offset`, not across clause punctuation."""
        found: list[Word] = []
        boundary = offset
        words: Iterable[Word] = self.words
        if self._in_order:
            first = bisect_left(self._starts, offset)
            words = (self.words[i] for i in range(first, len(self.words)))
        for word in words:
            if word.start < offset:
                continue
            if len(found) == count or self._break(boundary, word.start):
                break
            found.append(word)
            boundary = word.end
        return found

    def _break(self, start: int, end: int) -> bool:
        gap = self.text[start:end]
        if _CLAUSE_PUNCTUATION.isdisjoint(gap):  # in C, no generator: most gaps are a space
            return False
        if ":" not in gap:
            return True
        mark = _CLAUSE_MARK.search(self.text, start)  # the digit after a colon may lie past `end`
        return mark is not None and mark.start() < end

    @cached_property
    def adjuncts(self) -> tuple[tuple[int, int], ...]:
        """Spans of clauses hung on the main one by a conjunction of time or cause ("since
        the West imposed sanctions", "after he visited Kazakhstan"): a subject and a verb
        of their own, up to the next comma or the end."""
        spans = []
        for index, word in enumerate(self.words):
            if word.lower not in _ADJUNCT_CONJUNCTIONS:
                continue
            following = self.words[index + 1 : index + 1 + _ADJUNCT_VERB_REACH]
            verb = next((w for w in following[1:] if _finite(w.lower)), None)
            if verb is None or self._break(word.end, verb.start):
                continue
            comma = self.text.find(",", verb.end)
            spans.append((word.start, comma if comma != -1 else len(self.text)))
        opening = self.words[0] if self.words else None
        if opening is not None and opening.lower in _CIRCUMSTANCE_OPENERS:
            comma = self.text.find(",", opening.end)  # "Amid a crisis over Ukraine, Putin ..."
            if comma != -1:
                spans.append((opening.start, comma))
        return tuple(spans)

    def in_adjunct(self, offset: int) -> bool:
        """Does the offset lie in a clause hung on the main one (see `adjuncts`)?"""
        return any(start <= offset < end for start, end in self.adjuncts)

    @cached_property
    def relative_times(self) -> tuple[str, ...]:
        """Times said relative to the writing ("next year", "later this month")."""
        found = (m.group() for m in _RELATIVE_TIME.finditer(self.text))
        return tuple(t for t in found if t.split()[-1].lower() not in ("past", "last"))

    @cached_property
    def refers_back(self) -> bool:
        """Does the text point at something named before it ("he", "the two countries")?"""
        if any(word.lower in SINGULAR_REFERENCES for word in self.words):
            return True
        if any(self._elliptical(rank) for rank in self.ranks):
            return True  # "China was Russia's biggest for the fifth year": biggest what?
        return _PLURAL_REFERENCE.search(self.lower) is not None

    def _elliptical(self, rank: Rank) -> bool:
        """A superlative rank with no noun after it ("Russia's biggest for ..."), whose noun
        is the one named before."""
        if rank.kind != "rank":
            return False
        after = self.words_after(rank.end, 1)  # none across a comma or full stop
        return not after or after[0].lower in _AFTER_ELLIPSIS

    @cached_property
    def met_keys(self) -> dict[str, bool]:
        """Key alternatives already tested against this text (filled by the verifier)."""
        return {}

    @cached_property
    def lower(self) -> str:
        """The text in lower case, for quick phrase tests."""
        return self.text.lower()

    def anchor(self, start: int, end: int) -> Mention | None:
        """The place or body a value is tied to: "a three-day trip to Kazakhstan", "travel to
        Belarus for three days", "from Kazakhstan, where he had spent two days". A place
        reached right before "for" comes first: "visited Kazakhstan for one day before
        flying to Russia". Kept per span: each candidate fact asks again of the same
        values."""
        anchors = self._anchors
        if (start, end) not in anchors:
            anchors[start, end] = self._anchor(start, end)
        return anchors[start, end]

    @cached_property
    def _anchors(self) -> dict[tuple[int, int], Mention | None]:
        return {}

    def _anchor(self, start: int, end: int) -> Mention | None:
        reached = self._reached_before_for(start)
        after = self._anchor_after(end)
        if reached is not None and (after is None or not self._after_article(start)):
            return reached  # "in Minsk for a five-day visit to Belarus": the visit's own place
        if after is not None:
            return after
        return self._fronted(start, end) or self._anchor_before(start)

    def _fronted(self, start: int, end: int) -> Mention | None:
        """The place a sentence's opening date goes with: "On May 7th, Xi visited Uzbekistan,
        then ...": the place its clause reaches, before the next comma."""
        if self.text[:start].strip().lower() not in _FRONT_WORDS:
            return None
        if not self.text[end:].lstrip().startswith(","):
            return None
        stop = self.text.find(",", end + 1)
        stop = len(self.text) if stop == -1 else stop
        for mention in self.mentions:
            if end < mention.start < stop and mention.kind in PLACE_KINDS:
                return mention if _reached(self.text, mention) else None
        return None

    def _anchor_after(self, end: int) -> Mention | None:
        """The place in the value's own phrase: "a three-day trip to Kazakhstan"."""
        following = self.words_after(end, 4)
        if any(w.lower in _ANCHOR_PREPOSITIONS for w in following):
            limit = following[-1].end if following else end
            for mention in self.mentions:
                if (
                    end <= mention.start <= limit
                    and mention.kind in _ANCHOR_KINDS
                    and not self._hyphenated(mention)
                ):
                    return mention
        return None

    def _after_article(self, start: int) -> bool:
        """Does an article open the value's phrase ("for a three-day visit")?"""
        before = self.words_before(start, 1)
        return bool(before) and before[-1].lower in _ARTICLES

    def _hyphenated(self, mention: Mention) -> bool:
        """ "the Spain-Russia series": a name in a compound modifies a noun; it is no place
        a value belongs to."""
        return self.text[mention.end : mention.end + 1] == "-" or (
            self.text[mention.start - 1 : mention.start] == "-" and mention.start > 0
        )

    def _reached_before_for(self, start: int) -> Mention | None:
        """The place reached right before "for" and the value: "to Belarus for three days"."""
        before = self.words_before(start, 4)
        if before and before[-1].lower in _ARTICLES:  # "for a three-day visit"
            before = before[:-1]
        if before and before[-1].lower in DEGREE_WORDS:  # "for just one day"
            before = before[:-1]
        if before and before[-1].lower == "for":
            offset = before[-1].start
            if len(before) > 1 and before[-2].lower in _TIME_ADVERBS:  # "to Moscow today for"
                offset = before[-2].start
            place = self._place_ending(offset)
            if place is not None and _reached(self.text, place):
                return place
        return None

    def _anchor_before(self, start: int) -> Mention | None:
        """The place a "where" clause holding the value is about, or the place of the trip
        the value's clause is about."""
        where = self.text.rfind(", where ", 0, start)
        if where != -1 and not self._break(where + 2, start):
            return self._place_ending(where)
        return self._trip_subject(start)

    def _trip_subject(self, start: int) -> Mention | None:
        """The place of a trip the value's clause is about: "Xi's stay in Russia lasts three
        days", "the visit to Belarus will take two days" (a trip noun, its place, a verb)."""
        before = self.words_before(start, _TRIP_SUBJECT_REACH)
        if not before:
            return None
        places = [
            m
            for m in self.mentions
            if m.kind in PLACE_KINDS and before[0].start <= m.start and m.end <= start
        ]
        if len({m.name for m in places}) != 1 or not _reached(self.text, places[0]):
            return None
        leading = [w for w in before if w.end <= places[0].start][-3:]
        return places[0] if any(w.lower in _TRIP_NOUNS for w in leading) else None

    def _place_ending(self, offset: int) -> Mention | None:
        """The place or body named right before `offset` (spaces between)."""
        for mention in self.mentions:
            if mention.kind in PLACE_KINDS and not self.text[mention.end : offset].strip(" '"):
                return mention
        return None

    def head(self, start: int, end: int) -> Word | None:
        """The content word a value's phrase belongs to: the noun it modifies ("the May 2014
        visit"), else the nearest content word before it in its clause ("signed in June
        2016", "a visit to China in May 2014"), else, for a value opening its sentence, the
        first past verb after it ("In March 2006, Gazprom signed ...")."""
        inside = self._value_and_name_spans
        before = self.words_before(start, CONTEXT_BEFORE)
        after = self.words_after(end, 1)
        if after and (not before or before[-1].lower not in _VALUE_PREPOSITIONS):
            word = after[0]
            if word.lower not in _NOT_HEADS and not inside.contains(word.start):
                return word
        for word in reversed(before):
            if word.lower not in _NOT_HEADS and not inside.contains(word.start):
                return word
        if before and any(w.lower not in _VALUE_PREPOSITIONS for w in before):
            return None
        following = [w for w in self.words if w.start >= end][:12]
        return next((w for w in following if past_verb(w.lower)), None)

    @cached_property
    def _value_and_name_spans(self) -> "_SpanSet":
        spans = [(q.start, q.end) for q in self.quantities]
        spans += [(d.start_offset, d.end_offset) for d in self.dates]
        spans += [(r.start, r.end) for r in self.ranks]
        spans += [(m.start, m.end) for m in self.mentions]
        return _SpanSet(spans)

    def stems_between(self, start: int, end: int) -> frozenset[str]:
        """Stems of the words inside a span: "double" names its own slot."""
        words: Iterable[Word] = self.words
        if self._in_order:
            first, last = bisect_left(self._starts, start), bisect_right(self._ends, end)
            words = (self.words[i] for i in range(first, last))
        return frozenset(w.stem for w in words if start <= w.start and w.end <= end)

    def content_words(self) -> list[Word]:
        """Words that carry the topic: not stop words, words that frame the claim or give its
        mood (read as its modality), or words inside a value or a name."""
        covered = [(q.start, q.end) for q in self.quantities]
        covered += [(d.start_offset, d.end_offset) for d in self.dates]
        covered += [(r.start, r.end) for r in self.ranks]
        covered += [(m.start, m.end) for m in self.mentions if m.kind != "term"]
        covered += [(p.start, p.end) for p in self.posts]  # compared as posts
        if self.posts and " as " in self.lower:
            covered += [m.span() for m in _POST_VERB.finditer(self.text)]
        covered += [m.span() for m in _RELATIVE_TIME.finditer(self.text)]  # "later this year"
        if "last" in self.text.lower():  # "last visited": most recently, no topic
            covered += [m.span() for m in _MOST_RECENTLY.finditer(self.text)]
        inside = _SpanSet(covered)
        return [
            word
            for word in self.words
            if word.lower not in STOP_WORDS
            and word.lower not in NEGATION_WORDS
            and word.lower not in DISCOURSE_WORDS
            and word.lower not in MOOD_WORDS
            and word.lower not in _HEDGES
            and word.lower not in _COUNTERPARTS
            and not word.lower.isdigit()
            and not inside.contains(word.start)
        ]


def _reached(text: str, place: Mention) -> bool:
    """Is the place reached by the phrase before it ("travel to Belarus", "in Russia")?"""
    return _REACHED.search(text, max(0, place.start - 20), place.start) is not None


class _SpanSet:
    """A union of [start, end) spans, for membership tests in logarithmic time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(span for span in spans if span[0] < span[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def contains(self, offset: int) -> bool:
        index = bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]


def _bounded(text: str) -> str:
    """The first MAX_TEXT_CHARS characters of `text`, cut after a space if there is one near
    the end, so that no number or name is read cut in half."""
    if len(text) <= MAX_TEXT_CHARS:
        return text
    head = text[:MAX_TEXT_CHARS]
    space = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
    return head[:space] if space > MAX_TEXT_CHARS // 2 else head


def parse_text(text: str, entities: EntityIndex) -> ParsedText:
    """Read what `text` fixes. Offsets refer to the normalised text kept in the result
    (of at most MAX_TEXT_CHARS characters of `text`)."""
    normal = expand_shorthand(normalize(_bounded(text)))
    title_case = ""
    if is_shouting(normal) or normal.islower():
        normal = normal.lower()  # same length: offsets stay valid
        title_case = in_title_case(normal)  # the names' capitals, for a frame's speaker
    elif is_headline(normal):
        title_case = normal
        normal = CAPITALISED_WORD.sub(lambda m: m.group(0).lower(), normal)  # acronyms stay
    words = tuple(  # stem() lowers the word itself: the lower form shares its cache entry
        Word(m.start(), m.end(), (lower := m.group().lower()), stem(lower))
        for m in WORD.finditer(normal)
    )
    every_name = entities.find(normal)
    known_names = [(m.start, m.end) for m in every_name if m.known]
    quantities = tuple(
        q
        for q in attach_rates(find_quantities(normal), normal)
        if not is_determiner(q, normal)
        and not in_compound(q, normal)
        and not top_bound_count(normal, q.start)
        and (q.dimension != "count" or outside(q.start, q.end, known_names))
    )
    quantities = as_ages(normal, quantities, every_name)  # "Grace Mugabe, 52,": years
    quantities = without_restatements(normal, quantities)
    dates = tuple(find_dates(normal))
    values = [(q.start, q.end) for q in quantities] + [
        (d.start_offset, d.end_offset) for d in dates
    ]
    found = [m for m in every_name if outside(m.start, m.end, values)]
    mentions, titles = _appositions(normal, full_titles(normal, found))
    posts, title_aliases = read_posts(normal, mentions)
    titles += [Title(*t) for t in counterpart_titles(normal, mentions, entities)]
    if title_aliases:
        used = {id(t.mention) for t in title_aliases}
        mentions = tuple(m for m in mentions if id(m) not in used)
        titles += [Title(t.title, t.holder, t.named) for t in title_aliases]
    names = [(m.start, m.end) for m in mentions]
    ranks = tuple(r for r in find_ranks(normal) if outside(r.start, r.end, values + names))
    return ParsedText(
        text=normal,
        words=words,
        quantities=quantities,
        dates=dates,
        ranks=ranks,
        mentions=mentions,
        roles=tuple(read_roles(normal, words, mentions)),
        negations=tuple(negations(normal.lower())),
        polar_words=tuple(polar_words(normal, words, names)),
        titles=tuple(titles),
        posts=tuple(posts),
        cased=names_capitalised(normal, title_case, mentions) if title_case else "",
    )


_POST_WORDS = frozenset(
    {"president", "minister", "pm", "premier", "leader", "chancellor", "chairman", "secretary"}
)


# A qualifier that makes another post of the title after it: "former Russian PM".
_QUALIFIER_BEFORE = lazy_compile(r"\b(former|ex|deputy|vice|acting)[\s-]+\Z", re.IGNORECASE)


def _appositions(text: str, mentions: list[Mention]) -> tuple[tuple[Mention, ...], list[Title]]:
    """A title that names one person, put before another's name ("Russian President Dmitry
    Medvedev"), says that the second holds the first's post: keep the name, note the title;
    and so does the person's own title with a qualifier ("former Russian PM Medvedev")."""
    kept: list[Mention] = []
    titles: list[Title] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous.kind == mention.kind == "person"
            and not text[previous.end : mention.start].strip()
            and _POST_WORDS & set(text[previous.start : previous.end].lower().split())
        ):
            kept.pop()
            title = text[previous.start : previous.end]
            qualified = _QUALIFIER_BEFORE.search(text, max(0, previous.start - 12), previous.start)
            if previous.name != mention.name:
                titles.append(Title(title, previous.name, mention.name))
            elif qualified is not None:  # "former Russian PM Dmitry Medvedev", who still is
                titles.append(
                    Title(f"{qualified.group(1).lower()} {title}", mention.name, mention.name)
                )
        kept.append(mention)
    return tuple(kept), titles


_AFTER_ELLIPSIS = frozenset("for in since of among by at on with after".split())
_PLURAL_REFERENCE = lazy_compile(
    r"\b(?:" + "|".join(re.escape(p) for p in PLURAL_REFERENCES) + r")\b"
)
