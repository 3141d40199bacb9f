"""Roles in the entities comparator: the side a claim gives each name (source and target,
a trip's stops, the maker) against the fact's fillers of that side. The fact's filler there
matches; the filler of the opposite side is a swap; another place on a trip, or a capital
where the fact has another city, conflicts; another party may make another relation."""

from __future__ import annotations

from itertools import pairwise

from factcli.capitals import CAPITALS
from factcli.parse import ParsedText
from factcli.values import RoleAssignment
from factcli.verdict.facts import FactView, Filler
from factcli.verdict.findings import AnotherSubject, Element, Finding, Kind, Status

# Which kinds may stand in for each other in a role; any other kind only for itself (a
# region may hold a country: neither is the other's rival). "unknown" is an unrecognised name.
COMPATIBLE = {
    "unknown": frozenset({"organization", "unknown"}),
}
# Sides whose fillers are the parties of a relation: swapping them is an error, replacing
# one with a third party makes another relation ("Russia sells S-400s to India").
PARTY_SIDES = frozenset({"source", "target", "owner", "subject", "winner", "loser"})
OPPOSITE_SIDES = {
    "source": "target",
    "target": "source",
    "owner": "subject",
    "subject": "owner",
    "previous_stop": "next_stop",
    "next_stop": "previous_stop",
    "winner": "loser",
    "loser": "winner",
}
TRIP_SIDES = frozenset({"destination", "previous_stop", "next_stop", "visitor"})


def compatible(claim_kind: str, fact_kind: str) -> bool:
    return fact_kind in COMPATIBLE.get(claim_kind, frozenset({claim_kind}))


def pinned(view: FactView, claim_names: frozenset[str]) -> bool:
    """Does the claim name a thing that fills a role of the fact, not as a party (the
    pipeline a supply runs through), and none of the fact's parties? Then the relation is
    that thing's, and another party in it is an error, not another relation ("the
    East-Route Pipeline will carry gas to Japan"). With a party named, another party is
    another relation of that party's ("Russia will pump gas to Japan through the pipeline");
    "Russia sells S-400s to India" names the S-400 only as what the fact is about."""
    if any(f.side in PARTY_SIDES and f.name in claim_names for f in view.fillers):
        return False  # "Atlantis will pump oil to Mu through the Reef Line": Atlantis's deal
    return any(
        f.kind == "product" and f.side is None and f.name in claim_names for f in view.fillers
    )


def role_findings(claim: ParsedText, view: FactView) -> list[Finding]:
    """A role the claim gives to the entity the fact has there matches. It conflicts when the
    claim gives it only to another: the fact's filler of the opposite side (a swap), or, for
    a trip's stops and destination, another place."""
    found: list[Finding] = []
    leg = trip_leg(claim, view)
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
        held = filler is not None and pinned(view, claim.names)
        if filler is not None and side in PARTY_SIDES and not held:
            _another_party(claim, given, filler)
        if filler is None or (side in PARTY_SIDES and not held):
            continue
        rival = next((r for r in given if compatible(r.kind, filler.kind)), None)
        if rival is not None and side in TRIP_SIDES and _another_stop(rival.name, view):
            continue  # "his visit to Russia" against the leg to Kazakhstan before it
        if rival is not None and any(
            r.side == side and r.name == rival.name for r in view.statement.roles
        ):
            continue  # "may travel to Japan": the fact's other trip, in its subordinate clause
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


def _another_stop(place: str, view: FactView) -> bool:
    """Is the place another stop of the fact's trip (where it came from or goes next)?"""
    return any(f.name == place and f.side in _LEG_SIDES for f in view.fillers)


def _capital_findings(claim: ParsedText, view: FactView) -> list[Finding]:
    """A capital the claim gives a trip, in any of its clauses, where the fact has another
    city ("who flew to Jakarta" against "flew to Surabaya"): read as its country elsewhere,
    a capital is here the city itself."""
    found = []
    for filler in view.fillers:
        if filler.side not in TRIP_SIDES or filler.kind != "city":
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


def trip_leg(claim: ParsedText, view: FactView) -> bool | None:
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
    rival = next((r for r in given if compatible(r.kind, source.kind)), None)
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
        if role.side in PARTY_SIDES
    )


def _swapped(given: list[RoleAssignment], side: str, view: FactView) -> str | None:
    opposite = OPPOSITE_SIDES.get(side)
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
