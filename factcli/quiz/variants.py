"""Wrong values for a quiz: where each fact's slots stand in its statement, and every
single-slot change of the statement that reads as a different value.

A value is replaced in the statement's own wording (a number by another in the same form,
a date in the same shape, a name of the same kind in the same role), and each changed
statement is parsed back to make sure it says what it was meant to say. This parses
every statement and every change (~130 ms for the bundled store): the result is cached
with the store (generate.BankTables), and a quiz starts without loading this module.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator
from functools import cached_property

from factcli.dates import days_in_month
from factcli.entities import EntityIndex
from factcli.lazy_re import lazy_compile
from factcli.lexicon import SOURCE_ROLES, TARGET_ROLES
from factcli.model import Fact, Store
from factcli.parse import ParsedText, parse_text
from factcli.quiz.grade import (
    MULTIPLIERS,
    Grader,
    NumberToken,
    digit_ordinal,
    number_token,
    spell,
    spell_ordinal,
)
from factcli.quiz.questions import BankTables, SlotSpan, Variant
from factcli.values import DateSpan, PartialDate, Quantity, Rank
from factcli.verdict.compare import (
    comparable_ranks,
    consistent_quantities,
    date_relation,
    is_scope,
)

# Entity kinds whose members are plainly different things: a country for a country, a post
# for a post. Groups and regions overlap ("Europe" is part of "the West"): never swapped.
_SWAPPABLE_KINDS = frozenset({"person", "country", "organization", "product", "term"})
# Roles that say who or what a statement is about: changing them changes the subject. The
# parties of a flow (supplier and recipient, seller and buyer) are among them: "Russia sells
# S-400s to Japan" is another relation, not an error in this one (not_enough_info).
_SUBJECT_ROLES = frozenset(
    {"subject", "owner", "participant", "speaker"} | SOURCE_ROLES | TARGET_ROLES
)
_MAGNITUDE = 4.0  # a figure from elsewhere in the store is plausible within this factor


def build_tables(store: Store, entities: EntityIndex) -> BankTables:
    """Every slot span of the store's facts, with its wrong values and curated prompts."""
    return _TableBuilder(store, entities).build()


class _TableBuilder:
    """Finds each fact's slot spans and makes each span's wrong values."""

    def __init__(self, store: Store, entities: EntityIndex) -> None:
        self.store = store
        self.entities = entities

    @cached_property
    def grader(self) -> Grader:
        return Grader(self.store, self.entities)

    def build(self) -> BankTables:
        """Every table of the store's bank."""
        spans = {fact.id: tuple(self._find_spans(fact)) for fact in self.store.facts}
        variants = {
            span: tuple(self._make_variants(span))
            for fact_spans in spans.values()
            for span in fact_spans
        }
        texts = {fact_id: parsed.text for fact_id, parsed in self._parsed.items()}
        curated = {}
        for fact in self.store.facts:
            for span in spans[fact.id]:
                prompts = [
                    q.prompt
                    for q in fact.questions
                    if q.kind in ("short", "mc") and self._asks_for(q.answer, span)
                ]
                if prompts:
                    curated[span] = prompts[0]
        return BankTables(spans, variants, texts, curated)

    @cached_property
    def _parsed(self) -> dict[str, ParsedText]:
        return {fact.id: parse_text(fact.statement, self.entities) for fact in self.store.facts}

    def _find_spans(self, fact: Fact) -> list[SlotSpan]:
        parsed = self._parsed[fact.id]
        found: list[SlotSpan] = []
        for q in parsed.quantities:
            if any(consistent_quantities(q, s.quantity) for s in fact.quantities):
                found.append(SlotSpan(fact.id, "quantity", q.start, q.end, q.text, q.value))
        for d in parsed.dates:
            # Another period than the fact's is unverifiable, not false: only event dates vary.
            events = [s for s in fact.dates if not is_scope(s)]
            if any(date_relation(d, s.date) == "same" for s in events):
                order = float(_date_order(d))
                text = parsed.text[d.start_offset : d.end_offset]
                found.append(SlotSpan(fact.id, "date", d.start_offset, d.end_offset, text, order))
        for r in parsed.ranks:
            if any(s.rank.value == r.value and comparable_ranks(r, s.rank) for s in fact.ranks):
                found.append(SlotSpan(fact.id, "rank", r.start, r.end, r.text, float(r.value)))
        found += self._entity_spans(fact, parsed)
        return sorted(found, key=lambda s: s.start)

    def _entity_spans(self, fact: Fact, parsed: ParsedText) -> list[SlotSpan]:
        """Role fillers named once, by their canonical name, that are not what the statement
        is about (a key, a subject-like role, the first name): another name there makes a
        statement about something else, not a false one about the same thing."""
        keys = {self.entities.canonical(alt.strip()) for key in fact.keys for alt in key.split("|")}
        first = parsed.mentions[0].name if parsed.mentions else None
        found = []
        for slot in fact.entities:
            name = self.entities.canonical(slot.name)
            if (
                name in keys
                or name == first
                or slot.role in _SUBJECT_ROLES
                or self.entities.kind(name) not in _SWAPPABLE_KINDS
            ):
                continue
            mentions = [m for m in parsed.mentions if m.name == name]
            if len(mentions) != 1:
                continue
            start, end = mentions[0].start, mentions[0].end
            surface = parsed.text[start:end]
            bare = surface[4:] if surface.lower().startswith("the ") else surface
            if bare.lower() != name.lower().removeprefix("the "):
                continue  # an adjective or another alias ("Russian", "Moscow"): not swappable
            found.append(SlotSpan(fact.id, "entity", start, end, surface, 0.0))
        return found

    def _make_variants(self, span: SlotSpan) -> Iterator[Variant]:
        parsed = self._parsed[span.fact_id]
        seen: set[str] = {span.text.lower()}
        for text, from_store in self._replacements(span, parsed):
            if text.lower() in seen:
                continue
            statement = parsed.text[: span.start] + text + parsed.text[span.end :]
            order = self._reads_as_wrong(span, parsed, statement, text)
            if order is not None:
                seen.add(text.lower())
                yield Variant(span, text, statement, order, from_store)

    def _replacements(self, span: SlotSpan, parsed: ParsedText) -> Iterator[tuple[str, bool]]:
        if span.kind == "quantity":
            yield from self._quantity_replacements(span, parsed)
        elif span.kind == "date":
            yield from self._date_replacements(span, parsed)
        elif span.kind == "rank":
            yield from self._rank_replacements(span, parsed)
        else:
            yield from self._entity_replacements(span, parsed)

    def _quantity_replacements(
        self, span: SlotSpan, parsed: ParsedText
    ) -> Iterator[tuple[str, bool]]:
        quantity = _quantity_at(parsed, span.start)
        token = number_token(span.text)
        if quantity is None or token is None:
            return
        shown = token.value
        for other in self._store_quantities(quantity):
            number = number_token(other.text)
            if number is not None and number.value != shown:
                yield from _render_number(span.text, token, number.value, True)
        for value in _perturbed(shown, token.family == "multiplier"):
            yield from _render_number(span.text, token, value, False)

    def _store_quantities(self, quantity: Quantity) -> list[Quantity]:
        found = []
        for fact in self.store.facts:
            for q in self._parsed[fact.id].quantities:
                if (
                    q.unit == quantity.unit
                    and q.dimension == quantity.dimension
                    and q.qualifier == quantity.qualifier
                    and any(consistent_quantities(q, s.quantity) for s in fact.quantities)
                    and _plausible(q.value, quantity.value)
                ):
                    found.append(q)
        return found

    def _date_replacements(self, span: SlotSpan, parsed: ParsedText) -> Iterator[tuple[str, bool]]:
        date = _date_at(parsed, span.start)
        if date is None:
            return
        for fact in self.store.facts:
            for other in self._parsed[fact.id].dates:
                if _shape(other) == _shape(date) and any(
                    date_relation(other, s.date) == "same" for s in fact.dates
                ):
                    yield _render_date(span.text, date, _with_year_of(other, date)), True
        for shifted in _shifted_dates(date):
            yield _render_date(span.text, date, shifted), False

    def _rank_replacements(self, span: SlotSpan, parsed: ParsedText) -> Iterator[tuple[str, bool]]:
        rank = next((r for r in parsed.ranks if r.start == span.start), None)
        if rank is None:
            return
        for fact in self.store.facts:
            for slot in fact.ranks:
                if (
                    comparable_ranks(slot.rank, rank)
                    and slot.rank.value != rank.value
                    and _plausible(slot.rank.value, rank.value)
                ):
                    yield from _render_rank(span.text, rank, slot.rank.value, True)
        for value in _perturbed(float(rank.value), False):
            yield from _render_rank(span.text, rank, int(value), False)

    def _entity_replacements(
        self, span: SlotSpan, parsed: ParsedText
    ) -> Iterator[tuple[str, bool]]:
        name = self.entities.canonical(span.text)
        kind = self.entities.kind(name)
        role = next(
            e.role
            for e in self.store.by_id[span.fact_id].entities
            if self.entities.canonical(e.name) == name
        )
        mentioned = parsed.names
        same_role = [
            self.entities.canonical(e.name)
            for fact in self.store.facts
            for e in fact.entities
            if e.role == role
        ]
        same_kind = [a.name for a in self.store.aliases if a.kind == kind]
        pool = same_role if kind == "term" else [*same_role, *same_kind]
        for other in dict.fromkeys(pool):
            if other not in mentioned and self.entities.kind(other) == kind:
                yield self._as_written(other, span.start == 0), other in same_role

    def _as_written(self, name: str, sentence_start: bool) -> str:
        """A name with the article the store gives it when it stands alone: "the United
        States" ("of the United States."), "the Carnegie Moscow Center" (an alias)."""
        variants = {a.name: a.aliases for a in self.store.aliases}.get(name, ())
        alone = re.compile(rf"(?<![\w-])(the\s+)?{re.escape(name)}(?=[.,;:]|$)", re.IGNORECASE)
        uses = [
            m.group(1) is not None for f in self.store.facts for m in alone.finditer(f.statement)
        ]
        article = f"the {name}".lower() in {v.lower() for v in variants} or (
            bool(uses) and sum(uses) * 2 > len(uses)
        )
        written = f"the {name}" if article and not name.lower().startswith("the ") else name
        return written[0].upper() + written[1:] if sentence_start else written

    def _reads_as_wrong(
        self, span: SlotSpan, parsed: ParsedText, statement: str, text: str
    ) -> float | None:
        """Parse the changed statement back: the new value must stand where the old one
        stood, of the same type, and differ from every slot of the fact. Its sort order, or
        None when the change does not read as intended."""
        fact = self.store.by_id[span.fact_id]
        changed = parse_text(statement, self.entities)
        end = span.start + len(text)
        if span.kind == "quantity":
            old = _quantity_at(parsed, span.start)
            new = next(
                (q for q in changed.quantities if (q.start, q.end) == (span.start, end)), None
            )
            if old is None or new is None or (new.unit, new.dimension) != (old.unit, old.dimension):
                return None
            if any(consistent_quantities(new, s.quantity) for s in fact.quantities):
                return None
            return new.value
        if span.kind == "date":
            span_new = next(
                (d for d in changed.dates if (d.start_offset, d.end_offset) == (span.start, end)),
                None,
            )
            if span_new is None or any(
                date_relation(span_new, s.date) != "different" for s in fact.dates
            ):
                return None
            return float(_date_order(span_new))
        if span.kind == "rank":
            rank = next((r for r in changed.ranks if (r.start, r.end) == (span.start, end)), None)
            old_rank = _rank_at(parsed, span.start)
            if rank is None or old_rank is None or not comparable_ranks(rank, old_rank):
                return None
            if any(s.rank.value == rank.value for s in fact.ranks):
                return None
            return float(rank.value)
        names = {m.name for m in changed.mentions if span.start <= m.start and m.end <= end}
        old_name = self.entities.canonical(span.text)
        if len(names) != 1 or old_name in changed.names:
            return None
        return 0.0

    def _asks_for(self, answer: str, span: SlotSpan) -> bool:
        """Whether a curated answer names exactly the span's value."""
        return self.grader.equivalent(span.text, answer)


# --- numbers -------------------------------------------------------------------------------


def _render_number(
    text: str, token: NumberToken, value: float, from_store: bool
) -> Iterator[tuple[str, bool]]:
    """`text` with its number replaced by `value`, written the same way; nothing when the
    value cannot be written so (a fraction in words) or would change a noun's number."""
    whole = int(value)
    if value != whole and token.family != "digits":
        return
    after = text[token.end : token.end + 1]
    if (token.value == 1) != (value == 1) and after == " " and token.family in ("digits", "word"):
        return  # "1 day" -> "2 day"
    if token.family == "digits":
        written = f"{whole}" if value == whole else f"{value:g}"
    elif token.family == "ordinal":
        written = digit_ordinal(whole)
    elif token.family == "multiplier":
        names = {n: w for w, n in MULTIPLIERS.items()}
        if whole not in names:
            return
        written = names[whole]
    elif not 0 < whole < 100:
        return
    else:
        written = spell(whole) if token.family == "word" else spell_ordinal(whole)
    if token.capital:
        written = written[0].upper() + written[1:]
    yield text[: token.start] + written + text[token.end :], from_store


def _perturbed(value: float, multiplier: bool) -> list[float]:
    """Nearby wrong values, nearest first: 38 -> 28, 48, 18, 58, 8, 68."""
    if multiplier:
        return [float(n) for n in MULTIPLIERS.values() if n != value]
    magnitude = abs(value)
    if magnitude < 10:
        step = 1.0
    elif magnitude < 20:
        step = 2.0
    else:
        step = 10.0 ** (len(str(int(magnitude))) - 1)
        step = step / 2 if magnitude >= 100 else step
    found = []
    for k in (1, 2, 3):
        for sign in (-1, 1):
            candidate = value + sign * k * step
            if candidate > 0:
                found.append(candidate)
    return found


def _plausible(value: float, key: float) -> bool:
    if key == 0 or value == 0:
        return False
    ratio = abs(value / key)
    return 1 / _MAGNITUDE <= ratio <= _MAGNITUDE


def _quantity_at(parsed: ParsedText, start: int) -> Quantity | None:
    return next((q for q in parsed.quantities if q.start == start), None)


def _rank_at(parsed: ParsedText, start: int) -> Rank | None:
    return next((r for r in parsed.ranks if r.start == start), None)


def _date_at(parsed: ParsedText, start: int) -> DateSpan | None:
    return next((d for d in parsed.dates if d.start_offset == start), None)


# --- ranks -------------------------------------------------------------------------------


def _render_rank(text: str, rank: Rank, value: int, from_store: bool) -> Iterator[tuple[str, bool]]:
    """`text` with its rank replaced: "ninth-largest" -> "seventh-largest", "largest" ->
    "second-largest", "first" -> "second"."""
    if not 0 < value < 100:
        return
    token = number_token(text)
    if token is not None and token.family in ("ordinal", "word_ordinal"):
        rest = text[token.end :]
        if value == 1 and rank.kind == "rank" and rest.startswith("-"):
            yield text[: token.start] + rest[1:], from_store
            return
        yield from _render_number(text, token, float(value), from_store)
    elif token is None and rank.kind == "rank" and value != 1:
        yield f"{spell_ordinal(value)}-{text}", from_store


# --- dates -------------------------------------------------------------------------------

_MONTHS = tuple(calendar.month_name)[1:]
_WEEKDAYS = tuple(calendar.day_name)
_PARTS = ("early", "mid", "late")
_DATE_TOKEN = lazy_compile(
    r"\b(?:(?P<year>\d{4})|(?P<day>\d{1,2})(?:st|nd|rd|th)?|(?P<month>"
    + "|".join(_MONTHS)
    + r")|(?P<weekday>"
    + "|".join(_WEEKDAYS)
    + r")|(?P<part>early|mid|late))\b",
    re.IGNORECASE,
)


def _shape(date: DateSpan) -> tuple[bool, ...]:
    """What a date states: a day, a month, a year, a range, a part, a weekday."""
    return (
        date.start.day is not None,
        date.start.month is not None,
        date.start.year is not None,
        date.start != date.end,
        date.part is not None,
        date.weekday is not None,
    )


def _date_order(date: DateSpan) -> int:
    """A sortable number for a date: "early September 2015" before "mid September 2015"."""
    start = date.start
    day = start.day or {"early": 1, "mid": 11, "late": 21}.get(date.part or "", 0)
    return (start.year or 0) * 10_000 + (start.month or 0) * 100 + day


def _with_year_of(other: DateSpan, date: DateSpan) -> DateSpan:
    """Another store date, in the key's year when the key's year is not what varies."""
    if date.start.month is None or other.start.year is None:
        return other
    year = date.start.year
    return DateSpan(
        PartialDate(year, other.start.month, other.start.day),
        PartialDate(year, other.end.month, other.end.day),
        _weekday(PartialDate(year, other.start.month, other.start.day))
        if other.weekday is not None
        else None,
        other.part,
    )


def _weekday(date: PartialDate) -> int | None:
    if date.year and date.month and date.day:
        return datetime.date(date.year, date.month, date.day).weekday()
    return None


def _shifted_dates(date: DateSpan) -> Iterator[DateSpan]:
    """Dates of the same shape near the key, nearest first: a range moves by its length."""
    start, end = date.start, date.end
    if start.day is not None and start.month is not None and end.day is not None:
        length = end.day - start.day + 1 if start != end else 1
        year = start.year or 2001  # any year with the same month lengths is fine
        for k in (1, 2, 3):
            for sign in (-1, 1):
                shift = sign * k * length
                first, last = start.day + shift, end.day + shift
                if first >= 1 and last <= days_in_month(year, start.month):
                    new_start = PartialDate(start.year, start.month, first)
                    new_end = PartialDate(end.year, end.month, last)
                    weekday = _weekday(new_start) if date.weekday is not None else None
                    yield DateSpan(new_start, new_end, weekday, date.part)
    elif start.month is not None:
        for part in _PARTS:
            if date.part is not None and part != date.part:
                yield DateSpan(start, end, None, part)
        for k in (1, 2, 3):
            for sign in (-1, 1):
                month = start.month + sign * k
                if 1 <= month <= 12:
                    yield DateSpan(
                        PartialDate(start.year, month),
                        PartialDate(end.year, month),
                        None,
                        date.part,
                    )
    elif start.year is not None:
        for k in (1, 2, 3):
            for sign in (-1, 1):
                year = start.year + sign * k
                yield DateSpan(PartialDate(year), PartialDate(year), None, date.part)


def _render_date(text: str, old: DateSpan, new: DateSpan) -> str:
    """`text` with the parts of `old` replaced by those of `new`, in the same wording."""
    days = iter([d for d in (new.start.day, new.end.day) if d is not None])
    if new.start == new.end:
        days = iter([new.start.day] if new.start.day is not None else [])

    def replace(match: re.Match[str]) -> str:
        found = match.group()
        if match.group("year") and new.start.year is not None:
            return str(new.start.year)
        if match.group("day"):
            day = next(days, None)
            return found if day is None else found.replace(match.group("day"), str(day), 1)
        if match.group("month") and new.start.month is not None:
            return _MONTHS[new.start.month - 1]
        if match.group("weekday") and new.weekday is not None:
            return _WEEKDAYS[new.weekday]
        if match.group("part") and new.part is not None:
            return new.part
        return found

    return _DATE_TOKEN.sub(replace, text)
