"""A crowd that burns, loots or storms property riots; an armed party doing so assaults
(eventwire.coding.sentence), on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from tests.event_helpers import only


@pytest.mark.parametrize(
    "text",
    [
        "Rioters set fire to a bank in Kisumu on Tuesday night.",
        "Crowds ransacked supermarkets in the port city.",
        "Demonstrators stormed the electoral commission's offices in Conakry.",
    ],
)
def test_a_crowd_destroying_property_riots(text: str) -> None:
    e = only(code_text(text, published="2023-01-03"), "PROTEST")
    assert e.mode == "riot" and (e.cameo.code or "").startswith("145")  # 145 or a sub-code of its aim


@pytest.mark.parametrize(
    "text",
    ["Militiamen set fire to a school in the village.", "Commandos stormed the hijacked ship at dawn."],
)
def test_an_armed_party_destroying_property_assaults(text: str) -> None:
    only(code_text(text, published="2023-01-03"), "ASSAULT")


def test_civilians_not_named_as_a_crowd_who_burn_a_house_attack_it() -> None:
    text = "Settlers set fire to a farmhouse near Nablus, residents said."
    only(code_text(text, published="2023-01-03"), "ASSAULT")


def test_soldiers_putting_up_barricades_are_not_protesting() -> None:
    evs = code_text("Soldiers erected barricades around the presidential palace on Monday.", published="2023-01-03")
    assert not [e for e in evs if e.event_type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers looted shops in the border town of Kaya on Sunday.",
        "Police officers looted market stalls during the raid on the camp.",
        "Militiamen looted a pharmacy as they withdrew from the district.",
    ],
)
def test_an_armed_party_looting_seizes_property(text: str) -> None:
    evs = code_text(text, published="2023-01-03")
    assert not [e for e in evs if e.event_type == "PROTEST"]
    e = only(evs, "COERCE")
    assert e.mode == "seize"


def test_a_crowd_looting_still_riots() -> None:
    e = only(code_text("Rioters looted shops in the border town of Kaya on Sunday.", published="2023-01-03"), "PROTEST")
    assert e.mode == "riot"


@pytest.mark.parametrize(
    "text",
    [
        "Angry crowds besieged the governor's office in Lagos on Monday.",
        "Hundreds of farmers encircled the agriculture ministry in Bucharest.",
    ],
)
def test_a_crowd_hemming_in_a_building_protests_by_obstructing(text: str) -> None:
    e = only(code_text(text, published="2023-01-03"), "PROTEST")
    assert e.mode == "obstruct"


def test_an_army_besieging_a_city_restricts_it() -> None:
    evs = code_text("Army units besieged the port city of Berdyansk for six weeks.", published="2023-01-03")
    assert "PROTEST" not in [e.event_type for e in evs]
