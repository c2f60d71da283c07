"""Headline verbs the tagger took for nouns (eventwire.coding.headline_verbs), on headlines written for the test."""

from __future__ import annotations

import pytest
from event_helpers import only

from eventwire import code_text
from eventwire.coding.headline_verbs import past_tense, present_forms
from eventwire.coding.pipeline import parse

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("verb", "past"),
    [("detain", "detained"), ("seize", "seized"), ("ban", "banned"), ("deploy", "deployed"),
     ("bury", "buried"), ("send", "sent"), ("hit", "hit"), ("sanction", "sanctioned")],
)
def test_the_past_tense_follows_english_morphology(verb: str, past: str) -> None:
    assert past_tense(verb) == past


def test_present_forms_map_to_the_lexicon_lemma() -> None:
    forms = present_forms()
    assert forms["detains"] == "detain" and forms["detain"] == "detain"


@pytest.mark.parametrize(
    ("headline", "word"),
    [
        ("Sudanese police fire tear gas at marchers in Omdurman", "fire"),
        ("Rebels detain six foreign engineers in Cabo Delgado", "detain"),
        ("Ghana recalls envoy, Accra sanctions Togolese officials", "sanctions"),
    ],
)
def test_a_headline_verb_read_as_a_noun_is_parsed_as_the_verb(headline: str, word: str) -> None:
    doc = parse(headline)
    tok = next(t for t in doc if t.text == word)
    assert tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children)
    assert doc.text == headline  # the text and its offsets are the headline's own


def test_a_noun_before_a_verb_stays_a_noun() -> None:
    doc = parse("Kenya expels hundreds of Somalis as deportation drive widens")
    assert next(t for t in doc if t.text == "drive").pos_ != "VERB"


def test_a_repaired_headline_keeps_the_article_text_and_codes_its_act() -> None:
    text = "Sudanese police fire tear gas at marchers\n\nThe march was the largest in Omdurman this year."
    doc = parse(text)
    assert doc.text == text and doc[2].text == "fire" and doc[2].pos_ == "VERB"
    e = only(code_text("Sudanese police fire tear gas at marchers in Omdurman"), "ASSAULT")
    assert e.trigger.text == "fire" and [a.country for a in e.actor] == ["SDN"]


@pytest.mark.parametrize(
    ("headline", "first", "second"),
    [
        ("Sudanese refugees protest aid cuts, reject return plan", "PROTEST", "REJECT"),
        ("Chad quits regional pact, warns ships bound for Libya", "SANCTION", "THREATEN"),
    ],
)
def test_two_headline_clauses_side_by_side_are_both_the_subjects_acts(headline: str, first: str, second: str) -> None:
    events = code_text(headline)
    actors = {e.event_type: [a.text for a in e.actor] for e in events}
    subject = headline.split(" ")[0] if first == "SANCTION" else "Sudanese refugees"
    assert actors.get(first) == [subject] and actors.get(second) == [subject]


def test_a_quotation_verb_after_its_quote_keeps_its_own_subject() -> None:
    events = code_text("Talks with the rebels will fail, warns the Nigerian envoy.")
    assert all(a.text != "Talks" for e in events for a in e.actor)
