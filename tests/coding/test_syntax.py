"""eventwire.coding.syntax answers as spaCy's own Token and Span properties do, on real parses."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.coding.pipeline import parse
from eventwire.coding.syntax import (
    children_of,
    lemma_of,
    lemmas_of,
    lowers_of,
    sent_of,
    sents_of,
    subtree_of,
    token_at,
    tokens_of,
)

_TEXTS = [
    "Two Iraqi armed groups backed by Iran demanded on Monday that US forces leave the country.\n\n"
    "Kataib Hezbollah threatened to attack them, its spokesman, Jaafar Al Husseini, said.",
    "Turkish troops shelled positions near Afrin; the Syrian Democratic Forces urged Turkey to stop "
    "and called for talks. \"We will not withdraw,\" the commander said.",
]


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    return [parse(t) for t in _TEXTS]


def test_tree_matches_spacy(docs: list[Doc]) -> None:
    for doc in docs:
        for tok in doc:
            assert [c.i for c in children_of(tok)] == [c.i for c in tok.children]
            assert [t.i for t in subtree_of(tok)] == [t.i for t in tok.subtree]
            assert (sent_of(tok).start, sent_of(tok).end) == (tok.sent.start, tok.sent.end)
            assert lemma_of(tok) == tok.lemma_.lower()
            assert token_at(doc, tok.i).i == tok.i
        assert [(s.start, s.end) for s in sents_of(doc)] == [(s.start, s.end) for s in doc.sents]
        for sent in doc.sents:
            assert [t.i for t in tokens_of(sent)] == [t.i for t in sent]
            assert lemmas_of(sent) == [t.lemma_.lower() for t in sent]
            assert lowers_of(sent) == [t.lower_ for t in sent]


def test_docs_in_turn_do_not_mix(docs: list[Doc]) -> None:
    a, b = docs
    first = [t.text for t in tokens_of(a[0:5])]
    assert [t.text for t in tokens_of(b[0:5])] == [t.text for t in b[0:5]]
    assert [t.text for t in tokens_of(a[0:5])] == first  # back to the first Doc: its own tokens


def test_a_new_doc_gets_new_tables() -> None:
    one = parse("Police arrested three protesters.")
    two = parse("Rebels attacked the army base.")
    assert lemma_of(one[1]) == "arrest"
    assert lemma_of(two[1]) == "attack"


def test_docs_in_turn_each_answer_for_their_own_tokens(docs: list[Doc]) -> None:
    a, b = docs
    for doc, other in ((a, b), (b, a), (a, b)):
        lemma_of(other[0])  # the other Doc's tables were read last
        assert [lemma_of(t) for t in doc] == [t.lemma_.lower() for t in doc]
        lemma_of(other[0])
        assert [[c.i for c in children_of(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
        lemma_of(other[0])
        assert token_at(doc, 3) is tokens_of(doc[0:5])[3]
        lemma_of(other[0])
        assert sents_of(doc)[0].doc is doc
