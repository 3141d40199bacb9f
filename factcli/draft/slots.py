"""What one clause fixes, read with the parser that reads claims: typed values, roles,
who says it and how firmly, and the words that say what it is about."""

from __future__ import annotations

import re
from dataclasses import replace

from factcli.clock import CLOCK
from factcli.draft.records import QuantityRecord, RankRecord
from factcli.lexicon import STOP_WORDS, stem
from factcli.mood import DEEDS_TO_COME, OBLIGED, PROSPECTS, past_verb
from factcli.parse import ParsedText
from factcli.quantities import find_quantities
from factcli.ranks import most_quality
from factcli.scores import SCORE_DIMENSION
from factcli.values import Qualifier, Quantity, Word

_ROLE_NAMES = {"source": "supplier", "target": "recipient"}
_SPECIFIC_ROLES = frozenset({"previous_stop", "next_stop"})
_UNIT_WORDS = {"percent": "percent", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "m3": "cubic meters",
               "t": "tonnes", "m": "meters", "km": "kilometers", "times": "times",
               "magnitude": "magnitude", "minute": "hrs"}  # fmt: skip
_DAYS_PER = (("year", 365.25), ("month", 365.25 / 12), ("week", 7.0), ("day", 1.0),
             ("hour", 1 / 24), ("minute", 1 / 1440))  # fmt: skip

_EXPECTED = re.compile(
    r"\b(?:(?<!\bas )expect(?:s|ed)?|likely|probably|possibly|possible|may|might|could|would|"
    r"poised|set to|forecasts?|predicts?|projected|potential|arguably|"
    # an outcome in prospect ("a contender to win"), as a claim's mood reads it
    + "|".join(re.escape(p.strip()) for p in PROSPECTS)
    + r"|(?:believed|thought) to be)\b",
)
_PLANNED = re.compile(
    r"\b(?:will|shall|plans?(?=\s+(?:to|for)\b)|(?<!\bas )planned|(?<=is |re |as |en )planning|"
    r"planning(?=\s+to\b)|intends?|aims?|aiming|seek(?:s|ing)?|sought(?!-)|"
    r"(?:calling|asking|pushing|pressing) for|"
    r"(?<!\bas )scheduled|is to|are to|considering|weighing|exploring|mulling|looking into|"
    r"going to|by 20\d\d|"
    # what still has to be done is not done ("has yet to be approved"), as in a claim's mood
    rf"(?:{'|'.join(sorted(OBLIGED))}) to(?=\s+(?:{'|'.join(sorted(DEEDS_TO_COME))})\b))\b",
)
_OPINION = re.compile(
    r"\b(?:believes?|believed|thinks?|thought|argues?|argued|feels?|felt|accuses?|accused|"
    r"worr(?:y|ies|ied)|fears?|feared|hopes?|hoped|should|must|opinion|view)\b",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(
    {"its", "the", "their", "his", "her", "a", "an", "other", "more", "such", "these", "those"}
)
# Prepositions and connectives the stop list leaves out: they say nothing of a topic.
FUNCTION_WORDS = frozenset(
    """
    along behind across near including against toward towards around beside besides beyond
    despite though although whether however still even yet thus therefore whose like unlike
    """.split()
)
# Words any report uses of anything: too weak to say what a fact is about.
GENERIC_WORDS = frozenset(
    """
    country countries nation nations state states people year years time times government
    governments official officials world region new other others major many one two three
    first last week month day days number part way thing things including according told
    well made make since local national new recent recently current currently time
    """.split()
)
_SUBORDINATE_SCOPE = re.compile(
    r"\s(?:which|that|who|whom|whose|when|where|because|if|while|whether|although)\s"
    r"|\sand\s(?=(?:is|are|was|were|has|have|had)\b)"
)
_SAID_THAT = re.compile(
    r"\b(?:said|says|announced|announces|stated|states|confirmed|confirms|insisted)\s+that\b"
)
_FORESEEN = re.compile(
    r"\b(?:concerns?|fears?|worr(?:y|ies|ied)|hopes?|expectations?|warn(?:s|ed|ing)?|"
    r"predict(?:s|ed|ions?)?|risks?|possibility|prospects?|speculation)\s+that\b"
)
_TRAILING_WARNING = re.compile(
    r",\s+(?:warning|cautioning|predicting|fearing)\s+(?:that\s+)?(?=\w)"
)
_QUOTED = re.compile(r"[\u201c\"][^\u201d\"]*[\u201d\"]")


def quantity_records(
    parsed: ParsedText, roles: dict[str, str] | None = None
) -> tuple[list[QuantityRecord], list[QuantityRecord]]:
    """(quantities, durations) of the clause, each written so that the store reads it back
    as the same value. A duration tied to a stop of the trip (`roles`: the clause's names
    and their roles) is that stop's length: "a one-day trip to Kazakhstan" fills
    "previous_stop_length", which a claim's "one day in Kazakhstan" is compared with."""
    amounts: list[QuantityRecord] = []
    durations: list[QuantityRecord] = []
    for quantity in parsed.quantities:
        if quantity.qualifier is Qualifier.ORDER:
            continue  # "hundreds of millions": a slot holds no span; the statement keeps it
        if quantity.dimension == "time" and quantity.qualifier.value in _BOUNDS:
            continue  # "for more than a year": a duration slot has no qualifier; the
            # statement keeps it, and a claim's "18 months" is compared with the bound
        if quantity.dimension == "time":
            record = _duration(quantity)
            anchor = parsed.anchor(quantity.start, quantity.end)
            role = (roles or {}).get(anchor.name, "") if anchor is not None else ""
            if record is not None and role in _SPECIFIC_ROLES:
                record = replace(record, slot=f"{role}_length")
            if record is not None:
                durations.append(record)
            continue
        record = _amount(quantity)
        if record is not None:
            amounts.append(record)
    return amounts, durations


_BOUNDS = frozenset({"more_than", "at_least", "less_than", "at_most"})


def _amount(quantity: Quantity) -> QuantityRecord | None:
    unit = "" if quantity.dimension == "count" else _UNIT_WORDS.get(quantity.unit)
    if unit is None:
        return None
    qualifier = "" if quantity.qualifier.value == "exact" else quantity.qualifier.value
    value = _number(quantity.value)
    if quantity.dimension == CLOCK:  # a time of day as the 24-hour clock writes it: 2201 hrs
        value = int(quantity.value) // 60 * 100 + int(quantity.value) % 60
    record = QuantityRecord(quantity.dimension, value, unit,
                            quantity.period or "", qualifier)  # fmt: skip
    words = [_text(record.value), unit] + ([f"per {record.period}"] if record.period else [])
    found = find_quantities(" ".join(w for w in words if w))
    if len(found) != 1 or found[0].unit != quantity.unit or found[0].value != quantity.value:
        return None
    return record


def _duration(quantity: Quantity) -> QuantityRecord | None:
    """A duration in the largest unit it is a whole number of: "eight hours" ("nearly": a
    duration slot has no qualifier, and "nearly eight hours" agrees with eight)."""
    for unit, days in _DAYS_PER:
        count = quantity.value / days
        if abs(count - round(count)) < 1e-6 and round(count) > 0:
            return QuantityRecord("length", _number(round(count)), unit)
    return None


def _number(value: float) -> float:
    return int(value) if float(value).is_integer() else value


def _text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def rank_records(parsed: ParsedText) -> list[RankRecord]:
    """The clause's ranks, less those by a named quality ("the most detailed"), which the
    statement keeps with their quality: a record would keep the place alone."""
    return [
        RankRecord("rank", abs(r.value), r.kind)  # a place from the bottom, counted from 1
        for r in parsed.ranks
        if most_quality(r) is None
    ]


def role_entities(parsed: ParsedText, whole: bool = False) -> list[tuple[str, str]]:
    """The entities the clause puts in roles: owner and subject, destination and stops, as
    the parser reads them in a claim."""
    roles: dict[str, str] = {}
    for role in parsed.roles:
        side = _ROLE_NAMES.get(role.side, role.side)
        if side == "departure":
            continue  # "sanctions from the West": where a claim's name may not go, no role
        if roles.get(role.name) in _SPECIFIC_ROLES:
            continue  # "after a trip to Kazakhstan": a previous stop, not the destination
        roles[role.name] = side
    destinations = [name for name, side in roles.items() if side == "destination"]
    kept = _main_destination(parsed, destinations)
    for name in destinations:
        if name != kept:
            del roles[name]
    # Who supplies whom is read from word order, which a clause cut from its sentence and
    # the sentence itself read differently ("selling cheaper eggs, prices it said...").
    # A clause that is its whole sentence, naming both a supplier and a recipient and
    # neither a person ("Russia has relied on China"), keeps them: a clause cut from its
    # sentence, or one party alone ("support from Beijing"), is too often misread.
    parties = {n: s for n, s in roles.items() if s in ("supplier", "recipient")}
    people = {m.name for m in parsed.mentions if m.kind == "person"}
    if not whole or sorted(parties.values()) != ["recipient", "supplier"] or people & set(parties):
        roles = {n: s for n, s in roles.items() if s not in ("supplier", "recipient")}

    return sorted(roles.items(), key=lambda item: (item[1], item[0]))


_SUBORDINATORS = frozenset(
    "that amid while whereas after before as when where which who whom because if".split()
)


def _main_destination(parsed: ParsedText, destinations: list[str]) -> str | None:
    """The destination of the clause's own trip: the last one ("after a trip to Kazakhstan,
    Xi arrived in Moscow"), unless a subordinate clause opens between them ("a visit to
    China, amid reports that he may visit Japan"): then the first, the main clause's."""
    if len(destinations) < 2:
        return destinations[0] if destinations else None
    places = {m.name: m.start for m in reversed(parsed.mentions)}
    first, last = places.get(destinations[0], 0), places.get(destinations[-1], 0)
    between = parsed.text[min(first, last) : max(first, last)].lower().split()
    return destinations[0] if _SUBORDINATORS.intersection(between) else destinations[-1]


_FRONTED_PLACE = re.compile(r"(?:In|At)\s+(?:the\s+)?$")
_SCENE_KINDS = frozenset({"city", "country", "region"})


def scene(parsed: ParsedText, entities: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """ "In Machala, at least nine deaths were reported": a place fronted before the comma
    is where the clause's event happened, its location; a claim that puts the event in
    another place conflicts with it. (A place later in the clause is often only a detail.)"""
    first = next((m for m in parsed.mentions if not m.adjective), None)
    if first is None or first.kind not in _SCENE_KINDS or first.name in dict(entities):
        return ()
    if not _FRONTED_PLACE.fullmatch(parsed.text[: first.start]):
        return ()
    if not parsed.text[first.end :].lstrip().startswith(","):
        return ()
    return ((first.name, "location"),)


# A participle phrase that opens a sentence, up to its comma: an adjunct, whose cues
# ("Fuelling speculation that the plan might be ...") qualify it, not the main clause.
_LEADING_PARTICIPLE = re.compile(r"^[a-z]+ing\b[^,;]{0,160},\s+")


def modality(clause: str, speaker: str | None) -> str:
    """How firmly the clause states its content, from its cue words (quoted words aside).
    Cues are lower-case words: "May 8" is a month, "may" a hedge."""
    plain = _QUOTED.sub(" ", clause) if _QUOTED.sub(" ", clause).strip() else clause
    plain = plain.strip()
    if plain[:1].isupper() and not plain.startswith("May "):
        plain = plain[0].lower() + plain[1:]
    plain = _LEADING_PARTICIPLE.sub("", plain, count=1)  # "Fuelling speculation that ..., "
    # "has left 150 homes in ruins, officials said, warning that more may be forced to
    # flee": a warning hung on the clause qualifies what it warns of, not the clause
    plain = _TRAILING_WARNING.split(plain, maxsplit=1)[0]
    # "raised concerns that the government would be pressured": what a concern, fear or
    # warning says may happen is expected, not reported as done.
    foreseen = _FORESEEN.search(plain)
    if foreseen is not None and (
        _EXPECTED.search(plain, foreseen.end()) or _PLANNED.search(plain, foreseen.end())
    ):
        return "expected"
    # "has said that after it joins the court, it will press charges": what is said is the
    # fact's content, and its plan words make the fact a plan.
    said = _SAID_THAT.search(plain)
    if said is not None and _PLANNED.search(plain, said.end()):
        return "planned"
    # A cue inside a relative or subordinate clause qualifies that clause, not the fact:
    # "has 11 stores and is rumored to be planning a chain that may deploy ...".
    plain = _SUBORDINATE_SCOPE.split(plain, maxsplit=1)[0]
    if any(not _named_forecast(plain, cue) for cue in _EXPECTED.finditer(plain)):
        return "expected"
    if _PLANNED.search(plain):
        return "planned"
    if speaker is not None and _OPINION.search(plain):
        return "opinion"
    return "reported"


# "offered a sales forecast", "just under analysts' forecasts": a forecast named as a thing,
# after a determiner, a possessive or another noun, is reported, not foreseen by the clause.
_NOUN_CUES = frozenset({"forecast", "forecasts"})
_BEFORE_A_NOUN = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|sales|revenue|earnings|profit|growth)"
    r"|['\u2019]s|s['\u2019])\s+$",
)


def _named_forecast(text: str, cue: re.Match[str]) -> bool:
    return cue.group(0) in _NOUN_CUES and bool(_BEFORE_A_NOUN.search(text, 0, cue.start()))


def topic_words(parsed: ParsedText, *, generic: bool = False) -> list[str]:
    """The clause's content words outside names and values, in order, once each; words
    any report uses (GENERIC_WORDS) only when `generic`."""
    taken = [(m.start, m.end) for m in parsed.mentions]
    taken += [(q.start, q.end) for q in parsed.quantities]
    taken += [(d.start_offset, d.end_offset) for d in parsed.dates]
    found: dict[str, None] = {}
    for word in parsed.words:
        if (
            len(word.lower) < 3
            or word.lower in STOP_WORDS
            or word.lower in FUNCTION_WORDS
            or (word.lower in GENERIC_WORDS and not generic)
            or word.lower.isdigit()
            or any(s <= word.start < e for s, e in taken)
        ):
            continue
        found.setdefault(word.lower.replace("\u2019", "'"), None)
    return list(found)


def measured_words(parsed: ParsedText, words: list[str]) -> list[str]:
    """The words that say what the clause's amounts count or measure: the noun after a
    count ("19 people"), the words after "of" ("15 percent of its gross domestic product")
    or before it ("a net profit of 42 million euros"), else the words just before the
    amount ("retail sales, which totaled $726 billion")."""
    found: dict[str, None] = {}
    plain = set(topic_words(parsed, generic=True))
    lasting: list[str] = []  # what a duration measures: "running continuously for a year"
    # "the ratio - a measure of expenses relative to premiums - came in at 91.2%": an aside
    # set off by dashes describes; the words round it say what is measured.
    asides = [m.span() for m in _DASHED_ASIDE.finditer(parsed.text)]
    said = [w for w in parsed.words if not any(a <= w.start < b for a, b in asides)]
    for quantity in parsed.quantities:
        if quantity.dimension == "time":
            near = [w for w in said if w.end <= quantity.start][-4:]
            near += [w for w in said if w.start >= quantity.end][:1]  # "-year period"
            lasting += [w.lower for w in near if w.lower in plain]
        if quantity.dimension in ("time", SCORE_DIMENSION, CLOCK):  # a result, a time of
            continue  # day: they measure nothing
        if quantity.qualifier is Qualifier.ORDER:  # "tens of thousands of civilians": no
            continue  # figure a claim could state, so no key of what it counts
        if quantity.dimension == "magnitude":  # the quake's size: the quake's own words
            continue  # key it, not the words before it; a claim's "magnitude" is its unit
        after = [w for w in said if w.start >= quantity.end][:6]
        before = [w for w in said if w.end <= quantity.start][-4:]
        picked: list[str] = []
        if quantity.dimension == "length" and after and after[0].lower == "from":
            # "200 miles from the epicenter": a distance is from that place
            found.update(dict.fromkeys(_content_run(after[1:])))
            continue
        if quantity.dimension == "count" or (after and after[0].lower == "of"):
            picked = _content_run(after[1:] if after and after[0].lower == "of" else after)
            if quantity.dimension == "count":  # "nine African-American churchgoers": the
                nouns = [w for w in picked if not past_verb(w)]  # first and the head noun
                picked = list(dict.fromkeys(picked[:1] + nouns[-1:]))
                # "killing two people": a claim may count with the verb ("two killed")
                picked += [w.lower for w in before[-1:] if _counting_verb(w.lower, plain)]
            found.update(dict.fromkeys(picked))
        of = bool(before) and before[-1].lower == "of"
        if of and quantity.dimension == "count":  # "a magnitude of 6.8", not "one of 300"
            run = _content_run(list(reversed(before[:-1])))
            found.update(dict.fromkeys(w for w in run if w not in _PARTITIVES))
        if picked or (quantity.dimension == "count" and of):
            continue
        # "40-foot-tall tubes": the word that holds the amount ends with its adjective
        ends = max((w.end for w in said if w.start <= quantity.start < w.end), default=0)
        if after and after[0].start - max(quantity.end, ends) <= 1 and after[0].lower in plain:
            found[after[0].lower] = None  # "a 49-per-cent owned firm", "a 20% stake"
        if of:  # "a net profit of 42 million euros"
            found.update(dict.fromkeys(_content_run(list(reversed(before[:-1])))))
        else:  # "retail sales, which totaled $726 billion": the words just before
            near = [w for w in said if w.end <= quantity.start][-6:]
            found.update(dict.fromkeys(
                w.lower for w in near if w.lower in plain and w.lower not in _AMOUNT_VERBS
            ))  # fmt: skip
    if found:  # a claim about the duration alone need not say what the clause counts
        found.update(dict.fromkeys(lasting))
    return list(found)


def _counting_verb(word: str, plain: set[str]) -> bool:
    """A verb right before a count, which says what happened to what is counted
    ("killing two people", "injured 30"), not a preposition ("including 17")."""
    return word in plain and (word.endswith("ing") or past_verb(word)) and word not in _NOT_VERBS


_NOT_VERBS = frozenset("including excluding according during following regarding".split())


_DASHED_ASIDE = re.compile(r"\s[-\u2013\u2014]\s[^-\u2013\u2014]{3,120}?\s[-\u2013\u2014]\s")


# Words before "of" that pick out part of a count rather than saying what it counts.
_PARTITIVES = frozenset("one two three some many most all each any none both half part".split())
_AMOUNT_VERBS = frozenset(
    "totaled totalled reached stood was were is are paid priced sell sells sold cost costs"
    " worth valued amounted between about around nearly almost roughly some".split()
)


_SUPERLATIVE = re.compile(r"best|worst|top|\w{3,}est")


def _content_run(run: list[Word]) -> list[str]:
    """The content words at the head of `run`, up to three, determiners skipped."""
    picked: list[str] = []
    for word in run:
        if (word.lower in _DETERMINERS or _SUPERLATIVE.fullmatch(word.lower)) and not picked:
            continue  # "the two best second-place finishers": what is counted follows
        if word.lower in STOP_WORDS or word.lower in FUNCTION_WORDS or len(picked) == 3:
            break
        picked.append(word.lower)
    return picked


def stems_of(words: list[str]) -> set[str]:
    return {stem(w) for w in words}
