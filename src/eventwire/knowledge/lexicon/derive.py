"""Nominalisations derived by rule from the verbs of the lexicon.

"evacuate" gives "evacuation", "deploy" "deployment", "withdraw" "withdrawal", "seize" "seizure":
a verb entry without constraints gives noun entries of the same reading, so the lexicon never
knows a verb but misses its noun. The rules are English suffix rules; a candidate that is not an
English word costs nothing (no token ever has it as its lemma).

    >>> nominalisations("evacuate")
    ('evacuation',)
    >>> nominalisations("withdraw")
    ('withdrawal',)
    >>> gerund("freeze"), gerund("ban"), gerund("lift")
    ('freezing', 'banning', 'lifting')
"""

from __future__ import annotations

# (verb ending, noun ending) in order; every rule that applies gives a candidate.
_RULES: tuple[tuple[str, str], ...] = (
    ("ate", "ation"),  # evacuate, negotiate, mediate
    ("ize", "ization"),  # mobilize, nationalize
    ("ise", "isation"),  # mobilise
    ("ify", "ification"),  # intensify, notify
    ("ct", "ction"),  # restrict, protect, abduct
    ("pt", "ption"),  # disrupt, adopt
    ("ert", "ersion"),  # divert
    ("mit", "mission"),  # admit, permit
    ("ose", "osal"),  # propose, dispose
    ("ose", "osition"),  # impose, oppose
    ("ove", "oval"),  # approve, remove
    ("ieve", "ief"),  # relieve
    ("eize", "eizure"),  # seize
    ("end", "ension"),  # suspend
    ("ain", "ention"),  # detain
    ("ede", "ession"),  # concede
    ("ess", "ession"),  # suppress, oppress
    ("ain", "aint"),  # complain
    ("eny", "enial"),  # deny
    ("aw", "awal"),  # withdraw
    ("use", "usal"),  # refuse
    ("ive", "ival"),  # arrive
    ("ect", "ection"),  # reject, inject
    ("ock", "ockade"),  # block
    ("erce", "ercion"),  # coerce
    ("ex", "exation"),  # annex
    ("it", "ittal"),  # acquit
    ("ose", "osure"),  # close, disclose
    ("el", "ulsion"),  # expel
    ("olve", "olution"),  # dissolve
    ("ite", "ition"),  # extradite
    ("ver", "very"),  # deliver, recover
)
# Verbs that take -ment or -al directly ("deployment", "agreement", "renewal").
_MENT = ("ploy", "ree", "ounce", "ish", "age", "ain", "it", "ign", "ass")
_AL = ("ew", "ray")


def nominalisations(verb: str) -> tuple[str, ...]:
    """Candidate nouns naming the act of ``verb`` (none equal to the verb itself; nouns that
    are spelled like their verb, "attack" or "release", are entries of their own)."""
    out: list[str] = []
    for end, noun_end in _RULES:
        if verb.endswith(end) and len(verb) > len(end):
            cand = verb[: -len(end)] + noun_end
            if cand != verb and cand not in out:
                out.append(cand)
    if verb.endswith(_MENT):
        out.append(verb + "ment")
    if verb.endswith(_AL):
        out.append(verb + "al")
    return tuple(dict.fromkeys(out))


_VOWELS = frozenset("aeiou")


def gerund(verb: str) -> str:
    """The -ing noun of ``verb`` ("the lifting of sanctions", "the freezing of assets"): a final
    silent e drops, and a short verb ending consonant-vowel-consonant doubles its consonant."""
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if (
        len(verb) in (3, 4)
        and verb[-1] not in _VOWELS | {"w", "x", "y"}
        and verb[-2] in _VOWELS
        and verb[-3] not in _VOWELS
        and (len(verb) == 3 or verb[0] not in _VOWELS)
    ):
        return verb + verb[-1] + "ing"
    return verb + "ing"
