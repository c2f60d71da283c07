"""Who is the actor of a meeting (eventwire.coding.meetings), on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.coding.meetings import meeting_mode, meeting_sides, told_mode
from eventwire.evaluation.conventions import under
from eventwire.record import Actor
from tests.event_helpers import only


def _party(text: str, country: str | None, how: str = "country") -> Actor:
    return Actor(text=text, start=0, end=len(text), country=country, resolved_by=how)


def test_the_side_at_home_is_the_host_and_the_recipient() -> None:
    evs = code_text("Kenyan security officials met Somali clan elders in Nairobi on Sunday.")
    e = only(evs, "CONSULT")
    assert [a.country for a in e.actor] == ["SOM"]
    assert [a.country for a in e.recipient] == ["KEN"]


def test_a_visitor_named_as_the_subject_stays_the_actor() -> None:
    e = only(code_text("The Kenyan president met Tanzanian officials in Dodoma on Thursday."), "CONSULT")
    assert [a.country for a in e.actor] == ["KEN"]
    assert [a.country for a in e.recipient] == ["TZA"]


def test_a_meeting_at_a_neutral_venue_has_all_sides_as_actors() -> None:
    e = only(code_text("The French foreign minister met Iranian officials in Geneva on Friday."), "CONSULT")
    assert sorted(a.country for a in e.actor) == ["FRA", "IRN"]
    assert e.recipient == []


def test_one_caller_of_several_parties_goes_between_them() -> None:
    e = only(code_text("Kenya's foreign minister phoned his Ugandan and Tanzanian counterparts on Tuesday."), "CONSULT")
    assert [a.country for a in e.actor] == ["KEN"]
    assert sorted(a.country for a in e.recipient) == ["TZA", "UGA"]


def test_a_phone_call_has_no_host() -> None:
    e = only(code_text("The Turkish president spoke by phone with the Greek prime minister on Monday."), "CONSULT")
    assert sorted(a.country for a in e.actor) == ["GRC", "TUR"]
    assert e.recipient == []


def test_a_phone_call_by_a_head_of_state_at_home_has_no_host() -> None:
    # a subject of the state sector also fits "spoke with"; "by phone" still makes it a call
    e = only(code_text("The Turkish president spoke by phone with the Greek prime minister in Ankara."), "CONSULT")
    assert e.mode == "phone"
    assert sorted(a.country for a in e.actor) == ["GRC", "TUR"]
    assert e.recipient == []


def test_speaking_by_other_means_than_a_call_is_no_phone_call() -> None:
    e = only(code_text("The Turkish president spoke by the border with the Greek prime minister."), "CONSULT")
    assert e.mode != "phone"


def test_the_subject_of_a_hosting_verb_is_the_host() -> None:
    e = only(code_text("The Ghanaian president received a Nigerian delegation in Accra on Monday."), "CONSULT")
    assert [a.country for a in e.actor] == ["NGA"]
    assert [a.country for a in e.recipient] == ["GHA"]
    (cameo,) = under([e], "cameo")  # CAMEO's "host a visit" makes the host the source
    assert [a.country for a in cameo.actor] == ["GHA"]


def test_a_side_named_by_a_common_noun_stays_where_the_grammar_put_it() -> None:
    e = only(code_text("The British foreign secretary met refugees in Kakuma camp on Tuesday."), "CONSULT")
    assert [a.country for a in e.actor] == ["GBR"]
    assert [a.text for a in e.recipient] == ["refugees"]


@pytest.mark.parametrize("mode", ["third-party", "visit"])
def test_a_mediator_and_a_visitor_keep_their_sides(mode: str) -> None:
    actors, recipients = [_party("Qatar", "QAT")], [_party("Israel", "ISR"), _party("Hamas", "PSE")]
    assert meeting_sides(lemma="meet", mode=mode, actors=actors, recipients=recipients, place_country="QAT") == (
        actors,
        recipients,
    )


def test_a_country_the_event_lent_names_no_host() -> None:
    actors, recipients = [_party("Zambia", "ZMB")], [_party("the officials", "ZMB", "agent+event_location")]
    assert meeting_sides(lemma="meet", mode=None, actors=actors, recipients=recipients, place_country="ZMB") == (
        actors,
        recipients,
    )


def test_the_party_that_greets_a_visitor_hosts_them() -> None:
    e = only(code_text("The Bolivian president greeted the Peruvian delegation at the airport."), "CONSULT")
    assert e.mode == "visit"
    assert [a.country for a in e.actor] == ["PER"]
    assert [a.country for a in e.recipient] == ["BOL"]


def test_greeting_news_is_no_meeting() -> None:
    assert not code_text("Crowds greeted the verdict with anger.")


def test_parties_meeting_in_a_country_of_neither_meet_on_third_ground() -> None:
    e = only(code_text("Iranian and American envoys held indirect talks in Muscat on Sunday."), "CONSULT")
    assert e.mode == "third-party"
    assert sorted(a.country for a in e.actor) == ["IRN", "USA"]


def test_a_visitor_meeting_its_host_in_the_hosts_country_visits() -> None:
    e = only(code_text("The Turkish foreign minister met his Greek counterpart in Athens on Friday."), "CONSULT")
    assert e.mode == "visit"
    assert [a.country for a in e.actor] == ["TUR"]
    e = only(code_text("Egyptian mediators met Hamas leaders in Cairo on Sunday."), "CONSULT")
    assert e.mode == "visit"
    assert [a.country for a in e.recipient] == ["EGY"]


def test_parties_meeting_as_equals_in_one_sides_country_do_not_visit() -> None:
    e = only(code_text("Tanzanian and Ugandan officials met in Dodoma on Monday."), "CONSULT")
    assert e.mode is None
    assert e.recipient == []


def test_meeting_mode_keeps_a_mode_already_read_and_needs_named_parties() -> None:
    sides = [_party("Chile", "CHL"), _party("Peru", "PER")]
    assert meeting_mode(mode=None, actors=sides, recipients=[], place_country="ARG") == "third-party"
    assert meeting_mode(mode="phone", actors=sides, recipients=[], place_country="ARG") == "phone"
    assert meeting_mode(mode=None, actors=sides, recipients=[], place_country="PER") is None
    assert meeting_mode(mode=None, actors=sides[:1], recipients=sides[1:], place_country="PER") == "visit"
    lent = [_party("Chile", "CHL"), _party("the envoys", "PER", how="+event_location")]
    assert meeting_mode(mode=None, actors=lent, recipients=[], place_country="ARG") is None


def test_welcoming_a_visitor_to_ones_seat_hosts_them() -> None:
    e = only(code_text("Xi Jinping welcomed the Brazilian president to Beijing on Friday."), "CONSULT")
    assert e.mode == "visit"
    assert [a.country for a in e.actor] == ["BRA"]
    assert [a.country for a in e.recipient] == ["CHN"]


def test_welcoming_a_decision_is_support_not_a_meeting() -> None:
    events = code_text("Britain welcomed Kenya's commitment to the mission.")
    assert [e.event_type for e in events] == ["SUPPORT"]


def test_a_meeting_with_a_blocs_members_is_multilateral_and_has_no_host() -> None:
    e = only(code_text("The Kenyan president met ASEAN leaders in Jakarta on Monday."), "CONSULT")
    assert e.mode == "multilateral"
    assert len(e.actor) == 2
    assert e.recipient == []
    e = only(code_text("NATO defence ministers met in Brussels on Thursday."), "CONSULT")
    assert e.mode == "multilateral"


def test_one_officer_of_a_bloc_is_an_envoy_not_a_bloc_meeting() -> None:
    e = only(code_text("The UN envoy met opposition leaders in Harare on Tuesday."), "CONSULT")
    assert e.mode != "multilateral"
    assert e.recipient


def test_talks_told_by_a_verb_in_a_call_are_by_phone() -> None:
    text = "The Chilean and Peruvian presidents discussed the border in a phone call on Friday."
    e = only(code_text(text), "CONSULT")
    assert e.mode == "phone"
    assert told_mode(None, ["phone"]) == "phone"


def test_talks_told_by_a_verb_at_a_meeting_are_not_by_phone() -> None:
    e = only(code_text("The two ministers discussed trade at a meeting in Lima."), "CONSULT")
    assert e.mode != "phone"
    assert told_mode("visit", ["phone"]) == "visit"


_TWO_MEETINGS = "Chilean officials met Bolivian diplomats in Santiago and later held talks with a Peruvian delegation."


def test_a_place_told_in_another_clause_names_no_host() -> None:
    # "in Santiago" is the first meeting's; the talks of the second clause have no place of their own
    evs = code_text(_TWO_MEETINGS)
    talks = next(e for e in evs if e.event_type == "CONSULT" and e.trigger.text == "held")
    assert sorted(a.country for a in talks.actor) == ["CHL", "PER"]
    assert talks.recipient == []
    assert talks.mode is None


def test_a_place_of_the_meetings_own_clause_still_names_the_host() -> None:
    evs = code_text(_TWO_MEETINGS)
    met = next(e for e in evs if e.event_type == "CONSULT" and e.trigger.text == "met")
    assert [a.country for a in met.actor] == ["BOL"]
    assert [a.country for a in met.recipient] == ["CHL"]


@pytest.mark.parametrize(
    "text",
    [
        "The Malian and Burkinabe leaders talked by telephone on Sunday.",
        "The Dutch prime minister conferred with his Belgian counterpart via video link on Monday.",
        "The Kenyan president discussed the drought over the phone with his Somali counterpart.",
    ],
)
def test_talks_held_at_a_distance_are_by_phone(text: str) -> None:
    assert only(code_text(text), "CONSULT").mode == "phone"


def test_talks_by_a_means_of_travel_are_not_by_phone() -> None:
    e = only(code_text("The Dutch prime minister travelled by train to Brussels and met Belgian ministers."), "CONSULT")
    assert e.mode != "phone"


def test_a_meeting_at_talks_another_party_hosts_is_on_third_ground() -> None:
    text = "The two rival commanders met on Thursday for a third round of talks hosted by the Omani sultan."
    e = only(code_text(text), "CONSULT")
    assert e.mode == "third-party"


def test_a_meeting_for_talks_with_no_host_named_is_not_on_third_ground() -> None:
    e = only(code_text("The two rival commanders met on Thursday for a third round of talks."), "CONSULT")
    assert e.mode != "third-party"
