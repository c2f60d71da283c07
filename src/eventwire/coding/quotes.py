"""Quotations and their speakers.

A quotation is text between double quotes (straight or curly). Its speaker is the subject of the
reporting verb that follows the closing quote in the same sentence (`"...," X said.`) or
precedes the opening quote (`X said: "..."`). The speaker is resolved like any actor mention,
so "its spokesman, Jaafar Al Husseini" speaks for the organisation "its" refers to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..knowledge.lexicon import words as lexicon_words
from ..record import Actor, Quote
from .mentions import Mention, Mentions
from .syntax import children_of, sent_of, subtree_of, tokens_of

_QUOTE = re.compile(r'"([^"\n]{2,}?)"')


@dataclass(slots=True)
class QuoteFound:
    quote: Quote
    mention: Mention | None
    verb: Token | None


def _reporting_verb(tokens: list[Token], reporting: frozenset[str]) -> Token | None:
    for t in tokens:
        if t.pos_ == "VERB" and t.lemma_.lower() in reporting and any(c.dep_ == "nsubj" for c in children_of(t)):
            return t
    return None


_TITLES = lexicon_words("person_titles_quotes")


def _apposed_name(head: Token) -> str | None:
    """"the army's chief of staff, Gen Omar Ali": the proper name in apposition, without titles,
    when the tagger did not mark it as a person."""
    app = next((c for c in children_of(head) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if app is None:
        return None
    words = [t.text for t in subtree_of(app) if t.pos_ == "PROPN"]
    while words and words[0].lower() in _TITLES:
        words.pop(0)
    return " ".join(words) if len(words) >= 2 else None


def _speaker_before_verb(
    doc: Doc, text: str, close: int, mentions: Mentions, reporting: frozenset[str]
) -> tuple[Mention | None, Token | None]:
    """`"...," the coalition's director, Brig Gen X, said`: when the parser fails to make the
    phrase the verb's subject, the speaker is the phrase between the closing quote and the
    reporting verb."""
    after = [t for t in sent_of(doc.char_span(close - 1, close, alignment_mode="expand")[0]) if t.idx >= close]
    k = next((i for i, t in enumerate(after) if t.pos_ == "VERB" and t.lemma_.lower() in reporting), None)
    if k is None or k == 0 or k > 16:
        return None, None
    verb = after[k]
    toks = after[:k]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not toks or not any(t.pos_ in ("NOUN", "PROPN") for t in toks):
        return None, None
    inside = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN", "PRON")]
    from .mentions import person_name

    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    person = person_name(toks)
    for r in roots:
        found = mentions.mention(r)
        if found is not None:
            a = found.actor
            actor = Actor(
                text=text[start:end],
                start=start,
                end=end,
                name=a.name,
                kb_id=a.kb_id,
                country=a.country,
                sector=a.sector,
                affiliations=list(a.affiliations),
                resolved_by=a.resolved_by,
                person=a.person or person,
            )
            return Mention(actor=actor, head=r.i, start=toks[0].i, end=toks[-1].i + 1), verb
    head = roots[0] if roots else toks[-1]
    return Mention(
        actor=Actor(text=text[start:end], start=start, end=end, person=person),
        head=head.i,
        start=toks[0].i,
        end=toks[-1].i + 1,
    ), verb


def find_quotes(
    doc: Doc, norm_text: str, text: str, mentions: Mentions, *, reporting: frozenset[str]
) -> list[QuoteFound]:
    """Quotations of the article with their resolved speakers, in text order."""
    out: list[QuoteFound] = []
    for m in _QUOTE.finditer(norm_text):
        qs, qe = m.start(1), m.end(1)
        close_tok = doc.char_span(m.end() - 1, m.end(), alignment_mode="expand")
        open_tok = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        verb = None
        if close_tok is not None:
            sent = sent_of(close_tok[0])
            after = [t for t in tokens_of(sent) if t.idx >= m.end()]
            verb = _reporting_verb(after, reporting)
        if verb is None and open_tok is not None:
            sent = sent_of(open_tok[0])
            before = [t for t in tokens_of(sent) if t.idx < m.start()]
            verb = _reporting_verb(list(reversed(before)), reporting)
        mention = None
        if verb is None and close_tok is not None:
            mention, verb = _speaker_before_verb(doc, text, m.end(), mentions, reporting)
        if mention is None and verb is not None:
            subj = next(c for c in children_of(verb) if c.dep_ == "nsubj")
            mention = mentions.mention(subj)
            if mention is None:
                toks = mentions.phrase_tokens(subj)
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                from .mentions import person_name

                mention = Mention(
                    actor=Actor(text=text[start:end], start=start, end=end, person=person_name(toks)),
                    head=subj.i, start=toks[0].i, end=toks[-1].i + 1,
                )
        if mention is not None and mention.actor.person is None and verb is not None:
            subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
            mention.actor.person = _apposed_name(subj) if subj is not None else None
        body = text[qs:qe].strip().rstrip(",").strip()
        q = Quote(
            text=body,
            start=qs,
            end=qs + len(text[qs:qe].rstrip().rstrip(",").rstrip()),
            speaker=mention.actor if mention else None,
        )
        out.append(QuoteFound(quote=q, mention=mention, verb=verb))
    return out
