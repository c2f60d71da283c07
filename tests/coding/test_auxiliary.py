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
