"""Argument finding: the actor and the recipient of each trigger.

:class:`Arguments` finds the actor (subject, passive agent, control verbs, coordination, the
subject of a light verb for nominal triggers, possessors) and the recipient (object,
prepositional objects named by the entry, the subject or object of a complement, the aim of a
protest); ``fallback_actor`` takes the nearest actor mention to the left when the syntax names
none.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..knowledge.actors import lookup, resolve_phrase
from ..knowledge.lexicon import Cues, Trigger, default_lexicon, load_word_classes
from ..knowledge.lexicon import words as lexicon_words
from ..record import Actor, Affiliation
from .clauses import first_of_pair, on_a_party, semicolon_between, told_participle
from .constructions import FORCE_SECTORS, PROPOSALS
from .mentions import STATELESS_OWNER, Mention, Mentions
from .syntax import children_of, subtree_of
from .triggers import (
    OBJECT_REQUIRED,
    Found,
    _dobj,
    _lemma,
    _named_member,
    _passive_subject,
    described_act,
    for_clause_mark,
    names_an_act,
    object_standing_for,
    reduced_passive,
    told_passive,
)

_OBJECT_CONTROL = lexicon_words("object_control_verbs")
# Acts whose "of" object is the actor's own (forces readied, aid given, measures imposed), not
# whom the act is done to ("the arrest of Turkish journalists": the journalists are acted on).
_OWN_THING_MOVED = frozenset({"MOBILIZE", "AID"})
# Ways a nominal act's actor is found outside the noun's own phrase, which the nationality of
# what it moves outranks.
_GUESSED_FROM_THE_CLAUSE = frozenset({"none", "light_verb_subject", "amount_verb_subject"})
_LIGHT_NOUN_DEPS = {"dobj", "nsubjpass", "attr", "appos", "pobj", "conj"}
# Nouns that count what their "of" phrase names.
_QUANTITIES = lexicon_words("quantity_words")
# Participles that after "be" state the subject's position rather than a passive act.
_STATIVE_PASSIVES = lexicon_words("stative_passives")
# Grammar: the pronouns that open a relative clause.
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Nouns for people and groups (word classes "person" and "party"): as an object, a party with no name.
_INTENT_NOUNS = lexicon_words("intent_nouns")
_PARTY_NOUNS = (
    load_word_classes()["person"] | load_word_classes()["party"] | load_word_classes()["organisation"]
    | load_word_classes()["media"]  # "blocked 21 news websites": an outlet acted on is a party
)
_ORGANISATIONS = load_word_classes()["organisation"]
_PRIVATE_PERSONS = load_word_classes()["private_person"]
# people taken in ("took in 500 refugees"): the object of the act is who it is for
_TAKEN_IN = load_word_classes()["displaced"]
# Grammar: pronouns of whoever at all ("anyone who blocks a road"), never a group named before.
_ANYONE = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody"})
_ORGANISATION_CLASS = frozenset({"@organisation"})
# Verbs whose subject tells of, looks on or undergoes an act named by their object: never who did
# it ("played down the attack", "witnessed the shelling", "survived an assassination attempt").
_ONLOOKING = lexicon_words("onlooking_verbs")
_UNDERGOING_VERBS = lexicon_words("undergoing_verbs")
# Verbs by which an act or a party draws a response from others ("drew condemnation from X").
_DRAWING_VERBS = frozenset({"draw", "attract", "earn", "receive", "face", "meet"})
_THWARTING_VERBS = lexicon_words("thwarting_verbs")
# Words: verbs that judge what they name ("condemned what it called provocations by X")
_NAMING_VERBS = lexicon_words("naming_verbs")
# Sectors: people a helped act may serve ("helping to evacuate civilians")
_PEOPLE_IN_NEED = frozenset({"CVL", "REF"})
# Verbs by which a party undergoes an act named after "under" ("came under attack").
_UNDERGOING_HEADS = frozenset({"come", "be", "remain", "fall"})
# Grammar: personal subject pronouns, which stand for a party named before.
_PERSONAL_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i"})
# Grammar: pronouns that with a clause of their own name a class of people ("anyone who...").
_CLASS_PRONOUNS = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "everybody"})
# Grammar: object pronouns of a group, and the tags of a plural noun.
_PLURAL_OBJECT_PRONOUNS = frozenset({"them"})
# Object pronouns of one party or many: never their own clause's subject ("itself", "themselves").
_OBJECT_PRONOUNS = _PLURAL_OBJECT_PRONOUNS | {"it"}
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Nouns of a crowd ("rioters", "the mob"): people named only as a crowd.
_CROWD_NOUNS = lexicon_words("crowd_nouns")
# Verbs of denial: what is coordinated after a denied act is the denier's next act ("denied that
# its troops killed civilians and called the images staged").
_DENIALS = frozenset({"deny"})
_VIOLENT_VERBS = frozenset(lexicon_words("violent_verbs"))
# Nouns of an armed attack, whose phrase may name who carried it out ("a Turkish drone strike").
_ATTACKS = load_word_classes()["conventional_attack"]
# Nouns of a fight between two sides, and the verbs and states of coming to harm in one.
_FIGHTS = load_word_classes()["fight"]
# Nouns of an answer to an act ("in response to", "in retaliation for").
_RETALIATION = load_word_classes()["retaliation"]
# Verbs a fight's start is told with, whose "between" phrase names its sides ("clashes erupted
# between...").
_BREAKING_OUT = frozenset({"break", "erupt", "flare", "rage", "continue", "resume", "intensify", "escalate"})
_CASUALTY_VERBS = lexicon_words("casualty_verbs")
_CASUALTY_STATES = lexicon_words("casualty_states")
_CONFLICT_NOUNS = lexicon_words("conflict_nouns")
# Attacks, and the prepositions that name whom an attack was done to ("the attack on X"); an arrest
# criticised keeps its detainees as the recipient.
_ATTACK_EVENTS = frozenset({"ASSAULT"})
_HARMED_PREPOSITIONS = frozenset({"on", "against", "of", "at"})
# Prepositions of a scene: a party after them is where or through what, not who acts.
_SCENE_PREPOSITIONS = frozenset({"in", "on", "at", "inside", "outside", "near", "across", "throughout", "via"})
# Subject pronouns that in a threat's own clause stand for the threatener ("warned that they would
# attack the convoy") unless they name a party of their own.
_SPEAKER_SIDE_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
# Possessive pronouns that on a threat's own subject make it the threatener's side ("warned that
# his men would fight any foreign troops") unless the phrase names a party of its own.
_SPEAKER_SIDE_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my"})
# What is fled that is a place, not a party ("fled the capital", "fled Aleppo").
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_HAZARDS = load_word_classes()["hazard"]
# What one party asks or presses of another ("pressure", "demands", "calls").
_DEMANDS = load_word_classes()["demand"]
# The posts one state keeps in another: a protest held at one is aimed at the state it serves.
_DIPLOMATIC_POSTS = load_word_classes()["diplomatic_post"]
# Grammar: prepositions of where a crowd stands or goes to ("outside the embassy", "marched to the consulate").
_AT_PREMISES = frozenset({"outside", "at", "near", "to", "before"})
_BELONGINGS = load_word_classes()["belonging"]
_RELEASE_ACTS = load_word_classes()["release_act"]
# Nouns for freeing people or handing them over ("the release of", "the return of", "the
# extradition of"): a call for one is addressed to whoever holds them.
_FREEING_NOUNS = _RELEASE_ACTS | load_word_classes()["custody_transfer"]
# Buildings and installations: what an attack hits there, it does to those who use them.
_FACILITIES = load_word_classes()["facility"]
# Installations an attack hits (army positions, a power plant): acted on for those who hold or
# work them, unless the people harmed there are counted.
_SITES = load_word_classes()["site"]
# Verbs by which a party owns, runs or pays for a place ("a clinic run by a charity").
_RUNNING_VERBS = frozenset({"own", "run", "operate", "finance", "fund", "manage", "build", "staff"})
_SHADOWING = load_word_classes()["shadowing"]
_DEALINGS = load_word_classes()["talks"] | load_word_classes()["agreement"]
_DEALING_PREPOSITIONS = frozenset({"during", "in", "under", "at"})
# Letters and messages an act is made in: their "to" phrase names whom it addresses.
# Acts whose object says what is asked, offered or refused: the talks they are made in may hang
# anywhere in it ("demanded the release of ... during talks with").
_ASKING_EVENTS = frozenset({"REQUEST", "AGREE", "REJECT"})
_MESSAGES = load_word_classes()["message"]
# things a party runs, owns or puts in place: acted on in its operator's stead ("shot down drones
# flown by the rebels", "cleared barricades put up by farmers")
_OPERATED_THINGS = frozenset().union(
    *(load_word_classes()[k] for k in ("weapon", "vehicle", "property", "belonging", "obstacle"))
)
_VEHICLES = load_word_classes()["vehicle"]
# Verbs that send a weapon or a missile off at a target, and what they send.
_PROPELLING = frozenset({"fire", "throw", "hurl", "lob", "launch"})
_PROPELLED = frozenset().union(*(load_word_classes()[k] for k in ("weapon", "war_machine", "projectile")))
_CARRYING = load_word_classes()["carrying"]
# Weapons and things fired or thrown, which strike but do not act ("a missile hit the depot").
_MUNITIONS = load_word_classes()["weapon"] | load_word_classes()["projectile"]
# Grammar: the adverbs of "together with" and "along with".
_TOGETHER = frozenset({"together", "along"})
# Prepositions by which forces are massed at another state's edge ("around Taiwan", "near Ukraine").
RINGING_PREPOSITIONS = frozenset({"around", "near", "off", "toward", "towards", "along"})
# Words that count people, and nouns for a band of people: a subject they head is a party of the
# place where it acts.
_PEOPLE_COUNTS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "tens", "handful"})
_COLLECTIVES = frozenset({"group", "gang", "band", "crowd", "mob", "throng"})
# People named by a labour action of theirs, not by their work: labour even when attacked.
_LABOUR_IN_ACTION = frozenset({"striker", "picketer", "unionist"})
# Grammar: words that set what people fled since or after.
# Speech acts that commit the speaker's own side to act: a threat and a promise.
_COMMITMENTS = frozenset({"THREATEN", "AGREE"})
# Grammar: the conjunctions that open the condition a threat or a promise is made on.
_CONDITIONS = frozenset({"if", "unless"})
_SINCE = frozenset({"since", "after", "amid", "following"})
# Named numbers that count no people ("paid 2 million", "in 2019").
_NOT_COUNTS = frozenset({"MONEY", "DATE", "TIME", "PERCENT", "QUANTITY", "ORDINAL"})
# Named numbers that measure an amount: money, a share, a quantity.
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_PLACE_NOUNS = lexicon_words("place_nouns") | {"home", "house", "village", "country", "camp", "border"}
# Nouns for a settlement or an area: the lexicon's place nouns without those that also name a
# party, a facility or a part of something ("state", "port", "sector", "centre", "heart").
_SETTLEMENT_NOUNS = lexicon_words("place_nouns") - {"state", "port", "sector", "part", "heart", "center", "centre"}


def _joint_reporters(pron: Token) -> Token | None:
    """The first of the coordinated subjects of the reporting verb whose clause the plural
    pronoun ``pron`` is the subject of ("Norway and Sweden said they would..."), or None."""
    if pron.lower_ != "they" or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pron.head
    if clause.dep_ != "ccomp":
        return None
    verb = clause.head
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    while subj is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "warned against ... and said they would": the subject of the first verb
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or not any(c.dep_ == "conj" for c in children_of(subj)):
        return None
    return subj


# Grammar: prepositions that name the party an act is done together with.
_PARTNER_PREPOSITIONS = ("with", "among", "between", "to")
# Grammar: prepositions that join an amount to what it is of ("$5 million in aid", "tonnes of food").
_AMOUNT_PREPOSITIONS = frozenset({"in", "of", "worth"})
_AMOUNT_ENTITIES = frozenset({"MONEY", "QUANTITY", "CARDINAL"})


def _amount_verb(noun: Token) -> Token | None:
    """The verb whose object is an amount of ``noun`` ("sent $5 million in aid", "announced 40
    tonnes of food"): the parser hangs the goods on the amount or on the verb itself, and the
    verb's subject gives them."""
    if noun.dep_ != "pobj" or _lemma(noun.head) not in _AMOUNT_PREPOSITIONS:
        return None
    host = noun.head.head
    amount = host if host.pos_ in ("NUM", "NOUN", "SYM") else _dobj(host) if host.pos_ == "VERB" else None
    if amount is None or not (amount.pos_ == "NUM" or amount.ent_type_ in _AMOUNT_ENTITIES):
        return None
    verb = amount.head if amount is host else host
    return verb if amount.dep_ == "dobj" and verb.pos_ == "VERB" else None


def _a_place(m: Mention, doc: Doc) -> bool:
    """A mention headed by a noun for a settlement or an area ("the coastal Tanzanian town of
    Kilwa", "the Afghan city"): where the act happens, not a party it is done to."""
    head = doc[m.head]
    return head.pos_ == "NOUN" and _lemma(head) in _SETTLEMENT_NOUNS


def site_hit(m: Mention, doc: Doc) -> bool:
    """Whether ``m`` is an installation an attack hits, named by a common noun alone ("a fuel
    depot", "army positions")."""
    return m.actor.resolved_by == "generic" and _lemma(doc[m.head]) in _SITES


def only_sites_hit(f: Found, doc: Doc) -> bool:
    """Whether every recipient of ``f``, an attack, is an installation named by a common noun
    alone ("struck a fuel depot"): the people a casualty participle counts there ("killing two
    workers") are the ones acted on, when the clause names them."""
    return bool(f.recipient) and f.event == "ASSAULT" and all(site_hit(m, doc) for m in f.recipient)


def _an_amount(tok: Token) -> bool:
    """Whether ``tok`` heads an amount or the unit of a rate ("cut rations to $6 a person", "paid
    20 euros per worker"): a measure, never a party acted on, whatever word for people it has."""
    if tok.ent_type_ in _AMOUNTS and tok.pos_ in ("NUM", "SYM"):
        return True  # the number heads it; "about 2,000 migrants" the tagger may call a quantity
    if tok.dep_ == "npadvmod" and tok.head.ent_type_ in _AMOUNTS:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "per" and tok.head.head.ent_type_ in _AMOUNTS


def _people_of_a_kind(tok: Token) -> bool:
    """Whether ``tok`` names people by their nation, people or faith in the plural ("hundreds of
    ethnic Uzbeks", "12 Europeans") with no state the knowledge base gives them: a party."""
    return tok.ent_type_ == "NORP" and tok.tag_ in _PLURAL_TAGS and tok.dep_ not in ("compound", "amod", "nmod")


def _unnamed_institution(tok: Token) -> bool:
    """Whether ``tok`` heads the name of a body the knowledge base does not know, tagged a proper
    noun for its capitals ("the Constitutional Council", "the truth commission"): a party acted on,
    like any organisation named by its kind."""
    return tok.pos_ == "PROPN" and tok.dep_ != "compound" and _lemma(tok) in _ORGANISATIONS


def _private_people(tok: Token) -> bool:
    """Whether ``tok`` names people only as private persons: a word of that class ("two
    nationals", "dealers"), a people named by nation or faith ("hundreds of ethnic Uzbeks") or
    "anyone" picked out by a clause ("anyone caught looting"). With no sector word of their own
    they are civilians. A bare count ("arrested 35") stays unsorted: another telling may say who
    the people were ("35 traders")."""
    if _people_of_a_kind(tok):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in _ANYONE
    return _lemma(tok) in _PRIVATE_PERSONS


def civilians_by_default(ms: list[Mention], doc: Doc) -> list[Mention]:
    """``ms`` with the private persons among the unnamed parties coded as civilians (see
    :func:`_private_people`). Applied to the record once its reading is settled: the default is
    the record's coding, not evidence the trigger's object classes may read."""
    out = []
    for m in ms:
        if m.actor.resolved_by == "generic" and m.actor.sector is None and _private_people(doc[m.head]):
            m = replace(m, actor=replace(m.actor, sector="CVL"))
        out.append(m)
    return out


def civilian_protesters(ms: list[Mention], doc: Doc) -> list[Mention]:
    """``ms``, the actors of a protest, with the parties named only as people of a nation ("several
    hundred Kenyans"), as private persons, or only as a crowd or a count ("thousands", "rioters")
    coded as civilians: PLOVER's protests are civilian collective actions, so a crowd named by its
    nation is the public, not its state."""
    out = []
    for m in ms:
        head = doc[m.head]
        if m.actor.sector is None and (
            (m.actor.resolved_by == "demonym" and head.tag_ in _PLURAL_TAGS)
            or (m.actor.resolved_by == "generic" and _private_people(head))
            or (not m.actor.kb_id and (head.lower_ in _PEOPLE_COUNTS or head.lower_ in _CROWD_NOUNS))
        ):
            m = replace(m, actor=replace(m.actor, sector="CVL"))
        out.append(m)
    return out


def harmed_workers_as_civilians(f: Found, doc: Doc) -> list[Mention]:
    """The recipients of ``f`` with the unnamed people known only by their work ("two farm
    workers", "six labourers", "a driver") coded as civilians when they are harmed in an attack:
    killed, abducted or shot at, they suffer as private persons, not as labour acting (a strike,
    a picket). Only an attack told by its means (an abduction, an ambush, a shelling) says so: a
    bare "were injured" may tell of the workers' own unrest, and crowd control is aimed at what a
    crowd does, so their workers stay labour; so do strikers, named by their labour action."""
    if f.event != "ASSAULT" or f.mode is None or f.mode == "crowd-control":
        return f.recipient
    out = []
    for m in f.recipient:
        head = doc[m.head]
        if (
            m.actor.sector == "LAB"
            and not m.actor.kb_id
            and _lemma(head) not in _ORGANISATIONS
            and _lemma(head) not in _LABOUR_IN_ACTION
        ):
            m = replace(m, actor=replace(m.actor, sector="CVL"))
        out.append(m)
    return out


def _taking_part(noun: Token) -> Token | None:
    """The verb by which its subject takes part in the act ``noun`` names ("took part in the
    march", "participated in the protests", "joined in the strike", "turned out for the rally"):
    whoever takes part in a protest holds it. None for any other phrase ("killed in the protests")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "for") or noun.head.dep_ != "prep":
        return None
    prep, head = noun.head, noun.head.head
    if prep.lower_ == "in" and _lemma(head) == "part" and head.dep_ == "dobj" and _lemma(head.head) == "take":
        return head.head
    if head.pos_ != "VERB":
        return None
    if prep.lower_ == "in" and _lemma(head) == "take" and any(_lemma(c) == "part" for c in children_of(head)):
        return head  # the parser may hang "in" on the verb beside its object "part"
    if prep.lower_ == "in" and _lemma(head) in ("participate", "join"):
        return head
    turned_out = _lemma(head) == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(head))
    if prep.lower_ == "for" and turned_out:
        return head
    return None


def _counted_people(tok: Token) -> Token | None:
    """The people a bare count or a group word counts ("dozens of supporters", "a crowd of
    fans"), when its "of" phrase names them by a noun for people; else None."""
    if not (tok.lower_ in _PEOPLE_COUNTS or _lemma(tok) in _COLLECTIVES or tok.pos_ == "NUM"):
        return None
    of = next((c for c in children_of(tok) if c.dep_ == "prep" and _lemma(c) == "of"), None)
    pobj = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or pobj.pos_ != "NOUN" or _lemma(pobj) not in _PARTY_NOUNS:
        return None
    return pobj


def _a_counterpart(tok: Token) -> bool:
    """Whether ``tok`` heads a party named as someone's counterpart ("his Kenyan counterpart"), or
    is a nationality of one ("Kenyan" in "his Kenyan and Ugandan counterparts")."""
    for _ in range(3):
        if _lemma(tok) == "counterpart":
            return True
        if tok.dep_ not in ("amod", "conj", "compound", "nmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def counterparts_in_kind(f: Found, doc: Doc) -> None:
    """Give a counterpart with no sector of its own the sector of the party whose counterpart it
    is: "the defence minister phoned his Kenyan counterpart" names Kenya's defence minister, a
    military office like his own. The other side is the actor for a recipient, the actor's other
    parties for a counterpart among the actors; it counts only when it holds one sector."""

    def kindred(ms: list[Mention], others: list[Mention]) -> list[Mention]:
        sectors = {m.actor.sector for m in others if not _a_counterpart(doc[m.head])}
        if len(sectors) != 1 or None in sectors:
            return ms
        (sector,) = sectors
        return [
            replace(m, actor=replace(m.actor, sector=sector))
            if m.actor.sector is None and _a_counterpart(doc[m.head])
            else m
            for m in ms
        ]

    f.recipient = kindred(f.recipient, f.actor)
    f.actor = kindred(f.actor, f.actor)


def _own_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject or an auxiliary of its own: a participle with neither shares
    both with the verb it is coordinated with."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass") for c in children_of(verb))


# Nouns of owning up to an act ("claimed responsibility for the attack", "took credit for").
_OWNING_UP = frozenset({"responsibility", "credit"})


def _owned_act(noun: Token) -> Token | None:
    """The verb whose subject owns up to the act ``noun`` names ("the group claimed responsibility
    for the bombing", "took credit for the ambush"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or _lemma(prep) != "for" or prep.head.i == prep.i:
        return None
    owning = prep.head
    if _lemma(owning) not in _OWNING_UP or owning.dep_ != "dobj" or owning.head.pos_ not in ("VERB", "AUX"):
        return None
    return owning.head


# Question words that stand for a party the text does not name.
_WHO_ASKED = frozenset({"who", "whoever"})


def _asked_about(subj: Token, verb: Token) -> bool:
    """Whether ``subj`` asks or leaves open who acted ("it is unclear who fired", "whoever
    planted the bomb"), not a relative pronoun standing for a noun before it ("rebels who fired")."""
    if subj.lower_ not in _WHO_ASKED or subj.tag_ not in ("WP", "WDT") or subj.text.isupper():  # WHO: the UN agency
        return False
    return not (verb.dep_ == "relcl" and verb.head.i != verb.i and verb.head.pos_ in ("NOUN", "PROPN", "PRON"))


def _answerable_for(noun: Token) -> Token | None:
    """The subject of a copula that makes it answerable for the act ``noun`` names ("who was
    responsible for the attack", "who was behind the blast"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.i == noun.i or _lemma(prep) not in ("for", "behind"):
        return None
    pred = prep.head
    if _lemma(prep) == "for" and (_lemma(pred) != "responsible" or pred.dep_ != "acomp"):
        return None
    verb = pred.head if _lemma(prep) == "for" else pred
    if _lemma(verb) != "be":
        return None
    return next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)


def _collective(tok: Token) -> bool:
    """Whether ``tok`` is a common noun for a body of people that its "of" phrase names ("a group of
    soldiers", "a band of rebels"), not a proper name ("the Group of Seven")."""
    return tok.pos_ == "NOUN" and _lemma(tok) in _COLLECTIVES


def _generic_only(ms: list[Mention]) -> bool:
    """Whether every party of ``ms`` is one without a name (see :meth:`Arguments._party`)."""
    return all(m.actor.resolved_by == "generic" for m in ms)


def _sent_object(entry: Trigger, obj: Token | None) -> bool:
    """Whether ``obj`` is what the act sends, gives or shares, by the entry's own object class
    ("sent rescue teams", "dispatched troops", "share intelligence"): the thing given, never the
    party acted on."""
    return (
        obj is not None
        and entry.event in ("AID", "MOBILIZE", "COOPERATE")
        and _lemma(obj) in entry.object
        and _lemma(obj) not in _TAKEN_IN
    )


# How a list member before a nationality names its state: a nationality, or the state's name
# ("U.S. and South Korean forces").
_LISTED_STATE_HOW = frozenset({"demonym", "country"})


def _body_of_last(actor: Actor, countries: list[str | None]) -> bool:
    """Whether ``actor``, a body the knowledge base resolved for a phrase listing ``countries``'
    nationalities ("Kenyan and Somali police": Somalia's police), is the body of the last state
    only: its country is the last one's, and the list names other states before it."""
    return (
        len(countries) > 1
        and actor.country is not None
        and actor.country == countries[-1]
        and all(c is not None and c != actor.country for c in countries[:-1])
    )


def _listed_names(tok: Token, *, upto: int | None = None) -> list[list[Token]]:
    """The names of a list, cut at "and", "or" and commas: with ``upto``, the words from ``tok``
    up to that token; else the words of ``tok``'s phrase up to ``tok`` ("Chad and Burkina Faso",
    which the parser may read as one name headed by "Faso"). Empty when a word is no name."""
    doc = tok.doc
    words = doc[tok.i:upto] if upto is not None else doc[tok.left_edge.i:tok.i + 1]
    out: list[list[Token]] = []
    current: list[Token] = []
    for t in words:
        if t.pos_ == "CCONJ" or t.text == ",":
            if not current:
                return []
            out.append(current)
            current = []
        elif t.pos_ in ("PROPN", "ADJ"):
            current.append(t)
        else:
            return []
    return [*out, current] if current else []


def _a_munition(tok: Token) -> bool:
    """Whether ``tok`` names a weapon or a thing fired or thrown ("a missile", "shells", "a
    grenade"), which no party resolved it to: what was used, never the party that acts."""
    return tok.pos_ == "NOUN" and (_lemma(tok) in _MUNITIONS or tok.lower_ in _MUNITIONS)


def _a_conflict(tok: Token) -> bool:
    """Whether ``tok`` names a war or violence at large ("the war", "the fighting"), no party."""
    return tok.pos_ == "NOUN" and _lemma(tok) in _CONFLICT_NOUNS


def _undergoer_of_an_act(tok: Token) -> bool:
    """Whether ``tok`` is the "of" object of a noun that names an act ("the arrest of the
    editor", "the detention of the paper's editor"): the one who underwent it, no party to what
    the sentence goes on to tell."""
    while tok.dep_ in ("poss", "compound") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and _lemma(prep) == "of" and prep.dep_ == "prep" and names_an_act(prep.head)


def _agentive(tok: Token) -> bool:
    """Whether a word can name who acts: a name, a pronoun or a noun for people or groups."""
    return tok.pos_ in ("PROPN", "PRON") or bool(tok.ent_type_) or _lemma(tok) in _PARTY_NOUNS


def _setting(tok: Token, reporting: frozenset[str]) -> bool:
    """Whether a mention only sets the scene or the source: a place after "in", "on", "at"...
    ("in Paris", "on social media"), the owner of a reporter ("Gaza's health ministry said"), or
    a source ("according to X", "videos posted by X")."""
    head = tok.head
    if tok.dep_ == "pobj" and (_lemma(head) in _SCENE_PREPOSITIONS or _lemma(head.head) == "accord"):
        return True
    if tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.tag_ == "VBN" and head.head.dep_ == "acl":
        return True  # "videos posted by Iran Human Rights"
    return tok.dep_ == "poss" and head.dep_ == "nsubj" and _lemma(head.head) in reporting


def _told_apart(verb: Token, head: Token) -> bool:
    """Whether a coordinated verb is told in the reporter's tense, not the report's ("said the
    rebels had attacked the town and urged them to withdraw": "urged" goes with "said")."""
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in children_of(verb))
    head_aux = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in children_of(head))
    return verb.tag_ == "VBD" and not own_aux and head_aux


def _more_of_the_same(verb: Token) -> bool:
    """Whether a verb's object counts "others" of what the verb it is coordinated with acted on
    ("had killed eight soldiers and captured 13 others"): the second act goes on with the first."""
    obj = _dobj(verb)
    return obj is not None and _lemma(obj) == "other" and obj.tag_ in _PLURAL_TAGS and verb.dep_ == "conj"


# Verbs that lay an act told by an "of", "for" or "with" gerund at a party's door ("suspected X of
# spying", "charged the guards with beating inmates").
_LAYING_AT_DOOR = frozenset({"suspect", "accuse", "blame", "charge"})


def _suspected_doer(verb: Token) -> Token | None:
    """The party a gerund's act is laid on by a verb of suspecting or accusing: its object when
    active ("suspect the gang of kidnapping", "charged the guards with beating inmates"), its subject
    when passive ("rebels were suspected of attacking"); else None."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ not in ("of", "for", "with"):
        return None
    above = verb.head.head
    if above.pos_ in ("NOUN", "PROPN") and above.dep_ == "dobj" and _lemma(above.head) in _LAYING_AT_DOOR:
        return above  # the parser hangs "of" on the party suspected
    if above.pos_ != "VERB" or _lemma(above) not in _LAYING_AT_DOOR:
        return None
    doer = _passive_subject(above) or _dobj(above)
    if (doer is None or doer.lower_ in _RELATIVE_PRONOUNS) and above.dep_ == "relcl":
        return above.head  # "the militia, whom villagers accuse of burning the mill": its antecedent
    return doer


def _raised_by_passive(verb: Token) -> bool:
    """Whether ``verb`` is the "to" infinitive of a passive verb with a subject of its own ("the
    gunmen are believed to have abducted", "units were reported to have shelled", "the troops were
    ordered to fire"): English raises the doer of the infinitive's act to the passive's subject. A
    passive infinitive raises the one acted on ("the captives are thought to have been shot")."""
    if verb.dep_ != "xcomp" or verb.pos_ not in ("VERB", "AUX") or _passive_subject(verb.head) is None:
        return False
    if any(c.dep_ == "auxpass" for c in children_of(verb)):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def _told_before(verb: Token, head: Token, reporting: frozenset[str]) -> Token | None:
    """The reported clause ``verb`` goes on with when the parser coordinated an act of force with
    a reporting verb that follows that clause, or None."""
    if verb.dep_ != "conj" or _lemma(head) not in reporting or _lemma(verb) not in _VIOLENT_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    return next((c for c in children_of(head) if c.dep_ in ("ccomp", "parataxis") and c.i < head.i), None)


# Grammar: tags of a finite verb.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _subject_of_next(noun: Token) -> Token | None:
    """The verb a noun the parser coordinated with an object is in truth the subject of:
    "rebels killed five soldiers and police(conj) arrested(conj) three suspects"."""
    doc = noun.doc
    if noun.dep_ != "conj" or noun.i + 1 >= len(doc):
        return None
    verb = doc[noun.i + 1]
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.tag_ not in _FINITE_TAGS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    return verb


def _stranded_subject(verb: Token) -> Token | None:
    """The subject :func:`_subject_of_next` gives ``verb``, if any."""
    if verb.i == 0 or verb.dep_ != "conj":
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    nxt = _subject_of_next(noun)
    return noun if nxt is not None and nxt.i == verb.i else None


def _inside_object(tok: Token) -> bool:
    """Whether ``tok`` sits in the object phrase of a verb ("searched the offices of the
    association": the association is acted on with its offices)."""
    cur, hops = tok, 0
    while cur.dep_ in ("pobj", "prep", "compound", "poss", "appos", "conj") and hops < 6:
        cur, hops = cur.head, hops + 1
    return hops > 0 and cur.dep_ in ("dobj", "dative", "iobj", "nsubjpass") and cur.head.pos_ in ("VERB", "AUX")


def _freed(tok: Token) -> bool:
    """Whether ``tok`` stands for whom a release named by a noun would free: the release noun
    itself (its owner's), its possessor or its "of" object ("demanded her release", "called for
    the release of six sailors", "the return of the captured soldiers"). A call for a release or a
    handover is made to the captor, not the captives."""
    while tok.dep_ in ("conj", "amod", "compound", "nmod") and tok.head.i != tok.i:
        tok = tok.head  # "the release of a Japanese engineer": the nationality of one freed
    if tok.pos_ == "NOUN" and _lemma(tok) in _FREEING_NOUNS:
        return True
    if tok.dep_ == "poss":
        return _lemma(tok.head) in _FREEING_NOUNS
    prep = tok.head
    return tok.dep_ == "pobj" and _lemma(prep) == "of" and _lemma(prep.head) in _FREEING_NOUNS


def thwarting(verb: Token) -> bool:
    """Whether ``verb`` stops, bars or breaks up the act its object names ("police halted the
    march", "troops broke up the sit-in"): its subject opposes that act and never carries it out,
    so the act's doer is its own (a possessor, a "by" phrase) or unknown."""
    prt = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), None)
    return _lemma(verb) in _THWARTING_VERBS if prt is None else f"{_lemma(verb)} {prt}" in _THWARTING_VERBS


def _subjected_clause(trigger: Token) -> Token | None:
    """The verb of the clause ``trigger`` belongs to when that clause has a subject of its own (the
    trigger itself, "a bombing killed...", or a passive's, "six were arrested"), or None."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in ("ROOT",) and verb.head.i != verb.i:
        if verb.dep_ not in ("nsubj", "nsubjpass", "compound", "amod"):
            return None  # an object or an adjunct: the clause's subject may be the actor
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)) else None


def _companion_prep(prep: Token) -> bool:
    """Whether ``prep`` is the "with" of "together with" or "along with": it names who acts
    alongside the subject, never the party acted on."""
    return _lemma(prep) == "with" and any(c.dep_ == "advmod" and c.lower_ in _TOGETHER for c in children_of(prep))


def _undergone(noun: Token) -> bool:
    """A nominal act its subject undergoes: "came under attack", "remain under fire"."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and _lemma(prep) == "under"
        and prep.head.pos_ in ("VERB", "AUX")
        and _lemma(prep.head) in _UNDERGOING_HEADS
    )


# Grammar: verbs by which a party gets a threat made to it ("received death threats"), and the
# prepositions of acting in defiance of one ("despite threats of arrest").
_RECEIVING_VERBS = _DRAWING_VERBS | {"get"}
_DEFYING_PREPS = frozenset({"despite"})
THREAT_HELD_OVER = "held_over"


def threat_held_over(noun: Token) -> Token | None:
    """The verb whose subject a nominal threat is held over, when the sentence tells it from that
    party's side: it receives, faces or draws the threat ("the judge received death threats",
    "reporters faced threats from the militia") or acts in defiance of it ("returned home despite
    threats of arrest", "in spite of threats", "in the face of threats"); else None. Whoever
    threatens is named after "from" or "by", or not at all: never that subject. Only a threat so
    named is defied; a warning defied is advice ignored."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and _lemma(head) in _RECEIVING_VERBS:
        return head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or _lemma(noun) != "threat":
        return None  # "despite warnings from the UN": advice ignored, not a threat defied
    if _lemma(head) in _DEFYING_PREPS:
        verb = head.head
    elif _lemma(head) == "of" and head.head.lower_ in ("spite", "face") and head.head.dep_ == "pobj":
        verb = head.head.head.head  # "in spite of", "in the face of": of -> spite/face -> in -> verb
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") else None


# Grammar: verbs of telling a party what is to come ("told Kyiv it would...", "warned Baghdad that...").
_TELLING = frozenset({"tell", "warn", "inform", "remind", "notify"})


def _telling_verb(tok: Token) -> Token | None:
    """The verb of telling whose reported clause ``tok`` heads, or is the verb of ("told Kyiv
    (that) it would cut aid": told; "told the militia it would be crushed": told); else None."""
    clause = tok
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    if clause.dep_ == "conj" and clause.head.dep_ == "ccomp":
        clause = clause.head
    head = clause.head
    if clause.dep_ != "ccomp" or head.pos_ != "VERB" or _lemma(head) not in _TELLING:
        return None
    return head


# Grammar: verbs of coming upon a hidden explosive ("the truck hit a mine", "stepped on a mine"),
# and the explosives so come upon.
_COMING_UPON = frozenset({"hit", "strike", "run", "drive", "step"})
_HIDDEN_EXPLOSIVES = frozenset({"mine", "landmine", "bomb", "ied", "device", "explosive"})


def _set_off_by_victim(tok: Token) -> Token | None:
    """The verb whose subject came upon a hidden explosive and was harmed by it ("their vehicle
    hit a roadside bomb", "a bus struck a landmine", "a truck ran over a mine", "a boy stepped on
    a mine"): the subject is who the attack was done to, not who did it; else None. The trigger
    is the explosive, or the verb whose object it is."""
    if tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and _lemma(tok) in _CASUALTY_VERBS:
        # "a bus struck a mine, killing ten passengers": the deaths the verb it hangs on tells
        return _set_off_by_victim(tok.head) if tok.head.pos_ == "VERB" else None
    if tok.pos_ == "NOUN":
        if _lemma(tok) not in _HIDDEN_EXPLOSIVES:
            return None
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "prt") else tok.head
        obj = tok
    else:
        verb, obj = tok, _dobj(tok) or next(
            (g for p in children_of(tok) if p.dep_ == "prep" for g in children_of(p) if g.dep_ == "pobj"), None
        )
    if verb.pos_ != "VERB" or _lemma(verb) not in _COMING_UPON or obj is None:
        return None
    if _lemma(obj) not in _HIDDEN_EXPLOSIVES or obj.dep_ not in ("dobj", "pobj"):
        return None
    moving = _lemma(verb) in ("run", "drive", "step")
    if moving and not any(c.lower_ in ("over", "on", "onto") for c in children_of(verb)):
        return None  # "ran over a mine", "stepped on a mine", but not "ran a bomb factory"
    return verb if any(c.dep_ == "nsubj" for c in children_of(verb)) else None


def _object_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause's object stands for ("the officials, whom Ankara blames",
    "nine men they accused of looting"): its antecedent, when the clause has a subject of its own
    and its object is a relative pronoun or left out."""
    if verb.dep_ != "relcl" or verb.head.i == verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    kids = list(children_of(verb))
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _RELATIVE_PRONOUNS:
        return None
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in _RELATIVE_PRONOUNS:
        return verb.head
    return None


def _act_before(participle: Token) -> Token | None:
    """The verb a participle of consequence follows from when the parser hung both on a noun
    ("gunmen on motorbikes fired(acl) at mourners, wounding(acl) three"): the nearest verb before
    it in its sentence."""
    sent = participle.sent
    return next((t for t in reversed(sent[: participle.i - sent.start]) if t.pos_ == "VERB"), None)


def _by_whom(by: Token) -> Token | None:
    """The noun a "by" phrase names; the parser reads "by protesting farmers" as a gerund with
    an object, whose object is then the noun meant."""
    pobj = next((g for g in children_of(by) if g.dep_ == "pobj"), None)
    if pobj is not None:
        return pobj
    pcomp = next((g for g in children_of(by) if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.i == by.i + 1), None)
    return next((g for g in children_of(pcomp) if g.dep_ == "dobj" and g.i == pcomp.i + 1), None) if pcomp else None


def _acted_on_nouns(verb: Token) -> list[Token]:
    """The nouns a verb acts on, in order: its object and the object's conjuncts, then what an
    "on", "against" or "of" phrase of the object or of the verb names ("imposed bans on six
    editors", "froze the assets of four judges")."""
    obj = _dobj(verb)
    heads = [obj, *(c for c in children_of(obj) if c.dep_ == "conj")] if obj is not None else []
    out = list(heads)
    for h in [*heads, verb]:
        for c in children_of(h):
            if c.dep_ == "prep" and _lemma(c) in ("on", "against", "of"):
                out.extend(g for g in children_of(c) if g.dep_ == "pobj")
    return out


def _unblocked(trigger: Token, recipients: list[Mention]) -> list[Mention]:
    """The recipients of a protest that blocks something, without what it blocks: the road, the
    campus or the port a crowd blocks is where it protests, not the party it protests to ("drivers
    blocked the capital's ring road"; "blocked access to a ministry" still aims at the ministry)."""
    obj = _dobj(trigger)
    if obj is None:
        return recipients
    blocked = {obj.i}
    for t in subtree_of(obj):  # "blockaded campuses and bridges": each conjunct is blocked
        if t.dep_ == "conj" and t.head.i in blocked:
            blocked.add(t.i)
    return [m for m in recipients if m.head not in blocked]


def ringing_phrases(verb: Token) -> list[Token]:
    """The "around", "near" or "off" phrases of a verb of deployment, on the verb or on what it
    deploys ("sent warships and jets around the island", "massed thousands of troops near it")."""
    obj = _dobj(verb)
    hosts = [verb] + ([t for t in subtree_of(obj) if t.pos_ in ("NOUN", "NUM")] if obj is not None else [])
    return [c for h in hosts for c in children_of(h) if c.dep_ == "prep" and _lemma(c) in RINGING_PREPOSITIONS]


_STANCE_VERBS = lexicon_words("stance_verbs")
_FOREIGN_WORDS = lexicon_words("foreign_party_words")


def _foreign_people(a: Actor) -> bool:
    """Whether ``a`` is people named by a common noun alone whose words make them foreign to the
    place they are in ("12 Europeans", "foreign workers"): of no country the record may lend."""
    if a.resolved_by != "generic" or a.country is not None:
        return False
    return bool(_FOREIGN_WORDS & set(a.text.lower().replace("-", " ").split()))


def _reporters_stance(verb: Token, reporting: frozenset[str]) -> bool:
    """Whether ``verb`` is a participle of taking a stance set off by a comma after a reported
    clause ("said the case was closed, rejecting calls for an inquiry"): the reporter's act."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and _lemma(verb) in _STANCE_VERBS
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and head.dep_ == "ccomp"
        and _lemma(head.head) in reporting
        and head.head.i < head.i
    )



# Verbs of answering an act ("retaliated for the raid", "responding to the attack", "to avenge").
_ANSWERING_VERBS = frozenset({"retaliate", "respond", "avenge"})


def answered_act(noun: Token) -> bool:
    """Whether a noun trigger names the act another one answers ("in response to a bomb attack",
    "in retaliation for the ambush", "retaliating for the raid", "to avenge the killing"): the
    party that answers it is no doer of it, so no party of the sentence is guessed as one."""
    if noun.pos_ != "NOUN":
        return False
    head = noun.head
    if noun.dep_ == "dobj":
        return _lemma(head) in _ANSWERING_VERBS
    if noun.dep_ != "pobj" or head.dep_ != "prep" or _lemma(head) not in ("to", "for"):
        return False
    answer = head.head
    return answer.i != head.i and (_lemma(answer) in _RETALIATION or _lemma(answer) in _ANSWERING_VERBS)


def _governing_verb(noun: Token) -> list[Token]:
    """The verb a noun trigger is the object of, directly or through a preposition ("would not
    return to the talks unless...", "will not resume the dialogue if..."): its conditions are the
    act's. Empty for a verb trigger."""
    if noun.pos_ != "NOUN":
        return []
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return []
    return [head] if head.pos_ == "VERB" and head.i != noun.i else []

class Arguments:
    """Finds actors and recipients for triggers in one article."""

    def __init__(self, mentions: Mentions, cues: Cues) -> None:
        self.m = mentions
        self.cues = cues
        self._generic = False  # while finding a recipient: nouns for people count as parties
        self._facilities = False  # while finding what an attack hits: buildings count as parties
        self._own_checks: set[int] = set()  # pronouns whose own clause's subject is being found

    def _party(self, tok: Token) -> Mention | None:
        """The mention ``tok`` heads; when finding a recipient, also a party the knowledge base
        cannot name: a noun for people or a group ("arrested six suspects", "urged both sides"),
        with no country of its own (the event's rules may place it), and "them" for the last
        plural party before it in its sentence (in the pronoun's own words)."""
        if self._generic:
            ante = self._participle_antecedent(tok)
            if ante is not None:
                return self._standing_for(tok, ante)
        m = self.m.mention(tok)
        if m is not None and self._generic and self._own_subject_again(tok, m):
            m = None  # "police arrested three men and charged them": "them" is never the police
        if m is not None or not self._generic:
            return m
        if tok.pos_ == "PRON" and tok.lower_ in _OBJECT_PRONOUNS and tok.dep_ in ("dobj", "pobj"):
            ante = self._plural_antecedent(tok)
            return self._standing_for(tok, ante) if ante is not None else None
        if tok.pos_ == "PRON" and tok.lower_ in _CLASS_PRONOUNS and any(
            c.dep_ in ("relcl", "acl", "amod") for c in children_of(tok)
        ):
            # "anyone caught looting", "those who refused": the people meant are a party
            toks = list(subtree_of(tok))
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            actor = Actor(text=self.m.text[s:e], start=s, end=e, resolved_by="generic")
            return Mention(actor=actor, head=tok.i, start=toks[0].i, end=toks[-1].i + 1)
        if tok.pos_ == "NUM" and tok.dep_ in ("dobj", "nsubjpass") and tok.ent_type_ not in _NOT_COUNTS:
            # "arrested 35", "more than 200 were detained": a bare count acted on counts people
            toks = [t for t in subtree_of(tok) if t.dep_ not in ("prep", "punct") and t.i <= tok.i]
        elif _people_of_a_kind(tok) or _unnamed_institution(tok):
            toks = self.m.phrase_tokens(tok)
        elif tok.pos_ != "NOUN" or not (
            _lemma(tok) in _PARTY_NOUNS or (self._facilities and (_lemma(tok) in _FACILITIES | _SITES))
        ):
            return None
        else:
            toks = self.m.phrase_tokens(tok)
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        actor = Actor(text=self.m.text[s:e], start=s, end=e, resolved_by="generic", sector=self._unnamed_sector(s, e))
        actor.country = self.m.listed_nationality(tok)
        if actor.country is None and self._facilities and _lemma(tok) in _FACILITIES | _SITES:
            actor.country = self._run_by(tok)
        poss = next((c for c in children_of(tok) if c.dep_ == "poss"), None)
        aboard = self.m.vehicle_aboard(tok, poss) if poss is not None else None
        if aboard is not None:
            # "seized a foreign tanker and detained its crew": the crew is the vehicle's, of its
            # state or of none, never the acting party's own people
            actor.country = aboard[0]
            actor.resolved_by = "owner_country" if aboard[0] else STATELESS_OWNER
        owner = self.m.stateless_owner(tok)
        if owner is not None and owner.kb_id:
            # people a body of no one state calls its own ("two of its staff") are part of it, of
            # no state either (the record's rules place no such party)
            actor.affiliations = [Affiliation("part_of", owner.kb_id)]
        return Mention(actor=actor, head=tok.i, start=toks[0].i, end=toks[-1].i + 1)

    def _run_by(self, place: Token) -> str | None:
        """The country of the party a participle on ``place``, a building or an installation
        attacked, says owns, runs or pays for it ("a school run by a Norwegian charity", "factories
        financed by Turkish investors"): the place is hit as that party's, of its state."""
        for part in children_of(place):
            if part.dep_ != "acl" or part.tag_ != "VBN" or _lemma(part) not in _RUNNING_VERBS:
                continue
            by = next((c for c in children_of(part) if c.dep_ in ("agent", "prep") and _lemma(c) == "by"), None)
            who = _by_whom(by) if by is not None else None
            if who is None:
                continue
            m = self.m.mention(who)
            country = m.actor.country if m is not None else self.m.listed_nationality(who)
            if country:
                return country
        return None

    def _unnamed_sector(self, start: int, end: int) -> str | None:
        """The sector the words of an unnamed party's phrase give it, though its head is no agent
        noun: a modifier tells whose a post or a unit is ("a police station", "an army patrol",
        "opposition media outlets"). A name in the phrase lends nothing here (its head is what
        is acted on, not the named body)."""
        res = resolve_phrase(self.m.text[start:end], kb=self.m.kb)
        if res is None or res.kb_id is not None or not (res.resolved_by or "").startswith("agent"):
            return None
        return res.sector

    def _whoever_clause(self, verb: Token) -> list[Mention]:
        """The people a clausal subject picks out ("warned that anyone caught rioting faces jail":
        the parser makes "caught rioting" the subject, "anyone" its own), as one party."""
        clause = next((c for c in children_of(verb) if c.dep_ in ("csubj", "csubjpass")), None)
        who = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None) if clause is not None else None
        if who is None or who.lower_ not in _CLASS_PRONOUNS or who.i > clause.i:
            return []
        toks = list(subtree_of(clause))
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        actor = Actor(text=self.m.text[s:e], start=s, end=e, resolved_by="generic")
        return [Mention(actor=actor, head=who.i, start=toks[0].i, end=toks[-1].i + 1)]

    def _own_subject_again(self, pron: Token, m: Mention) -> bool:
        """Whether an object "them" or "it" was read as the very party that is its verb's subject:
        an object pronoun never stands for its own clause's subject (that would be "themselves",
        "itself")."""
        if pron.lower_ not in _OBJECT_PRONOUNS or pron.dep_ not in ("dobj", "pobj"):
            return False
        verb = pron.head.head if pron.dep_ == "pobj" else pron.head
        if verb.pos_ not in ("VERB", "AUX") or pron.i in self._own_checks:
            return False  # a subject found through the pronoun itself is no other party
        self._own_checks.add(pron.i)
        try:
            subjects, _, _ = self.subject(verb)
        finally:
            self._own_checks.discard(pron.i)
        a = m.actor
        return any(
            (s.actor.kb_id or None, s.actor.country, s.actor.sector) == (a.kb_id or None, a.country, a.sector)
            and (a.kb_id or a.country or a.sector)
            for s in subjects
        )

    def _standing_for(self, pron: Token, ante: Mention) -> Mention:
        """The pronoun ``pron`` as the party ``ante`` names: the record keeps the pronoun's own
        words, with the party, country and sector of what it stands for."""
        s, e = pron.idx, pron.idx + len(pron.text)
        actor = replace(ante.actor, text=self.m.text[s:e], start=s, end=e)
        if _foreign_people(ante.actor):
            # "banned 12 Europeans, accusing them of...": the pronoun loses the words that kept its
            # party from the place's country; it keeps their verdict instead
            actor.resolved_by = "generic+foreign"
        return Mention(actor=actor, head=pron.i, start=pron.i, end=pron.i + 1)

    def _participle_antecedent(self, pron: Token) -> Mention | None:
        """The party an object "them" of an adverbial participle stands for: the plural party
        the main verb acted on ("froze the assets of nine judges, accusing them of...", "imposed
        bans on six editors, accusing them of..."), before any party named in between."""
        verb = pron.head
        if pron.lower_ not in _PLURAL_OBJECT_PRONOUNS or pron.dep_ != "dobj":
            return None
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.pos_ != "VERB" or verb.head.i > pron.i:
            return None
        for cand in _acted_on_nouns(verb.head):
            if cand.i >= verb.i or cand.tag_ not in _PLURAL_TAGS:
                continue
            ms = self.mentions_of(cand)
            if ms:
                return ms[0]
        return None

    def _plural_antecedent(self, pron: Token) -> Mention | None:
        """The last party of the pronoun's number before ``pron`` in its sentence that is not its
        clause's subject: a plural one for "them"; for "it", one that is neither plural nor a
        person ("faulted the cabinet and urged it to resign": the cabinet)."""
        sent = pron.sent
        subjects = {c.i for c in children_of(pron.head) if c.dep_ in ("nsubj", "nsubjpass")}
        verb = pron.head.head if pron.dep_ == "pobj" else pron.head
        subjects |= {c.i for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")}
        for t in reversed(sent[: pron.i - sent.start]):
            if t.i in subjects or t.pos_ not in ("NOUN", "PROPN"):
                continue
            plural = t.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in children_of(t))
            if plural != (pron.lower_ in _PLURAL_OBJECT_PRONOUNS) or t.dep_ in ("compound", "amod", "poss"):
                continue
            m = self._party(t)
            if m is not None and not m.actor.person:
                return m
        return None

    # ---------------------------------------------------------------- helpers
    def _conj_group(self, tok: Token) -> list[Token]:
        out = [tok]
        for c in children_of(tok):
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") and not _subject_of_next(c):
                out.extend(self._conj_group(c))
            elif c.dep_ == "appos" and c.pos_ == "PROPN" and any(g.dep_ == "conj" for g in children_of(c)):
                # "Mali, Burkina Faso and Niger": the parser makes a list's second name an
                # apposition of the first and the last a conjunct of the second
                out.extend(self._conj_group(c))
        return out

    def mentions_of(self, tok: Token | None) -> list[Mention]:
        if tok is None:
            return []
        joint = _joint_reporters(tok)
        if joint is not None:
            # "Norway and Sweden said they would send observers": "they" is both reporters
            return self.mentions_of(joint)
        states = self._states_listed(tok) or self._members_listed(tok)
        if states:
            return states
        for _ in range(3):
            # "hundreds of thousands of people", "a group of soldiers": the counted noun is the party
            if _lemma(tok) not in _QUANTITIES and tok.pos_ != "NUM" and not _collective(tok):
                break
            of = next((c for c in children_of(tok) if c.dep_ == "prep" and _lemma(c) == "of"), None)
            pobj = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
            if pobj is None:
                break
            tok = pobj
        carried = self._carried(tok)
        if carried:
            return carried
        out = []
        for t in self._conj_group(tok):
            operators = self._operator(t) if self._generic else []
            if operators:
                out.extend(operators)
                continue
            m = self._party(t)
            if m is None and t.pos_ == "NOUN":
                m = self._owner(t) or (self._unnamed_owner(t) if self._generic else None)
            if m is not None:
                out.extend(self._split_nationalities(t, m))
        return out or self._others_of_kind(tok)

    def _others_of_kind(self, tok: Token) -> list[Mention]:
        """The party "others" counts more of, when a verb coordinated with an earlier one takes it
        as its object ("killed five soldiers and captured 12 others"): the earlier verb's object
        names their kind, so "others" stands for the same party."""
        if _lemma(tok) != "other" or tok.tag_ not in _PLURAL_TAGS or tok.dep_ != "dobj":
            return []
        verb = tok.head
        if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
            return []
        first = _dobj(verb.head)
        if first is None or first.i > tok.i:
            return []
        return [self._standing_for(tok, m) for m in self.mentions_of(first)]

    def _carried(self, noun: Token) -> list[Mention]:
        """The people a vehicle carries: "a bus carrying pilgrims", "a column of trucks carrying
        aid workers" (a party acted on through the vehicle it rides in)."""
        if noun.pos_ != "NOUN":
            return []
        vehicles = [noun] if _lemma(noun) in _VEHICLES else []
        vehicles += [  # "a column of lorries carrying..."
            g for c in children_of(noun) if c.dep_ == "prep" and _lemma(c) == "of"
            for g in children_of(c) if g.dep_ == "pobj" and _lemma(g) in _VEHICLES
        ]
        for v in vehicles:
            for c in children_of(v):
                obj = _dobj(c) if c.dep_ == "acl" and c.tag_ == "VBG" and _lemma(c) in _CARRYING else None
                if obj is not None:
                    return [self._own_phrase(m, obj) for m in self.mentions_of(obj)]
        return []

    def _own_phrase(self, m: Mention, tok: Token) -> Mention:
        """``m`` cut to the phrase ``tok`` heads, when the mention took in words around it (the
        vehicle "a bus carrying pilgrims" around "pilgrims")."""
        if m.head != tok.i and m.start >= tok.left_edge.i:
            return m
        toks = self.m.phrase_tokens(tok)
        if toks[0].i >= m.start and toks[-1].i < m.end and (toks[0].i, toks[-1].i + 1) != (m.start, m.end):
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            actor = replace(m.actor, text=self.m.text[s:e], start=s, end=e)
            return Mention(actor=actor, head=tok.i, start=toks[0].i, end=toks[-1].i + 1)
        return m

    def _operator(self, noun: Token) -> list[Mention]:
        """The party a thing is run, owned or put in place by, when a passive participle names
        it ("drones flown by the rebels", "roadblocks set up by farmers"): the thing is acted on
        in that party's stead."""
        if noun.pos_ != "NOUN" or _lemma(noun) not in _OPERATED_THINGS:
            return []
        for c in children_of(noun):
            if c.dep_ != "acl" or c.tag_ != "VBN":
                continue
            agent = next((g for g in children_of(c) if g.dep_ in ("agent", "prep") and _lemma(g) == "by"), None)
            if agent is not None:
                return self.mentions_of(_by_whom(agent))
        return []

    def _unnamed_owner(self, noun: Token) -> Mention | None:
        """The party without a name whose possession is acted on: "froze the assets of four
        lawmakers", "raided the students' homes"."""
        if _lemma(noun) not in _BELONGINGS:
            return None
        for c in children_of(noun):
            if c.dep_ == "poss" and c.pos_ == "NOUN":
                return self._party(c)
            if c.dep_ == "prep" and _lemma(c) == "of":
                pobj = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ == "NOUN":
                    return self._party(pobj)
        return None

    def _states_listed(self, noun: Token) -> list[Mention]:
        """"The governments of Chad, Togo and Benin", "troops from Chad and
        Niger": one party per state the "of" or "from" phrase lists, when it lists more than one
        and each is a state. Those "from" each state are of the noun's own sector."""
        if noun.pos_ != "NOUN":
            return []
        of = next((c for c in children_of(noun) if c.dep_ == "prep" and _lemma(c) in ("of", "from")), None)
        first = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
        if first is None or first.pos_ != "PROPN":
            return []
        group = self._conj_group(first)
        if len(group) < 2 and len(_listed_names(first)) < 2:
            return []
        sector = None
        if _lemma(of) == "from":
            own = self.m.mention(noun)
            sector = own.actor.sector if own is not None else None
            if sector is None:
                return []  # "goods from Chad and Niger": no party
        if len(group) < 2:
            return self._listed_states(_listed_names(first), sector)
        out = []
        for t in group:
            m = self.m.mention(t)
            if m is not None and any(m.start <= g.i < m.end for g in group if g.i != t.i):
                # one entity the tagger ran over the whole list: its names one by one
                return self._listed_states(_listed_names(first, upto=group[-1].i + 1), sector)
            if m is None or not m.actor.country or not (m.actor.resolved_by or "").startswith("country"):
                return []
            out.append(m if sector is None else replace(m, actor=replace(m.actor, sector=sector)))
        return out

    def _members_listed(self, noun: Token) -> list[Mention]:
        """"Countries including Chad and Niger", "donors such as Japan and Norway": the named
        parties a plural common noun's "including" or "such as" phrase lists stand for it, when
        every one of them is a named party (the list says which of the kind were acted on)."""
        if noun.pos_ != "NOUN" or noun.tag_ not in _PLURAL_TAGS:
            return []
        first = None
        for c in children_of(noun):
            listing = c.lower_ == "including" or (
                c.lower_ == "as" and any(g.lower_ == "such" for g in (*children_of(c), *children_of(noun)))
            )
            if c.dep_ == "prep" and listing:
                first = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
                break
        if first is None or first.pos_ != "PROPN":
            return []
        out = []
        for t in self._conj_group(first):
            m = self.m.mention(t)
            if t.pos_ != "PROPN" or m is None or not (m.actor.country or m.actor.kb_id):
                return []
            out.append(m)
        return out

    def _listed_states(self, names: list[list[Token]], sector: str | None) -> list[Mention]:
        """The states of a list the parser or the tagger read as one name ("troops from Chad and
        Burkina Faso" with "Chad" a modifier of "Faso"): one party per name, each a state, of
        ``sector``; none when a name is no state."""
        if len(names) < 2:
            return []
        out = []
        for seg in names:
            start, end = seg[0].idx, seg[-1].idx + len(seg[-1].text)
            res = lookup(self.m.text[start:end], kb=self.m.kb, date=self.m.date)
            if res is None or not res.country or res.kb_id or not res.resolved_by.startswith("country"):
                return []
            actor = Actor(
                text=self.m.text[start:end], start=start, end=end, country=res.country, sector=sector,
                resolved_by="country+list",
            )  # fmt: skip
            out.append(Mention(actor=actor, head=seg[-1].i, start=seg[0].i, end=seg[-1].i + 1))
        return out

    def _split_nationalities(self, head: Token, m: Mention) -> list[Mention]:
        """"Kenyan and Somali officials": one party per nationality, each with the head's sector.

        The first adjective is its own party ("Kenyan"); the last one keeps the rest of the
        phrase ("Somali officials"). A phrase with one nationality is left whole. A list's state
        may be told by its name ("U.S. and South Korean forces"); a body the knowledge base knows
        by the last nationality and the head ("Kenyan and Somali police": Somalia's police) is that
        last party, the nationalities before it parties of their own (:func:`_body_of_last`)."""
        # "Kenyan(amod) and Somali officials", "Thai(nmod) and Cambodian soldiers"
        adjectives = [c for c in children_of(head) if c.dep_ in ("amod", "nmod") and c.i < head.i]
        if not adjectives:
            return [m]
        first = adjectives[0]
        group = [first] + [c for c in children_of(first) if c.dep_ == "conj" and c.i < head.i]
        text = self.m.text
        segments = [[adj] for adj in group]
        countries = [self.m.nationality(adj) for adj in group]
        if len(group) < 2 or None in countries:
            # "Thai and Papua New Guinean officers": a nationality of several words the parser
            # split across the list; the words between the first nationality and the head, cut
            # at "and" and commas, each a nationality or a state's name ("U.S. and Japanese")
            segments = _listed_names(head.doc[first.i], upto=head.i)
            countries, how = [], ""
            for seg in segments:
                res = lookup(text[seg[0].idx:seg[-1].idx + len(seg[-1].text)], kb=self.m.kb, date=self.m.date)
                how = res.resolved_by if res is not None else ""
                ok = res is not None and res.country and not res.kb_id and how in _LISTED_STATE_HOW
                countries.append(res.country if ok and res is not None else None)
            if len(segments) < 2 or None in countries or not how.startswith("demonym"):
                return [m]  # the last member is a nationality: "U.S. and Japanese", not "Chad and Niger"
        if m.actor.kb_id and not _body_of_last(m.actor, countries):
            return [m]
        out: list[Mention] = []
        for k, (seg, country) in enumerate(zip(segments, countries)):
            start = seg[0].idx
            last = k == len(segments) - 1
            end = (seg[-1].idx + len(seg[-1].text)) if not last else m.actor.end
            if last and m.actor.kb_id:
                actor = replace(m.actor, text=text[start:end], start=start)
            else:
                actor = Actor(
                    text=text[start:end], start=start, end=end, country=country, sector=m.actor.sector,
                    resolved_by="nationality+head",
                )  # fmt: skip
            out.append(Mention(actor=actor, head=m.head if last else seg[-1].i, start=seg[0].i, end=m.end))
        return out

    def _owner(self, noun: Token, depth: int = 0) -> Mention | None:
        """The party a non-actor noun belongs to ("Sweden's decision", "Israeli policies",
        "a camp for Congolese refugees"): its possessor, then a modifier naming an actor, then
        the party an "of" or "for" phrase names."""
        for c in children_of(noun):
            if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "our", "my", "your"):
                m = self.m.mention(c)
                if m is not None:
                    return m
        for c in children_of(noun):
            if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "PROPN"):
                m = self.m.mention(c)
                # a bare sector word ("military aid", "police action") names no owner: its
                # country is only lent by the sentence's context
                if m is not None and m.actor.country and not (m.actor.resolved_by or "").endswith("+context"):
                    return m
        for c in children_of(noun):
            if c.i < noun.i and c.dep_ == "amod" and _lemma(c) in ("lead", "back", "sponsor", "arm", "fund"):
                # "the US-led war", "a Saudi-backed offensive": its leader or backer
                for g in children_of(c):
                    if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and g.i < c.i:
                        m = self.m.mention(g)
                        if m is not None and (m.actor.country or m.actor.kb_id):
                            return m
        if depth < 1:
            # "calls by Belarus's rulers", "a camp for Congolese refugees", "the computers of
            # South Korean officers"
            for c in sorted(children_of(noun), key=lambda c: _lemma(c) != "by"):
                if c.dep_ in ("prep", "agent") and _lemma(c) in ("by", "of", "for"):
                    pobj = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
                    if pobj is None:
                        continue
                    m = self.m.mention(pobj) or (self._owner(pobj, depth + 1) if pobj.pos_ == "NOUN" else None)
                    if (
                        m is not None
                        and (m.actor.country or m.actor.kb_id)
                        and not (m.actor.resolved_by or "").endswith("+context")
                    ):
                        return m
        return None

    def subject(
        self, verb: Token, depth: int = 0, *, moves_forces: bool = False
    ) -> tuple[list[Mention], str, Token | None]:
        """Actor mentions of a verb's subject, following passives, control and coordination.
        ``moves_forces`` is True when ``verb`` moves forces or arms ("sent frigates"): one
        coordinated inside a report ("said Chile had scrambled jets and sent frigates") is the
        report's act, never the reporter's, whatever its tense."""
        if depth > 6:
            return [], "none", None
        subj = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None and reduced_passive(verb):
            subj = None  # "Five soldiers killed in ambush": the subject is who was acted on
        elif subj is None:
            # the parser sometimes hangs the subject on the auxiliary ("Hungary is opposed to")
            subj = next(
                (
                    g
                    for c in children_of(verb)
                    if c.dep_ in ("aux", "auxpass")
                    for g in children_of(c)
                    if g.dep_ == "nsubj"
                ),
                None,
            )
        if subj is None:
            subj = _stranded_subject(verb)
        if subj is None and (first := first_of_pair(verb)) is not None:
            subj = next(c for c in children_of(first) if c.dep_ == "nsubj")  # "protest cuts, reject the plan"
        if subj is not None and _asked_about(subj, verb):
            # "it was unclear who carried out the attack": the text does not know the doer
            return [], "unknown", None
        if subj is not None:
            if subj.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.i != verb.i:
                # "Navalny, who accuses Putin of...": a relative pronoun stands for its antecedent,
                # with whoever it acts together with ("Ruto, who mediated with the AU, ...")
                ms = self.mentions_of(verb.head)
                return ms + self._companions(subj, verb, ms), "subject", verb.head
            ms = self._with_unnamed_partners(subj, self.mentions_of(subj))
            return ms + self._companions(subj, verb, ms), "subject", subj
        if _passive_subject(verb) is not None:
            agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
            if agent is None and _lemma(verb) in _STATIVE_PASSIVES:
                # "Israel is opposed to...", "X is committed to...": a state of the subject
                subj = _passive_subject(verb)
                return self.mentions_of(subj), "subject", subj
            pobj = next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is None:
                # "an officer was shot when a suspect opened fire": with no "by", the party acting
                # in the "when" clause that tells the scene
                verbs = (verb, *(c for c in children_of(verb) if c.dep_ == "conj"))
                clauses = [c for v in verbs for c in children_of(v) if c.dep_ == "advcl"]
                scene = next(
                    (c for c in clauses if any(m.dep_ == "advmod" and m.lower_ == "when" for m in children_of(c))),
                    None,
                )
                who = next((c for c in children_of(scene) if c.dep_ == "nsubj"), None) if scene is not None else None
                # an attacker the knowledge base cannot name ("when a gunman opened fire") is one still
                ms = self.mentions_of(who) or self.acted_on(who)
                if ms:
                    return ms, "passive_agent", who
                ms = self._doer_of_the_attack(verb)
                if ms:
                    return ms, "passive_agent", None
            if pobj is None and agent is not None:
                # "killed by Russian shelling": the parser reads the means as a gerund
                pobj = next((c for c in children_of(agent) if c.dep_ == "pcomp" and c.tag_ in ("NN", "VBG")), None)
            ms = self.mentions_of(pobj)
            if not ms and pobj is not None:
                ms = self._wielder(pobj)  # "killed by gunfire from soldiers": who fired
            return ms, "passive_agent", pobj
        head = verb.head
        if head is verb:
            return [], "none", None
        if verb.dep_ in ("xcomp", "oprd", "ccomp") and verb.tag_ == "VBG" and _passive_subject(head) is not None:
            # "Officers were filmed beating demonstrators", "gunmen were seen firing": the one
            # seen doing the act is its actor
            subj = _passive_subject(head)
            return self.mentions_of(subj), "subject", subj
        if verb.dep_ == "xcomp" and _lemma(head) in self.cues.intent_future and _passive_subject(head) is not None:
            # "the ministers are scheduled to meet", "envoys are expected to sign": the passive
            # of a timetable or an expectation lends its subject to the act it announces
            subj = _passive_subject(head)
            return self.mentions_of(subj), "subject", subj
        suspect = _suspected_doer(verb)
        if suspect is not None:
            # "police suspect the gang of kidnapping the trader", "rebels were suspected of attacking
            # the convoy": the party suspected, accused or blamed is the one the act is laid on
            return self.mentions_of(suspect), "subject", suspect
        if _raised_by_passive(verb):
            # "the gunmen are believed to have abducted 30 students", "the troops were ordered to
            # fire": the subject of a passive verb of saying, thinking or bidding does the act
            # its infinitive tells, not the unnamed one who says, thinks or bids it
            subj = _passive_subject(head)
            return self.mentions_of(subj), "subject", subj
        if verb.dep_ == "xcomp" and _lemma(head) in _OBJECT_CONTROL:
            obj = next((c for c in children_of(head) if c.dep_ in ("dobj", "dative")), None)
            if obj is not None:
                return self.mentions_of(obj), "object_control", obj
        if verb.dep_ == "ccomp" and _lemma(head) in ("help", "assist", "aid") and _dobj(head) is not None:
            return self.mentions_of(_dobj(head)), "object_control", _dobj(head)
        if verb.dep_ in ("acl", "xcomp") and head.pos_ == "NOUN" and _lemma(head) in _INTENT_NOUNS:
            # "their intention to lay down arms", "Russia's plan to withdraw": whoever intends
            poss = next((c for c in children_of(head) if c.dep_ == "poss"), None)
            if poss is not None:
                ms = self.mentions_of(poss)
                if ms:
                    return ms, "subject", poss
            if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
                return self.subject(head.head, depth + 1)  # "the government announced a plan to..."
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and head.dep_ == "xcomp":
            # "urged the militants to surrender and promised that...": a finite verb the parser
            # coordinated with an infinitive goes with the verb that governs the infinitive
            return self.subject(head.head, depth + 1)
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and _lemma(head.head) in self.cues.reporting:
            # "Haley said the embargo would cut the flow of arms and accused both sides": a verb
            # the parser coordinated inside the report whose subject there is a thing, not a
            # party, is the reporter's second act
            inner, how, inner_subj = self.subject(head, depth + 1)
            if (
                (inner_subj is not None and not inner and not _agentive(inner_subj))
                or (_told_apart(verb, head) and _lemma(verb) not in _VIOLENT_VERBS
                    and not (moves_forces and depth == 0) and not _more_of_the_same(verb))
                or _lemma(head.head) in _DENIALS
            ):
                return self.subject(head.head, depth + 1)
            return inner, how, inner_subj
        told = _told_before(verb, head, self.cues.reporting)
        if told is not None:
            # "rebels attacked the town, police said, and later torched homes": an act coordinated
            # with a parenthetical report goes on with the report's subject
            return self.subject(told, depth + 1)
        if _reporters_stance(verb, self.cues.reporting):
            # "the ministry said the case was closed, rejecting calls for an inquiry": the one who
            # reports takes the stance, not the subject of what is reported
            return self.subject(head.head, depth + 1)
        if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") or (verb.dep_ == "ccomp" and _lemma(head) in ("help",)):
            return self.subject(head, depth + 1)
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            if verb.tag_ == "VBN":
                # "three activists detained by police": whoever the "by" phrase names acted
                agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
                pobj = next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None
                if pobj is not None:
                    return self.mentions_of(pobj), "passive_agent", pobj
                ms = self._doer_of_the_attack(verb)  # "four guards killed in an ambush by rebels"
                return (ms, "passive_agent", None) if ms else ([], "none", None)
            return self.mentions_of(head), "modified_noun", head
        if verb.dep_ == "pobj" or verb.dep_ == "prep":
            return self.subject(head, depth + 1)
        if verb.dep_ == "acomp" and verb.pos_ == "ADJ":
            # "the two sides were unable to agree", "Kyiv is ready to talk": the adjective's act
            # is the copula's subject's
            return self.subject(head, depth + 1)
        return [], "none", None

    def _doer_of_the_attack(self, verb: Token) -> list[Mention]:
        """Who carried out the attack a passive act with no "by" of its own befell its victims in,
        when the attack's phrase says: its "by" phrase ("killed in an ambush by rebels"), or a
        nationality before it ("three farmers were killed in a Turkish drone strike": by Turkey).
        A place before the attack ("a Kabul bombing") says where, not by whom."""
        for prep in children_of(verb):
            if prep.dep_ != "prep" or _lemma(prep) not in ("in", "during"):
                continue
            for fight in (c for c in children_of(prep) if c.dep_ == "pobj" and _lemma(c) in _FIGHTS | _CONFLICT_NOUNS):
                # "five soldiers were killed in clashes with rebels": the other side of the fight
                ms = self.prep_objects(fight, ("with",)) if _lemma(fight) in _FIGHTS else []
                if ms:
                    return ms
                # "were killed in fighting between two militias", "in the war between the army and
                # separatists": both sides of it
                ms = self.prep_objects(fight, ("between",))
                if len(ms) > 1 or (ms and fight.doc[ms[0].head].tag_ in _PLURAL_TAGS):
                    return ms
            for attack in (c for c in children_of(prep) if c.dep_ == "pobj" and _lemma(c) in _ATTACKS):
                ms, how = self._doer(attack)
                if how == "by_agent":
                    return ms
                ms = self._nationality_before(attack)
                if ms:
                    return ms
        return []

    def _nationality_before(self, noun: Token) -> list[Mention]:
        """A nationality or state name before ``noun`` ("a Turkish drone strike", "Russian
        shelling"): the party whose act or means it is."""
        for c in children_of(noun):
            if c.i > noun.i or c.dep_ not in ("amod", "compound", "nmod"):
                continue
            m = self.m.mention(c)
            how = (m.actor.resolved_by or "") if m is not None else ""
            if m is not None and m.actor.country and how.startswith(("demonym", "country")):
                return [m]
        return []

    def _owner_of_what_moves(self, noun: Token) -> list[Mention]:
        """The state whose own forces, goods or measures a nominal act moves, named by a
        nationality before its "of" object ("the deployment of Turkish troops", "the delivery of
        Korean rice"): what a state sends or imposes is its own, so the state acts."""
        of_obj = next(
            (g for c in children_of(noun) if c.dep_ == "prep" and _lemma(c) == "of" for g in children_of(c)
             if g.dep_ == "pobj"),
            None,
        )
        return self._nationality_before(of_obj) if of_obj is not None and of_obj.pos_ == "NOUN" else []

    def _wielder(self, means: Token) -> list[Mention]:
        """Who used the means a passive act's "by" names when the means is no party ("wounded by
        mortar fire from the rebels", "killed by a bomb planted by militants", "killed by
        Russian shelling"): the "from" or "by" party of the means, or of the participle that
        tells who used it, else a nationality before it. A place before it says where, not who."""
        if means.pos_ != "NOUN" and means.tag_ != "VBG":
            return []
        ms = self.prep_objects(means, ("from", "by"))
        if ms:
            return ms
        for c in children_of(means):
            if c.dep_ == "acl" and c.tag_ == "VBN":
                ms = self.prep_objects(c, ("by",))
                if ms:
                    return ms
        return self._nationality_before(means)

    def _drawer(self, verb: Token) -> list[Mention]:
        """Who draws the response ``verb`` takes as its object: its subject ("Kenya faced
        criticism"), or, when the subject is an act, who did it ("Kenya's raids drew criticism")."""
        ms, _, subj = self.subject(verb)
        if ms or subj is None or not names_an_act(subj):
            return ms
        return self._doer(subj)[0]

    def noun_actor(self, noun: Token) -> tuple[list[Mention], str]:
        first = noun
        while first.dep_ == "conj" and first.head.pos_ in ("PROPN", "NOUN") and first.head.i != first.i:
            first = first.head
        if first.dep_ == "appos" and first.head.pos_ in ("PROPN", "NOUN"):
            # "X, a militant group[,] repeated threats": the parser hangs the trigger on X,
            # directly or as a conjunct of the apposition
            ms = self.mentions_of(first.head) if first is noun else [m for m in [self.m.mention(first.head)] if m]
            if ms:
                return ms, "apposition_head"
        ms, how = self._doer(noun)
        if ms and how == "modifier" and not any(m.actor.country or m.actor.kb_id for m in ms):
            # "Japan and Peru held joint coast guard drills": a kind of force before the act names
            # no side; the parties that hold it do
            held_by = self._light_verb_subject(noun)
            if held_by:
                return held_by, "light_verb_subject"
        if ms:
            return ms, how
        if noun.dep_ in ("pobj", "pcomp") and noun.head.dep_ == "agent":
            ms = self._wielder(noun)  # "wounded by gunfire from soldiers": the gunfire is theirs
            if ms:
                return ms, "wielder"
        owner = _owned_act(noun)
        if owner is not None:
            # "al Shabaab claimed responsibility for the attack": whoever owns it carried it out
            # (a claim of it is still an allegation: see :mod:`eventwire.coding.factuality`)
            ms, how, _ = self.subject(owner)
            if ms:
                return ms, "owned_by"
            if how == "unknown":
                return [], "unknown"
        answerable = _answerable_for(noun)
        if answerable is not None and _asked_about(answerable, answerable.head):
            return [], "unknown"  # "no one knows who was behind the bombing"
        amount_verb = _amount_verb(noun)
        if amount_verb is not None:
            ms, how, _ = self.subject(amount_verb)
            if ms:
                return ms, "amount_verb_subject"
        head = noun.head
        if noun.dep_ == "dobj" and _lemma(head) in _DRAWING_VERBS:
            # "the raids drew condemnation from Ghana": who gives the response named after "from"
            givers = self.prep_objects(noun, ("from",)) or self.prep_objects(head, ("from",))
            if givers:
                return givers, "drawn_from"
        if noun.dep_ in _LIGHT_NOUN_DEPS and head.pos_ in ("VERB", "AUX") and head.i != noun.i:
            if _lemma(head) in _ONLOOKING or _lemma(head) in _UNDERGOING_VERBS or thwarting(head):
                return [], "onlooker"  # no actor, and none to be guessed from the sentence
            ms, how, subj = self.subject(head)
            if ms:
                return ms, "light_verb_subject"
            if how == "unknown":
                return [], "unknown"
            if how == "subject" and subj is not None and subj.pos_ == "PRON" and subj.lower_ in _PERSONAL_SUBJECTS:
                # "the senator said she would not resume the talks": a pronoun nothing resolved stays
                # the actor, as it does for a verb's subject ("she would not attack")
                return [self.unresolved(subj)], "light_verb_subject_unresolved"
        return [], "none"

    def _light_verb_subject(self, noun: Token) -> list[Mention]:
        """The parties, named by country, of the subject of the verb that holds ``noun`` as its
        object ("Japan and Peru held joint drills")."""
        head = noun.head
        if noun.dep_ != "dobj" or head.pos_ != "VERB" or _lemma(head) in _ONLOOKING | _UNDERGOING_VERBS:
            return []
        if thwarting(head):
            return []
        ms, _, _ = self.subject(head)
        return ms if ms and all(m.actor.country or m.actor.kb_id for m in ms) else []

    def _unnamed_crowd(self, noun: Token) -> tuple[list[Mention], str]:
        """The people who hold a protest named by a noun, when nothing resolves them: the subject
        of its light verb ("dockers staged a protest"), directly or through "on" ("miners went on
        strike", "inmates have been on hunger strike"), as a protest verb keeps its subject
        ("dockers protested"). PLOVER's protests are held by crowds that news copy names by
        their trade or their plight, which no knowledge base holds."""
        head = noun.head
        through_on = noun.dep_ == "pobj" and _lemma(head) == "on" and head.dep_ == "prep"
        joined = _taking_part(noun)
        if through_on:
            head = head.head
        elif joined is not None:
            head, through_on = joined, True  # "thousands took part in the march": every party holds it
        elif noun.dep_ not in _LIGHT_NOUN_DEPS:
            return [], "none"
        if head.pos_ not in ("VERB", "AUX") or head.i == noun.i or _lemma(head) in _ONLOOKING:
            return [], "none"
        ms, how, subj = self.subject(head)
        if ms and through_on and how == "subject":
            # "teachers and nurses went on strike": every party of the subject holds it
            return ms, "light_verb_subject"
        if ms or how != "subject" or subj is None or subj.pos_ not in ("NOUN", "PROPN") or names_an_act(subj):
            return [], "none"  # "the arrest sparked protests": an act holds no protest
        return [self.unresolved(subj)], "light_verb_subject_unresolved"

    def _companions(self, subj: Token, verb: Token, ms: list[Mention]) -> list[Mention]:
        """The parties a subject acts together with ("Turkey, together with the United Nations,
        brokered the deal", "Kenyan troops, along with Ugandan forces, attacked..."): actors too."""
        if not ms:
            return []
        heads = {m.head for m in ms}
        out: list[Mention] = []
        for host in (subj, verb):
            for prep in children_of(host):
                if prep.dep_ != "prep":
                    continue
                word = _lemma(prep)
                if word == "with" and any(c.dep_ == "advmod" and c.lower_ in _TOGETHER for c in children_of(prep)):
                    pobj_of = prep
                elif word in _TOGETHER:
                    pobj_of = next((c for c in children_of(prep) if c.dep_ == "prep" and _lemma(c) == "with"), None)
                    if pobj_of is None:
                        continue
                else:
                    continue
                for g in children_of(pobj_of):
                    if g.dep_ == "pobj":
                        out.extend(m for m in self.mentions_of(g) if m.head not in heads)
        return out

    def _with_unnamed_partners(self, subj: Token, ms: list[Mention]) -> list[Mention]:
        """``ms``, the named parties of a coordinated subject, with its members nothing named
        ("police and vigilantes", "militiamen and local youths"): each acted."""
        if not ms:
            return ms
        covered = {i for m in ms for i in range(m.start, m.end)}
        out = list(ms)
        for t in self._conj_group(subj)[1:]:
            if t.i not in covered and t.pos_ == "NOUN":
                out.append(self.unresolved(t))
        return sorted(out, key=lambda m: m.start) if len(out) > len(ms) else ms

    def acted_on(self, tok: Token | None) -> list[Mention]:
        """The parties ``tok`` names as those acted on: with the parties the knowledge base
        cannot name ("the gunmen", "those responsible")."""
        self._generic = True
        try:
            return self.mentions_of(tok)
        finally:
            self._generic = False

    def unresolved(self, tok: Token) -> Mention:
        """The phrase headed by ``tok`` as a party nothing resolved: a subject stays the actor,
        rather than giving way to another mention of the sentence, with no country but that of
        whom its possessive pronoun stands for ("his foundation" after a named person)."""
        counted = _counted_people(tok)
        if counted is not None:
            # "scores of backers of the party marched": the people counted are the party
            s, e = counted.left_edge.idx, counted.idx + len(counted.text)
            actor = Actor(text=self.m.text[s:e], start=s, end=e, resolved_by="generic")
            return Mention(actor=actor, head=counted.i, start=counted.left_edge.i, end=counted.i + 1)
        start = tok.left_edge.i if tok.left_edge.i <= tok.i else tok.i
        doc = tok.doc
        s, e = doc[start].idx, tok.idx + len(tok.text)
        # "thousands took to the streets", "a group of masked men attacked": people nothing names,
        # of the place where they act (the record's rules place them)
        people = tok.lower_ in _PEOPLE_COUNTS or _lemma(tok) in _COLLECTIVES or tok.pos_ == "NUM"
        actor = Actor(text=self.m.text[s:e], start=s, end=e, resolved_by="generic" if people else "unresolved")
        owner = self.m.owner_of(tok) if not people else None
        if owner is not None and owner.country:
            # "his foundation demanded...": whoever the possessive stands for lends its country
            actor = replace(actor, country=owner.country, resolved_by="unresolved+owner")
        return Mention(actor=actor, head=tok.i, start=start, end=tok.i + 1)

    def prep_objects(self, tok: Token, preps: tuple[str, ...]) -> list[Mention]:
        for p in preps:
            for c in children_of(tok):
                if c.dep_ in ("prep", "dative", "agent") and _lemma(c) == p and not _companion_prep(c):
                    pobj = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
                    if pobj is None and p != "with":
                        # "fired at students marching in Dhaka": the subject of a gerund clause
                        # ("with each side blaming the other" is a clause of its own)
                        pcomp = next((g for g in children_of(c) if g.dep_ == "pcomp"), None)
                        pobj = next((g for g in children_of(pcomp) if g.dep_ == "nsubj"), None) if pcomp else None
                    ms = self.mentions_of(pobj)
                    if ms:
                        return ms
        # the parser hangs a target on the instrument before it ("opened fire with rifles on
        # the crowd"): a preposition of the entry on the object of "with"
        for c in children_of(tok):
            if c.dep_ == "prep" and _lemma(c) == "with" and "with" not in preps:
                for pobj in children_of(c):
                    if pobj.dep_ == "pobj":
                        ms = self.prep_objects(pobj, preps)
                        if ms:
                            return ms
        return []

    # ---------------------------------------------------------------- per trigger
    def fill(self, f: Found) -> None:
        """Find the actor and the recipient of ``f``; a pair of states a hyphen joins in one party
        ("Ghana-Togo talks") is two parties (:meth:`_state_pair`)."""
        self._fill(f)
        f.actor = [p for m in f.actor for p in self._state_pair(m)]
        f.recipient = [p for m in f.recipient for p in self._state_pair(m)]

    def _state_pair(self, m: Mention) -> list[Mention]:
        """``m`` as one party per state when it names two states joined by a hyphen ("Ghana-Togo
        talks", "Ghanaian-Togolese patrols", "the U.S.-Philippine drills"): each state takes part.
        A state whose name has a hyphen ("Guinea-Bissau") and a body the knowledge base knows stay
        whole."""
        if m.actor.kb_id or m.end - m.start < 3:
            return [m]
        doc = self.m.doc
        for i in range(m.start + 1, m.end - 1):
            if doc[i].text != "-" or doc[i].whitespace_ or doc[i - 1].whitespace_:
                continue
            left = self._state_words(doc, i - 1, m.start, step=-1)
            right = self._state_words(doc, i + 1, m.end - 1, step=1)
            if left is None or right is None or left[2] == right[2]:
                return [m]
            whole = self.m.text[doc[left[0]].idx:doc[right[1]].idx + len(doc[right[1]].text)]
            res = lookup(whole, kb=self.m.kb, date=self.m.date)
            if res is not None and res.country and res.country not in (left[2], right[2]):
                return [m]  # "Guinea-Bissau": one state's name (the lookup reads a pair as its first state)
            out = []
            for (a, b, country, how), last in ((left, False), (right, True)):
                start = doc[a].idx
                end = m.actor.end if last else doc[b].idx + len(doc[b].text)
                actor = Actor(text=self.m.text[start:end], start=start, end=end, country=country,
                              sector=m.actor.sector, resolved_by=how)
                out.append(Mention(actor=actor, head=m.head if last else b, start=a, end=m.end if last else b + 1))
            return out
        return [m]

    def _state_words(self, doc: Doc, at: int, bound: int, *, step: int) -> tuple[int, int, str, str] | None:
        """(first token, last token, country, how resolved) of the longest run of capitalised name
        words from ``at`` towards ``bound`` (``step`` -1 leftwards, 1 rightwards) that names a state
        by its name or its nationality, or None."""
        run = []
        i = at
        within = (lambda i: i >= bound) if step < 0 else (lambda i: i <= bound)
        while within(i) and doc[i].pos_ in ("PROPN", "ADJ") and doc[i].text[:1].isupper():
            run.append(i)
            i += step
        for n in range(len(run), 0, -1):
            a, b = min(run[:n]), max(run[:n])
            res = lookup(self.m.text[doc[a].idx:doc[b].idx + len(doc[b].text)], kb=self.m.kb, date=self.m.date)
            if res is not None and res.country and not res.kb_id and res.resolved_by in _LISTED_STATE_HOW:
                return a, b, res.country, res.resolved_by
        return None

    def _fill(self, f: Found) -> None:
        tok, entry = f.token, f.entry
        if entry.as_actor:
            m = self.m.mention(tok)
            f.actor, f.actor_how = ([m], "trigger_noun") if m else ([], "none")
        elif entry.frame == "flight":
            self._flight(f)
            return
        elif entry.frame == "receive":
            self._receipt(f)
            return
        elif entry.frame == "resumed":
            self._resumed_flow(f)
            return
        elif entry.pos == "VERB":
            f.actor, f.actor_how, subj = self.subject(tok, moves_forces=f.event == "MOBILIZE")
            if (
                not f.actor
                and subj is not None
                and f.actor_how == "subject"
                and not _a_conflict(subj)
                and not names_an_act(subj)  # "the detention led Botswana to recall...": no party
                and not _a_munition(subj)  # "a missile struck a depot": what was fired, not who fired it
            ):
                # "the war has killed thousands": a war or violence at large is no party that acts
                f.actor, f.actor_how = [self.unresolved(subj)], "subject_unresolved"
            elif not f.actor and subj is not None and f.actor_how == "passive_agent" and _agentive(subj):
                # "a truce was agreed by the feuding clans": a "by" agent nothing resolves is the
                # party that acts, as it is when the subject of the active verb
                f.actor, f.actor_how = [self.unresolved(subj)], "passive_agent_unresolved"
            if not f.actor and _expelled_from_body(f):
                # "the deputy was expelled from the party", "Mali was suspended from the bloc": with
                # no "by" agent, the body a member is put out of is who expels it (PLOVER SANCTION expel)
                body = self.prep_objects(tok, ("from",))
                if body:
                    f.actor = body  # the passive subject stays the one acted on
        elif entry.pos == "ADJ":  # "X is ready to...": the subject of the copula
            f.actor, f.actor_how, _ = self.subject(tok.head if tok.dep_ in ("acomp", "oprd", "xcomp") else tok)
        else:
            f.actor, f.actor_how = self.noun_actor(tok)
            if f.event == "AID" and f.actor_how not in ("possessor", "by_agent"):
                # "aid from Japan", "a loan from the IMF": the "from" phrase names the giver
                givers = self.prep_objects(tok, ("from",))
                if givers:
                    f.actor, f.actor_how = givers, "from_giver"
            if f.event in _OWN_THING_MOVED and f.actor_how in _GUESSED_FROM_THE_CLAUSE:
                # "the delivery of Korean rice was approved by the council": the rice is Korea's
                owner = self._owner_of_what_moves(tok)
                if owner:
                    f.actor, f.actor_how = owner, "of_object_nationality"
            if not f.actor and f.event == "PROTEST":
                # "broke up a rally of opposition supporters": the people of a protest hold it
                crowd = self._crowd_of(tok)
                if crowd:
                    f.actor, f.actor_how = crowd, "crowd_of"
            if not f.actor and f.event == "PROTEST" and f.actor_how not in ("onlooker", "unknown"):
                # "shopkeepers watched the march": who looks on or stops a protest holds none
                f.actor, f.actor_how = self._unnamed_crowd(tok)
            if f.event in _BILATERAL:
                # "joint drills involving Ghanaian and Togolese troops", "launched a joint operation
                # involving Togolese police": the parties the joint act takes in hold it too
                heads = {m.head for m in f.actor}
                taken = [m for c in children_of(tok) if c.dep_ == "acl" and _lemma(c) in _TAKING_IN
                         for m in self.mentions_of(_dobj(c)) if m.head not in heads]
                if taken:
                    f.actor, f.actor_how = [*f.actor, *taken], f.actor_how if f.actor else "taken_in"
                    f.recipient = [m for m in f.recipient if m.head not in {t.head for t in taken}]
        held = threat_held_over(tok) if f.event == "THREATEN" and entry.pos == "NOUN" else None
        if held is not None:
            # "the judge received death threats", "returned home despite threats of arrest": the
            # party the threat is held over is its recipient; who made it is named by "from"
            f.recipient = self.subject(held)[0]
            f.actor = self.prep_objects(tok, ("from", "by")) or self.prep_objects(held, ("from",))
            f.actor_how = "by_agent" if f.actor else THREAT_HELD_OVER
            return
        if _undergone(tok):
            # "peacekeepers came under attack from militants": who comes under it is acted on;
            # the attackers are named by "from"
            f.recipient = self.acted_on(next((c for c in children_of(tok.head.head) if c.dep_ == "nsubj"), None))
            f.actor = self.prep_objects(tok, ("from",)) or self.prep_objects(tok.head.head, ("from",))
            f.actor_how = "by_agent" if f.actor else "onlooker"
            return
        came_upon = _set_off_by_victim(tok) if f.event == "ASSAULT" else None
        if came_upon is not None and not (tok.dep_ == "advcl" and came_upon.i == tok.head.i):
            # "their vehicle hit a roadside bomb": who came upon it is harmed; who laid it is unnamed
            f.recipient = self._came_upon_by(came_upon)
            f.actor, f.actor_how = [], "onlooker"
            return
        if came_upon is not None:
            # "a bus struck a mine, killing ten passengers": those killed are acted on, by no one named
            f.actor, f.actor_how = [], "onlooker"
        if f.actor_how == "onlooker" and _lemma(tok.head) in _UNDERGOING_VERBS:
            # "the governor survived an assassination attempt": who undergoes it is acted on
            f.recipient = self.acted_on(next((c for c in children_of(tok.head) if c.dep_ == "nsubj"), None))
            if f.recipient:
                return
        if f.event == "ASSAULT" and entry.pos == "NOUN" and self._harmed_in(f):
            return
        actor_heads = {m.head for m in f.actor}
        self._generic = True
        self._facilities = f.event == "ASSAULT" and entry.pos == "VERB"
        try:
            f.recipient = [
                m
                for m in self._recipient(f)
                if m.head not in actor_heads and not (entry.frame != "speech" and _a_place(m, tok.doc))
                and not (f.event == "REQUEST" and _freed(tok.doc[m.head]))
                and not _an_amount(tok.doc[m.head])
            ]
            if not f.recipient and f.event == "ASSAULT" and f.mode == "crowd-control":
                f.recipient = [m for m in self._crowd_fired_on(tok) if m.head not in actor_heads]
        finally:
            self._generic = self._facilities = False
        if not f.recipient and f.actor_how == "drawn_from":
            f.recipient = [m for m in self._drawer(tok.head) if m.head not in actor_heads]
        if f.event == "PROTEST" and f.mode == "obstruct":
            f.recipient = _unblocked(tok, f.recipient)
        if f.event == "ACCUSE" and entry.pos == "VERB":
            harmed = self._harmed_by_condemned_act(tok, own=frozenset(entry.to))
            f.recipient = [m for m in f.recipient if m.head not in harmed]
        if entry.frame == "mutual":
            # "police exchanged fire with gang members", "Russia and the West traded blame":
            # each side acts on the other, so all are actors
            obj = _dobj(tok)
            others = self.prep_objects(tok, ("with",)) or (self.prep_objects(obj, ("with",)) if obj is not None else [])
            heads = {m.head for m in f.actor}
            f.actor = [*f.actor, *(m for m in others if m.head not in heads)]
            f.recipient = [m for m in f.recipient if m.head not in {m.head for m in others}]
        fight = f.event == "ASSAULT" and (_lemma(tok) in _FIGHTS or tok.lower_ in _FIGHTS)
        if (entry.frame == "meet" or fight or (entry.pos == "NOUN" and f.event == "COOPERATE")) and not f.actor:
            # "talks between Serbia and Kosovo", "fighting between the army and rebels", "cooperation
            # between Ghana and Togo": the parties of a symmetric act are all its actors
            parties = self.prep_objects(tok, ("between",))
            if not parties and tok.dep_ == "nsubj" and _lemma(tok.head) in _BREAKING_OUT:
                parties = self.prep_objects(tok.head, ("between",))  # "fighting broke out between..."
            if len(parties) > 1 or (parties and tok.doc[parties[0].head].tag_ in _PLURAL_TAGS):
                heads = {m.head for m in parties}
                f.actor, f.actor_how = parties, "between"
                f.recipient = [m for m in f.recipient if m.head not in heads]
        if not f.actor and f.event in _BILATERAL:
            # "a truce was agreed between Chad and Niger", "talks were held between Accra and Lomé":
            # the parties a passive names by "between" made the agreement or held the talks
            verb = tok if entry.pos == "VERB" else (tok.head if tok.dep_ == "nsubjpass" else None)
            if verb is not None and told_passive(verb):
                parties = self.prep_objects(verb, ("between",))
                subj = _passive_subject(verb)
                if not parties and subj is not None and subj.pos_ == "NOUN":
                    # "a deal between Chad and Niger was reached": the parties of the agreement the
                    # passive's subject names made it
                    parties = self.prep_objects(subj, ("between",))
                if len(parties) > 1 or (parties and tok.doc[parties[0].head].tag_ in _PLURAL_TAGS):
                    heads = {m.head for m in parties}
                    f.actor, f.actor_how = parties, "between"
                    f.recipient = [m for m in f.recipient if m.head not in heads]

    def _came_upon_by(self, verb: Token) -> list[Mention]:
        """Who came upon a hidden explosive: the subject of ``verb``, or for a vehicle the party
        its possessor names ("their vehicle hit a mine": those whose vehicle it was)."""
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subj is not None and _lemma(subj) in _VEHICLES:
            owner = next((c for c in children_of(subj) if c.dep_ == "poss"), None)
            if owner is not None and self.acted_on(owner):
                return self.acted_on(owner)
        return self.acted_on(subj)

    def _harmed_by_condemned_act(self, verb: Token, *, own: frozenset[str] = frozenset()) -> set[int]:
        """The tokens naming whom the act of force a verb of blame takes as its object was done to
        ("condemned the attack on its embassy", "denounced the killing of three aid workers"): the
        harmed, never the party blamed, which only "by" or a possessive names. A preposition of the
        verb's own (``own``) that the parser hung on the object names the blamed ("blamed the
        attack on militants": blamed on them, not an attack on them)."""
        obj = _dobj(verb)
        if obj is None or obj.pos_ != "NOUN":
            return set()
        if not any(e.event in _ATTACK_EVENTS for e in default_lexicon().candidates(_lemma(obj), "NOUN")):
            return set()
        return {
            t.i
            for c in children_of(obj)
            if c.dep_ == "prep" and _lemma(c) in _HARMED_PREPOSITIONS and _lemma(c) not in own
            for t in subtree_of(c)
        }

    def party_told(self, f: Found) -> list[Mention]:
        """The party a threat is told to ("told Kyiv it would cut off its aid", "told the militia
        it would be crushed"): the object of the verb of telling whose clause holds the threat is
        the party threatened, when it is of another state than the threatener (an audience of
        its own, "told parliament", is none). For a threat with no recipient."""
        if f.event != "THREATEN" or f.recipient:
            return f.recipient
        tell = _telling_verb(f.token)
        if tell is None:
            return []
        told = next((c for c in children_of(tell) if c.dep_ in ("dative", "dobj", "iobj")), None)
        if told is None:
            return []
        own = {m.head for m in f.actor}
        home = {m.actor.country for m in f.actor}
        # a party of another state; one's own parliament or reporters are told, not threatened
        return [m for m in self.mentions_of(told) if m.head not in own and m.actor.country
                and m.actor.country not in home]  # fmt: skip

    def conditioned_on(self, f: Found) -> list[Mention]:
        """The party whose act a threat or a promise is made on condition of ("would cease fire if
        the navy lifted its blockade", "warned that it would seek sanctions unless Eritrea kept to
        the truce"): the subject of the "if" or "unless" clause of the trigger or of the act it
        promises is the party the commitment is addressed to. For a commitment with no recipient."""
        if f.event not in _COMMITMENTS or f.recipient:
            return f.recipient
        own = {m.head for m in f.actor}
        trigger = f.token
        promised = (c for c in children_of(trigger) if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"))
        verbs = [trigger, *promised, *_governing_verb(trigger)]
        for verb in verbs:
            for c in children_of(verb):
                marks = {g.lower_ for g in children_of(c) if g.dep_ in ("mark", "advmod") and g.i < c.i}
                if c.dep_ != "advcl" or not marks & _CONDITIONS or "even" in marks:
                    continue  # "even if" concedes; it sets no condition
                ms = self.acted_on(next((g for g in children_of(c) if g.dep_ == "nsubj"), None))
                ms = [m for m in ms if m.head not in own]
                if ms:
                    return ms
        return []

    def _harmed_in(self, f: Found) -> bool:
        """Whether the attack or fight ``f`` names is told by who came to harm in it, then made
        their act: those harmed are acted on, and a fight's other side ("with") acts on them.

        "Peacekeepers were hurt in clashes with protesters" is the protesters' act on the
        peacekeepers, not the reverse its word order suggests."""
        harmed = self._casualties(f.token)
        if not harmed:
            return False
        heads = {m.head for m in harmed}
        f.recipient = harmed
        if _lemma(f.token) in _FIGHTS:
            f.actor = [m for m in self.prep_objects(f.token, ("with",)) if m.head not in heads]
            f.actor_how = "fought_with" if f.actor else "none"
        else:
            f.actor = [m for m in f.actor if m.head not in heads]
        return True

    def _casualties(self, noun: Token) -> list[Mention]:
        """Who came to harm in the attack ``noun`` names: the subject of a verb of harm it is the
        scene of ("two guards died in a raid", "villagers wounded in clashes"), or whom it left
        dead or wounded ("the ambush left four drivers dead")."""
        head = noun.head
        if noun.dep_ == "pobj" and _lemma(head) in ("in", "during") and _lemma(head.head) in _CASUALTY_VERBS:
            verb = head.head
            who = _passive_subject(verb)
            if who is None and _lemma(verb) in ("die", "perish"):
                who = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
            if who is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
                who = verb.head  # a headline's "Two guards hurt in clashes with police"
            return self.acted_on(who)
        if noun.dep_ == "pobj" and head.dep_ == "agent" and head.head.tag_ == "VBN":
            # "the ferries were hit by water cannon": what the passive's "by" names is the weapon,
            # and the passive subject is what it hit
            return self.acted_on(_passive_subject(head.head))
        if noun.dep_ == "nsubj" and _lemma(head) == "leave" and any(
            c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.lower_ in _CASUALTY_STATES for c in children_of(head)
        ):
            return self.acted_on(_dobj(head))
        return []

    def _crowd_fired_on(self, trigger: Token) -> list[Mention]:
        """Whom tear gas, water cannon or rubber bullets were used on when no "at" says so: the
        people the act set out to disperse ("used water cannon to break up the crowd"), those
        doing what it answered ("fired tear gas when students tried to enter"), or those the verb
        it is coordinated with acted on ("beat students and fired tear gas")."""
        verb = trigger if trigger.pos_ == "VERB" else trigger.head
        if verb.pos_ != "VERB":
            return []
        for c in children_of(verb):
            if c.dep_ not in ("advcl", "xcomp") or c.pos_ != "VERB":
                continue
            marks = {g.lower_ for g in children_of(c) if g.dep_ in ("aux", "mark", "advmod")}
            if "to" in marks:
                ms = self.mentions_of(_dobj(c))
            elif marks & {"when", "as"}:
                ms = self.mentions_of(next((g for g in children_of(c) if g.dep_ == "nsubj"), None))
            else:
                continue
            if ms:
                return ms
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            return self.mentions_of(_dobj(verb.head))
        return []

    def _flight(self, f: Found) -> None:
        """"Thousands fled the fighting", "residents fled the rebels": who flees is acted on; the
        party fled from, or the owner of the violence fled ("a military crackdown"), drove them
        out. A place fled ("fled the capital") is no party."""
        fleeing, how, subj = self.subject(f.token)
        if not fleeing and subj is not None and how == "subject":
            fleeing = [self.unresolved(subj)]
        f.recipient = fleeing
        f.actor, f.actor_how = [], "none"
        if any(_lemma(t) in _HAZARDS for c in children_of(f.token) if c.dep_ != "nsubj" for t in subtree_of(c)):
            f.event = ""  # "fled the floods", "fled after the earthquake": no party drove them out
            return
        fled = _dobj(f.token) or next(
            (g for c in children_of(f.token) if c.dep_ == "prep" and _lemma(c) == "from"
             for g in children_of(c) if g.dep_ == "pobj"),
            None,
        )  # fmt: skip
        # what drove them out: what they fled, else the violence they fled since or after
        # ("since Azerbaijan's offensive", "after the army's crackdown began")
        causes = [fled] + [
            g
            for c in children_of(f.token)
            if (c.dep_ == "prep" and _lemma(c) in _SINCE) or (
                c.dep_ == "advcl" and any(_lemma(m) in _SINCE for m in children_of(c) if m.dep_ == "mark")
            )
            for g in children_of(c)
            if g.dep_ in ("pobj", "nsubj")
        ]
        own = {r.head for r in fleeing}
        for cause in causes:
            if cause is None or cause.ent_type_ in _PLACE_ENTITIES or _lemma(cause) in _PLACE_NOUNS:
                continue
            ms = self.mentions_of(cause) if cause is fled else []
            if not ms and cause.pos_ == "NOUN":
                ms, _ = self._doer(cause)
            ms = [m for m in ms if m.head not in own]
            if ms:
                f.actor, f.actor_how = ms, "fled_from"
                return

    def _receipt(self, f: Found) -> None:
        """"The ministry received 40 tonnes of vaccines from Japan": who receives is the recipient
        and the party the goods come from the actor. With no party named as the giver nothing says
        they were given (a port receives cargo): no event."""
        takers, how, subj = self.subject(f.token)
        if not takers and subj is not None and how == "subject":
            takers = [self.unresolved(subj)]
        givers = self.prep_objects(f.token, ("from",))
        obj = _dobj(f.token)
        for _ in range(3):  # "40 tonnes of vaccines from Japan": the goods' own "from"
            if obj is None or givers:
                break
            givers = self.prep_objects(obj, ("from",))
            of = next((c for c in children_of(obj) if c.dep_ == "prep" and _lemma(c) in ("of", "in")), None)
            obj = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
        own = {m.head for m in takers}
        givers = [m for m in givers if m.head not in own]
        if not givers:
            f.event = ""
            return
        f.actor, f.actor_how, f.recipient = givers, "giver", takers

    def _resumed_flow(self, f: Found) -> None:
        """"Kenyan exports of tea to Somalia resumed", "trade between the two states resumed": a
        flow of goods that starts again, told with the flow as the subject. The party it comes
        from is the actor (its owner or nationality, or both sides named by "between"), the one
        it goes to the recipient. With no party named, it is no event."""
        subj = next((c for c in children_of(f.token) if c.dep_ == "nsubj"), None)
        if subj is None:
            f.event = ""
            return
        both = self.prep_objects(subj, ("between",))
        givers = both if len(both) > 1 else self._doer(subj)[0] or self.prep_objects(subj, ("from",))
        takers = [m for m in self.prep_objects(subj, ("to", "with")) if m.head not in {g.head for g in givers}]
        if not givers and not takers:
            f.event = ""
            return
        f.actor, f.actor_how, f.recipient = givers, "flow_owner", takers

    def _doer(self, noun: Token) -> tuple[list[Mention], str]:
        """Who carries out a named act, and how the text says so: its possessor, its "by" phrase,
        or a party word before it ("Azerbaijan's offensive", "a crackdown by the army", "a
        military crackdown")."""
        for c in children_of(noun):
            if c.dep_ == "poss":
                ms = self.mentions_of(c)
                if ms:
                    return ms, "possessor"
        for c in children_of(noun):
            if c.dep_ in ("prep", "agent") and _lemma(c) == "by":
                ms = self.mentions_of(next((g for g in children_of(c) if g.dep_ == "pobj"), None))
                if ms:
                    return ms, "by_agent"
        ms = self._by_on_of_object(noun)
        if ms:
            return ms, "by_agent"
        for c in children_of(noun):
            if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod", "npadvmod"):
                if c.pos_ == "NOUN" and _lemma(c) in _PROPELLED:
                    continue  # "a drone attack", "a tank assault": the means, not who used it
                m = self.m.mention(c)
                if m is not None:
                    return [m], "modifier"
        return [], "none"

    def _by_on_of_object(self, noun: Token) -> list[Mention]:
        """The "by" party the parser hung on an act noun's "of" object ("the imposition of tariffs
        by Canada", "the shelling of the town by rebel forces"): a thing acted on takes no agent of
        its own, so the phrase names who did the act."""
        for c in children_of(noun):
            if c.dep_ != "prep" or _lemma(c) != "of":
                continue
            for g in children_of(c):
                if g.dep_ != "pobj" or g.pos_ != "NOUN":
                    continue
                by = next((p for p in children_of(g) if p.dep_ == "prep" and _lemma(p) == "by"), None)
                agent = next((x for x in children_of(by) if x.dep_ == "pobj"), None) if by is not None else None
                if agent is not None:
                    return self.mentions_of(agent)
        return []

    def _recipient(self, f: Found) -> list[Mention]:
        """The party an event is directed at, by the first rule that names one: the verb's own
        arguments, the trigger's prepositions, what a nominal act concerns, the light verb, the
        content of a speech act, then the aim of a protest or a build-up."""
        tok, entry = f.token, f.entry
        light = (
            tok.head
            if entry.pos == "NOUN" and tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX")
            else None
        )
        generic: list[Mention] = []
        own_prepositions = lambda f: (  # noqa: E731
            self.prep_objects(tok, entry.to) or self._idiom_partner(f) or self._yielded_to(f)
        )
        content = (lambda f: self._content_recipient(f, light)) if entry.frame in ("speech", "help") else None
        for rule in (
            self._granted_request if entry.pos == "NOUN" and f.event == "REQUEST" else None,
            self._verb_recipient if entry.pos == "VERB" else None,
            own_prepositions,
            self._proposal_taken_up if entry.pos == "VERB" and f.event == "AGREE" else None,
            self._nominal_recipient if entry.pos == "NOUN" and entry.frame != "meet" else None,
            (lambda f: self._light_verb_recipient(f, light)) if light is not None else None,
            content,
            self._helped_people if entry.pos == "VERB" and entry.frame == "help" else None,
            (lambda f: self.mentions_of(_dobj(tok))) if entry.pos == "VERB" and entry.frame == "give" else None,
            self._aim if f.event in ("PROTEST", "MOBILIZE") else None,
            self._dealings_with,
            self._named_conduct,
            self._blamed_act_doer if entry.pos == "VERB" and "on" in entry.to and f.event == "ACCUSE" else None,
        ):
            if rule is content and generic:
                # "accused the suspects of plotting an attack on parliament": the party a speech
                # act addresses, named or not, goes before any party its content speaks of
                return generic
            if rule is not None:
                ms = rule(f)
                if ms and (not _generic_only(ms) or rule is own_prepositions):
                    return ms  # the entry's own preposition names the party ("called on both sides")
                # a party without a name ("handed the suspects over to Egypt") gives way to a
                # named one a later rule finds
                generic = generic or ms
        return generic

    def _left_body(self, verb: Token) -> list[Mention]:
        """The party "out of" names on a verb of withdrawing ("pulled out of the regional forum",
        "pulled its envoy out of Kabul"): the parser hangs "of" on "out", not on the verb."""
        for c in children_of(verb):
            if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod"):
                ms = self.prep_objects(c, ("of",)) or self.prep_objects(verb, ("of",))
                if ms:
                    return ms
        return []

    def _idiom_partner(self, f: Found) -> list[Mention]:
        """The party an idiom's noun takes with the entry's own preposition ("came to terms with
        the unions": "with" hangs on "terms", not on the verb)."""
        entry = f.entry
        if not entry.with_object or not entry.to:
            return []
        for p in children_of(f.token):
            if _lemma(p) in entry.with_ and p.dep_ == "prep":
                for pobj in children_of(p):
                    if pobj.dep_ == "pobj" and _lemma(pobj) in entry.with_object:
                        return self.prep_objects(pobj, entry.to)
        return []

    def _verb_recipient(self, f: Found) -> list[Mention]:
        tok, entry = f.token, f.entry
        passive = _passive_subject(tok)
        if passive is not None and passive.lower_ in _RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            passive = tok.head  # "the editor, who was detained on Monday": who stands for the editor
        if passive is None and tok.dep_ == "conj" and tok.tag_ == "VBN" and not _own_subject(tok):
            # "he was flown to the capital and charged with treason": a participle coordinated
            # with a passive shares its subject, who was acted on
            passive = _passive_subject(tok.head)
        if passive is not None and f.actor_how in ("passive_agent", "passive_agent_unresolved"):
            # an agent nothing resolves ("sanctioned by the Treasury") still makes the subject the one acted on
            ms = self.mentions_of(passive)
            if ms:
                return ms
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and tok.head.dep_ == "ROOT"
            and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.lemma_.lower() in OBJECT_REQUIRED
        ):
            # a headline's "Two journalists arrested in Minsk": the noun the participle
            # describes is who was acted on
            ms = self.mentions_of(tok.head)
            if ms:
                return ms
        obj = _object_antecedent(tok) or _dobj(tok)
        if obj is not None and entry.object:
            obj = object_standing_for(tok, obj, entry.object)  # "reopened it": the crossing, no party
        if entry.mode == "withdraw" and obj is not None and (
            _lemma(obj) in _ORGANISATIONS or _named_member(obj, _ORGANISATION_CLASS)
        ):
            return self.mentions_of(obj)  # "quit the regional bloc": the body left is acted on
        if entry.mode == "withdraw" and (entry.event != "RETREAT" or f.event != "RETREAT"):
            # "withdrew its inspectors from Iraq", "will withdraw its troops from Mali unless":
            # what is withdrawn is the actor's own (a plain retreat's "from" names its place)
            ms = self.prep_objects(tok, ("from",)) or self._left_body(tok)
            if ms:
                return ms
        if entry.frame in ("give", "speech") and "to" in entry.to:
            # "offered its troops to X", "granted asylum to X": the object is what is given
            ms = self.mentions_of(
                next((c for c in children_of(tok) if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"), None)
            ) or self.prep_objects(tok, ("to",))
            if ms:
                return ms
        if f.event == "COOPERATE" and "to" in entry.to:
            # "extradited two activists to Kenya", "handed the suspects over to Egypt": those handed
            # over are what the cooperation moves; the party it is done with receives them
            ms = self.prep_objects(tok, ("to",))
            if ms:
                return ms
        if f.event == "ASSAULT" and _propelled(tok, obj):
            # "fired rockets and drones at the port": what is fired is the means, never the target
            return self.prep_objects(tok, entry.to)
        counted = self._counted_from_target(tok, obj)
        if counted:
            return counted
        if entry.cameo == "192" and not self.mentions_of(obj):
            # "recaptured the town from the rebels", "seized control of the port from the army": a
            # place taken is no party, and the one it is taken from is acted on
            ms = self._taken_from(tok, obj)
            if ms:
                return ms
        if f.event == "CONCEDE" and obj is not None and _lemma(obj) in _DEMANDS:
            ms = self._demanded_of(tok, obj)
            if ms:
                return ms
        if f.event == "REQUEST" and obj is not None and _lemma(obj) in _FREEING_NOUNS:
            # freed people are not asked: "demanded the release of a Polish aid worker" is made to
            # whoever holds the worker (or to the party of the talks it is made in), never the worker
            return self._captor(obj) or self.prep_objects(obj, ("from", "by"))
        asked_for = self._asked_for(f) if obj is None else None
        if asked_for is not None:
            # "called for the return of sailors seized by the coastguard": likewise when the
            # freeing noun is what a verb's "for" asks for
            ms = self._captor(asked_for) or self.prep_objects(asked_for, ("from", "by"))
            if ms:
                return ms
        generic: list[Mention] = []
        ms = self._with_first_conjunct(obj, self.mentions_of(obj))
        if not ms and f.event == "ASSAULT" and obj is not None:
            # "shelled villages held by the rebels": an attack on a place is aimed at its holder
            ms = self._held_by(obj)
        if ms and entry.frame != "give" and entry.mode != "withdraw" and not _sent_object(entry, obj):
            if not _generic_only(ms):
                return ms
            generic = ms  # "handed the suspects over to Egypt": a named party below wins
        ms = self.mentions_of(next((c for c in children_of(tok) if c.dep_ in ("dative", "iobj")), None))
        if ms:
            return ms
        if obj is not None and obj.pos_ == "NOUN" and entry.frame != "meet":
            # "boycott all contact with the United States", "halt mediation among Serbia's
            # republics", "imposed a ban on Iraqi flights": the party the object concerns; "backed
            # efforts by the two neighbours": the party whose act it is
            preps = ("with", "among", "between", "against", "on", "to", "from", "by")
            if f.event == "COOPERATE":
                # "shared intelligence on the cells", "exchanged data about the outbreak": what the
                # cooperation is about is no party to it
                preps = _PARTNER_PREPOSITIONS
            return (
                self.prep_objects(obj, preps)
                or self._through_of(obj, preps[:-1])
                or self._proposer(f, obj)
                or generic
            )
        return generic

    def _named_conduct(self, f: Found) -> list[Mention]:
        """Named conduct: the party whose act the trigger's object names in the speaker's words
        ("condemned what it called provocations by certain neighbours", "voiced concern over what
        Seoul called incursions by drones"): "what" stands for the named act, and the act's "by"
        phrase is whom the trigger is aimed at."""
        tok = f.token
        places = [c for c in children_of(tok) if c.dep_ in ("ccomp", "dobj", "prep")]
        places += [p for c in places if c.dep_ == "dobj" for p in children_of(c) if p.dep_ == "prep"]
        for c in places:
            verbs = [g for g in children_of(c) if g.dep_ == "pcomp"] if c.dep_ == "prep" else [c]
            for verb in verbs:
                if verb.pos_ != "VERB" or _lemma(verb) not in _NAMING_VERBS:
                    continue
                if not any(w.lower_ == "what" and w.dep_ == "dobj" for w in children_of(verb)):
                    continue
                act = next((w for w in children_of(verb) if w.dep_ in ("oprd", "dobj") and w.lower_ != "what"), None)
                if act is None:
                    continue
                ms = self.prep_objects(act, ("by",))
                if not ms:
                    by = next((w for w in children_of(verb) if w.dep_ == "prep" and w.i > act.i), None)
                    ms = self.prep_objects(verb, ("by",)) if by is not None else []
                if ms:
                    return ms
        return []

    def _blamed_act_doer(self, f: Found) -> list[Mention]:
        """Blamed act's doer: whom a blame verb's "on" phrase names through an act ("blamed the
        fire on arson by local gangs", "blamed the losses on the negligence of the owners"): the
        party whose act it is, by its "by" or "of" phrase (or a "by" the parser hung on the verb)."""
        tok = f.token
        obj = _dobj(tok)
        ons = [c for c in children_of(tok) if c.dep_ == "prep" and _lemma(c) == "on"]
        if obj is not None:
            ons += [c for c in children_of(obj) if c.dep_ == "prep" and _lemma(c) == "on"]
        for on in ons:
            act = next((g for g in children_of(on) if g.dep_ == "pobj"), None)
            if act is None or act.pos_ != "NOUN" or self.mentions_of(act):
                continue
            ms = self.prep_objects(act, ("by", "of"))
            if not ms and _passive_subject(tok) is None:
                ms = [m for c in children_of(tok) if c.dep_ == "prep" and _lemma(c) == "by" and c.i > act.i
                      for m in self.mentions_of(next((g for g in children_of(c) if g.dep_ == "pobj"), None))]
            if ms:
                return ms
        return []

    def _helped_people(self, f: Found) -> list[Mention]:
        """Helped people: whom a verb of help serves through the act it helps do, when that act's
        object is people in need ("were helping to evacuate civilians", "helped ferry refugees
        across"): the people the act is done for. What else the helped act is done to ("helped
        fight the insurgents") is no party the help goes to."""
        for comp in children_of(f.token):
            if comp.dep_ not in ("xcomp", "ccomp") or comp.pos_ != "VERB":
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(comp)):
                continue  # "help the coast guard patrol": the content rule reads its subject
            obj = _dobj(comp)
            ms = self.mentions_of(obj)
            if ms and all(_private_people(obj) or m.actor.sector in _PEOPLE_IN_NEED for m in ms):
                return ms
        return []

    def _demanded_of(self, verb: Token, demand: Token) -> list[Mention]:
        """The party a demand given up was made of: the subject of its "that" clause, which the
        parser hangs on the demand or on the verb right after it ("dropped its demand that Serbia
        recognise Kosovo")."""
        clauses = [c for c in children_of(demand) if c.dep_ in ("acl", "ccomp")]
        clauses += [c for c in children_of(verb) if c.dep_ in ("advcl", "ccomp") and c.i > demand.i]
        for c in clauses:
            if any(m.dep_ == "mark" and _lemma(m) == "that" for m in children_of(c)):
                ms = self.mentions_of(next((g for g in children_of(c) if g.dep_ in ("nsubj", "nsubjpass")), None))
                if ms:
                    return ms
        return []

    def _taken_from(self, verb: Token, obj: Token | None) -> list[Mention]:
        """The party a place is taken from: the "from" phrase on the verb, on the place taken or on
        the place a preposition names ("retook areas around the enclave from Armenian forces"); a
        distance ("30 miles from the capital") tells where, not from whom."""
        held = [verb, *([obj] if obj is not None else [])]
        held += [
            g for h in held for c in children_of(h) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"
        ]
        for h in held:
            for c in children_of(h):
                if c.dep_ != "prep" or _lemma(c) != "from" or any(g.dep_ == "npadvmod" for g in children_of(c)):
                    continue
                ms = self.mentions_of(next((g for g in children_of(c) if g.dep_ == "pobj"), None))
                if ms:
                    return ms
        return []

    def _proposer(self, f: Found, obj: Token) -> list[Mention]:
        """Who put forward the proposal a refusal turns down, when the proposal itself names no
        party: the "by" of a participle on it ("rejected a plan drawn up by the mediators"), or a
        "from"/"by" the parser hung on the verb after it ("turned down an offer from Oslo").
        Doer of a judged act: likewise whose act or words a verb of blame or refusal takes as its
        object ("criticised the ruling by the high court", "condemned the arrests carried out by
        the police", "rejected the findings published by the panel"); a participle of telling
        ("the killings reported by the UN") names who told of it, not who did it."""
        judged = f.event in ("ACCUSE", "REJECT") and obj.pos_ == "NOUN" and f.entry.pos == "VERB"
        if not (f.event == "REJECT" and _lemma(obj) in PROPOSALS) and not judged:
            return []
        for c in children_of(obj):
            if c.dep_ == "acl" and c.tag_ == "VBN" and not (f.event == "ACCUSE" and _lemma(c) in self.cues.reporting):
                ms = self.prep_objects(c, ("by",))
                if ms:
                    return ms
        verb = f.token
        preps = ("from", "by") if f.event == "REJECT" else ("by",)
        for c in children_of(verb):
            if c.dep_ in ("prep", "agent") and c.i > obj.i and _lemma(c) in preps:
                ms = self.mentions_of(next((g for g in children_of(c) if g.dep_ == "pobj"), None))
                if ms:
                    return ms
        return []

    def _proposal_taken_up(self, f: Found) -> list[Mention]:
        """Whose proposal an agreement takes up ("agreed to Qatar's plan", "agreed to an AU
        proposal", "agreed to a plan put forward by the mediators"): the party that put it
        forward is the one agreed with."""
        for c in children_of(f.token):
            if c.dep_ != "prep" or _lemma(c) != "to":
                continue
            for obj in children_of(c):
                if obj.dep_ == "pobj" and _lemma(obj) in PROPOSALS:
                    ms = self.mentions_of(obj)
                    if ms:
                        return ms
                    for acl in children_of(obj):
                        if acl.dep_ == "acl" and acl.tag_ == "VBN":
                            ms = self.prep_objects(acl, ("by",))
                            if ms:
                                return ms
        return []

    def _dealings_with(self, f: Found) -> list[Mention]:
        """The other party of the talks or the deal an act is done in or under ("demanded his
        release during talks with his Peruvian counterpart", "agreed to leave the town under a
        deal with the government"): the act is addressed to it. The same for the addressee of a
        letter or message the act is made in ("in a letter to the council, Kyiv demanded..."), and
        for a phrase the parser hung on the verb's object ("demanded the release of the engineer
        during talks with his counterpart": "during" on "release")."""
        preps = list(children_of(f.token))
        obj = _dobj(f.token) if f.entry.pos == "VERB" and f.event in _ASKING_EVENTS else None
        if obj is not None and obj.pos_ == "NOUN":
            preps.extend(_phrase_preps(obj))
        for c in preps:
            if c.dep_ != "prep" or _lemma(c) not in _DEALING_PREPOSITIONS:
                continue
            for n in children_of(c):
                if n.dep_ != "pobj":
                    continue
                if _lemma(n) in _DEALINGS:
                    ms = self.prep_objects(n, ("with",))
                elif _lemma(n) in _MESSAGES and _lemma(c) == "in":
                    ms = self.prep_objects(n, ("to",))
                else:
                    continue
                if ms:
                    return ms
        return self._predicate_talks_with(f.token)

    def _predicate_talks_with(self, adj: Token) -> list[Mention]:
        """The other party of talks a predicate adjective is open or ready to, when the parser hung
        its "with" on the copula ('stayed "open to talks" with the unions', quotes cutting the
        phrase): the "with" after the adjective names it."""
        if adj.dep_ not in ("acomp", "oprd") or not any(
            g.dep_ == "pobj" and _lemma(g) in _DEALINGS
            for c in children_of(adj)
            if c.dep_ == "prep"
            for g in children_of(c)
        ):
            return []
        for c in children_of(adj.head):
            if c.dep_ == "prep" and _lemma(c) == "with" and c.i > adj.i:
                ms = self.mentions_of(next((g for g in children_of(c) if g.dep_ == "pobj"), None))
                if ms:
                    return ms
        return []

    def _counted_from_target(self, verb: Token, obj: Token | None) -> list[Mention]:
        """The people a bare count of casualties is of: those the act it follows from was aimed
        at ("fired at mourners, wounding three": three of the mourners), when the count is the
        object of a participle of consequence and names no people of its own."""
        if obj is None or obj.pos_ != "NUM" or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "acl"):
            return []
        if any(c.dep_ == "prep" and _lemma(c) == "of" for c in children_of(obj)):
            return []  # "killing three of the guards": the "of" phrase names them
        act = verb.head if verb.head.pos_ == "VERB" else _act_before(verb)
        if act is None or act.pos_ != "VERB" or _lemma(act) not in _VIOLENT_VERBS:
            return []
        return self.prep_objects(act, ("at", "on")) or self.acted_on(_dobj(act))

    def _through_of(self, obj: Token, preps: tuple[str, ...]) -> list[Mention]:
        """The party named a step further in when the parser hangs its phrase on the object's "of"
        noun ("suspended imports of all dairy products from Chile", "halted sales of arms to the
        rebels"): the object is a flow of goods, its "of" noun what flows, and the party the flow
        comes from or goes to is the one acted on."""
        of = next((c for c in children_of(obj) if c.dep_ == "prep" and _lemma(c) == "of"), None)
        goods = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
        if goods is None or goods.pos_ != "NOUN" or self.mentions_of(goods):
            return []
        return self.prep_objects(goods, preps)

    def _yielded_to(self, f: Found) -> list[Mention]:
        """Whoever made the demand or the pressure a concession gives in to, when the entry's own
        preposition names the demand rather than a party ("bowed to pressure from farmers' unions",
        "gave in to the strikers' demands"): the concession answers them, so they are the party it
        is directed at."""
        if f.event != "CONCEDE":
            return []
        tok = f.token
        preps = (*f.entry.to, *sorted(f.entry.with_))
        for c in children_of(tok):
            if c.dep_ not in ("prep", "dative") or _lemma(c) not in preps:
                continue
            for noun in children_of(c):
                if noun.dep_ != "pobj" or _lemma(noun) not in _DEMANDS:
                    continue
                ms, _ = self._doer(noun)
                ms = ms or self.prep_objects(noun, ("from", "of"))
                if ms:
                    return ms
        return []

    def _with_first_conjunct(self, obj: Token | None, ms: list[Mention]) -> list[Mention]:
        """``ms``, the parties of an object that is no party itself, with the party its "on" or
        "against" phrase names, when every party found is a conjunct the parser hung on the
        object rather than on that phrase ("imposed sanctions on the riot police and(conj of
        sanctions) 12 officials": both are sanctioned)."""
        if not ms or obj is None or obj.pos_ != "NOUN":
            return ms
        doc = obj.doc
        if not all(doc[m.head].dep_ == "conj" and doc[m.head].head.i == obj.i for m in ms):
            return ms
        first = [m for m in self.prep_objects(obj, ("on", "against")) if m.head not in {x.head for x in ms}]
        return first + ms if first else ms

    def _granted_request(self, f: Found) -> list[Mention]:
        """Who was asked, for a request named as the ground of an act ("Chile sent troops at
        Peru's request", "at the request of the UN"): whoever did the act at it."""
        prep = f.token.head
        if f.token.dep_ != "pobj" or _lemma(prep) not in ("at", "on", "upon"):
            return []
        verb = prep.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "flew in troops at Peru's request": the parser hangs it on the object
        if verb.pos_ != "VERB":
            return []
        ms, _, _ = self.subject(verb)
        return [m for m in ms if m.head != f.token.i]

    def _crowd_of(self, noun: Token) -> list[Mention]:
        """The people a protest noun's "of" phrase names ("a march of farmers", "the rally of
        opposition supporters"): a protest is made of those who hold it, so they are its actor."""
        for c in children_of(noun):
            if c.dep_ == "prep" and _lemma(c) == "of":
                pobj = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                # the phrase must name people itself, not an act of theirs ("in protest of the
                # government's refusal": the refusal is the cause, its owner no marcher)
                if pobj.pos_ == "PROPN" or _lemma(pobj) in _PARTY_NOUNS:
                    return self.mentions_of(pobj) or [self.unresolved(pobj)]
        return []

    def _nominal_recipient(self, f: Found) -> list[Mention]:
        """The party a nominal act's "of" object concerns ("a halt of rail links with Serbia"). The
        "of" object of a build-up is the force readied, the actor's own ("the deployment of two
        frigates"), never a party acted on."""
        if f.event == "MOBILIZE":
            return []
        of_obj = next(
            (
                g
                for c in children_of(f.token)
                if c.dep_ == "prep" and _lemma(c) == "of"
                for g in children_of(c)
                if g.dep_ == "pobj"
            ),
            None,
        )
        if of_obj is None or of_obj.pos_ != "NOUN":
            return []
        return self.mentions_of(of_obj) or self.prep_objects(of_obj, ("with", "among", "between", "against", "to"))

    def _light_verb_recipient(self, f: Found, light: Token) -> list[Mention]:
        """"Issued a reminder to Iraq", "made an offer to the rebels": the light verb's indirect
        object or prepositional phrase names the recipient of the noun's act."""
        dative = next((c for c in children_of(light) if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"), None)
        preps = tuple(dict.fromkeys([*(p for p in f.entry.to if p != "for"), "to"]))
        return self.mentions_of(dative) or self.prep_objects(light, preps) or self._addressed_noun(f)

    def _addressed_noun(self, f: Found) -> list[Mention]:
        """Addressed speech noun: the "to" phrase the parser hung on a speech act's noun rather than
        on the light verb that issues it ("issued a demand to France to withdraw its envoy", "sent an
        appeal to the donors"): whom the demand or appeal is made to."""
        if f.entry.frame != "speech" or f.event not in _ASKING_EVENTS | {"THREATEN", "ACCUSE"}:
            return []
        return self.prep_objects(f.token, ("to",))

    def _content_recipient(self, f: Found, light: Token | None) -> list[Mention]:
        """The party a speech act's content is about: whoever must comply ("unless Israel
        withdrew"), the subject of the reported clause, then its object or the party a named
        act is directed at."""
        tok, content = f.token, f.content
        if f.event == "THREATEN":
            # "threatened to strike unless Israel withdrew": the party whose compliance is
            # demanded is the one threatened
            heads = [tok, content]
            if content is not None and content.dep_ == "dobj":
                heads.append(content.head)  # "to hold a general strike unless ..."
            for head in heads:
                for c in (children_of(head) if head is not None else ()):
                    if c.dep_ == "advcl" and any(_lemma(m) == "unless" for m in children_of(c) if m.dep_ == "mark"):
                        ms = self.mentions_of(
                            next((g for g in children_of(c) if g.dep_ in ("nsubj", "nsubjpass")), None)
                        )
                        # never the threatener itself ("unless it paid", "it" taken for the
                        # threatener): the threat's own words then name whom it is aimed at
                        if any(m.actor.country or m.actor.kb_id for m in ms) and not _the_actor_itself(ms, f):
                            return ms
        # a clause a semicolon parts from the act is a headline's other sentence ("X shells Y;
        # Z presses for talks"), not what the act is about
        comps = [
            c
            for c in children_of(tok)
            if c.dep_ in ("ccomp", "xcomp", "acl", "relcl", "dobj") and not semicolon_between(c, tok)
        ]
        mark = for_clause_mark(tok, f.entry.with_) if f.entry.with_ else None
        if mark is not None:
            # "called for Bangladesh to hold an inquiry": the clause called for, its subject
            # the party asked
            comps.append(mark.head)
        if light is not None:
            # "reiterated its demand that Israel ease...": the clause hangs on the light verb
            comps.extend(c for c in children_of(light) if c.dep_ == "ccomp")
        if content is not None and not semicolon_between(content, tok):
            comps.insert(0, content)
        actor_heads = {m.head for m in f.actor}
        # the party a reported clause is about is its subject ("demanded that the United
        # States match X's support for Y"), before any noun inside it
        clauses = [c for c in comps if c.pos_ in ("VERB", "AUX")]
        if content is not None and content.dep_ == "dobj" and content.head.pos_ == "VERB" and content.head.i != tok.i:
            clauses.append(content.head)
        own = {x for m in f.actor for x in (m.actor.kb_id, m.actor.country) if x}

        def telling(ms: list[Mention]) -> bool:
            # a party that can be told apart from the actor ("withdraw their force from
            # Chad": not "their force")
            ids = {x for m in ms for x in (m.actor.kb_id, m.actor.country) if x}
            return bool(ids) and not ids <= own

        called = _called_for(tok) if "for" in f.entry.with_ else None
        if called is not None:
            # "called for Myanmar's military to halt air strikes", parsed as a "for" phrase and
            # a "to" clause on the verb: the party the phrase names is the one asked
            ms = self.mentions_of(called)
            if ms and telling(ms):
                return ms
        for comp in clauses:
            subj = next((c for c in children_of(comp) if c.dep_ in ("nsubj", "nsubjpass")), None)
            ms = self.mentions_of(subj) if subj is not None else self._whoever_clause(comp)
            pronoun = subj is not None and subj.lower_ in _SPEAKER_SIDE_PRONOUNS
            possessed = subj is not None and f.event == "THREATEN" and _speaker_side_possessed(subj)
            # "warned that security forces would jail anyone who...": a state's forces named
            # with no country of another are the threatener's own
            forces = bool(ms) and all(
                m.actor.sector in FORCE_SECTORS and (m.actor.country is None or m.actor.country in own) for m in ms
            )
            own_side = subj is not None and subj.dep_ == "nsubj" and (bool(own) or pronoun or forces or possessed)
            if own_side and subj.lower_ in _CLASS_PRONOUNS:
                # "warned that those who refused would lose their licences": whoever the
                # threat picks out by what they do is the party threatened, never its own side
                own_side = False
            if f.event in _COMMITMENTS and own_side and not (ms and telling(ms)):
                # "warned that its forces would crush the rebels", "pledged that Kenya would
                # rebuild the schools": the speaker's own side acts in the threat or promise, and
                # the party it would act on is the one threatened or promised
                done_to = (
                    self.mentions_of(_dobj(comp))
                    or self.prep_objects(comp, ("against", "on", "at"))
                    or self._aimed_act(comp)
                )
                if done_to and telling(done_to):
                    return done_to
                if possessed and _threatened_unnamed(self.mentions_of(_dobj(comp)), _dobj(comp), forces=True):
                    # "his men would fight any foreign troops": whom the threatener's own act
                    # targets, though no country tells it apart
                    return done_to
                continue
            if ms and not {m.head for m in ms} & actor_heads:
                return ms

        for comp in comps:
            if comp.pos_ == "NOUN" and _lemma(comp) in _FREEING_NOUNS:
                ms = self._captor(comp)
                if ms:
                    return ms
            ms = self.mentions_of(next((c for c in children_of(comp) if c.dep_ in ("nsubj", "nsubjpass")), None))
            if ms and telling(ms):
                return ms
            obj = _dobj(comp)
            ms = self.mentions_of(obj)
            if ms and (telling(ms) or (f.event == "THREATEN" and _threatened_unnamed(ms, obj))):
                return ms
            if f.event == "REJECT" and obj is not None and obj.pos_ == "NOUN" and not ms:
                # refused thing's author: "refused to sign the bill passed by parliament": the
                # party whose act or text the refusal turns away
                ms = [m for m in self._held_by(obj) if not _owned_by_pronoun(tok.doc[m.head])]
                if ms:
                    return ms
            ms = self.prep_objects(comp, ("against", "on", "from", "at"))
            if ms:
                return ms
            if comp.pos_ == "NOUN" and not (f.event == "REQUEST" and _lemma(comp) in _FREEING_NOUNS):
                # "promised aid to Angola", "threatened a boycott of contacts with France":
                # the party the named act is directed at (the people a release would free are
                # never asked for it)
                ms = self.prep_objects(comp, ("to", "with", "for", "of"))
                if ms and not (set(m.head for m in ms) & {m.head for m in f.actor}):
                    return ms
                # "urge US withdrawal": the withdrawer is asked; a bare sector word
                # ("military aid") whose country only the context lends is no party
                ms, _ = self.noun_actor(comp)
                ms = [m for m in ms if not (m.actor.resolved_by or "").endswith("+context")]
                if ms and not (set(m.head for m in ms) & {m.head for m in f.actor}):
                    return ms
        return []

    def _asked_for(self, f: Found) -> Token | None:
        """Freeing asked for: the noun of freeing or handing over people that a request verb's
        own "for" phrase names ("pressed for the handover of", "called for the return of"), which
        no trigger of its own makes the request's content."""
        if f.event != "REQUEST" or f.content is not None:
            return None
        for c in children_of(f.token):
            if c.dep_ == "prep" and _lemma(c) == "for":
                noun = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
                if noun is not None and noun.pos_ == "NOUN" and _lemma(noun) in _FREEING_NOUNS:
                    return noun
        return None

    def _captor(self, noun: Token) -> list[Mention]:
        """Who holds the people a release noun would free, named by a participle on them ("called
        for the release of the journalists held by the junta"): a call to free captives is made to
        their captor, never to the captives."""
        freed = [
            g
            for c in children_of(noun)
            if c.dep_ == "prep" and _lemma(c) == "of"
            for g in children_of(c)
            if g.dep_ == "pobj"
        ]
        freed += [c for c in children_of(noun) if c.dep_ == "poss"]
        for held in [*freed, *(c for t in freed for c in children_of(t) if c.dep_ == "conj")]:
            ms = self._held_by(held)
            if ms:
                return ms
        return []

    def _held_by(self, held: Token) -> list[Mention]:
        """The party a participle on ``held`` says holds it ("journalists held by the junta",
        "villages controlled by the rebels")."""
        for part in children_of(held):
            if part.dep_ not in ("acl", "relcl") or part.tag_ != "VBN":
                continue
            by = next((c for c in children_of(part) if c.dep_ in ("agent", "prep") and _lemma(c) == "by"), None)
            ms = self.mentions_of(_by_whom(by)) if by is not None else []
            if ms:
                return ms
        return []

    def _aimed_act(self, verb: Token) -> list[Mention]:
        """The party the act a verb carries out is aimed at, named on that act's noun ("would
        launch a campaign against Chadian positions", "would carry out strikes on the rebels")."""
        obj = _dobj(verb)
        if obj is None or obj.pos_ != "NOUN":
            return []
        return self.prep_objects(obj, ("against", "on", "at"))

    def _aim(self, f: Found) -> list[Mention]:
        """Whom a protest defies ("blocked streets in defiance of the authorities", "marched
        against the government") or a build-up is readied against ("trained hackers capable of
        launching attacks against the United States")."""
        tok = f.token
        if f.event == "MOBILIZE":
            for t in subtree_of(tok):
                if t.dep_ == "prep" and _lemma(t) == "against":
                    ms = self.mentions_of(next((g for g in children_of(t) if g.dep_ == "pobj"), None))
                    if ms:
                        return ms
            return self._shadowed(tok) or self._encircled_state(f)
        for t in children_of(tok):
            if t.dep_ != "prep":
                continue
            pobj = next((g for g in children_of(t) if g.dep_ == "pobj"), None)
            if pobj is not None and _lemma(t) == "in" and _lemma(pobj) == "defiance":
                pobj = next(
                    (
                        g
                        for c in children_of(pobj)
                        if c.dep_ == "prep" and _lemma(c) == "of"
                        for g in children_of(c)
                        if g.dep_ == "pobj"
                    ),
                    None,
                )
            elif _lemma(t) != "against":
                continue
            ms = self.mentions_of(pobj)
            if ms:
                return ms
        return self._foreign_post(tok)

    def _foreign_post(self, tok: Token) -> list[Mention]:
        """The embassy or consulate a protest is held at or marches to ("rallied outside the
        Vaskan embassy", "demonstrated in front of the consulate"): a state's post abroad stands
        for that state, the one the crowd addresses; other premises are only the protest's place.
        A protest noun's light verb may carry the phrase ("held a vigil outside the embassy")."""
        light = [tok.head] if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else []
        for t in [c for h in (tok, *light) for c in children_of(h)]:
            if t.dep_ != "prep":
                continue
            pobj = next((g for g in children_of(t) if g.dep_ == "pobj"), None)
            if pobj is not None and _lemma(t) == "in" and _lemma(pobj) == "front":
                of = next((g for g in children_of(pobj) if g.dep_ == "prep" and _lemma(g) == "of"), None)
                pobj = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
            elif _lemma(t) not in _AT_PREMISES:
                continue
            if pobj is not None and _lemma(pobj) in _DIPLOMATIC_POSTS:
                ms = self.mentions_of(pobj)
                if ms:
                    return ms
        return []

    def _shadowed(self, verb: Token) -> list[Mention]:
        """The side whose forces a build-up is sent to watch or go after ("sent navy ships to
        shadow the flotilla"): the object of the purpose clause, when its verb is one of those."""
        for c in children_of(verb):
            purpose = c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" for a in children_of(c))
            if purpose and _lemma(c) in _SHADOWING:
                ms = self.mentions_of(_dobj(c))
                if ms:
                    return ms
        return []

    def _encircled_state(self, f: Found) -> list[Mention]:
        """The state a build-up is massed around or near ("sent warships around the island
        republic", "massed troops near Ukraine"): another state named as a country, whose
        ground or waters the forces ring, is the party they are readied against."""
        own = {m.actor.country for m in f.actor if m.actor.country}
        for c in ringing_phrases(f.token):
            ms = self.mentions_of(next((g for g in children_of(c) if g.dep_ == "pobj"), None))
            if ms and all(
                (m.actor.resolved_by or "").startswith("country") and m.actor.country not in own for m in ms
            ):
                return ms
        return []

    def fallback_actor(self, f: Found, sent_mentions: list[Mention]) -> None:
        """No syntactic actor: take the nearest actor mention to the left, outside the complement."""
        if f.actor or f.actor_how in ("onlooker", "unknown"):
            return
        if f.entry.object and described_act(f.token) is not None:
            # "the truce signed in May between Chad and Niger": the participle's own "by" or
            # "between" names its parties; whoever the sentence is about did not do it
            f.actor = self.prep_objects(f.token, ("between",))
            f.actor_how = "between" if f.actor else "none"
            return
        if on_a_party(f.token) and told_participle(f.token):
            # "freed the reporters detained last week": the sentence's subject did not detain them
            f.actor_how = "none"
            return
        if answered_act(f.token):
            # "shelled the town in retaliation for an ambush": who answers an act did not do it
            f.actor_how = "none"
            return
        inside = {t.i for t in subtree_of(f.token)}
        rec = {m.head for m in f.recipient}
        best = None
        doc = f.token.doc
        clause = _subjected_clause(f.token)
        if clause is not None:
            # "a car bombing killed 22 cadets", "457 people were arrested": the act's own clause
            # has its subject; a party outside that clause is no actor of it
            own = {t.i for t in subtree_of(clause)}
            sent_mentions = [m for m in sent_mentions if m.head in own]
        for m in sent_mentions:
            # an object of another verb is acted on, never the actor ("a bombing killed one
            # soldier and wounded two others")
            if doc[m.head].dep_ in ("dobj", "dative", "iobj", "nsubjpass") or _inside_object(doc[m.head]):
                continue
            # the speaker of a reporting verb is not the agent of the act reported ("the health
            # ministry said an air strike killed...")
            if doc[m.head].dep_ == "nsubj" and _lemma(doc[m.head].head) in self.cues.reporting:
                continue
            if _setting(doc[m.head], self.cues.reporting):
                continue
            if _undergoer_of_an_act(doc[m.head]):
                continue  # "the arrest of the editor drew protests": the editor was arrested
            if m.head < f.start_tok.i and m.head not in inside and m.head not in rec:
                best = m
        if best is not None:
            f.actor, f.actor_how = self._coordinated_with(best, doc, inside | rec), "nearest_left"

    def _coordinated_with(self, m: Mention, doc: Doc, taken: set[int]) -> list[Mention]:
        """``m`` with the parties it is coordinated with ("Kenya and Uganda issued a communique
        pledging..."): the nearest party to the left of an act is the last of a list that acts
        together, not that member alone."""
        root = doc[m.head]
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.i == m.head and not any(c.dep_ == "conj" for c in children_of(root)):
            return [m]
        group = self.mentions_of(root)
        if len(group) < 2 or not any(g.head == m.head for g in group) or any(g.head in taken for g in group):
            return [m]
        return group


# Participles by which a joint act or talks name the parties that take part ("involving").
_TAKING_IN = frozenset({"involve"})

# Categories of acts two parties do together, whose parties a passive's "between" names.
_BILATERAL = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE"})


def _called_for(verb: Token) -> Token | None:
    """The object of ``verb``'s "for" phrase when a "to" clause of ``verb`` follows it ("called
    for Myanmar's military to halt air strikes"): the subject of what is called for."""
    fors = [c for c in children_of(verb) if c.dep_ == "prep" and _lemma(c) == "for"]
    pobj = next((g for c in fors for g in children_of(c) if g.dep_ == "pobj"), None)
    if pobj is None:
        return None
    for c in children_of(verb):
        if c.dep_ in ("xcomp", "advcl") and c.i == pobj.right_edge.i + 2 and c.pos_ == "VERB":
            if any(g.dep_ == "aux" and g.tag_ == "TO" and g.i == pobj.right_edge.i + 1 for g in children_of(c)):
                return pobj
    return None


def _owned_by_pronoun(tok: Token) -> bool:
    """Whether a possessive pronoun qualifies ``tok`` ("their fighters"): a party of the speaker's
    own side, or one named before, never the author of what is turned away."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(tok))


def _speaker_side_possessed(subj: Token) -> bool:
    """Whether a speaker-side possessive pronoun qualifies ``subj`` ("his men", "their fighters")."""
    return any(c.dep_ == "poss" and c.lower_ in _SPEAKER_SIDE_POSSESSIVES for c in children_of(subj))


def _the_actor_itself(ms: list[Mention], f: Found) -> bool:
    """Whether every party of ``ms`` is one of ``f``'s actors: the same name, or the same country
    and sector ("it" taken for "Russia"; not "the ministry" of a union's own state)."""

    def key(m: Mention) -> tuple[str | None, str | None]:
        return (m.actor.kb_id or m.actor.country, None if m.actor.kb_id else m.actor.sector)

    own = {key(m) for m in f.actor}
    return bool(ms) and all(key(m)[0] and key(m) in own for m in ms)


def _threatened_unnamed(ms: list[Mention], obj: Token | None, *, forces: bool = False) -> bool:
    """Unnamed party threatened: the object of a threatened act is the party threatened though no
    country tells it apart from the threatener ("threatened to sack the central bank governor",
    "to expel foreign reporters"), unless it is the threatener's own ("its envoys") or forces,
    which a threat moves rather than acts on ("threatened to deploy soldiers"); with ``forces``,
    forces too (the act of the threatener's own men: "his men would fight any foreign troops")."""
    if obj is None or not ms or any(c.dep_ == "poss" for c in children_of(obj)):
        return False
    return all(
        m.actor.sector is not None
        and (forces or m.actor.sector not in FORCE_SECTORS)
        and not (m.actor.country or m.actor.kb_id)
        for m in ms
    )


def _expelled_from_body(f: Found) -> bool:
    """Whether ``f`` is a passive expulsion or suspension of a member from a body it names ("was
    expelled from the ruling party"), the entry's "from" object being the body."""
    tok = f.token
    return (
        f.event == "SANCTION"
        and f.mode == "expel"
        and "from" in f.entry.with_
        and bool(f.entry.with_object)
        and any(c.dep_ == "auxpass" for c in children_of(tok))
    )


def _phrase_preps(noun: Token) -> list[Token]:
    """The prepositions anywhere in a noun's phrase, through its "of" nouns and the participles on
    them ("the release of an engineer held on suspicion of spying during talks with..."), but not
    inside a clause of its own."""
    out: list[Token] = []
    todo = [noun]
    while todo:
        tok = todo.pop()
        for c in children_of(tok):
            if c.dep_ in ("relcl", "ccomp", "advcl", "xcomp", "conj", "appos"):
                continue
            if c.dep_ == "acl" and c.tag_ != "VBN":
                continue
            if c.dep_ == "prep":
                out.append(c)
            todo.append(c)
    return out


def _propelled(verb: Token, obj: Token | None) -> bool:
    """Whether the object of a verb of shooting or throwing is what is sent off, a weapon, a
    missile or a thing thrown, with those coordinated with it ("fired missiles and drones",
    "hurled rocks"), rather than whom it is sent at."""
    if obj is None or _lemma(verb) not in _PROPELLING:
        return False
    # "fired dozens of rockets": what the count is of
    nouns = [obj, *(g for p in children_of(obj) if p.dep_ == "prep" and p.lower_ == "of" for g in children_of(p))]
    return any(_lemma(n) in _PROPELLED or n.lower_ in _PROPELLED for n in nouns)
