"""The store's alias table, read from the article: people by full name and surname with
their posts, countries with their demonyms and capitals, organisations with acronyms."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from factcli.contests import LOSER_VERBS, WINNER_VERBS
from factcli.draft.capitals import BODY_SEATS, CAPITALS, GOVERNMENT_SEATS
from factcli.draft.people import (
    HONORIFICS,
    addressed,
    is_initial,
    leader_forms,
    lettered,
    nicknamed,
    surname_of,
    used_alone,
)
from factcli.draft.short_names import (
    initials_of,
    spelled_out,
    spelling_variants,
    without_legal_form,
)
from factcli.draft.slots import FUNCTION_WORDS
from factcli.draft.words import (
    CORPORATE_HEADS,
    EVENTS,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    POST_WORDS,
    SPEECH_VERBS,
    TERMS,
)
from factcli.gazetteer import SURNAME_POSTS, lookup, names_for
from factcli.lexicon import COMPOUND_PARTICIPLES, NAME_PARTICLES, STOP_WORDS
from factcli.model import Alias
from factcli.shorthand import TITLE_ABBREVIATIONS
from factcli.values import PLACE_KINDS, Mention

_ACRONYM_DEFINITION = re.compile(
    r"([A-Z][\w'&.-]*(?:\s+(?:of|for|and|the|[A-Z][\w'&.-]*))+)\s+\(([A-Z][A-Z&]{1,7})\)"
)
_WORD = re.compile(r"[A-Za-z][\w'-]*")


@dataclass(frozen=True, slots=True)
class Names:
    """The names an article uses, by kind, each with its canonical form."""

    people: tuple[str, ...]
    countries: tuple[str, ...]
    organizations: tuple[str, ...]
    acronyms: tuple[tuple[str, str], ...]  # (acronym, full name)
    others: tuple[tuple[str, str], ...] = ()  # (name, kind) of the names no table knows


def collect_names(text: str, found: Iterable[tuple[str, Mention]]) -> Names:
    """Sort the article's names (each with the sentence it is found in) into people,
    countries and organisations."""
    people: dict[str, None] = {}
    countries: dict[str, None] = {}
    organizations: dict[str, None] = {}
    others: dict[str, Counter[str]] = {}
    lower_words = {w for w in _WORD.findall(text) if w.islower()}
    for sentence, whole in found:
        for mention in _parts(_of_a_name(text, sentence, _with_initial(sentence, whole))):
            _sort(text, sentence, mention, lower_words, people, countries, organizations, others)
    for name in _people_by_company(text, people, countries, others):
        people[name] = None
    for name in addressed(text, people):
        people[name] = None
    for name in nicknamed(text).values():
        people.setdefault(name, None)
    acronyms = {
        (short, name)
        for long, short in _ACRONYM_DEFINITION.findall(text)
        for name in [spelled_out(long.split(), short.replace("&", ""))]
        if name
    }
    for name in organizations:
        short = initials_of(name)
        if len(short) >= 2 and re.search(rf"\b{short}\b", text):
            acronyms.add((short, name))
    for _, long in acronyms:
        organizations.setdefault(long, None)
    known = {*people, *countries, *organizations}
    return Names(
        tuple(people),
        tuple(sorted(countries)),
        tuple(organizations),
        tuple(sorted(acronyms)),
        tuple(sorted((n, _voted(v)) for n, v in others.items() if n not in known)),
    )


_OF_A_NAME = re.compile(r"(?P<word>[A-Z][a-z]+) of (?P<name>[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*)*)$")


def _of_a_name(text: str, sentence: str, mention: Mention) -> Mention:
    """ "Shares of Humana fell": a sentence's first word, capitalised only there, and "of"
    before a name the article uses alone; the name is the name ("Bank of Lemuria" keeps its
    head, a body's word)."""
    found = _OF_A_NAME.match(mention.name)
    if found is None or sentence[: mention.start].strip(" \"'\u201c(") != "":
        return mention
    word, name = found.group("word"), found.group("name")
    if word.lower() in ORG_HEADS | PLACE_HEADS or lookup(word) is not None:
        return mention
    if re.search(rf"(?<!of ){re.escape(name)}\b", text) is None:
        return mention
    start = mention.start + found.start("name")
    return mention._replace(start=start, name=name)


_INITIAL_AND_SURNAME = re.compile(r"\.\s(?P<surname>[A-Z][a-z][\w'-]*)\b")


def _with_initial(sentence: str, mention: Mention) -> Mention:
    """ "John T. Chambers": the name the proper-name rule ended at the middle initial
    ("John T"), with the initial's full stop and the surname after it."""
    words = mention.name.split()
    if len(words) != 2 or len(words[-1]) != 1 or not words[-1].isupper():
        return mention
    found = _INITIAL_AND_SURNAME.match(sentence, mention.end)
    if found is None or mention.kind not in ("person", "unknown"):
        return mention
    name = f"{mention.name}. {found.group('surname')}"
    return mention._replace(end=found.end(), name=name)


def _voted(votes: Counter[str]) -> str:
    """The kind most uses of a name suggest; a place on a tie."""
    return max(sorted(votes), key=lambda kind: (votes[kind], kind == "city"))


# A kind of place, then "of" and its name: "the US state of Louisiana", "the city of Cuenca".
_PLACE_OF = re.compile(
    r"\b(?:state|province|region|county|district|city|town|village|island|prefecture)\s+of\s*$",
    re.IGNORECASE,
)


# Words after which a name is a company: "the buyout of Instagram", "a stake in Uber".
_OWNED_THING = re.compile(
    r"\b(?:acquisition|buyout|purchase|takeover|merger|acquire|acquired|acquiring|buy|bought|"
    r"founders?|owners?|shares|stake|investors?)(?:\s+(?:of|in|with))?\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _guess_kind(words: list[str], before: str, after: str = "") -> str:
    """The kind of a name no table knows: a place after "in", "to" or "from", one named
    as an island, sea or river, or as a state, province or city "of" it; a plural or a
    creed is a group ("Salafists", "Copts", "Muslim"); anything else an organisation, so
    that a claim's unknown name is never taken for another party of the same kind."""
    last = words[-1]
    if "v." in words:
        return "organization"  # "United States v. Nixon": a case, not a place
    previous = before.split()[-1:] if before.split() else []
    placed = previous and previous[0].lower() in PLACE_PREPOSITIONS
    if _PLACE_OF.search(before):
        return "city"  # "the US state of Louisiana", "the province of Ontario"
    if words[-1].lower() in PLACE_HEADS or (placed and not after.startswith(("'s", "\u2019s"))):
        return "city"
    if last.lower() in CORPORATE_HEADS:
        return "organization"  # "BMO Capital Markets", "Lehman Brothers": a firm
    if last.endswith(("ists", "ans", "ites", "s", "ist", "im", "ic")) and not last.endswith(
        ("us", "is")  # "Oculus", "Airbus", "Tunis": one thing, no plural
    ):
        return "group"
    return "organization"


_PERSON_OF = re.compile(
    r"(?P<person>[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z'-]+) of (?:the )?(?P<body>[A-Z][\w'&.-]*"
    r"(?: (?:of |for |and |the )?[A-Z][\w'&.-]*)*)"
)


def _parts(mention: Mention) -> list[Mention]:
    """ "Walmart and Kroger", "In Whole Foods": names the proper-name rule ran together or
    started with a capitalised function word, taken apart."""
    words = mention.name.split()
    if len(words) > 1 and (
        words[0].lower() in STOP_WORDS | FUNCTION_WORDS or words[0] in HONORIFICS
    ):
        # "In Whole Foods", "Unlike Comcast", "Mr Obama": a function word or a form of
        # address opens no name
        skip = len(words[0]) + 1
        mention = mention._replace(start=mention.start + skip, name=mention.name[skip:])
    if mention.name.endswith(("'s", "\u2019s")):  # "Mr Mugabe's critics": Mugabe
        mention = mention._replace(end=mention.end - 2, name=mention.name[:-2])
    person_of = _PERSON_OF.fullmatch(mention.name)
    if (
        mention.kind in ("unknown", "person")  # "biologist Tom Fraser of ...": a person's
        and person_of is not None
        and person_of.group("body").split()[-1].lower() in ORG_HEADS
        and not {w.lower() for w in person_of.group("person").split()} & POST_WORDS
    ):
        # "Tom Fraser of James Cook University": a person, then the body they belong to.
        person, body = person_of.group("person"), person_of.group("body")
        return [
            mention._replace(end=mention.start + len(person), name=person),
            mention._replace(start=mention.start + person_of.start("body"), name=body),
        ]
    if mention.kind != "unknown" or " and " not in mention.name:
        return [mention]
    if mention.name.split()[-1].lower() in ORG_HEADS:
        return [mention]  # "World Travel and Tourism Council": one name
    parts, start = [], mention.start
    for part in mention.name.split(" and "):
        parts.append(mention._replace(start=start, end=start + len(part), name=part))
        start += len(part) + 5
    return parts


def _sort(
    text: str,
    sentence: str,
    mention: Mention,
    lower_words: set[str],
    people: dict[str, None],
    countries: dict[str, None],
    organizations: dict[str, None],
    others: dict[str, Counter[str]],
) -> None:
    surface = mention.name
    if len(surface) < 2 or "I" in surface.split():
        return  # "Thought I did my part": a sentence's first word before the pronoun
    if surface.split()[-1] in HONORIFICS:
        return  # "Mr" of "Mr. Lee", "But Mr": a form of address, no name
    if mention.kind == "country":
        countries[mention.name] = None
    elif mention.kind == "city" and mention.name in CAPITALS:
        countries[CAPITALS[mention.name]] = None
    elif mention.name in GOVERNMENT_SEATS:
        countries[GOVERNMENT_SEATS[mention.name]] = None
    elif mention.kind == "organization":
        organizations[mention.name] = None
    elif mention.kind in ("person", "unknown"):
        words = surface.split()
        if words and len(words) > 1 and (words[-1].lower() in ORG_HEADS or _headed(words)):
            organizations[surface] = None
        elif is_person_name(text, sentence, mention, lower_words):
            people[surface] = None
        elif (
            words
            and words[0].lower() not in lower_words | STOP_WORDS
            and not re.search(r"-[a-z]", surface)  # "Islamist-led": a modifier
        ):
            # Each use votes: "west of Cuenca", then "In Cuenca," and "in Cuenca": a city.
            votes = others.setdefault(surface, Counter())
            before = sentence[: mention.start]
            votes[_guess_kind(words, before, sentence[mention.end :])] += 1
            if _OWNED_THING.search(before):  # "the buyout of Instagram": a company, twice over
                votes["organization"] += 1


def _headed(words: list[str]) -> bool:
    """ "Max Planck Institute for Astrophysics", "Bank of Lemuria": a body's head word, then
    "of" or "for" and what it is of."""
    return any(
        word.lower() in ORG_HEADS and following in ("of", "for")
        for word, following in pairwise(words)
    )


def is_person_name(text: str, sentence: str, mention: Mention, lower_words: set[str]) -> bool:
    """Two or three capitalised words with a person's marks around them: a post before,
    a speech verb or an apposition after, or the surname used alone elsewhere. A name's
    particles ("bin", "al-") do not count: "Osama bin Laden", "Omar Hassan al-Bashir"."""
    words = [
        w[3:] if w[:3].lower() in ("al-", "el-") else w
        for w in mention.name.split()
        if w not in NAME_PARTICLES
    ]
    if not 2 <= len(words) <= 3 or not all(
        w[:1].isupper() and (lettered(w) or is_initial(w)) for w in words
    ):
        return False
    if is_initial(words[-1]) or is_initial(words[0]):
        return False
    if any(len(w) > 1 and w.isupper() and not is_initial(w) for w in words):
        return False  # "World War II", "Air Force ONE": not a person's name
    if any(_known_word(w) for w in words) or words[-1].lower() in lower_words:
        return False
    if not sentence[: mention.start].strip(" \"'\u201c") and words[0].lower() in lower_words:
        return False  # "Even de Miranda's own example": a word the text uses in lower case
    if re.search(rf"\b[A-Z]\w+ of (?:the )?{re.escape(mention.name)}\b", text):
        return False  # "Environmental Protection officials": the Department of it
    if words[0].lower() in STOP_WORDS or words[-1].lower() in ORG_HEADS | PLACE_HEADS:
        return False
    if any(len(w) == 1 for w in words):
        return False  # "Group E", "Thought I": a letter or a pronoun is no part of a name
    if any(_glued_modifier(w, lower_words) for w in words):
        return False  # "Brooklyn-based Verizon": a modifier, no part of a name
    if mention.kind == "person":
        return True
    before = sentence[max(0, mention.start - 40) : mention.start].lower().split()[-3:]
    after = sentence[mention.end : mention.end + 30].lower()
    after_words = _WORD.findall(after)[:2]
    surname_alone = used_alone(text, words[-1])
    last = before[-1].strip(",") if before else ""
    last = TITLE_ABBREVIATIONS.get(last.rstrip(".").capitalize(), last)  # "sen." of "Sen. Latz"
    introduced = sentence[: mention.start].rstrip().endswith(",") and any(
        w.strip(",") in POST_WORDS for w in before
    )  # "The leader of Ennahda, Rachid Ghannouchi,"
    return (
        introduced
        or last in POST_WORDS
        or last in SPEECH_VERBS
        or bool(set(after_words) & SPEECH_VERBS)
        or after.startswith((", a ", ", the ", ", who "))
        or bool(set(_WORD.findall(after)[:3]) & POST_WORDS and after.startswith(","))
        or surname_alone
    )


def _glued_modifier(word: str, lower_words: set[str]) -> bool:
    """A capitalised word glued to a participle or to a word the text also uses alone, which
    makes it a modifier ("Brooklyn-based", "Islamist-led"), not a part of a name ("Sung-lac",
    "Jae-in")."""
    _, hyphen, tail = word.partition("-")
    return bool(hyphen) and tail[:1].islower() and (tail in lower_words or tail in _PARTICIPLES)


_PARTICIPLES = frozenset(COMPOUND_PARTICIPLES.split())


def _known_word(word: str) -> bool:
    """A word the gazetteer names, save a post that is a surname too ("Michelle King")."""
    return lookup(word) is not None and word.lower() not in SURNAME_POSTS


def _people_by_company(
    text: str, people: dict[str, None], countries: dict[str, None], others: Mapping[str, object]
) -> list[str]:
    """Names no mark shows as people's that keep a person's company: coordinated with a
    person ("Mikhail Kukushkin and Alexander Bublik"), beating or losing to one, or given
    a country as people are ("Serbia's Novak Djokovic", "Raven Klaasen of South Africa").
    A name of two or three capitalised words, letters only, with no organisation's head."""
    candidates = [
        name
        for name in others
        if 2 <= len(name.split()) <= 3
        and all(w[:1].isupper() and lettered(w) and len(w) > 1 for w in name.split())
        and name.split()[-1].lower() not in ORG_HEADS | PLACE_HEADS
        and not any(_known_word(w) for w in name.split())
    ]
    found = [name for name in candidates if _given_a_country(text, name) or _owns_a_win(text, name)]
    known = {*people, *(p.split()[-1] for p in people), *found}
    waiting = [name for name in candidates if name not in found]
    contest = "|".join(
        re.escape(c).replace(r"\ ", r"\s+")
        for c in sorted({*WINNER_VERBS, *LOSER_VERBS}, key=len, reverse=True)
    )
    while waiting:  # a round per link: "A and B", then "B beat C" (each round one pass)
        names = "|".join(re.escape(n) for n in sorted({*known, *waiting}, key=len, reverse=True))
        pairs = re.compile(
            rf"\b(?P<a>{names})(?:(?:,|\s+and|\s+&)|(?P<c>\s+(?:[a-z]+\s+){{0,3}}(?:{contest})))"
            rf"\s+(?:the\s+)?(?P<b>{names})\b"
        )
        linked = set()
        for pair in _overlapping(pairs, text):
            a, b = pair.group("a"), pair.group("b")
            # a contest (both sides alike), or "A and B" with a person: the company they keep
            if pair.group("c") is not None or a in known or b in known:
                linked |= {a, b}
        new = [name for name in waiting if name in linked]
        if not new:
            break
        found += new
        known |= set(new)
        waiting = [name for name in waiting if name not in linked]
    return found


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match, also those that share a name with the one before ("A and B and C")."""
    matches = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        matches.append(match)
        position = match.start("b")
    return matches


def _owns_a_win(text: str, name: str) -> bool:
    """ "Nick Kyrgios' 6-4, 6-4 win over ...": who owns a result is a party to it."""
    return (
        re.search(
            rf"\b{re.escape(name)}['\u2019]s?\s+[\d\s,()-]*(?:win|victory|defeat|loss)\s+"
            r"(?:over|to)\b",
            text,
        )
        is not None
    )


_COUNTRY_BEFORE = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['\u2019]s?\s+$")
_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")


def _given_a_country(text: str, name: str) -> bool:
    """ "Serbia's Novak Djokovic", "Raven Klaasen of South Africa": a person's country."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}\b", text):
        before = _COUNTRY_BEFORE.search(text, max(0, found.start() - 30), found.start())
        after = _COUNTRY_AFTER.match(text, found.end())
        for match in (before, after):
            entry = lookup(match.group(1).rstrip(".")) if match is not None else None
            if entry is not None and entry.kind == "country":
                return True
    return False


def _plain_title(title: str) -> bool:
    """A title that is all post words ("Prime Minister", "analyst"), with no name in it (an
    acronym other than a post's, such as GE of "GE Chief Executive", is a name)."""
    return (
        bool(title)
        and all(lookup(w) is None for w in title.split())
        and not any(w.isupper() and w.lower() not in POST_WORDS for w in title.split())
        and (title.split()[-1].lower() in POST_WORDS)
    )


MIN_CLIPPED = 3


def _clipped(short: str, long: str) -> bool:
    """ "Fed" of "Federal Reserve": one word that opens the first word of a longer name."""
    first = long.split()[0]
    return (
        " " not in short
        and len(long.split()) >= 2
        and MIN_CLIPPED <= len(short) < len(first)
        and first.startswith(short)
        and short[0].isupper()
    )


_DESCRIBING_ENDS = ("ist", "ists", "ian", "ic", "ese", "ish")


def _describing(word: str) -> bool:
    """A first word that describes rather than names ("Islamist", "Socialist", "Chinese"):
    alone, it is no short name of the organisation ("Islamist militants" are not it)."""
    entry = lookup(word)
    return (entry is not None and entry.kind == "country") or word.lower().endswith(
        _DESCRIBING_ENDS
    )


_ACADEMIC_HEADS = frozenset({"university", "college"})


def _first_use(text: str, name: str) -> int:
    """Where the text first names `name` (its length when it never does)."""
    found = text.find(name)
    return found if found >= 0 else len(text)


def _a_place(name: str) -> bool:
    """Is the name a place's ("Kern County", "California")? A body named after it is one
    of the place's many, not what the place's name stands for."""
    entry = lookup(name)
    return name.split()[-1].lower() in PLACE_HEADS or (
        entry is not None and entry.kind in PLACE_KINDS
    )


# Head words a body is called by alone ("the Commission" for the European Commission).
_BODY_HEADS = frozenset(
    "commission council parliament court committee ministry department agency senate "
    "assembly legislature board authority tribunal union".split()
)


def _head_word(org: str, organizations: Iterable[str], text: str) -> list[str]:
    """The body's head word, when the text calls it "the commission" and no other body of
    the article shares that head."""
    words = org.split()
    head = words[-1].lower()
    if len(words) < 2 or head not in _BODY_HEADS:
        return []
    if any(o != org and o.split()[-1].lower() == head for o in organizations):
        return []
    if re.search(rf"\bthe {head}\b", text, re.IGNORECASE) is None:
        return []
    return [words[-1].capitalize()]


def _known_by_first_word(org: str) -> bool:
    """ "Harvard University", "Dartmouth College": a school goes by its first word, unless
    that word is a place of its own ("Oxford University": Oxford is a city)."""
    words = org.split()
    return (
        len(words) == 2
        and words[1].lower() in _ACADEMIC_HEADS
        and words[0][:1].isupper()
        and lookup(words[0]) is None
        and not _describing(words[0])
    )


def _descriptors(text: str, person: str, surname: str) -> list[str]:
    """The person by a word of their occupation the article puts before the surname used
    alone ("Analyst Small argues", "economist Biswas told DW"; not "President Xi Jinping"),
    as a claim may name them."""
    rest = [re.escape(w) for w in person.split() if w != surname]
    alone = rf"(?!\s+(?:{'|'.join(rest)})\b)" if rest else ""
    before = re.findall(rf"\b([A-Za-z]+)\s+{re.escape(surname)}\b{alone}", text)
    return sorted({f"{w.lower()} {surname}" for w in before if w.lower() in POST_WORDS})


def alias_table(names: Names, text: str, posts: dict[str, list[str]]) -> list[Alias]:
    """One record per name, sorted by kind then name; every alias belongs to one record."""
    taken: set[str] = set()
    named: set[str] = set()  # names are matched case-blind: "Centerwell" is "CenterWell"
    records: list[Alias] = []

    def add(name: str, kind: str, aliases: Iterable[str]) -> None:
        if name.lower() in named:
            return  # the same name spelt with other capitals: the first spelling stands
        named.add(name.lower())
        kept = []
        for alias in aliases:
            key = alias.lower()
            if alias != name and key not in taken and key != name.lower():
                taken.add(key)
                kept.append(alias)
        records.append(Alias(name, kind, tuple(kept)))

    for term, short in TERMS.items():
        if re.search(rf"\b{term}\b", text, re.IGNORECASE):
            records.append(Alias(term, "term", (short,)))
            taken.update({term, short.lower()})
    for event, others in EVENTS:
        if any(re.search(rf"\b{re.escape(form)}\b", text) for form in (event, *others)):
            records.append(Alias(event, "event", others))
            taken.update({event.lower(), *(o.lower() for o in others)})
    # "Cisco Systems", then "Cisco"; "U.S. Geological Survey", then "Geological Survey": the
    # short name is the long one's, not another organisation. A short name that fits two
    # is the one the text names first ("Fed": the Federal Reserve of the opening line, not
    # its Federal Open Market Committee further on).
    shortened: dict[str, str] = {}
    for long in sorted(names.organizations, key=lambda org: _first_use(text, org)):
        for short in (*names.organizations, *(name for name, _ in names.others)):
            if (
                (
                    long.startswith(short + " ")
                    and short.split()[0] not in ("The",)
                    and not (" " not in short and _describing(short))
                    and not _a_place(short)  # "Kern County" of "Kern County Fire Department"
                    and not long[len(short) :].startswith((" and ", " & "))  # "Food and ..."
                )
                or (long.endswith(" " + short) and len(short.split()) >= 2)  # "Geological Survey"
                or _clipped(short, long)  # "Fed" of "Federal Reserve"
            ):
                shortened.setdefault(short, long)
    organizations = [org for org in names.organizations if org not in shortened]
    # "Bin Laden's agents" is Osama bin Laden, by the surname he goes by
    people = [
        p
        for p in names.people
        if not any(q != p and surname_of(q, text).lower() == p.lower() for q in names.people)
    ]
    for name in (*people, *names.countries, *organizations):
        taken.add(name.lower())
    seats = {  # "Brussels" for the European Commission, where the article names it
        seat: next(body for body in bodies if body in organizations)
        for seat, bodies in BODY_SEATS.items()
        if any(body in organizations for body in bodies)
    }
    surnames = [surname_of(p, text) for p in people]
    for person in people:
        surname = surname_of(person, text)
        forms = [surname] if surnames.count(surname) == 1 else []
        words = person.split()
        if len(words) == 3 and words[1] not in NAME_PARTICLES:
            forms.append(f"{words[0]} {words[2]}")  # "John Chambers", "Omar al-Bashir"
        # "Chief Justice Warren" names Earl Warren unless another's name opens with "Warren"
        # ("Chief Justice Warren Burger"): the longer name would be read as his.
        opens_another = any(p != person and p.split()[0] == surname for p in names.people)
        forms += [
            f"{title} {surname}"
            for title in posts.get(person, ())
            if _plain_title(title) and not opens_another
        ]
        forms += [f for title in posts.get(person, ()) for f in leader_forms(title)]
        forms += [] if opens_another else _descriptors(text, person, surname)  # "Analyst Small"
        forms += [nick for nick, full in nicknamed(text).items() if full == person]
        add(person, "person", forms)
    for country in names.countries:
        forms = list(names_for(country))
        forms += [c for c, owner in CAPITALS.items() if owner == country and c not in seats]
        forms += [seat for seat, owner in GOVERNMENT_SEATS.items() if owner == country]
        add(country, "country", sorted(forms))
    for org in organizations:
        forms = [short for short, long in names.acronyms if long == org]
        forms += [short for short, long in sorted(shortened.items()) if long == org]
        initials = initials_of(org)
        if not forms and len(initials) >= 3 and len(org.split()) >= 3:
            forms.append(initials)  # "ITF": a claim may shorten what the article spells out
        entry = lookup(org)
        if entry is not None:
            forms += names_for(entry.canonical)
        forms += spelling_variants(org)
        bare = without_legal_form(org)  # "General Electric" of "General Electric Co"
        if bare != org and len(bare.split()) >= 2:
            forms.append(bare)  # one word is left to the rule below
        first = org.split()[0]
        corporate = org.split()[-1].lower() in CORPORATE_HEADS  # "Cisco Systems": "Cisco"
        if (
            (len(org.split()) > 2 or corporate)
            and first not in ("The",)
            and not _describing(first)
            and first.lower() not in ORG_HEADS  # "University" of "University of Florida"
            and org.split()[1] not in ("and", "&", "of", "for")  # "Food and Agriculture ..."
            and (  # a company goes by its first word ("ZeniMax" of "ZeniMax Media")
                (corporate and len(org.split()) == 2)
                or re.search(rf"(?:\bthe\s+|(?<=[a-z,;] )){re.escape(first)}\s+[a-z]", text)
            )
        ) or _known_by_first_word(org):
            forms.append(first)
        forms += _head_word(org, organizations, text)
        forms += [seat for seat, body in seats.items() if body == org]
        add(org, "organization", forms)
    for name, kind in names.others:
        if " " not in name and _describing(name) and not name.endswith("s"):
            continue  # "Islamist militants", "Keynesian toolbox": a describing word, no name
        if name.lower() not in taken and name not in shortened:
            add(name, kind, ())
    return records
