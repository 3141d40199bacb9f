"""The polarity comparator: negation and opposite words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.verdict import polarity

from .conftest import World, fact
from .stores import bundled, small, verdict

FACTS = (
    fact("Fish exports plunged.", id="plunged", keys=["fish"]),
    fact("Fish exports did not grow.", id="denied", keys=["fish"]),
    fact(
        "It was the first visit to Atlantis in 14 years.",
        id="first",
        keys=["visit"],
        ranks=[{"slot": "order", "value": 1, "kind": "ordinal"}],
        quantities=[{"slot": "gap", "value": 14, "unit": "year"}],
    ),
)


@pytest.mark.parametrize(
    ("fact_id", "claim", "expected"),
    [
        ("plunged", "Fish exports plunged.",
         [("negation", "match", ""), ("polar", "match", "'plunged' agrees with 'plunged'")]),
        ("plunged", "Fish exports fell sharply.",
         [("negation", "match", ""), ("polar", "match", "'fell' agrees with 'plunged'")]),
        ("plunged", "Fish exports soared.",
         [("negation", "match", ""),
          ("polar", "conflict", "the claim says 'soared'; the source says 'plunged'")]),
        ("plunged", "Fish exports did not plunge.",
         [("negation", "conflict", "the claim denies what the source states ('not')"),
          ("polar", "match", "'plunge' agrees with 'plunged'")]),
        ("denied", "Fish exports did not grow.",
         [("negation", "match", "both deny it"), ("polar", "match", "'grow' agrees with 'grow'")]),
        ("denied", "Fish exports grew.",
         [("negation", "conflict", "the claim affirms what the source denies"),
          ("polar", "match", "'grew' agrees with 'grow'")]),
        ("first", "There was no visit to Atlantis in the previous 14 years.",
         [("negation", "match", "the first in 14 years means none in the 14 years before")]),
        ("first", "There was no visit to Atlantis in the previous 10 years.",
         [("negation", "conflict", "the claim denies what the source states ('no')")]),
    ],
)  # fmt: skip
def test_polarity(
    world: Callable[..., World], fact_id: str, claim: str, expected: list[tuple[str, ...]]
) -> None:
    assert world(*FACTS).compare(polarity.findings, claim, fact_id) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Fish exports are less important now.",
         [("negation", "match", ""), ("polar", "match", "'less' agrees with 'plunged'")]),
        # a bound on an amount is no fall
        ("Fish exports were worth less than ten tonnes.", [("negation", "match", "")]),
    ],
)  # fmt: skip
def test_less_is_a_fall_but_less_than_is_a_bound(
    world: Callable[..., World], claim: str, expected: list[tuple[str, str, str]]
) -> None:
    assert world(*FACTS).compare(polarity.findings, claim, "plunged") == expected


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Russia has become less reliant on China since the Ukraine conflict.", "refuted"),
        ("Russia has become more reliant on China since the Ukraine conflict.", "supported"),
    ],
)
def test_less_against_the_bundled_store(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


def test_a_loss_is_no_profit(world: Callable[..., World]) -> None:
    stock = world(fact("Harbor Foods made a net profit of 42 million euros.", keys=["net"]))
    found = stock.compare(polarity.findings, "Harbor Foods made a net loss of 42 million euros.")
    assert ("polar", "conflict", "the claim says 'loss'; the source says 'profit'") in found


def test_a_shortfall_is_no_surplus(world: Callable[..., World]) -> None:
    stock = world(fact("The mayor inherited a $70 million budget shortfall.", keys=["budget"]))
    found = stock.compare(polarity.findings, "The mayor inherited a $70 million budget surplus.")
    assert ("polar", "conflict", "the claim says 'surplus'; the source says 'shortfall'") in found


def test_to_reassure_is_not_to_frighten(world: Callable[..., World]) -> None:
    stock = world(fact("The strike was meant to scare investors.", keys=["strike"]))
    found = stock.compare(polarity.findings, "The strike was meant to calm investors.")
    assert ("polar", "conflict", "the claim says 'calm'; the source says 'scare'") in found


# --- A negative prefix turns a word around: "inconsistent" against "consistent" -------------


@pytest.mark.parametrize(
    ("statement", "claim", "reason"),
    [
        (
            "The model was consistent with the data.",
            "The model was inconsistent with the data.",
            "the claim says 'inconsistent'; the source says 'consistent'",
        ),
        (
            "A deal is unlikely this year.",
            "A deal is likely this year.",
            "the claim says 'likely'; the source says 'unlikely'",
        ),
        (
            "The ruling made the merger possible.",
            "The ruling made the merger impossible.",
            "the claim says 'impossible'; the source says 'possible'",
        ),
    ],
)
def test_a_negative_prefix_is_an_opposite(
    world: Callable[..., World], statement: str, claim: str, reason: str
) -> None:
    found = world(fact(statement, keys=["model|deal|merger"])).compare(polarity.findings, claim)
    assert ("polar", "conflict", reason) in found


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        ("The ministry will form a panel.", "The ministry will inform the panel."),
        ("Prices come down.", "Income came down."),
        ("The press office said so.", "The ministry tried to impress the press office."),
        ("The ties are important.", "The ties are potent."),
    ],
)
def test_a_word_that_only_opens_like_a_prefix_is_no_opposite(
    world: Callable[..., World], statement: str, claim: str
) -> None:
    found = world(fact(statement, keys=["panel|down|office|ties"])).compare(
        polarity.findings, claim
    )
    assert not [f for f in found if f[0] == "polar" and f[1] == "conflict"]


def test_a_slowed_change_is_no_accelerated_one(world: Callable[..., World]) -> None:
    stock = world(fact("Cheap credit accelerated the shift to electric cars.", keys=["shift"]))
    found = stock.compare(polarity.findings, "Cheap credit slowed the shift to electric cars.")
    assert ("polar", "conflict", "the claim says 'slowed'; the source says 'accelerated'") in found


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Putin is unlikely to attend Beijing's military parade.", "refuted"),
        ("It is doubtful that Putin will attend Beijing's military parade.", "refuted"),
        ("Putin is likely to attend Beijing's military parade.", "supported"),
    ],
)
def test_an_expectation_denied_against_the_bundled_store(claim: str, label: str) -> None:
    """ "Unlikely to" denies what the source expects, as "not expected to" does."""
    assert verdict(bundled(), claim) == label


# --- A claim that says the fact's denial in a clause of its own does not affirm it --------


def test_a_denial_repeated_in_another_clause_is_no_affirmation(
    world: Callable[..., World],
) -> None:
    stock = world(fact("No firm bid for the contract.", keys=["bid"], negated=True))
    found = stock.compare(
        polarity.findings, "Although no firm bid for the contract, the port reopened in May."
    )
    assert ("negation", "match", "both deny it") in found
    denied = stock.compare(polarity.findings, "A firm bid for the contract.")
    assert ("negation", "conflict", "the claim affirms what the source denies") in denied


# --- The start and the end of an event against an act of one's own -------------------------

TRUCE_DAY = fact(
    "The fair marks the 10th anniversary of the end of the Reef War.",
    id="truce-day",
    keys=["fair"],
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "begin his tour" is the claim's own act; "the end of the Reef War" a point of the war
        ("Diaz will begin her tour at the fair.", []),
        ("The fair marks the 10th anniversary of the start of the Reef War.",
         [("polar", "conflict", "the claim says 'start'; the source says 'end'")]),
    ],
)  # fmt: skip
def test_points_of_an_event_against_acts(
    world: Callable[..., World], claim: str, expected: list[tuple[str, str, str]]
) -> None:
    found = world(TRUCE_DAY).compare(polarity.findings, claim, "truce-day")
    assert [f for f in found if f[0] == "polar"] == expected


def test_welcoming_what_the_source_fears(tmp_path: Path) -> None:
    """An attitude to a change: welcoming it is the opposite of fearing it."""
    fears = fact(
        "Atlantis fears a loss of its fishing rights in the Reef.",
        id="fears",
        keys=["fishing", "Reef|rights"],
    )
    checker = small(tmp_path, fears)
    assert verdict(checker, "Atlantis welcomes Lemuria's growing fishing rights in the Reef.") == (
        "refuted"
    )
    assert verdict(checker, "Atlantis fears losing its fishing rights in the Reef.") != "refuted"


def test_a_deed_of_someone_the_fact_does_not_name(tmp_path: Path) -> None:
    """ "a fair snubbed by Mu": Mu's deed opposes nothing of Diaz's attendance."""
    attends = fact("Ana Diaz attends the fish fair in Lemuria.", id="attends", keys=["fair"])
    checker = small(tmp_path, attends)
    claim = "Diaz flew to Lemuria for the fish fair snubbed by Mu."
    assert verdict(checker, claim) != "refuted"
    assert verdict(checker, "The fish fair in Lemuria was snubbed by Diaz.") == "refuted"


def test_a_relation_with_someone_the_fact_does_not_name(tmp_path: Path) -> None:
    """ "warm ties with Lemuria as an alternative to its hostile relationship with Mu":
    the hostility is with Mu, of whom the fact on Lemuria says nothing."""
    ties = fact(
        "Atlantis is developing warming ties with Lemuria.",
        id="ties",
        keys=["ties|relations", "Lemuria"],
        entities=[{"name": "Atlantis", "role": "subject"}],
    )
    checker = small(tmp_path, ties)
    claim = (
        "Atlantis promotes ties with Lemuria as an alternative to its hostile relationship with Mu."
    )
    assert verdict(checker, claim) != "refuted"
    assert verdict(checker, "Atlantis has a hostile relationship with Lemuria.") == "refuted"


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the idioms of taking a side say what one word says
        ("Atlantis takes no sides in Lemuria's dispute with Mu.", "supported"),
        ("Atlantis did not take sides in Lemuria's dispute with Mu.", "supported"),
        ("Atlantis has sided with Lemuria in its dispute with Mu.", "refuted"),
        # neither one side nor the other: no side taken
        ("Atlantis neither backed nor criticized Lemuria in its dispute with Mu.", "supported"),
        ("Atlantis backed Lemuria in its dispute with Mu.", "refuted"),
        # a headline, with its speaker after a comma
        ("Atlantis Takes No Sides In Lemuria-Mu Dispute, Diaz Tells Reporters", "supported"),
        ("Atlantis Sides With Lemuria In Mu Dispute, Diaz Tells Reporters", "refuted"),
    ],
)
def test_side_taking_idioms(tmp_path: Path, claim: str, label: str) -> None:
    stance = fact(
        "Atlantis has maintained a neutral stance on Lemuria's dispute with Mu.",
        id="stance",
        keys=["Atlantis", "stance|neutral|backed|support"],
    )
    assert verdict(small(tmp_path, stance), claim) == label


SENT = fact(
    "The mayor sent the council a revised budget on Tuesday.",
    id="sent",
    quote="The mayor sent the council a revised budget on Tuesday, but there was no answer.",
    keys=["budget"],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the denial of the fact's own sentence, in the clause the fact leaves out
        ("The mayor sent the council a revised budget but got no answer.", "supported"),
        ("The mayor sent the council a revised budget and got an answer.", "refuted"),
        ("The mayor did not send the council a revised budget.", "refuted"),
    ],
)
def test_a_denial_in_the_facts_own_sentence(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, SENT), claim) == label


# --- A result and a forecast against the estimates: kept, beat, in line, still high ---------


@pytest.mark.parametrize(
    ("statement", "claim", "expected"),
    [
        # a forecast kept as it was is neither raised nor lowered
        ("Harbor Foods maintained its outlook for 2030.",
         "Harbor Foods raised its outlook for 2030.",
         ("polar", "conflict", "the claim says 'raised'; the source says 'maintained'")),
        ("Harbor Foods maintained its outlook for 2030.", "Harbor Foods cut its outlook for 2030.",
         ("polar", "conflict", "the claim says 'cut'; the source says 'maintained'")),
        ("Harbor Foods maintained its outlook for 2030.", "Harbor Foods kept its outlook for 2030.",
         ("polar", "match", "'kept' agrees with 'maintained'")),
        # a result above the estimates did not miss them
        ("Harbor Foods posted sales that topped estimates.", "Harbor Foods missed estimates.",
         ("polar", "conflict", "the claim says 'missed'; the source says 'topped'")),
        ("Harbor Foods posted sales that topped estimates.", "Harbor Foods beat estimates.",
         ("polar", "match", "'beat' agrees with 'topped'")),
        # "in line with" the estimates is neither above nor below them
        ("Harbor Foods' costs came in line with forecasts.",
         "Harbor Foods' costs came in well above forecasts.",
         ("polar", "conflict", "the claim says 'above'; the source says 'in line with'")),
        ("Harbor Foods' costs came in line with forecasts.",
         "Harbor Foods' costs were in line with forecasts.",
         ("polar", "match", "'in line with' agrees with 'in line with'")),
        # a level that stays high has not cooled
        ("Fish prices remain very elevated.", "Fish prices have cooled.",
         ("polar", "conflict", "the claim says 'cooled'; the source says 'elevated'")),
    ],
)  # fmt: skip
def test_results_against_estimates(
    world: Callable[..., World], statement: str, claim: str, expected: tuple[str, str, str]
) -> None:
    found = world(fact(statement, keys=["outlook|estimates|forecasts|prices"])).compare(
        polarity.findings, claim
    )
    assert expected in found


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # raising and cutting are both revisions, but they never agree
        ("Harbor Foods plans to boost its sales.", "Harbor Foods plans to cut its sales."),
        # beating and missing are both set against the estimates, but they never agree
        ("Harbor Foods posted sales that topped estimates.", "Harbor Foods missed estimates."),
    ],
)
def test_two_ways_off_an_estimate_never_agree(
    world: Callable[..., World], statement: str, claim: str
) -> None:
    found = world(fact(statement, keys=["sales|estimates"])).compare(polarity.findings, claim)
    assert not [f for f in found if f[0] == "polar" and f[1] == "match"]


def test_a_top_official_tops_nothing(world: Callable[..., World]) -> None:
    stock = world(fact("Harbor Foods' sales came in line with forecasts.", keys=["sales"]))
    found = stock.compare(polarity.findings, "The top officer of Harbor Foods praised the sales.")
    assert not [f for f in found if f[0] == "polar"]


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a change for the worse opposes an improvement; a comparison with "than" does not
        ("Fish stocks had got worse since 2010.", "refuted"),
        ("Fish stocks grew much worse after 2010.", "refuted"),
        ("Fish stocks have improved since 2010.", "supported"),
    ],
)
def test_getting_worse_is_worsening(tmp_path: Path, claim: str, label: str) -> None:
    stocks = fact("Fish stocks have improved since 2010.", id="stocks", keys=["fish|stocks"])
    assert verdict(small(tmp_path, stocks), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # staying against leaving; "more" of a quality against "less" of it
        ("Atlantis must leave the Reef Council to keep its influence.", "refuted"),
        ("Atlantis must remain in the Reef Council to keep its influence.", "supported"),
        ("Atlantis has 18 months left in the Reef Council.", "supported"),  # what remains
        ("Atlantis is becoming less diverse.", "refuted"),
        # where a place lies from another
        ("Oil was found in the bay west of Kumari island.", "refuted"),
        ("Oil was found in the bay east of Kumari island.", "supported"),
        # near against far, quick against slow
        ("The museum is far from the parliament.", "refuted"),
        ("Atlantis was quick to respond to the danger.", "refuted"),
        ("Fishing is a simple trade in Atlantis.", "refuted"),
        ("Lemuria will find it easier to fish.", "refuted"),
    ],
)
def test_staying_more_and_directions_have_opposites(tmp_path: Path, claim: str, label: str) -> None:
    stay = fact(
        "Atlantis must stay in the Reef Council to keep its influence.",
        id="stay",
        keys=["influence|council"],
    )
    left = fact("Atlantis has 18 months left in the Reef Council.", id="left", keys=["months"])
    diverse = fact("Atlantis is becoming more diverse.", id="diverse", keys=["diverse"])
    oil = fact("Oil was found in the bay east of Kumari island.", id="oil", keys=["oil"])
    museum = fact("The museum is near the parliament.", id="museum", keys=["museum"])
    slow = fact("Atlantis was slow to respond to the danger.", id="slow", keys=["respond"])
    trade = fact("Fishing is a complex trade in Atlantis.", id="trade", keys=["fishing"])
    fish = fact("Lemuria will find it harder to fish.", id="fish", keys=["fish"])
    assert (
        verdict(small(tmp_path, stay, left, diverse, oil, museum, slow, trade, fish), claim)
        == label
    )


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Harbor shares up 4% on Tuesday", "refuted"),
        ("Harbor shares down 4% on Tuesday", "supported"),
    ],
)
def test_up_or_down_with_a_size_is_a_move(tmp_path: Path, claim: str, label: str) -> None:
    shares = fact("Harbor shares fell 4% on Tuesday.", id="shares", keys=["shares"])
    assert verdict(small(tmp_path, shares), claim) == label


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the denial of the opposite word agrees with the fact's
        ("China did not back Russia's actions in Ukraine.", "supported"),
        ("China did not stay neutral on Russia's actions in Ukraine.", "refuted"),
        # "never been closer" is the most ever, no denial
        ("Russia's ties to China have never been closer.", "supported"),
        # an opposite word said of a relation with a party the fact does not name
        ("As Russia's relationship with the United States grows worse, its ties to China "
         "have never been closer.", "not_enough_info"),
        # a claim that opens with another party: its denials are that party's
        ("Japan's PM Abe skipped the Moscow parade.", "not_enough_info"),
        ("The surrender of Japan is not usually celebrated in Russia.", "not_enough_info"),
        ("Because of the Ukraine crisis, the Kremlin has been moving away from Asia.",
         "refuted"),  # a cause opens it, not a party
        # phrasal verbs of direction
        ("Thanks to sanctions, Russia's energy exports went up.", "refuted"),
        ("Russia's energy exports went down.", "supported"),
    ],
)  # fmt: skip
def test_denials_and_opposites_of_whom(claim: str, label: str) -> None:
    assert verdict(bundled(), claim) == label


def test_the_dead_are_not_the_injured(tmp_path: Path) -> None:
    """A count of the injured is no count of the dead, though the number is the same."""
    injured = fact(
        "More than 300 people were injured in the storm, the mayor said.",
        id="injured",
        keys=["storm"],
        quantities=[{"slot": "count", "value": 300, "qualifier": "more_than"}],
    )
    checker = small(tmp_path, injured)
    assert verdict(checker, "At least 300 people were killed in the storm.") == "refuted"
    assert verdict(checker, "At least 300 people were hurt in the storm.") == "supported"


def test_a_claim_of_both_sides_opposes_none(world: Callable[..., World]) -> None:
    """ "killed 2 and wounded 5": the claim sets its own words side by side; the fact's
    "killed" opposes neither."""
    stock = world(fact("The storm killed two people.", keys=["storm"]))
    found = stock.compare(polarity.findings, "The storm killed two people and wounded five.")
    assert not [f for f in found if f[1] == "conflict"]


def test_a_claim_of_both_sides_of_another_pair_still_opposes(world: Callable[..., World]) -> None:
    """ "ties ... more distant": one thing said to be both, not two outcomes side by side."""
    stock = world(fact("Atlantis seeks closer ties with Lemuria.", keys=["ties"]))
    found = stock.compare(polarity.findings, "Ties between Atlantis and Lemuria grow distant.")
    assert [f for f in found if f[1] == "conflict"]


PACT = fact(
    "Mu signed a fishing pact with Lemuria.",
    id="pact",
    keys=["Mu", "pact|deal"],
    entities=[{"name": "Lemuria", "role": "partner"}],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # a promise not to do, or a failure to do, what the fact does not mention: the fact
        # says nothing of it, for or against
        ("Mu signed a pact with Lemuria and vowed not to attack it.", "not_enough_info"),
        ("Mu's pact with Lemuria failed to persuade Atlantis.", "not_enough_info"),
        # not to do the fact's deed, in its word or a synonym, denies it
        ("Mu decided not to sign the fishing pact with Lemuria.", "refuted"),
        ("Mu chose not to conclude the fishing pact with Lemuria.", "refuted"),
        ("Mu failed to sign the fishing pact with Lemuria.", "refuted"),
        ("Mu refused to conclude a pact with Lemuria.", "refuted"),
    ],
)
def test_a_denial_of_another_deed(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, PACT), claim) == label


SIGHTED = fact(
    "People saw a flash west of Kyzyl, more than 3,600 kilometers east of Moscow.",
    id="sighted",
    keys=["flash"],
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("People saw a flash west of Kyzyl.", "supported"),
        # the fact's "east" is of Moscow, not of Kyzyl
        ("People saw a flash east of Kyzyl.", "refuted"),
    ],
)
def test_a_compass_word_compares_with_the_fact_s_word_of_the_same_place(
    tmp_path: Path, claim: str, label: str
) -> None:
    assert verdict(small(tmp_path, SIGHTED), claim) == label


MARKETS = (
    fact("Bond yields had begun moving higher after the vote.", id="yields",
         keys=["yields|bond|higher|vote"]),
    fact("Stocks fell in choppy action.", id="stocks", keys=["stocks|fell|choppy|action"]),
    fact("A lower ratio typically indicates higher profits.", id="habit",
         keys=["ratio|lower|profits"]),
    fact("The cost ratio came in at 91 percent.", id="level", keys=["ratio|cost"],
         quantities=[{"slot": "level", "value": 91, "unit": "percent"}]),
    fact("Debris fell over an uninhabited area.", id="debris", keys=["debris|area"]),
    fact("Gold hit its lowest level in ten months.", id="gold", keys=["gold"],
         ranks=[{"slot": "rank", "value": 1, "kind": "rank_bottom"}],
         quantities=[{"slot": "span", "value": 10, "unit": "month"}]),
)  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the thing that moved must be the fact's: stocks, not bond yields
        ("Stocks rallied after the vote.", "refuted"),
        ("Stocks rallied after the rate increase.", "refuted"),
        ("Oil prices rose after the vote.", "not_enough_info"),
        # a movement of the fact's own thing keeps the fact, whatever else moved
        ("Oil prices rose and stocks rallied after the vote.", "refuted"),
        # a movement the facts never tell of: a habit, a level
        ("The cost ratio fell.", "not_enough_info"),
        # the amounts or the rank tell the movement
        ("The cost ratio rose to 91 percent.", "supported"),
        ("Gold fell to its lowest level in ten months.", "supported"),
        # the thing a phrase hangs on moved: debris, from the ship
        ("Debris from the ship fell over an uninhabited area.", "supported"),
        ("Debris from the ship fell over a densely populated area.", "refuted"),
    ],
)
def test_what_moved_up_or_down(tmp_path: Path, claim: str, label: str) -> None:
    assert verdict(small(tmp_path, *MARKETS), claim) == label


def test_a_movement_of_another_thing_gives_no_reason(tmp_path: Path) -> None:
    # "the rate increase" moves a rate, which the stocks fact never names: only "rallied"
    # opposes its "fell"
    result = small(tmp_path, *MARKETS).check("Stocks rallied after the rate increase.")
    assert result.reasons == ("the claim says 'rallied'; the source says 'fell'",)


def test_an_acquittal_is_not_a_verdict_of_guilty(world: Callable[..., World]) -> None:
    stock = world(fact("A jury found Ana Diaz guilty on all 33 counts.", keys=["jury|counts"]))
    assert ("polar", "conflict", "the claim says 'acquitted'; the source says 'guilty'") in (
        stock.compare(polarity.findings, "The jury acquitted Ana Diaz on all counts.")
    )


def test_a_name_that_qualifies_the_fact_s_person_opens_no_other_party(tmp_path: Path) -> None:
    """ "Reef Council Gov. Ana Diaz vowed to veto it": the claim is about Diaz, so her veto
    opposes the signing the fact gives her (as it would without the qualifier)."""
    checker = small(
        tmp_path, fact("Governor Ana Diaz has pledged to sign the fishing bill.", keys=["bill"])
    )
    claim = "Reef Council Gov. Ana Diaz has vowed to veto the fishing bill."
    assert verdict(checker, claim) == "refuted"


def test_a_past_form_used_as_a_noun_names_no_other_mover(tmp_path: Path) -> None:
    """ "Proposed the 90% catch cut for 2040": "cut" is a noun here, not a movement of the
    catch that the fact never names, so the fact's denial of the proposal refutes it."""
    checker = small(
        tmp_path,
        fact(
            "The Reef Council has shied away from formally proposing the 90% cut.",
            keys=["council|cut"],
            negated=True,
        ),
    )
    claim = "The Reef Council has formally proposed the 90% catch cut for 2040."
    assert verdict(checker, claim) == "refuted"


@pytest.mark.parametrize(
    ("claim", "negation"),
    [
        # the fact states the denied deed: the denial conflicts
        ("Harbor Foods did not open a plant in Mu.", [("negation", "conflict")]),
        # the denied deed is none of the fact's: neither a conflict nor an agreement
        ("Harbor Foods said the storm would not affect its shipments.", []),
        ("Nobody was arrested over the plant's opening.", []),
    ],
)
def test_a_denial_conflicts_only_with_a_fact_that_states_the_denied_word(
    world: Callable[..., World], claim: str, negation: list[tuple[str, str]]
) -> None:
    stock = world(fact("Harbor Foods opened a plant in Mu in May.", keys=["plant"]))
    found = [(kind, status) for kind, status, _ in stock.compare(polarity.findings, claim)]
    assert [f for f in found if f[0] == "negation"] == negation


def test_a_negative_prefix_agrees_with_a_denial_of_its_base(world: Callable[..., World]) -> None:
    """ "Closing the port was unnecessary" against "no closure of the port was necessary":
    both deny that it was necessary."""
    stock = world(fact("The mayor decided no closure of the port was necessary.", keys=["port"]))
    found = stock.compare(polarity.findings, "The mayor decided closing the port was unnecessary.")
    assert ("negation", "match", "both deny 'necessary'") in found
    assert not [f for f in found if f[1] == "conflict"]


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # the crew is said outside the denial's clause: no denial affirmed
        ("The lab's six-member crew includes three cosmonauts.", "supported"),
        # the denied word itself, affirmed
        ("The crash had an impact on the operations of the lab.", "refuted"),
    ],
)
def test_words_outside_the_fact_s_denial_affirm_nothing_it_denies(
    tmp_path: Path, claim: str, label: str
) -> None:
    crash = fact(
        "The crash would have no impact on the operations of the lab that is home to a"
        " six-member crew, including three cosmonauts.",
        id="crash",
        keys=["crash|crew|lab|operations"],
        negated=True,
    )
    assert verdict(small(tmp_path, crash), claim) == label


def test_a_failure_denies_only_the_deed_after_it(tmp_path: Path) -> None:
    """ "conference calling failed to work" denies the working, not the access to computers
    the same sentence reports."""
    report = fact(
        "Some computers crashed, conference calling failed to work, and only one-third of the"
        " people in the center had access to computers, the report said.",
        id="report",
        keys=["computers|access|calling"],
        negated=True,
    )
    checker = small(tmp_path, report)
    claim = "Just one in three people in the center had access to a computer."
    assert verdict(checker, claim) == "supported"
    assert verdict(checker, "Conference calling worked, the report said.") == "refuted"


def test_no_thing_denies_the_deed_said_of_it(tmp_path: Path) -> None:
    """ "neither illness has been reported" denies the reporting: a fact that names the
    illness but reports nothing does not state what the claim denies."""
    checker = small(
        tmp_path,
        fact("The study of the Lemuria illness was published on Monday.", id="study",
             keys=["illness|study"]),
        fact("The illness was first seen in Lemuria.", id="seen", keys=["illness|seen"]),
    )  # fmt: skip
    assert verdict(checker, "Neither illness has been reported.") == "not_enough_info"
    assert verdict(checker, "No illness has been seen in Lemuria.") == "refuted"


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        ("Fish sales grow at a slower pace than trade.", "Fish sales grow faster than trade."),
        ("Atlantis closed fewer ports than Lemuria.", "Atlantis closed more ports than Lemuria."),
        ("The rule led to a longer prison term.", "The rule led to a shorter prison term."),
        ("Atlantis's ports are newer than Mu's.", "Atlantis's ports are older than Mu's."),
        ("The court upheld his convictions.", "The court overturned his convictions."),
        ("Atlantis has a bigger fleet than Lemuria.", "Atlantis has a smaller fleet than Lemuria."),
        ("Atlantis has a weaker fleet than Mu.", "Atlantis has a stronger fleet than Mu."),
    ],
)
def test_comparatives_and_rulings_have_opposites(
    world: Callable[..., World], source: str, claim: str
) -> None:
    stock = world(fact(source, keys=["Atlantis|court|fish"]))
    assert [f for f in stock.compare(polarity.findings, claim) if f[1] == "conflict"]
    assert not [f for f in stock.compare(polarity.findings, source) if f[1] == "conflict"]


def test_more_and_fewer_oppose_only_when_they_grade_the_same_thing(
    world: Callable[..., World],
) -> None:
    """ "more modern" says nothing of "fewer ports"."""
    stock = world(fact("Atlantis closed fewer ports than Lemuria.", keys=["ports"]))
    claim = "Atlantis closed fewer ports than Lemuria because its ports are more modern."
    assert not [f for f in stock.compare(polarity.findings, claim) if f[1] == "conflict"]


@pytest.mark.parametrize(
    "claim",
    ["The sanctions made the rouble stronger.", "Russia's energy exports are booming."],
)
def test_a_stronger_currency_and_a_boom_are_no_plunge(claim: str) -> None:
    """Against "causing its currency and energy exports to plunge"."""
    assert verdict(bundled(), claim) == "refuted"


@pytest.mark.parametrize(
    ("statement", "claim", "label"),
    [
        ("The infected cells died more quickly than normal cells.",
         "The infected cells survived longer than normal cells.", "refuted"),
        ("Atlantis opposed the fishing rules.",
         "Atlantis was among the supporters of the fishing rules.", "refuted"),
        ("Atlantis was among the supporters of the fishing rules.",
         "Atlantis backed the fishing rules.", "supported"),
        ("The Atlantis party held its three seats in the vote.",
         "The Atlantis party lost one of its three seats in the vote.", "refuted"),
        ("The ministry was deeply concerned by the speech.",
         "The ministry welcomed the speech.", "refuted"),
        ("Average wages in Atlantis didn't budge in May.",
         "Average wages in Atlantis rose in May.", "refuted"),
        ("Average wages in Atlantis didn't budge in May.",
         "Average wages in Atlantis were flat in May.", "supported"),  # no denial: it stayed
        # lives lost are deaths, as lives claimed are
        ("The storm killed two people in Atlantis.",
         "Two people lost their lives in the storm in Atlantis.", "supported"),
        ("The storm injured two people in Atlantis.",
         "Two people lost their lives in the storm in Atlantis.", "refuted"),
        # what props a currency up against what sends it down
        ("The sanctions caused the Atlantis currency to plunge.",
         "The sanctions propped up the Atlantis currency.", "refuted"),
        # rules made looser against rules made tighter
        ("Atlantis relaxed its rules on fishing exports.",
         "Atlantis restricted fishing exports.", "refuted"),
        # a level little changed, or flat, against one that jumped
        ("Atlantis fishing revenue of $4 billion was little changed from a year ago.",
         "Atlantis fishing revenue jumped sharply from a year ago to $4 billion.", "refuted"),
        ("Atlantis fishing revenue of $4 billion was little changed from a year ago.",
         "Atlantis fishing revenue was flat at $4 billion.", "supported"),
        # an average estimate is a figure, not a habit: the fall happened
        ("Atlantis fishing revenue fell 9.7 percent to $8.11 billion, below the average analyst "
         "estimate of $8.18 billion.",
         "Atlantis fishing revenue declined 9.7 percent to 8.11 billion dollars.", "supported"),
    ],
)  # fmt: skip
def test_opposites_of_news_reports(tmp_path: Path, statement: str, claim: str, label: str) -> None:
    keys = ["cells|rules|storm|seats|speech|wages|sanctions|fishing"]
    checker = small(tmp_path, fact(statement, keys=keys))
    assert verdict(checker, claim) == label


@pytest.mark.parametrize(
    ("statement", "claim", "label"),
    [
        # "not all" bounds its noun: what is denied is the deed after it
        ("'Not all approvals are created equally,' said Ana Diaz, author of the study that "
         "calls itself the first look at approval standards.",
         "The study calls itself the first look at approval standards.", "supported"),
        ("'Not all approvals are created equally,' said Ana Diaz, author of the study that "
         "calls itself the first look at approval standards.",
         "All approvals are created equally, Diaz said.", "refuted"),
        # what one is left without, and "without much", deny as "no" and "not much" do
        ("Almost 500,000 customers in Atlantis were without power.",
         "Close to half a million customers in Atlantis had no power.", "supported"),
        ("Almost 500,000 customers in Atlantis were without power.",
         "Close to half a million customers in Atlantis had power.", "refuted"),
        ("Almost 500,000 customers in Atlantis were without power.",
         "Almost 500,000 customers in Atlantis had lost power.", "supported"),
        ("The storm followed heavy rain and not much sun for 10 days in Atlantis.",
         "The storm followed heavy rain and ten days without much sun in Atlantis.",
         "supported"),
        # the other answer withheld alike is no second denial
        ("The ministry refused to either confirm or deny the storm damage in Atlantis.",
         "The ministry would neither confirm nor deny the storm damage in Atlantis.",
         "supported"),
        ("The ministry refused to either confirm or deny the storm damage in Atlantis.",
         "The ministry confirmed the storm damage in Atlantis.", "refuted"),
        # one standard for all against many
        ("The ministry applies the same storm rules to all towns in Atlantis.",
         "The ministry applies different storm rules to different towns in Atlantis.",
         "refuted"),
    ],
)  # fmt: skip
def test_denials_said_in_other_words(
    tmp_path: Path, statement: str, claim: str, label: str
) -> None:
    checker = small(tmp_path, fact(statement, keys=["approvals|study|customers|storm"]))
    assert verdict(checker, claim) == label


def test_a_denial_denies_no_polar_word_before_it(tmp_path: Path) -> None:
    checker = small(
        tmp_path,
        fact("Atlantis has maintained a neutral stance on the fishing dispute.", keys=["dispute"]),
    )
    # "without any doubt" denies the doubt, not the backing
    claim = "Atlantis backed Lemuria in the fishing dispute without any doubt."
    assert verdict(checker, claim) == "refuted"
