"""The lemma cache sets the lemmas spaCy's rule lemmatizer sets, token by token, but for the verbs
English spelling tells from their namesake without a final "e" (``lemma_spelling``).

Each text is parsed once without the lemmatizer; the stock lemmatizer runs on one copy of the
Doc and the cache on another, and the lemmas of every token are compared: 24 generated articles
of the benchmark corpus, the GSR dev sentences (read from ../shared at test time; skipped when
absent) and a text whose words take different lemmas by part of speech and morphology.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.coding.lemma_cache import LemmaCache, swap_lemmatizer
from eventwire.coding.lemma_spelling import repaired_verb_lemma
from eventwire.coding.pipeline import DEFAULT_MODEL
from tests.event_helpers import bench_corpus

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval"
# the same words as nouns and verbs, singular and plural, base and inflected forms
AMBIGUOUS = (
    "The saw saws wood; he saw the saws. Troops left, and the troops' left flank fired fires. "
    "Better talks are better than the talks he talks of. Leaves fell as she leaves. "
    "Attacks attacked attacking attackers. The worse was worst; the best bested them."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(DEFAULT_MODEL)


def _parsed(nlp: Language, texts: list[str]) -> list[Doc]:
    return list(nlp.pipe(texts, disable=["lemmatizer", "ner"]))


def _assert_same(nlp: Language, cache: LemmaCache, docs: list[Doc]) -> int:
    """Runs the stock lemmatizer and the cache on copies of each Doc; returns the tokens compared."""
    stock = nlp.get_pipe("lemmatizer")
    verbs = stock.lookups.get_table("lemma_index")["verb"]
    compared = 0
    for n, doc in enumerate(docs):
        expected, got = stock(doc.copy()), cache(doc.copy())
        for token in expected:
            if token.pos_ == "VERB":
                token.lemma_ = repaired_verb_lemma(token.lower_, token.lemma_, verbs=verbs)
        if (expected.to_array(LEMMA) != got.to_array(LEMMA)).any():
            diffs = [(a.i, a.text, a.pos_, a.lemma_, b.lemma_) for a, b in zip(expected, got) if a.lemma != b.lemma]
            pytest.fail(f"text {n}: the cache differs from the lemmatizer on {diffs[:5]}")
        compared += len(doc)
    return compared


def _cache(nlp: Language, **options: int) -> LemmaCache:
    cache = LemmaCache(nlp.vocab, **options)
    cache.use(nlp.get_pipe("lemmatizer"))
    return cache


def test_same_lemmas_as_the_lemmatizer_on_generated_and_ambiguous_text(nlp: Language) -> None:
    docs = _parsed(nlp, [text for text, _published in bench_corpus().corpus_texts(24)] + [AMBIGUOUS])
    cache = _cache(nlp)
    assert _assert_same(nlp, cache, docs) > 10_000
    assert _assert_same(nlp, cache, docs) > 10_000  # again, every lemma now from the cache


def test_the_ambiguous_text_gives_a_word_different_lemmas(nlp: Language) -> None:
    doc = _cache(nlp)(_parsed(nlp, [AMBIGUOUS])[0])
    lemmas = {(t.lower_, t.pos_): t.lemma_ for t in doc}
    assert lemmas[("leaves", "NOUN")] == "leaf" and lemmas[("leaves", "VERB")] == "leave"
    assert lemmas[("saw", "VERB")] == "see" and lemmas[("saws", "NOUN")] == "saw"


def test_same_lemmas_on_the_gsr_texts_with_a_small_cache(nlp: Language) -> None:
    gsr = EVAL / "plover_gsr_dev.json"
    if not gsr.exists():
        pytest.skip("the shared evaluation folder is not beside the repository")
    texts = [record["text"] for record in json.loads(gsr.read_text(encoding="utf-8"))]
    cache = _cache(nlp, max_entries=50)  # cleared again and again
    assert _assert_same(nlp, cache, _parsed(nlp, texts)) > 3_000
    assert len(cache._lemmas) <= 50


def test_a_word_with_the_same_part_of_speech_and_other_morphology_has_its_own_lemma(nlp: Language) -> None:
    # the tagger seldom gives "arms" or "media" both numbers in one run: tokens set by hand
    words = ["arms", "arms", "media", "media", "arms", "media"]
    morphs = ["Number=Sing", "Number=Plur", "Number=Sing", "Number=Plur", "Number=Sing", "Number=Plur"]
    doc = Doc(nlp.vocab, words=words, pos=["NOUN"] * len(words), morphs=morphs)
    assert _assert_same(nlp, _cache(nlp), [doc]) == len(words)
    assert [t.lemma_ for t in _cache(nlp)(doc.copy())] == ["arms", "arm", "media", "medium", "arms", "medium"]


def test_a_token_with_a_lemma_keeps_it(nlp: Language) -> None:
    doc = _parsed(nlp, ["The rebels attacked the base."])[0]
    doc[2].lemma_ = "strike"
    assert [t.lemma_ for t in _cache(nlp)(doc)] == ["the", "rebel", "strike", "the", "base", "."]


def test_a_lemmatizer_that_is_not_the_stock_rule_one_is_kept() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "rule", "overwrite": True})
    assert swap_lemmatizer(nlp) is False
    assert nlp.pipe_names == ["lemmatizer"]
    with pytest.raises(ValueError, match="'lemmatizer' is not spaCy's rule lemmatizer without overwrite"):
        LemmaCache(nlp.vocab).use(nlp.get_pipe("lemmatizer"))


def test_a_cache_without_a_lemmatizer_says_so(nlp: Language) -> None:
    with pytest.raises(ValueError, match="'eventwire_lemma_cache' has no lemmatizer; call use"):
        LemmaCache(nlp.vocab)(nlp.make_doc("Rebels attacked."))


def test_swap_puts_the_cache_in_the_lemmatizer_s_place_and_disables_it(nlp: Language) -> None:
    swapped = spacy.load(DEFAULT_MODEL)
    assert swap_lemmatizer(swapped) is True
    assert swapped.pipe_names.index("eventwire_lemma_cache") == nlp.pipe_names.index("lemmatizer")
    assert "lemmatizer" in swapped.disabled
    text = "Troops left the saws and talks behind, officials said."
    assert [t.lemma_ for t in swapped(text)] == [t.lemma_ for t in nlp(text)]


def test_a_verb_english_spelling_ends_in_e_gets_that_lemma(nlp: Language) -> None:
    text = "Regulators fined the bank, unions staged a strike and the mayor hopes to stay; the rabbit hopped off."
    stock = nlp.get_pipe("lemmatizer")
    doc = _parsed(nlp, [text])[0]
    before = {t.text: t.lemma_ for t in stock(doc.copy())}
    after = {t.text: t.lemma_ for t in _cache(nlp)(doc.copy())}
    assert (before["fined"], before["staged"], before["hopes"]) == ("fin", "stag", "hop")  # the stock lemmas
    assert (after["fined"], after["staged"], after["hopes"], after["hopped"]) == ("fine", "stage", "hope", "hop")


def test_verbs_made_known_settle_a_cut_the_index_cannot(nlp: Language) -> None:
    text = "Police cordoned off the square."
    cache = _cache(nlp)
    assert {t.text: t.lemma_ for t in cache(_parsed(nlp, [text])[0])}["cordoned"] == "cordone"
    cache.know_verbs(["cordon"])
    assert {t.text: t.lemma_ for t in cache(_parsed(nlp, [text])[0])}["cordoned"] == "cordon"
