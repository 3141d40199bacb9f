"""Compare a claim with one fact: every comparator in turn, element by element.

Each comparator is a module with `findings(claim, view, scope)`; COMPARATORS runs them in
order (the order of the reasons a verdict gives). A new kind of element is a new module and
one line here. Fuzzy text similarity never enters: only parsed values, names and words.
"""

import re
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from factcli.lazy_re import lazy_compile
from factcli.lexicon import stem_set
from factcli.parse import ParsedText
from factcli.polar import TRIP_ENDS, TRIP_PARTS
from factcli.values import DateSpan, Quantity, Rank
from factcli.verdict import (
    agents,
    dates,
    entities,
    pairings,
    polarity,
    posts,
    quantities,
    ranks,
    roles,
    sequence,
)
from factcli.verdict.about import KeyReading, content_coverage, read_keys
from factcli.verdict.compare import within_magnitude
from factcli.verdict.facts import FactView
from factcli.verdict.findings import (
    STRUCTURAL_KINDS,
    VALUE_KINDS,
    AnotherSubject,
    Element,
    Finding,
    Kind,
    Scope,
    Status,
)
from factcli.verdict.modality import done_against_plan, plan_after_event, timeless
from factcli.verdict.periods import (
    PERIOD,
    another_period,
    deadline,
    earlier_level,
    in_relative_clause,
    later_level,
    milestone,
    target_level,
    undated_trend,
)

Comparator = Callable[[ParsedText, FactView, Scope], Sequence[Finding]]
COMPARATORS: tuple[Comparator, ...] = (
    quantities.findings,
    dates.findings,
    ranks.findings,
    entities.findings,
    posts.findings,
    polarity.findings,
    sequence.findings,
    pairings.findings,
    agents.findings,
)


ANOTHER_EVENT = "another event"
_TRIP_PART_STEMS = stem_set(TRIP_PARTS)


class Assessment(NamedTuple):
    """Everything one fact says of one claim."""

    view: FactView
    findings: tuple[Finding, ...]
    about: bool
    missing: tuple[str, ...]
    topics_met: int = 0  # keys met by topic words (see read_keys)

    @property
    def structural_conflict(self) -> bool:
        """The fact puts another entity in a role of the claim: it cannot vouch for the rest."""
        return any(
            f.status is Status.CONFLICT and f.element.kind in STRUCTURAL_KINDS
            for f in self.findings
        )


def assess(
    claim: ParsedText,
    view: FactView,
    eligible: Mapping[Element, set[str]],
    keyed: ParsedText | None = None,
    reading: KeyReading | None = None,
    confirmed: frozenset[Element] = frozenset(),
    context_dates: tuple[DateSpan, ...] = (),
) -> Assessment:
    """Compare a claim with one fact. `eligible` limits which slots a value may be compared
    with, when its cue words point at particular slots. `keyed` is the claim with its
    context (the sentence before): it decides what the claim is about, and which names it
    has already mentioned; only the claim itself is compared. `confirmed` holds the claim's
    values other facts match: a compound sentence spreads its values over several facts.
    `context_dates` are the dates of the sentence's earlier clauses."""
    keyed = keyed or claim
    keys = reading or read_keys(keyed, view)
    if keys.missing:  # most candidates: set aside before the claim is prepared for this fact
        return Assessment(view, (), False, keys.missing)
    if _another_piece(claim, view):  # "Xi published an article in Rossiyskaya Gazeta"
        return Assessment(view, (), False, (f"{ANOTHER_EVENT} (another piece of writing)",))
    unsaid = polarity.denied_deed_unsaid(claim, view)
    if unsaid is not None:  # "pledged not to attack" against a pledge to cooperate
        return Assessment(view, (), False, (f"{ANOTHER_EVENT} (it says nothing of '{unsaid}')",))
    claim = entities.as_their_country(claim)  # "Russia's gas producer Gazprom": Russia
    claim = quantities.as_money(claim, view)  # "300bn trade": a sum of money
    claim = quantities.as_multiplier(claim, view)  # "grow by 50%" against "double"
    other = another_period(claim, view)
    if other is not None and roles.swapped_parties(claim, view):
        # "China became the top partner of Russia in 2009" against Russia's rank among
        # China's partners: another relation, whatever its period
        return Assessment(view, (), False, ("another relation (the parties swapped)",))
    if other is not None:
        return Assessment(view, (), False, (f"{PERIOD} {other}",))
    later = later_level(claim, view)
    if later is not None:  # a level to be reached by a later date: not this one
        return Assessment(view, (), False, (f"{ANOTHER_EVENT} (a level to reach by {later})",))
    target = target_level(claim, view)
    if target is not None:  # a level now against a level to reach by a later date
        return Assessment(view, (), False, (f"{ANOTHER_EVENT} (a level to reach by {target})",))
    earlier = earlier_level(claim, view)
    if earlier is not None:  # a level reached by an earlier date: not today's
        return Assessment(view, (), False, (f"{PERIOD} {earlier}",))
    if polarity.habit_against_event(claim, view):  # "the ratio fell" against "typically"
        return Assessment(view, (), False, (f"{ANOTHER_EVENT} (what usually happens)",))
    mover = polarity.moved_by_another(claim, view)
    if mover is not None:  # "stocks rallied" against "bond yields moved higher"
        return Assessment(view, (), False, (f"{ANOTHER_EVENT} (it says nothing of '{mover}')",))
    scope = Scope(eligible, keyed.names, context_dates)
    found: list[Finding] = []
    try:
        for comparator in COMPARATORS:
            found += comparator(claim, view, scope)
    except AnotherSubject as another:
        return Assessment(view, (), False, (f"{another.name} (the claim names another)",))
    found = polarity.denied_value(claim, found)
    if done_against_plan(claim, view):
        found = timeless(claim, found)
    if plan_after_event(claim, view, found):
        return Assessment(view, (), False, (f"{ANOTHER_EVENT} (a plan after a past event)",))
    found = undated_trend(claim, view, found)
    if milestone(claim, view, found):
        return Assessment(view, (), False, (f"{ANOTHER_EVENT} (another level at another time)",))
    allowed = frozenset(
        Element.value(Kind.QUANTITY, i)
        for i, q in enumerate(claim.quantities)
        if within_magnitude(q, view.fact.statement)
    )
    if _another_of_its_kind(claim, view, found):  # "rebuffed another offer in 2016"
        return Assessment(view, (), False, (f"{ANOTHER_EVENT} (another of its kind)",))
    if _another_event(claim, found, confirmed | allowed):
        return Assessment(view, (), False, (f"{ANOTHER_EVENT} (another entity and value)",))
    if _little_in_common(claim, view, found):
        return Assessment(view, (), False, (f"{ANOTHER_EVENT} (little in common)",))
    return Assessment(view, tuple(found), True, (), keys.topics_met)


_PIECES = frozenset({"article", "story", "report", "piece", "column", "op-ed", "essay"})
_INDEFINITE = frozenset({"a", "an", "another"})


def _another_piece(claim: ParsedText, view: FactView) -> bool:
    """Does the claim speak of a piece of writing other than the source ("has published an
    article ... in the Rossiyskaya Gazeta"), against a fact about the source itself (its
    title, author, publisher, date)? "An article" in an outlet the fact does not name is
    not the article; "DW published an article on Xi's trip" may be."""
    if "article" not in view.fact.topics:
        return False
    elsewhere = any(m.kind in _OUTLET_KINDS and m.name not in view.names for m in claim.mentions)
    return elsewhere and any(
        word.lower in _INDEFINITE
        and any(w.lower in _PIECES for w in claim.words_after(word.end, 2))
        for word in claim.words
    )


_OUTLET_KINDS = frozenset({"organization", "unknown"})


def claim_values(claim: ParsedText) -> list[Element]:
    """The claim's quantities, dates and ranks, as elements."""
    values = [Element.value(Kind.QUANTITY, i) for i in range(len(claim.quantities))]
    values += [Element.value(Kind.DATE, i) for i in range(len(claim.dates))]
    values += [Element.value(Kind.RANK, i) for i in range(len(claim.ranks))]
    return values


def _another_event(
    claim: ParsedText, found: list[Finding], confirmed: frozenset[Element] = frozenset()
) -> bool:
    """Another entity in a role or another date, and a value the fact does not confirm
    besides: a different event, not an error in this one ("Xi will visit Washington in late
    September", "Putin will spend three days in Beijing in September")."""
    conflicting = {f.element for f in found if f.status is Status.CONFLICT}
    if any(f.element == roles.SHARED_STOP and f.status is Status.MATCH for f in found):
        return False  # another stop next to one of the fact's: the same trip
    if claim.stems & _TRIP_PART_STEMS and any(w.lower in TRIP_ENDS for w in claim.words):
        return False  # "as the last stop, Xi will visit Poland": a stop of the fact's trip
    if _RECURRING.search(claim.text) and any(_ordinal(claim, e) for e in conflicting):
        return True  # "the annual parade ... the 80th anniversary": another year's parade
    if not any(e.kind in (Kind.ENTITY, Kind.DATE) for e in conflicting):
        return False
    if _another_period_s_figure(claim, conflicting):
        return True
    matched = {f.element for f in found if f.status is Status.MATCH}
    if len(conflicting) == 1 and all(e.kind is Kind.DATE for e in conflicting):
        matched |= confirmed  # one wrong date in a sentence whose other values hold elsewhere
    # A value in a clause hung on the main one ("as some two dozen leaders headed to Moscow")
    # is that clause's own: it makes the main statement no other event.
    starts = {value: _value_start(claim, value) for value in claim_values(claim)}
    unconfirmed = [
        value
        for value, start in starts.items()
        if value not in matched
        and not claim.in_adjunct(start)
        and not in_relative_clause(claim.text, start)
    ]
    if any(e.kind is Kind.ENTITY for e in conflicting):
        return bool(unconfirmed)
    # A date alone may be the error; a date and an amount the fact lacks are another event,
    # unless the fact shares an amount with the claim ("a 30-year deal ... worth $400bn",
    # "Putin set a target of $200bn by 2025" against China's $200bn by 2020).
    if any(e.kind in (Kind.QUANTITY, Kind.RANK) for e in matched - confirmed):
        return False
    if any(e.kind is Kind.DATE for e in conflicting) and _other_actor(claim, found):
        return True  # "In March 2006, Gazprom and CNPC signed a protocol ..."
    return any(v not in conflicting and v.kind is not Kind.DATE for v in unconfirmed)


def _another_period_s_figure(claim: ParsedText, conflicting: set[Element]) -> bool:
    """Another year or month and another figure ("fell 6% in 2022" against "an 8% drop in
    2023"): the figure of another period, not an error in this one. A day ("on May 9")
    dates an event, and a deadline ("by 2025") a goal: those still conflict."""
    periods = [
        span
        for e in conflicting
        if e.kind is Kind.DATE
        and (span := claim.dates[e.number]).start.day is None
        and not deadline(claim, span)
    ]
    figures = [
        e
        for e in conflicting
        if e.kind is Kind.QUANTITY and claim.quantities[e.number].dimension != "time"
    ]
    return bool(periods and figures)


MIN_SHARED_CONTENT = 0.5  # share of a claim's words a fact must say to refute it on a value


def _little_in_common(claim: ParsedText, view: FactView, found: list[Finding]) -> bool:
    """A fact that conflicts on a date or an amount, matches nothing the claim names or
    counts, and says less than half of the claim's words, is about another event
    ("parliament passed the anti-terrorism bill in July 2015" against "Tunisians elected a
    parliament last fall")."""
    conflicting = [f for f in found if f.status is Status.CONFLICT]
    if not conflicting or any(
        f.element.kind not in (Kind.DATE, Kind.QUANTITY) for f in conflicting
    ):
        return False
    if any(f.status is Status.MATCH and f.element.kind is not Kind.NEGATION for f in found):
        return False  # it agrees on a value, a name or a word with an opposite
    coverage, _ = content_coverage(claim, [view])
    return coverage < MIN_SHARED_CONTENT


def claim_value(claim: ParsedText, element: Element) -> Quantity | DateSpan | Rank:
    """The claim's value a quantity, date or rank element stands for."""
    if element.kind is Kind.QUANTITY:
        return claim.quantities[element.number]
    if element.kind is Kind.DATE:
        return claim.dates[element.number]
    return claim.ranks[element.number]


def _value_start(claim: ParsedText, element: Element) -> int:
    """Where the claim's value (a quantity, date or rank element) starts."""
    value = claim_value(claim, element)
    return value.start_offset if isinstance(value, DateSpan) else value.start


_ACTOR_KINDS = frozenset({"organization", "person", "unknown"})
# "another offer", "a fresh bid": one more of the kind the fact tells of, not that one ("a
# second" is left out: "for a second consecutive year" counts the fact's own years).
_ANOTHER = lazy_compile(r"\b(?:another|a\s+(?:further|fresh))\b", re.IGNORECASE)


def _another_of_its_kind(claim: ParsedText, view: FactView, found: list[Finding]) -> bool:
    """Does the claim tell of another one of what the fact tells, with a value of its own?"""
    if "another" not in claim.lower and " a " not in claim.lower:
        return False
    return (
        _ANOTHER.search(claim.text) is not None
        and _ANOTHER.search(view.fact.statement) is None
        and any(f.status is Status.CONFLICT and f.element.kind in VALUE_KINDS for f in found)
    )


_RECURRING = lazy_compile(r"\b(?:annual|yearly|every\s+year|each\s+year)\b", re.IGNORECASE)
_ORDINAL = lazy_compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|\w+tieth|\w+teenth)\b",
    re.IGNORECASE,
)


def _ordinal(claim: ParsedText, element: Element) -> bool:
    """Is the element an ordinal of the claim ("80th"), which numbers an occurrence?"""
    if element.kind is Kind.RANK:
        return claim.ranks[element.number].kind == "ordinal"
    if element.kind is Kind.QUANTITY:
        return _ORDINAL.search(claim.quantities[element.number].text) is not None
    return False


def _other_actor(claim: ParsedText, found: list[Finding]) -> bool:
    """Does the claim name a body, a person or a name no table knows that the fact does not
    (a party of its own: "Medicare" against a fact on Medicaid)?"""
    matched = {f.element.name for f in found if f.element.kind is Kind.ENTITY}
    return any(
        m.kind in _ACTOR_KINDS
        and not m.possessive
        and m.name not in matched
        and _OF_BEFORE.search(claim.text, max(0, m.start - 48), m.start) is None
        for m in claim.mentions
    )


# "at the invitation of Russian President Vladimir Putin": a name after "of" belongs to
# another noun, not a party acting in the claim's event.
_OF_BEFORE = lazy_compile(r"\bof\s+(?:(?:the\s+)?[A-Z][\w'.-]*\s+){0,3}\Z")
