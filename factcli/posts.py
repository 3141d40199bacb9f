"""Read which post a text gives to which person: "X is Y", "Y X", "X, Y of Z".

A person's post is a role with one filler: the verifier compares the post read here with
the post the store gives the same person. Qualifiers ("vice", "deputy", "former") are part
of the post, since a vice foreign minister is no foreign minister.
"""

from typing import NamedTuple

from factcli.gazetteer import SURNAME_POSTS, lookup
from factcli.lazy_re import lazy_compile
from factcli.lexicon import POST_HEADS, STOP_WORDS, stem, words
from factcli.mood import past_verb
from factcli.polar import outside
from factcli.values import PLACE_KINDS, Mention

# Qualifiers that make another post: a vice president is not the president.
CHANGING_QUALIFIERS = frozenset(
    "vice deputy former ex acting interim assistant co honorary associate".split()
)
# Qualifiers a post may carry: the changing ones, and ranks within the same post.
_QUALIFIERS = CHANGING_QUALIFIERS | frozenset("chief senior first principal executive top".split())
# Ranks within a post written in other words: a "top economist" is the chief one.
_SAME_RANK = {"top": "chief"}
_COPULA = lazy_compile(
    r"\s+(?:is|was|remains|remained|became|has\s+been|had\s+been|serves\s+as|served\s+as|"
    r"is\s+now|was\s+then|works\s+as|worked\s+as|holds|held|used\s+to\s+be|was\s+once|"
    r"once\s+was|was\s+formerly|is\s+no\s+longer)\s+(?:also\s+)?"
    r"(?P<det>(?:the|a|an)\s+)?"
    r"|\s*=\s*"  # "medvedev = russian pm": typed shorthand for "is"
)
_APPOSITION = lazy_compile(r"\s*,\s+(?P<det>(?:the|a|an)\s+)?")
_GAP = lazy_compile(r"[\w'-]+(?:'s)?\s+|\s+")
_MAX_GAP_WORDS = 4


class Post(NamedTuple):
    """A post a text gives a person: "vice foreign minister" to "Cheng Guoping"."""

    holder: str  # the person's canonical name
    title: str  # the post in the store's canonical words, qualifiers included, lower case
    text: str  # the words of the text
    start: int
    end: int


class TitleAlias(NamedTuple):
    """A name the alias table gives one person, used as another's post: "Putin is Russia's
    prime minister" (the store's "Russia's prime minister" is Medvedev)."""

    title: str
    holder: str
    named: str
    mention: Mention


def is_post(mention: Mention) -> bool:
    """A post: the gazetteer's posts, and the store's terms that are posts ("director")."""
    if mention.kind == "post":
        return True
    if mention.kind != "term":
        return False
    entry = lookup(mention.name)
    return (entry is not None and entry.kind == "post") or bool(
        POST_HEADS & set(words(mention.name))
    )


def is_title_alias(text: str, mention: Mention) -> bool:
    """A person's name in the text that is a title ("the Russian president"), not a name
    whose surname is a post's word ("Michelle King")."""
    if mention.kind != "person":
        return False
    *given, last = text[mention.start : mention.end].split()
    if given and last.lower() in SURNAME_POSTS and last[0].isupper():
        return bool(POST_HEADS & set(words(" ".join(given))))
    return bool(POST_HEADS & set(words(text[mention.start : mention.end])))


def read_posts(text: str, mentions: tuple[Mention, ...]) -> tuple[list[Post], list[TitleAlias]]:
    """The posts the text gives to persons, and titles of other persons it uses as posts."""
    posts: list[Post] = []
    titles: list[TitleAlias] = []
    people = [m for m in mentions if _a_person(m) and not is_title_alias(text, m)]
    for person in people:
        following = _predicate(text, person, mentions) or _subject_post(text, person, mentions)
        if following is not None:
            if following.kind == "person":
                if following.name != person.name:
                    title = text[following.start : following.end]
                    titles.append(TitleAlias(title, following.name, person.name, following))
            else:
                posts.append(_post(text, person.name, following, mentions))
            continue
        before = _premodifier(text, person, mentions) or _apposed_to(text, person, mentions)
        if before is not None:
            posts.append(_post(text, person.name, before, mentions))
    return posts, titles


_PREPOSITIONS = frozenset("alongside beside with by for to from of at behind".split())
_TITLE_WORDS_BEFORE = 4  # capitalised words of a title between a preposition and the name


def _object_of(text: str, person: Mention) -> bool:
    """Is the name a preposition's object ("Watching alongside President Putin was China's
    president, Xi"), no subject that a following "was" could give a post?"""
    before = text[max(0, person.start - 60) : person.start].split()
    for word in reversed(before[-_TITLE_WORDS_BEFORE - 1 :]):
        if not word[:1].isupper():  # past "President" of "alongside President Putin"
            return word.lower() in _PREPOSITIONS
    return False


def _a_person(mention: Mention) -> bool:
    """A person, or an unknown name of two or more words, which reads as one ("Sergei Lavrov
    is Russia's prime minister": what the text says of a name it gives a post)."""
    return mention.kind == "person" or (
        mention.kind == "unknown" and not mention.known and " " in mention.name
    )


def _predicate(text: str, person: Mention, mentions: tuple[Mention, ...]) -> Mention | None:
    """The post after "X is", "X was" or "X, ": the first post or title within a few words
    (not after a preposition's object: "alongside Putin was China's president, Xi")."""
    openers = (_APPOSITION,) if _object_of(text, person) else (_COPULA, _APPOSITION)
    for opener in openers:
        found = opener.match(text, person.end)
        if found is None:
            continue
        cursor = found.end()
        starts = {cursor, found.start("det") if found.group("det") else cursor}
        for _ in range(_MAX_GAP_WORDS + 1):
            post = next(
                (
                    m
                    for m in mentions
                    if m.start in starts and (is_post(m) or is_title_alias(text, m))
                ),
                None,
            )
            if post is not None and not _titles_a_name(text, post, mentions):
                return post  # not "Xi is to meet PM Medvedev": Medvedev's title
            if post is not None or any(m.start == cursor and m.kind == "person" for m in mentions):
                return None
            place = next((m for m in mentions if m.start == cursor and m.kind in PLACE_KINDS), None)
            if place is not None:  # "a U.S. senator": the country's name, dots and all
                cursor = place.end + len(text[place.end :]) - len(text[place.end :].lstrip(" "))
                starts = {cursor}
                continue
            gap = _GAP.match(text, cursor)
            if gap is None or gap.end() == cursor or any(ch in ",;:." for ch in gap.group(0)):
                break
            cursor = gap.end()
            starts = {cursor}
    return None


def _titles_a_name(text: str, post: Mention, mentions: tuple[Mention, ...]) -> bool:
    """Does the post stand right before a person's name, as that person's title?"""
    return any(
        m.kind == "person" and 0 < m.start - post.end <= 1 and not text[post.end : m.start].strip()
        for m in mentions
    )


def _premodifier(text: str, person: Mention, mentions: tuple[Mention, ...]) -> Mention | None:
    """The post right before a name: "Chinese vice foreign minister Cheng Guoping"."""
    return next(
        (
            m
            for m in mentions
            if is_post(m)
            and 0 < person.start - m.end <= 1
            and not text[m.end : person.start].strip()
        ),
        None,
    )


_APPOSED_NAME = lazy_compile(r"(?:\s+of\s+(?:the\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,3})?\s*,\s*\Z")


def _apposed_to(text: str, person: Mention, mentions: tuple[Mention, ...]) -> Mention | None:
    """The post a name is set after, by a comma: "The premier of China, Xi Jinping, said",
    "Russia's foreign minister, Sergei Lavrov, ..."."""
    return next(
        (
            m
            for m in mentions
            if is_post(m)
            and m.end < person.start
            and "," in text[m.end : person.start]
            and not any(m.end <= o.start < person.start and o.kind == "person" for o in mentions)
            and _APPOSED_NAME.fullmatch(text, m.end, person.start)
        ),
        None,
    )


_INVERTED_COPULA = lazy_compile(r"\s+(?:is|was|remains)\s+\Z|\s*=\s*\Z")


def _subject_post(text: str, person: Mention, mentions: tuple[Mention, ...]) -> Mention | None:
    """The post or title a name is said to fill: "IHS's top Asia economist is Biswas", "the
    Russian president is Medvedev"."""
    return next(
        (
            m
            for m in mentions
            if (is_post(m) or (is_title_alias(text, m) and m.name != person.name))
            and m.end < person.start
            and _INVERTED_COPULA.fullmatch(text, m.end, person.start)
        ),
        None,
    )


_QUALIFIER_BEFORE = lazy_compile(r"([A-Za-z]+)[\s-]+$")


def _post(text: str, holder: str, mention: Mention, mentions: tuple[Mention, ...]) -> Post:
    title, start = titled(text, mention, mentions)
    return Post(holder, title, text[start : mention.end], start, mention.end)


def titled(text: str, mention: Mention, mentions: tuple[Mention, ...]) -> tuple[str, int]:
    """A post mention's title with the qualifiers written before it ("vice", "former") and
    the region it covers ("top Asia economist"), lower case, and where those words start:
    one reading for the posts of claims and of drafted facts."""
    start = mention.start
    qualifiers: list[str] = []
    for _ in range(3):
        named = next((m for m in mentions if _just_before(text, m, start)), None)
        if named is not None and named.kind in _REGION_KINDS | {"country"}:
            if named.kind != "country":  # "former US ambassador": the country is the employer
                qualifiers.insert(0, named.name.lower())
            start = named.start
            continue
        found = _QUALIFIER_BEFORE.search(text, max(0, start - 20), start)
        if found is None or found.group(1).lower() not in _QUALIFIERS:
            break
        qualifiers.insert(0, found.group(1).lower())
        start = found.start(1)
    name = mention.name.lower()
    own = [q for q in qualifiers if q not in name.split()]
    return " ".join([*own, name]), start


_REGION_KINDS = frozenset({"group", "region"})


def _just_before(text: str, mention: Mention, start: int) -> bool:
    return 0 < start - mention.end <= 1 and not text[mention.end : start].strip(" -")


def post_words(title: str) -> frozenset[str]:
    """The stems of a post's words, without function words: "director of" is "director"."""
    return frozenset(stem(_SAME_RANK.get(w, w)) for w in words(title) if w not in STOP_WORDS)


def earlier_post(title: str) -> bool:
    """Is the post one held before ("former ambassador")?"""
    return bool(_PAST & set(words(title)))


_PAST = frozenset({"former", "ex"})


def changing_qualifiers(title: str) -> frozenset[str]:
    """The qualifiers of a post that make it another post than the bare one."""
    return frozenset(words(title)) & CHANGING_QUALIFIERS


_TITLE_WORD = lazy_compile(r"(?<![A-Za-z])([a-z][a-z-]*)\s+$")


# Present forms of verbs that take a titled person as object: "meets President Xi".
_VERBS_BEFORE_TITLES = frozenset(
    "meet meets visit visits thank thanks tell tells urge urges".split()
)


def _verb_form(word: str) -> bool:
    """A verb's form ("met", "meeting", "visits"), not a word that qualifies a post
    ("acting", "commerce")."""
    if word.endswith("ing"):
        return word != "acting"
    return past_verb(word) or word in _VERBS_BEFORE_TITLES


def full_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """A post with the words that qualify it: "commerce minister", not just "minister"."""
    spans = [(m.start, m.end) for m in mentions]
    titled = []
    for mention in mentions:
        start = mention.start
        if mention.kind == "post":
            for _ in range(2):
                found = _TITLE_WORD.search(text, max(0, start - 30), start)
                if found is None or found.group(1) in STOP_WORDS or _verb_form(found.group(1)):
                    break  # "met President Obama": a verb, no qualifier of the post
                if not outside(found.start(1), start, spans):
                    break
                start = found.start(1)
        if start == mention.start:
            titled.append(mention)
        else:
            titled.append(mention._replace(start=start, name=text[start : mention.end].lower()))
    return titled
