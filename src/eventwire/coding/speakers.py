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
from .auxiliary import aux_flags
from .mentions import Mention
from .quotes import QuoteFound
from .syntax import children_of, lemmas_of, sent_of, tokens_of
from .triggers import Found, _dobj, _lemma, content_mode

_OBLIGATION = Trigger(lemma="should", pos="VERB", event="REQUEST", cameo="020", frame="speech")
_FORCE_THREAT = Trigger(lemma="force", pos="VERB", event="THREATEN", mode="violence", cameo="138", frame="speech")


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
    for tok in tokens_of(sent):
        if tok.pos != _VERB:
            continue
        modal = next((c for c in children_of(tok) if c.dep_ == "aux" and c.lower_ in cues.obligation_aux), None)
        if modal is None:
            continue  # a trigger under "must"/"should" in reported speech is what is asked for
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
        f.content = tok
        aux_flags(f, cues)
        constructions.settle_commitment(f)
        f.future = f.hypothetical = False
        out.append(f)
    out.extend(_force_threats(sent, args, quote, taken, cues))
    return out


def _force_threats(sent: Span, args: Arguments, quote: QuoteFound | None, taken: set[int], cues: Cues) -> list[Found]:
    """A speaker's stated intent to use force against a party the sentence names ("we will crush
    them by force"): a THREATEN by the speaker; at most one per sentence."""
    lemmas = lemmas_of(sent)
    if not any(_contains(lemmas, seq) for seq in cues.force_means if len(seq) > 1):
        return []
    for tok in tokens_of(sent):
        if tok.pos_ != "VERB" or _lemma(tok) not in cues.coercive_intent or tok.i in taken:
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
