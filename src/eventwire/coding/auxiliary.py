"""Auxiliary modes of an event: negated, future, hypothetical, and what they make of it.

Negation, modals, conditional clauses and intent verbs set the flags; an announced or
conditional conflictual act is a threat of it (THREATEN), an act made to depend on the other
side's compliance ("unless...") too, a sanction reported as decided ("said it would suspend its
aid") stays a future SANCTION, and PLOVER's future rules apply (future
CONSULT/SUPPORT/COOPERATE/AID is AGREE, future RETREAT is CONCEDE).

Three more readings keep an act hypothetical and no threat: an act asked about in an indirect
question ("nobody knows whether the army will attack"), a bare verb under another verb's modal ("the
deal would see both sides withdraw"), and an act told as likely ("is likely to trigger protests");
a sanction that its target "could face" threatens no one, for the subject undergoes it. So are an
act told with "must" or "should" and no one saying it ("under the truce, fighters must pull back"),
a rule or a duty, and an act named as what pressure or a call asks for ("under pressure to free
the prisoners", "calls to release him").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.lexicon import Cues
from ..knowledge.lexicon import words as lexicon_words
from . import constructions, factuality
from .syntax import children_of
from .triggers import Found, _lemma

# PLOVER manual: future CONSULT, SUPPORT, COOPERATE and AID are AGREE (intentions); an
# announced future RETREAT is CONCEDE.
_FUTURE_BECOMES = {
    "AID": ("AGREE", "033"),
    "COOPERATE": ("AGREE", "031"),
    "SUPPORT": ("AGREE", "030"),
    "CONSULT": ("AGREE", "036"),
    "RETREAT": ("CONCEDE", "080"),
}
# Conflictual acts whose announcement is a threat: category -> its mode -> THREATEN mode.
_THREAT_OF = {
    "SANCTION": {"": "restrict", "withdraw": "relations", "expel": "relations", "discontinue": "relations"},
    "COERCE": {"": "restrict", "arrest": "arrest", "deport": "expel", "seize": "territory"},
    "ASSAULT": {"": "violence"},
}
# Trigger lemmas whose announcement is a threat whatever category the act has ("will boycott
# the elections": CAMEO 1312, threaten with a boycott).
_THREAT_LEMMAS = {"boycott": "restrict", "blockade": "restrict"}


# Grammar: coordinators that contrast the second conjunct with the first.
_CONTRAST = frozenset({"but", "yet"})


# Grammar: finite verb tags, and the modals a finite coordinated verb cannot share.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_MODALS = frozenset({"will", "would", "shall", "'ll", "wo", "could", "can", "may", "might", "should", "must"})


def _has_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children_of(verb))


def _own_tense(verb: Token) -> bool:
    """A finite verb with no auxiliary of its own coordinated with one that has some."""
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in children_of(verb)) and any(
        c.dep_ in ("aux", "auxpass") for c in children_of(verb.head)
    )


def _own_subject(verb: Token) -> bool:
    """A coordinated verb with a subject of its own heads a clause of its own: the negation,
    modal or refusal of the verb it is coordinated with is not its."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))


_JOINING = lexicon_words("joining_verbs")


def _joining_verb(tok: Token) -> Token | None:
    """The verb of taking part whose preposition takes the nominal trigger ``tok`` ("return to
    the talks", "take part in the dialogue"), else None: the noun is what that verb does."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    verb = tok.head.head
    if verb.pos_ == "NOUN" and _lemma(verb) == "part" and verb.dep_ == "dobj":
        verb = verb.head  # "take part in": the parser may hang "in" on "part"
    if verb.pos_ != "VERB":
        return None
    lem = _lemma(verb)
    takes_part = lem == "take" and any(_lemma(c) == "part" and c.dep_ == "dobj" for c in children_of(verb))
    return verb if lem in _JOINING or (takes_part and "take part" in _JOINING) else None


def clause_chain(tok: Token, cues: Cues) -> list[Token]:
    """The trigger and the verbs above it whose auxiliaries and markers qualify it (a light
    verb, aspectual and coordinated verbs, up to the first other verb)."""
    chain = [tok]
    cur = tok
    aspect = cues.aspectual
    if (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ in ("dobj", "nsubjpass", "attr", "pobj")
        and tok.head.pos_ in ("VERB", "AUX")
    ):
        cur = tok.head
        chain.append(cur)
    elif (joiner := _joining_verb(tok)) is not None:
        cur = joiner  # "would not return to the talks": the talks are what is not joined
        chain.append(cur)
    while cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i:
        if cur.dep_ == "conj" and cur.tag_ in _FINITE and (_has_modal(cur.head) or _own_tense(cur)):
            # "said it would not step down and blamed X", "said the talks had failed and urged
            # both sides...": a finite verb shares no "would", "had" or "not" with the verb it is
            # coordinated with; the parser hung it on the wrong one
            break
        if cur.dep_ == "conj" and _own_subject(cur):
            break  # "refused to leave, and supporters barricaded the building": a clause of its own
        cur = cur.head
        if cur.dep_ != "conj" and _lemma(cur) not in aspect and cur.pos_ == "VERB" and cur.i != tok.i:
            chain.append(cur)
            break
        chain.append(cur)
    return chain


def _contrasted(chain: list[Token]) -> set[int]:
    """The indices of the verbs of ``chain`` above a "but" that joins the trigger's verb to
    them: "would not withdraw the law but offered talks" negates the withdrawal, not the offer."""
    out: set[int] = set()
    for below, above in zip(chain, chain[1:]):
        if below.dep_ == "conj" and below.head.i == above.i:
            cc = [c for c in children_of(above) if c.dep_ == "cc" and c.i < below.i]
            if out or (cc and cc[-1].lower_ in _CONTRAST):
                out.add(above.i)
        elif out:
            out.add(above.i)
    return out


_INTENT_NOUNS = lexicon_words("intent_nouns")


def _intended(tok: Token) -> bool:
    """Whether ``tok`` is the act in a noun of intention's "to" clause ("its intention to lay
    down arms", "a plan to withdraw")."""
    return (
        tok.pos_ == "VERB"
        and tok.dep_ in ("acl", "xcomp")
        and tok.head.pos_ == "NOUN"
        and _lemma(tok.head) in _INTENT_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))
    )


def _intent_noun(tok: Token) -> Token | None:
    """The noun of intention whose "to" clause or "of" gerund holds the act ``tok`` ("a plan to
    withdraw", "the intention of negotiating"), else None."""
    if tok.pos_ != "VERB":
        return None
    if _intended(tok):
        return tok.head
    prep = tok.head
    if tok.dep_ == "pcomp" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" and _lemma(prep.head) in _INTENT_NOUNS:
        return prep.head
    return None


def _disowned(tok: Token) -> bool:
    """Whether a party disowns the act ``tok`` as an aim of its own ("had no intention of
    negotiating", "has no plans to hand over power", "does not have any plan to withdraw"): a
    refusal told as the absence of an intent, the act negated."""
    noun = _intent_noun(tok)
    if noun is None:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(noun)):
        return True
    verb = noun.head
    return noun.dep_ == "dobj" and _lemma(verb) == "have" and any(c.dep_ == "neg" for c in children_of(verb))


def _offered(tok: Token) -> bool:
    """Whether the act ``tok`` is made to depend on another side's act ("would pull back its
    troops if the rebels laid down their arms"): a future concession on such terms is an offer
    (PLOVER AGREE: "agree to, offer, promise"), not a concession yet; "unless" makes a threat."""
    return any(
        c.dep_ == "advcl"
        and any(_lemma(m) == "if" for m in children_of(c) if m.dep_ == "mark")
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in children_of(c))
        for c in children_of(tok)
    )


_PROSPECTIVE = lexicon_words("prospective_modifiers")


# Modifiers that make the act a noun names only possible ("possible attacks", "a potential strike").
_MAYBE = frozenset({"possible", "potential", "eventual", "hypothetical", "feared", "likely"})


def _possible_act(tok: Token) -> bool:
    """Whether a nominal trigger is told as only possible ("worried about possible attacks during the
    holiday", "a potential walkout"): an act that may come, not one that came."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _MAYBE for c in children_of(tok))


def _prospective(tok: Token) -> bool:
    """Whether a nominal trigger is told as still to come ("a planned visit", "the upcoming
    summit"): a modifier of the timetable on it."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _PROSPECTIVE for c in children_of(tok))


_ANNOUNCING = lexicon_words("announcing_verbs")
_UNDERGOING = lexicon_words("undergoing_verbs")
# Grammar: prepositions that join an amount to what it is of ("$5 million in aid", "tonnes of food").
_AMOUNT_PREPOSITIONS = frozenset({"in", "of", "worth"})


def _announced_aid(tok: Token) -> bool:
    """Whether the aid noun ``tok`` is what a party makes public ("announced $5 million in
    humanitarian aid", "unveiled a new aid package"): aid announced is promised, an intent to
    provide it (PLOVER AGREE, CAMEO 033), not aid given."""
    if tok.pos_ != "NOUN":
        return False
    cur = tok
    for _ in range(3):
        if cur.dep_ != "pobj" or _lemma(cur.head) not in _AMOUNT_PREPOSITIONS:
            break
        cur = cur.head.head  # "$5 million in aid": the amount is what the verb takes
        if cur.pos_ == "VERB":
            return _lemma(cur) in _ANNOUNCING  # the parser hangs "in aid" on the verb
    return cur.dep_ in ("dobj", "nsubjpass") and _lemma(cur.head) in _ANNOUNCING


# Grammar: modals of possibility.
_POSSIBILITY = frozenset({"may", "might", "could"})


def _possible(chain: list[Token]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY for t in chain for c in children_of(t))


def _says_of_itself(f: Found) -> bool:
    """Whether the party that speaks is the party that would act ("Turkey said it may...")."""
    if f.speaker is None or not f.actor:
        return False
    act, spk = f.actor[0], f.speaker
    if act.head == spk.head:
        return True
    a, b = act.actor, spk.actor
    if a.kb_id and a.kb_id == b.kb_id:
        return True
    head = act.head
    pronoun = f.token.doc[head].pos_ == "PRON" if 0 <= head < len(f.token.doc) else False
    return pronoun and (a.country is None or a.country == b.country)


# Grammar: the words that with "rather" or "instead" set aside the act after them.
_FORGONE = {"than": "rather", "of": "instead"}


# Grammar: verbs that take "yet to" for an act still to come ("has yet to", "is yet to", "remains to").
_YET_HOLDERS = frozenset({"have", "be", "remain"})


def _not_yet(tok: Token) -> bool:
    """Whether ``tok`` is an act told as not yet done ("has yet to release the prisoners", "the
    army is yet to withdraw"): it has not happened, the act negated."""
    if tok.dep_ != "xcomp" or _lemma(tok.head) not in _YET_HOLDERS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)):
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in children_of(tok.head))


def _forgone(tok: Token) -> bool:
    """Whether ``tok`` is the act set aside in "rather than" or "instead of" ("urged them to
    negotiate rather than fight", "chose to talk instead of fighting"): an act not done."""
    if tok.dep_ in ("pobj", "pcomp"):
        marker = tok.head
    elif tok.dep_ == "conj":
        between = [c for c in children_of(tok.head) if tok.head.i < c.i < tok.i and c.lower_ in _FORGONE]
        if not between:
            return False
        marker = between[-1]
    else:
        return False
    adverb = _FORGONE.get(marker.lower_)
    return adverb is not None and any(c.dep_ == "advmod" and c.lower_ == adverb for c in children_of(marker))


# Grammar: words that open a clause whose bare verb is wished for, not done.
_SUBJUNCTIVE_MARKS = frozenset({"for", "that", "lest"})


def _subjunctive(tok: Token) -> bool:
    """A bare verb with a subject of its own and no auxiliary, opened by "for", "that" or "lest"
    ("pushing for the US support its plan", "insisted that the army withdraw"): an act wished
    for, not one that happened."""
    kids = children_of(tok)
    return (
        tok.tag_ == "VB"
        and any(c.dep_ == "nsubj" for c in kids)
        and not any(c.dep_ in ("aux", "auxpass") for c in kids)
        and any(c.dep_ == "mark" and c.lower_ in _SUBJUNCTIVE_MARKS for c in kids)
    )


def _announced_measure(f: Found, conditioned: bool, self_possible: bool) -> bool:
    """A measure reported as decided, with "would" and no condition ("the ministry said it would
    suspend its aid", "said it would freeze the generals' assets"): the sanction told ahead of
    its start, a future SANCTION, not a threat. A threat holds the act over the other side: made
    to depend on its conduct ("if talks fail"), left open ("may impose"), or announced to it in
    the speaker's own future ("will impose sanctions", kept a threat as PLOVER's examples code
    it); "threatened to..." is a trigger of its own."""
    return f.event == "SANCTION" and f.future and not f.future_time and not conditioned and not self_possible


# Grammar: the mark of an indirect yes-no question; adjectives that tell how likely an act is.
_OPEN_QUESTION = "whether"
_LIKELIHOOD = frozenset({"likely", "unlikely"})


def _open_question(chain: list[Token]) -> bool:
    """The act is asked about in an indirect question ("nobody knows whether the army will
    attack", "it is unclear whether talks will resume"): neither told nor announced."""
    return any(c.dep_ == "mark" and c.lower_ == _OPEN_QUESTION for t in chain for c in children_of(t))


def _under_a_modal(tok: Token, cues: Cues) -> bool:
    """A bare verb with no auxiliary of its own, the complement of a verb with a modal ("the
    deal would see both sides withdraw", "the plan could make the army leave"): the modal is its
    own, though the parser made it a clause of its own."""
    return (
        tok.dep_ == "ccomp"
        and tok.tag_ == "VB"
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in children_of(tok))
        and any(c.dep_ == "aux" and c.lower_ in cues.hypothetical_aux for c in children_of(tok.head))
    )


# Nouns of asking or pressing for an act ("pressure to free", "calls to release").
_ASKING = frozenset({"pressure", "call", "demand", "appeal", "plea", "petition", "request", "push", "campaign"})


def _asked_for(tok: Token) -> bool:
    """An infinitive on a noun of asking ("under pressure to release the prisoners", "growing
    calls to withdraw"): the act is what is asked, not what was done."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(tok))
        and _lemma(tok.head) in _ASKING
    )


def _bound_with_no_speaker(f: Found, chain: list[Token], cues: Cues) -> bool:
    """An act told with "must" or "should" and no one saying it ("under the truce, fighters must
    pull back"): a rule or a duty; one a party says is asked of another is its own REQUEST."""
    return f.speaker is None and any(
        c.dep_ == "aux" and c.lower_ in cues.obligation_aux for t in chain for c in children_of(t)
    )


def _likely(chain: list[Token]) -> bool:
    """The act is told as likely or unlikely ("the ruling is likely to trigger protests"): a
    forecast, not a report."""
    return any(t.pos_ == "ADJ" and t.lower_ in _LIKELIHOOD for t in chain)


def _unwilling(verb: Token, cues: Cues) -> bool:
    """ "would not" on a verb with no condition ("Israel would not allow journalists to enter the
    zone", "the rebels would not hand over their arms"): a refusal told of the past, the act
    negated and not merely supposed; "would not withdraw if attacked" stays a supposition."""
    if not any(c.dep_ == "neg" for c in children_of(verb)):
        return False
    return not any(
        c.dep_ == "advcl" and any(_lemma(m) in cues.conditional_marks for m in children_of(c) if m.dep_ == "mark")
        for c in verb.subtree  # the parser may hang the condition on the complement ("allow them to cross if...")
    )


# Grammar: the auxiliaries that open a condition by inversion ("had they attacked", "were the troops
# to cross", "should the ships enter"), and the phrases that open one before a clause ("in case").
_INVERTING = frozenset({"had", "were", "should"})
_CASE_PHRASES = (("in", "case"), ("in", "the", "event", "that"), ("in", "the", "event"))


def opens_a_condition(node: Token) -> bool:
    """Whether the subordinate clause headed by ``node`` is a condition with no "if": opened by an
    inverted auxiliary with its subject after it, or by "in case" or "in the event that"."""
    if node.dep_ not in ("advcl", "ccomp", "relcl", "acl") or node.head.i == node.i:
        return False
    first = node.left_edge
    doc = node.doc
    if first.lower_ in _INVERTING and first.tag_ in ("VBD", "MD") and first.i + 1 < len(doc):
        after = doc[first.i + 1]
        return after.pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM") and not doc[-1].text.endswith("?")
    for phrase in _CASE_PHRASES:
        start = first.i - len(phrase) + (1 if first.lower_ == phrase[-1] else 0)
        if start >= 0 and tuple(t.lower_ for t in doc[start : start + len(phrase)]) == phrase:
            return True
    return False


def _in_a_condition(chain: list[Token]) -> bool:
    """The act sits in a condition opened by inversion or by "in case" ("had the rebels attacked
    the town, the army would have intervened", "would respond in case the ships crossed"): it is
    supposed, not told. The parser may hang the clause on the inverted auxiliary ("were")."""
    for t in chain:
        if opens_a_condition(t):
            return True
        if t.dep_ in ("advcl", "ccomp", "xcomp") and t.head.lower_ in _INVERTING and opens_a_condition(t.head):
            return True
    return False


# Verbs of holding back whose negation affirms the act they hold ("will not hesitate to strike").
_LITOTES = frozenset({"hesitate"})


def aux_flags(f: Found, cues: Cues) -> None:
    """Set ``f``'s negated, future and hypothetical flags from its clause; an announced or
    conditional conflictual act becomes a threat, and future intentions take PLOVER's categories."""
    chain = clause_chain(f.token, cues)
    reporting = cues.reporting
    # "said they would...": "would" in a reported clause is the future seen from the past
    reported = f.speaker is not None or any(t.dep_ == "ccomp" and _lemma(t.head) in reporting for t in chain)
    contrasted = _contrasted(chain)
    for t in chain:
        for c in children_of(t):
            lem = _lemma(c)
            if c.dep_ == "neg" and t.i != f.token.i and _lemma(t) in _LITOTES:
                continue  # "will not hesitate to impose sanctions": the act is meant, not denied
            if (c.dep_ == "neg" and t.i not in contrasted) or (c.dep_ == "det" and lem == "no" and t.i == f.token.i):
                f.negated = True
            if c.dep_ in ("aux", "auxpass"):
                if lem in cues.future_aux or c.lower_ in cues.future_aux:
                    f.future = f.future_time = True
                elif lem in cues.hypothetical_aux or c.lower_ in cues.hypothetical_aux:
                    if c.lower_ in ("would", "'d") and (reported or _unwilling(t, cues)):
                        f.future = True
                    else:
                        f.hypothetical = True
            if c.dep_ == "mark" and lem in cues.conditional_marks:
                f.hypothetical = True
        if t.i != f.token.i and _lemma(t) in cues.intent_future:
            f.future = True
    if _forgone(f.token) or _disowned(f.token) or _not_yet(f.token):
        f.negated = True
    if _subjunctive(f.token):
        f.hypothetical = True
    if _in_a_condition(chain):
        f.hypothetical = True
    if _prospective(f.token) and f.event in _FUTURE_BECOMES:
        f.future = True  # "before a planned visit to Moscow": the visit is promised, not made
    if f.event == "AID" and _announced_aid(f.token):
        f.future = True  # "announced $5 million in aid": a promise of aid
    if _intended(f.token):
        f.future = True  # "announced its intention to lay down arms"
        if t.dep_ == "advcl" and any(
            _lemma(c) in cues.conditional_marks for c in children_of(t) if c.dep_ == "mark"
        ):
            f.hypothetical = True
    if _possible_act(f.token):
        f.hypothetical = True
    if _under_a_modal(f.token, cues) or _likely(chain) or _asked_for(f.token) or _bound_with_no_speaker(f, chain, cues):
        f.hypothetical = True
    if _open_question(chain):
        f.hypothetical = True
        return  # asked about, so neither a threat nor an announced intention
    if factuality.foreseen(f.token):
        if not f.hypothetical:
            f.future = True  # "fear the militia will seize the town": looked for, not done
        return  # another's expectation, so neither the doer's threat nor its promise
    if constructions.apply(f, chain):
        return
    # "will impose sanctions", "may halt talks if...": a conflictual act announced or made
    # conditional is a threat of that act (PLOVER THREATEN), not the act
    # the condition may hang on the light verb of a nominal act ("would take countermeasures if...")
    conditioned = any(
        c.dep_ == "advcl" and any(_lemma(m) in ("if", "unless") for m in children_of(c) if m.dep_ == "mark")
        for t in chain[:2]
        for c in children_of(t)
    ) or any(opens_a_condition(c) for t in chain[:2] for c in children_of(t))
    threat_lemma = _THREAT_LEMMAS.get(f.entry.lemma) if f.event != "THREATEN" else None
    has_subject = bool(f.actor) or any(c.dep_ == "nsubj" for t in chain for c in children_of(t))
    # "the governor said looters would be shot on sight": a passive act with no agent that a
    # party announces is its own threat
    announced = (
        not f.actor
        and f.speaker is not None
        and f.event in ("ASSAULT", "COERCE")
        and any(c.dep_ == "nsubjpass" for c in children_of(f.token))
    )
    has_subject = has_subject or announced
    if f.token.dep_ == "dobj" and _lemma(f.token.head) in _UNDERGOING:
        has_subject = False  # "the firm could face sanctions": its subject is the target, not a threatener
    # "Turkey said it may impose sanctions": a party that says it may use force or pressure
    # threatens to (a possibility others see in it, "analysts said Russia may attack", is none)
    self_possible = f.hypothetical and _possible(chain) and _says_of_itself(f)
    if (f.future or conditioned or self_possible) and not f.negated and (f.event in _THREAT_OF or threat_lemma) \
            and has_subject and not _announced_measure(f, conditioned, self_possible):
        f.mode = (
            _THREAT_OF[f.event].get(f.mode or "", _THREAT_OF[f.event][""])
            if f.event in _THREAT_OF
            else threat_lemma
        )
        f.event = "THREATEN"
        f.rule += " +future -> THREATEN"
        f.future = f.hypothetical = False  # the threat is made: a fact
        if announced and f.speaker is not None:
            f.actor, f.actor_how = [f.speaker], "speaker"
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
        if f.event == "CONCEDE" and _offered(f.token):
            f.event = "AGREE"  # "would cease firing if the militia stopped": a concession offered in return
        f.mode = None
        f.rule += f" +future -> {f.event}"
        f.future = False  # the promise or announcement is made: a fact
