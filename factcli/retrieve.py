"""Find the facts a claim may be about: an inverted index over stems and names picks
candidates, rapidfuzz ranks them. Nothing here decides a verdict.

The index is compact: one array of fact numbers, sliced per token. Small stores are loaded
whole (through the store cache) and their index is cached beside them. Large JSON Lines
stores are never loaded whole: a one-time build validates every record, indexes it and
keeps each fact's file offset; a check then reads from disk only the facts it ranks.
"""

import datetime
import json
import math
import os
import sys
import time
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache, partial
from itertools import compress
from operator import le
from pathlib import Path
from typing import IO, Any, NamedTuple

from rapidfuzz import fuzz, process, utils

from factcli.entities import EntityIndex
from factcli.lexicon import STOP_WORDS, stem, words
from factcli.model import Alias, Fact, Location, Source, Store
from factcli.parse import ParsedText
from factcli.statements import MAX_PARSED_FACTS, ParsedStatements
from factcli.synonyms import widened
from factcli.values import WEEKDAY_NAMES, DateSpan

POOL = 60  # facts ranked by rapidfuzz after the index has picked them
# JSON Lines stores above this (~2,000 facts) are served lazily: unpickling 10k facts takes
# longer (~200 ms) than opening the lazy index of 1M.
LARGE_STORE_BYTES = 1024 * 1024
# Postings a query reads, rarest tokens first; commoner tokens are looked up for the
# PROBED best facts only. This bounds latency on large stores; small stores stay exact.
SCAN_BUDGET = 40_000
PROBED = 1_000
PROGRESS_AFTER = 1.0  # seconds of building before a progress bar appears


class Candidate(NamedTuple):
    """A fact the claim may be about, with its similarity to the claim (0-100)."""

    fact: Fact
    score: float


class TermIndex:
    """An inverted index: each token's fact numbers are one slice of a single int array."""

    def __init__(self, spans: dict[str, tuple[int, int]], postings: "array[int]", size: int):
        self.spans = spans
        self.postings = postings
        self.size = size

    @classmethod
    def build(cls, token_sets: Iterable[set[str]]) -> "TermIndex":
        """Index the token sets of facts 0, 1, 2, ... in order."""
        lists: dict[str, array[int]] = {}
        size = 0
        for number, tokens in enumerate(token_sets):
            for token in tokens:
                found = lists.get(token)
                if found is None:
                    found = lists[token] = array("I")
                found.append(number)
            size = number + 1
        postings: array[int] = array("I")
        spans: dict[str, tuple[int, int]] = {}
        for token in sorted(lists):
            spans[token] = (len(postings), len(postings) + len(lists[token]))
            postings.extend(lists.pop(token))
        return cls(spans, postings, size)

    def indexes(self, token: str, number: int) -> bool:
        """Is fact `number` indexed under `token`? A token's postings are in fact order: a
        bisection, where a set of them would copy up to the whole store's (a claim dated to
        the day asks of its candidates whether they are so dated too)."""
        span = self.spans.get(token)
        if span is None:
            return False
        at = bisect_left(self.postings, number, span[0], span[1])
        return at < span[1] and self.postings[at] == number

    def weigh(self, tokens: AbstractSet[str], widened: AbstractSet[str]) -> dict[int, float]:
        """Each fact's summed idf over the claim's tokens (synonyms count half).

        The rarest tokens' postings are read, up to SCAN_BUDGET; commoner tokens are only
        looked up (by bisection) for the PROBED best facts so far, and only those are
        returned: every other fact ranks below each of them (lighter before the look-ups,
        which only add). A claim whose tokens have fewer postings than the budget is
        weighed exactly."""
        found = sorted(
            (end - start, token, start, end)
            for token in widened
            if (span := self.spans.get(token)) is not None
            for start, end in (span,)
        )
        weights: dict[int, float] = {}
        probes: list[tuple[float, int, int]] = []
        read = 0
        for count, token, start, end in found:
            weight = math.log(1 + self.size / count) * (1.0 if token in tokens else 0.5)
            if read and read + count > SCAN_BUDGET:
                probes.append((weight, start, end))
                continue
            read += count
            # Dict and set operations run in C; Python only touches facts already weighed.
            added = dict.fromkeys(self.postings[start:end], weight)
            for number in added.keys() & weights.keys():
                added[number] += weights[number]
            weights.update(added)
        if not probes:
            return weights
        postings = self.postings
        probed = {number: weights[number] for number in top_weighted(weights, PROBED)}
        for number in probed:
            for weight, start, end in probes:
                at = bisect_left(postings, number, start, end)
                if at < end and postings[at] == number:
                    probed[number] += weight
        return probed  # the pool is then chosen among 1,000 facts, not ~30,000


class MemoryFacts:
    """The facts of a loaded store by number: statements for ranking, facts for checking."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self._facts = facts

    def statement(self, number: int) -> str:
        """The statement of fact `number`."""
        return self._facts[number].statement

    def fact(self, number: int) -> Fact:
        """Fact `number`."""
        return self._facts[number]


class JsonlFacts:
    """Facts read on demand from their JSON Lines files, by byte offset."""

    def __init__(
        self,
        paths: tuple[str, ...],
        sources: tuple[Source, ...],
        files: "array[int]",
        offsets: "array[int]",
        lines: "array[int]",
    ) -> None:
        self.paths = paths
        self.sources = sources
        self.files = files
        self.offsets = offsets
        self.lines = lines
        self._streams: dict[int, IO[bytes]] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_streams"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, _streams={})

    def _record(self, number: int) -> Any:
        file = self.files[number]
        stream = self._streams.get(file)
        if stream is None:
            stream = self._streams[file] = open(self.paths[file], "rb")  # noqa: SIM115
        stream.seek(self.offsets[number])
        return json.loads(stream.readline())

    def statement(self, number: int) -> str:
        """The statement of fact `number`, read from its file."""
        return str(self._record(number)["statement"])

    def fact(self, number: int) -> Fact:
        """Fact `number`, read from its file and built as the loader builds it (StoreError
        if the file changed under the cache since it was validated)."""
        from factcli.store import fact_from_record

        file = self.files[number]
        location = Location(self.paths[file], self.lines[number])
        return fact_from_record(self._record(number), self.sources[file], location)


class LazyStore(NamedTuple):
    """A large store served from the cache: aliases, sources and index in memory, facts
    read from disk only when a claim's candidates need them."""

    aliases: tuple[Alias, ...]
    sources: tuple[Source, ...]
    facts: JsonlFacts
    term_index: TermIndex


class Retriever:
    """Picks candidate facts with a TermIndex and ranks them with rapidfuzz."""

    def __init__(
        self, store: Store | LazyStore, entities: EntityIndex, index: TermIndex | None = None
    ) -> None:
        self._prepared: dict[int, str] = {}
        if isinstance(store, LazyStore):
            self._facts: MemoryFacts | JsonlFacts = store.facts
            self._index = store.term_index
        else:
            self._facts = MemoryFacts(store.facts)
            self._index = index or build_index(store, entities)

    def _processed(self, number: int) -> str:
        """A statement as rapidfuzz compares it, prepared once per fact: token_set_ratio
        reads only the set of its words, so they are kept sorted, each once, which spares
        the scorer that work at every claim."""
        found = self._prepared.get(number)
        if found is None:
            words = utils.default_process(self._facts.statement(number)).split()
            found = self._prepared[number] = " ".join(sorted(set(words)))
        return found

    def knows(self, stem: str) -> bool:
        """Does any fact of the store use this word (as a stem)?"""
        return stem in self._index.spans

    def candidates(self, claim: ParsedText, limit: int) -> list[Candidate]:
        """The facts most likely to be what the claim is about, best first."""
        tokens = _stems(claim.text)
        for mention in claim.mentions:
            tokens |= _name_stems(mention.name)
        weights = self._index.weigh(tokens, widened(tokens))
        pool = top_weighted(weights, POOL)
        query = utils.default_process(claim.text)
        top_weight = max(weights.values(), default=1.0)
        prepared = self._prepared
        choices = [prepared.get(number) or self._processed(number) for number in pool]
        ranked = sorted(
            [
                (-(score / 100 + weights[pool[position]] / top_weight), position,
                 pool[position], float(score))
                for _, score, position in process.extract(
                    query, choices, scorer=fuzz.token_set_ratio, limit=None
                )
            ]
        )  # fmt: skip
        chosen = ranked[:limit]
        if any(d.start.day is not None or d.weekday is not None for d in claim.dates):
            # a claim dated to the day meets the dated facts nearest it, among those its
            # words found: their words may share little with it ("from May 8-10")
            dated = partial(self._index.indexes, DAY_TOKEN)
            missing = [r for r in ranked[limit:] if dated(r[2])][:DATED_CANDIDATES]
            missing = missing[: DATED_CANDIDATES - sum(dated(r[2]) for r in chosen)]
            if missing:
                chosen = chosen[: limit - len(missing)] + missing
        return [Candidate(self._facts.fact(n), score) for _, _, n, score in chosen]


def top_weighted(weights: dict[int, float], count: int) -> list[int]:
    """The `count` heaviest facts, heaviest first, ties by fact number.

    Weights take few distinct values (sums of a few idfs), so the cut-off weight is found
    among the distinct values and only the facts at or above it are sorted."""
    if len(weights) <= count:  # every fact: no cut-off to find
        return _heaviest_first(list(weights), weights)
    remaining = count
    cutoff = 0.0
    tally = Counter(weights.values())
    for value in sorted(tally, reverse=True):
        cutoff = value
        remaining -= tally[value]
        if remaining <= 0:
            break
    # the facts at or above the cut-off, chosen in C: a large store weighs ~100,000 facts
    heavy = list(compress(weights, map(partial(le, cutoff), weights.values())))
    return _heaviest_first(heavy, weights)[:count]


def _heaviest_first(numbers: list[int], weights: dict[int, float]) -> list[int]:
    """Heaviest first, ties by fact number: two sorts in C (the second is stable)."""
    numbers.sort()
    numbers.sort(key=weights.__getitem__, reverse=True)
    return numbers


def _stems(text: str) -> set[str]:
    return {stem(word) for word in words(text) if word not in STOP_WORDS}


@lru_cache(maxsize=4096)
def _name_stems(name: str) -> frozenset[str]:
    """The stems of a name, kept: the same names come back from claim to claim."""
    return frozenset(_stems(name))


def fact_tokens(
    fact: Fact, entities: EntityIndex, variants: dict[str, tuple[str, ...]]
) -> set[str]:
    """What a fact is indexed under: stems of its statement, keys, entity names and every
    alias of the names it mentions."""
    text = " ".join([fact.statement, *fact.keys, *(e.name for e in fact.entities)])
    tokens = _stems(text)
    names = [e.name for e in fact.entities]
    names += [alt.strip() for key in fact.keys for alt in key.split("|")]
    for name in names:
        for variant in variants.get(entities.canonical(name), ()):
            tokens |= _stems(variant)
    for slot in fact.dates:
        tokens |= _date_tokens(slot.date)
    return tokens


DAY_TOKEN = "<day>"  # a token no word stems to: the fact dates something to the day
DATED_CANDIDATES = 2  # of a claim dated to the day, candidates kept for facts so dated
_WEEK_DAYS = 7


def _date_tokens(span: DateSpan) -> set[str]:
    """What a dated fact is found under beside its words: that it has a day's date, and the
    weekdays its days fall on ("Xi will visit Moscow from Thursday" finds a trip of May
    8-10, 2015, whose words name no weekday)."""
    start, end = span.start, span.end
    if start.day is None:
        return set()
    found = {DAY_TOKEN}
    if start.year is None or start.month is None or end.year is None or end.month is None:
        return found
    try:
        first = datetime.date(start.year, start.month, start.day)
        last = datetime.date(end.year, end.month, end.day or start.day)
    except ValueError:
        return found
    days = (last - first).days + 1
    if 0 < days <= _WEEK_DAYS:
        found |= {
            stem(WEEKDAY_NAMES[(first + datetime.timedelta(n)).weekday()].lower())
            for n in range(days)
        }
    return found


def alias_variants(aliases: Iterable[Alias]) -> dict[str, tuple[str, ...]]:
    """Each canonical name's other names."""
    return {alias.name: tuple(alias.aliases) for alias in aliases}


def build_index(store: Store, entities: EntityIndex) -> TermIndex:
    """The TermIndex of a loaded store."""
    variants = alias_variants(store.aliases)
    return TermIndex.build(fact_tokens(fact, entities, variants) for fact in store.facts)


# --- opening stores through the cache ----------------------------------------------------


class OpenStore(NamedTuple):
    """A store as a checker opens it: the facts, their index and, for a store of at most
    MAX_PARSED_FACTS facts, their statements parsed (None: parsed when first needed)."""

    store: Store | LazyStore
    term_index: TermIndex
    statements: ParsedStatements | None


def open_store(paths: Sequence[str | os.PathLike[str]] | None = None) -> OpenStore:
    """The store at `paths` (default: the bundled store) with its index and parsed
    statements, from the cache.

    Small stores load whole; JSON Lines stores over LARGE_STORE_BYTES load lazily."""
    from factcli import cache
    from factcli.store import load_store, store_files

    files = store_files(paths)
    if is_large(files):
        lazy = cache.cached(files, "lazy", LazyStore, lambda: build_lazy_store(files))
        return OpenStore(lazy, lazy.term_index, None)
    store = load_store(paths)

    def build() -> TermIndex:
        return build_index(store, EntityIndex(store.aliases))

    index = cache.cached(files, "index", TermIndex, build)
    if len(store.facts) > MAX_PARSED_FACTS:
        return OpenStore(store, index, None)

    def parse() -> ParsedStatements:
        return ParsedStatements.build(store.facts, EntityIndex(store.aliases))

    return OpenStore(store, index, cache.cached(files, "statements", ParsedStatements, parse))


def is_large(files: Sequence[Path]) -> bool:
    """Whether a store is served lazily: JSON Lines only, and over LARGE_STORE_BYTES."""
    if any(path.suffix != ".jsonl" for path in files):
        return False
    return sum(path.stat().st_size for path in files) > LARGE_STORE_BYTES


def build_lazy_store(files: Sequence[Path]) -> LazyStore:
    """Validate and index JSON Lines store files in one streaming pass (no fact is kept).

    Raises StoreError with every problem, as load_store does for the same files."""
    from factcli.errors import StoreError

    builder = _LazyBuilder(files)
    index = TermIndex.build(builder.token_sets())
    builder.progress.finish(index.size)
    if builder.problems:
        raise StoreError(builder.problems)
    table = JsonlFacts(
        tuple(str(p) for p in files),
        tuple(builder.sources),
        builder.files,
        builder.offsets,
        builder.lines,
    )
    return LazyStore(tuple(builder.aliases), tuple(builder.sources), table, index)


class _LazyBuilder:
    """One pass over JSON Lines files with the store's own reader (store.read_jsonl)."""

    def __init__(self, files: Sequence[Path]) -> None:
        from factcli.errors import StoreProblem

        self.paths = list(files)
        self.problems: list[StoreProblem] = []
        self.aliases: list[Alias] = []
        self.sources: list[Source] = []
        self.files: array[int] = array("H")
        self.offsets: array[int] = array("Q")
        self.lines: array[int] = array("I")
        self.progress = Progress(sum(p.stat().st_size for p in files), self.paths)

    def token_sets(self) -> Iterator[set[str]]:
        """The token set of every valid fact, in file order, validating as it goes."""
        from factcli.store import (
            AliasNames,
            duplicate_id,
            header_aliases,
            read_jsonl,
        )

        seen: dict[str, Location] = {}
        done = 0
        every_alias = [alias for path in self.paths for alias in header_aliases(path)]
        entities, variants = EntityIndex(every_alias), alias_variants(every_alias)
        names = AliasNames()
        for file, path in enumerate(self.paths):
            source = Source(title=path.stem, path=str(path))
            file_aliases: tuple[Alias, ...] = ()
            for entry in read_jsonl(path, self.problems, names):
                self.progress.update(done + entry.offset + entry.size)
                source = entry.source
                fact = entry.fact
                if fact is None:
                    file_aliases = entry.aliases
                    continue
                first = seen.get(fact.id)
                if first is not None:
                    self.problems.append(duplicate_id(fact, first))
                    continue
                seen[fact.id] = fact.location
                self.files.append(file)
                self.offsets.append(entry.offset)
                self.lines.append(entry.line)
                yield fact_tokens(fact, entities, variants)
            self.aliases.extend(file_aliases)
            self.sources.append(source)
            done += path.stat().st_size


class Progress:
    """A progress bar on stderr, shown only once a build has run PROGRESS_AFTER seconds."""

    def __init__(self, total: int, paths: Sequence[Path]) -> None:
        self.total = max(total, 1)
        self.label = ", ".join(p.name for p in paths)
        self.started = time.monotonic()
        self.shown = -1
        self.tty = sys.stderr.isatty()

    def update(self, done: int) -> None:
        """Redraw when a whole percent more is done (after the first second)."""
        percent = done * 100 // self.total
        if percent == self.shown or time.monotonic() - self.started < PROGRESS_AFTER:
            return
        if self.shown < 0:
            print(f"factcli: building the index of {self.label} (once)", file=sys.stderr)
        self.shown = percent
        if self.tty:
            bar = "#" * (percent // 4)
            print(f"\r  [{bar:<25}] {percent:3d}%", end="", file=sys.stderr, flush=True)

    def finish(self, facts: int) -> None:
        """Report the build, if it was long enough to show."""
        if self.shown >= 0:
            elapsed = time.monotonic() - self.started
            end = "\n" if self.tty else ""
            print(f"{end}factcli: indexed {facts:,} facts in {elapsed:.1f} s", file=sys.stderr)
