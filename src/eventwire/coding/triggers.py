"""Trigger matching: the lexicon's entries found in a parsed sentence.

``match_triggers`` finds tokens whose lemma and dependents satisfy a lexicon entry (the most
specific entry wins; ``entry_matches`` checks one entry's constraints); nominal triggers
("threats to attack", "air strikes") are matched on their own dependents, so they do not depend
on how the noun phrase was attached. Each occurrence becomes a :class:`Found`, which argument
finding (:mod:`eventwire.coding.arguments`) and the sentence rules (:mod:`eventwire.coding.sentence`)
fill in. ``content_mode`` reads a speech act's mode from its complement.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.parts_of_speech import ADJ, ADV, AUX, NOUN, PROPN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from ..knowledge.lexicon import NAMED_CLASSES, Cues, Lexicon, Trigger, default_lexicon, load_word_classes
from ..knowledge.lexicon import words as lexicon_words
from .mentions import Mention
from .syntax import children_of, lemma_of, subtree_of, with_pos


@dataclass(slots=True)
class Found:
    """A trigger occurrence in a sentence with what argument finding made of it."""

    token: Token
    entry: Trigger
    event: str
    mode: str | None
    end: Token  # last token of the trigger text (particle, compound...)
    start_tok: Token
    actor: list[Mention] = field(default_factory=list)
    recipient: list[Mention] = field(default_factory=list)
    actor_how: str = "none"
    content: Token | None = None
    absorbed_by: Found | None = None
    speaker: Mention | None = None
    negated: bool = False
    future: bool = False
    future_time: bool = False  # "will", "shall": told in the future tense (kept when a commitment drops the flag)
    hypothetical: bool = False
    rule: str = ""


# Ids of the labels ``_pos`` tests (it compares ``Token.pos``, ``dep`` and ``ent_type`` ids, not strings).
_AUX_DEPS = frozenset(get_string_id(d) for d in ("aux", "auxpass"))
_AMOD, _COMPOUND = get_string_id("amod"), get_string_id("compound")
_NAME_TYPES = frozenset(get_string_id(t) for t in ("GPE", "PERSON", "ACTOR", "ORG", "NORP"))


def _pos(tok: Token) -> str | None:
    pos = tok.pos
    if pos == VERB or (pos == AUX and tok.dep not in _AUX_DEPS):
        # a participle modifying a noun describes it ("alleged bombers", "Iran-backed groups")
        return "VERB" if tok.dep != _AMOD else None
    if (pos == NOUN or pos == PROPN) and tok.ent_type not in _NAME_TYPES:
        # a noun modifying another noun names a kind, not an event ("opposition coalition")
        return "NOUN" if tok.dep != _COMPOUND else None
    if pos == ADJ:
        return "ADJ"
    if pos == ADV and _clause_of_its_own(tok):
        # "Qatar and Turkey back(RB) the government": a word with a subject and an object is a verb
        return "VERB"
    return None


# The parts of speech ``_pos`` reads a trigger in; no word of another is one.
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ", "ADV"})


def _clause_of_its_own(tok: Token) -> bool:
    deps = {c.dep_ for c in children_of(tok)}
    return "nsubj" in deps and "dobj" in deps


def _lemma(tok: Token) -> str:
    return lemma_of(tok)


OBJECT_REQUIRED = frozenset(lexicon_words("object_required_verbs"))
# Verbs whose object can be their subject ("the talks ended", "the border reopened").
_ERGATIVE = frozenset(lexicon_words("ergative_verbs"))
_NOT_REDUCED = frozenset({"aux", "auxpass", "nsubjpass", "ccomp", "xcomp", "dative", "attr", "prt"})


def reduced_passive(tok: Token) -> bool:
    """Whether ``tok`` is a passive with its "be" dropped, as headlines write them ("Five soldiers
    killed in ambush", "Curfew lifted in Moscow"): a past form with a subject, and no object,
    auxiliary or complement, of a verb whose object news copy never leaves out, or whose subject
    is the kind of thing the lexicon says the verb acts on (a curfew lifts nothing)."""
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    lemma = tok.lemma_.lower()
    kids = children_of(tok)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or _dobj(tok) is not None:
        return False
    # a clause before the subject the parser hung on the participle is the sentence's first
    # clause, not the participle's complement ("thirty died, some of them beheaded")
    if any(c.dep_ in _NOT_REDUCED and not (c.dep_ == "ccomp" and c.i < subj.i) for c in kids):
        return False
    return lemma in OBJECT_REQUIRED or (lemma not in _ERGATIVE and subj.lemma_.lower() in _objects_of(lemma))


def told_passive(verb: Token) -> bool:
    """Whether ``verb`` is told in the passive ("was agreed", "were held"), with its "be" or, as
    headlines write it, without."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb)) or reduced_passive(verb)


@lru_cache(maxsize=512)
def _objects_of(lemma: str) -> frozenset[str]:
    """The nouns the lexicon's entries for the verb ``lemma`` take as their object."""
    from ..knowledge.lexicon import default_lexicon

    return frozenset(o for e in default_lexicon().candidates(lemma, "VERB") for o in e.object)


def _passive_subject(tok: Token) -> Token | None:
    """The subject of a passive ``tok``, written in full or with its "be" dropped."""
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubjpass"), None)
    if subj is None and reduced_passive(tok):
        subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
    return subj


def _dobj(tok: Token) -> Token | None:
    d = next((c for c in children_of(tok) if c.dep_ in ("dobj",)), None)
    if d is None and tok.dep_ == "conj":
        # "train, advise and equip Iraqi forces": a right-hand conjunct's object is shared
        pass
    # a verb with a complement of its own ("called on both sides to respect the truce and urged
    # the army...") shares no object with the next verb
    complete = any(c.dep_ in ("prep", "xcomp", "ccomp", "dative") for c in children_of(tok))
    if d is None and not complete:
        for c in children_of(tok):
            if c.dep_ == "conj" and c.pos_ == "VERB":
                d = next((g for g in children_of(c) if g.dep_ == "dobj"), None)
                if d is not None:
                    break
    if d is None and _letting(tok):
        d = _raised_object(tok)
    if d is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        for sib in children_of(tok.head):
            if sib.dep_ == "conj" and sib.i > tok.i:
                d = next((g for g in children_of(sib) if g.dep_ == "dobj"), None)
                if d is not None:
                    break
    return d


# Grammar: relative pronouns that stand for a relative clause's object.
_OBJECT_RELATIVES = frozenset({"which", "that", "whom"})


def _gap_object(verb: Token) -> Token | None:
    """The noun a relative clause's missing or pronoun object stands for ("a text Chad
    co-sponsored", "the truce, which both sides signed"): its antecedent, when the clause has a
    subject of its own; None otherwise."""
    if verb.dep_ != "relcl" or verb.head.i == verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    kids = children_of(verb)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _OBJECT_RELATIVES or subj.lower_ == "who":
        return None
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None and not any(c.dep_ in ("ccomp", "xcomp", "prep") for c in kids):
        return verb.head
    return verb.head if obj is not None and obj.lower_ in _OBJECT_RELATIVES else None


def described_act(verb: Token) -> Token | None:
    """The act noun a past participle describes, which is what the participle acts on ("the
    sanctions imposed by Brussels", "the truce reached in May", "measures taken against the
    port"): the noun, when the participle has no object of its own; None otherwise."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ != "NOUN":
        return None
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    noun = verb.head
    if not names_an_act(noun):
        return None
    # only a verb the lexicon gives that noun as its object ("imposed", "reached"), not one that
    # says who hosted or proposed the act ("talks hosted by Oslo")
    entries = default_lexicon().candidates(_lemma(verb), "VERB")
    return noun if any(e.object and _object_fits(noun, e.object) for e in entries) else None


# Verbs of letting whose object the parser makes the subject of the infinitive after it.
_LETTING = frozenset({"allow", "permit", "let"})


def _letting(tok: Token) -> bool:
    """Whether ``tok`` is a verb of letting ("allowed", "permitted")."""
    return tok.pos_ == "VERB" and _lemma(tok) in _LETTING


def _raised_object(tok: Token) -> Token | None:
    """ "allowed aid agencies to resume their work": the parser hangs the party let in under the
    infinitive as its subject; it is the object of the letting."""
    for c in children_of(tok):
        if c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)):
            return next((g for g in children_of(c) if g.dep_ == "nsubj" and g.i < c.i), None)
    return None


def _of_object(obj: Token, depth: int = 0) -> str | None:
    """"a state of emergency", "hundreds of tonnes of supplies": the noun after measure and
    kind words (the last of a chain of "of" phrases)."""
    for c in children_of(obj):
        if c.dep_ == "prep" and _lemma(c) == "of":
            pobj = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
            if pobj is None:
                return None
            deeper = _of_object(pobj, depth + 1) if depth < 3 else None
            return deeper or _lemma(pobj)
    return None


_TIME_TYPES = frozenset({"DATE", "TIME"})


def _dated(prep: Token) -> bool:
    """A preposition that heads a date or a time ("called a strike for Thursday", "called in the
    envoy on Monday"): no particle of a phrasal verb."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in _TIME_TYPES for g in children_of(prep))


# Grammar: nouns that count or measure what owns them ("the troops cut their numbers").
_COUNT_NOUNS = frozenset({"number", "strength", "size"})


def _own_count(obj: Token) -> str | None:
    """The lemma of the subject whose own count the object is ("US forces began reducing their
    numbers": the forces are what is reduced), else None. Only a count told with a possessive
    pronoun: "reduced the number of complaints" counts something else."""
    if _lemma(obj) not in _COUNT_NOUNS or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(obj)):
        return None
    verb = obj.head
    for _ in range(3):  # the subject of the verb, or of the verb whose complement it is ("began reducing")
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subj is not None:
            return _lemma(subj)
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _object_fits(obj: Token, wanted: frozenset[str]) -> bool:
    """Whether an object is one an entry asks for: itself, the noun after its "of", its kind
    ("the ceasefire agreement"), or, for a count of its own, the subject counted."""
    return (
        _lemma(obj) in wanted
        or _gerund_noun(obj) in wanted
        or _of_object(obj) in wanted
        or _own_count(obj) in wanted
        or any(_kind_word(c, obj) and _lemma(c) in wanted for c in children_of(obj))
        or _named_member(obj, wanted)
        or _currency(obj) in wanted
    )


def _gerund_noun(obj: Token) -> str | None:
    """"opened the Rafah crossing": an object the tagger read as a gerund (lemma "cross") that
    has a determiner or a name before it is the noun of that form; else None."""
    if obj.tag_ != "VBG" or not any(c.dep_ in ("det", "compound", "poss", "amod") for c in children_of(obj)):
        return None
    return obj.lower_


def _second_object_fits(verb: Token, first: Token, wanted: frozenset[str]) -> bool:
    """Whether a verb with two objects side by side has the one the entry asks for second ("denied
    the inspectors access", "refused the convoy passage"): the first names who is denied the thing."""
    if first.dep_ != "dobj" or first.head.i != verb.i:
        return False
    return any(
        c.dep_ == "dobj" and c.left_edge.i == first.right_edge.i + 1 and _object_fits(c, wanted)
        for c in children_of(verb)
    )  # the two side by side: a parse that joins two clauses ("sends jets, X sanctions firms") has none


def for_clause_mark(tok: Token, words: frozenset[str]) -> Token | None:
    """The "for" of a clause with its own subject that the parser hangs on that clause as its
    mark, not on ``tok`` ("called for Bangladesh to hold an inquiry"): the preposition of the
    phrasal verb, when it is one of ``words``; the clause is what is called for."""
    for c in children_of(tok):
        if c.dep_ != "advcl" or c.i < tok.i or c.pos_ != "VERB":
            continue
        kids = children_of(c)
        mark = next((g for g in kids if g.dep_ == "mark" and _lemma(g) in words and g.tag_ == "IN"), None)
        subj = next((g for g in kids if g.dep_ == "nsubj"), None)
        if mark is None or subj is None or not mark.i < subj.i < c.i:
            continue
        if any(g.dep_ == "aux" and g.tag_ == "TO" for g in kids):
            return mark
    return None


def entry_matches(tok: Token, entry: Trigger) -> Token | None:
    """Check the entry's constraints on ``tok``; return the last token of the trigger text."""
    children = children_of(tok)
    if entry.not_with and entry.not_with & {_lemma(c) for c in children}:
        return None
    end = tok
    if entry.with_:
        hit = next(
            (
                c
                for c in children
                if _lemma(c) in entry.with_
                and c.dep_ in ("prt", "prep", "agent", "dative", "mark", "advmod", "dobj", "oprd", "intj")
                and not _dated(c)
            ),
            None,
        ) or for_clause_mark(tok, entry.with_)
        if hit is None:
            return None
        if entry.with_object:
            # "took to the streets", "walked off the job": the noun after the preposition
            pobj = next((g for g in children_of(hit) if g.dep_ == "pobj"), None)
            if pobj is None:
                # a particle's own preposition: "pulled out of the bloc"
                pobj = next(
                    (g for p in children_of(hit) if p.dep_ == "prep" for g in children_of(p) if g.dep_ == "pobj"),
                    None,
                )
            if pobj is None or (_lemma(pobj) not in entry.with_object and not _named_member(pobj, entry.with_object)):
                return None
            if _partner_no_party(pobj, entry):
                return None
            end = pobj if pobj.i > end.i else end
        end = hit if hit.i > end.i else end
    if entry.frame == "meet" and entry.pos == "VERB" and any(c.dep_ == "auxpass" for c in children):
        return None  # "was met with anger" is a reaction, not a meeting
    if entry.object:
        obj = _gap_object(tok) or _dobj(tok) or _passive_subject(tok) or described_act(tok)
        if obj is None and entry.pos == "VERB":
            # "impose sanctions on", "the ban imposed" (object in a prepositional phrase is not enough)
            return None
        if obj is not None:
            obj = object_standing_for(tok, obj, entry.object)
        if obj is not None and not _object_fits(obj, entry.object) and not _second_object_fits(tok, obj, entry.object):
            return None  # the object, the noun after "of", or its kind ("the ceasefire agreement")
    if (
        entry.head
        and _lemma(tok.head) not in entry.head
        and not (tok.head.dep_ == "prep" and _lemma(tok.head.head) in entry.head)
    ):
        return None  # the governing verb, directly or through a preposition ("went on strike")
    if entry.compound and not any(_lemma(c) in entry.compound for c in _modifiers(tok)):
        return None
    if entry.needs_complement:
        deps = {c.dep_ for c in children}
        if not entry.needs_complement & deps:
            return None
    if entry.announced and not _announced(tok):
        return None
    if entry.intransitive and (_dobj(tok) is not None or _passive_subject(tok) is not None):
        return None  # "the minister quit", not "quit the bloc"
    if entry.subject:
        subj = next((c for c in children if c.dep_ == "nsubj"), None)
        if subj is None or _lemma(subj) not in entry.subject:
            return None  # "exports resumed", not "the talks resumed"
    return end


# Grammar: personal pronouns that stand for a thing or things as a verb's object, and the noun
# tags each agrees with in number.
_PRONOUN_NUMBER = {"it": frozenset({"NN", "NNP"}), "them": frozenset({"NNS", "NNPS"})}


def _pronoun_object(obj: Token) -> bool:
    return obj.tag_ == "PRP" and obj.lower_ in _PRONOUN_NUMBER


def object_standing_for(verb: Token, obj: Token, wanted: frozenset[str]) -> Token:
    """What an object pronoun of ``verb`` stands for when it is a thing of the kind the entry asks
    for, told as an object earlier in the sentence ("closed the crossing but reopened it"); else
    the object itself."""
    if not _pronoun_object(obj):
        return obj
    return _earlier_object(verb, obj, wanted) or obj


def _earlier_object(verb: Token, pron: Token, wanted: frozenset[str]) -> Token | None:
    """The noun an object pronoun stands for ("Kenya closed the border before reopening it"): the
    nearest object of another verb earlier in the same sentence that agrees with it in number and
    is of the kind the entry asks for; None when no such object is told before it."""
    tags = _PRONOUN_NUMBER[pron.lower_]
    for t in reversed(pron.sent[: pron.i - pron.sent.start]):
        if (
            t.dep_ in ("dobj", "nsubjpass")
            and (t.tag_ in tags or (pron.lower_ == "it" and _gerund_noun(t) is not None))
            and t.head.i != verb.i
            and t.head.pos_ == "VERB"
            and _object_fits(t, wanted)
        ):
            return t
    return None


def _currency(obj: Token) -> str | None:
    """"sent $2 billion": the parser heads a sum with its number; the sum is of the currency whose
    symbol stands before it (the money word class holds the symbols)."""
    if obj.pos_ != "NUM":
        return None
    return next((c.lower_ for c in children_of(obj) if c.tag_ == "$"), None)


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def _modifiers(noun: Token) -> list[Token]:
    """The words before ``noun`` that modify it, and the modifiers the parser hung on one of its
    compounds instead ("joint coast guard drills": "joint" on "guard"; the drills are joint)."""
    out = []
    for c in children_of(noun):
        if c.i < noun.i and c.dep_ in _MODIFIER_DEPS:
            out.append(c)
            if c.dep_ == "compound":
                out.extend(g for g in children_of(c) if g.i < c.i and g.dep_ in _MODIFIER_DEPS)
    return out


# Entity labels of a name that can be a party.
_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "ACTOR"})


def _partner_no_party(pobj: Token, entry: Trigger) -> bool:
    """Whether the idiom's noun takes the entry's own partner preposition with no party after it
    ("came to terms with the loss of their homes" is no settlement; "came to terms with the
    unions" is): the partner of an act done with someone is a party, a name or a noun of one."""
    preps = [c for c in children_of(pobj) if c.dep_ == "prep" and _lemma(c) in entry.to]
    partners = [g for p in preps for g in children_of(p) if g.dep_ == "pobj"]
    if not partners:
        return False
    from ..knowledge.actors import default_kb  # the knowledge base loads once, on first use

    return not any(
        g.ent_type_ in _PARTY_LABELS or g.pos_ == "PROPN" or default_kb().agent_sector(_lemma(g)) is not None
        for g in partners
    )


def _named_member(obj: Token, allowed: frozenset[str]) -> bool:
    """Whether ``obj`` names a knowledge-base entry of a kind one of the allowed word classes
    takes ("quit ECOWAS": an intergovernmental body is an organisation), or a country's name when
    they take states ("suspended Fiji", however the tagger labels the name)."""
    if "@state" in allowed and obj.pos_ == "PROPN":
        from ..knowledge.countries import country_code

        name = " ".join([c.text for c in obj.lefts if c.dep_ == "compound"] + [obj.text])
        if obj.ent_type_ == "GPE" or country_code(name) is not None:
            return True
    if not obj.ent_kb_id_ or not any(c in allowed for c in NAMED_CLASSES):
        return False
    from ..knowledge.actors import default_kb  # the knowledge base loads once, on first use

    entry = default_kb().get(obj.ent_kb_id_)
    return entry is not None and any(c in allowed and entry.kind in kinds for c, kinds in NAMED_CLASSES.items())


# Grammar: auxiliaries of the future.
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})


def _announced(verb: Token) -> bool:
    """Whether ``verb`` is told in the future: its own "will"/"would", or that of the verb a bare
    infinitive is coordinated with ("would send ships and deliver food")."""
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in children_of(verb)):
            return True
        if verb.dep_ != "conj" or verb.tag_ != "VB":
            return False
        verb = verb.head
    return False


# Nouns that name a body of people only by its kind's modifier ("a paramilitary group").
_GENERIC_BODIES = frozenset({"group", "force", "unit", "outfit", "movement", "organisation", "organization"})


def _kind_word(mod: Token, noun: Token) -> bool:
    """Whether ``mod`` tells what kind of thing ``noun`` is: a compound ("the ceasefire
    agreement"), an adjective on a noun that names a body only by it ("a paramilitary group"), or a
    past participle that says what was done to it ("captured soldiers" are captives)."""
    return (
        mod.dep_ == "compound"
        or (mod.dep_ == "amod" and _lemma(noun) in _GENERIC_BODIES)
        or (mod.dep_ == "amod" and mod.tag_ == "VBN")
    )


# Grammar: the prefix of an act done jointly ("co-hosted the talks" hosts them).
_JOINT_PREFIX = "co-"


def _hyphenated_candidates(lexicon: Lexicon, lemma: str, pos: str) -> tuple[Trigger, ...]:
    """The lexicon's entries for ``lemma``; a hyphenated lemma the lexicon lacks is looked up
    closed up ("walk-out" as "walkout") and, after the prefix of joint action, as the act done
    jointly ("co-sponsor" as "sponsor")."""
    cands = lexicon.candidates(lemma, pos)
    if cands or "-" not in lemma:
        return cands
    cands = lexicon.candidates(lemma.replace("-", ""), pos)
    if not cands and lemma.startswith(_JOINT_PREFIX):
        cands = lexicon.candidates(lemma[len(_JOINT_PREFIX) :], pos)
    return cands


def match_triggers(sent: Span, lexicon: Lexicon) -> list[tuple[Token, Trigger, Token]]:
    """All (token, entry, end token) in ``sent``; one entry per token (the most specific)."""
    out = []
    for tok in with_pos(sent, _TRIGGER_POS):  # the other words have no reading (``_pos``)
        pos = _pos(tok)
        if pos is None:
            continue
        for cand_pos in _readings(tok, pos):
            cands = _hyphenated_candidates(lexicon, _lemma(tok), cand_pos)
            if not cands:
                continue
            hit = next(((e, end) for e in cands if (end := entry_matches(tok, e)) is not None), None)
            if hit is not None:
                out.append((tok, hit[0], hit[1]))
                break
    return out


# Grammar: dependents only a verb takes, and the clause relations only a verb bears.
_VERB_CHILD_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "aux", "auxpass", "dative"})
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
_CLAUSAL_CHILD_DEPS = frozenset({"nsubj", "xcomp", "ccomp"})


def _readings(tok: Token, pos: str) -> tuple[str, ...]:
    """The parts of speech to look ``tok`` up as, in order: a noun the parser built a clause on
    is also read as a verb, first when it has a subject or a clause of its own (a noun has
    neither: "Governor Promises(NNS) to End Curfew")."""
    if pos == "VERB" or not _acts_as_verb(tok):
        return (pos,)
    if any(c.dep_ in _CLAUSAL_CHILD_DEPS for c in children_of(tok)):
        return ("VERB", pos)
    return (pos, "VERB")


def _acts_as_verb(tok: Token) -> bool:
    """A word the tagger called a noun or an adjective that the parser built a clause on: it has
    an object or a subject ("police block(NN) caravan", a headline's verb), or it heads a clause
    ("..., detain(NN) 12 crew")."""
    return tok.dep_ in _CLAUSE_DEPS or any(c.dep_ in _VERB_CHILD_DEPS for c in children_of(tok))


def content_mode(cues: Cues, event: str, content: Token | None, trigger: Token) -> str | None:
    """The mode of a speech act from its complement ("threatened to attack" -> violence)."""
    table = cues.content_modes.get(event)
    if not table:
        return None
    scope = (
        list(subtree_of(content))
        if content is not None
        else [t for c in children_of(trigger) if _told_content(c) for t in subtree_of(c) if not _promised_to(t, c)]
    )
    described = {
        t.i
        for tok in scope
        if tok is not content and _on_a_noun(tok)
        for t in subtree_of(tok)
    }
    if event == "THREATEN" and any(_stops_talks(tok) for tok in scope if tok.i not in described):
        # "threatened to halt the negotiations": talks broken off are relations (CAMEO 134)
        return "relations"
    for tok in scope:
        # a clause on a noun tells what that thing went through ("vowed to rebuild schools
        # destroyed in the war"), not what is promised
        mode = table.get(_lemma(tok)) if tok.i not in described else None
        if mode is not None:
            return mode
    return None


def _told_content(child: Token) -> bool:
    """Whether ``child`` of a speech verb tells what is said or promised: its complement, object
    or a phrase, but not the "to" phrase of whom a promise is made to ("pledged 50 million euros to
    the regional force": the force is the one promised, not force threatened)."""
    if child.dep_ == "prep":
        return child.lower_ != "to"
    return child.dep_ in ("xcomp", "ccomp", "dobj")


def _promised_to(tok: Token, obj: Token) -> bool:
    """Whether ``tok`` lies in a "to" phrase hung on ``obj``, a speech verb's object: the party
    the thing is given to ("pledged 50 million euros to the regional force")."""
    if obj.dep_ != "dobj":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and tok in subtree_of(c) for c in children_of(obj))


_TALKS = load_word_classes()["talks"]
# Verbs that end or break off something under way ("halt the talks", "suspend the dialogue").
_BREAKING_OFF = (load_word_classes()["cessation"] | load_word_classes()["discontinuing"]) - {"reduce"}


def _stops_talks(tok: Token) -> bool:
    """Whether ``tok`` is a verb that breaks off talks named as its object ("suspend the
    negotiations", "halt the dialogue with the rebels") or leaves them ("walk out of the talks")."""
    if tok.pos != VERB:
        return False
    if lemma_of(tok) in _LEAVING and _talks_left(tok):
        return True  # "walk out of the talks", "withdraw from the negotiations", "quit the dialogue"
    if lemma_of(tok) not in _BREAKING_OFF:
        return False
    return any(c.dep_ == "dobj" and lemma_of(c) in _TALKS for c in children_of(tok))


# Verbs of leaving something under way ("walked out of the talks", "quit the negotiations").
_LEAVING = frozenset({"walk", "pull", "withdraw", "quit", "leave", "storm"})


def _talks_left(tok: Token) -> bool:
    """Whether the talks are what ``tok`` leaves: its object, or the object of its "of", "from"
    ("walked out of the talks", "withdrew from the negotiations", "quit the dialogue")."""
    # the parser may hang "of" on "out" ("walk out(prep) of(prep) the talks")
    outs = [g for c in children_of(tok) if c.lower_ == "out" for g in children_of(c)]
    for c in (*children_of(tok), *outs):
        if c.dep_ == "dobj" and lemma_of(c) in _TALKS and lemma_of(tok) in ("quit", "leave"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            if any(g.dep_ == "pobj" and lemma_of(g) in _TALKS for g in children_of(c)):
                return True
    return False


def _on_a_noun(tok: Token) -> bool:
    """Whether ``tok`` heads a clause on a noun ("schools destroyed in the war", "towns that
    rebels hold"): it tells what that thing is or went through. An infinitive on a noun is the
    noun's content instead ("a call to lift the curfew", "its plan to withdraw")."""
    if tok.dep_ not in ("acl", "relcl") or tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))


def names_an_act(tok: Token) -> bool:
    """Whether ``tok`` is a noun that names an act ("the arrest", "the strikes", "a withdrawal"),
    not the people who do one ("protesters"): an act is never a party to another, and a phrase on
    it ("withdrawal from Iraq") tells the act's way, not where a party comes from."""
    if tok.pos_ != "NOUN":
        return False
    entries = default_lexicon().candidates(lemma_of(tok), "NOUN")
    # an entry that needs a modifier or a governing verb ("working group", "formed a group") is
    # no act of the bare noun
    return any(not e.compound and not e.head for e in entries) and not any(e.as_actor for e in entries)
