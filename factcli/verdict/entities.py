"""The entities comparator: names, roles, posts and titles.

A name the fact knows matches. Another name where the fact has a filler of its kind
conflicts (a wrong employer, a wrong stop of a trip), unless it replaces a party of the
relation or a participant of the statement: then the claim is about another subject
(AnotherSubject). A role the claim gives to the fact's filler of the opposite side is a
swap; a title the alias table gives to someone else conflicts.
"""

from __future__ import annotations

import re
from itertools import pairwise

from factcli.capitals import CAPITALS
from factcli.entities import Mention
from factcli.lazy_re import lazy_compile
from factcli.lexicon import STOP_WORDS, stem, words
from factcli.mood import past_verb
from factcli.parse import ParsedText
from factcli.values import RoleAssignment
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
from factcli.verdict.posts import post_holder, post_matches, posted

# Which kinds may stand in for each other in a role. "unknown" is an unrecognised name.
_COMPATIBLE = {
    "unknown": frozenset({"organization", "unknown"}),
    "region": frozenset({"region", "country"}),
    "country": frozenset({"country", "region"}),
}
# Sides whose fillers are the parties of a relation: swapping them is an error, replacing
# one with a third party makes another relation ("Russia sells S-400s to India").
_PARTY_SIDES = frozenset({"source", "target", "owner", "subject", "winner", "loser"})
_OPPOSITE_SIDES = {
    "source": "target",
    "target": "source",
    "owner": "subject",
    "subject": "owner",
    "previous_stop": "next_stop",
    "next_stop": "previous_stop",
    "winner": "loser",
    "loser": "winner",
}
_TRIP_SIDES = frozenset({"destination", "previous_stop", "next_stop", "visitor"})
# Words that put a name next to them in a post: "economist at", "joined".
_POST_HEADS = frozenset(
    """works work worked working employed joined president minister economist director
    fellow analyst chief head chairman secretary ambassador spokesman spokeswoman professor
    researcher scholar expert official premier pm chancellor founder ceo heads headed heading
    leads chairs chaired""".split()
)
_EMPLOYMENT_ROLES = frozenset({"employer", "post"})
POST_HEAD_REACH = 40  # characters between a name and a post word that puts it in the post
TITLE_REACH = 4  # characters between "China's" and the title it qualifies
AFFILIATION_REACH = 12  # characters before a body's name to look for "of", "at", "from"


def findings(claim: ParsedText, view: FactView, scope: Scope) -> list[Finding]:
    """Findings on the claim's names, then its roles, then its titles. Raises
    AnotherSubject when the claim names another party or participant than the fact."""
    _check_actor(claim, view)
    _another_contest(claim, view)
    return (
        _name_findings(claim, view, scope.named)
        + _role_findings(claim, view)
        + _opponent_findings(claim, view)
        + _title_findings(claim, view)
    )


_DESCRIBED_BODY = lazy_compile(r"(?:'s|\u2019s)?(?:\s+[a-z][a-z-]*){1,5}\s+$")


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
            if end < mention.start and _DESCRIBED_BODY.fullmatch(claim.text, end, mention.start):
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
    if mention.kind != "unknown" and not _compatible(mention.kind, rival.kind):
        return False  # a name the store knows as another kind: no teammate
    if not any(r.name == mention.name and r.side == rival.side for r in claim.roles):
        return False
    kept = {r.name for r in claim.roles if r.side == rival.side and r.name != mention.name}
    return any(f.name in kept and f.side == rival.side for f in view.fillers)


def _compatible(claim_kind: str, fact_kind: str) -> bool:
    return fact_kind in _COMPATIBLE.get(claim_kind, frozenset({claim_kind}))


def _name_findings(claim: ParsedText, view: FactView, claim_names: frozenset[str]) -> list[Finding]:
    """Names the fact knows match; another name in a role the fact fills conflicts; another
    name where the fact has a different participant of its kind means another subject."""
    found = []
    unmentioned = [
        f for f in view.fillers if f.name not in claim_names or _placed_elsewhere(claim, f)
    ]
    if _leg(claim, view) is False:  # another leg of the trip: its stops are not the fact's
        unmentioned = [f for f in unmentioned if f.side not in _TRIP_SIDES]
    for mention in _distinct(claim.mentions):
        if mention.kind not in ENTITY_KINDS:
            continue
        element = Element.named(Kind.ENTITY, mention.name)
        post = posted(claim, mention.start, mention.end) if mention.kind == "post" else None
        if post is not None and _post_slot(view):  # a person's post: see the posts comparator
            if post_matches(post, view):
                found.append(Finding(element, Status.MATCH, f"{post.text} matches the source"))
            continue
        if mention.name in view.names or _covered_post(mention, view):
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
        rivals = [f for f in unmentioned if _stands_in(claim, mention, f, view)]
        sides = {r.side for r in claim.roles if r.name == mention.name}
        rival = next((f for f in rivals if f.side in sides), rivals[0] if rivals else None)
        if rival is not None and rival.side in _PARTY_SIDES and not _pinned(view, claim_names):
            raise AnotherSubject(rival.name)  # another party to the relation: another relation
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
    Europe program" against "the Asia program", "chief Europe economist" against "chief Asia
    economist") contradicts the fact's description; it names no other subject."""
    noun = modified_noun(claim.text, mention.end)
    if noun is not None:
        for name, named_noun in view.modifying_names:
            if name != mention.name and named_noun == noun:
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


def _distinct(mentions: tuple[Mention, ...]) -> list[Mention]:
    seen: set[str] = set()
    unique = []
    for mention in mentions:
        if mention.name not in seen:
            seen.add(mention.name)
            unique.append(mention)
    return unique


def _stands_in(claim: ParsedText, mention: Mention, filler: Filler, view: FactView) -> bool:
    """Does the claim put this name where the fact has the filler? For a trip's stops the
    claim must send someone there; for an employer or post it must name a post next to it.
    A name no table knows, said to be where the fact locates a thing ("in Heidelberg"),
    is a place."""
    if filler.role == "location" and mention.kind == "unknown" and filler.kind in _PLACE_KINDS:
        return _IN_BEFORE.search(claim.text, 0, mention.start) is not None
    if not replaces(mention, filler):
        return False
    if filler.side in _TRIP_SIDES:
        return any(r.name == mention.name and r.side in _TRIP_SIDES for r in claim.roles)
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
        nearby = [
            w
            for w in claim.words
            if abs(w.start - mention.start) < POST_HEAD_REACH
            and w.lower in _POST_HEADS
            and not _titles_another(claim, w.end, view)
            and not _broken(claim.text, *sorted((mention.end, w.start)))
        ]
        return bool(nearby) or _affiliated(claim, mention)
    return True


# A post word past a comma or a bracket heads another phrase: "a crisis over Ukraine,
# Russia's President Putin" gives no post to Ukraine.
_PHRASE_BREAKS = frozenset(",;:()\u2014\u2013")


def _broken(text: str, start: int, end: int) -> bool:
    """Does a comma, a colon, a bracket or a dash stand between the two offsets?"""
    return not _PHRASE_BREAKS.isdisjoint(text[start:end])


_PLACE_ROLES = frozenset({"host", "venue", "location"})
_PLACE_KINDS = frozenset({"city", "country", "region"})
_IN_BEFORE = lazy_compile(r"\bin\s+$")
# A time before the fact's: an employer or post held then is not the one the fact gives.
_EARLIER = lazy_compile(
    r"\b(?:previously|formerly|once|used\s+to|earlier\s+in\s+(?:his|her|their)\s+career"
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
    if any(r.name == mention.name and r.side in _TRIP_SIDES for r in claim.roles):
        return True  # "visiting Kazakhstan to attend the celebrations"
    before = claim.text[max(0, mention.start - 24) : mention.start]
    return _PLACING.search(before) is not None


def _pinned(view: FactView, claim_names: frozenset[str]) -> bool:
    """Does the claim name a thing that fills a role of the fact, not as a party (the
    pipeline a supply runs through), and none of the fact's parties? Then the relation is
    that thing's, and another party in it is an error, not another relation ("the
    East-Route Pipeline will carry gas to Japan"). With a party named, another party is
    another relation of that party's ("Russia will pump gas to Japan through the pipeline");
    "Russia sells S-400s to India" names the S-400 only as what the fact is about."""
    if any(f.side in _PARTY_SIDES and f.name in claim_names for f in view.fillers):
        return False  # "Atlantis will pump oil to Mu through the Reef Line": Atlantis's deal
    return any(
        f.kind == "product" and f.side is None and f.name in claim_names for f in view.fillers
    )


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
        and _compatible(m.kind, filler.kind)
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
    the fact's person ("Russia's vice foreign minister Cheng" of China's): another one."""
    if not mention.possessive or not qualifies_title(claim, mention):
        return None
    post = next((p for p in claim.posts if 0 <= p.start - mention.end <= TITLE_REACH), None)
    if post is None or post.holder != post_holder(view):
        return None
    return next((f.name for f in fillers if f.role == "employer" and f.kind == mention.kind), None)


def _affiliated(claim: ParsedText, mention: Mention) -> bool:
    """ "Andrew Small of the Brookings Institution": a person, then of/at/from, then a body."""
    before = claim.text[max(0, mention.start - AFFILIATION_REACH) : mention.start].lower().split()
    if before and before[-1] == "the":
        before = before[:-1]
    if not before or before[-1] not in ("of", "at", "from", "with"):
        return False
    head = claim.text[: mention.start].lower().rsplit(before[-1], 1)[0].rstrip()
    return any(m.kind == "person" and head.endswith(claim.text[m.start : m.end].lower())
               for m in claim.mentions)  # fmt: skip


def replaces(mention: Mention, filler: Filler) -> bool:
    """Could this name stand where the fact has the filler? A post replaces a post (whatever
    kind the alias table gives it) unless its words are part of the fact's title."""
    filler_is_post = filler.kind == "post" or filler.role == "post"
    if filler_is_post or mention.kind == "post":
        both = filler_is_post and mention.kind == "post"
        return both and not _post_words(mention.name) <= _post_words(filler.name)
    return _compatible(mention.kind, filler.kind)


def _covered_post(mention: Mention, view: FactView) -> bool:
    """A shorter title covers a longer one: "chief economist" for "chief Asia economist"."""
    if mention.kind != "post":
        return False
    wanted = _post_words(mention.name)
    posts = [f.name for f in view.fillers if f.kind == "post" or f.role == "post"]
    posts += [m.name for m in view.statement.mentions if m.kind == "post"]
    return any(wanted <= _post_words(post) for post in posts)


def _post_slot(view: FactView) -> bool:
    return any(e.role == "post" for e in view.fact.entities)


def _post_words(title: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(title) if w not in STOP_WORDS)


def _role_findings(claim: ParsedText, view: FactView) -> list[Finding]:
    """A role the claim gives to the entity the fact has there matches. It conflicts when the
    claim gives it only to another: the fact's filler of the opposite side (a swap), or, for
    a trip's stops and destination, another place."""
    found: list[Finding] = []
    leg = _leg(claim, view)
    if leg is None:
        other_leg = _other_stop(claim, view)
        if other_leg is not None:
            return other_leg
    roles = main_roles(claim)
    for side in dict.fromkeys(role.side for role in roles):
        given = [role for role in roles if role.side == side]
        element = Element.named(Kind.ROLE, side)
        if side in _LEG_SIDES and leg is not None:
            if leg:
                stop = side.replace("_", " ")
                found.append(Finding(element, Status.MATCH, f"{given[0].name} is the {stop}"))
            continue
        if side == "maker":
            found += _maker_findings(given, view, element)
            continue
        filler = next(
            (f for f in view.fillers if f.side == side and any(r.name == f.name for r in given)),
            next((f for f in view.fillers if f.side == side), None),
        )
        if filler is not None and any(role.name == filler.name for role in given):
            found.append(Finding(element, Status.MATCH, f"{filler.name} is the {filler.role}"))
            continue
        swapped = _swapped(given, side, view)
        if swapped is not None:
            found.append(Finding(element, Status.CONFLICT, swapped))
            continue
        pinned = filler is not None and _pinned(view, claim.names)
        if filler is not None and side in _PARTY_SIDES and not pinned:
            _another_party(claim, given, filler)
        if filler is None or (side in _PARTY_SIDES and not pinned):
            continue
        rival = next((r for r in given if _compatible(r.kind, filler.kind)), None)
        if rival is not None:
            found.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim has {rival.name} as the {filler.role.replace('_', ' ')}; "
                    f"the source says {filler.name}",
                )
            )
    return found + _capital_findings(claim, view)


def _capital_findings(claim: ParsedText, view: FactView) -> list[Finding]:
    """A capital the claim gives a trip, in any of its clauses, where the fact has another
    city ("who flew to Jakarta" against "flew to Surabaya"): read as its country elsewhere,
    a capital is here the city itself."""
    found = []
    for filler in view.fillers:
        if filler.side not in _TRIP_SIDES or filler.kind != "city":
            continue
        given = [r for r in claim.roles if r.side == filler.side]
        city = _capital_said(claim, given, filler)
        if city is not None:
            reason = (
                f"the claim has {city} as the {filler.role.replace('_', ' ')}; "
                f"the source says {filler.name}"
            )
            found.append(Finding(Element.named(Kind.ROLE, filler.side), Status.CONFLICT, reason))
    return found


def _capital_said(claim: ParsedText, given: list[RoleAssignment], filler: Filler) -> str | None:
    """A capital the claim gives a trip where the fact has another city ("flew to Jakarta"
    against "flew to Surabaya"): read as its country elsewhere, here it is the city itself."""
    for role in given:
        for mention in claim.mentions:
            said = claim.text[mention.start : mention.end]
            if mention.name == role.name and CAPITALS.get(said) == role.name != said:
                return said if said != filler.name else None
    return None


def main_roles(claim: ParsedText) -> tuple[RoleAssignment, ...]:
    """The roles of the claim's main clause: a name only a clause hung on it mentions
    ("since Mu imposed a blockade") fills no role of the main relation."""
    if not claim.adjuncts:
        return claim.roles
    main = {m.name for m in claim.mentions if not claim.in_adjunct(m.start)}
    return tuple(role for role in claim.roles if role.name in main)


def _another_party(claim: ParsedText, given: list[RoleAssignment], filler: Filler) -> None:
    """Raise AnotherSubject when the claim puts another party where the fact has one it
    does not name: "reduce its dependency on the West" against a reliance on China, even
    if the fact names the West elsewhere ("Western sanctions")."""
    if filler.name in claim.names:
        return
    rivals = [r for r in given if r.name != filler.name and r.kind in _PARTY_KINDS]
    if rivals and filler.kind in _PARTY_KINDS:
        raise AnotherSubject(filler.name)


_PARTY_KINDS = frozenset({"country", "group", "organization"})
_LEG_SIDES = ("previous_stop", "destination", "next_stop")


def _leg(claim: ParsedText, view: FactView) -> bool | None:
    """A trip's stops in order: True when the claim's stops ("after Kazakhstan, to Moscow")
    are two stops the fact has next to each other, in that order; False when they are
    another leg of the trip (the claim's destination is the fact's previous stop); None
    when the claim names fewer than two stops, or stops the fact's sequence does not tie."""
    stops: dict[str, str] = {}
    for role in claim.roles:
        if role.side in _LEG_SIDES:
            stops.setdefault(role.side, role.name)
    if len(stops) < 2 or len(set(stops.values())) < len(stops):
        return None
    fact = {f.side: f.name for f in view.fillers if f.side in _LEG_SIDES}
    sequence = [fact[side] for side in _LEG_SIDES if side in fact]
    said = [stops[side] for side in _LEG_SIDES if side in stops]
    pairs = list(pairwise(sequence))
    first, second = said[0], said[1]
    if (first, second) in pairs:
        return True
    if (second, first) in pairs or not sequence:
        return None  # the order swapped: the roles conflict
    return False if second == sequence[0] or first == sequence[-1] else None


SHARED_STOP = Element.named(Kind.ROLE, "leg")


def _other_stop(claim: ParsedText, view: FactView) -> list[Finding] | None:
    """Two stops in order where the fact has the second (or the first) next to another:
    "visited Uzbekistan, then Russia" against "Kazakhstan, then Russia" puts another stop
    before Russia. The shared stop matches; the other conflicts."""
    stops: dict[str, str] = {}
    for role in claim.roles:
        if role.side in _LEG_SIDES:
            stops.setdefault(role.side, role.name)
    said = [stops[side] for side in _LEG_SIDES if side in stops]
    fact = {f.side: f for f in view.fillers if f.side in _LEG_SIDES}
    sequence = [fact[side] for side in _LEG_SIDES if side in fact]
    if len(said) != 2 or said[0] == said[1] or len(sequence) < 2:
        return None
    first, second = said
    for before, after in pairwise(sequence):
        if (before.name, after.name) == (second, first):
            reason = f"the claim has {first} before {second}; the source has it after"
            return [Finding(Element.named(Kind.ROLE, "stop before"), Status.CONFLICT, reason)]
        if after.name == second and before.name != first:
            shared, other, wrong, place = after, before, first, "before"
        elif before.name == first and after.name != second:
            shared, other, wrong, place = before, after, second, "after"
        else:
            continue
        if wrong in {f.name for f in view.fillers} or other.name in claim.names:
            return None  # the fact's own stops in another order, or a place inside one
        return [
            Finding(SHARED_STOP, Status.MATCH,
                    f"{shared.name} is a stop of the trip"),
            Finding(Element.named(Kind.ROLE, f"stop {place}"), Status.CONFLICT,
                    f"the claim has {wrong} {place} {shared.name}; the source has "
                    f"{other.name}"),
        ]  # fmt: skip
    return None


def _maker_findings(given: list[RoleAssignment], view: FactView, element: Element) -> list[Finding]:
    """ "the American-made S-400" against a fact in which Russia sells it: the maker of a
    thing is the side it comes from."""
    source = next((f for f in view.fillers if f.side == "source"), None)
    if source is None:
        return []
    if any(role.name == source.name for role in given):
        return [Finding(element, Status.MATCH, f"{source.name} is the {source.role}")]
    rival = next((r for r in given if _compatible(r.kind, source.kind)), None)
    if rival is None:
        return []
    reason = (
        f"the claim has {rival.name} make it; the source has {source.name} as the {source.role}"
    )
    return [Finding(element, Status.CONFLICT, reason)]


def swapped_parties(claim: ParsedText, view: FactView) -> bool:
    """Does the claim give the fact's parties opposite sides (the fact's owner as its
    subject)? It states another relation, not this one in another period."""
    return any(
        _swapped([role], role.side, view) is not None
        for role in claim.roles
        if role.side in _PARTY_SIDES
    )


def _swapped(given: list[RoleAssignment], side: str, view: FactView) -> str | None:
    opposite = _OPPOSITE_SIDES.get(side)
    if opposite is None:
        return None
    for role in given:
        other = next((f for f in view.fillers if f.side == opposite and f.name == role.name), None)
        if other is not None:
            return (
                f"the claim has {role.name} as the {_side_word(side)}; "
                f"the source has it as the {other.role.replace('_', ' ')}"
            )
    return None


def _side_word(side: str) -> str:
    return {"source": "supplier", "target": "recipient"}.get(side, side.replace("_", " "))


def _title_findings(claim: ParsedText, view: FactView) -> list[Finding]:
    """ "Russian President Dmitry Medvedev": the alias table gives that title to another."""
    return [
        Finding(
            Element.named(Kind.TITLE, title.named),
            Status.CONFLICT,
            f"the claim calls {title.named} '{title.title}'; the source's "
            f"'{title.title}' is {title.holder}",
        )
        for title in claim.titles
        if title.named in view.names
    ]
