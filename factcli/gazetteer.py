"""World gazetteer: tell countries, cities, regions, organisations and posts apart by name.

The checker uses it for names the fact store does not alias, to decide whether a claim
puts another entity in a role (a country for a country) or talks about something else.
"""

from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from factcli.lazy_re import lazy_compile

# Words and single punctuation marks: "U.S." is four tokens, "Russia's" starts with "Russia".
_TOKEN = lazy_compile(r"\w+|[^\w\s]")
_WHITESPACE = lazy_compile(r"\s+")
# Short all-capital names ("US", "UN", "IMF", "G20") match only with exact case, so that
# the word "us" is not the United States.
_ACRONYM = lazy_compile(r"[A-Z][A-Z0-9&]{1,3}")
_POST = "post"
# Words after a post's word that make it part of a competition's name ("Premier League").
_NAMES_A_CONTEST = (["league"], ["division"], ["cup"], ["trophy"])
# Posts that are common surnames too: "Michelle King", "Mike Judge".
SURNAME_POSTS = frozenset({"king", "judge"})
_COUNTRY = "country"
# Country names that are also common English words: in a text typed wholly in lower case
# they stay words ("us", "turkey", "polish the shoes").
_LOWER_CASE_WORDS = frozenset(
    {"us", "chad", "jordan", "guinea", "turkey", "polish", "georgia", "togo"}
)
# Acronyms that are words in lower case: "us", "who".
_WORD_ACRONYMS = frozenset({"us", "who", "un", "cis", "dw"})
_TSV = Path(__file__).parent / "data" / "gazetteer.tsv"


class GazetteerEntry(NamedTuple):
    """A known name, its kind and the canonical name it stands for ("Chinese" -> "China").

    Kinds: city, country, organization, post, region. `canonical` equals `name` when the
    name is itself canonical.
    """

    name: str
    kind: str
    canonical: str


# The tables hold plain tuples, which the cache unpickles in C, and each answer becomes a
# GazetteerEntry when given: a NamedTuple is unpickled through a call of its class, ~1 ms
# for the ~2,100 records of the tables, at every check.
_Entry = tuple[str, str, str]  # a GazetteerEntry's fields
# A name as case-folded tokens, for matching at a token position of a text: the tokens, the
# name with single spaces (case-folded unless matched in exact case), whether it is, and
# its entry.
_Candidate = tuple[list[str], str, bool, _Entry]


class _Index(NamedTuple):
    """Lookup tables built once from the TSV file."""

    by_exact_name: dict[str, _Entry]
    by_folded_name: dict[str, _Entry]
    by_first_token: dict[str, tuple[_Candidate, ...]]  # longest names first


@lru_cache(maxsize=4096)
def lookup(name: str) -> GazetteerEntry | None:
    """Return the entry for a name: exact case for short acronyms, any case otherwise.
    Remembered: the comparators ask the kind of the same few names for every claim."""
    normalized = _normalize(name)
    index = _index()
    found = index.by_exact_name.get(normalized) or index.by_folded_name.get(normalized.casefold())
    return None if found is None else GazetteerEntry(*found)


@cache
def post_vocabulary() -> frozenset[str]:
    """Every word of the posts the gazetteer knows ("head", "coach", "foreign", "minister"):
    the words a title is compared by; others in it describe the holder ("under-fire")."""
    return frozenset(
        word
        for entry in _read_entries()
        if entry.kind == _POST
        for word in _TOKEN.findall(entry.name.casefold())
    )


def names_for(canonical: str) -> tuple[str, ...]:
    """Every name the gazetteer gives for one canonical name: "Chinese", "PRC" for China."""
    return _other_names().get(canonical, ())


@cache
def _other_names() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for entry in _read_entries():
        if entry.name != entry.canonical:
            found.setdefault(entry.canonical, []).append(entry.name)
    return {name: tuple(names) for name, names in found.items()}


def find_names(text: str) -> list[tuple[int, int, GazetteerEntry]]:
    """Find gazetteer names in `text`, longest first, as (start, end, entry) in text order.

    Names other than posts must contain a capital letter in the text, so that "turkey" or
    "the west of the country" are not taken for Turkey or the West. A text typed wholly in
    lower case has no capitals to go by: there countries count in lower case too ("india's
    president"), save those that are also common words.
    """
    lower_case = typed_in_lower_case(text)
    tokens = [match.span() for match in _TOKEN.finditer(text)]
    folded = [text[start:end].casefold() for start, end in tokens]
    by_first_token = _index().by_first_token
    found: list[tuple[int, int, GazetteerEntry]] = []
    next_free = 0  # tokens before this index belong to a name already found
    for position in [index for index, word in enumerate(folded) if word in by_first_token]:
        if position < next_free:
            continue
        match = _longest_match(
            text,
            tokens,
            folded,
            position,
            by_first_token[folded[position]],
            lower_case,
            lower_case and _owned(folded, position),
        )
        if match is not None:
            name_tokens, _, _, entry = match
            after = position + len(name_tokens)
            if entry[1] == _POST and folded[after : after + 1] in _NAMES_A_CONTEST:
                continue  # "the Premier League": a competition's name, no post
            if (
                entry[1] == _POST
                and position >= next_free + 1
                and _a_surname(text, tokens, position)
            ):
                continue
            next_free = after
            found.append((tokens[position][0], tokens[next_free - 1][1], GazetteerEntry(*entry)))
    return found


def _a_surname(text: str, tokens: list[tuple[int, int]], position: int) -> bool:
    """Is the post at `position` a surname: a capitalised post that is a common surname, set
    after a capitalised word and before none ("Michelle King said", not "King Abdullah")?"""
    word = text[slice(*tokens[position])]
    if word.casefold() not in SURNAME_POSTS or not _capitalised(word) or position == 0:
        return False
    following = text[slice(*tokens[position + 1])] if position + 1 < len(tokens) else ""
    return _capitalised(text[slice(*tokens[position - 1])]) and not _capitalised(following)


def _capitalised(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def typed_in_lower_case(text: str) -> bool:
    """Is the text typed in lower case, but for acronyms ("xi meets russian PM")? Then no
    capital marks a name. (A capital before a small letter is a capitalised word.)"""
    if not any(map(str.isupper, text)):
        return True
    return not any(a.isupper() and b.islower() for a, b in pairwise(text))


def _owned(folded: list[str], position: int) -> bool:
    """Does a possessive or a country's adjective stand before the token ("russia's pm",
    "chinese fm")? Then a short post typed in lower case is the post, not "3 pm"."""
    if position >= 2 and folded[position - 1] == "s" and folded[position - 2] in "'\u2019":
        return True
    entry = lookup(folded[position - 1]) if position else None
    return entry is not None and entry.kind == _COUNTRY


def _longest_match(
    text: str,
    tokens: list[tuple[int, int]],
    folded: list[str],
    position: int,
    candidates: tuple[_Candidate, ...],
    lower_case: bool = False,
    owned: bool = False,
) -> _Candidate | None:
    """Return the longest candidate whose tokens appear at `position` of the text (typed
    wholly in lower case, if `lower_case`; after an owner, if `owned`)."""
    for candidate in candidates:
        name_tokens = candidate[0]
        last = position + len(name_tokens) - 1
        if folded[position : last + 1] != name_tokens:
            continue
        span = text[tokens[position][0] : tokens[last][1]]
        if _spells(span if last == position else _normalize(span), candidate, lower_case, owned):
            return candidate
    return None


def _spells(
    span: str, candidate: _Candidate, lower_case: bool = False, owned: bool = False
) -> bool:
    """Tell whether a stretch of text spells a candidate name under its case rules (in a
    text typed wholly in lower case, if `lower_case`; a post's acronym there only after an
    owner, if `owned`: "russia's pm", not "at 3 pm")."""
    _, normalized, exact_case, (_, kind, _) = candidate
    if exact_case:  # an acronym: in a text typed in lower case, unless it is a word too
        lowered = (
            lower_case and (kind != _POST or owned) and normalized.lower() not in _WORD_ACRONYMS
        )
        return span == normalized or (lowered and span == normalized.lower())
    if span.casefold() != normalized:
        return False
    if lower_case and kind == _COUNTRY and normalized not in _LOWER_CASE_WORDS:
        return True
    return kind == _POST or not span.islower()


def _normalize(name: str) -> str:
    """Collapse runs of whitespace to single spaces and strip the ends."""
    return _WHITESPACE.sub(" ", name).strip()


def _is_acronym(name: str) -> bool:
    """Tell whether a name is a short all-capital acronym that only matches exactly."""
    return _ACRONYM.fullmatch(name) is not None


@cache
def _index() -> _Index:
    """The lookup tables, kept in factcli's cache beside the stores': reading them back
    costs half of building them from the TSV (~30 million instructions, ~5 ms)."""
    if not _TSV.is_file():  # an install with no directory (a zip): built every time
        return _build_index()
    from factcli.cache import cached

    return cached([_TSV], "gazetteer", _Index, _build_index)


def _build_index() -> _Index:
    """Build the lookup tables from the bundled TSV."""
    by_exact_name: dict[str, _Entry] = {}
    by_folded_name: dict[str, _Entry] = {}
    by_first_token: dict[str, list[_Candidate]] = {}
    for entry in _read_entries():
        exact_case = _is_acronym(entry.name)
        key = entry.name if exact_case else entry.name.casefold()
        table = by_exact_name if exact_case else by_folded_name
        if key in table:
            continue
        fields: _Entry = (entry.name, entry.kind, entry.canonical)
        table[key] = fields
        tokens = [token.casefold() for token in _TOKEN.findall(entry.name)]
        by_first_token.setdefault(tokens[0], []).append((tokens, key, exact_case, fields))
    return _Index(
        by_exact_name,
        by_folded_name,
        {
            first: tuple(sorted(candidates, key=lambda c: -len(c[0])))
            for first, candidates in by_first_token.items()
        },
    )


def _read_entries() -> list[GazetteerEntry]:
    """Parse `name<TAB>kind<TAB>canonical` lines of the bundled TSV; `#` starts a comment."""
    entries: list[GazetteerEntry] = []
    for line in _gazetteer_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, canonical = line.split("\t")
        entries.append(GazetteerEntry(name, kind, canonical or name))
    return entries


def _gazetteer_text() -> str:
    """The bundled TSV, read from the package directory (importlib.resources, ~4 ms to
    import, only for an install that has no directory, such as a zip)."""
    if _TSV.is_file():
        return _TSV.read_text(encoding="utf-8")
    from importlib.resources import files

    return (files("factcli") / "data" / "gazetteer.tsv").read_text(encoding="utf-8")
