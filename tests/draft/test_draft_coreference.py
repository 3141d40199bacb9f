"""Clauses made self-contained."""

from __future__ import annotations

from factcli.draft.coreference import Context, self_contained
from factcli.entities import EntityIndex
from factcli.model import Alias
from factcli.parse import parse_text
from factcli.values import Mention


def _context(*texts: str) -> Context:
    index = EntityIndex([Alias("Ann Lee", "person", ("Lee",))])
    context = Context()
    for text in texts:
        context.note(parse_text(text, index).mentions)
    return context


def test_he_is_the_last_person_named() -> None:
    context = _context("Ann Lee spoke in Oslo.")
    assert self_contained("But she said the plan would work", context, None) == (
        "Ann Lee said the plan would work."
    )


def test_the_country_is_the_country_named_most() -> None:
    context = _context("Norway and Japan signed.", "Norway grew.")
    assert self_contained("The country exports fish.", context, None) == "Norway exports fish."


def test_the_country_is_one_the_clause_named_first() -> None:
    context = _context("Norway grew.", "Norway grew.")
    local = (Mention(0, 8, "Sweden", "country", False, adjective=True),)
    assert self_contained("Swedish boats fished the country's coast.", context, None, local) == (
        "Swedish boats fished Sweden's coast."
    )


def test_the_two_sides_are_the_last_two_countries() -> None:
    context = _context("Norway and Japan met.")
    assert self_contained("The two sides signed a deal.", context, None) == (
        "Japan and Norway signed a deal."
    )


def test_the_region_is_the_region_named_last() -> None:
    context = Context()
    context.note(parse_text("Both vie for influence in Central Asia.", EntityIndex([])).mentions)
    assert self_contained("The region is rich in resources.", context, None) == (
        "Central Asia is rich in resources."
    )


def test_the_city_is_the_city_named_most_not_one_named_in_passing() -> None:
    context = _context(
        "GE will move to Boston.", "Boston is home to 55 colleges.", "It has offices in New York."
    )
    assert self_contained("The city will provide tax savings.", context, None) == (
        "Boston will provide tax savings."
    )


def test_an_x_said_that_frame_stays_in_the_statement() -> None:
    context = _context("Ann Lee spoke.")
    assert (
        self_contained("Lee said that prices rose.", context, None) == "Lee said that prices rose."
    )


def test_the_two_sides_are_the_two_countries_the_sentence_named() -> None:
    context = _context("Norway and Japan met.", "Norway grew.", "Norway and Japan met.")
    sentence = parse_text("As Chile met Peru, both countries signed a deal.", EntityIndex([]))
    earlier = tuple(m for m in sentence.mentions if m.end <= len("As Chile met Peru"))
    assert self_contained("both countries signed a deal", context, None, (), earlier) == (
        "Chile and Peru signed a deal."
    )


def test_it_opening_a_sentence_is_the_first_company_or_country_named_before() -> None:
    context = Context()
    index = EntityIndex(
        [Alias("Acme", "organization", ()), Alias("Bolt Foods", "organization", ())]
    )
    context.note_sentence(parse_text("Analysts ask how Acme will use Bolt Foods.", index).mentions)
    assert self_contained("It now has 11 stores", context, None) == "Acme now has 11 stores."
    assert self_contained("Its profit rose", context, None) == "Acme's profit rose."
    assert self_contained("It was a bad year", context, None) == "It was a bad year."


def test_its_in_a_later_clause_is_the_country_its_sentence_named() -> None:
    context = Context()
    context.note_sentence(parse_text("Chile grew.", EntityIndex([])).mentions)
    earlier = parse_text("Peru's beaches drew tourists", EntityIndex([])).mentions
    assert self_contained("its governments promoted trade", context, None, (), earlier) == (
        "Peru's governments promoted trade."
    )


def test_bilateral_is_between_the_two_countries() -> None:
    context = _context("Norway and Japan met.", "Norway grew.")
    assert self_contained("Bilateral trade stood at $9 billion", context, None) == (
        "Trade between Norway and Japan stood at $9 billion."
    )


def test_the_court_is_the_court_named_before() -> None:
    context = Context()
    index = EntityIndex(
        [Alias("Acme", "organization", ()), Alias("Supreme Court", "organization", ())]
    )
    for text in ("Acme sued Acme's rival.", "Acme lost.", "The Supreme Court heard it."):
        context.note_sentence(parse_text(text, index).mentions)
    assert self_contained("The court ruled for the retailer", context, None) == (
        "Supreme Court ruled for Acme."
    )


def test_the_agency_is_the_public_body_named_before_never_the_company() -> None:
    context = Context()
    index = EntityIndex(
        [Alias("Acme", "organization", ()), Alias("Road Safety Administration", "organization", ()),
         Alias("Department of Fisheries", "organization", ())]
    )  # fmt: skip
    for text in ("Acme recalled cars.", "Acme told the Road Safety Administration.", "Acme."):
        context.note_sentence(parse_text(text, index).mentions)
    assert self_contained("Acme sent four reports to the agency", context, None) == (
        "Acme sent four reports to Road Safety Administration."
    )
    context.note_sentence(parse_text("The Department of Fisheries agreed.", index).mentions)
    assert self_contained("The department fined Acme", context, None) == (
        "Department of Fisheries fined Acme."
    )


def test_a_description_completed_after_it_is_left_alone() -> None:
    context = Context()
    context.note_sentence(
        parse_text("Acme grew.", EntityIndex([Alias("Acme", "organization", ())])).mentions
    )
    text = "The government outlawed the group behind the attack"
    assert self_contained(text, context, None) == text + "."


def test_the_company_is_not_picked_by_a_name_ending_in_company() -> None:
    context = Context()
    index = EntityIndex(
        [Alias("Acme", "organization", ()), Alias("Besecker Company", "organization", ())]
    )
    for text in ("Acme grew.", "Acme sold fish.", "Besecker Company buys fish."):
        context.note_sentence(parse_text(text, index).mentions)
    assert self_contained("The company's brand sells", context, None) == "Acme's brand sells."


def test_its_after_the_company_is_the_company_s() -> None:
    context = Context()
    index = EntityIndex(
        [Alias("Acme", "organization", ()), Alias("Besecker Company", "organization", ())]
    )
    for text in ("Acme grew.", "Acme sold fish.", "Besecker Company buys fish."):
        context.note_sentence(parse_text(text, index).mentions)
    assert self_contained("The company, known for its nets, is in talks", context, None) == (
        "Acme, known for Acme's nets, is in talks."
    )


def test_it_s_is_it_is_and_names_no_one() -> None:
    context = Context()
    index = EntityIndex([Alias("Acme", "organization", ())])
    context.note_sentence(parse_text("Acme won the Grand Slam.", index).mentions)
    assert self_contained("It\u2019s such an honour to be here", context, None).startswith("It")


def test_it_after_a_common_noun_subject_is_left_alone() -> None:
    from factcli.draft import draft_article

    text = (
        "Reefs\n\nThe study, led by Tom Fraser of James Cook University, surveyed reefs. "
        "It found that fish numbers fell. The Marine Park Authority said it would act. "
        "The authority did not comment on the estimates.\n"
    )
    statements = [f.statement for f in draft_article(text).facts]
    assert "It found that fish numbers fell." in statements
    assert "Marine Park Authority did not comment on the estimates." in statements


def test_a_leading_as_is_dropped_but_not_as_of() -> None:
    assert self_contained("as revenue missed expectations.", Context(), None) == (
        "Revenue missed expectations."
    )
    assert self_contained("As of 2014, sales grew.", Context(), None) == "As of 2014, sales grew."
    assert self_contained("because the office wastes energy", Context(), None) == (
        "The office wastes energy."
    )


def test_a_noun_that_modifies_another_is_no_reference() -> None:
    index = EntityIndex([Alias("Harbor Group", "organization", ())])
    context = Context()
    context.note(parse_text("Harbor Group grew.", index).mentions)
    assert self_contained("the group winners advance", context, None) == (
        "The group winners advance."
    )
    assert self_contained("the group said so", context, None) == "Harbor Group said so."


def test_a_definite_noun_said_in_full_just_before_reads_in_full() -> None:
    from factcli.draft.coreference import in_full

    recent = ["The price of Lemurian cod has risen to $9 a kilo."]
    assert in_full("Analysts expect the price to fall next year.", recent) == (
        "Analysts expect the price of Lemurian cod to fall next year."
    )
    assert in_full("The price of salt will fall.", recent) == "The price of salt will fall."
    assert in_full("Analysts expect the catch to fall.", recent) == (
        "Analysts expect the catch to fall."
    )


def test_a_noun_the_article_gives_a_name_to_refers_to_that_name() -> None:
    from factcli.draft.coreference import called_heads

    text = (
        "Engineers built a tidal turbine they call Orca. The turbine makes 2 megawatts. "
        "A second rig, named Skua, is smaller."
    )
    assert called_heads(text, ["Orca", "Skua"]) == {"turbine": "Orca", "rig": "Skua"}
    assert called_heads(text, ["Skua"]) == {"rig": "Skua"}  # a name the article has not


def test_his_or_her_opening_a_clause_is_the_persons() -> None:
    context = _context("Ann Lee spoke in Oslo.")
    assert self_contained("Her father was a fisher", context, None) == (
        "Ann Lee's father was a fisher."
    )


def test_that_noun_reads_as_said_in_full_with_its_year_and_name() -> None:
    from factcli.draft.coreference import in_full

    recent = ["The loss invites comparison with the 2009 crash of Lemuria Air's Flight 9."]
    assert in_full("That crash killed all 228 on board.", recent) == (
        "The 2009 crash of Lemuria Air's Flight 9 killed all 228 on board."
    )


def test_they_are_the_plural_subject_of_the_sentence_before() -> None:
    """ "About 300 mine rescuers were searching ... But their drills couldn't be used": the
    rescuers' drills, so that a claim that the rescuers used drills meets the denial."""
    context = Context()
    context.note_sentence((), "About 300 mine rescuers were searching the shafts, Lee said.")
    assert self_contained("But their drills couldn't be used.", context, None) == (
        "Mine rescuers' drills couldn't be used."
    )
    assert self_contained("They worked at night.", context, None) == (
        "Mine rescuers worked at night."
    )
    context.note_sentence((), "The flood was the worst in years.")
    assert self_contained("Their drills failed.", context, None) == "Their drills failed."


def test_his_company_is_the_employer_and_its_deal_the_company_s() -> None:
    context = _context("Ann Lee spoke in Oslo.")
    employers = {"Ann Lee": "Acme"}
    first = "After all, he's the man behind his company's $19 billion purchase of Zeta"
    assert self_contained(first, context, None, employers=employers) == (
        "Ann Lee is the man behind Acme's $19 billion purchase of Zeta."
    )
    # later in the sentence, "its" of a person's clause is that company's
    later = "he brokered its $1 billion buyout of Beta"
    assert self_contained(later, context, None, employers=employers) == (
        "Ann Lee brokered Acme's $1 billion buyout of Beta."
    )


def test_the_two_men_are_the_last_two_people_named() -> None:
    index = EntityIndex([Alias("Ann Lee", "person", ()), Alias("Bo Chan", "person", ())])
    context = Context()
    context.note(parse_text("Ann Lee met Bo Chan in Oslo.", index).mentions)
    assert self_contained("The two men have six years of history.", context, None) == (
        "Ann Lee and Bo Chan have six years of history."
    )


def test_the_bloc_is_the_union_named_before_not_the_last_body() -> None:
    context = Context()
    index = EntityIndex([Alias("European Union", "organization", ("EU",)),
                         Alias("European Commission", "organization", ())])  # fmt: skip
    context.note(parse_text("The EU is on track, the European Commission said.", index).mentions)
    assert self_contained("The bloc has cut emissions.", context, None) == (
        "European Union has cut emissions."
    )


def test_the_bloc_with_no_union_named_stays_as_written() -> None:
    context = Context()
    index = EntityIndex([Alias("Reef Council", "organization", ())])
    context.note(parse_text("The Reef Council met.", index).mentions)
    assert self_contained("The bloc has cut emissions.", context, None) == (
        "The bloc has cut emissions."
    )


def test_a_passive_it_is_the_company_a_sentence_named_by_its_generic_noun() -> None:
    """ "To grow, the company bought AOL ... It is seen as the front-runner": the company,
    not the first name of the sentence before."""
    context = Context()
    index = EntityIndex([Alias("Verizon Communications Inc", "organization", ("Verizon",)),
                         Alias("AOL", "organization", ())])  # fmt: skip
    context.note_sentence(parse_text("Verizon reported results.", index).mentions)
    sentence = "To grow, the company bought AOL for $4.4 billion."
    context.note_sentence(parse_text(sentence, index).mentions, sentence)
    assert self_contained("It is seen as the front-runner.", context, None) == (
        "Verizon Communications Inc is seen as the front-runner."
    )
    assert self_contained("It was a record year.", context, None) == "It was a record year."
