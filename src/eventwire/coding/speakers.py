"""Speaker rules: what a quoted or reported speaker's words make an event of.

``speaker_of`` finds who reports a trigger. ``speaker_rules`` codes an obligation in reported
speech ("X should...", "must...") as a REQUEST by the speaker, and a speaker's stated intent to
use force against a party as a THREATEN.
"""

from __future__ import annotations

from spacy.parts_of_speech import VERB as _VERB
from spacy.tokens import Span, Token

from ..knowledge.lexicon import Cues, Trigger
from . import constructions
from .arguments import Arguments
from .auxiliary import aux_flags, opens_a_condition
from .factuality import present_necessity
from .mentions import Mention
from .quotes import QuoteFound
from .syntax import children_of, lemmas_of, lowers_of, pos_ids_of, sent_of, tokens_of, with_pos
from .triggers import Found, _dobj, _lemma, content_mode

_OBLIGATION = Trigger(lemma="should", pos="VERB", event="REQUEST", cameo="020", frame="speech")
_FORCE_THREAT = Trigger(lemma="force", pos="VERB", event="THREATEN", mode="violence", cameo="138", frame="speech")
_VERB_POS = frozenset({"VERB"})  # the words the threat loop looks at (``syntax.with_pos``)


def speaker_of(tok: Token, args: Arguments, quote: QuoteFound | None, cues: Cues) -> Mention | None:
    """Who reports ``tok``: the subject of a reporting verb above it, the party of "according
    to", else the speaker of the quotation the sentence is in."""
    cur, hops = tok, 0
    reporting = cues.reporting
    while cur.head.i != cur.i and hops < 6:
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


def speaker_rules(sent: Span, args: Arguments, quote: QuoteFound | None, taken: set[int], cues: Cues) -> list[Found]:
    """Events a reported speaker's words make: an obligation ("X should...") is a REQUEST by the
    speaker, a stated intent to use force against a party a THREATEN."""
    out: list[Found] = []
    for tok, pos, lower in zip(tokens_of(sent), pos_ids_of(sent), lowers_of(sent)):
        if pos != _VERB and lower != "time":
            continue  # neither reading below: no verb, and not the word "time" (``_semi_modal``)
        modal, asked_of = _semi_modal(tok)
        if modal is not None:
            tok = asked_of  # "X needs to leave", "it is time for X to leave": the leaving is asked for
        elif tok.pos != _VERB:
            continue
        else:
            modal = next((c for c in children_of(tok) if c.dep_ == "aux" and c.lower_ in cues.obligation_aux), None)
        if modal is None:
            continue  # a trigger under "must"/"should" in reported speech is what is asked for
        if modal.i == tok.left_edge.i and opens_a_condition(tok):
            continue  # "would act should the ships enter the strait": a condition, asked of no one
        speaker = speaker_of(tok, args, quote, cues)
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
        others = [m for m in f.recipient if m.actor.text != speaker.actor.text]
        if asked_of is not None and subj_ms and not others:
            continue  # "they said they need to reach the villages": the speaker's own need, asked of no one
        if asked_of is not None and _lemma(modal) in _NEEDING and (not others or subj is None or subj.pos_ == "PRON"):
            continue  # "the country needs to unite", "they have to reapply": a need told, no party asked
        f.content = tok
        aux_flags(f, cues)
        constructions.settle_commitment(f)
        f.future = f.hypothetical = False
        out.append(f)
    out.extend(_force_threats(sent, args, quote, taken, cues))
    return out


# Grammar: verbs of necessity that take "to" and an act ("Russia needs to withdraw", "the minister has
# to resign"), told in the present; a clause under "time" ("it is time for X to go", "the time has
# come for X to go") asks for the act too.
_NEEDING = frozenset({"need", "have"})
# Verbs that ask for an act in a subjunctive clause and are no request words of their own.
_MANDATIVE = frozenset({"insist", "recommend", "suggest"})
_TIME_CLAUSES = frozenset({"relcl", "acl", "advcl"})


def _to_clause(head: Token, deps: frozenset[str]) -> Token | None:
    """A verb under ``head`` in one of ``deps`` with its own "to" ("to withdraw"), else None."""
    return next(
        (
            c
            for c in children_of(head)
            if c.dep_ in deps and c.pos == _VERB and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))
        ),
        None,
    )


def _mandated(tok: Token) -> bool:
    """Whether ``tok`` is an act a verb of insisting asks for in the subjunctive ("insisted that the
    government withdraw the bill", "that the vote be postponed"); "insisted that the army remains
    in control" states a fact."""
    if tok.pos != _VERB or tok.dep_ != "ccomp" or _lemma(tok.head) not in _MANDATIVE:
        return False
    kids = children_of(tok)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return False
    auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return tok.tag_ == "VB"
    return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].lower_ == "be"


def _semi_modal(tok: Token) -> tuple[Token | None, Token | None]:
    """(the word of obligation, the act asked for) when ``tok`` states that a party must act with
    no modal auxiliary: "X needs to withdraw", "X has to resign" (present, not negated: "does not
    need to", "had to flee" and "has yet to" ask nothing), "insisted that X withdraw", "it is time
    for X to withdraw", "the time has come for X to withdraw" (the act's own subject is the party
    asked); else (None, None)."""
    if tok.pos != _VERB and tok.lower_ != "time":
        return None, None  # each reading below needs a verb, or the word "time"
    if tok.pos == _VERB and present_necessity(tok, lemmas=_NEEDING):
        if any(c.dep_ == "neg" for c in children_of(tok)):
            return None, None
        act = _to_clause(tok, frozenset({"xcomp"}))
        return (tok, act) if act is not None else (None, None)
    if _mandated(tok):
        return tok.head, tok
    if tok.lower_ != "time" or tok.dep_ not in ("attr", "nsubj"):
        return None, None
    if any(c.dep_ == "neg" for c in children_of(tok.head)):
        return None, None
    act = _to_clause(tok, _TIME_CLAUSES) or (_to_clause(tok.head, _TIME_CLAUSES) if tok.dep_ == "nsubj" else None)
    if act is None or not any(c.dep_ == "mark" and c.lower_ == "for" for c in children_of(act)):
        return None, None
    return tok, act


def _force_threats(sent: Span, args: Arguments, quote: QuoteFound | None, taken: set[int], cues: Cues) -> list[Found]:
    """A speaker's stated intent to use force against a party the sentence names ("we will crush
    them by force"): a THREATEN by the speaker; at most one per sentence."""
    lemmas = lemmas_of(sent)
    present = set(lemmas)  # a run's words must all be in the sentence: most sentences end here
    if not any(
        _contains(lemmas, seq) for seq in cues.force_means if len(seq) > 1 and present.issuperset(seq)
    ):
        return []
    for tok in with_pos(sent, _VERB_POS):
        if _lemma(tok) not in cues.coercive_intent or tok.i in taken:
            continue
        speaker = speaker_of(tok, args, quote, cues)
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
