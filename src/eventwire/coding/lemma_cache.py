"""The ``eventwire_lemma_cache`` component: spaCy's rule lemmatizer, asked once per kind of token.

spaCy's rule ``lemmatizer`` (English included) finds a token's lemma from its text, part of
speech and morphology alone, but it reads each token's attributes through Python objects and
reruns its base-form test on most nouns and verbs every time it meets them (only the other
tokens are cached): about 2 % of the parse. This component keeps the stock lemmatizer and asks
it once per (word, part of speech, morphology), reading and writing a Doc's tokens in one array
each. It sets the same lemmas: a token that already has one (from the attribute table) keeps it,
as with the stock component's ``overwrite=False``, and a token without a part of speech goes to
the stock lemmatizer every time (which warns about it, as before). One exception: a verb the
stock lemmatizer cuts to its namesake without a final "e" ("hoped" → "hop", "fined" → "fin")
gets the lemma English spelling gives it (:mod:`eventwire.coding.lemma_spelling`).

:func:`swap_lemmatizer` puts this component in a loaded pipeline's ``lemmatizer``'s place and
disables that lemmatizer (it stays in the pipeline, tables and all), when it is spaCy's own rule
lemmatizer (English or generic) without ``overwrite``; any other lemmatizer is kept running.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.parts_of_speech import VERB as VERB_POS
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .lemma_spelling import repaired_verb_lemma

FACTORY = "eventwire_lemma_cache"
_VERB = int(VERB_POS)  # the part of speech, as Doc.to_array gives it
# Lemmatizer classes whose rule lemma depends on nothing but the token's text, part of speech and
# morphology (and on the lemmatizer's fixed tables).
_PURE_RULE_LEMMATIZERS = (Lemmatizer, EnglishLemmatizer)
# Bound of the remembered lemmas: cleared when full (a news stream brings new words forever).
MAX_ENTRIES = 200_000


class LemmaCache:
    """Sets each token's lemma as the stock rule lemmatizer :meth:`use` gives it would."""

    def __init__(self, vocab: Vocab, name: str = FACTORY, *, max_entries: int = MAX_ENTRIES) -> None:
        self.vocab = vocab
        self.name = name
        self.max_entries = max_entries
        self._stock: Lemmatizer | None = None
        self._lemmas: dict[tuple[int, int, int], str] = {}
        self._verbs: frozenset[str] = frozenset()

    def use(self, stock: Lemmatizer) -> None:
        """Lemmatize with ``stock`` (a rule-mode spaCy lemmatizer with ``overwrite=False``).

        Raises ValueError naming the lemmatizer when it is not one, and spaCy's own error when its
        lemma tables are missing."""
        if type(stock) not in _PURE_RULE_LEMMATIZERS or stock.mode != "rule" or stock.overwrite:
            raise ValueError(
                f"lemmatizer '{getattr(stock, 'name', stock)}' is not spaCy's rule lemmatizer without overwrite; "
                "keep it in the pipeline instead of a lemma cache"
            )
        stock(Doc(self.vocab, words=[]))  # spaCy checks its tables on the first Doc
        self._stock = stock
        self._lemmas = {}
        index = stock.lookups.get_table("lemma_index", {})
        self._verbs = frozenset(index.get("verb", ()))

    def know_verbs(self, lemmas: Iterable[str]) -> None:
        """Count ``lemmas`` (the lexicon's verbs) among the verbs spelling settles lemmas by, beside
        the lemmatizer's own index; the lemmas remembered so far are forgotten."""
        self._verbs = self._verbs | frozenset(lemmas)
        self._lemmas = {}

    def __call__(self, doc: Doc) -> Doc:
        stock = self._stock
        if stock is None:
            raise ValueError(f"pipeline component '{self.name}' has no lemmatizer; call use(lemmatizer) first")
        if not len(doc):
            return doc
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        rows = values.tolist()
        lemmas, strings = self._lemmas, self.vocab.strings
        out = values[:, 3]
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = lemmas.get(key)
            if found is None:
                found = stock.lemmatize(doc[i])[0]
                if pos == _VERB:
                    found = repaired_verb_lemma(doc[i].lower_, found, verbs=self._verbs)
                if pos:  # a token without a part of speech warns each time, as in spaCy
                    if len(lemmas) >= self.max_entries:
                        lemmas.clear()
                    lemmas[key] = found
            out[i] = strings.add(found)
        doc.from_array([LEMMA], numpy.ascontiguousarray(out, dtype=numpy.uint64))
        return doc


@Language.factory(FACTORY)
def make_lemma_cache(nlp: Language, name: str) -> LemmaCache:
    return LemmaCache(nlp.vocab, name)


def swap_lemmatizer(nlp: Language, *, lemmatizer: str = "lemmatizer") -> bool:
    """Puts a :class:`LemmaCache` over ``nlp``'s lemmatizer named ``lemmatizer`` in its place and
    disables the lemmatizer; returns False (and keeps the lemmatizer running) when the pipeline
    has none or it is not spaCy's rule lemmatizer without ``overwrite``."""
    if lemmatizer not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(lemmatizer)
    if type(stock) not in _PURE_RULE_LEMMATIZERS or stock.mode != "rule" or stock.overwrite:
        return False
    cache = nlp.add_pipe(FACTORY, name=FACTORY, after=lemmatizer)
    cache.use(stock)
    nlp.disable_pipe(lemmatizer)
    return True
