"""Withdrawals: leaving a body, a deal or talks (SANCTION) against troops leaving a place (RETREAT),
on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from tests.event_helpers import only


@pytest.mark.parametrize(
    "text",
    [
        "Burundi pulled out of the regional bloc on Friday.",
        "Turkey withdrew from the convention on violence against women in 2021.",
        "Iran quits the nuclear deal, citing broken promises.",
        "Chile withdrew from the arbitration proceedings in May, saying the tribunal was biased.",
        "Bolivia pulled out of the border arbitration last year.",
    ],
)
def test_leaving_a_body_a_deal_or_talks_is_a_sanction_not_a_retreat(text: str) -> None:
    e = only(code_text(text, published="2023-01-03"), "SANCTION")
    assert e.mode == "withdraw"


def test_troops_pulling_out_of_a_place_still_retreat() -> None:
    only(code_text("The rebels pulled out of the town after a week of fighting.", published="2023-01-03"), "RETREAT")


def test_quitting_with_no_body_or_pact_named_is_resigning() -> None:
    e = only(code_text("The Bolivian energy minister quit on Thursday after a week of fuel shortages."), "RETREAT")
    assert e.mode == "resign" and [a.country for a in e.actor] == ["BOL"]


@pytest.mark.parametrize(
    ("text", "party"),
    [("Niger quit ECOWAS on Sunday.", "ECOWAS"), ("Zambia quit the regional bloc on Monday.", "the regional bloc")],
)
def test_quitting_a_body_named_or_described_is_a_withdrawal_from_it(text: str, party: str) -> None:
    e = only(code_text(text), "SANCTION")
    assert e.mode == "withdraw" and [a.text for a in e.recipient] == [party]
    assert not [x for x in code_text(text) if x.event_type == "RETREAT"]  # no resignation


def test_withdrawing_from_a_named_intergovernmental_body_is_a_withdrawal_from_it() -> None:
    e = only(code_text("Burkina Faso withdrew from ECOWAS on Sunday."), "SANCTION")
    assert [a.text for a in e.recipient] == ["ECOWAS"]


@pytest.mark.parametrize(
    "text",
    [
        "The medical charity stopped operating there and suspended its work across the northern district.",
        "A Dutch engineering firm halted all travel to the region by its employees.",
    ],
)
def test_a_party_that_suspends_its_work_or_travel_somewhere_withdraws(text: str) -> None:
    e = only(code_text(text, published="2023-01-03"), "SANCTION")
    assert e.mode == "withdraw"


def test_suspending_military_operations_is_still_a_halt_to_hostilities() -> None:
    only(code_text("The army suspended its offensive near the border on Friday.", published="2023-01-03"), "RETREAT")


@pytest.mark.parametrize(
    "text",
    [
        "Tarvia withdrew from the arbitration proceedings in June, calling the panel biased.",
        "The ministry pulled out of the case at the regional court last year.",
    ],
)
def test_leaving_legal_proceedings_is_a_sanction_not_a_retreat(text: str) -> None:
    events = code_text(text, published="2023-01-03")
    assert "RETREAT" not in [e.event_type for e in events]
    assert only(events, "SANCTION").mode == "withdraw"
