"""Where an event happened (eventwire.coding.location), on sentences written for the test."""

from __future__ import annotations

from eventwire import code_text
from tests.event_helpers import countries, only


def _place(text: str, category: str, published: str = "2022-03-01") -> tuple[str | None, str | None]:
    e = only(code_text(text, published=published), category)
    return (e.location.name, e.location.country) if e.location else (None, None)


def test_the_place_of_the_event_clause_wins() -> None:
    assert _place("Rebels shelled a market near Kismayo on Sunday, officials said.", "ASSAULT")[1] == "SOM"


def test_the_place_of_a_governing_reporting_clause_holds_for_what_is_reported() -> None:
    text = "In Mosul, residents said the militants had burned two houses."
    assert _place(text, "ASSAULT")[1] == "IRQ"


def test_a_domestic_act_happens_in_the_actors_country() -> None:
    assert _place("Kenyan police arrested 40 students on Monday.", "COERCE")[1] == "KEN"


def test_a_material_act_between_two_states_with_no_place_is_not_placed_in_either() -> None:
    assert _place("Japan shelled a Chinese fishing boat and its crew.", "ASSAULT") == (None, None)


def test_a_statement_with_no_place_is_made_at_the_speakers_home() -> None:
    # "Japan urged China...": the demand was made in Japan, not where the reporter files from
    assert _place("Japan urged China to release the detained businessman.", "REQUEST")[1] == "JPN"
    text = "Talks stall\n\nNAIROBI, May 3 (Wire) - Japan urged China to release the detained businessman.\n"
    assert _place(text, "REQUEST")[1] == "JPN"
    # an international body speaks wherever it is: the dateline says where
    text = "Talks stall\n\nNAIROBI, May 3 (Wire) - The United Nations urged China to release the businessman.\n"
    assert _place(text, "REQUEST")[1] == "KEN"


def test_the_dateline_is_the_last_resort() -> None:
    text = "Talks stall\n\nNAIROBI, May 3 (Wire) - Japan shelled a Chinese fishing boat and its crew.\n"
    assert _place(text, "ASSAULT")[1] == "KEN"


def test_the_most_mentioned_country_is_never_an_events_place() -> None:
    text = (
        "Syria war drags on\n\n"
        "Syria, Syria and Syria were named in the report. "
        "Japan shelled a Chinese fishing boat and its crew.\n"
    )
    assert _place(text, "ASSAULT") == (None, None)


def test_a_place_is_never_a_party() -> None:
    e = only(code_text("Fighters attacked the town of Bunia on Wednesday.", published="2021-03-26"), "ASSAULT")
    assert all(a.text != "Bunia" for a in e.actor + e.recipient)
    assert e.location is not None and e.location.country == "COD"


def test_a_capital_as_metonym_is_a_party() -> None:
    e = only(code_text("Beijing condemned the arms sale to Taiwan."), "ACCUSE")
    assert (e.actor[0].country, e.actor[0].sector) == ("CHN", "GOV")


def test_a_place_acted_on_is_where_the_event_happens() -> None:
    assert _place("Insurgents shelled Maiduguri on Wednesday.", "ASSAULT")[1] == "NGA"


def test_a_place_inside_the_actors_phrase_is_where_it_acts_and_a_crackdowns_target_is_local() -> None:
    e = only(code_text("Police in Ankara arrested 30 protesters on Monday.", published="2018-02-05"), "COERCE")
    assert e.location is not None and e.location.country == "TUR"
    assert countries(e.recipient) == {"TUR"}


def test_the_date_of_another_clause_is_never_the_events() -> None:
    text = "Government troops shelled the town, which the rebels had seized in November."
    e = only(code_text(text, published="2018-03-06"), "ASSAULT")
    assert e.date == "2018-03-06"  # "in November" dates the seizure, in a relative clause


def test_an_undated_headline_takes_the_leads_day() -> None:
    text = "Rebels shell market in Gao\n\nGAO, Mali, June 7 (Wire) - Rebels shelled a market in Gao on Sunday.\n"
    evs = code_text(text, published="2022-06-07")
    assert all(e.date == "2022-06-05" for e in evs if e.event_type == "ASSAULT")


def test_a_when_clause_is_the_same_scene() -> None:
    text = "At least 20 people were killed when gunmen stormed a hotel in Mogadishu on Sunday."
    e = only(code_text(text, published="2019-03-12"), "ASSAULT")
    assert e.date == "2019-03-10" and e.location is not None and e.location.country == "SOM"


def test_a_small_namesake_town_of_a_country_the_article_never_names_places_nothing() -> None:
    # the gazetteer holds only Palma de Mallorca; the article is about Mozambique
    text = (
        "Mozambique's army said on Thursday that insurgents had attacked the town of Palma on Wednesday.\n\n"
        "Mozambican officials said the attackers burned the market in Palma."
    )
    evs = [e for e in code_text(text, published="2021-03-26") if e.event_type == "ASSAULT"]
    assert evs and all(e.location is None or e.location.country != "ESP" for e in evs)


def test_a_town_of_a_country_the_article_names_keeps_its_place() -> None:
    text = "Malian soldiers said gunmen attacked a convoy in the town of Mopti on Tuesday."
    e = only(code_text(text, published="2022-02-01"), "ASSAULT")
    assert e.location is not None and e.location.country == "MLI" and e.location.precision == "city"


def test_a_large_city_keeps_its_place_wherever_it_is() -> None:
    e = only(code_text("Police in Istanbul detained twelve protesters on Sunday.", published="2022-02-01"), "COERCE")
    assert e.location is not None and e.location.country == "TUR"


def test_a_town_just_across_the_border_of_a_country_the_article_names_keeps_its_place() -> None:
    e = only(code_text("Turkish warplanes struck a village near Afrin on Thursday.", published="2019-10-15"), "ASSAULT")
    assert e.location is not None and e.location.country == "SYR"


def test_sanctions_and_a_states_arrests_happen_at_the_actors_home() -> None:
    assert _place("Turkey imposed tariffs on Greek cotton.", "SANCTION")[1] == "TUR"
    assert _place("Iranian police detained two British tourists on Friday.", "COERCE")[1] == "IRN"


def test_a_diplomat_speaks_from_the_country_of_the_post_not_from_home() -> None:
    text = "Talks stall\n\nNAIROBI, May 3 (Wire) - The Japanese ambassador urged China to release the businessman.\n"
    assert _place(text, "REQUEST")[1] == "KEN"  # the dateline: where the ambassador is posted


def test_the_dateline_outweighs_a_foreign_country_named_a_few_times() -> None:
    text = (
        "KAMPALA, March 3 (Wire) - Police detained two local assistants of a French journalist on Tuesday. "
        "France protested, French diplomats asked for an explanation and the French embassy "
        "said France would raise the case in Paris."
    )
    e = only(code_text(text, published="2022-03-03"), "COERCE")
    assert [(a.text, a.country) for a in e.actor] == [("Police", "UGA")]
    assert e.location is not None and e.location.country == "UGA"


def test_the_town_named_by_a_definite_description_is_the_town_named_last() -> None:
    text = "Rebels entered Goma on Monday. Government troops shelled the city on Tuesday."
    e = only(code_text(text, published="2019-10-17"), "ASSAULT")
    assert e.location is not None and e.location.country == "COD" and e.location.name == "Goma"


def test_a_facility_named_by_a_definite_description_is_at_the_place_it_was_named_with() -> None:
    text = "Rebels seized the main airport in Goma on Monday. Government jets bombed the airport on Tuesday."
    e = next(e for e in code_text(text, published="2019-10-17") if e.trigger.text == "bombed")
    assert e.location is not None and e.location.name == "Goma" and e.location.text == "airport"
    text = "Fighting closed Kabul airport on Monday. Taliban fighters shelled the airport on Tuesday."
    e = next(e for e in code_text(text, published="2019-10-17") if e.trigger.text == "shelled")
    assert e.location is not None and e.location.country == "AFG"
    # a facility never named with a place before is no place
    text = "Rebels seized the main airport in Goma on Monday. Government jets bombed the bridge on Tuesday."
    e = next(e for e in code_text(text, published="2019-10-17") if e.trigger.text == "bombed")
    assert e.location is None or e.location.text != "bridge"


def test_a_qualified_town_is_no_description_of_the_town_named_before() -> None:
    text = "Rebels entered Goma on Monday. Government troops shelled the border town on Tuesday."
    e = only(code_text(text, published="2019-10-17"), "ASSAULT")
    assert e.location is None or e.location.name != "Goma" or e.location.text != "town"


def test_an_embassy_acting_on_its_own_nationals_is_no_domestic_act() -> None:
    # the embassy condemns from where it is posted (the dateline), not from home
    text = "Riots spread\n\nLUSAKA, May 3 (Wire) - The Indian embassy condemned the looting of Indian traders.\n"
    assert _place(text, "ACCUSE")[1] == "ZMB"
    # a ministry at home still acts at home
    text = "Riots spread\n\nLUSAKA, May 3 (Wire) - India's foreign ministry condemned the looting of Indian traders.\n"
    assert _place(text, "ACCUSE")[1] == "IND"


def test_the_end_of_another_words_way_is_not_the_events_place() -> None:
    # where the traveller was heading, or the visit was going, is not where the act happened
    assert _place("Ethiopian police arrested a journalist when she attempted to slip into Kenya.", "COERCE")[1] == "ETH"
    text = "Senegal condemned the raid ahead of a planned visit to Guinea by its foreign minister."
    assert _place(text, "ACCUSE")[1] == "SEN"
    # the end of the trigger's own way is its place
    assert _place("The Malian army sent 300 soldiers to Gao on Sunday.", "MOBILIZE") == ("Gao", "MLI")


def test_a_party_come_where_it_acts_acts_there_not_at_home() -> None:
    text = "Chile's foreign minister, who flew into Lima on Monday, signed the accord with his Peruvian counterpart."
    assert _place(text, "SUPPORT") == ("Lima", "PER")
    # come with no place named: where the story is filed
    dateline = "Summit opens\n\nADDIS ABABA, May 3 (Wire) - "
    text = dateline + "Kenyan President William Ruto, attending the summit, backed a plan to reform the council.\n"
    assert _place(text, "SUPPORT")[1] == "ETH"
    # the party of a reported statement came there
    text = dateline + "Chile's president, who also attended, said his government would not accept any interference.\n"
    assert _place(text, "REJECT")[1] == "ETH"


def test_coming_to_power_is_no_arrival() -> None:
    dateline = "Summit opens\n\nADDIS ABABA, May 3 (Wire) - "
    text = dateline + "Kenyan President William Ruto, who came to power in 2022, backed a plan to reform the council.\n"
    assert _place(text, "SUPPORT")[1] == "KEN"


def _places_of(text: str, category: str) -> list[str | None]:
    events = [e for e in code_text(text, published="2022-05-03") if e.event_type == category]
    return [e.location.country if e.location else None for e in events]


def test_a_visitor_the_article_shows_meeting_its_hosts_speaks_where_the_story_is_filed() -> None:
    lead = "Leaders meet\n\nLIMA, May 3 (Wire) - Chilean President Gabriel Boric met Peruvian President Dina Boluarte"
    text = f"{lead} in Lima on Tuesday. Boric urged Bolivia to reopen its border crossings.\n"
    assert _places_of(text, "REQUEST") == ["PER"]
    # a meeting elsewhere than the dateline's country makes no visitor there: the speaker is at home
    lead = "Leaders meet\n\nLIMA, May 3 (Wire) - Chilean President Gabriel Boric met Argentina's president"
    text = f"{lead} in Buenos Aires on Tuesday. Boric urged Bolivia to reopen its border crossings.\n"
    assert _places_of(text, "REQUEST") == ["CHL"]


def test_a_states_release_of_captives_happens_at_its_home() -> None:
    text = "Talks stall\n\nNAIROBI, May 3 (Wire) - Egypt freed two Sudanese fishermen on Monday.\n"
    assert _place(text, "RETREAT")[1] == "EGY"
    # rebels freeing captives may be anywhere: the dateline says where
    text = "Talks stall\n\nNAIROBI, May 3 (Wire) - Somali rebels freed two Kenyan aid workers on Monday.\n"
    assert _place(text, "RETREAT")[1] == "KEN"


def test_a_while_clause_of_another_party_in_the_past_keeps_its_day_to_itself() -> None:
    # "while" sets the rebels' rejection beside the minister's praise: not one scene
    text = "The minister praised the deal, while the rebels rejected it on Monday."
    events = {e.event_type: e.date for e in code_text(text, published="2022-05-11")}
    assert events["SUPPORT"] == "2022-05-11"
    assert events["REJECT"] == "2022-05-09"


def test_a_while_clause_of_the_same_people_is_one_scene() -> None:
    text = "Two soldiers were wounded while they patrolled the border on Monday."
    e = only(code_text(text, published="2022-05-11"), "ASSAULT")
    assert e.date == "2022-05-09"


def test_a_coordinated_clause_that_borrows_its_heads_auxiliary_shares_its_day() -> None:
    # "and their chief [was] beaten": one telling, the raid's Friday holds for both acts
    text = "Four villagers were abducted and their chief beaten in the raid near Zamfara on Friday."
    assert {e.trigger.text: e.date for e in code_text(text, published="2022-05-11")}["abducted"] == "2022-05-06"


def test_a_coordinated_clause_with_an_auxiliary_of_its_own_keeps_its_day() -> None:
    text = "Four villagers were abducted near Zamfara, and their chief was beaten on Friday."
    assert {e.trigger.text: e.date for e in code_text(text, published="2022-05-11")}["abducted"] == "2022-05-11"


_FILED_FROM_NAIROBI = (
    "Somalia unrest\n\n"
    "NAIROBI, May 3 (Wire) - Somalia's parliament met in Mogadishu on Tuesday as fighting spread in Somalia. "
    "Lawmakers in Mogadishu said Somalia needed help, and officials in Baidoa and Kismayo agreed. "
    "Militants stormed a hotel on Tuesday night, police said. "
    "The United Nations urged calm.\n"
)


def test_an_attack_no_clause_places_happened_where_the_news_is_not_where_it_was_filed() -> None:
    # the story is about Somalia, filed from a Kenyan city: the attack is Somalia's
    assert _place(_FILED_FROM_NAIROBI, "ASSAULT", "2022-05-03")[1] == "SOM"


def test_a_statement_in_a_story_filed_from_abroad_stays_where_it_was_filed() -> None:
    # an international body speaks wherever it is: the dateline still says where
    assert _place(_FILED_FROM_NAIROBI, "REQUEST", "2022-05-03")[1] == "KEN"


def test_a_body_that_sits_in_one_place_acts_at_its_seat_whatever_the_dateline() -> None:
    text = (
        "Council acts on Chad\n\nNDJAMENA, June 4 (Wire) - Late on Thursday, UN Security Council members renewed "
        "sanctions on three Chadian rebel commanders.\n"
    )
    assert _place(text, "SANCTION") == ("New York City", "USA")
    # the place its own clause names still wins
    text = "At a session in Geneva, the UN Security Council sanctioned two commanders."
    assert _place(text, "SANCTION")[1] == "CHE"


def test_a_body_without_a_seat_of_its_own_speaks_where_the_dateline_says() -> None:
    text = "Council acts on Chad\n\nNDJAMENA, June 4 (Wire) - The African Union urged the rebels to lay down arms.\n"
    assert _place(text, "REQUEST")[1] == "TCD"


def test_the_place_of_an_inquirys_or_a_reports_matter_is_not_the_acts() -> None:
    # the war and the abuses are in Sudan and in Yemen; the falsehoods and the inquiry are not
    text = "Canada fined three bloggers on Monday, accusing them of spreading falsehoods about the war in Sudan."
    assert _place(text, "ACCUSE")[1] == "CAN"
    assert _place("Dutch prosecutors have opened an inquiry into alleged abuses in Yemen.", "ACCUSE")[1] == "NLD"
    # a place of the act itself still holds
    text = "Norway accused two bloggers in Oslo of spreading falsehoods about the fighting in Darfur."
    assert _place(text, "ACCUSE") == ("Oslo", "NOR")


def test_a_party_meeting_hosts_where_the_story_is_filed_speaks_there() -> None:
    # the minister came to the families: her demand is made there, not at home
    dateline = "Envoy tours camps\n\nTAPACHULA, Mexico, May 3 (Wire) - "
    urged = " She urged Guatemala to reopen the road.\n"
    text = dateline + "Canadian Foreign Minister Melanie Joly met displaced families on Monday." + urged
    e = only(code_text(text, published="2023-05-03"), "REQUEST")
    assert e.location is not None and e.location.country == "MEX"
    # hosts of another country say nothing of where the story is filed from
    text = dateline + "Canadian Foreign Minister Melanie Joly met Japanese officials on Monday." + urged
    e = only(code_text(text, published="2023-05-03"), "REQUEST")
    assert e.location is not None and e.location.country == "CAN"


def test_a_place_in_the_reporting_speakers_phrase_is_where_the_speaker_is() -> None:
    # investigators in London report what happened elsewhere: London is no place of the killings
    text = "Investigators at the tribunal in London said on Monday that Sudanese soldiers had killed dozens of farmers."
    assert _place(text, "ASSAULT")[1] != "GBR"


def test_a_place_in_the_reporting_clause_itself_still_holds_for_what_is_reported() -> None:
    text = "At a news conference in Mosul, the governor said militants had burned two houses."
    assert _place(text, "ASSAULT")[1] == "IRQ"


def test_a_gerund_saying_what_an_accusation_is_about_keeps_its_place_to_itself() -> None:
    text = "Pakistan's foreign ministry accused Indian troops of shelling homes in Srinagar on Monday."
    assert _place(text, "ACCUSE")[1] == "PAK"


def test_a_gerund_of_the_means_places_the_act_itself() -> None:
    text = "Dockworkers protested against the new port tax by blocking the harbour gates in Mombasa on Monday."
    assert _place(text, "PROTEST")[1] == "KEN"


_FILED_FROM_THE_UN = (
    "Envoys clash over Chad\n\nUNITED NATIONS, June 4 (Wire) - Rebels in eastern Chad burned a granary on Tuesday.\n\n"
    "The Danish ambassador accused all sides of starving villagers.\n"
)


def test_a_dateline_naming_an_organisation_is_filed_from_its_seat() -> None:
    # the envoy speaks where the story is filed, the organisation's seat
    assert _place(_FILED_FROM_THE_UN, "ACCUSE", "2022-06-04")[1] == "USA"


def test_a_story_filed_from_an_organisations_seat_is_not_about_the_seats_country() -> None:
    # the sides the envoy accuses are of the country the story is about, not of the seat
    e = only(code_text(_FILED_FROM_THE_UN, published="2022-06-04"), "ACCUSE")
    assert [a.country for a in e.recipient] == ["TCD"]
    assert _place(_FILED_FROM_THE_UN, "ASSAULT", "2022-06-04")[1] == "TCD"


def test_a_statement_made_during_talks_abroad_is_placed_at_the_talks() -> None:
    text = (
        "The Chilean minister said on Monday he had demanded the release of two sailors held in Lima "
        "during talks with his counterpart in the Peruvian capital on Sunday."
    )
    assert _place(text, "REQUEST")[1] == "PER"


def test_a_place_of_what_a_statement_is_about_is_not_its_occasion() -> None:
    # the sailors are held in Lima; the minister speaks at home
    text = "The Chilean minister said on Monday he had demanded the release of two sailors held in Lima."
    assert _place(text, "REQUEST")[1] == "CHL"


def test_what_the_party_acted_on_did_takes_the_day_of_the_act_on_it() -> None:
    text = "Border guards in Tanzania fired rubber bullets on Monday at traders who hurled rocks at a customs post."
    dates = {e.trigger.text: e.date for e in code_text(text, published="2021-05-07")}
    assert dates["hurled"] == "2021-05-03"


def test_what_a_party_did_apart_from_the_act_keeps_no_day_of_its_noun() -> None:
    text = "The Zambian minister, who signed the water accord, spoke to reporters in Lusaka on Monday."
    dates = {e.trigger.text: e.date for e in code_text(text, published="2021-05-07")}
    assert dates["signed"] == "2021-05-07"


def test_an_act_told_after_another_is_not_placed_where_that_one_was() -> None:
    text = "Regional ministers met in Nairobi on Monday after Somali troops blocked food convoys."
    assert _place(text, "COERCE")[1] != "KEN"
    assert _place(text, "CONSULT")[1] == "KEN"


def test_an_act_told_after_another_keeps_a_place_of_its_own() -> None:
    text = "Regional ministers met in Nairobi on Monday after Somali troops blocked food convoys near Baidoa."
    assert _place(text, "COERCE")[1] == "SOM"


def test_event_location_reuses_a_clause_place_found_for_the_same_parties() -> None:
    """A caller that found the clause's place for the parties' spans hands it over; with other
    spans the place is looked for again."""
    from eventwire.coding.location import clause_place, event_location
    from eventwire.coding.pipeline import parse
    from eventwire.knowledge.gazetteer import Gazetteer
    from eventwire.record import Actor, Place

    doc = parse("Herders blocked the main road out of Kisumu for three hours.")
    trigger = doc[1]
    herders = Actor(text="Herders", start=0, end=7)
    found = Place(name="Somewhere", country="KEN", lat=None, lon=None, precision="city")
    gaz = Gazetteer.default()
    kept = event_location(
        trigger, places=[], actors=[herders], recipients=[], dateline=None, gazetteer=gaz, clause=([(0, 7)], found)
    )
    assert kept == (found, "clause")
    assert clause_place(trigger, [], [(0, 7)]) is None
    other = event_location(
        trigger, places=[], actors=[herders], recipients=[], dateline=None, gazetteer=gaz, clause=([(0, 3)], found)
    )
    assert other[1] != "clause"  # the spans differ: the handed place is not taken


def test_a_body_that_sits_in_one_place_acts_there_on_a_thing_that_is_elsewhere() -> None:
    # the council votes at its seat; the mission it ends is in Chad
    text = "Vote\n\nJUBA, May 3 (Wire) - The Security Council of the U.N. voted on Friday to end its mission in Chad.\n"
    assert _place(text, "SANCTION")[1] == "USA"
    # a place on the verb itself still says where the body met
    text = "The U.N. Security Council met in Nairobi on Friday and imposed sanctions on the rebels."
    assert _place(text, "SANCTION")[1] == "KEN"


def test_displaced_people_speak_where_they_are_not_in_the_country_they_are_of() -> None:
    # the refugees are of Myanmar; their statement is made at the dateline, not in Myanmar
    text = "Camp unrest\n\nDHAKA, May 3 (Wire) - Rohingya refugees rejected a Myanmar offer to take them back.\n"
    assert _place(text, "REJECT")[1] == "BGD"
    # a people at home still speaks at home
    text = "Talks stall\n\nNAIROBI, May 3 (Wire) - Syrian officials rejected a Turkish offer on Monday.\n"
    assert _place(text, "REJECT")[1] == "SYR"


def test_a_place_a_party_comes_from_is_not_where_the_event_happens() -> None:
    # a clause of leaving on the recipient tells where the migrants came from, not where police held them
    assert _place("Greek police arrested migrants fleeing the war in Syria.", "COERCE")[1] == "GRC"
    # a "from" phrase on the actor says where the militants come from, not where they struck
    assert _place("Militants from Yemen attacked a Saudi border post on Monday.", "ASSAULT")[1] != "YEM"


def test_a_place_on_the_act_itself_still_places_it_beside_a_partys_origin() -> None:
    # counter-cases: the locative is on the verb, or the place is what the act is done to
    assert _place("Asylum seekers from Aleppo were detained in Nicosia.", "COERCE")[1] == "CYP"
    assert _place("Greek police arrested migrants from Syria in Athens.", "COERCE")[1] == "GRC"
    assert _place("Syrian troops shelled the town of Idlib.", "ASSAULT")[1] == "SYR"
    assert _place("Clashes in Syria killed ten people.", "ASSAULT")[1] == "SYR"


def test_a_meeting_is_not_placed_where_the_people_met_come_from() -> None:
    # the refugees' origin does not say where the minister met them
    assert _place("The German minister met families fleeing the war in Sudan.", "CONSULT")[1] != "SDN"
    # counter-case: a place on the host of a meeting still says where it was held
    assert _place("The German minister met refugees in Beirut.", "CONSULT")[1] == "LBN"


def test_a_from_phrase_on_an_act_noun_is_the_acts_way_not_a_partys_origin() -> None:
    # "withdrawal from Syria" says which way the act goes, not where a party comes from: Syria is
    # not passed over for the country the recipient phrase also names
    assert _place("Militia leaders urged a complete US withdrawal from Syria.", "REQUEST")[1] == "SYR"


def test_a_named_place_an_attack_is_done_to_is_where_it_happens() -> None:
    # a town the tagger does not take for a place, as what shelling, bombing or a strike lands on
    assert _place("Syrian forces shelled Idlib on Tuesday.", "ASSAULT")[1] == "SYR"
    assert _place("Russian jets bombed Aleppo overnight.", "ASSAULT")[1] == "SYR"
    # the place struck places the deaths of the strike's participle too
    assert _place("Russian missiles hit Kharkiv on Monday, killing three people.", "ASSAULT")[1] == "UKR"
    # a place that also stands for a party is still where the strike landed
    assert _place("Israeli aircraft struck Gaza City on Sunday.", "ASSAULT")[1] == "PSE"


def test_a_place_an_accusation_names_is_not_where_an_attack_lands() -> None:
    # counter-case: the object of a verb of speech is a party, and the act stays at the speaker's home
    assert _place("Russia accused Ukraine of shelling civilians.", "ACCUSE")[1] == "RUS"


def test_the_place_a_nominal_attack_is_aimed_at_is_where_it_happens() -> None:
    assert _place("A Russian drone attack on Odesa killed two people.", "ASSAULT")[1] == "UKR"


def test_the_place_an_inquiry_is_on_is_not_where_it_happens() -> None:
    # counter-case: "on" after a noun that is no attack names no place struck
    assert _place("Kenyan police arrested 30 students after a report on Odesa.", "COERCE")[1] == "KEN"


def test_origin_phrases_of_no_party_are_none_and_a_from_phrase_on_a_party_is_one() -> None:
    """A "from" phrase on a party's noun says where the party comes from; with no party spans
    no phrase is read at all."""
    from eventwire.coding.location import origin_phrases
    from eventwire.coding.pipeline import parse

    doc = parse("Border guards turned back traders from Olvana at the crossing on Tuesday.")
    trigger = next(t for t in doc if t.lemma_ == "turn")
    traders = next(t for t in doc if t.text == "traders")
    assert origin_phrases(trigger, []) == set()
    span = (traders.idx, traders.idx + len(traders.text))
    found = origin_phrases(trigger, [span])
    assert {doc[i].text for i in found} >= {"from", "Olvana"}


def test_a_clause_with_no_candidate_place_has_no_place_and_a_locative_one_has() -> None:
    """With no place in a locative phrase or acted on, no clause place; a place in the
    trigger's own locative phrase is the clause's."""
    from eventwire.coding.location import clause_place
    from eventwire.coding.pipeline import parse
    from eventwire.record import Place

    doc = parse("Farmers blocked a highway in Tarnovo on Monday.")
    trigger = doc[1]
    town = Place(name="Tarnovo", country="BGR", lat=None, lon=None, precision="city", text="Tarnovo",
                 start=doc[5].idx, end=doc[5].idx + 7)  # fmt: skip
    assert clause_place(trigger, [(town, False, 5)], [(0, 7)]) is None  # not locative, not acted on
    assert clause_place(trigger, [(town, True, 5)], [(0, 7)]) == town


def test_an_attack_on_a_named_sea_is_not_placed_at_the_attackers_home() -> None:
    text = "Houthi fighters fired a missile at a cargo vessel in the Red Sea on Thursday."
    e = only(code_text(text, published="2024-01-20"), "ASSAULT")
    assert e.location is None
    assert countries(e.recipient) == {None}


def test_a_sea_word_that_names_no_waterway_leaves_the_domestic_place() -> None:
    text = "Kenyan police shot two smugglers in the boat on Thursday."
    assert _place(text, "ASSAULT")[1] == "KEN"


def test_the_sides_of_talks_between_them_filed_from_a_third_country_speak_there() -> None:
    lead = "Border talks stall\n\nGENEVA, May 3 (Wire) - Talks between Chilean President Gabriel Boric and Peruvian"
    text = (
        f"{lead} President Dina Boluarte ended on Tuesday without a deal.\nBoric urged Bolivia to reopen its border.\n"
    )
    assert _places_of(text, "REQUEST") == ["CHE"]
    # the sides' statement placed by its own clause stays there
    later = "In Santiago on Wednesday, Boric urged Bolivia to reopen its border.\n"
    assert _places_of(text.replace("Boric urged Bolivia to reopen its border.\n", later), "REQUEST") == ["CHL"]
    # talks the sentence places in another country make no visitors where the story is filed
    text = text.replace("ended on Tuesday", "in Buenos Aires ended on Tuesday")
    assert _places_of(text, "REQUEST") == ["CHL"]
    # a story filed from abroad about a party at home keeps the speaker at home
    plain = "Border row\n\nGENEVA, May 3 (Wire) - Chilean President Gabriel Boric urged Bolivia to reopen its border.\n"
    assert _places_of(plain, "REQUEST") == ["CHL"]


def test_a_guest_hosted_where_the_story_is_filed_speaks_there() -> None:
    lead = "Bloc hosts leader\n\nBRUSSELS, May 3 (Wire) - The European Union's Borrell hosted Chilean President"
    text = f"{lead} Gabriel Boric for two hours on Tuesday.\nBoric urged Bolivia to reopen its border.\n"
    assert _places_of(text, "REQUEST") == ["BEL"]
    # a host of another country than the dateline's receives the guest at home, not where the story is filed
    lead = "Leaders meet\n\nBRUSSELS, May 3 (Wire) - Peruvian President Dina Boluarte hosted Chilean President"
    text = f"{lead} Gabriel Boric in Lima on Tuesday.\nBoric urged Bolivia to reopen its border.\n"
    assert _places_of(text, "REQUEST") == ["CHL"]


def test_a_force_striking_people_of_no_country_of_their_own_is_not_placed_at_home() -> None:
    # the fighters have no country of their own: the troops may well be across the border
    assert _place("Ghanaian troops killed nine fighters in a dawn raid on Sunday.", "ASSAULT") == (None, None)


def test_a_force_striking_its_own_countrys_people_stays_at_home() -> None:
    assert _place("Ghanaian troops killed nine Ghanaian fighters in a dawn raid on Sunday.", "ASSAULT")[1] == "GHA"
