"""Which refugee parties left their country (eventwire.coding.refugees), on phrases written for the test."""

from __future__ import annotations

import pytest

from eventwire import Actor
from eventwire.coding.refugees import abroad


@pytest.mark.parametrize("text", ["forty refugees", "asylum seekers", "the migrants", "returning migrants"])
def test_refugees_and_migrants_are_abroad(text: str) -> None:
    assert abroad(Actor(text=text, start=0, end=len(text), sector="REF"))


@pytest.mark.parametrize(
    "text", ["internally displaced people", "displaced people", "evacuees", "IDPs", "returnees", "deportees"]
)
def test_people_displaced_at_home_are_not(text: str) -> None:
    assert not abroad(Actor(text=text, start=0, end=len(text), sector="REF"))


def test_parties_of_other_sectors_are_not() -> None:
    assert not abroad(Actor(text="foreign workers", start=0, end=15, sector="LAB"))
