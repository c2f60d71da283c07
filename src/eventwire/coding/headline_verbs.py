"""Headline verbs the tagger took for nouns, and the parse around them.

Headlines drop articles and auxiliaries and put the act in the present: "Taliban detain aid
workers", "Police fire tear gas at marchers", "Beijing sanctions U.S. arms firms". A small
tagger reads the plural present after a noun as a noun ("police fire" like "police
headquarters"), and the parse that follows has no verb: no subject, no object, no event.

:func:`repair_headlines` finds, in a headline region only, a word that is a present form of one
of the lexicon's verbs, stands right after a noun with no verb before it in its clause, and is
followed by what can open an object or an adjunct, yet was not tagged a verb. It parses the
headline again with that word in the past tense ("Taliban detained aid workers"), which no
tagger reads as a noun, and, when that parse makes the word a verb, copies the parse (heads,
labels, tags, lemmas and entities) onto the headline's tokens. The text, the tokens and their
offsets do not change; the other sentences are not touched.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from ..knowledge.lexicon import default_lexicon

# Grammar: tags a clause's verb carries; the parts of speech that can open what follows a verb.
_VERB_POS = frozenset({"VERB", "AUX"})
_AFTER_VERB = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON", "ADP", "SCONJ", "PART", "ADV"})
# Grammar: what ends one clause of a headline and starts another ("..., detain 12 crew").
_CLAUSE_BREAKS = frozenset({",", ";", ":", "as", "after", "before", "while", "when", "amid", "and"})
# Grammar: English verbs whose past tense is irregular (those a news lexicon uses).
_IRREGULAR_PAST = {
    "beat": "beat", "begin": "began", "bring": "brought", "break": "broke", "build": "built",
    "buy": "bought", "catch": "caught", "cut": "cut", "draw": "drew", "drive": "drove",
    "fight": "fought", "fly": "flew", "freeze": "froze", "give": "gave", "hit": "hit",
    "hold": "held", "keep": "kept", "lead": "led", "leave": "left", "let": "let", "lose": "lost",
    "make": "made", "meet": "met", "pay": "paid", "put": "put", "quit": "quit", "ride": "rode",
    "run": "ran", "say": "said", "seek": "sought", "sell": "sold", "send": "sent", "set": "set",
    "shoot": "shot", "shut": "shut", "sit": "sat", "speak": "spoke", "split": "split",
    "spread": "spread", "stand": "stood", "steal": "stole", "strike": "struck", "swear": "swore",
    "take": "took", "tell": "told", "throw": "threw", "win": "won", "withdraw": "withdrew",
    "withhold": "withheld", "overrun": "overran", "undertake": "undertook", "uphold": "upheld",
}
_CVC = re.compile(r"[^aeiou][aeiou][bdgmnprt]$")


def past_tense(verb: str) -> str:
    """The past tense of a verb lemma (English morphology: the irregular table, then the rules)."""
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return verb[:-1] + "ied"
    if _CVC.search(verb) and len(verb) <= 4:
        return verb + verb[-1] + "ed"  # "ban", "stop", "jail" is not CVC
    return verb + "ed"


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return verb[:-1] + "ies"
    return verb + "s"


@lru_cache(maxsize=1)
def present_forms() -> dict[str, str]:
    """Present forms ("detain", "detains") of the lexicon's one-word verbs, to their lemma."""
    out: dict[str, str] = {}
    for t in default_lexicon().triggers:
        if t.pos == "VERB" and " " not in t.lemma and t.lemma.isalpha():
            out.setdefault(t.lemma, t.lemma)
            out.setdefault(_third_person(t.lemma), t.lemma)
    return out


def _candidate(doc: Doc, start: int, end: int) -> int | None:
    """The index of a present verb form tagged as something else in ``doc[start:end]``."""
    forms = present_forms()
    verb_seen = False
    for i in range(start, end):
        tok = doc[i]
        if tok.lower_ in _CLAUSE_BREAKS:
            verb_seen = False
            continue
        if tok.pos_ in _VERB_POS:
            verb_seen = True
            continue
        if (
            not verb_seen
            and tok.lower_ in forms
            and i > start
            and doc[i - 1].pos_ in ("NOUN", "PROPN")
            and (i + 1 == end or doc[i + 1].pos_ in _AFTER_VERB)
        ):
            return i
    return None


_ATTRS = [HEAD, DEP, TAG, POS, LEMMA, MORPH, ENT_IOB, ENT_TYPE]


def repair_headlines(nlp: Language, doc: Doc, headlines: list[tuple[int, int]]) -> Doc:
    """``doc`` with each headline region (character bounds) re-parsed where a verb was tagged a
    noun (see the module docstring); ``doc`` itself when nothing needs it."""
    rows: list[tuple[int, np.ndarray]] = []
    for a, b in headlines:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or len(span) < 3 or len(span) > 40:
            continue
        k = _candidate(doc, span.start, span.end)
        if k is None:
            continue
        words = [t.text for t in span]
        words[k - span.start] = past_tense(present_forms()[doc[k].lower_])
        variant = nlp(Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in span]))
        fixed = variant[k - span.start]
        if fixed.pos_ not in _VERB_POS or not any(c.dep_ in ("nsubj", "nsubjpass") for c in fixed.children):
            continue  # the past tense did not make it a clause's verb either: keep the first parse
        arr = variant.to_array(_ATTRS)
        arr[k - span.start, _ATTRS.index(LEMMA)] = doc.vocab.strings.add(present_forms()[doc[k].lower_])
        rows.append((span.start, arr))
    if not rows:
        return doc
    whole = doc.to_array(_ATTRS)
    for start, arr in rows:
        whole[start : start + len(arr)] = arr
    doc.from_array(_ATTRS, whole)
    return doc
