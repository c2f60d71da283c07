"""English spelling picks the verb of a pair that differs by a final "e" ("hop"/"hope")."""

from __future__ import annotations

import pytest

from eventwire.coding.lemma_spelling import repaired_verb_lemma

VERBS = frozenset(
    {"hop", "hope", "stag", "stage", "fin", "fine", "pass", "passe", "rout", "route", "visit", "bar", "bare"}
)


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [
        ("hopes", "hop", "hope"),  # "hop" would give "hops"
        ("hoped", "hop", "hope"),  # "hop" would give "hopped"
        ("hoping", "hop", "hope"),
        ("staged", "stag", "stage"),
        ("fined", "fin", "fine"),
        ("hopped", "hop", "hop"),  # the doubled consonant is the short verb's
        ("hops", "hop", "hop"),
        ("passes", "pass", "pass"),  # "-es" after s belongs to the short verb
        ("routed", "rout", "rout"),  # two vowels: nothing to double, both spellings possible
        ("visited", "visit", "visit"),  # no "visite" among the verbs
        ("barred", "bar", "bar"),
    ],
)
def test_spelling_decides_the_lemma(form: str, lemma: str, expected: str) -> None:
    assert repaired_verb_lemma(form, lemma, verbs=VERBS) == expected


def test_a_lemma_whose_e_form_is_no_known_verb_is_kept() -> None:
    assert repaired_verb_lemma("waged", "wag", verbs=frozenset({"wag"})) == "wag"


@pytest.mark.parametrize(("form", "lemma"), [("cordoned", "cordone"), ("cordoning", "cordone")])
def test_a_cut_to_an_e_form_that_is_no_verb_keeps_the_known_verb(form: str, lemma: str) -> None:
    assert repaired_verb_lemma(form, lemma, verbs=frozenset({"cordon"})) == "cordon"


def test_an_e_form_that_is_a_verb_is_kept() -> None:
    assert repaired_verb_lemma("hoped", "hope", verbs=frozenset({"hop", "hope"})) == "hope"
    assert repaired_verb_lemma("cordoned", "cordone", verbs=frozenset()) == "cordone"  # nothing known


def test_a_hyphenated_verb_takes_the_lemma_of_its_last_part() -> None:
    assert repaired_verb_lemma("co-staged", "co-stag", verbs=VERBS) == "co-stage"
    assert repaired_verb_lemma("co-visited", "co-visit", verbs=VERBS) == "co-visit"
