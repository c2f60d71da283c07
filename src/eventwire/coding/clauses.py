"""Where a trigger stands in its sentence: the main predication, or only the scene.

``_central`` tells a trigger of the sentence's main predication (a clause head, or the object
of one); ``_background`` a trigger that only sets the scene (a clause modifying a noun, a phrase
or clause of time or cause). ``_predicate_trigger`` finds the trigger a copula predicates.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.lexicon import load_word_classes
from ..knowledge.lexicon import words as lexicon_words
from .syntax import children_of
from .triggers import Found, _lemma, described_act

_BACKGROUND_PREPS = lexicon_words("background_prepositions")
_BACKGROUND_MARKS = lexicon_words("background_subordinators")
_UNFOLDING = lexicon_words("unfolding_verbs")
_HABITUAL_ADVERBS = lexicon_words("habitual_adverbs")
_CASUALTY_STATES = lexicon_words("casualty_states")
# Nouns naming people or groups: a participle on them tells what was done to them.
_PEOPLE = load_word_classes()["person"] | load_word_classes()["party"]


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


def _clause_head(tok: Token, reporting: frozenset[str]) -> bool:
    """A verb heading the sentence, a reported clause or a coordinate of either."""
    cur, hops = tok, 0
    while hops < 6:
        if cur.dep_ == "ROOT" or missed_main_verb(cur):
            return True
        if cur.dep_ in ("conj", "xcomp"):
            cur, hops = cur.head, hops + 1
            continue
        if cur.dep_ in ("ccomp", "parataxis") and _lemma(cur.head) in reporting:
            return True
        if cur.dep_ in _CLAUSE_LINKS and _beyond_semicolon(cur):
            return True
        return False
    return False


def missed_main_verb(verb: Token) -> bool:
    """A verb in the simple past the parser hung on the sentence's subject as a modifier, leaving
    the subject as the root ("The Arctic Council on Trade(ROOT) called(acl) on its members to..."):
    the sentence's main verb; a past participle ("a group called X") is tagged VBN, and one set off
    by a comma or with an agent ("the army, invited by the rebels, ...") modifies its noun."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in children_of(verb))
        and not any(t.text == "," for t in verb.doc[head.i + 1 : verb.i])
    )


# Grammar: relations the parser may give a clause that a semicolon sets apart from its neighbour.
_CLAUSE_LINKS = frozenset({"ccomp", "parataxis", "advcl", "conj"})


def _beyond_semicolon(clause: Token) -> bool:
    """A clause with a subject of its own that a semicolon parts from the clause it hangs on
    ("court jails X; police detain hundreds"): a sentence of its own, whatever the parser says."""
    if not semicolon_between(clause, clause.head):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause))


def semicolon_between(a: Token, b: Token) -> bool:
    """Whether a semicolon stands between tokens ``a`` and ``b``."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo + 1 : hi])


def absolute_clause(tok: Token) -> bool:
    """Whether ``tok`` heads a clause with its own subject after "with" ("talks failed, with the
    envoy accusing Washington of..."): a second happening beside the first, not its scene."""
    return (
        tok.dep_ == "pcomp"
        and tok.pos_ == "VERB"
        and _lemma(tok.head) == "with"
        and any(c.dep_ == "nsubj" for c in children_of(tok))
    )


def unfolding_subject(tok: Token) -> bool:
    """Whether a trigger noun is the subject of a verb that only says it takes place or goes on
    ("as strikes spread to the ports", "since the offensive began"): the clause tells of that
    happening, whatever the clause's own rank in the sentence."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubj" and _lemma(tok.head) in _UNFOLDING


# Grammar: prepositions of the occasion an act took place at ("arrested at protests over the vote").
_OCCASION_PREPS = frozenset({"at"})


def protest_in_scene(tok: Token) -> bool:
    """Whether a plural protest noun is the time, cause or occasion of another act ("resigned
    after weeks of protests", "arrests during demonstrations over the vote", "detained dozens at
    rallies"): the crowds' protests are happenings of their own that the act answers or follows,
    not only its scene (PLOVER codes the discrete events around a protest, and the protest
    itself). A single one ("after the rally") is more often a mention of one told before."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.tag_ != "NNS":
        return False
    prep = tok.head
    if _lemma(prep) == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "after weeks of protests": the span of time is what "after" takes
    return _lemma(prep) in _BACKGROUND_PREPS or _lemma(prep) in _OCCASION_PREPS


def _happened_subject_act(tok: Token) -> bool:
    """Whether a noun trigger is the subject of a verb told in the past with its undergoer after
    "of" ("the detention of the editor drew protests"): an act the sentence tells as done."""
    return (
        tok.dep_ == "nsubj"
        and tok.pos_ == "NOUN"
        and tok.head.tag_ == "VBD"
        and any(_lemma(c) == "of" and c.dep_ == "prep" and any(g.dep_ == "pobj" for g in children_of(c))
                for c in children_of(tok))
    )


def _central(tok: Token, reporting: frozenset[str]) -> bool:
    """Whether a trigger is the sentence's main predication: a clause head, or the object or
    passive subject of a clause head ("staged a protest", "a truce was signed"), or the subject
    of a clause that says it goes on ("as riots spread")."""
    if _clause_head(tok, reporting) or unfolding_subject(tok):
        return True
    if (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and not any(c.dep_ == "mark" for c in tok.children)
        and _clause_head(tok.head, reporting)
    ):
        # "blocked the website, accusing the broadcaster of...": a participial adjunct is a
        # second act of the same actor, not scenery
        return True
    if _reported_relative(tok) or passive_party_relative(tok) or dated_before_clause(tok):
        return True
    leaver = casualty_leaver(tok)
    if leaver is not None:
        return _central(leaver, reporting)  # "a day after an ambush left four soldiers dead"
    if tok.dep_ == "advcl" and _alongside(tok, marks := {_lemma(c) for c in children_of(tok) if c.dep_ == "mark"}):
        # "..., while Paris urged Moscow to free him"; a past happening of time or cause with a
        # subject of its own stands however deep its clause hangs ("sang, waving banners, before
        # the guards cleared the square")
        return _clause_head(tok.head, reporting) or (bool(marks & _HAPPENED) and _told_past(tok))
    if absolute_clause(tok):
        return _clause_head(tok.head.head, reporting)
    if tok.dep_ in ("advcl", "ccomp") and first_of_pair(tok.head) is tok:
        return _clause_head(tok.head, reporting)  # "refugees protest ration cuts, reject the plan"
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and _relative_conjunct(tok):
        return True  # "the minister, who dissolved the council and seized the archives"
    if _happened_subject_act(tok) and _clause_head(tok.head, reporting):
        return True  # "the arrest of the mayor drew protests": the arrest is told as done
    if tok.dep_ in ("dobj", "attr", "nsubjpass", "oprd", "acomp", "pobj"):
        head = tok.head if tok.dep_ != "pobj" else tok.head.head
        if _clause_head(head, reporting) or _dated_party_relative(head):
            return True  # "Chad, which launched air strikes on the camps, ...": the relative's own act
        amount = _measured(tok)
        return amount is not None and _clause_head(amount.head, reporting)
    return False


# Grammar: the prepositions that join an amount to what it measures ("$5 million in aid",
# "200 tonnes of food").
_MEASURE_PREPS = frozenset({"of", "in"})


def _measured(tok: Token) -> Token | None:
    """The amount ``tok`` is what of, when that amount is a clause's object ("approved $5 million
    in new funding", "flew 200 tonnes of aid"): the act is on ``tok``, the amount only sizes it."""
    prep = tok.head
    if tok.dep_ != "pobj" or _lemma(prep) not in _MEASURE_PREPS:
        return None
    amount = prep.head
    if amount.dep_ not in ("dobj", "nsubjpass", "attr"):
        return None
    sized = amount.tag_ == "CD" or amount.lower_ == "$" or any(c.dep_ == "nummod" for c in children_of(amount))
    return amount if sized else None


# Grammar: pronouns whose relative clause says who is meant, not what happened ("those who
# refused", "anyone who blocks a road").
_CLASS_PRONOUNS = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "everybody", "all"})
# Grammar: subordinators that may join a second report to the first rather than set its scene
# ("demanded his release, while Paris urged...") or tell what it answered ("sent troops after
# gunmen killed 11 villagers": the killing happened too, and is its own event).
_ALONGSIDE = frozenset({"while", "whereas", "after"})
# Grammar: subordinators of time or cause whose clause, told in the past with a subject of its
# own, tells a happening that took place ("before the guards cleared the square", "since the
# mayor was arrested", "because rebels shelled the port"), unlike a condition or a limit
# ("until", "once") or a clause of the same moment ("as", "when"), which is often the main act's
# own scene.
_HAPPENED = frozenset({"before", "since", "because"})
_PAST = frozenset({"VBD"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Grammar: the present tense a headline tells its news in.
_PRESENT = frozenset({"VBZ", "VBP"})


def _alongside(clause: Token, marks: set[str]) -> bool:
    """A "while" or "after" clause with its own subject and a finite verb tells a second
    happening beside the first ("demanded his release, while Paris urged Moscow to free him",
    "resigned hours after a group of men attacked students"), not its scene; so does a headline's
    "as" clause in the present ("police fire tear gas as farmers march on the capital"), and a
    past clause of what went before or caused it ("quit the talks before the rebels shelled the
    port", "since the mayor was arrested")."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause))
    if "as" in marks and clause.tag_ in _PRESENT:
        return own_subject
    if marks & _HAPPENED and own_subject and _told_past(clause):
        return True
    return bool(marks & _ALONGSIDE) and clause.tag_ in _FINITE and own_subject


# Grammar: the subordinator that tells a later happening beside the main act. ("after" clauses
# are left to ``_alongside``: taken here too, their parties and places came out wrong.)
_LATER = "before"
# Grammar: prepositions that join a date to a verb ("in March", "on Friday").
_DATE_PREPS = frozenset({"in", "on"})


def casualty_leaver(tok: Token) -> Token | None:
    """The verb "leave" whose subject ``tok`` left people dead or wounded ("an ambush left four
    drivers dead"): the clause tells what the attack did, so the attack stands where that verb
    stands; None otherwise."""
    verb = tok.head
    if tok.dep_ != "nsubj" or _lemma(verb) != "leave" or verb.i == tok.i:
        return None
    states = [c for c in children_of(verb) if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "advcl")]
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if obj is not None:
        states += [c for c in children_of(obj) if c.dep_ == "amod" and c.i > obj.i]
    return verb if any(c.lower_ in _CASUALTY_STATES for c in states) else None


def dated_before_clause(clause: Token) -> bool:
    """A "before" clause told in the past with a named subject and a date of its own ("...,
    ruling the deal void, before the two ministries signed an accord in July"): a dated
    happening of its own however deep the parser hangs it (here under a reported clause of a
    participle), never the scene of the act it sits in."""
    if clause.dep_ != "advcl" or not _told_past(clause):
        return False
    kids = children_of(clause)
    if not any(c.dep_ == "mark" and _lemma(c) == _LATER for c in kids):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in kids):
        return False
    return any(_a_date(c) for c in kids)


def _a_date(tok: Token) -> bool:
    """Whether ``tok``, a verb's dependent, dates it: a date ("Friday", "last year") or a
    preposition of time with one ("in March", "on 4 May")."""
    if tok.dep_ in ("npadvmod", "tmod") and tok.ent_type_ == "DATE":
        return True
    return (
        tok.dep_ == "prep"
        and _lemma(tok) in _DATE_PREPS
        and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in children_of(tok))
    )


def _told_past(verb: Token) -> bool:
    """Whether ``verb`` is told in the past: a past tense, or a past participle whose auxiliary
    is ("was jailed", "had fled")."""
    if verb.tag_ in _PAST:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PAST for c in children_of(verb))


def first_of_pair(verb: Token) -> Token | None:
    """The clause a headline puts before ``verb`` with a comma and no conjunction, which the
    parser hangs on it as an adjunct: "refugees protest(advcl) ration cuts, reject(ROOT) the
    plan". Both are the subject's acts; the first has the subject."""
    for c in children_of(verb):
        if (
            c.dep_ in ("advcl", "ccomp")
            and c.i < verb.i
            and c.tag_ in _FINITE
            and not any(m.dep_ in ("mark", "advmod") and m.i < c.i for m in children_of(c))
            and any(m.dep_ == "nsubj" and m.i < c.i for m in children_of(c))
            and any(t.text == "," for t in verb.doc[c.i : verb.i])
            and not any(m.dep_ in ("nsubj", "nsubjpass") for m in children_of(verb))
        ):
            return c
    return None


def told_finite(verb: Token) -> bool:
    """Whether ``verb`` is told in a tense of its own: a finite verb, or a participle with a
    finite auxiliary of the perfect ("which has backed", "who had sent"), which tells a
    happening as surely as the simple past does, unless an adverb makes it a standing habit
    ("a charge it has always rejected")."""
    if verb.tag_ in _FINITE:
        return True
    kids = children_of(verb)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.tag_ in _FINITE and _lemma(c) == "have" for c in kids)
        and not any(c.dep_ == "advmod" and c.lower_ in _HABITUAL_ADVERBS for c in kids)
    )


def _relative_conjunct(verb: Token) -> bool:
    """Whether ``verb`` is coordinated with a relative clause that reports a happening, with no
    subject of its own ("who dissolved the council and seized the archives"): the relative's
    party did both."""
    cur, hops = verb, 0
    while cur.dep_ == "conj" and hops < 4:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(cur)):
            return False
        cur, hops = cur.head, hops + 1
    if cur.i == verb.i or cur.tag_ not in _PAST or not _reported_relative(cur) or not _party_antecedent(cur):
        return False
    return occasioned(cur) or occasioned(verb)


def _dated_party_relative(clause: Token) -> bool:
    """A relative clause in the past tense reporting a happening of a party's, with a date of its own
    ("Chad, which launched air strikes in March, ..."): the party's dated act, not a word on who it
    is ("which has long backed the plan")."""
    return _reported_relative(clause) and clause.tag_ in _PAST and _party_antecedent(clause) and occasioned(clause)


# Grammar: entity labels of a party's name.
_PARTY_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _party_antecedent(clause: Token) -> bool:
    """Whether a relative clause hangs on a party ("Chad, which...", "the rebels, who...") rather
    than on a thing ("the deal, which..."): a name, or a relative pronoun of persons."""
    ante = clause.head
    if ante.ent_type_ in _PARTY_LABELS or ante.tag_ in ("NNP", "NNPS"):
        return True
    return any(c.dep_ == "nsubj" and c.lower_ == _PERSON_RELATIVE for c in children_of(clause))


def _reported_relative(clause: Token) -> bool:
    """A relative clause with a finite verb and a subject of its own reports a happening of its
    own ("al-Bashir, who pledged that...", "protests in which police killed two students",
    "the bloc, which has backed the plan")."""
    return (
        clause.dep_ == "relcl"
        and told_finite(clause)
        and any(c.dep_ == "nsubj" for c in children_of(clause))
        and clause.head.lower_ not in _CLASS_PRONOUNS
    )


# Grammar: the relative pronoun of persons, and the name tags of a person's name.
_PERSON_RELATIVE = "who"
_NAME_TAGS = frozenset({"NNP", "NNPS"})


def passive_party_relative(clause: Token) -> bool:
    """A passive relative clause told in a tense of its own on a named party, with "who" as its
    subject ("Ana Ruiz, who was detained on Friday, ...", "the senator, who has been held since
    May"): what was done to that party is a happening of its own, not the scene of the main one."""
    if clause.dep_ != "relcl" or clause.tag_ != "VBN" or clause.head.tag_ not in _NAME_TAGS:
        return False
    kids = children_of(clause)
    if not any(c.dep_ == "nsubjpass" and c.lower_ == _PERSON_RELATIVE for c in kids):
        return False
    aux = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    return any(c.tag_ in _FINITE for c in aux) and any(c.dep_ == "auxpass" for c in aux)


# Grammar: prepositions that name a meeting's own parties ("mediation by Norway", "a call between
# the two presidents", "talks with the rebels").
_PARTY_PREPS = frozenset({"by", "between", "with"})
# The mode of a meeting a third party brings about ("brokered", "mediated").
_GO_BETWEEN = "third-party"


def own_meeting(tok: Token, event: str, mode: str | None = None) -> bool:
    """Whether a meeting noun in a phrase of time names parties of its own ("reopened the border
    after mediation by Norway", "raised the case during talks with his counterpart"): who met whom
    is a happening beside the main one, not its scene, and a record of its own; so is a go-between's
    part told by a participle on a noun ("a deal brokered by Norway"), though not a host's ("talks
    hosted by Norway": the talks are the meeting)."""
    if event == "CONSULT" and tok.dep_ == "acl" and tok.tag_ == "VBN":
        agents = [c for c in children_of(tok) if c.dep_ == "agent"]
        return mode == _GO_BETWEEN and any(g.dep_ == "pobj" for c in agents for g in children_of(c))
    return (
        event == "CONSULT"
        and tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and _lemma(tok.head) in _BACKGROUND_PREPS
        and any(
            c.dep_ == "prep" and _lemma(c) in _PARTY_PREPS and any(g.dep_ == "pobj" for g in children_of(c))
            for c in children_of(tok)
        )
    )


# Grammar: participles that go on with a report rather than give an act's reason ("told reporters,
# adding that the embassy had lodged a protest"): what they add is more of the report, no scene.
_GOING_ON = frozenset({"add"})
# Verbs that count the dead or the wounded ("adding that four guards were killed"): the toll of
# the act the report is about, no act of its own.
_HARM_COUNTS = frozenset(lexicon_words("claim_verbs_dead")) | frozenset(lexicon_words("claim_verbs_injured"))


def _counted_harm(tok: Token) -> bool:
    """Whether ``tok`` counts people killed or wounded, told in the passive ("two were wounded")."""
    return _lemma(tok) in _HARM_COUNTS and any(c.dep_ == "auxpass" for c in children_of(tok))


def _background(tok: Token) -> bool:
    """Whether a trigger only sets the scene of the sentence's main event: it sits in a clause
    that modifies a noun ("the emergency imposed after clashes"), in a phrase of time or cause
    ("following the shooting", "because of fighting") or in a temporal or causal clause. A
    happening a clause says goes on is never mere scene ("after fighting erupted")."""
    if unfolding_subject(tok) or told_participle(tok):
        return False
    cur, hops = tok, 0
    while cur.head.i != cur.i and hops < 10:
        dep, head = cur.dep_, cur.head
        if dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return not (_reported_relative(cur) or passive_party_relative(cur) or missed_main_verb(cur))
        if dep in ("pobj", "pcomp") and _lemma(head) in _BACKGROUND_PREPS:
            return True
        if dated_before_clause(cur):
            return False
        marks = {_lemma(c) for c in children_of(cur) if c.dep_ == "mark"}
        if dep == "advcl" and marks & _BACKGROUND_MARKS and not _alongside(cur, marks):
            return True
        if dep in ("ccomp", "parataxis"):
            # the main clause of reported speech, unless the report is itself a participial
            # adjunct of another clause ("staged rallies, saying he must resign"); what "adding"
            # reports is more of the report, and stands with it, but for the toll of its attack
            return (
                head.dep_ == "advcl"
                and head.tag_ == "VBG"
                and (_lemma(head) not in _GOING_ON or _counted_harm(tok))
                and not any(c.dep_ == "mark" for c in children_of(head))
            )
        cur, hops = head, hops + 1
    return False



# Grammar: prepositions that tell what an act was done over ("arrested over the attack").
_CAUSE_PREPS = frozenset({"over"})


def occasioned(verb: Token) -> bool:
    """Whether ``verb`` is dated or set in its occasion by a dependent of its own ("detained last
    month", "captured during the fighting", "held since 2020", "arrested over the attack"): a
    happening told, not a standing state ("troops stationed on the islands")."""
    for c in children_of(verb):
        if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME"):
            return True
        if c.dep_ != "prep":
            continue
        if _lemma(c) in _BACKGROUND_PREPS or _lemma(c) in _CAUSE_PREPS or _a_date(c):
            return True
    return False


def told_participle(verb: Token) -> bool:
    """A past participle on an act noun with an agent or a date of its own ("the sanctions imposed
    by Brussels", "the truce reached in May"): it tells that act as a happening, with the noun as
    its object, not as the scene of the main one. A bare one ("the measures imposed on the port")
    or one set only by another happening ("the curfew imposed after the riots") refers back to an
    act, and stays scene. A participle of accusing with its deed is an accusation of its own
    (:func:`accused_participle`)."""
    if accused_participle(verb):
        return True
    if described_act(verb) is None and not on_a_party(verb):
        return False
    return _own_agent_or_date(verb)


def _own_agent_or_date(verb: Token) -> bool:
    """Whether a participle has an agent ("by police") or a date ("in May") of its own."""
    kids = children_of(verb)
    agent = any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in children_of(c)) for c in kids)
    return agent or any(_a_date(c) and not _names_a_year(c) for c in kids)


# Words of laying an act at a party's door ("accused", "charged"), as a participle on the people.
_ALLEGING = lexicon_words("allegation_words")
# Grammar: the prepositions that bring in the deed a participle of accusing lays at a party's door.
_DEED_PREPS = frozenset({"of", "with"})


def accused_participle(verb: Token) -> bool:
    """A past participle of accusing on the people it accuses, with the deed it lays at their door
    ("detained three herders accused of stealing cattle", "a reporter charged with sedition"): an
    accusation of its own, never mere scene; a bare one ("the accused men were freed") is none."""
    if _lemma(verb) not in _ALLEGING or not on_a_party(verb):
        return False
    return any(
        c.dep_ == "prep" and _lemma(c) in _DEED_PREPS and any(g.dep_ in ("pobj", "pcomp") for g in children_of(c))
        for c in children_of(verb)
    )


def accuser_of_party(verb: Token) -> Token | None:
    """The party that acts on the people an accusing participle is on, as the one that accuses
    them ("troops held two men accused of spying": the troops): the subject of the active verb
    whose object the people are, directly or as "of" object of a count ("dozens of men")."""
    if _own_agent_or_date(verb):
        return None  # "freed men accused last year of spying": an accusation of its own time and party
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "NUM", "PRON"):
        noun = noun.head.head
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    return next((c for c in children_of(noun.head) if c.dep_ == "nsubj"), None)


def on_a_party(verb: Token) -> bool:
    """Whether ``verb`` is a past participle on a noun naming people or a group, with no object
    of its own ("the activists detained last week", "a reporter arrested by police"): with an
    agent or a date it tells what was done to them as a happening of its own."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in children_of(verb)):
        return False
    noun = verb.head
    if noun.dep_ == "appos":
        return False  # "..., a rights group protested on Friday": a report the parser hung on a noun
    return noun.ent_type_ in ("PERSON", "NORP") or _lemma(noun) in _PEOPLE


def _names_a_year(date: Token) -> bool:
    """Whether a date phrase writes out its year ("in March 2011", "on 4 May 2019"): news copy
    leaves the year out of the current one, so a year marks an older act referred back to."""
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in date.subtree)
