"""Drafting end to end: facts, slots, attribution, modality; a valid store, byte for byte
the same on every run."""

from __future__ import annotations

from pathlib import Path

from factcli.draft import Overrides, draft_article
from factcli.draft.writer import to_jsonl, to_toml
from factcli.store import load_store
from factcli.validate import quote_problems


def _fact(article: str, start: str):  # type: ignore[no-untyped-def]
    return next(f for f in draft_article(article).facts if f.statement.startswith(start))


def test_the_draft_is_a_valid_store_whose_quotes_are_in_the_source(
    article: str, tmp_path: Path
) -> None:
    for name, text in (("a.toml", to_toml(draft_article(article))),
                       ("a.jsonl", to_jsonl(draft_article(article)))):  # fmt: skip
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        store = load_store([path])
        assert store.facts
        assert quote_problems(store, article, "article.txt") == []


def test_drafting_twice_gives_the_same_bytes(article: str) -> None:
    assert to_toml(draft_article(article)) == to_toml(draft_article(article))
    assert to_jsonl(draft_article(article)) == to_jsonl(draft_article(article))


def test_overrides_win(article: str) -> None:
    draft = draft_article(article, Overrides("Other", "Wire", "2021-04-15"))
    assert (draft.title, draft.publisher, draft.date) == ("Other", "Wire", "2021-04-15")


def test_a_clause_gets_its_values_and_a_resolved_weekday(article: str) -> None:
    fact = _fact(article, "Harbor Foods reported")
    assert not fact.statement.startswith("OSLO")
    assert (fact.quantities[0].value, fact.quantities[0].unit) == (42000000, "EUR")
    assert (fact.dates[0].date, fact.dates[0].weekday) == ("2021-04-13", "Tuesday")


def test_reported_speech_is_attributed_with_the_post(article: str) -> None:
    fact = _fact(article, "Harbor Foods sold")
    assert fact.speaker == ("Ingrid Berg", "chief executive of Harbor Foods")


def test_pronouns_resolve_and_modality_follows_cue_words(article: str) -> None:
    fact = _fact(article, "Ingrid Berg said Harbor Foods would open")
    assert fact.modality == "expected"
    assert fact.dates[0].date == "2022"
    assert _fact(article, "Harbor Foods expects revenue").modality == "expected"


def test_a_post_gets_a_fact_of_its_own(article: str) -> None:
    fact = _fact(article, "Ingrid Berg is")
    assert set(fact.entities) == {("chief executive", "post"), ("Harbor Foods", "employer")}
    assert fact.keys == ("Ingrid Berg",)


def test_ranks_and_negation(article: str) -> None:
    assert _fact(article, "Harbor Foods is Norway's").ranks[0].value == 3
    assert _fact(article, "The Norwegian government did not").negated


def test_an_apposition_is_a_fact_of_its_own() -> None:
    text = "A title\n\nNorway, a country of about 5 million people, exports fish.\n"
    fact = _fact(text, "Norway is a country")
    assert fact.keys[0] == "Norway"
    assert fact.quantities[0].value == 5000000
