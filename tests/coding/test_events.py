"""Event phenomena on small sentences written for these tests (one phenomenon each)."""

from __future__ import annotations

import pytest
from event_helpers import countries, only

from eventwire import analyze_text, code_text

pytestmark = pytest.mark.slow


def test_threat_to_attack_is_threaten_never_assault() -> None:
    evs = code_text("Iran threatened to attack Saudi oil facilities.")
    e = only(evs, "THREATEN")
    assert e.mode == "violence"
    assert countries(e.actor) == {"IRN"} and "SAU" in countries(e.recipient)
    assert all(x.event_type != "ASSAULT" for x in evs)


def test_nominal_threat_with_complement() -> None:
    evs = code_text("Hamas, the Palestinian militant group, repeated threats to fire rockets at Israel.")
    e = only(evs, "THREATEN")
    assert e.actor and e.actor[0].kb_id is not None
    assert "ISR" in countries(e.recipient)
    assert all(x.event_type != "ASSAULT" for x in evs)


def test_object_control_request() -> None:
    evs = code_text("The United Nations urged Israel to withdraw its troops from Gaza.")
    e = only(evs, "REQUEST")
    assert e.mode == "yield"
    assert e.actor[0].sector == "IGO" and countries(e.recipient) == {"ISR"}
    assert all(x.event_type != "RETREAT" for x in evs)


def test_passive_agent_is_the_actor() -> None:
    e = only(code_text("Three journalists were arrested by Turkish police in Istanbul."), "COERCE")
    assert e.mode == "arrest"
    assert (e.actor[0].country, e.actor[0].sector) == ("TUR", "COP")
    assert e.location is not None and e.location.name == "Istanbul"


def test_negated_event_is_kept_but_not_output() -> None:
    text = "Russia did not attack Ukrainian positions overnight."
    assert [e for e in code_text(text) if e.event_type == "ASSAULT"] == []
    e = only(code_text(text, include_negated=True), "ASSAULT")
    assert e.aux.negated


def test_future_aid_is_agree() -> None:
    e = only(code_text("Japan will provide emergency aid to the Philippines."), "AGREE")
    assert countries(e.actor) == {"JPN"} and countries(e.recipient) == {"PHL"}
    assert e.aux.factual  # the promise is made: AGREE is a fact, not a future act


def test_coordinated_actors() -> None:
    e = only(code_text("France and Germany condemned the bombing of the hospital."), "ACCUSE")
    assert countries(e.actor) == {"FRA", "DEU"}


def test_air_strikes_are_aerial_assault() -> None:
    e = only(code_text("Israeli air strikes on Gaza killed ten people on Tuesday."), "ASSAULT")
    assert e.mode == "aerial" and e.trigger.text == "air strikes"
    assert countries(e.actor) == {"ISR"}


def test_reported_speech_keeps_the_reporter() -> None:
    e = only(code_text("A Kenyan police spokesman said that students blocked the main highway in Nairobi."), "PROTEST")
    assert e.reported_by is not None and e.reported_by.country == "KEN"
    assert e.location is not None and e.location.country == "KEN"


def test_conditional_is_hypothetical() -> None:
    evs = code_text("If Pakistan attacks the border posts, it will be a disaster.", include_nonfactual=True)
    e = only(evs, "ASSAULT")
    assert e.aux.hypothetical
    assert not [
        e
        for e in code_text("If Pakistan attacks the border posts, it will be a disaster.")
        if e.event_type == "ASSAULT"
    ]


def test_capital_as_metonym() -> None:
    e = only(code_text("Moscow condemned the new sanctions imposed by Washington."), "ACCUSE")
    assert (e.actor[0].country, e.actor[0].sector) == ("RUS", "GOV")


def test_conditional_retaliation_is_a_threat() -> None:
    evs = code_text("If Pakistan attacks the border posts, India will retaliate.")
    e = only(evs, "THREATEN")
    assert e.mode == "violence" and countries(e.actor) == {"IND"}


def test_same_text_same_ids() -> None:
    text = "Egypt hosted talks between Israel and Hamas in Cairo."
    a = [e.id for e in code_text(text)]
    b = [e.id for e in code_text(text)]
    assert a and a == b


def test_analysis_keeps_quotes_and_mentions() -> None:
    an = analyze_text('"We will defend our land by force," the militia\'s commander, Ali Hassan, told reporters.')
    assert an.quotes and an.quotes[0].speaker is not None
    assert an.quotes[0].speaker.person == "Ali Hassan"


# ---------------------------------------------------------------- one test per fixed phenomenon


def test_headline_restated_by_the_body_is_coded_once() -> None:
    text = (
        "Militia attacks convoy near Goma\n\nMilitia fighters attacked an aid convoy near Goma on Friday, "
        "the UN said.\n"
    )
    evs = [e for e in code_text(text, published="2023-05-08") if e.event_type == "ASSAULT"]
    assert len(evs) == 1 and evs[0].date == "2023-05-05"


def test_place_missed_by_the_tagger_is_found_in_a_place_phrase() -> None:
    an = analyze_text("Rebels shelled an army post near the Syrian town of Saraqib on Sunday.")
    assert any(p.country == "SYR" and p.text == "Saraqib" for p in an.places)


def test_quote_speaker_when_the_parser_misses_the_subject() -> None:
    an = analyze_text('"We will protect the dam," the army\'s chief of staff, Gen Omar Bashir Ali, said on Monday.')
    sp = an.quotes[0].speaker
    assert sp is not None and sp.person == "Omar Bashir Ali" and "army" in sp.text


def test_event_in_a_time_or_cause_phrase_is_background() -> None:
    evs = code_text("Jordan closed its border with Syria after clashes between the army and smugglers.")
    assert {e.event_type for e in evs} == {"COERCE"}


def test_complement_of_a_rejection_is_absorbed() -> None:
    evs = code_text("Cairo rejected a call by the rebels for talks with the government.")
    assert {e.event_type for e in evs} == {"REJECT"}


def test_announced_sanction_is_a_threat() -> None:
    e = only(code_text("Canada said it will impose sanctions on Venezuela."), "THREATEN")
    assert e.mode == "restrict" and "VEN" in countries(e.recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Norway said on Friday it would suspend its aid to the ministry.",
        "The bloc said it would freeze the assets of four generals.",
    ],
)
def test_a_sanction_reported_as_decided_is_a_future_sanction_not_a_threat(text: str) -> None:
    evs = code_text(text, include_nonfactual=True)
    assert [e.event_type for e in evs] == ["SANCTION"] and evs[0].aux.future
    assert code_text(text) == []  # announced, not yet taken


def test_a_sanction_made_to_depend_on_the_other_side_stays_a_threat() -> None:
    evs = code_text("Spain said it would impose tariffs on imports from Morocco if talks failed.")
    assert [e.event_type for e in evs] == ["THREATEN"]


def test_intent_to_use_force_is_a_threat_not_an_agreement() -> None:
    evs = code_text("The rebel commander vowed to attack the capital.")
    assert {e.event_type for e in evs} == {"THREATEN"}


def test_future_meeting_is_agree() -> None:
    evs = code_text("The Indian prime minister will meet the Chinese president in Beijing next month.")
    assert only(evs, "AGREE") and all(e.event_type != "CONSULT" for e in evs)


def test_recipient_of_an_absorbed_complement() -> None:
    e = only(code_text("Sudan agreed to hand over the suspects to Egypt."), "AGREE")
    assert "EGY" in countries(e.recipient)


def test_attack_mode_from_the_means_named() -> None:
    e = only(code_text("Militiamen armed with machetes attacked a village in Ituri."), "ASSAULT")
    assert e.mode == "primitive"


def test_participles_modifying_nouns_are_not_events() -> None:
    evs = code_text("Police arrested the alleged leader of the Iran-backed cell in Bahrain.")
    assert {e.event_type for e in evs} == {"COERCE"}


def test_a_domestic_act_without_a_named_target_has_no_recipient_and_happens_at_home() -> None:
    e = only(code_text("The Nepalese government lifted the curfew on Sunday."), "CONCEDE")
    assert e.recipient == []  # no party is named: none is invented
    assert e.location is not None and e.location.country == "NPL"


def test_unnamed_domestic_group_takes_the_country_of_the_event() -> None:
    e = only(code_text("Gunmen attacked a police station in Peshawar."), "ASSAULT")
    assert countries(e.actor) == {"PAK"}


def test_threat_recipient_is_the_party_whose_compliance_is_demanded() -> None:
    e = only(code_text("Ankara threatened to suspend trade unless Greece lifted the ban."), "THREATEN")
    assert "GRC" in countries(e.recipient)


def test_recipient_of_a_promised_act_is_where_the_act_is_directed() -> None:
    e = only(code_text("The finance minister pledged to keep sending military aid to Angola next year."), "AGREE")
    assert [a.text for a in e.recipient] != ["military"]
    assert "AGO" in countries(e.recipient)


def test_announced_boycott_is_a_threat() -> None:
    e = only(code_text("The opposition party said it would boycott the elections in Peru."), "THREATEN")
    assert e.mode == "restrict"


def test_a_while_clause_with_its_own_subject_is_a_second_event() -> None:
    evs = code_text("Sweden condemned the sentence, while Norway urged Minsk to release the journalist.")
    assert {(e.event_type, e.trigger.text) for e in evs} >= {("REQUEST", "urged")}


def test_an_after_clause_with_its_own_subject_is_an_event_of_its_own() -> None:
    evs = code_text("Kenya deployed 500 police officers to Lamu on Monday after gunmen killed nine farmers.")
    e = only(evs, "ASSAULT")
    assert [a.text for a in e.actor] == ["gunmen"]
    assert "MOBILIZE" in {x.event_type for x in evs}


def test_an_after_phrase_without_a_clause_still_sets_the_scene() -> None:
    evs = code_text("Kenya deployed 500 police officers to Lamu on Monday after the killings.")
    assert "ASSAULT" not in {x.event_type for x in evs}


def test_a_finite_verb_coordinated_with_an_infinitive_is_its_own_event() -> None:
    evs = code_text("Kenya called on both sides to respect the truce and urged the army to allow aid into the city.")
    assert [(e.trigger.text, [a.text for a in e.recipient]) for e in evs if e.event_type == "REQUEST"] == [
        ("called on", ["both sides"]),
        ("urged", ["the army"]),
    ]


def test_stopping_trade_with_a_state_is_an_embargo_on_it() -> None:
    e = only(code_text("Beijing suspended timber imports from Lithuania on Friday."), "SANCTION")
    assert countries(e.recipient) == {"LTU"}


def test_a_domestic_ban_stays_a_restriction() -> None:
    only(code_text("Police banned a march by opposition supporters in Harare."), "COERCE")


def test_leaving_a_body_is_a_sanction_against_it() -> None:
    e = only(code_text("Niger quit the regional alliance on Tuesday."), "SANCTION")
    assert e.mode == "withdraw" and [a.text for a in e.recipient] == ["the regional alliance"]


def test_recalling_an_envoy_to_a_state_sanctions_that_state() -> None:
    e = only(code_text("Chad recalled its ambassador to Qatar on Monday."), "SANCTION")
    assert countries(e.recipient) == {"QAT"}


def test_a_background_nominal_trigger_takes_no_actor_from_the_main_clause() -> None:
    evs = code_text("The aid agency suspended its operations in the district after the ambush.")
    assert all(not e.actor or "agency" not in e.actor[0].text for e in evs if e.event_type == "ASSAULT")


def test_a_relative_clause_with_its_own_subject_reports_its_own_event() -> None:
    evs = code_text("Ghana's president, who hosted the summit in Accra, said on Friday the bloc would send observers.")
    e = only(evs, "CONSULT")
    assert e.trigger.text == "hosted" and countries(e.actor) == {"GHA"}


def test_a_preposition_before_a_date_is_no_particle_of_a_phrasal_verb() -> None:
    events = code_text("The dockers' union called a 48-hour strike for Monday.", published="2022-01-01")
    assert {e.event_type for e in events} == {"PROTEST"}  # calling a strike, not a "call for"


def test_calling_in_an_envoy_summons_him() -> None:
    text = "The foreign ministry called in the Iranian ambassador on Tuesday."
    e = only(code_text(text, published="2022-01-01"), "ACCUSE")
    assert [a.text for a in e.recipient] == ["the Iranian ambassador"]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Norway said it would deliver 30 generators to Moldova.", "deliver"),
        ("Ottawa said it would set aside 40 million dollars for flood victims.", "set"),
        ("Chile said it would repair the bridge and dispatch two mechanics to Bolivia.", "dispatch"),
    ],
)
def test_what_a_party_says_it_will_hand_over_is_a_promise_whatever_it_is(text: str, lemma: str) -> None:
    agreed = [e for e in code_text(text) if e.event_type == "AGREE" and e.rule.startswith(f"{lemma}/VERB")]
    assert len(agreed) == 1 and not agreed[0].aux.future


def test_what_a_party_handed_over_is_no_event_when_nothing_says_it_helps() -> None:
    assert code_text("Norway delivered 30 buses to Moldova last week.") == []


def test_a_states_forces_that_free_hostages_rescue_them_and_captors_who_free_them_release_them() -> None:
    rescue = only(code_text("Soldiers freed 12 hostages held by the gang on Monday."), "AID")
    assert [a.text for a in rescue.recipient] == ["12 hostages"] and "+freed by forces" in rescue.rule
    assert "+freed by forces" in only(code_text("Police freed seven of the captives after a gunfight."), "AID").rule
    release = only(code_text("The rebels freed 20 hostages on Monday."), "RETREAT")
    assert release.mode == "release"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of protesters gathered in the square on Sunday.", ["PROTEST"]),
        ("Striking workers assembled outside the port authority on Monday.", ["PROTEST"]),
        ("Police gathered evidence at the scene.", []),
    ],
)
def test_crowds_workers_or_the_opposition_that_gather_demonstrate(text: str, expected: list[str]) -> None:
    assert [e.event_type for e in code_text(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Somali customs teams have begun joint inspections at the border crossing.",
        "Rwandan and Burundian police launched a joint operation against the smugglers on Tuesday.",
    ],
)
def test_security_work_two_parties_call_joint_is_cooperation(text: str) -> None:
    e = only(code_text(text), "COOPERATE")
    assert "<joint" in e.rule


@pytest.mark.parametrize(
    "text",
    [
        "The charity handed out water and food to about 2,000 migrants at the border.",
        "Volunteers distributed flour and blankets to displaced families in Idlib.",
    ],
)
def test_handing_out_or_distributing_relief_is_aid(text: str) -> None:
    e = only(code_text(text), "AID")
    assert e.recipient


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Beijing announced entry bans on 10 European lawmakers on Monday.", "SANCTION"),
        ("Washington imposed a travel ban on three Nicaraguan police commanders.", "SANCTION"),
        ("The government imposed a ban on public gatherings in the capital.", "COERCE"),
    ],
)
def test_travel_bans_on_another_states_people_are_sanctions_and_bans_on_gatherings_restrictions(
    text: str, category: str
) -> None:
    assert [e.event_type for e in code_text(text)] == [category]



@pytest.mark.parametrize(
    "text",
    ["Refugees crossed into Chad on Monday.", "The minister entered the building shortly after noon."],
)
def test_civilians_or_officials_going_into_a_place_mobilise_nothing(text: str) -> None:
    assert not [e for e in code_text(text, published="2023-01-03") if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang fired a pair of missiles off its western shore on Sunday.",
        "The missiles were fired from a northern province and flew 300 km.",
    ],
)
def test_a_missile_fired_at_no_target_is_a_weapons_launch(text: str) -> None:
    e = only(code_text(text, published="2023-01-03"), "MOBILIZE")
    assert e.mode == "weapons"


@pytest.mark.parametrize(
    "text",
    [
        "Moscow fired dozens of cruise missiles at power plants in Kharkiv on Monday.",
        "The rebels fired a missile into the town of Marib.",
    ],
)
def test_a_missile_fired_at_a_target_is_an_attack(text: str) -> None:
    assert [e.event_type for e in code_text(text, published="2023-01-03")] == ["ASSAULT"]


def test_force_offered_if_asked_is_an_offer_not_a_threat() -> None:
    e = only(code_text("Accra stands ready to dispatch soldiers to Mali if asked, its president said."), "AGREE")
    assert "MLI" in countries(e.recipient)


def test_readiness_to_use_force_unasked_stays_a_threat() -> None:
    evs = code_text("Accra stands ready to dispatch soldiers to Mali if needed, its president said.")
    assert [e.event_type for e in evs] == ["THREATEN"]


def test_boycotting_an_election_is_a_protest_boycott() -> None:
    e = only(code_text("The Tarvian opposition boycotted the municipal elections in May."), "PROTEST")
    assert e.mode == "boycott"


def test_boycotting_talks_still_refuses_to_meet() -> None:
    only(code_text("The Tarvian opposition boycotted the talks on the new constitution."), "REJECT")


def test_a_minister_who_protests_disapproves_in_words() -> None:
    text = "Tarvian Foreign Minister Anna Berg protested on Friday against Borlandi warships sailing near the islands."
    e = only(code_text(text), "ACCUSE")
    assert e.mode == "disapprove"


def test_students_who_protest_still_demonstrate() -> None:
    e = only(code_text("Students protested against the new fees outside parliament on Friday."), "PROTEST")
    assert e.mode == "demo"
