"""Coding: from an article to PLOVER event records with evidence.

``analyze`` runs every stage on one parsed article and returns an :class:`Analysis` (events,
actor mentions, quotes, places, dates). ``code_text`` and ``code_texts`` are the library entry
points the CLI and the HTTP API share.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from . import __version__
from .actors import KnowledgeBase, default_kb
from .article import Article
from .events import Arguments, Found, _dobj, _lemma, content_mode, match_triggers
from .lexicon import Lexicon, Trigger, default_lexicon
from .mentions import Mention, Mentions
from .ontology import QUAD_CLASS, goldstein, plover_score
from .ontology.plover import MODES
from .pipeline import normalize_for_parse, parse_many
from .places import Gazetteer, main_place
from .quotes import QuoteFound, find_quotes
from .record import Actor, ArticleInfo, Aux, Cameo, DateMention, Event, Place, Quote, TextSpan
from .segment import news_regions
from .timex import find_dates, pick_event_date

_CONTENT_DEFAULT_MODE = {
    "THREATEN": {"ASSAULT": "violence", "SANCTION": "restrict", "COERCE": "restrict"},
    "REQUEST": {"RETREAT": "yield", "CONSULT": "meet", "AID": "assist", "CONCEDE": "yield"},
    "REJECT": {"RETREAT": "yield", "CONSULT": "meet", "AID": "assist", "CONCEDE": "yield"},
}
_FUTURE_BECOMES = {"AID": ("AGREE", "033"), "COOPERATE": ("AGREE", "031"), "SUPPORT": ("AGREE", "030"), "RETREAT": ("CONCEDE", "080")}
_CAMEO_BY_MODE = {("THREATEN", "violence"): "138", ("THREATEN", "restrict"): "1312", ("THREATEN", "arrest"): "137",
                  ("THREATEN", "relations"): "1313", ("REQUEST", "yield"): "025", ("REQUEST", "meet"): "026",
                  ("REQUEST", "assist"): "023", ("REQUEST", "change"): "024"}
_OBLIGATION = Trigger(lemma="should", pos="VERB", event="REQUEST", cameo="020", frame="speech")
_FORCE_THREAT = Trigger(lemma="force", pos="VERB", event="THREATEN", mode="violence", cameo="138", frame="speech")
_LOCATIVE = {"in", "at", "near", "from", "into", "across", "outside", "inside", "throughout", "around", "within", "along", "toward", "towards", "to"}
_BATTLE = {"battle", "fight", "fighting", "offensive", "siege", "war", "assault", "campaign", "recapture"}
_PLACE_NOUNS = {"city", "town", "village", "province", "region", "capital", "district", "area", "outskirts", "suburb", "port", "governorate", "state", "county"}
_MOVE_VERBS = {"leave", "enter", "visit", "invade", "occupy", "recapture", "retake", "capture", "seize"}


@dataclass(slots=True)
class Analysis:
    """Everything eventwire found in one article."""

    article: Article
    events: list[Event] = field(default_factory=list)  # includes negated events
    mentions: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)

    def coded_events(self, *, include_negated: bool = False) -> list[Event]:
        return [e for e in self.events if include_negated or not e.aux.negated]

    def to_dict(self) -> dict[str, object]:
        return {
            "article": _article_info(self.article).to_dict(),
            "events": [e.to_dict() for e in self.events],
            "mentions": [m.to_dict() for m in self.mentions],
            "quotes": [q.to_dict() for q in self.quotes],
            "places": [p.to_dict() for p in self.places],
            "dates": [d.to_dict() for d in self.dates],
        }


def _article_info(a: Article) -> ArticleInfo:
    return ArticleInfo(id=a.id, title=a.title, published=a.published.isoformat() if a.published else None, url=a.url, outlet=a.outlet)


class Coder:
    """Holds the lexicon, knowledge base and gazetteer; codes parsed articles."""

    def __init__(self, *, lexicon: Lexicon | None = None, kb: KnowledgeBase | None = None, gazetteer: Gazetteer | None = None, model: str | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.kb = kb or default_kb()
        self.gazetteer = gazetteer or Gazetteer.default()
        self.model = model
        self.coder_info = {"name": "eventwire", "version": __version__, "lexicon_version": self.lexicon.version}
        self._place_cache: dict[tuple[str, str | None], Place | None] = {}

    # ------------------------------------------------------------------ public
    def code_articles(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Analysis]:
        pending: list[Article] = []

        def flush() -> Iterator[Analysis]:
            docs = parse_many((a.text for a in pending), model=self.model, batch_size=batch_size)
            for art, doc in zip(pending, docs):
                yield self.analyze(doc, art)
            pending.clear()

        for art in articles:
            pending.append(art)
            if len(pending) >= batch_size:
                yield from flush()
        if pending:
            yield from flush()

    # ------------------------------------------------------------------ one article
    def analyze(self, doc: Doc, article: Article) -> Analysis:
        text = article.text
        norm = normalize_for_parse(text)
        regions = news_regions(text)
        starts = [r[0] for r in regions]
        sents = [s for s in doc.sents if _in_regions(s, regions, starts)]
        mentions = Mentions(doc, text, kb=self.kb, published=article.published)
        for s in sents:
            mentions.prime(s)
        quotes = [q for q in find_quotes(doc, norm, text, mentions, reporting=self.lexicon.cues.reporting) if _inside_any(q.quote.start, regions, starts)]
        quote_of_sent: dict[int, QuoteFound] = {}
        for q in quotes:
            if q.mention is None:
                continue
            for s in sents:
                if s.start_char < q.quote.end and s.end_char > q.quote.start:
                    quote_of_sent[s.start] = q
                    mentions.speaker_of[s.start] = q.mention.actor
        analysis = Analysis(article=article, quotes=[q.quote for q in quotes])
        args = Arguments(mentions, self.lexicon.cues)
        info = _article_info(article)
        all_places: list[Place] = []
        sent_data = []
        for s in sents:
            dates = find_dates(text[s.start_char:s.end_char], published=article.published, offset=s.start_char)
            places = self._places(s, text)
            all_places.extend(p for p, _ in places)
            analysis.dates.extend(dates)
            sent_data.append((s, dates, places))
        article_place = main_place(all_places)
        for s, dates, places in sent_data:
            for found in self._sentence_events(s, args, mentions, quote_of_sent.get(s.start)):
                analysis.events.append(self._record(found, s, text, dates, places, article_place, article, info))
        seen: set[int] = set()
        for s in sents:
            for m in mentions.sentence_mentions(s):
                if m.head not in seen:
                    seen.add(m.head)
                    analysis.mentions.append(m.actor)
        analysis.places = all_places
        analysis.events = _dedupe(analysis.events)
        return analysis

    # ------------------------------------------------------------------ sentences
    def _sentence_events(self, sent: Span, args: Arguments, mentions: Mentions, quote: QuoteFound | None) -> list[Found]:
        cues = self.lexicon.cues
        found = [Found(token=t, entry=e, event=e.event, mode=e.mode, end=end, start_tok=t, rule=e.rule) for t, e, end in match_triggers(sent, self.lexicon)]
        for f in found:
            self._extend_start(f)
        by_tok = {f.token.i: f for f in found}
        for f in found:
            self._absorb(f, by_tok)
        live = [f for f in found if f.absorbed_by is None]
        sent_mentions = mentions.sentence_mentions(sent)
        for f in live:
            self._modes(f)
            args.fill(f)
            f.speaker = self._speaker(f.token, args, quote)
            if not f.actor and f.speaker is not None and f.entry.frame == "speech":
                f.actor, f.actor_how = [f.speaker], "speaker"
            args.fallback_actor(f, sent_mentions)
            self._aux(f, quote)
        live = [f for f in live if self._valid(f, args, sent_mentions)]
        live.extend(self._speaker_rules(sent, args, mentions, quote, {f.token.i for f in found}))
        return live

    def _extend_start(self, f: Found) -> None:
        for c in f.token.children:
            if c.i < f.token.i and c.dep_ in ("compound", "amod") and _lemma(c) in f.entry.compound:
                f.start_tok = c if c.i < f.start_tok.i else f.start_tok

    def _absorb(self, f: Found, by_tok: dict[int, Found]) -> None:
        cur, hops = f.token, 0
        reporting = self.lexicon.cues.reporting
        while cur.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "relcl", "conj", "pcomp", "advcl", "attr") and hops < 4:
            dep = cur.dep_
            cur, hops = cur.head, hops + 1
            g = by_tok.get(cur.i)
            if g is None:
                if _lemma(cur) in reporting and cur.pos_ == "VERB":
                    return
                continue
            if g.absorbed_by is not None:
                g = g.absorbed_by
            if dep == "conj":
                return  # coordinated triggers are separate events
            if g.entry.absorb or g.event == f.event or (g.entry.frame == "give" and f.token.dep_ == "dobj" and hops == 1):
                f.absorbed_by = g
                if g.content is None:
                    g.content = f.token
                    if g.mode is None and g.entry.mode is None:
                        g.mode = _CONTENT_DEFAULT_MODE.get(g.event, {}).get(f.event)
            return

    def _modes(self, f: Found) -> None:
        if f.entry.frame == "speech" and f.entry.mode is None:
            mode = content_mode(self.lexicon.cues, f.event, f.content, f.token)
            if mode is not None:
                f.mode = mode
        if f.entry.needs_content and f.mode not in f.entry.needs_content:
            alt = next((e for e in self.lexicon.candidates(f.entry.lemma, f.entry.pos) if not e.needs_content), None)
            if alt is not None:
                f.entry, f.event, f.mode, f.rule = alt, alt.event, alt.mode or f.mode if alt.event == f.event else alt.mode, alt.rule
            else:
                f.event = ""

    def _valid(self, f: Found, args: Arguments, sent_mentions: list[Mention]) -> bool:
        if not f.event:
            return False
        sector = f.actor[0].actor.sector if f.actor else None
        e = f.entry
        if e.subject_sector is not None and sector not in e.subject_sector:
            return self._retry(f, args, sent_mentions)
        if sector in e.not_subject_sector:
            return self._retry(f, args, sent_mentions)
        if e.object_sector is not None:
            osec = {m.actor.sector for m in f.recipient}
            if not osec & e.object_sector:
                return False
        if f.event not in ("PROTEST", "MOBILIZE", "RETREAT", "ASSAULT", "COERCE", "CONSULT") and not f.actor and not f.recipient:
            return False  # a bare verb with no participant is rarely an event ("support is growing")
        return True

    def _retry(self, f: Found, args: Arguments, sent_mentions: list[Mention]) -> bool:
        from .events import entry_matches

        cands = self.lexicon.candidates(f.entry.lemma, f.entry.pos)
        for e in cands[cands.index(f.entry) + 1:]:
            if entry_matches(f.token, e) is None:
                continue
            f.entry, f.event, f.mode, f.rule = e, e.event, e.mode, e.rule
            sector = f.actor[0].actor.sector if f.actor else None
            if (e.subject_sector is None or sector in e.subject_sector) and sector not in e.not_subject_sector:
                return True
        return False

    def _speaker(self, tok: Token, args: Arguments, quote: QuoteFound | None) -> Mention | None:
        cur, hops = tok, 0
        reporting = self.lexicon.cues.reporting
        while cur.head is not cur and hops < 6:
            dep = cur.dep_
            cur, hops = cur.head, hops + 1
            if dep in ("ccomp", "parataxis", "xcomp", "conj", "advcl") and _lemma(cur) in reporting and cur.pos_ == "VERB":
                subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
                ms = args.mentions_of(subj)
                if ms:
                    return ms[0]
        for c in tok.sent:
            if _lemma(c) == "accord" and c.dep_ == "prep":
                to = next((g for g in c.children if _lemma(g) == "to"), None)
                pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
                ms = args.mentions_of(pobj)
                if ms:
                    return ms[0]
        if quote is not None:
            return quote.mention
        return None

    def _clause_chain(self, tok: Token) -> list[Token]:
        chain = [tok]
        cur = tok
        aspect = self.lexicon.cues.aspectual
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass", "attr", "pobj") and tok.head.pos_ in ("VERB", "AUX"):
            cur = tok.head
            chain.append(cur)
        while cur.dep_ in ("xcomp", "conj") and cur.head is not cur:
            cur = cur.head
            if cur.dep_ != "conj" and _lemma(cur) not in aspect and cur.pos_ == "VERB" and cur is not tok:
                chain.append(cur)
                break
            chain.append(cur)
        return chain

    def _aux(self, f: Found, quote: QuoteFound | None) -> None:
        cues = self.lexicon.cues
        chain = self._clause_chain(f.token)
        reported = f.speaker is not None
        for t in chain:
            for c in t.children:
                lem = _lemma(c)
                if c.dep_ == "neg" or (c.dep_ == "det" and lem == "no" and t is f.token):
                    f.negated = True
                if c.dep_ in ("aux", "auxpass"):
                    if lem in cues.future_aux or c.lower_ in cues.future_aux:
                        f.future = True
                    elif lem in cues.hypothetical_aux or c.lower_ in cues.hypothetical_aux:
                        if c.lower_ in ("would", "'d") and reported:
                            f.future = True
                        else:
                            f.hypothetical = True
                if c.dep_ == "mark" and lem in cues.conditional_marks:
                    f.hypothetical = True
            if t is not f.token and _lemma(t) in cues.intent_future:
                f.future = True
            if t.dep_ == "advcl" and any(_lemma(c) in cues.conditional_marks for c in t.children if c.dep_ == "mark"):
                f.hypothetical = True
        if f.future and f.event in _FUTURE_BECOMES and not f.negated:
            f.event, code = _FUTURE_BECOMES[f.event]
            f.mode = None
            f.rule += f" +future -> {f.event}"

    # ------------------------------------------------------------------ speaker rules
    def _speaker_rules(self, sent: Span, args: Arguments, mentions: Mentions, quote: QuoteFound | None, taken: set[int]) -> list[Found]:
        cues = self.lexicon.cues
        out: list[Found] = []
        for tok in sent:
            if tok.pos_ != "VERB" or tok.i in taken:
                continue
            modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in cues.obligation_aux), None)
            if modal is None:
                continue
            speaker = self._speaker(tok, args, quote)
            if speaker is None:
                continue
            subj_ms, _, subj = args.subject(tok)
            if subj is not None and subj.lower_ in ("we", "i"):
                continue  # "we must..." is the speaker's own resolve, not a request
            f = Found(token=modal, entry=_OBLIGATION, event="REQUEST", mode=content_mode(cues, "REQUEST", tok, tok), end=tok, start_tok=modal, rule="obligation in reported speech -> REQUEST")
            f.actor, f.actor_how, f.speaker = [speaker], "speaker", speaker
            f.recipient = [m for m in subj_ms if m.head != speaker.head]
            f.content = tok
            self._aux(f, quote)
            f.future = f.hypothetical = False
            out.append(f)
        out.extend(self._force_threats(sent, args, quote, taken))
        return out

    def _force_threats(self, sent: Span, args: Arguments, quote: QuoteFound | None, taken: set[int]) -> list[Found]:
        cues = self.lexicon.cues
        lemmas = [_lemma(t) for t in sent]
        has_means = any(_contains(lemmas, seq) for seq in cues.force_means if len(seq) > 1)
        if not has_means:
            return []
        for tok in sent:
            if tok.pos_ != "VERB" or _lemma(tok) not in cues.coercive_intent or tok.i in taken:
                continue
            speaker = self._speaker(tok, args, quote)
            if speaker is None:
                continue
            obj = _dobj(tok)
            rec = args.mentions_of(obj)
            if not rec:
                continue
            f = Found(token=tok, entry=_FORCE_THREAT, event="THREATEN", mode="violence", end=tok, start_tok=tok, rule="speaker's intent to use force -> THREATEN")
            end = next((c for c in tok.children if c.dep_ == "prt"), None)
            if end is not None:
                f.end = end
            f.actor, f.actor_how, f.speaker, f.recipient = [speaker], "speaker", speaker, rec
            return [f]
        return []

    # ------------------------------------------------------------------ places
    def _lookup(self, name: str, country: str | None) -> Place | None:
        key = (name, country)
        if key not in self._place_cache:
            self._place_cache[key] = self.gazetteer.lookup(name, country=country)
        return self._place_cache[key]

    def _places(self, sent: Span, text: str) -> list[tuple[Place, bool]]:
        """(place, is_event_location) for the GPE/LOC/FAC entities of a sentence."""
        out = []
        for ent in sent.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC"):
                continue
            p = self._lookup(normalize_for_parse(ent.text), None)
            if p is None:
                continue
            root = ent.root
            locative = (root.dep_ == "pobj" and (_lemma(root.head) in _LOCATIVE or (_lemma(root.head) == "for" and _lemma(root.head.head) in _BATTLE) or (_lemma(root.head) == "of" and _lemma(root.head.head) in _PLACE_NOUNS))) or (root.dep_ == "dobj" and _lemma(root.head) in _MOVE_VERBS) or root.dep_ == "appos"
            out.append((replace(p, text=text[ent.start_char:ent.end_char], start=ent.start_char, end=ent.end_char), locative))
        return out

    # ------------------------------------------------------------------ records
    def _record(self, f: Found, sent: Span, text: str, dates: list[DateMention], places: list[tuple[Place, bool]], article_place: Place | None, article: Article, info: ArticleInfo) -> Event:
        t0, t1 = f.start_tok.idx, f.end.idx + len(f.end.text)
        if f.start_tok.i > f.end.i:
            t0, t1 = f.end.idx, f.start_tok.idx + len(f.start_tok.text)
        trig = TextSpan(text[t0:t1], t0, t1)
        date = pick_event_date(dates, trigger_start=t0)
        published = article.published
        if date is not None and date.date:
            d, prec, dtext, dsrc = date.date, date.precision, date.text, "sentence"
        elif published is not None:
            d, prec, dtext, dsrc = published.isoformat(), "day", None, "article"
        else:
            d, prec, dtext, dsrc = None, None, date.text if date else None, "unresolved" if date else None
        historical = False
        if d and published and dsrc == "sentence":
            year = int(d[:4])
            historical = year <= published.year - 2 or (len(d) == 10 and (published - dt.date.fromisoformat(d)).days > 365)
        actor_spans = {(m.actor.start, m.actor.end) for m in f.actor + f.recipient}
        loc = None
        cands = [p for p, locative in places if locative and not any(a <= (p.start or 0) < b for a, b in actor_spans)]
        if cands:
            rank = {"city": 0, "admin1": 1, "country": 2}
            loc = min(cands, key=lambda p: (rank.get(p.precision, 3), abs((p.start or 0) - t0)))
        elif article_place is not None:
            loc = article_place
        mode = f.mode if f.mode in MODES.get(f.event, ()) else None
        code = _CAMEO_BY_MODE.get((f.event, mode)) or f.entry.cameo
        if f.event != f.entry.event:
            code = {"AGREE": "030", "CONCEDE": "080"}.get(f.event, code)
        contexts = self._contexts(f, sent)
        gs = goldstein(code) if code else None
        conf = {"subject": 0.8, "passive_agent": 0.8, "object_control": 0.75, "possessor": 0.75, "by_agent": 0.8,
                "light_verb_subject": 0.7, "modifier": 0.65, "modified_noun": 0.65, "apposition_head": 0.6,
                "speaker": 0.7, "trigger_noun": 0.7, "nearest_left": 0.45}.get(f.actor_how, 0.3)
        if f.recipient:
            conf += 0.1
        if f.actor and f.actor[0].actor.country:
            conf += 0.05
        s0, s1 = sent.start_char, sent.end_char
        return Event(
            event_type=f.event,
            mode=mode,
            context=contexts,
            actor=[m.actor for m in f.actor],
            recipient=[m.actor for m in f.recipient],
            trigger=trig,
            sentence=TextSpan(text[s0:s1], s0, s1),
            cameo=Cameo(code=code, goldstein=gs, quad_class=QUAD_CLASS[f.event]),
            plover_score=plover_score(f.event, mode),
            aux=Aux(negated=f.negated, hypothetical=f.hypothetical, future=f.future, historical=historical),
            date=d, date_precision=prec, date_text=dtext, date_source=dsrc,
            location=loc,
            reported_by=f.speaker.actor if f.speaker is not None and f.actor_how != "speaker" and (not f.actor or f.speaker.head != f.actor[0].head) else None,
            article=info,
            coder=self.coder_info,
            confidence=min(conf, 0.99),
            rule=f.rule,
        )

    def _contexts(self, f: Found, sent: Span) -> list[str]:
        out = list(f.entry.context)
        cue = self.lexicon.cues.contexts
        for t in sent:
            ctx = cue.get(_lemma(t)) or cue.get(t.lower_)
            if ctx and ctx not in out:
                if ctx == "military" and not any(m.actor.sector == "MIL" for m in f.actor + f.recipient) and "military" not in f.entry.context:
                    continue
                out.append(ctx)
        return out


def _contains(seq: list[str], sub: tuple[str, ...]) -> bool:
    n = len(sub)
    return any(tuple(seq[i:i + n]) == sub for i in range(len(seq) - n + 1))


def _in_regions(s: Span, regions: list[tuple[int, int, str]], starts: list[int]) -> bool:
    first = next((t for t in s if not t.is_space), None)
    return first is not None and _inside_any(first.idx, regions, starts)


def _inside_any(pos: int, regions: list[tuple[int, int, str]], starts: list[int]) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and regions[k][0] <= pos < regions[k][1]


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per sentence, category and participants ("train, advise and equip X")."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for e in events:
        key = (e.sentence.start, e.event_type, tuple(a.kb_id or a.text for a in e.actor), tuple(a.kb_id or a.text for a in e.recipient), e.aux.negated)
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


_DEFAULT: Coder | None = None


def default_coder() -> Coder:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Coder()
    return _DEFAULT


def analyze_text(text: str, *, published: dt.date | str | None = None, source: str = "<text>") -> Analysis:
    art = Article.from_text(text, source=source, published=_as_date(published))
    return next(default_coder().code_articles([art]))


def code_text(text: str, *, published: dt.date | str | None = None, include_negated: bool = False) -> list[Event]:
    """Code one text; returns its events (negated events only when asked)."""
    return analyze_text(text, published=published).coded_events(include_negated=include_negated)


def code_texts(texts: Iterable[str], *, published: dt.date | str | None = None, include_negated: bool = False, batch_size: int = 32) -> Iterator[list[Event]]:
    """Code many texts, batching the parse; yields one list of events per text, in order."""
    pub = _as_date(published)
    texts = list(texts) if not isinstance(texts, Iterator) else texts
    batch: list[str] = []

    def flush() -> Iterator[list[Event]]:
        good = [Article.from_text(t, published=pub) for t in batch if t.strip()]
        results = iter(default_coder().code_articles(good, batch_size=batch_size))
        for t in batch:  # an empty text has no events; it never stops the others
            yield next(results).coded_events(include_negated=include_negated) if t.strip() else []
        batch.clear()

    for t in texts:
        batch.append(t)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"published date '{value}' is not YYYY-MM-DD; pass e.g. 2018-02-06") from exc
