"""Coding: from an article to PLOVER event records with evidence.

``analyze`` runs every stage on one parsed article and returns an :class:`Analysis` (events,
actor mentions, quotes, places, dates). ``code_text`` and ``code_texts`` are the library entry
points the CLI and the HTTP API share.

One sentence reports its main event, so within a sentence:

* a trigger inside the complement, adjunct clause or modifier of another trigger is absorbed
  by it ("rejected a call for talks" is one REJECT; "helped X recapture" one AID) and lends it
  its mode and, when the outer event has none, its recipient;
* a trigger in a phrase or clause of time or cause ("after clashes", "because of fighting") or
  in a clause modifying a noun is background, dropped when the sentence has another event;
* events of the main predication (the root, reported clauses, their objects) win over others;
* announced or conditional conflictual acts are threats (THREATEN), and PLOVER's future rules
  apply (future CONSULT/SUPPORT/COOPERATE/AID is AGREE, future RETREAT is CONCEDE);
* an event with no named recipient is directed at the place the sentence names for it;
* a headline event that the body restates is coded once, from the body.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.parts_of_speech import PROPN as _PROPN
from spacy.parts_of_speech import VERB as _VERB
from spacy.tokens import Doc, Span, Token

from .._version import __version__
from ..knowledge.actors import KnowledgeBase, default_kb
from ..knowledge.lexicon import Lexicon, Trigger, default_lexicon
from ..knowledge.lexicon import words as lexicon_words
from ..knowledge.ontology import QUAD_CLASS, cameo_to_plover, goldstein, plover_score
from ..knowledge.ontology.plover import MODES
from ..record import Actor, ArticleInfo, Aux, Cameo, DateMention, Event, Place, TextSpan
from ..text.article import Article
from ..text.segment import article_dateline
from . import constructions, precision
from .analysis import Analysis, _article_info
from .arguments import Arguments
from .claims import apply_sizes, find_claims
from .factuality import alleged, denied
from .location import clause_place, event_location
from .mentions import Mention, Mentions, unresolved_names
from .pipeline import normalize_for_parse, parse_many, regions_of, span_ents
from .places import Gazetteer, main_place
from .quotes import QuoteFound, find_quotes
from .restatements import merge_restatements
from .syntax import children_of, lemmas_of, lowers_of, sent_of, subtree_of, tokens_of
from .timex import find_dates, pick_event_date
from .triggers import Found, _dobj, _lemma, content_mode, match_triggers

_CONTENT_DEFAULT_MODE = {
    "THREATEN": {"ASSAULT": "violence", "SANCTION": "restrict", "COERCE": "restrict"},
    "REQUEST": {"RETREAT": "yield", "CONSULT": "meet", "AID": "assist", "CONCEDE": "yield"},
    "REJECT": {"RETREAT": "yield", "CONSULT": "meet", "AID": "assist", "CONCEDE": "yield"},
}
# PLOVER manual: future CONSULT, SUPPORT, COOPERATE and AID are AGREE (intentions); an
# announced future RETREAT is CONCEDE.
_FUTURE_BECOMES = {
    "AID": ("AGREE", "033"),
    "COOPERATE": ("AGREE", "031"),
    "SUPPORT": ("AGREE", "030"),
    "CONSULT": ("AGREE", "036"),
    "RETREAT": ("CONCEDE", "080"),
}
_CAMEO_BY_MODE = {("THREATEN", "violence"): "138", ("THREATEN", "restrict"): "1312", ("THREATEN", "arrest"): "137",
                  ("THREATEN", "relations"): "1313", ("REQUEST", "yield"): "025", ("REQUEST", "meet"): "026",
                  ("REQUEST", "assist"): "023", ("REQUEST", "change"): "024"}
# Conflictual acts whose announcement is a threat: category -> its mode -> THREATEN mode.
_THREAT_OF = {
    "SANCTION": {"": "restrict", "withdraw": "relations", "expel": "relations", "discontinue": "relations"},
    "COERCE": {"": "restrict", "arrest": "arrest", "deport": "expel", "seize": "territory"},
    "ASSAULT": {"": "violence"},
}
# Trigger lemmas whose announcement is a threat whatever category the act has ("will boycott
# the elections": CAMEO 1312, threaten with a boycott).
_THREAT_LEMMAS = {"boycott": "restrict", "blockade": "restrict"}
# Events that, with no named target, are directed at the actor's own country.
_DOMESTIC: set[object] = {"PROTEST", "COERCE", "CONCEDE", ("RETREAT", "resign"), ("ACCUSE", "investigate")}
# Sectors of parties that belong to no one country.
_TRANSNATIONAL = {"IGO", "NGO", "MNC", "IMG", "INT", "UNO"}
# Words that mark a party as foreign to the place where it acts.
_FOREIGN_WORDS = lexicon_words("foreign_party_words")
# Words that make a phrase several parties, of no one country.
_MANY_WORDS = lexicon_words("many_party_words")
_NOT_LOCAL_WORDS = _FOREIGN_WORDS | _MANY_WORDS
# Categories whose recipient is never the place of the event (movement, talks, gifts).
_NO_IMPLICIT_RECIPIENT = {"RETREAT", "MOBILIZE", "CONSULT", "AID", "COOPERATE"}
_CONFLICT_CONTENT = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
_OBLIGATION = Trigger(lemma="should", pos="VERB", event="REQUEST", cameo="020", frame="speech")
_FORCE_THREAT = Trigger(lemma="force", pos="VERB", event="THREATEN", mode="violence", cameo="138", frame="speech")
_LOCATIVE = lexicon_words("locative_prepositions")
_BATTLE = lexicon_words("battle_words")
_PLACE_NOUNS = lexicon_words("place_nouns")
_MOVE_VERBS = lexicon_words("movement_verbs")


class Coder:
    """Holds the lexicon, knowledge base and gazetteer; codes parsed articles."""

    def __init__(
        self,
        *,
        lexicon: Lexicon | None = None,
        kb: KnowledgeBase | None = None,
        gazetteer: Gazetteer | None = None,
        model: str | None = None,
    ) -> None:
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
            docs = parse_many((a.text for a in pending), model=self.model, batch_size=batch_size, transient=True)
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
        regions = regions_of(text)  # segment.news_regions, computed once for parse and coding
        starts = [r[0] for r in regions]
        sents = [s for s in doc.sents if _in_regions(s, regions, starts)]
        mentions = Mentions(doc, text, kb=self.kb, published=article.published)
        for s in sents:
            mentions.prime(s)
        quotes = [
            q
            for q in find_quotes(doc, norm, text, mentions, reporting=self.lexicon.cues.reporting)
            if _inside_any(q.quote.start, regions, starts)
        ]
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
            all_places.extend(p for p, _, _ in places)
            analysis.dates.extend(dates)
            sent_data.append((s, dates, places))
        dateline = self._dateline_place(text)
        home = main_place(all_places, gazetteer=self.gazetteer)  # the country the article is about
        article_contexts = self._article_contexts(sents)
        for s, dates, places in sent_data:
            for found in self._sentence_events(s, args, mentions, quote_of_sent.get(s.start)):
                analysis.events.append(
                    self._record(found, s, text, dates, places, dateline, home, article, info, article_contexts)
                )
        seen: set[int] = set()
        for s in sents:
            for m in mentions.sentence_mentions(s):
                if m.head not in seen:
                    seen.add(m.head)
                    analysis.mentions.append(m.actor)
            analysis.mentions.extend(unresolved_names(mentions, s))
        # places named in captions and credits are places of the article too (never of an event)
        news = {s.start for s in sents}
        furniture_places = [p for s in doc.sents if s.start not in news for p, _, _ in self._places(s, text)]
        analysis.places = all_places + furniture_places
        analysis.events = merge_restatements(_dedupe(analysis.events))
        analysis.claims = find_claims(doc, analysis, sentences=sents)
        apply_sizes(analysis.events, analysis.claims)
        return analysis

    # ------------------------------------------------------------------ sentences
    def _sentence_events(
        self, sent: Span, args: Arguments, mentions: Mentions, quote: QuoteFound | None
    ) -> list[Found]:
        found = [
            Found(token=t, entry=e, event=e.event, mode=e.mode, end=end, start_tok=t, rule=e.rule)
            for t, e, end in match_triggers(sent, self.lexicon)
        ]
        fixed = precision.idiom_tokens(sent)
        found = [f for f in found if f.token.i not in fixed and not precision.inside_name(f.token)]
        for f in found:
            self._extend_start(f)
        by_tok = {f.token.i: f for f in found}
        for f in found:
            self._absorb(f, by_tok)
        live = [f for f in found if f.absorbed_by is None and not precision.in_purpose(f.token)]
        sent_mentions = mentions.sentence_mentions(sent)
        for f in live:
            self._modes(f)
            args.fill(f)
            f.speaker = self._speaker(f.token, args, quote)
            if not f.actor and f.speaker is not None and f.entry.frame == "speech":
                f.actor, f.actor_how = [f.speaker], "speaker"
            args.fallback_actor(f, sent_mentions)
            if not f.recipient:
                self._recipient_from_content(f, found, args)
            self._aux(f, quote)
            constructions.settle_commitment(f)
            self._means_mode(f)
        live = [f for f in live if self._valid(f, args, sent_mentions)]
        live.extend(self._speaker_rules(sent, args, mentions, quote, {f.token.i for f in found}))
        # what an obligation in reported speech asks for is its content, not a separate event
        asked = {t.i for f in live if f.entry is _OBLIGATION and f.content is not None
                 for t in subtree_of(f.content if f.content.dep_ in ("ROOT", "ccomp") else f.content.head)}
        live = [f for f in live if f.entry is _OBLIGATION or f.token.i not in asked]
        main = [f for f in live if not _background(f.token)]
        # with no main event, a scene-setting event still stands, except a participle that only
        # describes a noun ("weapons seized last year", "the curfew imposed in May")
        verbal = sent.root.pos_ in ("VERB", "AUX")  # else the parser missed the main verb
        live = (
            main
            if main
            else [
                f
                for f in live
                if not (verbal and f.token.dep_ == "acl" and f.token.tag_ == "VBN" and _dobj(f.token) is None)
            ]
        )
        reporting = self.lexicon.cues.reporting
        subject_events = {
            g.absorbed_by.token.i
            for g in found
            if g.absorbed_by is not None
            and g.absorbed_by.token.dep_ == "nsubj"
            and g.absorbed_by.token.head is g.token
            and _central(g.token, reporting)
        }
        central = [
            f for f in live if f.entry is _OBLIGATION or f.token.i in subject_events or _central(f.token, reporting)
        ]
        return central if central else live

    @staticmethod
    def _recipient_from_content(f: Found, found: list[Found], args: Arguments) -> None:
        """The recipient of an absorbed event is the outer event's: "offered to hand over X to
        Britain", "threatened to break relations with Russia", "halted aid to Serbia"; an act on
        another act ("rejected calls by Belarus") is directed at that act's actor."""
        inner = sorted((g for g in found if g.absorbed_by is f), key=lambda g: abs(g.token.i - f.token.i))
        own = {m.head for m in f.actor}
        obj = _dobj(f.token) if f.entry.pos == "VERB" else None
        outer_background = _background(f.token)
        for g in inner:
            if _background(g.token) and not outer_background:
                continue  # "closed its borders because of fighting between X and Y": a cause, not a target
            args.fill(g)
            if g.token is obj or (g.token.dep_ == "pobj" and g.token.head.head is obj):
                # an act on another act ("rejected calls by X", "prevented a demonstration by
                # students") is directed at whoever performed that act
                rec = [m for m in g.actor if m.head not in own]
                if rec:
                    f.recipient = rec
                    return
            rec = [m for m in g.recipient if m.head not in own]
            if rec:
                f.recipient = rec
                return

    def _extend_start(self, f: Found) -> None:
        for c in children_of(f.token):
            if c.i < f.token.i and c.dep_ in ("compound", "amod") and _lemma(c) in f.entry.compound:
                f.start_tok = c if c.i < f.start_tok.i else f.start_tok

    def _absorb(self, f: Found, by_tok: dict[int, Found]) -> None:
        clause = f.token.head if f.token.dep_ == "conj" and f.token.head.pos_ == "VERB" else f.token
        subj = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None) if f.entry.pos == "VERB" else None
        g0 = by_tok.get(subj.i) if subj is not None else None
        if g0 is not None and g0.event == f.event and g0.absorbed_by is None:
            f.absorbed_by = g0  # "air strikes killed ten people (and wounded two)": the strikes are the event
            return
        cur, hops = f.token, 0
        reporting = self.lexicon.cues.reporting
        while (
            cur.dep_
            in (
                "xcomp",
                "ccomp",
                "dobj",
                "pobj",
                "prep",
                "acl",
                "relcl",
                "conj",
                "pcomp",
                "advcl",
                "attr",
                "nsubjpass",
                "csubj",
            )
            and hops < 8
        ):
            dep = cur.dep_
            cur, hops = cur.head, hops + 1
            g = by_tok.get(cur.i)
            if g is None and dep == "ccomp":
                # "reiterated its demand that Israel ease...": the clause the parser hangs on the
                # verb is the content of the speech act its object names
                obj = _dobj(cur)
                g = by_tok.get(obj.i) if obj is not None else None
                if g is not None and g.entry.frame != "speech":
                    g = None
            elif g is None and dep in ("csubj", "nsubj") and _lemma(cur) == "be":
                # "removing the sanctions is out of the question": the subject of a predicate
                # that judges it is that judgement's content
                g = _predicate_trigger(cur, by_tok)
            elif g is None and dep in ("xcomp", "advcl") and cur.pos_ == "VERB":
                # "used tear gas to disperse the crowd", "began a hunger strike to demand...":
                # the purpose belongs to the act the verb's object names
                obj = _dobj(cur)
                if (
                    obj is not None
                    and obj.i < f.token.i
                    and any(_lemma(c) == "to" and c.dep_ == "aux" for c in children_of(f.token))
                ):
                    g = by_tok.get(obj.i)
            if g is None:
                if dep in ("ccomp", "parataxis") and _lemma(cur) in reporting and cur.pos_ == "VERB":
                    return  # reported speech is its own event ("denied that it attacked")
                continue
            if g.absorbed_by is not None:
                g = g.absorbed_by
            if dep == "conj":
                return  # coordinated triggers are separate events
            # A trigger in a complement, an adjunct clause or a modifier of another trigger is part
            # of that event ("rejected a call for aid", "lifted the emergency imposed after
            # clashes", "helped X recapture"): the sentence reports the outer event.
            f.absorbed_by = g
            if g.event == "AGREE" and g.entry.frame == "speech" and f.event in _CONFLICT_CONTENT and g.content is None:
                # "vowed to strike", "ready to send troops": intent to use force is a threat
                g.event, g.mode = "THREATEN", _THREAT_OF.get(f.event, {}).get("", "violence")
                g.rule += f" +{f.event} content -> THREATEN"
            if g.content is None and (g.entry.absorb or dep not in ("advcl", "acl", "relcl")):
                g.content = f.token
                if g.mode is None and g.entry.mode is None:
                    g.mode = _CONTENT_DEFAULT_MODE.get(g.event, {}).get(f.event)
            return

    def _means_mode(self, f: Found) -> None:
        """An attack without a mode takes the mode of the means its sentence names."""
        if f.event != "ASSAULT" or f.mode is not None:
            return
        sent = sent_of(f.token)
        lemmas = set(lemmas_of(sent)) | set(lowers_of(sent))
        for mode, words in self.lexicon.cues.assault_means:
            if lemmas & words:
                f.mode = mode
                return

    def _modes(self, f: Found) -> None:
        if f.entry.frame == "speech" and f.entry.mode is None:
            mode = content_mode(self.lexicon.cues, f.event, f.content, f.token)
            if mode is not None:
                f.mode = mode
        if f.entry.needs_content and f.mode not in f.entry.needs_content:
            alt = next((e for e in self.lexicon.candidates(f.entry.lemma, f.entry.pos) if not e.needs_content), None)
            if alt is not None:
                f.entry, f.event, f.mode, f.rule = (
                    alt,
                    alt.event,
                    alt.mode or f.mode if alt.event == f.event else alt.mode,
                    alt.rule,
                )
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
                return self._retry(f, args, sent_mentions)  # "trained hackers": not aid to a force
        specific = bool(e.object or e.compound or e.with_ or e.head)
        if (
            f.event not in ("PROTEST", "MOBILIZE", "RETREAT", "ASSAULT", "COERCE", "CONSULT")
            and not f.actor
            and not f.recipient
            and not specific
        ):
            return False  # a bare verb with no participant is rarely an event ("support is growing")
        return True

    def _retry(self, f: Found, args: Arguments, sent_mentions: list[Mention]) -> bool:
        from .triggers import entry_matches

        cands = self.lexicon.candidates(f.entry.lemma, f.entry.pos)
        for e in cands[cands.index(f.entry) + 1:]:
            if entry_matches(f.token, e) is None:
                continue
            threat = (f.event, f.mode) if f.event == "THREATEN" and f.entry.event != "THREATEN" else None
            f.entry, f.event, f.mode, f.rule = e, e.event, e.mode, e.rule
            if threat is not None and (e.event in _THREAT_OF or e.lemma in _THREAT_LEMMAS):
                f.event, f.mode = threat  # an announced act stays a threat whichever reading it takes
                f.rule += " +future -> THREATEN"
            sector = f.actor[0].actor.sector if f.actor else None
            if (e.subject_sector is None or sector in e.subject_sector) and sector not in e.not_subject_sector:
                if not f.recipient:
                    actor, how = f.actor, f.actor_how
                    args.fill(f)  # the new reading may name its recipient differently
                    f.actor, f.actor_how = actor, how
                return True
        return False

    def _speaker(self, tok: Token, args: Arguments, quote: QuoteFound | None) -> Mention | None:
        cur, hops = tok, 0
        reporting = self.lexicon.cues.reporting
        while cur.head is not cur and hops < 6:
            dep = cur.dep_
            cur, hops = cur.head, hops + 1
            if (
                dep in ("ccomp", "parataxis", "xcomp", "conj", "advcl")
                and _lemma(cur) in reporting
                and cur.pos_ == "VERB"
            ):
                subj = next((c for c in children_of(cur) if c.dep_ == "nsubj"), None)
                ms = args.mentions_of(subj)
                if ms:
                    return ms[0]
        sent = sent_of(tok)
        for c, lemma in zip(tokens_of(sent), lemmas_of(sent)):
            if lemma == "accord" and c.dep_ == "prep":
                to = next((g for g in children_of(c) if _lemma(g) == "to"), None)
                pobj = next((g for g in children_of(to) if g.dep_ == "pobj"), None) if to is not None else None
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
        if (
            tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ in ("dobj", "nsubjpass", "attr", "pobj")
            and tok.head.pos_ in ("VERB", "AUX")
        ):
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
        reporting = cues.reporting
        # "said they would...": "would" in a reported clause is the future seen from the past
        reported = f.speaker is not None or any(t.dep_ == "ccomp" and _lemma(t.head) in reporting for t in chain)
        for t in chain:
            for c in children_of(t):
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
            if t.dep_ == "advcl" and any(
                _lemma(c) in cues.conditional_marks for c in children_of(t) if c.dep_ == "mark"
            ):
                f.hypothetical = True
        if constructions.apply(f, chain):
            return
        # "will impose sanctions", "may halt talks if...": a conflictual act announced or made
        # conditional is a threat of that act (PLOVER THREATEN), not the act
        conditioned = any(
            c.dep_ == "advcl" and any(_lemma(m) in ("if", "unless") for m in children_of(c) if m.dep_ == "mark")
            for c in children_of(f.token)
        )
        threat_lemma = _THREAT_LEMMAS.get(f.entry.lemma) if f.event != "THREATEN" else None
        has_subject = bool(f.actor) or any(c.dep_ == "nsubj" for t in chain for c in children_of(t))
        if (f.future or conditioned) and not f.negated and (f.event in _THREAT_OF or threat_lemma) and has_subject:
            f.mode = (
                _THREAT_OF[f.event].get(f.mode or "", _THREAT_OF[f.event][""])
                if f.event in _THREAT_OF
                else threat_lemma
            )
            f.event = "THREATEN"
            f.rule += " +future -> THREATEN"
            f.future = f.hypothetical = False  # the threat is made: a fact
            return
        unless = any(
            c.dep_ == "advcl" and any(_lemma(m) == "unless" for m in children_of(c) if m.dep_ == "mark")
            for c in children_of(f.token)
        )
        if unless and not f.negated and f.actor and f.event not in ("THREATEN", "REQUEST"):
            # "will withdraw its force unless...": an act made to depend on the other side's
            # compliance is a threat of it
            f.event, f.mode = "THREATEN", "relations" if f.event in ("RETREAT", "SANCTION") else None
            f.rule += " +unless -> THREATEN"
            f.future = f.hypothetical = False
            return
        if f.future and f.event in _FUTURE_BECOMES and not f.negated:
            f.event, code = _FUTURE_BECOMES[f.event]
            f.mode = None
            f.rule += f" +future -> {f.event}"
            f.future = False  # the promise or announcement is made: a fact

    # ------------------------------------------------------------------ speaker rules
    def _speaker_rules(
        self, sent: Span, args: Arguments, mentions: Mentions, quote: QuoteFound | None, taken: set[int]
    ) -> list[Found]:
        cues = self.lexicon.cues
        out: list[Found] = []
        for tok in tokens_of(sent):
            if tok.pos != _VERB:
                continue
            modal = next((c for c in children_of(tok) if c.dep_ == "aux" and c.lower_ in cues.obligation_aux), None)
            if modal is None:
                continue  # a trigger under "must"/"should" in reported speech is what is asked for
            speaker = self._speaker(tok, args, quote)
            if speaker is None:
                continue
            subj_ms, _, subj = args.subject(tok)
            if subj is not None and subj.lower_ in ("we", "i"):
                continue  # "we must..." is the speaker's own resolve, not a request
            f = Found(
                token=modal,
                entry=_OBLIGATION,
                event="REQUEST",
                mode=content_mode(cues, "REQUEST", tok, tok),
                end=tok,
                start_tok=modal,
                rule="obligation in reported speech -> REQUEST",
            )
            f.actor, f.actor_how, f.speaker = [speaker], "speaker", speaker
            f.recipient = [m for m in subj_ms if m.head != speaker.head]
            f.content = tok
            self._aux(f, quote)
            constructions.settle_commitment(f)
            f.future = f.hypothetical = False
            out.append(f)
        out.extend(self._force_threats(sent, args, quote, taken))
        return out

    def _force_threats(self, sent: Span, args: Arguments, quote: QuoteFound | None, taken: set[int]) -> list[Found]:
        cues = self.lexicon.cues
        lemmas = lemmas_of(sent)
        if not any(_contains(lemmas, seq) for seq in cues.force_means if len(seq) > 1):
            return []
        for tok in tokens_of(sent):
            if tok.pos_ != "VERB" or _lemma(tok) not in cues.coercive_intent or tok.i in taken:
                continue
            speaker = self._speaker(tok, args, quote)
            if speaker is None:
                continue
            obj = _dobj(tok)
            rec = args.mentions_of(obj)
            if not rec:
                continue
            f = Found(
                token=tok,
                entry=_FORCE_THREAT,
                event="THREATEN",
                mode="violence",
                end=tok,
                start_tok=tok,
                rule="speaker's intent to use force -> THREATEN",
            )
            end = next((c for c in children_of(tok) if c.dep_ == "prt"), None)
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

    def _dateline_place(self, text: str) -> Place | None:
        """The place of the article's dateline ("ERBIL, Iraq, Nov 10 (Wire) -"), if the gazetteer knows it."""
        found = article_dateline(text)
        if found is None:
            return None
        hint = None
        if found.qualifier:
            q = self._lookup(found.qualifier, None)
            hint = q.country if q is not None else None
        name = found.place.title() if found.place.isupper() else found.place
        p = self._lookup(name, hint)
        if p is None:
            return None
        return replace(p, text=found.place, start=found.place_start, end=found.place_end)

    def _places(self, sent: Span, text: str) -> list[tuple[Place, bool, int]]:
        """(place, is_event_location, head token) for the places of a sentence: its GPE/LOC/FAC entities,
        and proper nouns the tagger missed when they stand where a place stands ("the city of X",
        "in X") and the gazetteer knows them."""
        out = []
        ents = span_ents(sent)
        spans: list[tuple[Span, bool]] = [(ent, True) for ent in ents if ent.label_ in ("GPE", "LOC", "FAC")]
        # a proper noun the tagger calls a nationality may still be a town ("near the town of X")
        covered = {i for ent in ents if ent.label_ != "NORP" for i in range(ent.start, ent.end)}
        for tok in tokens_of(sent):
            if tok.pos != _PROPN or tok.i in covered or tok.dep_ not in ("pobj", "dobj", "appos"):
                continue
            left = tok
            while (
                left.i > sent.start
                and left.nbor(-1).pos_ == "PROPN"
                and left.nbor(-1).dep_ == "compound"
                and left.nbor(-1).i not in covered
            ):
                left = left.nbor(-1)
            spans.append((sent.doc[left.i:tok.i + 1], False))
        for span, from_ner in spans:
            if (
                span.start >= sent.start + 2
                and sent.doc[span.start - 1].text == "-"
                and sent.doc[span.start - 2].lower_ in ("anti", "pro")
            ):
                continue  # "an anti-Syria journalist": a stance, not a place
            p = self._lookup(normalize_for_parse(text[span.start_char:span.end_char]), None)  # span.text, cut
            if p is None:
                continue
            root = span.root
            locative = _locative(root)
            if not from_ner and not locative:
                continue
            out.append(
                (
                    replace(p, text=text[span.start_char : span.end_char], start=span.start_char, end=span.end_char),
                    locative,
                    root.i,
                )
            )
        return out

    # ------------------------------------------------------------------ records
    def _cue_contexts(self, sent: Span) -> list[str]:
        """The contexts the sentence's cue words signal (by lemma, else by form), in text order."""
        cue = self.lexicon.cues.contexts
        found = (cue.get(lemma) or cue.get(lower) for lemma, lower in zip(lemmas_of(sent), lowers_of(sent)))
        return [ctx for ctx in found if ctx]

    def _article_contexts(self, sents: list[Span]) -> tuple[str, ...]:
        """Contexts whose cue words recur through the article (in three sentences or more)."""
        counts: dict[str, int] = {}
        for s in sents:
            for ctx in set(self._cue_contexts(s)):
                counts[ctx] = counts.get(ctx, 0) + 1
        return tuple(c for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n >= 3)

    def _record(
        self,
        f: Found,
        sent: Span,
        text: str,
        dates: list[DateMention],
        places: list[tuple[Place, bool, int]],
        dateline: Place | None,
        home: Place | None,
        article: Article,
        info: ArticleInfo,
        article_contexts: tuple[str, ...] = (),
    ) -> Event:
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
            historical = year <= published.year - 2 or (
                len(d) == 10 and (published - dt.date.fromisoformat(d)).days > 365
            )
        actors = [m.actor for m in f.actor]
        recipients = [m.actor for m in f.recipient if not any(_same_span(m.actor, a) for a in actors)]
        party_spans = [(a.start, a.end) for a in actors + recipients]
        here = clause_place(f.token, places, party_spans)
        if here is None and home is not None and home.country:
            # a domestic kind of party named without a country ("police", "the interior
            # ministry", "protesters") belongs to the country the article is about
            actors = [_located(a, home.country, "article") for a in actors]
            recipients = [_located(a, home.country, "article") for a in recipients]
        if here is not None:
            # a country only the sentence's other words lend ("people" beside "Chinese
            # authorities") gives way to the place the clause says the event happens; a domestic
            # kind of party named without a country acts where the event happens
            actors = [_located(_unlent(a), here.country, "event_location") if here.country else a for a in actors]
            recipients = [
                _located(_unlent(a), here.country, "event_location") if here.country else a for a in recipients
            ]
        # a state named as a party to a political act acts through its government
        actors = [_as_state(a) for a in actors]
        recipients = [_as_state(a) for a in recipients]
        if actors and actors[0].country and (f.event in _DOMESTIC or (f.event, f.mode) in _DOMESTIC):
            # "police dispersed students": the target of a crackdown or a concession named
            # without a country is the actor's own people
            recipients = [_located(a, actors[0].country, "domestic") for a in recipients]
        loc, _how = event_location(
            f.token, places=places, actors=actors, recipients=recipients, dateline=dateline, gazetteer=self.gazetteer
        )
        mode = f.mode if f.mode in MODES.get(f.event, ()) else None
        code = _CAMEO_BY_MODE.get((f.event, mode)) or f.entry.cameo
        if f.event != f.entry.event:
            code = {"AGREE": "030", "CONCEDE": "080", "THREATEN": "130"}.get(f.event, code)
        contexts = self._contexts(f, sent, code, article_contexts)
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
            actor=actors,
            recipient=recipients,
            trigger=trig,
            sentence=TextSpan(text[s0:s1], s0, s1),
            cameo=Cameo(code=code, goldstein=gs, quad_class=QUAD_CLASS[f.event]),
            plover_score=plover_score(f.event, mode),
            aux=Aux(
                negated=f.negated,
                hypothetical=f.hypothetical,
                future=f.future,
                historical=historical,
                denied=denied(f.token),
                alleged=alleged(f.token, own_lemma=f.entry.lemma),
            ),
            date=d,
            date_precision=prec,
            date_text=dtext,
            date_source=dsrc,
            location=loc,
            reported_by=f.speaker.actor
            if f.speaker is not None and f.actor_how != "speaker" and (not f.actor or f.speaker.head != f.actor[0].head)
            else None,
            article=info,
            coder=self.coder_info,
            confidence=min(conf, 0.99),
            rule=f.rule,
        )

    def _contexts(self, f: Found, sent: Span, code: str | None, article_contexts: tuple[str, ...] = ()) -> list[str]:
        """Contexts from the lexicon entry, the CAMEO code's PLOVER reading, the participants
        (two states: diplomatic), the sentence's cue words, then the article's dominant cues."""
        out = list(f.entry.context)
        translated = cameo_to_plover(code) if code else None
        if translated is not None and translated[2] and translated[0] == f.event:
            out.append(translated[2])
        a_c = {m.actor.country for m in f.actor if m.actor.country}
        r_c = {m.actor.country for m in f.recipient if m.actor.country}
        if a_c and r_c and not a_c & r_c:
            out.append("diplomatic")
        if f.event in _LEGAL_EVENTS or (f.event, f.mode) in _LEGAL_EVENTS:
            out.append("legal")
        out.extend(self._cue_contexts(sent))
        out.extend(article_contexts)
        return list(dict.fromkeys(out))


# Categories and modes whose events are legal proceedings or law enforcement.
_LEGAL_EVENTS: set[object] = {
    ("COERCE", "arrest"),
    ("SANCTION", "convict"),
    ("ACCUSE", "investigate"),
    ("COERCE", "deport"),
}

_BACKGROUND_PREPS = lexicon_words("background_prepositions")
_BACKGROUND_MARKS = lexicon_words("background_subordinators")


def _predicate_trigger(copula: Token, by_tok: dict[int, Found]) -> Found | None:
    """The trigger that is the predicate of ``copula`` ("is unacceptable", "is out of the question")."""
    todo = [c for c in children_of(copula) if c.dep_ in ("acomp", "attr", "prep", "oprd")]
    while todo:
        tok = todo.pop(0)
        g = by_tok.get(tok.i)
        if g is not None:
            return g
        todo.extend(c for c in children_of(tok) if c.dep_ in ("prep", "pobj"))
    return None


def _same_span(a: Actor, b: Actor) -> bool:
    return a.start < b.end and b.start < a.end


def _as_state(a: Actor) -> Actor:
    """``a``, a bare country name, as its government ("Vietnam agreed": the Vietnamese state)."""
    if a.resolved_by == "country" and a.sector is None:
        return replace(a, sector="GOV", resolved_by="country+state")
    return a


def _unlent(a: Actor) -> Actor:
    """``a`` without a country that only the sentence's context lent it."""
    if a.country is not None and (a.resolved_by or "").endswith("+context"):
        return replace(a, country=None, resolved_by=(a.resolved_by or "")[: -len("+context")])
    return a


def _located(a: Actor, country: str, how: str) -> Actor:
    """``a`` with ``country`` when it is a domestic kind of party named without one."""
    if a.country is not None or a.sector is None or a.sector in _TRANSNATIONAL or a.kb_id:
        return a
    if _NOT_LOCAL_WORDS & set(a.text.lower().replace("-", " ").split()):
        return a  # foreign to the place, or several parties ("the two governments")
    return replace(a, country=country, resolved_by=f"{a.resolved_by or 'agent'}+{how}")


def _clause_head(tok: Token, reporting: frozenset[str]) -> bool:
    """A verb heading the sentence, a reported clause or a coordinate of either."""
    cur, hops = tok, 0
    while hops < 6:
        if cur.dep_ == "ROOT":
            return True
        if cur.dep_ in ("conj", "xcomp"):
            cur, hops = cur.head, hops + 1
            continue
        if cur.dep_ in ("ccomp", "parataxis") and _lemma(cur.head) in reporting:
            return True
        return False
    return False


def _central(tok: Token, reporting: frozenset[str]) -> bool:
    """Whether a trigger is the sentence's main predication: a clause head, or the object or
    passive subject of a clause head ("staged a protest", "a truce was signed")."""
    if _clause_head(tok, reporting):
        return True
    if tok.dep_ in ("dobj", "attr", "nsubjpass", "oprd", "acomp", "pobj"):
        head = tok.head if tok.dep_ != "pobj" else tok.head.head
        return _clause_head(head, reporting)
    return False


def _background(tok: Token) -> bool:
    """Whether a trigger only sets the scene of the sentence's main event: it sits in a clause
    that modifies a noun ("the emergency imposed after clashes"), in a phrase of time or cause
    ("following the shooting", "because of fighting") or in a temporal or causal clause."""
    cur, hops = tok, 0
    while cur.head is not cur and hops < 10:
        dep, head = cur.dep_, cur.head
        if dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        if dep in ("pobj", "pcomp") and _lemma(head) in _BACKGROUND_PREPS:
            return True
        if dep == "advcl" and any(_lemma(c) in _BACKGROUND_MARKS for c in children_of(cur) if c.dep_ == "mark"):
            return True
        if dep in ("ccomp", "parataxis"):
            # the main clause of reported speech, unless the report is itself a participial
            # adjunct of another clause ("staged rallies, saying he must resign")
            return head.dep_ == "advcl" and head.tag_ == "VBG" and not any(c.dep_ == "mark" for c in children_of(head))
        cur, hops = head, hops + 1
    return False


def _locative(root: Token) -> bool:
    """Whether a place name stands where the place of an event is named."""
    head = _lemma(root.head)
    if root.dep_ == "pobj":
        return (
            head in _LOCATIVE
            or (head == "for" and _lemma(root.head.head) in _BATTLE)
            or (head == "of" and _lemma(root.head.head) in _PLACE_NOUNS)
        )
    return (root.dep_ == "dobj" and head in _MOVE_VERBS) or root.dep_ == "appos"


def _contains(seq: list[str], sub: tuple[str, ...]) -> bool:
    """Whether ``sub`` occurs in ``seq`` as a contiguous run."""
    n, first = len(sub), sub[0]
    last = len(seq) - n
    i = 0
    while True:
        try:
            i = seq.index(first, i, last + 1)
        except ValueError:
            return False
        if tuple(seq[i:i + n]) == sub:
            return True
        i += 1


def _in_regions(s: Span, regions: list[tuple[int, int, str]], starts: list[int]) -> bool:
    first = next((t for t in s if not t.is_space), None)
    return first is not None and _inside_any(first.idx, regions, starts)


def _inside_any(pos: int, regions: list[tuple[int, int, str]], starts: list[int]) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and regions[k][0] <= pos < regions[k][1]


def _identities(e: Event) -> set[str]:
    return {x for a in e.actor + e.recipient for x in (a.kb_id, a.country) if x}


def _drop_restated_headlines(
    events: list[Event], regions: list[tuple[int, int, str]], starts: list[int]
) -> list[Event]:
    """Drop a headline event that the body restates (same category, same trigger word, a shared
    participant): the body sentence carries the date, place and attribution."""

    def kind(e: Event) -> str:
        k = bisect.bisect_right(starts, e.sentence.start) - 1
        return regions[k][2] if k >= 0 else "paragraph"

    body = [e for e in events if kind(e) != "headline"]
    out = []
    for e in events:
        if kind(e) == "headline":
            stem = e.trigger.text.lower()[:5]
            ids = _identities(e)
            if any(
                b.event_type == e.event_type and b.trigger.text.lower()[:5] == stem and ids <= _identities(b)
                for b in body
            ):
                continue
        out.append(e)
    return out


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per sentence, category and participants ("train, advise and equip X")."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for e in events:
        key = (
            e.sentence.start,
            e.event_type,
            tuple(a.kb_id or a.text for a in e.actor),
            tuple(a.kb_id or a.text for a in e.recipient),
            e.aux.negated,
        )
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


def code_text(
    text: str,
    *,
    published: dt.date | str | None = None,
    include_negated: bool = False,
    include_nonfactual: bool = False,
) -> list[Event]:
    """Code one text; returns the events it asserts happened (``Analysis.coded_events``)."""
    return analyze_text(text, published=published).coded_events(
        include_negated=include_negated, include_nonfactual=include_nonfactual
    )


def code_texts(
    texts: Iterable[str],
    *,
    published: dt.date | str | None = None,
    include_negated: bool = False,
    include_nonfactual: bool = False,
    batch_size: int = 32,
) -> Iterator[list[Event]]:
    """Code many texts, batching the parse; yields one list of events per text, in order."""
    pub = _as_date(published)
    texts = list(texts) if not isinstance(texts, Iterator) else texts
    batch: list[str] = []

    def flush() -> Iterator[list[Event]]:
        good = [Article.from_text(t, published=pub) for t in batch if t.strip()]
        results = iter(default_coder().code_articles(good, batch_size=batch_size))
        for t in batch:  # an empty text has no events; it never stops the others
            yield (
                next(results).coded_events(include_negated=include_negated, include_nonfactual=include_nonfactual)
                if t.strip()
                else []
            )
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
