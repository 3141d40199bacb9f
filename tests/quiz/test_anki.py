"""The Anki export: a tab-separated file with Anki's header lines."""

from __future__ import annotations

import csv
import io

from factcli.quiz import anki
from factcli.store import load_store


def test_anki_export() -> None:
    store = load_store()
    out = io.StringIO()
    count = anki.write(store, out)
    lines = out.getvalue().splitlines()
    assert lines[:3] == ["#separator:tab", "#html:false", "#tags column:3"]
    rows = list(csv.reader(lines[3:], delimiter="\t"))
    assert len(rows) == count >= len(store.facts)
    assert all(len(row) == 3 and row[0] and row[1] for row in rows)
    curated = next(r for r in rows if r[0].startswith("Which firm does Rajiv Biswas"))
    assert curated[1].startswith("IHS")
    assert "factcli::biswas-post" in curated[2]
    assert {r[2].split()[0] for r in rows} == {f"factcli::{f.id}" for f in store.facts}
