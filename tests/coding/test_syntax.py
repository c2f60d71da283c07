"""eventwire.coding.syntax answers as spaCy's own Token and Span properties do, on real parses."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.coding.pipeline import parse
from eventwire.coding.syntax import (
    children_of,
    forget,
    lemma_of,
    lemmas_of,
    lowers_of,
    pos_ids_of,
    sent_of,
    sents_of,
    subtree_of,
    token_at,
    tokens_of,
    with_pos,
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


_POS_TEXTS = [
    "Dockworkers in Sallen walked out on Friday and blocked the harbour road, the union said.",
    "A Varnish court jailed two reporters; their editor called the ruling shameful.",
]


@pytest.mark.parametrize("text", _POS_TEXTS)
def test_with_pos_and_pos_ids_match_spacy(text: str) -> None:
    doc = parse(text)
    for sent in doc.sents:
        assert pos_ids_of(sent) == [t.pos for t in sent]
        for pos in (frozenset({"VERB"}), frozenset({"NOUN"}), frozenset({"VERB", "AUX"}), frozenset({"ADJ"})):
            assert [t.i for t in with_pos(sent, pos)] == [t.i for t in sent if t.pos_ in pos]
    assert with_pos(doc[0:3], frozenset({"INTJ"})) == []  # none of that part of speech


def test_with_pos_keeps_the_verbs_only() -> None:
    doc = parse(_POS_TEXTS[0])
    verbs = [t.text for t in with_pos(doc[:], frozenset({"VERB"}))]
    assert "walked" in verbs and "Dockworkers" not in verbs


def test_with_pos_after_a_change_and_forget() -> None:
    doc = parse("Miners in Kolvar marched to the capital.")
    marched = next(t for t in doc if t.text == "marched")
    assert marched.i in [t.i for t in with_pos(doc[:], frozenset({"VERB"}))]
    marched.pos_ = "NOUN"
    forget(doc)  # the tables of a changed Doc are read again
    assert marched.i not in [t.i for t in with_pos(doc[:], frozenset({"VERB"}))]
    assert marched.i in [t.i for t in with_pos(doc[:], frozenset({"NOUN"}))]
