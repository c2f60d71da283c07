"""Actor mentions (eventwire.coding.mentions) on parses built by hand, so that a test does not
depend on how the tagger reads a sentence."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.coding.mentions import Mentions
from eventwire.knowledge.actors import default_kb


def _doc(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A parse from (word, lemma, pos, dep, head index) rows, one sentence."""
    nlp = spacy.blank("en")
    words, lemmas, pos, deps, heads = (list(x) for x in zip(*rows))
    starts = [True] + [False] * (len(words) - 1)
    return Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, deps=deps, heads=heads, sent_starts=starts)


def _it_stands_for(doc: Doc) -> str | None:
    mentions = Mentions(doc, doc.text, kb=default_kb(), published=None)
    pron = next(t for t in doc if t.lower_ == "it")
    m = mentions.mention(pron)
    return m.actor.kb_id if m is not None else None


def test_it_in_a_that_clause_the_parser_hung_on_a_statement_stands_for_who_made_it() -> None:
    # "Oxfam said in a statement that it rejected the plan": the clause hangs on "statement"
    doc = _doc(
        [
            ("Oxfam", "Oxfam", "PROPN", "nsubj", 1),
            ("said", "say", "VERB", "ROOT", 1),
            ("in", "in", "ADP", "prep", 1),
            ("a", "a", "DET", "det", 4),
            ("statement", "statement", "NOUN", "pobj", 2),
            ("that", "that", "SCONJ", "mark", 7),
            ("it", "it", "PRON", "nsubj", 7),
            ("rejected", "reject", "VERB", "relcl", 4),
            ("the", "the", "DET", "det", 9),
            ("plan", "plan", "NOUN", "dobj", 7),
        ]
    )
    assert _it_stands_for(doc) == "oxfam"


def test_a_relative_clause_on_a_statement_reports_nothing() -> None:
    # "Oxfam cited a statement that it had drafted": "that" is the clause's object, not a
    # conjunction, and the clause tells of the statement rather than what Oxfam says
    doc = _doc(
        [
            ("Oxfam", "Oxfam", "PROPN", "nsubj", 1),
            ("cited", "cite", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3),
            ("statement", "statement", "NOUN", "dobj", 1),
            ("that", "that", "PRON", "dobj", 7),
            ("it", "it", "PRON", "nsubj", 7),
            ("had", "have", "AUX", "aux", 7),
            ("drafted", "draft", "VERB", "relcl", 3),
        ]
    )
    mentions = Mentions(doc, doc.text, kb=default_kb(), published=None)
    assert mentions._reporter(doc[5]) is None
