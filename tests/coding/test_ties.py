"""Diplomatic ties resumed or begun (SUPPORT, as PLOVER's manual reads them) against material links
resumed (COOPERATE), on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from tests.event_helpers import only


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Bahrain and Qatar restored diplomatic relations on Wednesday.", "SUPPORT"),
        ("Chad established diplomatic ties with Israel in 2019.", "SUPPORT"),
        ("Kenya and Somalia resumed direct flights after a year.", "COOPERATE"),
    ],
)
def test_resumed_diplomatic_ties_are_support_and_resumed_material_links_cooperation(text: str, category: str) -> None:
    assert category in [e.event_type for e in code_text(text, published="2023-01-03")]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Norwegian firms increased their investment in Ghana last year.", "COOPERATE"),
        ("Peru and Chile stepped up cooperation against cattle smuggling.", "COOPERATE"),
        ("Vietnam and Laos intensified trade along their border.", "COOPERATE"),
        ("Tunisia and Italy broadened their relations on Friday.", "SUPPORT"),
    ],
)
def test_any_verb_of_growth_on_trade_cooperation_or_ties(text: str, event: str) -> None:
    only(code_text(text, published="2022-01-01"), event)


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Ghana and Togo grew by a third over the past year.",
        "Commerce between Chile and Peru rose sharply over the past year.",
    ],
)
def test_an_exchange_between_parties_that_grows_is_cooperation(text: str) -> None:
    e = only(code_text(text, published="2023-06-01"), "COOPERATE")
    assert len(e.actor) == 2


@pytest.mark.parametrize(
    "text",
    ["World trade grew by two percent over the past year.", "Tensions between the two neighbours rose after the vote."],
)
def test_growth_with_no_party_named_is_no_cooperation(text: str) -> None:
    assert "COOPERATE" not in [e.event_type for e in code_text(text, published="2023-06-01")]
