"""Generic names: an alias many states' bodies bear stands for the body of the article's state."""

from __future__ import annotations

import pytest

from eventwire.knowledge.actors import default_kb, resolve_phrase
from eventwire.knowledge.actors.generic import generic_match, generic_names, generic_reading


def _entry(text: str) -> str:
    res = resolve_phrase(text)
    assert res is not None and res.kb_id is not None, text
    return res.kb_id


@pytest.mark.parametrize(
    "text", ["the State Security Service", "The Democratic Party", "the Labour Party", "the secret service"]
)
def test_a_name_many_states_bodies_bear_is_generic(text: str) -> None:
    assert generic_match(default_kb(), text, _entry(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah",  # one body's own name
        "Iran's Revolutionary Guard",  # a country word says whose
        "the Revolutionary Guards",  # no other state's body bears it
        "the Secret Service",  # as a name, written with capitals
        "the Syrian Red Crescent",
        "the PPP",  # an acronym is a name
        "the Royal Air Force",  # armed forces act abroad: their name stays their state's
    ],
)
def test_a_name_of_one_body_is_not_generic(text: str) -> None:
    assert generic_match(default_kb(), text, _entry(text)) is None


def test_the_common_words_are_those_of_many_states_institutions() -> None:
    common = generic_names(default_kb()).common
    assert {"national", "security", "party"} <= common
    assert "hezbollah" not in common


def _reading(text: str, places: set[str], sentence: str = ""):  # type: ignore[no-untyped-def]
    kb = default_kb()
    res = resolve_phrase(text, kb=kb)
    assert res is not None
    return generic_reading(kb, res, text, date="2024-05-02", sentence=sentence, places=places)


def test_a_generic_name_is_the_body_of_the_article_state() -> None:
    res = _reading("the State Security Service", {"KEN"})
    assert res is not None
    assert (res.kb_id, res.country, res.sector) == (None, "KEN", "SPY")
    assert res.resolved_by.endswith("+generic")


def test_a_generic_name_is_that_state_s_own_entry_when_the_base_has_one() -> None:
    res = _reading("the State Security Service", {"GEO"})
    assert res is not None and (res.kb_id, res.country) == ("geo_state_security_service_of_georgia", "GEO")


def test_with_no_place_the_sentence_s_only_state_decides() -> None:
    res = _reading("the State Security Service", set(), "Two Kenyan reporters were held by the State Security Service.")
    assert res is not None and res.country == "KEN"


def test_an_article_of_several_other_states_gives_no_country() -> None:
    res = _reading("the State Security Service", {"KEN", "UGA"}, "The State Security Service held two men.")
    assert res is not None and (res.kb_id, res.country, res.sector) == (None, None, "SPY")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("the State Security Service", {"NGA"}),  # the entry's own state
        ("the State Security Service", set()),  # nothing says which state
        ("Hezbollah", {"ISR"}),  # a name of one body
        ("Iran's Revolutionary Guard", {"IRQ"}),
    ],
)
def test_the_entry_stands_when_nothing_makes_the_name_another_state_s(text: str, places: set[str]) -> None:
    assert _reading(text, places) is None
