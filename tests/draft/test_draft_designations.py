"""Names that end in a number: the whole name, its shorter forms and its codes."""

from __future__ import annotations

from factcli.draft.designations import designations, with_designations
from factcli.model import Alias

TEXT = (
    "A title\n\nSearchers looked for Lemuria Air Flight 512 on March 8. Lemuria Air said "
    "Flight LA512 was an Orca 310. In 2014, Atlantis Airways Flight 77 landed. The crash "
    "of Mu's Flight 9 was in 1999.\n"
)


def test_a_name_with_a_number_has_its_shorter_forms_and_codes() -> None:
    found = {a.name: a for a in designations(TEXT)}
    assert set(found) == {
        "Lemuria Air Flight 512",
        "Orca 310",
        "Atlantis Airways Flight 77",
        "Mu Flight 9",
    }  # "March 8", "In 2014" and "in 1999" are dates
    assert {"Flight 512", "LA512", "Flight LA512"} <= set(found["Lemuria Air Flight 512"].aliases)
    assert "Airways Flight 77" not in found["Atlantis Airways Flight 77"].aliases
    assert found["Mu Flight 9"].kind == "product"


def test_the_names_cut_at_the_number_leave_the_table() -> None:
    table = [
        Alias("Lemuria Air Flight", "organization"),
        Alias("Lemuria Air", "organization"),
        Alias("Mu", "country", ("Mu's",)),
    ]
    names = [a.name for a in with_designations(table, TEXT)]
    assert "Lemuria Air Flight" not in names
    assert {"Lemuria Air", "Mu", "Lemuria Air Flight 512"} <= set(names)
