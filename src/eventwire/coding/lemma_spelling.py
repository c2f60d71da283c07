"""Verb lemmas the rule lemmatizer gets wrong when two verbs differ only by a final "e".

spaCy's English rule lemmatizer strips a suffix and keeps the first form its verb index knows.
Where both "hop" and "hope" are verbs it answers "hop" for "hopes", "hoped" and "hoping"; so
"fined" becomes "fin", "raped" "rap", "staged" "stag", "waged" "wag" and "hopes to" loses its
intent. English spelling settles most of these pairs:

- a verb takes "-es" only after s, x, z, ch, sh or o, so "hopes" is "hope" + "s";
- a one-syllable verb ending in a single vowel and a single consonant doubles it before "-ed"
  and "-ing" ("hop" → "hopped", "hopping"), so "hoped" and "hoping" come from "hope".

Only a lemma whose "e" form is also in the lemmatizer's verb index is changed. The other way
round, a verb the index lacks ("cordon") is cut by the first rule that fits, to a form with an
"e" that is no verb ("cordoned" → "cordone"); where the form without the "e" is a known verb, it
is the lemma.
"""

from __future__ import annotations

from collections.abc import Container

_VOWELS = frozenset("aeiou")
# Final consonants that are never doubled ("fixed", "snowed", "played").
_NEVER_DOUBLED = frozenset("wxy")
# Stems that take "-es" in the third person ("passes", "fixes", "watches", "goes").
_ES_ENDINGS = ("s", "x", "z", "ch", "sh", "o")


def _one_syllable_cvc(stem: str) -> bool:
    """True for a one-syllable stem ending in consonant, single vowel, consonant ("hop", "stag")."""
    if len(stem) < 3:
        return False
    last, vowel, before = stem[-1], stem[-2], stem[-3]
    if last in _VOWELS or last in _NEVER_DOUBLED or vowel not in _VOWELS or before in _VOWELS:
        return False
    return not any(ch in _VOWELS for ch in stem[:-2])


def repaired_verb_lemma(form: str, lemma: str, *, verbs: Container[str]) -> str:
    """The lemma of the verb ``form`` (lower case), given the lemmatizer's ``lemma`` and the verbs
    it knows; ``lemma`` itself unless spelling says the verb does or does not end in "e". A
    hyphenated verb ("co-hosted") takes its last part's lemma ("co-host")."""
    if "-" in form and "-" in lemma:
        head, _, last = form.rpartition("-")
        return head + "-" + repaired_verb_lemma(last, lemma.rpartition("-")[2], verbs=verbs)
    stem = lemma[:-1]
    if lemma.endswith("e") and lemma not in verbs and stem in verbs and form in (stem + "ed", stem + "ing"):
        return stem  # "cordoned" cut to "cordone", no verb: "cordon" is
    with_e = lemma + "e"
    if with_e not in verbs:
        return lemma
    if form == lemma + "es" and not lemma.endswith(_ES_ENDINGS):
        return with_e
    if form in (lemma + "ed", lemma + "ing") and _one_syllable_cvc(lemma):
        return with_e
    return lemma
