"""The events of one sentence: one sentence reports its main event.

Within a sentence:

* a trigger inside the complement, adjunct clause or modifier of another trigger is absorbed
  by it ("rejected a call for talks" is one REJECT; "helped X recapture" one AID) and lends it
  its mode and, when the outer event has none, its recipient; so is a bare verb coordinated
  with such an infinitive ("urged the council to release the prisoners and reopen the roads": one
  request, not a request and a concession);
* a trigger in a phrase or clause of time or cause ("after clashes", "because of fighting") or
  in a clause modifying a noun is background, dropped when the sentence has another event;
* events of the main predication (the root, reported clauses, their objects) win over others;
* an entry whose subject or object does not fit gives way to the lemma's next entry.

Auxiliary modes are :mod:`eventwire.coding.auxiliary`, the speaker rules
:mod:`eventwire.coding.speakers`, the clause tests :mod:`eventwire.coding.clauses`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..knowledge.lexicon import Cues, Lexicon, Trigger, load_word_classes
from ..knowledge.lexicon import words as lexicon_words
from . import constructions, factuality, fallback, judgements, precision, residual_modes
from .arguments import (
    THREAT_HELD_OVER,
    Arguments,
    civilian_protesters,
    civilians_by_default,
    counterparts_in_kind,
    harmed_workers_as_civilians,
    only_sites_hit,
    site_hit,
    threat_held_over,
)
from .auxiliary import _THREAT_LEMMAS, _THREAT_OF, aux_flags
from .clauses import (
    _BACKGROUND_MARKS,
    _CLAUSE_LINKS,
    _alongside,
    _background,
    _beyond_semicolon,
    _central,
    _predicate_trigger,
    _reported_relative,
    absolute_clause,
    accused_participle,
    accuser_of_party,
    first_of_pair,
    on_a_party,
    own_meeting,
    passive_party_relative,
    protest_in_scene,
    told_participle,
)
from .meetings import hosted_mode, remote_mode, told_mode
from .mentions import Mention, Mentions
from .quotes import QuoteFound
from .speakers import _OBLIGATION, speaker_of, speaker_rules
from .syntax import children_of, lemmas_of, lowers_of, sent_of, subtree_of, tokens_of
from .triggers import Found, _dobj, _lemma, _on_a_noun, _passive_subject, content_mode, entry_matches, match_triggers

# The mode a speech act takes, when nothing names one, from the category of the act it is about.
_CONTENT_DEFAULT_MODE = {
    "THREATEN": {"ASSAULT": "violence", "SANCTION": "restrict", "COERCE": "restrict"},
    "REQUEST": {"RETREAT": "yield", "CONSULT": "meet", "AID": "assist", "CONCEDE": "yield"},
    "REJECT": {"RETREAT": "yield", "CONSULT": "meet", "AID": "assist", "CONCEDE": "yield"},
}
# Acts whose announced intent ("vowed to strike") makes a commitment a threat.
_CONFLICT_CONTENT = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
# Verbs of asking for help: an act promised "if asked" or "if invited" is offered, not threatened.
_ASKING = frozenset({"ask", "request", "invite", "call"})


_DIPLOMATS = load_word_classes()["diplomat"]
_UTILITIES = load_word_classes()["utility"]
# Parties that act as crowds: the opposition, students, workers; civilians only when named as a
# crowd ("rioters", "protesters"), since settlers or villagers burning a house attack it.
_CROWD_SECTORS = frozenset({"OPP", "EDU", "LAB"})
_CROWD_NOUNS = lexicon_words("crowd_nouns")
_STORMING = frozenset({"storm", "ransack"})
# Grammar: words that count people ("hundreds gathered", "tens of thousands marched").
_PEOPLE_COUNTS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "tens"})
# Armed parties, of the state or outside it: their looting is plunder by force, not a riot.
_ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF"})
# Verbs that count an attack's dead or wounded ("two were killed and five wounded").
_CASUALTY_VERBS = frozenset(lexicon_words("claim_verbs_dead")) | frozenset(lexicon_words("claim_verbs_injured"))

def sentence_events(
    sent: Span, args: Arguments, mentions: Mentions, quote: QuoteFound | None, lexicon: Lexicon
) -> list[Found]:
    """The events one sentence reports: its triggers, absorbed into the events they complement,
    given modes, arguments and auxiliary flags, checked, plus the speaker rules' events; the
    main predication's events win over the scene-setting ones."""
    cues = lexicon.cues
    found = [
        Found(token=t, entry=e, event=e.event, mode=e.mode, end=end, start_tok=t, rule=e.rule)
        for t, e, end in match_triggers(sent, lexicon)
    ]
    fixed = precision.idiom_tokens(sent)
    found = [
        f
        for f in found
        if f.token.i not in fixed
        and not precision.inside_name(f.token)
        and not precision.generic(f.token)
        and not precision.speech_venue(f.token, cues.reporting)
        and not precision.natural_cause(f.token)
        and not precision.accident(f.token)
        and not precision.by_law(f.token)
        and not precision.against_an_ill(f.token)
        and not precision.question(f.token)
        and not precision.advice(f.token)
        and not precision.wanted(f.token)
        and not precision.in_date_or_number(f.token)
        and not precision.about_comment(f.token)
        and not precision.vote_share(f.token)
        and not precision.cause_or_detail(f.token)
        and not precision.standing_relation(f.token, f.event)
        and not precision.civilian_deployment(f.token, f.event)
        and not precision.standing_presence(f.token, f.event)
        and not precision.pressing_on(f.token)
        and not precision.strike_on_target(f.token, f.mode)
        and not precision.without(f.token)
        and not precision.opening_modifier(f.token)
        and not (precision.anaphor(f.token) and not f.entry.head)
        and not precision.published(f.token, f.mode)
        and not precision.rule_content(f.token)
        and not precision.prevalent(f.token)
        and not precision.in_a_state(f.token)
        and not precision.held_in_a_state(f.token, f.event)
        and not precision.where_things_meet(f.token, f.event)
        and not precision.possessor_only(f.token)
        and not precision.perpetrators_escape(f.token, f.entry.frame)
        and not precision.telling_offer(f.token)
        and not precision.shared_opinion(f.token)
        and not precision.support_level(f.token, f.event)
        and not precision.support_held(f.token, f.event)
        and not precision.lasting_span(f.token)
        and not precision.war_tally(f.token)
        and not precision.hosts_a_place(f.token, f.event)
        and not precision.role_description(f.token)
        and not precision.dismissal(f.token)
        and not precision.market_move(f.token)
        and not precision.game_score(f.token, f.event)
        and not precision.counted(f.token)
        and not precision.reputation(f.token)
        and not precision.in_fiction(f.token)
        and not precision.copular_comment(f.token)
        and not precision.sport_play(f.token, f.event)
        and not factuality.rebuts_claim(f.token)
    ]
    found += _model_found(sent, found, cues)
    unanswered = constructions.unanswered_acts(sent)
    found = [f for f in found if f.token.i not in {g.token.i for g in unanswered}] + unanswered
    found += constructions.unlisted_refusals(sent, {f.token.i for f in found}, cues.reporting)
    found += constructions.vowed_responses(sent, {f.token.i for f in found})
    found = [f for f in found if not constructions.idle(f.token)] + constructions.idle_refusals(sent)
    found += constructions.punitive_statements(sent, {f.token.i for f in found})
    found += constructions.listed_parties(sent, {f.token.i for f in found})
    opened = constructions.options_open(sent, {f.token.i for f in found})
    found = [f for f in found if f.token.i not in {g.token.i for g in opened}] + opened
    found += constructions.failed_outcomes(sent, found)
    found = constructions.refused_leave(sent, found)
    found += constructions.deeds_in_protest(sent, {f.token.i for f in found})
    found += constructions.joint_deeds(sent, {f.token.i for f in found}, cues.reporting)
    found += constructions.shared_drills(sent, {f.token.i for f in found})
    found = constructions.without_met_acts(found, constructions.met_with_measures(sent, found))
    passed = constructions.passed_sentences(sent) + constructions.kept_measures(sent)
    found = [f for f in found if not any(f.token.i in (g.token.i, g.end.i) for g in passed)] + passed
    faced = constructions.faced_penalties(sent, {f.token.i for f in found})
    found = [f for f in found if not any(f.token.i == g.end.i for g in faced)] + faced
    found += judgements.copular_judgements(sent, found, lexicon)
    found = constructions.deadlines(sent, found)
    found = constructions.given_speech(found)
    found = constructions.cessations(found)
    for f in found:
        _extend_start(f)
    by_tok = {f.token.i: f for f in found}
    for f in found:
        _absorb(f, by_tok, cues.reporting)
    for f in found:
        if f.event == "CONSULT" and f.absorbed_by is None:
            f.mode = told_mode(f.mode, [g.mode for g in found if g.absorbed_by is f and g.event == "CONSULT"])
            f.mode = hosted_mode(f.token, remote_mode(f.token, f.mode))
    live = [
        f
        for f in found
        if f.absorbed_by is None and (not precision.in_purpose(f.token) or constructions.remit(f))
    ]
    sent_mentions = mentions.sentence_mentions(sent)
    for f in live:
        constructions.expulsion_by_order(f, _DIPLOMATS)
        constructions.sentence_by_order(f)
        constructions.deployment_by_order(f)
        constructions.expulsion_by_deadline(f, _DIPLOMATS)
        penalty = constructions.ultimatum(f)
        for g in live:
            if penalty is not None and g.token.i == penalty.i:
                g.event = ""  # "or face arrest": the threatened penalty, not an arrest
        _modes(f, lexicon, by_tok.get(f.content.i) if f.content is not None else None)
        args.fill(f)
        if not f.recipient and on_a_party(f.token) and told_participle(f.token):
            # "freed the reporters detained last week": the people the participle is on were detained
            f.recipient = args.acted_on(f.token.head)
        if accused_participle(f.token) and ACCUSED_PARTICIPLE not in f.rule:
            f.rule += f" {ACCUSED_PARTICIPLE}"
        accuser = accuser_of_party(f.token) if not f.actor and accused_participle(f.token) else None
        if accuser is not None and args.acted_on(accuser):
            # "troops held two men accused of spying": who holds them on the charge accuses them
            f.actor, f.actor_how = args.acted_on(accuser), "accuser"
        blamed = factuality.blamed_party(f.token) if f.event != "ACCUSE" else None
        if blamed is not None and args.acted_on(blamed):
            f.actor, f.actor_how = args.acted_on(blamed), "blamed"  # the party blamed is its alleged doer
        accused = factuality.accused_party(f.token) if constructions.ALLEGED_DEED in f.rule and not f.actor else None
        if accused is not None and args.acted_on(accused):
            f.actor, f.actor_how = args.acted_on(accused), "blamed"  # "accused the navy of an attack"
        constructions.meeting_in_clause(f, lambda t: args.subject(t)[0], args.mentions_of)
        _withheld_is_no_party(f)
        constructions.protest_by_a_state(f)
        f.speaker = speaker_of(f.token, args, quote, cues)
        if not f.actor and f.speaker is not None and f.entry.frame == "speech" and f.actor_how != THREAT_HELD_OVER:
            f.actor, f.actor_how = [f.speaker], "speaker"
        judgements.settle(f, args)
        scene = (
            f.entry.pos == "NOUN" and _background(f.token) and not own_meeting(f.token, f.event, f.mode)
        ) or _standing_protest(f)
        if not scene and f.entry.frame != "flight":
            # "suspended its work after the attack": the subject of the main clause did not attack;
            # who flees is never who drove them out
            args.fallback_actor(f, sent_mentions)
        if not f.recipient or only_sites_hit(f, sent.doc):
            # "hit a fuel depot, killing two workers": those the participle counts were acted on
            _recipient_from_content(f, found, args)
        constructions.aid_carried(f)  # before the future makes a promise of it
        constructions.relief_deployment(f)
        constructions.measure_hits(f)
        if constructions.AID_CARRIED in f.rule and not f.recipient:
            # "would send ships carrying grain to Ostria": whom the aid goes to
            dest = constructions.carried_to(f.token)
            f.recipient = args.mentions_of(dest) if dest is not None else []
        constructions.force_offered(f)
        aux_flags(f, cues)
        constructions.penalty_threatener(f)
        constructions.unanswered_threatener(f, args.acted_on)
        constructions.options_speaker(f)
        constructions.settle_commitment(f)
        constructions.evaluation(f)
        constructions.warning(f, [g for g in found if g.absorbed_by is f], args.acted_on, set(by_tok))
        constructions.promised_concession(f, by_tok.get(f.content.i) if f.content is not None else None)
        constructions.promised_own_act(f, by_tok.get(f.content.i) if f.content is not None else None)
        constructions.agreed_measure(f, by_tok.get(f.content.i) if f.content is not None else None)
        constructions.not_ruled_out(f, by_tok.get(f.content.i) if f.content is not None else None)
        constructions.collapsed_talks(f)
        constructions.hosted_talks(f)
        constructions.rescue(f)
        constructions.entry_ban(f)
        constructions.launch_into_the_sea(f)
        constructions.machines_mobilised(f)
        constructions.vehicle_bomb(f)
        constructions.sent_home(f)
        punished = constructions.punitive_promise(f)
        if punished is not None and not f.recipient:
            # "vowed to hunt down the gunmen": the party to be punished is the one threatened
            f.recipient = args.acted_on(_dobj(punished) or _passive_subject(punished))
        # "would cease fire if the navy lifted its blockade": a commitment on a condition is addressed
        # to whoever must meet it
        f.recipient = args.party_told(f)
        f.recipient = args.conditioned_on(f)
        _fired_means(f, cues)
        _means_mode(f, cues)
        residual_modes.residual_mode(f)
    for f in live:
        if f.event == constructions.UNLISTED:
            f.event = ""  # no construction gave it a category: no event
    live = [f for f in live if _valid(f, args, sent_mentions, lexicon)]
    live.extend(speaker_rules(sent, args, quote, {f.token.i for f in found}, cues))
    # "will not resume talks unless the rebels free the hostages": the condition is a demand
    live.extend(
        constructions.demanded_conditions(
            sent, found, lambda t: args.subject(t)[0], args.acted_on, lambda t: _asked_mode(t, by_tok, cues)
        )
    )
    # what an obligation in reported speech asks for is its content, not a separate event
    asked = {t.i for f in live if f.entry is _OBLIGATION and f.content is not None
             for t in subtree_of(f.content if f.content.dep_ in ("ROOT", "ccomp") else f.content.head)}
    asked |= {f.content.i for f in live if constructions.DEMANDED_CONDITION in f.rule and f.content is not None}
    live = [f for f in live if f.entry is _OBLIGATION or constructions.DEMANDED_CONDITION in f.rule
            or f.token.i not in asked]
    live = _casualties_together(_without_echoes(live))
    live += [t for f in live if (t := constructions.prison_term(f)) is not None]
    live += [t for f in live if (t := constructions.joint_attack(f)) is not None]
    _protest_aims(live)
    _crowd_demands(live, found, args)
    _offers_to_those_met(live)
    _joint_targets(live)
    main = [
        f for f in live if not _background(f.token) or own_meeting(f.token, f.event, f.mode) or _standing_protest(f)
        or constructions.DEMANDED_CONDITION in f.rule or _held_over(f) or constructions.ALLEGED_DEED in f.rule
        or _blamed_act(f)
    ]
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
    reporting = cues.reporting
    subject_events = {
        g.absorbed_by.token.i
        for g in found
        if g.absorbed_by is not None
        and g.absorbed_by.token.dep_ == "nsubj"
        and g.absorbed_by.token.head.i == g.token.i
        and _central(g.token, reporting)
    }
    central = [
        f
        for f in live
        if f.entry is _OBLIGATION
        or constructions.DEMANDED_CONDITION in f.rule
        or f.token.i in subject_events
        or _central(f.token, reporting)
        or own_meeting(f.token, f.event, f.mode)
        or _standing_protest(f)
        or f.rule == judgements.QUOTED_JUDGEMENT  # the speaker's word on an act, wherever the act stands
        or _held_over(f)
        or constructions.ALLEGED_DEED in f.rule  # an accusation's deed stands where its accusation does
        or _blamed_act(f)
    ]
    kept = central if central else live
    # "violated the truce signed in May": a dated act told on the noun stands beside the main act,
    # never in its place
    kept += [f for f in live if told_participle(f.token) and f not in kept]
    kept += constructions.court_custody(kept)
    for f in kept:
        f.recipient = civilians_by_default(harmed_workers_as_civilians(f, sent.doc), sent.doc)
        counterparts_in_kind(f, sent.doc)
        if f.event == "PROTEST":
            f.actor = civilian_protesters(f.actor, sent.doc)
    return kept


def _asked_mode(tok: Token, by_tok: dict[int, Found], cues: Cues) -> str | None:
    """The REQUEST mode of the act ``tok`` asked for: its category's ("free the hostages":
    yield), else what its words name."""
    found = by_tok.get(tok.i)
    mode = _CONTENT_DEFAULT_MODE["REQUEST"].get(found.event) if found is not None else None
    return mode or content_mode(cues, "REQUEST", tok, tok)


def _withheld_is_no_party(f: Found) -> None:
    """A public service cut off is what is withheld, never the party it is withheld from ("shut
    down mobile internet in the province": the people it served are too many to name, and the
    internet is none of them); so is a service slowed or blocked ("slowed mobile internet")."""
    if f.event != "COERCE" or f.mode not in ("withhold", "censor"):
        return
    doc = f.token.doc
    f.recipient = [m for m in f.recipient if not (0 <= m.head < len(doc) and _lemma(doc[m.head]) in _UTILITIES)]


def _standing_protest(f: Found) -> bool:
    """A protest named as the time, cause or place of another act (see
    :func:`~eventwire.coding.clauses.protest_in_scene`): an event of its own."""
    return f.event == "PROTEST" and f.entry.pos == "NOUN" and not f.entry.as_actor and protest_in_scene(f.token)


def _model_found(sent: Span, found: list[Found], cues: Cues) -> list[Found]:
    """Clause heads no lexicon entry fired on, where the learned fallback names a category."""
    if fallback.default_model() is None:
        return []  # no model installed: the triggers' subtrees need not be walked
    covered = {t.i for f in found for t in subtree_of(f.token)} | {f.end.i for f in found}
    out = []
    for v, category, p in fallback.model_triggers(tokens_of(sent), covered, skip=cues.reporting):
        entry = Trigger(lemma=_lemma(v), pos="VERB", event=category, cameo=fallback.ROOT_CAMEO[category])
        rule = f"model: {_lemma(v)}/VERB -> {category} ({p:.2f})"
        out.append(Found(token=v, entry=entry, event=category, mode=None, end=v, start_tok=v, rule=rule))
    return out


# Attacks: what a blamed attack was done to is harmed, never blamed.
_ATTACK_EVENTS = frozenset({"ASSAULT"})


def _itself(m: Mention, actors: list[Mention], doc: Doc) -> bool:
    """Whether ``m`` names the same party as one of ``actors``: the same knowledge-base entry, or
    a pronoun of the same country and sector ("Kurti ... his demand")."""
    a = m.actor
    if a.kb_id and any(o.actor.kb_id == a.kb_id for o in actors):
        return True
    return (
        doc[m.head].pos_ == "PRON"
        and a.country is not None
        and any((o.actor.country, o.actor.sector) == (a.country, a.sector) for o in actors)
    )


def _recipient_from_content(f: Found, found: list[Found], args: Arguments) -> None:
    """The recipient of an absorbed event is the outer event's: "offered to hand over X to
    Britain", "threatened to break relations with Russia", "halted aid to Serbia"; an act on
    another act ("rejected calls by Belarus") is directed at that act's actor."""
    inner = sorted(
        (g for g in found if g.absorbed_by is f or _alleged_content(g, f)), key=lambda g: abs(g.token.i - f.token.i)
    )
    if f.entry.frame == "meet" and f.event in ("CONSULT", "AGREE"):
        # "met to discuss sanctions against Moscow": what a meeting is about is its topic, not a
        # party met; only the talks it holds ("held talks with the envoy") name whom it meets
        inner = [g for g in inner if g.entry.frame == "meet"]
    own = {m.head for m in f.actor}
    obj = _dobj(f.token) if f.entry.pos == "VERB" else None
    outer_background = _background(f.token)
    for g in inner:
        if _background(g.token) and not outer_background:
            continue  # "closed its borders because of fighting between X and Y": a cause, not a target
        if _in_relative(g.token, f.token):
            continue  # "visited the town, where gunmen killed ten villagers": it describes the town
        args.fill(g)
        if f.event in ("REQUEST", "PROTEST") and _nominal_release(g):
            # "demanded her release", "called for the release of six sailors": those freed are
            # not whom the demand (or a protest for it) is made of; only a "by" phrase names the captor asked
            rec = [m for m in g.actor if g.actor_how == "by_agent" and m.head not in own]
            if rec:
                f.recipient = rec
                return
            continue
        if obj is not None and (g.token.i == obj.i or (g.token.dep_ == "pobj" and g.token.head.head.i == obj.i)):
            # an act on another act ("rejected calls by X", "prevented a demonstration by
            # students") is directed at whoever performed that act, unless that is the actor
            # itself ("dropped its demand that Serbia...": the demand's own recipient below)
            rec = [m for m in g.actor if m.head not in own and not _itself(m, f.actor, f.token.doc)]
            if rec:
                f.recipient = rec
                return
        if f.event == "ACCUSE" and g.event in _ATTACK_EVENTS:
            # "condemned the attack on its embassy", "denounced the killing of aid workers":
            # those the act was done to are harmed, never the party blamed for it
            continue
        # an installation an attack hits is no party a demand or a protest is made to
        rec = [m for m in g.recipient if m.head not in own and not site_hit(m, f.token.doc)]
        if rec:
            f.recipient = rec
            return


# Rule name: a participle of accusing on the people it accuses, with their deed ("men accused of spying").
ACCUSED_PARTICIPLE = "+accusing participle on the people"


def _blamed_act(f: Found) -> bool:
    """An act a relative clause blames on a party ("a week after a car bombing that the government
    blamed on the rebels"): an alleged act of its own, wherever its phrase stands, as its blame is."""
    return f.event not in ("", "ACCUSE") and f.entry.pos == "NOUN" and factuality.blamed_party(f.token) is not None


def _alleged_content(g: Found, f: Found) -> bool:
    """Whether ``g`` is the deed the accusation ``f`` lays at a party's door: its content, though an
    event of its own (:func:`eventwire.coding.constructions.alleged_deed`)."""
    return constructions.ALLEGED_DEED in g.rule and f.content is not None and f.content.i == g.token.i


def _nominal_release(g: Found) -> bool:
    """Whether ``g`` is a release named by a noun ("her release", "the release of the crew"):
    its possessor and its "of" object are the captives, never its actor or a party asked."""
    return g.entry.pos == "NOUN" and g.entry.mode == "release"


def _in_relative(tok: Token, outer: Token) -> bool:
    """Whether ``tok`` sits in a relative clause on the way up to ``outer``."""
    cur, hops = tok, 0
    while cur.i != outer.i and cur.head.i != cur.i and hops < 8:
        if cur.dep_ == "relcl":
            return True
        cur, hops = cur.head, hops + 1
    return False


def _extend_start(f: Found) -> None:
    for c in children_of(f.token):
        if c.i < f.token.i and c.dep_ in ("compound", "amod") and _lemma(c) in f.entry.compound:
            f.start_tok = c if c.i < f.start_tok.i else f.start_tok


# Categories of what a protest's disruption reads as when told by its own verb ("shut down",
# "cut off", "closed"): a restriction or a cut, with no party doing it.
_DISRUPTIONS = frozenset({"COERCE", "SANCTION"})


def _protest_disrupts(subject: Found, f: Found) -> bool:
    """Whether ``f``, a verb of restriction or cut-off, tells what the protest its subject names
    did ("a general strike shut down the port", "the blockade has cut off fuel supplies to the
    capital"): the act is the protest (PLOVER PROTEST strike, obstruct), not a restriction of its
    own, and a strike is no party that restricts."""
    return (
        subject.event == "PROTEST"
        and subject.entry.pos == "NOUN"
        and not subject.entry.as_actor
        and subject.absorbed_by is None
        and f.event in _DISRUPTIONS
    )


def _absorb(f: Found, by_tok: dict[int, Found], reporting: frozenset[str]) -> None:
    clause = f.token.head if f.token.dep_ == "conj" and f.token.head.pos_ == "VERB" else f.token
    subj = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None) if f.entry.pos == "VERB" else None
    g0 = by_tok.get(subj.i) if subj is not None else None
    if g0 is not None and g0.event == f.event and g0.absorbed_by is None:
        f.absorbed_by = g0  # "air strikes killed ten people (and wounded two)": the strikes are the event
        return
    if g0 is not None and _protest_disrupts(g0, f):
        f.absorbed_by = g0  # "a transport strike shut down the buses": what the strike did is the strike
        return
    if f.entry.frame == "speech" and _participial_adjunct(f.token):
        return  # "blocked the website, accusing the broadcaster of lies": a second act of its own
    if _held_over(f):
        return  # "returned home despite threats of arrest": a threat defied, no part of the return
    outer = by_tok.get(f.token.head.i) if f.token.dep_ in ("nsubj", "nsubjpass") else None
    if outer is not None and constructions.UNANSWERED in outer.rule:
        return  # "the attack will not go unpunished": the attack happened; the threat answers it
    if _own_clause(f.token) or own_meeting(f.token, f.event, f.mode) or _standing_protest(f):
        return
    if f.event != "ACCUSE" and factuality.blamed_party(f.token) is not None:
        return  # "the bombing was blamed on separatists": an alleged act of its own beside the blame
    cur, hops, in_scene, describes = f.token, 0, False, False
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
        in_scene = in_scene or _scene(cur, dep)
        # a trigger in a clause on a noun tells what that thing went through ("rebuild schools
        # destroyed in the fighting"), not the act promised
        describes = describes or _on_a_noun(cur)
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
        asked = g.absorbed_by is not None and g.absorbed_by.entry.frame == "speech"  # g is a speech act's content
        if g.absorbed_by is not None:
            in_scene = in_scene or _on_the_way(g.token, g.absorbed_by.token, lambda t: _scene(t, t.dep_))
            describes = describes or _on_the_way(g.token, g.absorbed_by.token, _on_a_noun)
            g = g.absorbed_by
        if dep == "conj":
            if asked and _shares_infinitive(f.token):
                f.absorbed_by = g  # "urged the council to release the prisoners and reopen the roads": one request
            elif constructions.ALLEGED_DEED in g.rule and factuality.alleged_conjunct(f.token):
                f.rule += f" {constructions.ALLEGED_DEED}"  # "accused the army of shelling the town and killing..."
            return  # coordinated triggers are separate events
        if _joined_in(g, f, dep):
            g.event = ""  # "Qatar helped broker the truce": the helper takes part in the act it helps
            return
        # A trigger in a complement, an adjunct clause or a modifier of another trigger is part
        # of that event ("rejected a call for aid", "lifted the emergency imposed after
        # clashes", "helped X recapture"): the sentence reports the outer event.
        f.absorbed_by = g
        constructions.command(g, f)
        if (
            g.event == "AGREE"
            and g.entry.frame == "speech"
            and f.event in _CONFLICT_CONTENT
            and not constructions.agreed_measure_of(g.entry, f)
            and not _on_request(f.token)
            and g.content is None
            and not constructions.stopped(f.token)
            and not constructions.forsworn(f.token)
            and not describes
        ):
            # "vowed to strike", "ready to send troops": intent to use force is a threat; one
            # to act when asked ("ready to send troops if asked") is an offer
            g.event, g.mode = "THREATEN", _THREAT_OF.get(f.event, {}).get("", "violence")
            g.rule += f" +{f.event} content -> THREATEN"
        own_content = g.entry.absorb or dep not in ("advcl", "acl", "relcl")
        if g.content is None and own_content and not in_scene and not describes:
            g.content = f.token
            if g.mode is None and g.entry.mode is None:
                g.mode = _CONTENT_DEFAULT_MODE.get(g.event, {}).get(f.event)
        if constructions.alleged_deed(g, f):
            # "accused the militia of shelling the market": the content of the accusation, and an
            # alleged act of its own
            f.absorbed_by = None
            f.rule += f" {constructions.ALLEGED_DEED}"
        return


def _held_over(f: Found) -> bool:
    """A nominal threat told from the side of the party it is held over ("received death threats",
    "despite threats of arrest"): an event of its own wherever its phrase stands, never the
    content or the scene of the act beside it (:func:`eventwire.coding.arguments.threat_held_over`)."""
    return f.event == "THREATEN" and f.entry.pos == "NOUN" and threat_held_over(f.token) is not None


def _shares_infinitive(tok: Token) -> bool:
    """A bare verb coordinated with an infinitive, with no subject or auxiliary of its own ("to
    release the prisoners and reopen the roads"): the same "to" clause, so the same content."""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and tok.tag_ == "VB"
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(tok))
    )


def _joined_in(helping: Found, act: Found, dep: str) -> bool:
    """Whether ``helping`` is a verb of helping whose complement ``act`` is an act of another kind
    that no party is helped to do ("Qatar helped broker the truce", "Egypt helped mediate the
    talks"): the helper takes part in that act, which stands on its own, and gives no aid (a party
    helped, "helped the army recapture the town", keeps the aid)."""
    verb = helping.token
    return (
        helping.entry.frame == "help"
        and helping.event == "AID"
        and helping.entry.pos == "VERB"
        and dep in ("xcomp", "ccomp")
        and act.token.head.i == verb.i
        and act.event not in ("", "AID")
        and _dobj(verb) is None
        and not any(c.dep_ in ("dative", "iobj") for c in children_of(verb))
        and not any(c.dep_ == "nsubj" for c in children_of(act.token))
    )


def _on_request(act: Token) -> bool:
    """Whether ``act`` is made to depend on being asked for ("ready to send troops if asked",
    "would deploy if invited"): an offer of the act to whoever asks."""
    return any(
        c.dep_ == "advcl"
        and _lemma(c) in _ASKING
        and any(m.dep_ == "mark" and _lemma(m) in ("if", "when", "once") for m in children_of(c))
        for c in children_of(act)
    )


def _scene(clause: Token, dep: str) -> bool:
    """A clause of time or cause under another act is its scene, never what the act is about:
    "called for lower taxes as the government quit the pact" does not call for quitting."""
    return dep == "advcl" and any(c.dep_ == "mark" and _lemma(c) in _BACKGROUND_MARKS for c in children_of(clause))


def _on_the_way(tok: Token, top: Token, test: Callable[[Token], bool]) -> bool:
    """Whether a clause passing ``test`` lies on the way from ``tok`` up to ``top``."""
    cur, hops = tok, 0
    while cur.i != top.i and cur.head.i != cur.i and hops < 8:
        if test(cur):
            return True
        cur, hops = cur.head, hops + 1
    return False


# Grammar: finite verb tags.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


# Grammar: relative pronouns that can be a relative clause's subject.
_RELATIVES = frozenset({"who", "which", "that"})
# Grammar: the relative pronoun of persons and groups: its antecedent is a party, whose act the
# clause tells.
_PARTY_RELATIVE = "who"


def _own_clause(tok: Token) -> bool:
    """A verb that reports an act of its own beside another trigger rather than inside it: a
    finite verb the parser coordinated with an infinitive ("called on all sides to refrain from
    violence and urged the government to...": "urged" goes with "called"), or a clause with its
    own subject under "while" ("demanded his release, while Paris urged Moscow to free him"), or a
    relative clause on its object with a finite verb and a subject of its own ("refugees, whom
    the authorities blame for...")."""
    if tok.dep_ in _CLAUSE_LINKS and _beyond_semicolon(tok):
        return True
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ == "conj" and tok.tag_ in _FINITE and tok.head.tag_ == "VB":
        return True
    if told_participle(tok):
        return True  # "condemned the sanctions imposed by Brussels in May": the imposing is an act of its own
    if passive_party_relative(tok):
        return True  # "Ana Ruiz, who was detained on Friday, was charged...": two acts on one party
    if absolute_clause(tok):
        return True  # "exchanged fire, with each side blaming the other for...": its own act
    if _reported_relative(tok) and not any(
        c.dep_ == "nsubj" and c.lower_ in _RELATIVES and c.lower_ != _PARTY_RELATIVE for c in children_of(tok)
    ):
        # "an attack on the bridge, which Russia blamed on Ukraine": its own happening; so is what
        # a party named by "who" did ("fired at youths who hurled rocks": the youths attacked)
        return True
    if tok.dep_ in ("advcl", "ccomp") and first_of_pair(tok.head) is tok:
        return True  # "refugees protest ration cuts, reject the plan": two acts side by side
    return tok.dep_ == "advcl" and _alongside(tok, {_lemma(c) for c in children_of(tok) if c.dep_ == "mark"})


def _participial_adjunct(tok: Token) -> bool:
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in children_of(tok))


def _means_mode(f: Found, cues: Cues) -> None:
    """An attack without a mode takes the mode of the means its sentence names."""
    if f.event != "ASSAULT" or f.mode is not None:
        return
    sent = sent_of(f.token)
    lemmas = set(lemmas_of(sent)) | set(lowers_of(sent))
    for mode, words in cues.assault_means:
        if lemmas & words:
            f.mode = mode
            return


# Grammar: the verb of shooting any weapon; what it shoots names the means ("fired rockets").
_SHOOTING = frozenset({"fire"})


def _fired_means(f: Found, cues: Cues) -> None:
    """An attack told by "fire" takes the mode of the weapon it fires ("fired rockets at the town",
    "fired 60 cruise missiles and drones at power stations"): the verb's own firearms reading is
    only its default. The first object, or one of the objects it is coordinated with, that names a
    means decides; a reading of its own for the thing fired ("fired rubber bullets") stays."""
    if f.event != "ASSAULT" or f.token.pos_ != "VERB" or _lemma(f.token) not in _SHOOTING or f.entry.object:
        return  # an entry for what is fired ("fired tear gas": crowd control) keeps its own mode
    objs = [c for c in children_of(f.token) if c.dep_ in ("dobj", "nsubjpass")]
    objs += [c for o in objs for c in children_of(o) if c.dep_ == "conj"]
    # "fired dozens of rockets", "a salvo of missiles": what the count or the volley is of
    objs += [g for o in objs for p in children_of(o) if p.dep_ == "prep" and p.lower_ == "of" for g in children_of(p)]
    for o in objs:
        for mode, words in cues.assault_means:
            if _lemma(o) in words or o.lower_ in words:
                f.mode = mode
                return


def _force_named(trigger: Token, content: Token, table: dict[str, str]) -> bool:
    """Whether a word of force other than ``content`` stands in the threat's clause ("threatened to
    end the protests with military force")."""
    return any(t.i != content.i and table.get(_lemma(t)) == "violence" for t in subtree_of(trigger))


def _modes(f: Found, lexicon: Lexicon, content: Found | None = None) -> None:
    if f.entry.frame == "speech" and f.entry.mode is None:
        # a vow to pull back is no threat, whatever place its complement names
        retreat = bool(f.entry.needs_content) and constructions.promised_retreat(f.token, content)
        mode = None if retreat else content_mode(lexicon.cues, f.event, f.content, f.token)
        if (
            f.event == "THREATEN"
            and content is not None
            and content.event == "PROTEST"
            and (content.entry.pos == "NOUN" or _dobj(content.token) is None)
            and mode in (None, lexicon.cues.content_modes["THREATEN"].get(_lemma(content.token)))
            and not _force_named(f.token, content.token, lexicon.cues.content_modes["THREATEN"])
        ):
            # "threatened a nationwide strike", "threatened to walk out": PLOVER's restrict covers
            # strikes and boycotts; the word "strike" alone reads as force ("to strike the cities"),
            # and force named elsewhere stays force ("to end the protests with military force")
            mode = "restrict"
        if mode is None and f.event == "THREATEN" and f.entry.cameo == "139" and content is not None:
            # "set a deadline for the militias to disarm": an ultimatum's mode is what it demands
            mode = constructions.ultimatum_mode(content)
        if mode is not None:
            f.mode = mode
    if f.entry.needs_content and f.mode not in f.entry.needs_content:
        alt = next(
            (
                e
                for e in lexicon.candidates(f.entry.lemma, f.entry.pos)
                if not e.needs_content and entry_matches(f.token, e) is not None
            ),
            None,
        )
        if alt is not None:
            f.entry, f.event, f.mode, f.rule = (
                alt,
                alt.event,
                alt.mode or f.mode if alt.event == f.event else alt.mode,
                alt.rule,
            )
        else:
            f.event = ""


# Entity labels of names: a name the knowledge base does not hold still names a party.
_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON", "ACTOR"})


def _a_party(m: Mention, doc: Doc) -> bool:
    """Whether the mention names a party: one the knowledge base knows, of a country or a sector,
    or a name ("the WHO"), not a thing ("the deal")."""
    a = m.actor
    head = doc[m.head] if 0 <= m.head < len(doc) else None
    named = head is not None and (head.pos_ == "PROPN" or head.ent_type_ in _NAME_LABELS)
    return bool(a.kb_id or a.country or a.sector or named)


def _a_crowd(m: Mention, doc: Doc) -> bool:
    """Whether ``m`` names people only as a crowd or a count of them, with no sector of its own
    ("hundreds", "tens of thousands", "rioters", "the mob"): whoever they are, a crowd is no
    state, force or organised body, so it may gather, block or occupy as civilians do."""
    if m.actor.sector is not None or m.actor.kb_id or not 0 <= m.head < len(doc):
        return False
    head = doc[m.head]
    return head.lower_ in _PEOPLE_COUNTS or head.lower_ in _CROWD_NOUNS or head.pos_ == "NUM"


def _subject_sector(f: Found) -> str | None:
    """The sector ``f``'s subject constraints are checked against: its first actor's, with a crowd
    of no sector of its own (:func:`_a_crowd`) read as civilians ("hundreds gathered outside
    parliament", "tens of thousands blocked the highway")."""
    if not f.actor:
        return None
    first = f.actor[0]
    return "CVL" if _a_crowd(first, f.token.doc) else first.actor.sector


def _valid(f: Found, args: Arguments, sent_mentions: list[Mention], lexicon: Lexicon) -> bool:
    if not f.event:
        return False
    sector = _subject_sector(f)
    e = f.entry
    if e.subject_sector is not None and sector not in e.subject_sector:
        return _retry(f, args, sent_mentions, lexicon)
    if sector in e.not_subject_sector:
        return _retry(f, args, sent_mentions, lexicon)
    if e.object_sector is not None:
        osec = {m.actor.sector for m in f.recipient}
        if not osec & e.object_sector:
            return _retry(f, args, sent_mentions, lexicon)  # "trained hackers": not aid to a force
    if f.event == "AID" and not f.recipient and f.actor and not any(_a_party(m, f.token.doc) for m in f.actor):
        return False  # "the deal helped ease tensions": no party gives the aid, and none gets it
    specific = bool(e.object or e.compound or e.with_ or e.head)
    if (
        f.event not in ("PROTEST", "MOBILIZE", "RETREAT", "ASSAULT", "COERCE", "CONSULT")
        and not f.actor
        and not f.recipient
        and not specific
    ):
        return False  # a bare verb with no participant is rarely an event ("support is growing")
    _crowd_violence(f)
    _crowd_clash(f)
    return True


def _without_echoes(live: list[Found]) -> list[Found]:
    """Without a participle that restates the act it hangs on, by the same party ("blamed the
    United States for the unrest, accusing it of..."): one happening, told by the main verb."""
    by_tok = {f.token.i: f for f in live}
    out = []
    for f in live:
        host = by_tok.get(f.token.head.i) if f.token.dep_ == "advcl" and f.token.tag_ == "VBG" else None
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(f.token))
        if host is not None and host is not f and host.event == f.event and not own_subject:
            continue
        out.append(f)
    return out


def _protest_aims(live: list[Found]) -> None:
    """A protest or a disapproval with no party named as its target is aimed at whom its
    participle calls on or makes demands of ("rallied outside parliament, calling on the
    government to...", "voiced alarm at the launch, urging Pyongyang to...")."""
    by_tok = {f.token.i: f for f in live}
    for g in live:
        if g.entry.frame != "speech" or not g.recipient or not _participial_adjunct(g.token):
            continue
        f = by_tok.get(g.token.head.i)
        if f is not None and f.event in ("PROTEST", "ACCUSE") and not f.recipient:
            f.recipient = list(g.recipient)


def _crowd_demands(live: list[Found], found: list[Found], args: Arguments) -> None:
    """A protest with no party named as its target is aimed at whom its crowd's demand names
    ("protesters demanding the resignation of the mayor burned tyres", "crowds calling for the
    minister to quit blocked roads"): the demand told by a participle on the crowd's noun, which
    the protest absorbs (PLOVER codes a protest's topic within the protest)."""
    for g in found:
        if g.entry.frame != "speech" or g.event != "REQUEST" or g.token.dep_ != "acl" or g.token.tag_ != "VBG":
            continue
        crowd = g.token.head.i
        held = [f for f in live if f.event == "PROTEST" and not f.recipient
                and (f.token.i == crowd or any(m.head == crowd for m in f.actor))]
        if not held:
            continue
        if g.absorbed_by is not None:
            args.fill(g)  # an absorbed demand was never given its parties
        for f in held:
            f.recipient = list(g.recipient)


# Grammar: verbs of offering something to a party.
_OFFERING = frozenset({"offer", "propose"})


def _offers_to_those_met(live: list[Found]) -> None:
    """An offer with no party named is made to whom its coordinated meeting or call was with
    ("spoke by phone with both presidents and offered to mediate", "met the strikers' leaders
    and offered a pay rise"): the party the offer is made to is the one spoken to."""
    by_tok = {f.token.i: f for f in live}
    for g in live:
        if g.event not in ("AGREE", "CONCEDE") or g.recipient or g.entry.lemma not in _OFFERING:
            continue
        if g.entry.pos != "VERB" or g.token.dep_ != "conj":
            continue
        f = by_tok.get(g.token.head.i)
        if f is not None and f.event == "CONSULT" and f.recipient and {m.head for m in f.actor} == {
            m.head for m in g.actor
        }:
            g.recipient = list(f.recipient)


# Categories whose two acts coordinated in one clause press or punish one party.
_JOINT_TARGETING = frozenset({"REQUEST", "SANCTION"})


def _joint_targets(live: list[Found]) -> None:
    """A request or a sanction with no party named as its target is aimed at whom the act of its
    category coordinated with it names ("demanded the journalists' release and urged the junta to
    lift the ban", "barred travel by and froze the assets of four officials"): one party pressed
    or punished twice in one breath."""
    by_tok = {f.token.i: f for f in live}
    for g in live:
        if g.event not in _JOINT_TARGETING or not g.recipient or g.token.dep_ != "conj":
            continue
        f = by_tok.get(g.token.head.i)
        if f is None or f.event != g.event or f.recipient or f.entry.pos != "VERB":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(g.token)):
            continue  # a subject of its own: another party's act
        f.recipient = list(g.recipient)


def _casualties_together(live: list[Found]) -> list[Found]:
    """The dead and the wounded of one attack, counted in coordinated clauses ("one officer was
    killed and 80 were injured", "killed two soldiers and wounded five"), are one happening: the
    later count's parties join the first count's record, unless another party did it."""
    by_tok = {f.token.i: f for f in live}
    out = []
    for f in live:
        head = f.token.head
        while head.dep_ == "conj" and head.i not in by_tok:
            head = head.head
        g = by_tok.get(head.i) if f.token.dep_ == "conj" else None
        if (
            g is not None
            and g is not f
            and f.event == g.event == "ASSAULT"
            and _lemma(f.token) in _CASUALTY_VERBS
            and _lemma(g.token) in _CASUALTY_VERBS
            and (not f.actor or {m.head for m in f.actor} == {m.head for m in g.actor})
        ):
            heads = {m.head for m in g.recipient}
            g.recipient = [*g.recipient, *(m for m in f.recipient if m.head not in heads)]
            continue
        out.append(f)
    return out


def _crowd_violence(f: Found) -> None:
    """A crowd that burns, loots or storms property riots (PROTEST riot); an armed or
    organised party doing the same assaults (ASSAULT destroy). PLOVER keeps violent protest
    in PROTEST. Looting, a riot when a crowd does it, is property seized by force when soldiers,
    police or an armed group do it (COERCE seize)."""
    if f.event == "PROTEST" and f.mode == "riot" and f.entry.event == "PROTEST" and f.actor:
        if f.actor[0].actor.sector in _ARMED_SECTORS:
            f.event, f.mode = "COERCE", "seize"
            f.rule += " +armed party -> COERCE seize"
        return
    if f.event != "ASSAULT" or not f.actor or not (f.mode == "destroy" or f.entry.lemma in _STORMING):
        return
    actor = f.actor[0]
    head = actor.actor.text.split()[-1].lower() if actor.actor.text else ""
    if actor.actor.sector in _CROWD_SECTORS or (actor.actor.sector in (None, "CVL") and head in _CROWD_NOUNS):
        f.event, f.mode = "PROTEST", "riot"
        f.rule += " +crowd -> PROTEST riot"


# Words of a fight between two sides ("clashed with", "running battles with").
_FIGHTING = frozenset({"clash", "fight", "battle", "skirmish", "scuffle", "fighting"})
# Sectors of people who take to the streets: civilians, the opposition, students, workers.
_STREET_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB"})


def _of_the_street(m: Mention, doc: Doc) -> bool:
    """Whether ``m`` is a crowd's side of a street fight: civilians, the opposition, students or
    workers, a crowd or a count of no sector, or someone's supporters."""
    if m.actor.sector in _STREET_SECTORS or _a_crowd(m, doc):
        return True
    return m.actor.sector is None and not m.actor.kb_id and _lemma(doc[m.head]) == "supporter"


def _crowd_clash(f: Found) -> None:
    """A clash or a fight between a crowd and the police ("protesters clashed with riot police",
    "supporters fought running battles with police") is a violent protest (PLOVER PROTEST riot:
    violent action against the authorities) by the crowd, aimed at the police; it is no battle
    of two armed sides. Told of soldiers or rebels, or of a crowd hurt in it, a fight stays an
    ASSAULT."""
    if f.event != "ASSAULT" or f.mode is not None or f.entry.lemma not in _FIGHTING:
        return
    doc = f.token.doc
    parties = f.actor + f.recipient
    crowd = [m for m in parties if _of_the_street(m, doc)]
    police = [m for m in parties if m.actor.sector == "COP"]
    acting = any(_of_the_street(m, doc) for m in f.actor)  # "villagers were hurt in clashes": acted on
    if acting and crowd and police and len(crowd) + len(police) == len(parties):
        f.event, f.mode, f.actor, f.recipient = "PROTEST", "riot", crowd, police
        f.rule += " +crowd and police -> PROTEST riot"


def _retry(f: Found, args: Arguments, sent_mentions: list[Mention], lexicon: Lexicon) -> bool:
    cands = lexicon.candidates(f.entry.lemma, f.entry.pos)
    for e in cands[cands.index(f.entry) + 1:]:
        if entry_matches(f.token, e) is None:
            continue
        threat = (f.event, f.mode) if f.event == "THREATEN" and f.entry.event != "THREATEN" else None
        f.entry, f.event, f.mode, f.rule = e, e.event, e.mode, e.rule
        if threat is not None and (e.event in _THREAT_OF or e.lemma in _THREAT_LEMMAS):
            f.event, f.mode = threat  # an announced act stays a threat whichever reading it takes
            f.rule += " +future -> THREATEN"
        sector = _subject_sector(f)
        if (e.subject_sector is None or sector in e.subject_sector) and sector not in e.not_subject_sector:
            actor, how, recipient = f.actor, f.actor_how, f.recipient
            args.fill(f)  # the new reading finds its own arguments: it may name them differently
            if not f.event:
                return False  # the new reading's own frame found no event
            if f.actor_how != "onlooker":
                # the first reading's doer stays; but "a bus struck a mine": a subject the new
                # frame takes as harmed, not acting, is no actor
                f.actor, f.actor_how = actor, how
            if recipient or not f.recipient:
                f.recipient = recipient
            _means_mode(f, lexicon.cues)  # "warplanes struck": the new reading's means, as the first's
            return True
    return False
