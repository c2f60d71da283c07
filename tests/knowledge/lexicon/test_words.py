"""The word lists of the coding rules (knowledge/lexicon/words.yaml)."""

from __future__ import annotations

import pytest

from eventwire.errors import DataFileError
from eventwire.knowledge.lexicon import word_lists, words

EXPECTED = {
    "habitual_adjectives", "postpositive_title_words", "member_state_nouns",
    "foreign_party_words", "many_party_words", "locative_prepositions", "battle_words", "place_nouns",
    "movement_verbs", "background_prepositions", "background_subordinators", "object_control_verbs",
    "local_prepositions", "battle_nouns", "quantity_words", "stative_passives", "object_required_verbs", "crowd_nouns",
    "ergative_verbs",
    "affiliation_verbs", "role_nouns",
    "group_nouns", "locating_prepositions", "organisation_pronouns", "speaker_pronouns", "person_titles_mentions",
    "person_titles_quotes", "person_nouns", "count_nouns", "claim_reporting_verbs",
    "denial_words", "allegation_words", "hedge_words", "false_nominalisations", "purpose_nouns", "command_verbs",
    "habitual_verbs", "habitual_adverbs",
    "idioms",
    *(f"claim_nouns_{u}" for u in ("troops", "dead", "injured", "arrested", "displaced", "protesters", "abducted")),
    *(f"claim_verbs_{u}" for u in ("dead", "injured", "arrested", "displaced", "protesters", "abducted")),
    "claim_tally_nouns", "link_verbs_backed_by", "link_verbs_led_by", "link_verbs_allied_with", "link_compound_verbs",
    "link_prepositions", "phrase_determiners", "former_words", "ethnic_words", "backer_words", "non_act_verbs",
    "naming_verbs", "region_adjectives",
    "headline_function_words", "intent_nouns", "prospective_modifiers", "bare_institution_names", "onlooking_verbs",
    "undergoing_verbs", "toleration_verbs", "violent_verbs", "arrival_verbs", "unfolding_verbs", "custody_words",
    "casualty_verbs", "casualty_states", "conflict_nouns", "facility_nouns", "keeping_verbs", "announcing_verbs",
    "joining_verbs", "stance_verbs", "thwarting_verbs", "enforcer_nouns", "detaining_verbs", "fleeing_verbs",
    "striking_verbs",
}


def test_every_list_is_there() -> None:
    assert set(word_lists()) == EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_list_loads_non_empty_and_lower_case(name: str) -> None:
    found = words(name)
    assert isinstance(found, frozenset) and found
    assert all(isinstance(w, str) and w == w.lower() and w == w.strip() and w for w in found)


def test_lists_are_read_once() -> None:
    assert words("locative_prepositions") is words("locative_prepositions")


def test_a_few_words() -> None:
    assert {"in", "near"} <= words("locative_prepositions")
    assert "say" in words("claim_reporting_verbs")
    assert "siege" in words("battle_nouns")


def test_unknown_list_is_an_error() -> None:
    with pytest.raises(DataFileError):
        words("no_such_list")
