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

The stages this module runs on each sentence: :mod:`~eventwire.coding.sentence` (the events of
one sentence, with :mod:`~eventwire.coding.auxiliary`, :mod:`~eventwire.coding.speakers` and
:mod:`~eventwire.coding.clauses`), :mod:`~eventwire.coding.places` (its places) and
:mod:`~eventwire.coding.build` (the :class:`~eventwire.record.Event` records).
"""

from __future__ import annotations

import bisect
import datetime as dt
import gc
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .._version import __version__
from ..gc_pause import collection_paused
from ..knowledge.actors import KnowledgeBase, default_kb
from ..knowledge.gazetteer import Gazetteer
from ..knowledge.lexicon import Lexicon, default_lexicon
from ..record import DateMention, Event, Place
from ..text.article import Article
from .analysis import Analysis, _article_info
from .arguments import Arguments
from .build import article_contexts, build_event
from .claims import apply_sizes, find_claims
from .clauses import told_participle
from .confidence import calibrate
from .location import talks_sides, visiting_parties
from .mentions import Mentions, unresolved_names
from .party_names import rename_parties
from .pipeline import normalize_for_parse, parse_many, regions_of
from .places import (
    ANCHOR_POPULATION,
    anaphoric_places,
    anchored,
    dateline_place,
    main_place,
    named_facilities,
    sentence_places,
)
from .quotes import QuoteFound, find_quotes
from .relative_dates import anaphoric_offset, reported_past_perfect, told_after
from .repairs import repair
from .restatements import Related, merge_restatements, retold_date
from .sentence import sentence_events
from .syntax import children_of, sents_of, tokens_of
from .timex import find_dates

__all__ = ["Analysis", "Coder", "analyze_text", "code_text", "code_texts", "default_coder"]

# How many mentions of its country a dateline counts as when the article's own country is chosen
# (chosen on the gold corpus's dev split among 2, 3, 4, 6 and 100).
_DATELINE_WEIGHT = 4
# The CAMEO code of hosting a visit ("hosted the two presidents"): the recipients are the guests.
_HOSTING = "043"


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
                with collection_paused():
                    analysis = self.analyze(doc, art)
                if not _tables_frozen:
                    _freeze_tables()
                yield analysis
            pending.clear()

        for art in articles:
            pending.append(art)
            if len(pending) >= batch_size:
                yield from flush()
        if pending:
            yield from flush()

    # ------------------------------------------------------------------ one article
    def analyze(self, doc: Doc, article: Article) -> Analysis:
        repair(doc)  # the parser's known mistakes, before anything reads the tree
        text = article.text
        norm = normalize_for_parse(text)
        regions = regions_of(text)  # segment.news_regions, computed once for parse and coding
        starts = [r[0] for r in regions]
        sents = [s for s in sents_of(doc) if _in_regions(s, regions, starts)]
        all_places: list[Place] = []
        all_dates: list[DateMention] = []
        sent_data = []
        for s in sents:
            dates = find_dates(text[s.start_char : s.end_char], published=article.published, offset=s.start_char)
            places = sentence_places(s, text, self._lookup)
            all_places.extend(p for p, _, _ in places)
            all_dates.extend(dates)
            sent_data.append((s, dates, places))
        dateline = dateline_place(text, self._lookup)
        # a story filed from an organisation's seat ("UNITED NATIONS") is not about the seat's country
        town = dateline_place(text, self._lookup, seats=False)
        mentions = Mentions(doc, text, kb=self.kb, published=article.published)
        # the states the article's places lie in: they tell which Congo or Korea a bare name means
        mentions.place_countries = {p.country for p in all_places if p.country}
        if town is not None and town.country:
            mentions.place_countries.add(town.country)
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
        analysis.dates.extend(all_dates)
        anchors = {p.country for p in all_places if p.country and p.precision != "city"}
        anchors |= {m.actor.country for m in mentions.resolved() if m.actor.country}
        if dateline is not None and dateline.country:
            anchors.add(dateline.country)
        anchors |= {p.country for p in all_places if p.country and self.gazetteer.population(p) >= ANCHOR_POPULATION}
        # the country a distrusted town (named by an alternate name only) stands for instead
        first = all_places + [town] * _DATELINE_WEIGHT if town else all_places
        first_home = main_place(first, gazetteer=self.gazetteer)
        sent_data = [
            (s, dates, anchored(places, anchors, gazetteer=self.gazetteer, home=first_home))
            for s, dates, places in sent_data
        ]
        sent_data = _with_anaphoric_places(sent_data)
        all_places = [p for _, _, places in sent_data for p, _, _ in places]
        # the country the article is about: the most mentioned, the dateline counting as four
        # mentions (a reporter files from where the news is, more often than not)
        counted = all_places + [town] * _DATELINE_WEIGHT if town else all_places
        home = main_place(counted, gazetteer=self.gazetteer)
        contexts = article_contexts(sents, self.lexicon.cues)
        found_events = [
            (s, dates, places, found)
            for s, dates, places in sent_data
            for found in sentence_events(s, args, mentions, quote_of_sent.get(s.start), self.lexicon)
        ]
        # the parties the article shows come to where it is filed from act there, not at home
        visitors = visiting_parties(
            [
                (
                    f.token,
                    [m.actor for m in f.actor],
                    [m.actor for m in f.recipient],
                    places,
                    f.event == "CONSULT",
                    f.event == "CONSULT" and f.entry.cameo == _HOSTING,
                )
                for _, _, places, f in found_events
            ],
            dateline,
        ) | talks_sides(
            [(list(s), {m.head: m.actor for m in mentions.sentence_mentions(s)}, places) for s, _, places in sent_data],
            dateline,
        )
        for s, dates, places, found in found_events:
            event = build_event(
                found,
                s,
                text,
                dates,
                places,
                dateline,
                home,
                article,
                info,
                contexts,
                cues=self.lexicon.cues,
                gazetteer=self.gazetteer,
                coder_info=self.coder_info,
                visitors=visitors,
            )
            if event.aux.historical and told_participle(found.token):
                continue  # "the truce signed in 2009": an old act the news only refers back to
            analysis.events.append(event)
        seen: set[int] = set()
        for s in sents:
            for m in mentions.sentence_mentions(s):
                if m.head not in seen:
                    seen.add(m.head)
                    analysis.mentions.append(m.actor)
            analysis.mentions.extend(unresolved_names(mentions, s))
        # places named in captions and credits are places of the article too (never of an event)
        news = {s.start for s in sents}
        furniture_places = [
            p
            for s in sents_of(doc)
            if s.start not in news
            for p, _, _ in sentence_places(s, text, self._lookup)
            if p.country is not None  # a town the gazetteer lacks is placed only in the news
        ]
        analysis.places = all_places + furniture_places
        _date_headlines(analysis.events, regions, analysis.dates)
        _date_anaphoric(analysis.events, published=article.published)
        _date_told_after(analysis.events, doc)
        _date_headline_after(analysis.events, regions, doc, analysis.dates)
        _date_second_paragraph(analysis.events, regions, doc, analysis.dates)
        _date_retold(analysis.events, doc, related=self._one_party)
        headline = next(((a, b) for a, b, kind in regions if kind == "headline"), None)
        lead = next(((a, b) for a, b, kind in regions if kind == "paragraph"), None)
        analysis.events = merge_restatements(
            _dedupe(analysis.events, doc), headline=headline, lead=lead, related=self._one_party
        )
        rename_parties(analysis.events, self.kb)  # "Haiti police" never coded as Kenya's
        calibrate(analysis.events)  # confidence: the chance the record is right in every field
        analysis.claims = find_claims(doc, analysis, sentences=sents)
        apply_sizes(analysis.events, analysis.claims)
        return analysis

    def _one_party(self, a: str, b: str) -> bool:
        """Whether knowledge-base ids ``a`` and ``b`` name one party: a body and the organisation
        it is part of, or a spokesperson and the body it speaks for."""
        for x, y in ((a, b), (b, a)):
            entry = self.kb.get(x)
            if entry and any(f.type in ("part_of", "spokesperson_of") and f.target == y for f in entry.affiliations):
                return True
        return False

    # ------------------------------------------------------------------ places
    def _lookup(self, name: str, country: str | None) -> Place | None:
        key = (name, country)
        if key not in self._place_cache:
            self._place_cache[key] = self.gazetteer.lookup(name, country=country)
        return self._place_cache[key]


def _with_anaphoric_places(
    sent_data: list[tuple[Span, list[DateMention], list[tuple[Place, bool, int]]]],
) -> list[tuple[Span, list[DateMention], list[tuple[Place, bool, int]]]]:
    """Each sentence's places with those named by "the town" or "the city", the settlement named
    last before them, and by "the airport" or "the camps", the place named with that facility
    before them (:func:`places.anaphoric_places`)."""
    out = []
    last: Place | None = None
    facilities: dict[str, Place] = {}
    for s, dates, places in sent_data:
        places = places + anaphoric_places(s, last, facilities)
        facilities.update(named_facilities(s, places))
        out.append((s, dates, places))
        for p, _, _ in sorted(places, key=lambda item: item[0].start or 0):
            if p.precision == "city":
                last = p
    return out


def _in_regions(s: Span, regions: list[tuple[int, int, str]], starts: list[int]) -> bool:
    first = next((t for t in tokens_of(s) if not t.is_space), None)
    return first is not None and _inside_any(first.idx, regions, starts)


def _inside_any(pos: int, regions: list[tuple[int, int, str]], starts: list[int]) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and regions[k][0] <= pos < regions[k][1]


def _dedupe(events: list[Event], doc: Doc) -> list[Event]:
    """One event per sentence, category and participants ("train, advise and equip X"), unless
    each verb acts on an object of its own ("looted shops and set fire to a depot", "shut down
    the internet and sealed the roads"): two acts on two things."""
    seen: dict[tuple[object, ...], list[str | None]] = {}
    out = []
    for e in events:
        key = (
            e.sentence.start,
            e.event_type,
            tuple(a.kb_id or a.text for a in e.actor),
            tuple(a.kb_id or a.text for a in e.recipient),
            e.aux.negated,
        )
        obj = _own_object(doc, e)
        kept = seen.get(key)
        if kept is not None and (obj is None or None in kept or obj in kept):
            continue
        seen.setdefault(key, []).append(obj)
        out.append(e)
    return out


def _own_object(doc: Doc, e: Event) -> str | None:
    """The lemma of what ``e``'s verb acts on itself (its object, or the noun after its
    preposition or particle when it has none: "set fire to a depot"), or None."""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    verb = next((t for t in tokens_of(span) if t.pos_ == "VERB"), None) if span is not None else None
    if verb is None:
        return None
    objs = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        objs = [g for c in children_of(verb) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"]
    return objs[0].lemma_.lower() if objs else None


# Whether the process's long-lived tables are frozen out of the garbage collector's sight.
_tables_frozen = False


def _freeze_tables() -> None:
    """Moves every object alive now out of the cyclic garbage collector's sight, once per process.

    Called when the process's first article is coded: the knowledge base, the gazetteer, the
    lexicon and the spaCy pipeline are loaded by then, some 450,000 objects that live as long as
    the process, and every full collection of a long run walked them all again (about 3 % of the
    coding time). Garbage is collected first, so only live objects are frozen; objects freed by
    reference counting are freed as before.
    """
    global _tables_frozen
    _tables_frozen = True
    gc.collect()
    gc.freeze()


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


def _date_anaphoric(events: list[Event], *, published: dt.date | None) -> None:
    """An undated event whose sentence sets it against the day told before ("Hours later, the
    ministry imposed bans") takes that day, counted on by the offset the phrase gives: the day of
    the last event before it that its own sentence dates to the day."""
    last: str | None = None
    for i, e in sorted(enumerate(events), key=lambda p: p[1].trigger.start):
        if e.date_source == "sentence" and e.date_precision == "day" and e.date:
            last = e.date
            continue
        if e.date_source != "article" or last is None:
            continue
        told = anaphoric_offset(e.sentence.text)
        if told is not None:
            when = dt.date.fromisoformat(last) + dt.timedelta(days=told[1])
            if published is not None and when > published:
                continue  # "two weeks later" counted past the news: not a day the article can tell
            events[i] = replace(
                e, date=when.isoformat(), date_precision="day", date_text=told[0], date_source="sentence"
            )


def _date_told_after(events: list[Event], doc: Doc) -> None:
    """An act told in an "after" clause that gives no day of its own ("sent police on Wednesday
    after gunmen killed 11 villagers") took the day of the clause it hangs on, a day too late:
    when the article later tells an act of the same kind on an earlier day of its own ("opened
    fire on a truck on Monday"), that is the day of the act told after."""
    order = sorted(range(len(events)), key=lambda i: events[i].trigger.start)
    for k, i in enumerate(order):
        e = events[i]
        if e.date_source != "sentence" or not e.date or e.date_precision != "day":
            continue
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        clause = told_after(span.root) if span is not None else None
        if clause is None:
            continue
        words = list(clause.subtree)
        lo, hi = words[0].idx, words[-1].idx + len(words[-1].text)
        if e.date_text and e.date_text in doc.text[lo:hi]:
            continue  # the clause gives its own day
        later = next(
            (
                events[j]
                for j in order[k + 1 :]
                if events[j].event_type == e.event_type
                and events[j].sentence.start != e.sentence.start
                and events[j].date_source == "sentence"
                and events[j].date_precision == "day"
                and (events[j].date or "9") < e.date
            ),
            None,
        )
        if later is not None:
            events[i] = replace(e, date=later.date, date_text=later.date_text)


def _headline_leads(regions: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, tuple[int, int, str]]]:
    """Each headline's (start, end) and the first paragraph after it, its lead."""
    for k, (start, end, kind) in enumerate(regions):
        if kind != "headline":
            continue
        lead = next((r for r in regions[k + 1 :] if r[2] == "paragraph"), None)
        if lead is not None:
            yield start, end, lead


def _date_headline_after(
    events: list[Event], regions: list[tuple[int, int, str]], doc: Doc, dates: list[DateMention]
) -> None:
    """A headline's "after" clause tells the act the lead's own "after" clause tells ("Troops sent
    north after rebels seize town" / "... sent troops on Friday, a day after rebels seized the
    town"): it takes the day the lead gives that act, not the day of the lead's main act."""
    order = sorted(events, key=lambda e: e.trigger.start)
    for start, end, lead in _headline_leads(regions):
        told = next(
            (
                e
                for e in order
                if lead[0] <= e.trigger.start < lead[1]
                and e.date_source == "sentence"
                and e.date_precision == "day"
                and _told_after_at(doc, e) is not None
            ),
            None,
        )
        day = (told.date, told.date_text) if told is not None else _day_told_after(doc, lead, dates)
        if day is None:
            continue
        for i, e in enumerate(events):
            if start <= e.trigger.start < end and e.date_source == "lead" and _told_after_at(doc, e) is not None:
                events[i] = replace(e, date=day[0], date_text=day[1])


def _day_told_after(doc: Doc, lead: tuple[int, int, str], dates: list[DateMention]) -> tuple[str, str] | None:
    """The day a date of the lead's first sentence gives inside an "after" clause ("accused the
    president on Monday after he entered parliament on Sunday": Sunday), else None."""
    sent = next((s for s in sents_of(doc) if lead[0] <= s.start_char < lead[1]), None)
    if sent is None:
        return None
    for t in sent:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in t.children):
            lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)
            d = next((d for d in dates if lo <= d.start < hi and d.precision == "day" and d.date), None)
            if d is not None:
                return d.date, d.text  # type: ignore[return-value]
    return None


def _told_after_at(doc: Doc, e: Event) -> Token | None:
    """The "after" clause or phrase that holds the event's trigger (:func:`told_after`), else None."""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return told_after(span.root) if span is not None else None


# PLOVER's categories of things said rather than done: a statement told without a day is the news
# of the day the article tells it.
_SAID = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})


def _date_second_paragraph(
    events: list[Event], regions: list[tuple[int, int, str]], doc: Doc, dates: list[DateMention]
) -> None:
    """The paragraph after the lead opens with the lead's happening told in detail ("Gunmen
    stormed a village on Sunday..." / "The attackers burned 40 homes"): an act done (not said)
    that its opening sentence tells in the simple past with no day of its own took place on the
    lead's day, not the publication day. So does one it tells in the simple present, the lead's
    act described ("The decree also bars travel")."""
    paras = [(a, b) for a, b, kind in regions if kind == "paragraph"]
    if len(paras) < 2 or not any(kind == "headline" for _, _, kind in regions):
        return  # a lead is the paragraph under a headline
    lead, second = paras[0], paras[1]
    day = next((d for d in dates if lead[0] <= d.start < lead[1] and d.date and d.precision == "day"), None)
    opening = next((s for s in sents_of(doc) if second[0] <= s.start_char < second[1]), None)
    if day is None or opening is None:
        return
    lo, hi = opening.start_char, opening.end_char
    for i, e in enumerate(events):
        if e.date_source != "article" or e.event_type in _SAID or not lo <= e.trigger.start < hi:
            continue
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span is not None and span.root.tag_ in ("VBD", "VBZ"):
            events[i] = replace(e, date=day.date, date_precision="day", date_text=day.text, date_source="lead")


def _date_headlines(events: list[Event], regions: list[tuple[int, int, str]], dates: list[DateMention]) -> None:
    """A headline names no day; its news is the lead's: an undated headline event takes the first
    day-precise date of the lead paragraph ("Rebels shell market" / "... on Sunday")."""
    for start, end, lead in _headline_leads(regions):
        day = next((d for d in dates if lead[0] <= d.start < lead[1] and d.date and d.precision == "day"), None)
        if day is None:
            continue
        for i, e in enumerate(events):
            if start <= e.trigger.start < end and e.date_source != "sentence":
                events[i] = replace(e, date=day.date, date_precision="day", date_text=day.text, date_source="lead")


def _date_retold(events: list[Event], doc: Doc, *, related: Related) -> None:
    """An act that tells again a happening another sentence dated, with no day of its own, takes
    that telling's day (:func:`~eventwire.coding.restatements.retold_date`): one told with no time
    expression ("The ministry said one officer was killed", after "... on Saturday"), and one
    told in the past perfect under a reporting verb whose day is the only one its sentence gives
    ("announced on Friday its coast guard had boarded a trawler": Friday is when it was said)."""
    order = sorted(events, key=lambda e: e.trigger.start)
    for i, e in enumerate(events):
        reported = e.date_source == "sentence" and _reporter_dated(doc, e)
        if e.date_source != "article" and not reported:
            continue
        within = _within_act(doc, e)
        if within is not None:  # "wounded during the raid": the raid's day, never another telling's
            told = _act_named(doc, within, e, order)
            if told is not None and told.date and e.date and told.date < e.date:
                events[i] = replace(e, date=told.date, date_precision=told.date_precision,
                                    date_text=told.date_text, date_source="retold")  # fmt: skip
            continue
        anaphoric = _definite_act_noun(doc, e)
        told = retold_date(e, [o for o in order if o is not e], related=related, anaphoric=anaphoric, reported=reported)
        if told is not None:
            events[i] = replace(
                e, date=told.date, date_precision=told.date_precision, date_text=told.date_text, date_source="retold"
            )


def _reporter_dated(doc: Doc, e: Event) -> bool:
    """Whether the event's day is the day of the verb reporting it, its act told in the past
    perfect (:func:`~eventwire.coding.relative_dates.reported_past_perfect`): the day is not
    among the act's own words, from its subject or its "had" on ("said on Tuesday they had seized
    a tanker", where the parser often hangs "on Tuesday" on "seized")."""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    clause = reported_past_perfect(span.root) if span is not None else None
    if clause is None or not e.date_text:
        return False
    opening = [c.left_edge for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")]
    lo = min(t.idx for t in [*opening, clause])
    hi = clause.right_edge.idx + len(clause.right_edge.text)
    return e.date_text not in doc.text[lo:hi]


# Grammar: determiners that point a noun back at what the text told before ("the marches").
_POINTING_BACK = frozenset({"the", "this", "that", "these", "those"})


# Grammar: prepositions that set an act within another ("wounded during the raid").
_WITHIN = frozenset({"during", "amid", "throughout"})


def _within_act(doc: Doc, e: Event) -> Token | None:
    """The definite noun of a "during the raid" phrase on the event's trigger: the act happened
    within the act that noun names, so its day is that act's, or None."""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None:
        return None
    for prep in children_of(span.root):
        if prep.dep_ != "prep" or prep.lower_ not in _WITHIN:
            continue
        for noun in children_of(prep):
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in children_of(noun)
            ):
                return noun
    return None


def _act_named(doc: Doc, noun: Token, e: Event, order: list[Event]) -> Event | None:
    """The nearest act told before ``e``, in a sentence of its own that gives it a day, whose
    trigger word is the act ``noun`` names ("raided ... on Saturday" for "during the raid")."""
    lemma = noun.lemma_.lower()
    for o in reversed([o for o in order if o.trigger.start < e.trigger.start]):
        if o.sentence.start == e.sentence.start or o.date_source != "sentence" or o.date_precision != "day":
            continue
        span = doc.char_span(o.trigger.start, o.trigger.end, alignment_mode="expand")
        if span is not None and span.root.lemma_.lower() == lemma:
            return o
    return None


def _definite_act_noun(doc: Doc, e: Event) -> bool:
    """Whether the event's trigger is a noun for the act that points back at one told before ("the
    marches", "these attacks")."""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" and c.lower_ in _POINTING_BACK for c in children_of(span.root))
