"""PLOVER's party conventions in records (eventwire.coding.build), on sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Span

from eventwire import code_text
from eventwire.coding.mentions import Mentions
from eventwire.coding.pipeline import parse
from eventwire.knowledge.actors import default_kb
from tests.event_helpers import countries, only


def test_the_party_met_is_the_recipient_of_a_meeting() -> None:
    e = only(code_text("The Kenyan president met his Ugandan counterpart in Kampala on Monday."), "CONSULT")
    assert countries(e.actor) == {"KEN"}
    assert countries(e.recipient) == {"UGA"}


def test_parties_that_meet_together_are_all_actors() -> None:
    e = only(code_text("Kenya and Uganda held talks in Kampala on Monday."), "CONSULT")
    assert countries(e.actor) == {"KEN", "UGA"} and e.recipient == []


def test_a_visit_takes_place_where_the_host_is() -> None:
    e = only(code_text("The Turkish president visited Baku on Tuesday."), "CONSULT")
    assert countries(e.actor) == {"TUR"} and countries(e.recipient) == {"AZE"}
    assert e.location is not None and e.location.country == "AZE"


def test_the_party_talks_are_held_with_at_its_home_is_the_recipient() -> None:
    text = "The Swedish foreign minister held talks with Nigerian officials in Abuja on Sunday."
    e = only(code_text(text), "CONSULT")
    assert countries(e.actor) == {"SWE"} and countries(e.recipient) == {"NGA"}


def test_the_forces_mobilised_are_not_a_recipient() -> None:
    e = only(code_text("Ecuador sent 2,000 soldiers to the northern border on Sunday."), "MOBILIZE")
    assert all("soldiers" not in a.text for a in e.recipient)


def test_a_pronoun_standing_for_a_state_acts_as_its_government() -> None:
    e = only(code_text("Denmark announced on Thursday that it would withdraw its special forces from Mali."), "CONCEDE")
    # the pronoun stands for the reporter named in the sentence, and the record names it
    assert [(a.text, a.country, a.sector) for a in e.actor] == [("Denmark", "DNK", "GOV")]


def test_it_after_a_second_verb_stands_for_the_first_verbs_subject() -> None:
    evs = code_text("Sweden recalled its envoy and said it would suspend aid to Burundi.", include_nonfactual=True)
    e = next(e for e in evs if e.trigger.text.startswith("suspend"))
    assert [(a.text, a.country) for a in e.actor] == [("Sweden", "SWE")]


def test_coordinated_nationalities_are_one_party_each() -> None:
    e = only(code_text("Chadian and Nigerien soldiers began joint patrols along the border on Monday."), "COOPERATE")
    assert [(a.text, a.country, a.sector) for a in e.actor] == [
        ("Chadian", "TCD", "MIL"),
        ("Nigerien soldiers", "NER", "MIL"),
    ]


def test_congo_alone_is_the_congo_the_articles_places_lie_in() -> None:
    text = "Uganda and Congo agreed on Sunday to share patient data at crossings near Goma and Beni."
    e = only(code_text(text, published="2019-08-20"), "AGREE")
    assert countries(e.actor) == {"UGA", "COD"}


def test_congo_alone_stays_unknown_when_the_article_names_both_congos() -> None:
    text = "Congo accused rebels of shelling Brazzaville and Kinshasa on Sunday."
    e = only(code_text(text, published="2019-08-20"), "ACCUSE")
    assert not any(a.country in ("COD", "COG") for a in e.actor)


def test_a_bare_institution_name_is_the_institution_of_the_country_the_article_is_about() -> None:
    text = "Protests went on in Lima on Sunday.\n\nCongress accused the minister of fraud."
    e = only(code_text(text, published="2020-11-16"), "ACCUSE")
    assert [(a.country, a.sector, a.kb_id) for a in e.actor] == [("PER", "LEG", "per_legislature")]
    text = "U.S. lawmakers in Washington met on Monday.\n\nCongress passed sanctions on Russia on Tuesday."
    e = only(code_text(text, published="2020-11-16"), "SANCTION")
    assert [a.kb_id for a in e.actor] == ["us_congress"]


def test_a_state_possessive_gives_its_country_to_a_body_whose_name_holds_another_bodys() -> None:
    e = only(code_text("Japan's National Security Council urged Pyongyang to halt the launches."), "REQUEST")
    assert [(a.country, a.kb_id) for a in e.actor] == [("JPN", None)]


def test_a_state_possessive_on_an_envoy_outranks_the_body_of_the_post() -> None:
    e = only(code_text("France's ambassador to the African Union, Claire Morel, praised the mediators."), "SUPPORT")
    assert [a.country for a in e.actor] == ["FRA"]


def test_his_country_is_the_state_of_the_person_it_stands_for() -> None:
    text = "Chile's foreign minister said his country would not allow its ports to be used for the shipment."
    e = only(code_text(text), "REJECT")
    assert [(a.country, a.sector) for a in e.actor] == [("CHL", "GOV")]


def test_the_foreign_ministry_is_a_domestic_body_placed_by_the_article() -> None:
    text = (
        "Ghana summons Togolese envoy over border incident\n\n"
        "ACCRA, May 3 (Wire) - Ghana's government on Tuesday protested a border incident near Aflao.\n\n"
        "The foreign ministry summoned Togo's ambassador in Accra over what it called an incursion.\n"
    )
    evs = [e for e in code_text(text, published="2022-05-03") if e.trigger.text == "summoned"]
    assert evs and [a.country for a in evs[0].actor] == ["GHA"], [(a.text, a.country) for e in evs for a in e.actor]


def test_a_compound_agent_noun_is_a_party_and_an_accusations_content_is_not_part_of_its_name() -> None:
    text = "Vietnam accused China's coast guard of ramming a fishing boat near the Paracel Islands."
    e = only(code_text(text, published="2023-08-07"), "ACCUSE")
    assert [(a.country, a.sector) for a in e.recipient] == [("CHN", "MIL")]


def test_the_parties_of_a_symmetric_act_named_with_between_are_all_actors() -> None:
    text = "Talks between Ethiopia and Egypt resumed in Cairo on Sunday."
    e = only(code_text(text, published="2023-03-22"), "CONSULT")
    assert countries(e.actor) == {"ETH", "EGY"} and not e.recipient


def test_a_surname_alone_is_the_person_the_article_named_in_full_with_or_without_its_particle() -> None:
    text = (
        "Prime Minister Haider al-Abadi toured the northern front on Monday. "
        "Abadi urged the militants to lay down their arms."
    )
    e = only(code_text(text, published="2017-01-10"), "REQUEST")
    assert [(a.text, a.country) for a in e.actor] == [("Abadi", "IRQ")]


def test_a_pronoun_for_the_reporter_of_its_clause_is_recorded_under_the_reporters_name() -> None:
    e = only(code_text("UNICEF said it had sent vaccines to the besieged city.", published="2022-01-01"), "AID")
    assert [a.text for a in e.actor] == ["UNICEF"]
    assert e.actor[0].resolved_by.startswith("coreference")


def test_the_parties_a_clash_is_between_are_its_actors_even_named_by_one_plural() -> None:
    text = "Clashes between rival gangs in the port killed nine people on Sunday."
    e = only(code_text(text, published="2022-01-01"), "ASSAULT")
    assert [a.text for a in e.actor] == ["rival gangs"]
    assert [a.text for a in e.recipient] == ["nine people"]


def test_parties_that_exchange_fire_are_all_actors() -> None:
    e = only(code_text("Police exchanged fire with smugglers near the river.", published="2022-01-01"), "ASSAULT")
    assert [a.text for a in e.actor] == ["Police", "smugglers"]
    assert not e.recipient


def test_a_surname_the_tagger_took_for_an_organisation_is_still_the_person_named_before() -> None:
    text = (
        "U.S. Vice President Mike Pence arrived in Seoul on Tuesday for talks on the nuclear standoff. "
        "Pence called on Pyongyang to return to negotiations."
    )
    e = only(code_text(text, published="2018-02-06"), "REQUEST")
    assert [(a.text, a.country) for a in e.actor] == [("Pence", "USA")]


def test_an_unknown_organisation_named_with_a_nationality_is_of_that_country() -> None:
    text = "The Chilean Dental Federation condemned the new fees on Monday."
    e = only(code_text(text, published="2022-01-01"), "ACCUSE")
    assert [(a.text, a.country) for a in e.actor] == [("The Chilean Dental Federation", "CHL")]


def test_a_definite_description_is_the_party_whose_name_ends_in_its_noun() -> None:
    text = (
        "The Chilean Dental Federation condemned the new fees on Monday. "
        "The federation threatened to call a national strike."
    )
    e = only(code_text(text, published="2022-01-01"), "THREATEN")
    assert [(a.text, a.country) for a in e.actor] == [("The federation", "CHL")]
    assert e.actor[0].person is None


def test_a_place_named_before_is_not_what_a_later_definite_description_stands_for() -> None:
    text = "Rebels shelled Guatemala City on Monday. The agency sent tents to the city of Escuintla."
    doc = parse(text)
    mentions = Mentions(doc, text, kb=default_kb(), published=dt.date(2022, 1, 1))
    for sent in doc.sents:
        mentions.prime(sent)
    city = next(t for t in doc if t.lower_ == "city" and t.pos_ == "NOUN")
    m = mentions.mention(city)
    assert m is None or not (m.actor.resolved_by or "").startswith("coreference")


def test_the_kingdom_or_the_country_as_a_party_is_the_state_last_named_as_one() -> None:
    text = "Oman pledged $200 million to Yemen on Monday. The kingdom will also fund a hospital in Aden."
    e = next(e for e in code_text(text, published="2022-01-01") if e.trigger.text == "fund")
    assert [(a.text, a.country) for a in e.actor] == [("The kingdom", "OMN")]


def test_the_two_countries_are_never_one_state() -> None:
    text = "Oman pledged $200 million to Yemen on Monday. The two countries will also fund a hospital in Aden."
    for e in code_text(text, published="2022-01-01"):
        assert all(a.text != "The two countries" or a.country is None for a in e.actor)


@pytest.mark.parametrize(
    "text",
    [
        "The Malaysian foreign minister arrived in Jakarta on Monday.",
        "The Malaysian foreign minister flew to Jakarta on Monday.",
    ],
)
def test_the_place_a_visitor_arrives_in_is_where_the_visit_happens_not_its_recipient(text: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "CONSULT")
    assert e.recipient == []
    assert e.location is not None and e.location.country == "IDN"


@pytest.mark.parametrize(
    ("text", "category", "country"),
    [
        ("The Kenyan interior minister visited the camp. He urged the refugees to return home.", "REQUEST", "KEN"),
        ("Chile's foreign ministry summoned the envoy. It also recalled its ambassador from Lima.", "SANCTION", "CHL"),
        ("Nigerian police arrested five men. They accused them of robbery.", "ACCUSE", "NGA"),
    ],
)
def test_a_pronoun_with_no_named_antecedent_takes_the_last_subject_of_its_kind(
    text: str, category: str, country: str
) -> None:
    e = only(code_text(text), category)
    assert [a.country for a in e.actor] == [country]


def test_a_pronoun_never_takes_the_subject_of_its_own_clause() -> None:
    text = "Brazil's bishops suspended their mediation of talks between the government and the opposition."
    e = only(code_text(text), "SANCTION")
    assert all(a.text != "their" for a in e.recipient)


@pytest.mark.parametrize(
    ("text", "category", "country"),
    [
        ("Thousands marched in Lusaka on Sunday.", "PROTEST", "ZMB"),
        ("A group of masked men attacked students in Skopje on Tuesday.", "ASSAULT", "MKD"),
    ],
)
def test_people_counted_or_banded_with_no_name_are_of_the_place_they_act_in(
    text: str, category: str, country: str
) -> None:
    e = only(code_text(text), category)
    assert [a.country for a in e.actor] == [country]


def test_an_unresolved_name_stays_without_a_country() -> None:
    e = only(code_text("Zorblax attacked students in Skopje on Tuesday."), "ASSAULT")
    assert [a.country for a in e.actor] == [None]


def test_the_countrys_officials_are_the_state_last_named_as_a_party() -> None:
    text = "Mali expelled the French envoy on Monday. The country's military leaders accused Paris of meddling."
    e = only(code_text(text), "ACCUSE")
    assert [(a.text, a.country) for a in e.actor] == [("The country's military leaders", "MLI")]


def test_an_acronym_the_article_spells_out_stands_for_that_name() -> None:
    text = (
        "KATHMANDU (Wire) - Supporters of the Rastriya Prajatantra Party (RPP) marched in Kathmandu on Tuesday. "
        "The RPP accused the government of using excessive force."
    )
    e = only(code_text(text, published="2024-11-20"), "ACCUSE")
    assert [a.country for a in e.actor] == ["NPL"] and e.actor[0].resolved_by.startswith("acronym")
    assert e.location is not None and e.location.country == "NPL"


def test_letters_that_are_not_the_names_initials_define_no_acronym() -> None:
    text = "Leaders of the Rastriya Prajatantra Party (ABC) met on Monday. The ABC rejected the plan."
    assert all(
        not (a.resolved_by or "").startswith("acronym") for e in code_text(text) for a in e.actor
    )


def test_a_possession_named_by_its_owner_is_the_owners_wherever_it_stands() -> None:
    e = only(code_text("Saudi Arabia said protesters had stormed its embassy in Tehran."), "PROTEST")
    assert [a.country for a in e.recipient] == ["SAU"]


def test_an_organ_of_several_states_listed_is_one_party_per_state() -> None:
    e = only(code_text("The foreign ministers of Chile and Peru urged Bolivia to return to talks."), "REQUEST")
    assert [a.country for a in e.actor] == ["CHL", "PER"]


def test_an_organ_of_one_state_stays_one_party() -> None:
    e = only(code_text("The foreign minister of Chile urged Bolivia to return to talks."), "REQUEST")
    assert [a.country for a in e.actor] == ["CHL"]


def test_a_pronoun_takes_a_subject_known_by_its_kind_alone() -> None:
    # "the interior ministry" has no country of its own words: "it" still stands for it
    text = (
        "LUSAKA (Reuters) - Miners blocked roads in Lusaka on Monday. The interior ministry told reporters "
        "that it would meet mine owners, and it pledged that back pay would reach every miner by Friday."
    )
    e = only(code_text(text, published="2024-10-15"), "AGREE")
    assert [a.country for a in e.actor] == ["ZMB"]
    assert [a.sector for a in e.actor] == ["GOV"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Sweden said they would send observers to the election in Harare.",
        "Norway and Sweden condemned the vote and said they would send observers to the rerun in Harare.",
    ],
)
def test_they_after_coordinated_reporters_is_every_reporter(text: str) -> None:
    e = only(code_text(text), "AGREE")
    assert sorted(a.country for a in e.actor) == ["NOR", "SWE"]


@pytest.mark.parametrize(
    ("text", "category", "countries_expected"),
    [
        ("Kenyan troops, along with Ugandan forces, attacked rebel camps near Kismayo.", "ASSAULT", ["KEN", "UGA"]),
        ("Norway, together with the United Nations, brokered the truce in 2019.", "CONSULT", ["NOR"]),
    ],
)
def test_a_party_acting_together_with_the_subject_is_an_actor_too(
    text: str, category: str, countries_expected: list[str]
) -> None:
    e = only(code_text(text), category)
    assert sorted(a.country for a in e.actor if a.country) == countries_expected
    assert len(e.actor) == 2



def test_his_on_a_party_named_by_its_kind_is_the_person_last_named() -> None:
    text = (
        "Chilean President Gabriel Boric met the press on Monday, and his administration later "
        "accused the opposition of stoking unrest."
    )
    e = only(code_text(text), "ACCUSE")
    assert [(a.text, a.country) for a in e.actor] == [("his administration", "CHL")]


def test_his_after_no_named_person_lends_no_country() -> None:
    text = (
        "The Chilean president met the press on Monday, and his administration later "
        "accused the opposition of stoking unrest."
    )
    e = only(code_text(text), "ACCUSE")
    assert [(a.text, a.country) for a in e.actor] == [("his administration", None)]


def test_a_pronoun_subject_of_an_adverbial_clause_is_the_subject_of_its_main_clause() -> None:
    text = (
        "The African Union urged calm. Egypt's foreign ministry summoned the Ethiopian envoy on Sunday, "
        "two days after it criticised the dam project."
    )
    e = next(e for e in code_text(text) if e.trigger.text == "criticised")
    assert [(a.text, a.country) for a in e.actor] == [("it", "EGY")]


def test_a_pronoun_of_another_number_is_not_the_subject_of_the_main_clause() -> None:
    text = (
        "The African Union urged calm. The Kenyan government expelled two diplomats a day after "
        "they criticised the opposition."
    )
    e = next(e for e in code_text(text) if e.trigger.text == "criticised")
    assert "KEN" not in countries(e.actor)


def _person_pronoun_after_untagged_name(text: str, name: tuple[int, int]) -> tuple[str | None, str | None] | None:
    """(person, country) that "he" or "she" resolves to when the tagger took the name at token
    positions ``name`` for an organisation."""
    doc = parse(text)
    doc.ents = [e for e in doc.ents if e.start >= name[1]] + [Span(doc, name[0], name[1], label="ORG")]
    mentions = Mentions(doc, text, kb=default_kb(), published=dt.date(2022, 1, 1))
    for sent in doc.sents:
        mentions.prime(sent)
    m = mentions.mention(next(t for t in doc if t.lower_ in ("he", "she")))
    return (m.actor.person, m.actor.country) if m is not None else None


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Taliban spokesman Yusuf Karimi said the detainees would be freed. He rejected the UN call.",
            (2, 4),
            ("Yusuf Karimi", "AFG"),
        ),
        (
            "Anna Rourke, head of the British aid ministry, visited the camp. She urged Baku to allow observers.",
            (0, 2),
            ("Anna Rourke", "GBR"),
        ),
    ],
)
def test_a_name_with_an_office_is_a_person_whom_a_later_pronoun_stands_for(
    text: str, name: tuple[int, int], expected: tuple[str, str]
) -> None:
    assert _person_pronoun_after_untagged_name(text, name) == expected


def test_a_one_word_name_with_an_office_in_apposition_is_not_taken_for_a_person() -> None:
    text = "Fatah, head of the ruling coalition, said the detainees would be freed. He rejected the UN call."
    assert _person_pronoun_after_untagged_name(text, (0, 1)) is None


@pytest.mark.parametrize(
    ("later", "category"),
    [
        ('"We have deployed extra units to every road out of the district," Adamu told reporters.', "MOBILIZE"),
        ("He urged parents to remain calm.", "REQUEST"),
    ],
)
def test_a_person_named_with_a_party_of_no_country_yet_is_remembered_for_later_mentions(
    later: str, category: str
) -> None:
    text = (
        "Gunmen abducted 12 pupils from a school in Nigeria's Zamfara state on Monday. Police spokesman "
        f"Musa Adamu said officers had freed five of them. {later}"
    )
    e = only(code_text(text), category)
    assert [a.country for a in e.actor] == ["NGA"]


def test_a_nationality_of_two_states_places_the_party_it_qualifies_in_the_one_the_article_names() -> None:
    text = (
        "Ugandan troops crossed into Beni on Monday, the Ugandan army said in Kampala. Uganda said the operation "
        "would last weeks. Some Congolese lawmakers condemned the operation, saying Ugandan soldiers had "
        "looted the region before."
    )
    e = only(code_text(text), "ACCUSE")
    assert [(a.text, a.country) for a in e.actor] == [("Some Congolese lawmakers", "COD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi-led coalition jets struck rebel positions near Hodeidah on Monday.", "SAU"),
        ("French-led forces struck militant positions near Gao on Monday.", "FRA"),
    ],
)
def test_a_party_led_by_a_state_is_of_that_state(text: str, expected: str) -> None:
    e = only(code_text(text), "ASSAULT")
    assert [a.country for a in e.actor] == [expected]


def test_a_party_backed_by_a_state_is_not_of_that_state() -> None:
    e = only(code_text("Iranian-backed militias struck a base near the border on Monday."), "ASSAULT")
    assert "IRN" not in countries(e.actor)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Taxi drivers blocked the ring road in Quito for five hours on Monday.", "LAB"),
        ("Parents of the abducted pupils blocked the main road out of Kano on Tuesday.", "CVL"),
    ],
)
def test_drivers_and_the_relatives_of_victims_are_parties_of_their_sector(text: str, sector: str) -> None:
    e = only(code_text(text, published="2023-01-03"), "PROTEST")
    assert e.actor[0].sector == sector


@pytest.mark.parametrize(
    "text",
    [
        "The Indonesian president phoned both leaders on Friday evening.",
        "Speaking in Jakarta, the Indonesian president urged the two leaders to hold talks.",
        "The Chilean prime minister, speaking in Santiago, praised neighbouring countries for their help.",
    ],
)
def test_a_party_of_several_states_is_not_placed_in_the_events_country(text: str) -> None:
    e = code_text(text)[0]
    assert e.recipient and all(r.country is None for r in e.recipient)


def test_both_sides_of_a_dispute_are_still_placed_in_the_events_country() -> None:
    e = only(code_text("Speaking in Jakarta, the Indonesian president urged both sides to hold talks."), "REQUEST")
    assert countries(e.recipient) == {"IDN"}


def test_a_stateless_armed_group_is_of_the_country_where_the_clause_says_it_fights() -> None:
    e = only(code_text("Kurdish fighters shelled Islamic State positions near Raqqa on Monday."), "ASSAULT")
    assert countries(e.recipient) == {"SYR"}


def test_a_stateless_armed_group_the_clause_does_not_place_keeps_no_country() -> None:
    e = only(code_text("Kurdish fighters shelled Islamic State positions on Monday."), "ASSAULT")
    assert "SYR" not in countries(e.recipient)


def test_a_state_pulling_back_its_forces_acts_through_its_military() -> None:
    e = only(code_text("Norway withdrew its last soldiers from Gao in June.", published="2021-03-01"), "RETREAT")
    assert [(a.country, a.sector) for a in e.actor] == [("NOR", "MIL")]


def test_a_state_withdrawing_no_forces_stays_its_government() -> None:
    evs = code_text("Norway withdrew its objection to the plan on Monday.", published="2021-03-01")
    assert [(a.country, a.sector) for e in evs for a in e.actor] == [("NOR", "GOV")]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The bloc slapped sanctions on two senior officials on Friday.", {"TCD"}),
        ("The African Union urged both generals to stop fighting.", {"TCD"}),
    ],
)
def test_a_count_of_people_of_a_state_is_of_the_country_the_article_is_about(second: str, expected: set[str]) -> None:
    text = "Chad's army shelled rebel positions near Abeche on Monday. " + second
    e = [e for e in code_text(text, published="2023-05-05") if e.event_type in {"SANCTION", "REQUEST"}][0]
    assert countries(e.recipient) == expected


@pytest.mark.parametrize("parties", ["the two governments", "both armies"])
def test_a_count_of_a_states_bodies_is_several_states(parties: str) -> None:
    text = f"Chad's army shelled rebel positions near Abeche on Monday. The African Union urged {parties} to stop."
    e = only(code_text(text, published="2023-05-05"), "REQUEST")
    assert e.recipient and all(r.country is None for r in e.recipient)


def test_the_sides_a_foreign_mediator_keeps_in_touch_with_are_of_the_story() -> None:
    text = "Chad's army shelled rebel positions near Abeche on Monday. Qatar stayed in contact with the two sides."
    e = only(code_text(text, published="2023-05-05"), "CONSULT")
    assert countries(e.actor) == {"QAT"} and countries(e.recipient) == {"TCD"}


def test_a_ministry_meeting_people_of_a_story_about_its_country_meets_its_own() -> None:
    text = "Kenyan dockers stopped work in Mombasa on Monday. The labour ministry met union leaders on Tuesday."
    e = only(code_text(text, published="2023-05-05"), "CONSULT")
    assert countries(e.recipient) == {"KEN"}


def test_rights_groups_are_coded_as_human_rights_groups_of_no_one_country() -> None:
    text = "Rights groups accused police in Lagos of torturing detainees held after the riots."
    e = only(code_text(text, published="2023-05-02"), "ACCUSE")
    assert [(a.country, a.sector) for a in e.actor] == [(None, "HRI")]


def test_a_rights_group_named_with_its_country_keeps_it() -> None:
    text = "Nigerian rights groups accused police in Lagos of torturing detainees held after the riots."
    e = only(code_text(text, published="2023-05-02"), "ACCUSE")
    assert [(a.country, a.sector) for a in e.actor] == [("NGA", "HRI")]


def test_a_state_waging_an_operation_named_by_a_noun_acts_through_its_military() -> None:
    evs = code_text("Kenya and Somalia launched joint air strikes on militant camps on Friday.", published="2021-03-01")
    for e in evs:
        assert sorted((a.country, a.sector) for a in e.actor) == [("KEN", "MIL"), ("SOM", "MIL")], e.event_type
    assert {e.event_type for e in evs} == {"ASSAULT", "COOPERATE"}


def test_a_state_attacking_by_a_verb_stays_its_government() -> None:
    e = only(code_text("Russia fired missiles at the port overnight.", published="2021-03-01"), "ASSAULT")
    assert [(a.country, a.sector) for a in e.actor] == [("RUS", "GOV")]


def test_several_states_named_by_a_plural_noun_for_states_are_their_governments() -> None:
    e = only(code_text("Several countries condemned the coup in a joint letter.", published="2021-03-01"), "ACCUSE")
    assert [(a.country, a.sector) for a in e.actor] == [(None, "GOV")]


def test_people_of_several_countries_are_not_their_governments() -> None:
    e = only(code_text("Rights groups in several countries condemned the verdict.", published="2021-03-01"), "ACCUSE")
    assert [a.sector for a in e.actor] == ["HRI"]


def test_those_who_speak_for_a_region_s_states_are_their_governments() -> None:
    e = only(code_text("African leaders urged the junta to free the president.", published="2021-03-01"), "REQUEST")
    assert [(a.country, a.sector) for a in e.actor] == [(None, "GOV")]


def test_a_region_s_private_people_are_not_its_governments() -> None:
    e = only(code_text("Gulf investors welcomed the reform on Monday.", published="2021-03-01"), "SUPPORT")
    assert [a.sector for a in e.actor] == ["BUS"]
