"""Precision filters (eventwire.coding.precision), on sentences written for the test."""

from __future__ import annotations

from eventwire import code_text


def _types(text: str) -> list[str]:
    return [e.event_type for e in code_text(text, published="2022-01-01")]


def test_a_trigger_word_in_an_idiom_is_no_event() -> None:
    assert "ACCUSE" not in _types("The party has a minister in charge of the interior in the cabinet.")


def test_a_trigger_word_inside_a_name_is_no_event() -> None:
    assert "ASSAULT" not in _types("The Committee to Protect Journalists published its annual census on Tuesday.")


def test_the_aim_of_an_act_is_not_an_event() -> None:
    types = _types("The two ministers met in Vienna to prepare a withdrawal of foreign fighters.")
    assert "CONSULT" in types and "RETREAT" not in types
