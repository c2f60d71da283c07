"""Numeric claims: how many troops, dead, injured, arrested, displaced, protesters, abducted.

A claim is a figure about people or forces as one source states it: "The ministry said some
1,200 soldiers were deployed" is ``Claim(quantity=1200, unit="troops", approx="about",
claimant=the ministry)``. Claims keep their evidence (the quantity span and the sentence, as character offsets
into the coded text), their date (from the sentence, else the publication date) and their place.

``find_claims(doc, analysis)`` reads the claims of one parsed article; ``contradictions(claims)``
pairs claims about the same quantity whose figures cannot both be true; ``apply_sizes(events,
claims)`` fills the PLOVER size fields (``dead``, ``injured``, ``arrested``) of ASSAULT, COERCE
and PROTEST events from the claims of their sentence.

Rules, in the order they apply to a number:

* The counted noun names the unit ("troops", "deaths", "protesters", "hostages").
* A noun for people ("people", "civilians", "girls") or no noun at all takes its unit from the
  verb that governs it ("12 people were killed", "killing 12", "30 wounded").
* "the toll rose to 40" is ``dead``; "put the number at 7,000" restates the quantity of the
  nearest earlier claim in the article, so the two are about the same thing (``refers_to``).
* The claimant is the subject of the reporting or estimating verb above the number ("X says",
  "X put the number at"), else the source of "according to X", else the speaker of the quote
  holding the number; ``None`` means the outlet itself states it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from ..knowledge.lexicon import words as lexicon_words
from ..record import Actor, DateMention, Event, Place, Quote, TextSpan
from .claim_records import UNITS as UNITS
from .claim_records import Claim as Claim
from .claim_records import Contradiction as Contradiction
from .contradictions import contradictions as contradictions
from .quantities import _VAGUE
from .quantities import parse_quantity as parse_quantity
from .syntax import children_of, lemma_of, lowers_of, sent_of, subtree_of, tokens_of
from .timex import pick_event_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..text.article import Article

class Analysis(Protocol):
    """What claim finding reads of an article's analysis (:class:`eventwire.coding.analysis.Analysis`).

    A protocol, not the class: the analysis holds the claims, so this module cannot import it.
    """

    @property
    def article(self) -> Article: ...
    @property
    def dates(self) -> list[DateMention]: ...
    @property
    def places(self) -> list[Place]: ...
    @property
    def mentions(self) -> list[Actor]: ...
    @property
    def quotes(self) -> list[Quote]: ...


__all__ = ["Claim", "Contradiction", "UNITS", "apply_sizes", "contradictions", "find_claims", "parse_quantity"]

# counted nouns and governing verbs of each unit (knowledge/lexicon/words.yaml), as word -> unit
_UNIT_NOUNS: dict[str, str] = {w: unit for unit in UNITS for w in lexicon_words(f"claim_nouns_{unit}")}
_PERSON_NOUNS = lexicon_words("person_nouns")
_VERB_UNITS: dict[str, str] = {w: unit for unit in UNITS[1:] for w in lexicon_words(f"claim_verbs_{unit}")}
_TALLY_NOUNS = lexicon_words("claim_tally_nouns")
_ANAPHORIC = lexicon_words("count_nouns")
_REPORTING = lexicon_words("claim_reporting_verbs")

# ---------------------------------------------------------------------------------- finding
def find_claims(doc: Doc, analysis: Analysis, *, sentences: Iterable[Span] | None = None) -> list[Claim]:
    """The numeric claims of one parsed article, in text order.

    ``analysis`` supplies the article, its resolved actor mentions, dates, places and quotes;
    ``sentences`` limits the search (the coder passes the news sentences, without captions).
    """
    art = analysis.article
    text = art.text
    sents = list(sentences) if sentences is not None else list(doc.sents)
    out: list[Claim] = []
    for sent in sents:
        for head, words, span in _quantities(sent):
            parsed = parse_quantity(words)
            if parsed is None:
                continue
            quantity, low, high, approx = parsed
            unit, noun_tok, anaphoric = _unit(head)
            refers: Claim | None = None
            if unit is None and anaphoric:
                refers = next((c for c in reversed(out) if c.sentence.start >= sent.start_char - 400), None)
                unit = refers.unit if refers is not None else None
            if unit is None:
                continue
            if _is_year(head, quantity, noun_tok):
                continue
            s0, e0 = span
            if noun_tok is not None and noun_tok.i > head.i:
                e0 = max(e0, noun_tok.idx + len(noun_tok.text))
            lo, hi = _clause_range(head)
            sent_dates = [d for d in analysis.dates if lo <= d.start < hi]
            date_m = pick_event_date(sent_dates, trigger_start=s0)
            date, prec = _claim_date(date_m, art.published)
            out.append(Claim(
                quantity=quantity, low=low, high=high, unit=unit, approx=approx,
                text=TextSpan(text[s0:e0], s0, e0),
                sentence=TextSpan(text[sent.start_char:sent.end_char], sent.start_char, sent.end_char),
                claimant=_claimant(head, sent, analysis),
                noun=noun_tok.text if noun_tok is not None else None,
                date=date, date_precision=prec,
                location=_place(analysis.places, sent, s0) or (refers.location if refers else None),
                holder=_holder(noun_tok, analysis) or (refers.holder if refers else None),
                article_id=art.id, outlet=art.outlet,
                refers_to=refers.id if refers is not None else None,
            ))
    return out


def _quantities(sent: Span) -> list[tuple[Token, list[str], tuple[int, int]]]:
    """(head token, words, char span) of each quantity expression in the sentence."""
    out = []
    from .pipeline import span_ents  # same as sent.ents, without building every entity of the Doc

    taken: set[int] = set()
    for ent in span_ents(sent):
        if ent.label_ != "CARDINAL":
            continue
        head = next((t for t in ent if t.head.i < ent.start or t.head.i >= ent.end or t.head.i == t.i), ent.root)
        words = [t.text for t in ent]
        # "thousands of demonstrators": keep the vague plural with its "of"
        out.append((head, words, (ent.start_char, ent.end_char)))
        taken.update(range(ent.start, ent.end))
    for t, lower in zip(tokens_of(sent), lowers_of(sent)):
        if (
            t.i in taken
            or not (t.like_num or lower in _VAGUE)
            or t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL")
        ):
            continue
        lead = [c for c in children_of(t) if c.dep_ in ("quantmod", "advmod") and c.i < t.i]
        first = min([t, *lead], key=lambda x: x.i)
        toks = t.doc[first.i : t.i + 1]
        out.append((t, [x.text for x in toks], (toks.start_char, toks.end_char)))
    out.sort(key=lambda x: x[2][0])
    return out


def _lem(t: Token) -> str:
    return lemma_of(t)


def _unit(head: Token) -> tuple[str | None, Token | None, bool]:
    """(unit, counted noun, anaphoric) for the quantity whose head token is ``head``."""
    noun: Token | None = None
    if head.dep_ in ("nummod", "quantmod", "amod", "compound") and head.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        noun = head.head
    elif head.pos_ == "NOUN" or head.lower_ in _VAGUE:  # "thousands of demonstrators", "dozens of people"
        of = next((c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        noun = pobj
    if noun is not None:
        lem, low = _lem(noun), noun.lower_
        unit = _UNIT_NOUNS.get(lem) or _UNIT_NOUNS.get(low)
        if unit in ("troops", "protesters"):  # "killing four soldiers", "arrested 45 protesters"
            unit = _verb_unit(noun) or unit
        if unit is not None:
            return unit, noun, False
        if lem not in _PERSON_NOUNS and low not in _PERSON_NOUNS:
            return None, noun, False
    # a people noun, or a bare number: the governing verb decides
    base = noun if noun is not None else head
    unit = _verb_unit(base)
    if unit is not None:
        return unit, noun, False
    # "the death toll rose to 40", "put the number at 7,000"
    if base.dep_ in ("pobj", "attr", "dobj", "npadvmod"):
        gov = base.head.head if base.dep_ == "pobj" else base.head
        for c in [*children_of(gov), gov]:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") or c is gov:
                lc = _lem(c)
                if lc in _TALLY_NOUNS and any(_lem(x) == "death" for x in children_of(c)) or lc == "toll":
                    return "dead", noun, False
                if lc in _ANAPHORIC and c is not base:
                    return None, noun, True
    return None, noun, False


def _verb_unit(tok: Token) -> str | None:
    cur = tok
    if cur.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos") or cur.dep_ == "pobj" and cur.head.lower_ == "of":
        verb = cur.head
        while verb.dep_ == "conj" and verb.pos_ != "VERB":
            verb = verb.head
        if verb.pos_ in ("VERB", "ADJ", "AUX"):
            unit = _VERB_UNITS.get(_lem(verb))
            if unit is not None:
                return unit
            # "12 people were killed and 30 wounded" / "killing 12 and wounding 30"
            xcomp = next((c for c in children_of(verb) if c.dep_ in ("acomp", "oprd") and _lem(c) in _VERB_UNITS), None)
            if xcomp is not None:
                return _VERB_UNITS[_lem(xcomp)]
            if _lem(verb) == "take" and any(_lem(c) == "hostage" for c in subtree_of(verb)):
                return "abducted"
    for c in children_of(tok):  # "people killed in the attack", "30 wounded"
        if c.dep_ in ("acl", "amod", "relcl") and _lem(c) in _VERB_UNITS:
            return _VERB_UNITS[_lem(c)]
    if tok.lower_ in ("dead", "wounded", "injured", "killed"):
        return {"dead": "dead", "killed": "dead", "wounded": "injured", "injured": "injured"}[tok.lower_]
    return None


def _clause_range(head: Token) -> tuple[int, int]:
    """Character range of the clause holding the number: its nearest verb and that verb's subtree.

    "The army says it keeps about 900 soldiers there, although in 2015 a senator put the
    figure at 2,000": "in 2015" dates the second figure, not the first.
    """
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return sent_of(head).start_char, sent_of(head).end_char
    toks = list(subtree_of(verb))
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _is_year(head: Token, quantity: int, noun: Token | None) -> bool:
    return noun is None and 1900 <= quantity <= 2100 and "," not in head.text and head.ent_type_ in ("", "DATE")


def _claim_date(m: DateMention | None, published: dt.date | None) -> tuple[str | None, str | None]:
    if m is not None and m.date:
        return m.date, m.precision
    if published is not None:
        return published.isoformat(), "day"
    return None, None


def _mention_at(start: int, end: int, analysis: Analysis) -> Actor | None:
    """The resolved mention whose head falls inside [start, end), preferring the shortest."""
    best: Actor | None = None
    for a in analysis.mentions:
        if start <= a.start < end and a.end <= end:
            if (
                best is None
                or (a.kb_id or a.country or a.sector)
                and not (best.kb_id or best.country or best.sector)
                or (a.end - a.start) < (best.end - best.start)
                and bool(a.kb_id or a.country or a.sector) == bool(best.kb_id or best.country or best.sector)
            ):
                best = a
    return best


def _phrase_actor(tok: Token, analysis: Analysis) -> Actor:
    toks = list(subtree_of(tok))
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    head_end = tok.idx + len(tok.text)
    m = _mention_at(s, head_end, analysis) or _mention_at(s, e, analysis)
    text = analysis.article.text[s:e]
    if m is None:
        return Actor(text=text, start=s, end=e)
    return Actor(text=text, start=s, end=e, name=m.name, kb_id=m.kb_id, country=m.country, sector=m.sector,
                 affiliations=list(m.affiliations), resolved_by=m.resolved_by, person=m.person)


def _claimant(head: Token, sent: Span, analysis: Analysis) -> Actor | None:
    cur, hops = head, 0
    while cur.head.i != cur.i and hops < 8:
        cur, hops = cur.head, hops + 1
        if cur.pos_ in ("VERB", "AUX") and _lem(cur) in _REPORTING:
            subj = next((c for c in children_of(cur) if c.dep_ in ("nsubj",)), None)
            agent = next((c for c in children_of(cur) if c.dep_ == "agent"), None)
            if subj is None and agent is not None:
                subj = next((c for c in children_of(agent) if c.dep_ == "pobj"), None)
            if subj is not None and subj.lower_ not in ("it", "they", "which", "that"):
                return _phrase_actor(subj, analysis)
    for t in sent:
        if _lem(t) == "accord" and t.dep_ == "prep":
            to = next((g for g in children_of(t) if g.lower_ == "to"), None)
            pobj = next((g for g in children_of(to) if g.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                return _phrase_actor(pobj, analysis)
    for q in analysis.quotes:
        if q.start <= head.idx < q.end and q.speaker is not None:
            return q.speaker
    return None


def _holder(noun: Token | None, analysis: Analysis) -> Actor | None:
    if noun is None:
        return None
    for c in children_of(noun):
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i:
            m = _mention_at(c.idx, c.idx + len(c.text), analysis)
            if m is not None and (m.kb_id or m.country):
                return m
    covering = [a for a in analysis.mentions if a.start < noun.idx < a.end and (a.kb_id or a.country)]
    return min(covering, key=lambda a: a.end - a.start) if covering else None


def _place(places: Sequence[Place], sent: Span, pos: int) -> Place | None:
    inside = [p for p in places if p.start is not None and sent.start_char <= p.start < sent.end_char]
    if not inside:
        return None
    return min(inside, key=lambda p: abs((p.start or 0) - pos))


# ---------------------------------------------------------------------------------- sizes
_SIZE_EVENTS = frozenset({"ASSAULT", "COERCE", "PROTEST"})
_SIZE_UNITS = ("dead", "injured", "arrested")


def apply_sizes(events: Sequence[Event], claims: Sequence[Claim]) -> None:
    """Fill ``dead``/``injured``/``arrested`` on ASSAULT, COERCE and PROTEST events.

    A claim sizes the events of its own sentence; a sentence with a claim and no such event
    sizes the nearest such event in the preceding sentence ("Police fired on the crowd. Three
    people died."). The figure is the stated quantity (the lower bound of a range).
    """
    by_sent: dict[int, list[Event]] = defaultdict(list)
    for e in events:
        if e.event_type in _SIZE_EVENTS:
            by_sent[e.sentence.start].append(e)
    starts = sorted(by_sent)
    for c in claims:
        if c.unit not in _SIZE_UNITS:
            continue
        targets = by_sent.get(c.sentence.start)
        if not targets:
            prev = [s for s in starts if s < c.sentence.start and c.sentence.start - s < 600]
            targets = by_sent[prev[-1]] if prev else []
        for e in targets:
            if getattr(e, c.unit) is None:
                setattr(e, c.unit, c.quantity)
