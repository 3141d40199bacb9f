"""Export a store as an Anki deck: a tab-separated file Anki imports as Basic notes.

Header lines tell Anki the separator, that fields are plain text (not HTML), and which
column holds the tags. Each fact gives one note per short-answer question it supports.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from typing import IO

from factcli.model import Fact, Store
from factcli.quiz.generate import QuestionBank

HEADER = ("#separator:tab", "#html:false", "#tags column:3")


def notes(store: Store) -> Iterator[tuple[str, str, str]]:
    """(front, back, tags) for each question of each fact: the curated ones, then one per
    slot, then the statement itself for a fact with neither."""
    bank = QuestionBank(store)
    for fact in store.facts:
        back_extra = _evidence(fact)
        tags = " ".join([f"factcli::{fact.id}", *(t.replace(" ", "_") for t in fact.topics)])
        fronts = [(q.prompt, q.answer) for q in fact.questions]
        fronts += [(bank.cloze(span), span.text) for span in bank.spans(fact)]
        if not fronts:
            fronts = [(f"True or false: {fact.statement}", "True")]
        for front, answer in fronts:
            yield front, f"{answer} \u2014 {back_extra}", tags


def _evidence(fact: Fact) -> str:
    return f"\u201c{fact.quote}\u201d ({fact.attribution}; {fact.source.citation()})"


def write(store: Store, out: IO[str], clean: Callable[[str], str] = str) -> int:
    """Write the deck to `out`; the number of notes written. Each field goes through
    `clean` (the CLI escapes control characters with it) once on one line."""
    for line in HEADER:
        out.write(line + "\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    count = 0
    for front, back, tags in notes(store):
        writer.writerow([clean(_one_line(front)), clean(_one_line(back)), clean(tags)])
        count += 1
    return count


def _one_line(text: str) -> str:
    """Tabs and line breaks would split a field: Anki gets spaces instead."""
    return " ".join(text.split())
