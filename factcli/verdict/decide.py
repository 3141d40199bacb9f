"""The decision across facts: weigh every fact's findings into one verdict and a confidence.

The fact the claim is most surely about decides first: a conflict with it refutes. A
conflict with another fact refutes unless a fact the claim is at least as surely about
matches there; an element no fact covers, or words the store does not use, leave the claim
unverifiable; otherwise the facts support it.
"""

from __future__ import annotations

from collections.abc import Callable

from factcli.dates import find_dates
from factcli.mood import Mood
from factcli.parse import ParsedText
from factcli.verdict.about import content_coverage, topic_details
from factcli.verdict.assess import Assessment, claim_value, claim_values
from factcli.verdict.changed import unsettled_word
from factcli.verdict.compare import day_range
from factcli.verdict.entities import qualifies_title
from factcli.verdict.findings import (
    ENTITY_KINDS,
    NEGATION,
    VALUE_KINDS,
    Element,
    Finding,
    Kind,
    Status,
)
from factcli.verdict.modality import (
    PROSPECTIVE,
    deed_done,
    done_against_plan,
    unconfirmed_reason,
)
from factcli.verdict.periods import PERIOD, period_reason
from factcli.verdict.polarity import moved_words
from factcli.verdict.result import CheckResult, Evidence, Verdict
from factcli.verdict.trip_order import misplaced_end, reversed_order, unconfirmed_order

# How surely a claim is about a fact: its alignment (matches less conflicts), plus these
# weights for each key met by topic words and for a full retrieval score.
TOPIC_WEIGHT = 2
SIMILARITY_WEIGHT = 2
SCORE_TIE = 2  # retrieval scores this close say a claim reads as much like either fact
NEAREST_COVERING = 3  # facts nearest the claim whose words cover it, besides confirming ones
MIN_CONTENT_COVERAGE = 0.6  # share of a claim's topic words the facts must share to support it

# Confidence of each kind of verdict.
SUPPORT_BASE = 0.6  # supported, before coverage and similarity add up to SUPPORT_SPAN
SUPPORT_SPAN = 0.4
MAX_CONFIDENCE = 0.99
UNVERIFIABLE_CONFIDENCE = 0.6  # facts are about the claim but do not settle it
VALUE_CONFLICT_CONFIDENCE = 0.9  # refuted on a value or on polarity
NAME_CONFLICT_CONFIDENCE = 0.75  # refuted on a name, role or title only
NO_CANDIDATE_CONFIDENCE = 0.9  # no fact of the store comes near the claim
NOT_ABOUT_CONFIDENCE = 0.8  # near facts, none of them about the claim
_DECISIVE_CONFLICT_KINDS = VALUE_KINDS | {Kind.NEGATION}
_POLARITY_KINDS = frozenset({Kind.NEGATION, Kind.POLAR})
_IDENTITY_KINDS = frozenset({Kind.POST, Kind.TITLE})  # who someone is, not when they act


def decide(
    claim: str,
    parsed: ParsedText,
    assessments: list[Assessment],
    scores: dict[str, float],
    known: Callable[[str], bool] = lambda stem: True,
    subject: Callable[[], str] = lambda: "",
) -> CheckResult:
    """Weigh every fact's findings (see the module's docstring). `scores` are the facts'
    retrieval scores by id; `known` says whether any fact of the store uses a word stem;
    `subject` gives the party the whole article is about, which a fact may leave unnamed
    (asked only when a fact leaves a name of the claim's unsaid: it reads every fact)."""
    about = [a for a in assessments if a.about]
    runners = tuple(Evidence(a.view.fact, scores[a.view.fact.id]) for a in assessments)
    period = _another_period(parsed, assessments, about, scores)
    if period is not None:
        return _unverifiable(
            claim, (period_reason(period.view, period.missing[0]),), period, runners
        )
    if not about:
        return _not_about(claim, assessments, runners)

    weights = {
        id(a): _alignment(a)
        + TOPIC_WEIGHT * a.topics_met
        + SIMILARITY_WEIGHT * scores[a.view.fact.id] / 100
        for a in about
    }

    def weight(assessment: Assessment) -> float:
        """How surely the claim is about this fact: agreement, specificity, similarity."""
        return weights[id(assessment)]

    primary = max(about, key=weight)
    plan_read = _plan_read_most(parsed, assessments, about, scores)
    if plan_read is not None:
        return _unverifiable(
            claim, (unconfirmed_reason(parsed, plan_read.view),), plan_read, runners
        )
    if any(f.status is Status.CONFLICT for f in primary.findings):
        conflicts_of_primary = {
            f.element: (f, primary) for f in primary.findings if f.status is Status.CONFLICT
        }
        return _refuted(claim, parsed, conflicts_of_primary, [primary], scores, runners)
    qualified = [a for a in about if not a.structural_conflict]
    elements = claim_elements(parsed)
    matched: dict[Element, Finding] = {}
    conflicts: dict[Element, tuple[Finding, Assessment]] = {}
    surest_match: dict[Element, float] = {}
    for assessment in sorted(about, key=weight, reverse=True):
        for finding in assessment.findings:
            if (
                finding.status is Status.MATCH
                and assessment in qualified
                and not _of_another_date(finding, assessment)
            ):
                matched.setdefault(finding.element, finding)
                surest_match.setdefault(finding.element, weight(assessment))
            elif finding.status is Status.CONFLICT:
                conflicts.setdefault(finding.element, (finding, assessment))

    # A conflict stands unless a fact the claim is at least as surely about matches there.
    # A fact's denial is weighed as sure as its fact would be without it, and only a fact
    # about the same parties outweighs it ("Congress has not taken it up" is not outweighed
    # by "Trump called for it", which says nothing of Congress).
    def outweighed(element: Element, conflicting: Assessment) -> bool:
        if element.kind is not Kind.NEGATION or not conflicting.view.negated:
            return surest_match.get(element, float("-inf")) >= weight(conflicting)
        named = _named(conflicting)
        return any(
            weight(a) >= weight(conflicting) + 1 and named <= _named(a)
            for a in qualified
            if _matches(a, element)
        )

    open_conflicts = {e: c for e, c in conflicts.items() if not outweighed(e, c[1])}
    if open_conflicts:
        return _refuted(claim, parsed, open_conflicts, about, scores, runners)
    best = _best_support(qualified or about, scores)
    uncovered = [
        e
        for e in elements
        if e not in matched
        and not _the_writing_time(parsed, e, qualified)
        and not (e.kind is Kind.ENTITY and _agentless(best) and e.name == subject())
    ]
    if parsed.negated and NEGATION not in matched:
        uncovered.append(NEGATION)  # a denial that no fact confirms
    coverage, missing_words = content_coverage(
        parsed,
        [a.view for a in _covering(parsed, qualified, best, scores)],
        sum(e in matched for e in elements if e.kind is not Kind.ENTITY),
        known,
    )
    # A plan the claim reads at least as much like as the facts that support it: the claim
    # states that plan as done ("signed a joint statement" against "is expected to be
    # inked"). A reported fact the claim reads more like than any plan is what it states;
    # a plan never supports it.
    reported = [
        a
        for a in qualified
        if not done_against_plan(parsed, a.view)
        and not any(f.status is Status.CONFLICT for f in a.findings)
    ]
    surest = max([scores[a.view.fact.id] for a in reported], default=scores[best.view.fact.id])
    valued = any(_matches_a_value(a) for a in reported)  # a tie goes to agreeing values

    def outweighs(plan: Assessment) -> bool:
        score = scores[plan.view.fact.id]
        return score > surest or (score == surest and not valued)

    plan = next(
        (a for a in (best, *qualified) if done_against_plan(parsed, a.view) and outweighs(a)),
        None,
    )
    if plan is not None:
        return _unverifiable(claim, (unconfirmed_reason(parsed, plan.view),), plan, runners)
    details = topic_details(parsed, missing_words, known)
    denial = parsed.side_denial if not any(a.view.negated for a in qualified) else None
    misordered = reversed_order(parsed, qualified) or misplaced_end(parsed, about)
    if misordered is not None:
        finding, marked = misordered
        return _refuted(
            claim, parsed, {finding.element: (finding, marked)}, [marked], scores, runners
        )
    order = unconfirmed_order(parsed, matched, qualified)
    if uncovered or details or denial or order or coverage < MIN_CONTENT_COVERAGE or not qualified:
        reasons = [f"the store does not say {_describe_element(parsed, e)}" for e in uncovered]
        reasons += [f"the store does not say the trip went {o}" for o in order]
        if denial is not None:
            reasons.append(f"the store does not say what the claim's other clause denies "
                           f"('{denial}')")  # fmt: skip
        reasons += [f"the store does not say anything about '{word}'" for word in details]
        if coverage < MIN_CONTENT_COVERAGE:
            reasons.append(
                "the store does not mention " + ", ".join(f"'{w}'" for w in missing_words)
            )
        return _unverifiable(claim, tuple(reasons), best, runners)
    unsettled = unsettled_word(
        parsed,
        missing_words,
        best.view,
        (a.view for a in assessments if a not in qualified),
        [a.view for a in qualified],
    )
    if unsettled is not None:
        return _unverifiable(claim, (unsettled,), best, runners)
    apart = _subject_apart(parsed, qualified)
    if apart is not None:
        reason = f"the store does not say this of {apart}"
        return _unverifiable(claim, (reason,), best, runners)
    other = [
        t
        for t in parsed.relative_times
        if t.lower().startswith(("next", "last")) and t.lower() not in best.view.statement.lower
    ]  # "killed ten civilians last week" against a fact that says "last week" itself
    if other and not best.view.dates:
        # "will release the data by the middle of next year" against a plan with no date (a
        # time outside the writing's own; "this week" is the article's time, said or not)
        return _unverifiable(claim, (f"the store does not say when ('{other[0]}')",), best, runners)
    reasons = [f.reason for f in matched.values() if f.reason and f.element.kind is not Kind.POLAR]
    if best.view.fact.modality in PROSPECTIVE and not deed_done(parsed, best.view):
        reasons.append(f"the source says this is {best.view.fact.modality.value}")
    if not reasons:
        reasons.append("the claim restates the fact")
    confidence = SUPPORT_BASE + SUPPORT_SPAN * coverage * scores[best.view.fact.id] / 100
    return CheckResult(
        claim,
        Verdict.SUPPORTED,
        round(min(MAX_CONFIDENCE, confidence), 2),
        tuple(reasons),
        best.view.fact,
        decisive=tuple(_decisive_words(parsed, matched)),
        runners_up=runners,
    )


def _of_another_date(finding: Finding, assessment: Assessment) -> bool:
    """Is a matching amount the fact's at a date the claim contradicts ("about 400 million
    tons in 2014" against "375.8 million tons in 2015")? It confirms nothing of the claim's
    date; it says the fact is of another time."""
    return finding.element.kind is Kind.QUANTITY and any(
        f.status is Status.CONFLICT and f.element.kind is Kind.DATE for f in assessment.findings
    )


def _unverifiable(
    claim: str, reasons: tuple[str, ...], nearest: Assessment, runners: tuple[Evidence, ...]
) -> CheckResult:
    """not_enough_info for these reasons, naming the fact the claim reads most like."""
    return CheckResult(
        claim,
        Verdict.NOT_ENOUGH_INFO,
        UNVERIFIABLE_CONFIDENCE,
        reasons,
        nearest.view.fact,
        runners_up=runners,
    )


def _plan_read_most(
    parsed: ParsedText,
    assessments: list[Assessment],
    about: list[Assessment],
    scores: dict[str, float],
) -> Assessment | None:
    """The plan the claim reads most like, stated as done and not contradicted on what the
    plan fixes: the claim is about that plan, and facts it reads less like (an earlier
    visit's date) do not refute it ("Putin visited Beijing in September to attend the
    parade" against "is expected to attend")."""
    nearest = max(assessments, key=lambda a: scores[a.view.fact.id])
    if nearest not in about or not done_against_plan(parsed, nearest.view):
        return None
    if any(f.status is Status.CONFLICT for f in nearest.findings):
        return None
    if any(f.status is Status.CONFLICT and f.element.kind in _IDENTITY_KINDS for a in about
           for f in a.findings):  # fmt: skip
        return None  # "Chinese Premier Xi held talks": a wrong post, whenever the talks are
    if any(
        _matches_a_value(a)
        and not done_against_plan(parsed, a.view)
        and not any(f.status is Status.CONFLICT for f in a.findings)
        for a in about
    ):
        return None  # a reported fact agrees on the claim's values: "trade amounted to $95bn"
    return nearest


def _another_period(
    parsed: ParsedText,
    assessments: list[Assessment],
    about: list[Assessment],
    scores: dict[str, float],
) -> Assessment | None:
    """The fact the claim reads most like, when it was set aside as being about another
    period: then the claim is about that other period, and facts it reads less like do
    not refute it ("Russia was China's ninth-largest partner in 2013": the 2014 rank is
    set aside, and China's place among Russia's partners is another relation)."""
    if not assessments:
        return None
    nearest = max(assessments, key=lambda a: scores[a.view.fact.id])
    if nearest.about or not nearest.missing or not nearest.missing[0].startswith(PERIOD):
        return None
    conflicting = [a for a in about if any(f.status is Status.CONFLICT for f in a.findings)]
    if any(scores[a.view.fact.id] >= scores[nearest.view.fact.id] - SCORE_TIE for a in conflicting):
        return None  # a fact the claim reads as much like refutes it
    if parsed.mood.mood is Mood.PLANNED and any(
        a.view.fact.modality in PROSPECTIVE for a in conflicting
    ):
        return None  # "was expected to hit $200bn in 2025": a goal, which a goal's date refutes
    if any(a not in conflicting and _matches_a_value(a) for a in about):
        return None  # a fact of the claim's own period agrees on its values
    return nearest


_ACTORS = frozenset({"person", "organization", "group", "unknown"})
_SORTS = {"group": "organization", "unknown": "organization"}


def _subject_apart(parsed: ParsedText, qualified: list[Assessment]) -> str | None:
    """The claim's subject, when the facts that agree on its values never name it and
    another fact does ("Costco has more than 100 million members" against Prime's 100
    million members and a list of rivals that names Costco): the values are another's."""
    subject = next((m for m in parsed.mentions if not m.adjective and not m.possessive), None)
    if subject is None or subject.kind not in _ACTORS:
        return None
    if parsed.text[: subject.start].strip().lower() not in ("", "the"):
        return None  # no body or person opens the claim
    element = Element.named(Kind.ENTITY, subject.name)
    valued = [a for a in qualified if _matches_a_value(a)]
    if not valued or any(_matches(a, element) for a in valued):
        return None
    if not any(_matches(a, element) for a in qualified):
        return None
    # The facts that agree on the values name another party of the subject's sort.
    sort = _SORTS.get(subject.kind, subject.kind)
    others = {
        m.name
        for a in valued
        for m in a.view.statement.mentions
        if _SORTS.get(m.kind, m.kind) == sort and m.name != subject.name
    }
    return subject.name if others else None


def _agentless(assessment: Assessment) -> bool:
    """Does the fact name no person nor body but its speaker ("Rosekind said the
    accumulated penalties have topped $1 million")? Then it may be about the party the
    whole article is about."""
    view = assessment.view
    speaker = view.fact.attribution.name
    return assessment.about and not any(
        m.kind in _PARTIES and m.name != speaker for m in view.statement.mentions
    )


_PARTIES = frozenset({"person", "organization", "group"})


def _the_writing_time(parsed: ParsedText, element: Element, facts: list[Assessment]) -> bool:
    """Is the element a date that takes in the day the source was written, where the facts
    are plans or expectations that give no date at all ("are set to sign a cyber pact in
    the first half of 2015" against an article of May 2015 that says they will sign it)?
    An undated plan is of its writing's time: the date adds nothing to check."""
    # a reported state holds when written, not over the whole span: plans only
    plans = [a for a in facts if a.view.fact.modality in PROSPECTIVE]
    if element.kind is not Kind.DATE or not plans or any(a.view.dates for a in plans):
        return False
    written = plans[0].view.fact.source.date or ""
    when = find_dates(written[:10])
    span = day_range(parsed.dates[element.number], None)
    day = day_range(when[0], None) if when else None
    return span is not None and day is not None and span[0] <= day[0] and day[1] <= span[1]


def _matches(assessment: Assessment, element: Element) -> bool:
    return any(f.status is Status.MATCH and f.element == element for f in assessment.findings)


def _named(assessment: Assessment) -> frozenset[Element]:
    """The claim's names a fact matches."""
    return frozenset(
        f.element
        for f in assessment.findings
        if f.status is Status.MATCH and f.element.kind is Kind.ENTITY
    )


def _matches_a_value(assessment: Assessment) -> bool:
    return any(
        f.status is Status.MATCH and f.element.kind in VALUE_KINDS for f in assessment.findings
    )


def claim_elements(parsed: ParsedText) -> list[Element]:
    """The elements that must each be matched for the claim to be supported: its values,
    and the names that are parties (not adjectives, not the country of a title)."""
    names = {m.name for m in parsed.mentions if m.kind in ENTITY_KINDS and not m.adjective}
    names -= {m.name for m in parsed.mentions if m.possessive and qualifies_title(parsed, m)}
    names -= _event_places(parsed)
    moves = [Element.named(Kind.POLAR, word) for word in moved_words(parsed)]
    return (
        claim_values(parsed) + moves + [Element.named(Kind.ENTITY, name) for name in sorted(names)]
    )


_PLACE_KINDS = frozenset({"country", "region", "city", "group"})


def _event_places(parsed: ParsedText) -> set[str]:
    """Places that say where a named event took place ("the end of World War Two in
    Europe"): they narrow the event, no party of the claim's own, and are not compared."""
    events = [m for m in parsed.mentions if m.kind == "event"]
    return {
        m.name
        for m in parsed.mentions
        if m.kind in _PLACE_KINDS
        and any(parsed.text[e.end : m.start].strip().lower() in ("in", "in the") for e in events)
    }


def _describe_element(parsed: ParsedText, element: Element) -> str:
    if element.kind is Kind.NEGATION:
        return f"what the claim denies ('{parsed.negations[0]}')"
    if element.kind is Kind.POLAR:
        return f"'{element.name}'"
    if element.kind is Kind.ENTITY:  # in the claim's words: "Minsk", not "Belarus"
        named = [m for m in parsed.mentions if m.name == element.name]
        named.sort(key=lambda m: m.adjective)  # "Minsk" rather than "Belarusian"
        said = parsed.text[named[0].start : named[0].end] if named else element.name
        return f"anything about {said} here"
    return f"'{_value_text(parsed, element).strip()}'"


def _value_text(parsed: ParsedText, element: Element) -> str:
    """The claim's words for one of its values."""
    return claim_value(parsed, element).text


def _alignment(assessment: Assessment) -> int:
    """How well a fact lines up with the claim: its matched values, names and roles, less
    its conflicts. Agreeing on polarity alone says little: it does not count."""
    matches = sum(
        f.status is Status.MATCH and f.element.kind not in _POLARITY_KINDS
        for f in assessment.findings
    )
    return matches - sum(f.status is Status.CONFLICT for f in assessment.findings)


def _covering(
    parsed: ParsedText, qualified: list[Assessment], best: Assessment, scores: dict[str, float]
) -> list[Assessment]:
    """The facts whose words may cover the claim's: the best support, the facts that confirm
    a name, a value or a word with an opposite of it, and the other clauses of their
    sentences. A fact that only shares words says nothing of the claim's other words ("a
    fixed point" on the screen is no "fixed direction" of the dots)."""
    confirming = [
        a
        for a in qualified
        if a is best
        or any(f.status is Status.MATCH and f.element.kind is not Kind.NEGATION for f in a.findings)
    ]
    nearest = sorted(qualified, key=lambda a: -scores[a.view.fact.id])[:NEAREST_COVERING]
    sentences = {a.view.fact.quote for a in confirming}  # a sentence's clauses, drafted apart
    covering = [
        a for a in qualified if a in confirming or a in nearest or a.view.fact.quote in sentences
    ]
    people = {m.name for m in parsed.mentions if m.kind == "person"}
    if not people or best.view.statement.content_words():
        return covering
    # The best support only names ("Bill de Blasio is the mayor"): what the claim says the
    # people it names did must come from facts that name them, not from facts about others.
    return [a for a in covering if a is best or a.view.names & people]


def _best_support(assessments: list[Assessment], scores: dict[str, float]) -> Assessment:
    """The fact that supports the claim most: the one that confirms its amounts, then the
    one with most matches ("revenue climbed to $40.87 billion", not "Humana reported
    second-quarter results"), then the nearest."""
    return max(
        assessments,
        key=lambda a: (
            sum(f.status is Status.MATCH and f.element.kind is Kind.QUANTITY for f in a.findings),
            sum(f.status is Status.MATCH for f in a.findings),
            scores[a.view.fact.id],
        ),
    )


def _refuted(
    claim: str,
    parsed: ParsedText,
    conflicts: dict[Element, tuple[Finding, Assessment]],
    about: list[Assessment],
    scores: dict[str, float],
    runners: tuple[Evidence, ...],
) -> CheckResult:
    # The evidence is a conflicting fact that otherwise agrees with the claim the most.
    open_elements = set(conflicts)
    conflicting = [
        a
        for a in about
        if any(f.status is Status.CONFLICT and f.element in open_elements for f in a.findings)
    ]
    evidence = max(
        conflicting,
        key=lambda a: (
            not a.structural_conflict,
            sum(f.status is Status.MATCH for f in a.findings)
            - sum(f.status is Status.CONFLICT for f in a.findings),
            scores[a.view.fact.id],
        ),
    )
    reasons = [f.reason for f in evidence.findings if f.status is Status.CONFLICT]
    reasons += [f.reason for f, a in conflicts.values() if a is not evidence]
    on_values = any(element.kind in _DECISIVE_CONFLICT_KINDS for element in conflicts)
    decisive = [word for f, _ in conflicts.values() for word in _conflict_words(parsed, f)]
    return CheckResult(
        claim,
        Verdict.REFUTED,
        VALUE_CONFLICT_CONFIDENCE if on_values else NAME_CONFLICT_CONFIDENCE,
        tuple(dict.fromkeys(reasons)),
        evidence.view.fact,
        decisive=tuple(decisive),
        runners_up=runners,
    )


def _not_about(
    claim: str, assessments: list[Assessment], runners: tuple[Evidence, ...]
) -> CheckResult:
    if not assessments:
        return CheckResult(
            claim,
            Verdict.NOT_ENOUGH_INFO,
            NO_CANDIDATE_CONFIDENCE,
            ("no fact in the store is about this claim",),
            None,
            related=False,
        )
    nearest = assessments[0]
    missing = ", ".join(_in_words(m) for m in nearest.missing)
    reason = (
        "no fact in the store is about this claim "
        f"(the nearest, '{nearest.view.fact.id}', is about {missing})"
    )
    if nearest.missing and nearest.missing[0].startswith(PERIOD):
        reason = period_reason(nearest.view, nearest.missing[0])
    return CheckResult(
        claim,
        Verdict.NOT_ENOUGH_INFO,
        NOT_ABOUT_CONFIDENCE,
        (reason,),
        nearest.view.fact,
        runners_up=runners,
        related=False,
    )


def _in_words(missing: str) -> str:
    """A key the claim misses, as words: "trade|commerce" is "trade or commerce"."""
    alternatives = missing.split("|")
    if len(alternatives) == 1:
        return missing
    shown = alternatives[:4] + (["..."] if len(alternatives) > 4 else [])
    return "one of " + ", ".join(shown)


def _element_words(parsed: ParsedText, finding: Finding) -> list[str]:
    """The claim's words for the element of a finding, for highlighting."""
    element = finding.element
    if element.kind in VALUE_KINDS:
        return [_value_text(parsed, element)]
    if element.kind is Kind.ENTITY:
        return [parsed.text[m.start : m.end] for m in parsed.mentions if m.name == element.name][:1]
    if element.kind is Kind.POLAR:
        return [element.name]
    if element.kind is Kind.NEGATION:
        return list(parsed.negations)
    if element.kind is Kind.POST:  # "Foreign Minister" given to Cheng Guoping
        return [parsed.text[p.start : p.end] for p in parsed.posts if p.holder == element.name][:1]
    return []


def _conflict_words(parsed: ParsedText, finding: Finding) -> list[str]:
    """The claim's words a conflict is on: of a role, the name the claim puts there."""
    if finding.element.kind is not Kind.ROLE:
        return _element_words(parsed, finding)
    names = {r.name for r in parsed.roles if r.side == finding.element.name}
    return [parsed.text[m.start : m.end] for m in parsed.mentions if m.name in names][:1]


def _decisive_words(parsed: ParsedText, matched: dict[Element, Finding]) -> list[str]:
    return [word for finding in matched.values() for word in _element_words(parsed, finding)]
