"""Names of bodies the alias table's names run into: legal forms and other branches."""

from __future__ import annotations

import pytest

from factcli.bodies import with_legal_forms
from factcli.entities import EntityIndex
from factcli.model import Alias
from factcli.values import Mention

INDEX = EntityIndex([Alias("Harbor Foods", "organization", ())])


@pytest.mark.parametrize(
    "text", ["Harbor Foods Inc. beat estimates.", "Harbor Foods, Inc. beat estimates."]
)
def test_a_legal_form_belongs_to_the_name(text: str) -> None:
    found = INDEX.find(text)
    assert [m.name for m in found] == ["Harbor Foods"]
    assert text[found[0].start : found[0].end].rstrip(".").endswith("Inc")


def test_a_legal_form_joins_only_a_body() -> None:
    text = "Ana Diaz Inc. beat estimates."
    person = Mention(0, 8, "Ana Diaz", "person", known=True)
    assert with_legal_forms(text, [person]) == [person]
