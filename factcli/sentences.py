"""Split text into sentences and clauses with exact character offsets, so scans can point back."""

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import NamedTuple

from factcli.lazy_re import lazy_compile


class Segment(NamedTuple):
    """A span of the original text, stripped of surrounding whitespace: `text == src[start:end]`."""

    start: int
    end: int
    text: str


def _wordset(words: str) -> frozenset[str]:
    """Return the set of whitespace-separated words of a literal, for readable word lists."""
    return frozenset(words.split())


# A run of terminal punctuation, optional closing quotes/brackets, then whitespace. The
# lookbehind anchors matches at the start of a run, which keeps long runs linear.
_TERMINAL = lazy_compile(r"(?<![.!?…])(?P<punct>[.!?…]+)(?P<closers>[\"'”’»)\]]*)\s+")
_LIST_MARKER = lazy_compile(r"[ \t]*(?:\d{1,3}[.)]|[-*•·–])[ \t]+(?=\S)")
_NEXT_WORD = lazy_compile(r"[A-Za-z]+")
_MAX_ABBREVIATION_LENGTH = 20
_MIN_WRAPPED_LINE = 60
_WRAP_RATIO = 0.8

_NEVER_END = _wordset(
    """
    mr mrs ms dr prof gen lt col capt sgt gov sen rep rev st mt ft adm maj hon pres supt asst
    messrs mme mlle cmdr brig gens sens reps e.g i.e cf viz vs approx v ph
    """
)
_NUMBER_PREFIXES = _wordset(
    """
    no nos vol vols art arts p pp fig figs ch chap sec para
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
_MAY_END = _wordset("etc inc ltd co corp bros jr sr al")
_SENTENCE_STARTERS = _wordset(
    """
    the a an he she it they we i you this that these those there but and however in on at
    for as if when while after before his her its their our my what who why how some many
    most one both yet so still meanwhile
    """
)
_CONTINUATION_WORDS = _wordset(
    """
    the a an and or nor but of to in on at for with by from as that which than its their
    his her our my your this these those into onto over under about between
    """
)
_TERMINALS = frozenset(".!?…")
_NO_HEADING_END = frozenset(".!?…,;:-–—/&(")
_CLOSERS = frozenset("\"'”’»)]")


def split_sentences(text: str) -> list[Segment]:
    """Split `text` into sentences; blank lines, headings and list items always end one."""
    sentences: list[Segment] = []
    for block_start, scan_from, block_end in _blocks(text):
        sentences.extend(_sentences_in_block(text, block_start, scan_from, block_end))
    return sentences


def _blocks(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield (start, scan_from, end) of runs of lines that no hard line break separates."""
    block: tuple[int, int] | None = None  # (start, scan_from) of the open block
    previous = (0, 0)  # (start, end) of the previous non-blank line
    for line in _lines(text):
        if _is_blank(text, *line):
            if block is not None:
                yield block[0], block[1], previous[1]
            block = None
            continue
        marker = _LIST_MARKER.match(text, *line)
        if block is not None and (marker is not None or _is_heading(text, previous, line)):
            yield block[0], block[1], previous[1]
            block = None
        if block is None:
            block = (line[0], marker.end() if marker else line[0])
        previous = line
    if block is not None:
        yield block[0], block[1], previous[1]


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every line, without its newline."""
    start = 0
    while start <= len(text):
        newline = text.find("\n", start)
        end = len(text) if newline == -1 else newline
        yield start, end
        start = end + 1


def _is_blank(text: str, start: int, end: int) -> bool:
    """Tell whether a line holds only whitespace."""
    return start == end or text[start:end].isspace()


def _is_heading(text: str, line: tuple[int, int], next_line: tuple[int, int]) -> bool:
    """Tell whether a line reads as a heading, caption or byline rather than wrapped prose."""
    start = _lstrip_index(text, *line)
    end = _rstrip_index(text, *line)
    next_start = _lstrip_index(text, *next_line)
    next_length = _rstrip_index(text, *next_line) - next_start
    return (
        _ends_without_punctuation(text, start, end)
        and not text[next_start].islower()
        and not _looks_hard_wrapped(end - start, next_length)
    )


def _ends_without_punctuation(text: str, start: int, end: int) -> bool:
    """Tell whether a line ends on a word that neither ends nor continues a sentence."""
    last = text[end - 1]
    if last in _NO_HEADING_END or (last in _CLOSERS and text[end - 2 : end - 1] in _TERMINALS):
        return False
    word_start = end
    while word_start > start and text[word_start - 1].isalpha():
        word_start -= 1
    return text[word_start:end] not in _CONTINUATION_WORDS


def _looks_hard_wrapped(length: int, next_length: int) -> bool:
    """Tell whether a line is as long as wrapped prose: long, and not much shorter than the next.

    Headings are short next to the paragraph below them; a wrapped line is about as long
    as the next one, or longer when the next one closes the paragraph.
    """
    return length >= _MIN_WRAPPED_LINE and length >= _WRAP_RATIO * next_length


def _sentences_in_block(text: str, start: int, scan_from: int, end: int) -> Iterator[Segment]:
    """Yield the sentences of one block, cutting after terminal punctuation that ends one."""
    sentence_start = start
    for match in _TERMINAL.finditer(text, scan_from, end):
        if match.end() < end and _ends_sentence(text, match, start):
            segment = _stripped(text, sentence_start, match.end("closers"))
            if segment is not None:
                yield segment
            sentence_start = match.end()
    segment = _stripped(text, sentence_start, end)
    if segment is not None:
        yield segment


def _ends_sentence(text: str, match: re.Match[str], block_start: int) -> bool:
    """Decide whether terminal punctuation followed by whitespace closes a sentence."""
    following = text[match.end()]
    if following.islower():
        return False
    if match["punct"] != "." or match["closers"]:
        return True
    word = _word_before(text, match.start(), block_start)
    key = word.lower()
    if key in _NEVER_END or (len(word) == 1 and word.isupper()):
        return False
    if following.isdigit() and key in _NUMBER_PREFIXES:
        return False
    if key in _MAY_END or "." in word:
        return _next_word(text, match.end()) in _SENTENCE_STARTERS
    return True


def _word_before(text: str, end: int, floor: int) -> str:
    """Return the letters-and-dots word just before `end` ("U.S" for "U.S.", "bn" for "1.5bn")."""
    start = end
    limit = max(floor, end - _MAX_ABBREVIATION_LENGTH)
    while start > limit and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return text[start:end].lstrip(".")


def _next_word(text: str, start: int) -> str:
    """Return the lower-cased alphabetic word starting at `start`, or ""."""
    match = _NEXT_WORD.match(text, start, start + _MAX_ABBREVIATION_LENGTH)
    return match.group().lower() if match else ""


def _lstrip_index(text: str, start: int, end: int) -> int:
    """Move `start` forward over whitespace, not past `end`."""
    while start < end and text[start].isspace():
        start += 1
    return start


def _rstrip_index(text: str, start: int, end: int) -> int:
    """Move `end` backward over whitespace, not before `start`."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _stripped(text: str, start: int, end: int) -> Segment | None:
    """Return the span without surrounding whitespace, or None when nothing is left."""
    start = _lstrip_index(text, start, end)
    end = _rstrip_index(text, start, end)
    return Segment(start, end, text[start:end]) if start < end else None


# --- clauses -----------------------------------------------------------------------------

_CLAUSE_BREAK = lazy_compile(
    r",\s+(?:but|while|whereas|although|though|yet|and|so)\s+|;\s+|(?<!\s)\s+but\s+"
    r"|(?<![\s,])\s+(?:and|while)\s+(?=[A-Za-z])|,?\s+even\s+as\s+"
    # a comma splice: "..., he personally brokered ..."
    r"|,\s+(?=(?:he|she|they|we)\s+[a-z])"
)
# Words that open a clause hung on the one after the comma: "When he arrived, he met ...".
_SUBORDINATORS = _wordset(
    "when if after before as because although though while since once until unless whether"
)
_NAMED_SUBJECT_REACH = 3  # words of a name after a bare "and" before its verb
_NOUN_SUBJECT_REACH = 3  # words of a common subject after a bare "and" before its verb
_NOUN_SUBJECT_MIN = 2
_CLAUSE_ADVERBS = frozenset({"also", "too", "then", "later", "still", "meanwhile"})
_COMPLEMENTIZERS = frozenset({"that", "which", "who", "whom", "whose", "whether", "if", "what"})
_WORD = lazy_compile(r"[A-Za-z][A-Za-z'’-]*")
_MAX_SUBJECT_WORDS = 6
_MAX_CLAUSE_LOOKAHEAD = 12

_AUXILIARIES = _wordset(
    """
    is are was were am be been has have had will would can could may might must shall should
    does do did isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't
    couldn't doesn't don't didn't
    """
)
_IRREGULAR_PAST = _wordset(
    """
    said told went made took gave became began saw grew rose fell held met paid sold sent left
    led won built spent kept brought thought found came put set cut hit stood bought sought
    drew flew knew wrote ran struck fought lost meant felt heard
    """
)
_COMMON_VERBS = _wordset(
    "account add agree aim allow announce appear argue arrive ask become begin believe bring "
    "build buy call carry cause claim come consider continue cost count create cut decide "
    "deliver depend describe develop drop earn end estimate expect export face fall fear feel "
    "find follow get give go grow head help hold hope import include increase intend invest "
    "join keep know lack last lead leave lie like live look lose make mark mean meet move need "
    "note offer own pay plan play point produce provide rank reach receive remain report represent "
    "require rise run say see seek seem sell send serve show sign stand start stay suggest supply "
    "support take tell tend think total trade try turn visit want warn win work worry"
)
_NOT_FINITE_AFTER = _wordset("to the a an its their his her our my your this these those")
# Capitalised words that name no party: "arrived on Friday and Putin met him" joins clauses.
_CALENDAR_WORDS = _wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december"
)
_SUBJECT_STARTERS = _wordset(
    """
    he she it they we i you this that these those there the a an its their his her our my
    both all each some many most such no one two three several neither none nobody nothing
    every any few
    """
)
_NOT_SUBJECT = _wordset(
    "also not only to then in on at for with by from as of even still rather just so"
)
_NOT_PAST = _wordset("need needed hundred speed seed bed red bred shed")


def _third_person(verb: str) -> str:
    """Return the third-person singular form of a base verb ("want" -> "wants")."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


_VERB_S_FORMS = frozenset(_third_person(verb) for verb in _COMMON_VERBS)


class _Word(NamedTuple):
    """A word of a sentence with its offset and whether it reads as a finite verb."""

    start: int
    lower: str
    is_capitalized: bool
    is_verb: bool


def split_clauses(text: str, sentence: Segment) -> list[Segment]:
    """Split a sentence at coordinating boundaries that join two clauses with their own verbs."""
    breaks = list(_CLAUSE_BREAK.finditer(text, sentence.start, sentence.end))
    words = _words(text, sentence) if breaks else []  # most sentences have no boundary
    word_starts = [word.start for word in words]
    clauses: list[Segment] = []
    clause_start = sentence.start
    last_verb_start = -1
    next_word = 0
    for match in breaks:
        while next_word < len(words) and words[next_word].start < match.start():
            if words[next_word].is_verb:
                last_verb_start = words[next_word].start
            next_word += 1
        right = bisect_left(word_starts, match.end())
        # A semicolon ends a clause whatever verb the guess found before it ("... let 100
        # inmates break out; the minister said ..."): only the clause after needs its verb.
        semicolon = match.group().startswith(";")
        if _splice(match) and (
            (
                _first_word(text, clause_start) in _SUBORDINATORS
                and "," not in text[clause_start : match.start()]
            )  # "When he arrived, he met Putin": one clause hung on the other
            or _reports(text, match.end())  # "..., he said on Tuesday": who said the rest
        ):
            continue
        if (last_verb_start >= clause_start or semicolon) and _opens_clause(
            text, words, right, match, text[last_verb_start : match.start()]
        ):
            clause = _stripped(text, clause_start, match.start())
            if clause is not None:
                clauses.append(clause)
            clause_start = match.end()
    last = _stripped(text, clause_start, sentence.end)
    if last is not None:
        clauses.append(last)
    return clauses


def _splice(match: re.Match[str]) -> bool:
    """Is the boundary a bare comma before a pronoun subject (a comma splice)?"""
    return match.group().rstrip() == ","


_SPEECH_VERBS = _wordset(
    """
    said says told tells added adds noted notes argued argues explained explains stressed
    insisted wrote writes asked replied recalled warned continued acknowledged conceded
    claimed claims believes believed thinks thought predicted predicts
    """
)


def _reports(text: str, start: int) -> bool:
    """Does a pronoun at `start` open a reporting frame ("he said", "she later told")?"""
    words = [w.group().lower() for w in _WORD.finditer(text, start, start + 40)][1:3]
    return any(word in _SPEECH_VERBS for word in words)


def _first_word(text: str, start: int) -> str:
    found = _WORD.search(text, start)
    return found.group().lower() if found else ""


# "A quake that struck the coast on Friday has left 272 dead": a subject, a restrictive
# relative clause, then the main verb after an auxiliary.
_RESTRICTIVE = lazy_compile(
    r"^(?P<np>(?:[Aa]n?|[Tt]he|[A-Z][\w'\u2019.-]*)\b[^,;()]{0,60}?)\s+(?:that|which|who)\s+"
    r"(?P<verb>[a-z]+)\b[^,;()]{3,}?\s+(?P<main>(?:has|have|had|is|are|was|were|will)\s+[a-z]+)"
)


def split_relative(clause: Segment) -> list[Segment]:
    """A clause whose subject carries a restrictive relative clause, as two: the subject
    with its relative clause, and the subject with the main predicate ("A quake has left
    272 dead"), so that an error in one does not condemn the other."""
    found = _RESTRICTIVE.match(clause.text)
    if found is None or not _is_finite_verb(found.group("verb"), None):
        return [clause]
    cut = found.start("main")
    head = clause.text[:cut].rstrip()
    main = f"{found.group('np')} {clause.text[cut:]}"
    return [Segment(clause.start, clause.start + len(head), head),
            Segment(clause.start + cut, clause.end, main)]  # fmt: skip


def split_predicates(text: str, clause: Segment) -> list[Segment]:
    """A clause with a second predicate of its subject after "and", in the past ("Ramsay
    took argon as a reference and isolated three more gases"), as two: each predicate is
    a claim of its own, so that an error in one does not condemn the other. The second
    takes the subject when it is a few words that open the clause ("Western sanctions
    have hurt the economy and sent the rouble tumbling"); otherwise it stands alone, read
    with the first as its context."""
    if " and " not in clause.text:
        return [clause]
    words = _words(text, clause)
    for index in range(1, len(words) - 2):
        if words[index].lower != "and":
            continue
        before = text[clause.start : words[index].start]
        if before.rstrip()[-1:] in (",", ";"):
            continue  # ", and ...": split_clauses' business
        verb, after = words[index + 1], words[index + 2]
        past = verb.lower in _IRREGULAR_PAST or (
            len(verb.lower) >= 5 and verb.lower.endswith("ed") and verb.lower not in _NOT_PAST
        )
        if not past or after.lower in _NOT_OBJECT or len(words) - index < _MIN_PREDICATE_WORDS:
            continue
        phrase_start = clause.start + before.rfind(",") + 1
        if not any(w.is_verb for w in words[:index] if w.start >= phrase_start):
            continue  # the first predicate's verb in the same phrase: "took ... and isolated"
        head = _stripped(text, clause.start, words[index].start)
        tail = _stripped(text, verb.start, clause.end)
        if head is not None and tail is not None:
            subject = _opening_subject(text, clause, words)
            if subject:
                tail = Segment(tail.start, tail.end, f"{subject} {tail.text}")
            return [head, tail]
    return [clause]


def _opening_subject(text: str, clause: Segment, words: list[_Word]) -> str:
    """The words before the clause's first verb, when they are a short subject that opens
    it ("Western sanctions"); "" after an opening phrase or a comma."""
    first_verb = next((i for i, w in enumerate(words) if w.is_verb), None)
    if first_verb is None or not 0 < first_verb <= _MAX_OPENING_SUBJECT:
        return ""
    subject = text[clause.start : words[first_verb].start].strip()
    if any(mark in subject for mark in ",;:()") or words[0].lower in _SUBORDINATORS:
        return ""
    return subject


_MAX_OPENING_SUBJECT = 5


_NOT_OBJECT = _wordset("by to as and or")  # "and dedicated to ...": a participle, no predicate
_MIN_PREDICATE_WORDS = 4


_CONTRACTED_SUBJECTS = _wordset("he she it that there what who i you we they")


def _contracted_verb(word: str) -> bool:
    """A pronoun with its verb contracted: "he's", "they're", "we've", "it'll"."""
    subject, mark, verb = word.replace("’", "'").partition("'")
    return (
        bool(mark) and subject in _CONTRACTED_SUBJECTS and verb in ("s", "re", "ve", "ll", "d", "m")
    )


def _words(text: str, sentence: Segment) -> list[_Word]:
    """Tokenise a sentence into words, marking those that read as finite verbs."""
    words: list[_Word] = []
    previous: str | None = None
    for match in _WORD.finditer(text, sentence.start, sentence.end):
        token = match.group()
        lower = token.lower()
        is_verb = token.islower() and _is_finite_verb(lower, previous)
        is_verb = is_verb or _contracted_verb(lower)
        words.append(_Word(match.start(), lower, token[0].isupper(), is_verb))
        previous = lower
    return words


def _is_finite_verb(word: str, previous: str | None) -> bool:
    """Guess whether a lower-case word is a finite verb, given the word before it."""
    if previous in _NOT_FINITE_AFTER:
        return False
    if word in _AUXILIARIES or word in _IRREGULAR_PAST or word in _VERB_S_FORMS:
        return True
    if word in _COMMON_VERBS and previous is not None and _plural_subject(previous):
        return True  # "the two countries hope to double it"
    return len(word) >= 5 and word.endswith("ed") and "-" not in word and word not in _NOT_PAST


_PLURAL_PRONOUNS = _wordset("they we you i")


def _plural_subject(word: str) -> bool:
    """Tell whether a word can end a plural subject, after which a base verb is finite."""
    if word in _PLURAL_PRONOUNS:
        return True
    return len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "'s", "us", "is"))


def _opens_clause(
    text: str, words: list[_Word], first: int, match: re.Match[str], since_verb: str = ""
) -> bool:
    """Tell whether the words after a boundary form a clause: a subject, then a finite verb.
    `since_verb` is the text from the last verb before the boundary to the boundary."""
    if match.group().startswith(";"):
        return any(word.is_verb for word in words[first : first + _MAX_CLAUSE_LOOKAHEAD])
    if not match.group().lstrip().startswith((",", "but", "even")):
        # "... partner and Russia was China's ninth-largest", not "Russia and China would"
        before = words[first - 2] if first >= 2 else None
        return (
            before is not None
            and (not before.is_capitalized or before.lower in _CALENDAR_WORDS)
            and first < len(words)
            and (
                (words[first].is_capitalized and _named_clause(words, first))
                or (_noun_clause(words, first) and _PHRASE_BREAKS.isdisjoint(since_verb))
            )
        )
    if first >= len(words) or words[first].start != match.end():
        return False
    first = _past_fronted_place(words, first)  # ", and in England the party is expected"
    if first >= len(words):
        return False
    if not _can_start_subject(words[first], after_and=match.group().rstrip().endswith("and")):
        return _noun_clause(words, first)  # ", and tit-for-tat sanctions have boosted ..."
    for word in words[first + 1 : first + 1 + _MAX_SUBJECT_WORDS]:
        if text.find(",", match.end(), word.start) != -1:
            return False
        if word.is_verb:
            return True
    return False


_FRONTING = frozenset({"in", "on", "at", "across"})


def _past_fronted_place(words: list[_Word], first: int) -> int:
    """The word after a fronted place ("in England", "across Europe") that opens the
    clause, or `first` when none stands there."""
    if words[first].lower not in _FRONTING or first + 1 >= len(words):
        return first
    after = first + 1
    while after < len(words) and words[after].is_capitalized:
        after += 1
    return after if after > first + 1 else first


def _named_clause(words: list[_Word], first: int) -> bool:
    """After a bare "and": a name (capitalised words), then at once an auxiliary or a past
    verb ("and Russia was ...", "and Medvedev will ..."); "and Russia's trade" has no verb
    after the name."""
    for word in words[first : first + _NAMED_SUBJECT_REACH + 1]:
        if word.is_capitalized:
            continue
        return (
            word.lower in _AUXILIARIES
            or word.lower in _IRREGULAR_PAST
            or (word.is_verb and word.lower.endswith("ed"))
        )
    return False


def _noun_clause(words: list[_Word], first: int) -> bool:
    """After a bare "and" or "while": a subject of a few words, then a past verb or an
    auxiliary ("... and oil prices also declined", "while U.S. stocks fell"). One word
    may end a subject the "and" joins ("the passengers and crew survived"); "and gas fields
    owned by Gazprom" is a noun phrase, its verb a participle; "and that ..." goes on with
    what the clause before reports. (The caller also wants the verb before the "and" in
    the same phrase: "said that, besides the foreigners, a guard and a driver were".)"""
    if first < len(words) and words[first].lower in _COMPLEMENTIZERS:
        return False
    for index in range(first, min(first + _NOUN_SUBJECT_REACH + 2, len(words))):
        word = words[index]
        if word.lower in _CLAUSE_ADVERBS and index > first:
            continue
        if (
            word.lower in _AUXILIARIES
            or word.lower in _IRREGULAR_PAST
            or (word.is_verb and word.lower.endswith("ed"))
        ):
            after = words[index + 1].lower if index + 1 < len(words) else ""
            return index - first >= _NOUN_SUBJECT_MIN and after != "by"
        if word.is_verb or word.lower in _NOT_SUBJECT or index - first >= _NOUN_SUBJECT_REACH:
            return False
    return False


def _can_start_subject(word: _Word, *, after_and: bool) -> bool:
    """Tell whether a word can open a subject; after "and" only a name, pronoun or determiner.

    An -s form such as "imports" may be a plural noun, so only other verb forms are excluded.
    """
    if (word.is_verb and word.lower not in _VERB_S_FORMS) or word.lower in _NOT_SUBJECT:
        return False
    return not after_and or word.is_capitalized or word.lower in _SUBJECT_STARTERS


# A comma, a colon, a bracket or a dash ends a phrase: a post word past it heads another
# phrase ("a crisis over Ukraine, Russia's President Putin" gives no post to Ukraine).
_PHRASE_BREAKS = frozenset(",;:()\u2014\u2013")


def phrase_broken(text: str, start: int, end: int) -> bool:
    """Does a comma, a colon, a bracket or a dash stand between the two offsets?"""
    return not _PHRASE_BREAKS.isdisjoint(text[start:end])


# --- purpose infinitives -------------------------------------------------------------------
