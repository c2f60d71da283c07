"""Scoring conventions (eventwire.evaluation.conventions), on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.evaluation.conventions import under
from tests.event_helpers import only


def test_a_promised_concession_is_concede_by_the_manual_and_agree_by_the_cameo_convention() -> None:
    evs = code_text("The government agreed to lift the curfew on the northern provinces.")
    e = only(evs, "CONCEDE")
    assert "promised concession" in (e.rule or "")
    assert under(evs, "manual") is evs
    assert [x.event_type for x in under(evs, "cameo")] == ["AGREE"]
    assert e.event_type == "CONCEDE"  # the record itself is untouched


def test_other_promises_read_the_same_under_both() -> None:
    evs = code_text("The two sides agreed to hold talks in Geneva next week.")
    assert [x.event_type for x in under(evs, "cameo")] == [x.event_type for x in evs] == ["AGREE"]


def test_a_promise_not_to_concede_or_to_disarm_another_is_no_concession() -> None:
    assert not [e for e in code_text("Ankara vowed not to abandon the outpost.") if e.event_type == "CONCEDE"]
    evs = code_text("The minister vowed to disarm the militias in the south.")
    assert not [e for e in evs if e.event_type == "CONCEDE"]


def test_an_unknown_convention_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="manual, cameo"):
        under([], "gsr")


def test_a_declared_ceasefire_is_concede_by_the_manual_and_retreat_by_the_cameo_convention() -> None:
    events = code_text("The army declared a three-day ceasefire in the region on Sunday.", published="2024-03-04")
    assert [e.event_type for e in under(events, "manual")] == ["CONCEDE"]
    assert [(e.event_type, e.mode) for e in under(events, "cameo")] == [("RETREAT", "ceasefire")]
