"""Judgements told as a copula: a party says an act or a claim *is* something it condemns.

"The ministry said the ban was illegal", "'This is a provocation,' the envoy said", "the
opposition said the verdict amounted to persecution": no verb of the lexicon names the act, but
the speaker disapproves of another party's act, which the PLOVER manual codes ACCUSE
(disapprove). :func:`copular_judgements` finds such clauses:

* the verb is a copula ("be", "remain") or a verb of equating ("constitute", "amount to");
* its subject is an act or a claim: a trigger of its own ("the strikes", "the deployment"), a
  noun some lexicon entry names, a noun of the ``decision`` or ``statement`` class, or "this",
  "that", "it";
* its predicate is a judging word of the ``disparagement`` class ("illegal", "a violation", "a
  reckless act") or, negated, a word of the ``legitimacy`` class ("was not legal");
* or, told as any verb, the act is a wrong of the ``wrongdoing`` class ("said the launch
  violated the resolutions", "said Moscow was meddling in the vote");
* someone says it: a reporting verb above it or the quotation it is in names the speaker
  (:func:`settle` drops the judgement otherwise: a narrator's "the attack was the deadliest" is
  no one's accusation).

A proposal, an offer or a demand that a copula calls out of the question or condemns ("said the
proposal was unacceptable", "the plan is a non-starter", "the terms were absurd") is refused, not
merely disapproved of: REJECT (PLOVER: all rejections), its parties as a judgement's, the
proposer the recipient.

A judging word the speaker's quoted words put on another party's act ("said Lima had imposed
'unjust and cruel' sanctions", "said the closure answered 'reckless' remarks by the envoy") is the
same disapproval told without a copula: the quotation marks make the word the speaker's own. A word
quoted after a naming verb ("what Lima called 'reckless' moves") is the namer's, not the speaker's.

The speaker is the actor; whoever carried out the judged act (its possessor, its "by" phrase, a
party word before it) is the recipient. The act itself, a trigger that is the copula's subject,
is absorbed as the judgement's content (:mod:`eventwire.coding.sentence`), so "said the strikes
were illegal" is one ACCUSE, not a PROTEST.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..knowledge.lexicon import Lexicon, Trigger, load_word_classes
from ..knowledge.lexicon import words as lexicon_words
from .arguments import Arguments
from .constructions import PROPOSALS, REFUSING_NAMES
from .syntax import children_of, lemma_of, lemmas_of, tokens_of, with_pos
from .triggers import Found

__all__ = ["JUDGEMENT", "QUOTED_JUDGEMENT", "REFUSAL", "WRONGDOING", "copular_judgements", "settle"]

#: What a judgement's ``rule`` says.
JUDGEMENT = "copular judgement -> ACCUSE"
#: What the ``rule`` of a judging word quoted on an act says.
QUOTED_JUDGEMENT = "quoted judgement -> ACCUSE"
#: What the ``rule`` of a proposal a copula calls out of the question says.
REFUSAL = "copular refusal -> REJECT"
#: What the ``rule`` of a wrong the speaker says another did says.
WRONGDOING = "reported wrongdoing -> ACCUSE"

_CLASSES = load_word_classes()
_DISPARAGING = _CLASSES["disparagement"]
_WRONGS = _CLASSES["wrongdoing"]
_LEGITIMATE = _CLASSES["legitimacy"]
_ACTS = (
    _CLASSES["decision"] | _CLASSES["statement"] | _CLASSES["sanction"] | _CLASSES["aggression"] | _CLASSES["agreement"]
)
# Categories of a predicate noun that, said of an act, judge it ("the tests are a threat to
# peace"): no second threat happened. (An attack said of a blast names what the blast was.)
_JUDGING_EVENTS = frozenset({"THREATEN"})
# Grammar: verbs that equate their subject with their predicate.
_COPULAS = frozenset({"be", "remain", "constitute", "amount"})
# Pronouns that point at an act just told ("this is a provocation").
_POINTERS = frozenset({"this", "that", "it"})
# Grammar: where a clause of judgement may hang (the sentence, a reported clause, a coordinate).
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "parataxis", "conj"})


def _subject(copula: Token) -> Token | None:
    return next((c for c in children_of(copula) if c.dep_ in ("nsubj", "csubj")), None)


def _predicate(copula: Token) -> Token | None:
    """The predicate word of a copula: "was illegal", "is a provocation", "amounted to persecution",
    "constitutes a violation"."""
    for c in children_of(copula):
        if c.dep_ in ("acomp", "attr", "oprd") or (c.dep_ == "dobj" and lemma_of(copula) == "constitute"):
            return c
        if c.dep_ == "prep" and lemma_of(c) == "to" and lemma_of(copula) == "amount":
            return next((g for g in children_of(c) if g.dep_ == "pobj"), None)
    return None


def _judging(pred: Token, negated: bool) -> bool:
    """Whether a predicate condemns: a judging word, one judging a noun ("a reckless act"), a
    coordinate of one ("unlawful and inhumane"), or a denied legitimacy ("not legal")."""
    words = [pred] + [c for c in children_of(pred) if c.dep_ in ("amod", "conj")]
    words += [g for w in words[1:] for g in children_of(w) if g.dep_ == "conj"]
    lemmas = {lemma_of(w) for w in words} | {w.lower_ for w in words}
    if negated:
        return bool(lemmas & _LEGITIMATE)
    return bool(lemmas & _DISPARAGING)


def _an_act(subj: Token, taken: set[int], lexicon: Lexicon) -> bool:
    if subj.i in taken:
        return True
    if subj.pos_ == "PRON":
        return subj.lower_ in _POINTERS
    lem = lemma_of(subj)
    return subj.pos_ == "NOUN" and (lem in _ACTS or bool(lexicon.candidates(lem, "NOUN")))


def _accusation(tok: Token, *, cameo: str, rule: str) -> Found:
    """A disapproval triggered by ``tok``, whose parties :func:`settle` fills in."""
    entry = Trigger(lemma=lemma_of(tok), pos=tok.pos_, event="ACCUSE", mode="disapprove", cameo=cameo, frame="speech")
    return Found(token=tok, entry=entry, event="ACCUSE", mode="disapprove", end=tok, start_tok=tok, rule=rule)


def copular_judgements(sent: Span, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """The copular judgements of ``sent`` (see the module docstring), given the triggers
    ``found`` so far (a noun any entry of ``lexicon`` names is an act too); a predicate trigger of
    threat or force said of an act is rewritten as one."""
    by_tok = {f.token.i: f for f in found}
    taken = set(by_tok)
    out = []
    words = tokens_of(sent)  # the sentence's tokens, made once per Doc
    for verb in with_pos(sent, _VERB_POS):
        if verb.i in taken or lemma_of(verb) not in _WRONGS or verb.dep_ not in _CLAUSE_DEPS:
            continue
        if any(c.dep_ in ("neg", "auxpass") for c in children_of(verb)):
            continue  # "said it had not violated", "the truce was violated": no one accused
        out.append(_accusation(verb, cameo="112", rule=WRONGDOING))
    for cop, lemma in zip(words, lemmas_of(sent)):
        if lemma not in _COPULAS or cop.dep_ not in _CLAUSE_DEPS:
            continue
        subj, pred = _subject(cop), _predicate(cop)
        if subj is not None and pred is not None and _refused_proposal(cop, subj, pred):
            out.append(_refusal(pred))
            continue
        if subj is None or pred is None or not _an_act(subj, taken, lexicon):
            continue
        if pred.i in taken:
            g = by_tok[pred.i]
            negated = any(c.dep_ == "neg" for c in children_of(cop))
            if g.event in _JUDGING_EVENTS and g.entry.pos == "NOUN" and not negated:
                g.event, g.mode = "ACCUSE", "disapprove"
                g.rule += " +" + JUDGEMENT
            continue
        negated = any(c.dep_ == "neg" for c in children_of(cop)) or any(c.dep_ == "neg" for c in children_of(pred))
        if not _judging(pred, negated):
            continue
        out.append(_accusation(pred, cameo="111", rule=JUDGEMENT))
    quoted = [adj for adj in with_pos(sent, _ADJ_POS) if _quoted_judgement(adj, taken, lexicon)]  # adjectives only
    out += [_accusation(adj, cameo="111", rule=QUOTED_JUDGEMENT) for adj in quoted]
    return out


def _refused_proposal(cop: Token, subj: Token, pred: Token) -> bool:
    """Whether a copula says a proposal, an offer or a demand is out of the question ("the
    proposal was unacceptable", "the plan is a non-starter", "said the terms were unrealistic")."""
    if subj.pos_ != "NOUN" or not {lemma_of(subj), subj.lower_} & PROPOSALS:
        return False
    if any(c.dep_ == "neg" for c in children_of(cop)) or any(c.dep_ == "neg" for c in children_of(pred)):
        return False  # "the offer was not unrealistic"
    after = [t for t in cop.doc[cop.i + 1 : cop.right_edge.i + 1] if t.dep_ not in ("punct",) or t.text == "-"]
    words = {lemma_of(t) for t in after} | {"".join(t.lower_ for t in after if t.text != "-")}
    words |= {a.lower_ + b.lower_ for a, h, b in zip(after, after[1:], after[2:]) if h.text == "-"}
    words |= {t.lower_.replace("-", "") for t in after if "-" in t.text}  # "non-starter" kept as one token
    return bool(words & REFUSING_NAMES) or _judging(pred, negated=False)


def _refusal(tok: Token) -> Found:
    """A refusal told by a copula on ``tok``, whose parties :func:`settle` fills in as a
    judgement's."""
    entry = Trigger(lemma=lemma_of(tok), pos=tok.pos_, event="REJECT", cameo="120", frame="speech")
    return Found(token=tok, entry=entry, event="REJECT", mode=None, end=tok, start_tok=tok, rule=REFUSAL)


_NAMING = lexicon_words("naming_verbs")
# The parts of speech of the words the sentence loops look at (``syntax.with_pos``).
_VERB_POS = frozenset({"VERB"})
_ADJ_POS = frozenset({"ADJ"})

# Grammar: the tokens that open a quotation.
_OPENING_QUOTES = frozenset({'"', "``", "“", "'"})


def _quoted_judgement(adj: Token, taken: set[int], lexicon: Lexicon) -> bool:
    """Whether ``adj`` is a judging word opening a quotation and qualifying an act ("'illegal
    and inhumane' sanctions", "'reckless' remarks"): the speaker's own word on it."""
    if adj.dep_ != "amod" or adj.pos_ != "ADJ" or adj.i == 0 or adj.doc[adj.i - 1].text not in _OPENING_QUOTES:
        return False
    if not _judging(adj, negated=False) or any(lemma_of(t) in _NAMING for t in adj.ancestors):
        return False  # "what Lima called 'reckless' moves": the naming verb's own judgement
    return adj.head.pos_ == "NOUN" and _an_act(adj.head, taken, lexicon)


def settle(f: Found, args: Arguments) -> None:
    """The parties of a judgement: its speaker acts on whoever did the judged act; with no
    speaker it is no one's judgement and no event."""
    if not (f.rule.endswith(JUDGEMENT) or f.rule in (WRONGDOING, QUOTED_JUDGEMENT, REFUSAL)):
        return
    if f.speaker is None:
        f.event = ""
        return
    if f.rule == WRONGDOING:
        doers, _, _ = args.subject(f.token)
        f.actor, f.actor_how = [f.speaker], "speaker"
        f.recipient = [m for m in doers if m.head != f.speaker.head]
        if not f.recipient:
            subj = _subject(f.token)
            f.recipient = [] if subj is None else [m for m in args.noun_actor(subj)[0] if m.head != f.speaker.head]
        if len(doers) == 1 and doers[0].head == f.speaker.head:
            f.event = ""  # a party telling its own wrong confesses; no one is accused
        return
    f.actor, f.actor_how = [f.speaker], "speaker"
    if f.rule == QUOTED_JUDGEMENT:
        doers, _ = args.noun_actor(f.token.head)  # "'reckless' remarks by the envoy"
        if not doers:
            doers, _, _ = args.subject(f.token.head.head)  # "Lima imposed 'unjust' sanctions"
        f.recipient = [m for m in doers if m.head != f.speaker.head]
        return
    cop = f.token.head if f.token.dep_ != "pobj" else f.token.head.head
    subj = _subject(cop)
    if subj is None or subj.pos_ == "PRON":
        f.recipient = []
        return
    doers, _ = args.noun_actor(subj)
    f.recipient = [m for m in doers if m.head != f.speaker.head]
