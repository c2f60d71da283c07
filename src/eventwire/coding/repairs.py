"""Parse repairs: known mistakes of the small parser corrected on the Doc before coding reads it.

A repair moves a head only where the words themselves show the parser wrong, so a correct parse
is never touched:

- **A bare verb read as a tensed one.** In "said the two navies would share radar data and set up a
  joint command", the tagger reads "set" as a past tense. A verb whose past or present form is
  spelt as its bare form ("set", "cut", "put", "send" in the present), joined with no subject or
  auxiliary of its own to a bare verb, shares that verb's form and its modal: it is bare too, so
  "would" makes the command as much a plan as the sharing.

- **A finite conjunct of a bare verb** belongs to the clause above it. In "Norway demanded that
  Chad free the reporters and expelled its ambassador", the parser joins "expelled" to "free". A bare
  verb (after a modal, "to" or a subjunctive "that") cannot be coordinated with a verb in the past
  or the third person singular, so "summoned" is the demanding clause's second verb, with its
  subject: Britain summoned the envoy, and the summons is no part of what was demanded.

- **A participle read as the main verb.** In "Protesters waving flags rallied in the square on
  Friday", the parser makes "waving" the root and "rallied" a clause on "flags". A bare "-ing"
  form with no "be" cannot be a sentence's main verb, and a past verb with no subject of its own
  after it can: "rallied" becomes the root, with "Protesters" as its subject, and "waving flags"
  describes them.

- **A name in quotation marks read as the object's head.** In 'the navy shadowed the ships,
  calling the drill "intimidation"', the parser makes "intimidation" the object of "calling" and
  "drill" a modifier of it. A naming verb names its object with a second phrase; an opening quotation
  mark after a noun starts that phrase, so "the drill" is the object and "intimidation" the name
  given to it.

- **A plural noun read as a verb.** In "the bloc imposed visa bans and asset freezes on six
  officers", the parser makes "freezes" a verb whose subject is "bans and asset". A coordinated
  subject takes a plural verb, never one in the third person singular, so "freezes" ends the list
  of what was imposed: "bans" is the object, "freezes" its conjunct, "asset" a modifier of it.

- **A plural noun read as a verb after the object.** In "Britain imposed asset freezes on six
  presenters", the parser makes "asset" the object of "imposed" (or the subject of "freezes") and
  "freezes" a verb of its own clause. When the verb above is one the lexicon knows with that
  word as its object ("impose" a "freeze"), the word right after a bare singular noun is the
  plural head of the object: "freezes" becomes the object, "asset" a modifier of it, and its "on"
  phrase stays with it.

- **A headline's verb read as a noun.** In "Kenyan police arrest opposition leaders" or "Chile
  police fire water cannon at miners", the tagger makes the whole headline one noun phrase, with
  "arrest" and "fire" modifiers of the last noun. A word that the lexicon knows as a verb, standing
  between a party ("police", a name) and the rest of a phrase that has no verb at all, is that
  verb: it becomes the root, the party its subject, the phrase's head its object, and the
  phrase's prepositions after the head ("at miners") its own.

- **A verb read as an adverb in a sentence with no verb.** In "Peru and Chile back the plan", the
  tagger reads "back" as an adverb and hangs everything on "Peru". A sentence needs a verb; a word
  the lexicon knows as a verb, standing between the party that heads the sentence and a noun
  phrase after it, is that verb: the party is its subject and the phrase its object.

- **A reported act read as a participle on the reporter's subject.** In "Naval drones sank two
  patrol boats off the coast overnight, the ministry said", the parser hangs "sank" as a participle
  on "drones" and makes "drones" a second subject of "said". A passive participle on a noun takes
  no direct object, and a verb has one subject: with a subject of its own after the comma, the
  reporting verb's first "subject" is the subject of the "-ed" form, which is the past verb of
  what was reported, the complement of "said".

- **"as" read as a preposition before a clause.** In "Kenya deploys troops as riots over the
  jailing spread", the parser makes "riots" the object of a preposition "as" and hangs "spread",
  with no subject, on the main verb. A finite verb right after the noun phrase cannot stand
  without a subject, and "as" introduces its clause: the noun is its subject and "as" its marker.
  So do "after", "before", "since" and "until" ("resigned hours after masked men raided a radio
  station": the men raided, and "after" marks their clause).

- **A noun's "by" phrase read as a finite verb's agent.** In "the two states restored ties after
  mediation by Norway", the parser makes "by Norway" the agent of "restored". Only a passive
  participle has an agent; a verb in the past or the present tense is active, so the "by" phrase
  belongs to the noun right before it: Norway mediated, it did not restore.

- **"following" read as a verb.** In "lifted the curfew a week early following a telephone call
  between the two presidents", the parser makes "following" a participle whose object is the
  call. A "following" with no subject or auxiliary of its own, right before its noun phrase, is
  the preposition of time ("after"): the call is its object, and the scene or the happening
  beside the main act, never what anyone followed.

- **A name read as an adverbial noun.** In "Peru reinforced troops along its border", the parser
  makes "Peru" a noun modifying the verb like "Monday" would, and leaves the verb with no subject.
  A name of a place, a body or a people that opens the sentence before a verb in the past or the
  present, which has no subject of its own, is that verb's subject.

- **The speakers after a comma read as a conjunct of the last noun.** In "troops shot dead nine
  villagers at a market in Gao, residents and medics said", the parser makes "villagers" the
  subject of "said" and "residents" its conjunct, so the victims speak and the shooters lose them.
  When a verb's clausal complement comes before it, its subject follows that clause: the noun
  phrase between the last comma and the verb is the subject, and a subject found before that
  comma, inside the complement, is the object of the complement's verb right before it.

- **A past verb read as a participle modifying its object.** In "the army shut the crossing and
  reinforced troops along the border", the parser makes "reinforced" an adjective of "troops"
  and "troops" a conjunct of "shut"; in "Chile scrambled jets after the planes entered its
  airspace" it makes "scrambled jets" the subject of "entered". A noun cannot be the conjunct of
  a verb, nor a party's name stand before a participle with no verb of its own: after "and" joined
  to a past verb, or right after the party that opens the sentence, the "-ed" form is the past
  verb and the noun its object. So it is right after "had" ("Chile had scrambled jets": the
  pluperfect, not jets Chile had), and after "and" that follows a list of objects closed by the
  act's time ("shut the posts to lorries and buses on Friday and reinforced troops").

- **A result read as a modifier of the object.** In "gunmen shot dead six villagers" or "rebels
  set free two aid workers", the parser makes "dead" and "free" adjectives of the object, so the
  victims are "dead six villagers" and "set" loses the word that makes it a release. An adjective
  of result right after the verb, before the object's number or determiner, tells what the act
  did to the object: it is the verb's predicate ("oprd"), not a word of the noun phrase.

- **A headline's verb in "-s" read as a plural noun with an object.** In "Madrid sanctions
  Venezuelan officials", the tagger makes "sanctions" a plural noun, the root, with "Madrid" its
  modifier (or subject) and "officials" its object or apposition. A noun takes no object: a word the lexicon knows
  as a verb, heading the sentence, with the party that opens it (or its part after a comma)
  before it and a noun phrase after it as its object or apposition, is the verb in the third
  person singular.

- **A headline's passive read as a noun phrase.** In "Sanctions Imposed On Junta" or "Two
  envoys expelled by Lisbon over spying", the parser makes the noun the root and the participle
  a clause modifying it, so the line reads as a thing, not a happening. A line with no finite
  verb and no auxiliary is a headline, and a past participle right after the noun phrase that
  opens it, with a phrase of its own ("by", "on", "in"...), is its verb with the "be" dropped:
  the participle becomes the root and the noun its passive subject. A line that ends with a full
  stop is a sentence of the body, where the small parser reads past verbs as participles too
  ("Hundreds of youths protested(VBN) in Lima."), and is left alone.

Run :func:`repair` before any look-up of :mod:`.syntax` on the Doc (its tables are read once).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import numpy
from spacy.attrs import DEP, POS, TAG
from spacy.parts_of_speech import NOUN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..knowledge.actors import default_kb
from ..knowledge.lexicon import default_lexicon
from ..knowledge.lexicon import words as lexicon_words
from .syntax import forget

_T = TypeVar("_T")

__all__ = ["repair"]

# Tags of a finite verb that a bare verb cannot be coordinated with.
_FINITE_TAGS = frozenset({"VBD", "VBZ"})
# Tags of a verb that can be a sentence's main verb with no auxiliary (the small model tags some
# past forms as participles: "Women holding portraits gathered(VBN) in Santiago").
_MAIN_TAGS = frozenset({"VBD", "VBZ", "VBN"})
# Dependencies of a clause that hangs on the verb above it.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
# Tags of the verb above: any verb form that can head a clause of its own.
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VB", "VBN", "VBG"})


# Tags a bare verb's form can be read as when it is spelt the same: the past ("set") and the
# present other than the third person singular ("send").
_SAME_SPELT_TAGS = frozenset({"VBD", "VBP"})


def _bare_read_as_tensed(tok: Token) -> bool | None:
    """True when ``tok``, a conjunct of a bare verb tagged past or present, is spelt as its own
    bare form and has no subject, auxiliary or negation of its own: it shares the bare verb's form."""
    if tok.dep_ != "conj" or tok.tag_ not in _SAME_SPELT_TAGS or tok.lower_ != tok.lemma_.lower():
        return None
    if tok.head.tag_ != "VB" or tok.head.i > tok.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in tok.children):
        return None
    return True


def _misjoined(tok: Token) -> Token | None:
    """The verb ``tok``, a finite conjunct of a bare verb, belongs to, or None."""
    if tok.dep_ != "conj" or tok.tag_ not in _FINITE_TAGS:
        return None
    bare = tok.head
    if bare.tag_ != "VB" or bare.dep_ not in _CLAUSE_DEPS:
        return None
    above = bare.head
    if above.i == bare.i or above.tag_ not in _VERB_TAGS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None  # a subject of its own: a clause of its own, wherever the parser hung it
    return above


def _main_verb_below(root: Token) -> tuple[Token, Token] | None:
    """(subject, verb) when ``root`` is a participle the parser took for the main verb and
    ``verb`` the main verb it hung below it, or None."""
    if root.dep_ != "ROOT" or root.tag_ != "VBG":
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return None  # "were waving": a verb phrase of its own
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    for obj in root.children:
        if obj.dep_ != "dobj" or obj.i < root.i:
            continue
        for verb in obj.subtree:
            if (
                verb.dep_ in ("acl", "relcl")
                and verb.tag_ in _MAIN_TAGS
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children)
                and not any(t.tag_ in ("WDT", "WP", "WP$") for t in verb.doc[obj.i : verb.i])
            ):
                return subject, verb  # the first such verb: "holding portraits of relatives gathered in..."
    return None


_NAMING_VERBS = lexicon_words("naming_verbs")
# Grammar: tags of an opening quotation mark.
_OPENING_QUOTES = frozenset({"``"})
# Grammar: how a word before the named noun may hang on the quoted name the parser made the head.
_PREMODIFIERS = frozenset({"det", "poss", "amod", "compound", "nmod", "nummod"})


def _quoted_name(verb: Token) -> tuple[Token, Token] | None:
    """(named noun, quoted name) when the parser made a naming verb's quoted name the head of
    its object, or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _NAMING_VERBS:
        return None
    if any(c.dep_ == "oprd" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    quote = next((c for c in obj.children if c.tag_ in _OPENING_QUOTES and c.i < obj.i), None)
    if quote is None:
        return None
    named = [
        c for c in obj.children if c.dep_ in ("nmod", "compound") and c.i < quote.i and c.pos_ in ("NOUN", "PROPN")
    ]
    return (named[-1], obj) if named else None


def _noun_read_as_verb(tok: Token) -> tuple[Token, Token, Token] | None:
    """(governing verb, first noun, noun before ``tok``) when ``tok`` is a plural noun the parser
    read as a verb in the third person singular, with the list it ends as its subject, or None."""
    if tok.tag_ != "VBZ" or tok.dep_ != "ccomp" or tok.head.pos_ != "VERB" or tok.head.i == tok.i:
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "neg") for c in tok.children):
        return None
    if any(c.dep_ in ("dobj", "ccomp") and c.i != tok.i for c in tok.head.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    before = next((c for c in subject.children if c.dep_ == "conj" and c.i == tok.i - 1), None)
    if before is None or before.pos_ != "NOUN" or not any(c.dep_ == "cc" for c in subject.children):
        return None
    return tok.head, subject, before


def _plural_after_object(tok: Token) -> Token | None:
    """The noun right before ``tok`` when ``tok`` is a plural noun the parser read as a verb in
    the third person singular with no subject of its own, hung on a verb that the lexicon knows
    with ``tok``'s word as its object ("imposed asset freezes on...": "asset" the object of
    "imposed", or the subject of "freezes"), or None."""
    if tok.tag_ != "VBZ" or tok.dep_ not in ("advcl", "conj", "ccomp") or tok.i == 0:
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or verb.i >= tok.i - 1:
        return None
    if any(c.dep_ in ("nsubjpass", "aux", "auxpass", "dobj", "neg", "mark") for c in tok.children):
        return None
    obj = tok.doc[tok.i - 1]
    if obj.tag_ != "NN" or any(c.i > obj.i for c in obj.children):
        return None
    if obj.dep_ == "dobj" and obj.head.i == verb.i:
        if any(c.dep_ == "nsubj" for c in tok.children):
            return None
    elif obj.dep_ != "nsubj" or obj.head.i != tok.i or any(c.dep_ == "dobj" for c in verb.children):
        return None
    lemma = tok.lemma_.lower()
    if not any(lemma in e.object for e in default_lexicon().candidates(verb.lemma_.lower(), "VERB")):
        return None
    return obj


def _head_the_object(tok: Token, obj: Token) -> None:
    """A plural noun read as a verb after the object becomes the object's head, the object a
    modifier of it, and what came before the object (a determiner, an adjective) its own."""
    verb = tok.head
    for c in list(obj.children):
        c.head = tok
    tok.head, tok.dep_ = verb, "dobj"
    obj.head, obj.dep_ = tok, "compound"


# Grammar: entity labels of a name that can be a party; relations of a word inside a noun phrase.
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "ACTOR"})
_NP_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "det", "poss"})


def _party_word(tok: Token) -> bool:
    """Whether ``tok`` can head a party: a name, or a noun the knowledge base gives a sector."""
    if tok.ent_type_ in _PARTY_ENTS or tok.pos_ == "PROPN":
        return True
    return tok.pos_ == "NOUN" and default_kb().agent_sector(tok.lemma_.lower()) is not None


def _verb_in_noun_phrase(tok: Token) -> Token | None:
    """The head of the verbless phrase ``tok`` is a verb of, when the tagger took that verb for a
    modifier of the phrase's head ("police arrest(NN) opposition leaders"), or None."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ != "compound" or tok.i == 0:
        return None
    head = tok.head
    if head.i <= tok.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.dep_ != "ROOT" and _dangling_participle(head) is None:
        return None
    if not default_lexicon().candidates(tok.lemma_.lower(), "VERB"):
        return None
    subject = tok.doc[tok.i - 1]
    if subject.dep_ not in _NP_DEPS or subject.head.i not in (tok.i, head.i) or not _party_word(subject):
        return None
    participle = _dangling_participle(head)
    skip = participle.i if participle is not None else -1
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl") and t.i != skip for t in head.sent):
        return None  # a verb of its own: the phrase is part of a clause, not the whole headline
    return head


def _dangling_participle(head: Token) -> Token | None:
    """The "-ing" form the parser made the root with ``head`` as its subject, when it only
    describes the noun before it ("... at protesters defying(ROOT) the decree"), or None."""
    root = head.head
    if head.dep_ != "nsubj" or root.dep_ != "ROOT" or root.tag_ != "VBG" or root.i <= head.i:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return None
    before = root.doc[root.i - 1]
    return root if before.pos_ in ("NOUN", "PROPN") and before.i > head.i else None


def _make_verb(verb: Token, obj: Token) -> None:
    """Rebuild the phrase around ``verb``: the party before it is its subject, ``obj`` its object."""
    subject = verb.doc[verb.i - 1]
    for t in obj.sent:
        if t.i < subject.i and t.head.i in (verb.i, obj.i):
            t.head = subject  # "Kenyan" and the other words of the party's name
    tail = [c for c in obj.children if c.i > obj.i and c.dep_ in ("prep", "punct")]
    participle = _dangling_participle(obj)
    if participle is not None:
        tail += [c for c in participle.children if c.dep_ == "punct" and c.i == len(verb.doc) - 1]
        participle.head, participle.dep_ = participle.doc[participle.i - 1], "acl"
    verb.pos_, verb.tag_ = "VERB", "VBP"
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    for c in tail:
        c.head = verb  # "fire water cannon at miners": the target is the verb's


def _adverb_read_as_verb(tok: Token) -> tuple[Token, Token] | None:
    """(subject, object) when ``tok`` is a verb the tagger read as an adverb in a sentence with no
    verb at all ("Peru and Chile back(ADV) the plan"): the party heading the sentence before it
    and the noun phrase after it, or None."""
    if tok.tag_ != "RB" or tok.i == 0 or not default_lexicon().candidates(tok.lemma_.lower(), "VERB"):
        return None
    sent = tok.sent
    subject = sent.root
    if subject.i >= tok.i or not _party_word(subject) or tok.doc[tok.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    obj = next((t for t in sent if t.i > tok.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ not in _NP_DEPS), None)
    if obj is None or obj.head.i != subject.i or min(t.i for t in obj.subtree) != tok.i + 1:
        return None
    return subject, obj


# Grammar: relative pronouns that can be a relative clause's subject.
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


def _adverb_heading_relative(tok: Token) -> Token | None:
    """The object of ``tok`` when ``tok`` is a verb the tagger read as an adverb although it heads
    a relative clause with a relative pronoun as its subject and a noun phrase after it ("the
    miners, who back(ADV) the union leader, ..."): an adverb has no subject, so the word is the
    clause's verb and the phrase its object (the parser may call it a measure, "npadvmod");
    None otherwise."""
    if tok.tag_ != "RB" or tok.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS and c.i < tok.i for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "npadvmod") and c.i > tok.i), None)
    if obj is None or not default_lexicon().candidates(tok.lemma_.lower(), "VERB"):
        return None
    return obj


def _root_the_adverb(tok: Token, subject: Token, obj: Token) -> None:
    """The adverb becomes the root verb: the party before it its subject, the phrase after it its
    object, and what hung on the party after the verb (the final stop) the verb's."""
    for c in list(subject.children):
        if c.i > tok.i and c.i != obj.i:
            c.head = tok
    tok.pos_, tok.tag_ = "VERB", "VBP"
    tok.head, tok.dep_ = tok, "ROOT"
    subject.head, subject.dep_ = tok, "nsubj"
    obj.head, obj.dep_ = tok, "dobj"


# Tags of a finite verb that needs a subject of its own.
_SUBJECT_TAGS = frozenset({"VBD", "VBZ", "VBP"})


# Words both prepositions and subordinators: before a noun phrase and a finite verb with no
# subject, they open a clause ("a day after gunmen stormed the town", "since talks broke down").
_SUBORDINATORS = frozenset({"as", "after", "before", "since", "until"})


def _as_clause(prep: Token) -> tuple[Token, Token] | None:
    """(noun, verb) when ``prep`` is an "as" (or another word of ``_SUBORDINATORS``) the parser
    read as a preposition on the noun that is in truth the subject of the subjectless finite
    ``verb`` right after the noun phrase, or None."""
    if prep.lower_ not in _SUBORDINATORS or prep.dep_ != "prep":
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    end = max(t.i for t in noun.subtree)
    if end + 1 >= len(noun.doc):
        return None
    verb = noun.doc[end + 1]
    if verb.pos_ != "VERB" or verb.tag_ not in _SUBJECT_TAGS or verb.dep_ not in ("advcl", "conj", "ccomp", "acl"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return noun, verb


def _noun_agent(by: Token) -> Token | None:
    """The noun right before ``by`` when the parser made ``by`` the agent of a finite, hence
    active, verb, or None."""
    if by.dep_ != "agent" or by.head.tag_ not in _SUBJECT_TAGS or by.i == 0:
        return None
    noun = by.doc[by.i - 1]
    if noun.pos_ != "NOUN" or noun.dep_ not in ("pobj", "dobj") or noun.i <= by.head.i:
        return None
    return noun


def _following_as_preposition(tok: Token) -> Token | None:
    """The object of ``tok`` when it is a "following" the parser read as a bare participle
    before its noun phrase, or None."""
    if tok.lower_ != "following" or tok.dep_ not in ("advcl", "acl"):
        return None
    kids = list(tok.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in kids):
        return None
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None or any(t.i < obj.i and t.dep_ not in _PREMODIFIERS for t in obj.subtree):
        return None
    return obj


# Entity types of a name that can act: a place's state, a body, a people.
_ACTING_NAMES = frozenset({"GPE", "ORG", "NORP"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _name_as_adverb(tok: Token) -> bool | None:
    """True when ``tok`` is a name opening its sentence that the parser hung as an adverbial noun
    on the finite verb after it, a verb with no subject of its own; else None."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in _ACTING_NAMES or tok.left_edge.i != tok.sent.start:
        return None
    verb = tok.head
    if verb.i <= tok.i or verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    return True


# Grammar: parts of speech of the words a noun phrase is made of.
_NP_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "PRON", "PART"})


def _speakers_after_comma(verb: Token) -> tuple[Token, Token | None, Token, Token] | None:
    """(speaker, misplaced subject or None, complement verb, comma) when ``verb``, a finite verb
    after its clausal complement ("..., residents and medics said"), does not have the noun phrase
    between the last comma and it as its subject, or None."""
    if verb.tag_ not in _SUBJECT_TAGS or verb.i == 0:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None:
        return None
    doc = verb.doc
    start = verb.i
    while start > clause.i + 1 and (doc[start - 1].pos_ in _NP_POS or doc[start - 1].tag_ == "POS"):
        start -= 1
    comma = doc[start - 1]
    if start == verb.i or comma.text != "," or comma.i <= clause.i:
        return None
    span = range(start, verb.i)
    if not any(doc[i].pos_ in ("NOUN", "PROPN") for i in span):
        return None
    heads = [doc[i] for i in span if doc[i].head.i not in span]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    speaker = heads[0]
    if speaker.head.i == verb.i and speaker.dep_ == "nsubj":
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.i > comma.i for c in subjects) or len(subjects) > 1:
        return None
    misplaced = subjects[0] if subjects else None
    if misplaced is not None:
        if misplaced.i < clause.i:
            return None  # a subject before the clause: not this misreading
        # the verb of the complement right before the misplaced subject takes it as its object
        clause = next((t for t in reversed(doc[clause.i : misplaced.i]) if t.pos_ == "VERB"), clause)
        if clause.dep_ not in ("ccomp", "advcl", "conj") or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "auxpass") for c in clause.children
        ):
            return None  # no room for an object
    return speaker, misplaced, clause, comma


def _speakers_the_subject(verb: Token, speaker: Token, misplaced: Token | None, clause: Token, comma: Token) -> None:
    """The noun phrase after the comma becomes the verb's subject; a subject the parser found
    inside the complement becomes the complement verb's object."""
    if misplaced is not None:
        misplaced.head, misplaced.dep_ = clause, "dobj"
    speaker.head, speaker.dep_ = verb, "nsubj"
    comma.head, comma.dep_ = verb, "punct"


def _report_read_as_participle(tok: Token) -> tuple[Token, Token] | None:
    """(its noun, the reporting verb) when ``tok``, an "-ed" participle the parser hung on a noun
    with a direct object of its own, is the past verb of a clause reported by a verb that has that
    noun and a second subject after a comma as its subjects, or None."""
    noun = tok.head
    if noun.i >= tok.i or noun.dep_ != "nsubj" or not any(c.dep_ == "dobj" for c in tok.children):
        return None
    verb = noun.head
    if verb.i <= tok.i or verb.pos_ != "VERB" or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    other = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > tok.i), None)
    if other is None or not any(t.text == "," for t in tok.doc[tok.i : other.left_edge.i]):
        return None
    return noun, verb


def _make_reported_verb(tok: Token, noun: Token, verb: Token) -> None:
    """The participle becomes the past verb of the reporting verb's complement, the noun its subject."""
    tok.pos_, tok.tag_ = "VERB", "VBD"
    tok.head, tok.dep_ = verb, "ccomp"
    noun.head = tok


# Tags an "-ed" form read as a modifier may carry; tags of a past verb it can be joined to.
_ED_TAGS = frozenset({"VBN", "VBD"})


def _past_read_as_modifier(tok: Token) -> tuple[Token, Token, Token | None] | None:
    """(object, verb above or None, subject or None) when ``tok``, an "-ed" form the parser hung as
    an adjective on the noun after it, is in truth a past verb: (noun, the past verb it is joined
    to by "and", None), (noun, the "had" right before it, None) or (noun, None, the party that
    opens the sentence right before it)."""
    if tok.tag_ not in _ED_TAGS or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return None
    noun = tok.head
    if noun.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.dep_ not in ("compound", "amod", "nummod") for t in tok.doc[tok.i + 1 : noun.i]):
        return None
    before = tok.doc[tok.i - 1]
    if noun.dep_ == "dobj" and noun.head.i == before.i and before.lower_ == "had" and tok.tag_ == "VBN":
        return noun, before, None  # "had scrambled jets": the pluperfect, "had" its auxiliary
    verb = noun.head
    if noun.dep_ == "conj" and verb.pos_ in ("NOUN", "PROPN") and before.dep_ == "cc" and before.head.i == verb.i:
        verb = _verb_after_its_time(verb, before)
        if verb is None:
            return None
        return noun, verb, None
    if noun.dep_ == "conj" and verb.pos_ == "VERB" and verb.tag_ in _ED_TAGS and verb.i < tok.i:
        if before.dep_ == "cc" and before.head.i == verb.i:
            return noun, verb, None
        return None
    if noun.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.i <= noun.i or verb.pos_ != "VERB":
        return None
    if before.head.i not in (tok.i, noun.i) or before.left_edge.i != tok.sent.start:
        return None
    if before.pos_ != "PROPN" or before.ent_type_ not in _ACTING_NAMES:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return noun, None, before


_TIME_ENTS = frozenset({"DATE", "TIME"})


def _verb_after_its_time(noun: Token, cc: Token) -> Token | None:
    """The past verb whose object list ``noun`` begins, when a time ("on Saturday") hangs on the
    list before ``cc``: a time tells when an act happened, so the act is over and "and" joins a
    new verb, not a noun; else None."""
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    verb = first.head if first.dep_ == "dobj" else first.head.head if first.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return None
    timed = any(
        p.dep_ == "prep" and p.i < cc.i and any(o.dep_ == "pobj" and o.ent_type_ in _TIME_ENTS for o in p.children)
        for t in (first, *(t for t in first.doc[first.i : cc.i] if t.dep_ == "conj" and t.head.i >= first.i))
        for p in t.children
    )
    return verb if timed else None


def _make_past_verb(tok: Token, noun: Token, verb: Token | None, subject: Token | None) -> None:
    """The "-ed" modifier becomes the verb, the noun it modified its object: the participle of the
    "had" before it, which becomes its auxiliary with all it held but the noun; joined to the
    verb before it, or the sentence's main verb with the opening party its subject and the verb
    the parser made the root a clause of it ("after ...") or its conjunct ("..., sent ships")."""
    if verb is not None and verb.i == tok.i - 1:
        tok.pos_ = "VERB"
        for c in list(verb.children):
            if c.i != noun.i:
                c.head = tok  # the subject, the clause's punctuation and its other words
        tok.head, tok.dep_ = (tok, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
        verb.head, verb.dep_, verb.pos_ = tok, "aux", "AUX"
        noun.head, noun.dep_ = tok, "dobj"
        return
    tok.pos_, tok.tag_ = "VERB", "VBD"
    if verb is not None:
        tok.head, tok.dep_ = verb, "conj"
        cc = tok.doc[tok.i - 1]
        cc.head = verb  # "and" joins the two verbs
    else:
        root = noun.head
        tok.head, tok.dep_ = tok, "ROOT"
        for c in list(root.children):
            if c.dep_ == "punct" and c.i == root.sent.end - 1:
                c.head = tok
        marked = any(c.dep_ == "mark" for c in root.children)
        root.head, root.dep_ = tok, "advcl" if marked else "conj"
        assert subject is not None
        subject.head, subject.dep_ = tok, "nsubj"
    noun.head, noun.dep_ = tok, "dobj"


# Grammar: adjectives that tell the result of an act on its object ("shot dead", "set free").
_RESULTS = frozenset({"alive", "dead", "free", "loose", "open", "shut"})


def _result_read_as_modifier(tok: Token) -> Token | None:
    """The verb ``tok``, an adjective of result right after it, belongs to when the parser hung
    it on the verb's object ("set free(amod) two aid workers"), or None."""
    if tok.lower_ not in _RESULTS or tok.dep_ != "amod" or tok.i == 0:
        return None
    verb = tok.doc[tok.i - 1]
    obj = tok.head
    if verb.pos_ != "VERB" or obj.head.i != verb.i or obj.dep_ != "dobj" or obj.i <= tok.i:
        return None
    after = tok.doc[tok.i + 1]
    if after.tag_ not in ("DT", "CD", "PRP$", "PDT") and after.dep_ not in ("advmod", "quantmod"):
        return None  # "released free copies": an adjective of the noun, before it
    return verb


def _verb_read_as_plural_noun(tok: Token) -> tuple[Token, Token] | None:
    """(subject, object) when ``tok``, a plural noun the parser made the root of a headline, has an
    object or an apposition after it and a party opening the headline (or its part after a comma)
    right before it ("Madrid sanctions(NNS) Venezuelan officials"): it is a verb; else None."""
    if tok.i == 0 or not tok.lower_.endswith("s") or not default_lexicon().candidates(tok.lemma_.lower(), "VERB"):
        return None
    subject = tok.doc[tok.i - 1]
    if subject.head.i != tok.i or subject.dep_ not in ("compound", "nsubj") or not _party_word(subject):
        return None
    start = subject.left_edge.i
    if start != tok.sent.start and tok.doc[start - 1].text not in (",", ";"):
        return None  # the party opens the headline or its second part ("..., Madrid sanctions ...")
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "appos") and c.i > tok.i), None)
    if obj is None or any(t.pos_ == "AUX" or (t.pos_ == "VERB" and t.head.i == t.i) for t in tok.sent):
        return None
    return subject, obj


def _make_headline_verb(tok: Token, subject: Token, obj: Token) -> None:
    """The plural noun becomes the verb, the party before it its subject, the phrase its object."""
    tok.pos_, tok.tag_ = "VERB", "VBZ"
    subject.dep_ = "nsubj"
    obj.dep_ = "dobj"


# Tags and parts of speech that make a line a sentence, not a headline: a finite verb or an auxiliary.
_FINITE_OR_MODAL = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Punctuation that ends a sentence of the body, never a headline.
_SENTENCE_ENDS = frozenset({".", "!", "?"})
# What a headline's participle carries after it: a prepositional phrase or an agent.
_PARTICIPLE_PHRASES = frozenset({"prep", "agent"})


def _headline_passive(tok: Token) -> Token | None:
    """The noun a headline's past participle ``tok`` is the dropped-"be" passive of, when the
    parser made that noun, opening a line with no finite verb, the root and ``tok`` a clause on it
    ("Sanctions Imposed(acl) On Junta"); else None."""
    head = tok.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i >= tok.i:
        return None
    sent = tok.sent
    if head.left_edge.i != sent.start:
        return None  # the noun phrase opens the line ("Talks on sanctions imposed ...": a thing)
    if not any(c.dep_ in _PARTICIPLE_PHRASES and c.i > tok.i for c in tok.children):
        return None
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote and not t.is_bracket), None)
    if last is not None and last.text in _SENTENCE_ENDS:
        return None  # a headline has no full stop ("Hundreds of youths protested(VBN) in Lima.")
    if any(t.tag_ in _FINITE_OR_MODAL or t.pos_ == "AUX" for t in sent):
        return None  # a sentence with a verb of its own: the participle modifies the noun
    return head


def _make_headline_passive(tok: Token, noun: Token) -> None:
    """The participle becomes the root, the noun its passive subject, what followed it its own."""
    for c in list(noun.children):
        if c.i > tok.i:
            c.head = tok  # the line's closing punctuation
    tok.head, tok.dep_ = tok, "ROOT"
    noun.head, noun.dep_ = tok, "nsubjpass"


def _ids(*labels: str) -> frozenset[int]:
    return frozenset(get_string_id(label) for label in labels)


# What each repair's first token must be, as the ids of its labels (a POS is a number of its own,
# a tag or a dependency the id of its string): a repair looks only at the tokens that are so when
# its pass starts, and no pass makes a token of its own kind.
_CONJ, _CCOMP, _COMPOUND, _ROOT = _ids("conj"), _ids("ccomp"), _ids("compound"), _ids("ROOT")
_PREP, _AGENT = _ids("prep"), _ids("agent")
_FOLLOWING_DEPS = _ids("advcl", "acl")
_PLURAL_AFTER_DEPS = _ids("advcl", "conj", "ccomp")
_VERB, _NOUN = frozenset({VERB}), frozenset({NOUN})
_FINITE_IDS, _VBG, _VBZ, _NN = _ids(*_FINITE_TAGS), _ids("VBG"), _ids("VBZ"), _ids("NN")
_RB = _ids("RB")
_NPADVMOD = _ids("npadvmod")
_SAME_SPELT_IDS = _ids(*_SAME_SPELT_TAGS)
_ED_IDS, _AMOD, _NNS = _ids("VBN", "VBD"), _ids("amod"), _ids("NNS")
_VBN, _ACL = _ids("VBN"), _ids("acl")


def _candidates(
    doc: Doc, pos: frozenset[int] | None, tag: frozenset[int] | None, dep: frozenset[int] | None
) -> list[int]:
    """The indices of the tokens whose POS, tag and dependency are among those given (None:
    any), read from the Doc as it is now in one array and compared in it, without a Token
    object (or a Python int) per token."""
    cols = _columns(doc)
    keep = numpy.ones(len(cols), dtype=bool)
    for k, wanted in enumerate((pos, tag, dep)):
        if wanted is not None:
            keep &= _among(cols[:, k], wanted)
    return numpy.flatnonzero(keep).tolist()


# The Doc whose label columns (POS, TAG, DEP) ``_candidates`` read last, and those columns: read
# once and kept while no pass has changed the Doc (most passes find nothing and change nothing).
_COLUMNS: list[object] = [None, None]


def _columns(doc: Doc) -> numpy.ndarray:
    """``doc.to_array([POS, TAG, DEP])``, read again only after :func:`_changed`."""
    if _COLUMNS[0] is not doc:
        _COLUMNS[0], _COLUMNS[1] = doc, doc.to_array([POS, TAG, DEP])
    return _COLUMNS[1]  # type: ignore[return-value]


def _changed() -> None:
    """Drops the columns: a pass is about to change (or may change) the Doc's labels."""
    _COLUMNS[0] = _COLUMNS[1] = None


def _among(column: numpy.ndarray, labels: frozenset[int]) -> numpy.ndarray:
    """Which of ``column``'s ids are among ``labels`` (``numpy.isin``: a handful of labels are
    compared one by one, a third of its time, which sorts)."""
    hit = numpy.zeros(len(column), dtype=bool)
    for label in _as_array(labels, column.dtype):
        hit |= column == label
    return hit


@functools.lru_cache(maxsize=64)
def _as_array(labels: frozenset[int], dtype: numpy.dtype) -> numpy.ndarray:
    """The label ids of ``labels`` as an array of ``dtype`` (made once per set of labels)."""
    return numpy.array(sorted(labels), dtype=dtype)


def _found(
    doc: Doc,
    finder: Callable[[Token], _T | None],
    *,
    pos: frozenset[int] | None = None,
    tag: frozenset[int] | None = None,
    dep: frozenset[int] | None = None,
) -> Iterator[tuple[Token, _T]]:
    """(token, what ``finder`` found there) for the tokens of the labels given (see
    :func:`_candidates`) where it finds something."""
    for i in _candidates(doc, pos, tag, dep):
        tok = doc[i]
        found = finder(tok)
        if found is not None:
            _changed()  # whoever takes it may change the Doc
            yield tok, found


def _keeping_sentences(doc: Doc, tokens: Iterable[Token], change: Callable[..., None], *args: object) -> bool:
    """Makes ``change(*args)`` to the tree unless it moves where a sentence begins: then the heads,
    labels, parts of speech and tags of ``tokens`` (all the change touches) are put back. True
    when the change stays."""
    starts = [s.start for s in doc.sents]
    kept = [(t, t.head, t.dep_, t.pos_, t.tag_) for t in tokens]
    change(*args)
    if [s.start for s in doc.sents] == starts:
        return True
    for t, head, dep, pos, tag in kept:
        t.head, t.dep_, t.pos_, t.tag_ = head, dep, pos, tag
    return False


def _root_the_verb(subject: Token, verb: Token, participle: Token, trailing: list[Token]) -> None:
    """The verb below a participle the parser made the root becomes the root, the participle
    its subject's modifier."""
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    participle.head, participle.dep_ = subject, "acl"
    for c in trailing:
        c.head = verb


def _join_the_nouns(tok: Token, above: Token, subject: Token, before: Token) -> None:
    """A plural noun read as a verb after a list of nouns joins the list as the object of the
    verb above."""
    for c in list(tok.children):
        if c.i != subject.i:
            c.head = above  # "on six officers", the clause's punctuation: the imposing verb's
    subject.head, subject.dep_ = above, "dobj"
    before.head, before.dep_ = tok, "compound"
    tok.head, tok.dep_ = subject, "conj"


def _mark_the_clause(tok: Token, noun: Token, verb: Token) -> None:
    """An "as" read as a preposition marks the clause of the verb whose subject its noun is."""
    noun.head, noun.dep_ = verb, "nsubj"
    tok.head, tok.dep_ = verb, "mark"


def _make_preposition(tok: Token, obj: Token) -> None:
    """A "following" read as a participle becomes the preposition of its object."""
    tok.pos_, tok.tag_, tok.dep_ = "ADP", "IN", "prep"
    obj.dep_ = "pobj"


def _join_the_agent(by: Token, noun: Token) -> None:
    """A "by" phrase read as a finite verb's agent names the agent of the noun before it."""
    by.head, by.dep_ = noun, "prep"


def repair(doc: Doc) -> int:
    """Corrects ``doc``'s tree in place; returns how many heads moved.

    Each pass looks only at the tokens that can start its repair, found from the Doc's label
    arrays when the pass starts (a Token made for every token of every pass cost more than the
    repairs)."""
    moved = 0
    _changed()  # a Doc read before may have been changed since
    for tok, _ in list(_found(doc, _bare_read_as_tensed, tag=_SAME_SPELT_IDS, dep=_CONJ)):
        tok.tag_ = "VB"  # a tag, not a head: the tree's tables are unchanged
    moves = list(_found(doc, _misjoined, tag=_FINITE_IDS, dep=_CONJ))  # all found before any moves
    for tok, above in moves:
        bare = tok.head
        cc = [c for c in bare.children if c.dep_ == "cc" and c.i < tok.i and c.i > bare.i]
        tok.head = above
        if cc:
            cc[-1].head = above  # the "and" joins the two verbs of the clause above
        moved += 1
    participles = _candidates(doc, None, _VBG, _ROOT)  # a participle the parser made a root
    if participles:
        _changed()
    for sent in list(doc.sents) if participles else []:
        if not any(sent.start <= i < sent.end for i in participles):
            continue
        found = _main_verb_below(sent.root)
        if found is None:
            continue
        subject, verb = found
        participle = sent.root
        trailing = [c for c in participle.children if c.i > verb.i]  # "." and what follows the verb
        touched = (subject, verb, participle, *participle.children)
        moved += _keeping_sentences(doc, touched, _root_the_verb, subject, verb, participle, trailing)
    for tok, (named, name) in _found(doc, _quoted_name, pos=_VERB):
        for c in list(name.children):
            if c.dep_ in _PREMODIFIERS and c.i < named.i:
                c.head = named
        named.head, named.dep_ = tok, "dobj"
        name.dep_ = "oprd"
        moved += 1
    for tok, (above, subject, before) in _found(doc, _noun_read_as_verb, tag=_VBZ, dep=_CCOMP):
        if _keeping_sentences(doc, (tok, subject, before, *tok.children), _join_the_nouns, tok, above, subject, before):
            tok.pos_, tok.tag_ = "NOUN", "NNS"
            moved += 1
    for tok, obj in list(_found(doc, _plural_after_object, tag=_VBZ, dep=_PLURAL_AFTER_DEPS)):
        if _keeping_sentences(doc, (tok, obj, *obj.children), _head_the_object, tok, obj):
            tok.pos_, tok.tag_ = "NOUN", "NNS"
            moved += 1
    for tok, obj in _found(doc, _verb_in_noun_phrase, pos=_NOUN, tag=_NN, dep=_COMPOUND):
        moved += _keeping_sentences(doc, obj.sent, _make_verb, tok, obj)
    for tok, (subject, obj) in _found(doc, _adverb_read_as_verb, tag=_RB):
        touched = (tok, subject, *subject.children)
        moved += _keeping_sentences(doc, touched, _root_the_adverb, tok, subject, obj)
    for tok, obj in list(_found(doc, _adverb_heading_relative, tag=_RB)):
        tok.pos_, tok.tag_ = "VERB", "VBP"  # tags and a label, not a head
        obj.dep_ = "dobj"
        moved += 1
    for tok, (noun, verb) in _found(doc, _as_clause, dep=_PREP):
        moved += _keeping_sentences(doc, (tok, noun), _mark_the_clause, tok, noun, verb)
    for tok, obj in _found(doc, _following_as_preposition, tag=_VBG, dep=_FOLLOWING_DEPS):
        moved += _keeping_sentences(doc, (tok, obj), _make_preposition, tok, obj)
    for tok, (speaker, misplaced, clause, comma) in list(_found(doc, _speakers_after_comma, pos=_VERB)):
        touched = [t for t in (speaker, misplaced, comma) if t is not None]
        moved += _keeping_sentences(doc, touched, _speakers_the_subject, tok, speaker, misplaced, clause, comma)
    for tok, (noun, verb) in list(_found(doc, _report_read_as_participle, tag=_VBN, dep=_ACL)):
        moved += _keeping_sentences(doc, (tok, noun), _make_reported_verb, tok, noun, verb)
    for tok, (noun, verb, subject) in list(_found(doc, _past_read_as_modifier, tag=_ED_IDS, dep=_AMOD)):
        root = noun.head
        touched = [tok, noun, doc[tok.i - 1], root, *root.children] + ([subject] if subject is not None else [])
        moved += _keeping_sentences(doc, touched, _make_past_verb, tok, noun, verb, subject)
    for tok, verb in list(_found(doc, _result_read_as_modifier, dep=_AMOD)):
        tok.head, tok.dep_ = verb, "oprd"
        moved += 1
    for tok, (subject, obj) in list(_found(doc, _verb_read_as_plural_noun, tag=_NNS, dep=_ROOT)):
        moved += _keeping_sentences(doc, (tok, subject, obj), _make_headline_verb, tok, subject, obj)
    for tok, noun in list(_found(doc, _headline_passive, tag=_VBN, dep=_ACL)):
        moved += _keeping_sentences(doc, (tok, noun, *noun.children), _make_headline_passive, tok, noun)
    for tok, _ in list(_found(doc, _name_as_adverb, dep=_NPADVMOD)):
        tok.dep_ = "nsubj"  # a label, not a head
        moved += 1
    for tok, noun in _found(doc, _noun_agent, dep=_AGENT):
        moved += _keeping_sentences(doc, (tok,), _join_the_agent, tok, noun)
    _changed()  # not kept past the repairs: the Doc is not held, nor read stale by another call
    if moved:
        forget(doc)
    return moved
