"""Factuality (eventwire.coding.factuality and the default output), on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from tests.event_helpers import only


def _every(text: str) -> list:
    return code_text(text, published="2021-06-01", include_nonfactual=True)


def test_a_denied_act_is_flagged_and_left_out_of_the_facts() -> None:
    text = "The army denied that its soldiers had burned the village."
    e = only(_every(text), "ASSAULT")
    assert e.aux.denied and not e.aux.factual
    assert not [x for x in code_text(text) if x.event_type == "ASSAULT"]


def test_a_denial_with_a_gerund_is_a_denial() -> None:
    assert only(_every("Tehran denied supplying weapons to the rebels."), "AID").aux.denied


def test_what_an_accusation_alleges_is_alleged_and_the_accusation_is_a_fact() -> None:
    evs = _every("Human rights groups accused the police of beating detainees in custody.")
    accuse = only(evs, "ACCUSE")
    assert accuse.aux.factual
    beaten = [e for e in evs if e.event_type == "ASSAULT"]
    assert all(e.aux.alleged for e in beaten)


def test_a_hedged_act_is_alleged() -> None:
    e = only(_every("Militiamen allegedly attacked a convoy near the border."), "ASSAULT")
    assert e.aux.alleged


def test_a_coordinated_clause_after_a_denial_stands_as_a_fact() -> None:
    evs = code_text("The group denied the charge and attacked a police post on Friday.", published="2021-06-01")
    assert [e for e in evs if e.event_type == "ASSAULT"]


def test_a_plain_report_is_a_fact() -> None:
    e = only(code_text("Police said gunmen attacked a police post on Friday.", published="2021-06-01"), "ASSAULT")
    assert e.aux.factual


def test_but_stops_a_negation_at_the_first_conjunct() -> None:
    evs = code_text("The president said he would not scrap the reform but offered to meet the unions on Friday.")
    offer = next(e for e in evs if e.trigger.text == "offered")
    assert offer.event_type == "AGREE" and not offer.aux.negated


def test_or_carries_a_negation_to_the_second_conjunct() -> None:
    evs = code_text("The governor said he would not pay the ransom or negotiate with the kidnappers.")
    assert any(e.trigger.text == "negotiate" and e.event_type == "REJECT" for e in evs)


def test_a_finite_verb_coordinated_with_a_negated_modal_one_is_not_negated() -> None:
    # the parser hangs "blamed" on "step down"; a past-tense verb cannot share its "would not"
    evs = code_text("The premier said he would not step down and blamed foreign powers for the unrest.")
    e = only(evs, "ACCUSE")
    assert not e.aux.negated and not e.aux.future
    e = only(code_text("The minister said the island would not be intimidated and urged Beijing to stop."), "REQUEST")
    assert not e.aux.negated


def test_a_bare_verb_coordinated_with_a_negated_modal_one_shares_its_negation() -> None:
    text = "The rebels said they would not attack the town or shell the port."
    # both acts are promised not to happen (CONCEDE, promised restraint): "shell" shares the "not"
    evs = _every(text)
    assert not [e for e in evs if e.event_type == "ASSAULT" and not e.aux.negated]
    assert [e for e in evs if "promised restraint" in (e.rule or "")]


def test_an_act_a_party_announces_its_intention_to_do_is_announced_not_done() -> None:
    e = only(code_text("The rebels announced their intention to lay down their arms."), "CONCEDE")
    assert [a.text for a in e.actor] == ["The rebels"]  # the possessor of the intention
    e = only(code_text("The government announced a plan to withdraw troops from the border."), "CONCEDE")
    assert [a.text for a in e.actor] == ["The government"]  # the subject of the verb that announces it
    # a decision taken is no intention: the act stands as decided
    e = only(code_text("The decision to expel the envoy angered Moscow."), "SANCTION")
    assert not e.aux.future


def test_an_act_a_party_says_it_has_decided_on_is_done_not_intended() -> None:
    # a decision announced is the act taken: "has decided to resign" resigns
    e = only(code_text("The minister said he had decided to resign over the scandal."), "RETREAT")
    assert e.mode == "resign" and e.aux.factual
    # a plan is still an intention: a promised concession, not a resignation
    evs = code_text("The minister plans to resign next month.")
    assert not [e for e in evs if e.event_type == "RETREAT"]


def test_a_report_the_sentence_calls_a_disputed_claim_is_alleged() -> None:
    text = "The rebels said their fighters had shot down a military helicopter over the city, a claim the army denied."
    e = only(_every(text), "ASSAULT")
    assert e.aux.alleged


def test_an_attack_a_party_blamed_on_another_is_alleged() -> None:
    text = "Officials said the blast on the bridge was an attack, which Moscow blamed on Ukrainian drones."
    e = only(_every(text), "ASSAULT")
    assert e.aux.alleged


def test_an_act_set_aside_with_rather_than_is_not_done() -> None:
    text = "The bishop urged the militias to negotiate rather than fight."
    assert all(e.aux.negated for e in _every(text) if e.event_type == "ASSAULT")
    assert not [e for e in code_text(text) if e.event_type == "ASSAULT"]


def test_an_act_set_aside_with_instead_of_is_not_done() -> None:
    evs = code_text("The rebels chose to hold talks instead of attacking the town.")
    assert not [e for e in evs if e.event_type == "ASSAULT"]


def test_a_passive_act_of_force_a_party_announces_is_its_threat() -> None:
    e = only(code_text("The governor said looters would be shot on sight."), "THREATEN")
    assert [a.text for a in e.actor] == ["The governor"]
    assert [a.text for a in e.recipient] == ["looters"]


def test_a_passive_act_of_force_reported_as_done_stays_an_attack() -> None:
    e = only(code_text("Witnesses said protesters were shot by police in Lagos on Monday."), "ASSAULT")
    assert [a.text for a in e.actor] == ["police in Lagos"]


def test_a_bare_verb_wished_for_with_its_own_subject_is_not_a_fact() -> None:
    # the withdrawal is wished for: hypothetical, or the content of the opposition's request
    text = "The opposition insisted that the army withdraw from the capital."
    assert all(x.aux.hypothetical for x in _every(text) if x.event_type == "RETREAT")
    assert "RETREAT" not in {x.event_type for x in code_text(text)}


def test_a_past_act_after_that_is_a_fact() -> None:
    e = only(code_text("The opposition said that the army withdrew from the capital on Monday."), "RETREAT")
    assert not e.aux.hypothetical


def test_a_coordinated_clause_with_its_own_subject_does_not_share_a_refusal() -> None:
    evs = _every("The director refused to step aside, and his staff briefly occupied the ministry building.")
    occupied = [e for e in evs if e.trigger.text == "occupied"]
    assert occupied and all(not e.aux.negated for e in occupied)


def test_a_coordinated_verb_without_a_subject_still_shares_the_negation() -> None:
    evs = _every("The rebels did not attack the town and kill its mayor.")
    assert all(e.aux.negated for e in evs if e.event_type == "ASSAULT")


def test_a_meeting_a_timetable_announces_is_agreed_not_held() -> None:
    evs = code_text("The foreign ministers of Peru and Chile are due to meet in Lima on Friday.")
    assert [e.event_type for e in evs] == ["AGREE"]


def test_a_meeting_noun_told_as_still_to_come_is_agreed() -> None:
    evs = code_text("The ministry announced the upcoming talks with Bolivia.")
    assert [e.event_type for e in evs] == ["AGREE"]


def test_a_planned_attack_stays_no_promise() -> None:
    evs = code_text("Police foiled a planned attack on the embassy.")
    assert not [e for e in evs if e.event_type in ("AGREE", "THREATEN")]


def test_a_future_concession_on_the_other_sides_terms_is_an_offer() -> None:
    # "if" the other side acts first: PLOVER's "offer" (AGREE), not a concession yet
    evs = code_text("The rebel leader said his fighters would hold fire if the government stopped its shelling.")
    assert only(evs, "AGREE") and not [e for e in evs if e.event_type == "CONCEDE"]
    # a promise with no terms stays a concession
    evs = code_text("The general said his troops will withdraw from the town next week.")
    assert only(evs, "CONCEDE") and not [e for e in evs if e.event_type == "AGREE"]


def test_an_accord_a_party_proposes_to_sign_is_promised_not_signed() -> None:
    evs = code_text("The minister proposed signing the border treaty with its neighbour next week.")
    assert only(evs, "AGREE") and not [e for e in evs if e.event_type == "SUPPORT"]
    # signing done is SUPPORT (the manual: "ratify, sign, or finalize an agreement")
    assert only(code_text("The minister signed the border treaty with its neighbour on Monday."), "SUPPORT")


def test_an_act_a_party_weighs_is_hypothetical() -> None:
    text = "The finance ministry is weighing sanctions on the two shipping firms, an official said."
    e = only(_every(text), "SANCTION")
    assert e.aux.hypothetical and not e.aux.factual
    assert not [x for x in code_text(text, published="2021-06-01") if x.event_type == "SANCTION"]
    gerund = "Officials in Lusaka are considering sending troops to the northern border."
    assert all(not x.aux.factual for x in _every(gerund) if x.event_type == "MOBILIZE")


def test_an_act_that_is_done_is_no_deliberation() -> None:
    e = only(_every("The finance ministry imposed sanctions on the two shipping firms on Tuesday."), "SANCTION")
    assert e.aux.factual
    # a verb of weighing whose object is no act leaves the act beside it a fact
    evs = _every("Investigators studied the wreckage after rebels shelled the airport.")
    assert only(evs, "ASSAULT").aux.factual


def test_an_act_in_what_commentators_say_is_their_reading_not_a_report() -> None:
    text = "Economists say the new tariffs allow the government to protect local textile makers."
    events = _every(text)
    assert events and all(e.aux.alleged for e in events)
    assert not code_text(text, published="2021-06-01")


def test_an_act_commentators_tell_in_the_simple_past_is_a_report() -> None:
    e = only(_every("The junta detained eleven student leaders on Saturday, observers said."), "COERCE")
    assert not e.aux.alleged
    events = _every("Observers say the curfew lets the junta detain student leaders at will.")
    assert events and all(e.aux.alleged for e in events)


def test_an_act_a_party_or_a_witness_reports_stays_a_fact() -> None:
    e = only(_every("Police say gunmen attacked a bus station in Maiduguri on Sunday."), "ASSAULT")
    assert e.aux.factual
    e = only(_every("Residents say soldiers detained four traders at the market."), "COERCE")
    assert e.aux.factual


def test_an_act_in_a_direct_question_is_hypothetical() -> None:
    text = "Will the government agree to new talks with the opposition?"
    assert only(_every(text), "AGREE").aux.hypothetical
    assert not [x for x in code_text(text) if x.event_type == "AGREE"]


def test_an_act_in_a_statement_is_no_question() -> None:
    assert only(_every("The government agreed to new talks with the opposition."), "AGREE").aux.factual


def test_an_act_a_party_is_bound_to_is_hypothetical() -> None:
    evs = _every("Under the accord, the militia is required to hand over its heavy weapons.")
    assert evs and all(e.aux.hypothetical for e in evs)


def test_an_act_a_party_was_forced_into_stays_a_fact() -> None:
    evs = code_text("The militia handed over its heavy weapons on Monday.", published="2021-06-01")
    assert [e for e in evs if e.event_type == "RETREAT"]


def test_an_act_a_party_can_do_is_hypothetical() -> None:
    e = only(_every("Under the new law, police can detain suspects for a month without charge."), "COERCE")
    assert e.aux.hypothetical and not e.aux.factual


def test_an_act_done_under_a_law_stays_a_fact() -> None:
    e = only(_every("Under the new law, police detained 30 suspects on Monday."), "COERCE")
    assert e.aux.factual


def test_what_critics_argue_is_their_reading_not_a_report() -> None:
    evs = _every("Critics argue that the relief package will do little for the flooded provinces.")
    assert evs and all(not e.aux.factual for e in evs)


def test_what_a_party_argues_it_did_is_still_reported() -> None:
    evs = code_text("The ministry argued that it had sent relief to the flooded provinces.", published="2021-06-01")
    assert [e for e in evs if e.event_type == "AID"]


def test_a_participle_after_a_comma_on_the_alleging_verb_is_no_part_of_the_allegation() -> None:
    """"said the reporter was suspected of spying, rejecting calls...": the rejection is the
    speaker's own act, told as a fact, not part of what the reporter is suspected of."""
    text = "A ministry spokesman said the reporter was suspected of spying, rejecting Oslo's calls for his release."
    e = only(code_text(text), "REJECT")
    assert not e.aux.alleged


def test_a_participle_on_an_alleging_verb_the_sentence_tells_itself_stays_alleged() -> None:
    from eventwire.coding.coder import default_coder
    from eventwire.text.article import Article

    art = Article.from_text("The two editors were suspected of sedition, rejecting the court's summons.", source="t")
    events = next(iter(default_coder().code_articles([art]))).events
    refusals = [e for e in events if e.event_type == "REJECT"]
    assert refusals and all(e.aux.alleged for e in refusals)


def test_a_second_reported_act_shares_the_dispute_of_the_first() -> None:
    text = (
        "A medical charity said soldiers had looted its clinic in Dorvo on Friday and beaten two nurses,"
        " an accusation the army denied."
    )
    beaten = next(e for e in _every(text) if e.trigger.text == "beaten")
    assert beaten.aux.alleged


def test_an_act_told_after_a_denial_in_its_own_verb_is_not_denied() -> None:
    text = "The ministry denied that its soldiers had shelled the camp and accused the rebels of staging the attack."
    accuse = only(_every(text), "ACCUSE")
    assert not accuse.aux.denied


def test_a_denied_act_named_by_a_noun_under_its_verb_is_denied() -> None:
    e = only(_every("The army denied carrying out the air strike on the hospital."), "ASSAULT")
    assert e.aux.denied


def test_a_denied_attempt_is_a_denied_act() -> None:
    e = only(_every("The interior ministry denied that police had tried to intimidate the reporters."), "COERCE")
    assert e.aux.denied


def test_an_act_named_by_a_noun_a_party_says_it_carried_out_is_a_fact() -> None:
    e = only(_every("The army said it had carried out an air strike on a rebel camp."), "ASSAULT")
    assert e.aux.factual


def test_an_act_its_doer_is_believed_to_have_done_is_alleged() -> None:
    e = only(_every("The gunmen are believed to have abducted at least 30 students."), "ASSAULT")
    assert e.aux.alleged


def test_an_act_a_party_believes_happened_is_not_hedged_by_a_passive() -> None:
    e = only(_every("Police believe the gunmen abducted 30 students on Sunday."), "ASSAULT")
    assert not e.aux.alleged


def test_an_act_in_an_unconfirmed_report_is_alleged() -> None:
    e = only(_every("There were unconfirmed reports that soldiers had shot dead two protesters."), "ASSAULT")
    assert e.aux.alleged


def test_a_hedge_on_the_people_acted_on_leaves_the_act_a_fact() -> None:
    e = only(_every("Police detained two suspected smugglers near the port."), "COERCE")
    assert e.aux.factual


def test_an_act_a_body_is_responsible_for_doing_is_its_remit() -> None:
    evs = _every("The relief agency is responsible for delivering food aid to the camps.")
    assert evs and all(e.aux.hypothetical for e in evs if e.event_type == "AID")
    assert not [e for e in code_text("The relief agency is responsible for delivering food aid to the camps.")
                if e.event_type == "AID"]


def test_a_body_that_delivered_aid_is_told_to_have_done_it() -> None:
    assert only(code_text("The relief agency delivered food aid to the camps on Monday."), "AID").aux.factual


def test_rejecting_a_claim_that_tells_an_act_is_a_denial_of_that_act() -> None:
    evs = _every("The interior ministry rejected claims that its guards had beaten inmates at Varna prison.")
    assert not [e for e in evs if e.event_type == "REJECT"]
    beaten = only(evs, "ASSAULT")
    assert beaten.aux.denied and not beaten.aux.alleged and not beaten.aux.factual


def test_dismissing_a_report_that_tells_an_act_is_a_denial_of_that_act() -> None:
    evs = _every("Army commanders dismissed reports that their units had shelled the village of Orhei.")
    assert not [e for e in evs if e.event_type == "REJECT"]
    assert only(evs, "ASSAULT").aux.denied


def test_rejecting_a_demand_stays_a_rejection() -> None:
    evs = code_text("The cabinet rejected the union's demand that it raise public wages.", published="2021-06-01")
    assert only(evs, "REJECT").aux.factual


def test_what_a_party_has_to_do_is_an_obligation_not_a_deed() -> None:
    evs = _every("The prime minister has to consult the coalition partners before the vote.")
    assert only(evs, "CONSULT").aux.hypothetical
    assert not [e for e in code_text("The prime minister has to consult the coalition partners before the vote.")
                if e.event_type == "CONSULT"]


def test_what_a_party_had_to_do_in_the_past_it_did() -> None:
    e = only(code_text("The rebels had to withdraw from the hill town.", published="2021-06-01"), "RETREAT")
    assert e.aux.factual


def test_an_act_blamed_on_a_party_is_alleged_with_that_party_as_its_doer() -> None:
    evs = _every("The car bombing in Mardan was blamed on a banned militant faction.")
    e = only(evs, "ASSAULT")
    assert e.aux.alleged and not e.aux.factual
    assert [a.text for a in e.actor] == ["a banned militant faction"]


def test_an_act_a_party_blames_on_another_is_alleged_beside_the_blame() -> None:
    evs = _every("Officials in Herat blamed the ambush on the convoy on local gunmen.")
    assert only(evs, "ACCUSE").aux.factual
    e = only(evs, "ASSAULT")
    assert e.aux.alleged and [a.text for a in e.actor] == ["local gunmen"]


def test_blame_for_an_act_of_no_category_adds_no_event() -> None:
    evs = _every("The ministry blamed the opposition for the delays at the ports.")
    assert [e.event_type for e in evs] == ["ACCUSE"]


def test_an_accusation_restated_as_charges_someone_denied_stays_a_fact() -> None:
    text = "Greenpeace accused the navy and a private contractor of dumping waste at sea, charges both denied."
    accuse = only(_every(text), "ACCUSE")
    assert not accuse.aux.denied and accuse.aux.factual


def test_a_party_that_denies_after_the_clause_still_denies_it() -> None:
    e = only(_every("Its soldiers had burned the village, the army denied on Friday."), "ASSAULT")
    assert e.aux.denied


def test_an_act_its_doer_is_said_or_reported_to_have_done_is_alleged() -> None:
    for text in (
        "The militia is said to have burned two villages near the lake.",
        "Border guards were reported to have shot three smugglers on Sunday.",
    ):
        assert only(_every(text), "ASSAULT").aux.alleged


def test_a_party_that_says_it_did_an_act_tells_a_fact() -> None:
    # counter-case: the active verb of saying reports; only its passive hedges
    e = only(_every("The army said its soldiers had shot three smugglers on Sunday."), "ASSAULT")
    assert e.aux.factual


def test_the_party_accused_of_an_act_named_by_a_noun_is_its_alleged_doer() -> None:
    from eventwire.coding.factuality import accused_party
    from eventwire.coding.pipeline import parse

    doc = parse("The mayor accused the riot police of an assault on the town hall.")
    assert accused_party(next(t for t in doc if t.lower_ == "assault")).text == "police"
    doc = parse("The riot police carried out an assault on the town hall.")
    assert accused_party(next(t for t in doc if t.lower_ == "assault")) is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Soldiers burned dozens of houses in Keral last week, a claim the army denied.", "ASSAULT"),
        ("Villagers said troops had torched their huts near Obala, a charge the army rejected.", "ASSAULT"),
        ("The coast guard said a foreign trawler had rammed one of its boats, which the embassy denied.", "ASSAULT"),
    ],
)
def test_an_act_the_sentence_calls_a_disputed_claim_is_alleged_and_denied(text: str, category: str) -> None:
    e = only(_every(text), category)
    assert e.aux.alleged and e.aux.denied
    assert not [x for x in code_text(text, published="2021-06-01") if x.event_type == category]


def test_every_act_of_a_disputed_clause_is_alleged() -> None:
    text = "Aid workers said soldiers had looted the warehouse and beaten two guards, an accusation the army denied."
    evs = _every(text)
    assert only(evs, "COERCE").aux.denied and only(evs, "ASSAULT").aux.denied


def test_a_confirmed_act_and_an_accusation_beside_a_disputed_charge_are_facts() -> None:
    text = "Police detained the editor of the Daily Voice, which the ministry later confirmed."
    assert only(_every(text), "COERCE").aux.factual
    text = "The envoy condemned the raid and accused Tarvan of funding the rebels, a charge Tarvan has rejected."
    evs = _every(text)
    assert all(e.aux.factual for e in evs if e.event_type == "ACCUSE")
    assert only(evs, "AID").aux.alleged


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Monitors accused the army of shelling the town and killing six civilians.", "ASSAULT"),
        ("Lawyers charged that police beat the protesters and detained their leaders.", "COERCE"),
        ("Residents made accusations that militiamen looted shops and abducted two traders.", "ASSAULT"),
    ],
)
def test_a_second_deed_coordinated_in_an_accusation_is_alleged_too(text: str, category: str) -> None:
    hits = [e for e in _every(text) if e.event_type == category]
    assert hits and all(e.aux.alleged for e in hits)
    assert len([e for e in _every(text) if e.event_type in ("ASSAULT", "COERCE")]) == 2


def test_an_act_coordinated_with_the_accusation_itself_is_a_fact() -> None:
    evs = _every("The envoy accused the rebels of looting the depot and ordered troops to the border.")
    assert only(evs, "MOBILIZE").aux.factual


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats fear the army will invade the enclave.",
        "Residents worry that the militia will seize the town.",
        "Officials expect the rebels to launch a new offensive in the spring.",
        "Many residents want the governor to resign.",
    ],
)
def test_an_act_another_party_expects_or_fears_is_no_fact_and_no_threat(text: str) -> None:
    evs = _every(text)
    assert not [e for e in evs if e.event_type == "THREATEN"]
    assert not [e for e in code_text(text, published="2021-06-01")]


def test_a_party_hoping_for_its_own_act_keeps_its_intention() -> None:
    evs = code_text("The rebels hope to sign a pact with the government next week.", published="2021-06-01")
    assert only(evs, "AGREE")
    evs = code_text("The army said it will invade the enclave if talks fail.", published="2021-06-01")
    assert only(evs, "THREATEN")
