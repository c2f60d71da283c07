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

from .mentions import Mention, Mentions
from .record import Actor, Quote

_QUOTE = re.compile(r'"([^"\n]{2,}?)"')


@dataclass(slots=True)
class QuoteFound:
    quote: Quote
    mention: Mention | None
    verb: Token | None


def _reporting_verb(tokens: list[Token], reporting: frozenset[str]) -> Token | None:
    for t in tokens:
        if t.pos_ == "VERB" and t.lemma_.lower() in reporting and any(c.dep_ == "nsubj" for c in t.children):
            return t
    return None


def find_quotes(doc: Doc, norm_text: str, text: str, mentions: Mentions, *, reporting: frozenset[str]) -> list[QuoteFound]:
    """Quotations of the article with their resolved speakers, in text order."""
    out: list[QuoteFound] = []
    for m in _QUOTE.finditer(norm_text):
        qs, qe = m.start(1), m.end(1)
        close_tok = doc.char_span(m.end() - 1, m.end(), alignment_mode="expand")
        open_tok = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        verb = None
        if close_tok is not None:
            sent = close_tok[0].sent
            after = [t for t in sent if t.idx >= m.end()]
            verb = _reporting_verb(after, reporting)
        if verb is None and open_tok is not None:
            sent = open_tok[0].sent
            before = [t for t in sent if t.idx < m.start()]
            verb = _reporting_verb(list(reversed(before)), reporting)
        mention = None
        if verb is not None:
            subj = next(c for c in verb.children if c.dep_ == "nsubj")
            mention = mentions.mention(subj)
            if mention is None:
                toks = mentions.phrase_tokens(subj)
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                from .mentions import person_name

                mention = Mention(
                    actor=Actor(text=text[start:end], start=start, end=end, person=person_name(toks)),
                    head=subj.i, start=toks[0].i, end=toks[-1].i + 1,
                )
        body = text[qs:qe].strip().rstrip(",").strip()
        q = Quote(text=body, start=qs, end=qs + len(text[qs:qe].rstrip().rstrip(",").rstrip()), speaker=mention.actor if mention else None)
        out.append(QuoteFound(quote=q, mention=mention, verb=verb))
    return out
