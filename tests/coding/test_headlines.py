"""Title-case headlines (eventwire.coding.headlines), on headlines written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.coding.headlines import is_title_case, untitle
from tests.event_helpers import only


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Norway Expels Four Diplomats Following Spy Accusations", True),
        ("Norway expels four diplomats after spy accusations", False),  # sentence case
        ("Norway Expels Four Diplomats. Oslo Says More Could Follow.", False),  # sentences
        ("UN Vote Fails", False),  # too few words to tell
    ],
)
def test_a_title_case_headline_is_told_from_a_sentence(line: str, title: bool) -> None:
    assert is_title_case(line) is title


def test_untitle_lowercases_plain_words_only_and_keeps_offsets() -> None:
    line = "Norway Expels Four Diplomats Following Spy Accusations\nThe envoys left on Monday."
    out = untitle(line)
    assert len(out) == len(line)
    assert out.startswith("Norway expels Four diplomats following spy accusations\n")  # "Four" is no plain word
    assert out.endswith("The envoys left on Monday.")  # a sentence is left as it is


def test_words_of_known_names_keep_their_capitals() -> None:
    out = untitle("National Guard Troops Detain Protesters Near Parliament")
    assert out.startswith("National Guard")


def test_a_title_case_headline_is_coded_as_a_sentence() -> None:
    e = only(code_text("Norway Expels Four Diplomats Following Spy Accusations"), "SANCTION")
    assert e.mode == "expel"
    assert e.trigger.text == "Expels"  # the record quotes the original text
    e = only(code_text("Chile Downgrades Diplomatic Ties with Peru Amid Fishing Dispute"), "SANCTION")
    assert {a.country for a in e.recipient} == {"PER"}


def test_a_title_case_headline_with_a_reporting_verb_and_an_intention() -> None:
    e = only(code_text("Rebels Announce Intention to Lay Down Arms"), "CONCEDE")
    assert [a.text for a in e.actor] == ["Rebels"]


def test_a_verb_after_to_is_lowercased_even_where_a_name_holds_the_word() -> None:
    out = untitle("Governor of Lagos Promises to End Curfew After Talks With Unions")
    assert "promises to end curfew" in out


def test_a_promised_concession_in_a_title_case_headline_is_a_concession() -> None:
    e = only(code_text("Governor of Lagos Promises to End Curfew After Talks With Unions"), "CONCEDE")
    assert e.trigger.text == "Promises"


def test_a_verb_after_a_modal_is_lowercased_and_may_after_a_pronoun_is_the_modal() -> None:
    out = untitle("Ghana Says It May Ban Two Opposition Rallies Over Violence")
    assert "it may ban Two" in out
