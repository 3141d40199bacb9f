"""Check claims against a store: retrieve candidate facts, assess each, decide a verdict.

rapidfuzz only ranks candidates. The verdict comes from comparing parsed values, names,
roles and polarity (factcli.verdict), across every fact the claim is about.
"""

from __future__ import annotations

import os
import re
import warnings
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from functools import cached_property
from typing import TypeVar

from factcli.claim_shapes import (
    purpose_lead,
    split_apposition,
    split_itinerary,
    split_time_and_when,
    without_cleft,
    without_tag_question,
)
from factcli.entities import EntityIndex
from factcli.errors import ExitStatus, FactcliWarning
from factcli.frames import SUBJECT_PRONOUNS
from factcli.model import Fact, Store
from factcli.mood import asks
from factcli.parse import MAX_TEXT_CHARS, ParsedText, parse_text
from factcli.predicates import predicates
from factcli.relative_dates import next_periods
from factcli.retrieve import Candidate, LazyStore, Retriever, TermIndex, open_store
from factcli.sentences import Segment, split_clauses
from factcli.statements import ParsedStatements
from factcli.verdict.about import content_coverage, read_keys
from factcli.verdict.assess import ANOTHER_EVENT, Assessment, assess
from factcli.verdict.attribution import Speaker, attributed, misattributed, read_speaker
from factcli.verdict.decide import decide
from factcli.verdict.facts import FactView
from factcli.verdict.findings import Element, Kind, Status
from factcli.verdict.result import CheckResult, Evidence, Verdict
from factcli.verdict.slots import eligibility

__all__ = ["CANDIDATES", "CheckResult", "Checker", "Evidence", "Verdict", "check", "verdict_status"]

CANDIDATES = 12  # candidate facts assessed per claim
PARSE_CACHE = 4096  # recently parsed texts a checker keeps: a draft repeats sentences
RESULT_CACHE = 4096  # recent results a checker keeps: streams of claims repeat claims
CONTEXT_PIECES = 4  # clauses before a claim that may say who "he" or "it" is
LEAD_CANDIDATES = 3  # facts added for the values of a clause before an infinitive of purpose
_Key = TypeVar("_Key", bound=Hashable)


# Kinds of party a whole article may be about; and the share of its facts that must name it.
_SUBJECTS = frozenset({"person", "organization"})
_SUBJECT_SHARE = 4


class Checker:
    """Checks claims against one store; build once, then check many claims."""

    def __init__(
        self,
        store: Store | LazyStore,
        index: TermIndex | None = None,
        statements: ParsedStatements | None = None,
    ) -> None:
        """`index` and `statements` are the store's, from the cache (open_store); what is
        not given is worked out: the index now, a fact's statement when first compared."""
        self.store = store
        self.entities = EntityIndex(store.aliases)
        self.retriever = Retriever(store, self.entities, index)
        self.statements = statements
        self._views: dict[str, FactView] = {}
        self._parsed: OrderedDict[str, ParsedText] = OrderedDict()
        self._results: OrderedDict[tuple[str, tuple[str, ...]], CheckResult] = OrderedDict()
        self._clauses: OrderedDict[tuple[str, tuple[str, ...], bool], CheckResult] = OrderedDict()

    @cached_property
    def _publishers(self) -> frozenset[str]:
        """The canonical names of the sources' publishers: a frame naming one is set aside."""
        return frozenset(
            self.entities.canonical(source.publisher)
            for source in self.store.sources
            if source.publisher
        )

    @cached_property
    def _written(self) -> str:
        """The date the store's sources were written, when they agree on its month."""
        months = {source.date[:7] for source in self.store.sources if source.date}
        return months.pop() if len(months) == 1 else ""

    @cached_property
    def _subject(self) -> str:
        """The party a one-article store is about: the person or body its facts name most,
        in at least one fact in four ("Takata" of a recall story), or "" if none is. A fact
        may leave it unnamed ("the accumulated penalties have topped $1 million")."""
        facts = self.store.facts
        if len(self.store.sources) != 1 or not isinstance(facts, tuple) or not facts:
            return ""  # a large store, read lazily, is no one article
        named: Counter[str] = Counter()
        for fact in facts:
            named.update({m.name for m in self.entities.find(fact.quote) if m.kind in _SUBJECTS})
        name, count = named.most_common(1)[0] if named else ("", 0)
        return name if count * _SUBJECT_SHARE >= len(facts) else ""

    @classmethod
    def from_paths(cls, paths: Sequence[str | os.PathLike[str]] | None = None) -> Checker:
        """A checker for the stores at `paths` (default: bundled), served from the cache."""
        return cls(*open_store(paths))

    def view(self, fact: Fact) -> FactView:
        """The prepared form of a fact, kept: each part is worked out once."""
        view = self._views.get(fact.id)
        if view is None:
            view = self._views[fact.id] = FactView(fact, self.entities, self.statements)
        return view

    def parse(self, text: str) -> ParsedText:
        """Parse a text with the store's names, and "next month" as the month after the one
        the sources were written in, remembering recent texts: scanning parses each sentence
        as a clause and again as the context of the next."""
        parsed = self._parsed.get(text)
        if parsed is None:
            if len(self._parsed) >= PARSE_CACHE:  # the oldest goes: O(1) in an OrderedDict,
                self._parsed.popitem(last=False)  # while a dict's first key is found by a scan
            parsed = parse_text(text, self.entities)
            months = next_periods(text, self._written) if self._written else ()
            if months:  # "next month" or "next year": after the time the source was written
                dates = sorted((*parsed.dates, *months), key=lambda d: d.start_offset)
                parsed = parsed._replace(dates=tuple(dates))
            self._parsed[text] = parsed
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
        return _remembered(self._results, key, lambda: self._check(claim, pieces))

    def _check(self, claim: str, pieces: list[str]) -> CheckResult:
        stated = without_cleft(without_tag_question(claim))
        if stated != claim:  # "Xi met Putin, didn't he?" states that Xi met Putin
            return self._check(stated, pieces)._replace(claim=claim)
        if asks(claim):  # a question states nothing: the nearest fact is shown, not judged
            nearest = self._check_statement(claim, pieces)
            reason = "the claim asks a question; it states nothing to check"
            return nearest._replace(
                verdict=Verdict.NOT_ENOUGH_INFO,
                confidence=1.0,
                reasons=(reason,),
                decisive=(),
            )
        return self._check_statement(claim, pieces)

    def _check_statement(self, claim: str, pieces: list[str]) -> CheckResult:
        speaker = read_speaker(self.parse(claim), self._publishers)
        if speaker is not None and speaker.content != claim:
            if speaker.description is not None:  # "Trenin, director of X, said ..."
                for text in (speaker.description, claim):
                    described = self._check_clause(text, pieces[-CONTEXT_PIECES:])
                    if described.verdict is Verdict.REFUTED and _about(described, speaker):
                        return described._replace(claim=claim)
            # "Xi said he would ...": the speaker is who "he" is
            stated = speaker.content
            if speaker.party is None:  # "Gazprom has said it plans": Gazprom plans
                stated = _as_subject(stated, speaker.words)
            said = self._check(stated, [*pieces, speaker.words])
            result = said._replace(claim=claim)
            if speaker.party is not None and not said.related:
                content = self.parse(speaker.content)
                candidates = self.retriever.candidates(content, CANDIDATES)
                views = [self.view(c.fact) for c in candidates]
                return misattributed(result, content, views, speaker.party, self.entities)
            if speaker.party is not None:
                result = attributed(result, speaker.party, self.entities)
            return result
        itinerary = self._itinerary(claim, pieces)
        if itinerary is not None:
            return itinerary
        then = split_time_and_when(claim)
        if then is not None:  # "... in 2014, when Russia was China's largest partner"
            whole = self._check_plain(claim, list(pieces))
            if whole.verdict is Verdict.REFUTED:
                return whole
            split = _conjunction(claim, [self._check(part, list(pieces)) for part in then])
            return split if split.verdict is not Verdict.NOT_ENOUGH_INFO else whole
        apposed = split_apposition(claim)
        if apposed is not None:  # "France, last year's runner-up, beat Japan": two statements
            whole = self._check_plain(claim, list(pieces))
            if whole.verdict is Verdict.REFUTED:
                return whole
            described = self._check(apposed[1], list(pieces))
            if described.verdict is Verdict.REFUTED:
                return described._replace(claim=claim)
            if whole.verdict is Verdict.SUPPORTED:
                return whole
            split = _conjunction(claim, [self._check(apposed[0], list(pieces)), described])
            return split if split.verdict is not Verdict.NOT_ENOUGH_INFO else whole
        return self._check_plain(claim, pieces)

    def _itinerary(self, claim: str, pieces: list[str]) -> CheckResult | None:
        """A sentence that lists more stops of a trip ("..., with Kazakhstan and Belarus
        also on his itinerary"): its main statement, and a visit of the traveller to each
        place listed, in no order. None when it lists none or names no traveller."""
        split = split_itinerary(claim)
        if split is None:
            return None
        main, places = split
        people = [m.name for m in self.parse(main).mentions if m.kind == "person"]
        if not people:
            return None
        results = [self._check(main, list(pieces))]
        results += [self._check_clause(f"{people[0]} visits {place}.", ()) for place in places]
        return _conjunction(claim, results)

    def _check_plain(self, claim: str, pieces: list[str]) -> CheckResult:
        """A claim with no frame, one clause after another."""
        clauses = split_clauses(claim, Segment(0, len(claim), claim)) if claim.strip() else []
        statements = [s for clause in clauses for s in predicates(clause.text)]
        if len(statements) < 2:
            return self._check_clause(claim, pieces[-CONTEXT_PIECES:])
        context = pieces[-CONTEXT_PIECES:]
        results = []
        for statement in statements:
            results.append(self._check_clause(statement, pieces[-CONTEXT_PIECES:]))
            pieces.append(statement)
        result = _conjunction(claim, results)
        if len(statements) > len(clauses) and result.verdict is Verdict.NOT_ENOUGH_INFO:
            # a predicate read apart may lose what the whole sentence is about ("sent the
            # council a budget and got an answer", against "... but there was no answer")
            whole = self._check_clause(claim, context)
            if whole.verdict is Verdict.REFUTED:
                return whole
        return result

    def _check_clause(self, claim: str, context: Sequence[str]) -> CheckResult:
        """The verdict on one clause. Of a clause too long to read whole (MAX_TEXT_CHARS), a
        refutation by its start stands; anything else is not enough info, with a warning."""
        result = self._check_start(claim, context)
        if len(claim) <= MAX_TEXT_CHARS or result.verdict is Verdict.REFUTED:
            return result
        reason = f"the claim is longer than {MAX_TEXT_CHARS:,} characters; only its start was read"
        start = " ".join(claim[:40].split())
        warnings.warn(f'claim "{start}…": {reason}', FactcliWarning, stacklevel=2)
        return result._replace(verdict=Verdict.NOT_ENOUGH_INFO, reasons=(reason,), decisive=())

    def _check_start(self, claim: str, context: Sequence[str]) -> CheckResult:
        context = context[-CONTEXT_PIECES:]  # the nearest clauses name what "it" is
        parsed = self.parse(claim)
        if not parsed.words:
            return CheckResult(claim, Verdict.NOT_ENOUGH_INFO, 1.0, ("the claim is empty",), None)
        # What of the context the verdict reads: its clauses, when the claim (or the clause
        # before its infinitive of purpose) refers back; else only whether a clause of it
        # gives a date, when the claim gives none. A sentence repeated after others is then
        # checked once (scan).
        lead = purpose_lead(claim)
        refers_back = parsed.refers_back or (lead is not None and self.parse(lead).refers_back)
        read = tuple(context) if refers_back else ()
        dated = not parsed.dates and any(self.parse(p).dates for p in context)
        return _remembered(
            self._clauses,
            (claim, read, dated),
            lambda: self._check_afresh(claim, parsed, context),
        )

    def _check_afresh(self, claim: str, parsed: ParsedText, context: Sequence[str]) -> CheckResult:
        keyed = parsed
        for piece in context if parsed.refers_back else ():
            if piece.strip():
                keyed = _with_context(keyed, self.parse(piece))
        candidates = self.retriever.candidates(keyed, CANDIDATES)
        candidates += self._lead_candidates(claim, context, candidates)
        views = [self.view(c.fact) for c in candidates]
        readings = [read_keys(keyed, v) for v in views]
        about = [v for v, reading in zip(views, readings, strict=True) if not reading.missing]
        eligible = eligibility(parsed, about, views)
        dated = tuple(d for piece in context for d in self.parse(piece).dates)
        assessments = [
            assess(parsed, v, eligible, keyed, reading, context_dates=dated)
            for v, reading in zip(views, readings, strict=True)
        ]
        confirmed = _confirmed(assessments)
        if confirmed:  # "arrived on Thursday ... the 70th anniversary": two facts, one event
            assessments = [
                assess(parsed, a.view, eligible, keyed, reading, confirmed, dated)
                if a.missing and a.missing[0].startswith(ANOTHER_EVENT)
                else a
                for a, reading in zip(assessments, readings, strict=True)
            ]
        scores = {c.fact.id: c.score for c in candidates}
        return decide(
            claim, parsed, assessments, scores, self.retriever.knows, lambda: self._subject
        )

    def _lead_candidates(
        self, claim: str, context: Sequence[str], found: list[Candidate]
    ) -> list[Candidate]:
        """The facts that the values of the clause before an infinitive of purpose are about
        ("visit Moscow on May 9 | to join the commemorations"): that clause states an event
        of its own, which the whole sentence may not retrieve. A fact is added only when it
        has a slot for such a value and uses every word of the clause (the clause's event,
        not the trip during which it happened)."""
        lead = purpose_lead(claim)
        if lead is None:
            return []
        parsed = self.parse(lead)
        if not (parsed.dates or parsed.quantities):
            return []
        for piece in context if parsed.refers_back else ():  # who "he" is
            if piece.strip():
                parsed = _with_context(parsed, self.parse(piece))
        seen = {c.fact.id for c in found}
        extra = [
            c
            for c in self.retriever.candidates(parsed, CANDIDATES)
            if c.fact.id not in seen
            and _holds_values_like(c.fact, parsed)
            and not content_coverage(parsed, [self.view(c.fact)])[1]
        ]
        return extra[:LEAD_CANDIDATES]

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
            return deciding._replace(claim=claim, related=any(r.related for r in results))
    reasons = tuple(reason for result in results for reason in result.reasons)
    decisive = tuple(word for result in results for word in result.decisive)
    confidence = min(result.confidence for result in results)
    return results[0]._replace(claim=claim, reasons=reasons, decisive=decisive,
                   confidence=confidence)  # fmt: skip


def check(claim: str, store: Store | None = None) -> CheckResult:
    """Check one claim against `store` (default: the bundled store)."""
    from factcli.store import load_store

    return Checker(store or load_store()).check(claim)


def _confirmed(assessments: Sequence[Assessment]) -> frozenset[Element]:
    """The claim's amounts and ranks some fact it is about matches (not its dates: a year
    inside one fact's span says nothing of another fact's event)."""
    return frozenset(
        f.element
        for a in assessments
        for f in a.findings
        if f.status is Status.MATCH and f.element.kind in (Kind.QUANTITY, Kind.RANK)
    )


def _as_subject(content: str, speaker: str) -> str:
    """The content with the speaker for the pronoun that opens it: what a speaker says of
    "it" ("Gazprom said it plans ...") it says of itself, and a speaker set aside must
    still be compared as the subject."""
    first, _, rest = content.partition(" ")
    if first.lower() not in SUBJECT_PRONOUNS or not rest:
        return content
    return f"{speaker} {rest}"


def _holds_values_like(fact: Fact, parsed: ParsedText) -> bool:
    """Has the fact a slot for a value of the kind the text gives (a date for a date, an
    amount of the same dimension for an amount), whatever its value?"""
    if parsed.dates and fact.dates:
        return True
    dimensions = {q.dimension for q in parsed.quantities}
    return any(s.quantity.dimension in dimensions for s in fact.quantities)


def _about(result: CheckResult, speaker: Speaker) -> bool:
    """Was the claim refuted on the words that describe its speaker ("of the Brookings
    Institution"), not on its content?"""
    description = speaker.description or ""
    return bool(result.decisive) and all(
        re.search(rf"(?<!\w){re.escape(word)}(?!\w)", description) for word in result.decisive
    )


def _with_context(parsed: ParsedText, extra: ParsedText) -> ParsedText:
    """The claim with the words and names of its context added, for deciding what it is
    about: "Beijing wants it to climb to $200 billion" after "Trade reached $95 billion"."""
    return parsed._replace(
        words=parsed.words + extra.words, mentions=parsed.mentions + extra.mentions
    )


def verdict_status(verdicts: Iterable[Verdict]) -> ExitStatus:
    """The exit status of a batch: 1 if any refuted, else 3 if any unverifiable, else 0."""
    seen = set(verdicts)
    if Verdict.REFUTED in seen:
        return ExitStatus.FAILURE
    if Verdict.NOT_ENOUGH_INFO in seen:
        return ExitStatus.NOT_ENOUGH_INFO
    return ExitStatus.SUCCESS


def _remembered(
    cache: OrderedDict[_Key, CheckResult], key: _Key, work: Callable[[], CheckResult]
) -> CheckResult:
    """The result kept under `key`, or `work()` kept there; the least recent of more than
    RESULT_CACHE goes."""
    result = cache.get(key)
    if result is not None:
        cache.move_to_end(key)
        return result
    result = cache[key] = work()
    if len(cache) > RESULT_CACHE:
        cache.popitem(last=False)
    return result
