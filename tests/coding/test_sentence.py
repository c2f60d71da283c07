"""Rules the sentence step applies across the events of one sentence, on sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import countries, only

from eventwire import code_text

pytestmark = pytest.mark.slow


def _requests(text: str) -> list:
    return sorted((e for e in code_text(text) if e.event_type == "REQUEST"), key=lambda e: e.trigger.start)


def test_a_request_naming_no_party_asks_whom_its_coordinated_request_asks() -> None:
    first, second = _requests("Kenya demanded an apology and urged Uganda to withdraw its troops.")
    assert countries(second.recipient) == {"UGA"}
    assert countries(first.recipient) == {"UGA"}


def test_a_release_demanded_beside_an_appeal_is_made_of_the_party_appealed_to() -> None:
    text = "The UN mission demanded the reporters' release and urged Ethiopia to lift the ban on foreign media."
    first, _ = _requests(text)
    assert countries(first.recipient) == {"ETH"}


def test_a_coordinated_request_with_a_subject_of_its_own_lends_no_party() -> None:
    first, second = _requests("The minister demanded a recount and police urged residents to stay calm.")
    assert first.recipient == []
    assert [a.text for a in second.recipient] == ["residents"]


def test_a_sanction_naming_no_party_punishes_whom_its_coordinated_sanction_names() -> None:
    text = "The EU imposed travel bans and froze the assets of four Belarusian officials."
    first, second = sorted((e for e in code_text(text) if e.event_type == "SANCTION"), key=lambda e: e.trigger.start)
    assert countries(second.recipient) == {"BLR"}
    assert countries(first.recipient) == {"BLR"}


def test_what_a_party_named_by_who_did_is_its_own_event() -> None:
    text = "Border guards in Tanzania fired rubber bullets at traders who hurled rocks at a customs post."
    thrown = [e for e in code_text(text) if e.trigger.text == "hurled"]
    assert len(thrown) == 1
    assert thrown[0].event_type == "ASSAULT"
    assert [a.text for a in thrown[0].actor] == ["traders"]


def test_a_clause_on_a_thing_named_by_that_stays_inside_the_act() -> None:
    text = "Police in Lima seized a truck that rammed a checkpoint."
    assert [e.trigger.text for e in code_text(text)] == ["seized"]


def test_a_second_act_in_the_same_asked_for_infinitive_is_part_of_the_request() -> None:
    text = "The envoy urged the council to release the prisoners and reopen the border crossings."
    assert [e.event_type for e in code_text(text)] == ["REQUEST"]


def test_coordinated_acts_outside_a_request_stay_separate_events() -> None:
    freed = [e.mode for e in code_text("The rebels freed six hostages and withdrew from the town on Sunday.")]
    assert freed == ["release", "withdraw"]
    text = "The envoy urged the junta to free the detainees, and the army lifted the curfew on Monday."
    assert [e.event_type for e in code_text(text)] == ["REQUEST", "CONCEDE"]


def test_helping_to_do_an_act_with_no_party_helped_is_taking_part_in_it() -> None:
    evs = code_text("Qatar helped broker the truce between Israel and Hamas.", published="2024-05-01")
    assert not [e for e in evs if e.event_type == "AID"]
    e = only(evs, "CONSULT")
    assert countries(e.actor) == {"QAT"}


def test_helping_a_party_do_an_act_stays_aid() -> None:
    evs = code_text("Turkish drones helped the army recapture the town.", published="2024-05-01")
    assert only(evs, "AID")


def test_aid_with_no_party_to_give_it_or_get_it_is_no_event() -> None:
    evs = code_text("The deal helped ease tensions between the two capitals.", published="2024-05-01")
    assert not [e for e in evs if e.event_type == "AID"]


def test_aid_a_named_party_gives_stands_without_a_recipient() -> None:
    assert only(code_text("Japan sent medical supplies on Monday.", published="2024-05-01"), "AID")


def test_an_attack_read_on_a_second_try_takes_the_mode_of_its_means() -> None:
    text = "Syrian helicopters struck a rebel camp near Hama on Monday."
    e = next(e for e in code_text(text) if e.event_type == "ASSAULT")
    assert e.mode == "aerial"


def test_an_attack_read_on_a_second_try_names_no_means_it_lacks() -> None:
    text = "Malian soldiers struck a rebel camp near Kidal on Monday."
    e = next(e for e in code_text(text) if e.event_type == "ASSAULT")
    assert e.mode is None


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Nordic defence ministers met in Oslo on Monday to discuss new sanctions against Moscow.", "CONSULT"),
        ("The ministers will meet in Brussels next week to discuss arms deliveries to Ukraine.", "AGREE"),
    ],
)
def test_whom_a_meeting_discusses_is_its_topic_not_a_party_met(text: str, event: str) -> None:
    assert only(code_text(text, published="2024-05-08"), event).recipient == []


def test_the_talks_a_meeting_verb_holds_still_name_whom_it_meets() -> None:
    text = "A Qatari delegation held talks with Taliban officials in Kabul on Monday about the detained teachers."
    e = only(code_text(text, published="2024-05-08"), "CONSULT")
    assert [a.text for a in e.recipient] == ["Taliban officials"]


def test_an_offer_naming_no_party_is_made_to_whom_its_coordinated_call_was_with() -> None:
    text = "Kenya's president talked by telephone with the two leaders on Thursday and offered to help mediate."
    offer = only(code_text(text, published="2024-05-08"), "AGREE")
    assert [a.text for a in offer.recipient] == ["the two leaders"]


def test_another_party_offer_beside_a_meeting_keeps_no_recipient() -> None:
    text = "Kenya's president met the envoy on Friday, and Uganda offered to mediate."
    offer = only(code_text(text, published="2024-05-08"), "AGREE")
    assert offer.recipient == []


@pytest.mark.parametrize(
    "text",
    [
        "Denmark pledged to rebuild clinics destroyed in the floods and the fighting.",
        "The governor vowed to house families driven out by the attacks on their villages.",
    ],
)
def test_an_attack_told_on_a_noun_of_a_promise_makes_it_no_threat(text: str) -> None:
    events = code_text(text, published="2025-06-10")
    assert all(e.event_type != "THREATEN" for e in events)


def test_an_attack_that_is_the_promised_act_still_threatens() -> None:
    text = "The militia vowed to attack the depots that supply the garrison."
    assert only(code_text(text, published="2025-06-10"), "THREATEN").mode == "violence"


def test_a_blamed_killing_lends_no_victims_as_the_recipient() -> None:
    e = only(code_text("The UN condemned the killing of four nurses in the town of Beni."), "ACCUSE")
    assert e.recipient == []


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union threatened a nationwide strike over unpaid wages.",
        "The opposition threatened to boycott the vote in Lusaka.",
    ],
)
def test_a_threatened_strike_or_boycott_restricts(text: str) -> None:
    assert only(code_text(text, published="2024-03-05"), "THREATEN").mode == "restrict"


def test_a_threatened_strike_on_a_place_is_force() -> None:
    e = only(code_text("Tehran threatened to strike the tankers in the gulf.", published="2024-03-05"), "THREATEN")
    assert e.mode == "violence"


def test_a_threat_to_end_protests_by_force_is_no_restriction() -> None:
    text = "The governor threatened to end the protests in the capital with military force."
    assert only(code_text(text, published="2024-03-05"), "THREATEN").mode != "restrict"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The interior minister set a deadline for the clan militias to disarm.", "violence"),
        ("Washington set a deadline for Caracas to resume talks with the opposition.", "relations"),
    ],
)
def test_a_deadline_set_for_an_act_threatens_what_that_act_implies(text: str, mode: str) -> None:
    """A deadline for a party to act is an ultimatum; its mode follows the act demanded, as for a
    term given ("gave the rebels a week to disarm")."""
    assert only(code_text(text), "THREATEN").mode == mode


def test_a_threat_whose_words_name_its_content_keeps_that_mode() -> None:
    e = only(code_text("The army threatened to shell the rebel positions unless they disarmed."), "THREATEN")
    assert e.mode == "violence"


def test_the_actor_owning_the_act_it_acts_on_is_not_its_own_recipient() -> None:
    e = only(code_text("Ruto dropped his demand for compensation."), "CONCEDE")
    assert e.recipient == []


def test_the_doer_of_an_act_acted_on_is_the_recipient() -> None:
    e = only(code_text("Serbia rejected calls by Croatia for new talks."), "REJECT")
    assert countries(e.recipient) == {"HRV"}


def test_a_public_service_cut_off_is_withheld_from_no_party_of_its_own() -> None:
    e = only(code_text("Authorities in Dhaka shut down mobile internet in the capital on Sunday."), "COERCE")
    assert e.mode == "withhold"
    assert e.recipient == []  # the internet is what is withheld, not whom


def test_the_party_a_service_is_cut_off_from_stays_the_recipient() -> None:
    e = only(code_text("Israel cut off electricity and water to the Gaza Strip on Monday."), "COERCE")
    assert e.mode == "withhold"
    assert [a.text for a in e.recipient] == ["the Gaza Strip"]


def test_what_is_fired_gives_the_attack_its_mode() -> None:
    e = only(code_text("The rebels fired three rockets into the city on Monday."), "ASSAULT")
    assert e.mode == "heavy-weapons"
    e = only(code_text("Hamas fired dozens of rockets at Israeli soldiers near the fence."), "ASSAULT")
    assert e.mode == "heavy-weapons"


def test_firing_with_no_weapon_named_or_with_a_reading_of_its_own_keeps_its_mode() -> None:
    # counter-cases: nothing fired is named; rubber bullets have their own crowd-control reading
    assert only(code_text("Police fired on the crowd in the square."), "ASSAULT").mode == "firearms"
    e = only(code_text("Soldiers fired rubber bullets at protesters on Monday."), "ASSAULT")
    assert e.mode == "crowd-control"


def test_a_second_reading_takes_its_own_arguments_the_vehicle_that_hit_a_mine_is_no_attacker() -> None:
    e = only(code_text("A minibus struck a landmine outside Kunduz, killing nine passengers."), "ASSAULT")
    assert e.actor == []


def test_a_second_reading_keeps_the_doer_its_own_frame_also_finds() -> None:
    e = only(code_text("Army troops struck rebel bases near Beni, killing seven fighters."), "ASSAULT")
    assert [a.text for a in e.actor] == ["Army troops"]


def test_a_network_the_state_slows_is_no_recipient() -> None:
    e = only(code_text("Regulators slowed mobile internet in the northern provinces on Tuesday."), "COERCE")
    assert e.mode == "censor" and e.recipient == []


def test_a_platform_the_state_blocks_stays_the_recipient() -> None:
    e = only(code_text("Authorities in Minsk blocked access to Facebook on Tuesday."), "COERCE")
    assert [a.text for a in e.recipient] == ["Facebook"]


def test_a_crowd_named_only_by_a_count_satisfies_a_civilian_subject_constraint() -> None:
    e = only(code_text("Hundreds gathered outside the governor's office in Kisumu on Friday."), "PROTEST")
    assert e.mode == "demo"
    assert [a.text for a in e.actor] == ["Hundreds"]
    e = only(code_text("Tens of thousands occupied the main square of Valdoria on Monday."), "PROTEST")
    assert e.mode == "obstruct"


def test_a_count_of_soldiers_keeps_its_own_sector_against_a_crowd_reading() -> None:
    # counter-case: soldiers who surround a town are no crowd
    events = code_text("Hundreds of soldiers surrounded the town of Kelvo on Friday.")
    assert not [e for e in events if e.event_type == "PROTEST"]


def test_a_clash_between_a_crowd_and_the_police_is_a_riot_by_the_crowd() -> None:
    e = only(code_text("Students clashed with riot police near the university in Valdoria on Tuesday."), "PROTEST")
    assert e.mode == "riot"
    assert [a.text for a in e.actor] == ["Students"]
    assert [a.sector for a in e.recipient] == ["COP"]
    e = only(code_text("Police clashed with demonstrators outside the courthouse."), "PROTEST")
    assert [a.text for a in e.actor] == ["demonstrators"]


def test_a_clash_between_rebels_and_the_police_stays_an_assault() -> None:
    events = code_text("Rebels clashed with police in the northern hills on Tuesday.")
    assert [e.event_type for e in events] == ["ASSAULT"]


def test_a_strike_that_shuts_something_down_is_the_strike() -> None:
    events = code_text("A two-day rail strike has shut down commuter trains across Valdoria.")
    assert [(e.event_type, e.mode) for e in events] == [("PROTEST", "strike")]


def test_a_party_that_shuts_something_down_during_a_strike_restricts() -> None:
    # counter-case: the subject is a party, not the strike
    events = code_text("The authorities shut down the port of Kelvo during the strike.")
    assert "COERCE" in [e.event_type for e in events]


def test_a_protest_is_aimed_at_whom_its_crowd_demands_of() -> None:
    e = only(code_text("Protesters demanding the resignation of Governor Tamsin Orr burned tyres in Kelvo."), "PROTEST")
    assert [a.text for a in e.recipient] == ["Governor Tamsin Orr"]


def test_a_crowd_arrested_while_demanding_holds_no_protest_aimed_by_it() -> None:
    # counter-case: the crowd is acted on, and no protest of theirs is told
    events = code_text("Police arrested protesters demanding the release of the opposition leader.")
    assert not [e for e in events if e.event_type == "PROTEST" and e.recipient]


def test_an_act_blamed_on_a_party_in_a_phrase_of_time_is_an_alleged_act_of_its_own() -> None:
    text = "Troops raided rebel camps on Monday, after a car bombing in Tamal that the government blamed on the rebels."
    evs = code_text(text, published="2021-06-01", include_nonfactual=True)
    bombing = [e for e in evs if e.event_type == "ASSAULT" and "bombing" in e.trigger.text]
    assert len(bombing) == 1 and bombing[0].aux.alleged and [a.text for a in bombing[0].actor] == ["the rebels"]


def test_an_act_in_a_phrase_of_time_blamed_on_no_one_is_scene() -> None:
    text = "Troops raided rebel camps on Monday, a week after a car bombing in Tamal."
    evs = code_text(text, include_nonfactual=True)
    assert not [e for e in evs if "bombing" in e.trigger.text]


def test_people_an_absorbed_attack_harms_stay_whom_the_demand_concerns() -> None:
    # counter-case: the content's own party, not an installation, is still passed on
    e = only(code_text("Kyiv urged Moscow to stop shelling Ukrainian soldiers.", published="2024-03-05"), "REQUEST")
    assert countries(e.recipient) == {"RUS"}


@pytest.mark.parametrize(
    "text",
    [
        "Coal miners blocked roads near Oruro to demand the release of their leaders.",
        "Students marched through Lagos on Monday to demand the release of their leaders.",
    ],
)
def test_the_captives_a_protest_wants_freed_are_not_its_recipient(text: str) -> None:
    e = only(code_text(text, published="2024-03-05"), "PROTEST")
    assert e.recipient == []


def test_the_captor_a_protest_names_by_its_by_phrase_is_its_recipient() -> None:
    text = "Relatives of the crew rallied in Mombasa to demand the release of the fishermen by the Somali coastguard."
    e = only(code_text(text, published="2024-03-05"), "PROTEST")
    assert countries(e.recipient) == {"SOM"}
