"""Title-case headlines parsed as the sentences they are.

A headline written in title case ("Poland Expels Dozens of Diplomats Following Accusations")
looks to the tagger like one long name: every capitalised word is a proper noun, and no verb
is found. :func:`untitle` lowercases, in such a line only, the words that are plainly not
names: function words, and the forms of the lexicon's verbs and of its word classes' nouns,
unless the word belongs to a known multiword name ("National Guard", "Security Council").
It changes case only, so character offsets stay valid; the record's text is the original.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge.lexicon import default_lexicon, load_word_classes
from ..knowledge.lexicon import words as lexicon_words

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# A line is a title-case headline when most of its longer words are capitalised.
_MIN_LONG_WORDS = 3
_TITLE_SHARE = 0.8
_MAX_LINE = 250
# Words after which a lexicon verb is a verb ("to End", "May Ban", "Will Impose").
_VERB_MARKERS = frozenset({"to", "may", "might", "will", "would", "could", "can", "should", "must"})
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "who", "which", "that"})


def _forms(word: str) -> set[str]:
    """The inflected forms of a verb or noun lemma (regular English morphology)."""
    out = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        out |= {word[:-1] + "ing", word[:-1] + "ed"}
    if word.endswith("y"):
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", word):
        out |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return out


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    lexicon = default_lexicon()
    out: set[str] = set(lexicon_words("headline_function_words"))
    for t in lexicon.triggers:
        if " " not in t.lemma:
            out |= _forms(t.lemma)
    cues = lexicon.cues
    for verbs in (cues.reporting, cues.intent_future, cues.aspectual, cues.coercive_intent):
        for v in verbs:
            out |= _forms(v)
    for noun in lexicon_words("intent_nouns"):
        out |= _forms(noun)
    for members in load_word_classes().values():
        for m in members:
            if " " not in m:
                out |= _forms(m)
    return frozenset(out - _name_words())


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Lower-cased words of the knowledge base's multiword names."""
    from ..knowledge.actors import default_kb

    out: set[str] = set()
    for p in default_kb().alias_patterns():
        parts = p.text.split()
        if len(parts) > 1:
            out |= {w.lower() for w in parts if w[:1].isupper()}
    return frozenset(out)


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    """The forms of the lexicon's verbs, names or not."""
    lemmas = {t.lemma for t in default_lexicon().triggers if t.pos == "VERB" and " " not in t.lemma}
    return frozenset(f for lemma in lemmas for f in _forms(lemma))


def _plain_case(m: re.Match[str], plain: frozenset[str], verbs: frozenset[str]) -> str:
    """A word of a title-case line, lowercased when it is plainly not a name: a plain word, or a
    verb after "to" or a modal even where a name holds it ("Promises to End Curfew", not "West
    End"; "May Ban", not "Ban Ki-moon")."""
    word = m.group(0)
    low = word.lower()
    if low in plain:
        return low
    before = m.string[: m.start()].rstrip().rsplit(" ", 1)[-1].lower()
    if low == "may" and before in _SUBJECT_PRONOUNS:
        return low  # "Suggests It May Ban ...": the modal, not the month
    return low if before in _VERB_MARKERS and low in verbs else word


def is_title_case(line: str) -> bool:
    """Whether ``line`` is a headline in title case."""
    if len(line) > _MAX_LINE or line.rstrip().endswith((".", '."')):
        return False
    long = [w for w in _WORD.findall(line) if len(w) >= 4]
    return len(long) >= _MIN_LONG_WORDS and sum(w[0].isupper() for w in long) >= _TITLE_SHARE * len(long)


def untitle(text: str) -> str:
    """``text`` with its title-case lines' plain words lowercased (same length)."""
    if not any(is_title_case(line) for line in text.splitlines()):
        return text
    plain, verbs = _plain_words(), _verb_words()
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        if is_title_case(line):
            line = _WORD.sub(lambda m: _plain_case(m, plain, verbs), line)
        out.append(line)
    result = "".join(out)
    assert len(result) == len(text)
    return result
