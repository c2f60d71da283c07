"""Where a trigger stands in its sentence (eventwire.coding.clauses), on sentences written for the test."""

from __future__ import annotations

from eventwire import code_text


def test_clauses_a_semicolon_parts_are_two_events_with_their_own_actors() -> None:
    evs = code_text("Court jails opposition leader; police detain dozens at rally")
    by_trigger = {e.trigger.text: e for e in evs}
    assert {"jails", "detain"} <= set(by_trigger)
    assert [a.text for a in by_trigger["jails"].actor] == ["Court"]
    assert [a.text for a in by_trigger["detain"].actor] == ["police"]


def test_a_semicolon_lends_no_party_across_it() -> None:
    evs = code_text("Court jails opposition leader; police detain dozens at rally")
    detain = next(e for e in evs if e.trigger.text == "detain")
    assert all("leader" not in a.text for a in detain.recipient)
