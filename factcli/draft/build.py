"""Draft a store from an article: read the header, find the names, then write one fact per
factual clause and one per person's post."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from factcli.draft import coreference, gapping, posts, respectively, slots, timing
from factcli.draft.aliases import Names, alias_table, collect_names
from factcli.draft.designations import with_designations
from factcli.draft.keys import ID_WORD, contest_words, fact_keys, flow_key, with_topics
from factcli.draft.records import DateRecord, DraftFact
from factcli.draft.segment import Unit, claim_units
from factcli.draft.source import Header, iso_date, read_header
from factcli.draft.words import POST_WORDS, SPEECH_VERBS
from factcli.entities import EntityIndex
from factcli.errors import InputError
from factcli.model import Alias
from factcli.parse import ParsedText, parse_text
from factcli.sentences import Segment
from factcli.values import PLACE_KINDS, Mention

ARTICLE_KEY = "article|story|report|piece|headline|title|titled"
# The article's date is met only by a claim on its publication: "the title will be decided
# on Sunday" is about another title than the article's.
PUBLISHED_KEY = "published|publication|dated|date|released|appeared|ran|posted|written|wrote"
MAX_ID_WORDS = 5
_ID_ROLE = re.compile(r"[a-z]+(?:-[a-z]+)+")


@dataclass(frozen=True, slots=True)
class Overrides:
    """Source fields given on the command line, which win over what the text says."""

    title: str | None = None
    publisher: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    """A drafted store: its source, alias table and facts."""

    title: str
    publisher: str | None
    authors: tuple[str, ...]
    date: str | None
    aliases: tuple[Alias, ...]
    facts: tuple[DraftFact, ...]


def draft_article(text: str, overrides: Overrides | None = None) -> Draft:
    """Draft a store from a plain-text article. Raises InputError for a text with no title."""
    overrides = overrides or Overrides()
    header = read_header(text)
    title = overrides.title or header.title
    if not title:
        raise InputError("the article is empty: nothing to draft")
    date = overrides.date or iso_date(header.date)
    today = _day(date)
    units = claim_units(text, header.body_start)
    names = _names(text, units)
    post_of = _posts(units, EntityIndex(alias_table(names, text, {})), names.people)
    titles = {person: [post.title] if post.title else [] for person, post in post_of.items()}
    aliases = with_designations(alias_table(names, text, titles), text)
    index = EntityIndex(aliases)
    facts = _article_facts(header, title, overrides.publisher or header.publisher, date)
    facts += _contributor_facts(text, title)
    prefix = "-".join(_slug(title).split("-")[:3])
    facts = [replace(f, id=f"{prefix}-{f.id}") for f in facts]
    facts += [_post_fact(person, post, index) for person, post in post_of.items()]
    facts += _clause_facts(units, index, today, post_of, aliases)
    return Draft(title, overrides.publisher or header.publisher, header.authors, date,
                 tuple(aliases), tuple(_unique_ids(facts)))  # fmt: skip


def _day(date: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(date) if date and len(date) == 10 else None
    except ValueError:
        return None


def _names(text: str, units: list[Unit]) -> Names:
    plain = EntityIndex([])
    found = []
    for unit in units:
        parsed = parse_text(unit.sentence.text, plain)
        found += [(parsed.text, m) for m in parsed.mentions]
    return collect_names(text, found)


def _posts(units: list[Unit], index: EntityIndex, people: tuple[str, ...]) -> dict[str, posts.Post]:
    """Each person's post, from the first sentence that gives one (sentences that name no
    one are not parsed)."""
    found: dict[str, posts.Post] = {}
    parts = {part for person in people for part in person.split()}
    for unit in units:
        if not any(part in unit.sentence.text for part in parts):
            continue
        parsed = parse_text(unit.sentence.text, index)
        for mention in parsed.mentions:
            if mention.kind != "person" or mention.name in found:
                continue
            post = posts.find_post(
                parsed.text, mention.start, mention.end, unit.sentence.text, index
            )
            if post is not None:
                found[mention.name] = post
    return found


_CONTRIBUTORS = re.compile(
    r"^(?P<line>(?:(?P<a>[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3}(?:(?:,| and) [A-Z][\w'.-]+"
    r"(?: [A-Z][\w'.-]+){1,3})*) contributed to this (?:report|article|story)"
    r"|(?:Additional reporting|Reporting) by (?P<b>[A-Z][^.;\n]{3,80}))\.?)\s*$",
    re.MULTILINE,
)


def _contributor_facts(text: str, title: str) -> list[DraftFact]:
    """ "Heba Habib contributed to this report.", "Additional reporting by ...": the
    people who contributed, in a fact of their own."""
    facts = []
    for found in _CONTRIBUTORS.finditer(text):
        names = re.split(r",\s*|\s+and\s+", found.group("a") or found.group("b"))
        names = [n.strip() for n in names if len(n.split()) >= 2]
        if not names:
            continue
        statement = f'{" and ".join(names)} contributed to the article "{title}".'
        facts.append(DraftFact(
            "article-contributors", statement, found.group("line").strip(), None, "reported",
            ("article",), (ARTICLE_KEY, "contributed|contributor|contributors|reporting"),
            entities=tuple((name, "contributor") for name in names),
        ))  # fmt: skip
    return facts[:1]


def _article_facts(
    header: Header, title: str, publisher: str | None, date: str | None
) -> list[DraftFact]:
    """Who wrote the article, when and where it was published, from its byline lines."""

    def line_with(text: str) -> str | None:
        return next((line for line in header.bylines if text in line), None)

    facts = []
    if header.authors and (quote := line_with(header.authors[0])):
        written = f'The article "{title}" was written by {" and ".join(header.authors)}.'
        facts.append(DraftFact(
            "article-authors", written, quote, None, "reported", ("article",),
            (ARTICLE_KEY, "written|wrote|authors|author|by"),
            entities=tuple((a, "author") for a in header.authors),
        ))  # fmt: skip
    if date and header.date_text and (quote := line_with(header.date_text)):
        facts.append(DraftFact(
            "article-date", f'The article "{title}" was published on {date}.', quote, None,
            "reported", ("article",), (ARTICLE_KEY, PUBLISHED_KEY),
            dates=(DateRecord("published", date),),
        ))  # fmt: skip
    if publisher and (quote := line_with(publisher)):
        facts.append(DraftFact(
            "article-publisher", f'The article "{title}" was published by {publisher}.', quote,
            None, "reported", ("article",), (ARTICLE_KEY, "published|publisher"),
            entities=((publisher, "publisher"),),
        ))  # fmt: skip
    return facts


def _post_fact(person: str, post: posts.Post, index: EntityIndex) -> DraftFact:
    phrase = post.phrase
    if phrase.startswith(("The ", "A ", "An ")):  # "The leader of Ennahda, Rachid Ghannouchi,"
        phrase = phrase[0].lower() + phrase[1:]
    possessive = re.match(r"[\w.-]+(?:\s+[A-Z][\w.-]*)*['\u2019]s\s", phrase) is not None
    if not phrase.lower().startswith(("a ", "an ", "the ")) and not possessive:
        phrase = "the " + phrase if phrase[:1].islower() or post.title else phrase
    in_words = post.post == post.title.lower()  # a post no table knows, as the article says
    if post.post and post.employer and post.employer not in phrase and not in_words:
        # "Chinese vice foreign minister": the country's own post, said as the parser
        # reads a claim's ("China's vice foreign minister"), so that another country conflicts.
        phrase = f"{post.employer}'s {post.post}"
    entities = []
    if post.post:
        entities.append((post.post, "post"))
    # every body the post names employs the person: "a fellow at the X Center at Harvard"
    entities += [(employer, "employer") for employer in post.employers]
    slug = _slug(person)
    return DraftFact(
        f"{slug}-post", f"{person} is {phrase}.", post.sentence, None, "reported", ("people",),
        (person, _post_key(post.post, post.phrase)) if post.post else (person,),
        entities=tuple(entities),
    )  # fmt: skip


# Verbs that give a person a post without naming it: "works for the Carnegie Center".
_EMPLOYMENT_VERBS = frozenset(
    "works worked employed heads headed runs ran serves served joined sits sat chairs chaired leads"
    " represents".split()
)


def _post_key(post: str, phrase: str = "") -> str:
    """A post fact is about a claim that gives the person a post: its own post or any
    other ("Essid is Tunisia's president"), or another role the description gives ("a
    co-founder of the center": "co-founded the center"), so that a claim about what the
    person said or did is left to the facts of the clauses, and a claim about the post meets
    this fact before them. Only for a fact that names the post, which a claim's post is
    compared with."""
    roles = [
        w for w in _ID_ROLE.findall(phrase.lower()) if set(w.split("-")[1:]) & POST_WORDS
    ]  # "co-founder", "vice-president"
    own = [post] + [w for w in post.lower().split() if w in POST_WORDS] + roles
    return "|".join(dict.fromkeys(own + sorted(POST_WORDS | _EMPLOYMENT_VERBS)))


def _clause_facts(
    units: list[Unit],
    index: EntityIndex,
    today: datetime.date | None,
    post_of: dict[str, posts.Post],
    aliases: list[Alias],
) -> list[DraftFact]:
    context = coreference.Context()
    employers = {person: post.employer for person, post in post_of.items() if post.employer}
    drafted: list[tuple[DraftFact, list[str]]] = []
    terms = [a.name for a in aliases if a.kind == "term"]
    heads = coreference.called_heads(
        " ".join(unit.sentence.text for unit in units), (a.name for a in aliases)
    ) | coreference.name_heads(a.name for a in aliases if a.kind == "organization")
    previous: DateRecord | None = None
    narrated: int | None = None  # the year the paragraph's story is in, if it gives one
    apposed: list[DraftFact] = []
    quoting: str | None = None  # the speaker of a quotation still open
    quoted: str | None = None  # the speaker of the paragraph's last quotation
    recent: list[str] = []  # the sentences just before, for "the yield" said in full
    paragraph = -1
    carried: str | None = None  # who the paragraph before ended quoting
    voice: str | None = None  # who the sentence before quoted
    for number, unit in enumerate(units):
        first = len(drafted)
        sentence = parse_text(unit.sentence.text, index)
        apposed += _apposition_facts(unit, sentence, index)
        apposed += _located_facts(unit, sentence)
        if unit.paragraph != paragraph:  # a quotation left open ends with its paragraph
            carried = voice  # the voice the paragraph before ended in, if a quotation's
            quoting, quoted, paragraph, narrated = None, None, unit.paragraph, None
        speaker = posts.speaker(sentence, context.people) or quoting
        if speaker is None and posts.leaves_quote_open(unit.sentence.text, None):
            # "“If you look at ... less than 100. If you look at ...,” Mr Obama said.":
            # the sentence that closes the quotation names who says it.
            speaker = _closing_speaker(units, number, index, context.people)
        if speaker is None and _opens_paragraph(units, number):
            speaker = carried  # a paragraph of quotation that names no one: the voice before
        framed = _framed_item(unit, index, context.people)
        speaker = framed or speaker
        if speaker is None and posts.whole_quotation(unit.sentence.text):
            speaker = quoted  # "..., Mr. Lee said. \u201cThat era is over.\u201d": still his
        if speaker is not None and posts.quotes(unit.sentence.text):
            quoted = speaker
        voice = speaker if posts.quotes(unit.sentence.text) else None
        # A quotation that runs on past its sentence is still its speaker's.
        quoting = speaker if posts.leaves_quote_open(unit.sentence.text, quoting) else None
        if speaker is not None and index.kind(speaker) == "person":
            context.note(tuple(m for m in sentence.mentions if m.name == speaker))
        for clause in unit.clauses:
            said_by = _clause_speaker(unit, clause, index, context.people) or speaker
            local: tuple[Mention, ...] = ()
            if coreference.names_a_country(clause.text):
                bare = coreference.self_contained(clause.text, coreference.Context(), None)
                local = parse_text(bare, index).mentions
            before = clause.start - unit.sentence.start  # names the sentence gave earlier
            earlier = tuple(m for m in sentence.mentions if m.end <= before)
            inside = tuple(  # the clause's own names, at their places in the clause
                m._replace(start=m.start - before, end=m.end - before)
                for m in sentence.mentions
                if before <= m.start < before + len(clause.text)
            )
            statement = coreference.self_contained(
                clause.text, context, None, local, earlier, employers, inside
            )
            statement = coreference.in_full(statement, recent)
            if unit.lead and framed is None:  # "The measures include: a tax cut"
                statement = f"{unit.lead}: {statement}"
            parsed = sentence if statement == unit.sentence.text else parse_text(statement, index)
            with_year = timing.with_years(parsed.text, parsed.dates, clause.text, today)
            if with_year != parsed.text:
                statement, parsed = with_year, parse_text(with_year, index)
            for variant in _variants(parsed, index):
                stated = parsed if variant == parsed.text else parse_text(variant, index)
                words = _without_attribution(
                    slots.topic_words(stated), stated.text, said_by, post_of
                )
                if not words:
                    continue
                referents = coreference.referents(stated, heads)
                fact = _fact(unit, clause.text, variant, stated, words, said_by, post_of, today,
                             terms, referents, previous)  # fmt: skip
                if len(drafted) > first:  # "..., but Congress has not taken up that idea"
                    fact = _with_antecedent(fact, stated, drafted[-1][1])
                period = (
                    None if fact.dates else timing.narrative_period(stated.mood, narrated, today)
                )
                if period is not None:
                    fact = replace(fact, dates=(period,))
                done = _unprevented(stated)
                if done is not None:  # the denial is about preventing: keyed by the verb
                    fact = replace(fact, keys=(PREVENTION_KEY, "|".join(words)))
                drafted.append((fact, words))
                done = done or _last_time(stated)
                if done is None:
                    continue
                stated = parse_text(done, index)
                words = slots.topic_words(stated)
                if words:
                    referents = coreference.referents(stated, heads)
                    fact = _fact(unit, done, done, stated, words, said_by, post_of, today,
                                 terms, referents, previous, whole=True)  # fmt: skip
                    drafted.append((fact, words))
        context.note_sentence(sentence.mentions, unit.sentence.text)
        recent = [*recent[-(coreference.RECENT_SENTENCES - 1) :], unit.sentence.text]
        opening = drafted[first][0].statement if len(drafted) > first else ""
        if _COMMON_SUBJECT.match(opening):  # "The study, led by ...": "It" is the study
            context.lead = None
        # The sentence's first date with a month: what "back then" means in the next one.
        dated = [d for fact, _ in drafted[first:] for d in fact.dates if "-" in d.date]
        previous = dated[0] if dated else previous
        years = [d.date[:4] for fact, _ in drafted[first:] for d in fact.dates]
        narrated = next((int(y) for y in reversed(years) if y.isdigit()), narrated)
    counts = Counter(w for _, words in drafted for w in set(words))
    return [with_topics(fact, words, counts) for fact, words in drafted] + apposed


def _clause_speaker(
    unit: Unit, clause: Segment, index: EntityIndex, people: list[str]
) -> str | None:
    """Who a later clause of the sentence has say it, when it names its own speaker ("...,
    but the BBC's editor Jon Sopel said ..."); None for the first clause or no speaker."""
    if clause.start <= unit.sentence.start or not _SPEECH.search(clause.text):
        return None
    return posts.speaker(parse_text(clause.text, index), people)


_SPEECH = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")


def _closing_speaker(
    units: list[Unit], number: int, index: EntityIndex, people: list[str]
) -> str | None:
    """Who says the quotation that the sentence `number` opens and leaves open: the speaker
    the sentence that closes it names, in the same paragraph."""
    for unit in units[number + 1 :]:
        if unit.paragraph != units[number].paragraph:
            return None
        if not posts.leaves_quote_open(unit.sentence.text, "open"):
            return posts.speaker(parse_text(unit.sentence.text, index), people)
    return None


def _opens_paragraph(units: list[Unit], number: int) -> bool:
    """Is the sentence the first of its paragraph, and a quotation's start?"""
    unit = units[number]
    first = number == 0 or units[number - 1].paragraph != unit.paragraph
    return first and unit.sentence.text.lstrip()[:1] in '\u201c"'


def _framed_item(unit: Unit, index: EntityIndex, people: list[str]) -> str | None:
    """The speaker of a list's item: who the list's introduction has say it ("President
    Obama also said:"), none for an item of no list or of a list no one is said to say."""
    if not unit.lead:
        return None
    return posts.speaker(parse_text(f"{unit.lead} {unit.sentence.text}", index), people)


def _variants(parsed: ParsedText, index: EntityIndex) -> list[str]:
    """The statements a clause stands for: one per pairing of a "respectively" clause, then
    one per pair of a gapped coordination ("A in 2020 and B in 2023")."""
    variants = []
    for variant in respectively.distribute(parsed):
        stated = parsed if variant == parsed.text else parse_text(variant, index)
        variants += gapping.distribute(stated)
    return variants


# A noun that stands for what the clause before it says: "that idea", "the plan".
_ANAPHOR = re.compile(
    r"\b(?:that|this|the|such\s+an?)\s+(?P<noun>idea|plan|proposal|suggestion|request|offer"
    r"|call|measure|move|step|decision|policy|promise|pledge|demand)\b",
    re.IGNORECASE,
)
# The nouns a claim may call such a thing by, whichever the article uses.
ANAPHOR_KEY = "idea|plan|plans|proposal|proposals|suggestion|request|offer|call|measure|move"


def _with_antecedent(fact: DraftFact, parsed: ParsedText, before: list[str]) -> DraftFact:
    """A clause whose object stands for the clause before it ("Mr. Lee called for a new
    port, but the council has not taken up that idea"): what it is about is that thing,
    named as the clause before names it or as any such noun, and who acts on it. Its own
    verb is left out of its keys: a claim that the council "approved the plan" is about it."""
    found = _ANAPHOR.search(parsed.text)
    if found is None or not before:
        return fact
    names = [m.name for m in parsed.mentions if not m.adjective and m.end <= found.start()]
    if not names:
        return fact
    thing = [*ANAPHOR_KEY.split("|"), found.group("noun").lower(), *before]
    return replace(fact, keys=("|".join(dict.fromkeys(names)), "|".join(dict.fromkeys(thing))))


# A denial of preventing something: what follows the verb took place.
_UNPREVENTED = re.compile(
    r"\b(?:not|n't|never|failed to)\s+(?:been\s+)?(?:preclud|prevent|stopp?|block|hinder|deterr?|"
    r"halt|forestall|derail)\w*\s+(?P<done>\w.{8,})$",
    re.IGNORECASE,
)
# ("stop" is left out: the lexicon reads "stayed" as a stop on a trip.)
PREVENTION_KEY = (
    "preclude|precluded|prevent|prevented|block|blocked|hinder|hindered|deter|deterred|"
    "forestall|forestalled|derail|derailed"
)


def _unprevented(parsed: ParsedText) -> str | None:
    """ "This has not precluded actions such as Russia's sale of missiles to China": what a
    denial of preventing says took place, as a statement ("Actions such as ...")."""
    found = _UNPREVENTED.search(parsed.text) if parsed.negated else None
    if found is None:
        return None
    text = found.group("done").strip().rstrip(",;:.") + "."
    return text[:1].upper() + text[1:]


_NOT_SINCE = re.compile(
    r"^(?P<subject>.+?)\s+(?:had|has|have)\s+not\s+(?P<done>[a-z]+ed|met|won|seen|been|held|"
    r"played|beaten|lost|led)\b(?P<what>[^,;:]*?)\s+since\s+(?P<when>[^,;:]+?)"
    r"\s*(?:,[^,;:]*)?[.!?]?$",  # a frame after it: ", officials said."
    re.IGNORECASE,
)
_PAST_FORMS = {"met": "met", "won": "won", "seen": "saw", "been": "were", "held": "held",
               "beaten": "beat", "lost": "lost", "led": "led", "played": "played"}  # fmt: skip


def _last_time(parsed: ParsedText) -> str | None:
    """ "They had not met since 1965": they last met in 1965, as a statement of its own,
    which a claim's "last met in 1975" is compared with."""
    found = _NOT_SINCE.match(parsed.text) if parsed.negated else None
    if found is None or not found.group("when")[:1].isdigit():
        return None
    verb = found.group("done").lower()
    past = _PAST_FORMS.get(verb, verb)
    what = found.group("what").rstrip()
    return f"{found.group('subject')} last {past}{what} in {found.group('when')}."


_COMMON_SUBJECT = re.compile(r"(?:The|A|An)\s+[a-z]")


def _without_attribution(
    words: list[str], text: str, speaker: str | None, post_of: dict[str, posts.Post]
) -> list[str]:
    """The topic words less those of who says it: the speech verb ("explained") and the
    speaker's post when the clause gives it ("a fellow with the Asia program"), which say
    nothing of what is said; the words as they were when nothing else is left."""
    dropped = set(SPEECH_VERBS) if speaker else set()
    post = post_of.get(speaker or "")
    if post is not None and post.phrase.lower() in text.lower():
        dropped |= set(post.phrase.lower().split())
    kept = [w for w in words if w not in dropped]
    return kept or words


def _fact(
    unit: Unit,
    clause: str,
    statement: str,
    parsed: ParsedText,
    words: list[str],
    speaker: str | None,
    post_of: dict[str, posts.Post],
    today: datetime.date | None,
    terms: list[str],
    referents: tuple[tuple[str, str], ...],
    previous: DateRecord | None,
    *,
    whole: bool = False,
) -> DraftFact:
    """The fact of one clause; `whole` when it reads as a sentence of its own (then who
    supplies whom is kept, see slots.role_entities)."""
    entities = tuple(slots.role_entities(parsed, whole or clause == unit.sentence.text))
    entities += slots.scene(parsed, entities)
    # "the Hazel Hen supercomputer in Stuttgart": where a thing the clause names stands
    entities += tuple(
        (place, "location") for _, place in _located(parsed) if place not in dict(entities)
    )
    amounts, durations = slots.quantity_records(parsed, dict(entities))
    dates = []
    for span in parsed.dates:
        record = timing.resolve(span, clause, today)
        if record is not None:
            dates.append(timing.with_cue(record, parsed.text, span.start_offset))
    dates += timing.relative_dates(clause, today, previous)
    role = post_of[speaker].phrase if speaker in post_of else ""
    return DraftFact(
        id=_slug(statement),
        statement=statement,
        quote=unit.sentence.text,
        speaker=(speaker, role) if speaker else None,
        modality=slots.modality(clause, speaker),
        keys=fact_keys(
            parsed, words + [name for name, _ in referents] + contest_words(parsed), terms
        )
        + flow_key(parsed, entities),
        entities=entities,
        negated=parsed.negated,
        quantities=tuple(amounts),
        durations=tuple(durations),
        dates=tuple(dict.fromkeys(dates)),
        ranks=tuple(slots.rank_records(parsed)),
    )


_APPOSITION = re.compile(
    r",\s+(?:(?P<article>a|an|the)\s+|(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['\u2019]s)\s+)"
    r"(?P<np>[^,.;:\u2014\u2013()\u201c\u201d\"]{3,80}?)(?=[,.;:\u2014\u2013]|$)"
)
# A relative clause of state on a person, closed by a comma: "Roof, who was 21 at the time,".
_RELATIVE_STATE = re.compile(
    r",\s+who\s+(?P<verb>is|was)\s+(?P<rest>[^,.;:()\u201c\u201d\"]{1,60}),"
)
_STATE_WORDS = ("was", "is", "aged", "age", "old")  # how a claim tells an amount of a state
_AT_THE_TIME = re.compile(r"\s+(?:at\s+the\s+time|at\s+that\s+time|then)\s*$")
_APPOSED_KINDS = frozenset({"organization", "country", "group", "city", "product", "event"})


def _apposed(mention: Mention, text: str) -> str | None:
    """What an apposition or a relative clause of state after a name says of it, as a
    sentence ("Tunisia is a mostly Muslim nation ...", "Roof was 21 at the time")."""
    said = _RELATIVE_STATE.match(text, mention.end)
    if mention.kind == "person" and said is not None:
        state = _AT_THE_TIME.sub("", said.group("rest")).strip()  # "21 at the time": 21
        return f"{mention.name} {said.group('verb')} {state}."
    if mention.kind not in _APPOSED_KINDS or mention.adjective:
        return None
    found = _APPOSITION.match(text, mention.end)
    if found is None or len(found.group("np").split()) > 12:
        return None
    if found.group("owner"):  # "China, South Korea's largest trading partner"
        return f"{mention.name} is {found.group('owner')} {found.group('np').strip()}."
    article = found.group("article").lower()
    if article == "the" and not _closed_description(found, text):
        return None
    return f"{mention.name} is {article} {found.group('np').strip()}."


def _apposition_facts(unit: Unit, parsed: ParsedText, index: EntityIndex) -> list[DraftFact]:
    """ "Tunisia, a mostly Muslim nation of about 11 million people, ...", "Machala, the
    capital of El Oro province, ...": what an apposition says of a name is a fact of its own
    ("Tunisia is a mostly Muslim nation of about 11 million people"); so is a relative
    clause of state on a person ("Roof, who was 21 at the time,": Roof was 21)."""
    facts = []
    for mention in parsed.mentions:
        statement = _apposed(mention, parsed.text)
        if statement is None:
            continue
        stated = parse_text(statement, index)
        words = slots.topic_words(stated) or slots.topic_words(stated, generic=True)
        if not words and stated.quantities:  # "Roof was 21": a state told by its verb
            words = [*_STATE_WORDS]
        if not words:
            continue
        amounts, durations = slots.quantity_records(stated)
        keys = (mention.name, "|".join(words))
        facts.append(DraftFact(
            _slug(statement), statement, unit.sentence.text, None, "reported",
            keys=keys, negated=stated.negated,
            quantities=tuple(amounts), durations=tuple(durations),
            ranks=tuple(slots.rank_records(stated)),
        ))  # fmt: skip
    return facts


_LOCATED = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+in\s+$")
_LOCATED_THINGS = frozenset({"organization", "product", "group"})


def _located_facts(unit: Unit, parsed: ParsedText) -> list[DraftFact]:
    """ "the Hazel Hen supercomputer in Stuttgart", "the Kumari Institute in Mu": where a
    named body or thing is, a fact of its own ("Hazel Hen is in Stuttgart"), so that a
    claim that puts it elsewhere conflicts with it."""
    facts = []
    for thing, place in _located(parsed):
        statement = f"{thing} is in {place}."
        facts.append(DraftFact(
            _slug(statement), statement, unit.sentence.text, None, "reported",
            keys=(thing,), entities=((place, "location"),),
        ))  # fmt: skip
    return facts


def _located(parsed: ParsedText) -> list[tuple[str, str]]:
    """The named things a text places, each with its place: "the Hazel Hen supercomputer
    in Stuttgart" gives (Hazel Hen, Stuttgart), "Fairfield, Connecticut" (Fairfield,
    Connecticut)."""
    mentions = [m for m in parsed.mentions if not m.adjective]
    return [
        (thing.name, place.name)
        for thing, place in pairwise(mentions)
        if (
            thing.kind in _LOCATED_THINGS
            and place.kind in PLACE_KINDS
            and _LOCATED.fullmatch(parsed.text[thing.end : place.start] + " ") is not None
        )
        or (
            thing.kind == "city"
            and place.kind in ("region", "country")
            and parsed.text[thing.end : place.start] == ", "
        )
    ]


def _closed_description(found: re.Match[str], text: str) -> bool:
    """ "Machala, the capital of El Oro province, ...": a "the" apposition set off by commas
    on both sides and starting with a common noun describes the name; "Kodiak, Alaska, the
    Polaris makes ..." or "Belarus, the first by a Chinese president." do not."""
    np = found.group("np")
    return text[found.end() : found.end() + 1] == "," and np[:1].islower()


def _slug(text: str) -> str:
    words = [w for w in ID_WORD.findall(text.lower()) if w not in ("the", "a", "an", "of")]
    return "-".join(words[:MAX_ID_WORDS]) or "fact"


def _unique_ids(facts: list[DraftFact]) -> list[DraftFact]:
    seen: Counter[str] = Counter()
    unique = []
    for fact in facts:
        seen[fact.id] += 1
        if seen[fact.id] > 1:
            fact = replace(fact, id=f"{fact.id}-{seen[fact.id]}")
        unique.append(fact)
    return unique
