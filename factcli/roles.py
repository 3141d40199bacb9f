"""Who does what to whom in a text, from word order: who gives and who receives, where a
trip goes and in which order, who visits, who makes what, whose partner, who beat whom
(factcli.contests), and the subject."""

from __future__ import annotations

import re

from factcli.contests import contest_roles, contest_spans
from factcli.lazy_re import lazy_compile
from factcli.lexicon import flow_stems, stem_set
from factcli.values import Mention, RoleAssignment, Word

_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got"})
_RELATION_NOUNS = stem_set(
    frozenset(
        {
            "partner",
            "ally",
            "supplier",
            "neighbor",
            "neighbour",
            "customer",
            "creditor",
            "market",
            "buyer",
            "seller",
        }
    )
)
# Nouns after which a flow word is a modifier, not a verb: "a gas supply contract".
_COMPOUND_HEADS = stem_set(
    frozenset(
        {
            "contract",
            "deal",
            "agreement",
            "route",
            "pipeline",
            "line",
            "chain",
            "system",
            "deals",
            "agreements",
            "security",
        }
    )
)

_ROLE_KINDS = frozenset({"country", "organization", "person", "city", "group", "unknown"})


def read_roles(
    text: str, words: tuple[Word, ...], mentions: tuple[Mention, ...]
) -> list[RoleAssignment]:
    """Who gives and who receives, whose partner, and who is the subject, from word order."""
    actors = [m for m in mentions if m.kind in _ROLE_KINDS]
    roles: list[RoleAssignment] = contest_roles(text, actors)
    contested = contest_spans(text) if roles else []
    roles += _flow_roles(tuple(w for w in words if not _inside(w, contested)), actors)
    roles += _then_sequence(text, _destinations(words, actors))
    roles += _stop_roles(text, words, actors)
    roles += _visitor_roles(words, actors)
    roles += _host_roles(words, actors)
    roles += _maker_roles(text, actors)
    roles += _direction_roles(words, actors, {r.name for r in roles})
    owners = [m for m in actors if m.possessive and _relation_follows(words, m)]
    owners += _of_owners(words, actors) + _for_owners(text, words, actors)
    roles += [RoleAssignment("owner", m.name, m.kind) for m in owners]
    subject = next((m for m in actors if m not in owners), None)
    if subject is not None and owners:
        roles.append(RoleAssignment("subject", subject.name, subject.kind))
    return roles


_TRIP_WORDS = stem_set(
    frozenset(
        {
            "visit",
            "trip",
            "travel",
            "tour",
            "journey",
            "head",
            "heads",
            "fly",
            "flew",
            "arrive",
            "land",
            "go",
            "went",
            "stop",
            "stay",
            "come",
            "came",
            "move",
            "return",
            "stopover",
            "leave",
            "proceed",
            "continue",
            "spend",
        }
    )
)
_DESTINATION_PREPOSITIONS = frozenset({"to", "in", "into", "for", "at"})
_LEAVING = frozenset("leave leaves left leaving depart departs departed departing".split())
_NEXT_WORDS = frozenset({"then", "afterwards", "next"})


def _inside(word: Word, spans: list[tuple[int, int]]) -> bool:
    return any(start <= word.start < end for start, end in spans)


def _destinations(words: tuple[Word, ...], actors: list[Mention]) -> list[Mention]:
    """Where a trip goes: "a trip to Kazakhstan", "arrived in Moscow", "will visit Belarus"."""
    places: list[Mention] = []
    for mention in actors:
        if mention.kind not in ("country", "city", "region"):
            continue
        before = [w for w in words if w.end <= mention.start]
        if before and before[-1].lower == "the":
            before = before[:-1]
        if not before:
            continue
        # "visit Belarus, then Minsk", "then to Minsk": the next place of the same trip
        after_next = places and (
            before[-1].lower in _NEXT_WORDS
            or (before[-1].lower in _DESTINATION_PREPOSITIONS and before[-2:-1]
                and before[-2].lower in _NEXT_WORDS)
        )  # fmt: skip
        if before[-1].lower in _LEAVING:
            continue  # "left Beijing on May 7": where the trip starts, not where it goes
        if (
            before[-1].stem in _TRIP_WORDS
            or (
                before[-1].lower in _DESTINATION_PREPOSITIONS
                and any(w.stem in _TRIP_WORDS for w in before[-5:-1])
            )
            or after_next
            or (places and _listed_after(words, places[-1], mention))
        ):
            places.append(mention)
    return places


_LIST_JOINS = frozenset({"and", "or", "as", "well"})


def _listed_after(words: tuple[Word, ...], previous: Mention, mention: Mention) -> bool:
    """Does the place follow the trip's last place in one list ("visit Kazakhstan, Russia
    and Belarus", "Russia as well as Belarus")? Then it is a destination too."""
    between = [w for w in words if previous.end <= w.start and w.end <= mention.start]
    return len(between) <= 3 and all(w.lower in _LIST_JOINS for w in between)


# "visited Uzbekistan, then ...", "visit Kazakhstan and then ...": "then" right after the
# first place's phrase (not after another doing: "..., will attend the parade and then fly").
# "visits Belarus first, then Kazakhstan": "first" after the place says the same.
_THEN = lazy_compile(
    r"^[\s,;]*(?:first[\s,;]+)?(?:and\s+)?(?:then|afterwards|next)\b", re.IGNORECASE
)


# "will begin his visit to Kazakhstan ..., visit Russia": the trip's first place, before
# the places after it.
_OPENS = lazy_compile(
    r"\b(?:begin|begins|began|start|starts|started|open|opens|opened)\s+(?:\w+\s+){0,3}"
    r"(?:to|in|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_OPENING_WORDS = ("begin", "began", "start", "open")


def _opens(text: str, start: int) -> bool:
    """Does the trip begin at the place at `start` ("begin his visit to Kazakhstan")?"""
    before = text[max(0, start - 48) : start]
    lower = before.lower()
    if not any(word in lower for word in _OPENING_WORDS):
        return False  # most texts: the pattern is never compiled
    return _OPENS.search(before) is not None


def _then_sequence(text: str, destinations: list[Mention]) -> list[RoleAssignment]:
    """Where a trip goes, in order: in "visited Uzbekistan, then travelled to Russia" the
    place before "then" is the stop before the destination, not a destination of its own,
    and so is the place a trip begins in ("begin his visit to Kazakhstan, visit Russia")."""
    roles = []
    for index, place in enumerate(destinations):
        side = "destination"
        if index + 1 < len(destinations):
            following = destinations[index + 1]
            between = text[place.end : following.start]
            opens = _opens(text, place.start)
            if following.name != place.name and (_THEN.match(between) or opens):
                side = "previous_stop"
        roles.append(RoleAssignment(side, place.name, place.kind))
    return roles


_SEQUENCE_WORDS = {"after": "previous_stop", "following": "previous_stop", "before": "next_stop"}
_CLAUSE_BREAK = frozenset({"and", "but", "while", "then"})


def _stop_roles(text: str, words: tuple[Word, ...], actors: list[Mention]) -> list[RoleAssignment]:
    """Where a trip went before or after: "after a one-day trip to Kazakhstan", "before
    arriving in Russia", "after leaving Moscow". "After Kazakhstan, Xi will head to Moscow":
    the phrase ends at its comma, and Moscow is where the trip goes next."""
    roles = []
    for mention in actors:
        if mention.kind not in ("country", "city", "region"):
            continue
        window = [w for w in words if w.end <= mention.start][-6:]
        for word in reversed(window):
            if word.lower in _CLAUSE_BREAK or "," in text[word.end : mention.start]:
                break
            side = _SEQUENCE_WORDS.get(word.lower)
            if side:
                roles.append(RoleAssignment(side, mention.name, mention.kind))
                break
    return roles


_MADE = lazy_compile(r"-(?:made|built|produced|designed|manufactured|developed)\b", re.IGNORECASE)


def _maker_roles(text: str, actors: list[Mention]) -> list[RoleAssignment]:
    """Who makes a thing: "the American-made S-400" names its maker."""
    return [
        RoleAssignment("maker", m.name, m.kind)
        for m in actors
        if m.kind in ("country", "organization") and _MADE.match(text, m.end)
    ]


def _relation_follows(words: tuple[Word, ...], mention: Mention) -> bool:
    """ "Russia's largest trade partner" is a relation; "China's trade" is not."""
    following = [w for w in words if w.start >= mention.end][:4]
    return any(w.stem in _RELATION_NOUNS for w in following)


_VISIT_NOUNS = stem_set(frozenset({"visit", "trip", "tour", "journey", "stay", "arrival"}))


_TRAVEL_VERBS = stem_set(
    frozenset({"visit", "visits", "visited", "travel", "travels", "travelled", "traveled",
               "fly", "flies", "flew", "tour", "toured"})
)  # fmt: skip
_HEAD_VERBS = frozenset({"head", "heads", "headed", "heading"})  # "heads to", not "heads a body"
_TRAVEL_REACH = 3  # words from a person to the verb: "Putin will travel", "Xi is to visit"


def _visitor_roles(words: tuple[Word, ...], actors: list[Mention]) -> list[RoleAssignment]:
    """Who travels: "Putin's visit to China", "Xi's trip", "Putin will travel to China"."""
    return [
        RoleAssignment("visitor", m.name, m.kind)
        for m in actors
        if m.kind == "person" and _travels(words, m, actors)
    ]


def _travels(words: tuple[Word, ...], person: Mention, actors: list[Mention]) -> bool:
    """Does a word of a trip follow the person: a trip noun after a possessive, or a
    travel verb within a few words with no other name between?"""
    following = [w for w in words if w.start >= person.end]
    if person.possessive:
        return any(w.stem in _VISIT_NOUNS for w in following[:2])
    for at, word in enumerate(following[:_TRAVEL_REACH]):
        if any(person.end < a.start < word.start for a in actors):
            return False
        if word.stem in _TRAVEL_VERBS:
            return True
        if word.lower in _HEAD_VERBS:
            return following[at + 1].lower in ("to", "for") if at + 1 < len(following) else False
    return False


_HOST_STEMS = stem_set(frozenset({"host", "hosts", "hosted", "hosting"}))
_HOST_REACH = 3  # words between a place and its verb: "Belarus last hosted", "will host"


def _host_roles(words: tuple[Word, ...], actors: list[Mention]) -> list[RoleAssignment]:
    """Where a trip goes, from the host's side: "Belarus will host Xi", "Xi was hosted by
    Belarus" put Belarus where "Xi visits Belarus" does."""
    roles = []
    for mention in actors:
        if mention.kind not in ("country", "city", "region"):
            continue
        after = [w for w in words if w.start >= mention.end][:_HOST_REACH]
        before = [w for w in words if w.end <= mention.start][-2:]
        hosts = any(w.stem in _HOST_STEMS for w in after) and not any(
            w.lower == "by" for w in after
        )
        hosted_by = len(before) == 2 and before[0].stem in _HOST_STEMS and before[1].lower == "by"
        if hosts or hosted_by:
            roles.append(RoleAssignment("destination", mention.name, mention.kind))
    return roles


def _of_owners(words: tuple[Word, ...], actors: list[Mention]) -> list[Mention]:
    """'the largest partner of Russia': Russia owns the relation, as in "Russia's partner"."""
    owners = []
    for mention in actors:
        before = [w for w in words if w.end <= mention.start][-3:]
        lowers = [w.lower for w in before]
        if "of" in lowers and any(w.stem in _RELATION_NOUNS for w in before):
            owners.append(mention)
    return owners


def _for_owners(text: str, words: tuple[Word, ...], actors: list[Mention]) -> list[Mention]:
    """ "For China, Russia is the top partner", "the top partner for China": the one the
    relation is for owns it, as in "China's top partner" (not "compete for TV customers")."""
    owners = []
    for mention in actors:
        before = [w for w in words if w.end <= mention.start]
        if not before or before[-1].lower != "for":
            continue
        fronted = text[mention.end : mention.end + 1] == ","  # "For China, Russia is ..."
        if fronted or any(w.stem in _RELATION_NOUNS for w in before):
            owners.append(mention)
    return owners


def _flow_roles(words: tuple[Word, ...], actors: list[Mention]) -> list[RoleAssignment]:
    flow_out, flow_in = flow_stems()
    verb_index = next(
        (
            i
            for i, w in enumerate(words)
            if (w.stem in flow_out or w.stem in flow_in)
            and not (i + 1 < len(words) and words[i + 1].stem in _COMPOUND_HEADS)
            and not _gave_way(words, i)
        ),
        None,
    )
    if verb_index is None:
        return []
    verb = words[verb_index]
    outward = verb.stem in flow_out
    passive = (  # "was sold to", not "is selling": a progressive is active
        verb_index > 0
        and words[verb_index - 1].lower in _PASSIVE_AUX
        and not verb.lower.endswith("ing")
    )
    roles: list[RoleAssignment] = []
    explicit: set[str] = set()
    # A pair ("trade between Russia and China") has no direction. Its names stay out of
    # the object; the subject may name one of them again ("Russia and China signed a deal
    # for Moscow to supply Beijing"): only the pair's own mentions are set aside there.
    paired: set[int] = set()
    for mention in actors:
        preposition = _preceding_word(words, mention.start)
        if preposition in ("between", "among", "and"):
            explicit.add(mention.name)
            paired.add(mention.start)
            if preposition == "and" and mention.end <= verb.start:  # "China and Russia's
                first = [m for m in actors if m.end <= mention.start]  # contract": the pair
                if first and _coordinated(words, first[-1], mention):
                    explicit.add(first[-1].name)
                    paired.add(first[-1].start)
            continue
        side = {
            "to": "target",
            "from": "source",
            "by": "source" if passive else None,
            "on": None if outward else "source",  # "Russia relied on China"
        }.get(preposition or "")
        if side and mention.start > verb.start:
            roles.append(RoleAssignment(side, mention.name, mention.kind))
            explicit.add(mention.name)
        elif _names_a_commodity(words, mention):
            roles.append(RoleAssignment("source", mention.name, mention.kind))  # "Russian gas"
            explicit.add(mention.name)
    sided = {r.name for r in roles}
    before = [
        m for m in actors if m.end <= verb.start and m.name not in sided and m.start not in paired
    ]
    after = [
        m
        for m in actors
        if m.start >= verb.end and m.name not in explicit and _near(words, verb, m, 3)
    ]
    sides = {r.side for r in roles}
    subject_side = ("target" if outward else "source") if passive else None
    if subject_side is None:
        subject_side = "source" if outward else "target"
    object_side = "target" if subject_side == "source" else "source"
    if len(before) > 1 and _coordinated(words, before[-2], before[-1]):
        before = []  # "Russia and China signed...": no single giver
    if before and subject_side not in sides:
        roles.append(RoleAssignment(subject_side, before[-1].name, before[-1].kind))
    if after and object_side not in sides and not passive:
        roles.append(RoleAssignment(object_side, after[0].name, after[0].kind))
    return roles


_COMMODITIES = frozenset({"gas", "oil", "coal", "energy", "arms", "weapons", "missiles", "grain"})


_COMMODITY_ADJECTIVES = frozenset({"natural", "liquefied", "crude", "refined", "raw", "piped"})


def _names_a_commodity(words: tuple[Word, ...], mention: Mention) -> bool:
    """ "Russian gas", "Chinese natural gas": the name says where the commodity comes from."""
    following = [w for w in words if w.start >= mention.end][:3]
    while following and following[0].lower in _COMMODITY_ADJECTIVES:
        following = following[1:]
    return bool(following) and following[0].lower in _COMMODITIES


def _near(words: tuple[Word, ...], verb: Word, mention: Mention, limit: int) -> bool:
    return len([w for w in words if verb.end <= w.start and w.end <= mention.start]) <= limit


def _gave_way(words: tuple[Word, ...], index: int) -> bool:
    """ "Shamir gave in to Washington", "gave up": yielding, not giving anything to anyone."""
    return (
        words[index].stem == "give"
        and index + 1 < len(words)
        and words[index + 1].lower in ("in", "up", "way")
    )


def _direction_roles(
    words: tuple[Word, ...], actors: list[Mention], sided: set[str]
) -> list[RoleAssignment]:
    """Where a turn leaves or a thing comes from, with no flow verb: "away from the West",
    "sanctions from the West" (side "departure"): never where it goes."""
    roles: list[RoleAssignment] = []
    previous: Mention | None = None
    for mention in actors:
        before = [w.lower for w in words if w.end <= mention.start][-2:]
        if before[-1:] == ["the"]:
            before = before[:-1]
        # "from the United States and Europe": each place of the list
        listed = (
            previous is not None
            and bool(roles)
            and roles[-1].name == previous.name
            and _coordinated(words, previous, mention)
        )
        if mention.name not in sided and (before[-1:] == ["from"] or listed):
            roles.append(RoleAssignment("departure", mention.name, mention.kind))
        previous = mention
    return roles


def _coordinated(words: tuple[Word, ...], first: Mention, second: Mention) -> bool:
    between = [w.lower for w in words if first.end <= w.start and w.end <= second.start]
    return between in (["and"], [], ["or"])


def _preceding_word(words: tuple[Word, ...], offset: int) -> str | None:
    previous = [w for w in words if w.end <= offset]
    if not previous:
        return None
    last = previous[-1]
    if last.lower == "the" and len(previous) > 1:
        return previous[-2].lower
    return last.lower
