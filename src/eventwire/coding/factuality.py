"""Factuality: does the text assert that the act happened?

PLOVER's auxiliary modes (negated, hypothetical, future, historical) are set where the clause is
read (``coder``); this stage adds the two that say who stands behind a claim:

* **denied**: the act sits under a denial ("Russia denied that its troops had attacked the
  village", "rejected reports of shelling"): the text reports that someone says it did not happen;
* **alleged**: the act is laid at a party's door by another party, or hedged ("accused Iran of
  supplying the drones", "the allegedly rigged vote", "police said the suspects reportedly
  planned", "an attack which Russia blamed on Ukraine", "are believed to have abducted"), or
  called a disputed claim ("said its gunners had downed a helicopter, a claim the navy denied"):
  the text reports a claim, not a fact.

The walk goes up from the trigger through the complements that carry reported content (clausal
and prepositional complements, objects) and stops at the first clause head that is neither a
denial nor an allegation, so "X denied the charge and attacked Y" leaves the attack a fact.

It also sets one hypothetical of its own, **considered**: an act that a party weighs ("is weighing
sanctions", "is considering sending troops"): it is not done yet, and PLOVER codes it as hypothetical;
and one more allegation, **punditry**: an act in what commentators or critics say, argue or
believe ("analysts say the launches let Tehran improve its missiles"): their reading of events,
not a report of one. Three more
hypotheticals: an act **asked** about in a direct question ("Will the army attack the town?"), one
a party is **bound to** ("the rebels are required to hand over their arms") or is responsible for
("is responsible for delivering aid"), and one a party is
**able** or allowed to do ("under the new law police can hold suspects for a month").

An event with any of negated, hypothetical, future, denied or alleged is not a fact
(``Aux.factual``); the default output holds facts only.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.lexicon import default_lexicon
from ..knowledge.lexicon import words as lexicon_words
from .syntax import children_of, lemma_of

_DENIAL = lexicon_words("denial_words")
_ALLEGATION = lexicon_words("allegation_words")
_HEDGES = lexicon_words("hedge_words")
_REPORTING = frozenset(default_lexicon().cues.reporting)
_ONLOOKING = lexicon_words("onlooking_verbs")  # "denied witnessing the shelling": not the act's verb
_UNDERGOING = lexicon_words("undergoing_verbs")
_CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "charge", "assertion"})

# Dependencies along which reported content hangs from the word that reports it.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "pcomp", "pobj", "prep", "dobj", "acl", "advcl", "conj", "appos"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "ROOT"})


def _governors(trigger: Token, max_hops: int = 6) -> list[Token]:
    """The words above ``trigger`` that its content hangs from, nearest first, up to the first
    clause head that does not report (that clause is the trigger's own world)."""
    out: list[Token] = []
    cur = trigger
    for _ in range(max_hops):
        if cur.dep_ not in _CONTENT_DEPS or cur.head.i == cur.i:
            break
        if cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX"):
            if not _reported_conjunct(cur) and not alleged_conjunct(cur):
                break  # "denied the charge and attacked": a coordinate clause stands on its own
            cur = cur.head  # "said troops had looted the clinic and beaten two staff": both reported
            continue
        if _trailing_participle(cur):
            break  # "was suspected of spying, rejecting calls for his release": an act of its own
        below, cur = cur, cur.head
        out.append(cur)
        lem = lemma_of(cur)
        if cur.pos_ in ("VERB", "AUX") and lem not in _DENIAL and lem not in _ALLEGATION:
            if not _carries(below, cur):
                break
    return out


def _reported_conjunct(verb: Token) -> bool:
    """Whether a verb coordinated with an earlier one shares what that one's clause reports: the
    earlier one is what a verb of saying reports ("said the troops had looted the clinic and beaten
    two staff"). After a denial the parser often hangs the denier's next act on the denied one
    ("denied that its soldiers shelled the camp and accused the rebels"): that stays a fact."""
    first = verb.head
    if first.dep_ != "ccomp" or lemma_of(first) in _DENIAL or lemma_of(first) in _ALLEGATION:
        return False
    reporter = lemma_of(first.head)
    return reporter in _REPORTING and reporter not in _DENIAL  # "denied that ... and accused": the parser's slip


# Grammar: the dependencies by which an accusation's content hangs from it or from its preposition.
_ACCUSED_CONTENT = frozenset({"pcomp", "ccomp", "acl", "xcomp"})


def alleged_conjunct(verb: Token) -> bool:
    """Whether a verb coordinated with an earlier one goes on with what an accusation lays at a
    party's door ("accused the army of shelling the town and killing six civilians", "alleged that
    troops shelled the town and killed six"): the accusation's content, as the first verb is."""
    first = verb.head
    if verb.dep_ != "conj" or first.dep_ not in _ACCUSED_CONTENT or first.head.i == first.i:
        return False
    above = first.head
    if above.pos_ == "ADP" and above.head.i != above.i:
        above = above.head if above.head.dep_ != "dobj" else above.head.head  # "accused the army of ..."
    return lemma_of(above) in _ALLEGATION


# Grammar: verbs of attempting, whose infinitive is the act they attempt ("tried to intimidate").
_ATTEMPT = frozenset({"try", "attempt", "seek"})


def _carries(below: Token, verb: Token) -> bool:
    """Whether ``verb`` only carries the act told by ``below``, so that what reports or denies the
    verb reports or denies the act: the verb of an act named by a noun ("denied carrying out the
    air strike", "had used chemical weapons") or a verb of attempting ("tried to intimidate")."""
    if below.dep_ == "xcomp":
        return lemma_of(verb) in _ATTEMPT
    lem = lemma_of(verb)
    return below.dep_ == "dobj" and below.pos_ == "NOUN" and lem not in _ONLOOKING and lem not in _UNDERGOING


def _trailing_participle(tok: Token) -> bool:
    """A participle clause set off by a comma after a verb of alleging or denying in a reported
    clause ("a spokesman said the man was suspected of spying, rejecting calls for his release"):
    the parser hangs on the nearest verb what the reporter did besides, which is no part of what
    is alleged or denied. Where the alleging verb is the sentence's own ("accused the men of
    torching a bus, injuring three"), it stays part of the allegation."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i <= tok.head.i or tok.nbor(-1).text != ",":
        return False
    verb = tok.head
    if lemma_of(verb) not in _ALLEGATION and lemma_of(verb) not in _DENIAL:
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "said the case would be handled ... and that he was suspected of ..."
    return verb.dep_ == "ccomp" and lemma_of(verb.head) in _REPORTING


def denied(trigger: Token, *, own_lemma: str = "") -> bool:
    if disputed_claim(trigger, own_lemma=own_lemma):
        return True
    return any((lemma_of(g) in _DENIAL and not _claim_subject(g)) or _rebutted(g) for g in _governors(trigger))


def _claim_subject(verb: Token) -> bool:
    """A denial whose parsed subject is a claim noun ("accused the navy of dumping waste, charges
    both denied"): a charge denies nothing, so the noun is what is denied, a restatement of the
    clause before it, which the parser hung under the denial; that clause itself is not denied."""
    return any(c.dep_ == "nsubj" and lemma_of(c) in _CLAIM_NOUNS for c in children_of(verb))


# Nouns of a claim or a report that a clause may hold the content of; verbs that rebut one.
_TOLD_NOUNS = _CLAIM_NOUNS | {"report", "rumour", "rumor", "suggestion"}
_REBUTTING = _DENIAL | {"reject"}


def _rebutted(noun: Token) -> bool:
    """A claim or report rebutted by the verb it is the object of ("rejected claims that its
    troops had tortured detainees", "dismissed reports that..."): what it tells is denied."""
    return (
        noun.pos_ == "NOUN"
        and lemma_of(noun) in _TOLD_NOUNS
        and noun.dep_ == "dobj"
        and lemma_of(noun.head) in _REBUTTING
    )


def rebuts_claim(tok: Token) -> bool:
    """A verb that rejects or dismisses a claim whose content is a clause ("rejected claims that
    its troops had tortured detainees"): a denial of the act the clause tells, which keeps that act
    flagged denied; a denial is no REJECT. Rejecting a proposal or a demand stays a REJECT."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in _REBUTTING:
        return False
    return any(
        _rebutted(obj) and any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in children_of(obj))
        for obj in children_of(tok)
        if obj.dep_ == "dobj"
    )


def alleged(trigger: Token, *, own_lemma: str) -> bool:
    """The act is an allegation's content or is hedged. An accusation itself is a fact."""
    if own_lemma in _ALLEGATION:
        return False
    if any(lemma_of(c) in _HEDGES or c.lower_ in _HEDGES for c in children_of(trigger) if c.dep_ in ("advmod", "amod")):
        return True
    governors = _governors(trigger)
    if any(lemma_of(g) in _ALLEGATION and not _rebutted(g) for g in governors):
        return True
    if any(g.pos_ == "NOUN" and _hedged(g) for g in governors):
        return True  # "there were unconfirmed reports that soldiers had shot two protesters"
    if any(c.dep_ == "relcl" and lemma_of(c) in _ALLEGATION for c in children_of(trigger)):
        return True  # "an attack on the bridge, which Russia blamed on Ukrainian drones"
    if _believed(trigger) or blamed_party(trigger) is not None:
        return True
    if disputed_claim(trigger, own_lemma=own_lemma):
        return True
    return any(_disputed(g) for g in governors if g.pos_ in ("VERB", "AUX"))


# Grammar: the verb that lays an act at a party's door with "on" ("blamed the blast on X").
_BLAMING = frozenset({"blame"})


def blamed_party(trigger: Token) -> Token | None:
    """The word naming the party an act is blamed on ("the bombing was blamed on separatists",
    "police blamed the blast on rebels", "blamed the rebels for the ambush", "an attack which
    Russia blamed on Ukraine"): the act is alleged, and that party is its alleged doer."""
    verb = trigger.head
    if trigger.dep_ in ("nsubjpass", "dobj") and lemma_of(verb) in _BLAMING:
        on = next((c for c in children_of(verb) if c.dep_ in ("prep", "dative") and c.lower_ == "on"), None)
        return next((g for g in children_of(on) if g.dep_ == "pobj"), None) if on is not None else None
    if trigger.dep_ == "pobj" and verb.lower_ == "for":
        if lemma_of(verb.head) in _BLAMING:
            return next((c for c in children_of(verb.head) if c.dep_ == "dobj"), None)
        if verb.head.dep_ == "dobj" and lemma_of(verb.head.head) in _BLAMING:
            return verb.head  # the parser hangs "for" on the party blamed
    rel = next((c for c in children_of(trigger) if c.dep_ == "relcl" and lemma_of(c) in _BLAMING), None)
    if rel is None:
        return None
    on = next((c for c in children_of(rel) if c.dep_ in ("prep", "dative") and c.lower_ == "on"), None)
    return next((g for g in children_of(on) if g.dep_ == "pobj"), None) if on is not None else None


# Grammar: verbs that lay an act named by a noun at a party's door, each with its preposition
# ("accused the navy of an attack", "charged the guards with murder", "suspected the gang of arson").
_LAYING_AT_DOOR = {"accuse": "of", "suspect": "of", "charge": "with"}
_RELATIVE = frozenset({"who", "whom", "which", "that"})


def accused_party(trigger: Token) -> Token | None:
    """The word naming the party an act named by a noun is laid on by a verb of accusing ("accused
    the navy of an attack on the boats", "the guards were charged with murder"): the act's alleged
    doer, the verb's object, or its subject when passive; None for anything else."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep" or trigger.pos_ != "NOUN":
        return None
    above = prep.head
    if above.dep_ == "dobj" and _LAYING_AT_DOOR.get(lemma_of(above.head)) == prep.lower_:
        return above  # the parser hangs "of" on the party accused
    if above.pos_ != "VERB" or _LAYING_AT_DOOR.get(lemma_of(above)) != prep.lower_:
        return None
    kids = children_of(above)
    doer = next((c for c in kids if c.dep_ == "nsubjpass"), None) or next((c for c in kids if c.dep_ == "dobj"), None)
    if (doer is None or doer.lower_ in _RELATIVE) and above.dep_ == "relcl":
        return above.head  # "the militia, which villagers accuse of arson": its antecedent
    return doer


# Verbs of belief or hearsay whose passive hedges what its subject did ("are believed to have
# abducted", "were said to have shelled", "is reported to have fled").
_BELIEF = frozenset({"believe", "think", "presume", "say", "report", "rumour", "rumor"})


def _believed(trigger: Token) -> bool:
    """The act is what its doer is believed or said to have done ("the gunmen are believed to have
    abducted 30 students", "was thought to have ordered the killing", "the militia is said to have
    burned the village"): a belief or hearsay that no one named stands behind, not a report."""
    if trigger.dep_ != "xcomp" or lemma_of(trigger.head) not in _BELIEF:
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(trigger.head))


def _hedged(noun: Token) -> bool:
    """Whether a noun that carries reported content is hedged ("unconfirmed reports", "purported
    claims"): what it reports is not confirmed."""
    return any(c.dep_ == "amod" and (lemma_of(c) in _HEDGES or c.lower_ in _HEDGES) for c in children_of(noun))


def _disputed(verb: Token) -> bool:
    """A report the sentence itself calls a disputed claim ("said its fighters had shot down an
    aircraft, a claim the army denied")."""
    for t in verb.subtree:
        if t.dep_ in ("appos", "npadvmod", "dobj", "dep") and lemma_of(t) in _CLAIM_NOUNS and t.i > verb.i:
            if any(lemma_of(c) in _DENIAL for c in t.subtree if c.pos_ == "VERB"):
                return True
    return False


# Verbs by which a party disputes a claim ("a claim the army denied", "charges Tarvan rejected").
_DISPUTING = _REBUTTING | {"dispute", "contest"}
# Nouns that call what a clause tells one side's account.
_ACCOUNT_NOUNS = _CLAIM_NOUNS | {"account", "report", "version"}


def disputed_claim(trigger: Token, *, own_lemma: str = "") -> bool:
    """The act is told in a clause that the sentence then calls a claim another party denies or
    rejects ("soldiers burned the houses, a claim the army denied", "said its gunners had downed a
    drone, an account the navy disputed", "had rammed the boat, which the coast guard denied"): one
    side's account, which the other side denies (PLOVER alleged and denied). After an accusation
    ("condemned the raid and accused X of funding the rebels, a charge X rejected") the claim is the
    accusation's content; the accusation itself, and what stands beside it, are facts."""
    if own_lemma in _ALLEGATION:
        return False
    for t in trigger.sent:
        if t.i <= trigger.i or not _disputing_appositive(t):
            continue
        if t.dep_ == "ROOT":
            # "troops were deployed there, according to diplomats, a claim the junta denies": the
            # parser makes the claim the head of the clause it names
            if trigger.i in {d.i for d in t.subtree} and not _in_clause_of(trigger, t):
                return True
            continue
        clause = _clause_verb(t.head)
        if clause is None:
            continue
        scope = _claimed_verbs(clause, before=t.i)
        if trigger.i in scope or any(g.i in scope for g in _governors(trigger)):
            return True
    return False


def _disputing_appositive(t: Token) -> bool:
    """A phrase set off by a comma that calls what comes before a claim a party disputes: a claim
    noun with a clause of disputing ("a claim the army denied") or a "which" clause of it (",
    which the navy denied")."""
    if t.left_edge.i == 0 or t.doc[t.left_edge.i - 1].text not in (",", "--", "\u2014", "\u2013"):
        return False
    if lemma_of(t) in _ACCOUNT_NOUNS:
        return any(c.dep_ in ("relcl", "acl") and lemma_of(c) in _DISPUTING for c in children_of(t))
    return (
        t.dep_ == "relcl"
        and lemma_of(t) in _DISPUTING
        and t.left_edge.lower_ == "which"
    )


def _in_clause_of(tok: Token, claim: Token) -> bool:
    """Whether ``tok`` is in the disputing clause of ``claim`` itself ("the junta denies")."""
    return any(c.dep_ in ("relcl", "acl") and tok.i in {d.i for d in c.subtree} for c in children_of(claim))


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause ``tok`` stands in: itself or its nearest verb above."""
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _claimed_verbs(clause: Token, *, before: int) -> set[int]:
    """The verbs a claim set after ``clause`` calls into question: the coordinated verbs of its
    clause ("had looted the clinic and beaten two staff, an accusation..."), or, when the last of
    them is an accusation, that one alone, whose content the claim is."""
    first = clause
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    verbs = [first]
    while True:
        nxt = [c for c in children_of(verbs[-1]) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i < before]
        if not nxt:
            break
        verbs.append(nxt[-1])
    if lemma_of(verbs[-1]) in _ALLEGATION:
        return {verbs[-1].i}
    return {v.i for v in verbs}


# Verbs of weighing a course of action: what they weigh is not done yet.
_DELIBERATION = frozenset({"consider", "weigh", "mull", "contemplate", "ponder", "study", "explore", "eye"})


def considered(trigger: Token) -> bool:
    """The act is one a party weighs ("the government is weighing sanctions", "is considering
    sending troops", "studying whether to reopen the crossing"): hypothetical, as PLOVER has it."""
    if trigger.dep_ not in ("dobj", "xcomp", "ccomp") or trigger.head.i == trigger.i:
        return False
    return lemma_of(trigger.head) in _DELIBERATION



# Commentators: what they say an act does or would do is their reading, not a report.
_PUNDITS = frozenset({"analyst", "expert", "observer", "commentator", "economist", "scholar", "academic", "critic"})
# Verbs of giving a reading of events.
_READING = frozenset({"say", "argue", "believe", "think", "suggest", "contend", "reckon"})


def punditry(trigger: Token) -> bool:
    """The act is the content of what commentators or critics say, argue or believe ("analysts say
    the launches let Tehran improve its missiles", "critics argue the aid will do little"): a
    reading of events, not a report of one. An act they tell in the simple past ("the junta arrested
    twelve activists on Sunday, observers said") is a report of what they saw, not a reading."""
    if trigger.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in children_of(trigger)):
        return False
    cur = trigger
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.pos_ == "VERB" and lemma_of(cur.head) in _READING:
            return any(c.dep_ == "nsubj" and lemma_of(c) in _PUNDITS for c in children_of(cur.head))
        cur = cur.head
    return False



# Grammar: the dependencies that tie a word to the clause it stands in, up to that clause's head.
_IN_CLAUSE = frozenset({
    "xcomp", "conj", "relcl", "advcl", "acl", "dobj", "pobj", "prep", "pcomp", "nsubj", "nsubjpass", "attr", "amod",
    "compound", "ccomp", "csubj", "appos", "npadvmod", "oprd", "agent", "dative",
})


def asked(trigger: Token) -> bool:
    """The act is in a direct question ("Will the army attack the town?", "Why should we talk
    to them?"): the clause that holds it ends with a question mark; asked about, not told."""
    cur = trigger
    for _ in range(10):
        if any(c.dep_ == "punct" and c.lower_ == "?" for c in children_of(cur)):
            return True
        if cur.head.i == cur.i or cur.dep_ not in _IN_CLAUSE:
            return False
        cur = cur.head
    return False


# Verbs that bind a party to an act: what it is bound to do is not done yet.
_BINDING = frozenset({"require", "oblige", "obligate", "bind", "suppose"})


def bound_to(trigger: Token) -> bool:
    """The act is one a party is bound to ("the rebels are required to hand over their weapons",
    "the pact obliges both sides to withdraw", "the minister has to consult parliament"), or its
    task ("the agency is responsible for delivering food to the camps"): an obligation or a remit,
    not a deed."""
    if trigger.dep_ == "xcomp" and (lemma_of(trigger.head) in _BINDING or _must(trigger)):
        return True
    return _remit(trigger)


def _remit(trigger: Token) -> bool:
    """A gerund after "responsible for" ("is responsible for delivering food aid"): a task; a
    noun there ("responsible for the attack") is a claim of a deed and is left alone."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "pcomp":
        return False
    prep = trigger.head
    return prep.lower_ == "for" and lemma_of(prep.head) == "responsible"


# Grammar: the tags of a verb told now ("has to", "needs to") or after a modal ("will have to").
_NOW_OR_AHEAD = frozenset({"VBZ", "VBP", "VB"})
_HAVING_TO = frozenset({"have"})


def present_necessity(verb: Token, *, lemmas: frozenset[str] = _HAVING_TO) -> bool:
    """Whether ``verb`` is a verb of necessity (``lemmas``) told now or after a modal ("has to",
    "will have to", "needs to"): what it binds a party to is not done yet. Told in the past ("had
    to flee") it tells what the party did; with "yet" ("has yet to") it is an act not done, which
    the auxiliary modes negate. One test for the obligation here and the request in
    :mod:`eventwire.coding.speakers`."""
    if lemma_of(verb) not in lemmas or verb.tag_ not in _NOW_OR_AHEAD:
        return False
    return not any(c.lower_ == "yet" for c in children_of(verb))


def _must(trigger: Token) -> bool:
    """ "has to" / "will have to" with the act's infinitive: an obligation."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(trigger)):
        return False
    return present_necessity(trigger.head)


# Grammar: the modal of ability or permission ("ca" is the parser's half of "can't").
_ABILITY = frozenset({"can", "ca"})


def able(trigger: Token) -> bool:
    """A verbal act told with "can" ("under the new law police can hold suspects for a month"):
    what a party is able or allowed to do, not what it did."""
    cur = trigger
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _ABILITY for c in children_of(cur)):
            return True
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# Verbs of expecting, fearing or hoping that something will happen.
_FORESEEING = frozenset({
    "expect", "fear", "predict", "anticipate", "forecast", "foresee", "worry", "hope", "dread", "want", "wish",
})


def _subject(verb: Token) -> Token | None:
    return next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)


def foreseen(trigger: Token) -> bool:
    """The act is what one party expects, fears or hopes another will do ("residents fear the
    militia will seize the town", "officials expect the rebels to launch an offensive", "the
    government hopes the rebels will lay down their arms", "residents want the governor to
    resign"): a prediction or a wish of onlookers,
    neither a deed nor the doer's own threat or promise. A party's hope or plan for its own act
    ("hoped to reach a deal", "expects that it will finish the pullout") is its intention and is
    left to the future rules."""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.pos_ == "VERB":
        verb = trigger.head
    if verb.head.i == verb.i or lemma_of(verb.head) not in _FORESEEING:
        return False
    above = verb.head
    if verb.dep_ == "xcomp":
        # "expect the rebels to launch": the doer is the object of the verb of expecting
        return any(c.dep_ == "dobj" and c.i < verb.i for c in children_of(above))
    if verb.dep_ != "ccomp":
        return False
    doer, onlooker = _subject(verb), _subject(above)
    if doer is None or doer.pos_ == "PRON" or onlooker is None:
        return False
    return lemma_of(doer) != lemma_of(onlooker)
