"""PLOVER's party conventions in records (eventwire.coding.build), on sentences written for the test."""

from __future__ import annotations

from eventwire import code_text
from tests.event_helpers import countries, only


def test_the_parties_to_a_meeting_are_all_actors() -> None:
    e = only(code_text("The Kenyan president met his Ugandan counterpart in Kampala on Monday."), "CONSULT")
    assert e.recipient == []
    assert countries(e.actor) == {"KEN", "UGA"}


def test_the_forces_mobilised_are_not_a_recipient() -> None:
    e = only(code_text("Ecuador sent 2,000 soldiers to the northern border on Sunday."), "MOBILIZE")
    assert all("soldiers" not in a.text for a in e.recipient)
