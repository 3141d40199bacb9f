"""Check claims against a store: retrieve candidate facts, verify each, decide a verdict.

rapidfuzz only ranks candidates. The verdict comes from comparing parsed values, names,
roles and polarity (verify.py), across every fact the claim is about.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from factcli.entities import EntityIndex
from factcli.errors import ExitStatus
from factcli.lexicon import STOP_WORDS, stem_set, widened
from factcli.model import DateSlot, Fact, Modality, QuantitySlot, RankSlot, Store
from factcli.parse import ParsedText, parse_text
from factcli.retrieve import LazyStore, Retriever, TermIndex, open_store
from factcli.sentences import Segment, split_clauses
from factcli.values import DateSpan, Quantity, Rank
from factcli.verify import (
    Assessment,
    FactView,
    Finding,
    Status,
    assess,
    comparable_ranks,
    content_coverage,
    read_keys,
    slot_id,
)

CANDIDATES = 12  # facts verified per claim
PARSE_CACHE = 256  # recently parsed texts a checker keeps
RESULT_CACHE = 4096  # recent results a checker keeps: streams of claims repeat claims
CONTEXT_PIECES = 4  # clauses before a claim that may say who "he" or "it" is
MIN_CONTENT_COVERAGE = 0.6  # share of a claim's topic words the facts must share to support it


class Verdict(str, Enum):
    """The three FEVER labels."""

    SUPPORTED = "supported"
    REFUTED = "refuted"
    NOT_ENOUGH_INFO = "not_enough_info"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A fact weighed for a claim, with its retrieval score (0-100)."""

    fact: Fact
    score: float


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The verdict on one claim, the fact that decided it, and why."""

    claim: str
    verdict: Verdict
    confidence: float
    reasons: tuple[str, ...]
    fact: Fact | None
    decisive: tuple[str, ...] = ()  # the claim's words that decided the verdict
    runners_up: tuple[Evidence, ...] = ()
    related: bool = True  # some fact of the store is about the claim

    @property
    def modality(self) -> Modality | None:
        return self.fact.modality if self.fact else None


class Checker:
    """Checks claims against one store; build once, then check many claims."""

    def __init__(self, store: Store | LazyStore, index: TermIndex | None = None) -> None:
        self.store = store
        self.entities = EntityIndex(store.aliases)
        self.retriever = Retriever(store, self.entities, index)
        self._views: dict[str, FactView] = {}
        self._parsed: dict[str, ParsedText] = {}
        self._results: OrderedDict[tuple[str, tuple[str, ...]], CheckResult] = OrderedDict()

    @classmethod
    def from_paths(cls, paths: Sequence[str | os.PathLike[str]] | None = None) -> Checker:
        """A checker for the stores at `paths` (default: bundled), served from the cache."""
        return cls(*open_store(paths))

    def view(self, fact: Fact) -> FactView:
        """The prepared form of a fact, kept: each part is worked out once."""
        view = self._views.get(fact.id)
        if view is None:
            view = self._views[fact.id] = FactView(fact, self.entities)
        return view

    def parse(self, text: str) -> ParsedText:
        """Parse a text with the store's names, remembering recent texts: scanning parses
        each sentence as a clause and again as the context of the next."""
        parsed = self._parsed.get(text)
        if parsed is None:
            if len(self._parsed) >= PARSE_CACHE:
                self._parsed.pop(next(iter(self._parsed)))
            parsed = self._parsed[text] = parse_text(text, self.entities)
        return parsed

    def check(self, claim: str, context: str | Sequence[str] = "") -> CheckResult:
        """Check one claim. `context` (the text before it, or its pieces) says who "he" or
        "the two countries" are, in a claim that uses such words.

        A claim of several clauses ("Trade was $95bn in 2014, and China wants it to reach
        $200bn by 2020") holds when every clause holds: each is checked on its own.

        The result of a recent (claim, context) is remembered (RESULT_CACHE): a check
        depends on nothing else, and results are immutable."""
        pieces = [context] if isinstance(context, str) else list(context)
        key = (claim, tuple(pieces[-CONTEXT_PIECES:]))
        result = self._results.get(key)
        if result is not None:
            self._results.move_to_end(key)
            return result
        result = self._results[key] = self._check(claim, pieces)
        if len(self._results) > RESULT_CACHE:
            self._results.popitem(last=False)
        return result

    def _check(self, claim: str, pieces: list[str]) -> CheckResult:
        clauses = split_clauses(claim, Segment(0, len(claim), claim)) if claim.strip() else []
        if len(clauses) < 2:
            return self._check_clause(claim, pieces[-CONTEXT_PIECES:])
        results = []
        for clause in clauses:
            results.append(self._check_clause(clause.text, pieces[-CONTEXT_PIECES:]))
            pieces.append(clause.text)
        return _conjunction(claim, results)

    def _check_clause(self, claim: str, context: Sequence[str]) -> CheckResult:
        context = context[-CONTEXT_PIECES:]  # the nearest clauses name what "it" is
        parsed = self.parse(claim)
        if not parsed.words:
            return CheckResult(claim, Verdict.NOT_ENOUGH_INFO, 1.0, ("the claim is empty",), None)
        keyed = parsed
        for piece in context if parsed.refers_back else ():
            if piece.strip():
                keyed = _with_context(keyed, self.parse(piece))
        candidates = self.retriever.candidates(keyed, CANDIDATES)
        views = [self.view(c.fact) for c in candidates]
        readings = [read_keys(keyed, v) for v in views]
        about = [v for v, reading in zip(views, readings, strict=True) if not reading.missing]
        eligible = _cue_eligibility(parsed, about)
        assessments = [
            assess(parsed, v, eligible, keyed, reading)
            for v, reading in zip(views, readings, strict=True)
        ]
        scores = {c.fact.id: c.score for c in candidates}
        return decide(claim, parsed, assessments, scores, self.retriever.knows)

    def check_many(self, claims: Iterable[str]) -> Iterator[CheckResult]:
        """Check claims one by one, lazily, in order."""
        for claim in claims:
            yield self.check(claim)


def _conjunction(claim: str, results: list[CheckResult]) -> CheckResult:
    """The verdict on clauses joined by "and", "but", "while": refuted if one is, supported
    if all are, otherwise not enough info; the deciding clause gives the evidence."""
    for verdict in (Verdict.REFUTED, Verdict.NOT_ENOUGH_INFO):
        deciding = next((r for r in results if r.verdict is verdict), None)
        if deciding is not None:
            return replace(deciding, claim=claim, related=any(r.related for r in results))
    reasons = tuple(reason for result in results for reason in result.reasons)
    decisive = tuple(word for result in results for word in result.decisive)
    confidence = min(result.confidence for result in results)
    return replace(results[0], claim=claim, reasons=reasons, decisive=decisive,
                   confidence=confidence)  # fmt: skip


def check(claim: str, store: Store | None = None) -> CheckResult:
    """Check one claim against `store` (default: the bundled store)."""
    from factcli.store import load_store

    return Checker(store or load_store()).check(claim)


def _with_context(parsed: ParsedText, extra: ParsedText) -> ParsedText:
    """The claim with the words and names of its context added, for deciding what it is
    about: "Beijing wants it to climb to $200 billion" after "Trade reached $95 billion"."""
    return replace(
        parsed, words=parsed.words + extra.words, mentions=parsed.mentions + extra.mentions
    )


def _cue_eligibility(claim: ParsedText, views: list[FactView]) -> dict[str, set[str]]:
    """Which slots each claim value may be compared with, by the cue words around it.

    A content cue the claim uses itself ("signed", "start") points across facts: "begin in
    2014" goes to a start date, never to a signing. A function-word cue ("from", "in"), or
    a cue met only through a synonym, chooses among the slots of one fact."""
    eligible: dict[str, set[str]] = {}
    for element, value in _claim_values(claim):
        start, end = _span(value)
        own = claim.context(start, end) | claim.stems_between(start, end)
        context = widened(own)
        strong: set[str] = set()
        per_view: list[tuple[set[str], set[str]]] = []
        for view in views:
            weak: set[str] = set()
            every: set[str] = set()
            for index, slot in enumerate(_slots_like(value, view)):
                if not _comparable(value, slot):
                    continue
                ident = slot_id(view, slot.slot, index)
                every.add(ident)
                cues = _cue_stems(slot.cue)
                if (own & cues) - stem_set(STOP_WORDS):
                    strong.add(ident)
                elif context & cues:
                    weak.add(ident)
            per_view.append((weak, every))
        if strong:
            eligible[element] = strong
        elif any(weak for weak, _ in per_view):
            eligible[element] = {i for weak, every in per_view for i in (weak or every)}
    return eligible


ClaimValue = Quantity | DateSpan | Rank
Slot = QuantitySlot | DateSlot | RankSlot


def _claim_values(claim: ParsedText) -> list[tuple[str, ClaimValue]]:
    values: list[tuple[str, ClaimValue]] = []
    values += [(f"quantity:{i}", q) for i, q in enumerate(claim.quantities)]
    values += [(f"date:{i}", d) for i, d in enumerate(claim.dates)]
    values += [(f"rank:{i}", r) for i, r in enumerate(claim.ranks)]
    return values


def _span(value: ClaimValue) -> tuple[int, int]:
    if isinstance(value, DateSpan):
        return value.start_offset, value.end_offset
    return value.start, value.end


def _slots_like(value: ClaimValue, view: FactView) -> Sequence[Slot]:
    if isinstance(value, Quantity):
        return view.quantities
    if isinstance(value, DateSpan):
        return view.dates
    return view.ranks


def _comparable(value: ClaimValue, slot: Slot) -> bool:
    if isinstance(value, Quantity) and isinstance(slot, QuantitySlot):
        return slot.quantity.dimension == value.dimension
    if isinstance(value, Rank) and isinstance(slot, RankSlot):
        return comparable_ranks(value, slot.rank)
    return isinstance(value, DateSpan) and isinstance(slot, DateSlot)


def _cue_stems(cue: tuple[str, ...]) -> frozenset[str]:
    return stem_set(cue)


# --- the decision ------------------------------------------------------------------------


def decide(
    claim: str,
    parsed: ParsedText,
    assessments: list[Assessment],
    scores: dict[str, float],
    known: Callable[[str], bool] = lambda stem: True,
) -> CheckResult:
    """Weigh every fact's findings. The fact the claim is most surely about decides first:
    a conflict with it refutes. A conflict with another fact refutes unless a fact the claim
    is at least as surely about matches there; an element no fact covers, or words the
    store does not use, leave the claim unverifiable; otherwise the facts support it."""
    about = [a for a in assessments if a.about]
    runners = tuple(Evidence(a.view.fact, scores[a.view.fact.id]) for a in assessments)
    if not about:
        return _not_about(claim, assessments, runners)

    weights = {
        id(a): _alignment(a) + 2 * a.topics_met + 2 * scores[a.view.fact.id] / 100 for a in about
    }

    def weight(assessment: Assessment) -> float:
        """How surely the claim is about this fact: agreement, specificity, similarity."""
        return weights[id(assessment)]

    primary = max(about, key=weight)
    if any(f.status is Status.CONFLICT for f in primary.findings):
        conflicts_of_primary = {
            f.element: (f, primary) for f in primary.findings if f.status is Status.CONFLICT
        }
        return _refuted(claim, parsed, conflicts_of_primary, [primary], scores, runners)
    qualified = [a for a in about if not a.structural_conflict]
    elements = _claim_elements(parsed)
    matched: dict[str, Finding] = {}
    conflicts: dict[str, tuple[Finding, Assessment]] = {}
    surest_match: dict[str, float] = {}
    for assessment in sorted(about, key=weight, reverse=True):
        for finding in assessment.findings:
            if finding.status is Status.MATCH and assessment in qualified:
                matched.setdefault(finding.element, finding)
                surest_match.setdefault(finding.element, weight(assessment))
            elif finding.status is Status.CONFLICT:
                conflicts.setdefault(finding.element, (finding, assessment))
    # A conflict stands unless a fact the claim is at least as surely about matches there.
    open_conflicts = {
        e: c for e, c in conflicts.items() if surest_match.get(e, -1e9) < weight(c[1])
    }
    if open_conflicts:
        return _refuted(claim, parsed, open_conflicts, about, scores, runners)
    uncovered = [e for e in elements if e not in matched]
    coverage, missing_words = content_coverage(
        parsed,
        [a.view for a in qualified],
        sum(e in matched for e in elements if not e.startswith("entity:")),
        known,
    )
    best = _best_support(qualified or about, scores)
    if uncovered or coverage < MIN_CONTENT_COVERAGE or not qualified:
        reasons = [f"the store does not say {_describe_element(parsed, e)}" for e in uncovered]
        if coverage < MIN_CONTENT_COVERAGE:
            reasons.append(
                "the store does not mention " + ", ".join(f"'{w}'" for w in missing_words)
            )
        return CheckResult(
            claim,
            Verdict.NOT_ENOUGH_INFO,
            0.6,
            tuple(reasons),
            best.view.fact,
            runners_up=runners,
        )
    reasons = [
        f.reason for f in matched.values() if f.reason and not f.element.startswith("polar:")
    ]
    if best.view.fact.modality in (Modality.EXPECTED, Modality.PLANNED):
        reasons.append(f"the source says this is {best.view.fact.modality.value}")
    if not reasons:
        reasons.append("the claim restates the fact")
    confidence = round(min(0.99, 0.6 + 0.4 * coverage * scores[best.view.fact.id] / 100), 2)
    return CheckResult(
        claim,
        Verdict.SUPPORTED,
        confidence,
        tuple(reasons),
        best.view.fact,
        decisive=tuple(_decisive_words(parsed, matched)),
        runners_up=runners,
    )


def _claim_elements(parsed: ParsedText) -> list[str]:
    """The elements that must each be matched for the claim to be supported."""
    from factcli.verify import ENTITY_KINDS, qualifies_title

    elements = [f"quantity:{i}" for i in range(len(parsed.quantities))]
    elements += [f"date:{i}" for i in range(len(parsed.dates))]
    elements += [f"rank:{i}" for i in range(len(parsed.ranks))]
    names = {m.name for m in parsed.mentions if m.kind in ENTITY_KINDS and not m.adjective}
    names -= {m.name for m in parsed.mentions if m.possessive and qualifies_title(parsed, m)}
    elements += [f"entity:{name}" for name in sorted(names)]
    return elements


def _describe_element(parsed: ParsedText, element: str) -> str:
    kind, _, key = element.partition(":")
    if kind == "entity":
        return f"anything about {key} here"
    index = int(key)
    text = {
        "quantity": lambda: parsed.quantities[index].text,
        "date": lambda: parsed.dates[index].text,
        "rank": lambda: parsed.ranks[index].text,
    }[kind]()
    return f"'{text.strip()}'"


def _alignment(assessment: Assessment) -> int:
    """How well a fact lines up with the claim: its matched values, names and roles, less
    its conflicts. Agreeing on polarity alone says little: it does not count."""
    matches = sum(
        f.status is Status.MATCH and not f.element.startswith(("negation", "polar:"))
        for f in assessment.findings
    )
    return matches - sum(f.status is Status.CONFLICT for f in assessment.findings)


def _best_support(assessments: list[Assessment], scores: dict[str, float]) -> Assessment:
    return max(
        assessments,
        key=lambda a: (
            sum(f.status is Status.MATCH for f in a.findings),
            scores[a.view.fact.id],
        ),
    )


def _refuted(
    claim: str,
    parsed: ParsedText,
    conflicts: dict[str, tuple[Finding, Assessment]],
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
    kinds = {element.split(":")[0] for element in conflicts}
    confidence = 0.9 if kinds & {"quantity", "date", "rank", "negation"} else 0.75
    decisive = [word for f, _ in conflicts.values() for word in _element_words(parsed, f)]
    return CheckResult(
        claim,
        Verdict.REFUTED,
        confidence,
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
            0.9,
            ("no fact in the store is about this claim",),
            None,
            related=False,
        )
    nearest = assessments[0]
    missing = ", ".join(nearest.missing)
    reason = (
        "no fact in the store is about this claim "
        f"(the nearest, '{nearest.view.fact.id}', is about {missing})"
    )
    return CheckResult(
        claim,
        Verdict.NOT_ENOUGH_INFO,
        0.8,
        (reason,),
        nearest.view.fact,
        runners_up=runners,
        related=False,
    )


def _element_words(parsed: ParsedText, finding: Finding) -> list[str]:
    kind, _, key = finding.element.partition(":")
    if kind == "quantity":
        return [parsed.quantities[int(key)].text]
    if kind == "date":
        return [parsed.dates[int(key)].text]
    if kind == "rank":
        return [parsed.ranks[int(key)].text]
    if kind == "entity":
        return [parsed.text[m.start : m.end] for m in parsed.mentions if m.name == key][:1]
    if kind == "polar":
        return [key]
    if kind == "negation":
        return list(parsed.negations)
    return []


def _decisive_words(parsed: ParsedText, matched: dict[str, Finding]) -> list[str]:
    return [word for finding in matched.values() for word in _element_words(parsed, finding)]


def verdict_status(verdicts: Iterable[Verdict]) -> ExitStatus:
    """The exit status of a batch: 1 if any refuted, else 3 if any unverifiable, else 0."""
    seen = set(verdicts)
    if Verdict.REFUTED in seen:
        return ExitStatus.FAILURE
    if Verdict.NOT_ENOUGH_INFO in seen:
        return ExitStatus.NOT_ENOUGH_INFO
    return ExitStatus.SUCCESS
