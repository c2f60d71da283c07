"""Speaker rules (eventwire.coding.speakers), on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from tests.event_helpers import only


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("The Polish president said Russia needs to pull its forces out of Ukraine.", "Russia"),
        ("The opposition said the prime minister has to resign.", "the prime minister"),
        ('"It is time for Hamas to free the hostages," the Egyptian foreign minister said.', "Hamas"),
        ('"The time has come for the generals to hand power to civilians," the envoy said.', "the generals"),
        ("The union insisted that the government withdraw the pension bill.", "the government"),
    ],
)
def test_an_obligation_without_a_modal_is_a_request_of_the_party_that_must_act(text: str, asked: str) -> None:
    events = code_text(text, published="2024-03-05")
    e = only(events, "REQUEST")
    assert [a.text for a in e.recipient] == [asked]
    assert "obligation" in (e.rule or "")
    assert not [x for x in events if x.event_type == "RETREAT"]  # what is asked for is no act done


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies said they need to reach two million people before the rains.",
        "The rebels said they had to flee the town.",
        "The minister said the army does not need to withdraw from the border.",
        "The minister insisted that the army remains in control of the port.",
        "The government has yet to release the prisoners, the lawyers said.",
    ],
)
def test_a_need_of_ones_own_a_past_necessity_or_a_fact_insisted_on_asks_nothing(text: str) -> None:
    events = code_text(text, published="2024-03-05")
    assert not [e for e in events if "obligation" in (e.rule or "")]


def test_a_speakers_intent_to_use_force_is_a_threat_and_force_words_apart_are_not() -> None:
    """"by force" as a run of words marks a stated intent to use force; the same words apart
    ("force" and "by" in different phrases) do not."""
    threat = code_text(
        'The rebel commander said: "We will drive the militia out of Korvel by force."', published="2024-03-05"
    )
    assert any(e.event_type == "THREATEN" for e in threat)
    calm = code_text(
        'The rebel commander said: "The task force will drive by the market of Korvel."', published="2024-03-05"
    )
    assert not any(e.event_type == "THREATEN" for e in calm)


def test_a_noun_other_than_time_asks_nothing_and_time_for_a_party_to_act_asks() -> None:
    from eventwire.coding.pipeline import parse
    from eventwire.coding.speakers import _semi_modal

    doc = parse("The minister said it was time for the army to withdraw from Korvel.")
    time_tok = next(t for t in doc if t.text == "time")
    modal, act = _semi_modal(time_tok)
    assert modal is not None and act is not None and act.lemma_ == "withdraw"
    assert _semi_modal(next(t for t in doc if t.text == "army")) == (None, None)


def test_should_opening_a_condition_asks_nothing() -> None:
    text = "Harare said it would cut trade ties should the rebels seize the mine."
    assert not [e for e in code_text(text, published="2024-03-08") if e.event_type == "REQUEST"]


def test_should_after_its_subject_in_reported_speech_stays_a_request() -> None:
    e = only(code_text("Harare said the rebels should leave the mine.", published="2024-03-08"), "REQUEST")
    assert e.aux.factual
