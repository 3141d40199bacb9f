"""Reporting frames and attribution: who the claim says stated its content.

A frame whose speaker is no party of the store (an outlet, a news agency, "state media",
"officials", an unknown person, the source's own publisher) is set aside with whatever date
it carries: the content decides. A frame naming a person of the store is an attribution: a
content the store attributes to someone else is refuted; one the source states in its own
voice stays as the content makes it (the source may quote the person elsewhere). Words that
describe the person ("Trenin, director of ...") are checked too.
"""

from typing import NamedTuple

from factcli.entities import EntityIndex
from factcli.parse import ParsedText
from factcli.values import Quantity
from factcli.verdict.compare import consistent_quantities, date_relation
from factcli.verdict.decide import NAME_CONFLICT_CONFIDENCE
from factcli.verdict.facts import FactView
from factcli.verdict.result import CheckResult, Verdict

_SPEAKING_KINDS = frozenset({"person", "organization"})
_MAX_COUNTRY_SPEAKER_WORDS = 2


class Speaker(NamedTuple):
    """The frame of a claim: its content, the store party it names (None: set aside), and
    the speaker's words when they describe the party too ("Trenin, director of ...")."""

    content: str
    words: str  # the speaker as the claim names them
    party: str | None
    description: str | None = None


def read_speaker(parsed: ParsedText, publishers: frozenset[str]) -> Speaker | None:
    """The frame of a claim, or None when it has none. A country as the speaker ("...,
    Beijing announced on Monday", "China says it wants ...") is set aside with its date,
    as an outlet is: the content decides, with the country as who "it" is."""
    frame = parsed.frame
    if frame is None:
        return None
    speaker = frame.speaker(parsed.text)
    inside = [
        m for m in parsed.mentions if frame.speaker_start <= m.start and m.end <= frame.speaker_end
    ]
    speaking = [m for m in inside if m.kind in _SPEAKING_KINDS]
    if frame.named_only and not speaking and not any(m.kind == "post" for m in inside):
        return None  # "gas deal: 38 bcm a year": a topic before the colon, no one speaking
    if (
        not speaking
        and any(m.kind == "country" for m in inside)
        and len(speaker.split()) <= _MAX_COUNTRY_SPEAKER_WORDS
    ):
        return Speaker(frame.content(parsed.text), speaker, None)
    parties = [m for m in speaking if m.known and m.name not in publishers]
    party = next((m for m in parties if m.kind == "person"), parties[0] if parties else None)
    content = frame.content(parsed.text)
    if party is None:
        return Speaker(content, speaker, None)
    described = (party.start, party.end) != (frame.speaker_start, frame.speaker_end)
    return Speaker(content, speaker, party.name, speaker if described else None)


def attributed(result: CheckResult, party: str, entities: EntityIndex) -> CheckResult:
    """The verdict on a content the claim puts in `party`'s mouth."""
    if result.verdict is not Verdict.SUPPORTED or result.fact is None:
        return result
    said_by = result.fact.attribution.name
    if said_by is None:
        return result
    source_speaker = entities.canonical(said_by)
    role = result.fact.attribution.role or ""
    if source_speaker == party or party in {m.name for m in entities.find(role)}:
        # the person, or the body the source says they speak for ("according to IHS")
        return result._replace(reasons=(*result.reasons, f"the source has {said_by} say it"))
    if entities.kind(source_speaker) != "person" and _named_in(party, result.fact.quote, entities):
        # "Joost van Hoof of Fontys University writes": the body's own, named in the sentence
        return result._replace(reasons=(*result.reasons, f"the source has {party} say it"))
    return result._replace(
        verdict=Verdict.REFUTED,
        confidence=NAME_CONFLICT_CONFIDENCE,
        reasons=(f"the claim has {party} say it; the source has {source_speaker} say it",),
    )


def _named_in(party: str, text: str, entities: EntityIndex) -> bool:
    """Is the party named in the text?"""
    return any(m.name == party for m in entities.find(text))


MIN_IDENTIFYING_VALUES = 2  # values of a content that, all agreeing, single out one fact


def misattributed(
    result: CheckResult,
    content: ParsedText,
    views: list[FactView],
    party: str,
    entities: EntityIndex,
) -> CheckResult:
    """A content no fact is about, put in a store person's mouth ("Trenin predicted trade
    would reach $200 billion by 2020"): when its figures and dates all agree with a fact the
    store attributes to someone else, the quote is that fact, in another's mouth: refuted.
    Otherwise the result stands."""
    values = len(content.quantities) + len(content.dates)
    if values < MIN_IDENTIFYING_VALUES:
        return result
    for view in views:
        said_by = view.fact.attribution.name
        if said_by is None or entities.canonical(said_by) == party:
            continue
        if all(_agrees(q, view) for q in content.quantities) and all(
            any(date_relation(d, s.date) == "same" for s in view.dates) for d in content.dates
        ):
            speaker = entities.canonical(said_by)
            return result._replace(
                verdict=Verdict.REFUTED,
                confidence=NAME_CONFLICT_CONFIDENCE,
                reasons=(f"the claim has {party} say it; the source has {speaker} say it",),
                fact=view.fact,
                related=True,
            )
    return result


def _agrees(quantity: Quantity, view: FactView) -> bool:
    return any(consistent_quantities(quantity, s.quantity) for s in view.quantities)
