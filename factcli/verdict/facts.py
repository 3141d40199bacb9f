"""A fact prepared for comparison: its statement parsed, its names resolved, its keys read,
its slots completed by what the statement states, each part worked out when first needed.
"""

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import NamedTuple, TypeVar

from factcli.entities import EntityIndex
from factcli.gazetteer import find_names
from factcli.lazy_re import lazy_compile
from factcli.lexicon import HABITUAL_WORDS, SOURCE_ROLES, STOP_WORDS, TARGET_ROLES, stem, words
from factcli.model import DateSlot, Fact, QuantitySlot, RankSlot
from factcli.parse import ParsedText, parse_text
from factcli.statements import ParsedStatements
from factcli.synonyms import widened, with_converses
from factcli.verdict.compare import consistent_quantities, date_relation, same_rank
from factcli.verdict.findings import ENTITY_KINDS

SlotT = TypeVar("SlotT")
ValueT = TypeVar("ValueT")
STATEMENT_SLOT = "statement"  # the slot of a value the statement states and no slot gives

# Roles that are a side of their own, beside the source and target of a relation.
_OWN_SIDES = frozenset(
    {"owner", "subject", "destination", "previous_stop", "next_stop", "visitor", "winner", "loser"}
)


class Filler(NamedTuple):
    """An entity in a role of a fact, with the side of the relation it stands on."""

    name: str
    role: str
    kind: str

    @property
    def side(self) -> str | None:
        if self.role in SOURCE_ROLES:
            return "source"
        if self.role in TARGET_ROLES:
            return "target"
        if self.role in _OWN_SIDES:
            return self.role
        return None


class KeyAlternative(NamedTuple):
    """One way to meet a key: a known entity's name, or words ("visit", "trade partner")."""

    text: str
    entity: bool  # a known entity: met only by its name or an alias, never by loose words
    specific: bool  # a topic word or a specific thing, not a generic country or person
    stems: tuple[str, ...]


# Names that occur all over a store about two countries' leaders say little of which fact a
# claim is about; a topic word, or the name of a thing or a body, says much.
_GENERIC_KINDS = frozenset({"country", "person", "city", "region", "group"})


class _ViewFields(NamedTuple):
    """The fact a FactView prepares, the names it resolves them with, and the statements
    parsed before, when the store's cache keeps them."""

    fact: Fact
    entities: EntityIndex
    statements: ParsedStatements | None = None


class FactView(_ViewFields):
    """A fact prepared for comparison: its statement parsed, its names resolved, each when
    first needed (most candidates of a claim are set aside on their keys alone)."""

    @cached_property
    def statement(self) -> ParsedText:
        """The fact's statement, parsed as claims are."""
        kept = None if self.statements is None else self.statements.get(self.fact.statement)
        return kept if kept is not None else parse_text(self.fact.statement, self.entities)

    @cached_property
    def fillers(self) -> tuple[Filler, ...]:
        """The entities the fact puts in roles: its slots, who said it and where they work,
        and a post the statement names (fixed too, when no slot gives one)."""
        entities = self.entities
        fillers = tuple(
            Filler(entities.canonical(e.name), e.role, entities.kind(e.name))
            for e in self.fact.entities
        ) + _attribution_fillers(self.fact, entities)
        if not any(f.role == "post" for f in fillers):
            fillers += tuple(
                Filler(m.name, "post", "post") for m in self.statement.mentions if m.kind == "post"
            )
        return fillers

    @cached_property
    def key_groups(self) -> tuple[tuple[str, ...], ...]:
        """What the fact is about: its keys (by default, the entities in no relation), each
        a group of canonical alternatives."""
        keys = self.fact.keys or tuple(f.name for f in self.fillers if f.side is None)
        return tuple(
            tuple(self.entities.canonical(alt.strip()) for alt in key.split("|") if alt.strip())
            for key in keys
        )

    @cached_property
    def alternatives(self) -> tuple[tuple[KeyAlternative, ...], ...]:
        """The keys, each alternative read once."""
        groups = []
        for group in self.key_groups:
            alternatives = []
            for alt in group:
                kind = self.entities.kind(alt)
                stems = tuple(stem(w) for w in words(alt) if w not in STOP_WORDS)
                entity = kind not in ("unknown", "term")
                alternatives.append(KeyAlternative(alt, entity, kind not in _GENERIC_KINDS, stems))
            groups.append(tuple(alternatives))
        return tuple(groups)

    @cached_property
    def modifying_names(self) -> tuple[tuple[str, str], ...]:
        """(name, noun) for each name of the statement right before a noun it modifies ("Asia
        program"), names inside a longer one included ("Asia" in the post "chief Asia
        economist"), in the store's canonical spelling so that equal names never conflict."""
        statement = self.fact.statement
        canonical = self.entities.canonical
        found = [(m.end, m.name, m.kind) for m in self.statement.mentions]
        found += [(end, canonical(e.canonical), e.kind) for _, end, e in find_names(statement)]
        pairs = []
        for end, name, kind in found:
            noun = modified_noun(statement, end)
            if kind in ENTITY_KINDS and noun is not None:
                pairs.append((name, noun))
        return tuple(pairs)

    @cached_property
    def names(self) -> frozenset[str]:
        """Every canonical name the fact mentions, in any field."""
        names = set(self.statement.names) | {f.name for f in self.fillers}
        names |= {alt for group in self.key_groups for alt in group}
        if self.fact.attribution.name:
            names.add(self.entities.canonical(self.fact.attribution.name))
        return frozenset(names)

    @cached_property
    def habitual(self) -> bool:
        """Does the statement say what usually happens ("typically", "in a typical month")?"""
        words = [w.lower for w in self.statement.words]
        return any(
            word in HABITUAL_WORDS
            and (
                word != "average"
                or words[at - 1 : at] == ["on"]
                or _OF_TIME & set(words[at + 1 : at + 2])
            )
            for at, word in enumerate(words)
        )  # "on average", "an average month"; not "the average analyst estimate"

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Stems of the fact's words and keys, widened by synonyms and, where the fact puts
        parties on both sides of a transfer, by its converses (roles then tell who is who)."""
        text = " ".join([self.fact.statement, self.fact.quote, *self.fact.keys])
        found = {stem(word) for word in words(text)}
        found |= {stem(word) for name in self.names for word in words(name)}
        sides = {f.side for f in self.fillers}
        if {"source", "target"} <= sides:
            return widened(with_converses(widened(found)))
        return widened(found)

    @cached_property
    def quantities(self) -> tuple[QuantitySlot, ...]:
        """The curated quantity slots, plus any the statement states that they do not."""
        slots = list(self.fact.quantities)
        for quantity in self.statement.quantities:
            if not any(consistent_quantities(quantity, s.quantity) for s in slots):
                slots.append(QuantitySlot(STATEMENT_SLOT, quantity))
        return tuple(slots)

    @cached_property
    def dates(self) -> tuple[DateSlot, ...]:
        """The curated date slots, plus any the statement states that they do not."""
        slots = list(self.fact.dates)
        for span in self.statement.dates:
            if not any(date_relation(span, s.date) == "same" for s in slots):
                slots.append(DateSlot("statement", span))
        return tuple(slots)

    @cached_property
    def ranks(self) -> tuple[RankSlot, ...]:
        """The curated rank slots, plus any the statement states that they do not."""
        slots = list(self.fact.ranks)
        for rank in self.statement.ranks:
            if not any(same_rank(s.rank, rank) for s in slots):
                slots.append(RankSlot("statement", rank))
        return tuple(slots)

    @cached_property
    def places(self) -> dict[int, tuple[int, int]]:
        """Where in the statement each value slot stands, by the slot's identity: a value
        the statement states where it is, a curated slot at the statement's value of the
        same amount, date or rank, one statement value to a slot, in order."""
        found: dict[int, tuple[int, int]] = {}
        statement = self.statement
        _place(found, self.quantities, [(q.start, q.end, q) for q in statement.quantities],
               lambda slot, value: consistent_quantities(value, slot.quantity))  # fmt: skip
        _place(found, self.dates, [(d.start_offset, d.end_offset, d) for d in statement.dates],
               lambda slot, value: date_relation(value, slot.date) == "same")  # fmt: skip
        _place(found, self.ranks, [(r.start, r.end, r) for r in statement.ranks],
               lambda slot, value: same_rank(slot.rank, value))  # fmt: skip
        return found

    @property
    def negated(self) -> bool:
        return self.fact.negated or self.statement.negated


def _place(
    found: dict[int, tuple[int, int]],
    slots: Sequence[SlotT],
    values: list[tuple[int, int, ValueT]],
    same: Callable[[SlotT, ValueT], bool],
) -> None:
    """Put each slot at the first statement value of the same amount not yet taken."""
    taken: set[int] = set()
    for slot in slots:
        index = next(
            (i for i, (*_, v) in enumerate(values) if i not in taken and same(slot, v)), None
        )
        if index is not None:
            taken.add(index)
            found[id(slot)] = values[index][:2]


_OF_TIME = frozenset({"year", "month", "week", "day", "season", "winter", "summer"})


def _attribution_fillers(fact: Fact, entities: EntityIndex) -> tuple[Filler, ...]:
    """Who said it also fixes where they work and their post: "Trenin, director of the
    Carnegie Moscow Center" makes "Trenin of the Brookings Institution said..." wrong."""
    attribution = fact.attribution
    if not attribution.name or not attribution.role:
        return ()
    roles = {e.role for e in fact.entities}
    fillers = []
    if "employer" not in roles:
        fillers += [
            Filler(m.name, "employer", m.kind)
            for m in entities.find(attribution.role)
            if m.kind == "organization"
        ]
    if "post" not in roles:
        fillers.append(Filler(attribution.role.lower(), "post", "post"))
    return tuple(fillers)


_NEXT_WORDS = lazy_compile(r"(?:\s+[a-z]{3,}\b){1,3}")


def modified_noun(text: str, end: int) -> str | None:
    """The noun a name modifies: the last of the lower-case content words right after it
    ("Asia program", "Barcelona soccer player": player)."""
    found = _NEXT_WORDS.match(text, end)
    if found is None:
        return None
    run = []
    for word in found.group(0).split():
        if word in STOP_WORDS:
            break
        run.append(word)
    return run[-1] if run else None
