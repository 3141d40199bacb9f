"""The entities comparator: names, roles (swaps, trips' stops), employers, posts and titles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.verdict import entities
from factcli.verdict.findings import AnotherSubject

from .conftest import World, fact
from .stores import FAIR, bundled, small, verdict

FACTS = (
    fact(
        "Ana Diaz, director of the Tidal Institute, said fish exports grew.",
        id="quote",
        keys=["fish"],
        attribution={"name": "Ana Diaz", "role": "director of the Tidal Institute"},
    ),
    fact(
        "The Atlantean president flew to Poseidonis after a stop in Kumari.",
        id="trip",
        keys=["president"],
        entities=[
            {"name": "Poseidonis", "role": "destination"},
            {"name": "Kumari", "role": "previous_stop"},
        ],
    ),
    fact(
        "Atlantis sells submarines to Lemuria.",
        id="sale",
        keys=["submarines"],
        entities=[
            {"name": "Atlantis", "role": "supplier"},
            {"name": "Lemuria", "role": "recipient"},
        ],
    ),
)


@pytest.mark.parametrize(
    ("fact_id", "claim", "expected"),
    [
        ("quote", "Ana Diaz of the Tidal Institute said fish exports grew.",
         [("entity", "match", "Ana Diaz matches the source"),
          ("entity", "match", "Tidal Institute matches the source")]),
        ("quote", "Ana Diaz of the Reef Council said fish exports grew.",  # another employer
         [("entity", "match", "Ana Diaz matches the source"),
          ("entity", "conflict",
           "the claim says Reef Council; the source says Tidal Institute (employer)")]),
        ("quote", "Ana Diaz heads the Reef Council.",  # a verb that gives a post
         [("entity", "match", "Ana Diaz matches the source"),
          ("entity", "conflict",
           "the claim says Reef Council; the source says Tidal Institute (employer)")]),
        ("quote", "Ana Diaz runs the Reef Council.",
         [("entity", "match", "Ana Diaz matches the source"),
          ("entity", "conflict",
           "the claim says Reef Council; the source says Tidal Institute (employer)")]),
        ("quote", "Ana Diaz, director of the Tidal Institute, said so.",
         [("entity", "match", "Ana Diaz matches the source"),
          ("entity", "match", "director matches the source"),
          ("entity", "match", "Tidal Institute matches the source")]),
        ("trip", "The Atlantean president flew to Poseidonis.",
         [("entity", "match", "Atlantean matches the source"),
          ("entity", "match", "president matches the source"),
          ("entity", "match", "Poseidonis matches the source"),
          ("role", "match", "Poseidonis is the destination")]),
        ("sale", "Atlantis sells submarines to Lemuria.",
         [("entity", "match", "Atlantis matches the source"),
          ("entity", "match", "Lemuria matches the source"),
          ("role", "match", "Lemuria is the recipient"),
          ("role", "match", "Atlantis is the supplier")]),
        ("sale", "Lemuria sells submarines to Atlantis.",  # the parties swapped
         [("entity", "match", "Lemuria matches the source"),
          ("entity", "match", "Atlantis matches the source"),
          ("role", "conflict",
           "the claim has Atlantis as the recipient; the source has it as the supplier"),
          ("role", "conflict",
           "the claim has Lemuria as the supplier; the source has it as the recipient")]),
    ],
)  # fmt: skip
def test_names_and_roles(
    world: Callable[..., World], fact_id: str, claim: str, expected: list[tuple[str, ...]]
) -> None:
    assert world(*FACTS).compare(entities.findings, claim, fact_id) == expected


def test_another_person_s_employer_is_no_conflict_with_the_speaker_s(
    world: Callable[..., World],
) -> None:
    w = world(*FACTS)
    claim = "Lu Ming, a strategist at the Reef Council, said fish exports grew."
    assert ("entity", "conflict") not in [
        f[:2] for f in w.compare(entities.findings, claim, "quote")
    ]
    claim = "Ana Diaz, a strategist at the Reef Council, said fish exports grew."
    assert ("entity", "conflict") in [f[:2] for f in w.compare(entities.findings, claim, "quote")]


def test_a_stop_of_the_trip_in_another_place(world: Callable[..., World]) -> None:
    found = world(*FACTS).compare(
        entities.findings, "The Atlantean president flew to Kumari after a stop in Poseidonis.",
        "trip",
    )  # fmt: skip
    assert ("role", "conflict", "the claim has Poseidonis before Kumari; "
            "the source has it after") in found  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "party"),
    [
        ("Atlantis sells submarines to Mu.", "Lemuria"),  # another recipient
        ("Mu sells submarines to Lemuria.", "Atlantis"),  # another supplier
    ],
)
def test_another_party_is_another_subject(
    world: Callable[..., World], claim: str, party: str
) -> None:
    with pytest.raises(AnotherSubject) as raised:
        world(*FACTS).compare(entities.findings, claim, "sale")
    assert raised.value.name == party


def test_a_country_qualifying_a_title_is_no_party(world: Callable[..., World]) -> None:
    stock = world(*FACTS)
    claim = stock.parse("Lemuria's president met Ana Diaz.")
    lemuria = next(m for m in claim.mentions if m.name == "Lemuria")
    assert entities.qualifies_title(claim, lemuria)
    plain = stock.parse("Lemuria met Ana Diaz.")
    assert not entities.qualifies_title(plain, plain.mentions[0])


def test_a_title_the_aliases_give_to_another(world: Callable[..., World]) -> None:
    stock = world(fact("Cal Reyes met Ana Diaz in Poseidonis.", keys=["Cal Reyes"]))
    assert stock.compare(entities.findings, "Lemurian Premier Cal Reyes met Ana Diaz.") == [
        ("entity", "match", "Cal Reyes matches the source"),
        ("entity", "match", "Ana Diaz matches the source"),
        ("title", "conflict", "the claim calls Cal Reyes 'Lemurian Premier'; "
         "the source's 'Lemurian Premier' is Ben Ortiz"),
    ]  # fmt: skip


# --- The actor: whose doing the claim states ---------------------------------------------

TOUR = fact(
    "Ana Diaz is expected to tour the Poseidonis shipyard.",
    id="tour",
    keys=["shipyard"],
    modality="expected",
)


def test_the_subject_person_is_the_first_name_of_the_text(world: Callable[..., World]) -> None:
    stock = world(TOUR)
    assert entities.subject_person(stock.view("tour").statement) == "Ana Diaz"
    assert entities.subject_person(stock.parse("Ben Ortiz will tour the shipyard.")) == "Ben Ortiz"
    assert entities.subject_person(stock.parse("Ortiz's aide toured the shipyard.")) is None
    assert entities.subject_person(stock.parse("The shipyard hosts Reyes.")) is None


def test_another_actor_beside_the_facts_actor_is_another_subject(
    world: Callable[..., World],
) -> None:
    stock = world(TOUR)
    with pytest.raises(AnotherSubject):
        stock.compare(
            entities.findings, "Ben Ortiz is expected to tour the shipyard at Diaz's side.", "tour"
        )
    found = stock.compare(entities.findings, "Ben Ortiz will tour the shipyard with Diaz.", "tour")
    assert ("entity", "match", "Diaz matches the source") in found


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Ana Diaz is expected to tour the Poseidonis shipyard.", "supported"),
        ("Ben Ortiz is expected to tour the shipyard at Diaz's side.", "not_enough_info"),
    ],
)
def test_actors_against_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, TOUR), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Putin is expected to attend Beijing's military parade.", "supported"),
        (
            "Medvedev is expected to attend the parade in Beijing at Putin's side.",
            "not_enough_info",
        ),
        ("Xi will sit beside Putin at the parade in Beijing.", "not_enough_info"),
        # two trips, each with its traveller: the fact's traveller is among them
        ("Putin will travel to China in early September, reciprocating Xi's visit to Russia.",
         "supported"),
        ("Medvedev travelled to China in May 2014, when a gas supply deal was signed.",
         "refuted"),
    ],
)  # fmt: skip
def test_actors_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


# --- Stops in sequence: "visited A, then B" ------------------------------------------------

LEG = fact(
    "After Kumari, Ana Diaz travelled to Mu for two days.",
    id="leg",
    keys=["Ana Diaz", "visit|trip|travel|travelled|visited"],
    entities=[
        {"name": "Kumari", "role": "previous_stop"},
        {"name": "Mu", "role": "destination"},
    ],
    durations=[{"slot": "length", "value": 2, "unit": "day"}],
)
STOPS = [{"name": "Zanara", "kind": "city", "aliases": []}]


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Diaz visited Kumari, then travelled to Mu.", "supported"),
        ("Diaz visited Zanara, then travelled to Mu.", "refuted"),  # another stop before Mu
        ("Diaz visited Mu, then travelled to Kumari.", "refuted"),  # the order swapped
        ("Diaz's stay in Kumari lasted three days and she then travelled to Mu.",
         "not_enough_info"),  # three days belong to Kumari, of which the fact says nothing
        ("Diaz's stay in Mu lasted three days.", "refuted"),
        # the place a trip begins in comes before the places after it, whatever the days
        ("Diaz will begin her visit to Zanara on Monday, visit Mu on Tuesday.", "refuted"),
        ("Diaz will begin her visit to Kumari on Monday, visit Mu on Tuesday.",
         "not_enough_info"),  # the days are not given
    ],
)  # fmt: skip
def test_then_sequences_against_a_small_store(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, LEG, aliases=STOPS), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Xi visited Kazakhstan, then flew on to Moscow.", "supported"),
        ("Xi visited Turkmenistan, then flew on to Moscow.", "refuted"),
        ("Xi will visit Russia and then travel on to Belarus.", "supported"),
        ("Xi will visit Russia and then travel on to Poland.", "refuted"),
        ("After Moscow, Xi will head to Brest in Belarus.", "not_enough_info"),  # a city in it
        ("After Moscow, Xi will head to Minsk in Belarus.", "supported"),  # its capital
    ],
)
def test_then_sequences_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


# --- Names the store does not know, and parties the fact names elsewhere -------------------

PIPE = fact(
    "Atlantis will pump oil to Lemuria through the Reef Line.",
    id="pipe",
    keys=["oil"],
    entities=[
        {"name": "Atlantis", "role": "supplier"},
        {"name": "Lemuria", "role": "recipient"},
        {"name": "Reef Line", "role": "route"},
    ],
)
RELIANCE = fact(
    "Since the tariffs of Mu, Atlantis has increasingly relied on Lemuria for grain.",
    id="reliance",
    keys=["relied|rely|relies|reliance|depend|dependence|dependency", "grain"],
    entities=[{"name": "Atlantis", "role": "dependent"}, {"name": "Lemuria", "role": "provider"}],
)
NAMES = [{"name": "Reef Line", "kind": "product", "aliases": []}]


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # an unknown name may be another name of the product: it does not refute
        ("Atlantis will pump oil to Lemuria through the Coral Express pipeline.",
         "not_enough_info"),
        ("Atlantis will pump oil to Lemuria through the Reef Line.", "supported"),
        ("Atlantis will pump oil to Mu through the Reef Line.", "not_enough_info"),
        # Mu is named by the fact, but not as the provider: another relation
        ("Atlantis is trying to reduce its grain dependency on Mu.", "not_enough_info"),
        ("Atlantis is trying to reduce its grain dependency on Lemuria.", "refuted"),
    ],
)  # fmt: skip
def test_unknown_names_and_other_parties_against_a_small_store(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, PIPE, RELIANCE, aliases=NAMES), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Russia will supply China with 38 bcm of gas a year via the Altai pipeline from 2018.",
         "not_enough_info"),
        ("Russia has increasingly relied on China to cushion the impact of Western sanctions.",
         "supported"),
        ("Since the sanctions, Russia has tried to cut its reliance on the West.",
         "not_enough_info"),
    ],
)  # fmt: skip
def test_unknown_names_and_other_parties_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


def test_a_name_in_a_clause_hung_on_the_main_one_fills_no_role(
    world: Callable[..., World],
) -> None:
    stock = world(*FACTS)
    claim = "Lemuria buys submarines since Mu imposed a blockade."
    parsed = stock.parse(claim)
    assert parsed.in_adjunct(parsed.text.index("Mu"))
    assert not parsed.in_adjunct(parsed.text.index("Lemuria"))
    # Mu would otherwise stand where the fact has Atlantis, the seller: another relation
    found = stock.compare(entities.findings, claim, "sale")
    assert all(status != "conflict" for _, status, _ in found)
    with pytest.raises(AnotherSubject):
        stock.compare(entities.findings, "Lemuria buys submarines from Mu.", "sale")


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the West imposed the sanctions, which the store does not say; it is not where
        # Russia turned
        ("Russia has moved closer to China since the West imposed sanctions.", "not_enough_info"),
        ("Russia has moved closer to the West since the sanctions.", "refuted"),
        # where a turn leaves is no rival of where it goes
        ("Russia will reorient its economy away from the West toward China.", "not_enough_info"),
        ("Russia is turning away from Europe towards Asia.", "not_enough_info"),
        ("Russia is moving closer towards Europe.", "refuted"),
    ],
)
def test_names_in_adjunct_clauses_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


# --- Names that differ in a number are other names, not typos ------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "The parade marks 70 years since World War II ended.",
        "The parade marks 70 years since the end of Word War II.",  # a typo the aliases list
        "Russia agreed to sell China its S-400 missile system.",
        "Xi Jinping arrived in Moskow on Friday.",  # one letter changed in a short name
    ],
)
def test_a_typo_in_a_name_still_supports(claim: str) -> None:
    assert verdict(bundled(), claim) == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "The parade marks 70 years since World War I ended.",
        "Russia agreed to sell China its S-500 missile system.",
    ],
)
def test_a_name_with_another_number_never_supports(claim: str) -> None:
    """Refuted or not_enough_info: either way, never the numbered name's fact."""
    assert verdict(bundled(), claim) != "supported"


CONTEST = fact(
    "Diaz and Ortiz defeated Reyes and Vega 6-4, 7-6 (5).",
    id="contest",
    keys=["beat"],
    entities=[
        {"name": "Ana Diaz", "role": "winner"},
        {"name": "Ben Ortiz", "role": "winner"},
        {"name": "Cal Reyes", "role": "loser"},
        {"name": "Dora Vega", "role": "loser"},
    ],
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Reyes lost to Diaz.",
         [("role", "match", "Cal Reyes is the loser"),
          ("role", "match", "Ana Diaz is the winner")]),
        ("Reyes beat Diaz.",
         [("role", "conflict", "the claim has Cal Reyes as the winner; the source has it as the "
           "loser"),
          ("role", "conflict", "the claim has Ana Diaz as the loser; the source has it as the "
           "winner")]),
    ],
)  # fmt: skip
def test_who_won_is_a_pair_of_roles(
    world: Callable[..., World], claim: str, expected: list[tuple[str, ...]]
) -> None:
    found = world(CONTEST).compare(entities.findings, claim, "contest")
    assert [f for f in found if f[0] == "role"] == expected


def test_a_contest_of_others_is_another_subject(world: Callable[..., World]) -> None:
    with pytest.raises(AnotherSubject):  # Atlantis and Lemuria played no part
        world(CONTEST).compare(entities.findings, "Atlantis beat Lemuria.", "contest")
    with pytest.raises(AnotherSubject):  # Diaz lost, but to Mu, not in this contest
        world(CONTEST).compare(entities.findings, "Ana Diaz lost to Mu.", "contest")


def test_a_side_with_one_name_changed_conflicts(world: Callable[..., World]) -> None:
    found = world(CONTEST).compare(
        entities.findings, "Diaz and Ortiz beat Reyes and Ana Lopez.", "contest"
    )
    conflict = ("entity", "conflict", "the claim says Ana Lopez; the source says Dora Vega (loser)")
    assert conflict in found


def test_two_results_are_not_paired_across(world: Callable[..., World]) -> None:
    two = fact(
        "Atlantis won as Diaz beat Ortiz and Reyes defeated Ana Lopez.",
        id="two",
        keys=["beat"],
        entities=[
            {"name": "Ana Diaz", "role": "winner"},
            {"name": "Ben Ortiz", "role": "loser"},
            {"name": "Cal Reyes", "role": "winner"},
            {"name": "Ana Lopez", "role": "loser"},
        ],
    )
    found = world(two).compare(entities.findings, "Diaz beat Ana Lopez.", "two")
    assert ("role", "conflict", "the claim has Ana Lopez as the loser against Ana Diaz; the "
            "source has Ben Ortiz") in found  # fmt: skip
    matched = world(two).compare(entities.findings, "Diaz beat Ortiz.", "two")
    assert not any(status == "conflict" for _, status, _ in matched)


def test_a_name_before_a_longer_description_names_its_head(world: Callable[..., World]) -> None:
    stock = world(fact("Cal Reyes is a Lemuria soccer player.", id="club", keys=["Cal Reyes"]))
    found = stock.compare(entities.findings, "Cal Reyes is an Atlantis player.", "club")
    assert ("entity", "conflict",
            "the claim says Atlantis player; the source says Lemuria player") in found  # fmt: skip


def test_a_description_before_a_name_belongs_to_one(world: Callable[..., World]) -> None:
    stock = world(
        fact("Atlantis plays defending champion Lemuria on Sunday.", id="tie", keys=["plays"])
    )
    found = stock.compare(entities.findings, "Atlantis plays defending champion Mu.", "tie")
    assert ("entity", "conflict", "the claim says defending champion Mu; the source says "
            "defending champion Lemuria") in found  # fmt: skip
    assert entities.described("Atlantis beat Lemuria", 14) is None  # a verb, no description


def test_an_employer_of_an_earlier_time_is_no_other_employer(tmp_path: Path) -> None:
    from .stores import small
    from .stores import verdict as label

    checker = small(
        tmp_path,
        fact("Ana Diaz is a fellow at the Tidal Institute.", id="post",
             keys=["Ana Diaz", "fellow|works|worked"],
             entities=[{"name": "fellow", "role": "post"},
                       {"name": "Tidal Institute", "role": "employer"}]),
    )  # fmt: skip
    assert label(checker, "Ana Diaz works at the Reef Council.") == "refuted"
    assert label(checker, "Ana Diaz previously worked at the Reef Council.") == "not_enough_info"


def test_a_name_no_table_knows_said_to_be_where_a_thing_is_located_is_a_place(
    tmp_path: Path,
) -> None:
    from .stores import small
    from .stores import verdict as label

    checker = small(
        tmp_path,
        fact("The Tidal Institute is in Poseidonis.", id="where", keys=["Tidal Institute"],
             entities=[{"name": "Poseidonis", "role": "location"}]),
    )  # fmt: skip
    assert label(checker, "Ana Diaz works at the Tidal Institute in Zorvath.") == "refuted"
    assert label(checker, "The Tidal Institute is in Poseidonis.") == "supported"


def test_who_says_it_is_no_participant_of_what_is_said(tmp_path: Path) -> None:
    from .stores import small
    from .stores import verdict as label

    checker = small(
        tmp_path,
        fact("The Tidal Institute estimates that the catch will fall to 40 tonnes in 2030.",
             id="estimate", keys=["catch"], attribution={"name": "Tidal Institute"}),
    )  # fmt: skip
    claim = (
        "The Tidal Institute estimates that the Reef Council catch will fall to 50 tonnes in 2030."
    )
    assert label(checker, claim) == "refuted"


# --- A place named only as a modifier does not place the event ----------------------------

ATLANTIS_FAIR = fact(
    "Atlantis hosts a fish fair in May on the fisheries treaty.",
    id="atlantis-fair",
    keys=["fair", "Atlantis"],
    entities=[{"name": "Atlantis", "role": "host"}],
    dates=[{"slot": "fair", "date": "2020-05", "cue": ["in"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # "Lemurian boats" names Lemuria as a modifier: the fair is placed in Atlantis, and
        # Lemuria's fair (the tenth anniversary) says nothing of Atlantis's
        ("Lemurian boats will join a fish fair in Atlantis in May, marking the tenth "
         "anniversary of the fisheries treaty.", "not_enough_info"),
        ("Lemuria hosts a fish fair marking the tenth anniversary of the fisheries treaty.",
         "supported"),
    ],
)  # fmt: skip
def test_a_place_named_only_as_a_modifier(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, FAIR, ATLANTIS_FAIR), claim) == label


# --- A name with another number is another of a series ------------------------------------

REEF = fact(
    "Reef Treaty II protects the coral of Atlantis.",
    id="reef",
    keys=["Reef Treaty II|treaty", "coral"],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Reef Treaty III protects the coral of Atlantis.", "refuted"),
        ("Reef Treaty II protects the coral of Atlantis.", "supported"),
    ],
)
def test_a_name_with_another_number(tmp_path: Path, claim: str, label: str) -> None:
    aliases = [{"name": "Reef Treaty II", "kind": "event", "aliases": []}]
    assert verdict(small(tmp_path, REEF, aliases=aliases), claim) == label


def test_a_war_with_another_number_against_the_bundled_store() -> None:
    result = bundled().check("Xi attended a parade marking 70 years since the end of World War I.")
    assert result.verdict.value == "refuted"
    assert result.reasons[0] == "the claim says World War I; the source says World War II"


# --- A thing the claim names that fills a role pins the relation ---------------------------

CORAL_LINE = fact(
    "Atlantis will supply Lemuria with fish through the Coral Line.",
    id="coral-line",
    keys=["fish|Coral Line", "supply|carry|Coral Line"],
    entities=[
        {"name": "Atlantis", "role": "supplier"},
        {"name": "Lemuria", "role": "recipient"},
        {"name": "Coral Line", "role": "route"},
    ],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the Coral Line runs to Lemuria: another recipient on it is an error
        ("The Coral Line will carry fish to Mu.", "refuted"),
        ("The Coral Line will carry fish to Lemuria.", "supported"),
        # without the line, fish for Mu is another relation the store does not cover
        ("Atlantis will supply Mu with fish.", "not_enough_info"),
    ],
)
def test_a_named_route_pins_its_parties(tmp_path: Path, claim: str, label: str) -> None:
    aliases = [{"name": "Coral Line", "kind": "product", "aliases": []}]
    assert verdict(small(tmp_path, CORAL_LINE, aliases=aliases), claim) == label


# --- What a joint pact is aimed at is no party to it -----------------------------------------

PACT = fact(
    "Atlantis and Lemuria will sign a reef pact.",
    id="pact",
    keys=["reef"],
    entities=[
        {"name": "Atlantis", "role": "participant"},
        {"name": "Lemuria", "role": "participant"},
    ],
)
PACT_TARGET = fact(
    "The reef pact is aimed against Mu's trawlers.",
    id="pact-target",
    keys=["reef", "against|aimed|target|targets"],
    entities=[{"name": "Mu", "role": "target"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("The reef pact would target Mu.", "supported"),
        ("The reef pact is aimed at Mu.", "supported"),
        ("Atlantis and Mu will sign a reef pact.", "refuted"),  # another participant
    ],
)
def test_what_a_pact_targets_is_no_party(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, PACT, PACT_TARGET), claim) == label


def test_a_target_the_store_does_not_give_is_no_participant(tmp_path: Path) -> None:
    checker = small(tmp_path, PACT)
    assert verdict(checker, "The reef pact would target Mu.") == "not_enough_info"
    assert verdict(checker, "Atlantis and Mu will sign a reef pact.") == "refuted"


def test_names_of_the_opening_circumstances_do_not_refute() -> None:
    """ "Amid a crisis ... over Ukraine, Russia's President Putin ...": Ukraine is no employer
    of Putin's, and the West in "Facing sanctions from the West," is no target of the turn."""
    for claim in (
        "Amid a bitter crisis with the West over Ukraine, Russia's President Vladimir Putin is "
        "seeking closer ties with China.",
        "Facing sanctions from the West, Russia is moving closer towards China.",
    ):
        assert verdict(bundled(), claim) != "refuted", claim


# --- A body the claim gives to a country stands for that country ------------------------

SUPPLY = fact(
    "Atlantis will supply Lemuria with fish from 2021.",
    id="supply",
    modality="planned",
    keys=["fish"],
    entities=[{"name": "Atlantis", "role": "supplier"}, {"name": "Lemuria", "role": "recipient"}],
    dates=[{"slot": "start", "date": "2021", "cue": ["from", "start", "starting"]}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the claim itself makes the Tidal Institute Atlantis's: its start year is compared
        ("Atlantis's largest fish exporter Tidal Institute will start supplying fish to "
         "Lemuria in 2023.", "refuted"),
        # the body is still more than the store says: it is never confirmed
        ("Atlantis's largest fish exporter Tidal Institute will start supplying fish to "
         "Lemuria in 2021.", "not_enough_info"),
        # a body the claim gives to no country is another party
        ("Tidal Institute will start supplying fish to Lemuria in 2023.", "not_enough_info"),
    ],
)  # fmt: skip
def test_a_body_of_a_country_stands_for_it(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, SUPPLY), claim) == label


PIVOT = fact(
    "Atlantis is moving closer towards the east, particularly Lemuria.",
    id="pivot",
    keys=["Atlantis", "closer|towards|pivot"],
    entities=[{"name": "Mu", "role": "target"}, {"name": "Lemuria", "role": "target"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a name in a phrase of circumstance that opens the sentence fills no role of the
        # main clause: Hyperborea's sanctions name no other target
        ("Facing sanctions from Hyperborea, Atlantis is moving closer to Lemuria.",
         "not_enough_info"),
        ("Atlantis is moving closer to Lemuria.", "supported"),
        ("Atlantis is moving closer to Hyperborea.", "refuted"),  # the target changed
        ("Atlantis is moving closer to the east, particularly Hyperborea.", "refuted"),
    ],
)  # fmt: skip
def test_a_name_in_a_fronted_phrase_fills_no_role(tmp_path: Path, claim: str, label: str) -> None:
    north = [{"name": "Hyperborea", "kind": "country", "aliases": []}]
    assert verdict(small(tmp_path, PIVOT, aliases=north), claim) == label


WRECK = fact(
    "On Friday, the wreck of the ferry was found by Norwegian navy divers near the island.",
    id="wreck",
    keys=["wreck", "ferry"],
)
NORDIC = [
    {"name": "Norway", "kind": "country", "aliases": ["Norwegian"]},
    {"name": "Sweden", "kind": "country", "aliases": ["Swedish"]},
]


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("The wreck of the ferry was found by Norwegian divers.", "supported"),
        ("The wreck of the ferry was found by Swedish navy ships.", "refuted"),
        ("The ferry's wreck was located by the Swedish navy.", "refuted"),
    ],
)
def test_the_doer_of_a_passive_of_another_country(tmp_path: Path, claim: str, label: str) -> None:
    """ "found by Swedish ships" against "found by Norwegian divers": another doer."""
    assert verdict(small(tmp_path, WRECK, aliases=NORDIC), claim) == label


VANISHED = fact(
    "The jet vanished over Southeast Asia.",
    id="vanished",
    keys=["jet"],
    entities=[{"name": "Southeast Asia", "role": "location"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("The jet vanished over Southeast Asia.", "supported"),
        # a country may lie in the region: the fact neither confirms nor denies it
        ("The jet vanished in Malaysia.", "not_enough_info"),
    ],
)
def test_a_country_against_a_region(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, VANISHED), claim) == label


def test_a_place_reached_is_no_employer() -> None:
    # "president" stands near Minsk and Moscow, but they are where he flew, not his employer
    result = bundled().check("The Chinese president flew to Minsk after Moscow.")
    assert result.verdict.value != "refuted"
    assert not any("(employer)" in reason for reason in result.reasons)


BLAZE = fact(
    "The Erskine fire broke out on Thursday in Kern County.",
    id="blaze",
    keys=["fire"],
    entities=[{"name": "Kern County", "role": "location"}],
)
COUNTY = [{"name": "Kern County", "kind": "city", "aliases": []}]


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("The Erskine fire broke out in Kern County.", "supported"),
        # a town no table knows may lie in the county: nothing said against it
        ("The Erskine fire broke out in Kernville.", "not_enough_info"),
        # a county is no town: another county is another place
        ("The Erskine fire broke out in Tulare County.", "refuted"),
    ],
)
def test_a_town_no_table_knows_may_lie_in_the_fact_s_county(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, BLAZE, aliases=COUNTY), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a denial of a place the fact does not give: the fact says nothing of it
        ("Xi Jinping will not travel to Poland on this trip.", "not_enough_info"),
        ("Xi won't go to Japan on this trip.", "not_enough_info"),
        # a denial of the fact's own place still conflicts
        ("Xi Jinping will not travel to Kazakhstan on this trip.", "refuted"),
    ],
)
def test_a_denial_of_another_filler_says_nothing_of_the_fact_s(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


def test_a_body_named_as_the_start_of_the_fact_s_name_is_that_name_s() -> None:
    claim = "Moscow and Beijing are among the Security Council's permanent members at the UN."
    assert verdict(bundled(), claim) == "supported"


def test_a_country_before_a_body_s_subsidiary_is_the_subsidiary_s(tmp_path: Path) -> None:
    """ "the Atlantean subsidiary of Reef Council" is no Atlantean body named Reef Council."""
    deal = fact(
        "Reef Council and its Atlantean subsidiary Tidal Institute agreed to a consent order.",
        keys=["subsidiary|consent"],
    )
    claim = "Tidal Institute is the Atlantean subsidiary of Reef Council."
    assert verdict(small(tmp_path, deal), claim) == "supported"


def test_a_claim_that_names_both_finals_describes_neither_otherwise(tmp_path: Path) -> None:
    final = fact("Ana Diaz reached her 30th Grand Slam final on Sunday.", keys=["final"])
    checker = small(tmp_path, final)
    assert verdict(checker, "The Wimbledon final was Diaz's 30th Grand Slam final.") != ("refuted")
    assert verdict(checker, "The Wimbledon final was Diaz's 30th final.") == "refuted"
