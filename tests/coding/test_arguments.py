"""Who did it and to whom: argument phenomena on sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import countries, only

from eventwire import code_text

pytestmark = pytest.mark.slow


def test_the_owner_named_by_an_of_phrase_is_the_recipient() -> None:
    e = only(code_text("Gunmen burned the homes of Somali refugees near the border."), "ASSAULT")
    assert e.mode == "destroy"
    assert countries(e.recipient) == {"SOM"}


def test_a_light_verb_lends_its_indirect_object() -> None:
    e = only(code_text("The Egyptian president issued a warning to Ethiopia over the dam."), "THREATEN")
    assert countries(e.actor) == {"EGY"} and countries(e.recipient) == {"ETH"}


def test_the_subject_of_a_demanded_clause_is_asked() -> None:
    e = only(code_text("Kenyan officials demanded that Uganda withdraw its support for the rebel movement."), "REQUEST")
    assert countries(e.recipient) == {"UGA"}


def test_an_unattributed_act_has_no_actor_and_happens_at_its_place() -> None:
    e = only(code_text("A journalist was shot dead in Karachi on Tuesday."), "ASSAULT")
    assert e.actor == []  # the place is where it happened, never who did it
    assert e.location is not None and e.location.country == "PAK"
    assert e.recipient[0].sector == "MED"


def test_a_crackdown_without_a_named_country_targets_the_actors_own_people() -> None:
    e = only(code_text("Ugandan police dispersed students at Makerere University."), "COERCE")
    assert countries(e.recipient) == {"UGA"}


def test_an_agent_word_modifying_a_non_agent_names_no_party() -> None:
    e = only(code_text("The militants threatened to resume terrorist activities in the region."), "THREATEN")
    assert all("activities" not in a.text for a in e.recipient)


def test_what_is_offered_is_not_the_recipient() -> None:
    e = only(code_text("Norway offered its mediators to the Colombian government."), "AGREE")
    assert countries(e.recipient) == {"COL"}


def test_rejecting_a_call_targets_whoever_called() -> None:
    e = only(code_text("Ankara rejected calls by Greece for a new round of talks."), "REJECT")
    assert countries(e.actor) == {"TUR"} and countries(e.recipient) == {"GRC"}


def test_withdrawing_staff_targets_the_party_they_leave() -> None:
    e = only(code_text("The IAEA said it will withdraw its inspectors from Iran."), "THREATEN")
    assert countries(e.recipient) == {"IRN"}
    assert e.actor and e.actor[0].sector == "IGO"


def test_a_boycott_of_contact_targets_the_other_party() -> None:
    e = only(code_text("Lithuania will boycott all official contact with Belarus."), "THREATEN")
    assert countries(e.actor) == {"LTU"} and countries(e.recipient) == {"BLR"}


def test_a_stative_passive_keeps_its_subject_as_the_actor() -> None:
    e = only(code_text("Hungary is opposed to new sanctions on Russia."), "REJECT")
    assert countries(e.actor) == {"HUN"} and countries(e.recipient) == {"RUS"}


def test_a_pronoun_subject_of_reported_speech_is_the_reporter() -> None:
    e = only(code_text("Canada announced it will expel two Iranian diplomats."), "THREATEN")
    assert countries(e.actor) == {"CAN"} and countries(e.recipient) == {"IRN"}


def test_a_clause_judged_out_of_the_question_is_rejected_by_the_speaker() -> None:
    e = only(code_text("Greek officials said that selling the islands was out of the question."), "REJECT")
    assert countries(e.actor) == {"GRC"}


def test_training_another_partys_forces_is_aid_and_ones_own_is_mobilisation() -> None:
    aid = only(code_text("The United States trained Iraqi commandos."), "AID")
    assert countries(aid.recipient) == {"IRQ"}
    evs = code_text("Iran trained thousands of new recruits for its navy.")
    assert only(evs, "MOBILIZE") and not [e for e in evs if e.event_type == "AID"]


def test_the_purpose_of_a_use_of_force_belongs_to_it() -> None:
    evs = code_text("Police used water cannon to disperse protesters in Nairobi.")
    e = only(evs, "ASSAULT")
    assert e.mode == "crowd-control" and countries(e.recipient) == {"KEN"}
    assert [x.event_type for x in evs] == ["ASSAULT"]


def test_a_cause_lends_no_recipient() -> None:
    e = only(
        code_text("Jordan closed its border with Syria because of fighting between rebels and the army."), "COERCE"
    )
    assert countries(e.recipient) == {"SYR"}


def test_a_press_release_is_no_release() -> None:
    evs = code_text("According to a press release by the ministry, talks will resume in May.")
    assert all(e.event_type != "RETREAT" for e in evs)


def test_restoring_political_freedoms_is_a_concession() -> None:
    assert only(code_text("The junta restored political freedoms in the country."), "CONCEDE")


def test_the_party_whose_compliance_is_demanded_is_threatened() -> None:
    e = only(code_text("Fishermen threatened to block the port unless Senegal lifted the fishing ban."), "THREATEN")
    assert countries(e.recipient) == {"SEN"}


def test_a_threatened_withdrawal_targets_the_place_left_not_the_troops() -> None:
    e = only(
        code_text("Chad announced that it will withdraw its troops from Mali unless the junta holds elections."),
        "THREATEN",
    )
    assert countries(e.actor) == {"TCD"} and countries(e.recipient) == {"MLI"}


def test_a_nominal_act_targets_the_party_its_object_concerns() -> None:
    e = only(code_text("Spain announced a suspension of arms sales to Israel."), "SANCTION")
    assert countries(e.recipient) == {"ISR"}


def test_the_leader_of_a_led_campaign_owns_it() -> None:
    e = only(code_text("Egypt criticised the US-led war."), "ACCUSE")
    assert countries(e.recipient) == {"USA"}


def test_the_purpose_of_a_named_act_gives_its_target() -> None:
    evs = code_text("Teachers began a hunger strike to demand the resignation of the Kenyan education minister.")
    e = only(evs, "PROTEST")
    assert e.mode == "hunger" and countries(e.recipient) == {"KEN"}


def test_a_participle_describing_a_noun_is_no_event() -> None:
    assert [e.event_type for e in code_text("The inspectors examined the weapons seized last year.")] == []
    assert only(code_text("The army seized weapons last year."), "COERCE")


def test_a_state_named_as_a_party_acts_through_its_government() -> None:
    e = only(code_text("Vietnam agreed to share flood data with Laos."), "AGREE")
    assert [(a.country, a.sector, a.resolved_by) for a in e.actor] == [("VNM", "GOV", "country+state")]


def test_a_pronoun_in_reported_speech_is_the_reporter_before_an_earlier_organisation() -> None:
    evs = code_text(
        "The European Union criticised the plan. Russia denied that it had withdrawn its troops from the town.",
        include_nonfactual=True,
    )
    e = only(evs, "RETREAT")
    assert countries(e.actor) == {"RUS"}
    assert e.aux.denied


def test_a_possessive_gives_its_owners_country_to_a_party_named_by_its_kind() -> None:
    e = only(code_text("Turkey said its artillery had shelled rebel positions near the border."), "ASSAULT")
    assert [(a.country, a.sector) for a in e.actor] == [("TUR", "MIL")]


def test_a_relative_pronoun_takes_its_antecedent() -> None:
    e = only(code_text("Navalny, who accuses the Kremlin of poisoning him, returned to Moscow."), "ACCUSE")
    assert [a.text for a in e.actor] == ["Navalny"]


def test_a_relative_pronoun_takes_its_antecedent_with_whoever_acts_together_with_it() -> None:
    text = "The Ugandan president, who brokered the truce together with the African Union, flew to Juba."
    e = only(code_text(text), "CONSULT")
    assert [a.text for a in e.actor] == ["The Ugandan president", "the African Union"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The president left Lagos when a car bombing in Kano killed 14 people.", "ASSAULT"),
        ("The governor cancelled the parade after 30 protesters were detained in Kano on Sunday.", "COERCE"),
    ],
)
def test_a_party_outside_an_acts_own_clause_with_its_own_subject_is_not_its_actor(text: str, category: str) -> None:
    e = only(code_text(text), category)
    assert e.actor == []


def test_an_act_named_as_an_object_still_takes_the_party_before_it() -> None:
    e = only(code_text("The opposition Unity Front called a two-day general strike for Monday."), "PROTEST")
    assert [a.text for a in e.actor] == ["The opposition"]


def test_an_unresolved_subject_stays_the_actor() -> None:
    e = only(code_text("The Gorlan brigade shelled the village, the ministry of health said."), "ASSAULT")
    assert [a.text for a in e.actor] == ["The Gorlan brigade"] and e.actor[0].country in (None, "")


def test_an_unresolved_subject_takes_the_country_of_whom_its_possessive_stands_for() -> None:
    text = "Former Brazilian President Jair Bolsonaro was jailed on Monday. His foundation called the verdict a farce."
    e = only(code_text(text), "ACCUSE")
    assert [(a.text, a.country) for a in e.actor] == [("His foundation", "BRA")]


def test_an_unresolved_subject_whose_possessive_stands_for_no_one_known_has_no_country() -> None:
    text = "The court jailed the former minister on Monday. His foundation called the verdict a farce."
    e = only(code_text(text), "ACCUSE")
    assert [(a.text, a.country) for a in e.actor] == [("His foundation", None)]


def test_a_count_of_people_takes_the_country_of_the_article_while_two_governments_do_not() -> None:
    text = "Police in Kenya said militants killed four civilians in Garissa on Monday."
    e = only(code_text(text, published="2020-06-02"), "ASSAULT")
    assert countries(e.recipient) == {"KEN"}


def test_a_person_introduced_with_title_and_nationality_keeps_them_when_named_alone() -> None:
    text = (
        "Brazilian Defence Minister Jose Silvano Tavora said on Monday the army would patrol the border. "
        "Tavora also accused Venezuela of arming gangs."
    )
    e = only(code_text(text, published="2023-05-02"), "ACCUSE")
    assert [(a.country, a.sector) for a in e.actor] == [("BRA", "MIL")]
    assert e.actor[0].resolved_by.startswith("chain")


def test_he_or_she_is_the_person_the_article_named_last() -> None:
    text = (
        "Tunisia's main union leader Noureddine Taboubi rejected the budget on Monday. "
        "He urged President Kais Saied to open talks on it."
    )
    e = only(code_text(text, published="2022-09-06"), "REQUEST")
    assert [(a.text, a.country, a.sector) for a in e.actor] == [("He", "TUN", "LAB")]


def test_the_dateline_weighs_in_the_country_an_article_is_about() -> None:
    text = "Rebels killed\n\nTACLOBAN, Philippines, March 6 (Wire) - Soldiers seized rifles at a rebel camp.\n"
    e = only(code_text(text, published="2018-03-06"), "COERCE")
    assert countries(e.actor) == {"PHL"}


def test_a_headline_passive_without_be_makes_its_subject_the_one_acted_on() -> None:
    e = only(code_text("Six miners killed in blast at Balochistan coal mine", published="2023-03-02"), "ASSAULT")
    assert not e.actor
    assert [a.text for a in e.recipient] == ["Six miners"]


def test_a_participle_on_a_headline_noun_takes_the_noun_as_recipient_and_the_by_phrase_as_actor() -> None:
    e = only(code_text("Four students detained by police in Dhaka", published="2023-03-02"), "COERCE")
    assert [a.text for a in e.actor] == ["police"]
    assert [a.text for a in e.recipient] == ["Four students"]


def test_a_verb_that_keeps_its_object_through_a_conjunct_stays_active() -> None:
    text = "Bandits killed and abducted dozens of villagers in Katsina."
    e = only(code_text(text, published="2023-03-02"), "ASSAULT")
    assert [a.text for a in e.actor] == ["Bandits"]


def test_a_participle_the_parser_hangs_on_the_subject_noun_keeps_an_acting_subject() -> None:
    text = "Armed gangs in pickups fired at mourners in the southern city of Kherson, wounding three."
    e = only(code_text(text, published="2023-03-02"), "ASSAULT")
    assert [a.text for a in e.actor] == ["Armed gangs"]


def test_a_headline_subject_of_the_kind_the_verb_acts_on_is_a_passive_subject() -> None:
    e = only(code_text("Curfew lifted in Kampala after deal with opposition", published="2023-03-02"), "CONCEDE")
    assert not e.actor


def test_a_passive_without_by_takes_its_actor_from_the_when_clause_that_tells_the_scene() -> None:
    text = "Three policemen were wounded when Maoist rebels ambushed their patrol in Chhattisgarh on Friday."
    e = next(e for e in code_text(text, published="2023-03-02") if e.trigger.text == "wounded")
    assert [a.text for a in e.actor] == ["Maoist rebels"]
    assert [a.text for a in e.recipient] == ["Three policemen"]


def test_a_verb_coordinated_inside_a_report_whose_subject_there_is_a_thing_is_the_reporters() -> None:
    text = "The envoy said the embargo would choke the arms trade and accused both militias of looting."
    e = only(code_text(text, published="2022-01-01"), "ACCUSE")
    assert [a.text for a in e.actor] == ["The envoy"]


def test_a_verb_told_in_the_reporters_tense_is_the_reporters_second_act() -> None:
    text = "The governor said the bandits had raided the village and urged them to surrender."
    events = code_text(text, published="2022-01-01")
    e = only(events, "REQUEST")
    assert [a.text for a in e.actor] == ["The governor"]
    assert [a.text for a in only(events, "ASSAULT").actor] == ["the bandits"]


def test_an_act_of_force_told_in_the_reporters_tense_is_still_the_reported_partys() -> None:
    text = "The ministry reported that bandits had burned a school near the border on Friday and stabbed a teacher."
    e = [e for e in code_text(text, published="2022-01-01") if e.trigger.text == "stabbed"][0]
    assert [a.text for a in e.actor] == ["bandits"]


def test_an_act_of_force_coordinated_with_a_parenthetical_report_goes_on_with_the_report() -> None:
    text = (
        "Militiamen, thought to belong to a splinter faction, shot at a ferry at dawn, "
        "the coast guard reported, and then stabbed two sailors."
    )
    e = [e for e in code_text(text, published="2022-01-01") if e.trigger.text == "stabbed"][0]
    assert [a.text for a in e.actor] == ["Militiamen"]


def test_a_verb_told_in_its_own_tense_shares_no_auxiliary_with_the_verb_before_it() -> None:
    events = code_text("The militia did not fight for the bridge and withdrew at dawn.", published="2022-01-01")
    assert only(events, "RETREAT").aux.factual


def test_a_finite_verb_coordinated_with_an_infinitive_goes_with_the_verb_that_governs_it() -> None:
    text = (
        "The governor, touring the camps, urged the gunmen to surrender and promised that those who "
        "gave up their guns would be spared."
    )
    e = only(code_text(text, published="2022-01-01"), "AGREE")
    assert [a.text for a in e.actor] == ["The governor"]


@pytest.mark.parametrize(
    "text",
    [
        "Writing on social media, the president said any attack would be met with force.",
        "Libya's health ministry said an air strike had killed four fishermen.",
    ],
)
def test_a_party_that_only_sets_the_scene_or_reports_is_not_the_unnamed_actor(text: str) -> None:
    events = code_text(text, published="2022-01-01", include_nonfactual=True)
    assert events
    for e in events:
        assert not [a for a in e.actor if a.text in ("social media", "Libya's")]


def test_a_verb_coordinated_after_a_denied_act_is_the_deniers_next_act() -> None:
    text = "The ministry denied that police fired on the crowd and accused protesters of arson."
    e = only(code_text(text, published="2022-01-01"), "ACCUSE")
    assert [a.text for a in e.actor] == ["The ministry"]


def test_who_was_seen_doing_an_act_is_its_actor() -> None:
    e = only(code_text("Soldiers were filmed beating students with rifle butts.", published="2022-01-01"), "ASSAULT")
    assert [a.text for a in e.actor] == ["Soldiers"]


def test_a_noun_the_parser_joined_to_an_object_is_the_subject_of_the_verb_after_it() -> None:
    evs = code_text("Rebels killed five soldiers and police arrested three suspects.")
    arrest, attack = only(evs, "COERCE"), only(evs, "ASSAULT")
    assert [a.text for a in arrest.actor] == ["police"]
    assert [a.text for a in attack.recipient] == ["five soldiers"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said one police officer was killed and more than 40 protesters were injured.",
        "Troops killed five rebels and wounded three civilians in the raid.",
    ],
)
def test_the_dead_and_the_wounded_of_one_attack_are_one_record(text: str) -> None:
    e = only(code_text(text), "ASSAULT")
    assert len(e.recipient) == 2


def test_a_party_inside_another_verbs_object_is_never_the_unnamed_actor() -> None:
    text = "Police searched the offices of the Chilean Dental Federation as part of an investigation."
    e = only(code_text(text, published="2022-01-01"), "COERCE")  # a search of premises by police
    assert [a.text for a in e.actor] == ["Police"]
    assert [a.text for a in e.recipient] == ["the Chilean Dental Federation"]


def test_every_member_of_a_coordinated_subject_acts_even_one_nothing_names() -> None:
    e = only(code_text("Police and vigilantes killed hundreds of suspects in Manila."), "ASSAULT")
    assert [a.text for a in e.actor] == ["Police", "vigilantes"]


def test_a_list_of_states_the_tagger_ran_together_is_one_party_per_state() -> None:
    e = only(code_text("Mali, Burkina Faso and Chad walked out of the summit."), "SANCTION")
    assert [(a.text, a.country) for a in e.actor] == [("Mali", "MLI"), ("Burkina Faso", "BFA"), ("Chad", "TCD")]


def test_two_nationalities_on_one_noun_are_two_parties_whatever_the_first_is_tagged() -> None:
    e = only(code_text("Thai and Cambodian soldiers exchanged fire near the border."), "ASSAULT")
    assert sorted(a.country for a in e.actor) == ["KHM", "THA"]


@pytest.mark.parametrize(
    "text",
    [
        "President Nyusi played down the attack on Sunday.",
        "The governor survived an assassination attempt on Friday.",
    ],
)
def test_who_tells_of_or_undergoes_a_named_act_never_did_it(text: str) -> None:
    e = only(code_text(text, include_nonfactual=True), "ASSAULT")
    assert e.actor == []


def test_who_undergoes_a_named_act_is_acted_on() -> None:
    e = only(code_text("The governor survived an assassination attempt on Friday."), "ASSAULT")
    assert [a.text for a in e.recipient] == ["The governor"]


def test_who_comes_under_attack_is_acted_on_and_the_attackers_are_named_by_from() -> None:
    e = only(code_text("Peacekeepers came under attack from militants in the north."), "ASSAULT")
    assert [a.text for a in e.actor] == ["militants"]
    assert [a.text for a in e.recipient] == ["Peacekeepers"]


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch government demanded the immediate release of two Belgian sailors held in Tripoli.",
        "Canada demanded Aung San Suu Kyi's immediate release.",
        "The Dutch minister demanded the swift release of a Dutch trading-company engineer held in Minsk.",
    ],
)
def test_the_captives_a_demand_would_free_are_not_whom_it_is_made_of(text: str) -> None:
    e = only(code_text(text), "REQUEST")
    assert e.recipient == []


def test_a_demanded_release_names_the_captor_asked_by_its_by_phrase() -> None:
    e = only(code_text("Ottawa demanded the release of the hostages by the Sudanese army."), "REQUEST")
    assert countries(e.recipient) == {"SDN"}


def test_whom_one_promises_to_speak_to_by_phone_is_the_recipient_of_the_call() -> None:
    e = only(code_text("The Greek prime minister said he would speak to Erdogan by phone on Monday."), "AGREE")
    assert countries(e.actor) == {"GRC"} and countries(e.recipient) == {"TUR"}


def test_the_intelligence_shared_is_what_is_given_and_the_partner_is_the_recipient() -> None:
    e = only(code_text("The Ghanaian navy shares intelligence with Togo."), "COOPERATE")
    assert [a.text for a in e.recipient] == ["Togo"]


def test_shared_intelligence_is_never_a_party() -> None:
    e = code_text("Malian and Nigerien officers said both forces were to start sharing intelligence in May.")[0]
    assert all("intelligence" not in a.text for a in e.recipient)


def test_those_a_warning_picks_out_by_what_they_do_are_threatened() -> None:
    e = only(code_text("The Greek government warned that those who refused could lose their licences."), "THREATEN")
    assert [a.text for a in e.recipient] == ["those who refused"]


def test_the_promisers_own_state_acting_in_a_promise_is_not_its_recipient() -> None:
    e = only(code_text("The Kenyan president pledged that Kenya would protect Somali refugees."), "AGREE")
    assert countries(e.recipient) == {"SOM"}


def test_another_state_named_in_a_promise_is_its_recipient() -> None:
    e = only(code_text("The Kenyan president promised that Uganda would receive more funding."), "AGREE")
    assert countries(e.recipient) == {"UGA"}


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, thousands of taxi drivers blocked Nairobi's main ring road.",
        "Students have been blockading campuses and bridges across the country since March.",
    ],
)
def test_what_a_protest_blocks_is_its_place_not_its_recipient(text: str) -> None:
    e = only(code_text(text), "PROTEST")
    assert e.mode == "obstruct"
    assert e.recipient == []


def test_a_party_a_blocked_way_leads_to_stays_the_recipient() -> None:
    e = only(code_text("Teachers blocked access to the education ministry in Lusaka."), "PROTEST")
    assert e.mode == "obstruct"
    assert countries(e.recipient) == {"ZMB"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Riot police beat students with sticks and fired tear gas inside the campus in Dhaka on Monday.", "students"),
        ("Police used water cannon to break up the crowd outside parliament.", "the crowd"),
        ("Troops fired tear gas when farmers tried to cross the bridge.", "farmers"),
    ],
)
def test_tear_gas_fired_with_no_at_is_fired_on_those_the_sentence_sets_it_against(text: str, target: str) -> None:
    e = next(e for e in code_text(text) if e.event_type == "ASSAULT" and e.mode == "crowd-control")
    assert [a.text for a in e.recipient][0].startswith(target)


def test_tear_gas_fired_into_the_air_is_fired_on_no_one() -> None:
    e = only(code_text("Police in Kisumu fired tear gas into the air on Tuesday."), "ASSAULT")
    assert e.recipient == []


def test_victims_of_an_attack_a_nationality_qualifies_were_struck_by_that_state() -> None:
    e = next(
        e
        for e in code_text("Three farmers were killed in a Turkish drone strike near the village.")
        if e.event_type == "ASSAULT" and e.trigger.text == "killed"
    )
    assert countries(e.actor) == {"TUR"}
    assert [a.text for a in e.recipient] == ["Three farmers"]


def test_a_place_before_an_attack_says_where_not_by_whom() -> None:
    e = only(code_text("Four people were wounded in a Kabul bombing on Sunday."), "ASSAULT")
    assert e.actor == []


@pytest.mark.parametrize(
    ("text", "event", "sector"),
    [
        ("Rebels ambushed an army patrol near the river on Monday, killing four soldiers.", "ASSAULT", "MIL"),
        ("Bandits raided a police station outside Tamale before dawn.", "ASSAULT", "COP"),
        ("The junta revoked the licences of two independent media outlets.", "COERCE", "MED"),
    ],
)
def test_an_unnamed_party_takes_the_sector_its_modifier_names(text: str, event: str, sector: str) -> None:
    e = only(code_text(text), event)
    assert [a.sector for a in e.recipient] == [sector]


def test_an_unnamed_party_with_no_sector_word_keeps_none() -> None:
    e = only(code_text("Gunmen attacked a checkpoint in the northern town overnight."), "ASSAULT")
    assert [a.sector for a in e.recipient] == [None]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Customs officers in Accra detained two foreign nationals at the port on Friday.", "COERCE"),
        ("Soldiers shot dead several dealers in a slum outside Lagos, residents said.", "ASSAULT"),
    ],
)
def test_unnamed_private_persons_are_civilians(text: str, event: str) -> None:
    e = only(code_text(text), event)
    assert [a.sector for a in e.recipient] == ["CVL"]


def test_unnamed_people_of_a_trade_or_office_get_no_civilian_default() -> None:
    e = only(code_text("Customs officers in Accra detained two suspects at the port on Friday."), "COERCE")
    assert [a.sector for a in e.recipient] == [None]


def test_a_party_the_parser_coordinated_with_the_object_joins_the_first_party() -> None:
    e = only(code_text("Norway on Tuesday imposed sanctions on the riot police and 12 officials."), "SANCTION")
    assert [a.text for a in e.recipient] == ["the riot police", "12 officials"]


def test_an_object_that_is_itself_coordinated_with_a_party_adds_no_phrase() -> None:
    e = only(code_text("Police in Goma seized rifles and two suspects on Sunday."), "COERCE")
    assert [a.text for a in e.recipient] == ["two suspects"]


def test_a_clausal_subject_picking_out_whoever_is_the_party_warned() -> None:
    e = only(code_text("Police in Durban warned that anyone caught looting could be punished."), "THREATEN")
    assert [a.text for a in e.recipient] == ["anyone caught looting"]
    assert e.recipient[0].sector == "CVL"


def test_a_request_named_as_the_ground_of_an_act_was_made_to_whoever_acted() -> None:
    e = only(code_text("Chile flew in 200 soldiers at Peru's request on Monday."), "REQUEST")
    assert countries(e.actor) == {"PER"} and countries(e.recipient) == {"CHL"}


def test_a_request_not_named_as_a_ground_takes_no_subject_as_recipient() -> None:
    e = only(code_text("Peru's request for troops was discussed by Chilean ministers on Monday."), "REQUEST")
    assert "CHL" not in countries(e.recipient)


def test_the_party_people_are_handed_over_to_is_the_cooperation_recipient() -> None:
    text = "Tanzania extradited three Burundian opposition activists to Bujumbura, a rights group said."
    e = only(code_text(text), "COOPERATE")
    assert [a.text for a in e.recipient] == ["Bujumbura"]


def test_with_no_receiving_party_those_handed_over_stay_the_recipient() -> None:
    e = only(code_text("Tanzania extradited three Burundian opposition activists on Friday."), "COOPERATE")
    assert countries(e.recipient) == {"BDI"}


def test_an_object_them_never_stands_for_its_own_verbs_subject() -> None:
    events = code_text("Police arrested three activists and charged them with sedition.")
    e = only(events, "ACCUSE")
    assert [a.sector for a in e.recipient] == ["CVL"]


def test_an_object_them_keeps_a_party_other_than_its_subject() -> None:
    text = "Rwanda said the rebels had attacked its troops and warned them against further raids."
    e = only(code_text(text), "REQUEST")
    assert [a.sector for a in e.recipient] == ["REB"]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Villagers were hurt in clashes with Kenyan police near the border.", "Kenyan police", "Villagers"),
        ("Three Malian farmers died in clashes with Tuareg rebels on Sunday.", "Tuareg rebels", "Three Malian farmers"),
    ],
)
def test_who_comes_to_harm_in_a_fight_is_acted_on_by_its_other_side(text: str, actor: str, recipient: str) -> None:
    e = only(code_text(text), "ASSAULT")
    assert [a.text for a in e.actor] == [actor]
    assert [a.text for a in e.recipient] == [recipient]


def test_whom_a_fight_left_dead_is_acted_on() -> None:
    e = only(code_text("A clash in the contested valley left a Peruvian officer dead."), "ASSAULT")
    assert [a.text for a in e.recipient] == ["a Peruvian officer"]


def test_a_headline_victim_of_a_fight_has_the_other_side_as_attacker() -> None:
    e = only(code_text("Five soldiers killed in fighting with Tuareg rebels"), "ASSAULT")
    assert [a.text for a in e.actor] == ["Tuareg rebels"]
    assert [a.text for a in e.recipient] == ["Five soldiers"]


def test_who_kills_in_a_fight_keeps_acting() -> None:
    e = only(code_text("Rebels killed two soldiers in clashes with the army."), "ASSAULT")
    assert [a.text for a in e.actor] == ["Rebels"]
    assert [a.text for a in e.recipient] == ["two soldiers"]


def test_an_unnamed_attacker_in_the_scene_of_a_passive_attack_is_its_actor() -> None:
    text = "A traffic officer was shot on Friday when a suspect opened fire at a roadblock outside Mombasa."
    e = only(code_text(text), "ASSAULT")
    assert [a.text for a in e.actor] == ["a suspect"]


def test_a_thing_in_the_scene_of_a_passive_attack_is_no_actor() -> None:
    text = "A traffic officer was shot on Friday when the car stopped at a roadblock outside Mombasa."
    e = only(code_text(text), "ASSAULT")
    assert e.actor == []


def test_the_antecedent_of_a_passive_relative_clause_is_acted_on() -> None:
    e = only(code_text("The journalist, who was detained last week, remains in custody."), "COERCE")
    assert [a.text for a in e.recipient] == ["The journalist"]


def test_a_bare_count_of_casualties_is_of_those_the_attack_aimed_at() -> None:
    text = "Gang members on motorbikes fired at mourners in the town of Kisumu, wounding three, witnesses said."
    e = only(code_text(text), "ASSAULT")
    assert [a.text for a in e.recipient] == ["mourners"]


def test_a_bare_count_after_no_attack_verb_stays_the_count() -> None:
    e = only(code_text("Police said the blast destroyed three houses, killing two."), "ASSAULT")
    assert [a.text for a in e.recipient] == ["two"]


def test_a_flow_suspended_from_a_country_names_it_through_the_of_phrase() -> None:
    e = only(code_text("India suspended imports of all poultry products from Brazil on Friday."), "SANCTION")
    assert countries(e.recipient) == {"BRA"}


def test_an_of_phrase_that_names_a_party_is_not_looked_through() -> None:
    e = only(code_text("The minister criticised the arrest of members of the opposition."), "ACCUSE")
    assert [a.text for a in e.recipient] == ["members of the opposition"]


def test_a_concession_to_pressure_is_made_to_whoever_pressed() -> None:
    e = only(code_text("The Kenyan cabinet dropped the levy, bowing to pressure from Uganda."), "CONCEDE")
    assert countries(e.recipient) == {"UGA"}


def test_a_concession_to_the_strikers_demands_is_made_to_the_strikers() -> None:
    e = only(code_text("The government caved in to the strikers' demands on Friday."), "CONCEDE")
    assert [a.text for a in e.recipient] == ["the strikers'"]


def test_a_concession_to_no_demand_finds_no_recipient() -> None:
    e = only(code_text("The minister bowed to the inevitable on Monday."), "CONCEDE")
    assert e.recipient == []


def test_an_own_side_threat_is_aimed_where_its_act_noun_says() -> None:
    text = "The rebels warned on Sunday that their warplanes would launch a major campaign against Chadian positions."
    e = only(code_text(text), "THREATEN")
    assert countries(e.recipient) == {"TCD"}


def test_an_own_side_threat_whose_act_names_no_party_finds_none_there() -> None:
    text = "The rebel leadership warned on Sunday that its warplanes would launch a major campaign within days."
    e = only(code_text(text), "THREATEN")
    assert e.recipient == []


def test_a_passive_timetable_lends_its_subject_to_the_act() -> None:
    evs = code_text("Norwegian envoys are scheduled to hold talks with Sri Lanka in Oslo.")
    e = only(evs, "AGREE")
    assert [a.country for a in e.actor] == ["NOR"]


def test_a_group_of_people_is_the_people_its_of_phrase_names() -> None:
    text = "A group of soldiers attacked a village near Goma on Monday."
    e = only(code_text(text, published="2024-06-04"), "ASSAULT")
    assert [a.sector for a in e.actor] == ["MIL"]


def test_a_band_acted_on_is_the_people_its_of_phrase_names() -> None:
    e = only(code_text("Police arrested a band of journalists in Kampala on Monday.", published="2024-06-04"), "COERCE")
    assert [a.sector for a in e.recipient] == ["MED"]


def test_a_body_named_group_of_is_no_group_of_people() -> None:
    e = only(code_text("The Group of Seven condemned the missile launch on Monday.", published="2024-06-04"), "ACCUSE")
    assert [a.kb_id for a in e.actor] == ["g7"]


def test_a_pronoun_in_the_by_phrase_of_its_own_participle_is_coded_without_looping() -> None:
    # "seized by them": the participle's subject is found through the pronoun itself, which
    # must not send the search for the pronoun's own clause subject round again
    text = "Officials in Riga said on Friday that the militia had given back the trucks seized by them from a depot."
    events = code_text(text, published="2024-06-07")
    assert [e.event_type for e in events] == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred Bolivians rallied outside the stadium in La Paz on Sunday.",
        "Thousands of Ugandans marched through Kampala on Monday to oppose the new tax.",
    ],
)
def test_a_crowd_named_by_its_nation_protests_as_civilians(text: str) -> None:
    e = only(code_text(text, published="2024-05-15"), "PROTEST")
    assert [a.sector for a in e.actor] == ["CVL"]


def test_a_named_body_that_protests_keeps_its_own_sector() -> None:
    e = only(code_text("Teachers' unions marched through Accra on Monday.", published="2024-05-15"), "PROTEST")
    assert [a.sector for a in e.actor] == ["LAB"]



def test_the_people_a_count_names_are_the_protest_actor() -> None:
    text = "Dozens of supporters of the party rallied in Lima on Monday."
    e = only(code_text(text, published="2024-05-15"), "PROTEST")
    assert [(a.text, a.sector) for a in e.actor] == [("supporters", "CVL")]


def test_a_bare_count_stays_the_actor() -> None:
    e = only(code_text("Thousands took to the streets of Lima on Monday.", published="2024-05-15"), "PROTEST")
    assert [a.text for a in e.actor] == ["Thousands"]


def test_a_promise_made_on_a_condition_is_addressed_to_whoever_must_meet_it() -> None:
    text = "The militia leader said his men would cease fire if the navy lifted its blockade of the port."
    e = only(code_text(text), "AGREE")
    assert [a.sector for a in e.recipient] == ["MIL"]


def test_a_threat_made_on_a_condition_is_addressed_to_the_condition_subject() -> None:
    e = only(code_text("Norway warned that it would seek sanctions if Eritrea broke the truce."), "THREATEN")
    assert countries(e.recipient) == {"ERI"}


def test_a_condition_with_no_party_names_no_recipient() -> None:
    e = only(code_text("The finance minister said he would resign if the budget failed."), "AGREE")
    assert e.recipient == []


def test_workers_harmed_in_an_attack_are_civilians() -> None:
    e = only(code_text("Gunmen abducted six farm labourers near Quetta on Monday."), "ASSAULT")
    assert [a.sector for a in e.recipient] == ["CVL"]


def test_workers_met_with_crowd_control_stay_labour() -> None:
    e = only(code_text("Police fired tear gas at striking workers outside the factory."), "ASSAULT")
    assert [a.sector for a in e.recipient] == ["LAB"]


def test_a_counterpart_holds_the_office_kind_of_whose_counterpart_it_is() -> None:
    e = only(code_text("The Indian army chief accused his Chinese counterpart of lying."), "ACCUSE")
    assert [(a.country, a.sector) for a in e.recipient] == [("CHN", "MIL")]


def test_a_party_that_is_no_counterpart_keeps_no_sector() -> None:
    e = only(code_text("The Indian army chief accused Chinese traders of lying."), "ACCUSE")
    assert all(a.sector != "MIL" for a in e.recipient)


def test_a_participle_coordinated_with_a_passive_acts_on_its_subject() -> None:
    text = (
        "Nigerian police detained opposition activist Musa Bello on Monday. "
        "He was flown to Abuja and charged with treason."
    )
    e = only(code_text(text), "ACCUSE")
    assert [(a.text, a.sector) for a in e.recipient] == [("He", "OPP")]


def test_a_coordinated_passive_with_its_own_subject_acts_on_that_subject() -> None:
    e = only(code_text("Two reporters were questioned in Goma and their driver was detained."), "COERCE")
    assert [a.text for a in e.recipient] == ["their driver"]


def test_an_amount_per_person_is_no_party() -> None:
    e = only(code_text("The agency cut monthly food rations to $6 a person on Monday."), "SANCTION")
    assert e.recipient == []


def test_people_an_aid_cut_reaches_are_its_party() -> None:
    e = only(code_text("The agency cut food aid to refugees in the camps on Monday."), "SANCTION")
    assert [a.text for a in e.recipient] == ["refugees"]


def test_an_even_if_clause_concedes_and_names_no_recipient() -> None:
    text = "Japan told reporters it was ready to reopen negotiations even if Pyongyang refused."
    e = only(code_text(text), "AGREE")
    assert e.recipient == []


def test_talks_a_party_is_open_to_take_the_with_the_parser_hung_on_the_copula() -> None:
    e = only(code_text('The labour ministry said it stayed "open to talks" with the striking unions.'), "AGREE")
    assert [(a.text, a.sector) for a in e.recipient] == [("the striking unions", "LAB")]


def test_openness_to_no_talks_takes_no_with() -> None:
    assert not code_text('The ministry said it stayed "open to change" with the new budget.')


def test_goods_received_from_a_party_are_its_aid_to_the_receiver() -> None:
    e = only(code_text("Kyiv has received air defence missiles from Germany, the minister said."), "AID")
    assert countries(e.actor) == {"DEU"} and countries(e.recipient) == {"UKR"}


def test_the_giver_of_goods_received_can_follow_the_goods() -> None:
    e = only(code_text("Egypt's health ministry received 40 tonnes of vaccines from Japan on Monday."), "AID")
    assert countries(e.actor) == {"JPN"} and countries(e.recipient) == {"EGY"}


def test_goods_received_from_no_party_are_no_aid() -> None:
    evs = code_text("The port of Mombasa received a shipment of wheat on Monday.")
    assert not [e for e in evs if e.event_type == "AID"]


def test_the_giver_of_an_amount_of_aid_is_the_subject_of_the_verb_that_takes_the_amount() -> None:
    e = only(code_text("Norway announced $20 million in humanitarian aid for Sudan on Friday."), "AGREE")
    assert countries(e.actor) == {"NOR"}


def test_a_noun_after_in_that_follows_no_amount_has_no_amount_verb() -> None:
    from eventwire.coding.arguments import _amount_verb
    from eventwire.coding.pipeline import load_nlp

    doc = load_nlp()("The minister announced a pause in aid deliveries to the north.")
    assert _amount_verb(next(t for t in doc if t.lower_ == "deliveries")) is None
    doc = load_nlp()("Norway sent $5 million in aid to Sudan.")
    assert _amount_verb(next(t for t in doc if t.lower_ == "aid")).lower_ == "sent"


def test_what_shared_intelligence_is_about_is_no_party_to_the_sharing() -> None:
    text = "Kenya's spy agency shared intelligence on al Shabaab cells in Lamu."
    e = only(code_text(text), "COOPERATE")
    assert not e.recipient


def test_the_party_intelligence_is_shared_with_is_the_recipient() -> None:
    e = only(code_text("Kenya shared intelligence on al Shabaab with Somalia."), "COOPERATE")
    assert countries(e.recipient) == {"SOM"}


def test_what_a_weapon_in_a_passive_by_phrase_hit_is_acted_on() -> None:
    e = only(code_text("Fishermen from Quang Ngai were hit by water cannon near the atoll on Tuesday."), "ASSAULT")
    assert [a.text for a in e.recipient] == ["Fishermen"]


def test_a_weapon_in_a_by_phrase_of_another_role_hits_nobody() -> None:
    e = only(code_text("The minister was briefed by army officers on the air strikes."), "ASSAULT")
    assert e.recipient == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Two girls were killed by gunfire from soldiers in Bamenda, residents said.", ["soldiers"]),
        ("Two farmers were killed by a bomb planted by rebels near Tumaco, the army said.", ["rebels"]),
        ("Four civilians were wounded by mortar fire from al Shabaab fighters overnight.", ["al Shabaab fighters"]),
        ("Six people were killed by Russian shelling in Kherson on Sunday, officials said.", ["Russian"]),
    ],
)
def test_who_used_the_means_a_passive_attack_names_is_its_actor(text: str, actor: list[str]) -> None:
    events = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    assert len(events) == 1  # the means ("gunfire") is the same attack, not another one
    assert [a.text for a in events[0].actor] == actor


def test_a_means_with_no_user_named_leaves_a_passive_attack_without_actor() -> None:
    text = "Three men were killed by a bomb in a Mombasa market on Friday, police said."
    e = only(code_text(text), "ASSAULT")
    assert e.actor == []


def test_who_claims_responsibility_for_an_attack_is_its_alleged_actor() -> None:
    text = "Al Shabaab has claimed responsibility for Friday's raid on a Mogadishu hotel."
    e = only(code_text(text, include_nonfactual=True), "ASSAULT")
    assert [a.text for a in e.actor] == ["Al Shabaab"]
    assert e.aux.alleged  # a claim is no proof: the attack is still only alleged


def test_who_takes_credit_for_an_attack_is_its_actor() -> None:
    text = "Islamic State took credit for the bombing that killed 14 worshippers."
    e = only(code_text(text, include_nonfactual=True), "ASSAULT")
    assert [a.text for a in e.actor] == ["Islamic State"]


def test_a_party_that_blames_another_for_an_attack_is_not_its_actor() -> None:
    text = "Kenyan officials blamed al Shabaab for the attack on the hotel in Mombasa."
    attacks = [e for e in code_text(text, include_nonfactual=True) if e.event_type == "ASSAULT"]
    assert all("Kenyan officials" not in [a.text for a in e.actor] for e in attacks)


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Herat said it was unclear who carried out the attack on the bus depot.",
        "Police said it was still not known who was responsible for the blast at the fuel depot.",
        "A spokesman said it was unclear who shelled the market in Kramatorsk.",
    ],
)
def test_a_doer_the_text_leaves_open_is_no_party_of_the_sentence(text: str) -> None:
    event = only(code_text(text, published="2025-04-02"), "ASSAULT")
    assert event.actor == []


def test_a_relative_who_and_the_agency_who_still_name_the_doer() -> None:
    relative = only(code_text("Gunmen who attacked the bus depot fled on motorbikes."), "ASSAULT")
    assert [a.text for a in relative.actor] == ["Gunmen"]
    agency = only(code_text("WHO shipped vaccines to clinics in northern Mozambique on Monday."), "AID")
    assert [a.text for a in agency.actor] == ["WHO"]


def test_the_parties_holding_an_act_name_it_before_a_kind_of_force() -> None:
    # "joint air force exercises": the kind of force names no side; the subject does
    e = only(code_text("Oman and Malawi held joint air force exercises near Muscat."), "COOPERATE")
    assert countries(e.actor) == {"OMN", "MWI"}


def test_a_kind_of_force_stays_the_actor_when_the_subject_names_no_country() -> None:
    e = only(code_text("Two units held joint air force exercises near Muscat."), "COOPERATE")
    assert [a.text for a in e.actor] == ["air force"]


def test_people_taken_in_are_the_recipient_not_what_is_given() -> None:
    e = only(code_text("Oman took in 300 refugees from Malawi."), "AID")
    assert any("refugees" in a.text for a in e.recipient)


def test_the_party_aid_comes_from_is_its_giver() -> None:
    e = only(code_text("Malawi has relied on loans from Oman to build its roads."), "AID")
    assert countries(e.actor) == {"OMN"}


def test_a_possessor_of_aid_stays_its_giver() -> None:
    e = only(code_text("Malawi's aid from its reserves reached the refugees."), "AID")
    assert countries(e.actor) == {"MWI"}


def test_a_flow_that_resumes_is_from_its_owner_to_where_it_goes() -> None:
    e = only(code_text("Omani fuel shipments to Malawi resumed last week."), "COOPERATE")
    assert countries(e.actor) == {"OMN"}
    assert countries(e.recipient) == {"MWI"}


def test_a_flow_between_two_parties_that_resumes_has_both_as_actors() -> None:
    e = only(code_text("Trade between Oman and Malawi resumed after the border reopened."), "COOPERATE")
    assert countries(e.actor) == {"OMN", "MWI"}


def test_a_flow_that_resumes_with_no_party_named_is_no_event() -> None:
    assert "COOPERATE" not in [e.event_type for e in code_text("Imports resumed on Monday.")]


def test_troops_from_two_states_are_one_party_per_state_of_the_troops_sector() -> None:
    e = only(code_text("Troops from Chad and Niger mounted a joint operation against the militants."), "COOPERATE")
    assert sorted((a.country, a.sector) for a in e.actor) == [("NER", "MIL"), ("TCD", "MIL")]


def test_goods_from_two_states_are_no_parties() -> None:
    e = only(code_text("Customs officers in Lagos seized fuel from Benin and Togo on Monday."), "COERCE")
    assert "BEN" not in countries(e.actor)


def test_those_an_act_of_force_was_done_to_are_not_blamed_for_it() -> None:
    e = only(code_text("Zambia condemned the attack on its consulate in Lubumbashi."), "ACCUSE")
    assert e.recipient == []


def test_the_doer_named_by_by_is_blamed_for_an_act_of_force() -> None:
    e = only(code_text("Zambia condemned the attack by the militia on a UN convoy."), "ACCUSE")
    assert [a.text for a in e.recipient] == ["the militia"]


def test_forces_moved_in_a_coordinated_report_are_moved_by_the_reported_state() -> None:
    text = "Peru's navy said Ecuador had scrambled fighter jets and sent warships toward the islands."
    sent = [e for e in code_text(text) if e.trigger.text == "sent"]
    assert sent and countries(sent[0].actor) == {"ECU"}


def test_a_speech_act_coordinated_in_a_report_stays_the_reporters() -> None:
    text = "The minister said the rebels had attacked the town and urged them to withdraw."
    e = only(code_text(text), "REQUEST")
    assert [a.text for a in e.actor] == ["The minister"]

def test_a_crowd_named_by_its_trade_holds_the_protest_its_light_verb_carries() -> None:
    e = only(code_text("Beekeepers went on strike on Monday over unpaid bonuses."), "PROTEST")
    assert [a.text for a in e.actor] == ["Beekeepers"]
    e = only(code_text("Inmates at the Varo prison have been on hunger strike since March."), "PROTEST")
    assert e.actor and e.actor[0].text.startswith("Inmates")


def test_an_unnamed_subject_lends_no_actor_to_a_nominal_act_other_than_a_protest() -> None:
    e = only(code_text("Beekeepers issued a warning to the port company."), "THREATEN")
    assert e.actor == []


@pytest.mark.parametrize(
    ("text", "category", "country"),
    [
        ("The Iranian ministry said the case was closed, rejecting calls for an inquiry.", "REJECT", "IRN"),
        ("Kenya's foreign ministry said the border was calm, accusing Somalia of spreading rumours.", "ACCUSE", "KEN"),
    ],
)
def test_a_stance_taken_after_a_reported_clause_is_the_reporters(text: str, category: str, country: str) -> None:
    e = only(code_text(text), category)
    assert countries(e.actor) == {country}


def test_a_participle_of_force_after_a_reported_clause_stays_the_doers() -> None:
    e = only(code_text("Kenyan police said Somali gunmen stormed the village, killing ten people."), "ASSAULT")
    assert "KEN" not in countries(e.actor) or "SOM" in countries(e.actor)


def test_a_war_as_subject_is_no_actor() -> None:
    # a war or violence at large is what happened, not a party that acts
    # (a toll in the present perfect is no act at all: see test_precision's war tally)
    e = only(code_text("The conflict in the north killed dozens of villagers last week."), "ASSAULT")
    assert e.actor == []


def test_an_unnamed_subject_of_people_stays_the_actor() -> None:
    # counter-example: a subject nothing names is still the actor when it is no war
    e = only(code_text("The attackers killed nine villagers in the north on Monday."), "ASSAULT")
    assert [a.text for a in e.actor] == ["The attackers"]


def test_a_nationality_of_several_words_in_a_list_is_its_own_party() -> None:
    e = only(code_text("Fijian and Papua New Guinean officers arrested four suspects in Honiara."), "COERCE")
    assert countries(e.actor) == {"FJI", "PNG"}


def test_states_listed_after_from_that_the_parser_read_as_one_name_are_split() -> None:
    e = only(code_text("Soldiers from Niger and Burkina Faso attacked a militant camp near the border."), "ASSAULT")
    assert countries(e.actor) == {"NER", "BFA"}


def test_goods_from_listed_states_are_no_party() -> None:
    # counter-example: a thing from several states names none of them as a party
    e = only(code_text("Senegalese customs officers seized goods from Niger and Burkina Faso in Dakar."), "COERCE")
    assert countries(e.actor) == {"SEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Riot police in Vasko halted the march near the old cathedral on Tuesday.",
        "Officers broke up the rally outside the town hall in Vasko.",
        "Shopkeepers in Vasko watched the march from behind their counters.",
    ],
)
def test_who_stops_or_watches_a_protest_does_not_hold_it(text: str) -> None:
    e = only(code_text(text), "PROTEST")
    assert e.actor == []  # the marchers are not named; the police and onlookers hold no protest


def test_who_stages_a_protest_holds_it() -> None:
    e = only(code_text("Dock workers staged a march through the port of Vasko on Monday."), "PROTEST")
    assert [a.text for a in e.actor] == ["Dock workers"]


def test_the_people_of_a_protest_hold_it() -> None:
    e = only(code_text("Police in Vasko broke up a rally of opposition supporters near the stadium."), "PROTEST")
    assert [a.text for a in e.actor] == ["opposition supporters"] and e.recipient == []


def test_a_measure_after_of_names_no_crowd() -> None:
    e = only(code_text("A march of twelve kilometres ended at the main square of Vasko."), "PROTEST")
    assert e.actor == []


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv on Monday rejected a truce proposal from Turkey.",
        "The rebel command rejected a peace plan drawn up by Turkey.",
    ],
)
def test_a_refused_proposal_is_directed_at_its_proposer(text: str) -> None:
    """A proposal turned down answers whoever put it forward: its "from" or "by" names the party."""
    e = only(code_text(text), "REJECT")
    assert countries(e.recipient) == {"TUR"}


def test_a_refusal_by_a_margin_names_no_proposer() -> None:
    e = only(code_text("The senate rejected the budget proposal by a wide margin on Thursday."), "REJECT")
    assert e.recipient == []


def test_the_condition_on_the_verb_a_nominal_act_hangs_on_names_the_party_addressed() -> None:
    """"would not return to the talks unless the militia...": the condition is set on the joining
    verb, not on the talks; the party whose act it asks for is the one the threat addresses."""
    e = only(
        code_text("The union said it would not return to the negotiations unless the ministry restored the bonus."),
        "THREATEN",
    )
    assert [a.text for a in e.recipient] == ["the ministry"]


def test_a_condition_with_no_party_gives_a_nominal_act_no_recipient() -> None:
    e = only(code_text("The union said it would not return to the negotiations unless the floods receded."), "THREATEN")
    assert e.recipient == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The union called for the release of the dockers detained by the police.", "COP"),
        ("The opposition demanded the release of activists held by the army.", "MIL"),
    ],
)
def test_a_call_to_free_captives_is_made_to_whoever_holds_them(text: str, holder: str) -> None:
    e = only(code_text(text), "REQUEST")
    assert [a.sector for a in e.recipient] == [holder]


def test_a_call_to_free_captives_with_no_holder_named_has_no_recipient() -> None:
    e = only(code_text("Press groups called for the release of the three reporters."), "REQUEST")
    assert e.recipient == []


def test_others_counts_more_of_what_the_first_verb_acted_on() -> None:
    events = code_text("Ukraine said Russian troops had killed four of its soldiers and captured 11 others.")
    e = next(e for e in events if e.trigger.text == "captured")
    assert countries(e.actor) == {"RUS"}
    assert [(a.country, a.sector) for a in e.recipient] == [("UKR", "MIL")]


def test_others_without_an_earlier_object_names_no_party() -> None:
    e = only(code_text("Gunmen kidnapped others on the road to Kaduna."), "ASSAULT")
    assert all(a.text != "others" for a in e.recipient)


def test_a_place_taken_is_taken_from_the_party_named_by_from() -> None:
    e = only(code_text("Government troops recaptured the airport from the rebels on Sunday."), "ASSAULT")
    assert [a.sector for a in e.recipient] == ["REB"]
    e = only(code_text("Azerbaijan recaptured villages around the enclave from Armenian forces."), "ASSAULT")
    assert countries(e.recipient) == {"ARM"}


def test_a_distance_from_a_place_names_no_party_a_place_is_taken_from() -> None:
    e = only(code_text("Rebels seized the town, 30 miles from Kabul."), "ASSAULT")
    assert e.recipient == []


def test_a_demand_given_up_is_directed_at_whom_it_was_made_of() -> None:
    e = only(code_text("Ruto said he had dropped his demand that Tanzania reopen the border."), "CONCEDE")
    assert countries(e.recipient) == {"TZA"}


def test_a_demand_given_up_names_no_recipient_when_it_names_no_party() -> None:
    e = only(code_text("The teachers' union dropped its demand for a 20 percent raise."), "CONCEDE")
    assert e.recipient == []


def test_an_attack_on_a_place_is_aimed_at_whoever_the_text_says_holds_it() -> None:
    e = only(code_text("The army shelled villages held by the rebels in Kachin state."), "ASSAULT")
    assert [a.sector for a in e.recipient] == ["REB"]


def test_a_place_attacked_with_no_holder_named_has_no_recipient() -> None:
    e = only(code_text("The army shelled villages in Kachin state on Sunday."), "ASSAULT")
    assert e.recipient == []


def test_forces_sent_to_shadow_another_sides_ships_are_readied_against_that_side() -> None:
    e = only(code_text("The navy sent three frigates to shadow the Chinese flotilla."), "MOBILIZE")
    assert countries(e.recipient) == {"CHN"}


def test_forces_sent_to_guard_a_place_name_no_side_they_are_readied_against() -> None:
    e = only(code_text("The army sent troops to guard the Chinese embassy."), "MOBILIZE")
    assert e.recipient == []


@pytest.mark.parametrize(
    "text",
    [
        "A truce was agreed by the rival factions in the northern province on Friday.",
        "The peace plan was rejected by the feuding clans of the Gedo region.",
    ],
)
def test_a_by_agent_nothing_resolves_is_the_actor_of_the_passive(text: str) -> None:
    e = next(e for e in code_text(text) if e.event_type in ("AGREE", "REJECT"))
    assert [a.text for a in e.actor] and "by" not in e.actor[0].text
    assert not e.recipient


def test_a_means_after_by_is_no_actor_of_the_passive() -> None:
    e = only(code_text("Two farmers were killed by gunfire near the market in Beledweyne."), "ASSAULT")
    assert not e.actor


@pytest.mark.parametrize(
    "text",
    [
        "The detentions sparked fresh protests in Lusaka on Monday.",
        "The shelling set off demonstrations in several towns of the province.",
    ],
)
def test_an_act_is_no_party_to_the_protest_it_sets_off(text: str) -> None:
    protests = [e for e in code_text(text) if e.event_type == "PROTEST"]
    assert protests and all(not e.actor for e in protests)


def test_a_group_that_stages_a_rally_still_holds_it() -> None:
    e = only(code_text("Farmers' groups staged a rally outside the agriculture ministry in Lusaka."), "PROTEST")
    assert [a.text for a in e.actor] == ["Farmers' groups"]


def test_the_undergoer_of_an_act_is_no_fallback_actor() -> None:
    evs = code_text("The detention of the newspaper's editor drew sharp criticism in Harare.")
    named = {a.text for e in evs if e.event_type != "COERCE" for a in e.actor}
    assert not named & {"the newspaper's editor", "the newspaper's"}


def test_the_possessor_of_an_act_noun_stays_its_actor() -> None:
    e = only(code_text("Zambia's detention of the newspaper's editor drew sharp criticism in Harare."), "COERCE")
    assert countries(e.actor) == {"ZMB"}


def test_an_act_noun_subject_is_no_unresolved_actor() -> None:
    evs = code_text("The detention of the newspaper's editor led Botswana to recall its ambassador from Harare.")
    e = only(evs, "SANCTION")
    assert "detention" not in " ".join(a.text for a in e.actor)


def test_a_subject_nothing_resolves_that_names_people_stays_the_actor() -> None:
    e = only(code_text("Striking dockworkers blocked the entrance to the port of Beira on Monday."), "PROTEST")
    assert [a.text for a in e.actor] == ["Striking dockworkers"]


@pytest.mark.parametrize(
    "text",
    [
        "The raids prompted Ghana to recall its ambassador from Lome on Friday.",
        "The expulsions spurred Ghana to recall its ambassador from Lome on Friday.",
    ],
)
def test_the_object_of_a_verb_of_causing_does_the_act_it_is_brought_to(text: str) -> None:
    e = only(code_text(text), "SANCTION")
    assert countries(e.actor) == {"GHA"}


def test_who_leads_troops_into_an_act_is_not_a_verb_of_causing() -> None:
    e = only(code_text("Ghana's defence chief led the troops to retake the border post on Friday."), "ASSAULT")
    assert countries(e.actor) == {"GHA"}


def test_a_response_drawn_from_a_party_is_that_partys_act() -> None:
    e = only(code_text("Togo faced sharp criticism from Ghana over the expulsions on Friday."), "ACCUSE")
    assert countries(e.actor) == {"GHA"} and countries(e.recipient) == {"TGO"}


def test_the_doer_of_an_act_that_draws_a_response_is_its_recipient() -> None:
    e = only(code_text("Togo's expulsion of the traders drew condemnation from Ghana on Friday."), "ACCUSE")
    assert countries(e.actor) == {"GHA"} and countries(e.recipient) == {"TGO"}


def test_a_response_drawn_from_no_one_named_has_no_actor_from_the_subject() -> None:
    evs = code_text("Togo faced sharp criticism over the expulsions on Friday.")
    assert all(countries(e.actor) != {"TGO"} for e in evs if e.event_type == "ACCUSE")


def test_what_is_fired_or_thrown_is_no_recipient() -> None:
    e = only(code_text("The army fired more than 40 missiles and drones at the port on Monday."), "ASSAULT")
    assert all(r.text != "drones" for r in e.recipient) and not e.recipient
    e = only(code_text("Hamas fired dozens of rockets at Israeli soldiers near the fence."), "ASSAULT")
    assert countries(e.recipient) == {"ISR"}


def test_what_a_weapon_is_turned_on_stays_the_recipient() -> None:
    # counter-case: drones shot down are the target, not what is fired
    e = only(code_text("Ukrainian troops shot down three Russian drones on Monday."), "ASSAULT")
    assert countries(e.recipient) == {"RUS"}


def test_who_comes_upon_a_hidden_explosive_is_harmed_not_the_attacker() -> None:
    e = only(code_text("Five soldiers died when their vehicle hit a roadside bomb in Kandahar province."), "ASSAULT")
    assert not e.actor and {r.sector for r in e.recipient} == {"MIL"}
    e = only(code_text("An army truck ran over a mine in eastern Congo on Sunday, killing four soldiers."), "ASSAULT")
    assert not e.actor and [r.text for r in e.recipient] == ["four soldiers"]


def test_who_sets_off_a_bomb_is_still_the_attacker() -> None:
    # counter-case: detonating or planting a bomb is the attackers' own act
    e = only(code_text("Militants detonated a bomb outside the police station in Quetta."), "ASSAULT")
    assert [a.text for a in e.actor] == ["Militants"]


def test_two_sides_that_clash_are_both_actors() -> None:
    e = only(code_text("Fighters of the Arakan Army clashed with Myanmar troops near Sittwe on Sunday."), "ASSAULT")
    assert {a.sector for a in e.actor} == {"REB", "MIL"} and not e.recipient


def test_the_means_before_an_attack_noun_is_no_actor() -> None:
    e = only(code_text("A drone attack on a military base in eastern Syria wounded four U.S. soldiers."), "ASSAULT")
    assert not e.actor
    # counter-case: a party word before the noun still names who attacked
    e = only(code_text("A militia attack on the village killed nine farmers on Monday."), "ASSAULT")
    assert {a.sector for a in e.actor} == {"REB"}


def test_every_party_of_a_coordinated_subject_holds_a_strike_gone_on() -> None:
    e = only(code_text("Teachers and nurses went on strike in Nairobi on Monday."), "PROTEST")
    assert sorted(a.sector for a in e.actor) == ["EDU", "HLH"]


def test_a_single_subject_going_on_strike_stays_the_only_actor() -> None:
    e = only(code_text("Dockers went on strike at the port of Mombasa."), "PROTEST")
    assert [a.text for a in e.actor] == ["Dockers"]


@pytest.mark.parametrize(
    "text",
    [
        "Seoul voiced concern over what it called repeated incursions by North Korean drones.",
        "The Kenyan embassy condemned what it called reckless provocations by Somali forces.",
    ],
)
def test_the_by_phrase_of_conduct_named_in_the_speakers_words_is_the_recipient(text: str) -> None:
    e = only(code_text(text), "ACCUSE")
    assert e.recipient, "no recipient"
    assert countries(e.recipient) & {"PRK", "SOM"}


def test_conduct_named_without_a_doer_gives_no_recipient() -> None:
    e = only(code_text("The Kenyan ministry condemned what it called a campaign of lies."), "ACCUSE")
    assert not e.recipient


def test_an_unnamed_conjunct_shares_the_nationality_before_the_list() -> None:
    e = only(code_text("Canada imposed asset freezes on 12 Iranian generals and commentators on Monday."), "SANCTION")
    assert countries(e.recipient) == {"IRN"}


def test_an_unnamed_conjunct_with_its_own_words_keeps_no_listed_nationality() -> None:
    e = only(code_text("Police arrested two Syrian smugglers and their drivers."), "COERCE")
    assert {a.text: a.country for a in e.recipient}.get("their drivers") != "SYR"


def test_people_in_need_whom_a_helped_act_serves_receive_the_help() -> None:
    e = only(code_text("Turkish troops were helping to escort refugees to the border."), "AID")
    assert [a.sector for a in e.recipient] == ["REF"]


def test_a_party_a_helped_act_is_aimed_at_receives_no_help() -> None:
    evs = code_text("Kenyan troops were helping to hunt down the insurgents near the border.")
    assert all(a.sector != "REB" for e in evs if e.event_type == "AID" for a in e.recipient)


def test_an_act_blamed_on_a_party_names_it_though_parsed_on_the_act() -> None:
    e = only(code_text("Kenyan officials blamed the attack on militants based in Somalia."), "ACCUSE")
    assert [a.text for a in e.recipient] == ["militants"]


def test_whom_a_condemned_attack_was_on_is_not_blamed() -> None:
    e = only(code_text("Kenya condemned the attack on its embassy in Mogadishu."), "ACCUSE")
    assert all("embassy" not in a.text for a in e.recipient)


def test_a_blame_laid_on_an_act_names_the_party_whose_act_it_is() -> None:
    e = only(code_text("The Malian minister blamed the blackouts on sabotage by rebel fighters."), "ACCUSE")
    assert [a.sector for a in e.recipient] == ["REB"]


def test_a_blame_laid_on_a_thing_that_happened_names_no_party() -> None:
    e = only(code_text("Malian officials blamed the deaths on the collapse of the bridge."), "ACCUSE")
    assert not e.recipient


def test_an_act_after_a_predicate_adjective_is_the_copulas_subjects() -> None:
    e = only(code_text("Kenya and Somalia were unable to agree on a new border.", published="2022-01-01"), "REJECT")
    assert countries(e.actor) == {"KEN", "SOM"}


def test_an_act_after_a_predicate_adjective_with_no_political_act_is_no_event() -> None:
    assert not code_text("Rescuers were unable to reach the trapped miners.", published="2022-01-01")


def test_the_nationality_of_the_forces_a_build_up_moves_names_its_actor() -> None:
    text = "The deployment of Peruvian soldiers to Bolivia was approved by Congress on Friday."
    e = only(code_text(text), "MOBILIZE")
    assert countries(e.actor) == {"PER"}


def test_the_nationality_of_those_an_act_is_done_to_names_no_actor() -> None:
    e = only(code_text("The arrest of Turkish journalists in Athens drew criticism from press groups."), "COERCE")
    assert "TUR" not in countries(e.actor)


def test_a_by_phrase_on_the_object_of_an_act_noun_names_its_doer() -> None:
    text = "The imposition of tariffs by Canada on Mexican cement angered officials in Mexico City."
    e = only(code_text(text), "SANCTION")
    assert countries(e.actor) == {"CAN"}


def test_the_forces_a_deployment_moves_are_not_its_recipient() -> None:
    e = only(code_text("Chile announced the deployment of two frigates on Monday."), "MOBILIZE")
    assert countries(e.actor) == {"CHL"} and e.recipient == []
    e = only(code_text("Brazil announced the deployment of two frigates to Uruguay."), "MOBILIZE")
    assert countries(e.recipient) == {"URY"}  # where they go, when a party, still is


def test_the_parties_between_whom_cooperation_runs_are_all_its_actors() -> None:
    e = only(code_text("Cooperation between Kenya and Uganda on border security improved this spring."), "COOPERATE")
    assert countries(e.actor) == {"KEN", "UGA"} and e.recipient == []


def test_cooperation_offered_to_one_side_keeps_it_the_recipient() -> None:
    e = only(code_text("Norway's cooperation with Iceland on fisheries improved this spring."), "COOPERATE")
    assert countries(e.actor) == {"NOR"} and countries(e.recipient) == {"ISL"}


def test_the_sides_of_fighting_between_two_parties_are_both_actors() -> None:
    e = only(code_text("Fighting between the army and Tuareg rebels left eight dead near Kidal."), "ASSAULT")
    assert {a.text for a in e.actor} == {"the army", "Tuareg rebels"}


def test_the_sides_of_fighting_that_broke_out_between_them_are_its_actors() -> None:
    e = only(code_text("On Monday heavy fighting broke out between the army and the rebels."), "ASSAULT")
    assert {a.text for a in e.actor} == {"the army", "the rebels"}


def test_fighting_with_no_between_phrase_takes_no_sides_from_elsewhere() -> None:
    e = only(code_text("Fighting in the east has forced thousands from their homes."), "ASSAULT")
    assert e.actor == []


def test_who_died_in_a_war_between_two_sides_were_acted_on_by_both() -> None:
    text = "An estimated 9,000 civilians were killed during the long war between the army and Tamil separatists."
    e = only(code_text(text), "ASSAULT")
    assert {a.text for a in e.actor} == {"the army", "Tamil separatists"}


def test_a_war_with_one_side_named_by_between_lends_no_lone_actor() -> None:
    e = only(code_text("An estimated 9,000 civilians were killed during the war between 1990 and 2005."), "ASSAULT")
    assert e.actor == []


def test_a_participle_on_an_act_noun_takes_no_actor_from_the_sentence_around_it() -> None:
    events = code_text("The union said it would keep protesting against the restrictions imposed on Kosovo in June.",
                       published="2024-09-05")
    imposed = [e for e in events if e.trigger.text == "imposed"]
    assert imposed and not imposed[0].actor  # no "by" and no "between": whoever imposed them is not told


def test_a_pronoun_subject_of_a_light_verb_stays_the_actor_of_its_noun() -> None:
    evs = code_text("Okonjo said she would not resume the peace talks.", published="2024-03-08")
    assert only(evs, "REJECT").actor


def test_a_pronoun_object_of_a_light_verb_is_no_actor_of_its_noun() -> None:
    evs = code_text("Nobody would resume the peace talks.", published="2024-03-08", include_nonfactual=True)
    assert not [e for e in evs if e.event_type == "REJECT"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Lawmaker Omar Sidi was expelled from the ruling Justice Party on Monday.", "the ruling Justice Party"),
        ("Chad was suspended from the African Union after the coup.", "the African Union"),
    ],
)
def test_a_member_put_out_of_a_body_in_the_passive_is_expelled_by_the_body(text: str, body: str) -> None:
    e = only(code_text(text, published="2024-05-01"), "SANCTION")
    assert e.mode == "expel"
    assert [a.text for a in e.actor] == [body]
    assert e.recipient and body not in [a.text for a in e.recipient]


def test_a_named_agent_of_a_passive_expulsion_stays_its_actor() -> None:
    # counter-case: the "by" agent, not the body, expels
    e = only(code_text("Omar Sidi was expelled from the party by its leader Rami Haddad.", published="2024-05-01"),
             "SANCTION")
    assert "the party" not in [a.text for a in e.actor]


def test_the_partner_an_idioms_noun_takes_is_the_recipient() -> None:
    e = only(code_text("Chile came to terms with Peru over the anchovy quota on Monday."), "AGREE")
    assert countries(e.actor) == {"CHL"} and countries(e.recipient) == {"PER"}


def test_agreeing_to_a_partys_proposal_is_agreeing_with_that_party() -> None:
    e = only(code_text("The Sudanese army agreed to Ethiopia's proposal for a border commission."), "AGREE")
    assert countries(e.recipient) == {"ETH"}


def test_agreeing_to_a_plan_put_forward_by_a_party_agrees_with_it() -> None:
    e = only(code_text("The Sudanese army agreed to a plan put forward by Ethiopian mediators."), "AGREE")
    assert countries(e.recipient) == {"ETH"}


def test_agreeing_to_an_act_names_no_one_agreed_with() -> None:
    e = only(code_text("The Sudanese army agreed to a ceasefire on Monday."), "AGREE")
    assert e.recipient == []


def test_the_body_a_party_pulls_out_of_is_the_recipient() -> None:
    """"pulled out of the forum": "of" hangs on "out", and the body left is acted on."""
    e = only(code_text("Nauru pulled out of the regional fisheries forum on Monday."), "SANCTION")
    assert [a.text for a in e.recipient] == ["the regional fisheries forum"]


def test_a_town_troops_pull_out_of_is_no_recipient() -> None:
    e = only(code_text("The rebels pulled out of the town of Dara on Friday."), "RETREAT")
    assert e.recipient == []


def test_a_passive_subject_is_acted_on_when_the_by_agent_resolves_to_nothing() -> None:
    """"sanctioned by the Treasury": an agent the knowledge base cannot place is still the actor,
    and the passive subject still the recipient."""
    e = only(code_text("Two Syrian generals were blacklisted by the Treasury on Friday."), "SANCTION")
    assert [a.text for a in e.actor] == ["the Treasury"]
    assert countries(e.recipient) == {"SYR"}


def test_a_thing_as_passive_subject_is_no_recipient_beside_an_unresolved_agent() -> None:
    e = only(code_text("The new tariffs were imposed by the Treasury on Friday."), "SANCTION")
    assert e.recipient == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Ugandan soldiers are believed to have abducted three fishermen on the lake.", "UGA"),
        ("Syrian army units were reported to have shelled the town of Binnish on Monday.", "SYR"),
    ],
)
def test_the_subject_of_a_passive_verb_of_saying_or_thinking_does_the_act_of_its_infinitive(
    text: str, actor: str
) -> None:
    e = only(code_text(text, published="2024-05-01", include_nonfactual=True), "ASSAULT")
    assert countries(e.actor) == {actor}


def test_the_subject_raised_over_a_passive_infinitive_does_not_act() -> None:
    # counter-case: "to have been killed" raises the victims, who are no actor
    text = "Two Kenyan herders are thought to have been shot near the border."
    e = only(code_text(text, published="2024-05-01", include_nonfactual=True), "ASSAULT")
    assert not countries(e.actor)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Police suspect the smuggling gang of kidnapping a Lebanese trader in Lagos.", "the smuggling gang"),
        ("The army said Ansar fighters were suspected of attacking the fuel convoy.", "Ansar fighters"),
        ("Prosecutors charged three constables with killing a street vendor in Ondo.", "three constables"),
        ("The Tanzim militia, whom villagers accuse of abducting a teacher, denied any role.", "The Tanzim militia"),
    ],
)
def test_the_party_suspected_of_an_act_is_its_doer(text: str, doer: str) -> None:
    e = only(code_text(text, published="2024-05-01", include_nonfactual=True), "ASSAULT")
    assert [a.text for a in e.actor] == [doer] and e.aux.alleged


def test_the_subject_that_boasts_of_an_act_is_its_doer() -> None:
    # counter-case: a verb that lays nothing at another's door leaves the act to its own subject
    text = "The Tanzim militia boasted of shelling the airport road on Monday."
    e = only(code_text(text, published="2024-05-01", include_nonfactual=True), "ASSAULT")
    assert [a.text for a in e.actor] == ["The Tanzim militia"]


def test_a_threat_received_is_held_over_its_receiver() -> None:
    e = only(code_text("The judge received death threats after the verdict."), "THREATEN")
    assert e.actor == [] and [a.text for a in e.recipient] == ["The judge"]
    e = only(code_text("Several reporters got threats from the militia."), "THREATEN")
    assert [a.text for a in e.actor] == ["the militia"] and [a.text for a in e.recipient] == ["Several reporters"]


def test_a_threat_defied_is_held_over_the_party_that_defies_it() -> None:
    e = only(code_text("The opposition leader returned home on Sunday despite threats of arrest."), "THREATEN")
    assert e.mode == "arrest" and e.actor == [] and [a.text for a in e.recipient] == ["The opposition leader"]
    events = code_text("The mayor said he would travel to Kabul despite threats from the Taliban.")
    e = only(events, "THREATEN")
    assert [a.text for a in e.actor] == ["the Taliban"]


def test_a_threat_made_keeps_its_maker_and_a_warning_defied_is_none() -> None:
    e = only(code_text("Beijing made threats against Manila."), "THREATEN")
    assert [a.text for a in e.actor] == ["Beijing"] and [a.text for a in e.recipient] == ["Manila"]
    events = code_text("The minister said the army had attacked the town despite warnings from the aid groups.")
    assert not [e for e in events if e.event_type == "THREATEN"]


def test_the_party_told_of_a_threat_is_threatened() -> None:
    text = "Washington told Baghdad it would cut military aid if the militias were not reined in."
    e = only(code_text(text), "THREATEN")
    assert countries(e.actor) == {"USA"} and countries(e.recipient) == {"IRQ"}


def test_an_audience_of_ones_own_told_of_a_threat_is_not_threatened() -> None:
    e = only(code_text("The president told parliament that the government would impose a curfew."), "THREATEN")
    assert e.recipient == []


def test_who_takes_part_in_a_protest_holds_it() -> None:
    e = only(code_text("Thousands took part in the march through central Valdoria on Sunday."), "PROTEST")
    assert [a.text for a in e.actor] == ["Thousands"]
    e = only(code_text("Tens of thousands turned out for the rally in Kelvo."), "PROTEST")
    assert [a.text for a in e.actor] == ["Tens of thousands"]


def test_who_is_hurt_in_a_protest_does_not_hold_it() -> None:
    # counter-case: "in" on a verb of harm names the occasion, not a part taken
    events = code_text("Two people were killed in the protests in Kelvo.")
    assert not [a for e in events if e.event_type == "PROTEST" for a in e.actor]


def test_a_crowd_named_only_by_a_count_protests_as_civilians() -> None:
    e = only(code_text("Thousands took to the streets of Kelvo on Sunday."), "PROTEST")
    assert [a.sector for a in e.actor] == ["CVL"]


def test_a_count_of_people_named_by_their_work_keeps_its_sector_in_a_protest() -> None:
    # counter-case: a count of people named by their sector is no bare crowd
    e = only(code_text("Thousands of nurses marched through Kelvo on Sunday."), "PROTEST")
    assert [a.sector for a in e.actor] == ["HLH"]


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs "during talks" on the object, not on the verb
        "Italy's foreign minister demanded the return of a seized trawler during talks with his Libyan counterpart.",
        "In a letter to the Libyan government, Italy demanded the return of a seized trawler.",
    ],
)
def test_the_party_of_talks_or_a_letter_a_demand_is_made_in_is_asked(text: str) -> None:
    e = only(code_text(text, published="2024-05-01"), "REQUEST")
    assert countries(e.actor) == {"ITA"} and countries(e.recipient) == {"LBY"}


def test_a_letter_with_no_addressee_names_no_party() -> None:
    # counter-case: a letter "to" nobody gives the demand no recipient from it
    e = only(code_text("In a letter published on Monday, Italy demanded the return of a seized trawler.",
                       published="2024-05-01"), "REQUEST")
    assert not e.recipient


def test_the_to_phrase_on_an_issued_demand_names_whom_it_is_made_to() -> None:
    # the parser hangs "to Romania" on the noun, not on the light verb
    e = only(code_text("Moldova's government issued a demand to Romania to hand back the seized grain.",
                       published="2024-05-01"), "REQUEST")
    assert countries(e.recipient) == {"ROU"}


def test_an_issued_demand_with_no_to_phrase_takes_its_clauses_party() -> None:
    # counter-case: no "to" phrase, so the rule names nobody and the content rule reads the clause
    e = only(code_text("Moldova's government issued a demand that Romania hand back the seized grain.",
                       published="2024-05-01"), "REQUEST")
    assert countries(e.recipient) == {"ROU"}


def test_people_a_demanded_release_would_free_are_not_asked() -> None:
    # the worker is the actor's own national; the demand is made to the other side of the talks
    e = only(code_text("The Polish minister demanded the release of a Polish aid worker during talks with Belarusian "
                       "officials.", published="2024-05-01"), "REQUEST")
    assert countries(e.recipient) == {"BLR"}


def test_the_party_a_release_is_demanded_from_is_still_asked() -> None:
    # counter-case: the captor named by "from" stays the recipient
    e = only(code_text("Warsaw demanded the release of two Polish truckers from the Belarusian border guards.",
                       published="2024-05-01"), "REQUEST")
    assert countries(e.recipient) == {"BLR"}


@pytest.mark.parametrize(
    ("text", "category", "parties"),
    [
        ("A truce was agreed between Chad and Niger on Tuesday.", "AGREE", {"TCD", "NER"}),
        ("A border accord was signed in Abuja between Benin and Togo.", "SUPPORT", {"BEN", "TGO"}),
        ("Talks were held between Ghana and Burkina Faso in Accra.", "CONSULT", {"GHA", "BFA"}),
    ],
)
def test_the_parties_a_passive_names_by_between_made_the_agreement(text: str, category: str, parties: set) -> None:
    e = only(code_text(text, published="2024-03-05"), category)
    assert countries(e.actor) == parties and not e.recipient


def test_a_passive_between_names_no_party_of_an_act_done_to_others() -> None:
    # counter-case: a sanction told in the passive keeps its own parties
    e = only(code_text("Sanctions were imposed on trade between Chad and Niger.", published="2024-03-05"), "SANCTION")
    assert not countries(e.actor)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("The bar council criticised the ruling by the constitutional court on Friday.", "JUD"),
        ("Rights groups condemned the detentions carried out by the riot police in Harare.", "COP"),
        ("The opposition denounced the vote by parliament to prolong the curfew in the east.", "LEG"),
    ],
)
def test_the_doer_of_a_judged_act_is_the_party_blamed(text: str, sector: str) -> None:
    """Doer of a judged act: a "by" after the object of a verb of blame (the parser hangs it on
    the verb or on a participle of the object) names whose act is blamed."""
    e = only(code_text(text, published="2024-03-05"), "ACCUSE")
    assert [a.sector for a in e.recipient] == [sector]


def test_who_told_of_a_judged_act_is_not_blamed() -> None:
    # counter-case: a participle of telling names who reported the act, not who did it
    e = only(code_text("Aid groups condemned the killings reported by the United Nations mission near Gao.",
                       published="2024-03-05"), "ACCUSE")
    assert all(a.sector != "IGO" for a in e.recipient)


def test_a_passive_verb_of_blame_keeps_its_agent_as_actor() -> None:
    # counter-case: "by" on a passive verb of blame is who blames
    e = only(code_text("The new curfew was criticised by the opposition on Monday.", published="2024-03-05"), "ACCUSE")
    assert [a.sector for a in e.actor] == ["OPP"] and e.recipient == []


@pytest.mark.parametrize(
    "text",
    [
        "Seoul called for the return of six fishermen detained by North Korea.",
        "Manila pressed for the handover of crew members held by North Korea.",
    ],
)
def test_a_freeing_asked_for_by_a_for_phrase_is_asked_of_the_captor(text: str) -> None:
    """Freeing asked for: a call "for the return of" people held by a party is made to that party."""
    e = only(code_text(text, published="2024-03-05"), "REQUEST")
    assert countries(e.recipient) == {"PRK"}


def test_a_return_asked_for_without_a_captor_names_no_party() -> None:
    # counter-case: the people to be returned are never the party asked
    e = only(code_text("Seoul called for the return of its detained fishermen.", published="2024-03-05"), "REQUEST")
    assert e.recipient == []


def test_an_unnamed_party_a_threatened_act_is_done_to_is_threatened() -> None:
    """Unnamed party threatened: the object of the act threatened is the party threatened, even
    with no country to tell it apart from the threatener."""
    e = only(code_text("The prime minister threatened to sack the central bank governor.", published="2024-03-05"),
             "THREATEN")
    assert [a.text for a in e.recipient] == ["the central bank governor"]


def test_the_threateners_own_people_are_not_threatened() -> None:
    # counter-case: what a threat moves of the threatener's own is no party threatened
    e = only(code_text("The ministry threatened to recall its diplomats.", published="2024-03-05"), "THREATEN")
    assert e.recipient == []


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("The governor refused to sign the budget bill passed by the assembly.", "LEG"),
        ("The ruling party refused to recognise the tally announced by the electoral commission.", "GOV"),
    ],
)
def test_a_refused_things_author_is_the_party_refused(text: str, sector: str) -> None:
    """Refused thing's author: what a refusal's clause turns away names its author by the "by"
    of a participle; that party is the one refused."""
    e = only(code_text(text, published="2024-03-05"), "REJECT")
    assert [a.sector for a in e.recipient] == [sector]


def test_a_refused_thing_with_no_author_names_no_party() -> None:
    # counter-case: nothing names whose the bill is
    e = only(code_text("The governor refused to sign the budget bill on Friday.", published="2024-03-05"), "REJECT")
    assert e.recipient == []


@pytest.mark.parametrize(
    ("text", "category", "parties"),
    [
        # the knowledge base knows the last state's police: the nationality before it is a party too
        ("Kenyan and Somali police began joint patrols along the coast on Monday.", "COOPERATE",
         [("Kenyan", "KEN"), ("Somali police", "SOM")]),
        ("Zambian and Malawian police officers detained three smugglers near Chipata.", "COERCE",
         [("Zambian", "ZMB"), ("Malawian police officers", "MWI")]),
        # a state told by its name before a nationality
        ("U.S. and South Korean forces began joint drills on Monday.", "COOPERATE",
         [("U.S.", "USA"), ("South Korean forces", "KOR")]),
    ],
)
def test_each_state_a_list_of_nationalities_names_is_a_party(text: str, category: str, parties: list) -> None:
    e = only(code_text(text, published="2024-03-05"), category)
    assert [(a.text, a.country) for a in e.actor] == parties


def test_the_body_of_one_state_named_with_one_nationality_stays_whole() -> None:
    # counter-example: one nationality and a body the knowledge base knows is one party
    e = only(code_text("Swiss police detained two men in Basel on Monday.", published="2024-03-05"), "COERCE")
    assert [(a.text, a.kb_id) for a in e.actor] == [("Swiss police", "che_police")]


def test_a_list_of_state_names_on_a_noun_is_not_split_as_nationalities() -> None:
    # counter-example: "Ghana and Togo officials" lists names, not nationalities; left as it was
    e = only(code_text("Ghana and Togo officials met in Aflao on Monday.", published="2024-03-05"), "CONSULT")
    assert len(e.actor) == 1


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A deal between Chad and Niger was reached on Tuesday to reopen the border.", "AGREE"),
        ("An accord between Benin and Togo was signed in Cotonou on Tuesday.", "SUPPORT"),
    ],
)
def test_the_parties_a_passive_subject_names_by_between_made_the_agreement(text: str, category: str) -> None:
    e = only(code_text(text, published="2024-03-05"), category)
    assert len(e.actor) == 2 and not e.recipient


def test_a_passive_subject_between_names_no_party_of_an_act_done_to_others() -> None:
    # counter-case: lifting sanctions on the trade between two states is done by neither of them
    e = only(code_text("Sanctions on trade between Chad and Niger were lifted on Tuesday.", published="2024-03-05"),
             "RETREAT")
    assert not countries(e.actor)


@pytest.mark.parametrize(
    ("text", "category", "parties"),
    [
        ("Ghana-Togo talks on the border resumed in Accra on Monday.", "CONSULT", [("Ghana", "GHA"), ("Togo", "TGO")]),
        ("Ghanaian-Togolese joint patrols began along the border on Monday.", "COOPERATE",
         [("Ghanaian", "GHA"), ("Togolese", "TGO")]),
        ("South Korean-Japanese talks on fisheries resumed in Seoul on Monday.", "CONSULT",
         [("South Korean", "KOR"), ("Japanese", "JPN")]),
    ],
)
def test_two_states_a_hyphen_joins_are_two_parties(text: str, category: str, parties: list) -> None:
    e = only(code_text(text, published="2024-03-05"), category)
    assert [(a.text, a.country) for a in e.actor] == parties


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Guinea-Bissau held talks with Senegal in Dakar on Monday.", ("Guinea-Bissau", "GNB")),
        ("U.S.-backed fighters attacked the town on Monday.", ("U.S.-backed fighters", None)),
    ],
)
def test_a_state_name_with_a_hyphen_or_a_state_backing_a_party_is_not_a_pair(text: str, party: tuple) -> None:
    # counter-examples: one state's hyphenated name, and a party a state backs
    e = code_text(text, published="2024-03-05")[0]
    assert (e.actor[0].text, e.actor[0].country) == party


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The joint operation, involving Ghanaian and Togolese troops, began near Aflao on Monday.",
         {"GHA", "TGO"}),
        ("Ghana launched a joint operation involving Togolese police near Aflao on Monday.", {"GHA", "TGO"}),
    ],
)
def test_the_parties_a_joint_act_involves_hold_it(text: str, parties: set) -> None:
    e = only(code_text(text, published="2024-03-05"), "COOPERATE")
    assert countries(e.actor) == parties and not e.recipient


def test_a_party_an_attack_involves_is_not_made_its_actor() -> None:
    # counter-example: only joint acts and talks take the parties they involve as actors
    e = only(code_text("An ambush involving Togolese smugglers killed two guards near Aflao on Monday.",
                       published="2024-03-05"), "ASSAULT")
    assert not e.actor


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters attacked an army post near the border town of Bunagana on Sunday.",
        "Burkinabe jets bombed jihadist positions near the town of Djibo on Tuesday.",
        "Drones struck a power plant outside the city of Kherson overnight.",
    ],
)
def test_an_installation_attacked_is_acted_on(text: str) -> None:
    e = only(code_text(text, published="2024-03-05"), "ASSAULT")
    assert len(e.recipient) == 1 and e.recipient[0].text.split()[-1].rstrip("s") in ("post", "position", "plant")


def test_a_town_attacked_is_no_installation() -> None:
    # counter-case: a settlement shelled is where the attack happens, not a party
    e = only(code_text("Rebel fighters shelled the town of Bunagana on Sunday.", published="2024-03-05"), "ASSAULT")
    assert e.recipient == []


def test_people_a_casualty_participle_counts_at_an_installation_are_acted_on() -> None:
    e = only(code_text("Rebels overran an army position near Walikale, killing nine Congolese soldiers.",
                       published="2024-03-05"), "ASSAULT")
    assert [a.text for a in e.recipient] == ["nine Congolese soldiers"]


def test_an_installation_hit_that_nothing_places_does_not_place_the_attack() -> None:
    # a state's drones hitting an unnamed refinery may well strike abroad: no domestic placement
    e = only(code_text("Russian drones struck an oil refinery overnight.", published="2024-03-05"), "ASSAULT")
    assert e.recipient and e.recipient[0].country is None
    assert e.location is None or e.location.country != "RUS"


def test_a_building_attacked_is_of_the_party_a_participle_says_owns_it() -> None:
    e = only(code_text("Unknown assailants set fire to a garment factory owned by Turkish investors on Sunday.",
                       published="2024-03-05"), "ASSAULT")
    assert countries(e.recipient) == {"TUR"}


def test_a_building_attacked_takes_no_country_from_those_who_built_it_without_one() -> None:
    # counter-case: builders named by a common noun alone lend no state
    e = only(code_text("Militants shelled a mosque built by local volunteers.", published="2024-03-05"), "ASSAULT")
    assert [a.country for a in e.recipient] == [None]


def test_a_pronoun_for_foreign_people_takes_no_country_of_the_place() -> None:
    text = "Beijing imposed entry bans on 12 Europeans on Friday, accusing them of spreading lies."
    e = only(code_text(text), "ACCUSE")
    assert [(a.text, a.country) for a in e.recipient] == [("them", None)]


def test_a_pronoun_for_people_of_no_foreign_word_keeps_the_country_lent() -> None:
    # counter-case: lawyers named without a foreign word are the country's own, and so is "them"
    text = "Beijing imposed entry bans on 12 lawyers on Friday, accusing them of spreading lies."
    e = only(code_text(text), "ACCUSE")
    assert countries(e.recipient) == {"CHN"}


def test_the_named_members_of_an_including_list_are_the_recipients() -> None:
    e = only(code_text("The agency shipped grain to countries including Malawi, Zambia and Mozambique."), "AID")
    assert countries(e.recipient) == {"MWI", "ZMB", "MOZ"}
    text = "The European Union sent medical teams to neighbouring states such as Moldova and Romania."
    e = only(code_text(text), "AID")
    assert countries(e.recipient) == {"MDA", "ROU"}


def test_an_including_list_of_unnamed_parties_leaves_the_party_whole() -> None:
    e = only(code_text("Washington imposed sanctions on five firms, including two Chinese companies."), "SANCTION")
    assert [a.text for a in e.recipient] == ["five firms"]


def test_a_party_found_to_the_left_brings_the_parties_coordinated_with_it() -> None:
    e = only(code_text("Japan and South Korea issued a joint statement pledging closer ties."), "AGREE")
    assert countries(e.actor) == {"JPN", "KOR"}
    text = "Egypt and Sudan issued a statement calling on Ethiopia to halt the filling of the dam."
    e = only(code_text(text), "REQUEST")
    assert countries(e.actor) == {"EGY", "SDN"} and countries(e.recipient) == {"ETH"}


def test_a_party_found_to_the_left_alone_stays_alone() -> None:
    text = "Egypt issued a statement calling on Ethiopia and Sudan to resume the talks."
    e = only(code_text(text), "REQUEST")
    assert countries(e.actor) == {"EGY"} and countries(e.recipient) == {"ETH", "SDN"}


def test_the_threateners_own_men_are_not_threatened() -> None:
    # "his men" is the warner's side: whom they would fight is the party threatened
    text = "A gang leader warned that his men would fight any foreign troops sent to the capital."
    e = only(code_text(text, published="2024-03-05"), "THREATEN")
    assert [a.text for a in e.recipient] == ["any foreign troops"]


def test_a_possessed_subject_with_a_country_of_its_own_is_threatened() -> None:
    # counter-case: "its" stands for a party other than the warner, named with its own country
    text = "Israel warned Hezbollah on Sunday that Lebanon's army would pay for any new rocket fire."
    e = only(code_text(text, published="2024-03-05"), "THREATEN")
    assert "LBN" in countries(e.recipient)


def test_a_condition_whose_subject_is_the_threatener_names_no_recipient() -> None:
    # "it" taken for Russia: the threat's own words name whom it is aimed at
    text = "Russia threatened to cut gas supplies to Moldova unless it paid its debts."
    e = only(code_text(text, published="2024-03-05"), "THREATEN")
    assert countries(e.recipient) == {"MDA"}


def test_a_condition_on_another_body_of_the_same_state_names_it() -> None:
    # counter-case: a union's own state's ministry is no one of the union's actors
    text = "The teachers' union threatened to strike unless Morocco's education ministry raised pay."
    e = only(code_text(text, published="2024-03-05"), "THREATEN")
    assert [(a.country, a.sector) for a in e.recipient] == [("MAR", "GOV")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Several hundred Moldovans rallied outside the Russian embassy in Chisinau on Sunday.", "RUS"),
        ("Exiled activists demonstrated in front of the Iranian consulate in Hamburg.", "IRN"),
        ("A small crowd of Armenians held a vigil outside the Turkish embassy in Athens.", "TUR"),
        ("Fishermen marched to the Chinese embassy in Manila on Friday.", "CHN"),
    ],
)
def test_a_protest_at_a_foreign_embassy_is_aimed_at_its_state(text: str, country: str) -> None:
    e = only(code_text(text), "PROTEST")
    assert countries(e.recipient) == {country}


def test_a_protest_at_other_premises_has_no_recipient_there() -> None:
    e = only(code_text("Dozens of farmers rallied outside the regional court in Vasko on Monday."), "PROTEST")
    assert e.recipient == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The United Nations called for Bangladesh to hold a transparent inquiry into the deaths.", "BGD"),
        ("The U.N. rights chief called for Myanmar's military to halt air strikes on villages.", "MMR"),
        ("The foreign secretary called on Friday for Iran to free the jailed aid worker.", "IRN"),
    ],
)
def test_the_subject_of_a_clause_called_for_is_asked(text: str, country: str) -> None:
    e = only(code_text(text, published="2024-03-05"), "REQUEST")
    assert countries(e.recipient) == {country}


def test_a_thing_called_for_names_no_party_asked() -> None:
    # counter-case: "for" with a noun and no clause of its own
    e = only(code_text("The bishops called for calm after the disputed vote.", published="2024-03-05"), "REQUEST")
    assert e.recipient == []


def test_an_act_answered_takes_no_actor_from_the_party_answering_it() -> None:
    # who answers an attack did not carry it out; the text names no doer of it
    text = "Ankara said its jets had hit militant targets in response to a bomb attack in Izmir."
    e = only(code_text(text), "ASSAULT")
    assert e.trigger.text == "attack" and e.actor == []


def test_an_act_after_a_cause_word_other_than_an_answer_keeps_its_doer() -> None:
    # "in a campaign against": no answer, and the subject is the attack's doer
    e = only(code_text("Nigerian troops launched an offensive against the insurgents in Borno state."), "ASSAULT")
    assert countries(e.actor) == {"NGA"}


def test_a_munition_that_strikes_is_no_actor() -> None:
    # the missile is what was fired; the text names no one who fired it
    e = only(code_text("A missile struck a grain warehouse near the port on Tuesday, the governor said."), "ASSAULT")
    assert e.actor == []


def test_the_party_that_fires_a_munition_stays_the_actor() -> None:
    e = only(code_text("Insurgents fired a missile at an army base near the port on Tuesday."), "ASSAULT")
    assert [a.sector for a in e.actor] == ["REB"]
