"""Event phenomena on small sentences written for these tests (one phenomenon each)."""

from __future__ import annotations

import pytest

from eventwire import Event, analyze_text, code_text

pytestmark = pytest.mark.slow


def only(events: list[Event], category: str) -> Event:
    hits = [e for e in events if e.event_type == category]
    assert hits, f"no {category} in {[e.event_type for e in events]}"
    return hits[0]


def countries(actors: list) -> set[str | None]:
    return {a.country for a in actors}


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
    assert e.aux.future


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
    evs = code_text("If Pakistan attacks the border posts, India will retaliate.", include_negated=True)
    e = only(evs, "ASSAULT")
    assert e.aux.hypothetical


def test_capital_as_metonym() -> None:
    e = only(code_text("Moscow condemned the new sanctions imposed by Washington."), "ACCUSE")
    assert (e.actor[0].country, e.actor[0].sector) == ("RUS", "GOV")


def test_same_text_same_ids() -> None:
    text = "Egypt hosted talks between Israel and Hamas in Cairo."
    a = [e.id for e in code_text(text)]
    b = [e.id for e in code_text(text)]
    assert a and a == b


def test_analysis_keeps_quotes_and_mentions() -> None:
    an = analyze_text('"We will defend our land by force," the militia\'s commander, Ali Hassan, told reporters.')
    assert an.quotes and an.quotes[0].speaker is not None
    assert an.quotes[0].speaker.person == "Ali Hassan"
