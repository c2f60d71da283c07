"""From a found event to its :class:`~eventwire.record.Event` record.

``build_event`` fills the record: trigger and sentence spans, the event's date, its parties (a
domestic kind of party named without a country belongs to the place of the event, else to the
country the article is about; a state named as a party to a political act is its government),
its location, the CAMEO code of its category and mode with the Goldstein score, contexts,
auxiliary modes, attribution and confidence. ``cue_contexts`` and ``article_contexts`` read the
contexts that cue words signal in a sentence and through an article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ..knowledge.actors import default_kb
from ..knowledge.gazetteer import Gazetteer
from ..knowledge.lexicon import Cues, load_word_classes
from ..knowledge.lexicon import words as lexicon_words
from ..knowledge.ontology import QUAD_CLASS, cameo_to_plover, goldstein, plover_score
from ..knowledge.ontology.plover import MODES
from ..record import Actor, ArticleInfo, Aux, Cameo, DateMention, Event, Place, TextSpan
from ..text.article import Article
from .arguments import ringing_phrases, site_hit
from .cameo_content import refine_code
from .constructions import JOINT_ATTACK
from .factuality import able, alleged, asked, bound_to, considered, denied, punditry
from .fallback import ROOT_CAMEO
from .location import (
    clause_heads,
    clause_place,
    event_location,
    filed_from_abroad,
    gerund_matter,
    nearest_clause_items,
    posted_abroad,
)
from .meetings import HOST_AS_RECIPIENT, bloc_meeting, meeting_mode, meeting_sides, own_clause_country
from .mentions import STATELESS_OWNER
from .refugees import abroad
from .relative_dates import (
    bounds_demanded_act,
    in_clause,
    onset_clause,
    relative_months,
    relative_offset,
    set_after,
    since_a_benchmark,
    since_another_clause,
)
from .syntax import children_of, lemmas_of, lowers_of, token_at, tokens_of
from .timex import pick_event_date
from .triggers import Found, _dobj

# CAMEO codes of the modes of threats and requests.
_CAMEO_BY_MODE = {
    ("THREATEN", "violence"): "138",
    ("THREATEN", "restrict"): "1312",
    ("THREATEN", "arrest"): "137",
    ("THREATEN", "relations"): "1313",
    ("REQUEST", "yield"): "025",
    ("REQUEST", "meet"): "026",
    ("REQUEST", "assist"): "023",
    ("REQUEST", "change"): "024",
}
# Sectors of a state's forces.
_ARMED_SECTORS = frozenset({"MIL", "COP"})

# Events that, with no named target, are directed at the actor's own country.
_DOMESTIC: set[object] = {"PROTEST", "COERCE", "CONCEDE", ("RETREAT", "resign"), ("ACCUSE", "investigate")}
# Sectors of parties that belong to no one country.
_TRANSNATIONAL = {"IGO", "NGO", "HRI", "MNC", "IMG", "INT", "UNO"}
# Words that mark a party as foreign to the place where it acts.
_FOREIGN_WORDS = lexicon_words("foreign_party_words")
# Offices a state keeps for its dealings abroad: "foreign" in their names marks no foreign party
# ("the foreign ministry", "the foreign minister").
_FOREIGN_OFFICES = re.compile(r"\bforeign (?:ministry|minister|office|secretary|affairs|service)\b")
# Words that make a phrase several parties, of no one country.
_MANY_WORDS = lexicon_words("many_party_words")
_KEEPING_VERBS = lexicon_words("keeping_verbs")
# Who speaks for a state ("leader", "minister", "counterpart"): "both leaders" are of two states.
_STATE_VOICES = load_word_classes()["visitor"]
# Nouns whose plural names several states ("Pacific nations", "neighbouring countries").
_STATE_NOUNS = frozenset({"nations", "countries"})
# Determiners of free choice, and the singular nouns of a state: "any country" is whichever
# state it may be, of no one country.
_FREE_CHOICE = frozenset({"any", "every", "each"})
# Nouns for the members of a body, and the words that may go before them without naming the body.
_MEMBER_NOUNS = frozenset({"members", "member"})
_MEMBER_DETERMINERS = frozenset({"the", "all", "some", "several", "many", "most", "other", "both", "each", "every"})
_STATE_NOUN = frozenset({"country", "nation", "state"})
# Adjectives of world regions ("Pacific leaders"): with a plural state voice, several states.
_REGION_ADJECTIVES = lexicon_words("region_adjectives")
# Sectors whose plural is several parties rather than several people.
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "IGO", "PTY", "OPP"})
# Bodies through which a state acts: a count of them is a count of states ("the two armies").
_STATE_BODIES = load_word_classes()["state_body"]
# World regions of several states: a body named for one is of none of them.
_REGIONS = frozenset({"africa", "asia", "europe", "america", "americas", "caribbean", "balkans", "sahel", "gulf"})
# Bodies a state has only one of: their plural is of several states ("the juntas").
_SOLE_BODIES = frozenset({"government", "administration", "regime", "junta", "army", "navy", "parliament", "cabinet"})

# Categories and modes whose events are legal proceedings or law enforcement.
_LEGAL_EVENTS: set[object] = {
    ("COERCE", "arrest"),
    ("SANCTION", "convict"),
    ("ACCUSE", "investigate"),
    ("COERCE", "deport"),
}


def cue_contexts(sent: Span, cues: Cues) -> list[str]:
    """The contexts the sentence's cue words signal (by lemma, else by form), in text order."""
    cue = cues.contexts
    lemmas, lowers = lemmas_of(sent), lowers_of(sent)
    if cue.keys().isdisjoint(lemmas) and cue.keys().isdisjoint(lowers):
        return []  # most sentences hold no cue word: tested in one pass, word by word in none
    found = (cue.get(lemma) or cue.get(lower) for lemma, lower in zip(lemmas, lowers))
    return [ctx for ctx in found if ctx]


def article_contexts(sents: list[Span], cues: Cues) -> tuple[str, ...]:
    """Contexts whose cue words recur through the article (in three sentences or more)."""
    counts: dict[str, int] = {}
    for s in sents:
        for ctx in set(cue_contexts(s, cues)):
            counts[ctx] = counts.get(ctx, 0) + 1
    return tuple(c for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n >= 3)


def build_event(
    f: Found,
    sent: Span,
    text: str,
    dates: list[DateMention],
    places: list[tuple[Place, bool, int]],
    dateline: Place | None,
    home: Place | None,
    article: Article,
    info: ArticleInfo,
    dominant_contexts: tuple[str, ...] = (),
    *,
    cues: Cues,
    gazetteer: Gazetteer,
    coder_info: dict[str, str],
    visitors: frozenset[str] = frozenset(),
) -> Event:
    """The :class:`Event` record of a found event: trigger and sentence spans, date, parties
    (placed in a country where the sentence or article says), location, CAMEO code and Goldstein
    score, contexts, auxiliary modes, attribution and confidence."""
    t0, t1 = f.start_tok.idx, f.end.idx + len(f.end.text)
    if f.start_tok.i > f.end.i:
        t0, t1 = f.end.idx, f.start_tok.idx + len(f.start_tok.text)
    trig = TextSpan(text[t0:t1], t0, t1)
    # the date of the event's own clause (or of a clause governing it), never of another clause
    published = article.published
    if published is not None and f.token.tag_ == "VBD":
        # an act told in the past tense is not dated by a day still to come ("accused the police
        # and called a strike for Friday": Friday is the strike's)
        dates = [d for d in dates if not _after(d, published)]
    # a relative clause in the past tense tells what its noun's party did, on a day of its own
    # ("the minister, who signed the deal, spoke on Monday"), unless it is the scene of its noun
    placed = _placed_dates(f.token, sent, dates)
    partner = _past_partner(f.token)
    if partner:
        # "seized two nurses on Sunday and are demanding a ransom": the day is the seizure's; the
        # demand, told in the present, is the news of the day the article tells it
        placed = [(d, i) for d, i in placed if i not in partner]
    here = nearest_clause_items(f.token, placed, through_relatives=f.token.tag_ != "VBD")
    onset = onset_clause(f.token)
    if onset is not None and not nearest_clause_items(f.token, placed, governing=False):
        # "have detained 200 since the unrest erupted on Sunday": the day it set off, rather
        # than the day of a reporting clause
        here = [d for d, i in placed if in_clause(i, onset)] or here
    date = pick_event_date(here, trigger_start=t0)
    if date is not None and date.date and date.precision in ("month", "year") and f.token.dep_ == "conj":
        wider = nearest_clause_items(f.token, [(d, i) for d, i in placed if d not in here])
        date = _finer_day(date, wider) or date
    if date is not None and date.date:
        d, prec, dtext, dsrc = date.date, date.precision, date.text, "sentence"
        if (
            f.future_time
            and published is not None
            and prec == "day"
            and _BARE_WEEKDAY.fullmatch(date.text or "")
            and _in_own_clause(sent.doc[_token_at_char(sent, date.start)], f.token)
        ):
            # "will travel to Moscow on Thursday": the coming Thursday, not the last one
            day = dt.date.fromisoformat(d)
            if day < published:
                d = (day + dt.timedelta(days=7)).isoformat()
        anchor = set_after(f.token)
        if anchor is not None and prec == "day" and _BARE_WEEKDAY.fullmatch(date.text or ""):
            # "recalled its envoy on Thursday after Togo expelled on Tuesday two diplomats": the
            # Tuesday before that Thursday, not the one before publication
            later = pick_event_date(nearest_clause_items(anchor, placed), trigger_start=anchor.idx)
            if later is not None and later.precision == "day" and later.date and later.date < d:
                day, bound = dt.date.fromisoformat(d), dt.date.fromisoformat(later.date)
                d = (day - dt.timedelta(days=7 * -(-(day - bound).days // 7))).isoformat()
        ahead = f.future or f.future_time or _told_ahead(f.token) or _intended_now(f.token, cues)
        bare_month = prec == "month" and not re.search(r"\d", date.text) and int(d[:4]) < dt.MAXYEAR
        if ahead and published is not None and bare_month and d < published.isoformat()[:7]:
            # "would visit Moscow in August", told in July: the coming August, not the last one
            d = f"{int(d[:4]) + 1}{d[4:]}"
        if (ahead or _present_perfect(f.token)) and published is not None and _period_to_come(d, prec, published):
            # "will travel to Nairobi later this month": the promise is the news, made the day
            # the article tells it; the span it names is not the day of any act yet. So is an act
            # told in the present perfect within the span ("has barred the ship this week")
            d, prec = published.isoformat(), "day"
        offset = relative_offset(f.token)
        if offset is not None and prec == "day" and not _inside(date.start, offset[0]):
            # "on Monday, a day after gunmen killed five": the clause's own day, counted from the
            # day of the clause it is set against
            d = (dt.date.fromisoformat(d) + dt.timedelta(days=offset[1])).isoformat()
        months = relative_months(f.token)
        if months is not None and not _inside(date.start, months[0]):
            # "on Monday, a year after the massacre": the year before the clause's own
            d, prec = _months_on(d, months[1])
    elif published is not None and (months := relative_months(f.token)) is not None:
        # "a year after the massacre, families still wait": counted from the day of the news
        d, prec = _months_on(published.isoformat(), months[1])
        dtext, dsrc = None, "sentence"
    elif published is not None:
        d, prec, dtext, dsrc = published.isoformat(), "day", None, "article"
    else:
        d, prec, dtext, dsrc = None, None, date.text if date else None, "unresolved" if date else None
    historical = False
    if d and published and dsrc == "sentence":
        year = int(d[:4])
        historical = (
            year <= published.year - 2
            or (len(d) == 10 and (published - dt.date.fromisoformat(d)).days > 365)
            # "last year", "in March last year": a month or a year before the publication year
            # is background to the news
            or (prec in ("month", "year") and year < published.year)
        )
    if not historical and published is not None and dsrc != "sentence":
        historical = _in_past_decade(f.token, published)
    actors = [m.actor for m in f.actor]
    recipients = [m.actor for m in f.recipient if not any(_same_span(m.actor, a) for a in actors)]
    if f.event == "MOBILIZE":
        # the forces an actor sends or raises are what it mobilises, not whom it acts on
        obj = _dobj(f.token)
        if obj is not None:
            # the object with all it governs ("hundreds of militiamen")
            lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
            # but not the state they are massed around ("sent jets around the island")
            ringed = [(p.idx, p.right_edge.idx + len(p.right_edge.text)) for p in ringing_phrases(f.token)]
            recipients = [
                a
                for a in recipients
                if not (lo <= a.start < hi + 1 or a.start <= obj.idx < a.end)
                or any(r0 <= a.start < r1 for r0, r1 in ringed)
            ]
    # a party's own forces ("withdraw its troops", "sent their police") are what it moves, never
    # whom it acts on
    home_countries = {a.country for a in actors if a.country}
    recipients = [
        a
        for a in recipients
        if not (a.resolved_by == "owner_country" and a.sector in _ARMED_SECTORS and a.country in home_countries)
    ]
    if f.event == "AGREE" and "+future -> AGREE" in f.rule:
        # "said it would send officials to Quito": a promise's destination is where the promised
        # act would happen, not a party the promise is made to
        recipients = [a for a in recipients if not (a.resolved_by == "capital" and text[: a.start].endswith("to "))]
    party_spans = [(a.start, a.end) for a in actors + recipients]
    here = clause_place(f.token, places, party_spans, attack=f.event == "ASSAULT")
    domestic = f.event in _DOMESTIC or (f.event, f.mode) in _DOMESTIC
    if domestic and actors and actors[0].country and not abroad(actors[0]):
        # "police dispersed students": the target of a crackdown or a concession named
        # without a country is the actor's own people (before any wider guess); refugees
        # protest where they are, not in the country they come from
        recipients = [_located(a, actors[0].country, "domestic") for a in recipients]
    if here is None and home is not None and home.country:
        # a domestic kind of party named without a country ("police", "the authorities",
        # "protesters") belongs to the country the article is about, rather than to a country
        # other words of the sentence lend it ("urged the government to sue China")
        actors = [_located(_unlent(a), home.country, "article") for a in actors]
        recipients = [_located(_unlent(a), home.country, "article") for a in recipients]
    if here is not None:
        # a country only the sentence's other words lend ("people" beside "Chinese
        # authorities") gives way to the place the clause says the event happens; a domestic
        # kind of party named without a country acts where the event happens
        actors = [_located(_unlent(a), here.country, "event_location") if here.country else a for a in actors]
        recipients = [_located(_unlent(a), here.country, "event_location") if here.country else a for a in recipients]
    # a state named as a party to a political act acts through its government
    actors = [_as_state(a) for a in actors]
    recipients = [_as_state(a) for a in recipients]
    if f.event == "RETREAT":
        actors = [_through_its_forces(a, f.token) for a in actors]
    operation = f.entry.event == "ASSAULT" or f.rule.endswith(JOINT_ATTACK)
    if operation and f.token.pos_ == "NOUN" and f.mode not in _POLICING_MODES:
        actors = [_waging_an_operation(a) for a in actors]
    if domestic and actors and actors[0].country and not abroad(actors[0]):
        # "police detained six suspects": a crackdown's people named by a common noun alone
        # are the actor's own
        recipients = [_placed(_located(a, actors[0].country, "domestic"), actors[0].country) for a in recipients]
    verbal = _at_home(f.event, actors, f.mode)
    # an installation hit that nothing places ("drones struck a refinery") says nothing of where
    # the attack was: the attackers' forces may well strike abroad
    sites = {m.actor.start for m in f.recipient if site_hit(m, f.token.doc)}
    placing = [a for a in recipients if a.country or a.start not in sites]
    loc, _how = event_location(
        f.token, places=places, actors=actors, recipients=placing, dateline=dateline, gazetteer=gazetteer,
        hosted=f.event == "CONSULT", verbal=verbal, visitors=visitors, clause=(party_spans, here),
        attack=f.event == "ASSAULT",
    )  # fmt: skip
    if loc is not None and loc.country and (
        _how != "speaker" or (home is not None and home.country == loc.country)
    ):
        # a party named by a common noun alone ("six suspects", "both sides") is of the place
        # where the event happens, unless its words make it foreign there or several parties
        actors = [_placed(a, loc.country) for a in actors]
        addressed = _addresses_home(f.event, verbal, _how, actors)
        recipients = [a if addressed and a.resolved_by == "generic" else _placed(a, loc.country) for a in recipients]
    if _addresses_home(f.event, verbal, _how, actors) and home and home.country:
        # "the U.S. ambassador urged all sides to...": the sides addressed are those of the
        # country the article is about, not of the speaker's home where the statement is placed
        # nor of wherever an envoy speaks from
        recipients = [_placed(a, home.country) for a in recipients]
    if filed_from_abroad(f.event, _how, dateline, home) and home is not None and home.country:
        # an attack or protest the dateline alone placed: in the country the article is about
        scene = gazetteer.country(home.country)
        if scene is not None:
            loc = replace(scene, text=None, start=None, end=None)
    if f.event == "ASSAULT" and _how == "clause" and loc is not None and loc.country:
        # a stateless armed group fights where the clause says it does ("shelled Islamic State
        # positions near Mosul"): of that country in this record
        actors = [_fighting_there(a, loc.country) for a in actors]
        recipients = [_fighting_there(a, loc.country) for a in recipients]
    if actors:
        # "the envoy urged members to...": members of no named body are the acting body's own
        recipients = [_members_of(a, actors[0]) for a in recipients]
    mode = f.mode if f.mode in MODES.get(f.event, ()) else None
    rule = f.rule
    if f.event == "CONSULT":
        # the visitor acts on the host; parties meeting as equals are all actors
        subject_side = actors
        met_in = own_clause_country(f.token, loc) if loc is not None and _how == "clause" else None
        actors, recipients = meeting_sides(
            lemma=f.entry.lemma, mode=mode, actors=actors, recipients=recipients, place_country=met_in
        )
        if recipients and recipients == subject_side:
            rule = f"{rule}{HOST_AS_RECIPIENT}"
        mode = meeting_mode(
            mode=mode,
            actors=actors,
            recipients=recipients,
            place_country=met_in,
        )
        mode, actors, recipients = bloc_meeting(mode=mode, actors=actors, recipients=recipients, doc=f.token.doc)
    # parties of several states named by a common noun ("both leaders", "Pacific nations") speak
    # for their governments (after placing, which leaves such parties of no one country)
    actors = [_governments_of_states(a) for a in actors]
    recipients = [_governments_of_states(a) for a in recipients]
    code = _CAMEO_BY_MODE.get((f.event, mode)) or f.entry.cameo
    if f.event != f.entry.event:
        code = {"AGREE": "030", "CONCEDE": "080", "THREATEN": "130", "PROTEST": "145"}.get(f.event, code)
    code = refine_code(f, code)  # the sub-code of what the act is about ("pledged economic aid": 0331)
    code = _of_category(code, f.event, mode)
    contexts = _contexts(f, sent, code, cues, dominant_contexts)
    gs = goldstein(code) if code else None
    conf = {
        "subject": 0.8,
        "passive_agent": 0.8,
        "object_control": 0.75,
        "possessor": 0.75,
        "by_agent": 0.8,
        "light_verb_subject": 0.7,
        "modifier": 0.65,
        "modified_noun": 0.65,
        "apposition_head": 0.6,
        "speaker": 0.7,
        "trigger_noun": 0.7,
        "between": 0.7,
        "nearest_left": 0.45,
    }.get(f.actor_how, 0.3)
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
            hypothetical=f.hypothetical
            or considered(f.token)
            or asked(f.token)
            or bound_to(f.token)
            or able(f.token),
            future=f.future,
            historical=historical,
            denied=denied(f.token, own_lemma=f.entry.lemma),
            alleged=alleged(f.token, own_lemma=f.entry.lemma) or punditry(f.token),
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
        coder=coder_info,
        confidence=min(conf, 0.99),
        rule=rule,
    )


# The CAMEO code of a category and mode, for a record whose code came from a reading of another
# category ("gave the envoy 72 hours to leave": not AID 070 but SANCTION expel 166).
_CAMEO_OF_MODE = {("SANCTION", "expel"): "166", ("COERCE", "deport"): "174", ("PROTEST", "riot"): "145"}


def _of_category(code: str | None, event: str, mode: str | None) -> str | None:
    """``code`` when CAMEO translates it to ``event``; else the code of the event's mode, else of
    its root, so that a record never carries a code of another PLOVER category."""
    try:
        if code is not None and cameo_to_plover(code)[0] == event:
            return code
    except ValueError:
        pass
    by_mode = _CAMEO_BY_MODE.get((event, mode)) or _CAMEO_OF_MODE.get((event, mode or ""))
    return by_mode or ("087" if event == "RETREAT" else ROOT_CAMEO.get(event, code))


def _contexts(f: Found, sent: Span, code: str | None, cues: Cues, dominant_contexts: tuple[str, ...] = ()) -> list[str]:
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
    out.extend(cue_contexts(sent, cues))
    out.extend(dominant_contexts)
    return list(dict.fromkeys(out))


# Grammar: prepositions that set an act inside a happening ("during Friday's rally").
_INSIDE_A_HAPPENING = frozenset({"during", "amid", "in", "at"})


def _scene_of(noun: Token, trigger: Token) -> bool:
    """Whether ``noun`` names the happening the trigger's act took place in ("detained six people
    during Friday's rally"): the object of a preposition of being inside it, on the trigger; or
    the happening that did the act ("Sunday's raid killed eleven people")."""
    if noun.dep_ == "nsubj" and noun.head.i == trigger.i:
        return True
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in _INSIDE_A_HAPPENING
        and noun.head.head.i == trigger.i
    )


_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


def _dates_another_noun(sent: Span, date: DateMention, trigger: Token) -> bool:
    """Whether ``date`` is a possessive that dates a noun other than the trigger ("under the
    terms of last week's truce", "ahead of Sunday's vote"), or a year set before such a noun ("the
    2015 nuclear deal"): the day of that thing, not of the act ("Tuesday's raid" still dates the
    raid, and "during Friday's rally" the act done in it)."""
    for t in tokens_of(sent):
        if date.start <= t.idx < date.end and t.dep_ == "poss" and any(c.dep_ == "case" for c in children_of(t)):
            return t.head.i != trigger.i and not _scene_of(t.head, trigger)
        if date.start <= t.idx < date.end and _year_of_noun(date, t):
            # "the 2015 nuclear deal" dates the deal; "since Iraq's 1990 invasion" the span it opens
            noun = t.head
            return noun.i != trigger.i and not _scene_of(noun, trigger) and not _opens_span(noun)
    return False


def _year_of_noun(date: DateMention, t: Token) -> bool:
    """Whether ``date`` is a bare year set before a noun as its modifier ("the 2019 bombing")."""
    return (
        _YEAR_ALONE.fullmatch(date.text or "") is not None
        and t.dep_ in ("nummod", "compound", "amod", "npadvmod", "nmod")
        and t.head.i > t.i
        and t.head.pos_ in ("NOUN", "PROPN")
    )


# Grammar: prepositions that set an act going from a happening ("since", "after", "following").
_FROM_A_HAPPENING = frozenset({"since", "after", "following"})


def _opens_span(noun: Token) -> bool:
    """Whether ``noun`` is the happening an act is told as following ("closed since the 1990
    invasion", "imposed an embargo after the 1989 crackdown"): its year is the act's year too."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _FROM_A_HAPPENING


def _past_keeping(tok: Token) -> int:
    """The index of the token a date is told on, lifted out of a participle of keeping that the
    parser hung it on ("seized two nurses at a mission hospital run by nuns on Sunday": the day is
    the seizure's, since whose the clinic is has no day): the noun that participle describes."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            keeping = cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.lemma_ in _KEEPING_VERBS
            if keeping and any(c.dep_ == "agent" for c in cur.children):
                return cur.head.i
            break
    return tok.i


def _past_partner(trigger: Token) -> set[int]:
    """Token indices of the past-tense clause that the trigger's clause, told in the present with
    an auxiliary of its own ("are demanding", "has invited"), is coordinated with; else empty."""
    head = clause_heads(trigger)[0]
    if head.dep_ != "conj" or head.head.tag_ != "VBD":
        return set()
    if not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in head.children):
        return set()
    inner = {t.i for t in head.subtree}
    return {t.i for t in head.head.subtree} - inner


def _placed_dates(trigger: Token, sent: Span, dates: list[DateMention]) -> list[tuple[DateMention, int]]:
    """The sentence's dates that may date the trigger's act, each with the token it counts from
    (:func:`_past_keeping`): not a date of another noun, of the matter of a charge ("accused the
    army of shelling a village on Monday": the shelling's day), of another clause's start, of a
    benchmark or of a demanded act's bound. Each date's token is found once."""
    if not dates:
        return []
    matter = gerund_matter(trigger)
    out = []
    for d in dates:
        if _dates_another_noun(sent, d, trigger):
            continue
        i = _token_at_char(sent, d.start)
        if i in matter:
            continue
        tok = token_at(sent.doc, i)
        if since_another_clause(tok, trigger) or since_a_benchmark(tok) or bounds_demanded_act(tok, trigger):
            continue
        out.append((d, _past_keeping(tok)))
    return out


def _token_at_char(sent: Span, char: int) -> int:
    """The index of the token of ``sent`` that holds character ``char`` (else the next one)."""
    for t in tokens_of(sent):
        if t.idx + len(t.text) > char:
            return t.i
    return sent.end - 1


def _same_span(a: Actor, b: Actor) -> bool:
    return a.start < b.end and b.start < a.end


# A weekday named alone ("on Thursday", "Thursday morning"): its week is the tense's.
_BARE_WEEKDAY = re.compile(
    r"(?i)(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)


def _at_home(event: str, actors: list[Actor], mode: str | None = None) -> bool:
    """Whether the act is done where its actor is when no clause says where: statements,
    demands and accusations, sanctions, and arrests, bans or releases of captives by a state's
    own organs ("Iran freed two sailors": where they were held)."""
    if QUAD_CLASS[event] in (1, 3) and event != "CONSULT":
        return True
    if event == "SANCTION":
        return True
    # a release of captives by the state's organs undoes an arrest, where the captives were held
    by_organs = (event == "COERCE" or (event, mode) == ("RETREAT", "release")) and bool(actors)
    return by_organs and all(a.sector in _HOME_ORGANS for a in actors)


def _addresses_home(event: str, verbal: bool, how: str, actors: list[Actor]) -> bool:
    """Whether the unnamed parties an act is addressed to are of the country the article is
    about rather than of the place the act is set in: a statement, demand or contact placed
    only by its actor's home ("Qatar kept in touch with both sides") or by wherever an envoy
    speaks from is addressed to the parties of the story."""
    if how == "domestic" and (verbal or event == "CONSULT"):
        return True
    return verbal and how != "clause" and posted_abroad(actors)


# Organs of a state that coerce at home (its police, courts and government).
_HOME_ORGANS = frozenset({"COP", "JUD", "GOV"})


def _months_on(d: str, months: int) -> tuple[str, str]:
    """The date ``months`` from the date ``d`` (ISO, any precision), to the month, or to the year
    for a count of whole years ("a year after": the year before)."""
    year, month = int(d[:4]), int(d[5:7]) if len(d) >= 7 else 1
    index = min(max(year * 12 + month - 1 + months, dt.MINYEAR * 12), dt.MAXYEAR * 12 + 11)
    if months % 12 == 0:
        return f"{index // 12:04d}", "year"
    return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"


def _inside(char: int, clause: Token) -> bool:
    """Whether character ``char`` lies in the words of ``clause``."""
    toks = list(clause.subtree)
    return toks[0].idx <= char < toks[-1].idx + len(toks[-1].text)


def _finer_day(coarse: DateMention, wider: list[DateMention]) -> DateMention | None:
    """A day of the clause an act is coordinated with that falls in the month or year the act's
    own clause names ("burned a school on Sunday and shot a teacher, the third such attack this
    month": the shooting is Sunday's). Only for coordinated acts: "have killed 40 this year, the
    army said on Monday" stays a killing of this year."""
    return next((d for d in wider if d.precision == "day" and d.date and d.date.startswith(coarse.date or "-")), None)


def _after(mention: DateMention, published: dt.date) -> bool:
    """Whether the mention's date lies wholly after the publication day: a day, week, month or year
    that starts after it ("a strike for Friday" called on a Wednesday, "a summit in 2030")."""
    d = mention.date
    if not d:
        return False
    if mention.precision == "week":
        return dt.date.fromisoformat(d) > published
    return d > published.isoformat()[: len(d)]


def _period_to_come(d: str, precision: str | None, published: dt.date) -> bool:
    """Whether the date ``d`` is a week or a month that has not ended by the publication day
    ("this week", "next month", "by mid-March"): a span still open when the article is told."""
    if precision not in ("week", "month"):
        return False
    if precision == "week":
        return (published - dt.date.fromisoformat(d)).days <= 6  # (no date arithmetic at the calendar's ends)
    return d >= published.isoformat()[:7]


def _clause_auxiliaries(trigger: Token) -> list[Token]:
    """The auxiliaries of the trigger's clause, or of the clause it is coordinated with when it
    has none of its own ("have barred ... and asked": "asked" borrows "have")."""
    head = clause_heads(trigger)[0]
    while head.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        head = head.head
    return [c for c in head.children if c.dep_ in ("aux", "auxpass")]


def _present_perfect(trigger: Token) -> bool:
    """Whether the trigger's clause is told in the present perfect ("has expelled", "have
    barred ... and asked")."""
    return any(c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in _clause_auxiliaries(trigger))


def _told_ahead(trigger: Token) -> bool:
    """Whether the trigger's clause is told with a modal of the future ("will send", "said it
    would send"), even where the promise itself is coded as made."""
    return any(c.lower_ in _AHEAD_MODALS for c in _clause_auxiliaries(trigger))


# A decade ("the 1990s"): the tagger keeps it one token.
_DECADE = re.compile(r"(1[5-9]|20)\d0s")


def _in_past_decade(trigger: Token, published: dt.date) -> bool:
    """Whether the trigger's own clause sets the act in a decade over before the news ("seized the
    town in the 1990s"): background, as a year two years back is."""
    for t in trigger.sent:
        if _DECADE.fullmatch(t.text) and int(t.text[:4]) + 10 <= published.year - 1 and _in_own_clause(t, trigger):
            return True
    return False


def _intended_now(trigger: Token, cues: Cues) -> bool:
    """Whether the trigger is what a party plans, is due or is set to do, told in the present ("the
    ministers are due to meet in June", "plans to visit Kabul in May"): an act still to come, so a
    bare month it names is the coming one. Told in the past ("planned to meet in June"), it may be
    over."""
    head = trigger.head
    if trigger.dep_ != "xcomp" or head.i == trigger.i or head.lemma_.lower() not in cues.intent_future:
        return False
    tensed = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass", "cop"))]
    if head.dep_ == "acomp":
        tensed.append(head.head)  # "are due to": the tense is the copula's
    return any(t.tag_ in ("VBZ", "VBP") for t in tensed) and not any(t.tag_ in ("VBD", "MD") for t in tensed)


# Grammar: the modals of a clause told ahead of its time.
_AHEAD_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})


def _in_own_clause(tok: Token | None, trigger: Token) -> bool:
    """Whether ``tok`` hangs on the trigger without another verb between them."""
    cur, hops = tok, 0
    while cur is not None and hops < 8:
        if cur.i == trigger.i:
            return True
        if cur.pos_ in ("VERB", "AUX") and hops:
            return False
        if cur.head.i == cur.i:
            return False
        cur, hops = cur.head, hops + 1
    return False


def _as_state(a: Actor) -> Actor:
    """``a``, a bare country name or a pronoun standing for one, as its government ("Vietnam
    agreed", "Denmark said it would...": the state)."""
    how = a.resolved_by or ""
    if (how in ("country", "country+article") or how.endswith(":country")) and a.sector is None:
        return replace(a, sector="GOV", resolved_by=f"{how}+state")
    return a


def _through_its_forces(a: Actor, trigger: Token) -> Actor:
    """``a``, a state that pulls back forces the clause names as what it moves ("Norway withdrew
    its last soldiers", "Chile brought its marines home"), as its military: the withdrawal is the
    forces' own act, not a government's political retreat ("Norway withdrew its objection")."""
    if a.sector != "GOV" or not (a.resolved_by or "").endswith("+state"):
        return a
    obj = _dobj(trigger)
    kb = default_kb()
    if obj is None or "MIL" not in (kb.agent_sector(obj.lemma_.lower()), kb.agent_sector(obj.lower_)):
        return a
    return replace(a, sector="MIL", resolved_by=f"{a.resolved_by}+forces")


def _waging_an_operation(a: Actor) -> Actor:
    """``a``, a state named as the party to an armed operation the text names by a noun ("launched
    air strikes", "began an offensive", "the invasion by X"), as its military: an operation is
    its armed forces' act. A verb ("X fired on", "X recaptured") keeps the state as such."""
    if a.sector != "GOV" or not (a.resolved_by or "").endswith("+state"):
        return a
    return replace(a, sector="MIL", resolved_by=f"{a.resolved_by}+operation")


def _unlent(a: Actor) -> Actor:
    """``a`` without a country that only the sentence's context lent it."""
    if a.country is not None and (a.resolved_by or "").endswith("+context"):
        return replace(a, country=None, resolved_by=(a.resolved_by or "")[: -len("+context")])
    return a


def _placed(a: Actor, country: str) -> Actor:
    """``a``, a party named by a common noun alone, placed in ``country`` (the event's)."""
    if a.country is not None or a.kb_id or a.resolved_by != "generic" or _part_of_a_body(a):
        return a
    if _foreign(a.text) or _of_several_states(a.text):
        return a
    return replace(a, country=country, resolved_by="generic+event_location")


def _members_of(a: Actor, body: Actor) -> Actor:
    """``a``, members named by no body ("members", "all members"), as members of ``body``, the other
    party: of its country, none when it has none (an envoy of the UN urging members), rather than
    of the place where the event happens."""
    if a.kb_id or not (a.resolved_by or "").startswith("generic") or not _bare_members(a.text):
        return a
    return replace(a, country=body.country, resolved_by="generic+other_party")


def _bare_members(text: str) -> bool:
    """Whether a phrase names members and no body they belong to: its head is "members" and every
    word before it a determiner or a count ("the members", "five members"; not "party members")."""
    words = text.lower().split()
    if not words or words[-1] not in _MEMBER_NOUNS:
        return False
    return all(w in _MEMBER_DETERMINERS or w.replace(",", "").isdigit() for w in words[:-1])


def _part_of_a_body(a: Actor) -> bool:
    """Whether ``a``, a party named by a common noun, is people a named body calls its own ("two of
    its staff" of a charity): of that body's country, none where it has none."""
    return a.resolved_by == "generic" and any(af.type == "part_of" for af in a.affiliations)


def _governments_of_states(a: Actor) -> Actor:
    """``a``, an unnamed party of several states ("the two countries", "both leaders"), as their
    governments: a state acting, or one who speaks for it, is its government. A phrase whose
    head is a plural noun for states ("more than forty countries", "Pacific nations") is one even
    when no agent noun resolved it."""
    if a.sector is not None or a.kb_id:
        return a
    how = a.resolved_by or ""
    words = a.text.lower().split()
    if how == "unresolved" and len(words) > 1 and _REGION_ADJECTIVES & set(words[:-1]):
        if words[-1].removesuffix("s") in _STATE_VOICES and words[-1].endswith("s"):
            return replace(a, sector="GOV")  # "Pacific leaders": those who speak for the region's states
    if not (how.startswith("generic") or (how == "unresolved" and _STATE_NOUNS & set(words[-1:]))):
        return a
    return replace(a, sector="GOV") if _of_several_states(a.text) else a


def _of_several_states(text: str) -> bool:
    """Whether a party's words name several states or those who speak for them ("both leaders",
    "the two foreign ministers", "Pacific nations"): of no one country, not even the event's."""
    words = text.lower().replace("-", " ").split()
    if _STATE_NOUNS & set(words) or (_FREE_CHOICE & set(words[:1]) and _STATE_NOUN & set(words)):
        return True
    return bool(_MANY_WORDS & set(words)) and any(w.removesuffix("s") in _STATE_VOICES for w in words)
# Modes of assault by which a state polices rather than fights (a water cannon, a beating).
_POLICING_MODES = frozenset({"crowd-control", "beat"})
# Sectors of armed groups outside any state's forces.
_ARMED_GROUPS = frozenset({"REB", "INS", "UAF"})


def _fighting_there(a: Actor, country: str) -> Actor:
    """``a``, a named armed group the knowledge base ties to no one state (a movement active in
    several), placed in ``country``, where the clause says it fights."""
    if a.country is not None or not a.kb_id or a.sector not in _ARMED_GROUPS:
        return a
    return replace(a, country=country, resolved_by=f"{a.resolved_by or 'kb'}+event_location")


def _foreign(text: str) -> bool:
    """Whether a party's words make it foreign to the place it acts in ("coalition aircraft")."""
    low = _FOREIGN_OFFICES.sub(" ", text.lower())
    return bool(_FOREIGN_WORDS & set(low.replace("-", " ").split()))


def _located(a: Actor, country: str, how: str) -> Actor:
    """``a`` with ``country`` when it is a domestic kind of party named without one."""
    if a.country is not None or a.sector is None or a.sector in _TRANSNATIONAL or a.kb_id or abroad(a):
        return a  # refugees and migrants are of no country that hosts them (``refugees``)
    if (
        _foreign(a.text)
        or (a.resolved_by or "").startswith("coreference:noun")
        or a.resolved_by == STATELESS_OWNER
        or _part_of_a_body(a)
        or (a.resolved_by or "").endswith("+foreign")
    ):
        # foreign to the place ("coalition aircraft"), or standing for a party named so before
        # ("a multinational force ... the force"), or the people of a body of no one state
        return a
    if _owned_by_states(a.text) or _sole_bodies(a.text):
        # "the two countries' border guards", "the juntas": the bodies of several states, of no one
        return a
    if _of_a_region(a.text):
        return a  # "the Press Union of West Africa": a body of a region of several states
    words = set(a.text.lower().replace("-", " ").split())
    if _MANY_WORDS & words and a.sector in _STATE_SECTORS and _counts_states(a.text):
        return a  # several parties ("the two governments"); "two senior officials" are two people
    return replace(a, country=country, resolved_by=f"{a.resolved_by or 'agent'}+{how}")


def _owned_by_states(text: str) -> bool:
    """Whether a party's possessor is a plural noun for states ("the two countries' intelligence
    services", "member nations' navies"): the bodies of several states, of no one country."""
    return any(w.endswith(("'", "’")) and w.rstrip("'’") in _STATE_NOUNS for w in text.lower().split())


def _of_a_region(text: str) -> bool:
    """Whether a party named by its kind is named for a world region ("the Lawyers' Council of East
    Africa", "a rights forum for Southeast Asia"): a body of several states, of no one."""
    _, sep, rest = text.lower().partition(" of ")
    if not sep:
        _, sep, rest = text.lower().partition(" for ")
    return bool(sep) and bool(_REGIONS & set(rest.replace("-", " ").split()))


def _sole_bodies(text: str) -> bool:
    """Whether a party's head is the plural of a body a state has only one of ("the juntas", "the
    governments", "both armies"): several states' bodies, where a plural like "the authorities"
    or "security forces" is one state's."""
    words = text.lower().split(" of ")[0].replace("-", " ").split()
    return bool(words) and words[-1].endswith("s") and _singular(words[-1]) in _SOLE_BODIES


def _counts_states(text: str) -> bool:
    """Whether a counted party's head names a body through which a state acts ("the two
    governments", "both armies"), so that the count is of states; a count of people or things
    ("both generals", "five members of the junta", "two drones") is of one state's."""
    head = text.lower().split(" of ")[0].replace("-", " ").split()[-1:]
    return any(_singular(w) in _STATE_BODIES for w in head)


def _singular(word: str) -> str:
    """A plural noun's singular, by its ending alone ("armies" -> "army", "juntas" -> "junta")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word.removesuffix("s")
