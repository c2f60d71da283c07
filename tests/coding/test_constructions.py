"""Clause constructions (eventwire.coding.constructions), on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.coding.constructions import (
    AID_CARRIED,
    ALLEGED_DEED,
    BLACKLISTED,
    COLLAPSED_TALKS,
    COURT_ORDERED_PAYMENT,
    DEADLINE,
    DEMANDED_CONDITION,
    ENTRY_BAN,
    FACED_PENALTY,
    FAILED_OUTCOME,
    HOSTED_TALKS,
    IDLE_REFUSED,
    INTO_THE_SEA,
    JOINT_DEED,
    KEPT_MEASURE,
    MACHINES_MOVED,
    MEASURE_HITS,
    MEETING_IN_CLAUSE,
    MET_WITH,
    NOT_RULED_OUT,
    OPTIONS_OPEN,
    PASSED_SENTENCE,
    PUNITIVE_STATEMENT,
    REFUSED_LEAVE,
    REFUSING_NAME,
    RELIEF_DEPLOYMENT,
    SENT_HOME,
    SHARED_DRILLS,
    SPEECH_GIVEN,
    ULTIMATUM,
    UNANSWERED,
    VOWED_RESPONSE,
)
from tests.event_helpers import countries, only


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The opposition said it would not attend talks with the ruling party.", "meet"),
        ("The two delegations failed to reach an agreement on Thursday.", None),
        ("Donors refused to fund the appeal for the flood victims.", "assist"),
        ("The junta has not released the detained journalists.", "yield"),
    ],
)
def test_refused_or_failed_cooperation_is_reject(text: str, mode: str | None) -> None:
    e = only(code_text(text, published="2022-01-01"), "REJECT")
    assert e.mode == mode
    assert "REJECT" in (e.rule or "")


def test_a_negated_act_under_unless_is_a_threat() -> None:
    e = only(code_text("The kidnappers will not free the nurses unless a ransom is paid."), "THREATEN")
    assert e.aux.factual


def test_a_failed_conflict_act_did_not_happen() -> None:
    assert not [
        e for e in code_text("Government troops failed to capture the rebel town.") if e.event_type == "ASSAULT"
    ]


def test_a_promise_is_a_fact_not_a_future_act() -> None:
    e = only(code_text("Germany pledged to send medical supplies to Moldova."), "AGREE")
    assert e.aux.factual


def test_an_order_to_ones_own_forces_is_the_act_ordered() -> None:
    e = only(code_text("The interior minister ordered police to arrest the protest leaders."), "COERCE")
    assert "+ordered COERCE" in (e.rule or "")


def test_ordering_a_diplomat_to_leave_is_an_expulsion() -> None:
    e = only(code_text("Lithuania ordered the Belarusian ambassador to leave the country."), "SANCTION")
    assert e.mode == "expel"


@pytest.mark.parametrize(
    ("text", "category", "mode"),
    [
        ("Eritrea ordered the foreign aid agencies to leave the country within a month.", "SANCTION", "expel"),
        ("Burundi ordered the UN observers to leave within 48 hours.", "SANCTION", "expel"),
        ("The junta ordered three Spanish journalists to leave Niger on Thursday.", "COERCE", "deport"),
    ],
)
def test_ordering_outsiders_or_people_out_of_the_country_sends_them_away(text: str, category: str, mode: str) -> None:
    e = only(code_text(text, published="2024-05-01"), category)
    assert e.mode == mode


def test_ordering_people_out_of_a_province_deports_no_one() -> None:
    evs = code_text("The governor ordered the traders to leave the market district.", published="2024-05-01")
    assert [e.event_type for e in evs] == ["REQUEST"]


def test_ordering_another_party_to_release_someone_is_a_demand() -> None:
    e = only(code_text("The court ordered the government to release the detained journalist."), "REQUEST")
    assert e.mode == "yield"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The interior ministry ordered 800 more police officers into the eastern district.", "police"),
        ("The defence minister ordered two more battalions to the southern frontier on Friday.", "troops"),
        ("The president ordered the navy to its highest level of alert on Tuesday.", "troops"),
    ],
)
def test_ordering_forces_to_a_place_deploys_them(text: str, mode: str | None) -> None:
    e = only(code_text(text, published="2022-01-01"), "MOBILIZE")
    assert e.mode == mode
    assert "+ordered forces to a place" in (e.rule or "")


def test_ordering_forces_to_do_an_act_is_not_a_deployment() -> None:
    types = [e.event_type for e in code_text("The general ordered his troops to withdraw from the hill town.")]
    assert "MOBILIZE" not in types


def test_ordering_an_inquiry_into_an_attack_is_the_inquiry() -> None:
    e = only(code_text("The governor ordered an inquiry into the shooting at the market."), "ACCUSE")
    assert e.mode == "investigate"
    assert "ASSAULT" not in [e.event_type for e in code_text("The governor ordered an inquiry into the shooting.")]


def test_a_participial_adjunct_is_a_second_act_of_the_same_actor() -> None:
    types = [
        e.event_type for e in code_text("Hungary blocked the broadcaster's website, accusing it of spreading lies.")
    ]
    assert "ACCUSE" in types


def test_agreeing_to_a_truce_stays_an_agreement() -> None:
    only(code_text("The two militias agreed to a truce in the port city on Sunday."), "AGREE")


def test_ending_a_restriction_of_any_name_is_a_concession() -> None:
    only(code_text("The government ended the nightly lockdown in the capital on Friday."), "CONCEDE")


def test_promised_concession_agreeing_to_a_concession_is_concede() -> None:
    # the PLOVER manual: promises of future concessions do not reduce to AGREE (the gold
    # standard's CAMEO convention, which makes them AGREE, is a scoring option)
    e = only(code_text("Laos agreed on Monday to reopen its border with Vietnam."), "CONCEDE")
    assert "promised concession" in (e.rule or "")


def test_unlisted_refusal_a_party_that_will_not_do_an_act_rejects_it() -> None:
    e = only(code_text("The governor said his government would not pay ransom to the kidnappers."), "REJECT")
    assert [a.text for a in e.actor] == ["his government"]
    assert "unlisted" in (e.rule or "")
    e = only(code_text("Prime Minister Smith said Norway would not trade away its values."), "REJECT")
    assert [a.country for a in e.actor] == ["NOR"]


def test_unlisted_refusal_needs_a_party_and_an_act() -> None:
    def rejects(text: str) -> list[str]:
        return [e.trigger.text for e in code_text(text) if e.event_type == "REJECT"]

    # a thing that will not happen, and a verb of saying, refuse nothing
    assert rejects("The minister said the economy would not grow this year.") == []
    assert rejects("The spokesman said he would not comment on the report.") == []
    # a past negation reports no act, it refuses none
    assert rejects("The governor did not pay the ransom.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The union called the verdict political.",
        "Moscow called the photographs a staged provocation.",
        "Beijing branded the visit a dangerous provocation.",
        "The minister described the report as biased.",
    ],
)
def test_evaluation_naming_an_act_or_claim_judges_it(text: str) -> None:
    e = only(code_text(text), "ACCUSE")
    assert e.mode == "disapprove"


def test_evaluation_a_name_that_approves_is_support() -> None:
    e = only(code_text("The envoy described the talks as constructive."), "SUPPORT")
    assert "approving name" in (e.rule or "")
    e = only(code_text("The senator called the ruling a step towards justice."), "SUPPORT")
    assert [a.text for a in e.actor] == ["The senator"]


def test_evaluation_calling_a_party_or_calling_for_an_act_is_no_judgement() -> None:
    assert {e.event_type for e in code_text("The president called his counterpart on Monday.")} == {"CONSULT"}
    assert {e.event_type for e in code_text("Protesters called for his resignation.")} == {"REQUEST"}


def test_a_party_that_says_it_may_use_pressure_threatens_to() -> None:
    e = only(code_text("Turkey said it may impose sanctions on Sweden."), "THREATEN")
    assert {a.country for a in e.recipient} == {"SWE"}
    # a possibility others see in a party is no threat of it
    assert not [e for e in code_text("Analysts said Russia may attack the port.") if e.event_type == "THREATEN"]


def test_raising_the_prospect_of_a_hostile_act_threatens_it() -> None:
    e = only(code_text("The prime minister raised the prospect of sanctions on the neighbouring state."), "THREATEN")
    assert e.mode == "restrict"


def test_raising_the_prospect_of_talks_is_no_threat() -> None:
    events = code_text("The minister raised the prospect of new talks with the rebel commanders.")
    assert "THREATEN" not in [e.event_type for e in events]


def test_an_internet_shutdown_is_censorship() -> None:
    e = only(code_text("An internet shutdown in the eastern provinces entered its second week."), "COERCE")
    assert e.mode == "censor"


def test_extending_martial_law_imposes_it() -> None:
    e = only(code_text("The president extended martial law in the southern region until December."), "COERCE")
    assert e.mode == "martial-law"


def test_a_body_named_only_by_its_kind_takes_the_kind_from_its_adjective() -> None:
    e = only(code_text("Ranchers formed a paramilitary group in the border province last year."), "MOBILIZE")
    assert e.mode == "militia"
    assert "MOBILIZE" not in [x.event_type for x in code_text("Japan sent military aid to the Philippines.")]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Riot police blocked a column of marchers outside the capital on Friday.", "restrict"),
        ("The president dissolved the national assembly on Sunday night.", "restrict"),
        ("The military government revoked the licences of three independent newspapers.", "restrict"),
        ("Authorities throttled internet access across the province for a week.", "censor"),
    ],
)
def test_a_state_that_blocks_dissolves_revokes_or_throttles_coerces(text: str, mode: str) -> None:
    e = only(code_text(text, published="2023-01-03"), "COERCE")
    assert e.mode == mode


def test_a_crowd_that_blocks_a_road_protests() -> None:
    events = code_text("Farmers blocked the main highway with tractors on Monday.", published="2023-01-03")
    assert "COERCE" not in [e.event_type for e in events]


def test_a_deadline_to_leave_expels_a_diplomat_and_carries_the_code_of_its_category() -> None:
    text = "Peru gave the Mexican ambassador 72 hours to leave the country."
    e = only(code_text(text, published="2023-01-03"), "SANCTION")
    assert e.mode == "expel" and e.cameo.code == "166"
    assert countries(e.recipient) == {"MEX"}


def test_a_gift_without_a_deadline_is_still_aid() -> None:
    only(code_text("Japan gave Sri Lanka $50 million in emergency aid.", published="2023-01-03"), "AID")


@pytest.mark.parametrize(
    "text",
    [
        "Khartoum granted the UN inspectors access to the detention sites.",
        "The government allowed election observers into the northern provinces.",
    ],
)
def test_letting_observers_in_is_a_retreat_as_the_manual_says(text: str) -> None:
    e = only(code_text(text, published="2023-01-03"), "RETREAT")
    assert e.mode == "access"


def test_a_party_that_says_it_is_concerned_disapproves() -> None:
    text = "The African Union said it was deeply concerned by the detention of opposition leaders."
    e = only(code_text(text, published="2023-01-03"), "ACCUSE")
    assert e.mode == "disapprove"


def test_the_parties_concerned_disapprove_of_nothing() -> None:
    assert "ACCUSE" not in [e.event_type for e in code_text("The countries concerned met in Geneva on Monday.")]


def test_a_party_critical_of_another_disapproves_of_it() -> None:
    text = "Lisbon has grown increasingly critical of Brussels over the fishing quotas."
    e = only(code_text(text, published="2023-01-03"), "ACCUSE")
    assert e.mode == "disapprove" and [a.text for a in e.recipient] == ["Brussels"]


def test_taking_a_party_to_task_rebukes_it() -> None:
    text = "Rights groups took Athens to task for pushing back migrants."
    e = only(code_text(text, published="2023-01-03"), "ACCUSE")
    assert e.mode == "disapprove" and [a.text for a in e.recipient] == ["Athens"]


def test_taking_charge_of_a_task_force_rebukes_no_one() -> None:
    evs = code_text("The new chief took charge of the task force in Lima.", published="2023-01-03")
    assert "ACCUSE" not in [e.event_type for e in evs]


def test_a_critical_stage_or_need_is_no_disapproval() -> None:
    for text in ["The border talks are at a critical stage.", "Fuel is critical for the army."]:
        assert "ACCUSE" not in [e.event_type for e in code_text(text, published="2023-01-03")]


def test_cessation_a_party_that_stops_its_own_fighting_retreats() -> None:
    texts = ["The guerrillas stopped firing at dawn on Sunday.", "The militia abandoned its assault on the airport."]
    for text in texts:
        events = code_text(text, published="2022-01-01")
        e = only(events, "RETREAT")
        assert e.mode == "ceasefire"
        assert "ceased own act" in (e.rule or "")
        assert not [x for x in events if x.event_type == "ASSAULT"]


def test_cessation_calling_off_ones_own_strike_is_a_concession() -> None:
    events = code_text("Dockworkers called off their strike on Tuesday.", published="2022-01-01")
    only(events, "CONCEDE")
    assert {e.event_type for e in events} == {"CONCEDE"}  # neither a protest nor a call on Tuesday


def test_cessation_promising_to_stop_fighting_is_a_promised_concession_not_a_threat() -> None:
    events = code_text("The insurgents promised to cease shelling the airport.", published="2022-01-01")
    e = only(events, "CONCEDE")
    assert "promised concession" in (e.rule or "")
    assert not [x for x in events if x.event_type in ("THREATEN", "ASSAULT")]


def test_cessation_stopping_another_partys_act_is_not_a_concession() -> None:
    events = code_text("Riot police stopped the march outside the ministry.", published="2022-01-01")
    assert not [e for e in events if e.event_type in ("CONCEDE", "RETREAT")]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor promised concessions to the striking bus drivers.",
        "The junta offered an amnesty to exiled journalists.",
        "The Velan government agreed to concessions on land reform.",
        "Velan Government Agrees to Concessions to End Standoff",
    ],
)
def test_promised_concession_named_by_a_noun_is_concede(text: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "CONCEDE")
    assert "promised concession" in (e.rule or "")


def test_a_promise_of_anything_else_stays_an_agreement() -> None:
    only(code_text("The mayor promised new buses to the northern districts.", published="2022-01-01"), "AGREE")


def test_agreeing_to_anything_else_stays_an_agreement() -> None:
    only(code_text("The ministers agreed to new talks in March.", published="2022-01-01"), "AGREE")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The nurses' union vowed to continue its strike until pay rises.", "PROTEST"),
        ("The farmers pledged to return to the streets on Monday.", "PROTEST"),
        ("The opposition promised to hold more rallies in the port city.", "PROTEST"),
    ],
)
def test_promised_own_act_a_vowed_protest_is_the_protest_told_of_the_future(text: str, category: str) -> None:
    evs = code_text(text, published="2022-01-01", include_nonfactual=True)
    e = only(evs, category)
    assert e.aux.future and "promised own act" in (e.rule or "")
    assert not [x for x in evs if x.event_type in ("AGREE", "THREATEN")]  # neither cooperation nor force
    assert code_text(text, published="2022-01-01") == []  # vowed, not yet done


@pytest.mark.parametrize(
    "text",
    [
        "The governor vowed to stop the protests in the port city.",
        "The mayor promised that police would break up the rally.",
        "The students vowed not to march again.",
    ],
)
def test_promised_own_act_not_for_acts_on_a_protest_or_forsworn(text: str) -> None:
    evs = code_text(text, published="2022-01-01", include_nonfactual=True)
    assert not [e for e in evs if "promised own act" in (e.rule or "")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The bloc's foreign ministers agreed on new sanctions against the junta.", "SANCTION"),
        ("The platform agreed to restrict access to posts critical of the government.", "COERCE"),
    ],
)
def test_agreed_measure_agreeing_to_a_measure_is_the_measure_decided_not_a_threat(text: str, category: str) -> None:
    evs = code_text(text, published="2022-01-01", include_nonfactual=True)
    e = only(evs, category)
    assert e.aux.future and "agreed measure" in (e.rule or "")
    assert not [x for x in evs if x.event_type == "THREATEN"]


def test_agreed_measure_leaves_a_vow_of_force_a_threat_and_a_forsworn_measure_an_agreement() -> None:
    only(code_text("The rebel commander vowed to attack the capital.", published="2022-01-01"), "THREATEN")
    only(code_text("The ministers agreed not to impose tariffs.", published="2022-01-01"), "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "The senate formed a special panel to investigate the prison fire.",
        "The governor set up a commission to look into the shooting of the farmers.",
    ],
)
def test_remit_a_body_set_up_to_investigate_is_an_investigation_begun(text: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "ACCUSE")
    assert e.mode == "investigate"
    assert "remit" in (e.rule or "")


def test_remit_sending_troops_to_investigate_is_still_only_an_aim() -> None:
    events = code_text("The navy sent two frigates to investigate the sighting.", published="2022-01-01")
    assert not [e for e in events if e.event_type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party recruited hundreds of militiamen in the delta.",
        "Farmers set up a vigilante brigade after the cattle raids.",
    ],
)
def test_raising_a_militia_by_any_verb_of_raising_mobilises(text: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "MOBILIZE")
    assert e.mode == "militia"
    assert not e.recipient  # the militia raised is not whom the act is aimed at


def test_warning_a_party_against_an_act_asks_it_not_to_act() -> None:
    events = code_text("Turkey warned Athens against any deployment on the islands.", published="2022-01-01")
    e = only(events, "REQUEST")
    assert "warning against" in (e.rule or "")


def test_warning_against_an_act_with_no_party_addressed_disapproves() -> None:
    e = only(code_text("The bishops warned against the arming of civilians.", published="2022-01-01"), "ACCUSE")
    assert e.mode == "disapprove"


def test_warning_against_an_act_on_a_party_addresses_no_one_and_disapproves() -> None:
    # the civilians are the party of the act warned against, not the party warned
    e = only(code_text("Two church leaders warned against the killing of civilians in Kesh.", published="2022-01-01"),
             "ACCUSE")
    assert e.mode == "disapprove"
    # a party warned against an act is asked not to do it
    warned = code_text("France warned Germany against any military move in Mali.", published="2022-01-01")
    assert "REQUEST" in [e.event_type for e in warned]


def test_warning_of_what_no_party_does_is_no_event() -> None:
    assert not code_text("The minister warned of a severe drought in the south.", published="2022-01-01")


@pytest.mark.parametrize(
    "text",
    [
        "Relief agencies warned that several million farmers could lose their harvests.",
        "The employers' federation warned that the dispute could deter investors.",
        "Relief agencies warned that up to two million people could be uprooted.",
        "Charities warned that thousands of families might be forced from their homes.",
    ],
)
def test_a_warning_that_foretells_what_others_suffer_is_no_threat(text: str) -> None:
    assert "THREATEN" not in [e.event_type for e in code_text(text, published="2022-01-01")]


@pytest.mark.parametrize(
    "text",
    [
        "The president warned that the army would crush any uprising.",
        "The interior minister warned that rioters seen burning shops would be charged.",
        "The rebel commander warned that more attacks would follow.",
        "The union warned that strikes would resume if the government broke its word.",
        "The Chinese ambassador warned that Chinese buyers might shun Australian barley.",
        "The general warned that no one could cross the river.",
        "The interior minister warned that the strikers could be arrested.",
        "The army warned that 200 villagers could be detained if they sheltered rebels.",
    ],
)
def test_a_warning_of_what_the_warners_side_may_do_stays_a_threat(text: str) -> None:
    assert "THREATEN" in [e.event_type for e in code_text(text, published="2022-01-01")]


def test_warning_of_what_is_to_come_stays_a_threat_aimed_past_the_threateners_own_pronoun() -> None:
    e = only(code_text("The rebels warned that they would storm the garrison.", published="2022-01-01"), "THREATEN")
    assert not [a for a in e.recipient if a.text == "they"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor announced that soldiers will not fire on the marchers.",
        "The junta said it would not detain the striking miners.",
    ],
)
def test_promised_restraint_a_party_that_says_it_will_not_use_force_concedes(text: str) -> None:
    events = code_text(text, published="2022-01-01")
    e = only(events, "CONCEDE")
    assert "promised restraint" in (e.rule or "")
    assert e.aux.factual


def test_promised_restraint_does_not_touch_what_did_not_happen_or_a_conditional_refusal() -> None:
    events = code_text("Police did not detain anyone at the rally.", published="2022-01-01")
    assert not [e for e in events if e.event_type == "CONCEDE"]
    events = code_text("The gunmen said they would not free the nurses unless paid.", published="2022-01-01")
    only(events, "THREATEN")


def test_a_hyphenated_cease_fire_is_a_ceasefire() -> None:
    e = only(code_text("Chad declared a cease-fire with the rebels on Monday.", published="2022-01-01"), "CONCEDE")
    assert e.cameo is not None and e.cameo.code == "0871"


def test_cessation_agreeing_to_halt_protests_promises_a_concession() -> None:
    e = only(code_text("The farmers' union agreed to halt protests for a month.", published="2022-01-01"), "CONCEDE")
    assert "promised concession" in (e.rule or "")


def test_cessation_a_declared_suspension_of_ones_attacks_is_a_declared_ceasefire() -> None:
    events = code_text("The insurgents announced a suspension of attacks on Sunday.", published="2022-01-01")
    e = only(events, "CONCEDE")
    assert "ceased own act" in (e.rule or "")
    assert not [x for x in events if x.event_type in ("SANCTION", "ASSAULT")]


@pytest.mark.parametrize(
    "text", ["Velan opposition suspends protests for a month", "Striking nurses halt walkouts after pay offer"]
)
def test_cessation_a_bare_act_a_party_stops_is_its_own(text: str) -> None:
    events = code_text(text, published="2022-01-01")
    e = only(events, "CONCEDE")
    assert "ceased own act" in (e.rule or "")
    assert not [x for x in events if x.event_type == "PROTEST"]


@pytest.mark.parametrize(
    "text", ["Riot police halt protests in Tarsk", "The Velan authorities stopped demonstrations in the capital."]
)
def test_cessation_a_bare_act_the_authorities_stop_is_anothers(text: str) -> None:
    assert not [e for e in code_text(text, published="2022-01-01") if e.event_type == "CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "Tarsk Governor Suspends Plans to Impose Curfew in Port City",
        "The Velan cabinet froze its plan to ban the opposition newspaper.",
    ],
)
def test_a_plan_of_a_measure_given_up_is_a_concession_not_a_threat(text: str) -> None:
    events = code_text(text, published="2022-01-01")
    e = only(events, "CONCEDE")
    assert "dropped plan" in (e.rule or "")
    assert not [x for x in events if x.event_type in ("THREATEN", "COERCE")]


def test_a_plan_of_a_measure_announced_is_no_concession() -> None:
    events = code_text("The Velan cabinet unveiled its plan to ban the opposition newspaper.", published="2022-01-01")
    assert not [e for e in events if e.event_type == "CONCEDE"]


def test_cessation_demanding_an_end_to_attacks_stays_a_demand() -> None:
    events = code_text("The council demanded an end to attacks on clinics.", published="2022-01-01")
    assert {e.event_type for e in events} == {"REQUEST"}


def test_cessation_agreeing_to_lift_ones_own_blockades_is_no_threat() -> None:
    events = code_text("The truckers agreed to halt blockades for a month.", published="2022-01-01")
    assert not [e for e in events if e.event_type == "THREATEN"]
    only(events, "CONCEDE")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The army chief vowed to hunt down the gunmen.", "the gunmen"),
        ("The governor vowed that those responsible would be brought to justice.", "those responsible"),
    ],
)
def test_a_promise_to_punish_a_party_threatens_it(text: str, target: str) -> None:
    e = only(code_text(text), "THREATEN")
    assert "+punitive promise" in e.rule
    assert [a.text for a in e.recipient] == [target]


@pytest.mark.parametrize(
    "text", ["The president vowed to rebuild the city.", "The minister promised not to punish the strikers."]
)
def test_a_promise_to_build_or_not_to_punish_threatens_no_one(text: str) -> None:
    assert [e.event_type for e in code_text(text)] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan government said it would not tolerate attacks on police stations.",
        "The Kenyan president said he would not tolerate violent protests in Nairobi.",
    ],
)
def test_refusing_to_tolerate_anothers_hostile_act_is_a_threat(text: str) -> None:
    events = code_text(text)
    assert [e.event_type for e in events] == ["THREATEN"]
    assert "will not tolerate" in events[0].rule


def test_a_promise_not_to_use_force_stays_a_concession() -> None:
    e = only(code_text("The Zambian police said they would not arrest the striking miners."), "CONCEDE")
    assert "promised restraint" in e.rule


def test_a_promise_not_to_use_force_is_no_threat() -> None:
    evs = code_text("The militia has agreed not to enter the capital under a deal with the government.")
    assert only(evs, "AGREE")
    assert not [e for e in evs if e.event_type == "THREATEN"]


def test_a_promise_to_move_troops_in_is_a_threat() -> None:
    only(code_text("The army has agreed to enter the rebel-held province."), "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "A court in Hue on Monday sentenced a cartoonist to six years in prison.",
        "A Tunis court jailed a trade unionist for three years on Sunday.",
    ],
)
def test_a_prison_term_is_a_judgement_and_a_jailing(text: str) -> None:
    evs = code_text(text, published="2023-01-03")
    assert sorted((e.event_type, e.mode) for e in evs) == [("COERCE", "arrest"), ("SANCTION", "convict")]
    assert len({tuple(a.text for a in e.recipient) for e in evs}) == 1  # one party sentenced and jailed


@pytest.mark.parametrize(
    "text",
    [
        "A military court sentenced the colonel to death.",
        "Police jailed the two suspects pending trial.",
    ],
)
def test_a_sentence_or_jailing_with_no_term_stays_one_act(text: str) -> None:
    assert len(code_text(text, published="2023-01-03")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kisumu detained the union organiser for two days.",
        "The cartoonist was detained for a week at a police station in Hue.",
    ],
)
def test_days_spent_in_police_custody_are_no_prison_term(text: str) -> None:
    evs = code_text(text, published="2023-01-03")
    assert [(e.event_type, e.mode) for e in evs] == [("COERCE", "arrest")]


def test_a_jailing_for_a_term_is_still_a_judgement_too() -> None:
    evs = code_text("The blogger was jailed for four years on Tuesday.", published="2023-01-03")
    assert sorted((e.event_type, e.mode) for e in evs) == [("COERCE", "arrest"), ("SANCTION", "convict")]


def test_an_order_to_serve_a_term_is_a_sentence_and_a_jailing() -> None:
    evs = code_text("A Minsk court on Friday ordered the blogger to serve three years in a penal colony.")
    assert sorted((e.event_type, e.mode) for e in evs) == [("COERCE", "arrest"), ("SANCTION", "convict")]


def test_an_order_to_serve_something_else_stays_a_request() -> None:
    evs = code_text("The ministry ordered the clinics to serve meals for three days.")
    assert [e.event_type for e in evs] == ["REQUEST"]


def test_a_court_that_jails_someone_with_no_term_told_also_convicts_them() -> None:
    evs = code_text("A court in Lyon on Friday jailed the former mayor pending an appeal.")
    assert only(evs, "SANCTION").mode == "convict"
    assert only(evs, "COERCE").mode == "arrest"


def test_a_fine_or_a_police_jailing_is_one_act() -> None:
    assert "COERCE" not in {e.event_type for e in code_text("A court in Almaty fined the newspaper $5,000 for libel.")}
    assert "SANCTION" not in {e.event_type for e in code_text("Police in Almaty jailed two activists overnight.")}


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers advance into western Dalmora as the militia sends car bombs",
        "The insurgents sent suicide truck bombs against the army lines on Sunday.",
    ],
)
def test_vehicle_bombs_sent_are_an_attack_not_aid(text: str) -> None:
    events = code_text(text, published="2023-01-03")
    assert "AID" not in [e.event_type for e in events]
    only(events, "ASSAULT")


def test_bombs_sent_to_an_ally_are_still_aid() -> None:
    only(code_text("Tarvia sent bombs and missiles to Borland in March.", published="2023-01-03"), "AID")


def test_forces_freeing_people_a_participle_says_are_held_rescue_them() -> None:
    evs = code_text("Troops freed six prison guards held by inmates at the jail.")
    e = only(evs, "AID")
    assert [a.text for a in e.recipient] == ["six prison guards"]
    assert not [x for x in evs if x.event_type == "RETREAT"]
    # prisoners a state frees are released, not rescued
    assert only(code_text("The junta freed 200 political prisoners on Sunday."), "RETREAT").mode == "release"


def test_officials_of_another_state_barred_from_entering_are_under_a_travel_ban() -> None:
    events = code_text(
        "Ottawa on Monday barred four Belarusian army generals and a Minsk judge from entering Canada.",
        published="2024-05-01",
    )
    ban = only(events, "SANCTION")
    assert ban.trigger.text == "barred"
    assert ENTRY_BAN in ban.rule
    assert not [e for e in events if e.event_type == "COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "Police barred students from entering the campus on Friday.",
        "Hungarian police barred the migrants from entering Hungary.",
    ],
)
def test_people_kept_out_who_are_no_foreign_officials_are_restricted(text: str) -> None:
    assert only(code_text(text, published="2024-05-01"), "COERCE").trigger.text == "barred"


def test_missiles_fired_into_the_sea_are_a_weapons_test() -> None:
    text = "The North Korean navy fired three cruise missiles into the sea near Wonsan on Sunday."
    test = only(code_text(text, published="2024-05-01"), "MOBILIZE")
    assert test.mode == "weapons"
    assert INTO_THE_SEA in test.rule


@pytest.mark.parametrize(
    "text",
    [
        "Militants fired rockets into southern Israel on Tuesday.",
        "The navy fired a missile into the gulf, hitting a tanker.",
    ],
)
def test_missiles_fired_at_a_place_or_hitting_something_are_an_attack(text: str) -> None:
    assert only(code_text(text, published="2024-05-01"), "ASSAULT").trigger.text == "fired"


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's navy sent two warships to the disputed waters on Monday.",
        "The Ruritanian air force deployed fighter jets and helicopters to the northern border on Friday.",
    ],
)
def test_ships_and_aircraft_moved_are_weapons_mobilised(text: str) -> None:
    e = only(code_text(text, published="2024-05-15"), "MOBILIZE")
    assert e.mode == "weapons"
    assert MACHINES_MOVED in (e.rule or "")


@pytest.mark.parametrize(
    "text",
    [
        "Ghana sent troops and tanks to the border on Monday.",
        "Ghana deployed 500 soldiers to the northern region on Monday.",
    ],
)
def test_people_moved_stay_troops_mobilised(text: str) -> None:
    assert only(code_text(text, published="2024-05-15"), "MOBILIZE").mode == "troops"


def test_a_joint_attack_is_also_the_attackers_military_cooperation() -> None:
    text = "Kenyan and Somali forces launched joint air strikes on al Shabaab camps near Kismayo on Monday."
    evs = code_text(text, published="2024-05-01")
    assert only(evs, "ASSAULT")
    coop = only(evs, "COOPERATE")
    assert countries(coop.actor) == {"KEN", "SOM"} and not coop.recipient


def test_an_attack_not_named_joint_is_no_cooperation() -> None:
    text = "Kenyan forces launched air strikes on al Shabaab camps near Kismayo on Monday."
    evs = code_text(text, published="2024-05-01")
    assert only(evs, "ASSAULT") and not [e for e in evs if e.event_type == "COOPERATE"]


def test_unlisted_refusal_beside_a_conjoined_refusal_is_one_more_rejection() -> None:
    text = "The governor said his government would not pay a bounty to the smugglers or negotiate with them."
    rejected = [e.trigger.text for e in code_text(text, published="2024-05-01") if e.event_type == "REJECT"]
    assert "pay" in rejected
    assert "negotiate" in rejected


def test_unlisted_refusal_an_act_with_a_refused_object_stays_one_rejection() -> None:
    text = "The opposition said it would not attend the talks with the ruling party."
    rejected = [e.trigger.text for e in code_text(text, published="2024-05-01") if e.event_type == "REJECT"]
    assert rejected == ["talks"]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister said Moscow would respond in kind.",
        "The spokesman said Beijing would react firmly to any further provocation.",
        "Tehran said it would reciprocate.",
    ],
)
def test_vowed_response_a_party_that_will_answer_in_kind_or_firmly_threatens(text: str) -> None:
    threat = only(code_text(text, published="2024-05-01"), "THREATEN")
    assert VOWED_RESPONSE in threat.rule
    assert threat.aux.factual


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it would respond to the letter next week.",
        "The army said it would not respond to the provocation.",
        "The ministry responded firmly to the letter on Monday.",
    ],
)
def test_vowed_response_not_for_a_reply_a_refusal_or_an_answer_given(text: str) -> None:
    assert not [e for e in code_text(text, published="2024-05-01") if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The authorities ordered the migrants to leave the region by Friday or face arrest.", "arrest"),
        ("The mayor told the traders to close their stalls or face heavy fines.", "restrict"),
    ],
)
def test_ultimatum_an_order_with_a_penalty_for_disobeying_it_is_a_threat(text: str, mode: str) -> None:
    events = code_text(text, published="2024-05-01")
    threat = only(events, "THREATEN")
    assert threat.mode == mode
    assert ULTIMATUM in threat.rule
    assert not [e for e in events if e.event_type == "COERCE"]  # the penalty is only threatened


@pytest.mark.parametrize(
    "text",
    [
        "The governor ordered the protesters to disperse.",
        "The general ordered the soldiers to face the enemy.",
    ],
)
def test_ultimatum_not_for_an_order_with_no_penalty(text: str) -> None:
    assert not [e for e in code_text(text, published="2024-05-01") if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Armenia and Azerbaijan collapsed on Friday without a deal.",
        "Negotiations between the union and the mine owners broke down on Tuesday.",
    ],
)
def test_collapsed_talks_are_the_parties_rejection(text: str) -> None:
    events = code_text(text, published="2024-05-01")
    rejection = only(events, "REJECT")
    assert rejection.mode == "meet"
    assert COLLAPSED_TALKS in rejection.rule
    assert len(rejection.actor) == 2
    assert not [e for e in events if e.event_type == "CONSULT"]


def test_collapsed_talks_not_for_talks_that_go_on() -> None:
    text = "Talks between Armenia and Azerbaijan resumed in Geneva on Monday."
    assert only(code_text(text, published="2024-05-01"), "CONSULT")
    assert not [e for e in code_text(text, published="2024-05-01") if e.event_type == "REJECT"]


def test_faced_penalty_told_by_a_speaker_threatens_whoever_is_to_face_it() -> None:
    text = "The interior minister said the organisers would face prosecution."
    threat = only(code_text(text, published="2024-05-01"), "THREATEN")
    assert FACED_PENALTY in threat.rule
    assert [a.text for a in threat.actor] == ["The interior minister"]
    assert [a.text for a in threat.recipient] == ["the organisers"]
    assert threat.aux.factual


@pytest.mark.parametrize(
    "text",
    [
        "The farmers said they could face eviction.",
        "The organisers faced prosecution last year.",
    ],
)
def test_faced_penalty_not_for_ones_own_fear_or_a_penalty_faced(text: str) -> None:
    assert not [e for e in code_text(text, published="2024-05-01") if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "A military court handed down ten-year sentences to four journalists on Sunday.",
        "A military court gave the journalist a ten-year sentence on Sunday.",
        "A military court imposed a ten-year sentence on the journalist on Sunday.",
    ],
)
def test_passed_sentence_a_sentence_given_or_imposed_is_a_conviction(text: str) -> None:
    events = code_text(text, published="2024-05-01")
    conviction = only(events, "SANCTION")
    assert conviction.mode == "convict"
    assert PASSED_SENTENCE in conviction.rule
    assert conviction.recipient
    assert not [e for e in events if e.event_type == "AID"]


def test_passed_sentence_a_sentence_imposed_in_the_passive_is_a_conviction() -> None:
    text = "Heavy prison sentences were imposed on the strike leaders by a military court in Dakar."
    conviction = only(code_text(text, published="2024-05-01"), "SANCTION")
    assert conviction.mode == "convict"
    assert PASSED_SENTENCE in conviction.rule
    assert [a.text for a in conviction.actor] == ["a military court"]


def test_passed_sentence_not_for_other_things_imposed_in_the_passive() -> None:
    events = code_text("New fees were imposed on foreign students by the university.", published="2024-05-01")
    assert not [e for e in events if e.mode == "convict"]


def test_passed_sentence_not_for_other_things_handed_over() -> None:
    events = code_text("The judge handed the case to a higher court on Monday.", published="2024-05-01")
    assert not [e for e in events if e.event_type == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ('"The gunmen will be hunted down and punished," the police chief told reporters.', "The gunmen"),
        ("The minister said those responsible would be punished.", "those responsible"),
    ],
)
def test_punitive_statement_a_party_told_it_will_be_punished_is_threatened(text: str, target: str) -> None:
    threat = only(code_text(text, published="2024-05-01"), "THREATEN")
    assert PUNITIVE_STATEMENT in threat.rule
    assert [a.text for a in threat.recipient] == [target]
    assert threat.aux.factual


@pytest.mark.parametrize(
    "text",
    [
        "The minister said nobody would be prosecuted.",
        "The rebels were crushed in 1998.",
        "The minister said the looters would not be punished.",
    ],
)
def test_punitive_statement_not_for_an_assurance_or_a_punishment_told(text: str) -> None:
    assert not [e for e in code_text(text, published="2024-05-01") if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition called the peace plan unacceptable.",
        "The union described the wage offer as unacceptable.",
    ],
)
def test_refusing_name_a_proposal_called_unacceptable_is_refused(text: str) -> None:
    refusal = only(code_text(text, published="2024-05-01"), "REJECT")
    assert REFUSING_NAME in refusal.rule


@pytest.mark.parametrize(
    "text",
    [
        "The opposition called the verdict unacceptable.",
        "The opposition called the peace plan dangerous.",
    ],
)
def test_refusing_name_not_for_a_judgement_of_anything_else(text: str) -> None:
    events = code_text(text, published="2024-05-01")
    assert not [e for e in events if e.event_type == "REJECT"]
    assert only(events, "ACCUSE").mode == "disapprove"


@pytest.mark.parametrize(
    "text",
    [
        "The prime ministers of Greece and Turkey spoke by phone on Monday but failed to end the row over the islands.",
        "The two foreign ministers met for five hours in Vienna but failed to bridge their differences.",
    ],
)
def test_failed_outcome_of_talks_is_a_rejection(text: str) -> None:
    refusal = only(code_text(text, published="2024-05-01"), "REJECT")
    assert FAILED_OUTCOME in refusal.rule
    assert refusal.aux.factual


def test_failed_outcome_not_without_a_meeting() -> None:
    events = code_text("Police searched the river but failed to find the bodies.", published="2024-05-01")
    assert not [e for e in events if e.event_type in ("REJECT", "AGREE")]


def test_command_an_act_in_the_orders_reason_is_not_what_it_orders() -> None:
    text = "The government ordered all foreign aid workers to leave the province, citing a wave of attacks by rebels."
    events = code_text(text, published="2024-05-01")
    assert only(events, "REQUEST").trigger.text == "ordered"
    assert not [e for e in events if e.event_type == "ASSAULT" and e.trigger.text == "ordered"]


@pytest.mark.parametrize(
    "text",
    [
        "The European Union said it would keep sanctions on Belarus in place.",
        "Washington will maintain its embargo on Cuba, the spokesman said.",
        "The army kept the curfew in place for a third week.",
    ],
)
def test_kept_measure_keeping_a_measure_in_place_refuses_to_ease_it(text: str) -> None:
    events = code_text(text, published="2024-05-01")
    refusal = only(events, "REJECT")
    assert refusal.mode == "yield"
    assert KEPT_MEASURE in refusal.rule
    assert refusal.aux.factual
    assert not [e for e in events if e.event_type in ("THREATEN", "SANCTION", "COERCE")]


def test_kept_measure_not_for_a_measure_kept_under_review() -> None:
    events = code_text("The court kept the ban under review.", published="2024-05-01")
    assert not [e for e in events if e.event_type == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "The premier said the Chinese police advisers had been sent home.",
        "The government sent the foreign observers back home on Friday.",
    ],
)
def test_sent_home_personnel_sent_home_are_expelled(text: str) -> None:
    events = code_text(text, published="2024-05-01")
    expulsion = only(events, "SANCTION")
    assert expulsion.mode == "expel"
    assert SENT_HOME in expulsion.rule
    assert not [e for e in events if e.event_type == "AID"]


def test_sent_home_personnel_sent_abroad_are_aid() -> None:
    events = code_text("Germany sent 40 doctors to Ukraine on Monday.", published="2024-05-01")
    assert only(events, "AID")
    assert not [e for e in events if e.event_type == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The president said any such step would be met with a matching levy.", "restrict"),
        ("The general said any incursion will be met with force.", "violence"),
    ],
)
def test_met_with_a_measure_an_act_told_it_will_be_answered_is_threatened(text: str, mode: str) -> None:
    events = code_text(text, published="2024-05-01")
    threat = only(events, "THREATEN")
    assert threat.mode == mode
    assert MET_WITH in threat.rule
    assert threat.aux.factual
    assert not [e for e in events if e.event_type in ("ASSAULT", "SANCTION")]  # the answered act is supposed


@pytest.mark.parametrize(
    "text",
    [
        "The delegates were met with applause at the airport.",
        "The minister said the protesters would not be met with force.",
    ],
)
def test_met_with_a_measure_not_for_a_welcome_or_an_assurance(text: str) -> None:
    assert not [e for e in code_text(text, published="2024-05-01") if e.event_type == "THREATEN"]


def test_ships_sent_carrying_aid_goods_deliver_aid() -> None:
    text = "Brazil's government said it would send three cargo ships carrying grain to Haiti."
    promised = only(code_text(text, published="2024-05-08"), "AGREE")
    assert AID_CARRIED in promised.rule
    assert [a.text for a in promised.recipient] == ["Haiti"]
    events = code_text("The Turkish navy sent two ships carrying flour and blankets to Lebanon on Sunday.")
    assert "MOBILIZE" not in [e.event_type for e in events]
    only(events, "AID")


def test_ships_sent_carrying_weapons_stay_a_deployment() -> None:
    e = only(code_text("The navy sent two frigates carrying cruise missiles to the strait."), "MOBILIZE")
    assert e.mode == "weapons"
    assert AID_CARRIED not in e.rule


def test_forces_sent_for_disaster_relief_give_aid() -> None:
    events = code_text("Norland deployed 400 soldiers to help evacuate villagers from the flooded delta.")
    e = only(events, "AID")
    assert RELIEF_DEPLOYMENT in e.rule and "MOBILIZE" not in [x.event_type for x in events]


def test_forces_sent_to_secure_a_place_are_still_a_deployment() -> None:
    e = only(code_text("Norland deployed 400 soldiers to help secure the delta after the raid."), "MOBILIZE")
    assert RELIEF_DEPLOYMENT not in e.rule


def test_sanctions_that_target_a_party_sanction_it() -> None:
    events = code_text("The new sanctions target three Ostrian banks and a shipping firm.")
    e = only(events, "SANCTION")
    assert MEASURE_HITS in e.rule and "ASSAULT" not in [x.event_type for x in events]
    assert "three Ostrian banks" in [a.text for a in e.recipient]


def test_strikes_that_target_a_place_are_still_an_attack() -> None:
    e = only(code_text("The air strikes targeted rebel positions near the town."), "ASSAULT")
    assert MEASURE_HITS not in e.rule


@pytest.mark.parametrize(
    "text",
    [
        "The rebels gave the government 48 hours to release their commander.",
        "Bogota gave the guerrillas until Monday to free the kidnapped soldiers.",
        "The council gave the militias a month to disarm.",
    ],
)
def test_a_term_given_to_act_is_an_ultimatum(text: str) -> None:
    evs = [e for e in code_text(text, published="2022-01-01") if e.event_type]
    e = only(evs, "THREATEN")
    assert DEADLINE in (e.rule or "") and e.actor and e.recipient
    assert [x.event_type for x in evs] == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "The court gave the defence until Friday to file its appeal.",
        "The accord gives the rebels six months to disarm.",
        "The donors gave the agency two million dollars to rebuild the clinic.",
    ],
)
def test_a_term_of_no_party_or_no_act_is_no_ultimatum(text: str) -> None:
    assert not [e for e in code_text(text, published="2022-01-01") if e.event_type == "THREATEN"]


def test_a_term_to_leave_stays_an_expulsion() -> None:
    evs = code_text("The ministry gave the consul 72 hours to leave the country.", published="2022-01-01")
    assert only(evs, "SANCTION").mode == "expel"


@pytest.mark.parametrize(
    "text",
    [
        "The general warned of a military response if the convoy entered the zone.",
        "The ministry summoned the ambassador and warned of retaliatory measures.",
        "Tehran warned of severe consequences.",
        "The president warned of a crackdown if the protests went on.",
    ],
)
def test_a_warning_of_a_reprisal_threatens(text: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "THREATEN")
    assert "reprisal" in (e.rule or "")


@pytest.mark.parametrize(
    "text",
    [
        "Economists warned of a recession if rates rose.",
        "The relief agencies warned of a humanitarian catastrophe in the city.",
    ],
)
def test_a_warning_of_what_no_party_does_threatens_no_one(text: str) -> None:
    assert not [e for e in code_text(text, published="2022-01-01") if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Seoul said it would respond with force to any further incursion.", "violence"),
        ("The army would respond militarily to any attack, the minister said.", "violence"),
        # a countermeasure is a retaliatory measure (a sanction): its threat restricts
        ("Beijing said it would respond with countermeasures.", "restrict"),
    ],
)
def test_vowed_response_by_force_or_a_measure_threatens(text: str, mode: str | None) -> None:
    threat = only(code_text(text, published="2022-01-01"), "THREATEN")
    assert VOWED_RESPONSE in threat.rule and threat.mode == mode


def test_vowed_response_not_for_an_answer_in_words() -> None:
    evs = code_text("The ministry will respond with a statement on Monday.", published="2022-01-01")
    assert not [e for e in evs if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The president did not rule out new sanctions on Minsk.", "restrict"),
        ("The foreign minister said Tokyo would not rule out air strikes on the smugglers' bases.", "violence"),
    ],
)
def test_a_hostile_act_not_ruled_out_is_threatened(text: str, mode: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "THREATEN")
    assert NOT_RULED_OUT in e.rule and e.mode == mode


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The president ruled out air strikes on the ports.", "REJECT"),
        ("The minister did not rule out talks with the rebels.", None),
    ],
)
def test_not_ruled_out_leaves_a_refusal_or_talks_alone(text: str, category: str | None) -> None:
    evs = [e for e in code_text(text, published="2022-01-01") if e.event_type]
    assert not [e for e in evs if e.event_type == "THREATEN"]
    if category:
        only(evs, category)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said Athens would pay a heavy price for its provocations.",
        "The general said the smugglers would pay dearly.",
    ],
)
def test_a_price_another_party_will_pay_is_a_threat(text: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "THREATEN")
    assert FACED_PENALTY in e.rule and e.recipient


@pytest.mark.parametrize(
    "text",
    [
        "Consumers will pay a higher price for fuel, the minister said.",
        "Farmers said they would pay a heavy price for the drought.",
        "The president said the country would pay the price of peace.",
    ],
)
def test_a_price_paid_as_a_cost_is_no_threat(text: str) -> None:
    assert not [e for e in code_text(text, published="2022-01-01") if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ('The senator said "all options remain on the table" and urged the army to stand aside.', "The senator"),
        ("Washington kept all options on the table in dealing with Pyongyang.", "Washington"),
    ],
)
def test_all_options_on_the_table_threatens_force(text: str, actor: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "THREATEN")
    assert OPTIONS_OPEN in e.rule and e.mode == "violence" and e.actor[0].text == actor


@pytest.mark.parametrize(
    "text",
    [
        "Three options are on the table for the budget, the finance minister said.",
        "All options were on the table.",
    ],
)
def test_options_in_talks_or_of_no_speaker_threaten_no_one(text: str) -> None:
    assert not [e for e in code_text(text, published="2022-01-01") if e.event_type == "THREATEN"]


def test_a_deed_done_in_protest_is_a_protest_by_its_doer() -> None:
    e = only(code_text("Bakers in Vasko shut their ovens for a day in protest at the rise in flour prices."), "PROTEST")
    assert [a.text for a in e.actor][0].startswith("Bakers")


def test_an_envoy_recalled_in_protest_stays_a_recall() -> None:
    events = code_text("The Ostrian government recalled its ambassador from Vasko in protest over the remarks.")
    assert [e.event_type for e in events] == ["SANCTION"]


def test_a_state_office_acting_in_protest_holds_no_protest() -> None:
    events = code_text("The Ostrian foreign ministry postponed the signing ceremony in protest at the remarks.")
    assert "PROTEST" not in [e.event_type for e in events]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The army gave the gunmen 24 hours to release the kidnapped miners.", "violence"),
        ("The interior minister gave the militias a week to lay down their weapons.", "violence"),
        ("The governor gave the city council until Friday to lift the ban on street vendors.", "relations"),
    ],
)
def test_an_ultimatum_threatens_force_for_a_retreat_and_a_break_for_anything_else(text: str, mode: str) -> None:
    """An ultimatum to give up captives, arms or ground is held up with force (CAMEO 138); any
    other act demanded on a deadline is CAMEO 139, THREATEN relations."""
    e = only(code_text(text, published="2022-01-01"), "THREATEN")
    assert e.mode == mode


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("The foreign ministry said Washington would bear full responsibility for any escalation.", "Washington"),
        ('"Tehran will bear full responsibility for the consequences," the Israeli envoy said.', "Tehran"),
    ],
)
def test_blame_to_be_borne_for_what_follows_threatens_the_party_that_bears_it(text: str, warned: str) -> None:
    threat = only(code_text(text, published="2024-05-01"), "THREATEN")
    assert FACED_PENALTY in threat.rule
    assert [a.text for a in threat.recipient] == [warned]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the army will bear responsibility for security in the camps.",
        "The minister said his government would bear responsibility for the consequences.",
    ],
)
def test_responsibility_for_a_task_or_borne_by_the_speakers_side_threatens_no_one(text: str) -> None:
    assert not [e for e in code_text(text, published="2024-05-01") if e.event_type == "THREATEN"]


def test_a_term_named_a_deadline_is_an_ultimatum() -> None:
    text = "The militants gave the government a deadline to release their comrades."
    events = code_text(text, published="2024-05-01")
    threat = only(events, "THREATEN")
    assert DEADLINE in threat.rule
    assert not [e for e in events if e.event_type in ("AID", "RETREAT")]


def test_a_deadline_for_a_court_filing_is_no_ultimatum() -> None:
    text = "The court gave the lawyers a deadline to file the appeal."
    assert not [e for e in code_text(text, published="2024-05-01") if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "The president vowed to withdraw troops from the border before December.",
        "The defence minister pledged to pull the army out of the northern provinces.",
    ],
)
def test_promised_retreat_a_vow_to_pull_back_is_a_concession_not_a_threat(text: str) -> None:
    events = code_text(text, published="2022-01-01")
    e = only(events, "CONCEDE")
    assert "promised concession" in (e.rule or "")
    assert not [x for x in events if x.event_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The army vowed to seize the border region.", "territory"),
        ("The militia vowed to drive the settlers out of the valley.", "expel"),
    ],
)
def test_promised_retreat_a_vow_to_take_land_or_drive_others_out_stays_a_threat(text: str, mode: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "THREATEN")
    assert e.mode == mode


@pytest.mark.parametrize(
    "text", ["The guerrillas vowed to lay down their rifles.", "The rebels agreed to hand over their weapons."]
)
def test_promised_concession_giving_up_ones_own_weapons_is_a_concession(text: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "CONCEDE")
    assert "promised concession" in (e.rule or "")


def test_promised_concession_a_vow_to_disarm_another_party_is_no_concession() -> None:
    events = code_text("The government vowed to disarm the militias.", published="2022-01-01")
    assert not [e for e in events if e.event_type == "CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "Oman hosted indirect talks between Iran and the United States.",
        "Qatar hosted a round of negotiations between the Taliban and Washington.",
    ],
)
def test_hosted_talks_between_others_are_on_third_ground(text: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "CONSULT")
    assert e.mode == "third-party"
    assert HOSTED_TALKS in (e.rule or "")


def test_hosted_talks_with_a_visitor_stay_a_visit() -> None:
    events = code_text("Japan hosted talks with the Australian prime minister in Tokyo.", published="2022-01-01")
    e = only(events, "CONSULT")
    assert e.mode == "visit"
    assert [a.country for a in e.actor] == ["AUS"]


def test_meeting_in_clause_who_speaks_to_another_in_a_call_meets_them() -> None:
    text = "The Kenyan president told his Ugandan counterpart in a phone call on Monday that the border would open."
    e = only(code_text(text, published="2022-01-01"), "CONSULT")
    assert MEETING_IN_CLAUSE in (e.rule or "")
    assert sorted(a.country for a in e.actor) == ["KEN", "UGA"]
    assert e.recipient == []


def test_meeting_in_clause_who_attends_a_blocs_summit_takes_part() -> None:
    text = "The Kenyan foreign minister attended an African Union summit in Addis Ababa."
    e = only(code_text(text, published="2022-01-01"), "CONSULT")
    assert "KEN" in {a.country for a in e.actor}
    assert len(e.actor) == 2


def test_meeting_in_clause_speaking_in_an_interview_names_no_meeting_party() -> None:
    text = "The minister said in a television interview that talks with the rebels would resume."
    events = code_text(text, published="2022-01-01")
    assert not [e for e in events if MEETING_IN_CLAUSE in (e.rule or "")]


@pytest.mark.parametrize(
    "text", ["The union called off the strike after the government raised wages.", "Organisers called off the march."]
)
def test_cessation_calling_off_the_protest_is_the_organisers_concession(text: str) -> None:
    events = code_text(text, published="2022-01-01")
    only(events, "CONCEDE")
    assert "PROTEST" not in {e.event_type for e in events}


def test_cessation_stopping_the_march_is_not_calling_it_off() -> None:
    events = code_text("Police stopped the march outside the ministry.", published="2022-01-01")
    assert "CONCEDE" not in {e.event_type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal gave the prosecutors three weeks to file their closing brief.",
        "The judge gave the defence team until Monday to submit its evidence.",
    ],
)
def test_a_term_for_a_filing_is_no_aid_given(text: str) -> None:
    assert not [e for e in code_text(text, published="2024-05-01") if e.event_type]


def test_money_given_for_a_purpose_is_still_aid() -> None:
    only(code_text("Norway gave the relief agency four million dollars to rebuild the clinic.",
                   published="2024-05-01"), "AID")


@pytest.mark.parametrize(
    "text",
    [
        "The two delegations could not agree on a ceasefire.",
        "The two sides were unable to agree on a new border.",
    ],
)
def test_cooperation_a_party_could_not_manage_is_refused(text: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "REJECT")
    assert e.actor and e.aux.factual


@pytest.mark.parametrize(
    "text",
    [
        "Washington added the Harbin shipping company to its sanctions list on Tuesday.",
        "The Treasury placed the militia leader on its terrorism blacklist.",
        "Two Iranian banks were placed on the British sanctions list.",
    ],
)
def test_blacklisted_a_party_put_on_a_punitive_list_is_sanctioned(text: str) -> None:
    e = only(code_text(text, published="2024-05-01"), "SANCTION")
    assert BLACKLISTED in e.rule
    assert e.recipient


@pytest.mark.parametrize(
    "text",
    ["Rescuers could not reach the trapped miners.", "The army was unable to reach the flooded villages."],
)
def test_an_act_beyond_reach_is_no_refusal(text: str) -> None:
    assert not [e for e in code_text(text, published="2022-01-01") if e.event_type == "REJECT"]


def test_a_measure_stopped_short_of_did_not_happen() -> None:
    events = code_text("The EU stopped short of imposing sanctions on Moscow.", published="2022-01-01")
    assert not [e for e in events if e.event_type == "SANCTION"]


def test_cooperation_stopped_short_of_is_refused() -> None:
    e = only(code_text("The EU stopped short of endorsing the plan.", published="2022-01-01"), "REJECT")
    assert e.aux.factual


@pytest.mark.parametrize(
    ("text", "setter", "asked"),
    [
        ("The government said it would not resume talks unless the rebels freed all the hostages.", None, None),
        ("Canada said it would keep its levies in place until Washington scrapped its duties.", "CAN", "USA"),
        ("Kenya said it would rejoin the talks only if Somalia withdrew its troops from the border.", "KEN", "SOM"),
    ],
)
def test_a_condition_set_on_another_party_is_a_demand(text: str, setter: str | None, asked: str | None) -> None:
    e = only(
        [e for e in code_text(text, published="2022-01-01") if DEMANDED_CONDITION in (e.rule or "")], "REQUEST"
    )
    assert e.actor and e.recipient and e.aux.factual
    if setter is not None:
        assert countries(e.actor) == {setter} and countries(e.recipient) == {asked}


@pytest.mark.parametrize(
    "text",
    [
        "The army stayed in the town until the rebels left.",
        "The militants threatened to bomb the dam unless the government freed their leader.",
        "The general said the army would keep fighting until its soldiers held the ridge.",
        "The minister said the hostages would not be freed unless the ransom was paid.",
    ],
)
def test_a_narrated_term_a_threat_or_ones_own_goal_is_no_demand(text: str) -> None:
    assert not [e for e in code_text(text, published="2022-01-01") if DEMANDED_CONDITION in (e.rule or "")]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing said it would not stand idly by.",
        "The minister said the country would not sit idly by while its citizens were attacked.",
    ],
)
def test_refusing_to_look_on_is_a_warning(text: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "THREATEN")
    assert IDLE_REFUSED in (e.rule or "") and e.aux.factual


def test_looking_on_idly_is_no_support() -> None:
    events = code_text("The world stood idly by as the massacre unfolded.", published="2022-01-01")
    assert not [e for e in events if e.event_type in ("SUPPORT", "THREATEN", "REJECT")]



@pytest.mark.parametrize(
    "text",
    ["No option has been ruled out, the spokesman said.", "The minister said Tehran would keep all options open."],
)
def test_no_option_ruled_out_or_all_kept_open_is_a_threat_of_force(text: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "THREATEN")
    assert OPTIONS_OPEN in (e.rule or "") and e.mode == "violence"


def test_some_options_kept_open_in_talks_are_no_threat() -> None:
    events = code_text("The negotiators kept two options open for the budget.", published="2022-01-01")
    assert not [e for e in events if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    ["Tirana has not authorised any air strikes on the town.", "The ministry did not allow the march."],
)
def test_an_act_a_party_gave_no_leave_for_is_its_refusal(text: str) -> None:
    events = code_text(text, published="2022-01-01")
    e = only(events, "REJECT")
    assert REFUSED_LEAVE in (e.rule or "") and e.aux.factual
    assert not [g for g in events if g.event_type in ("ASSAULT", "PROTEST")]


def test_an_act_given_leave_is_no_refusal() -> None:
    events = code_text("Parliament approved the deployment.", published="2022-01-01")
    assert not [e for e in events if e.event_type == "REJECT"]


def test_a_party_that_has_not_ruled_out_any_option_threatens() -> None:
    events = code_text("Colombia has not ruled out any option against the armed group.", published="2024-03-08")
    threat = [e for e in events if e.event_type == "THREATEN"]
    assert threat and threat[0].aux.factual and [a.text for a in threat[0].actor] == ["Colombia"]


def test_a_party_that_rules_out_any_option_keeps_none_open() -> None:
    events = code_text("Colombia has ruled out any option of a new truce.", published="2024-03-08")
    assert not [e for e in events if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "The council added three items to the agenda list.",
        "The candidate was put on the party list for the election.",
    ],
)
def test_blacklisted_not_for_other_lists(text: str) -> None:
    assert not [e for e in code_text(text, published="2024-05-01") if e.event_type == "SANCTION"]


def test_a_court_order_to_pay_is_a_conviction_of_the_party_that_pays() -> None:
    text = "A tribunal in Lima ordered the mining firm to compensate 300 farmers for the spill."
    e = only(code_text(text, published="2024-05-01"), "SANCTION")
    assert e.mode == "convict"
    assert COURT_ORDERED_PAYMENT in e.rule
    assert [a.text for a in e.recipient] == ["the mining firm"]


def test_an_order_to_pay_from_no_court_stays_a_demand() -> None:
    events = code_text("The president ordered the ministry to pay the teachers on time.", published="2024-05-01")
    assert not [e for e in events if e.event_type == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Malawi and Zambia jointly opened a new road bridge over the Luangwa on Friday.",
        "Omani and Yemeni engineers finished the water pipeline together.",
        "The Malawian army cleared the minefield in cooperation with Zambian sappers.",
    ],
)
def test_a_deed_done_jointly_is_cooperation(text: str) -> None:
    e = only(code_text(text), "COOPERATE")
    assert JOINT_DEED in (e.rule or "")


def test_the_with_party_of_a_joint_deed_is_the_recipient() -> None:
    e = only(code_text("The Malawian army cleared the minefield in cooperation with Zambian sappers."), "COOPERATE")
    assert countries(e.actor) == {"MWI"}
    assert countries(e.recipient) == {"ZMB"}


def test_a_joint_deed_told_in_the_future_is_a_promise() -> None:
    only(code_text("Malawi and Zambia will jointly build a dam on the river."), "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "The envoys sat together at the opening dinner.",
        "Malawi put together a relief plan for the north.",
        "Malawi and Zambia jointly own the power company.",
        "Malawi and Zambia jointly announced the new fares on Monday.",
    ],
)
def test_no_deed_or_a_standing_arrangement_is_no_joint_deed(text: str) -> None:
    assert not any(JOINT_DEED in (e.rule or "") for e in code_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Oman and Yemen began their annual coastal drills off Salalah on Sunday.",
        "Exercises between the Omani and Indian navies ended on Thursday.",
    ],
)
def test_drills_of_two_parties_are_military_cooperation(text: str) -> None:
    e = only(code_text(text), "COOPERATE")
    assert SHARED_DRILLS in (e.rule or "")
    assert "military" in e.context


def test_drills_of_one_party_are_no_cooperation() -> None:
    assert "COOPERATE" not in [e.event_type for e in code_text("Oman held large drills off Salalah on Sunday.")]


def test_speech_given_an_ultimatum_or_warning_given_is_the_speech_act() -> None:
    e = only(code_text("The army gave the rebels an ultimatum to free the hostages."), "THREATEN")
    assert SPEECH_GIVEN in e.rule and e.actor[0].text == "The army" and e.recipient[0].text == "the rebels"
    events = code_text("Iran gave a stern warning to Israel.")
    assert not [e for e in events if e.event_type == "AID"]
    e = only(events, "THREATEN")
    assert countries(e.actor) == {"IRN"} and countries(e.recipient) == {"ISR"}


def test_speech_given_aid_given_stays_aid() -> None:
    e = only(code_text("Japan gave the Philippines ten patrol boats."), "AID")
    assert SPEECH_GIVEN not in e.rule


def test_unanswered_an_act_that_will_not_go_unpunished_is_a_threat() -> None:
    e = only(code_text('"This provocation will not go unanswered," the foreign ministry spokesman said.'), "THREATEN")
    assert UNANSWERED in e.rule and e.actor[0].text == "the foreign ministry spokesman"
    e = only(code_text("Those responsible will not go unpunished, the minister said."), "THREATEN")
    assert e.actor[0].text == "the minister" and [a.text for a in e.recipient] == ["Those responsible"]
    e = only(code_text("The general said the attack would not be left unpunished."), "THREATEN")
    assert e.actor[0].text == "The general" and e.mode is None


def test_unanswered_a_reprisal_told_of_the_past_is_no_threat() -> None:
    events = code_text("The raid did not go unanswered, the army said.")
    assert not [e for e in events if e.event_type == "THREATEN"]


def test_force_offered_readiness_to_use_force_is_a_threat() -> None:
    e = only(code_text("Iran said it was ready to use force to defend its ships in the Gulf."), "THREATEN")
    assert e.mode == "violence" and countries(e.actor) == {"IRN"}


def test_force_offered_readiness_for_talks_stays_an_offer() -> None:
    e = only(code_text("The cabinet is ready to resume negotiations with the insurgents."), "AGREE")
    assert "THREATEN" not in e.rule


def _every(text: str) -> list:
    return code_text(text, published="2021-06-01", include_nonfactual=True)


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("The army accused the rebels of shelling the village of Ostra.", "ASSAULT", "the rebels", None),
        ("The unions charged the prison guards with torturing inmates at the Kessel jail.", "ASSAULT",
         "the prison guards", "inmates"),
        ("Rights monitors made accusations that the guards tortured detainees.", "ASSAULT", "the guards", "detainees"),
        ("Farmers accused the governor of seizing their land near Orvieto.", "COERCE", "the governor", None),
        ("Opposition leaders accused the junta of arson in the market of Selo.", "ASSAULT", "the junta", None),
        ("The militia, which villagers have accused of torturing prisoners, said it would open an inquiry.",
         "ASSAULT", "The militia", "prisoners"),
    ],
)
def test_alleged_deed_an_accusation_lays_a_deed_at_a_partys_door(
    text: str, category: str, actor: str, recipient: str | None
) -> None:
    events = _every(text)
    deed = only(events, category)
    assert ALLEGED_DEED in deed.rule and deed.aux.alleged and not deed.aux.factual
    assert [a.text for a in deed.actor] == [actor]
    if recipient is not None:
        assert [a.text for a in deed.recipient] == [recipient]
    accusation = only(events, "ACCUSE")
    assert accusation.aux.factual and [a.text for a in accusation.recipient] == [actor]
    assert not [e for e in code_text(text, published="2021-06-01") if e.event_type == category]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition accused the government on Monday.",
        "Lawmakers accused the minister of lying to parliament about the deal.",
    ],
)
def test_alleged_deed_an_accusation_with_no_deed_of_the_lexicon_is_only_an_accusation(text: str) -> None:
    assert [e.event_type for e in _every(text)] == ["ACCUSE"]


def test_alleged_deed_an_admitted_deed_is_a_fact() -> None:
    e = only(_every("The commander admitted shelling the village of Ostra."), "ASSAULT")
    assert e.aux.factual and ALLEGED_DEED not in e.rule


def test_alleged_deed_a_clause_on_a_noun_is_no_deed_of_its_own() -> None:
    events = _every("Monitors accused the militia of torturing men who had been arrested at checkpoints.")
    assert only(events, "ASSAULT").aux.alleged
    assert not [e for e in events if e.event_type == "COERCE"]
