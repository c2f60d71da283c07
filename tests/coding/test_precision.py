"""Precision filters (eventwire.coding.precision), on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from tests.event_helpers import only


def _types(text: str) -> list[str]:
    return [e.event_type for e in code_text(text, published="2022-01-01")]


def test_a_trigger_word_in_an_idiom_is_no_event() -> None:
    assert "ACCUSE" not in _types("The party has a minister in charge of the interior in the cabinet.")


def test_a_trigger_word_inside_a_name_is_no_event() -> None:
    assert "ASSAULT" not in _types("The Committee to Protect Journalists published its annual census on Tuesday.")


def test_the_aim_of_an_act_is_not_an_event() -> None:
    types = _types("The two ministers met in Vienna to prepare a withdrawal of foreign fighters.")
    assert "CONSULT" in types and "RETREAT" not in types


def test_a_kind_of_event_in_a_habitual_clause_is_not_an_event() -> None:
    assert "ASSAULT" not in _types("The northern region has long been plagued by kidnappings for ransom.")
    assert "COERCE" not in _types("The monitoring group tracks detentions at rallies across the country.")


def test_a_recurring_kind_of_event_is_not_an_event() -> None:
    assert "PROTEST" not in _types("Lima has known frequent waves of protest since 2016.")
    assert "PROTEST" not in _types("The port is hit by periodic strikes, its manager said.")


def test_acts_likened_to_one_told_before_are_no_event() -> None:
    assert "ASSAULT" not in _types("Local officials said the militia has staged similar raids along the river.")


def test_a_single_act_likened_to_another_stays_an_event() -> None:
    assert "ASSAULT" in _types("A similar raid on a river village on Monday left three farmers dead.")


def test_any_act_of_a_kind_as_subject_is_not_an_event() -> None:
    assert "PROTEST" not in _types("The agency said any protesters found near the palace would be fined.")


def test_a_quantified_object_keeps_its_word_and_a_single_act_stays() -> None:
    e = only(code_text("Cairo rejected any talks with the rebels."), "REJECT")
    assert e.mode == "meet"
    assert "PROTEST" in _types("Dockers held a strike on Monday over unpaid wages.")


def test_where_something_was_said_is_not_a_meeting() -> None:
    assert "CONSULT" not in _types('"We will not give in," the minister told a news conference in Nairobi.')


def test_a_single_reported_kidnapping_stays_an_event() -> None:
    assert "ASSAULT" in _types("Gunmen kidnapped three aid workers in Zamfara on Monday, police said.")


def test_a_disease_or_natural_force_is_no_actor() -> None:
    assert not [e for e in code_text("The epidemic has killed more than 200 people in the province.") if e.event_type]
    assert not [e for e in code_text("A cyclone destroyed hundreds of homes along the coast.") if e.event_type]


def test_people_still_act_beside_a_natural_cause() -> None:
    evs = code_text("Militiamen killed nine villagers during the drought, officials said.")
    assert [e.event_type for e in evs] == ["ASSAULT"]


def test_a_month_is_never_a_trigger() -> None:
    evs = code_text("Police have detained 40 people in the capital since March.")
    assert [e.event_type for e in evs] == ["COERCE"]


def test_a_purpose_noun_the_parser_hung_elsewhere_still_names_an_aim() -> None:
    text = (
        "A spokesman said that whatever the size of the contingent, the mission would keep the resources and "
        "staff to continue to train the national army."
    )
    assert not [e for e in code_text(text) if e.trigger.text == "train"]


@pytest.mark.parametrize(
    "text",
    [
        "A police spokesman did not answer calls seeking comment on Sunday.",
        "The central bank declined to comment on the report.",
        "The embassy did not respond to a request for comment.",
    ],
)
def test_the_wires_formula_for_no_comment_is_no_event(text: str) -> None:
    assert code_text(text, published="2023-01-03") == []


@pytest.mark.parametrize(
    "text",
    [
        "The charity, which has asked not to be named, halted work in the province.",
        "An engineer, who had asked not to be identified, said the pumps were idle.",
        "A clerk had declined to be named in the report.",
    ],
)
def test_the_wires_formula_for_an_anonymous_source_is_no_request(text: str) -> None:
    assert not [e for e in code_text(text, published="2023-01-03") if e.event_type in ("REQUEST", "REJECT")]


def test_asking_someone_to_name_a_party_is_still_a_request() -> None:
    assert "REQUEST" in [e.event_type for e in code_text("The minister asked the court to name the suspects.")]


def test_refusing_to_be_named_as_a_party_is_still_a_refusal() -> None:
    assert "REJECT" in [e.event_type for e in code_text("Lebanon refused to be named as a party to the deal.")]


@pytest.mark.parametrize(
    "text",
    [
        "The embassy advised its citizens in Lagos to stay indoors.",
        "The ministry advised against all travel to the border region.",
    ],
)
def test_counsel_on_what_to_do_is_no_aid(text: str) -> None:
    assert "AID" not in _types(text)


def test_advising_a_force_is_still_aid() -> None:
    assert "AID" in _types("American officers advise Iraqi forces in Anbar province.")


def test_an_act_named_only_as_what_was_not_commented_on_is_no_event() -> None:
    assert _types("The governor did not comment on the strikers' demands.") == []


def test_a_refusal_of_something_else_is_still_a_refusal() -> None:
    assert "REJECT" in [e.event_type for e in code_text("Kenya declined to join the regional force.")]


def test_a_hazard_the_tagger_calls_an_adjective_is_still_no_party() -> None:
    text = "Tourism collapsed last year as the pandemic shut down hotels across the island."
    assert "COERCE" not in [e.event_type for e in code_text(text, published="2023-01-03")]


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 people were killed on Monday when a fuel depot exploded near the port.",
        "Two workers were killed after the bridge collapsed on Tuesday.",
    ],
)
def test_a_casualty_of_a_things_accident_is_no_attack(text: str) -> None:
    assert not [e for e in code_text(text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Five people were killed when a bomb exploded in the market.",
        "Nine people were killed when a car exploded outside the ministry.",
    ],
)
def test_a_casualty_of_an_exploding_weapon_stays_an_attack(text: str) -> None:
    assert [e.event_type for e in code_text(text)] == ["ASSAULT"]


def test_a_party_barred_by_a_law_is_no_event() -> None:
    assert code_text("The Zambian president is barred by the constitution from seeking a third term.") == []


def test_a_party_barred_by_a_body_is_still_banned() -> None:
    e = only(code_text("The opposition leader was barred by the electoral commission from running."), "COERCE")
    assert [a.text for a in e.recipient] == ["The opposition leader"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers battled the wildfire near the base on Monday.",
        "Health workers are battling an outbreak of cholera in the north.",
        '"We will work together to fight against corruption," the two ministers said.',
    ],
)
def test_a_fight_against_an_ill_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in {e.event_type for e in code_text(text, include_nonfactual=True)}


def test_a_fight_against_a_party_is_an_attack() -> None:
    e = only(code_text("Government troops fought Islamist rebels near Palma on Sunday."), "ASSAULT")
    assert any("rebels" in a.text for a in e.recipient)


def test_asking_whether_is_a_question_not_a_request() -> None:
    evs = code_text("The foreign minister told reporters he was optimistic when asked whether the talks would resume.")
    assert "REQUEST" not in {e.event_type for e in evs}


def test_asking_a_party_to_act_is_a_request() -> None:
    assert "REQUEST" in {e.event_type for e in code_text("The foreign minister asked Ghana to extradite the suspects.")}


def test_declining_to_say_is_no_refusal() -> None:
    evs = code_text("A police spokesman declined to say whether the suspects had been charged.")
    assert "REJECT" not in {e.event_type for e in evs}


def test_casualties_coordinated_with_an_accident_are_no_attack() -> None:
    text = "Some 25 civilians were killed and roughly 60 injured when a gas cylinder exploded near Goma."
    assert "ASSAULT" not in {e.event_type for e in code_text(text, include_nonfactual=True)}


def test_casualties_of_a_bomb_are_an_attack() -> None:
    text = "Five people were killed and 20 wounded when a bomb exploded in a market in Kabul."
    assert "ASSAULT" in {e.event_type for e in code_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The drought has spread across the plateau, where nine million villagers are in need of food aid.",
        "Hospitals in the north reported a shortage of medical aid on Monday.",
    ],
)
def test_an_act_named_as_what_people_need_is_no_event(text: str) -> None:
    assert "AID" not in [e.event_type for e in code_text(text, published="2022-01-01")]


def test_aid_given_to_people_in_need_stays_an_event() -> None:
    text = "The agency delivered food aid to 20,000 people in need on Monday."
    assert "AID" in [e.event_type for e in code_text(text, published="2022-01-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Some 61 percent of voters backed the new charter, officials said.",
        "A majority of respondents opposed the plan to raise the fuel tax.",
    ],
)
def test_a_share_of_voters_is_a_tally_not_a_party(text: str) -> None:
    assert not _types(text)


def test_a_party_named_by_a_share_of_its_members_still_acts() -> None:
    assert "ASSAULT" in _types("Half of the protesters attacked the police station.")


def test_the_cause_of_an_act_told_elsewhere_is_no_event() -> None:
    assert "ASSAULT" not in _types("The cause of the bombing near the barracks was not known.")
    assert "ASSAULT" not in _types("The motive behind the attack on the convoy was unclear.")
    assert "ASSAULT" in _types("The bombing near the barracks killed four soldiers.")


def test_a_backing_told_in_the_present_passive_is_a_standing_tie() -> None:
    assert "AID" not in _types("The channel is financed by the state.")
    assert "SUPPORT" not in _types("The militia is supported by the neighbouring government.")
    assert "AID" in _types("The channel was financed by the Qatari government last year.")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a police post in the north on Monday. The governor played down the attack on Tuesday.",
        "The ministry banned flights to the region on Friday. Two carriers said that they would observe the ban.",
    ],
)
def test_a_bare_definite_mention_points_back_to_an_act_told_before(text: str) -> None:
    evs = code_text(text, published="2022-01-01")
    assert [e.sentence.text for e in evs] == [text.split(". ")[0] + "."]  # only the first telling


def test_a_definite_mention_with_its_own_parties_or_in_the_first_sentence_is_an_event() -> None:
    assert "ASSAULT" in _types("The attack was the deadliest in the region this year.")
    text = "Gunmen stormed a police post in the north on Monday. The attack on the post killed three officers."
    assert [e.trigger.text for e in code_text(text, published="2022-01-01")] == ["stormed", "attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters pressed their offensive on the port city of Dalmora on Friday.",
        "The ruling coalition pressed ahead with the vote despite the walkout.",
        "Tarvian forces pressed on with the assault on the hill town.",
    ],
)
def test_pressing_on_with_something_is_no_request(text: str) -> None:
    assert "REQUEST" not in _types(text)


def test_a_pressed_attack_is_told_by_its_own_word() -> None:
    only(code_text("Rebel fighters pressed their offensive on the port city of Dalmora on Friday."), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers pressed the minister for answers on Tuesday.",
        "The lenders pressed Tarvia on its unpaid debts.",
    ],
)
def test_pressing_a_party_is_still_a_request(text: str) -> None:
    assert "REQUEST" in _types(text)


def test_a_strike_on_a_target_is_no_work_stoppage() -> None:
    assert "PROTEST" not in _types("Each strike on our power plants is a strike on our families, the mayor said.")


def test_a_strike_on_a_day_is_still_a_work_stoppage() -> None:
    assert "PROTEST" in _types("Dockworkers began a strike on Monday over pay.")


def test_an_act_owned_by_any_one_of_a_kind_is_no_event() -> None:
    text = "Under the alliance charter, a member's withdrawal takes effect six months after notice."
    assert "RETREAT" not in _types(text)


def test_an_act_owned_by_a_named_party_is_still_an_event() -> None:
    assert "RETREAT" in _types("Tarvia's withdrawal of its troops from the valley began on Monday.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Talks between the two leaders ended on Friday without agreement.", "AGREE"),
        ("Soldiers freed the hostages without firing a shot.", "ASSAULT"),
        ("The police cleared the square without making any arrests.", "COERCE"),
    ],
)
def test_an_act_that_did_not_come_with_another_is_no_event(text: str, absent: str) -> None:
    assert absent not in _types(text)


def test_the_act_that_came_without_it_still_stands() -> None:
    assert "CONSULT" in _types("Talks between the two leaders ended on Friday without agreement.")


@pytest.mark.parametrize(
    "text",
    [
        "The health ministry deployed 300 doctors to the flooded districts on Monday.",
        "The government mobilised funds for the reconstruction of the port on Monday.",
        "The company stationed engineers at the oil field on Monday.",
    ],
)
def test_civilians_money_or_goods_sent_are_no_mobilisation(text: str) -> None:
    assert "MOBILIZE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana deployed 500 soldiers to the northern region on Monday.",
        "The interior ministry deployed hundreds of riot police around the stadium on Monday.",
    ],
)
def test_forces_sent_are_still_mobilised(text: str) -> None:
    assert "MOBILIZE" in _types(text)


@pytest.mark.parametrize(
    "text",
    ["Aid groups set up camps near the border.", "ABUJA, May 3 (Wire) - Aid groups set up camps near the border."],
)
def test_a_word_opening_the_subject_read_as_a_bare_verb_is_no_act(text: str) -> None:
    assert "AID" not in _types(text)


def test_a_bare_verb_with_its_own_clause_is_still_an_act() -> None:
    types = _types("Tehran said it would aid the rebels in the north with weapons and cash.")
    assert {"AID", "AGREE"} & set(types)


def test_forces_kept_somewhere_are_no_mobilisation() -> None:
    assert "MOBILIZE" not in _types("About 3,000 Norlandic soldiers are stationed at the air base near the coast.")
    assert "MOBILIZE" not in _types("Norlandic troops have been deployed in the valley since 2016.")


def test_forces_posted_on_a_day_are_a_mobilisation() -> None:
    assert "MOBILIZE" in _types("Two battalions were stationed along the northern border on Friday.")
    assert "MOBILIZE" in _types("Norlandic troops have been deployed to the valley since Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The rebel group released a statement on Monday denying any role in the ambush.",
        "The interior ministry released figures on Tuesday showing fewer border crossings.",
        "A new report on the prisons was released on Thursday by a rights group.",
    ],
)
def test_a_release_of_something_made_public_is_no_freeing(text: str) -> None:
    assert "RETREAT" not in _types(text)


def test_a_release_of_people_is_still_a_freeing() -> None:
    assert "RETREAT" in _types("The rebel group released 12 hostages on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The treaty bans the stockpiling of cluster munitions.",
        "The emergency law allows the army to hold suspects for a month without charge.",
        "The accord calls on both sides to pull their forces back from the river.",
    ],
)
def test_what_a_law_or_pact_lays_down_is_no_act(text: str) -> None:
    assert _types(text) == []


def test_an_act_told_in_the_past_with_a_decree_as_subject_stays() -> None:
    assert "COERCE" in _types("The decree shut down nine newspapers in the province on Friday.")


def test_a_kind_of_act_said_to_be_common_is_no_event() -> None:
    assert "ASSAULT" not in _types("Rights lawyers say torture is widespread in the northern jails.")


def test_an_act_said_to_be_otherwise_stays() -> None:
    assert "ASSAULT" in _types("The attack on the convoy near Gao was brutal, witnesses said.")


def test_a_trigger_noun_only_said_to_stay_as_it_is_is_no_event() -> None:
    assert "CONSULT" not in _types("Peace talks between Juba and the northern rebels remain suspended.")


def test_talks_that_took_place_stay_a_meeting() -> None:
    assert "CONSULT" in _types("Nuclear talks with Seoul took place in Geneva on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "Menaka lies in the region where the borders of Mali, Niger and Burkina Faso meet.",
        "The port town sits where two rivers meet.",
    ],
)
def test_where_borders_or_rivers_meet_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in _types(text)


def test_a_meeting_told_in_the_past_in_a_clause_of_place_stays() -> None:
    assert "CONSULT" in _types("The talks resumed in Doha, where the envoys met in May.")


def test_the_phrase_of_a_measure_said_to_be_in_force_is_no_event() -> None:
    types = _types("The ban on opposition marches, imposed in 2020, is still in place.")
    assert "COERCE" not in types and "PROTEST" not in types


def test_a_measure_imposed_on_the_day_stays() -> None:
    assert "COERCE" in _types("The junta imposed a ban on opposition marches on Monday.")


def test_a_trigger_noun_that_only_owns_another_noun_is_no_event() -> None:
    assert "CONSULT" not in _types("The summit's host city was under tight security on Sunday.")


def test_a_trigger_noun_with_an_owner_of_its_own_stays() -> None:
    assert "CONSULT" in _types("The leaders' summit opened in Accra on Sunday.")


@pytest.mark.parametrize(
    "text",
    ["The attackers fled on motorcycles, police said.", "The suspects fled the scene before the army arrived."],
)
def test_those_who_did_a_deed_fleeing_escape_and_are_not_expelled(text: str) -> None:
    assert "SANCTION" not in _types(text)


def test_residents_fleeing_are_still_driven_out() -> None:
    assert "SANCTION" in _types("Thousands of residents fled the town as the fighting spread.")


@pytest.mark.parametrize(
    "text",
    ["The ministry offered no evidence for its claim about the fire.", "The army spokesman did not offer details."],
)
def test_offering_something_told_is_no_offer_or_refusal(text: str) -> None:
    types = _types(text)
    assert "AGREE" not in types and "REJECT" not in types


def test_offering_to_act_is_still_an_offer() -> None:
    assert "AGREE" in _types("Ankara offered to host the next round of talks.")


@pytest.mark.parametrize(
    "text",
    [
        "Most analysts agreed that the currency was badly overvalued.",
        "The finance minister agreed with the assessment of the central bank.",
    ],
)
def test_agreeing_with_a_view_is_no_agreement_to_act(text: str) -> None:
    assert "AGREE" not in _types(text)


def test_agreeing_that_an_act_will_happen_stays_an_agreement() -> None:
    assert "AGREE" in _types("Both sides agreed that foreign troops would leave by June.")


def test_backing_told_as_an_amount_that_changes_is_no_support() -> None:
    assert "SUPPORT" not in _types("Support for the governor has fallen to 35 percent, a new poll shows.")


def test_backing_given_by_a_party_stays_support() -> None:
    assert "SUPPORT" in _types("The regional bloc voiced support for the governor on Tuesday.")


def test_the_terms_of_a_new_resolution_are_imposed_now() -> None:
    text = "The new council resolution bars the sale of arms to the three militias."
    only(code_text(text, published="2025-03-04"), "SANCTION")


def test_agreeing_with_a_party_that_a_view_holds_backs_that_party() -> None:
    text = "The Chilean minister agreed with her Peruvian counterpart that the border accord needed no review."
    only(code_text(text, published="2025-03-04"), "SUPPORT")


def test_backing_a_party_has_is_no_act_of_support() -> None:
    assert "SUPPORT" not in _types("The new premier has the support of 212 deputies in the assembly.")
    assert "SUPPORT" not in _types("The draft lacks the backing of the northern states.")


def test_backing_a_party_wins_stays_support() -> None:
    assert "SUPPORT" in _types("The Farmers' Union endorsed the premier's candidate on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "Oman and the rebels have held seven rounds of talks since 2021.",
        "The two envoys have met four times over the past decade.",
        "The rebels have freed hundreds of captives over the years.",
        "The ruling party has long backed the coalition in the east.",
    ],
)
def test_a_present_perfect_that_spans_years_is_a_summary_not_an_act(text: str) -> None:
    assert _types(text) == []


def test_a_present_perfect_act_of_the_day_stays_an_event() -> None:
    assert "RETREAT" in _types("The rebels have freed 14 captives, the mediators said on Monday.")
    assert "CONSULT" in _types("The two envoys have met in Muscat this week.")


def test_a_toll_told_of_a_war_is_no_act() -> None:
    assert _types("The civil war has displaced 3 million people, the agency said.") == []
    assert "ASSAULT" not in _types("The insurgency has killed more than 400 people in the province.")


def test_a_strike_that_killed_people_on_a_day_stays_an_attack() -> None:
    assert "ASSAULT" in _types("The shelling killed 14 people in the market on Monday.")
    assert "ASSAULT" in _types("The offensive has reached the edge of the port city.")


def test_hosting_a_base_is_no_meeting() -> None:
    assert "CONSULT" not in _types("The atoll hosts a large British air base.")


def test_hosting_a_visitor_stays_a_meeting() -> None:
    assert "CONSULT" in _types("Oman hosted the Iranian foreign minister on Sunday.")


def test_people_who_remain_in_detention_tell_no_act() -> None:
    assert "COERCE" not in _types("Monitors say about 900 activists remain in detention across the country.")


def test_people_taken_into_detention_stay_an_act() -> None:
    assert "COERCE" in _types("Police took 40 activists into detention in the capital on Sunday.")


def test_a_role_a_party_holds_is_no_act() -> None:
    assert "AID" not in _types("Norway is the largest donor of aid to the refugee camps.")
    assert "AID" not in _types("Norway, the main donor of aid to the camps, opened an embassy in the capital.")


def test_a_party_that_gave_aid_stays_aid() -> None:
    assert "AID" in _types("Norway gave $3 million in aid to the refugee camps on Monday.")


def test_a_party_that_stays_in_talks_still_consults() -> None:
    assert "CONSULT" in _types("The Omani envoy stayed in contact with both camps through the week.")


def test_an_act_told_as_a_habit_in_the_present_is_no_event() -> None:
    assert "ASSAULT" not in _types("Gunmen routinely attack buses on the coastal road, drivers say.")
    assert "COERCE" not in _types("In the port city, the police regularly detain dock workers.")


def test_an_act_of_one_day_with_a_habit_word_elsewhere_stays_an_event() -> None:
    assert "ASSAULT" in _types("Gunmen, who often prey on travellers, attacked two buses on Sunday.")


def test_firing_people_is_letting_them_go_not_shooting() -> None:
    assert "ASSAULT" not in _types("The university fired 330 academics after the failed coup.")
    assert "ASSAULT" not in _types("The president fired his defence minister on Friday.")


def test_firing_a_weapon_or_firing_at_people_stays_an_attack() -> None:
    # counter-cases: what is fired is a weapon, or the people are what it is fired on
    assert "ASSAULT" in _types("Troops fired artillery at the village on Monday.")
    assert "ASSAULT" in _types("Police fired on the crowd of students on Monday.")
    assert "ASSAULT" in _types("Soldiers fired rubber bullets at protesters on Monday.")


def test_a_bare_regime_is_the_party_that_rules_not_a_text_of_rules() -> None:
    assert "REJECT" in _types("The regime refuses to sign the border accord.")


def test_a_regime_of_sanctions_is_a_text_of_rules() -> None:
    assert "COERCE" not in _types("The sanctions regime bars arms sales to the junta.")


@pytest.mark.parametrize(
    "text",
    [
        "Stocks retreated on Tuesday after the central bank raised rates.",
        "The shilling surrendered its early gains by the close.",
    ],
)
def test_a_market_moving_is_no_act(text: str) -> None:
    assert not [t for t in _types(text) if t in ("RETREAT", "ASSAULT")]


def test_a_party_retreating_stays_an_act() -> None:
    assert "RETREAT" in _types("Government forces retreated on Tuesday after the rebels shelled their positions.")


@pytest.mark.parametrize(
    "text",
    ["The home side beat the visitors 2-0 in Sunday's derby.", "The champions were beaten 1-0 by a late goal."],
)
def test_a_game_won_by_a_score_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in _types(text)


def test_fans_attacking_police_after_a_game_stay_an_attack() -> None:
    assert "ASSAULT" in _types("The home side's fans attacked police after Sunday's derby.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Attacks on aid convoys rose by 30 percent last year, the agency said.", "ASSAULT"),
        ("Killings of journalists fell to 45 last year from 60.", "ASSAULT"),
        ("Protests in the country rose to 1,200 last year.", "PROTEST"),
    ],
)
def test_a_count_of_acts_changing_is_a_statistic(text: str, category: str) -> None:
    assert category not in _types(text)


def test_acts_that_did_something_stay_acts() -> None:
    assert "ASSAULT" in _types("Attacks on aid convoys killed 12 people on Monday, the agency said.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Every Friday, hundreds of people march through the old city.", "PROTEST"),
        ("Each year the two navies hold joint drills in the gulf.", "COOPERATE"),
    ],
)
def test_an_act_every_year_or_week_is_a_habit(text: str, category: str) -> None:
    assert category not in _types(text)


def test_an_act_on_one_day_is_an_act() -> None:
    assert "PROTEST" in _types("On Friday, hundreds of people marched through the old city.")
    assert "COOPERATE" in _types("The two navies held joint drills in the gulf on Monday.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The president is known for his attacks on the press.", "ASSAULT"),
        ("She has a reputation for meeting her critics face to face.", "CONSULT"),
    ],
)
def test_what_a_party_is_known_for_is_no_act(text: str, category: str) -> None:
    assert category not in _types(text)


def test_an_act_for_which_a_party_is_praised_stays_an_act() -> None:
    assert "CONSULT" in _types("The envoy met her critics face to face in Lagos on Monday.")


def test_an_act_a_measure_is_aimed_at_is_its_goal() -> None:
    assert "SANCTION" not in _types("The sanctions are aimed at cutting off funding for the militia.")
    assert "SANCTION" in _types("The government cut off funding for the militia on Monday.")


def test_a_plot_told_in_a_work_of_fiction_is_no_event() -> None:
    types = _types("In the film, a band of rebels storms the palace and arrests the king.")
    assert "ASSAULT" not in types and "COERCE" not in types
    assert "ASSAULT" not in _types("In the novel, the hero kidnaps a senator.")


def test_an_act_shown_in_a_video_or_done_for_real_stays() -> None:
    assert "THREATEN" in _types("In a video, the group threatened to kill the hostages.")
    types = _types("Rebels stormed the palace and arrested the king on Monday.")
    assert "ASSAULT" in types and "COERCE" in types


@pytest.mark.parametrize(
    "text",
    [
        "The veteran striker attacked the near post and headed home.",
        "Valencia beat the defending champions on Saturday.",
    ],
)
def test_a_player_attacking_or_beaten_is_a_game(text: str) -> None:
    assert "ASSAULT" not in _types(text)


def test_a_player_attacked_by_gunmen_is_an_attack() -> None:
    assert "ASSAULT" in _types("Gunmen attacked a football player in the city on Monday.")


@pytest.mark.parametrize(
    "text", ["The eruption killed 30 villagers on the slopes.", "The blizzard killed 12 herders in the north."]
)
def test_a_natural_disaster_killing_people_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in _types(text)


def test_troops_killing_villagers_is_an_attack() -> None:
    assert "ASSAULT" in _types("Troops killed 30 villagers on the slopes on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies reckon that 250,000 civilians have been wounded in the war.",
        "Thousands have been wounded during the conflict, the agency said.",
    ],
)
def test_a_war_s_running_toll_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in _types(text)


def test_a_few_killed_in_the_war_or_on_a_day_stay_an_attack() -> None:
    assert "ASSAULT" in _types("Two soldiers have been killed in the war, the ministry said.")
    assert "ASSAULT" in _types("Five soldiers have been killed in the fighting on Monday.")


def test_a_comment_on_acts_told_elsewhere_is_no_new_act() -> None:
    assert "PROTEST" not in _types("The rallies are the sternest test the junta has faced in years.")


def test_acts_of_their_own_as_subject_of_be_stay() -> None:
    assert "PROTEST" in _types("Protests by farmers were held in the capital on Monday.")
