"""Make a clause self-contained: say who "he" is, which country "the country" is, and who
"the two sides" are, from the names the article used before it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from factcli.draft.segment import without_dateline
from factcli.parse import ParsedText
from factcli.values import Mention

_LEADING_CONNECTIVE = re.compile(
    r"^(?:but|and|yet|so|still|also|however|nonetheless|nevertheless|meanwhile|moreover|after all|"
    r"despite this|in turn|as a result|then|although|though|even though|whereas|because|"
    r"as(?!\s+(?:of|a|an|well|much|many|part|far|long|soon|such)\b))\b,?\s+",
    re.IGNORECASE,
)
_HE = re.compile(r"^(?:he|she|(?P<own>his|her))\b(?=\s)|^(?P<is>he|she)['\u2019]s\b", re.IGNORECASE)
# "his company's $19 billion acquisition": the company the person works for.
_OWN_COMPANY = re.compile(r"\b(?:his|her)\s+(?:company|firm|employer)(?P<s>['\u2019]s)?\b")
# "its" inside a clause: the clause's own organisation or country, else the sentence's.
_ITS = re.compile(r"\bits\b")
# "It" opening a clause, unless it is the "it" of "it is", "it was" ("It was the deadliest
# attack"): those are most often about an event or a fact, not a company or a country.
_IT = re.compile(
    r"^([Ii]ts?)\b(?!['\u2019]s\b)(?!\s+(?:is|was|'s|\u2019s|would|seems|seemed|appears|appeared|remains|"
    r"remained|has been|had been|will be|may|might|could|should|must)\b(?!\s+(?:seen|known|"
    r"expected|set|considered|regarded|viewed|thought|believed|said|reported)\b))"
)  # ... but "It is seen as the front-runner": a passive is said of the company
_LEAD_KINDS = frozenset({"organization", "country"})
# The report's company named by its generic noun: the sentence's lead is that company.
_THE_COMPANY = re.compile(r"\b[Tt]he (?:company|firm)\b(?!['\u2019])")
# A sentence that opens with a plural subject and its verb ("More than 1,200 Red Cross
# volunteers were helping ..."): the group "They" or "Their" opening the next one stands for.
_PLURAL_SUBJECT = re.compile(
    r"^(?:(?:more than|at least|about|some|nearly|almost|over|around|roughly)\s+)?"
    r"(?:\d[\d,.]*\s+(?:million\s+|thousand\s+)?)?(?:the\s+)?"
    r"(?P<np>(?:[A-Za-z][\w.'\u2019-]*\s+){0,3}[A-Za-z][\w-]*[^s\W]s)\s+"
    r"(?:were|are|have|had|will|would|could|can)\b",
    re.IGNORECASE,
)
_THEY = re.compile(r"^(?:they|(?P<own>their))\b(?=\s)", re.IGNORECASE)
_COUNTRY = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:(?:[A-Z][a-z]+\s+){0,2}(?:country|nation))(?P<s>['\u2019]s)?\b"
)
# "the region" is the region named last; "the company" the organisation named last.
_NOUN_KINDS = {"region": "region", "city": "city", "capital": "city", "company": "organization",
               "firm": "organization", "group": "organization", "party": "organization",
               "organisation": "organization", "organization": "organization",
               "bank": "organization", "agency": "organization", "retailer": "organization",
               "carrier": "organization", "airline": "organization", "automaker": "organization",
               "carmaker": "organization", "insurer": "organization", "lender": "organization",
               "startup": "organization", "manufacturer": "organization",
               "conglomerate": "organization", "club": "organization", "team": "organization",
               "university": "organization", "court": "organization",
               "authority": "organization", "commission": "organization",
               "ministry": "organization", "department": "organization",
               "council": "organization", "board": "organization",
               "institute": "organization", "foundation": "organization",
               "union": "organization", "association": "organization",
               "committee": "organization", "bloc": "organization"}  # fmt: skip
# The head words of the names a noun may stand for, when not its own: "the bloc" is the
# European Union (or an alliance, a community), never just the organisation named last.
_HEADS_OF = {
    "bloc": frozenset({"union", "community", "alliance", "bloc", "association"}),
    # "to the agency": a public body by its head word ("... Safety Administration"), never
    # the company the report is about
    "agency": frozenset({"agency", "administration", "bureau", "service", "commission"}),
}
# Nouns too common in names ("Besecker Company") to pick the organisation by: "the
# company" is the one the article names most.
_GENERIC_NOUNS = frozenset({"company", "firm", "organization", "organisation"})
# "the group behind the attack", "the group - Ansar al-Sharia": a description the words
# after it complete is not the organisation named before.
_DEFINITE = re.compile(
    r"\b[Tt]he (?P<noun>" + "|".join(_NOUN_KINDS) + r")(?P<s>['\u2019]s)?\b"
    r"(?!\s+(?:of|behind|that|which|who|whose|in|at|for|with|to|from|called|named)\b)"
    r"(?!\s*[,]?\s*[-\u2013\u2014]\s*[A-Z])(?!\s*,\s*[A-Z])"
    # "the group winners", "the city council": the noun modifies another, it names no one
    r"(?!\s+(?:council|stage|phase|winners?|leaders?|members?|officials?|chief|level|round|"
    r"account|hall|centre|center)\b)"
)
_TWO_PEOPLE = re.compile(
    r"\b[Tt]he two (?:men|women|leaders|presidents|politicians|rivals)\b(?!['\u2019])"
)
_BILATERAL = re.compile(
    r"\b[Bb]ilateral\s+(?P<noun>trade|ties|relations|relationship|cooperation|talks|"
    r"agreement|agreements|pact|deal|deals|exchanges|investment|meeting|summit)\b"
)


def _head(name: str) -> str:
    """The head word of a body's name, lower-case: its last ("Safety Administration"), or
    its first before "of" ("Department of Environmental Protection")."""
    words = name.lower().split()
    return words[0] if len(words) > 2 and words[1] == "of" else words[-1]


def _same_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


_RATE = re.compile(r"(\d)-an?-(year|month|week|day|pound|share|barrel|head)\b")
_PAIR = re.compile(
    r"\b(?:the two (?:sides|countries|nations|neighbou?rs|governments)|both (?:sides|countries|"
    r"nations))\b",
    re.IGNORECASE,
)


@dataclass
class Context:
    """The names met so far, most recent last."""

    people: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    last_of_kind: dict[str, str] = field(default_factory=dict)
    organizations: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def main_organization(self) -> str | None:
        """The organisation the article has named most so far: "the company" is most often
        the one the report is about."""
        return self._most_named(self.organizations)

    def main_city(self) -> str | None:
        """The city the article has named most so far: "the city" is the one the report is
        about, not the one an office is in that a sentence named in passing."""
        return self._most_named(self.cities)

    def _most_named(self, names: list[str]) -> str | None:
        """Of names in order of their last mention, the one named most (the latest of a tie)."""
        if not names:
            return None
        recency = {name: number for number, name in enumerate(names)}
        return max(names, key=lambda n: (self.counts.get(n, 0), recency[n]))

    country_counts: dict[str, int] = field(default_factory=dict)
    lead: str | None = None  # the first organisation or country the last sentence named
    group: str | None = None  # the plural subject of the last sentence ("Red Cross volunteers")
    owner: str | None = None  # the company a clause of this sentence named: what "its" is

    def note_sentence(self, mentions: tuple[Mention, ...], text: str = "") -> None:
        """Remember a whole sentence's names, and the first organisation or country in it
        (or the company "the company" stands for, when it comes first): what "It" or "Its"
        opening the next sentence most often stands for; and its plural subject, what
        "They" or "Their" stands for."""
        first = next((m for m in mentions if m.kind in _LEAD_KINDS and not m.adjective), None)
        company = _THE_COMPANY.search(text)
        if company is not None and (first is None or company.start() < first.start):
            lead = self.main_organization()  # "the company has shifted its focus to ..."
        else:
            lead = first.name if first is not None else None
        self.note(mentions)
        subject = _PLURAL_SUBJECT.match(text)
        self.group = subject.group("np") if subject is not None else None
        self.owner = None
        self.lead = lead

    def note(self, mentions: tuple[Mention, ...]) -> None:
        """Remember the people and countries a sentence named, in order."""
        for mention in mentions:
            if not mention.adjective:
                self.last_of_kind[mention.kind] = mention.name
                self.counts[mention.name] = self.counts.get(mention.name, 0) + 1
                if mention.kind == "organization":
                    _push(self.organizations, mention.name)
                elif mention.kind == "city":
                    _push(self.cities, mention.name)
            if mention.kind == "person":
                _push(self.people, mention.name)
            elif mention.kind == "country":
                _push(self.countries, mention.name)
                self.country_counts[mention.name] = self.country_counts.get(mention.name, 0) + 1

    def main_country(self) -> str | None:
        """The country the article has named most so far: "the country" is most often it."""
        if not self.countries:
            return None
        recency = {name: number for number, name in enumerate(self.countries)}
        return max(self.countries, key=lambda c: (self.country_counts.get(c, 0), recency[c]))

    def pair(self) -> tuple[str, str] | None:
        """ "The two sides": the two countries the article has named most so far."""
        if len(self.countries) < 2:
            return None
        recency = {name: number for number, name in enumerate(self.countries)}
        ranked = sorted(self.countries, key=lambda c: (-self.country_counts.get(c, 0), -recency[c]))
        return ranked[1], ranked[0]


def _push(names: list[str], name: str) -> None:
    if name in names:
        names.remove(name)
    names.append(name)


def self_contained(
    clause: str,
    context: Context,
    speaker: str | None,
    local: tuple[Mention, ...] = (),
    sentence: tuple[Mention, ...] = (),
    employers: Mapping[str, str] = MappingProxyType({}),
    inside: tuple[Mention, ...] = (),
) -> str:
    """The clause as a sentence of its own: no dateline or leading connective, pronouns and
    references replaced by the names they stand for, a capital first and a full stop last."""
    text = without_dateline(clause.strip())
    own = _ITS.search(clause)
    own_its = own is not None and not any(
        m.kind in _LEAD_KINDS for m in inside if m.end <= own.start()
    )  # "he personally brokered its buyout": no company of its own, the sentence's
    previous = None
    while previous != text:
        previous = text
        text = _LEADING_CONNECTIVE.sub("", text)
    person = speaker or (context.people[-1] if context.people else None)
    he = _HE.match(text)
    if person and he:  # "His father was Kenyan": the person's father; "he's": he is
        said = "'s" if he.group("own") else " is" if he.group("is") else ""
        text = person + said + text[he.end() :]
    employer = employers.get(person) if person else None
    if employer and _OWN_COMPANY.search(text):  # "his company's acquisition": Facebook's
        text = _OWN_COMPANY.sub(lambda m: employer + (m.group("s") or ""), text)
        context.owner = employer
    they = _THEY.match(text)
    if they is not None and context.group:  # "Their heavy machinery": the volunteers'
        text = context.group + ("'" if they.group("own") else "") + text[they.end() :]
    it = _IT.match(text)
    # "Amazon plans to position Whole Foods ... It now has 11 stores": the company; in a
    # later clause of a sentence ("..., and its governments"), the one the sentence named.
    here = [m.name for m in sentence if m.kind in _LEAD_KINDS and not m.adjective]
    lead = here[0] if here else context.lead
    if it is not None and lead:
        text = lead + ("'s" if it.group(1).lower() == "its" else "") + text[it.end() :]
    owner = context.owner or lead
    if own is not None and _THE_COMPANY.search(clause, 0, own.start()) is not None:
        owner = context.main_organization()  # "The company, known for its network": its own
    if owner and own_its and it is None:
        text = _ITS.sub(owner + "'s", text, count=1)

    def country_at(match: re.Match[str]) -> str:
        # A country the clause itself named before: "Libyan militants ... the country's coast".
        before = [m.name for m in local if m.kind == "country" and m.end <= match.start()]
        name = before[0] if before else context.main_country()
        if name is None:
            return match.group(0)
        return name + ("'s" if match.group("s") else "")

    text = _COUNTRY.sub(country_at, text)

    def named(match: re.Match[str]) -> str:
        kind = _NOUN_KINDS[match.group("noun").lower()]
        # One the sentence names ("... the Central Asian states, Moscow fears a loss of its
        # clout in the region's former Soviet republics"), else the article's.
        in_sentence = [m.name for m in sentence if m.kind == kind]
        noun = match.group("noun").lower()
        # "the court": the Supreme Court named before, before any other organisation.
        heads = _HEADS_OF.get(noun, frozenset({noun}))
        headed = [
            o for o in context.organizations if _head(o) in heads and noun not in _GENERIC_NOUNS
        ]
        if kind == "organization" and headed:
            name: str | None = headed[-1]
        elif noun in _HEADS_OF:
            name = None  # no body of that kind named: the words stay
        elif in_sentence:
            name = in_sentence[0]
        elif kind == "organization":
            name = context.main_organization()
        elif kind == "city":
            name = context.main_city()
        else:
            name = context.last_of_kind.get(kind)
        if name is None:
            return match.group(0)
        return name + ("'s" if match.group("s") else "")

    text = _DEFINITE.sub(named, text)
    # "Beijing seeks to highlight the joint sacrifice of both countries": the two countries
    # the sentence named before, else the two the article has named most.
    named_here = list(dict.fromkeys(m.name for m in sentence if m.kind == "country"))
    pair = (named_here[1], named_here[0]) if len(named_here) == 2 else context.pair()
    if pair:
        text = _PAIR.sub(f"{pair[1]} and {pair[0]}", text)
        # "Bilateral trade stood at $95 billion": trade between the two.
        text = _BILATERAL.sub(
            lambda m: _same_case(m.group("noun"), m.group(0)) + f" between {pair[1]} and {pair[0]}",
            text,
        )
    if len(context.people) >= 2:  # "the two men": the last two people the article named
        first, second = context.people[-2:]
        text = _TWO_PEOPLE.sub(f"{first} and {second}", text)
    text = _RATE.sub(r"\1 a \2", text)  # "$119-a-year": the parser reads "$119 a year"
    text = text.rstrip(",;: ")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in '.!?"\u201d':
        text += "."
    return text


def names_a_country(clause: str) -> bool:
    """Whether the clause says "the country" or "the nation", which the article names."""
    return _COUNTRY.search(clause) is not None


def name_heads(names: Iterable[str]) -> dict[str, str]:
    """Each head noun that only one name of the article ends in: "museum" for the Bardo
    National Museum, when the article names no other museum."""
    heads: dict[str, list[str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1:
            heads.setdefault(words[-1].lower(), []).append(name)
    return {head: found[0] for head, found in heads.items() if len(found) == 1}


_CALLED = re.compile(
    r"\b(?:[Aa]|[Aa]n)\s+(?:[a-z][\w-]*\s+){0,4}?(?P<noun>[a-z]{3,})\s*,?\s+(?:(?:that\s+)?"
    r"(?:they|we|scientists|researchers|officials|experts)\s+call(?:ed)?|called|named|dubbed|"
    r"known\s+as)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)


def called_heads(text: str, names: Iterable[str]) -> dict[str, str]:
    """The nouns the article gives a name to: "a simulation they call TNG50", "a storm
    named Zeta": "the simulation" is TNG50 when the article names no other so."""
    known = set(names)
    found: dict[str, list[str]] = {}
    for match in _CALLED.finditer(text):
        name = match.group("name")
        if name in known and name not in found.get(match.group("noun"), []):
            found.setdefault(match.group("noun"), []).append(name)
    return {noun: named[0] for noun, named in found.items() if len(named) == 1}


def referents(parsed: ParsedText, heads: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The names a clause refers to by a description: "the museum", "Tunisia's most renowned
    museum" is the one museum the article names. A name the clause gives itself is left
    to the parser."""
    named = parsed.names
    found = [
        name
        for head, name in sorted(heads.items())
        if name not in named and re.search(_DESCRIPTION.format(head=re.escape(head)), parsed.text)
    ]
    return tuple((name, "referent") for name in found)


# "the museum", "Tunisia's most renowned museum": a determiner, up to three words, the head.
_DESCRIPTION = (
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|\w+['\u2019]s)\s+"
    r"(?:[a-z][\w-]*\s+){{0,3}}{head}\b"
)


RECENT_SENTENCES = 3  # sentences back that may say in full what "the yield" is
_MODIFIED = re.compile(
    r"\b[Tt]he\s+(?P<head>[a-z][a-z-]{2,})\s+(?P<of>(?:of|on|for)\s+(?:the\s+)?"
    r"(?:[\w.$%-]+\s+){0,3}?[A-Za-z][\w-]*)(?=\s+(?:has|have|had|is|are|was|were|will|would|"
    r"rose|fell|climbed|dropped|[a-z]+ed)\b)"
)
# "the 2009 crash of Air France's Flight 447.": a year before the noun, and a name after
# "of" that ends the sentence.
_DATED = re.compile(
    r"\b[Tt]he\s+(?:(?P<year>1[89]\d\d|20\d\d)\s+)?(?P<head>[a-z][a-z-]{2,})\s+"
    r"(?P<of>of\s+(?:[A-Z][\w'\u2019-]*\s+){0,4}(?:[A-Z][\w'\u2019-]*|\d+))(?=\s*[.,;]|$)"
)
_SHORT = re.compile(
    r"\b(?:the|[Tt]hat|[Tt]his)\s+(?P<head>[a-z][a-z-]{2,})\b(?!\s+(?:of|on|for)\b)"
)


def in_full(statement: str, recent: list[str]) -> str:
    """ "The CBO estimates that the yield will climb ...", after "the yield on the 10-year
    Treasury note has risen": a definite noun said in full a sentence or two before, with
    what it is of, reads in full ("the yield on the 10-year Treasury note"); so does "that
    crash" after "the 2009 crash of Air France's Flight 447"."""
    full: dict[str, str] = {}
    for sentence in recent:
        for said in _MODIFIED.finditer(sentence):
            full[said.group("head")] = f"the {said.group('head')} {said.group('of')}"
        for said in _DATED.finditer(sentence):
            year = f"{said.group('year')} " if said.group("year") else ""
            full[said.group("head")] = f"the {year}{said.group('head')} {said.group('of')}"
    for short in _SHORT.finditer(statement) if full else ():
        if short.group("head") in full:
            whole = full[short.group("head")]
            if short.start() == 0:  # "That crash killed ...": the sentence's first word
                whole = whole[:1].upper() + whole[1:]
            return statement[: short.start()] + whole + statement[short.end() :]
    return statement
