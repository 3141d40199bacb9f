"""Which facts a claim is about (keys), and how much of the claim they cover."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.verdict.about import (
    KeyReading,
    content_coverage,
    fuzzy_in,
    read_keys,
    topic_details,
)

from .conftest import World, fact
from .stores import bundled, small, verdict

FACTS = (
    fact(
        "Atlantis exports 12 million tonnes of fish to Lemuria a year.",
        id="fish",
        keys=["fish|seafood", "Atlantis"],
    ),
    fact("The Atlantis-Lemuria pipeline opens in 2020.", id="pipeline", keys=["pipeline"]),
)


@pytest.mark.parametrize(
    ("claim", "fish", "pipeline"),
    [
        ("Atlantis sells fish.", KeyReading((), 1), KeyReading(("pipeline",), 0)),
        ("The Atlanteans sell seafood.", KeyReading((), 1), KeyReading(("pipeline",), 0)),
        ("Lemuria sells fish.", KeyReading(("Atlantis",), 0), KeyReading(("pipeline",), 0)),
        (
            "Atlantis sells timber.",
            KeyReading(("fish|seafood",), 0),
            KeyReading(("pipeline",), 0),
        ),
        ("The pipline opens in 2020.", KeyReading(("fish|seafood",), 0), KeyReading((), 1)),
    ],
)
def test_a_claim_meets_every_key_of_the_facts_it_is_about(
    world: Callable[..., World], claim: str, fish: KeyReading, pipeline: KeyReading
) -> None:
    stock = world(*FACTS)
    parsed = stock.parse(claim)
    assert read_keys(parsed, stock.view("fish")) == fish
    assert read_keys(parsed, stock.view("pipeline")) == pipeline


def test_an_amount_in_a_unit_meets_a_key_naming_the_unit(world: Callable[..., World]) -> None:
    stock = world(fact("Lemuria ships 5 bcm of gas a year.", id="gas", keys=["bcm"]))
    view = stock.view("gas")
    assert read_keys(stock.parse("Lemuria ships 5bn m3 a year."), view) == KeyReading((), 1)
    assert read_keys(stock.parse("Lemuria ships 5 tonnes a year."), view).missing == ("bcm",)


def test_coverage_counts_the_words_the_facts_lack(world: Callable[..., World]) -> None:
    stock = world(*FACTS)
    views = [stock.view("fish")]
    assert content_coverage(stock.parse("Atlantis exports fish to Lemuria."), views) == (1.0, [])
    share, missing = content_coverage(stock.parse("Atlantis exports salted herring."), views)
    # a word of stance adds nothing a source could state or deny
    assert content_coverage(stock.parse("Atlantis undoubtedly exports fish."), views) == (1.0, [])
    assert content_coverage(stock.parse("Atlantis exports fish, though."), views) == (1.0, [])
    assert missing == ["salted", "herring"]
    assert share == pytest.approx(1 / 3)


def test_a_word_no_fact_uses_weighs_more(world: Callable[..., World]) -> None:
    stock = world(*FACTS)
    parsed = stock.parse("Atlantis exports salted herring.")
    views = [stock.view("fish")]
    known, _ = content_coverage(parsed, views)
    unknown, _ = content_coverage(parsed, views, known=lambda stem: stem != "herring")
    assert unknown < known
    matched, _ = content_coverage(parsed, views, matched_elements=2)
    assert matched > known  # matched values and names count as covered


def test_fuzzy_membership_forgives_a_typo_in_a_long_word() -> None:
    stems = frozenset({"pipelin", "export"})
    assert fuzzy_in("piplin", stems)
    assert not fuzzy_in("timber", stems)
    assert not fuzzy_in("exp", stems)  # too short to guess


def test_a_key_is_read_until_it_is_settled(
    world: Callable[..., World], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key met by a specific alternative needs no other alternative tested; one met by a
    generic name ("Atlantis") still reads the specific ones, which may add a topic."""
    from factcli.verdict import about

    stock = world(
        fact("Atlantis sells fish.", id="words", keys=["fish|seafood|herring|cod"]),
        fact("Atlantis sells fish.", id="mixed", keys=["Atlantis|fish|cod"]),
    )
    tested: list[str] = []
    meets_now = about._meets_now

    def counted(claim: object, alternative: about.KeyAlternative) -> bool:
        tested.append(alternative.text)
        return meets_now(claim, alternative)  # type: ignore[arg-type]

    monkeypatch.setattr(about, "_meets_now", counted)
    assert read_keys(stock.parse("Atlantis sells fish."), stock.view("words")) == KeyReading((), 1)
    assert tested == ["fish"]
    tested.clear()
    assert read_keys(stock.parse("Atlantis sells cod."), stock.view("mixed")) == KeyReading((), 1)
    assert tested == ["Atlantis", "fish", "cod"]
    tested.clear()
    assert read_keys(stock.parse("Atlantis sells timber."), stock.view("mixed")) == KeyReading(
        (), 0
    )
    assert tested == ["Atlantis", "fish", "cod"]


def test_one_word_that_meets_two_keys_counts_once(world: Callable[..., World]) -> None:
    """A drafted fact's keys may share a word ("visits|allowed" in both): the claim's one
    word says the claim is about that fact no more surely than a fact with one such key."""
    stock = world(
        fact(
            "Mu allowed two visits by inspectors.",
            id="visits",
            keys=["inspectors|allowed|visits", "visits|allowed"],
        )
    )
    view = stock.view("visits")
    assert read_keys(stock.parse("Arms sales will be allowed."), view) == KeyReading((), 1)
    assert read_keys(stock.parse("Mu allowed visits."), view) == KeyReading((), 2)
    # two forms of one word in two keys ("uses", "use") are one word too
    used = world(fact("The brain uses what it needs.", id="use", keys=["brain|uses", "use"]))
    assert read_keys(used.parse("People using a stylus."), used.view("use")) == KeyReading((), 1)


# --- Topic details: what a document, a deal or talks are about --------------------------

TREATY = fact(
    "Atlantis and Lemuria will sign agreements on fisheries, shipping and tourism.",
    id="treaty",
    keys=["agreements|agreement|accords", "fisheries|shipping|tourism"],
    modality="planned",
)


def test_a_topic_no_fact_uses_is_a_detail_the_store_lacks(world: Callable[..., World]) -> None:
    stock = world(TREATY)
    parsed = stock.parse("Atlantis and Lemuria will sign agreements on mining.")
    _, missing = content_coverage(parsed, [stock.view("treaty")])
    assert topic_details(parsed, missing, known=lambda stem: stem != "mine") == ["mining"]
    # a word some other fact uses, or one that follows no topic preposition, is no detail
    assert topic_details(parsed, missing, known=lambda stem: True) == []
    parsed = stock.parse("Atlantis and Lemuria will sign mining agreements on the coast.")
    _, missing = content_coverage(parsed, [stock.view("treaty")])
    assert topic_details(parsed, missing, known=lambda stem: stem != "mine") == []


def test_an_opening_name_no_fact_uses_is_a_detail(world: Callable[..., World]) -> None:
    """A sentence's first word is capitalised anyway: a name no table knows hides there."""
    stock = world(TREATY)
    views = [stock.view("treaty")]
    unknown = {"zenith"}  # no fact of the store uses it

    def details(claim: str) -> list[str]:
        parsed = stock.parse(claim)
        _, missing = content_coverage(parsed, views)
        return topic_details(parsed, missing, known=lambda stem: stem not in unknown)

    assert details("Zenith also signed agreements on fisheries.") == ["zenith"]
    assert details("zenith also signed agreements on fisheries.") == []  # typed in lower case
    assert details("Zenith agreements on fisheries.") == []  # not the subject of a verb


def test_a_listed_topic_no_fact_uses_is_a_detail(world: Callable[..., World]) -> None:
    stock = world(TREATY)
    parsed = stock.parse("Fisheries, mining and tourism agreements are on the agenda.")
    _, missing = content_coverage(parsed, [stock.view("treaty")])
    assert topic_details(parsed, missing, known=lambda stem: stem != "mine") == ["mining"]
    # a name beside the word makes no list of topics
    parsed = stock.parse("Lemuria, impoverished, will sign agreements on fisheries.")
    _, missing = content_coverage(parsed, [stock.view("treaty")])
    assert "impoverished" in missing
    assert topic_details(parsed, missing, known=lambda stem: "impoverish" not in stem) == []


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Shipping and tourism agreements are likely to be signed.", "supported"),
        ("Shipping, mining and tourism agreements are likely to be signed.", "not_enough_info"),
        ("Atlantis and Lemuria will sign agreements on shipping.", "supported"),
        ("Atlantis and Lemuria will sign agreements on tourism and shipping.", "supported"),
        ("Atlantis and Lemuria will sign agreements on mining.", "not_enough_info"),
        ("Atlantis and Lemuria will sign accords about the mining industry.", "not_enough_info"),
        ("Atlantis and Lemuria will sign agreements on shipping and mining.", "not_enough_info"),
        ("Atlantis and Lemuria will sign agreements on new deep-sea shipping.", "not_enough_info"),
    ],
)
def test_topic_details_against_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, TREATY), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("China and Russia will sign cooperative documents on finance.", "supported"),
        ("China and Russia will sign cooperative documents on fisheries.", "not_enough_info"),
        ("The two countries will sign documents on taxation and investment.", "supported"),
    ],
)
def test_topic_details_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


def test_two_words_that_spell_a_hyphenated_word_of_the_facts_are_covered(
    world: Callable[..., World],
) -> None:
    stock = world(fact("Atlantis sells sea-water pumps to Lemuria.", id="pumps", keys=["pumps"]))
    views = [stock.view("pumps")]
    assert content_coverage(stock.parse("Atlantis sells sea water pumps."), views) == (1.0, [])
    _, missing = content_coverage(stock.parse("Atlantis sells water sea pumps."), views)
    assert missing == ["water", "sea"]


STAY = fact(
    "Ana Diaz is on a two-day visit to Lemuria.",
    id="stay",
    keys=["Ana Diaz", "visit|trip"],
    entities=[{"name": "Lemuria", "role": "destination"}],
    durations=[{"slot": "length", "value": 2, "unit": "day"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ana Diaz is in Lemuria for two days.", "supported"),
        ("ana diaz in lemuria for 2 days", "supported"),
        ("In Lemuria for two days: Ana Diaz.", "supported"),
        ("Ana Diaz is in Lemuria for five days.", "refuted"),
        ("Ana Diaz spoke in Lemuria.", "not_enough_info"),  # a place, no length of time
        ("Ana Diaz waited for two days.", "not_enough_info"),  # a length of time, no place
    ],
)
def test_a_place_and_a_length_of_time_read_as_a_stay(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, STAY), claim) == label


PAIR_TRADE = fact(
    "Trade between Atlantis and Lemuria stood at 40 million dollars in 2019.",
    id="pair-trade",
    keys=["trade", "Atlantis|bilateral|two countries", "Lemuria|bilateral|two countries"],
    quantities=[{"slot": "value", "value": 40, "scale": "million", "unit": "USD"}],
    dates=[{"slot": "year", "date": "2019", "cue": ["in"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # an amount of no pair named is the store's pair's
        ("trade in 2019 was $40m", "supported"),
        ("2019 trade was $55m", "refuted"),
        # another pair, a reference to one, or someone the fact does not name: not the pair's
        ("Trade between Atlantis and Mu stood at $55m in 2019.", "not_enough_info"),
        ("Trade between the two stood at $55m in 2019.", "not_enough_info"),
        ("Mu's trade was $55m in 2019.", "not_enough_info"),
        ("The Reef Council's trade was $55m in 2019.", "not_enough_info"),
    ],
)
def test_an_amount_of_no_pair_named(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, PAIR_TRADE), claim) == label


def test_an_amount_of_no_pair_named_is_no_claim_about_one_country() -> None:
    # "Belarus", the key of a fact about one country, is what that fact is about: a claim
    # that names no place is not about it, and its "for 20 yrs" is the contract's length
    assert verdict(bundled(), "gas deal: 38 bcm a year for 20 yrs") == "refuted"


def test_a_hyphenated_word_meets_a_key_of_its_last_part(
    world: Callable[..., World],
) -> None:
    contract = fact("Atlantis and Lemuria signed a fish contract.", id="c", keys=["contract|deal"])
    w = world(contract)
    assert not read_keys(w.parse("They signed a mega-contract."), w.view("c")).missing
    # a negating first part makes another thing: a "non-contract" is no contract
    assert read_keys(w.parse("They signed a non-contract."), w.view("c")).missing


@pytest.mark.parametrize(
    ("claim", "label"),
    [  # a trip named by its stop and a word for a trip, with no traveller named
        ("the kazakhstan leg lasted two days", "refuted"),
        ("the Kazakhstan stop lasted a day", "supported"),
        ("the russia leg ran friday to sunday", "supported"),
        ("Putin's Kazakhstan trip lasted two days", "not_enough_info"),  # another traveller
    ],
)
def test_the_traveller_of_a_trip_named_by_its_stop(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


def test_a_key_of_two_words_meets_them_hyphenated(world: Callable[..., World]) -> None:
    deal = fact("Mu may sign a deal on the northern route.", id="d", keys=["northern route"])
    w = world(deal)
    assert not read_keys(w.parse("A northern-route deal was signed."), w.view("d")).missing
    assert read_keys(w.parse("A southern-route deal was signed."), w.view("d")).missing


def test_a_ranking_s_list_is_no_subject_matter(tmp_path: Path) -> None:
    checker = small(
        tmp_path,
        fact("Mu is Lemuria's ninth-largest trade partner.", id="ninth", keys=["trade"],
             ranks=[{"slot": "rank", "value": 9, "kind": "rank"}]),
    )  # fmt: skip
    claim = "Mu ranks ninth on the list of Lemuria's largest trade partners."
    assert verdict(checker, claim) == "supported"


def test_any_post_meets_a_key_of_posts(tmp_path: Path) -> None:
    """A claim that gives the person a post the key does not list is about the post fact,
    and another post refutes it."""
    checker = small(
        tmp_path,
        fact("Ana Diaz is Lemuria's vice foreign minister.", id="post",
             keys=["Ana Diaz", "vice foreign minister|minister|diplomat"],
             entities=[{"name": "vice foreign minister", "role": "post"},
                       {"name": "Lemuria", "role": "employer"}]),
        aliases=[{"name": "Ana Diaz", "kind": "person", "aliases": ["Diaz"]}],
    )  # fmt: skip
    assert verdict(checker, "Ana Diaz is Lemuria's vice premier.") == "refuted"


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Harbor Foods' net income came to 42 million euros.", "supported"),
        ("Harbor Foods' net income came to 42 million euros, or 3 euros a share.", "refuted"),
    ],
)
def test_an_amount_without_its_move_meets_the_key_of_the_move(
    tmp_path: Path, claim: str, label: str
) -> None:
    """The fact is keyed by how the amount moved ("rose"); a claim that gives the amount
    without the move ("came to") is about the fact all the same."""
    income = fact(
        "Harbor Foods' net income rose to 42 million euros, or 2 euros a share.",
        id="income",
        keys=["Harbor Foods", "rose|increased"],
        entities=[{"name": "Harbor Foods", "role": "subject"}],
    )
    assert verdict(small(tmp_path, income), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a precise amount of the fact: the fact's other words are moot
        ("Harbor Foods' stock was down 1.3% at 50.47 euros.", "supported"),
        ("Harbor Foods' stock was up 1.3% at 50.47 euros.", "refuted"),
        # a round one is no sign of the same fact
        ("Harbor Foods' stock was down 2% at 50 euros.", "not_enough_info"),
    ],
)
def test_a_precise_amount_meets_a_key_of_other_words(
    tmp_path: Path, claim: str, label: str
) -> None:
    shares = fact(
        "Harbor Foods' stock slipped 1.3 percent to 50.47 euros in late morning trading.",
        id="shares",
        keys=["Harbor Foods", "slipped|trading"],
        entities=[{"name": "Harbor Foods", "role": "subject"}],
    )
    assert verdict(small(tmp_path, shares), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # no count: what the fact counts ("major builders") is no part of what it says
        ("Reef Council has admitted for the first time that its dams are unsafe.", "supported"),
        ("Reef Council has admitted that its dams are unsafe.", "supported"),
        # a count is about the count, and must say what it counts
        ("Reef Council said 11 dams are unsafe.", "not_enough_info"),
        # a claim mostly in other words is about something else
        ("Reef Council officials were injured while visiting the dams.", "not_enough_info"),
    ],
)
def test_a_claim_with_no_count_need_not_name_what_the_fact_counts(
    tmp_path: Path, claim: str, label: str
) -> None:
    dams = fact(
        "Reef Council is admitting for the first time that its dams, built by 11 major"
        " builders, are unsafe.",
        id="dams",
        keys=["admitting|dams|built|builders|unsafe", "major|builders"],
        entities=[{"name": "Reef Council", "role": "subject"}],
        quantities=[{"slot": "count", "value": 11}],
    )
    assert verdict(small(tmp_path, dams), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the claim gives an amount of what the fact's amount measures: compared
        ("Reef Council's original asking price was $6 billion.", "refuted"),
        ("Reef Council's original asking price was $4 billion.", "supported"),
        # one shared word is no sign of the same measure
        ("Reef Council's share price was $6 billion.", "not_enough_info"),
    ],
)
def test_an_amount_of_the_fact_s_measure_meets_its_other_keys(
    tmp_path: Path, claim: str, label: str
) -> None:
    sale = fact(
        "Tidal Institute was able to acquire Reef Council for less than its original"
        " $4 billion asking price.",
        id="sale",
        keys=["acquire|original|asking|price", "acquire"],
        quantities=[{"slot": "currency", "value": 4, "scale": "billion", "unit": "USD"}],
    )
    assert verdict(small(tmp_path, sale), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # "a 40-year-old man" is what the fact's amount counts, a few words after it
        ("Most office buildings rely on a formula developed in the 1960s.", "supported"),
        ("Most office buildings rely on a formula drawn up in the 1970s.", "refuted"),
    ],
)
def test_the_words_after_an_amount_are_what_it_counts(
    tmp_path: Path, claim: str, label: str
) -> None:
    formula = fact(
        "Most office buildings set temperatures based on a formula, developed in the 1960s,"
        " that looks at the resting metabolic rate of a 40-year-old man.",
        id="formula",
        keys=["office|buildings|formula|developed", "resting|metabolic|rate|man"],
        dates=[{"slot": "date", "date": "1960", "end": "1969"}],
    )
    assert verdict(small(tmp_path, formula), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [  # an amount in a unit of measure, the fact's own, makes a missed key of words moot
        ("Ana Diaz had a shot from 25 yards.", "supported"),
        ("Ana Diaz had a shot from 30 yards.", "not_enough_info"),  # the key still decides
    ],
)
def test_an_amount_of_a_measure_says_what_the_claim_is_about(
    tmp_path: Path, claim: str, label: str
) -> None:
    shot = fact("Ana Diaz decided to shoot from 25 yards in stoppage time.",
                keys=["stoppage|decided"])  # fmt: skip
    assert verdict(small(tmp_path, shot), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [  # two of the fact's amounts at once single it out, whatever key of words is missed
        ("Roughly one-third of the 6,000 residents were forced from their homes.", "supported"),
        ("Half of the 6,000 residents were forced from their homes.", "not_enough_info"),
    ],
)
def test_two_shared_amounts_say_what_the_claim_is_about(
    tmp_path: Path, claim: str, label: str
) -> None:
    evacuation = fact(
        "About a third of the 6,000 residents of the lakeside community were forced from"
        " their homes.",
        keys=["lakeside|community"],
    )
    assert verdict(small(tmp_path, evacuation), claim) == label
