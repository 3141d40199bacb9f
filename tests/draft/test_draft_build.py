"""Drafting end to end: facts, slots, attribution, modality; a valid store, byte for byte
the same on every run."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.draft import Overrides, draft_article
from factcli.draft.writer import to_jsonl, to_toml
from factcli.store import load_store
from factcli.validate import quote_problems


def _fact(article: str, start: str):  # type: ignore[no-untyped-def]
    return next(f for f in draft_article(article).facts if f.statement.startswith(start))


def test_the_draft_is_a_valid_store_whose_quotes_are_in_the_source(
    article: str, tmp_path: Path
) -> None:
    for name, text in (("a.toml", to_toml(draft_article(article))),
                       ("a.jsonl", to_jsonl(draft_article(article)))):  # fmt: skip
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        store = load_store([path])
        assert store.facts
        assert quote_problems(store, article, "article.txt") == []


def test_drafting_twice_gives_the_same_bytes(article: str) -> None:
    assert to_toml(draft_article(article)) == to_toml(draft_article(article))
    assert to_jsonl(draft_article(article)) == to_jsonl(draft_article(article))


def test_overrides_win(article: str) -> None:
    draft = draft_article(article, Overrides("Other", "Wire", "2021-04-15"))
    assert (draft.title, draft.publisher, draft.date) == ("Other", "Wire", "2021-04-15")


def test_a_clause_gets_its_values_and_a_resolved_weekday(article: str) -> None:
    fact = _fact(article, "Harbor Foods reported")
    assert not fact.statement.startswith("OSLO")
    assert (fact.quantities[0].value, fact.quantities[0].unit) == (42000000, "EUR")
    assert (fact.dates[0].date, fact.dates[0].weekday) == ("2021-04-13", "Tuesday")


def test_reported_speech_is_attributed_with_the_post(article: str) -> None:
    fact = _fact(article, "Harbor Foods sold")
    assert fact.speaker == ("Ingrid Berg", "chief executive of Harbor Foods")


def test_pronouns_resolve_and_modality_follows_cue_words(article: str) -> None:
    fact = _fact(article, "Ingrid Berg said Harbor Foods would open")
    assert fact.modality == "expected"
    assert fact.dates[0].date == "2022"
    assert _fact(article, "Harbor Foods expects revenue").modality == "expected"


def test_a_post_gets_a_fact_of_its_own(article: str) -> None:
    fact = _fact(article, "Ingrid Berg is")
    assert set(fact.entities) == {("chief executive", "post"), ("Harbor Foods", "employer")}
    assert fact.keys[0] == "Ingrid Berg"
    assert "chief executive" in fact.keys[1].split("|")


def test_a_post_no_table_knows_is_kept_in_the_article_s_words() -> None:
    text = "A title\n\nWhite House press secretary Josh Earnest condemned the attack.\n"
    fact = _fact(text, "Josh Earnest is")
    assert ("white house press secretary", "post") in fact.entities
    assert fact.statement == "Josh Earnest is the White House press secretary."


def test_an_order_of_magnitude_is_said_by_the_statement_not_a_slot() -> None:
    text = "A title\n\nNorway gives hundreds of millions of dollars in aid to Lemuria.\n"
    fact = _fact(text, "Norway gives")
    assert fact.quantities == ()
    assert "hundreds of millions" in fact.statement


def test_ranks_and_negation(article: str) -> None:
    assert _fact(article, "Harbor Foods is Norway's").ranks[0].value == 3
    assert _fact(article, "The Norwegian government did not").negated


def test_an_apposition_is_a_fact_of_its_own() -> None:
    text = "A title\n\nNorway, a country of about 5 million people, exports fish.\n"
    fact = _fact(text, "Norway is a country")
    assert fact.keys[0] == "Norway"
    assert fact.quantities[0].value == 5000000


def test_a_possessive_apposition_is_a_fact_of_its_own() -> None:
    text = "A title\n\nLee wants closer ties with Norway, Sweden's largest trading partner.\n"
    fact = _fact(text, "Norway is Sweden's largest trading partner.")
    assert fact.keys[0] == "Norway"


def test_a_description_refers_to_the_one_name_with_its_head() -> None:
    text = (
        "A title\n\nGunmen stormed the Bardo National Museum on Monday. "
        "The attack on the museum killed 19 people.\n"
    )
    fact = _fact(text, "The attack on the museum")
    assert "Bardo National Museum" in fact.keys[0].split("|")
    assert fact.entities == ()  # never set against another name of a claim


def test_back_then_takes_the_date_of_the_sentence_before() -> None:
    text = (
        "A title\n\nThe leaders met in May 2014 in Shanghai. "
        "Back then, the two sides signed a 30-year gas contract.\n"
    )
    fact = next(f for f in draft_article(text).facts if "30-year" in f.statement)
    assert "2014-05" in [d.date for d in fact.dates]


def test_an_amount_is_keyed_by_what_it_measures(article: str) -> None:
    fact = _fact(article, "Harbor Foods reported a net profit")
    assert "profit" in fact.keys[1].split("|")


def test_a_denial_needs_what_it_denies_and_a_word_of_the_rest(article: str) -> None:
    text = (
        "A title\n\nThe regulator did not approve the merger of the two largest regional "
        "dairy cooperatives last week.\n"
    )
    fact = next(f for f in draft_article(text).facts if f.negated)
    rest, denied = (set(key.split("|")) for key in fact.keys[:2])
    assert denied == {"approve"}
    assert {"regulator", "merger", "dairy", "cooperatives"} <= rest


def test_a_verb_that_denies_keys_the_denial_with_itself() -> None:
    """ "The permit was denied because of ...": what is denied is the verb's own; a claim
    that leaves out the reason is still about the refusal."""
    text = (
        "A title\n\nThe building permit was denied because of objections already lodged "
        "by the neighbouring farmers.\n"
    )
    fact = next(f for f in draft_article(text).facts if f.negated)
    assert fact.keys[-1] == "denied"
    assert {"permit", "objections", "farmers"} <= set(fact.keys[0].split("|"))


def test_a_denial_is_keyed_by_what_follows_its_cue_not_by_the_cue() -> None:
    text = (
        "Space\n\nThe probe mapped the whole moon without losing a single image. "
        "\u201cWe have nothing to hide,\u201d said Ada Moss, a director of the agency.\n"
    )
    facts = draft_article(text).facts
    probe = next(f for f in facts if f.statement.startswith("The probe"))
    assert probe.negated
    assert probe.keys[1] == "losing"
    hide = next(f for f in facts if "hide" in f.statement)
    assert "nothing" not in "|".join(hide.keys)


def test_hyphenated_words_give_their_parts() -> None:
    text = "A title\n\nThe group is an al-Qaeda-linked organization based in the south.\n"
    fact = next(f for f in draft_article(text).facts if "al-Qaeda-linked" in f.statement)
    assert {"linked", "al-qaeda"} <= set(fact.keys[-1].split("|")) | set(fact.keys[0].split("|"))


def test_after_a_comma_the_speaker_follows_the_verb() -> None:
    text = (
        "A title\n\nThe minister will meet Anna Berg and Tom Lind on Monday, said deputy "
        "foreign minister Carl Olsen.\n"
    )
    fact = next(f for f in draft_article(text).facts if f.statement.startswith("The minister"))
    assert fact.speaker is not None
    assert fact.speaker[0] == "Carl Olsen"


def test_contributors_get_a_fact_of_their_own() -> None:
    text = (
        "A title\n\nBy Ann Lee | Wire | May 7, 2015\n\nPrices rose on Monday.\n\n"
        "Bo Kim contributed to this report.\n"
    )
    fact = next(f for f in draft_article(text).facts if f.id.endswith("article-contributors"))
    assert fact.entities == (("Bo Kim", "contributor"),)
    assert fact.quote == "Bo Kim contributed to this report."


def test_a_cue_in_a_relative_clause_does_not_qualify_the_fact() -> None:
    text = (
        "A title\n\nThe chain now has 11 stores and is rumored to be planning a new chain "
        "that may use the same technology.\n"
    )
    fact = next(f for f in draft_article(text).facts if "11 stores" in f.statement)
    assert fact.modality == "reported"


def test_a_post_fact_applies_only_to_a_claim_that_gives_a_post() -> None:
    text = "Harbor news\n\nChinese vice foreign minister Cheng Guoping said the talks went well.\n"
    fact = next(f for f in draft_article(text).facts if f.id.endswith("post"))
    assert fact.keys[0] == "Cheng Guoping"
    posts = fact.keys[1].split("|")
    assert posts[0] == "vice foreign minister"
    assert {"minister", "president", "spokesman", "works"} <= set(posts)


def test_the_speaker_is_the_person_an_apposition_describes() -> None:
    text = (
        "Trade news\n\nAndrew Small, a fellow with the Asia program of the German Marshall "
        "Fund, explained that Russia has relied on China.\n"
    )
    fact = next(f for f in draft_article(text).facts if f.statement.startswith("Andrew Small,"))
    assert fact.speaker is not None
    assert fact.speaker[0] == "Andrew Small"


def test_who_says_it_is_not_what_the_fact_is_about() -> None:
    text = (
        "Trade news\n\nAndrew Small, a fellow with the Asia program of the German Marshall "
        "Fund, explained that Russia has relied on China to cushion sanctions.\n"
    )
    fact = next(f for f in draft_article(text).facts if f.statement.startswith("Andrew Small,"))
    topic = fact.keys[0].split("|")
    assert "relied" in topic
    assert not {"explained", "fellow", "program"} & set(topic)


def test_a_whole_sentence_keeps_who_supplies_whom_when_it_names_both() -> None:
    text = (
        "Trade news\n\nRussia has increasingly relied on China to cushion the impact of "
        "sanctions. Russia wants more support from Beijing.\n"
    )
    facts = draft_article(text).facts
    relied = next(f for f in facts if f.statement.startswith("Russia has increasingly"))
    assert set(relied.entities) >= {("China", "supplier"), ("Russia", "recipient")}
    alone = next(f for f in facts if f.statement.startswith("Russia wants"))
    assert not {role for _, role in alone.entities} & {"supplier", "recipient"}


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # a post given by a demonym is the country's
        ("Talks\n\nChinese vice foreign minister Cheng Guoping said the talks went well.\n",
         "Cheng Guoping is China's vice foreign minister."),
        # a leading post starts after what it is set against
        ("Charges\n\nThe uprising led to charges at the International Criminal Court against "
         "Lemuria's president, Omar Hassan al-Bashir, and to new sanctions.\n",
         "Omar Hassan al-Bashir is Lemuria's president."),
        # a title before a name starts after the verb before it
        ("Calls\n\nLemuria said Mr Diaz had told President Ana Lopez by telephone that he "
         "was safe.\n", "Ana Lopez is the President."),
        # a relative pronoun is no part of a post
        ("Shopping\n\nThen came Prime, a program which Amazon founder Jeff Bezos said last "
         "year had surpassed 100 million members.\n", "Jeff Bezos is the Amazon founder."),
        # a body's short name before the title ("Fed Chair")
        ("Rates\n\nThe Federal Reserve raised rates, and the Fed sees more rises. Fed Chair "
         "Janet Yellen said the rise was modest.\n", "Janet Yellen is Federal Reserve's chair."),
        ("Bonds\n\nYields rose, said Aaron Kohli, interest rate strategist at BMO Capital "
         "Markets.\n", "Aaron Kohli is the interest rate strategist at BMO Capital Markets."),
    ],
    ids=["demonym", "leading-post", "title-after-verb", "relative-pronoun", "chair",
         "strategist"],
)  # fmt: skip
def test_the_post_a_sentence_gives(text: str, statement: str) -> None:
    fact = next(f for f in draft_article(text).facts if f.id.endswith("post"))
    assert fact.statement == statement


def test_every_body_a_post_names_employs_the_person() -> None:
    text = (
        "Sanctions\n\nAna Diaz, a senior fellow at the Kumari Center at Harvard University, "
        "said the sanctions failed.\n"
    )
    draft = draft_article(text)
    fact = next(f for f in draft.facts if f.id.endswith("post"))
    employers = [name for name, role in fact.entities if role == "employer"]
    assert employers == ["Kumari Center", "Harvard University"]
    harvard = next(a for a in draft.aliases if a.name == "Harvard University")
    assert "Harvard" in harvard.aliases  # a school goes by its first word


def test_the_speaker_behind_a_bare_post_or_a_relative_clause() -> None:
    text = (
        "Bank news\n\nNonetheless, Maria Lopez, director of the Nordic Savings Bank, points out "
        "that rates will rise.\n\nJohn Perry, who heads the Western Pension Fund, said that "
        "bonds had fallen.\n"
    )
    facts = draft_article(text).facts
    rates = next(f for f in facts if "rates will rise" in f.statement)
    bonds = next(f for f in facts if "bonds had fallen" in f.statement)
    assert rates.speaker is not None
    assert rates.speaker[0] == "Maria Lopez"
    assert bonds.speaker is not None
    assert bonds.speaker[0] == "John Perry"


def test_a_duration_tied_to_a_stop_is_the_stop_s_length() -> None:
    text = (
        "Tour news\n\nFollowing a two-day trip to Chile, the minister arrived in Peru on "
        "Friday to sign a trade deal.\n"
    )
    fact = next(f for f in draft_article(text).facts if f.statement.startswith("Following"))
    assert ("Chile", "previous_stop") in fact.entities
    assert [(d.slot, d.value, d.unit) for d in fact.durations] == [
        ("previous_stop_length", 2, "day")
    ]


def test_a_short_denial_needs_both_of_its_words() -> None:
    text = "A title\n\nShe said she did not expect a wider campaign.\n"
    fact = next(f for f in draft_article(text).facts if f.negated)
    assert set(fact.keys) == {"wider", "campaign"}  # each needed, in either order


def test_who_supplies_whom_is_keyed_by_the_flow_it_belongs_to() -> None:
    text = "Trade news\n\nNorway has increasingly relied on Chile to supply fish oil.\n"
    fact = next(f for f in draft_article(text).facts if f.statement.startswith("Norway"))
    assert {role for _, role in fact.entities} >= {"supplier", "recipient"}
    assert set(fact.keys[-1].split("|")) == {"relied", "supply"}


def test_a_post_in_a_relative_clause_is_what_follows_as() -> None:
    text = (
        "Bank news\n\nTom Reed, who follows the bank as a managing director at Lakeside "
        "Partners, said the shares were cheap.\n"
    )
    fact = next(f for f in draft_article(text).facts if f.id.endswith("post"))
    assert fact.statement == "Tom Reed is a managing director at Lakeside Partners."


def test_a_closed_the_apposition_describes_the_name() -> None:
    text = (
        "Quake\n\nIn Machala, the capital of El Oro province, nine deaths were reported. "
        "Near Kodiak, Alaska, the Polaris makes a series of trips.\n"
    )
    statements = [f.statement for f in draft_article(text).facts]
    assert "Machala is the capital of El Oro province." in statements
    assert not any(s.startswith("Alaska is") for s in statements)


def test_a_count_after_of_is_keyed_by_the_words_before_it() -> None:
    text = (
        "Quake\n\nAn earthquake with a magnitude of 6.8 struck Ecuador, killing at least "
        "14 people.\n\nThe sale is one of more than 300 such Prime promotions planned.\n"
    )
    facts = draft_article(text).facts
    quake = next(f for f in facts if f.statement.startswith("An earthquake"))
    assert "people" in quake.keys[-1].split("|")  # the magnitude is a slot of its own
    assert next((q.slot, q.value) for q in quake.quantities) == ("magnitude", 6.8)
    sale = next(f for f in facts if f.statement.startswith("The sale"))
    assert sale.keys[-1] == "prime|promotions"  # the first word and the head noun


def test_a_quotation_that_runs_on_is_its_speaker_s_within_its_paragraph() -> None:
    text = (
        "Talks\n\nAs minister Ann Lee recently put it: \u201cNorway and Chile are close "
        "partners. Our trade is growing fast.\u201d Prices fell last year.\n\n"
        "Exports to Peru rose sharply in May.\n"
    )
    facts = draft_article(text).facts
    speakers = {f.statement: f.speaker[0] if f.speaker else None for f in facts}
    partners = next(s for s in speakers if "close partners" in s)
    assert "Norway and Chile" in partners
    assert speakers[partners] == "Ann Lee"
    assert speakers['Our trade is growing fast."'] == "Ann Lee"
    assert speakers["Prices fell last year."] is None
    assert speakers["Exports to Peru rose sharply in May."] is None


def test_a_sentence_all_in_quotes_goes_on_in_the_voice_quoted_before_it() -> None:
    text = (
        "Rates\n\n\u201cCredit was cheap for years,\u201d said Ravi Menon, an economist at "
        "Lakeside Bank. \u201cThose days are gone.\u201d Lenders raised rates in March.\n\n"
        "\u201cWe will wait and see.\u201d\n"
    )
    facts = draft_article(text).facts
    speakers = {f.statement: f.speaker[0] if f.speaker else None for f in facts}
    assert speakers['"Those days are gone."'] == "Ravi Menon"
    assert speakers["Lenders raised rates in March."] is None
    assert speakers['"We will wait and see."'] is None  # another paragraph: no one quoted yet


def test_what_a_denial_says_was_not_prevented_took_place() -> None:
    text = "Trade\n\nThe dispute has not prevented the sale of salmon feed by Norway to Chile.\n"
    facts = draft_article(text).facts
    denial = next(f for f in facts if f.negated)
    assert "prevented" in denial.keys[0].split("|")
    done = next(f for f in facts if f.statement.startswith("The sale"))
    assert done.statement == "The sale of salmon feed by Norway to Chile."
    assert not done.negated


def test_a_post_fact_meets_a_claim_that_gives_membership_by_a_verb() -> None:
    text = "Party news\n\nAnn Lee, a director of the Labour Party, said the vote was fair.\n"
    fact = next(f for f in draft_article(text).facts if f.id.endswith("post"))
    assert {"sits", "chairs", "represents"} <= set(fact.keys[-1].split("|"))


def test_a_denial_is_split_without_the_apposition_after_it() -> None:
    text = (
        "Shops\n\nThe chain is not opening any new corner stores, a smaller version of the "
        "main brand selling private-label products.\n"
    )
    fact = next(f for f in draft_article(text).facts if f.negated)
    assert fact.keys[:2] == ("chain|corner|stores", "opening")


def test_a_post_before_the_name_reads_in_lower_case() -> None:
    text = "Party\n\nThe leader of Ennahda, Omar Haddad, condemned the attack.\n"
    fact = next(f for f in draft_article(text).facts if f.id.endswith("post"))
    assert fact.statement == "Omar Haddad is the leader of Ennahda."


def test_a_decline_named_as_a_thing_denies_nothing() -> None:
    text = (
        "Markets\n\nShares extended their decline to 5 percent on Monday. "
        '"We did not expect the decline to be so fast," Tom Reed said.\n'
    )
    facts = draft_article(text).facts
    shares = next(f for f in facts if f.statement.startswith("Shares"))
    quoted = next(f for f in facts if "so fast" in f.statement)
    assert not shares.negated
    assert quoted.negated


def test_the_article_date_needs_a_claim_on_its_publication() -> None:
    text = (
        "A title\n\nBy Jane Doe | Valley Herald | November 6, 2024\n\n"
        "The title was won on Sunday.\n"
    )
    dated = next(f for f in draft_article(text).facts if f.dates and f.id.endswith("article-date"))
    assert any(
        "published" in key.split("|") and "title" not in key.split("|") for key in dated.keys
    )


def test_the_speaker_behind_a_description_of_several_parts() -> None:
    text = (
        'Lab news\n\n"The results surprised us," Maria Lopez, a research fellow at the Ocean '
        "Institute in Bergen, Norway, and co-author of the study, said in a statement.\n"
    )
    fact = next(f for f in draft_article(text).facts if "surprised" in f.statement)
    assert fact.speaker is not None
    assert fact.speaker[0] == "Maria Lopez"


def test_a_clause_about_the_thing_the_clause_before_names_is_keyed_by_it() -> None:
    text = (
        "Port\n\nAna Berg has called for a new ferry port in Tromso, but the Harbor Council "
        "has not taken up that idea.\n"
    )
    denial = next(f for f in draft_article(text).facts if f.negated)
    assert denial.keys[0] == "Harbor Council"
    assert {"plan", "ferry", "port"} <= set(denial.keys[1].split("|"))
    assert "taken" not in "|".join(denial.keys)


def test_a_long_post_with_a_second_role_is_still_a_post() -> None:
    text = (
        "Sky\n\n\u201cThe maps are good,\u201d said Rosa Vidal, associate professor of marine "
        "geology at the University of Lemuria and co-author of the study.\n"
    )
    post = next(f for f in draft_article(text).facts if f.id.endswith("post"))
    assert ("University of Lemuria", "employer") in post.entities


def test_a_role_the_description_gives_keys_the_post_fact() -> None:
    text = (
        "Sky\n\n\u201cThe maps are good,\u201d said Rosa Vidal, a fellow at the Tidal "
        "Institute and a co-founder of the Reef Council.\n"
    )
    post = next(f for f in draft_article(text).facts if f.id.endswith("post"))
    assert "co-founder" in post.keys[1].split("|")


def test_a_named_thing_in_a_place_is_located_there() -> None:
    text = "Sky\n\nThe study ran on the Orca supercomputer in Bergen for two years.\n"
    facts = draft_article(text).facts
    located = next(f for f in facts if f.statement == "Orca is in Bergen.")
    assert located.keys == ("Orca",)
    assert located.entities == (("Bergen", "location"),)
    study = next(f for f in facts if f.statement.startswith("The study"))
    assert ("Bergen", "location") in study.entities


def test_a_body_that_estimates_is_the_speaker_of_its_estimate() -> None:
    text = "Rates\n\nThe Tidal Institute estimates that the catch will fall to 40 tonnes in 2030.\n"
    fact = next(f for f in draft_article(text).facts if "catch" in f.statement)
    assert fact.speaker == ("Tidal Institute", "")


def test_not_since_a_year_says_when_it_last_happened() -> None:
    text = "Ferries\n\nThe two ports had not traded since 1987, officials said.\n"
    facts = draft_article(text).facts
    last = next(f for f in facts if "last" in f.statement)
    assert last.statement == "The two ports last traded in 1987."
    assert not last.negated
    assert [d.date for d in last.dates] == ["1987"]


def test_a_list_item_is_said_by_whom_its_introduction_names() -> None:
    text = (
        "A title\n\nAnn Lee spoke in Oslo on Monday.\n\nIn an interview, Ann Lee also said:\n\n"
        "The port must stay open to trade\n\nThe new measures include:\n\n"
        "A new quay for the fleet\n"
    )
    facts = draft_article(text).facts
    port = next(f for f in facts if f.quote == "The port must stay open to trade")
    assert (port.speaker or ("",))[0] == "Ann Lee"
    quay = next(f for f in facts if f.quote == "A new quay for the fleet")
    assert quay.speaker is None
    assert quay.statement == "The new measures include: A new quay for the fleet."


def test_a_quotation_is_said_by_whom_the_sentence_closing_it_names() -> None:
    text = (
        "A title\n\nAnn Lee spoke in Oslo on Monday.\n\n"
        '"The port is too small. It must grow," Ann Lee said.\n\n'
        '"We need two new quays by 2030."\n'
    )
    facts = draft_article(text).facts
    for start in ('"The port is too small', "We need two new quays"):
        fact = next(f for f in facts if f.quote.lstrip('"').startswith(start.lstrip('"')))
        assert (fact.speaker or ("",))[0] == "Ann Lee", fact


def test_a_count_is_keyed_by_its_head_noun_too() -> None:
    text = "A title\n\nNine African-American churchgoers were killed in June.\n"
    fact = next(f for f in draft_article(text).facts if f.quantities)
    assert "churchgoers" in fact.keys[-1].split("|")
    assert "african-american" in fact.keys[-1].split("|")


def test_a_count_is_keyed_by_the_verb_before_it_too() -> None:
    text = "A title\n\nA gunman opened fire at a cinema, killing two people on Monday.\n"
    fact = next(f for f in draft_article(text).facts if f.quantities)
    assert set(fact.keys[-1].split("|")) == {"people", "killing"}


def test_a_post_given_by_its_initials_gets_a_fact() -> None:
    text = "A title\n\nSales rose, Harbor Foods CFO Ann Lee said on Monday.\n"
    fact = next(f for f in draft_article(text).facts if f.id == "ann-lee-post")
    assert ("chief financial officer", "post") in fact.entities


def test_an_amount_is_keyed_by_the_words_round_a_dashed_aside() -> None:
    text = (
        "A title\n\nThe fleet's loss ratio - a measure of boats lost relative to boats "
        "insured - came in at 4.2% for the year.\n"
    )
    fact = next(f for f in draft_article(text).facts if f.quantities)
    assert {"loss", "ratio"} <= set(fact.keys[-1].split("|"))
    assert "insured" not in fact.keys[-1].split("|")


def test_what_another_says_after_but_is_in_their_voice() -> None:
    text = (
        "A title\n\nMayor Ann Lee said on Monday that the port would grow.\n\n"
        "She vowed to keep trying, but the port's chief engineer Ben Ortiz said the quay "
        "would not be ready.\n"
    )
    facts = draft_article(text).facts
    vowed = next(f for f in facts if "vowed" in f.statement)
    ready = next(f for f in facts if "ready" in f.statement)
    assert "ready" not in vowed.statement
    assert (vowed.speaker or ("",))[0] == "Ann Lee"
    assert (ready.speaker or ("",))[0] == "Ben Ortiz"


def test_a_drafted_place_within_the_top_n_loads_and_checks(tmp_path: Path) -> None:
    from factcli.checker import Checker

    text = "Ranks\n\nMu is among the top ten fish exporters, officials said on Monday.\n"
    path = tmp_path / "draft.toml"
    path.write_text(to_toml(draft_article(text)), encoding="utf-8")
    checker = Checker(load_store([path]))
    assert checker.check("Mu is the 12th-largest fish exporter.").verdict.value == "refuted"


_HISTORY = (
    "How the lamp came\n\nBy Ann Lee | The Daily | April 30, 2019\n\n"
    "In the spring of 1901, the Ruritanian chemist Tom Hale made a discovery in his "
    "laboratory. Hale then isolated three new gases with a colleague. Sanctions have "
    "hurt the lamp trade.\n"
)


def _verdicts_against(tmp_path: Path, article: str, claims: list[str]) -> list[str]:
    """The verdicts on the claims against a store drafted from the article and loaded."""
    from factcli.checker import Checker

    path = tmp_path / "draft.toml"
    path.write_text(to_toml(draft_article(article)), encoding="utf-8")
    checker = Checker(load_store([path]))
    return [checker.check(claim).verdict.value for claim in claims]


def test_an_undated_past_event_is_dated_by_the_paragraphs_story(tmp_path: Path) -> None:
    claims = [
        "In 1901 Hale isolated four new gases.",
        "In 1901 Hale isolated three new gases.",
        # another year is another period; a spell around the year does not date the event
        "In 1950 Hale isolated four new gases.",
        "From 1890 to 1910 Hale isolated three new gases.",
    ]
    assert _verdicts_against(tmp_path, _HISTORY, claims) == [
        "refuted",
        "supported",
        "not_enough_info",
        "not_enough_info",
    ]


def test_a_present_state_keeps_the_articles_year() -> None:
    facts = draft_article(_HISTORY).facts
    isolated = next(f for f in facts if "isolated" in f.statement)
    hurt = next(f for f in facts if "hurt" in f.statement)
    assert [(d.slot, d.date) for d in isolated.dates] == [("narrative", "1901")]
    assert hurt.dates == ()


def test_an_occupation_with_a_nationality_is_a_post(tmp_path: Path) -> None:
    """ "the French engineer Georges Lune": an occupation before a name makes a person, and
    the nationality before it is compared as a post's country is."""
    text = (
        "Lamps\n\nBy Ann Lee | The Daily | April 30, 2019\n\n"
        "In 1910, the French engineer Georges Lune showed his lamp in Paris. "
        "The Scottish painter Mary Dunn bought the first one.\n"
    )
    claims = [
        "The lamp was shown by the French engineer Georges Lune.",
        "The lamp was shown by the Belgian engineer Georges Lune.",
        "Mary Dunn is an Irish painter.",
    ]
    assert _verdicts_against(tmp_path, text, claims) == ["supported", "refuted", "refuted"]


def test_a_claim_more_precise_than_a_vague_date_of_the_fact(tmp_path: Path) -> None:
    """ "in 1882" against "in the late 1800s": more than the fact says, even when the fact
    has a date of another kind besides; "deputy commissioner" is no commissioner."""
    text = (
        "Cables\n\nBy Ann Lee | The Daily | Feb. 21, 2019\n\n"
        "In the late 1800s, the city's cables were buried in winter, said Tom Hale, deputy "
        "commissioner at the Water Board.\n"
    )
    claims = [
        "The city's cables were buried in the late 1800s.",
        "The city's cables were buried in 1882.",
        "Tom Hale is the commissioner of the Water Board.",
    ]
    assert _verdicts_against(tmp_path, text, claims) == [
        "supported",
        "not_enough_info",
        "refuted",
    ]


def test_a_relative_clause_of_state_on_a_person_is_a_fact_of_its_own() -> None:
    """ "Lena Diaz, who was 21 at the time, was arrested the next day": her age is a fact
    keyed by her name and the words that tell a state ("was", "aged"), so that a claim of
    another age ("Diaz was 25 when ...") meets it, and one of her arrest does not."""
    text = "A title\n\nLena Diaz, who was 21 at the time, was arrested the next day.\n"
    stated = {f.statement: f for f in draft_article(text).facts}
    name, state = stated["Lena Diaz was 21."].keys
    assert name == "Lena Diaz"
    assert {"was", "aged"} <= set(state.split("|"))


@pytest.mark.parametrize(
    "text",
    [
        "Food\n\n\u2018We have no choice,\u2019 Ron Joyce, a farmer from Ohio, told NBC News.\n",
        "Food\n\nRon Joyce told NBC News that farmers have no choice.\n",
    ],
)
def test_who_is_told_is_no_speaker(text: str) -> None:
    """ "Ron Joyce ... told NBC News": NBC News heard it; Ron Joyce said it."""
    fact = next(f for f in draft_article(text).facts if "no choice" in f.statement)
    assert fact.speaker is not None
    assert fact.speaker[0] == "Ron Joyce"


def test_a_person_of_a_body_speaks_for_it() -> None:
    """ "Captain Ana Ruiz of the Kern County Fire Department told CNN": the captain speaks."""
    text = (
        'Fire\n\n"We are going to be committed to this for some time," Captain Ana Ruiz '
        "of the Kern County Fire Department told CNN.\n"
    )
    fact = next(f for f in draft_article(text).facts if "committed" in f.statement)
    assert fact.speaker is not None
    assert fact.speaker[0] == "Ana Ruiz"
