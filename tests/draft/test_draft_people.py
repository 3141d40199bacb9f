"""People's names: the surname a person goes by, with a name's particles."""

from __future__ import annotations

import pytest

from factcli.draft import draft_article
from factcli.draft.people import addressed, surname_of


@pytest.mark.parametrize(
    ("person", "text", "surname"),
    [
        ("Osama bin Laden", "Bin Laden's agents struck.", "bin Laden"),
        ("Micky van de Ven", "Van de Ven cleared it.", "van de Ven"),
        ("Omar Hassan al-Bashir", "Mr. Bashir denied it.", "Bashir"),
        ("Omar Hassan al-Bashir", "Nothing else.", "al-Bashir"),
        ("Ingrid Berg", "Berg said so.", "Berg"),
    ],
)
def test_a_surname_keeps_its_particles(person: str, text: str, surname: str) -> None:
    assert surname_of(person, f"{person} spoke. {text}") == surname


def test_mr_and_a_surname_is_the_person_named_in_full() -> None:
    text = "Omar Hassan al-Bashir spoke. Mr. Bashir denied it. Mr. Lee did not."
    assert addressed(text, {"Omar Hassan al-Bashir": None}) == ["Lee"]
    assert addressed("Mr Lee's critics spoke.", {}) == ["Lee"]  # no possessive in a name


def test_a_name_with_particles_is_one_person_with_its_short_forms() -> None:
    text = (
        "A title\n\nSudan's president, Omar Hassan al-Bashir, faces charges, said Ana Diaz. "
        "Mr. Bashir denies them. In the mid-1990s, Osama bin Laden lived in Khartoum, the "
        "officials said. Bin Laden's agents later struck.\n"
    )
    people = {a.name: a for a in draft_article(text).aliases if a.kind == "person"}
    assert {"Bashir", "Omar al-Bashir"} <= set(people["Omar Hassan al-Bashir"].aliases)
    assert "bin Laden" in people["Osama bin Laden"].aliases
    assert "Bashir" not in people
    assert "Bin Laden" not in people
