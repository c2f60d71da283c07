"""Auxiliary modes and what they make of an act (eventwire.coding.auxiliary), on sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only

from eventwire import code_text

pytestmark = pytest.mark.slow


def test_an_announced_sum_of_aid_is_a_promise_of_aid() -> None:
    evs = code_text("Norway announced $20 million in humanitarian aid for Sudan on Friday.", published="2024-03-08")
    assert not [e for e in evs if e.event_type == "AID"] and only(evs, "AGREE")


def test_an_unveiled_aid_package_is_a_promise_of_aid() -> None:
    evs = code_text("Japan unveiled a $40 million aid package for Tonga.", published="2024-03-08")
    assert not [e for e in evs if e.event_type == "AID"] and only(evs, "AGREE")


def test_aid_said_to_be_delivered_stays_aid() -> None:
    evs = code_text("Japan said it had delivered $4 million in emergency assistance to Tonga.", published="2024-03-08")
    assert only(evs, "AID") and not [e for e in evs if e.event_type == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader said he would not take part in the national dialogue.",
        "The separatists' envoy stated that his side would not return to the negotiations in Vienna.",
        "The main opposition party will not participate in the talks, its chairman said.",
    ],
)
def test_a_meeting_not_joined_is_refused(text: str) -> None:
    e = only(code_text(text, published="2024-03-08"), "REJECT")
    assert e.mode == "meet"
    assert not [x for x in code_text(text, published="2024-03-08") if x.event_type == "CONSULT"]


def test_a_meeting_joined_keeps_its_verbs_tense() -> None:
    evs = code_text("The envoys will participate in the talks in Oslo next week.", published="2024-03-08")
    assert only(evs, "AGREE") and not [e for e in evs if e.event_type == "REJECT"]


def test_a_negated_verb_of_no_joining_leaves_the_meeting_alone() -> None:
    evs = code_text("The minister did not comment on the talks with the rebels.", published="2024-03-08")
    assert not [e for e in evs if e.event_type == "REJECT"]


def test_a_condition_on_the_light_verb_of_a_measure_makes_it_a_threat() -> None:
    """"would take punitive measures if ...": the condition hangs on the light verb, and a measure
    made to depend on the other side's conduct is a threat of it."""
    e = only(
        code_text("Hanoi said it would take punitive measures if the fishing fleets entered its waters again."),
        "THREATEN",
    )
    assert e.mode == "restrict"


def test_a_measure_told_as_decided_with_no_condition_is_no_threat() -> None:
    evs = code_text("The ministry said it would take punitive measures against the importers.")
    assert not [e for e in evs if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The government said it had no intention of negotiating with the rebels.", "meet"),
        ("The junta said it had no plans to hand over power.", "yield"),
        ("Moscow does not have any plans to withdraw its troops.", "yield"),
    ],
)
def test_an_intent_disowned_refuses_the_act(text: str, mode: str) -> None:
    evs = code_text(text, published="2024-03-08")
    e = only(evs, "REJECT")
    assert e.mode == mode
    assert not [x for x in evs if x.event_type in ("CONSULT", "CONCEDE", "RETREAT")]


@pytest.mark.parametrize(
    "text",
    [
        "The government announced plans to release 200 prisoners.",
        "The rebels said they had a plan to free the hostages.",
    ],
)
def test_an_intent_owned_is_no_refusal(text: str) -> None:
    assert not [e for e in code_text(text, published="2024-03-08") if e.event_type == "REJECT"]


def _every(text: str) -> list:
    return code_text(text, published="2024-03-08", include_nonfactual=True)


def test_an_act_asked_about_in_an_indirect_question_is_no_threat() -> None:
    evs = _every("Nobody in the capital knows whether the army will storm the rebel town.")
    assert not [e for e in evs if e.event_type == "THREATEN"]
    assert all(not e.aux.factual for e in evs)


def test_an_announced_attack_stays_a_threat() -> None:
    evs = code_text("The general said the army will storm the rebel town.", published="2024-03-08")
    assert only(evs, "THREATEN")


def test_a_bare_verb_under_another_verbs_modal_is_hypothetical() -> None:
    evs = _every("The plan would see both armies withdraw from the disputed valley.")
    e = only(evs, "RETREAT")
    assert e.aux.hypothetical and not e.aux.factual


def test_a_bare_verb_under_a_verb_in_the_past_stays_a_fact() -> None:
    evs = code_text("The mediators saw both armies withdraw from the valley.", published="2024-03-08")
    assert only(evs, "RETREAT").aux.factual


def test_an_act_told_as_likely_is_hypothetical() -> None:
    evs = _every("The court's ruling is likely to spark protests in the capital.")
    assert evs and all(e.aux.hypothetical for e in evs if e.event_type == "PROTEST")
    assert not code_text("The court's ruling is likely to spark protests in the capital.", published="2024-03-08")


def test_an_act_that_sparked_protests_stays_a_fact() -> None:
    evs = code_text("The court's ruling sparked protests in the capital on Monday.", published="2024-03-08")
    assert only(evs, "PROTEST").aux.factual


def test_a_sanction_its_target_could_face_is_no_threat() -> None:
    evs = _every("The shipping firm could face sanctions if it keeps carrying oil for the junta.")
    assert not [e for e in evs if e.event_type == "THREATEN"]


def test_a_party_that_says_it_may_impose_sanctions_threatens() -> None:
    evs = code_text("Canada said it may impose sanctions on the junta if the vote is delayed.", published="2024-03-08")
    assert only(evs, "THREATEN")


def test_an_act_under_must_with_no_one_saying_it_is_hypothetical() -> None:
    evs = _every("Under the terms of the truce, the militias must pull back 5 km from the river.")
    e = only(evs, "RETREAT")
    assert e.aux.hypothetical and not e.aux.factual


def test_an_act_told_without_must_stays_a_fact() -> None:
    text = "Under the terms of the truce, the militias pulled back 5 km from the river."
    evs = code_text(text, published="2024-03-08")
    assert only(evs, "RETREAT").aux.factual


def test_an_act_pressure_asks_for_is_hypothetical() -> None:
    evs = _every("The junta has come under pressure to free the jailed reporters.")
    assert evs and all(not e.aux.factual for e in evs if e.event_type == "RETREAT")
    assert not [e for e in code_text("The junta has come under pressure to free the jailed reporters.")
                if e.event_type == "RETREAT"]


def test_an_act_done_after_pressure_stays_a_fact() -> None:
    text = "Under pressure from donors, the junta freed the jailed reporters on Friday."
    evs = code_text(text, published="2024-03-08")
    assert only(evs, "RETREAT").aux.factual


def test_an_act_a_party_has_yet_to_do_is_not_done() -> None:
    evs = code_text("The junta has yet to release the detained journalists.", published="2024-03-08")
    assert not [e for e in evs if e.event_type == "RETREAT"]


def test_an_act_done_without_yet_stays_done() -> None:
    evs = code_text("The junta has released the detained journalists.", published="2024-03-08")
    assert only(evs, "RETREAT").aux.factual


def test_would_not_with_no_condition_is_a_refusal() -> None:
    text = "The border guards would not allow the reporters to cross into the district."
    evs = code_text(text, published="2024-03-08")
    assert only(evs, "REJECT").aux.factual


def test_would_not_under_a_condition_stays_a_supposition() -> None:
    text = "The guards would not allow the reporters to cross if the shelling resumed."
    assert not [e for e in code_text(text, published="2024-03-08") if e.event_type == "REJECT"]


def test_an_act_a_party_will_not_hesitate_to_take_is_announced() -> None:
    e = only(code_text("Ankara will not hesitate to impose sanctions, the minister said."), "THREATEN")
    assert e.aux.factual


def test_an_act_a_party_will_not_take_stays_negated() -> None:
    events = code_text("Ankara said it will not impose sanctions on its neighbour.")
    assert not [e for e in events if e.event_type in ("THREATEN", "SANCTION")]


@pytest.mark.parametrize(
    "text",
    [
        "Had the militia shelled the port, the navy would have intervened.",
        "The navy would have intervened had the militia shelled the port.",
    ],
)
def test_an_act_in_a_condition_opened_by_inversion_is_supposed(text: str) -> None:
    e = only(_every(text), "ASSAULT")
    assert e.aux.hypothetical and not e.aux.factual


def test_an_act_told_with_a_past_perfect_and_no_inversion_stays_a_fact() -> None:
    e = only(_every("The militia had shelled the port before the navy intervened."), "ASSAULT")
    assert e.aux.factual


def test_an_act_told_as_only_possible_is_hypothetical() -> None:
    e = only(_every("Security officials are worried about possible attacks during the holiday."), "ASSAULT")
    assert e.aux.hypothetical and not e.aux.factual


def test_an_act_told_without_a_word_of_possibility_stays_a_fact() -> None:
    e = only(_every("Security officials are worried after attacks during the holiday."), "ASSAULT")
    assert e.aux.factual
