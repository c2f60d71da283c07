"""The attribute table gives the same annotations as spaCy's attribute ruler, token by token.

The equality test parses each text once (tok2vec, tagger, parser), then runs the stock
``attribute_ruler`` on one copy of the Doc and the table on another, the lemmatizer after
either, and compares TAG, POS, MORPH, LEMMA, DEP and HEAD of every token. It covers all 164
sentences of the GSR dev file and the first 60 NGEC stories (read from ../shared at test time;
skipped when absent), 24 generated articles of the benchmark corpus, and a text of the
colloquial forms that the ruler's multi-token and regex patterns exist for.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.coding.attribute_table import AttributeTable, UnsupportedPattern, swap_attribute_ruler
from eventwire.coding.pipeline import DEFAULT_MODEL
from tests.event_helpers import bench_corpus

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval"
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
COLLOQUIAL = (
    "I ain't gonna say it, y'all gotta listen. Let's go, c'm on! There is nothin' here, and it's "
    "somethin' he'd done before. He got it; she gets it. Can't we? I am, you are, they were.\n\n"
    "  \n'Em ol' boys said 'nuff.  Was there anyone?  \t It is what it is: this and that, these and those."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def table(nlp: Language) -> AttributeTable:
    out = AttributeTable(nlp.vocab)
    out.add_patterns(nlp.get_pipe("attribute_ruler").patterns)
    return out


def _view(token: Token) -> tuple[str, str, str, str, str]:
    return token.tag_, token.pos_, str(token.morph), token.lemma_, token.dep_


def _assert_same(nlp: Language, table: AttributeTable, texts: list[str]) -> int:
    """Runs the ruler and the table on copies of each parsed text; returns the tokens compared."""
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    compared = 0
    for n, doc in enumerate(nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"])):
        expected, got = doc.copy(), doc.copy()
        lemmatizer(ruler(expected))
        lemmatizer(table(got))
        if (expected.to_array(ATTRS) != got.to_array(ATTRS)).any():
            diffs = [
                (a.i, a.text, _view(a), _view(b))
                for a, b in zip(expected, got, strict=True)
                if _view(a) != _view(b) or a.head.i != b.head.i
            ]
            pytest.fail(f"text {n}: the table differs from the ruler on {diffs[:5]}")
        compared += len(doc)
    return compared


def test_same_annotations_as_the_ruler_on_generated_and_colloquial_text(nlp: Language, table: AttributeTable) -> None:
    texts = [text for text, _published in bench_corpus().corpus_texts(24)] + [COLLOQUIAL]
    assert _assert_same(nlp, table, texts) > 10_000


def test_same_annotations_as_the_ruler_on_the_gsr_and_ngec_texts(nlp: Language, table: AttributeTable) -> None:
    gsr, ngec = EVAL / "plover_gsr_dev.json", EVAL / "ngec_synthetic_dev.jsonl"
    if not gsr.exists() or not ngec.exists():
        pytest.skip("the shared evaluation folder is not beside the repository")
    texts = [record["text"] for record in json.loads(gsr.read_text(encoding="utf-8"))]
    lines = ngec.read_text(encoding="utf-8").splitlines()[:60]
    texts += [json.loads(line)["text"] for line in lines]
    assert _assert_same(nlp, table, texts) > 10_000


def test_the_colloquial_text_exercises_the_multi_token_and_regex_rules(nlp: Language, table: AttributeTable) -> None:
    doc = nlp(COLLOQUIAL, disable=["attribute_ruler", "lemmatizer", "ner"])
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer(table(doc))
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"], lemmas["ai"], lemmas["nothin'"]) == ("go", "to", "be", "nothing")


def _doc(nlp: Language, words: list[str], tags: list[str], deps: list[str]) -> Doc:
    heads = [0] * len(words)
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_a_later_rule_overrides_an_earlier_one_and_the_index_picks_the_token(nlp: Language) -> None:
    table = AttributeTable(nlp.vocab)
    table.add_patterns(
        [
            {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
            {"patterns": [[{"TAG": "NN", "LOWER": {"IN": ["thing"]}}]], "attrs": {"POS": "PRON"}},
            {"patterns": [[{"LOWER": "big"}, {"LOWER": {"REGEX": "^th"}}]], "attrs": {"LEMMA": "stuff"}, "index": -1},
            {"patterns": [[{"TAG": {"NOT_IN": ["NN", ""]}}]], "attrs": {"POS": "ADJ"}},
        ]
    )
    doc = table(_doc(nlp, ["big", "thing", "box"], ["JJ", "NN", "NN"], ["amod", "ROOT", "dep"]))
    assert [t.pos_ for t in doc] == ["ADJ", "PRON", "NOUN"]
    assert [str(t.morph) for t in doc] == ["", "Number=Sing", "Number=Sing"]
    assert [t.lemma_ for t in doc] == ["", "stuff", ""]


def test_a_pattern_outside_the_compiled_subset_is_refused_and_the_table_is_unchanged(nlp: Language) -> None:
    table = AttributeTable(nlp.vocab)
    table.add_patterns([{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}}])
    with pytest.raises(UnsupportedPattern, match="OP"):
        table.add_patterns([{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "X"}}])
    assert len(table) == 1 and len(table.patterns) == 1


def test_swap_keeps_the_ruler_when_a_pattern_cannot_be_compiled() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "?"}]], {"POS": "DET"})
    assert swap_attribute_ruler(nlp) is False
    assert nlp.pipe_names == ["attribute_ruler"]


def test_swap_puts_the_table_in_the_ruler_s_place_and_it_serialises(nlp: Language) -> None:
    swapped = spacy.load(DEFAULT_MODEL)
    assert swap_attribute_ruler(swapped) is True
    names = swapped.pipe_names
    assert "attribute_ruler" not in names and names.index("eventwire_attribute_table") == nlp.pipe_names.index(
        "attribute_ruler"
    )
    table = swapped.get_pipe("eventwire_attribute_table")
    assert table.patterns == nlp.get_pipe("attribute_ruler").patterns
    again = AttributeTable(swapped.vocab).from_bytes(table.to_bytes())
    assert again.patterns == table.patterns
