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


def test_a_kind_of_event_in_a_habitual_clause_is_not_an_event() -> None:
    assert "ASSAULT" not in _types("The northern region has long been plagued by kidnappings for ransom.")
    assert "COERCE" not in _types("The monitoring group tracks detentions at rallies across the country.")


def test_where_something_was_said_is_not_a_meeting() -> None:
    assert "CONSULT" not in _types('"We will not give in," the minister told a news conference in Nairobi.')


def test_a_single_reported_kidnapping_stays_an_event() -> None:
    assert "ASSAULT" in _types("Gunmen kidnapped three aid workers in Zamfara on Monday, police said.")
