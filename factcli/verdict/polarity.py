"""The polarity comparator: negation and opposite words.

A claim that denies what the fact states (or affirms what it denies) conflicts, except a
denial over the span a "first in N years" leaves empty. A polar word ("plunged") matches
the fact's word on the same side of its pair and conflicts with its opposite ("boosted").
"""

from __future__ import annotations

import re

from factcli.lazy_re import lazy_compile
from factcli.lexicon import HABITUAL_WORDS, STOP_WORDS, stem
from factcli.mood import past_verb
from factcli.opposites import MOVEMENT_GROUP, negated_base, together
from factcli.parse import ParsedText
from factcli.polar import COMPASS_WORDS, PolarWord
from factcli.sentences import phrase_broken
from factcli.synonyms import widened
from factcli.values import Mention
from factcli.verdict.compare import consistent_quantities
from factcli.verdict.denials import (
    lost_what_it_is_without,
    quoted_denial,
    quoted_none,
    repeats_denial,
)
from factcli.verdict.facts import FactView
from factcli.verdict.findings import (
    NEGATION,
    Element,
    Finding,
    Kind,
    Scope,
    Status,
)


def findings(claim: ParsedText, view: FactView, scope: Scope) -> list[Finding]:
    """A finding on the claim's polarity, then one for each polar word the fact pairs, and
    one for each word whose negative prefix the fact's word lacks or has ("inconsistent"
    against "consistent")."""
    negation = _negation_finding(claim, view)
    found = [*([negation] if negation is not None else []), *_prefix_opposites(claim, view)]
    fact_polar = {(p.group, p.side): p.word for p in view.statement.polar_words}
    denies = claim.negated and not view.negated
    # where the claim's denial starts: it denies a polar word after it, not one before
    # ("backed Moscow without any reservations" does not deny "backed")
    denial_at = claim.lower.find(claim.negations[0]) if claim.negations else -1
    claim_sides = {(p.group, p.side) for p in claim.polar_words}
    for polar in claim.polar_words:
        if _about_others(claim, polar.start, view) or _moves_another(claim, polar, view):
            continue
        element = Element.named(Kind.POLAR, polar.word)
        opposite = fact_polar.get((polar.group, 1 - polar.side))
        same = fact_polar.get((polar.group, polar.side))
        place = _compass_place(claim, polar)
        if place is not None:  # "east of Kyzyl": only the fact's words of Kyzyl compare
            placed = {
                (p.group, p.side): p.word
                for p in view.statement.polar_words
                if _compass_place(view.statement, p) == place
            }
            opposite = placed.get((polar.group, 1 - polar.side))
            same = placed.get((polar.group, polar.side))
        if same is not None:
            found.append(Finding(element, Status.MATCH, f"'{polar.word}' agrees with '{same}'"))
        elif (
            opposite is not None
            and _same_use(claim.text, polar.word, view, opposite)
            and not _done_by_another(claim, polar.word, view)
            and denies
            and 0 <= denial_at < polar.start
        ):
            # "has not proved willing to support Russia" against a neutral stance: the
            # denial of the opposite word agrees with the fact's
            agreed = Finding(NEGATION, Status.MATCH, f"the claim denies '{polar.word}', "
                             f"the opposite of the source's '{opposite}'")  # fmt: skip
            found = [agreed, *(f for f in found if f.element != NEGATION)]
        elif (
            opposite is not None
            and not ((polar.group, 1 - polar.side) in claim_sides and together(polar.group))
            and _same_degree(claim, polar, view, opposite)
            and _same_use(claim.text, polar.word, view, opposite)
            and not _done_by_another(claim, polar.word, view)
        ):
            found.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim says '{polar.word}'; the source says '{opposite}'",
                )
            )
    if _opened_by_another(claim, view):  # "Japan's PM Abe skipped the Moscow parade"
        return [f for f in found if f.status is not Status.CONFLICT]
    return found


# "Because of the Ukraine crisis, the Kremlin ...": a cause or a circumstance, no subject.
_ADJUNCT_OPENERS = ("because", "instead", "ahead", "out ", "regardless", "in spite", "amid")


def _opened_by_another(claim: ParsedText, view: FactView) -> bool:
    """Does the claim open with a party the fact does not name ("Japan's prime minister
    ...", "the surrender of Japan ...")? Then its denials and opposite words are that
    party's doing, not a contradiction of the fact's."""
    opening = min(claim.mentions, key=lambda m: m.start, default=None)
    if opening is None or opening.kind not in _PARTY_KINDS or opening.adjective:
        return False
    if opening.name in view.names or _qualifies_a_named_person(claim, opening, view):
        return False
    words = claim.lower[: opening.start].split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) >= 2 and words[1] == "of":  # "the surrender of (the) Japan..."
        words = words[2:] if words[2:3] != ["the"] else words[3:]
    return not words and not claim.lower.startswith(_ADJUNCT_OPENERS)


def _qualifies_a_named_person(claim: ParsedText, opening: Mention, view: FactView) -> bool:
    """Does the opening name qualify a person the fact names, with nothing but a title
    between them ("Republican Gov. Mark Dayton")? Then the claim opens with that person."""
    following = [m for m in claim.mentions if m.start >= opening.end and m.kind != "post"]
    if not following:
        return False
    person = min(following, key=lambda m: m.start)
    between = [w for w in claim.words if opening.end <= w.start < person.start]
    titles = [(m.start, m.end) for m in claim.mentions if m.kind == "post"]
    return (
        person.kind == "person"
        and person.name in view.names
        and all(any(s <= w.start < e for s, e in titles) for w in between)
    )


# The words for a point of an event: a start or an end.
_EVENT_POINTS = frozenset(
    "start started starts starting begin began begins beginning outbreak onset end ended "
    "ends ending conclusion concluded close closed finish finished".split()
)


def _same_use(claim: str, word: str, view: FactView, opposite: str) -> bool:
    """Are two words for the start and the end of something used alike? "The end of World
    War II" names a point of the war, "Xi will begin his visit" an act of the claim's own:
    they oppose nothing. Two points of events ("the start of the war") or two acts do."""
    if word not in _EVENT_POINTS and opposite not in _EVENT_POINTS:
        return True
    return _point_of(claim, word) == _point_of(view.statement.text, opposite)


_DEGREES = frozenset({"more", "less", "fewer"})


def _same_degree(claim: ParsedText, polar: PolarWord, view: FactView, opposite: str) -> bool:
    """Do "more" and "fewer" grade the same thing? "fewer plants" against "more plants"
    oppose; "more efficient" says nothing of "fewer plants"."""
    if polar.word not in _DEGREES or opposite not in _DEGREES:
        return True
    said = claim.words_after(polar.start + len(polar.word), 1)
    found = next((w for w in view.statement.words if w.lower == opposite), None)
    stated = view.statement.words_after(found.end, 1) if found is not None else []
    return not said or not stated or said[0].stem == stated[0].stem


def _done_by_another(claim: ParsedText, word: str, view: FactView) -> bool:
    """Is the word a deed or a relation the claim gives to someone the fact does not name
    ("a parade snubbed by the West" against "Xi attends the parade", "an adversarial
    relationship with the United States" against ties with China)? Then it opposes nothing
    the fact says."""
    found = re.search(
        rf"\b{re.escape(word)}(?:\s+[a-z]+){{0,2}}?\s+(?:by|with)\s+", claim.text, re.IGNORECASE
    )
    if found is None:
        return False
    after = found.end()
    agent = next((m for m in claim.mentions if after <= m.start <= after + len("the ")), None)
    return agent is not None and agent.name not in view.names


def _point_of(text: str, word: str) -> bool:
    """Is the word the head of an "of" phrase ("the end of the war")?"""
    return re.search(rf"\b{re.escape(word)}\s+of\b", text, re.IGNORECASE) is not None


_PARTY_KINDS = frozenset({"country", "group", "person", "organization", "city", "region"})
_COMPLEMENT_REACH = 3  # words between a polar word and the party it is said of
# The prepositions that link a polar word's phrase to that party ("closer to", "snubbed by",
# "a relationship with"); a name in apposition ("its southern neighbour Russia") is the
# thing the word describes.
_LINKS = frozenset("to with by from against toward towards for over".split())


def _about_others(claim: ParsedText, offset: int, view: FactView) -> bool:
    """Is the polar word at `offset` said of a party the fact does not name? Its phrase goes
    on to that party ("moving closer to China" against a fact on Russia's strained ties
    with the West; "a parade snubbed by the West" against Xi's attending it; "an
    adversarial relationship with the United States"): the word opposes nothing the fact
    says."""
    if offset < 0:
        return False
    word_end = next((w.end for w in claim.words if w.start == offset), offset)
    for mention in _unnamed_parties(claim, view):
        if mention.start < word_end or phrase_broken(claim.text, word_end, mention.start):
            continue
        between = [w for w in claim.words if word_end <= w.start and w.end <= mention.start]
        linked = [w.lower for w in between if w.lower != "the"]
        if linked and linked[-1] in _LINKS and len(linked) <= _COMPLEMENT_REACH:
            return True
    return _partner_before(claim, offset, view)


_PARTNER_OPENERS = ("with", "with the", "between", "between the")


def _unnamed_parties(claim: ParsedText, view: FactView) -> list[Mention]:
    """The claim's parties (no adjective, no owner) that the fact does not name."""
    return [
        m
        for m in claim.mentions
        if m.kind in _PARTY_KINDS and not (m.adjective or m.possessive) and m.name not in view.names
    ]


def _partner_before(claim: ParsedText, offset: int, view: FactView) -> bool:
    """Is the polar word said of a relation with a party the fact does not name, named
    before it in its clause ("as Russia's relationship with the United States grows
    worse" against Russia's warming ties with China)?"""
    for mention in _unnamed_parties(claim, view):
        if mention.end > offset or phrase_broken(claim.text, mention.end, offset):
            continue
        before = claim.text[: mention.start].lower().rstrip()
        if before.endswith(tuple(f" {opener}" for opener in _PARTNER_OPENERS)):
            return True
    return False


def _denied_either_way(claim: ParsedText, view: FactView) -> str | None:
    """The word one side denies with a negation and the other with a negative prefix
    ("unnecessary" against "no shutdown was necessary", "not likely" against "unlikely"):
    both deny it. None if there is none."""
    if claim.negated == view.negated:
        return None
    prefixed, denying = (claim, view.statement) if view.negated else (view.statement, claim)
    denied = {w.lower for w in denying.words}
    for word in prefixed.words:
        base = negated_base(word.lower)
        if base is not None and base in denied:
            return base
    return None


def _prefix_opposites(claim: ParsedText, view: FactView) -> list[Finding]:
    """Conflicts between a word and its negative-prefix form, either way round."""
    fact_words = {w.lower for w in view.statement.words}
    negated_in_fact = {base: f for f in fact_words if (base := negated_base(f)) is not None}
    found = []
    for word in sorted({w.lower for w in claim.words}):
        base = negated_base(word)
        opposite = base if base in fact_words else negated_in_fact.get(word)
        agreed = _denied_either_way(claim, view) if opposite is not None else None
        if agreed is not None and agreed in (base, word):
            said = f"'{word}' agrees with the source's denial of '{opposite}'"
            found.append(Finding(Element.named(Kind.POLAR, word), Status.MATCH, said))
        elif opposite is not None and word not in fact_words:  # "official, and unofficial"
            found.append(
                Finding(
                    Element.named(Kind.POLAR, word),
                    Status.CONFLICT,
                    f"the claim says '{word}'; the source says '{opposite}'",
                )
            )
    return found


def denied_value(claim: ParsedText, found: list[Finding]) -> list[Finding]:
    """A claim that denies a rank the fact does not give ("Russia was not China's biggest
    partner" where it was the ninth-largest) states what the fact entails: a thing holds one
    rank at a time. When the denial and that rank are its only conflicts, both agree. (Not
    amounts: "did not reach $90 billion" is false of $95 billion; not dates: an event may
    recur.)"""
    conflicts = [f for f in found if f.status is Status.CONFLICT]
    values = [f for f in conflicts if f.element.kind is Kind.RANK]
    if not claim.negated or len(values) != 1 or len(conflicts) != 2:
        return found
    if not any(f.element == NEGATION for f in conflicts):
        return found
    value = values[0]
    return [
        Finding(f.element, Status.MATCH, "the source gives another rank, as the claim says")
        if f is value
        else Finding(NEGATION, Status.MATCH, "the claim denies a rank the source does not give")
        if f.element == NEGATION
        else f
        for f in found
    ]


def _negation_finding(claim: ParsedText, view: FactView) -> Finding | None:
    gap = _first_in(view, claim) if claim.negated and not view.negated else None
    if gap is not None:
        return Finding(NEGATION, Status.MATCH, f"the first in {gap} means none in the {gap} before")
    prefixed = _denied_by_prefix(claim, view) if not view.negated else None
    if prefixed is not None and claim.negated:  # "does not support interference"
        return Finding(NEGATION, Status.MATCH, f"both deny {prefixed}")
    if prefixed is not None:  # "supports interference" against "non-interference"
        return Finding(
            NEGATION, Status.CONFLICT, f"the claim affirms {prefixed}; the source denies it"
        )
    if view.negated and not claim.negated and repeats_denial(claim, view):
        return Finding(NEGATION, Status.MATCH, "both deny it")
    lost = lost_what_it_is_without(claim, view) if view.negated and not claim.negated else None
    if lost is not None:  # "had lost power" against "were without power"
        return Finding(NEGATION, Status.MATCH, f"lost {lost} is to be without {lost}")
    quoted = quoted_denial(claim, view) if claim.negated and not view.negated else None
    if quoted is not None:
        return Finding(NEGATION, Status.MATCH, f"the source's sentence says '{quoted}' too")
    none = quoted_none(claim, view) if not claim.negated and not view.negated else None
    if none is not None:
        return Finding(
            NEGATION, Status.CONFLICT, f"the claim affirms what the source denies ('{none}')"
        )
    if claim.negated and not view.negated and _denied_unsaid(claim, view):
        return None  # "would not affect operations" against a fact that says nothing of
        # affecting them: neither a denial of the fact nor an agreement with it
    if view.negated and not claim.negated and _affirmed_outside(claim, view):
        return None  # the crew of a lab the crash has "no impact" on: no impact affirmed
    agreed = _denied_either_way(claim, view) if claim.negated != view.negated else None
    if agreed is not None:  # "was unnecessary" against "no shutdown was necessary"
        return Finding(NEGATION, Status.MATCH, f"both deny '{agreed}'")
    if claim.negated != view.negated:
        cue = claim.negations[0] if claim.negations else "no negation"
        said = "denies" if claim.negated else "affirms"
        return Finding(
            NEGATION,
            Status.CONFLICT,
            f"the claim {said} what the source states ('{cue}')"
            if claim.negated
            else f"the claim {said} what the source denies",
        )
    return Finding(NEGATION, Status.MATCH, "both deny it" if claim.negated else "")


def _denied_unsaid(claim: ParsedText, view: FactView) -> bool:
    """Is the word the claim's denial is about ("did not know", "has not been arrested")
    one the fact does not use, nor a synonym of it? Then the claim denies something the
    fact does not state, which is no contradiction of it."""
    said = view.statement.widened_stems | view.vocabulary
    return _unsaid_denial(claim, view.statement, said)


def _affirmed_outside(claim: ParsedText, view: FactView) -> bool:
    """Does the claim share mostly words the fact says outside its denial's clause, and
    not the word denied ("no impact on the operations of the space lab that is home to a
    six-member crew" against "the space station's crew includes three cosmonauts")? Then
    it affirms nothing the fact denies."""
    statement = view.statement
    cue = statement.negations[0] if statement.negations else None
    start = statement.lower.find(cue) if cue is not None else -1
    if start < 0:
        return False
    end = _CLAUSE_END.search(statement.lower, start)
    stop = end.start() if end is not None else len(statement.text)
    said = claim.widened_stems
    shared = [w for w in statement.content_words() if w.stem in said]
    inside = [w for w in shared if start <= w.start < stop]
    if not shared or len(inside) * _OUTSIDE_SHARE > len(shared):
        return False
    return _unsaid_denial(statement, claim, said)  # and the denied word itself unsaid


_OUTSIDE_SHARE = 3  # at most one shared word in three may lie in the denial's clause
_CLAUSE_END = lazy_compile(r"[,;:]|\b(?:that|which|who|where|while|but|whereas)\b")


def _unsaid_denial(denying: ParsedText, other: ParsedText, said: frozenset[str]) -> bool:
    """Is the word `denying` denies missing from what `other` says (`said`), synonyms,
    opposites and words of the same root included?"""
    cue = denying.negations[0] if denying.negations else None
    if cue is None or cue in _ENDED_STATE:
        return False  # "no longer partners": the end of a state, whatever the fact calls it
    at = denying.lower.find(cue)
    found = _DENIED.search(denying.lower, at) or _NOT_TO.search(denying.lower, at)
    if found is None or (found.group(1) in STOP_WORDS and found.group(1) not in _QUANTIFIERS):
        return False
    word = stem(_denied_deed(denying, cue, found))
    if widened(frozenset({word})) & said:
        return False
    groups = {p.group for p in other.polar_words}
    if any(p.group in groups for p in denying.polar_words if stem(p.word) == word):
        return False  # "did not reaffirm" against "stood by": a pair of opposites names it
    return len(word) < _SHARED_ROOT or not any(s.startswith(word[:_SHARED_ROOT]) for s in said)


def _denied_deed(denying: ParsedText, cue: str, found: re.Match[str]) -> str:
    """The word a denial is about: after "not", the word it denies; after "no" or
    "neither" and a noun, or "not all" and a noun, the deed denied of it ("neither illness
    has been reported": the reporting), when a past participle follows within a few words."""
    if cue not in _NONE_CUES and found.group(1) not in _QUANTIFIERS:
        return found.group(1)
    following = denying.lower[found.end() :].split()[:_DEED_REACH]
    return next((w for w in following if past_verb(w.strip(".,;:"))), found.group(1))


_NONE_CUES = frozenset({"no", "neither", "none", "nobody", "nothing", "no one"})
# Words a denial may bound rather than deny ("not all approvals are created equally"): the
# deed after them is what is denied.
_QUANTIFIERS = frozenset({"all", "every", "both", "everyone", "everything", "many", "much"})
_DEED_REACH = 4  # words after the denied noun where its deed may stand


_ENDED_STATE = frozenset({"no longer", "not anymore", "not any longer"})
_SHARED_ROOT = 6  # letters a denied word shares with a word of the fact ("compete", "competitor")


# The first word after a negation cue, past auxiliaries and adverbs of time: "did not yet
# release", "has never been arrested", "nobody was hurt".
_DENIED = lazy_compile(
    r"\b(?:not|n't|never|no|nobody|none|nothing|neither|nor|no one|without)\b"
    r"(?:\s+(?:yet|ever|even|been|be|being|have|has|had|was|were|is|are|did|do|does|still|"
    r"always|one|of|it|them|us|longer|more))*\s+([a-z][\w'-]*)"
)


# A denial of a deed named after "to": "pledged not to attack", "agreed never to use",
# "failed to persuade". (A refusal, "declined to attend", opposes doing whatever the words.)
_NOT_TO = lazy_compile(r"\b(?:not|never|fail|fails|failed)\s+to\s+([a-z][\w'-]*)")


def denied_deed_unsaid(claim: ParsedText, view: FactView) -> str | None:
    """The deed a claim's "not to ...", "failed to ..." denies, when the fact says nothing
    of it: the claim then adds a promise or a failure of its own ("vowed not to attack each
    other", "failed to persuade Khartoum"), about which the fact says nothing. "decided not
    to attend" still denies the fact's "attends"."""
    if not claim.negated or view.negated or "to" not in claim.lower:
        return None
    found = _NOT_TO.search(claim.lower)
    if found is None or widened(frozenset({stem(found.group(1))})) & view.statement.stems:
        return None  # the fact's deed, in its words or a synonym ("not to travel": visit)
    return found.group(1)


_NON_PREFIXED = lazy_compile(r"\bnon-?([a-z]{4,})", re.IGNORECASE)


def _denied_by_prefix(claim: ParsedText, view: FactView) -> str | None:
    """The word a fact denies with "non-" ("non-interference") that the claim names without
    it ("does not support interference", "aligns with"), or None."""
    if _NON_PREFIXED.search(claim.text):
        return None
    for match in _NON_PREFIXED.finditer(view.fact.statement):
        word = match.group(1).lower()
        if stem(word) in claim.stems:
            return f"'{word}'"
    return None


def _first_in(view: FactView, claim: ParsedText) -> str | None:
    """ "The first visit in 14 years" says there was none in the 14 years before: a claim
    that denies it over the same span ("no visit in the previous 14 years") agrees. The span
    the two share, or None."""
    statement = view.statement
    if claim.ranks or not any(r.value == 1 and r.kind == "ordinal" for r in statement.ranks):
        return None
    spans = [q for q in statement.quantities if q.dimension == "time"]
    for said in (q for q in claim.quantities if q.dimension == "time"):
        if any(consistent_quantities(said, span) for span in spans):
            return said.text
    return None


_OF_A_PLACE = lazy_compile(r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:of\s+)?$")


def _compass_place(text: ParsedText, polar: PolarWord) -> str | None:
    """The place a compass word is said of ("west of the regional capital of Kyzyl":
    Kyzyl), or None."""
    if polar.word not in COMPASS_WORDS or polar.start < 0:
        return None
    end = polar.start + len(polar.word)
    place = next((m for m in text.mentions if m.start >= end), None)
    if place is None or _OF_A_PLACE.fullmatch(text.text.lower(), end, place.start) is None:
        return None
    return place.name


# Words between a moving thing and its verb: "oil prices have also declined".
_BETWEEN_MOVER = frozenset(
    "have has had was were is are been be also both then sharply slightly steadily later soon"
    " again further already even still initially".split()
)


def moved_by_another(claim: ParsedText, view: FactView) -> str | None:
    """The thing the claim says went up or down ("U.S. stocks rallied"), when the fact never
    names it: the fact's own rise or fall is of something else ("bond yields moved
    higher"), and says nothing of the claim's. Only a fact that tells of a movement itself
    is set aside ("send gas ... as pipeline capacity expands" is not about capacity), and
    only when no movement of the claim is of the fact's thing."""
    if not any(p.group == MOVEMENT_GROUP for p in view.statement.polar_words):
        return None
    moves = [p for p in claim.polar_words if p.group == MOVEMENT_GROUP and past_verb(p.word)]
    if not moves or not all(_moves_another(claim, polar, view) for polar in moves):
        return None  # a movement of the fact's own thing: the claim may be about it
    return _movers(claim, moves[0].start)[-1]


def moved_words(claim: ParsedText) -> list[str]:
    """The claim's verbs that say something went up or down ("the ratio fell"): an event a
    fact must tell of, in either direction, for the claim to be settled. Not a verb whose
    amount or rank tells the movement ("rose to $694 million from $545 million", "fell to
    its lowest"), nor "rose up"."""
    found = []
    starts = [q.start for q in claim.quantities] + [r.start for r in claim.ranks]
    for p in claim.polar_words:
        if p.group != MOVEMENT_GROUP or p.start < 0 or not past_verb(p.word):
            continue
        end = p.start + len(p.word)
        if claim.text.startswith(" up", end) or not _movers(claim, p.start):
            continue
        if any(0 <= start - end <= _AMOUNT_REACH for start in starts):
            continue  # "fell to its lowest level": the level tells the movement
        found.append(p.word)
    return found


_AMOUNT_REACH = 12  # characters from a verb of movement to the amount or rank it moved to


def habit_against_event(claim: ParsedText, view: FactView) -> bool:
    """Does the claim tell of a movement that happened ("the ratio fell") against a fact
    that tells what usually goes with one ("a lower ratio typically indicates ...")? The
    habit says nothing of the event."""
    return (
        view.habitual
        and not any(w.lower in HABITUAL_WORDS for w in claim.words)
        and any(p.group == MOVEMENT_GROUP and past_verb(p.word) for p in claim.polar_words)
    )


def _moves_another(claim: ParsedText, polar: PolarWord, view: FactView) -> bool:
    """Is the word a movement of something the fact never names ("stocks rallied", "after
    the rate increase", against a fall of bond yields)? Then it opposes and confirms
    nothing the fact says. A verb in the past, or a noun after its mover and an article;
    not an adjective ("the projection is lower"), whose subject a pronoun may stand for."""
    if polar.group != MOVEMENT_GROUP or polar.start < 0:
        return False
    movers = _movers(claim, polar.start)
    if not movers or any(stem(mover) in view.vocabulary for mover in movers):
        return False
    return (past_verb(polar.word) and not _a_noun(claim.text, polar)) or _COMPOUND_MOVEMENT.search(
        claim.text, max(0, polar.start - 40), polar.start
    ) is not None


# "the rate increase", "a price drop": an article, the mover, then the movement's noun.
_COMPOUND_MOVEMENT = lazy_compile(r"\b(?:the|a|an|its|their)\s+[a-z]+\s+$")
# "the 90% emissions cut for 2040": an article and a noun phrase before the word, and a
# preposition or a clause's end after it, where a verb would take its object ("cut jobs").
_NOUN_PHRASE_BEFORE = lazy_compile(r"\b(?:the|a|an|its|their)\s+(?:[\w%$.,-]+\s+){1,3}$")
_NOUN_FOLLOWERS = lazy_compile(r"\s*(?:[,.;:!?]|$|(?:for|to|of|in|on|from|at)\b)")


def _a_noun(text: str, polar: PolarWord) -> bool:
    """Is a past form used as a noun ("the 90% emissions cut for 2040")?"""
    end = polar.start + len(polar.word)
    return (
        _NOUN_PHRASE_BEFORE.search(text, max(0, polar.start - 40), polar.start) is not None
        and _NOUN_FOLLOWERS.match(text, end) is not None
    )


def _movers(claim: ParsedText, start: int) -> list[str]:
    """The noun right before a verb of movement, past auxiliaries and adverbs ("prices" of
    "oil prices also fell"), and the nouns its "of" or "from" phrase hangs on ("debris
    from the ship fell": ship, debris); none when a name, a function word or a break comes
    first."""
    names = [(m.start, m.end) for m in claim.mentions]
    found: list[str] = []
    end = start
    for word in reversed([w for w in claim.words if w.end <= start]):
        if phrase_broken(claim.text, word.end, end):
            break
        end = word.start
        if not found and (word.lower in _BETWEEN_MOVER or word.lower.endswith("ly")):
            continue
        if found and word.lower in _ARTICLES:
            continue
        if found and word.lower in _OF_PHRASE:
            continue  # the phrase's head comes next
        named = any(s <= word.start < e for s, e in names)
        plain = (
            word.lower.isalpha()
            and word.lower not in STOP_WORDS
            and not word.lower.endswith("ing")  # "becoming more distant": no noun moves
            and not past_verb(word.lower)
        )
        if not plain or named:
            break
        found.append(word.lower)
        if len(found) == _MAX_MOVERS:
            break
    return found


_ARTICLES = frozenset({"the", "a", "an", "its", "their"})
_OF_PHRASE = frozenset({"of", "from", "on", "in"})
_MAX_MOVERS = 2
