"""Recipients the knowledge base cannot name (eventwire.coding.arguments), on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from tests.event_helpers import countries, only


def test_a_noun_for_people_is_the_party_acted_on() -> None:
    e = only(code_text("Police in Kampala arrested six suspects on Monday."), "COERCE")
    assert [a.text for a in e.recipient] == ["six suspects"]
    assert (e.recipient[0].resolved_by or "").startswith("generic")


def test_a_counted_group_is_the_party_counted() -> None:
    e = only(code_text("Soldiers rounded up dozens of youths in the market town on Friday."), "COERCE")
    assert any("youths" in a.text for a in e.recipient)


def test_the_sides_urged_are_the_recipient() -> None:
    e = only(code_text("The Norwegian envoy urged both sides to return to the negotiating table."), "REQUEST")
    assert any("sides" in a.text for a in e.recipient)


def test_them_stands_for_the_last_plural_party_before_it() -> None:
    evs = code_text("The governor said he would not free the rioters or negotiate with them.")
    e = next(e for e in evs if e.trigger.text == "negotiate")
    assert [a.text for a in e.recipient] == ["them"]  # the pronoun's own words


def test_them_keeps_the_country_of_the_party_it_stands_for() -> None:
    events = code_text("The mayor said he would not pay the Somali pirates or negotiate with them.")
    # the refusal to pay is a REJECT of its own (constructions: conjoined unlisted refusal)
    e = next(e for e in events if e.event_type == "REJECT" and e.trigger.text == "negotiate")
    assert [a.text for a in e.recipient] == ["them"]
    assert countries(e.recipient) == {"SOM"}


def test_a_named_party_wins_over_a_party_without_a_name() -> None:
    e = only(code_text("Chad agreed to hand over the suspects to Cameroon."), "AGREE")
    assert countries(e.recipient) == {"CMR"}


def test_a_noun_for_a_thing_is_no_party() -> None:
    e = only(code_text("Police in Nairobi seized three trucks on Monday."), "COERCE")
    assert all("trucks" not in a.text for a in e.recipient)


def test_an_act_in_a_relative_clause_lends_no_recipient_to_the_main_act() -> None:
    e = only(code_text("The envoy visited the camp, where militiamen killed six refugees in March."), "CONSULT")
    assert e.recipient == []


def test_a_party_without_a_name_is_of_the_place_where_the_event_happens() -> None:
    e = only(code_text("Police in Kampala arrested six suspects on Monday."), "COERCE")
    assert countries(e.recipient) == {"UGA"}
    assert e.recipient[0].resolved_by == "generic+event_location"


def test_a_party_named_foreign_to_the_place_takes_no_country_from_it() -> None:
    e = only(code_text("Police in Kampala arrested six foreign nationals on Monday."), "COERCE")
    assert [a.text for a in e.recipient] == ["six foreign nationals"]
    assert e.recipient[0].country is None


def test_a_target_the_parser_hangs_on_the_instrument_is_the_recipient() -> None:
    e = only(code_text("Guards opened fire with shotguns on inmates in the prison yard on Monday."), "ASSAULT")
    assert [a.text for a in e.recipient] == ["inmates"]


def test_a_threat_by_the_threateners_own_side_is_against_the_party_it_would_act_on() -> None:
    text = "Uganda's army chief warned that Ugandan troops would pursue the ADF rebels into Congo."
    e = only(code_text(text), "THREATEN")
    assert countries(e.recipient) != {"UGA"} and e.recipient, [(a.text, a.country) for a in e.recipient]


def test_a_threat_whose_clause_names_another_party_as_subject_keeps_it() -> None:
    e = only(code_text("Iran warned that the United States would pay a heavy price for the strike."), "THREATEN")
    assert countries(e.recipient) == {"USA"}


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas on Friday at students marching in Dhaka.",
        "Security forces used water cannon against farmers outside the parliament in Delhi.",
    ],
)
def test_crowd_control_weapons_are_aimed_at_their_recipient(text: str) -> None:
    e = only(code_text(text, published="2023-03-22"), "ASSAULT")
    assert e.recipient, [(x.event_type, [a.text for a in x.recipient]) for x in code_text(text)]


def test_flight_who_flees_is_acted_on_and_the_party_fled_from_drove_them_out() -> None:
    # the PLOVER manual: people fleeing are SANCTION expel, the causing party its actor
    e = only(code_text("Herders fled the militiamen and crossed the river.", published="2022-01-01"), "SANCTION")
    assert e.mode == "expel"
    assert [a.text for a in e.actor] == ["the militiamen"]
    assert [a.text for a in e.recipient] == ["Herders"]


def test_flight_from_a_place_or_from_fighting_names_no_actor() -> None:
    for text in ["Thousands of residents fled the port city on Sunday.", "Villagers fled the fighting overnight."]:
        e = only(code_text(text, published="2022-01-01"), "SANCTION")
        assert not e.actor  # never the nearest party to the left, never the place
        assert e.recipient


def test_flight_from_a_natural_disaster_is_no_political_event() -> None:
    events = code_text("Hundreds of families fled their homes after the floods.", published="2022-01-01")
    assert not [e for e in events if e.event_type == "SANCTION"]


def test_a_relative_clause_with_its_own_subject_is_its_own_event_aimed_at_its_antecedent() -> None:
    text = "Police arrested four students whom the rector blames for the vandalism."
    events = code_text(text, published="2022-01-01")
    e = only(events, "ACCUSE")
    assert [a.text for a in e.actor] == ["the rector"]
    assert [a.text for a in e.recipient] == ["four students"]
    only(events, "COERCE")  # the arrest is still told


def test_an_object_left_out_of_a_relative_clause_is_its_antecedent() -> None:
    e = only(code_text("Soldiers detained six men they accused of smuggling fuel.", published="2022-01-01"), "ACCUSE")
    assert [a.text for a in e.recipient] == ["six men"]


def test_what_is_blamed_on_a_party_makes_that_party_the_accused() -> None:
    e = only(code_text("The explosion, which Baku blamed on Yerevan, hit a depot.", published="2022-01-01"), "ACCUSE")
    assert [a.text for a in e.recipient] == ["Yerevan"]


def test_a_region_of_a_country_is_a_place_never_a_party() -> None:
    e = only(code_text("The WHO sent vaccines and tents to northern Mozambique.", published="2022-01-01"), "AID")
    assert not e.recipient


def test_a_country_whose_name_holds_a_compass_word_is_still_a_party() -> None:
    e = only(code_text("South Korea urged North Korea to halt its missile tests.", published="2022-01-01"), "REQUEST")
    assert [a.country for a in e.recipient] == ["PRK"]


def test_flight_since_a_partys_offensive_makes_that_party_the_actor() -> None:
    text = "Thousands of villagers have fled the valley since Ethiopia's offensive last month."
    e = only(code_text(text, published="2022-01-01"), "SANCTION")
    assert [a.country for a in e.actor] == ["ETH"]


@pytest.mark.parametrize(
    "text",
    [
        "Dockworkers call for higher wages as Chile quits the trade pact",
        "Nurses demanded better pay after Kenya signed a loan deal with lenders.",
    ],
)
def test_a_clause_of_time_is_not_what_a_demand_is_about(text: str) -> None:
    e = only(code_text(text), "REQUEST")
    assert countries(e.recipient) == set()


def test_a_headline_clause_beyond_a_semicolon_is_not_what_the_demand_is_about() -> None:
    e = only(code_text("Turkey shells Kurdish posts; Baghdad presses for talks"), "REQUEST")
    assert countries(e.actor) == {"IRQ"} and countries(e.recipient) == set()


def test_the_people_of_a_crackdown_are_the_actors_own_even_when_it_reports_the_arrests_itself() -> None:
    e = only(code_text("Tanzanian police said they had arrested dozens of suspects since the riots."), "COERCE")
    assert countries(e.actor) == {"TZA"} and countries(e.recipient) == {"TZA"}


def test_the_people_a_pronoun_and_its_clause_describe_are_the_party_acted_on() -> None:
    e = only(code_text("Police in Lima arrested those who attacked the convoy."), "COERCE")
    assert [a.text for a in e.recipient] == ["those who attacked the convoy"]


def test_who_those_who_refused_are_is_no_refusal() -> None:
    evs = code_text("The ministry warned that those who refused would lose their licences.")
    assert [e.event_type for e in evs] == ["THREATEN"]
    assert [a.text for a in evs[0].recipient] == ["those who refused"]


def test_a_states_forces_in_a_threat_are_the_threateners_own() -> None:
    e = only(code_text("The president warned that security forces would jail anyone who blocked roads."), "THREATEN")
    assert [a.text for a in e.recipient] == ["anyone who blocked roads"]


@pytest.mark.parametrize(
    ("text", "category", "party"),
    [
        ("The Kenyan foreign minister criticised certain countries for meddling.", "ACCUSE", "certain countries"),
        ("Police arrested the parents of the missing students.", "COERCE", "the parents"),
    ],
)
def test_states_and_kin_named_by_a_common_noun_are_parties_acted_on(text: str, category: str, party: str) -> None:
    e = only(code_text(text), category)
    assert [a.text for a in e.recipient] == [party]


def test_a_protest_is_aimed_at_whom_its_participle_calls_on() -> None:
    text = "Thousands of farmers rallied outside parliament on Monday, calling on the government to cut fuel prices."
    e = only(code_text(text), "PROTEST")
    assert [a.text for a in e.recipient] == ["the government"]


@pytest.mark.parametrize(
    ("text", "category", "party", "country"),
    [
        ("Kenyan police arrested 35 on Tuesday.", "COERCE", "35", "KEN"),
        ("Ugandan police have detained more than 200 since the vote.", "COERCE", "more than 200", "UGA"),
    ],
)
def test_a_bare_count_acted_on_counts_people(text: str, category: str, party: str, country: str) -> None:
    e = only(code_text(text), category)
    assert [(a.text, a.country) for a in e.recipient] == [(party, country)]


def test_a_sum_of_money_is_no_party() -> None:
    events = code_text("The Ghanaian ministry paid 2 million to the families of the miners.")
    assert all(a.text != "2 million" for e in events for a in e.recipient)


@pytest.mark.parametrize(
    ("text", "category", "party"),
    [
        ("The Thai government froze the assets of four opposition lawmakers.", "SANCTION", "four opposition lawmakers"),
        ("The regulator revoked the licences of two foreign journalists.", "COERCE", "two foreign journalists"),
    ],
)
def test_the_owner_of_a_belonging_acted_on_is_the_recipient(text: str, category: str, party: str) -> None:
    e = only(code_text(text), category)
    assert [a.text for a in e.recipient] == [party]


def test_what_a_gathering_is_made_of_is_no_owner() -> None:
    e = only(code_text("The Thai government banned gatherings of five or more people."), "COERCE")
    assert e.recipient == [] or all("five" not in a.text for a in e.recipient)


def test_outlets_a_censor_acts_on_are_parties() -> None:
    e = only(code_text("The Ugandan regulator blocked 14 news websites on Wednesday."), "COERCE")
    assert [a.text for a in e.recipient] == ["14 news websites"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bandits stormed a rural police station near Kano on Sunday.", "station"),
        ("Gunmen opened fire on a clinic in northern Burkina Faso on Tuesday.", "clinic"),
        ("Militiamen ambushed an army convoy near the border town of Beni.", "convoy"),
    ],
)
def test_a_place_people_staff_is_acted_on_when_attacked(text: str, word: str) -> None:
    e = only(code_text(text), "ASSAULT")
    assert any(word in a.text for a in e.recipient)


def test_goods_destroyed_are_no_party() -> None:
    e = only(code_text("Rioters in Marseille torched dozens of cars overnight, police said."), "PROTEST")
    assert all("cars" not in a.text for a in e.recipient)


def test_the_sides_a_foreign_envoy_urges_are_of_the_country_reported_on() -> None:
    text = (
        "ADEN, Yemen (Reuters) - Fighting between government troops and Houthi rebels killed 12 people "
        "in Yemen on Monday. The British ambassador urged all sides to return to talks."
    )
    e = only(code_text(text), "REQUEST")
    assert [a.country for a in e.recipient] == ["YEM"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Jihadist fighters overran the coastal Tanzanian town of Kilwa on Sunday.", "ASSAULT"),
        ("Kazakhstan delivered 2,000 tonnes of wheat to the Afghan city of Kunduz in May.", "AID"),
    ],
)
def test_a_town_acted_on_is_where_the_event_happens_not_a_party(text: str, category: str) -> None:
    e = only(code_text(text), category)
    assert e.recipient == []


def test_a_capital_accused_is_still_its_government() -> None:
    e = only(code_text("Moscow accused the Ukrainian capital of staging the attack."), "ACCUSE")
    assert [a.country for a in e.recipient] == ["UKR"]


def test_people_a_speaker_at_home_threatens_are_of_that_country() -> None:
    text = (
        "HARARE (Reuters) - Zimbabwean police clashed with protesters in Harare on Monday. Home Affairs "
        "Minister Kazembe Kazembe said police would arrest anyone who blocked the streets."
    )
    e = only(code_text(text, published="2023-05-02"), "THREATEN")
    assert [a.country for a in e.recipient] == ["ZWE"]


def test_a_promised_destination_is_no_party() -> None:
    e = only(code_text("Canada said it would send a team of police advisers to Port-au-Prince next month."), "AGREE")
    assert all(a.country != "HTI" for a in e.recipient)


def test_a_promise_to_a_state_keeps_it_as_recipient() -> None:
    e = only(code_text("Russia said it would supply 50,000 tonnes of wheat to Egypt."), "AGREE")
    assert [a.country for a in e.recipient] == ["EGY"]


@pytest.mark.parametrize(
    ("text", "carried"),
    [
        ("A column of 12 lorries carrying aid workers was ambushed on Friday, officials said.", "aid workers"),
        ("Bandits fired on a minibus carrying traders to a market on Monday.", "traders"),
    ],
)
def test_who_a_vehicle_carries_is_acted_on(text: str, carried: str) -> None:
    e = only(code_text(text, published="2023-05-02"), "ASSAULT")
    assert [a.text for a in e.recipient] == [carried]


def test_a_vehicle_carrying_goods_is_no_party_of_its_cargo() -> None:
    e = only(code_text("Militants attacked a convoy carrying fuel on Sunday.", published="2023-05-02"), "ASSAULT")
    assert [a.text for a in e.recipient] != ["fuel"]


def test_people_held_are_a_party_acted_on() -> None:
    e = only(code_text("Rebels in Ituri freed twelve prisoners on Monday."), "RETREAT")
    assert [a.text for a in e.recipient] == ["twelve prisoners"]


def test_people_named_by_their_training_are_a_party_acted_on() -> None:
    e = only(code_text("A roadside bomb in Kandahar killed nine police cadets on Sunday."), "ASSAULT")
    assert any("cadets" in a.text for a in e.recipient)


def test_people_of_a_faith_or_region_are_a_party_acted_on() -> None:
    e = only(code_text("Militiamen near Kirkuk abducted seven Sunnis overnight."), "ASSAULT")
    assert any("Sunnis" in a.text for a in e.recipient)


def test_the_party_a_speech_act_addresses_goes_before_one_its_content_names() -> None:
    text = "Prosecutors in Vienna accused the suspects of planning an attack on the Austrian parliament."
    e = only(code_text(text), "ACCUSE")
    assert [a.text for a in e.recipient] == ["the suspects"]


def test_a_party_acting_together_with_the_subject_is_not_acted_on() -> None:
    text = "The Swiss president, who mediated the earlier truce together with Oman, will fly to Tehran on Friday."
    e = next(e for e in code_text(text) if e.trigger.text == "mediated")
    assert "OMN" not in countries(e.recipient)


def test_backing_an_act_by_a_party_without_a_name_supports_that_party() -> None:
    e = only(code_text("Germany backed a bid by the two neighbours to host the regional games."), "SUPPORT")
    assert [a.text for a in e.recipient] == ["the two neighbours"]


@pytest.mark.parametrize(
    ("text", "category", "body"),
    [
        ("Two senators petitioned the Constitutional Council on Friday to annul the decree.", "REQUEST", "Council"),
        ("The navy promised to cooperate fully with the Reconciliation Commission.", "AGREE", "Commission"),
    ],
)
def test_a_body_the_knowledge_base_does_not_know_is_still_a_party_acted_on(text: str, category: str, body: str) -> None:
    e = only(code_text(text), category)
    assert any(a.text.endswith(body) for a in e.recipient)


def test_a_disapproval_is_aimed_at_whom_its_participle_urges() -> None:
    text = "Japan's foreign ministry voiced alarm at the launch, urging Pyongyang to stop its tests."
    e = only(code_text(text), "ACCUSE")
    assert countries(e.recipient) == {"PRK"}


def test_a_disapproval_beside_a_separate_appeal_keeps_no_target() -> None:
    e = only(code_text("The minister condemned the raid and urged Cairo to lift the ban."), "ACCUSE")
    assert e.recipient == []


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president urged the two countries to reopen their border crossings.",
        "The Chilean president urged both leaders to reopen their border crossings.",
    ],
)
def test_an_unnamed_party_of_several_states_is_their_governments(text: str) -> None:
    e = only(code_text(text), "REQUEST")
    assert [(a.country, a.sector) for a in e.recipient] == [(None, "GOV")]


def test_both_sides_are_no_government_by_their_words_alone() -> None:
    e = only(code_text("The Chilean president urged both sides to reopen the border crossing."), "REQUEST")
    assert [a.sector for a in e.recipient] == [None]


def test_people_a_state_calls_its_own_are_of_that_state_not_of_the_place() -> None:
    e = only(code_text("Germany evacuated its citizens from Sudan on Sunday."), "AID")
    assert [(a.country, a.sector) for a in e.recipient] == [("DEU", "CVL")]
    e = only(code_text("The Kenyan embassy urged its citizens in Lagos to stay indoors on Monday."), "REQUEST")
    assert [(a.country, a.sector) for a in e.recipient] == [("KEN", "CVL")]


def test_its_never_stands_for_a_plural_subject() -> None:
    e = only(code_text("Chad said that Sudanese gunmen had killed four of its soldiers near the border."), "ASSAULT")
    assert [a.country for a in e.actor] == ["SDN"]
    assert [(a.country, a.sector) for a in e.recipient] == [("TCD", "MIL")]


def test_a_nationality_of_the_people_owned_is_their_own() -> None:
    e = only(code_text("The rebels said on Friday that they had freed their Kenyan hostages."), "RETREAT")
    assert [a.country for a in e.recipient] == ["KEN"]


def test_a_partys_own_forces_are_what_it_moves_not_whom_it_acts_on() -> None:
    text = (
        "Ghana said yesterday it would soon withdraw their peacekeeping force in Togo"
        " unless President Kofi Mensah arranged a truce."
    )
    for e in code_text(text):
        assert all(a.country != "GHA" or a.sector not in ("MIL", "COP") for a in e.recipient)


def test_a_thing_is_acted_on_in_the_stead_of_whoever_runs_it() -> None:
    text = "Ukrainian forces said they had downed three drones launched by Russian troops overnight."
    e = only(code_text(text), "ASSAULT")
    assert countries(e.recipient) == {"RUS"}


def test_barricades_put_up_by_people_target_those_people() -> None:
    text = "Chilean police dismantled dozens of barricades erected by protesting farmers on Friday."
    e = only(code_text(text), "COERCE")
    assert any("farmers" in a.text for a in e.recipient)


def test_people_described_by_a_participle_stay_the_recipient() -> None:
    e = only(code_text("Kenyan police arrested four men hired by a local gang on Monday."), "COERCE")
    assert any("men" in a.text for a in e.recipient)
    assert not any("gang" in a.text for a in e.recipient)


def test_them_in_a_participle_clause_stands_for_whom_the_main_verb_acted_on() -> None:
    text = "Police arrested five Nigerian students at a rally organised by rival parties, accusing them of arson."
    e = next(e for e in code_text(text) if e.trigger.text == "accusing")
    assert [a.text for a in e.recipient] == ["them"]
    assert (e.recipient[0].country, e.recipient[0].sector) == ("NGA", "EDU")


def test_them_after_a_singular_object_is_not_that_object() -> None:
    text = "Police arrested a Nigerian student leader at a rally organised by rival parties, accusing them of arson."
    e = next(e for e in code_text(text) if e.trigger.text == "accusing")
    assert e.recipient[0].sector != "EDU"


def test_the_other_side_of_a_deal_an_act_is_done_under_is_its_recipient() -> None:
    text = "Rebel fighters in the south have agreed to leave the town of Kosti under a deal with Khartoum."
    e = next(e for e in code_text(text) if e.trigger.text == "agreed")
    assert countries(e.recipient) == {"SDN"}


def test_those_an_act_is_done_in_company_with_are_not_its_recipient() -> None:
    text = "Rebel fighters in the south have agreed to leave the town of Kosti in a convoy with their families."
    e = next(e for e in code_text(text) if e.trigger.text == "agreed")
    assert not any("families" in a.text for a in e.recipient)


def test_news_websites_blocked_are_media() -> None:
    e = only(code_text("Bolivian regulators blocked nine news websites on Thursday."), "COERCE")
    assert [a.sector for a in e.recipient] == ["MED"]


def test_websites_of_no_news_are_no_media() -> None:
    e = only(code_text("Bolivian regulators blocked nine betting websites on Thursday."), "COERCE")
    assert all(a.sector != "MED" for a in e.recipient)


def test_a_call_for_the_return_of_captives_is_not_made_to_them() -> None:
    e = only(code_text("Argentina's foreign ministry demanded the return of the two detained fishermen."), "REQUEST")
    assert not any("fishermen" in a.text for a in e.recipient)


def test_a_call_for_a_return_still_names_whom_it_is_made_to() -> None:
    e = only(code_text("Argentina demanded that Chile ensure the return of the two detained fishermen."), "REQUEST")
    assert countries(e.recipient) == {"CHL"}


def test_an_object_it_never_stands_for_its_own_clauses_subject() -> None:
    text = "Lebanon's top Maronite cleric faulted the cabinet for the crisis and urged it to resign."
    e = only(code_text(text), "REQUEST")
    assert [(a.text, a.sector) for a in e.recipient] == [("it", "GOV")]


def test_an_object_it_still_stands_for_an_earlier_body() -> None:
    e = only(code_text("The union criticised the ministry and urged it to reopen talks."), "REQUEST")
    assert [a.sector for a in e.recipient] == ["GOV"]


def test_the_state_forces_are_massed_around_is_the_recipient() -> None:
    e = only(code_text("Russia dispatched 30 warships and 40 aircraft around Japan over the weekend."), "MOBILIZE")
    assert countries(e.recipient) == {"JPN"}


def test_a_city_of_the_actors_own_ringed_by_forces_is_no_recipient() -> None:
    e = only(code_text("Russia dispatched 30 warships and 40 aircraft around Moscow over the weekend."), "MOBILIZE")
    assert e.recipient == []


def test_allies_urged_are_of_no_country_of_the_place() -> None:
    text = "Speaking in Kyiv, the Ukrainian president urged allies to supply more artillery shells."
    e = only(code_text(text), "REQUEST")
    assert [a.text for a in e.recipient] == ["allies"] and countries(e.recipient) == {None}


def test_a_plain_noun_for_people_urged_is_of_the_place() -> None:
    e = only(code_text("Speaking in Kyiv, the Ukrainian president urged residents to stay in shelters."), "REQUEST")
    assert countries(e.recipient) == {"UKR"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped two Europeans in northern Niger on Sunday.",
        "Police in Lagos arrested three foreigners on Monday.",
        "The Taliban detained two Westerners in Kabul.",
    ],
)
def test_people_named_as_foreign_or_by_a_region_take_no_country_from_the_place(text: str) -> None:
    e = next(e for e in code_text(text) if e.recipient)
    assert countries(e.recipient) == {None}


def test_people_named_by_a_country_keep_it_where_they_are_held() -> None:
    e = only(code_text("Police in Lagos arrested three Ghanaians on Monday."), "COERCE")
    assert countries(e.recipient) == {"GHA"}
