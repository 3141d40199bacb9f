"""The alias table's names found in text: the same spans as one regex alternation of every
name (longest first, ignoring case, never inside a word), without compiling one."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcli.entities import EntityIndex
from factcli.model import Alias
from factcli.parse import parse_text

ALIASES = [
    Alias("Russia", "country", ("Russian Federation", "RF", "Moskva-land")),
    Alias("Gazprom", "organization", ("Gazprom Export", "GAZP")),
    Alias("Power of Siberia", "product", ("PoS", "Power-of-Siberia")),
    Alias("U.S.", "country", ("US", "USA", "United States")),
    Alias("$X Fund", "organization", ()),
]


def _reference(aliases: list[Alias], text: str) -> list[tuple[int, int]]:
    """The spans the former single regex of every name matched."""
    names = {v.lower() if not (len(v) <= 5 and v.isupper() and v.isalpha()) else v
             for a in aliases for v in (a.name, *a.aliases)}  # fmt: skip
    ordered = sorted(names, key=lambda v: (-len(v), v))
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(v) for v in ordered) + r")(?!\w)", re.IGNORECASE
    )
    return [m.span(1) for m in pattern.finditer(text)]


_PIECES = st.sampled_from(
    [
        "Russia", "russian federation", "RF", "rf", "Moskva-land", "Gazprom", "Gazprom Export",
        "GAZP", "Power of Siberia", "power-of-siberia", "PoS", "U.S.", "US", "usa",
        "United States", "$X Fund", "Russias", "xRussia", "Gaz", " ", ", ", "-", ".", "'s",
        "the", "and", "\n", "é", "_", "Ru", "Σ",
    ]
)  # fmt: skip


@example("Gazprom")  # a longer name of the same first word must not be read past the end
@settings(max_examples=500)
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_names_are_found_where_the_single_regex_found_them(text: str) -> None:
    assert EntityIndex(ALIASES)._name_spans(text) == _reference(ALIASES, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gazprom Export signed with the Russian Federation.", ["Gazprom", "Russia"]),
        ("The Power of Siberia pipeline", ["Power of Siberia"]),
        ("Russias and xRussia are no names", []),
        ("exports to the US and the U.S.", ["U.S.", "U.S."]),
    ],
)
def test_known_names(text: str, names: list[str]) -> None:
    found = [m.name for m in EntityIndex(ALIASES).find(text) if m.known]
    assert found == names


def test_building_the_index_compiles_no_pattern_of_the_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A million names once took ~50 s to compile into one alternation: the work of
    building the index must not include a pattern that grows with the table."""
    compiled: list[int] = []
    original = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(len(pattern))
        return original(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    aliases = [Alias(f"Placeholder {n:06d}", "organization", (f"Ph{n:06d}",)) for n in range(5000)]
    index = EntityIndex(aliases)
    assert max(compiled, default=0) < 1000
    assert [m.name for m in index.find("Ph004999 met Placeholder 000007") if m.known] == [
        "Placeholder 004999",
        "Placeholder 000007",
    ]


def test_a_recurring_unknown_name_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fuzzy look-ups of an unknown name and of a misspelt phrase depend on the name
    alone: a stream of claims naming them again does them once per index."""
    looked_up: list[str] = []
    closest, misspelt = EntityIndex._closest_name, EntityIndex._misspelt_name

    def closest_counted(index: EntityIndex, name: str) -> tuple[str, str] | None:
        looked_up.append(name)
        return closest(index, name)

    def misspelt_counted(index: EntityIndex, phrase: str) -> tuple[str, str] | None:
        looked_up.append(phrase)
        return misspelt(index, phrase)

    monkeypatch.setattr(EntityIndex, "_closest_name", closest_counted)
    monkeypatch.setattr(EntityIndex, "_misspelt_name", misspelt_counted)
    index = EntityIndex(ALIASES)
    text = "Officials said Gazprum signed with the Powr of Siberia team in Vladivostok."
    for _ in range(3):
        found = index.find(text)
        assert [(m.name, m.known) for m in found] == [
            ("Gazprom", True),
            ("Power of Siberia", True),
            ("Vladivostok", False),
        ]
    assert sorted(looked_up) == ["gazprum", "powr of siberia"]


TYPO_ALIASES = [
    Alias("Moscow", "city", ()),
    Alias("World War II", "event", ("Second World War",)),
    Alias("S-400", "product", ()),
    Alias("Gazprom", "organization", ()),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He flew to Moskow.", "Moscow"),  # one letter changed in a short name
        ("He flew to Mosscow.", "Moscow"),
        ("The deal with Gazprum was signed.", "Gazprom"),
        ("The end of World Warr II came.", "World War II"),
    ],
)
def test_a_typo_in_a_known_name_is_that_name(text: str, name: str) -> None:
    assert [m.name for m in EntityIndex(TYPO_ALIASES).find(text) if m.known] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("he flew to mosscow", "Moscow"),
        ("a deal with gazprum", "Gazprom"),
        ("russia sold s-400s to india", "S-400"),  # the plural of a code
        ("Russia sold S-400s to India.", "S-400"),
    ],
)
def test_a_text_typed_in_lower_case_has_its_typos_and_plurals_read(text: str, name: str) -> None:
    assert name in [m.name for m in EntityIndex(TYPO_ALIASES).find(text) if m.known]


def test_a_possessive_typed_without_its_apostrophe_is_the_owners() -> None:
    found = EntityIndex(TYPO_ALIASES).find("gazproms profit rose and moscows streets filled")
    assert [(m.name, m.possessive) for m in found] == [("Gazprom", True), ("Moscow", True)]


@pytest.mark.parametrize(
    "text",
    [
        "the monastery was built",  # a common word near no name
        "the president met analysts",
    ],
)
def test_a_lower_case_word_far_from_every_name_is_no_name(text: str) -> None:
    assert [m.name for m in EntityIndex(TYPO_ALIASES).find(text) if m.known] == []


@pytest.mark.parametrize(
    "text",
    [
        "The end of World War I came.",  # a Roman numeral changed
        "The end of World War III came.",
        "Russia sold the S-500.",  # digits changed
        "Russia sold the S-4000.",
    ],
)
def test_a_name_with_another_number_is_no_typo(text: str) -> None:
    known = [m.name for m in EntityIndex(TYPO_ALIASES).find(text) if m.known]
    assert "World War II" not in known
    assert "S-400" not in known


def test_the_first_word_of_a_quote_is_no_name() -> None:
    found = EntityIndex(()).find('"Came down to a few points," Taylor Fritz said.')
    assert [m.name for m in found] == ["Taylor Fritz"]


def test_a_number_sign_ends_a_name() -> None:
    found = EntityIndex(()).find("Seeded World No. 1 Rafael Nadal won.")
    assert [m.name for m in found] == ["Seeded World", "Rafael Nadal"]


def test_a_word_glued_before_a_city_names_a_club() -> None:
    index = EntityIndex([Alias("Spain", "country", ("Madrid",))])
    assert [(m.name, m.kind) for m in index.find("He was a Real Madrid player.")] == [
        ("Real Madrid", "unknown")
    ]
    assert [m.name for m in index.find("In Madrid, Spain won.")] == ["Spain", "Spain"]
    assert "Germany" in [m.name for m in EntityIndex(()).find("It fought Nazi Germany.")]


def test_a_case_is_named_by_its_parties() -> None:
    found = EntityIndex(()).find("In United States v. Nixon, the court ruled; so in Roe v. Wade.")
    assert [(m.name, m.kind) for m in found] == [
        ("United States v. Nixon", "unknown"),
        ("Roe v. Wade", "unknown"),
    ]
    assert [m.name for m in EntityIndex(()).find("Then Spain vs. Russia began.")] != [
        "Spain vs. Russia"
    ]


def test_posts_of_courts_and_teams_name_the_person_after_them() -> None:
    found = EntityIndex(()).find("Chief Justice Earl Warren wrote it. Coach Amy Reed agreed.")
    assert [(m.name, m.kind) for m in found] == [
        ("chief justice", "post"), ("Earl Warren", "person"), ("coach", "post"),
        ("Amy Reed", "person"),
    ]  # fmt: skip


def test_a_name_after_a_post_word_in_lower_case_is_a_person() -> None:
    found = EntityIndex(()).find("Acme founder Palmer Lucas also testified.")
    assert ("Palmer Lucas", "person") in [(m.name, m.kind) for m in found]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_known_name_split_by_a_possessive_is_found_with_either_apostrophe(
    apostrophe: str,
) -> None:
    index = EntityIndex([Alias("Carnegie Moscow Center", "organization", ())])
    found = index.find(f"He spoke to Carnegie{apostrophe}s Moscow Center.")
    assert "Carnegie Moscow Center" in {m.name for m in found if m.known}


def test_a_name_with_another_first_letter_is_no_typo() -> None:
    index = EntityIndex([Alias("the West", "region", ("Western",))])
    (eastern,) = index.find("Russia's Eastern turn came.")[-1:]
    assert eastern.name == "Eastern"  # a word of its own, not "Western" misspelt
    assert [m.name for m in index.find("The Westren sanctions bite.")] == ["the West"]


def test_two_words_after_a_post_name_its_holder_in_a_text_typed_in_lower_case() -> None:
    index = EntityIndex([Alias("Dmitry Medvedev", "person", ("Russian PM",))])
    names = [(m.name, m.kind) for m in index.find("talks with russian PM sergei lavrov")]
    assert ("Sergei Lavrov", "person") in names
    # with capitals, the text says itself which words are names
    assert [m.name for m in index.find("Talks with Russian PM and aides")] == ["Dmitry Medvedev"]


def test_a_word_with_a_capital_inside_is_a_name_even_opening_a_sentence() -> None:
    index = EntityIndex([])
    assert [m.name for m in index.find("UnitedHealth raised its outlook.")] == ["UnitedHealth"]
    assert index.find("Sanctions were imposed.") == []  # an ordinary word opening a sentence


@pytest.mark.parametrize(
    "name",
    [
        "Omar Hassan al-Bashir",
        "Osama bin Laden",
        "Ursula von der Leyen",
        "Micky van de Ven",
        "George W. Bush",  # a middle initial
    ],
)
def test_a_name_keeps_its_particles(name: str) -> None:
    text = f"Reporters said {name} was there."
    assert [m.name for m in parse_text(text, EntityIndex([])).mentions] == [name]


def test_a_letter_that_ends_a_sentence_is_no_initial() -> None:
    text = "Reporters backed Team A. They won."
    assert [m.name for m in parse_text(text, EntityIndex([])).mentions] == ["Team A"]


def test_an_acronym_typed_in_lower_case() -> None:
    index = EntityIndex([Alias("Lemurian Fisheries Council", "organization", ("LFCO",))])
    assert [m.name for m in index.find("lfco sets quotas")] == ["Lemurian Fisheries Council"]
    # in a text with capitals, lower case is a word, not the acronym
    assert [m.name for m in index.find("The lfco sets quotas in Mu")] == ["Mu"]


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        ("Ana heads Kumari's Lima Centre.", "Kumari's Lima Centre"),
        ("Ana heads the Kumari Lima Center.", "Kumari Lima Center"),
        ("Ana heads Kumari Endowment's Lima Center.", "Kumari Endowment's Lima Center"),
    ],
)
def test_a_short_name_another_place_and_the_head_name_another_branch(
    text: str, branch: str
) -> None:
    index = EntityIndex([Alias("Kumari Oslo Center", "organization", ("Kumari",))])
    names = [m.name for m in index.find(text) if m.kind == "organization"]
    assert names == [branch]
    assert [m.name for m in index.find("Ana heads Kumari's Oslo Center.")][-1:] == [
        "Kumari Oslo Center"
    ]


def test_a_lower_case_word_in_a_text_with_capitals_is_no_body() -> None:
    index = EntityIndex([Alias("Air Lemuria", "organization", ("Air",))])
    assert [m.name for m in index.find("An air-force officer told Air reporters.")] == [
        "Air Lemuria"
    ]
    assert [m.name for m in index.find("air flew to mu")] == ["Air Lemuria"]  # typed so


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She teaches at New York University.", "New York University"),
        ("He studied at Moscow State University.", "Moscow State University"),
        ("She teaches at the University of Texas.", "University of Texas"),
        ("AT&T agreed to buy the firm on Sunday, said AT&T Inc.", "AT&T Inc"),
    ],
)
def test_a_body_named_for_a_place_is_one_name(text: str, name: str) -> None:
    assert [m.name for m in EntityIndex([]).find(text)] == [name]


def test_a_name_with_an_ampersand_is_one_name() -> None:
    names = [m.name for m in EntityIndex([]).find("He sold AT&T stock to Procter & Gamble.")]
    assert names == ["AT&T", "Procter & Gamble"]


def test_a_state_of_a_federation_is_a_region() -> None:
    assert [(m.name, m.kind) for m in EntityIndex([]).find("He moved to Texas.")] == [
        ("Texas", "region")
    ]


def test_a_place_before_another_sentence_keeps_its_name() -> None:
    assert [m.name for m in EntityIndex([]).find("He flew to New York. University fees rose.")] == [
        "New York"
    ]


def test_an_organisation_by_its_initials() -> None:
    index = EntityIndex(
        [
            Alias("German Marshall Fund of the United States", "organization", ()),
            Alias("Central Fishing Board", "organization", ()),
            Alias("Coastal Fisheries Bureau", "organization", ()),  # CFB as well: neither
        ]
    )

    def names(text: str) -> list[str]:
        return [m.name for m in index.find(text)]

    assert names("Small works at the GMF.") == ["German Marshall Fund of the United States"]
    assert names("small works at the gmf") == ["German Marshall Fund of the United States"]
    assert names("Small works at the GMFUS.") == ["German Marshall Fund of the United States"]
    assert "German Marshall Fund of the United States" not in names("Small works at the Gmf.")
    assert not {"Central Fishing Board", "Coastal Fisheries Bureau"} & set(
        names("She sits on the CFB.")
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a body's name joined by "and" after a known name stays whole
        (
            "the head of Russia's Food and Fisheries Organization said",
            ["Food and Fisheries Organization"],
        ),
        # two people after a known title stay two
        (
            "Mayor Lena Kowalski and Tomas Brandt opened the session",
            ["Lena Kowalski", "Tomas Brandt"],
        ),
    ],
)
def test_names_after_a_known_name(text: str, names: list[str]) -> None:
    found = [m.name for m in EntityIndex(ALIASES).find(text) if not m.known and m.kind != "post"]
    assert found == names


def test_a_capital_that_opens_a_quotation_is_no_name() -> None:
    index = EntityIndex([])
    text = 'In his confession Roof told agents, "We all know I\'m guilty."'
    assert [m.name for m in index.find(text)] == ["Roof"]


def test_a_time_zone_names_no_party() -> None:
    index = EntityIndex([])
    assert [
        m.name for m in index.find("The ship lifted off at 8:51 p.m. (1451 GMT) on Thursday.")
    ] == []
