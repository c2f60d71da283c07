"""Rules the sentence step applies across the events of one sentence, on sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import countries

from eventwire import code_text

pytestmark = pytest.mark.slow


def _requests(text: str) -> list:
    return sorted((e for e in code_text(text) if e.event_type == "REQUEST"), key=lambda e: e.trigger.start)


def test_a_request_naming_no_party_asks_whom_its_coordinated_request_asks() -> None:
    first, second = _requests("Kenya demanded an apology and urged Uganda to withdraw its troops.")
    assert countries(second.recipient) == {"UGA"}
    assert countries(first.recipient) == {"UGA"}


def test_a_release_demanded_beside_an_appeal_is_made_of_the_party_appealed_to() -> None:
    text = "The UN mission demanded the reporters' release and urged Ethiopia to lift the ban on foreign media."
    first, _ = _requests(text)
    assert countries(first.recipient) == {"ETH"}


def test_a_coordinated_request_with_a_subject_of_its_own_lends_no_party() -> None:
    first, second = _requests("The minister demanded a recount and police urged residents to stay calm.")
    assert first.recipient == []
    assert [a.text for a in second.recipient] == ["residents"]


def test_a_sanction_naming_no_party_punishes_whom_its_coordinated_sanction_names() -> None:
    text = "The EU imposed travel bans and froze the assets of four Belarusian officials."
    first, second = sorted((e for e in code_text(text) if e.event_type == "SANCTION"), key=lambda e: e.trigger.start)
    assert countries(second.recipient) == {"BLR"}
    assert countries(first.recipient) == {"BLR"}


def test_what_a_party_named_by_who_did_is_its_own_event() -> None:
    text = "Border guards in Tanzania fired rubber bullets at traders who hurled rocks at a customs post."
    thrown = [e for e in code_text(text) if e.trigger.text == "hurled"]
    assert len(thrown) == 1
    assert thrown[0].event_type == "ASSAULT"
    assert [a.text for a in thrown[0].actor] == ["traders"]


def test_a_clause_on_a_thing_named_by_that_stays_inside_the_act() -> None:
    text = "Police in Lima seized a truck that rammed a checkpoint."
    assert [e.trigger.text for e in code_text(text)] == ["seized"]


def test_an_attack_read_on_a_second_try_takes_the_mode_of_its_means() -> None:
    text = "Syrian helicopters struck a rebel camp near Hama on Monday."
    e = next(e for e in code_text(text) if e.event_type == "ASSAULT")
    assert e.mode == "aerial"


def test_an_attack_read_on_a_second_try_names_no_means_it_lacks() -> None:
    text = "Malian soldiers struck a rebel camp near Kidal on Monday."
    e = next(e for e in code_text(text) if e.event_type == "ASSAULT")
    assert e.mode is None
