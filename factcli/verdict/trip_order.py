"""The order of a trip's stops: a claim's order of stops that the facts give the other way
round, or do not give at all, and a stop called the trip's first or last where the facts put
another beyond it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcli.lazy_re import lazy_compile
from factcli.lexicon import stem_set
from factcli.parse import ParsedText
from factcli.polar import TRIP_ENDS, TRIP_PARTS
from factcli.values import PLACE_KINDS, RoleAssignment
from factcli.verdict.assess import Assessment
from factcli.verdict.facts import Filler
from factcli.verdict.findings import Element, Finding, Kind, Status
from factcli.verdict.roles import main_roles

_ORDER_SIDES = ("previous_stop", "next_stop")


def unconfirmed_order(
    parsed: ParsedText, matched: dict[Element, Finding], qualified: list[Assessment]
) -> list[str]:
    """The order of stops the claim gives ("Belarus first, then Kazakhstan") that no fact
    confirms, where the facts put both places on the trip: each may be a stop, yet the
    store does not give that order (a fact whose trip ends where the claim's begins sets
    the order aside as another leg). "Kazakhstan, then Russia" is confirmed by a fact with
    Kazakhstan before Russia as by one with Russia after Kazakhstan."""
    said = _stop_pairs(main_roles(parsed))
    known = {pair for a in qualified for pair in _stop_pairs(a.view.fillers)}
    stops = {name for pair in known for name in pair}
    sides = {Element.named(Kind.ROLE, side) for side in _ORDER_SIDES}
    if sides & matched.keys():
        return []
    later = _later_stops(known)  # the order the facts give together
    return [
        f"to {first} before {second}"
        for first, second in said
        if second not in later.get(first, set()) and first in stops and second in stops
    ]


def _later_stops(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Every stop after each stop of a trip, through its legs (earlier, later) pairs."""
    later: dict[str, set[str]] = {}
    for first, second in pairs:
        later.setdefault(first, set()).add(second)
    changed = True
    while changed:
        changed = False
        for after in later.values():
            reached = set().union(*(later.get(s, set()) for s in after)) - after
            if reached:
                after |= reached
                changed = True
    return later


def reversed_order(
    parsed: ParsedText, qualified: list[Assessment]
) -> tuple[Finding, Assessment] | None:
    """Two stops the claim puts in the order opposite to the trip the facts give together
    ("Belarus first, then Kazakhstan", where one fact has Kazakhstan before Russia and
    another Russia before Belarus): a conflict on the order, shown on the fact whose stop
    comes first. None when the facts give no order of the two, or the claim's."""
    known = {pair: a for a in qualified for pair in _stop_pairs(a.view.fillers)}
    later = _later_stops(known)
    for first, second in _stop_pairs(main_roles(parsed)):
        if first in later.get(second, set()) and second not in later.get(first, set()):
            evidence = next(a for (start, _), a in known.items() if start == second)
            reason = f"the claim has {first} before {second}; the source has {second} first"
            finding = Finding(Element.named(Kind.ROLE, "order"), Status.CONFLICT, reason)
            return finding, evidence._replace(findings=(*evidence.findings, finding))
    return None


_END_OF_TRIP = lazy_compile(
    rf"\b(?P<end>{'|'.join(sorted(TRIP_ENDS))})\s+(?:{'|'.join(sorted(TRIP_PARTS))})\b", re.I
)
_SEQUENCE_WORDS = ("after", "before", "from", "following", "then")
_TRIP_PART_STEMS = stem_set(TRIP_PARTS)


def misplaced_end(parsed: ParsedText, about: list[Assessment]) -> tuple[Finding, Assessment] | None:
    """A stop the claim calls the trip's first or last where the facts together put
    another stop before or after it ("Kazakhstan is Xi's last stop", where he went on from
    there to Russia): a conflict on the order, shown on the fact that has the other stop."""
    if not parsed.stems & _TRIP_PART_STEMS:
        return None
    cue = _END_OF_TRIP.search(parsed.text)
    if cue is None:
        return None
    places = [
        m
        for m in parsed.mentions
        if m.kind in PLACE_KINDS and not parsed.lower[: m.start].rstrip().endswith(_SEQUENCE_WORDS)
    ]
    if not places:
        return None
    place = min(places, key=lambda m: min(abs(m.start - cue.end()), abs(cue.start() - m.end)))
    known = {pair: a for a in about for pair in _stop_pairs(a.view.fillers)}
    last = cue.group("end").lower() in ("last", "final")
    for (first, second), assessment in known.items():
        if (first if last else second) != place.name:
            continue
        other = second if last else first
        where = "after" if last else "before"
        reason = (
            f"the claim has {place.name} as the {cue.group('end').lower()} stop; "
            f"the source has {other} {where} it"
        )
        finding = Finding(Element.named(Kind.ROLE, "order"), Status.CONFLICT, reason)
        return finding, assessment._replace(findings=(*assessment.findings, finding))
    return None


def _stop_pairs(fillers: Iterable[RoleAssignment | Filler]) -> set[tuple[str, str]]:
    """The (earlier, later) places of a trip its roles give."""
    by_side: dict[str, str] = {}
    for filler in fillers:
        if filler.side is not None:
            by_side.setdefault(filler.side, filler.name)
    destination = by_side.get("destination")
    pairs = set()
    if destination is not None and "previous_stop" in by_side:
        pairs.add((by_side["previous_stop"], destination))
    if destination is not None and "next_stop" in by_side:
        pairs.add((destination, by_side["next_stop"]))
    return {(first, second) for first, second in pairs if first != second}
