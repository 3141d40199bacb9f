"""Verdicts on claims of our own, one group per phenomenon, against the bundled store.

These are not the shared dev claims: each group exercises one mechanism with new wording.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcli import checker as checker_module
from factcli.checker import Checker, CheckResult, Verdict, verdict_status
from factcli.errors import ExitStatus
from factcli.model import Store

S, R, N = Verdict.SUPPORTED, Verdict.REFUTED, Verdict.NOT_ENOUGH_INFO


@pytest.fixture(scope="module")
def checker(bundled_store: Store) -> Checker:
    return Checker(bundled_store)


def verdict_of(checker: Checker, claim: str) -> Verdict:
    return checker.check(claim).verdict


NUMBERS = [
    ("Russia will supply China with thirty-eight billion cubic metres of gas a year.", S),
    ("The pipeline will carry 38,000,000,000 cubic meters of gas annually.", S),
    ("Russia will supply China with 48 bcm of gas a year.", R),
    ("Russia will send China 38 million cubic meters of gas every year.", R),
    ("Russia will supply China with 38 bcm of gas a month.", R),
    # the contract's volume, with neither party named
    ("gas contract = 38 million cubic metres a year", R),
    ("The gas deal covers 38 bcm a year.", S),
    ("Bilateral trade stood at $95bn in 2014.", S),
    ("Bilateral trade stood at 95 billion dollars in 2014.", S),
    ("Two-way trade between China and Russia was US$95 billion in 2014.", S),
    ("Bilateral trade stood at $95 million in 2014.", R),
    ("Bilateral trade stood at $59 billion in 2014.", R),
    ("China aims to lift bilateral trade to 200 billion US dollars by 2020.", S),
    ("China aims to lift bilateral trade to $300bn by 2020.", R),
]

APPROXIMATIONS = [
    ("Russia will supply China with about 40 bcm of gas a year.", S),
    ("Russia will supply China with more than 30 bcm of gas a year.", S),
    ("Russia will supply China with less than 20 bcm of gas a year.", R),
    ("Bilateral trade stood at US$95.3 billion in 2014.", S),
    ("Bilateral trade stood at nearly $100 billion in 2014.", S),
    ("China wants to triple trade with Russia by 2020.", R),
    ("China wants to more than double bilateral trade by 2020.", S),
]

DATES = [
    ("Xi's stay in Moscow runs from 8 to 10 May.", S),
    ("Xi's visit to Russia lasts from 8th-10th May 2015.", S),
    ("Xi's trip to Moscow runs from May 9 to 11.", R),
    ("Xi arrived in Moscow on Saturday.", R),
    ("Xi arrived in Moscow on May 8.", S),
    ("Putin is expected to attend Beijing's military parade in late September.", R),
    ("Putin is expected to attend Beijing's military parade in early September.", S),
    ("Putin is expected to attend Beijing's military parade in October.", R),
    ("Putin visited China in May 2014.", S),
    ("Putin visited China in June 2014.", R),
    ("Gas deliveries through the East-Route Pipeline start in 2018.", S),
    ("Gas deliveries through the East-Route Pipeline start in 2020.", R),
]

DURATIONS = [
    ("Russia and China signed a gas contract lasting three decades.", S),
    ("Russia and China signed a 20-year gas supply contract.", R),
    ("The Belarus visit is the first by a Chinese president in 14 months.", R),
    ("Xi Jinping's visit to Russia lasts five days.", R),
    ("Xi will spend two days in Belarus.", S),
]

RANKS = [
    ("China remained Russia's largest trading partner for a fifth straight year.", S),
    ("China remained Russia's largest trading partner for a third consecutive year.", R),
    ("Russia was China's fifth-largest trading partner.", R),
    ("China is Russia's biggest trade partner.", S),
    ("The parade marked the 60th anniversary of the end of World War II.", R),
    ("The parade marked 70 years since the end of the Second World War.", S),
]

ALIASES = [
    ("Beijing and Moscow both hold permanent seats on the UN Security Council.", S),
    ("The Kremlin leader is expected to attend the parade in Beijing in early September.", S),
    ("Chinese President Xi Jinping began a three-day visit to Russia on Friday.", S),
    ("Xi will hold talks with Russian PM Dmitry Medvedev.", S),
    ("Xi Jinping is on a three day vist to Rusia.", S),
    ("XI JINPING IS ON A THREE-DAY VISIT TO RUSSIA.", S),
]

ROLES = [
    ("Beijing will supply Moscow with gas.", R),
    ("China will get its gas from Russia through the East-Route Pipeline.", S),
    ("After Russia, Xi will travel to Ukraine.", R),
    ("Xi will visit Belarus after his stay in Russia.", S),
    ("Xi went to Moscow after a one-day stop in Uzbekistan.", R),
    ("Before arriving in Russia, Xi made a two-day visit to Belarus.", R),
    ("Xi will hold talks with Russian President Dmitry Medvedev.", R),
    ("The East-Route Pipeline will carry Chinese gas to Russia.", R),
    ("Andrew Small said China has increasingly relied on Russia to cushion sanctions.", R),
    ("Dmitri Trenin is director of the Carnegie Moscow Center.", S),
    ("Dmitri Trenin is director of the Brookings Institution.", R),
    ("Rajiv Biswas is chief Asia economist at Goldman Sachs.", R),
    ("Russia sold the S-400 missile system to China.", S),
    ("China sold S-400 missiles to Russia.", R),
]

NEGATION_AND_OPPOSITES = [
    ("Xi will not meet war veterans.", R),
    ("Xi will meet and decorate war veterans.", S),
    ("Russia has never sold S-400 systems to China.", R),
    ("China and Russia are no longer partners in the UN Security Council.", R),
    ("Sanctions have boosted Russia's currency.", R),
    ("Russia's currency plunged.", S),
    ("China has openly backed Russia's actions in Ukraine.", R),
    ("China has maintained a neutral stance on Ukraine.", S),
    ("Energy exports account for only a small share of bilateral trade.", R),
    ("The Ukraine crisis has improved Russia's relations with the West.", R),
    ("Putin has declined to attend Beijing's military parade in September.", R),
    ("Previous Russian leaders have attended Beijing's parades marking the end of WWII.", R),
    ("The heavy reliance on oil and gas exports broadens the scope for engagement.", R),
    ("The Moscow parade marks the 70th anniversary of the start of World War II.", R),
    # "X, not a Y" sets a description aside; it denies nothing the clause states
    ("Russia will supply China with 38 bcm of gas a year, not a token amount.", S),
    ("Russia will not supply China with 38 bcm of gas a year.", R),
    ("Russia will never supply China with 38 bcm of gas a year, not a single cubic metre.", R),
    # "the first in 14 years" says there was none in the 14 years before
    ("No Chinese leader had been to Belarus for 14 years.", S),
    ("No Chinese leader had been to Belarus for 4 years.", R),
    ("Xi's visit to Belarus is not the first by a Chinese president in 14 years.", R),
]

MODALITY = [
    ("The two countries are expected to sign a joint statement.", S),
    ("China and Russia plan to sign an agreement on cyber cooperation.", S),
    ("Russia and China may agree on a joint military helicopter.", S),
]

NOT_ENOUGH_INFO = [
    ("China's trade with India reached $95 billion in 2014.", N),
    ("Japan's trade with Russia was $95 billion in 2014.", N),
    ("Putin met Modi in Moscow.", N),
    ("The S-400 deal was worth $3 billion.", N),
    ("The gas pipeline is 4,000 km long.", N),
    ("The parade in Moscow featured 16,000 soldiers.", N),
    ("Xi Jinping will visit Tokyo in late November.", N),
    ("Medvedev will travel to Belarus in July.", N),
    ("Sanctions were imposed on Japan after the crisis.", N),
    ("The gas contract was signed in Vladivostok.", N),
    ("Xi Jinping and Putin played ice hockey.", N),
    ("Russia will supply India with 38 bcm of gas a year.", N),
    ("Putin visited Japan in May 2014.", N),
    ("Xi Jinping visited Tokyo in May 2015.", N),
    ("China's trade with the US reached $555 billion in 2014.", N),
    ("Putin will attend Beijing's military parade on September 3.", N),
]

POSTS_AND_VISITS = [
    ("Cheng Guoping is China's vice foreign minister.", S),
    ("Cheng Guoping is China's vice commerce minister.", R),
    ("Cheng Guoping, China's commerce minister, said Xi would decorate war veterans.", R),
    ("Dmitri Trenin of the Brookings Institution said the two sides would sign a cyber pact.", R),
    ("In Kazakhstan, Xi held talks with President Nursultan Nazarbayev in Astana.", N),
    ("The gas contract was signed during Xi's visit to Russia in May 2014.", R),
    ("The gas deal was signed during Putin's visit to China in May 2014.", S),
]

COMPOUND_CLAIMS = [
    # two predicates of one subject: the second ("was met by Medvedev") is unsaid
    ("Xi arrived in Moscow on Friday and was met at the airport by Medvedev.", N),
    (
        "Trade between the two countries was worth $95bn in 2014, and China wants to lift it "
        "to $200bn by 2020.",
        S,
    ),
    (
        "Trade between the two countries was worth $95bn in 2014, and China wants to lift it "
        "to $300bn by 2020.",
        R,
    ),
    (
        "During Putin's trip to China in May 2014, the two countries signed a 30-year gas "
        "deal under which Russia will deliver 38 bcm of gas a year from 2018.",
        S,
    ),
    ("Xi Jinping arrived in Moscow on Friday for a three-day visit.", S),
    ("Two-way trade reached ninety-five billion US dollars in 2014.", S),
]

# A name that modifies a noun ("the Asia program", "chief Asia economist") describes the
# fact's subject: another name before the same noun contradicts it.
DESCRIPTORS = [
    ("Rajiv Biswas works as chief Africa economist at IHS.", R),
    ("Rajiv Biswas is the chief Asia economist of IHS.", S),
    ("Andrew Small works in the Africa program of the German Marshall Fund.", R),
    ("Andrew Small is a fellow in the Asia program at the German Marshall Fund.", S),
    ("Japan trade with Russia reached 95 billion dollars in 2014.", N),
]

# Words of one synonym group read alike on both sides: "depend on" for "rely on",
# "offset the effect" for "cushion the impact".
SYNONYMS = [
    ("Russia has come to depend on China to offset the effect of Western sanctions.", S),
    ("Russia has grown reliant on China to blunt the toll of Western sanctions.", S),
    ("China has come to depend on Russia to offset the effect of Western sanctions.", R),
    ("Moscow is afraid of losing clout in Central Asia.", S),  # afraid for fears
    ("Beijing has reservations about Moscow's role in Ukraine.", S),  # role, involvement
    ("Some tensions linger in the bilateral relationship.", S),  # tensions, irritants
]

# A tag question asks to confirm the statement before it: no negation, no question of its
# own. A rate per day compares with one per year. What held at a time, after ", when".
# A cleft ("It was X who ...") stresses the plain statement.
SHAPES_AND_RATES = [
    ("Xi will hold talks with Putin in Moscow, won't he?", S),
    ("xi will visit belarus for five days, wont he", R),
    ("Xi will not visit Belarus after Russia, will he?", R),
    ("The East-Route Pipeline will deliver about 104 million cubic metres a day from 2018.", S),
    ("The East-Route Pipeline will deliver 150 million cubic metres a day from 2018.", R),
    ("The pipeline will carry 38 thousand million cubic metres of gas a year from 2018.", S),
    # what held at the time given, after ", when": a statement of its own
    ("Trade hit $95 billion in 2014, when Russia was China's largest trade partner.", R),
    ("Trade hit $95 billion in 2014, when China was Russia's largest trade partner.", S),
    # a cleft stresses who said it: the wrong speaker is refuted as in the plain statement
    ("It was Andrew Small who told DW a joint military helicopter deal is expected.", R),
    ("It was Rajiv Biswas who told DW a joint military helicopter deal is expected.", S),
]

GROUPS = {
    "numbers": NUMBERS,
    "approximations": APPROXIMATIONS,
    "dates": DATES,
    "durations": DURATIONS,
    "ranks": RANKS,
    "aliases": ALIASES,
    "roles": ROLES,
    "negation": NEGATION_AND_OPPOSITES,
    "modality": MODALITY,
    "not_enough_info": NOT_ENOUGH_INFO,
    "posts and visits": POSTS_AND_VISITS,
    "compound claims": COMPOUND_CLAIMS,
    "descriptors": DESCRIPTORS,
    "synonyms": SYNONYMS,
    "shapes and rates": SHAPES_AND_RATES,
}
CASES = [
    pytest.param(claim, expected, id=f"{group}: {claim[:60]}")
    for group, cases in GROUPS.items()
    for claim, expected in cases
]


@pytest.mark.parametrize(("claim", "expected"), CASES)
def test_verdict(checker: Checker, claim: str, expected: Verdict) -> None:
    result = checker.check(claim)
    assert result.verdict is expected, result.reasons


def test_refutation_names_both_values(checker: Checker) -> None:
    result = checker.check("Russia will deliver 48 bcm of gas to China each year")
    assert result.verdict is R
    assert result.reasons[0].startswith("the claim says 48 bcm")
    assert "38 billion cubic meters" in result.reasons[0]
    assert result.fact is not None
    assert "38 billion cubic meters" in result.fact.quote


def test_support_keeps_modality_visible(checker: Checker) -> None:
    result = checker.check("Putin is expected to attend Beijing's military parade in September.")
    assert result.verdict is S
    assert result.modality is not None
    assert result.modality.value == "expected"
    assert any("expected" in reason for reason in result.reasons)


def test_unrelated_numbers_never_refute(checker: Checker) -> None:
    for claim in (
        "US-China trade reached $500 billion in 2014.",
        "The western route will carry 30 bcm of gas a year.",
    ):
        assert verdict_of(checker, claim) is not R, claim


def test_empty_claim_is_not_enough_info(checker: Checker) -> None:
    assert checker.check("   ").verdict is N


@pytest.mark.parametrize(
    "claim",
    [
        "How much gas will Russia supply to China each year?",  # the store gives it
        "how many s-400 units is china buying",  # the store does not
        "How big was China-Russia trade in 2020?",
    ],
)
def test_a_question_for_a_value_is_not_judged(checker: Checker, claim: str) -> None:
    result = checker.check(claim)
    assert result.verdict is N
    assert "question" in result.reasons[0]


def test_markup_in_claims_is_text(checker: Checker) -> None:
    result = checker.check("Bilateral trade stood at $95bn in 2014 [/]")
    assert result.claim.endswith("[/]")
    assert result.verdict is S


def test_check_many_keeps_order(checker: Checker) -> None:
    claims = ["Xi will not meet war veterans.", "Bilateral trade stood at $95bn in 2014."]
    assert [r.verdict for r in checker.check_many(claims)] == [R, S]


def test_library_check_uses_the_bundled_store() -> None:
    from factcli import check

    result = check("Bilateral trade stood at $95bn in 2014.")
    assert isinstance(result, CheckResult)
    assert result.verdict is S


@pytest.mark.parametrize(
    ("verdicts", "status"),
    [
        ([S, S], ExitStatus.SUCCESS),
        ([S, N], ExitStatus.NOT_ENOUGH_INFO),
        ([N, R, S], ExitStatus.FAILURE),
    ],
)
def test_verdict_status(verdicts: list[Verdict], status: ExitStatus) -> None:
    assert verdict_status(verdicts) is status


PLAIN_STORE = [
    {"format": 1, "source": {"title": "Notes", "publisher": "Me", "date": "2024-01-01"}},
    {"id": "eiffel-height", "statement": "The Eiffel Tower is 330 metres tall."},
    {"id": "eiffel-opened", "statement": "The Eiffel Tower opened in March 1889."},
    {"id": "louvre-visitors", "statement": "The Louvre received 8.7 million visitors in 2023."},
]
PLAIN_CLAIMS = [
    ("The Eiffel Tower is 330 m high.", S),
    ("The Eiffel Tower is 300 metres tall.", R),
    ("The Eiffel Tower opened in 1889.", S),
    ("The Eiffel Tower opened in May 1889.", R),
    ("The Louvre had about 9 million visitors in 2023.", S),
    ("The Louvre had 7 million visitors in 2023.", R),
    ("The Colosseum is 48 metres tall.", N),
    ("The Eiffel Tower is painted brown.", N),
]


@pytest.fixture(scope="module")
def plain_checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    """A user's store of bare statements: no keys, no slots, no aliases."""
    import json

    from factcli.store import load_store

    path = tmp_path_factory.mktemp("plain") / "notes.jsonl"
    records = [
        record if "source" in record
        else {**record, "quote": record["statement"], "attribution": "article",
              "modality": "reported"}
        for record in PLAIN_STORE
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return Checker(load_store([path]))


@pytest.mark.parametrize(("claim", "expected"), PLAIN_CLAIMS)
def test_a_store_of_bare_statements_is_read_by_the_same_parser(
    plain_checker: Checker, claim: str, expected: Verdict
) -> None:
    assert plain_checker.check(claim).verdict is expected


# --- remembered results --------------------------------------------------------------------


def test_a_repeated_claim_is_answered_from_memory(
    bundled_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = Checker(bundled_store)
    first = fresh.check("Russia will supply China with 48 bcm of gas a year")
    monkeypatch.setattr(fresh, "_check", lambda claim, pieces: pytest.fail("checked again"))
    assert fresh.check("Russia will supply China with 48 bcm of gas a year") is first


def test_the_same_claim_in_another_context_is_checked_again(bundled_store: Store) -> None:
    fresh = Checker(bundled_store)
    alone = fresh.check("He will visit Moscow on May 9.")
    after = fresh.check("He will visit Moscow on May 9.", context="Xi Jinping heads to Russia.")
    assert alone is not after
    assert after.verdict is Verdict.SUPPORTED


def test_a_clause_that_needs_no_context_is_checked_once_after_any_sentence(
    bundled_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scanning a draft that repeats a sentence: only a context the verdict reads (the
    clauses before a claim that refers back, or whether they give a date) tells two checks
    of the same clause apart."""
    fresh = Checker(bundled_store)
    checked: list[str] = []
    afresh = Checker._check_afresh

    def counting(self: Checker, claim: str, *rest: Any) -> Any:
        checked.append(claim)
        return afresh(self, claim, *rest)

    monkeypatch.setattr(Checker, "_check_afresh", counting)
    plain, back = "Trade reached $95bn in 2014.", "He will visit Moscow on May 9."
    for context in (
        "Analysts were cautious.",
        "The parade was large.",
        "Xi Jinping heads to Russia.",
    ):
        fresh.check(plain, context=context)
        fresh.check(back, context=context)
    assert checked.count(plain) == 1
    assert checked.count(back) == 3
    assert fresh.check(back, context="Xi Jinping heads to Russia.").verdict is Verdict.SUPPORTED


def test_memory_is_bounded_and_forgets_the_oldest(
    bundled_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checker_module, "RESULT_CACHE", 3)
    fresh = Checker(bundled_store)
    claims = [f"Trade reached ${n}bn in 2014" for n in (90, 91, 92, 93, 94)]
    results = [fresh.check(claim) for claim in claims]
    assert len(fresh._results) == 3
    assert fresh.check(claims[-1]) is results[-1]
    assert fresh.check(claims[0]) is not results[0]  # forgotten, checked anew
    assert fresh.check(claims[0]) == results[0]


def test_candidates_set_aside_on_their_keys_are_never_parsed(bundled_store: Store) -> None:
    fresh = Checker(bundled_store)
    claim = "Russia will supply China with 48 bcm of gas a year from 2018"
    result = fresh.check(claim)
    views = list(fresh._views.values())
    parsed = [view for view in views if "statement" in view.__dict__]
    assert result.verdict is Verdict.REFUTED
    assert 0 < len(parsed) < len(views)
    for view in views:  # parsing the others changes nothing
        assert view.statement.text == view.fact.statement
    fresh._results.clear()
    assert fresh.check(claim) == result


@pytest.mark.parametrize("reference", ["the countries", "the nations", "the neighbours"])
def test_a_plural_reference_borrows_the_names_of_the_sentence_before(
    checker: Checker, reference: str
) -> None:
    claim = f"Trade between {reference} stood at $95 billion in 2014."
    result = checker.check(claim, context="China and Russia are close partners.")
    assert result.verdict is Verdict.SUPPORTED, result.reasons
    assert checker.check(claim, context="The pipeline will run for 4,000 km.").verdict is N


ARTICLE_ABOUT_ONE_FIRM = """Harbor Foods recalls its soups

By Ann Bell | Test Wire | May 19, 2015

Harbor Foods said on Tuesday it would recall 3 million cans of soup.

Harbor Foods has admitted for the first time that the cans were faulty.

Regulators had fined Harbor Foods $14,000 a day since February.

Inspector Cal Reyes said the accumulated penalties have topped $1 million.

Harbor Foods shares fell 5 percent.
"""


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the article is about Harbor Foods: a fact may leave it unnamed
        ("Reyes said the penalties Harbor Foods had accumulated exceeded $1 million.", "supported"),
        ("Reyes said the penalties Harbor Foods had accumulated were below $1 million.", "refuted"),
        # another party is not the article's subject
        ("Reyes said the penalties Ocean Foods had accumulated exceeded $1 million.",
         "not_enough_info"),
    ],
)  # fmt: skip
def test_a_fact_may_leave_the_article_s_subject_unnamed(claim: str, expected: str) -> None:
    from factcli.draft.against import drafted_store
    from factcli.store import load_store

    checker = Checker(load_store([drafted_store(ARTICLE_ABOUT_ONE_FIRM)]))
    assert checker.check(claim).verdict.value == expected
