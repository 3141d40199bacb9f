"""Which facts a claim is about, and how much of it they cover.

A fact applies to a claim that meets each of its keys (a name, an alias, or topic words);
`content_coverage` measures the share of the claim's own words that the facts also use.
"""

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from factcli.clock import CLOCK
from factcli.gazetteer import lookup
from factcli.lexicon import PAIR_PHRASES, STOP_WORDS, stem
from factcli.mood import past_verb
from factcli.opposites import MOVEMENT_GROUP, polar_stems
from factcli.parse import ParsedText
from factcli.synonyms import phrase_words
from factcli.units import UNITS
from factcli.values import PLACE_KINDS, Quantity
from factcli.verdict.compare import consistent_quantities
from factcli.verdict.facts import FactView, KeyAlternative
from factcli.verdict.pairings import words_after
from factcli.verdict.quantities import counted
from factcli.verdict.slots import content_stems, name_stems

FUZZY_MIN_LENGTH = 4  # shorter words must be spelt right
FUZZY_CUTOFF = 85  # rapidfuzz ratio (0-100) for a misspelt word to count as the word
FUZZY_LENGTH_GAP = 2  # a misspelling is at most this many letters longer or shorter
UNKNOWN_WORD_WEIGHT = 1.5  # a word no fact of the store uses is most likely a missing detail
_PAIRS = frozenset(PAIR_PHRASES)
_PLACES = PLACE_KINDS | {"group"}  # "the West" too
# Prepositions that name what a document, a deal or talks are about ("documents on X").
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "concerning", "regarding"})
_ARTICLES = frozenset({"a", "an", "the"})
_TOPIC_PHRASE_WORDS = 5  # words after the preposition that may name the topic


class KeyReading(NamedTuple):
    """The first of a fact's keys a claim misses, or how many it meets with topic words."""

    missing: tuple[str, ...]
    topics_met: int


def read_keys(claim: ParsedText, view: FactView) -> KeyReading:
    """What the claim is about, against this fact's keys: a fact applies to a claim that
    meets every key; the more keys it meets with topic words, the more surely."""
    counted: set[str] = set()  # a word that meets two keys ("allowed" twice) counts once
    known = claim.met_keys  # facts share keys: each alternative is tested once per claim
    for group, alternatives in zip(view.key_groups, view.alternatives, strict=True):
        met = specific = False
        for alt in alternatives:  # until a specific alternative is met: nothing more to learn
            if not met or alt.specific:
                meets = known.get(alt.text)
                if meets is None:
                    meets = known[alt.text] = _meets_now(claim, alt)
                if not meets:
                    continue
                met = True
                said = " ".join(alt.stems) or alt.text  # "uses" and "use" are one word
                specific = alt.specific and said not in counted
                if specific:
                    counted.add(said)
                    break
        if not met and claim.quantities and not claim.refers_back and _parties(view, alternatives):
            # "trade in 2014 was $95bn": an amount of no pair named is of no other pair
            met = not _names_others(claim, view)
        if not met and _traveller_of_the_stop(claim, view, alternatives):
            met = True  # "the Kazakhstan leg lasted two days": the fact's trip there
        if not met and _a_shared_amount(claim, view, alternatives):
            met = True  # "net income came to $4.31 billion" against "rose to $4.31 billion"
        if not met and _a_measured_amount(claim, view, alternatives):
            met = True  # "the asking price was $6 billion" against "its $4 billion asking price"
        if not met and not claim.quantities and _what_is_counted(claim, view, alternatives):
            met = True  # "11 major carmakers": the count's words, for a claim with no count
        if not met:
            return KeyReading(("|".join(group),), 0)  # the first key missed is reason enough
    return KeyReading((), len(counted))


def _a_shared_amount(
    claim: ParsedText, view: FactView, alternatives: tuple[KeyAlternative, ...]
) -> bool:
    """Does the claim give an amount of the fact that makes this missed key of words moot?
    A key that is only how the amount moved ("rose") is met by any amount the fact gives
    ("net income came to $4.31 billion"); a key of other words by a precise one ("$50.47",
    "94.6 million"), a distance ("from 25 yards") or two amounts at once, which no other
    fact is likely to give. Never a key that names someone, nor by a length of time or a
    time of day, which many events share."""
    if any(alt.entity for alt in alternatives):
        return False
    moves = polar_stems()[MOVEMENT_GROUP]
    a_move = all(alt.stems and set(alt.stems) <= moves[0] | moves[1] for alt in alternatives)
    matched = [  # consistent_quantities compares amounts of one dimension and unit only
        mine
        for mine in claim.quantities
        if any(consistent_quantities(mine, theirs.quantity) for theirs in view.quantities)
    ]
    shared = [mine for mine in matched if mine.dimension not in _SHARED_DIMENSIONS]
    if len(shared) >= _SHARED_AMOUNTS:  # "a third of the town's 6,000 residents": two
        return True  # amounts of the fact say it is the one, whatever else it says
    return any(
        a_move
        or mine.dimension in _MEASURED_DIMENSIONS
        or (mine.dimension not in _SHARED_DIMENSIONS and _precise(mine))
        for mine in matched
    )


_SHARED_AMOUNTS = 2  # amounts a claim shares with a fact that single it out together
_SHARED_DIMENSIONS = frozenset({"time", CLOCK})
# A distance ("from 25 yards", "190 km up"): rarely shared by two facts of one story,
# unlike counts, sums, shares and times; a mass or a volume is of a commodity ("20 million
# tonnes" of fish, or of coal), which the key names.
_MEASURED_DIMENSIONS = frozenset({"length"})
_OWN_WORDS_SHARE = 2  # a claim says at least one word in two in the fact's own words


def _a_measured_amount(
    claim: ParsedText, view: FactView, alternatives: tuple[KeyAlternative, ...]
) -> bool:
    """Does the claim give an amount of what an amount of the fact measures, in two of
    the words around it ("original asking price was $6 billion" against "its original $4
    billion asking price")? Then the claim is about that measure, whatever else the fact
    says, and the two amounts are compared. Never a key that names someone."""
    if any(alt.entity for alt in alternatives) or not claim.quantities:
        return False
    statement = view.statement
    names = name_stems(statement)
    for slot in view.quantities:
        place = view.places.get(id(slot))
        if place is None:
            continue
        theirs = content_stems(statement.context(*place, *_MEASURE_AROUND)) - names
        for mine in claim.quantities:
            if mine.dimension != slot.quantity.dimension or mine.dimension == CLOCK:
                continue
            ours = content_stems(claim.context(mine.start, mine.end, *_MEASURE_AROUND))
            if len(ours & theirs) >= _MEASURE_WORDS:
                return True
    return False


_MEASURE_AROUND = (4, 3)  # words before and after an amount that say what it measures
_MEASURE_WORDS = 2  # of them, shared, that make two amounts of one measure


def _what_is_counted(
    claim: ParsedText, view: FactView, alternatives: tuple[KeyAlternative, ...]
) -> bool:
    """Is the key what the fact's amounts count ("major|carmakers|cars" of "installed in the
    cars of 11 major carmakers")? It sorts out claims about the count; a claim that gives
    no amount, and says in the fact's own words most of what it says, need not name it."""
    statement = view.statement
    said = {w.stem for w in claim.content_words()}
    if len(said & statement.stems) * _OWN_WORDS_SHARE < len(said):
        return False
    words = frozenset().union(
        *(counted(statement, q.end) for q in statement.quantities),
        *(words_after(statement, q.end) for q in statement.quantities),
    )
    return any(alt.stems and set(alt.stems) <= words for alt in alternatives if not alt.entity)


def _precise(quantity: Quantity) -> bool:
    """Written with a decimal point or three significant digits ("1.3%", "$50.47", "640")."""
    return "." in quantity.text or len(re.sub(r"\D", "", quantity.text).strip("0")) >= 3


def _traveller_of_the_stop(
    claim: ParsedText, view: FactView, alternatives: tuple[KeyAlternative, ...]
) -> bool:
    """Is this key the traveller of a trip the claim names by its stop and a word for a
    trip ("the Kazakhstan leg", "the Russia stop"), naming no one? Then the claim is about
    the fact's trip to that stop, whoever made it."""
    if not all(alt.entity and view.entities.kind(alt.text) == "person" for alt in alternatives):
        return False
    if any(m.kind in ("person", "post") for m in claim.mentions):
        return False
    stops = {f.name for f in view.fillers if f.role == "destination"}
    return bool(stops & claim.names) and _VISIT in claim.widened_stems


_VISIT = stem("visit")


def _names_others(claim: ParsedText, view: FactView) -> bool:
    """Does the claim name a place, or anyone the fact does not name?"""
    return any(m.kind in _PLACES or m.name not in view.names for m in claim.mentions)


def _parties(view: FactView, alternatives: tuple[KeyAlternative, ...]) -> bool:
    """Is this key one of the pair of countries a fact is about ("China|bilateral|two
    countries"), which a claim that names no place at all leaves to the store's own? Not a
    single country's ("Belarus"): that is what the fact is about."""
    pair = any(alt.text.lower() in _PAIRS for alt in alternatives)  # "bilateral", "both"
    return (
        pair
        and any(alt.entity and view.entities.kind(alt.text) == "country" for alt in alternatives)
        and not any(alt.entity and alt.specific for alt in alternatives)
    )


def _meets_now(claim: ParsedText, alternative: KeyAlternative) -> bool:
    """Does the claim meet this key alternative?"""
    if alternative.text in claim.names:
        return True
    if any(t.holder == alternative.text for t in claim.stranger_titles):
        return True  # "Sergei Lavrov is Russia's prime minister": about the prime minister
    lower = alternative.text.lower()
    hyphened = lower.replace(" ", "-")  # "western route" written "western-route"
    if (lower in claim.lower or hyphened in claim.lower) and _has_phrase(
        claim.text, alternative.text
    ):
        return True
    if lower in _PAIRS:
        return any(_has_phrase(claim.text, pair) for pair in PAIR_PHRASES)
    if alternative.entity and any(
        m.kind == "post" and set(lower.split()) <= set(m.name.lower().split())
        for m in claim.mentions
    ):
        return True  # "deputy FM", a deputy foreign minister, is a minister
    if any(m.kind == "post" for m in claim.mentions) and _a_post(lower):
        return True  # "Cheng is China's vice premier": about his post, whichever it names
    if alternative.entity or not alternative.stems:
        return False
    if _in_unit(claim, lower):
        return True  # "38bn m3" meets the key "bcm": the amount is in that unit
    words = claim.widened_stems
    for word in alternative.stems:  # a loop, not all(): most keys are one word
        if word not in words and not fuzzy_in(word, claim.stems):
            return False
    return True


def _in_unit(claim: ParsedText, name: str) -> bool:
    """Is some amount of the claim in the unit this key names ("bcm", "tonnes"), however
    the claim writes it? Not units of time: "a year" names no subject."""
    unit = UNITS.get(name)
    return (
        unit is not None
        and unit.dimension != "time"
        and any(q.unit == unit.unit for q in claim.quantities)
    )


def _a_post(name: str) -> bool:
    """Is the name a post the gazetteer knows ("minister", "vice premier")?"""
    entry = lookup(name)
    return entry is not None and entry.kind == "post"


def _has_phrase(text: str, phrase: str) -> bool:
    return _phrase_pattern(phrase).search(text) is not None


@lru_cache(maxsize=8192)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    words = r"[\s-]".join(re.escape(word) for word in phrase.split())
    return re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=65536)
def fuzzy_in(word: str, stems: frozenset[str]) -> bool:
    """A typo-tolerant membership test for longer words ("pipline" for "pipeline")."""
    if len(word) < FUZZY_MIN_LENGTH:
        return False
    # Here: the quiz imports the verdict, not rapidfuzz. The package, whose own import
    # binds fuzz and process: "from rapidfuzz import ..." runs importlib's Python code.
    import rapidfuzz

    shortest = max(FUZZY_MIN_LENGTH, len(word) - FUZZY_LENGTH_GAP)
    longest = len(word) + FUZZY_LENGTH_GAP
    # Every close stem, then the length test on those few (almost always none): the scorer
    # runs in C over all the stems, cheaper than choosing them by length in Python first.
    close = rapidfuzz.process.extract(
        word, stems, scorer=rapidfuzz.fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None
    )
    return any(shortest <= len(found) <= longest for found, _, _ in close)


def _parts_known(word: str, vocabulary: frozenset[str]) -> bool:
    """A hyphenated word whose parts the facts use: "resource-rich" for "rich in resources"."""
    parts = [part for part in word.split("-") if part]
    return len(parts) > 1 and all(stem(part) in vocabulary for part in parts)


def _open_compounds(claim: ParsedText, vocabulary: frozenset[str]) -> frozenset[int]:
    """The starts of words that, with the word next to them, spell a hyphenated word the
    facts use: "air defense" for "air-defense", "two way" for "two-way"."""
    found: set[int] = set()
    for first, second in zip(claim.words, claim.words[1:], strict=False):
        if claim.text[first.end : second.start] != " ":
            continue
        if stem(f"{first.lower}-{second.lower}") in vocabulary:
            found |= {first.start, second.start}
    return frozenset(found)


_IDIOM_WORDS = 3  # the longest idiom whose words all say its one word


def content_coverage(
    claim: ParsedText,
    views: list[FactView],
    matched_elements: int = 0,
    known: Callable[[str], bool] = lambda stem: True,
) -> tuple[float, list[str]]:
    """The share of what the claim says (its topic words, and its values and names, which
    count as covered when matched) that the facts also say, and the words they lack. A word
    no fact of the store uses at all ("agriculture") weighs more: it is most likely a
    detail the source does not give."""
    content = claim.content_words()
    if not content:
        return 1.0, []
    vocabulary = frozenset().union(*(view.vocabulary for view in views))
    polar_ok = {p.word for p in claim.polar_words}
    idioms = [  # "lost their lives" says "death"; "neither hacks nor attacks" says more
        (p.start, p.start + len(p.word))
        for p in claim.polar_words
        if 1 < len(p.word.split()) <= _IDIOM_WORDS
    ]
    compounds = _open_compounds(claim, vocabulary) | phrase_words(claim.text, vocabulary)
    missing = [
        w.lower
        for w in content
        if w.stem not in vocabulary
        and w.lower not in polar_ok
        and not any(start <= w.start < end for start, end in idioms)  # "lost their lives"
        and w.start not in compounds
        and not fuzzy_in(w.stem, vocabulary)
        and not _parts_known(w.lower, vocabulary)
    ]
    weight = {w.lower: 1.0 if known(w.stem) else UNKNOWN_WORD_WEIGHT for w in content}
    total = sum(weight[w.lower] for w in content) + matched_elements
    return 1 - sum(weight[word] for word in missing) / total, missing


# Nouns that frame a ranking rather than name its subject: "ninth on the list of China's
# partners", "top of the table".
_FRAME_NOUNS = frozenset({"list", "lists", "ranking", "rankings", "table"})


def topic_details(claim: ParsedText, missing: list[str], known: Callable[[str], bool]) -> list[str]:
    """The words the facts lack that name what the claim's thing is about ("documents on
    agriculture", "a deal on a joint heavy-lift helicopter") and that no fact of the store
    uses at all: the claim is about another subject matter, however much of the rest is
    covered. The phrase after the preposition ends at a function word, a past verb or a
    comma."""
    lacking = set(missing)
    details = []
    words = claim.words
    for index, word in enumerate(words):
        if word.lower not in _TOPIC_PREPOSITIONS:
            continue
        previous = word
        for following in words[index + 1 : index + 1 + _TOPIC_PHRASE_WORDS]:
            between = claim.text[previous.end : following.start]
            if any(mark in between for mark in ",;:()"):
                break
            previous = following
            if following.lower in _ARTICLES or following.lower in ("and", "or"):
                continue  # "on energy and agriculture": each topic counts
            if following.lower in _FRAME_NOUNS:
                continue  # "ninth on the list of ... partners": no subject matter
            if following.lower in STOP_WORDS or past_verb(following.lower):
                break  # "the attack on the museum happened": the phrase ends at its verb
            if following.lower in lacking and not known(following.stem):
                details.append(following.lower)
    details += [w for w in _listed(claim, lacking, known) if w not in details]
    opening = _unknown_opening_name(claim, lacking, known)
    if opening is not None and opening not in details:
        details.append(opening)
    return details


# Words after a sentence's first word that make it the subject of a verb: "Google also made".
_AFTER_SUBJECT = frozenset(
    "also has have had is was will would could did does said says then later".split()
)


def _unknown_opening_name(
    claim: ParsedText, lacking: set[str], known: Callable[[str], bool]
) -> str | None:
    """A capitalised first word that no fact of the store uses, as the subject of a verb
    ("Google also made an offer"): a name the entity tables do not know, since a sentence's
    first word is capitalised anyway; the claim is about someone the store never mentions."""
    if len(claim.words) < 2:
        return None
    first, following = claim.words[0], claim.words[1]
    surface = claim.text[first.start : first.end]
    if not surface[:1].isupper() or surface.isupper() or len(surface) < 3:
        return None
    if first.lower not in lacking or known(first.stem) or first.lower in STOP_WORDS:
        return None
    if following.lower in _AFTER_SUBJECT or past_verb(following.lower):
        return first.lower
    return None


_LIST_JOINS = frozenset({",", "and", "or", ", and", ", or"})


def _listed(claim: ParsedText, lacking: set[str], known: Callable[[str], bool]) -> list[str]:
    """Words no fact uses that stand in a list beside words the store uses ("energy,
    transport and finance deals"): one of the topics listed is not the store's."""
    words = claim.words
    named = [(m.start, m.end) for m in claim.mentions]
    found = []
    for index, word in enumerate(words):
        if word.lower not in lacking or known(word.stem) or past_verb(word.lower):
            continue
        for step in (-1, 1):
            near = index + step
            if not 0 <= near < len(words):
                continue
            first, second = sorted((words[index], words[near]), key=lambda w: w.start)
            join = " ".join(claim.text[first.end : second.start].split())
            neighbour = words[near]
            if any(start <= neighbour.start < end for start, end in named):
                continue  # "Beijing, embroiled in ...": a name, no list of topics
            if join in _LIST_JOINS and known(neighbour.stem) and neighbour.lower not in STOP_WORDS:
                found.append(word.lower)
                break
    return found
