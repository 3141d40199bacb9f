"""Find the entities a text names: the store's aliases first, then the world gazetteer, then
unknown proper names, each with its canonical name and kind.
"""

import re
from collections.abc import Iterable
from functools import cached_property, lru_cache
from itertools import pairwise

from factcli.bodies import branches, named_for_place, with_legal_forms
from factcli.capitals import CAPITALS
from factcli.gazetteer import GazetteerEntry, find_names, lookup, typed_in_lower_case
from factcli.initials import initialisms, initials_in
from factcli.lazy_re import lazy_compile
from factcli.lexicon import BODY_ENDINGS, NAME_PARTICLES, POST_HEADS, STOP_WORDS
from factcli.model import Alias
from factcli.titles import read_title
from factcli.values import Mention

# Capitalised words joined by short function words: "Power of Siberia", "Vnukovo".
# A name's particles join its capitalised words: "Omar Hassan al-Bashir", "Osama bin Laden",
# "Ursula von der Leyen", "Micky van de Ven".
_JOINING = "|".join(sorted(NAME_PARTICLES - {"de"}, key=len, reverse=True))  # "de": below
_PARTICLES = (
    rf"\s+(?:al|el)-[A-Z][\w\-]*|\s+(?:{_JOINING})(?:\s+(?:der|den|de|la|le))?\s+[A-Z][\w\-]*"
)
# A middle initial: "George W. Bush" (not "Plan B. Then ...").
_INITIAL = (
    r"\s+[A-Z]\.(?=\s+(?!(?:The|They|Then|There|This|That|It|He|She|We|I|A|An|In|On|At|But|"
    r"And|So|Yet|If|As)\b)[A-Z][a-z])"
)
_AMPERSAND = r"(?:&[A-Z][\w\-]*)?"  # "AT&T", "S&P": one name, one word
_PROPER = lazy_compile(
    rf"\b[A-Z][\w\-]*{_AMPERSAND}(?:'s)?(?:{_INITIAL}|\s+(?:of|de|the|and|for|&)\s+[A-Z][\w\-]*"
    rf"{_AMPERSAND}|\s+[A-Z][\w\-]*{_AMPERSAND}|{_PARTICLES})*"
)
_POSSESSIVE_SPLIT = lazy_compile(
    r"\b([A-Z][\w-]*)['\u2019]s\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\b"
)
# '"Came down ...', 'told agents, "We all know ...': a sentence, or a quotation, opens
_SENTENCE_START = lazy_compile(r"(?:^|[.!?:;\"]\s+|\n|,\s+[\"\u201c])\s*[\"'(\[\u201c]?$")
_CODE = lazy_compile(r"\b[A-Za-z]{1,4}-?\d{1,4}\b")  # S-400, G20, Su-35: names of things
ACRONYM_MAX = 5
# An acronym typed in lower case is read as one from four letters ("unsc", "nato"): shorter
# ones are often words too ("us", "who").
LOWER_ACRONYM_MIN = 4
# Kinds of name a text with capitals writes with one: a lower-case word is no such name.
_NAMED = frozenset({"person", "organization", "product"})
# Numbers inside names, in digits or Roman numerals: "World War I" is no typo of "World
# War II", nor "G7" of "G20", however close their letters.
_NUMERAL = lazy_compile(r"\d+|[ivx]+")
_NAME_TOKEN = lazy_compile(r"[^\W\d_]+|\d+")  # letters or digits: "S-400" is "s", "400"
NAME_CACHE = 4096  # unknown names whose fuzzy look-up an EntityIndex remembers


class EntityIndex:
    """Matches a store's alias table against text, longest name first."""

    def __init__(self, aliases: Iterable[Alias]) -> None:
        self._table: dict[str, tuple[str, str]] = {}
        self._case_sensitive: dict[str, tuple[str, str]] = {}
        for alias in aliases:
            entry = (alias.name, alias.kind)
            for variant in (alias.name, *alias.aliases):
                if _is_acronym(variant):
                    self._case_sensitive[variant] = entry
                else:
                    self._table[variant.lower()] = entry
        # Organisations by their initials ("GMF", "gmf"), when no other name has them.
        self._initialisms = initialisms(set(self._table.values()))
        # Names by their first word: one lookup per word of a text. One regex alternation
        # of every name cost ~36 µs a name to compile, at every check.
        variants = [*self._table, *{v.lower() for v in self._case_sensitive}]
        self._by_first: dict[str, set[str]] = {}
        for key, variant in zip(_first_words(variants), variants, strict=True):
            self._by_first.setdefault(key or variant[:1], set()).add(variant)
        self._lengths = {
            key: sorted({len(v) for v in names}, reverse=True)
            for key, names in self._by_first.items()
        }
        self._odd_starts = "".join(sorted(k for k in self._by_first if not _is_word(k[:1])))
        # The same unknown names recur from claim to claim: their fuzzy look-ups are kept.
        self._closest = lru_cache(maxsize=NAME_CACHE)(self._closest_name)
        self._misspelt = lru_cache(maxsize=NAME_CACHE)(self._misspelt_name)

    def forms(self, canonical: str) -> list[str]:
        """The lower-case names the alias table gives this canonical name."""
        return [v for v, (name, _) in self._table.items() if name == canonical]

    def forms_by_name(self) -> list[tuple[str, tuple[str, str]]]:
        """Every lower-case name of the alias table with its (canonical name, kind)."""
        return list(self._table.items())

    def canonical(self, name: str) -> str:
        """The canonical name of a name the alias table knows; the name itself otherwise."""
        found = self._case_sensitive.get(name) or self._table.get(name.lower())
        return found[0] if found else name

    def kind(self, name: str) -> str:
        """The kind of a canonical or alias name, "unknown" when neither table knows it."""
        found = self._case_sensitive.get(name) or self._table.get(name.lower())
        if found:
            return found[1]
        entry = lookup(name)
        return entry.kind if entry else "unknown"

    def find(self, text: str) -> list[Mention]:
        """Every entity named in `text`, left to right, without overlaps."""
        taken: list[tuple[int, int]] = []
        world = find_names(text)
        mentions = self._split_names(text, taken)
        mentions += self._misspelt_names(text, taken)
        mentions += self._longer_world_names(text, world, taken)
        mentions += self._known(text, taken)
        if self._initialisms:
            mentions += self._initialled(text, taken)
        mentions += [self._capital(self._as_stored(m)) for m in _gazetteer(text, world, taken)]
        mentions += [self._typo(m) for m in _proper_names(text, taken)]
        if typed_in_lower_case(text):  # no capital marks a name
            mentions += self._lower_typos(text, taken)
            mentions += _named_after_post(text, mentions, taken)
        mentions = _clubs(text, sorted(mentions, key=lambda m: m.start))
        return _cases(text, with_legal_forms(text, branches(text, mentions)))

    def _as_stored(self, mention: Mention) -> Mention:
        """A world name whose canonical form the store knows under its own name ("deputy
        FM", a deputy foreign minister, where the store calls that post vice foreign
        minister): the store's name."""
        entry = self._table.get(mention.name.lower())
        if entry is None or entry[1] not in (mention.kind, "term"):  # a store's post: a term
            return mention
        return mention._replace(name=entry[0], kind=entry[1], known=True)

    def _capital(self, mention: Mention) -> Mention:
        """A capital the store does not name, as the country the store does: "Astana" is
        Kazakhstan where the store has Kazakhstan (as its own "Moscow" is Russia)."""
        country = CAPITALS.get(mention.name) if mention.kind == "city" else None
        entry = self._table.get(country.lower()) if country else None
        if entry is None or entry[1] != "country":
            return mention
        return mention._replace(name=entry[0], kind="country", known=True)

    def _typo(self, mention: Mention) -> Mention:
        """An unknown name one typo away from a known one, or from a part of a person's
        name, is that one ("Rusia", "Jinpng")."""
        if mention.kind != "unknown" or len(mention.name) < 5 or not self._table:
            return mention
        found = self._closest(mention.name.lower())
        if found is None:
            return mention
        canonical, kind = found
        return Mention(mention.start, mention.end, canonical, kind, True, mention.possessive)

    def _lower_typos(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """In a text typed in lower case, a word one typo away from a name of a person, place
        or body ("kazakstan", "medvedv") is that name. Only whole names and the words of
        people's own names count, never a title's words ("president", "analyst")."""
        if not self._lower_typo_table:
            return []
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        mentions = []
        for match in _LOWER_WORD.finditer(text):
            start, end = match.span()
            word = match.group(0)
            if word in STOP_WORDS or word in self._table or not _free(start, end, taken):
                continue
            owner = self._table.get(word[:-1]) if word.endswith("s") else None
            if owner is not None and owner[1] in _TYPO_KINDS and len(word) > _OWNER_MIN:
                # "chinas trade partners": a possessive typed without its apostrophe
                mention = _mention(text, start, end, owner[0], owner[1], known=True)
                mentions.append(mention._replace(possessive=True))
                taken.append((start, end))
                continue
            found = process.extractOne(
                word, list(self._lower_typo_table), scorer=Levenshtein.distance, score_cutoff=1
            )
            if found is None or found[0][:1] != word[:1]:
                continue
            canonical, kind = self._lower_typo_table[found[0]]
            mentions.append(_mention(text, start, end, canonical, kind, known=True))
            taken.append((start, end))
        return mentions

    @cached_property
    def _lower_typo_table(self) -> dict[str, tuple[str, str]]:
        """Names a lower-case typo may be of: one-word names of people, places and bodies,
        and the words of people's canonical names."""
        table: dict[str, tuple[str, str]] = {}
        for variant, (canonical, kind) in self._table.items():
            if kind not in _TYPO_KINDS:
                continue
            if " " not in variant and len(variant) >= _LOWER_TYPO_MIN:
                table.setdefault(variant, (canonical, kind))
            if kind == "person":
                for word in canonical.lower().split():
                    if len(word) >= _LOWER_TYPO_MIN:
                        table.setdefault(word, (canonical, kind))
        return table

    def _closest_name(self, name: str) -> tuple[str, str] | None:
        """The (canonical, kind) of the known name within one typo of `name`, if any: close
        by share of letters, or one letter changed, as in a short name ("Moskow"); never
        another first letter ("Eastern" is a word of its own, not a typo of "Western")."""
        from rapidfuzz import fuzz, process  # here: the quiz starts without rapidfuzz
        from rapidfuzz.distance import Levenshtein

        table = self._typo_table
        known = list(table)
        similar = process.extractOne(name, known, scorer=fuzz.ratio, score_cutoff=85)
        if similar is not None:
            closest = similar[0]
        else:
            near = process.extractOne(name, known, scorer=Levenshtein.distance, score_cutoff=1)
            if near is None:
                return None
            closest = near[0]
        if closest[:1] != name[:1] or not _same_numerals(name, closest):
            return None  # a typo keeps the first letter: "Eastern" is no "Western"
        return table[closest]

    @cached_property
    def _typo_table(self) -> dict[str, tuple[str, str]]:
        """The names a typo may be of: every name, and the longer parts of people's names."""
        return {**self._name_parts, **self._table}

    @cached_property
    def _multiword(self) -> list[str]:
        """The names of several words, for misspelt phrases."""
        return [v for v in self._table if " " in v]

    @cached_property
    def _name_parts(self) -> dict[str, tuple[str, str]]:
        """Each longer word of a person's names, for typos in one of them."""
        parts: dict[str, tuple[str, str]] = {}
        for variant, (canonical, kind) in self._table.items():
            if kind == "person":
                for word in variant.split():
                    if len(word) >= 5:
                        parts.setdefault(word, (canonical, kind))
        return parts

    def _longer_world_names(
        self, text: str, world: list[tuple[int, int, GazetteerEntry]], taken: list[tuple[int, int]]
    ) -> list[Mention]:
        """A world name of several words that holds a shorter name of the store is that
        longer name: "European Union" is not "European" (Europe) and "Union"."""
        if not self._by_first:
            return []
        mentions = []
        for start, end, entry in world:
            if " " not in entry.name or not _free(start, end, taken):
                continue
            inner = self._name_spans(text[start:end])
            if not inner or inner[0][1] - inner[0][0] >= end - start:
                continue
            if self.kind(entry.name) != "unknown" and self.canonical(entry.name) != entry.name:
                continue  # the store knows the longer name itself
            name = entry.canonical or entry.name
            mentions.append(_mention(text, start, end, name, entry.kind, known=False))
            taken.append((start, end))
        return mentions

    def _split_names(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """A known name of several words split by a possessive: "Carnegie's Moscow centre"
        is the "Carnegie Moscow Centre"."""
        mentions: list[Mention] = []
        if "'s" not in text and "\u2019s" not in text:
            return mentions
        for match in _POSSESSIVE_SPLIT.finditer(text):
            joined = f"{match.group(1)} {match.group(2)}".lower()
            found = self._table.get(joined)
            if found is not None and " " in joined:
                start, end = match.start(), match.end()
                mentions.append(_mention(text, start, end, *found, known=True))
                taken.append((start, end))
        return mentions

    def _misspelt_names(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """A capitalised phrase of several words close to a known name is that name
        ("German Marshal Fund", "Carnegie Moscow Centre")."""
        mentions = []
        for match in _PROPER.finditer(text):
            start, end = match.span()
            surface = match.group(0).removesuffix("'s")
            end = start + len(surface)
            if " " not in surface or surface.lower() in self._table or not self._multiword:
                continue
            found = self._misspelt(surface.lower())
            if found is not None:
                mentions.append(_mention(text, start, end, *found, known=True))
                taken.append((start, end))
        return mentions

    def _misspelt_name(self, phrase: str) -> tuple[str, str] | None:
        """The (canonical, kind) of the known name of several words close to `phrase`."""
        from rapidfuzz import fuzz, process

        found = process.extractOne(phrase, self._multiword, scorer=fuzz.ratio, score_cutoff=90)
        if found is None or not _same_numerals(phrase, found[0]):
            return None
        return self._table[found[0]]

    def _initialled(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """Organisations named by initials the alias table does not list (factcli.initials)."""
        mentions = []
        for start, end, entry in initials_in(text, self._initialisms):
            if _free(start, end, taken):
                mentions.append(_mention(text, start, end, *entry, known=True))
                taken.append((start, end))
        return mentions

    def _known(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        mentions = []
        lower = typed_in_lower_case(text)
        for start, end in self._name_spans(text):
            surface = text[start:end]
            if _code_plural(surface, len(surface) - 1):
                surface = surface[:-1]  # "S-400s" is the S-400
            found = self._case_sensitive.get(surface) or self._table.get(surface.lower())
            if found is None and lower and len(surface) >= LOWER_ACRONYM_MIN:
                found = self._case_sensitive.get(surface.upper())  # "unsc", typed in lower case
            if found is None or not _free(start, end, taken):
                continue
            if not lower and surface.islower() and " " not in surface and found[1] in _NAMED:
                continue  # "an air-force officer" in a text with capitals: no body "Air"
            mentions.append(_mention(text, start, end, *found, known=True))
            taken.append((start, end))
        return mentions

    def _name_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the alias table's names stand in `text`, ignoring case: leftmost first,
        the longest name at each place, no overlaps, never inside a word."""
        if not self._by_first:
            return []
        lower = text.lower()
        if len(lower) != len(text):  # a letter whose lower case is longer: compare as is
            lower = text
        spans: list[tuple[int, int]] = []
        resume = 0
        for start, key in self._starts(lower):
            if start < resume or (start and _is_word(text[start - 1])):
                continue
            names = self._by_first[key]
            for length in self._lengths[key]:
                end = start + length
                if end > len(lower) or lower[start:end] not in names:
                    continue
                if end < len(text) and _is_word(text[end]):
                    if not _code_plural(text, end):
                        continue
                    end += 1  # "S-400s", "s400s": the plural of a code ends the name
                spans.append((start, end))
                resume = end
                break
        return spans

    def _starts(self, lower: str) -> list[tuple[int, str]]:
        """Each place a name may start, with its key: a word the table starts a name with,
        or a sign that starts one."""
        starts = []
        for m in _WORD.finditer(lower):
            word = m.group()
            if word not in self._by_first and _code_plural(word, len(word) - 1):
                word = word[:-1]  # "s400s": the code's own word
            if word in self._by_first:
                starts.append((m.start(), word))
        if self._odd_starts:
            starts += [(i, ch) for i, ch in enumerate(lower) if ch in self._odd_starts]
            starts.sort()
        return starts


_WORD = lazy_compile(r"\w+")
_LINE_START = lazy_compile(r"^(\w*)", re.MULTILINE)


def _first_words(names: list[str]) -> list[str]:
    """The leading word of each name ("" for a name that starts with a sign), in one pass
    of the regex engine over all the names."""
    if not names:
        return []
    if any("\n" in name for name in names):
        return [match.group() for name in names if (match := _LINE_START.match(name))]
    return _LINE_START.findall("\n".join(names))


# Two words after a post, at the end of a lower-case text or before a comma: "russian pm
# sergei lavrov" names the holder, whom no table may know.
_NAME_AFTER_POST = lazy_compile(r"\s+([a-z][a-z'-]+\s+[a-z][a-z'-]+)\s*(?:[,.;:!?]|$)")


def _named_after_post(
    text: str, mentions: list[Mention], taken: list[tuple[int, int]]
) -> list[Mention]:
    """The holders a lower-case text names after a post or a title (see above)."""
    found = []
    for post in (m for m in mentions if m.kind == "post" or _titled(text, m)):
        match = _NAME_AFTER_POST.match(text, post.end)
        if match is None or not _free(match.start(1), match.end(1), taken):
            continue
        words = match.group(1).split()
        if any(w in STOP_WORDS for w in words):
            continue
        start, end = match.span(1)
        found.append(_mention(text, start, end, match.group(1).title(), "person", known=False))
        taken.append((start, end))
    return found


def _titled(text: str, mention: Mention) -> bool:
    """A person named by a title ("russian PM" for the store's prime minister)."""
    if mention.kind != "person":
        return False
    entry = lookup(text[mention.start : mention.end].split()[-1])
    return entry is not None and entry.kind == "post"


def _a_city(text: str, mention: Mention) -> bool:
    """A city, or a capital standing for its country ("Madrid" for Spain): not a country's
    own name ("Nazi Germany" is Germany)."""
    return mention.kind == "city" or (
        mention.kind == "country" and text[mention.start : mention.end] != mention.name
    )


def _clubs(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Real Madrid", "Inter Milan": an unknown capitalised word glued before a place's
    name (and not opening the sentence) makes a name of its own, a club or a company."""
    found: list[Mention] = []
    for mention in mentions:
        previous = found[-1] if found else None
        if (
            previous is not None
            and _a_city(text, mention)
            and previous.kind == "unknown"
            and " " not in previous.name
            and text[previous.end : mention.start] == " "
            and " " not in text[mention.start : mention.end]
            and _SENTENCE_START.search(text, 0, previous.start) is None
        ):
            name = text[previous.start : mention.end]
            found[-1] = _mention(text, previous.start, mention.end, name, "unknown", known=False)
            continue
        found.append(mention)
    return found


_CASE = lazy_compile(
    r"(?P<left>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)\s+v\.\s+"
    r"(?P<right>[A-Z][\w'\u2019-]*(?:\s+(?:of|the|and|for)\s+[A-Z][\w'\u2019-]*|"
    r"\s+[A-Z][\w'\u2019-]*)*)"
)


def _cases(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Roe v. Wade", "United States v. Nixon": a case is named by its two parties; the
    name is the case's, not the parties'. A capitalised word that only opens the sentence
    ("In United States v. Nixon") is no part of it."""
    if " v. " not in text:  # the legal "v." ("Spain vs. Russia" names two sides)
        return mentions
    found = list(mentions)
    for case in _CASE.finditer(text):
        start = case.start()
        words = case.group("left").split()
        while len(words) > 1 and words[0].lower() in _NOT_IN_NAMES:
            start = text.index(words[1], start)
            words = words[1:]
        end = case.end()
        found = [m for m in found if m.end <= start or m.start >= end]
        found.append(_mention(text, start, end, text[start:end], "unknown", known=False))
    return sorted(found, key=lambda m: m.start)


_NOT_IN_NAMES = frozenset("in on at the a an by for of as after before when since".split())


_LOWER_WORD = lazy_compile(r"\b[a-z]{6,}\b")
_LOWER_TYPO_MIN = 6
_OWNER_MIN = 4  # "chinas", "putins", not "xis"
_TYPO_KINDS = frozenset({"person", "country", "city", "organization"})


def _code_plural(text: str, end: int) -> bool:
    """Does an "s" after a name ending in a digit make it plural ("S-400s", "Su-35s")?"""
    return (
        text[end - 1].isdigit()
        and text[end] in "sS"
        and not (end + 1 < len(text) and _is_word(text[end + 1]))
    )


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _is_acronym(name: str) -> bool:
    return len(name) <= ACRONYM_MAX and name.isupper() and name.isalpha()


_DEMONYM_ENDINGS = ("ese", "ian", "ern", "ish", "ean", "can", "man", "kh", "zbek")


def _mention(text: str, start: int, end: int, name: str, kind: str, *, known: bool) -> Mention:
    possessive = text.startswith(("'s", "\u2019s"), end) or (
        text.startswith("'", end) and text[end - 1 : end] == "s"
    )
    surface = text[start:end]
    adjective = (
        kind in ("country", "region", "city", "group")
        and " " not in surface
        and surface.lower() != name.lower()
        and surface.lower().endswith(_DEMONYM_ENDINGS)
    )
    return Mention(start, end, name, kind, known, possessive, adjective)


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return all(end <= s or start >= e for s, e in taken)


_PLACE_KINDS = frozenset({"city", "country", "region"})


def _gazetteer(
    text: str, world: list[tuple[int, int, GazetteerEntry]], taken: list[tuple[int, int]]
) -> list[Mention]:
    mentions = []
    for start, end, entry in world:
        if entry.kind in _PLACE_KINDS and named_for_place(text, start, end):
            continue  # "New York University", "University of Texas": a body named for a place
        if _free(start, end, taken):
            mentions.append(
                _mention(text, start, end, entry.canonical or entry.name, entry.kind, known=False)
            )
            taken.append((start, end))
    return mentions


def _proper_names(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Capitalised names no table knows. A lone capitalised word opening a sentence is
    an ordinary word ("Sanctions were imposed"), not a name, unless a capital inside it
    marks it as one ("UnitedHealth raised its outlook")."""
    mentions = []
    for match in _PROPER.finditer(text):
        for start, end in _free_runs(text, match.start(), match.end(), taken):
            surface = text[start:end]
            if surface.endswith(("'s", "\u2019s")):  # "Shadlen's", with either apostrophe
                end -= 2
                surface = surface[:-2]
            number_sign = _NUMBER_SIGN.search(surface)
            if number_sign is not None and _NUMBER_AFTER.match(text, end):
                end -= len(surface) - number_sign.start()  # "World No. 1": no name "World No"
                surface = surface[: number_sign.start()]
                if not surface:
                    continue
            if surface.startswith(("The ", "A ", "An ")) and " " in surface:
                skip = surface.index(" ") + 1  # "The Eiffel Tower" names "Eiffel Tower"
                start, surface = start + skip, surface[skip:]
            if (
                " " not in surface
                and not _inner_capital(surface)  # "UnitedHealth", "AirAsia": names anywhere
                and _SENTENCE_START.search(text, 0, start) is not None
            ):
                continue
            if surface.lower() in _COMMON_CAPITALISED or len(surface) == 1:
                continue  # a month, a title; a lone letter is an initial ("Ph.D.")
            cut, office = read_title(surface)  # "Treasury Secretary Jack Lew": the name after it
            start, surface = start + cut, surface[cut:].lower() if office else surface[cut:]
            person = cut or (_after_title(text, start, taken) and " " in surface)
            kind = "post" if office else "person" if person else "unknown"
            if surface.endswith(_HOLIDAY_ENDINGS):
                kind = "term"  # "Victory Day" names an occasion, not a party to a relation
            mentions.append(_mention(text, start, end, surface, kind, known=False))
            taken.append((start, end))
    for match in _CODE.finditer(text):
        start, end = match.span()
        if _free(start, end, taken) and any(c.isupper() for c in match.group(0)):
            mentions.append(_mention(text, start, end, match.group(0), "product", known=False))
            taken.append((start, end))
    return mentions


def _inner_capital(word: str) -> bool:
    """A capital after a small letter inside the word: "UnitedHealth", "AirAsia", "iPhone"."""
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


_NUMBER_SIGN = lazy_compile(r"(?:^|\s+)(?:No|Number)$")
# A holiday or day of remembrance: "Victory Day", "Independence Day", "New Year's Eve".
_HOLIDAY_ENDINGS = (" Day", " Eve")
_NUMBER_AFTER = lazy_compile(r"\.?\s*\d")
_CAPITALISED_RUN = lazy_compile(
    rf"[A-Z][\w\-']*{_AMPERSAND}(?:{_INITIAL}|\s+[A-Z][\w\-']*{_AMPERSAND}|{_PARTICLES})*"
)
# Last words of a body's name that may join its words with "and" or "of" ("Food and
# Agriculture Organization"); other runs joined so are several names ("Ana Ruiz and Bo Li").


def _free_runs(
    text: str, start: int, end: int, taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The capitalised runs of a name that no known name covers: "Shinzo Abe" in
    "Japanese Prime Minister Shinzo Abe", where "Japanese" and "Prime Minister" are known;
    "Food and Agriculture Organization" in "the UN's Food and Agriculture Organization"."""
    if _free(start, end, taken):
        return [(start, end)]
    cuts = sorted((max(s, start), min(e, end)) for s, e in taken if s < end and e > start)
    pieces, cursor = [], start
    for cut_start, cut_end in cuts:
        pieces.append((cursor, cut_start))
        cursor = max(cursor, cut_end)
    pieces.append((cursor, end))
    runs = []
    for piece_start, piece_end in pieces:
        for match in _PROPER.finditer(text, piece_start, piece_end):
            if match.group().rsplit(None, 1)[-1].lower() in BODY_ENDINGS:
                runs.append(match.span())
            else:
                runs += [m.span() for m in _CAPITALISED_RUN.finditer(text, *match.span())]
    return runs


def _after_title(text: str, start: int, taken: list[tuple[int, int]]) -> bool:
    """A name right after a known title ("Prime Minister Shinzo Abe") or a post's head word
    ("Oculus founder Palmer Luckey") names a person."""
    if any(0 < start - e <= 1 for _, e in taken):
        return True
    before = text[max(0, start - 24) : start]
    words_before = before.split()
    return before.endswith(" ") and bool(words_before) and words_before[-1] in POST_HEADS


# Capitalised words that are not names: months, days, titles before a name.
_COMMON_CAPITALISED = frozenset(
    """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday i president prime minister mr
mrs ms dr sir ph gmt utc est edt cst cdt pst pdt cet bst
""".split()  # the time zones of a time of day ("1451 GMT") name no party
)


def _same_numerals(name: str, known: str) -> bool:
    """Whether a name and the known name it is close to differ in no number: of the words
    that differ between them, none is in digits or Roman numerals."""
    differing = set(_NAME_TOKEN.findall(name.lower())) ^ set(_NAME_TOKEN.findall(known.lower()))
    return not any(_NUMERAL.fullmatch(word) for word in differing)
