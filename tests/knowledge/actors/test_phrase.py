"""Reading a phrase as names: which alias matches stand for the phrase's party."""

from __future__ import annotations

import pytest

from eventwire.knowledge.actors import default_kb
from eventwire.knowledge.actors.phrase import _analyse


def _actors(text: str) -> list[str]:
    return [m.target for m in _analyse(default_kb(), text).names if m.label == "ACTOR"]


@pytest.mark.parametrize("text", ["the National Security Council", "the Federal Red Cross"])
def test_an_alias_of_common_words_ending_a_longer_unknown_name_is_not_that_entry(text: str) -> None:
    assert _actors(text) == []


@pytest.mark.parametrize(
    ("text", "kb_id"),
    [
        ("the Security Council", "un_security_council"),
        ("the Lebanese Shiite Hezbollah", "hezbollah"),  # a name of its own is never cut
        ("Senior Hamas officials", "hamas"),  # a capitalised first word of the phrase
        ("the Supreme National Security Council", "irn_supreme_national_security_council"),
    ],
)
def test_a_known_name_or_a_name_of_its_own_stays(text: str, kb_id: str) -> None:
    assert kb_id in _actors(text)
