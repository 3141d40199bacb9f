"""Quote validation: every quote of a store stands verbatim in its source document."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.model import Store
from factcli.store import load_store
from factcli.validate import credit_problems, quote_form, quote_problems, read_source_text
from tests.conftest import SOURCE_DIR


@pytest.mark.skipif(not SOURCE_DIR.is_dir(), reason="the shared source folder is not present")
def test_every_bundled_quote_is_in_the_source(bundled_store: Store) -> None:
    (source,) = SOURCE_DIR.glob("*.txt")
    problems = quote_problems(bundled_store, read_source_text(source), str(source))
    assert problems == []


def test_typographic_quotes_dashes_and_spaces_are_forgiven() -> None:
    assert quote_form("\u201cIt\u2019s  a\u00a0deal \u2013 now\u201d") == '"It\'s a deal - now"'


def test_a_changed_word_is_a_problem(mini_store_path: Path) -> None:
    store = load_store([mini_store_path])
    text = (
        "Atlantis ships 12 million tonnes of fish a year to Lemuria. "
        "The summit runs from March 3 to 6."
    )
    problems = quote_problems(store, text, "source.txt")
    assert [(p.fact_id, p.field) for p in problems] == [("summit-date", "quote")]


def test_source_with_invalid_utf8_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_bytes(b"caf\xe9 and more")
    assert read_source_text(path).startswith("caf\ufffd")


def test_bundled_store_follows_the_published_json_schema() -> None:
    import json
    import sys

    jsonschema = pytest.importorskip("jsonschema")
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    root = Path(__file__).resolve().parents[1]
    schema = json.loads((root / "facts" / "schema.json").read_text(encoding="utf-8"))
    for path in (root / "facts").glob("*.toml"):
        record = tomllib.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(record, schema)


def test_the_schema_rejects_what_the_loader_rejects() -> None:
    import json

    jsonschema = pytest.importorskip("jsonschema")
    root = Path(__file__).resolve().parents[1]
    schema = json.loads((root / "facts" / "schema.json").read_text(encoding="utf-8"))
    fact = {"id": "Not Kebab", "statement": "S.", "quote": "Q.", "attribution": "article",
            "modality": "reported"}  # fmt: skip
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"source": {"title": "t"}, "facts": [fact]}, schema)


def test_a_photo_credit_in_a_quote_is_a_problem(mini_store_path: Path) -> None:
    text = mini_store_path.read_text(encoding="utf-8")
    credited = text.replace(
        'quote = "The summit runs from March 3 to 5."',
        'quote = "The summit runs from March 3 to 5.Image: Reuters/M. Klimentyev"',
    )
    mini_store_path.write_text(credited, encoding="utf-8")
    (problem,) = credit_problems(load_store([mini_store_path]))
    assert (problem.fact_id, problem.field) == ("summit-date", "quote")
    assert "photo credit ('Image: Reuters/M. Klimentyev')" in problem.message


def test_quotes_without_credits_and_the_bundled_store_are_clean(
    mini_store_path: Path, bundled_store: Store
) -> None:
    assert credit_problems(load_store([mini_store_path])) == []
    assert credit_problems(bundled_store) == []
