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
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ..knowledge.lexicon import words as lexicon_words
from ..record import Actor, DateMention, Event, Place, Quote, TextSpan
from .syntax import children_of, lemma_of, sent_of, subtree_of, tokens_of
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

UNITS = ("troops", "dead", "injured", "arrested", "displaced", "protesters", "abducted")

_UNIT_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        (
            "troop",
            "troops",
            "soldier",
            "serviceman",
            "servicemen",
            "personnel",
            "marine",
            "paratrooper",
            "force",
            "forces",
            "boots",
        ),
        "troops",
    ),
    **dict.fromkeys(("death", "fatality", "body", "dead", "life", "lives"), "dead"),
    **dict.fromkeys(("injury", "wounded", "injured"), "injured"),
    **dict.fromkeys(("arrest", "detainee", "detention"), "arrested"),
    **dict.fromkeys(("refugee", "displaced", "evacuee", "idp"), "displaced"),
    **dict.fromkeys(("protester", "protestor", "demonstrator", "marcher", "rioter", "picketer"), "protesters"),
    **dict.fromkeys(("hostage", "captive", "abductee"), "abducted"),
}
_PERSON_NOUNS = lexicon_words("person_nouns")
_VERB_UNITS: dict[str, str] = {
    **dict.fromkeys(("kill", "die", "slay", "massacre", "execute", "murder", "behead", "perish", "shoot dead"), "dead"),
    **dict.fromkeys(("wound", "injure", "hurt", "maim"), "injured"),
    **dict.fromkeys(("arrest", "detain", "jail", "imprison", "apprehend", "round"), "arrested"),
    **dict.fromkeys(("displace", "flee", "evacuate", "uproot"), "displaced"),
    **dict.fromkeys(("protest", "march", "rally", "demonstrate"), "protesters"),
    **dict.fromkeys(("abduct", "kidnap", "hostage"), "abducted"),
}
_TALLY_NOUNS = {"toll": "dead", "death": "dead"}
_ANAPHORIC = lexicon_words("count_nouns")
_REPORTING = lexicon_words("claim_reporting_verbs")
_APPROX = [
    (("an", "estimated"), "about"),
    (("close", "to"), "about"),
    (("about",), "about"),
    (("around",), "about"),
    (("approximately",), "about"),
    (("roughly",), "about"),
    (("some",), "about"),
    (("nearly",), "about"),
    (("almost",), "about"),
    (("estimated",), "about"),
    (("circa",), "about"),
    (("~",), "about"),
    (("more", "than"), "more_than"),
    (("over",), "more_than"),
    (("upwards", "of"), "more_than"),
    (("in", "excess", "of"), "more_than"),
    (("at", "least"), "at_least"),
    (("no", "fewer", "than"), "at_least"),
    (("less", "than"), "less_than"),
    (("fewer", "than"), "less_than"),
    (("under",), "less_than"),
    (("up", "to"), "up_to"),
    (("at", "most"), "up_to"),
    (("as", "many", "as"), "up_to"),
    (("as", "much", "as"), "up_to"),
]
_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "dozen": 12,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "k": 1000, "m": 1_000_000}
# vague plurals: (low, high)
_VAGUE = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
          "millions": (2_000_000, 9_999_999), "tens of thousands": (20_000, 99_999),
          "hundreds of thousands": (200_000, 999_999), "several hundred": (300, 999), "several thousand": (3000, 9999),
          "several dozen": (36, 99), "a few hundred": (200, 500), "a few thousand": (2000, 5000)}
_NUM_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
# tolerance of an approximate figure when comparing claims
_ABOUT_TOLERANCE = 0.15


@dataclass(slots=True)
class Claim:
    """One numeric claim about people or forces, with its source and evidence."""

    quantity: int  # the figure as stated (the lower figure of a range, the floor of a vague plural)
    low: int | None  # the bounds the wording allows; None = unbounded on that side
    high: int | None
    unit: str  # one of UNITS
    approx: str | None  # None (exact), about, more_than, at_least, less_than, up_to, range, vague
    text: TextSpan  # the quantity as written ("about 5,300 troops")
    sentence: TextSpan
    claimant: Actor | None = None  # who states it; None = the outlet itself
    noun: str | None = None  # the counted noun as written ("troops", "people")
    date: str | None = None
    date_precision: str | None = None
    location: Place | None = None
    holder: Actor | None = None  # whose troops / which side's dead, when the text says ("US troops")
    article_id: str | None = None
    outlet: str | None = None
    refers_to: str | None = None  # id of the earlier claim this one restates ("put the number at 7,000")

    @property
    def id(self) -> str:
        key = f"{self.article_id or ''}:{self.text.start}:{self.text.end}:{self.unit}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def bounds(self) -> tuple[float, float]:
        """The interval of values compatible with the wording (an "about" figure gets +-15%)."""
        lo = float(self.low) if self.low is not None else 0.0
        hi = float(self.high) if self.high is not None else float("inf")
        if self.approx in ("about", "vague"):
            lo, hi = lo * (1 - _ABOUT_TOLERANCE), hi * (1 + _ABOUT_TOLERANCE)
        return lo, hi

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "quantity": self.quantity,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "approx": self.approx,
            "noun": self.noun,
            "claimant": self.claimant.to_dict() if self.claimant else None,
            "holder": self.holder.to_dict() if self.holder else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "text": self.text.to_dict(),
            "sentence": self.sentence.to_dict(),
            "article": {"id": self.article_id, "outlet": self.outlet},
            "refers_to": self.refers_to,
        }


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two claims about the same quantity whose figures cannot both hold."""

    unit: str
    a: dict[str, Any]  # Claim.to_dict() of the earlier claim
    b: dict[str, Any]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"unit": self.unit, "a": self.a, "b": self.b, "reason": self.reason}


# ---------------------------------------------------------------------------------- numbers
def parse_quantity(words: Sequence[str]) -> tuple[int, int | None, int | None, str | None] | None:
    """(quantity, low, high, approx) of a quantity expression's words, or None.

    >>> parse_quantity(["about", "5,300"])
    (5300, 5300, 5300, 'about')
    >>> parse_quantity(["between", "200", "and", "300"])
    (200, 200, 300, 'range')
    """
    ws = [w.lower().strip() for w in words if w.strip()]
    approx = None
    for seq, kind in _APPROX:
        if tuple(ws[: len(seq)]) == seq and len(ws) > len(seq):
            approx, ws = kind, ws[len(seq):]
            break
    if not ws:
        return None
    phrase = " ".join(ws)
    for vague, (lo, hi) in sorted(_VAGUE.items(), key=lambda kv: -len(kv[0])):
        if phrase == vague or phrase.startswith(vague + " of"):
            return lo, lo, hi, approx or "vague"
    if ws[0] == "between" and "and" in ws:
        k = ws.index("and")
        a, b = _number(ws[1:k]), _number(ws[k + 1:])
        if a is not None and b is not None:
            return a, min(a, b), max(a, b), "range"
    for sep in ("to", "-", "–", "or"):
        if sep in ws[1:-1]:
            k = ws.index(sep)
            a, b = _number(ws[:k]), _number(ws[k + 1:])
            if a is not None and b is not None and a < b:
                return a, a, b, "range"
    if len(ws) == 1 and re.fullmatch(r"\d[\d,]*[-–]\d[\d,]*", ws[0]):
        a_s, b_s = re.split(r"[-–]", ws[0])
        a, b = _number([a_s]), _number([b_s])
        if a is not None and b is not None and a < b:
            return a, a, b, "range"
    n = _number(ws)
    if n is None:
        return None
    if approx in ("more_than", "at_least"):
        return n, n, None, approx
    if approx in ("less_than", "up_to"):
        return n, None, n, approx
    return n, n, n, approx


def _number(ws: Sequence[str]) -> int | None:
    ws = [w for w in ws if w not in ("and",)]
    if not ws:
        return None
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        for part in w.split("-"):
            if not part:
                continue
            if _NUM_RE.match(part):
                current += float(part.replace(",", ""))
            elif part in _WORDS:
                current += _WORDS[part] if part != "dozen" else 0
                if part == "dozen":
                    current = (current or 1) * 12
            elif part in _SCALES:
                scale = _SCALES[part]
                current = (current or 1) * scale
                if scale >= 1000:
                    total, current = total + current, 0.0
            else:
                return None
            seen = True
    value = total + current
    if not seen or value <= 0 or value != value:
        return None
    return int(round(value))


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
        head = next((t for t in ent if t.head.i < ent.start or t.head.i >= ent.end or t.head is t), ent.root)
        words = [t.text for t in ent]
        # "thousands of demonstrators": keep the vague plural with its "of"
        out.append((head, words, (ent.start_char, ent.end_char)))
        taken.update(range(ent.start, ent.end))
    for t in tokens_of(sent):
        if (
            t.i in taken
            or not (t.like_num or t.lower_ in _VAGUE)
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
    while cur.head is not cur and hops < 8:
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


# ---------------------------------------------------------------------------------- contradictions
def _as_dict(c: Claim | dict[str, Any]) -> dict[str, Any]:
    return c.to_dict() if isinstance(c, Claim) else c


def _bounds(d: dict[str, Any]) -> tuple[float, float]:
    lo = float(d["low"]) if d.get("low") is not None else 0.0
    hi = float(d["high"]) if d.get("high") is not None else float("inf")
    if d.get("approx") in ("about", "vague"):
        lo, hi = lo * (1 - _ABOUT_TOLERANCE), hi * (1 + _ABOUT_TOLERANCE)
    return lo, hi


def _who(d: dict[str, Any]) -> str:
    c = d.get("claimant") or {}
    return str(
        c.get("kb_id")
        or (c.get("text") or "").lower()
        or (d.get("article") or {}).get("outlet")
        or (d.get("article") or {}).get("id")
        or ""
    )


def _country(d: dict[str, Any]) -> str | None:
    loc = d.get("location") or {}
    return loc.get("country")


def _year(d: dict[str, Any]) -> int | None:
    return int(d["date"][:4]) if d.get("date") else None


# how far apart (in years) two claims of a standing quantity may be and still be about the same thing
_STANDING = {"troops"}


def contradictions(claims: Iterable[Claim | dict[str, Any]]) -> list[Contradiction]:
    """Pairs of claims about the same quantity that disagree.

    Same quantity: one restates the other ("put the number at"), or they share the unit, the
    country of their place and the holder, and their dates are close (the same year, or one
    apart, for standing quantities like troop numbers; the same or adjacent days otherwise).
    Disagree: the intervals their wording allows do not overlap ("about 5,300" allows +-15%)
    and they come from different sources. Claims are grouped before comparing, so the cost
    is the sum of the squares of the group sizes, not of the whole list.
    """
    ds = [_as_dict(c) for c in claims]
    by_id = {d["id"]: d for d in ds}
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for d in ds:
        root = d
        seen = {d["id"]}
        while root.get("refers_to") in by_id and root["refers_to"] not in seen:
            seen.add(root["refers_to"])
            root = by_id[root["refers_to"]]
        holder = d.get("holder") or root.get("holder") or {}
        key = (d["unit"], _country(d) or _country(root), holder.get("kb_id") or holder.get("country"))
        groups[key].append(d)
    out: list[Contradiction] = []
    seen_pairs: set[tuple[str, str]] = set()
    for group in groups.values():
        group.sort(key=lambda d: (d.get("date") or "", d["id"]))
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if not _same_time(a, b):
                    break
                _maybe_add(a, b, out, seen_pairs)
    # restatements whose place or holder was not repeated still pair with what they restate
    for d in ds:
        ref = by_id.get(d.get("refers_to") or "")
        if ref is not None:
            _maybe_add(ref, d, out, seen_pairs)
    return out


def _same_time(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ya, yb = _year(a), _year(b)
    if ya is None or yb is None:
        return True
    if a["unit"] in _STANDING:
        return abs(ya - yb) <= 1
    da, db = a.get("date") or "", b.get("date") or ""
    if len(da) == 10 and len(db) == 10:
        return abs((dt.date.fromisoformat(da) - dt.date.fromisoformat(db)).days) <= 3
    return da[:len(db)] == db[:len(da)]  # "2018-02" contains "2018-02-05"


def _maybe_add(a: dict[str, Any], b: dict[str, Any], out: list[Contradiction], seen: set[tuple[str, str]]) -> None:
    pair = (a["id"], b["id"]) if a["id"] < b["id"] else (b["id"], a["id"])
    if pair in seen or a["id"] == b["id"] or _who(a) == _who(b):
        return
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    if alo <= bhi and blo <= ahi:
        return
    seen.add(pair)
    reason = f"{_figure(a)} {a['unit']} ({_label(a)}) vs {_figure(b)} ({_label(b)})"
    out.append(Contradiction(unit=a["unit"], a=a, b=b, reason=reason))


def _label(d: dict[str, Any]) -> str:
    c = d.get("claimant") or {}
    return str(c.get("text") or c.get("name") or (d.get("article") or {}).get("outlet") or "unattributed")


def _figure(d: dict[str, Any]) -> str:
    prefix = {
        "about": "about ",
        "more_than": "more than ",
        "at_least": "at least ",
        "less_than": "less than ",
        "up_to": "up to ",
    }.get(d.get("approx") or "", "")
    if d.get("approx") == "range":
        return f"{d['low']:,}-{d['high']:,}"
    return f"{prefix}{d['quantity']:,}"


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


# ---------------------------------------------------------------------------------- store
CLAIM_COLUMNS = ("id", "article_id", "unit", "quantity", "low", "high", "approx", "claimant_text", "claimant_kb_id",
                 "claimant_country", "holder_kb_id", "holder_country", "date", "day", "date_precision", "place_name",
                 "place_country", "outlet", "sentence", "record")  # fmt: skip


def _first_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        return dt.date(int(value[:4]), 1, 1)
    except ValueError:
        return None


def claim_rows(analysis: Analysis) -> list[tuple[Any, ...]]:
    """The ``claims`` table rows of one coded article (the store writes them with the article)."""
    import json

    out = []
    for c in getattr(analysis, "claims", None) or []:
        rec = c.to_dict()
        who, holder, loc = c.claimant, c.holder, c.location
        out.append((
            c.id, analysis.article.id, c.unit, c.quantity, c.low, c.high, c.approx,
            who.text if who else None, who.kb_id if who else None, who.country if who else None,
            holder.kb_id if holder else None, holder.country if holder else None,
            c.date, _first_day(c.date), c.date_precision, loc.name if loc else None, loc.country if loc else None,
            c.outlet, c.sentence.text, json.dumps(rec, ensure_ascii=False),
        ))  # fmt: skip
    return out


def stored_claims(store: Any, *, unit: str | None = None, claimant: str | None = None, country: str | None = None,
                  since: dt.date | str | None = None, until: dt.date | str | None = None,
                  article: str | None = None, limit: int | None = 100) -> list[dict[str, Any]]:  # fmt: skip
    """Stored claims (``Claim.to_dict()``) matching every filter given, by (day, id)."""
    import json

    conds, params = ["TRUE"], []  # type: ignore[var-annotated]
    if unit:
        units = [u.strip().lower() for u in unit.split(",") if u.strip()]
        bad = [u for u in units if u not in UNITS]
        if bad:
            raise ValueError(f"unit '{bad[0]}' is not one of {', '.join(UNITS)}")
        conds.append(f"unit IN ({', '.join('?' for _ in units)})")
        params += units
    if claimant:
        conds.append("(lower(claimant_kb_id) = lower(?) OR contains(lower(claimant_text), lower(?)))")
        params += [claimant, claimant]
    if country:
        conds.append("(place_country = upper(?) OR holder_country = upper(?))")
        params += [country, country]
    if since:
        conds.append("day >= CAST(? AS DATE)")
        params.append(str(since))
    if until:
        conds.append("day <= CAST(? AS DATE)")
        params.append(str(until))
    if article:
        conds.append("article_id = ?")
        params.append(article)
    query = f"SELECT record FROM claims WHERE {' AND '.join(conds)} ORDER BY day NULLS LAST, id"
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    return [json.loads(r[0]) for r in store.fetch(query, params)]


def stored_contradictions(store: Any, **filters: Any) -> list[Contradiction]:
    """Contradictions among the stored claims matching ``filters`` (see :func:`stored_claims`)."""
    filters.setdefault("limit", None)
    return contradictions(stored_claims(store, **filters))
