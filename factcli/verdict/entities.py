"""The entities comparator: names, roles, posts and titles.

A name the fact knows matches. Another name where the fact has a filler of its kind
conflicts (a wrong employer, a wrong stop of a trip), unless it replaces a party of the
relation or a participant of the statement: then the claim is about another subject
(AnotherSubject). A role the claim gives to the fact's filler of the opposite side is a
swap; a title the alias table gives to someone else conflicts.
"""

from __future__ import annotations

import re

from factcli.lazy_re import lazy_compile
from factcli.lexicon import STOP_WORDS
from factcli.mood import past_verb
from factcli.parse import ParsedText
from factcli.posts import earlier_post, post_words
from factcli.sentences import phrase_broken
from factcli.values import PLACE_KINDS, Mention
from factcli.verdict.facts import FactView, Filler, modified_noun
from factcli.verdict.findings import (
    ENTITY_KINDS,
    AnotherSubject,
    Element,
    Finding,
    Kind,
    Scope,
    Status,
)
from factcli.verdict.posts import covered_post, post_holder, post_matches, posted
from factcli.verdict.roles import (
    PARTY_SIDES,
    TRIP_SIDES,
    compatible,
    pinned,
    role_findings,
    trip_leg,
)
from factcli.verdict.venues import venue_conflict

# Words that put a name next to them in a post: "economist at", "joined".
_POST_HEADS = frozenset(
    """works work worked working employed joined president minister economist director
    fellow analyst chief head chairman secretary ambassador spokesman spokeswoman professor
    researcher scholar expert official premier pm chancellor founder ceo heads headed heading
    leads runs ran chairs chaired chair strategist banker""".split()
)
_EMPLOYMENT_ROLES = frozenset({"employer", "post"})
POST_HEAD_REACH = 40  # characters between a name and a post word that puts it in the post
TITLE_REACH = 4  # characters between "China's" and the title it qualifies
AFFILIATION_REACH = 12  # characters before a body's name to look for "of", "at", "from"
_COPULAS = (" is", " was", " remains")


def findings(claim: ParsedText, view: FactView, scope: Scope) -> list[Finding]:
    """Findings on the claim's names, then its roles, then its titles. Raises
    AnotherSubject when the claim names another party or participant than the fact."""
    titled = [t for t in claim.stranger_titles if t.holder in view.names]
    if titled:  # "talks with Russian PM Sergei Lavrov": the fact's PM is another
        return _title_findings(claim, view)
    _check_actor(claim, view)
    _another_contest(claim, view)
    return (
        _name_findings(claim, view, scope.named)
        + role_findings(claim, view)
        + _opponent_findings(claim, view)
        + _title_findings(claim, view)
    )


_DESCRIBED_BODY = lazy_compile(r"(?:'s|\u2019s)?(?:\s+[a-z][a-z-]*){1,5}\s+$")
# Words that put the body in another phrase: "the American subsidiary of Takata" is no
# American body named Takata.
_PHRASE_BREAKS = frozenset("of for to with by in on at from and or than as".split())


def as_their_country(claim: ParsedText) -> ParsedText:
    """The claim with a body the claim itself gives to a country ("Russia's largest natural
    gas producer Gazprom", "Russian gas giant Gazprom") read as that country: the claim
    says whose it is, and the country is the party of the relation."""
    countries = {
        m.end: m for m in claim.mentions if m.kind == "country" and (m.possessive or m.adjective)
    }
    if not countries:
        return claim
    standing: dict[str, Mention] = {}
    described: list[tuple[int, int]] = []  # "largest natural gas producer": no claim of its own
    for mention in claim.mentions:
        if mention.kind != "organization" or mention.name in standing:
            continue
        for end, country in countries.items():
            if (
                end < mention.start
                and _DESCRIBED_BODY.fullmatch(claim.text, end, mention.start)
                and not _PHRASE_BREAKS & set(claim.text[end : mention.start].split())
            ):
                standing[mention.name] = country
                described.append((end, mention.start))
    if not standing:
        return claim
    inside = [any(s <= r.start and r.end <= e for s, e in described) for r in claim.ranks]
    # the ranks go only when none other is left: findings name ranks by their index
    ranks = () if all(inside) else claim.ranks
    mentions = tuple(
        m._replace(name=standing[m.name].name, kind="country") if m.name in standing else m
        for m in claim.mentions
    )
    roles = tuple(
        r._replace(name=standing[r.name].name, kind="country") if r.name in standing else r
        for r in claim.roles
    )
    return claim._replace(mentions=mentions, roles=roles, ranks=ranks)


def _check_actor(claim: ParsedText, view: FactView) -> None:
    """Raise AnotherSubject when the claim's subject is one person and the fact's another
    who stands in the claim only as an owner ("Xi will watch the parade at Putin's side"
    against "Putin is expected to attend the parade"): another person's doing."""
    actor, fact_actor = subject_person(claim), subject_person(view.statement)
    if actor is None or fact_actor is None or actor == fact_actor:
        return
    named = [m for m in claim.mentions if m.name == fact_actor]
    if named and all(m.possessive for m in named):
        raise AnotherSubject(fact_actor)


def subject_person(text: ParsedText) -> str | None:
    """The person a text opens with, as its subject ("Russian President Vladimir Putin is
    ..."): the first name, preceded only by capitalised title words, not an owner."""
    first = min(text.mentions, key=lambda m: m.start, default=None)
    if first is None or first.possessive:
        return None
    person = next((m for m in text.mentions if m.kind == "person" and m.start >= first.start), None)
    if person is None or person.possessive:
        return None
    before = text.text[: person.start].split()
    if any(not w[:1].isupper() for w in before):
        return None
    return person.name


_CONTEST_SIDES = frozenset({"winner", "loser"})


def _another_contest(claim: ParsedText, view: FactView) -> None:
    """A claim on who beat whom, against a fact on a contest between others ("Russia beat
    Croatia" against "Nadal defeated Khachanov"): another contest, whatever its result.
    Raises AnotherSubject."""
    said = {r.name for r in claim.roles if r.side in _CONTEST_SIDES}
    parties = {f.name for f in view.fillers if f.side in _CONTEST_SIDES}
    if not said or not parties:
        return
    if not said & parties:
        raise AnotherSubject(sorted(parties)[0])
    fact_sides = {f.side for f in view.fillers if f.side in _CONTEST_SIDES}
    for side in _CONTEST_SIDES:
        names = {r.name for r in claim.roles if r.side == side}
        if names and fact_sides == _CONTEST_SIDES and not names & parties:
            # "Croatia beat France" against "France beat Japan": France played another
            raise AnotherSubject(sorted(parties)[0])


def _opponent_findings(claim: ParsedText, view: FactView) -> list[Finding]:
    """ "Pella beat Garin" against "Pella beating Jarry and Schwartzman defeating Garin":
    each name is in its role, but the claim pairs two results. A claim's result whose
    winner is a winner of one of the fact's results, and whose loser lost another of them
    (or the other way round), conflicts."""
    if not any(r.side in _CONTEST_SIDES for r in claim.roles):
        return []
    stated = [(c.winners, c.losers) for c in view.statement.contests]
    found = []
    for said in ((c.winners, c.losers) for c in claim.contests):
        # (the side changed, the index of the side kept, the index of the side changed)
        for side, keep, change in (("loser", 0, 1), ("winner", 1, 0)):
            kept, changed = set(said[keep]), set(said[change])
            same = [c for c in stated if kept & set(c[keep]) and c[change]]
            elsewhere = {  # results of others, both sides named ("giving France a win": none)
                n for c in stated if c[keep] and not kept & set(c[keep]) for n in c[change]
            }
            if same and not any(changed & set(c[change]) for c in same) and changed & elsewhere:
                ours = ", ".join(sorted(kept))
                found.append(Finding(
                    Element.named(Kind.ROLE, f"{side} of {ours}"), Status.CONFLICT,
                    f"the claim has {', '.join(sorted(changed))} as the {side} against {ours}; "
                    f"the source has {', '.join(same[0][change])}",
                ))  # fmt: skip
                break
    return found


_REPORTS_THAT = lazy_compile(
    r"\s+(?:said|says|estimates|estimated|predicts|predicted|forecasts|projects|projected|"
    r"expects|believes|thinks)\s+(?:that\s+)?",
    re.IGNORECASE,
)


def _opens_as_speaker(view: FactView, mention: Mention) -> bool:
    """Is the name the fact's speaker, opening its statement with what it reports ("The
    Budget Office estimates that the yield will climb ...")? It says; it is no participant
    of what it says."""
    speaker = view.fact.attribution.name
    if not speaker or mention.name != view.entities.canonical(speaker):
        return False
    text = view.statement.text
    opening = text[: mention.start].strip().lower() in ("", "the")
    return opening and _REPORTS_THAT.match(text, mention.end) is not None


def _teammate_replaced(claim: ParsedText, mention: Mention, rival: Filler, view: FactView) -> bool:
    """ "Granollers and Lopez beat Khachanov and Medvedev" against "... and Rublev": the claim
    keeps the contest (a name it puts on the same side is the fact's) and changes one of
    a side's names; that contradicts the fact, it is no other contest."""
    if rival.side not in _CONTEST_SIDES:
        return False
    if mention.kind != "unknown" and not compatible(mention.kind, rival.kind):
        return False  # a name the store knows as another kind: no teammate
    if not any(r.name == mention.name and r.side == rival.side for r in claim.roles):
        return False
    kept = {r.name for r in claim.roles if r.side == rival.side and r.name != mention.name}
    return any(f.name in kept and f.side == rival.side for f in view.fillers)


def _name_findings(claim: ParsedText, view: FactView, claim_names: frozenset[str]) -> list[Finding]:
    """Names the fact knows match; another name in a role the fact fills conflicts; another
    name where the fact has a different participant of its kind means another subject."""
    found = []
    unmentioned = [
        f for f in view.fillers if f.name not in claim_names or _placed_elsewhere(claim, f)
    ]
    if trip_leg(claim, view) is False:  # another leg of the trip: its stops are not the fact's
        unmentioned = [f for f in unmentioned if f.side not in TRIP_SIDES]
    for mention in _distinct(claim.mentions):
        if mention.kind not in ENTITY_KINDS:
            continue
        element = Element.named(Kind.ENTITY, mention.name)
        post = (  # "economist", "Asia" of a post; a country in it is the employer
            posted(claim, mention.start, mention.end) if mention.kind != "country" else None
        )
        if post is not None and _post_slot(view):  # a person's post: see the posts comparator
            if post_matches(post, view):
                found.append(Finding(element, Status.MATCH, f"{post.text} matches the source"))
            continue
        if (
            mention.name in view.names
            or covered_post(claim, mention, view)
            or _opens_a_name(claim, mention, view)
        ):
            said = claim.text[mention.start : mention.end]  # the claim's words: "Moscow"
            found.append(Finding(element, Status.MATCH, f"{said} matches the source"))
            continue
        numbered = _another_numbered(mention, view, claim_names)
        if numbered is not None:  # "World War I" where the fact has "World War II"
            found.append(Finding(element, Status.CONFLICT, f"the claim says {mention.name}; "
                                 f"the source says {numbered}"))  # fmt: skip
            continue
        employer = (
            None
            if claim.in_adjunct(mention.start)
            else _other_employer(claim, mention, unmentioned, view)
        )
        if employer is not None:  # "Russia's vice foreign minister" of China's
            found.append(Finding(element, Status.CONFLICT, f"the claim says {mention.name}; "
                                 f"the source says {employer} (employer)"))  # fmt: skip
            continue
        agent = _agent_of_another_country(claim, mention, view)
        if agent is not None:
            found.append(Finding(element, Status.CONFLICT, f"the claim says {mention.name}; "
                                 f"the source says {agent} (agent)"))  # fmt: skip
            continue
        if mention.adjective or qualifies_title(claim, mention):
            continue  # "Western sanctions", "China's minister": modifiers, not parties
        if claim.in_adjunct(mention.start):
            continue  # "since the West imposed sanctions": the clause's own party
        teammate = next(
            (f for f in unmentioned if _teammate_replaced(claim, mention, f, view)), None
        )
        if teammate is not None:
            found.append(Finding(element, Status.CONFLICT, f"the claim says {mention.name}; "
                                 f"the source says {teammate.name} ({teammate.role})"))  # fmt: skip
            continue
        sides = {r.side for r in claim.roles if r.name == mention.name}
        rivals = [  # "away from the West" is no rival of the fact's "towards Asia"
            f
            for f in unmentioned
            if _stands_in(claim, mention, f, view)
            and not ("departure" in sides and f.role in _HEADED_FOR)
        ]
        rival = next((f for f in rivals if f.side in sides), rivals[0] if rivals else None)
        if rival is not None and rival.side in PARTY_SIDES and not pinned(view, claim_names):
            raise AnotherSubject(rival.name)  # another party to the relation: another relation
        if rival is not None and claim.negated and not view.negated:
            raise AnotherSubject(rival.name)  # "won't visit Ukraine": denies what none says
        if rival is not None:
            found.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim says {mention.name}; "
                    f"the source says {rival.name} ({rival.role.replace('_', ' ')})",
                )
            )
            continue
        described = _descriptor_conflict(claim, mention, view)
        if described is not None:
            found.append(Finding(element, Status.CONFLICT, described))
            continue
        venue = venue_conflict(claim, mention, view.statement)
        if venue is not None:  # "to be held in Rio" against "held in Belem": one venue
            found.append(Finding(element, Status.CONFLICT, f"the claim says {mention.name}; "
                                 f"the source says {venue} (venue)"))  # fmt: skip
            continue
        participants = [
            m
            for m in view.statement.mentions
            if m.name not in claim_names
            and _same_party_kind(m.kind, mention.kind)
            and not any(f.name == m.name for f in view.fillers)
            and not _opens_as_speaker(view, m)
        ]
        if participants:
            raise AnotherSubject(participants[0].name)
    return found


_BY_BEFORE = lazy_compile(r"\bby\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)


def _agent_of_another_country(claim: ParsedText, mention: Mention, view: FactView) -> str | None:
    """The country whose demonym qualifies the fact's doer of a passive ("located by
    Indonesian air-force helicopters") where the claim's doer has another's ("found by
    Malaysian navy ships"): another doer, not a detail the source leaves out."""
    if not mention.adjective or mention.name in view.names:
        return None
    if not _BY_BEFORE.search(claim.text[: mention.start]):
        return None
    statement = view.statement
    return next(
        (
            m.name
            for m in statement.mentions
            if m.adjective
            and m.kind == mention.kind
            and m.name != mention.name
            and _BY_BEFORE.search(statement.text[: m.start])
        ),
        None,
    )


def _descriptor_conflict(claim: ParsedText, mention: Mention, view: FactView) -> str | None:
    """A name that modifies the same noun as another name in the fact's statement ("the
    Europe program" against "the Asia program") contradicts the fact's description, unless
    the claim has the other too ("the Wimbledon final was his 30th Grand Slam final")."""
    noun = modified_noun(claim.text, mention.end)
    if noun is not None:
        own = {m.name for m in claim.mentions if modified_noun(claim.text, m.end) == noun}
        for name, named_noun in view.modifying_names:
            if name != mention.name and named_noun == noun and name not in own:
                return f"the claim says {mention.name} {noun}; the source says {name} {noun}"
    title = described(claim.text, mention.start)
    if title is None:
        return None
    for other in view.statement.mentions:
        if (
            other.name != mention.name
            and other.kind == mention.kind
            and described(view.statement.text, other.start) == title
        ):
            return f"the claim says {title} {mention.name}; the source says {title} {other.name}"
    return None


_DESCRIBED = lazy_compile(r"(?:^|[^\w'-])((?:[a-z][a-z-]+\s+){2,3})$")


def described(text: str, start: int) -> str | None:
    """The description right before a name that says what it is ("defending champion
    Croatia", "world number one Nadal"): two or three lower-case words, no function word,
    and a noun last, not a verb ("beat Croatia")."""
    found = _DESCRIBED.search(text, max(0, start - 40), start)
    if found is None:
        return None
    run = found.group(1).split()
    while run and (run[0] in STOP_WORDS or run[0] in _NOT_DESCRIPTIONS or _verb_like(run[0])):
        run = run[1:]
    head = run[-1] if run else ""
    if len(run) < 2 or any(w in STOP_WORDS for w in run):
        return None
    if _verb_like(head):
        return None  # "Spain plays Croatia": a verb, or a plural, names no one thing
    return " ".join(run)


def _verb_like(word: str) -> bool:
    return past_verb(word) or (word.endswith("s") and not word.endswith("ss"))


# Prepositions and verbs of meeting that the stop list leaves out: "against", "faces".
_NOT_DESCRIPTIONS = frozenset("against versus vs beside behind near toward towards".split())


def _same_party_kind(fact_kind: str, claim_kind: str) -> bool:
    """A participant is replaced only by one of its own kind: a country by a country."""
    return fact_kind == claim_kind and fact_kind != "post"


_HEADED_FOR = frozenset({"target", "destination"})


def _distinct(mentions: tuple[Mention, ...]) -> list[Mention]:
    first: dict[str, Mention] = {}
    for mention in mentions:
        first.setdefault(mention.name, mention)
    return list(first.values())


def _stands_in(claim: ParsedText, mention: Mention, filler: Filler, view: FactView) -> bool:
    """Does the claim put this name where the fact has the filler? For a trip's stops the
    claim must send someone there; for an employer or post it must name a post next to it.
    A name no table knows, said to be where the fact locates a thing ("in Heidelberg"),
    is a place."""
    if filler.role == "location" and mention.kind == "unknown" and filler.kind in PLACE_KINDS:
        # "in Kernville" may lie in the fact's Kern County: no other place for all we know;
        # "in Tulare County" does not
        wide = filler.kind == "region" or _wide_place(filler.name)
        if wide and not _wide_place(mention.name):
            return False
        return _IN_BEFORE.search(claim.text, 0, mention.start) is not None
    if not replaces(mention, filler):
        return False
    if filler.side in TRIP_SIDES:
        return any(r.name == mention.name and r.side in TRIP_SIDES for r in claim.roles)
    if mention.kind == "region" and filler.kind == "country":
        return False  # a region is a place a trip may reach, not a party ("from Siberia")
    if filler.role in _PLACE_ROLES:
        return _placed(claim, mention)  # "a parade in Beijing", not "the defeat of Japan"
    if filler.role in _JOINT_ROLES and _OPPOSED.search(
        claim.text, max(0, mention.start - 24), mention.start
    ):
        return False  # "a pact that would target Washington": what it is against, no party
    if filler.role in _EMPLOYMENT_ROLES:
        if _EARLIER.search(claim.text):
            return False  # "previously worked at MIT": another period than the fact's post
        if mention.kind == "post" and posted(claim, mention.start, mention.end) is None:
            return False  # "said the chair was even better": a post word that holds no one
        people = {m.name for m in claim.mentions if m.kind in ("person", "unknown")}
        if people and people.isdisjoint(view.names):
            return False  # another person's employer: "Kohli, a strategist at ..." and Yellen
        if _REACHED_BEFORE.search(claim.text, max(0, mention.start - 12), mention.start):
            return False  # "the Chinese president flew to Minsk after Moscow": places reached
        nearby = [
            w
            for w in claim.words
            if abs(w.start - mention.start) < POST_HEAD_REACH
            and w.lower in _POST_HEADS
            and not _titles_another(claim, w.end, view)
            and not phrase_broken(claim.text, *sorted((mention.end, w.start)))
        ]
        return bool(nearby) or _affiliated(claim, mention)
    return True


_PLACE_ROLES = frozenset({"host", "venue", "location"})
_WIDE_PLACES = frozenset("county province state region district prefecture oblast".split())


def _wide_place(name: str) -> bool:
    """Is the name a county's, a province's or a state's, which holds towns?"""
    return name.split()[-1].lower() in _WIDE_PLACES


_IN_BEFORE = lazy_compile(r"\bin\s+$")
_REACHED_BEFORE = lazy_compile(r"\b(?:to|from|into|via|after|before|towards?)\s+(?:the\s+)?$")
# A time before the fact's: an employer or post held then is not the one the fact gives.
_EARLIER = lazy_compile(
    r"\b(?:previously|formerly|former|ex-|once|used\s+to|earlier\s+in\s+(?:his|her|their)\s+career"
    r"|in\s+the\s+past)\b",
    re.IGNORECASE,
)
_JOINT_ROLES = frozenset({"participant", "partner", "signatory"})
_OPPOSED = lazy_compile(
    r"\b(?:against|targets?|targeting|targeted|aimed\s+at|directed\s+at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PLACING = lazy_compile(
    r"\b(?:in|at|to|hosted\s+by|held\s+by|organi[sz]ed\s+by)\s+(?:the\s+)?$", re.IGNORECASE
)


def _placed(claim: ParsedText, mention: Mention) -> bool:
    """Does the claim put the event where the name is ("in Beijing", "Beijing's parade",
    "hosted by China"), rather than name it as something else ("the defeat of Japan")?"""
    if mention.possessive or mention.adjective:
        return True
    if any(r.name == mention.name and r.side in TRIP_SIDES for r in claim.roles):
        return True  # "visiting Kazakhstan to attend the celebrations"
    before = claim.text[max(0, mention.start - 24) : mention.start]
    return _PLACING.search(before) is not None


_NUMERAL = lazy_compile(r"(?:\d+|[IVXLC]+)")  # digits or a Roman numeral in capitals


def _another_numbered(mention: Mention, view: FactView, claim_names: frozenset[str]) -> str | None:
    """The fact's name that the claim's names with another number, all its other words the
    same ("World War I" for "World War II", "Apollo 12" for "Apollo 11"): another of a
    series, not the fact's."""
    if mention.kind not in ("unknown", "event", "product"):
        return None
    said = mention.name.split()
    for name in view.names:
        if name in claim_names:
            continue
        words = name.split()
        if len(words) != len(said) or len(words) < 2:
            continue
        differing = [(a, b) for a, b in zip(said, words, strict=True) if a.lower() != b.lower()]
        if len(differing) == 1 and all(_NUMERAL.fullmatch(w) for w in differing[0]):
            return name
    return None


def _placed_elsewhere(claim: ParsedText, filler: Filler) -> bool:
    """Does the claim name the fact's place only as a modifier of something else ("Russian
    troops") while it puts the event in another place ("a parade in Beijing")?"""
    if filler.role not in _PLACE_ROLES:
        return False
    own = [m for m in claim.mentions if m.name == filler.name]
    if not own or any(not m.adjective or m.possessive for m in own):
        return False
    return any(
        m.name != filler.name
        and compatible(m.kind, filler.kind)
        and not m.adjective
        and _PLACING.search(claim.text[max(0, m.start - 24) : m.start]) is not None
        for m in claim.mentions
    )


def _titles_another(claim: ParsedText, end: int, view: FactView) -> bool:
    """ "President Nursultan Nazarbayev": a post right before a person names that person's
    post, not the post of the fact's person (unless it is the fact's person: "Tunisian
    President Habib Essid" against Essid's post)."""
    return any(
        m.kind == "person" and 0 < m.start - end <= 2 and m.name not in view.names
        for m in claim.mentions
    )


def qualifies_title(claim: ParsedText, mention: Mention) -> bool:
    """ "China's commerce minister", "China's Xi": the country belongs to the title or the
    person, it is no party."""
    if not mention.possessive:
        return False
    return any(
        m.kind in ("post", "person") and 0 <= m.start - mention.end <= TITLE_REACH
        for m in claim.mentions
    )


def _other_employer(
    claim: ParsedText, mention: Mention, fillers: list[Filler], view: FactView
) -> str | None:
    """The fact's employer of the same kind, when the claim's name owns the post it gives
    the fact's person ("Russia's vice foreign minister Cheng", "Russian vice foreign
    minister Cheng" of China's): another one."""
    modifies = any(0 < p.start - mention.end <= 1 for p in claim.posts)  # "IHS economist"
    if not (mention.adjective or modifies or qualifies_title(claim, mention)):
        return None
    post = next(
        (
            p
            for p in claim.posts
            if 0 <= p.start - mention.end <= TITLE_REACH or p.start <= mention.start < p.end
        ),
        None,
    )  # the post right after the country, or one its qualifiers open ("former US envoy")
    if post is None or post.holder != post_holder(view) or earlier_post(post.title):
        return None
    return next((f.name for f in fillers if f.role == "employer" and f.kind == mention.kind), None)


def _affiliated(claim: ParsedText, mention: Mention) -> bool:
    """ "Andrew Small of the Brookings Institution", "Biswas is with Carnegie": a person,
    then of/at/from/with, then a body."""
    before = claim.text[max(0, mention.start - AFFILIATION_REACH) : mention.start].lower().split()
    if before and before[-1] == "the":
        before = before[:-1]
    if not before or before[-1] not in ("of", "at", "from", "with"):
        return False
    head = claim.text[: mention.start].lower().rsplit(before[-1], 1)[0].rstrip()
    for copula in _COPULAS:  # "Biswas is with Carnegie": a person, a copula, with, a body
        head = head.removesuffix(copula).rstrip()
    return any(m.kind == "person" and head.endswith(claim.text[m.start : m.end].lower())
               for m in claim.mentions)  # fmt: skip


def replaces(mention: Mention, filler: Filler) -> bool:
    """Could this name stand where the fact has the filler? A post replaces a post (whatever
    kind the alias table gives it) unless its words are part of the fact's title."""
    filler_is_post = filler.kind == "post" or filler.role == "post"
    if filler_is_post or mention.kind == "post":
        both = filler_is_post and mention.kind == "post"
        return both and not post_words(mention.name) <= post_words(filler.name)
    return compatible(mention.kind, filler.kind)


def _opens_a_name(claim: ParsedText, mention: Mention, view: FactView) -> bool:
    """Does a body the claim names open one of the fact's names ("UN" of "UN Security
    Council")?"""
    said = claim.text[mention.start : mention.end]
    return mention.kind == "organization" and any(n.startswith(f"{said} ") for n in view.names)


def _post_slot(view: FactView) -> bool:
    return any(e.role == "post" for e in view.fact.entities)


def _title_findings(claim: ParsedText, view: FactView) -> list[Finding]:
    """ "Russian President Dmitry Medvedev": the alias table gives that title to another
    (of a fact about either; of one about the holder only, when the store does not know
    whom the claim gives the title to)."""
    return [
        Finding(
            Element.named(Kind.TITLE, title.named),
            Status.CONFLICT,
            f"the claim calls {title.named} '{title.title}'; "
            + (
                f"the source's '{title.title}' is {title.holder}"
                if title.holder != title.named  # "former Russian PM": the source's own title
                else f"the source calls {title.named} '{title.title.split(' ', 1)[1]}'"
            ),
        )
        for title in claim.titles
        if title.named in view.names
        or (title in claim.stranger_titles and title.holder in view.names)
    ]
