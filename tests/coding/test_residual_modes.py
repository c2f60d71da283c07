"""Residual modes of SANCTION and MOBILIZE (eventwire.coding.residual_modes), on sentences written
for the test."""

from __future__ import annotations

from eventwire import code_text
from tests.event_helpers import only


def _one(text: str, category: str):  # noqa: ANN202 - an Event
    return only(code_text(text, published="2024-03-05"), category)


def test_sanctions_imposed_discontinue_relations() -> None:
    assert _one("Norland imposed sanctions on four Vesterian generals on Tuesday.", "SANCTION").mode == "discontinue"
    assert _one("The ministry blacklisted three shipping firms over the smuggling.", "SANCTION").mode == "discontinue"


def test_a_sanction_with_a_mode_of_its_own_keeps_it() -> None:
    assert _one("Norland expelled two Vesterian diplomats on Friday.", "SANCTION").mode == "expel"


def test_readiness_raised_by_an_army_mobilises_troops() -> None:
    ev = _one("The Norlandic army raised its readiness along the northern frontier.", "MOBILIZE")
    assert ev.mode == "troops"


def test_police_units_sent_mobilise_police() -> None:
    ev = _one("Two more police units were sent to the port city on Sunday.", "MOBILIZE")
    assert ev.mode == "police"


def test_soldiers_sent_stay_troops() -> None:
    ev = _one("The government sent 800 soldiers to the port city on Sunday.", "MOBILIZE")
    assert ev.mode == "troops"


def test_rebels_reinforcing_their_lines_mobilise_a_militia() -> None:
    ev = _one("The rebels reinforced their positions around the airport on Monday.", "MOBILIZE")
    assert ev.mode == "militia"


def test_machines_of_war_put_on_alert_ready_weapons() -> None:
    ev = _one("Norland put its missile batteries on alert after the border incident.", "MOBILIZE")
    assert ev.mode == "weapons"


def test_a_navy_put_on_alert_readies_troops() -> None:
    ev = _one("Norland put its navy on high alert after the border incident.", "MOBILIZE")
    assert ev.mode == "troops"
