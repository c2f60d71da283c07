"""Actor mentions (eventwire.coding.mentions) on parses built by hand, so that a test does not
depend on how the tagger reads a sentence."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire import code_text
from eventwire.coding.mentions import Mentions
from eventwire.coding.normalize import normalize_for_parse
from eventwire.coding.pipeline import parse
from eventwire.knowledge.actors import default_kb
from tests.event_helpers import only


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
    # the parser hung the "that" clause on the noun "statement" rather than on the verb
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


def _actor_ids(text: str, category: str) -> list[str | None]:
    e = only(code_text(text, published="2021-06-01"), category)
    return [a.kb_id for a in e.actor]


def test_the_group_in_a_clause_reported_for_a_named_group_is_that_group() -> None:
    # the knowledge base codes this militia as a state force, yet "the group" is the reporter's own
    text = (
        "Amnesty International accused some soldiers of beating detainees. A commander of the "
        "Popular Mobilisation Forces said the group had sent 3,000 more fighters toward Sinjar."
    )
    assert _actor_ids(text, "MOBILIZE") == ["popular_mobilization_forces"]


def test_the_group_reported_by_the_police_is_not_the_police() -> None:
    text = (
        "Al-Shabaab fighters were seen near the town on Monday. Somali police said the group had "
        "stormed a checkpoint outside Baidoa."
    )
    assert _actor_ids(text, "ASSAULT") == ["al_shabaab"]
# --- the look-ups a mention's resolution makes once per article ----------------------------

TEXT = (
    "Kenya\u2019s police \u2014 the \u201cblue\u201d unit \u2014 arrested the leaders of the Allied Democratic "
    "Forces (ADF)."
)


def test_a_cut_of_the_normalised_article_is_the_cut_normalised() -> None:
    mentions = Mentions(parse(TEXT), TEXT, kb=default_kb(), published=None)
    for start in range(len(TEXT)):
        for end in range(start, len(TEXT) + 1, 7):
            assert mentions._norm_text(start, end) == normalize_for_parse(TEXT[start:end])


def test_acronyms_are_found_from_the_brackets_around_them() -> None:
    doc = parse(TEXT)
    mentions = Mentions(doc, TEXT, kb=default_kb(), published=None)
    assert mentions._acronyms() == {"ADF": next(t.i for t in doc if t.text == "Forces")}
    plain = "Kenyan police arrested the leaders of the Allied Democratic Forces."
    assert Mentions(parse(plain), plain, kb=default_kb(), published=None)._acronyms() == {}
