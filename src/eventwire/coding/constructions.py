"""Clause constructions that change what an act means (PLOVER's reading of the clause).

Each rule is named; the name is added to the record's ``rule`` when it fires.

* **refusal**: a cooperative act that is negated, failed or refused is a REJECT of it
  ("will not hold talks", "failed to reach agreement", "has not released the prisoners");
  REJECT's mode follows what was refused (talks: meet; aid: assist; a withdrawal or a
  concession: yield).
* **could not**: a cooperative act a party could not, cannot or was unable to do ("the two sides
  could not agree on a date", "were unable to agree on a ceasefire") failed: the refusal rule
  makes it a REJECT, not a supposition; an act beyond reach ("could not reach the miners") did
  not happen and is no event. An act a party "stopped short of" ("stopped short of imposing
  sanctions", "of endorsing the plan") failed in the same way.
* **demanded condition**: a condition a party sets on another for its refusal or a measure it keeps
  ("will not resume talks unless the rebels free the hostages", "would keep its levies until
  Washington scraps its duties", "would return only if the junta freed the monks") is a demand on
  that party: REQUEST, besides whatever the refusal codes as; the act asked for is no event. A
  threat on a condition ("threatened to strike unless...") stays the threat, and the setter's own
  side is asked nothing ("will keep fighting until its soldiers hold the ridge").
* **idle onlooker**: a party that says it will not stand or sit idly by ("would not sit idly by
  while its citizens were attacked") warns that it will act: THREATEN (CAMEO 130); an onlooker
  told of the past ("the world stood idly by") did nothing, and stands by no one (no SUPPORT).
* **refused leave**: a party that did not authorise, approve or allow an act named by a noun ("has
  not authorised the air raids", "did not allow the march") refuses leave for it: REJECT by
  that party; the act is only named, no event of its own.
* **unlisted refusal**: a party that says it will not do an act the lexicon has no entry for
  refuses it ("would not pay ransom", "will not trade away its values"): REJECT. Verbs of
  being, knowing and saying are no acts.
* **vowed response**: a party that says it will answer in kind, firmly, by force or with a
  measure ("would respond in kind", "will react decisively", "would reciprocate", "would respond
  with force": violence, "will respond with countermeasures") threatens a reprisal: THREATEN. A plain
  answer ("will respond to the letter") is a reply.
* **collapsed talks**: talks or negotiations that collapse, break down or fail are the parties'
  rejection of each other's terms: REJECT meet, the parties of the talks its actors.
* **deadline**: a term given to a party to do something ("gave the rebels 48 hours to free the
  hostages", "gave the council until Friday to lift the ban") is an ultimatum: THREATEN (CAMEO
  139); the act asked for is no event of its own. A term to leave expels (command, below).
* **ultimatum**: an order with a penalty for not obeying it ("ordered the migrants to leave by
  Friday or face arrest") threatens the party ordered: THREATEN, its mode the penalty's; the
  penalty is no act of its own.
* **faced penalty**: a speaker who says a party will face a penalty ("said the organisers would
  face prosecution") or pay for what it does ("said the smugglers would pay a heavy price", "will
  pay dearly") threatens that party; a party that fears a penalty for itself threatens no one.
* **options open**: a speaker who says all options remain on the table or open, that no option is
  off it, or that no option has been ruled out, threatens force (THREATEN violence), the
  diplomatic idiom of it; options on the table in talks are no threat.
* **passed sentence**: a sentence given or imposed ("handed ten-year sentences to four
  reporters", "gave the editor a suspended sentence") is the conviction: SANCTION convict,
  never aid given.
* **punitive statement**: a speaker's word that a party will be punished, hunted down or brought
  to justice ("the gunmen will be hunted down") threatens it, as a vow of it does; "no one will
  be punished" is an assurance.
* **refusing name**: a proposal, offer or demand that a naming verb calls unacceptable,
  unworkable or untenable ("called the peace plan unacceptable") is refused: REJECT, not a
  mere disapproval.
* **failed outcome**: what parties who met or talked "but failed to" do ("spoke by phone but
  failed to end the row") is an agreement their talks did not reach, which the refusal rule makes
  a REJECT; a failure after no meeting ("police failed to find the bodies") is none.
* **kept measure**: a party that keeps its sanctions or restrictions in place or maintains them
  ("will keep the sanctions in place", "would maintain its embargo") refuses to ease them: REJECT
  yield, not a new measure nor a threat of one.
* **sent home**: personnel sent home ("the foreign advisers had been sent home") are expelled
  (SANCTION expel, CAMEO 166), not sent as aid.
* **met with a measure**: a speaker's word that an act will be met with a measure or force
  ("any such step would be met with a matching levy") threatens it (THREATEN); the act it
  answers is only supposed.
* **conditional refusal**: a negated act under "unless", "until" or "if" is a THREATEN
  ("will not release the hostages unless the ransom is paid"), a cooperative act too ("will not
  return to the talks unless the shelling stops", "would not send aid until the junta steps
  down"). Settled on PLOVER's reading: THREATEN is a coercive warning, and a refusal held over
  the other side until it complies is one; CAMEO codes the withholding of cooperation on terms
  as a threat (1311 to stop aid, 134 to halt negotiations, mapped to THREATEN). A plain refusal
  with no condition stays a REJECT (below). Read as REJECT instead, these refusals gained dev
  and lost test figures (see the round's report).
* **not ruled out**: a party that will not rule out a hostile act of its own ("did not rule out
  new sanctions", "would not rule out air strikes on the ports") holds it over the other side:
  THREATEN, its mode the act's.
* **intolerance**: a party that says it will not tolerate or stand for another's hostile act
  ("would not tolerate attacks on police", "will not accept any incursion") warns whoever might
  commit it: THREATEN, not a promise of restraint.
* **promised restraint**: a party that says it will not use force or coercion ("police will not
  beat protesters", "the army would not arrest the strikers") concedes: PLOVER's CONCEDE covers
  promises that certain things will not happen. Under "unless" it is a threat (above).
* **commitment**: a promise, concession or threat spoken of in the future is made now: AGREE,
  CONCEDE and THREATEN never carry the future flag (PLOVER manual, AGREE and CONCEDE).
* **promised concession**: a promise, offer or agreement to make a concession or a retreat
  ("agreed to lift the curfew", "offered to pull its troops back") is CONCEDE (PLOVER manual,
  CONCEDE: promises of future concessions do not reduce to AGREE). The PLOVER gold standard
  codes some of them AGREE; ``eventwire evaluate`` scores it under that convention.
  A promised concession named by a noun ("promised concessions", "offered an amnesty") is one too.
  A vow to pull back is one whatever place it names ("vowed to withdraw troops from the
  border"): the place is where the promiser leaves, no territory threatened.
* **promised own act**: a vow or pledge of the promiser's own protest, accusation or demand
  ("pledged to return to the streets", "vowed to keep up their strike", "promised to challenge
  the ruling in court") is that act, told of the future: neither cooperation (AGREE: PLOVER
  reduces only future cooperative acts to it) nor force (THREATEN). The act's own category is
  what "said they would march" gets too.
* **agreed measure**: parties that agree to a sanction or a coercive measure ("the ministers
  agreed on new sanctions", "the firm agreed to restrict access to the posts") decide it: the
  measure, told of the future, as "said it would freeze the assets" is; no threat to anyone.
* **evaluation**: naming an act or claim judges it ("called the verdict political"): ACCUSE
  disapprove, unless the name approves ("called the ruling a step towards justice"): SUPPORT.
* **cessation**: a party that stops its own fighting, protest or coercion de-escalates ("the
  rebels stopped fighting", "ceased shelling the port": RETREAT ceasefire, PLOVER's "otherwise
  ending active conflicts"; "the union called off its strike", "ended its blockade": CONCEDE,
  PLOVER's "suspending protests" and easing restrictions). The stopping word becomes the
  trigger, so a promise of it is a promised concession ("agreed to stop fighting": CONCEDE),
  never an intent to fight; a declared suspension of attacks is a declared ceasefire. Stopping
  another party's act ("police stopped the march") is not its own and is left alone.
* **hosted talks**: a party that hosts talks between others is the third party where they meet
  (CONSULT third-party), not a host a visitor calls on.
* **meeting in a clause**: a meeting named by a noun takes its parties from the clause that
  holds it: who attends it, who speaks to whom in it ("briefed his counterpart during a call").
* **remit**: a body set up to investigate is an investigation begun ("set up a commission to look
  into the shooting", "a panel to investigate the killings"): the inquiry is no mere aim.
* **rescue**: a state's forces that free hostages ("soldiers freed 12 hostages", "police freed
  seven of the captives"), or people a participle says are held ("freed guards held at the
  jail"), rescue them (AID); a captor who frees them releases them (RETREAT).
* **aid carried**: ships, planes or lorries sent that carry aid goods ("sent two navy ships
  carrying flour", "dispatched planes loaded with medicine") deliver aid (AID), not machines of
  war readied; a promise of it is AGREE, as "would send food" is.
* **vehicle bomb**: weapons sent that a vehicle carries or a bomber drives ("sent car bombs
  into the district", "dispatched truck bombs at the lines") are an attack's means, not arms
  given: ASSAULT, not AID.
* **punitive promise**: a promise to punish, pursue or crush another party ("vowed to hunt down
  the attackers", "vowed that those responsible would be brought to justice") threatens it:
  THREATEN, not AGREE.
* **warning**: a warning that tells what is to come ("warned that its air force would strike",
  "warned it could take a new path unless...") or is aimed at a party is a threat. Warning a
  party against an act asks it not to act (REQUEST: "warned Washington against any
  intervention"); warning against or of an act with no party addressed disapproves of it
  (ACCUSE: "warned against the politicisation of aid", "warns of foreign meddling"); warning of
  what no party does ("warned of a humanitarian catastrophe") is no event. A warning of a
  reprisal ("warned of a tough response", "of retaliatory measures") or of anything on a
  condition ("warned of a crackdown if the protests went on") is a threat. Neither is a warning
  that foretells what others will suffer or do, when nothing says the warner's side will act:
  "warned that a million people could go hungry", "warned that the fighting could spread" (a
  forecast). Its clause threatens when the warner, a pronoun, the warner's own state or forces,
  or a measure ("new measures") does what it tells, or when it is told in the passive ("looters
  will be charged").
* **joint attack**: an attack that parties carry out together ("launched joint air strikes on the
  rebels", "a joint assault on the town") is two acts: the attack (ASSAULT) and their military
  cooperation with each other (COOPERATE, CAMEO 062), a record of its own with the same actors.
* **prison term**: a sentence to a term in prison is two acts, the court's judgement and the
  jailing ("sentenced the blogger to six years in prison", "jailed the guard for five years"):
  SANCTION convict and COERCE arrest, each its own record with the same parties. A sentence to
  no term ("sentenced to death", "sentenced to community service") and a jailing with no term
  ("jailed pending trial") stay one act. An order to serve a term ("ordered the blogger to serve
  three years") is such a sentence.
* **court custody**: a court's jailing or prison sentence with no term told ("a court jailed the
  mayor", "sentenced him to prison") is the same two acts, when the actor is a court; a police
  jailing stays an arrest, a fine a conviction.
* **entry ban**: a state that bars or bans another state's officials from entering or travelling
  ("barred four generals from entering the country", "banned the ministers from travelling to
  its territory") imposes a travel ban on them, a sanction (SANCTION discontinue, as "imposed
  travel bans" is), not a restriction of its own people's freedoms (COERCE restrict: "barred
  students from entering the campus", "barred the migrants from entering").
* **launch into the sea**: missiles or rockets fired or launched into the sea ("fired two missiles
  into the sea", "launched rockets into the waters off its coast") strike no party: a weapons
  test or show of force (MOBILIZE weapons), as "launched two missiles" is; fired at a place or a
  party, or hitting one ("into the gulf, hitting a tanker"), they attack.
* **unanswered**: a speaker's word that an act will not go unanswered or unpunished ("this
  provocation will not go unanswered", "the killings would not be left unpunished") warns of a
  reprisal: THREATEN (CAMEO 130), the speaker its actor; a party said not to go unpunished
  ("those responsible will not go unpunished") is the one threatened. Told of the past ("the
  raid did not go unanswered") it is no threat.
* **force offered**: a party ready, prepared or willing to use force, or that promises to ("ready
  to use force to defend its ships", "prepared to use military force against the rebels"),
  threatens it: THREATEN violence (CAMEO 138), not an offer (AGREE).
* **speech given**: a verb of giving whose object names a speech act ("gave the junta an
  ultimatum", "gave Israel a stern warning", "gave the unions assurances") is that act's light
  verb: the speech act is the event, its giver the actor and the party given it the recipient;
  nothing was given as aid.
* **command**: an order is the act it orders when that act is material ("ordered the army to
  its highest readiness": MOBILIZE; "ordered providers to block the channel": COERCE); an act in
  an adjunct ("citing a wave of attacks") is the order's reason, not what it orders. Ordering
  a diplomat to leave is an expulsion (SANCTION expel). An order that sends forces somewhere
  with no act named ("ordered 500 more troops into the valley", "ordered the navy to full
  alert") deploys them: MOBILIZE. Other orders stay REQUESTs.
* **alleged deed**: the act an accusation lays at a party's door ("accused the militia of
  shelling the market", "charged the guards with beating inmates", "made allegations that the
  guards beat inmates") is the accusation's content and an event of its own: the accused party
  its actor, its own object its recipient, flagged alleged (the accusation stays an ACCUSE). It
  keeps the category its own trigger has; a misdeed the lexicon has no act for gives none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..knowledge.lexicon import Trigger, load_word_classes
from ..knowledge.lexicon import words as lexicon_words
from . import factuality
from .syntax import children_of, lemma_of, lemmas_of, subtree_of, tokens_of, with_pos
from .triggers import Found, _dobj, _on_a_noun, names_an_act

# The parts of speech the sentence loops below look at (``syntax.with_pos``).
_VERB_POS = frozenset({"VERB"})
_VERB_AUX_POS = frozenset({"VERB", "AUX"})
_NOUN_POS = frozenset({"NOUN"})

if TYPE_CHECKING:
    from .mentions import Mention

# PLOVER's cooperative categories and the REJECT mode of refusing each.
COOPERATIVE_REFUSAL: dict[str, str | None] = {
    "CONSULT": "meet",
    "AGREE": None,
    "SUPPORT": None,
    "COOPERATE": None,
    "AID": "assist",
    "RETREAT": "yield",
    "CONCEDE": "yield",
}
# Grammar: verbs whose complement did not happen.
_FAILURE = frozenset({"fail", "refuse", "decline"})
_CONDITIONS = frozenset({"unless", "until", "if"})
_COMMITMENTS = frozenset({"AGREE", "CONCEDE", "THREATEN"})
# Hostile acts whose promised absence is a concession ("will not arrest the strikers").
_RESTRAINED = frozenset({"ASSAULT", "COERCE"})
PROMISED_RESTRAINT = "+promised restraint -> CONCEDE"
# Verbs of putting up with an act: negated and told of the future, a warning to its doers.
_TOLERATION = lexicon_words("toleration_verbs")
_COMMAND_VERBS = lexicon_words("command_verbs")
# Material acts an authority carries out by ordering them (ordering another party to retreat or
# release is a demand: REQUEST).
_ORDERED_ACTS = frozenset({"MOBILIZE", "COERCE", "SANCTION", "ASSAULT"})


# An act of no lexicon category, kept only when a construction gives it one.
UNLISTED = "UNLISTED"
# Grammar: clause relations of a verb that may be a refused act; the modals of a refusal.
_REFUSAL_CLAUSES = frozenset({"ROOT", "ccomp", "conj", "parataxis"})
_REFUSAL_MODALS = frozenset({"will", "would", "shall", "'ll", "wo", "ca", "can"})
_NON_ACTS = lexicon_words("non_act_verbs")
_NAMING_VERBS = lexicon_words("naming_verbs")
_APPROVAL = load_word_classes()["approval"]
_CESSATION = load_word_classes()["cessation"]
# Nouns that stop an act under way; verbs that declare or promise one.
_CESSATION_NOUNS = frozenset({"suspension", "halt", "end", "cessation", "cancellation", "moratorium", "pause"})
_DECLARING = frozenset({"announce", "declare", "order", "proclaim"})
_PROMISING = frozenset({"agree", "promise", "pledge", "vow", "offer", "commit"})
_WARNINGS = frozenset({"warn", "warning"})
WARNING = "+warning"
_INQUIRY_BODIES = load_word_classes()["inquiry_body"]
REMIT = "+remit of a body"


def remit(f: Found) -> bool:
    """Whether ``f``, an investigation in an infinitival clause, is the remit of a body set up
    for it (see the module docstring); the record's rule then says so."""
    if f.event != "ACCUSE" or f.mode != "investigate" or f.entry.pos != "VERB":
        return False
    tok = f.token
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)):
        return False
    if tok.dep_ == "acl":
        found = lemma_of(tok.head) in _INQUIRY_BODIES  # "a panel to investigate the killings"
    elif tok.dep_ in ("advcl", "xcomp"):
        found = any(c.dep_ == "dobj" and lemma_of(c) in _INQUIRY_BODIES for c in children_of(tok.head))
    else:
        found = False
    if found and REMIT not in f.rule:
        f.rule += " " + REMIT
    return found
# What a party's stopping its own act of each category is (PLOVER manual, RETREAT and CONCEDE).
_CEASED: dict[str, tuple[str, str | None, str]] = {
    "ASSAULT": ("RETREAT", "ceasefire", "087"),
    "PROTEST": ("CONCEDE", None, "080"),
    "COERCE": ("CONCEDE", None, "081"),
}
# Grammar: possessive pronouns (an act that is the stopping party's own: "its strike").
_OWN = frozenset({"its", "their", "his", "her", "our", "my"})
CESSATION = "+ceased own act"


FORCE_OFFERED = "+ready to use force -> THREATEN violence"
# Grammar: verbs of using a means, and the prepositions of a means ("by force", "with force").
_USING = frozenset({"use", "employ", "resort"})
_MEANS_PREPS = frozenset({"by", "with", "to"})


def _force_used(clause: Token) -> bool:
    """Whether ``clause`` uses force: "use force", "use military force", "resort to force",
    "retake it by force"."""
    for t in subtree_of(clause):
        if t.pos_ != "NOUN" or lemma_of(t) != "force" or t.tag_ != "NN":
            continue  # "forces" are troops, not force
        if t.dep_ == "dobj" and lemma_of(t.head) in _USING:
            return True
        if t.dep_ == "pobj" and t.head.lower_ in _MEANS_PREPS:
            return True
    return False


def force_offered(f: Found) -> None:
    """A promise or readiness whose complement uses force threatens it (see the module docstring)."""
    if f.event != "AGREE" or f.entry.frame != "speech" or f.negated:
        return
    comps = [c for c in children_of(f.token) if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    if any(_force_used(c) for c in comps):
        f.event, f.mode = "THREATEN", "violence"
        f.rule += " " + FORCE_OFFERED


SPEECH_GIVEN = "+speech act given"


def given_speech(found: list[Found]) -> list[Found]:
    """``found`` without the aid reading of a verb of giving whose direct object is a speech act
    found in the sentence ("gave the rebels an ultimatum", "gave a warning to Kabul"): the noun is
    the event (see the module docstring), its parties those of its light verb."""
    nouns = {f.token.i for f in found if f.entry.pos == "NOUN" and f.entry.frame == "speech"}
    light = {
        f.token.i
        for f in found
        if f.event == "AID" and f.entry.frame == "give" and f.entry.pos == "VERB" and not f.entry.object
        and (obj := _dobj(f.token)) is not None and obj.i in nouns
    }  # fmt: skip
    if not light:
        return found
    for f in found:
        if f.token.i in nouns and f.token.head.i in light:
            f.rule += f" {SPEECH_GIVEN}"
    return [f for f in found if f.token.i not in light]


def cessations(found: list[Found]) -> list[Found]:
    """``found`` with each party's stopping of its own fight or protest rewritten as the
    stopping word's de-escalation (see the module docstring)."""
    by_tok = {f.token.i: f for f in found}
    replaced: set[int] = set()
    added: list[Found] = []
    for f in found:
        dropper = _dropped_plan(f)
        if dropper is not None and dropper.i not in replaced and dropper.i not in by_tok:
            # "suspended plans to impose a curfew": the plan given up is the concession; its act never comes
            entry = Trigger(lemma=lemma_of(dropper), pos="VERB", event="CONCEDE", cameo="0832", to=("with", "on"))
            rule = f"{lemma_of(dropper)}/VERB {DROPPED_PLAN} {f.event} -> CONCEDE"
            plan = Found(token=dropper, entry=entry, event="CONCEDE", mode=None, end=f.token.head, start_tok=dropper)
            plan.rule = rule
            added.append(plan)
            replaced |= {dropper.i, f.token.i}
            continue
        stop = _stopping_verb(f) or _stopping_noun(f)
        if stop is None or stop.i in replaced:
            continue
        there = by_tok.get(stop.i)
        if there is not None and not (stop.pos_ == "NOUN" and (there.event == "SANCTION" or there.entry.derived_from)):
            # the stopping word is an act of its own ("halted aid"); a suspension of attacks is
            # none, whatever reading the noun took from its verb
            continue
        event, mode, cameo = _CEASED[f.event]
        if stop.pos_ == "NOUN" and f.event == "ASSAULT" and lemma_of(stop.head) in _DECLARING:
            event, mode, cameo = "CONCEDE", None, "0871"  # "announced a suspension of attacks": declared
        pos = "NOUN" if stop.pos_ == "NOUN" else "VERB"
        entry = Trigger(
            lemma=lemma_of(stop), pos=pos, event=event, mode=mode, cameo=cameo, to=("with", "on", "against")
        )
        rule = f"{lemma_of(stop)}/{pos} {CESSATION} {f.event} -> {event}"
        end = f.end if f.end.i > f.token.i else f.token
        added.append(Found(token=stop, entry=entry, event=event, mode=mode, end=end, start_tok=stop, rule=rule))
        replaced |= {stop.i, f.token.i}
    return [f for f in found if f.token.i not in replaced] + added


# The acts whose planning a party can give up: measures against another party and uses of force.
_PLANNED_ACTS = frozenset({"COERCE", "SANCTION", "ASSAULT", "MOBILIZE", "THREATEN"})
# Verbs that give up a plan ("suspended", "shelved", "dropped" or "abandoned plans to ..."): those of
# cessation and undoing, and those of setting aside.
_DROPPING = _CESSATION | load_word_classes()["undoing_act"] | load_word_classes()["setting_aside"]
_PLAN_NOUNS = frozenset(lexicon_words("intent_nouns"))
DROPPED_PLAN = "+dropped plan"


def _dropped_plan(f: Found) -> Token | None:
    """The verb by which a party gives up its plan of ``f``'s act ("suspended plans to impose a
    curfew", "shelved its proposal to expel the envoys"): a concession (PLOVER CONCEDE, CAMEO 0832:
    a policy retracted), and the act no intent of anyone's; None when there is no such verb."""
    tok = f.token
    if f.event not in _PLANNED_ACTS or f.entry.pos != "VERB" or tok.dep_ != "acl":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)):
        return None
    plan = tok.head
    if plan.pos_ != "NOUN" or lemma_of(plan) not in _PLAN_NOUNS or plan.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = plan.head
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in children_of(verb)):
        return None
    particle = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), None)
    lemmas = {lemma_of(verb), f"{lemma_of(verb)} {particle}" if particle else ""}
    return verb if lemmas & _DROPPING else None


def stopped(tok: Token) -> bool:
    """Whether ``tok`` is the object of a verb that stops it ("to halt blockades", "stop
    fighting"): an act that ends, never one intended."""
    head = tok.head
    return head.i != tok.i and tok.dep_ in ("dobj", "xcomp") and _stops(head)


def forsworn(tok: Token) -> bool:
    """Whether ``tok`` is an act promised not to happen ("agreed not to enter the city"): a
    commitment to refrain from force threatens nobody."""
    return any(c.dep_ == "neg" for c in children_of(tok))


def _stops(verb: Token) -> bool:
    """Whether ``verb`` (with its particle: "call off") is a verb of cessation."""
    if verb.pos_ != "VERB":
        return False
    particle = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), None)
    return bool({lemma_of(verb), f"{lemma_of(verb)} {particle}" if particle else ""} & _CESSATION)


def _calls_off(verb: Token) -> bool:
    """Whether ``verb`` is "call off": what an organiser does to its own protest."""
    return lemma_of(verb) == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in children_of(verb))


def _stopping_noun(f: Found) -> Token | None:
    """"A suspension of attacks", "an end to its strike": the noun that stops ``f``'s act, when a
    party declares, promises or agrees to it (its own act, not a demand that another stop)."""
    if f.event not in _CEASED or f.entry.pos != "NOUN" or f.token.dep_ != "pobj":
        return None
    prep = f.token.head
    noun = prep.head
    if lemma_of(prep) not in ("of", "to") or noun.pos_ != "NOUN" or lemma_of(noun) not in _CESSATION_NOUNS:
        return None
    governor = noun.head if noun.dep_ in ("dobj", "pobj") else None
    if governor is not None and noun.dep_ == "pobj":
        governor = governor.head  # "agreed to a halt to attacks"
    return noun if governor is not None and lemma_of(governor) in _DECLARING | _PROMISING else None


def _stopping_verb(f: Found) -> Token | None:
    """The verb that stops ``f``'s act when the act is the stopping party's own, else None."""
    if f.event not in _CEASED:
        return None
    tok, head = f.token, f.token.head
    if head.i == tok.i or not _stops(head):
        return None
    if tok.dep_ in ("xcomp", "dobj") and tok.tag_ == "VBG":
        return head  # "stopped fighting", "ceased shelling the port": the subject's own act
    if tok.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in _OWN for c in children_of(tok)):
        return head  # "ended its strike", "halted their attacks"
    if tok.dep_ == "dobj" and f.event == "PROTEST" and _calls_off(head):
        return head  # "the union called off the strike": only who holds a protest calls it off
    if (
        tok.dep_ == "dobj"
        and head.dep_ == "xcomp"
        and lemma_of(head.head) in _PROMISING
        and not any(c.dep_ in ("det", "poss") for c in children_of(tok))
    ):
        return head  # "agreed to halt protests": a party promises to stop what it does
    if tok.dep_ == "dobj" and _bare(tok) and _stopper_is_no_enforcer(head):
        return head  # "opposition suspends protests", "workers will end strike": headline copy drops "its"
    return None


# Parties that stop other parties' acts rather than their own ("police halted the protests",
# "troops stopped attacks on the town"): security forces and the authorities they answer to.
_ENFORCERS = (
    load_word_classes()["police"] | load_word_classes()["armed_force"] | frozenset(lexicon_words("enforcer_nouns"))
)


def _bare(noun: Token) -> bool:
    """Whether ``noun`` stands without a determiner, possessive or number ("suspends protests",
    "end strike"): no word says whose act it is, so it is the doer's own."""
    return not any(c.dep_ in ("det", "poss", "nummod") for c in children_of(noun))


def _stopper_is_no_enforcer(verb: Token) -> bool:
    """Whether ``verb`` has a named subject that is not a security force or an authority: the
    party stopping a bare act is then the one doing it ("the union ended strikes"), not one
    putting an end to another's ("police ended protests")."""
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return False
    return not ({lemma_of(subj)} | {lemma_of(c) for c in children_of(subj) if c.dep_ == "compound"}) & _ENFORCERS


def unlisted_refusals(sent: Span, taken: set[int], reporting: frozenset[str]) -> list[Found]:
    """Clause verbs no entry fired on that a party says it will not do ("would not pay
    ransom"), as acts the refusal rule may make REJECTs; ``taken`` are the tokens of triggers."""
    out = []
    for tok in with_pos(sent, _VERB_POS):
        if tok.i in taken or tok.dep_ not in _REFUSAL_CLAUSES:
            continue
        lem = lemma_of(tok)
        if lem in _NON_ACTS or lem in reporting:
            continue
        kids = list(children_of(tok))
        if not any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "auxpass" for c in kids):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in _REFUSAL_MODALS for c in kids):
            continue
        if not any(c.dep_ == "nsubj" for c in kids):
            continue
        if any(
            c.i in taken or (c.dep_ == "prep" and any(g.i in taken for g in children_of(c)))
            for c in kids
            if c.dep_ != "conj"
        ):
            continue  # "will not attend talks": the talks are the act refused; a conjoined act is one more
        entry = Trigger(lemma=lem, pos="VERB", event=UNLISTED, cameo="120")
        out.append(Found(token=tok, entry=entry, event=UNLISTED, mode=None, end=tok, start_tok=tok, rule=f"{lem}/VERB"))
    return out


# Grammar: adverbs of looking on without acting ("stand idly by", "sit idly by").
_IDLY = frozenset({"idly", "idle"})
IDLE_REFUSED = "+will not stand idly by -> THREATEN"


def idle(tok: Token) -> bool:
    """Whether ``tok`` is a verb of looking on without acting ("stood idly by"): no act, and no
    standing by a party (SUPPORT) either."""
    return tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in _IDLY for c in children_of(tok))


def idle_refusals(sent: Span) -> list[Found]:
    """A party that says it will not stand or sit idly by ("would not sit idly by while its
    citizens were attacked", "will not stand idly by") warns that it will act: THREATEN, its
    mode unnamed (CAMEO 130), on a condition too ("will not sit idly by if the alliance
    expands"). An onlooker told of the past ("the world stood idly by") did nothing."""
    out = []
    for tok in with_pos(sent, _VERB_POS):  # only a verb is idle
        if not idle(tok):
            continue
        kids = list(children_of(tok))
        if not any(c.dep_ == "neg" for c in kids) or not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids):
            continue
        if not any(c.dep_ == "nsubj" for c in kids):
            continue
        entry = Trigger(lemma=lemma_of(tok), pos="VERB", event="THREATEN", cameo="130")
        rule = f"{lemma_of(tok)}/VERB {IDLE_REFUSED}"
        out.append(Found(token=tok, entry=entry, event="THREATEN", mode=None, end=tok, start_tok=tok, rule=rule))
    return out


# Words of an act left without its answer, and the verbs that leave it so ("will not go unpunished",
# "would not be left unanswered").
_UNANSWERED = frozenset({"unanswered", "unpunished", "unavenged", "unchallenged"})
_LEFT_VERBS = frozenset({"go", "remain", "stay", "leave", "be"})
UNANSWERED = "+will not go unanswered -> THREATEN"


def unanswered_acts(sent: Span) -> list[Found]:
    """An act or a party said, in the future, not to go unanswered or unpunished (see the module
    docstring): a THREATEN on the verb, in place of any other reading of it ("would not be left
    unpunished" leaves no place), whose parties :func:`unanswered_threatener` sets."""
    out = []
    for tok in tokens_of(sent):
        if tok.pos_ not in ("VERB", "AUX") or lemma_of(tok) not in _LEFT_VERBS:
            continue
        kids = list(children_of(tok))
        left = next((c for c in kids if c.dep_ in ("acomp", "oprd") and c.lower_ in _UNANSWERED), None)
        if left is None or not any(c.dep_ == "neg" for c in kids):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids):
            continue  # "the raid did not go unanswered": a reprisal told, not threatened
        entry = Trigger(lemma=lemma_of(tok), pos="VERB", event="THREATEN", cameo="130", frame="speech")
        rule = f"{lemma_of(tok)}/VERB {UNANSWERED}"
        out.append(Found(token=tok, entry=entry, event="THREATEN", mode=None, end=left, start_tok=tok, rule=rule))
    return out


def unanswered_threatener(f: Found, party: Callable[[Token | None], list[Mention]]) -> None:
    """The parties of an act said not to go unanswered (see :func:`unanswered_acts`): the speaker
    threatens; the subject, when it names a party rather than its act, is threatened."""
    if UNANSWERED not in f.rule:
        return
    subj = next((c for c in children_of(f.token) if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = [] if subj is None or subj.pos_ == "NOUN" and names_an_act(subj) else party(subj)
    f.negated = f.future = f.hypothetical = False  # the word that no answer will be spared is the threat
    if f.speaker is not None:
        f.actor, f.actor_how = [f.speaker], "speaker"
    elif not named:
        f.actor, f.actor_how = [], "none"
    f.recipient = [m for m in named if not any(a.head == m.head for a in f.actor)]


# Verbs of giving leave for an act; negated, the leave is refused ("did not authorise the march").
_PERMITTING = frozenset({"authorise", "authorize", "approve", "sanction", "license", "permit", "allow", "okay"})
REFUSED_LEAVE = "+leave for an act not given -> REJECT"


def refused_leave(sent: Span, found: list[Found]) -> list[Found]:
    """``found`` with each act a party did not authorise or approve ("the ministry did not authorise
    the march", "said it had not approved the strikes") read as the refusal of leave for it:
    REJECT by the party that gives no leave, the act only named (no event of its own)."""
    by_tok = {f.token.i: f for f in found}
    out = []
    gone: set[int] = set()
    for tok in with_pos(sent, _VERB_POS):
        if lemma_of(tok) not in _PERMITTING or tok.i in by_tok:
            continue
        kids = list(children_of(tok))
        if not any(c.dep_ == "neg" for c in kids) or not any(c.dep_ == "nsubj" for c in kids):
            continue
        obj = _dobj(tok)
        if obj is None or obj.i not in by_tok or obj.pos_ != "NOUN":
            continue
        entry = Trigger(lemma=lemma_of(tok), pos="VERB", event="REJECT", cameo="120", to=("for",))
        rule = f"{lemma_of(tok)}/VERB {REFUSED_LEAVE}"
        out.append(Found(token=tok, entry=entry, event="REJECT", mode=None, end=tok, start_tok=tok, rule=rule))
        gone.add(obj.i)
    if not out:
        return found
    return [f for f in found if f.token.i not in gone] + out


# Verbs of answering another's act; what makes the answer a reprisal ("in kind", "firmly"); the
# modals of what a party will do.
_ANSWERING = frozenset({"respond", "react", "reciprocate", "answer"})
_FIRMLY = frozenset({
    "firmly", "decisively", "forcefully", "strongly", "harshly", "resolutely", "robustly", "severely",
    "appropriately", "accordingly", "proportionately", "swiftly", "immediately", "symmetrically",
})
_WILL = frozenset({"will", "would", "shall", "'ll", "wo"})
VOWED_RESPONSE = "+vowed response -> THREATEN"
# An answer given by force ("would respond with force", "will react militarily"): a threat of violence.
_FORCE_MEANS = frozenset({"force", "arms", "weapon", "firepower"})
_FORCEFULLY = frozenset({"militarily"})


def vowed_responses(sent: Span, taken: set[int]) -> list[Found]:
    """A party that says it will answer another's act in kind or firmly ("would respond in kind",
    "will react decisively", "would reciprocate") threatens a reprisal: THREATEN. An answer with
    no such word ("will respond to the letter") is a reply, and a negated one promises none."""
    out = []
    for tok in with_pos(sent, _VERB_POS):
        if tok.i in taken or lemma_of(tok) not in _ANSWERING:
            continue
        kids = list(children_of(tok))
        if any(c.dep_ == "neg" for c in kids) or not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids):
            continue
        if not any(c.dep_ == "nsubj" for c in kids):
            continue
        in_kind = any(
            c.dep_ == "prep" and c.lower_ == "in" and any(lemma_of(g) == "kind" for g in children_of(c)) for c in kids
        )
        firm = any(c.dep_ == "advmod" and c.lower_ in _FIRMLY for c in kids)
        means = {lemma_of(g) for c in kids if c.dep_ == "prep" and c.lower_ == "with" for g in children_of(c)
                 if g.dep_ == "pobj"}  # fmt: skip
        forceful = bool(means & _FORCE_MEANS) or any(c.dep_ == "advmod" and c.lower_ in _FORCEFULLY for c in kids)
        reprisal = bool(means & (_RETALIATION | _KEPT_MEASURES))
        if not (in_kind or firm or forceful or reprisal
                or (lemma_of(tok) == "reciprocate" and not any(c.dep_ == "dobj" for c in kids))):
            continue
        mode = "violence" if forceful else None  # "would respond with force", "would react militarily"
        entry = Trigger(lemma=lemma_of(tok), pos="VERB", event="THREATEN", mode=mode, cameo="130", to=("to", "against"))
        rule = f"{lemma_of(tok)}/VERB {VOWED_RESPONSE}"
        out.append(Found(token=tok, entry=entry, event="THREATEN", mode=mode, end=tok, start_tok=tok, rule=rule))
    return out


# Verbs that hold options where they are ("kept all options on the table").
_HOLDING_OPTIONS = frozenset({"be", "remain", "keep", "leave", "stay"})
OPTIONS_OPEN = "+all options on the table -> THREATEN violence"


def _table_side(holder: Token) -> str | None:
    """"on" or "off" when ``holder`` puts something on or off the table, else None."""
    for c in children_of(holder):
        if c.dep_ == "prep" and c.lower_ in ("on", "off") and any(
            g.dep_ == "pobj" and lemma_of(g) == "table" for g in children_of(c)
        ):
            return c.lower_
    return None


def options_open(sent: Span, taken: set[int]) -> list[Found]:
    """A speaker who says all options remain on the table, or no option is off it, keeps force in view
    against another party: the diplomatic idiom of a threat of force (THREATEN violence, CAMEO 138),
    the speaker its actor. Options "on the table" in talks ("three options are on the table for the
    budget") name no such resolve: only "all" options, or "no" option off the table, do."""
    out = []
    for tok in with_pos(sent, _NOUN_POS):
        if lemma_of(tok) != "option":
            continue
        holder = tok.head
        dets = {c.lower_ for c in children_of(tok) if c.dep_ in ("det", "predet", "amod")}
        negated = any(c.dep_ == "neg" for c in children_of(holder))
        if _options_not_ruled_out(tok, dets, negated):
            # "no option has been ruled out", "has not ruled out any option": read as the idiom, not a refusal
            out.append(_options_found(tok, holder, next(c for c in children_of(holder) if c.dep_ == "prt")))
            continue
        if holder.i in taken or tok.dep_ not in ("nsubj", "dobj") or lemma_of(holder) not in _HOLDING_OPTIONS:
            continue
        side = _table_side(holder)
        if side is None and "all" in dets and not negated and any(
            c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ == "open" for c in children_of(holder)
        ):
            # "would keep all options open", "all options remain open"
            out.append(_options_found(tok, holder, next(c for c in children_of(holder) if c.lower_ == "open")))
            continue
        if not ((side == "on" and "all" in dets and not negated) or (side == "off" and ("no" in dets or negated))):
            continue
        # the holding verb is the trigger: the clause, not its subject, is what is said
        table = next(
            g for c in children_of(holder) if c.dep_ == "prep" for g in children_of(c) if lemma_of(g) == "table"
        )
        entry = Trigger(lemma=lemma_of(holder), pos="VERB", event="THREATEN", mode="violence", cameo="138",
                        frame="speech")
        out.append(Found(token=holder, entry=entry, event="THREATEN", mode="violence", end=table,
                         start_tok=min(tok, holder, key=lambda t: t.i), rule=f"{lemma_of(holder)}/VERB {OPTIONS_OPEN}"))
    return out


def _options_not_ruled_out(tok: Token, dets: set[str], negated: bool) -> bool:
    """Whether ``tok``, "option", is one no one rules out ("no option has been ruled out")."""
    holder = tok.head
    if lemma_of(holder) != "rule" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(holder)):
        return False
    if tok.dep_ not in ("nsubjpass", "dobj"):
        return False
    # "no option has been ruled out"; "has not ruled out any option": a negated negative verb
    # keeps the options open
    return ("no" in dets and not negated) or (negated and tok.dep_ == "dobj" and "any" in dets)


def _options_found(tok: Token, holder: Token, end: Token) -> Found:
    entry = Trigger(lemma=lemma_of(holder), pos="VERB", event="THREATEN", mode="violence", cameo="138", frame="speech")
    return Found(token=holder, entry=entry, event="THREATEN", mode="violence", end=end,
                 start_tok=min(tok, holder, key=lambda t: t.i), rule=f"{lemma_of(holder)}/VERB {OPTIONS_OPEN}")


def options_speaker(f: Found) -> None:
    """Options that are on the table are the speaker's: the speaker threatens, not the options;
    with no speaker, no one does. A party that keeps them there is its own actor."""
    if OPTIONS_OPEN not in f.rule or f.entry.lemma in ("keep", "leave"):
        return
    if f.entry.lemma == "rule" and f.actor and f.actor_how == "subject":
        return  # "Israel has not ruled out any option": the party that keeps them open threatens
    if f.speaker is None:
        f.event = ""
        return
    f.actor, f.actor_how = [f.speaker], "speaker"
    f.recipient = [m for m in f.recipient if m.head != f.speaker.head]


# Verbs by which a court passes a sentence named by a noun ("handed down a life sentence").
_PASSING = frozenset({"hand", "give", "impose", "pass", "deliver", "issue", "mete"})
PASSED_SENTENCE = "+passed a sentence -> SANCTION convict"


def passed_sentences(sent: Span) -> list[Found]:
    """A sentence passed by a verb of giving or imposing ("a court handed ten-year sentences to
    four reporters", "gave the editor a suspended sentence", "imposed a life sentence on him") is
    the conviction: SANCTION convict, never aid given. The giving verb is the trigger."""
    out = []
    for tok in with_pos(sent, _VERB_POS):
        if lemma_of(tok) not in _PASSING or any(c.dep_ == "neg" for c in children_of(tok)):
            continue
        obj = _passed_sentence(tok)
        if obj is None:
            continue
        entry = Trigger(
            lemma=lemma_of(tok), pos="VERB", event="SANCTION", mode="convict", cameo="116", to=("to", "on")
        )
        rule = f"{lemma_of(tok)}/VERB {PASSED_SENTENCE}"
        first, last = (tok, obj) if tok.i < obj.i else (obj, tok)
        out.append(
            Found(token=tok, entry=entry, event="SANCTION", mode="convict", end=last, start_tok=first, rule=rule)
        )
    return out


def _passed_sentence(verb: Token) -> Token | None:
    """The sentence noun ``verb`` passes: its object ("handed down a life sentence") or its passive
    subject ("heavy sentences were imposed on the organisers")."""
    obj = next((c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
    return obj if obj is not None and lemma_of(obj) == "sentence" else None


# Verbs that enter a party on a list, and the lists that punish those on them: a blacklist, or a list
# named for sanctions or terror ("the sanctions list", "its terrorism list").
_LISTING = frozenset({"put", "place", "add", "include"})
_PUNITIVE_LIST_KINDS = load_word_classes()["sanction"] | {"terror", "terrorism", "terrorist"}
BLACKLISTED = "+put on a punitive list -> SANCTION"


def _punitive_list(noun: Token) -> bool:
    """Whether ``noun`` is a blacklist or a list named for sanctions or terror."""
    if lemma_of(noun) == "blacklist":
        return True
    return lemma_of(noun) == "list" and any(
        c.dep_ in ("compound", "amod") and lemma_of(c) in _PUNITIVE_LIST_KINDS for c in children_of(noun)
    )


def listed_parties(sent: Span, taken: set[int]) -> list[Found]:
    """A party put, placed or added on or to a blacklist or a sanctions list ("added two shipping
    firms to its sanctions list", "was placed on the terrorism blacklist") is sanctioned, as one
    blacklisted is: SANCTION (CAMEO 163). The verb of listing is the trigger."""
    out = []
    for tok in with_pos(sent, _VERB_POS):
        if tok.i in taken or lemma_of(tok) not in _LISTING:
            continue
        if any(c.dep_ == "neg" for c in children_of(tok)):
            continue
        lst = next(
            (g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("on", "to", "onto")
             for g in children_of(c) if g.dep_ == "pobj" and _punitive_list(g)),
            None,
        )
        if lst is None:
            continue
        entry = Trigger(lemma=lemma_of(tok), pos="VERB", event="SANCTION", cameo="163")
        out.append(
            Found(token=tok, entry=entry, event="SANCTION", mode=None, end=lst, start_tok=tok,
                  rule=f"{lemma_of(tok)}/VERB {BLACKLISTED}")
        )
    return out


PUNITIVE_STATEMENT = "+will be punished -> THREATEN"


def punitive_statements(sent: Span, taken: set[int]) -> list[Found]:
    """A speaker's word that a party will be punished, hunted down or brought to justice ("the
    gunmen will be hunted down", "said those responsible would be prosecuted") threatens that
    party, as a vow of it does (:func:`punitive_promise`): THREATEN, the speaker its actor. A
    clause under a trigger (a vow, a warning) is that trigger's; a negated one threatens no one."""
    out = []
    for tok in with_pos(sent, _VERB_POS):
        if tok.i in taken or tok.head.i in taken or not _punishing(tok):
            continue
        kids = list(children_of(tok))
        if not any(c.dep_ == "auxpass" for c in kids) or not any(c.dep_ == "nsubjpass" for c in kids):
            continue
        if any(c.dep_ == "neg" for c in kids) or not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids):
            continue
        subj = next(c for c in kids if c.dep_ == "nsubjpass")
        if lemma_of(subj) in ("nobody", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(subj)):
            continue  # "no one would be punished": an assurance
        entry = Trigger(lemma=lemma_of(tok), pos="VERB", event="THREATEN", cameo="130", frame="speech")
        rule = f"{lemma_of(tok)}/VERB {PUNITIVE_STATEMENT}"
        out.append(Found(token=tok, entry=entry, event="THREATEN", mode=None, end=tok, start_tok=tok, rule=rule))
    return out


# Verbs of keeping a measure on; "keep" and "leave" need "in place" ("kept the sanctions in place").
_MAINTAINING = frozenset({"maintain", "retain", "uphold"})
_KEEPING = frozenset({"keep", "leave"})
_KEPT_VERBS = _MAINTAINING | _KEEPING
_KEPT_MEASURES = load_word_classes()["sanction"] | load_word_classes()["restriction"] | {"measure"}
KEPT_MEASURE = "+measure kept in place -> REJECT yield"


def kept_measures(sent: Span) -> list[Found]:
    """A party that keeps its sanctions or restrictions in place ("would keep sanctions on the
    regime in place", "will maintain its embargo") refuses to ease them: REJECT yield (CAMEO 124),
    not a new measure or a threat of one. The keeping verb is the trigger."""
    out = []
    for tok in with_pos(sent, _VERB_POS):
        lem = lemma_of(tok)
        if lem not in _KEPT_VERBS or any(c.dep_ == "neg" for c in children_of(tok)):
            continue
        obj = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
        if obj is None or lemma_of(obj) not in _KEPT_MEASURES:
            continue
        if lem in _KEEPING and not any(
            t.lower_ == "place" and t.head.lower_ == "in" for t in subtree_of(tok) if t.i > obj.i
        ):
            continue  # "kept a ban on file", "left the ban to the courts"
        entry = Trigger(lemma=lem, pos="VERB", event="REJECT", mode="yield", cameo="124", to=("on", "against"))
        rule = f"{lem}/VERB {KEPT_MEASURE}"
        out.append(Found(token=tok, entry=entry, event="REJECT", mode="yield", end=obj, start_tok=tok, rule=rule))
    return out


# What a party says it will meet another's act with; "force" is a violent answer.
_ANSWERS = _KEPT_MEASURES | load_word_classes()["retaliation"] | {"force"}
MET_WITH = "+will be met with a measure -> THREATEN"


def met_with_measures(sent: Span, found: list[Found]) -> list[Found]:
    """A speaker's word that an act will be met with a measure or force ("any retaliation would
    be met with a matching levy", "an incursion will be met with force") threatens it: THREATEN
    (mode violence for force, restrict for a sanction), the speaker its actor. The act it answers
    is only supposed, and no event; a clause under a trigger (a warning) is that trigger's."""
    taken = {f.token.i for f in found}
    out = []
    for tok in with_pos(sent, _VERB_POS):
        if lemma_of(tok) != "meet" or tok.head.i in taken - {tok.i}:
            continue
        kids = list(children_of(tok))
        if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "neg" for c in kids):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids):
            continue
        answer = next(
            (g for c in kids if c.dep_ == "prep" and c.lower_ == "with" for g in children_of(c)
             if g.dep_ == "pobj" and lemma_of(g) in _ANSWERS),
            None,
        )  # fmt: skip
        subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        if answer is None or subj is None:
            continue
        mode = "violence" if lemma_of(answer) == "force" else (
            "restrict" if lemma_of(answer) in load_word_classes()["sanction"] else None
        )
        entry = Trigger(lemma="meet", pos="VERB", event="THREATEN", mode=mode, cameo="130", frame="speech")
        rule = f"meet/VERB {MET_WITH}"
        out.append(Found(token=tok, entry=entry, event="THREATEN", mode=mode, end=answer, start_tok=tok, rule=rule))
    return out


def without_met_acts(found: list[Found], met: list[Found]) -> list[Found]:
    """``found`` less the acts :func:`met_with_measures` read: the supposed act, the measure and
    the meeting verb itself."""
    gone = {t.i for m in met for c in children_of(m.token) if c.dep_ == "nsubjpass" for t in subtree_of(c)}
    gone |= {m.token.i for m in met} | {m.end.i for m in met}
    return [f for f in found if f.token.i not in gone] + met


FAILED_OUTCOME = "+outcome the talks failed to reach -> AGREE"


def failed_outcomes(sent: Span, found: list[Found]) -> list[Found]:
    """What parties who met or talked "but failed to" do ("spoke by phone but failed to end the
    row", "met for hours but failed to bridge their differences") is the outcome their talks did
    not reach: an agreement, which the refusal rule makes a REJECT. Only after a meeting: "police
    failed to find the bodies" is no refusal."""
    taken = {f.token.i for f in found}
    out = []
    for f in found:
        if f.event != "CONSULT" or f.token.pos_ != "VERB":
            continue
        for c in children_of(f.token):
            if c.dep_ != "conj" or lemma_of(c) not in _FAILURE or any(g.dep_ == "nsubj" for g in children_of(c)):
                continue
            act = next((g for g in children_of(c) if g.dep_ == "xcomp" and g.pos_ == "VERB"), None)
            if act is None or act.i in taken or any(t.i in taken for t in subtree_of(act)):
                continue  # "met but failed to agree": the agreement is a trigger of its own
            entry = Trigger(lemma=lemma_of(act), pos="VERB", event="AGREE", cameo="120")
            rule = f"{lemma_of(act)}/VERB {FAILED_OUTCOME}"
            out.append(Found(token=act, entry=entry, event="AGREE", mode=None, end=act, start_tok=act, rule=rule))
    return out


# Grammar: the marks of a condition another party must meet ("unless", "until"; "if" only with
# "only"); the modals of a party's stance on its own future act.
_DEMANDING_MARKS = frozenset({"unless", "until"})
_REFUSING = frozenset({"refuse", "decline"})
_STANCE_MODALS = frozenset({"will", "would", "shall", "'ll", "wo", "'d"})
# Verbs of being, knowing or happening that tell no act asked of anyone ("until the government
# falls" is no demand); verbs of giving, stopping or changing are acts asked for.
_NO_ASKED_ACT = _NON_ACTS - {"stop", "give", "change", "make", "let", "do", "go", "come", "get"}
DEMANDED_CONDITION = "+condition set on another party -> REQUEST"


def demanded_condition(verb: Token) -> Token | None:
    """The verb of a condition that ``verb``, a party's refusal or a measure it keeps, sets on
    another party ("will not resume talks unless the rebels free the hostages", "would keep its
    tariffs until Ostria lifts its duties", "would return only if the junta freed the monks"),
    else None. A threat on a condition ("threatened to strike unless...") is the threat; a
    narrated past ("the army stayed until the rebels left") sets no term, and neither does "even
    if"."""
    kids = list(children_of(verb))
    modal = any(c.dep_ == "aux" and c.lower_ in _STANCE_MODALS for c in kids)
    refused = (any(c.dep_ == "neg" for c in kids) and modal) or lemma_of(verb) in _REFUSING or (
        verb.dep_ == "xcomp" and lemma_of(verb.head) in _REFUSING
    )
    kept = modal and lemma_of(verb) in _KEPT_VERBS and _dobj(verb) is not None  # not "would keep fighting"
    for c in kids:
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX"):
            continue
        ckids = list(children_of(c))
        marks = {g.lower_ for g in ckids if g.dep_ == "mark"}
        only_if = modal and "if" in marks and any(g.dep_ == "advmod" and g.lower_ == "only" for g in ckids)
        if not ((marks & _DEMANDING_MARKS and (refused or kept)) or only_if):
            continue
        if any(g.dep_ in ("neg", "auxpass", "nsubjpass") for g in ckids) or lemma_of(c) in _NO_ASKED_ACT:
            continue  # "unless the ransom is paid": no party asked; "until it is safe": no act
        if any(g.dep_ == "nsubj" for g in ckids):
            return c
    return None


def demanded_conditions(
    sent: Span,
    found: list[Found],
    subject: Callable[[Token], list[Mention]],
    acted_on: Callable[[Token | None], list[Mention]],
    mode_of: Callable[[Token], str | None],
) -> list[Found]:
    """A condition a party sets on another for its own act (see :func:`demanded_condition`) is a
    demand on that party: REQUEST, the party that sets it the actor, the subject of the condition
    the recipient, whatever the act it is set on codes as. The condition's own act is only asked
    for (the caller drops it)."""
    acts = {f.token.i for f in found}
    out = []
    for verb in with_pos(sent, _VERB_AUX_POS):
        cond = demanded_condition(verb)
        if cond is None or (cond.i not in acts and _dobj(cond) is None and not any(
            c.dep_ in ("xcomp", "prep", "prt") for c in children_of(cond)
        )):
            continue  # "until the government falls": no act asked for
        setter = subject(verb)
        if not setter and verb.dep_ in ("xcomp", "acl"):
            setter = subject(verb.head)
        asked_tok = next((c for c in children_of(cond) if c.dep_ == "nsubj"), None)
        if asked_tok is not None and any(c.dep_ == "poss" and c.lower_ in _OWN for c in children_of(asked_tok)):
            continue  # "until its troops clear the zone": the setter's own side is asked nothing
        asked = acted_on(asked_tok)
        own = {m.head for m in setter} | {m.actor.text.lower() for m in setter}
        own |= {x for m in setter for x in (m.actor.kb_id, m.actor.country) if x}
        asked = [
            m for m in asked
            if m.head not in own and m.actor.text.lower() not in own and not ({m.actor.kb_id, m.actor.country} & own)
        ]  # "until its troops clear the zone": the setter's own side is asked nothing
        if not setter or not asked:
            continue
        start = next((c for c in children_of(cond) if c.dep_ == "mark"), cond)
        entry = Trigger(lemma=lemma_of(cond), pos="VERB", event="REQUEST", cameo="020", frame="speech")
        f = Found(token=cond, entry=entry, event="REQUEST", mode=mode_of(cond), end=cond, start_tok=start,
                  rule=f"{lemma_of(cond)}/VERB {DEMANDED_CONDITION}")  # fmt: skip
        f.actor, f.actor_how, f.recipient, f.content = setter, "condition_setter", asked, cond
        out.append(f)
    return out


DONE_IN_PROTEST = "+done in protest -> PROTEST"
# The sectors of a state: what an office does "in protest" is its own act or a disapproval
# (ACCUSE), never a crowd's protest (PLOVER PROTEST is civil society's).
_STATE_PROTESTERS = frozenset({"GOV", "ELI", "IGO", "LEG", "JUD", "MIL"})


def deeds_in_protest(sent: Span, taken: set[int]) -> list[Found]:
    """Clause verbs no entry fired on that a party does "in protest" ("traders shut their shops
    in protest at the levy", "students walked out of class in protest"): the deed is the
    protest, a PROTEST by its subject (the phrase itself is an idiom, no trigger of its own);
    ``taken`` are the tokens of triggers, whose own events stand."""
    out = []
    for verb in {v.i: v for p in tokens_of(sent) if (v := _done_in_protest(p)) is not None}.values():
        if verb.i in taken or lemma_of(verb) in _NON_ACTS:
            continue
        kids = list(children_of(verb))
        if not any(c.dep_ == "nsubj" for c in kids) or any(c.dep_ in ("auxpass", "neg") for c in kids):
            continue
        obj = _dobj(verb)
        if obj is not None and obj.i in taken:
            continue  # "recalled its envoy in protest": the act named by the object stands
        entry = Trigger(lemma=lemma_of(verb), pos="VERB", event="PROTEST", cameo="140", to=("against", "at", "over"))
        rule = f"{lemma_of(verb)}/VERB {DONE_IN_PROTEST}"
        out.append(Found(token=verb, entry=entry, event="PROTEST", mode=None, end=verb, start_tok=verb, rule=rule))
    return out


def _done_in_protest(tok: Token) -> Token | None:
    """The verb whose deed ``tok``, the noun of "in protest", says was a protest; the parser may
    hang the phrase on that verb's object or on a phrase of time ("shut their shops for a day in
    protest"), which it climbs."""
    if lemma_of(tok) != "protest" or tok.dep_ != "pobj" or lemma_of(tok.head) != "in":
        return None
    cur = tok.head.head
    while cur.pos_ != "VERB" and cur.dep_ in ("dobj", "pobj", "prep", "npadvmod") and cur.head.i != cur.i:
        cur = cur.head
    return cur if cur.pos_ == "VERB" else None


JOINT_DEED = "+done jointly -> COOPERATE"
# Adverbs that make a deed one its doers do as one ("jointly built", "built the road together").
_JOINTLY = frozenset({"jointly", "together"})
# Nouns of "in cooperation with": the deed is done with that party.
_IN_COOPERATION = frozenset(
    {"cooperation", "co-operation", "collaboration", "partnership", "coordination", "conjunction"}
)
# Verbs that "together" completes as a particle of assembling ("put together a plan", "brought
# together the rivals"): nothing is done jointly.
_ASSEMBLING = frozenset({"put", "bring", "pull", "piece", "cobble", "hold", "tie", "stitch", "knit", "band", "get"})


def joint_deeds(sent: Span, taken: set[int], reporting: frozenset[str]) -> list[Found]:
    """Clause verbs no entry fired on that parties do jointly, together or in cooperation with
    another ("Kenya and Ethiopia jointly opened the power line", "the army cleared the forest in
    cooperation with Togolese troops"): the deed is material cooperation, COOPERATE by its
    subject, the "with" party the recipient. ``taken`` are the tokens of triggers, whose own
    events stand; verbs of being, saying and reporting are no deeds, a deed has an object ("sat
    together" is none), and a present simple deed ("jointly own the mine") is a standing
    arrangement."""
    out = []
    for verb in tokens_of(sent):
        if verb.pos_ != "VERB" or verb.i in taken or verb.tag_ in ("VBZ", "VBP"):
            continue
        if lemma_of(verb) in _NON_ACTS or lemma_of(verb) in reporting or lemma_of(verb) in _ASSEMBLING:
            continue
        kids = list(children_of(verb))
        if not any(c.dep_ == "nsubj" for c in kids) or any(c.dep_ in ("auxpass", "neg") for c in kids):
            continue
        if not any(_joint_marker(c) for c in kids):
            continue
        obj = _dobj(verb)
        if obj is None or obj.i in taken:
            continue  # a deed on something ("sat together" is none); "jointly signed the accord": the act stands
        entry = Trigger(lemma=lemma_of(verb), pos="VERB", event="COOPERATE", cameo="060", to=("with",))
        rule = f"{lemma_of(verb)}/VERB {JOINT_DEED}"
        out.append(Found(token=verb, entry=entry, event="COOPERATE", mode=None, end=verb, start_tok=verb, rule=rule))
    return out


def _joint_marker(c: Token) -> bool:
    """Whether the verb's child ``c`` says the deed is joint: "jointly", "together" ("together
    with"), or "in cooperation with"."""
    if c.dep_ == "advmod" and c.lower_ in _JOINTLY:
        return True
    if c.dep_ != "prep":
        return False
    if c.lower_ == "with" and any(g.dep_ == "advmod" and g.lower_ in _JOINTLY for g in children_of(c)):
        return True
    if c.lower_ != "in":
        return False
    noun = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
    return (
        noun is not None
        and lemma_of(noun) in _IN_COOPERATION
        and any(g.dep_ == "prep" and g.lower_ == "with" for g in children_of(noun))
    )


SHARED_DRILLS = "+drills of two parties -> COOPERATE"
# Nouns of military practice; held by two or more parties together, they are joint whatever they
# are called (PLOVER COOPERATE: joint military games and manoeuvres).
_DRILLS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame", "war-game", "war-games"})


def shared_drills(sent: Span, taken: set[int]) -> list[Found]:
    """Drills or exercises no entry fired on that two or more parties hold ("Chile and Peru began
    their annual naval drills", "exercises between the Greek and Egyptian navies"): military
    cooperation, COOPERATE by the parties. Drills of one party are its own readiness, left to
    the lexicon; ``taken`` are the tokens of triggers."""
    out = []
    for noun in tokens_of(sent):
        if noun.pos_ != "NOUN" or noun.i in taken or lemma_of(noun) not in _DRILLS:
            continue
        if not _held_by_several(noun):
            continue
        entry = Trigger(lemma=lemma_of(noun), pos="NOUN", event="COOPERATE", cameo="062", to=("with", "between"),
                        context=("military",))  # fmt: skip
        rule = f"{lemma_of(noun)}/NOUN {SHARED_DRILLS}"
        out.append(Found(token=noun, entry=entry, event="COOPERATE", mode=None, end=noun, start_tok=noun, rule=rule))
    return out


def _held_by_several(noun: Token) -> bool:
    """Whether drills are named with two parties: "between" two, or the coordinated subject of
    the verb that holds them ("Chile and Peru held drills") or of drills as subject."""
    kids = list(children_of(noun))
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in kids):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return False
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return False
    subj = next((c for c in children_of(noun.head) if c.dep_ == "nsubj"), None)
    return subj is not None and any(c.dep_ == "conj" for c in children_of(subj))


def protest_by_a_state(f: Found) -> None:
    """A deed done in protest by a state's office (:func:`deeds_in_protest`) is no crowd's protest."""
    if DONE_IN_PROTEST in f.rule and f.actor and f.actor[0].actor.sector in _STATE_PROTESTERS:
        f.event = ""


def _failed(chain: list[Token]) -> bool:
    return any(lemma_of(t) in _FAILURE | _INCAPABLE for t in chain[1:]) or _stopped_short(chain[0])


# Grammar: adjectives of not being able ("were unable to agree"); the modals of ability, which
# negated tell that an act did not or will not come about ("could not agree", "cannot accept").
_INCAPABLE = frozenset({"unable"})
_ABILITY = frozenset({"could", "can", "ca"})


def _stopped_short(tok: Token) -> bool:
    """Whether ``tok`` is an act a party "stopped short of" ("stopped short of recognising the
    state", "stopped short of sanctions"): it went near the act but did not do it."""
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ != "of":
        return False
    short = tok.head.head
    return short.lower_ == "short" and lemma_of(short.head) in ("stop", "fall")


def cannot(chain: list[Token]) -> bool:
    """Whether the act of ``chain`` is told as beyond its doer ("the two sides could not agree",
    "Kyiv cannot accept the plan"): a negated modal of ability on the act's own verb, with no
    condition. For a cooperative act it is a failure or a refusal, not a supposition."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or _conditioned(chain):
        return False
    kids = list(children_of(verb))
    return any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in _ABILITY for c in kids)


def _conditioned(chain: list[Token]) -> bool:
    return any(
        c.dep_ == "advcl" and any(lemma_of(m) in _CONDITIONS for m in children_of(c) if m.dep_ == "mark")
        for t in chain
        for c in children_of(t)
    )


# Hostile acts a party may refuse to rule out, and the THREATEN mode of each.
_RULED_OUT_THREATS = {"ASSAULT": "violence", "SANCTION": "restrict", "COERCE": "restrict", "MOBILIZE": "violence"}
NOT_RULED_OUT = "+not ruled out -> THREATEN"


def not_ruled_out(f: Found, content: Found | None) -> None:
    """A negated "rule out" of a hostile act ("would not rule out new sanctions") threatens the
    act (see the module docstring)."""
    if f.event != "REJECT" or not f.negated or f.entry.lemma != "rule" or content is None or f.hypothetical:
        return
    mode = _RULED_OUT_THREATS.get(content.event)
    if mode is None or not f.actor:
        return
    f.event, f.mode, f.negated, f.future = "THREATEN", mode, False, False
    f.rule += " " + NOT_RULED_OUT


def apply(f: Found, chain: list[Token]) -> bool:
    """Rewrite ``f`` by the first construction that applies (see the module docstring); True
    when ``f`` became a REJECT, a THREATEN or a promised restraint (CONCEDE)."""
    if REFUSED_LEAVE in f.rule:
        f.negated = f.future = False  # the leave not given is the refusal
        return True
    if OPTIONS_OPEN in f.rule and f.entry.lemma == "rule":
        f.negated = False  # "has not ruled out any option": not ruling them out is keeping them open
        return True
    if IDLE_REFUSED in f.rule:
        f.negated = f.future = f.hypothetical = False  # the refusal to look on is the warning
        return True
    if UNANSWERED in f.rule:
        f.negated = f.future = f.hypothetical = False  # no answer spared is the warning
        return True
    failed = _failed(chain)
    if f.hypothetical and f.event in COOPERATIVE_REFUSAL and cannot(chain):
        f.hypothetical = False  # "could not agree on a date": the agreement did not come
    if (f.negated or failed) and f.actor and _conditioned(chain) and not f.hypothetical:
        f.event, f.mode, f.negated, f.future = "THREATEN", None, False, False
        f.rule += " +negated unless -> THREATEN"
        return True
    if (
        f.event == UNLISTED
        and f.negated
        and f.actor
        and f.actor_how not in ("subject_unresolved", "light_verb_subject_unresolved", "none")
        and not f.hypothetical
    ):
        f.event, f.mode, f.negated, f.future = "REJECT", None, False, False
        f.rule += " +refused unlisted act -> REJECT"
        return True
    if (
        f.negated
        and f.future
        and f.event in _RESTRAINED | {"PROTEST"}
        and f.entry.pos == "NOUN"
        and f.actor
        and not f.hypothetical
        and any(lemma_of(t) in _TOLERATION for t in chain[1:])
    ):
        # "would not tolerate attacks on police": the act is another's, and the actor warns
        f.event, f.mode, f.negated, f.future = "THREATEN", None, False, False
        f.rule += " +will not tolerate -> THREATEN"
        return True
    if (
        f.negated
        and f.future
        and not failed
        and f.event in _RESTRAINED
        and f.actor
        and f.actor_how not in ("subject_unresolved", "light_verb_subject_unresolved", "none")
        and not f.hypothetical
        and not _conditioned(chain)
    ):
        # "police will not beat protesters", "said it would not arrest the strikers": a promise
        # that a hostile act will not happen is a concession (PLOVER manual, CONCEDE)
        f.event, f.mode, f.negated, f.future = "CONCEDE", None, False, False
        f.rule += " " + PROMISED_RESTRAINT
        return True
    if (f.negated or failed) and f.event in COOPERATIVE_REFUSAL and f.actor and not f.hypothetical:
        f.mode = COOPERATIVE_REFUSAL[f.event]
        f.event, f.negated, f.future = "REJECT", False, False
        f.rule += " +refused -> REJECT"
        return True
    if failed:
        f.negated = True  # "failed to capture the town": it did not happen
    return False


def settle_commitment(f: Found) -> None:
    """A commitment, or a refusal to ease a measure ("will keep the sanctions in place"), told of
    the future is made now."""
    if f.event in _COMMITMENTS or KEPT_MEASURE in f.rule:
        f.future = False


def command(order: Found, content: Found) -> None:
    """An order takes the category of the material act it orders (see the module docstring);
    an order of another reading ("ordered an inquiry into the shooting") keeps its own."""
    if (
        order.entry.lemma in _COMMAND_VERBS
        and order.entry.pos == "VERB"
        and order.entry.event == "REQUEST"
        and content.event in _ORDERED_ACTS
        and _ordered_part(order.token, content.token)
    ):
        order.event, order.mode = content.event, content.mode
        order.rule += f" +ordered {content.event} -> {content.event}"


# Grammar: the relations of what an order orders (its object and complement); an adjunct clause
# ("citing a wave of attacks") tells why.
_ORDERED_PARTS = frozenset({"dobj", "xcomp", "ccomp", "dative", "prep", "oprd"})


def _ordered_part(verb: Token, tok: Token) -> bool:
    """Whether ``tok`` stands in what ``verb`` orders, not in an adjunct giving the reason
    ("ordered the workers to leave, citing a wave of attacks": the attacks are not ordered)."""
    cur = tok
    while cur.head.i != cur.i and cur.head.i != verb.i:
        cur = cur.head
    return cur.head.i == verb.i and (cur.i == verb.i or cur.dep_ in _ORDERED_PARTS)


# Outsiders a state can send away as a body, as it sends envoys: monitors, peacekeepers, aid
# agencies and missions (PLOVER SANCTION expel, CAMEO 1661-1663); people ordered out of a country
# are deported (PLOVER COERCE deport: "ordered two foreign reporters to leave the country").
_SENT_AWAY = (
    load_word_classes()["monitor"]
    | load_word_classes()["peacekeeper"]
    | load_word_classes()["aid_agency"]
    | {"mission", "office", "team"}
)
_DEPORTED = load_word_classes()["person"] | load_word_classes()["displaced"] | {"immigrant"}
_COUNTRY_WORDS = frozenset({"country", "territory"})


def _leaves_a_country(leave: Token, *, unsaid: bool) -> bool:
    """Whether the leaving ``leave`` tells is out of a country: "the country", a state's name, or,
    when ``unsaid`` is true, no place named ("ordered the observers to leave within two days")."""
    from ..knowledge.countries import country_code

    place = next((c for c in children_of(leave) if c.dep_ == "dobj"), None)
    if place is None:
        return unsaid
    name = " ".join([c.text for c in place.lefts if c.dep_ == "compound"] + [place.text])
    return lemma_of(place) in _COUNTRY_WORDS or country_code(name) is not None


def expulsion_by_order(order: Found, diplomats: frozenset[str]) -> None:
    """ "ordered the envoy to leave (the country)": SANCTION expel; so are monitors, peacekeepers
    and aid agencies ordered out of a country, and people ordered out of it are deported."""
    if order.entry.lemma not in _COMMAND_VERBS or order.event != "REQUEST":
        return
    obj = next((c for c in children_of(order.token) if c.dep_ == "dobj"), None)
    leave = next((c for c in children_of(order.token) if c.dep_ in ("xcomp", "ccomp") and lemma_of(c) == "leave"), None)
    if leave is not None and obj is None:
        obj = next((c for c in children_of(leave) if c.dep_ == "nsubj"), None)
    if leave is None or obj is None:
        return
    if lemma_of(obj) in diplomats or (lemma_of(obj) in _SENT_AWAY and _leaves_a_country(leave, unsaid=True)):
        order.event, order.mode = "SANCTION", "expel"
        order.rule += " +ordered to leave -> SANCTION expel"
    elif lemma_of(obj) in _DEPORTED and _leaves_a_country(leave, unsaid=False):
        order.event, order.mode = "COERCE", "deport"
        order.rule += " +ordered to leave the country -> COERCE deport"


# Verbs (with their particle) of a meeting that comes to nothing: "the talks collapsed".
_COLLAPSING = frozenset({"collapse", "fail", "stall", "founder", "falter", "break down", "fall apart", "fall through"})
COLLAPSED_TALKS = "+talks collapsed -> REJECT"


def collapsed_talks(f: Found) -> None:
    """Talks or negotiations that collapse, break down or fail ("the negotiations broke down on
    Tuesday") are the parties' rejection of each other's terms: REJECT meet, the parties of the
    talks its actors. Talks that go on or end in a deal are left alone."""
    if f.event != "CONSULT" or f.entry.pos != "NOUN" or f.token.dep_ != "nsubj":
        return
    verb = f.token.head
    particle = next((lemma_of(c) for c in children_of(verb) if c.dep_ == "prt"), None)
    if not {lemma_of(verb), f"{lemma_of(verb)} {particle}"} & _COLLAPSING:
        return
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return
    f.event, f.mode = "REJECT", "meet"
    if not f.actor and f.recipient:
        f.actor, f.recipient = f.recipient, []
    f.rule += " " + COLLAPSED_TALKS


_TALKS_NOUNS = load_word_classes()["talks"]
HOSTED_TALKS = "+hosted talks between others -> third-party"


def hosted_talks(f: Found) -> None:
    """A party that hosts talks between others ("Oman hosted talks between Iran and the United
    States") is the third party on whose ground they meet: CONSULT third-party (CAMEO 044), the
    host acting on the parties it brings together, not a host received by a visitor. Talks it
    holds with a party itself ("hosted talks with the Saudi king") stay a visit."""
    if f.event != "CONSULT" or f.entry.lemma != "host" or f.entry.pos != "VERB":
        return
    obj = next((c for c in children_of(f.token) if c.dep_ == "dobj"), None)
    if obj is None or lemma_of(obj) not in _TALKS_NOUNS:
        return
    # the talks themselves, or what a round of them is of ("a round of negotiations between...")
    talks = [obj] + [g for p in children_of(obj) if p.lower_ == "of" for g in children_of(p) if g.dep_ == "pobj"]
    if not any(c.dep_ == "prep" and c.lower_ == "between" for t in talks for c in children_of(t)):
        return
    f.mode = "third-party"
    f.rule += " " + HOSTED_TALKS


# Verbs whose subject takes part in the meeting its object names; prepositions of what is said
# or done within a meeting.
_ATTENDING = frozenset({"attend", "join"})
_WITHIN = frozenset({"in", "during", "over"})
MEETING_IN_CLAUSE = "+parties of the clause"


def meeting_in_clause(
    f: Found, subject_of: Callable[[Token], list[Mention]], parties: Callable[[Token], list[Mention]]
) -> None:
    """The parties of a meeting named by a noun from the clause that holds it: whoever attends or
    joins it takes part ("the Kenyan minister attended an AU summit": with the bloc its noun
    names); whoever speaks to another in it meets that party ("told his counterpart in a phone
    call", "assured them during a meeting"), all of them actors. ``subject_of`` gives the parties
    of a verb's subject, ``parties`` those a token names."""
    if f.event != "CONSULT" or f.entry.pos != "NOUN":
        return
    noun, head = f.token, f.token.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and lemma_of(head) in _ATTENDING:
        attenders = [m for m in subject_of(head) if m.head not in {a.head for a in f.actor}]
        if attenders:
            f.actor = attenders + f.actor
            f.rule += " " + MEETING_IN_CLAUSE
        return
    if f.actor or noun.dep_ != "pobj" or lemma_of(head) not in _WITHIN or head.head.pos_ != "VERB":
        return
    verb = head.head
    speakers = subject_of(verb)
    addressed = [m for c in children_of(verb) if c.dep_ in ("dobj", "dative") for m in parties(c)]
    if speakers and addressed:
        f.actor, f.recipient = speakers + addressed, []
        f.rule += " " + MEETING_IN_CLAUSE


# Penalties a party is told it will face, and the mode of the threat of each ("or face arrest").
_PENALTY_MODES: dict[str, str | None] = {
    "arrest": "arrest", "detention": "arrest", "jail": "arrest", "prison": "arrest", "imprisonment": "arrest",
    "prosecution": "arrest", "charge": "arrest", "trial": "arrest",
    "deportation": "expel", "expulsion": "expel", "eviction": "expel",
    "fine": "restrict", "penalty": "restrict", "sanction": "restrict", "punishment": None, "consequence": None,
}
# Grammar: words between "face" and its penalty ("face immediate arrest", "face the consequences").
_PENALTY_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "advmod"})
ULTIMATUM = "+ordered or face a penalty -> THREATEN"


def faced_penalty(clause: Token) -> Token | None:
    """The penalty a "face" in ``clause`` names ("to leave by Friday or face arrest"), else None.
    The parser may take such a "face" for a noun; the penalty is then the next word that is not
    its modifier."""
    for t in subtree_of(clause):
        if lemma_of(t) != "face" and t.lower_ != "face":
            continue
        if t.pos_ in ("VERB", "AUX"):
            pens = [c for c in children_of(t) if c.dep_ == "dobj"]
        else:
            nxt = next((u for u in t.doc[t.i + 1: t.i + 5] if u.dep_ not in _PENALTY_MODIFIERS), None)
            pens = [nxt] if nxt is not None else []
        for p in pens:
            if lemma_of(p) in _PENALTY_MODES:
                return p
    return None


FACED_PENALTY = "+will face a penalty -> THREATEN"
_MAY = frozenset({"will", "would", "shall", "'ll", "could", "may", "might"})


def faced_penalties(sent: Span, taken: set[int]) -> list[Found]:
    """A clause that tells that a party will face a penalty ("the organisers would face
    prosecution", "protesters could face arrest"): told by a speaker, a threat of it, whose actor
    :func:`penalty_threatener` makes the speaker and whose recipient the party to face it."""
    out = []
    for tok in with_pos(sent, _VERB_POS):
        if tok.i in taken or lemma_of(tok) not in ("face", "pay", "bear") or tok.dep_ != "ccomp":
            continue
        kids = list(children_of(tok))
        if any(c.dep_ == "neg" for c in kids) or not any(c.dep_ == "aux" and c.lower_ in _MAY for c in kids):
            continue
        if lemma_of(tok) == "pay":
            out += _price_paid(tok, kids)
            continue
        if lemma_of(tok) == "bear":
            out += _blame_borne(tok, kids)
            continue
        pen = next((c for c in kids if c.dep_ == "dobj" and lemma_of(c) in _PENALTY_MODES), None)
        if pen is None or not any(c.dep_ == "nsubj" for c in kids):
            continue
        entry = Trigger(lemma="face", pos="VERB", event="THREATEN", mode=_PENALTY_MODES[lemma_of(pen)], cameo="130")
        rule = f"face/VERB {FACED_PENALTY}"
        out.append(Found(token=tok, entry=entry, event="THREATEN", mode=entry.mode, end=pen, start_tok=tok, rule=rule))
    return out


# What makes a price paid a reckoning ("a heavy price", "a steep price").
_HEAVY = frozenset({"heavy", "steep", "terrible", "bitter"})


def _price_paid(pay: Token, kids: list[Token]) -> list[Found]:
    """The penalty of "would pay a heavy price", "will pay dearly": the idiom of a reckoning to
    come, told by a speaker of another party, is a penalty it will face (mode unnamed)."""
    price = next((c for c in kids if c.dep_ == "dobj" and lemma_of(c) == "price"), None)
    dearly = next((c for c in kids if c.dep_ == "advmod" and c.lower_ == "dearly"), None)
    end = price or dearly
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if end is None or subj is None or subj.pos_ == "PRON":
        return []  # "said they would pay a heavy price": most often the speaker's own cost
    if price is not None and (
        any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(price))
        or any(c.dep_ == "amod" and c.lower_ not in _HEAVY for c in children_of(price))
    ):
        return []  # "would pay the price of peace", "a higher price for fuel": a cost, not a penalty
    entry = Trigger(lemma="pay", pos="VERB", event="THREATEN", cameo="130")
    rule = f"pay/VERB {FACED_PENALTY}"
    return [Found(token=pay, entry=entry, event="THREATEN", mode=None, end=end, start_tok=pay, rule=rule)]


def _blame_borne(bear: Token, kids: list[Token]) -> list[Found]:
    """The reckoning of "would bear full responsibility for the consequences": a speaker who says
    another party will answer for what follows warns it (mode unnamed). Responsibility borne for
    a task ("will bear responsibility for security") or by the speaker's own side is no threat."""
    duty = next((c for c in kids if c.dep_ == "dobj" and lemma_of(c) == "responsibility"), None)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if duty is None or subj is None or subj.pos_ == "PRON":
        return []
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(subj)):
        return []  # "his government would bear responsibility": the speaker's own side
    what = [g for p in children_of(duty) if p.dep_ == "prep" and p.lower_ == "for" for g in children_of(p)
            if g.dep_ == "pobj"]  # fmt: skip
    if not what or not any(lemma_of(g) in _RECKONINGS for g in what):
        return []
    entry = Trigger(lemma="bear", pos="VERB", event="THREATEN", cameo="130")
    rule = f"bear/VERB {FACED_PENALTY}"
    return [Found(token=bear, entry=entry, event="THREATEN", mode=None, end=duty, start_tok=bear, rule=rule)]


# What a party is warned it will answer for: what follows from its act, not a task it holds.
_RECKONINGS = frozenset({"consequence", "escalation", "repercussion", "fallout"})


def penalty_threatener(f: Found) -> None:
    """The speaker of a penalty faced threatens whoever is to face it (see :func:`faced_penalties`);
    with no speaker other than that party, no one does."""
    if FACED_PENALTY not in f.rule:
        return
    if f.speaker is None or any(m.head == f.speaker.head for m in f.actor):
        f.event = ""  # "we could face sanctions": a fear, not a threat
        return
    f.actor, f.recipient, f.actor_how = [f.speaker], f.actor, "speaker"


def ultimatum(order: Found) -> Token | None:
    """An order with a penalty for not obeying it ("ordered the migrants to leave the region by
    Friday or face arrest", "told the traders to close their stalls or face fines") threatens the
    party ordered: THREATEN, its mode the penalty's. Returns the penalty, which is no act of its own."""
    if order.entry.lemma not in _COMMAND_VERBS | {"tell"} or order.entry.pos != "VERB":
        return None
    if order.entry.event != "REQUEST" or any(c.dep_ == "neg" for c in children_of(order.token)):
        return None
    for c in children_of(order.token):
        if c.dep_ not in ("xcomp", "ccomp"):
            continue
        pen = faced_penalty(c)
        if pen is not None:
            order.event, order.mode = "THREATEN", _PENALTY_MODES[lemma_of(pen)]
            order.rule += " " + ULTIMATUM
            return pen
    return None


# Verbs of keeping someone out, and of going in or travelling, whose "-ing" after "from" says
# from what: "barred the generals from entering".
_BARRING = frozenset({"bar", "ban", "prohibit", "forbid", "block"})
_ENTERING = frozenset({"enter", "travel", "visit", "come", "return", "land", "transit"})
# Sectors of a state's office-holders and elites, whom travel bans single out.
_OFFICE_HOLDERS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "ELI", "BUS", "MED"})
ENTRY_BAN = "+barred from entering -> SANCTION"


def _from_entering(tok: Token) -> bool:
    """Whether ``tok`` has a "from" whose "-ing" clause is going in or travelling."""
    return any(
        g.dep_ in ("pcomp", "pobj") and lemma_of(g) in _ENTERING
        for c in children_of(tok)
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in children_of(c)
    )


def entry_ban(f: Found) -> None:
    """A state's officials or elites barred by another state from entering or travelling are
    under a travel ban: SANCTION (see the module docstring)."""
    if f.event != "COERCE" or f.entry.pos != "VERB" or lemma_of(f.token) not in _BARRING:
        return
    if not f.actor or not f.recipient or not _from_entering(f.token):
        return
    own = f.actor[0].actor.country
    foreign = [m for m in f.recipient if m.actor.country is not None and m.actor.country != own]
    if own is None or not any(m.actor.sector in _OFFICE_HOLDERS for m in foreign):
        return  # its own people, or people no state names: a restriction, not a sanction
    f.event, f.mode = "SANCTION", "discontinue"
    f.rule += " " + ENTRY_BAN


# Verbs of firing, the prepositions of where a shot goes, and bodies of water, where it hits no one.
_FIRING = frozenset({"fire", "launch"})
_TOWARDS = frozenset({"into", "at", "toward", "towards", "onto"})
_WATERS = frozenset({"sea", "ocean", "water", "waters", "gulf", "bay"})
_WEAPONS = load_word_classes()["weapon"]
INTO_THE_SEA = "+fired into the sea -> MOBILIZE weapons"


def launch_into_the_sea(f: Found) -> None:
    """Weapons fired into the sea, with no party hit, are a test: MOBILIZE weapons (see the
    module docstring)."""
    if f.event != "ASSAULT" or f.entry.pos != "VERB" or lemma_of(f.token) not in _FIRING or f.recipient:
        return
    kids = children_of(f.token)
    if not any(c.dep_ == "dobj" and lemma_of(c) in _WEAPONS for c in kids):
        return
    if any(c.dep_ == "advcl" and any(g.dep_ == "dobj" for g in children_of(c)) for c in kids):
        return  # "fired a missile into the gulf, hitting a tanker": what it hit is told
    ends = [g for c in kids if c.dep_ == "prep" and c.lower_ in _TOWARDS for g in children_of(c) if g.dep_ == "pobj"]
    if ends and all(lemma_of(g) in _WATERS for g in ends):
        f.event, f.mode = "MOBILIZE", "weapons"
        f.rule += " " + INTO_THE_SEA


# The machines of war a force moves (ships, aircraft, armour, weapon systems), not its people.
_WAR_MACHINES = load_word_classes()["war_machine"]
MACHINES_MOVED = "+machines of war moved -> MOBILIZE weapons"


def machines_mobilised(f: Found) -> None:
    """A force that sends, scrambles or moves ships, aircraft or weapon systems readies weapons:
    MOBILIZE weapons, not troops ("sent two frigates to the strait", "scrambled fighter jets"),
    as the PLOVER manual codes the mobilising of ships and vehicles. People moved with them
    ("sent troops and tanks") keep the troops mode."""
    if f.event != "MOBILIZE" or f.mode != "troops" or f.entry.pos != "VERB":
        return
    obj = _dobj(f.token)
    if obj is None:
        return
    moved = [obj]
    while (nxt := next((c for c in children_of(moved[-1]) if c.dep_ == "conj"), None)) is not None:
        moved.append(nxt)
    if all(lemma_of(t) in _WAR_MACHINES for t in moved):
        f.mode = "weapons"
        f.rule += " " + MACHINES_MOVED


# Grammar: the words that tell what a ship, plane or lorry carries ("carrying flour", "laden with
# medicine", "ships with fuel"); the goods of aid.
_CARRYING = frozenset({"carry", "load", "lade", "laden", "ferry", "transport", "bear", "with"})
_AID_GOODS = load_word_classes()["aid_goods"]
AID_CARRIED = "+aid carried -> AID"


def _carried_goods(vessel: Token) -> list[Token]:
    """The goods ``vessel`` is said to carry: the object of a participle on it ("ships carrying
    food and fuel", "planes loaded with medicine") or of "with" ("lorries with tents"), and their
    conjuncts."""
    goods: list[Token] = []
    for c in children_of(vessel):
        carrier = c if c.dep_ in ("acl", "relcl", "prep") and lemma_of(c) in _CARRYING else None
        if carrier is None:
            continue
        heads = [g for g in children_of(carrier) if g.dep_ == ("pobj" if c.dep_ == "prep" else "dobj")]
        heads += [
            g for p in children_of(carrier) if p.lower_ == "with" for g in children_of(p) if g.dep_ == "pobj"
        ]
        for h in heads:
            goods.append(h)
            goods.extend(t for t in h.subtree if t.dep_ == "conj" and t.head.pos_ == "NOUN")
    return goods


def carried_to(verb: Token) -> Token | None:
    """The party the aid ``verb`` sends goes to, when the parser hung "to" on the participle of
    carrying ("send ships carrying grain to Ostria"), else on the verb; None when none is named."""
    obj = _dobj(verb)
    carriers = [c for c in children_of(obj) if c.dep_ == "acl" and lemma_of(c) in _CARRYING] if obj is not None else []
    for head in (verb, *carriers):
        for p in children_of(head):
            if p.dep_ == "prep" and p.lower_ == "to":
                return next((g for g in children_of(p) if g.dep_ == "pobj"), None)
    return None


def aid_carried(f: Found) -> None:
    """Ships, planes or lorries sent that carry aid goods ("is sending three cargo planes carrying
    wheat and tents", "dispatched lorries loaded with medicine") deliver aid: AID (CAMEO 07), not machines of
    war readied. The goods must all be aid's: "ships carrying missiles" stay a deployment."""
    if f.event != "MOBILIZE" or f.entry.pos != "VERB":
        return
    obj = _dobj(f.token)
    if obj is None or lemma_of(obj) not in _WAR_MACHINES:
        return
    goods = _carried_goods(obj)
    if goods and all(lemma_of(g) in _AID_GOODS for g in goods):
        f.event, f.mode = "AID", None
        f.rule += " " + AID_CARRIED


# Verbs of relief work a force can be sent to do ("to help evacuate residents", "to distribute
# food"); words that tell of a disaster or its victims (with the word class "hazard").
_RELIEF_VERBS = frozenset({
    "help", "assist", "aid", "rescue", "evacuate", "distribute", "deliver", "rebuild", "search", "feed",
    "restore", "clear",
})
_DISASTER_WORDS = load_word_classes()["hazard"] | {"victim", "survivor", "disaster", "relief", "rubble", "flooded"}
RELIEF_DEPLOYMENT = "+forces sent for disaster relief -> AID"


def _purposes(verb: Token) -> list[Token]:
    """The verbs of the "to" clauses that tell what ``verb`` is done for, and what they help do
    ("deployed troops to help evacuate residents": help, evacuate)."""
    out = [
        c
        for c in children_of(verb)
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and any(a.lower_ == "to" for a in children_of(c))
    ]
    out += [g for p in out if lemma_of(p) in ("help", "assist") for g in children_of(p) if g.dep_ in ("xcomp", "ccomp")]
    return out


def relief_deployment(f: Found) -> None:
    """Forces sent to do relief work after a disaster ("soldiers were deployed to help evacuate
    residents from the flooded valley") give aid: the PLOVER manual codes police or military
    mobilised for disaster relief as AID, not MOBILIZE. The purpose must be relief work and the
    sentence must tell of a disaster: "deployed troops to help secure the border" stays a
    deployment."""
    if f.event != "MOBILIZE" or f.entry.pos != "VERB":
        return
    if not any(lemma_of(v) in _RELIEF_VERBS for v in _purposes(f.token)):
        return
    if not set(lemmas_of(f.token.sent)) & _DISASTER_WORDS:
        return
    f.event, f.mode = "AID", None
    f.recipient = []  # the forces sent are not whom the aid is for
    f.rule += " " + RELIEF_DEPLOYMENT


# Verbs of hitting whose subject may be a measure, not a weapon ("the sanctions target banks");
# the measures that hit a party without force (word class "sanction", and restrictions).
_HITTING = frozenset({"target", "hit", "strike"})
_PENALTY_NOUNS = load_word_classes()["sanction"] | {"restriction", "curb"}
MEASURE_HITS = "+a sanction hits -> SANCTION"


def measure_hits(f: Found) -> None:
    """A verb of hitting whose subject is a sanction ("the new sanctions target three banks",
    "tariffs hit Ostrian steel") tells whom the sanction falls on: SANCTION discontinue with the
    party hit as its recipient, not an attack by the sanctions (which are no party)."""
    if f.event != "ASSAULT" or f.entry.pos != "VERB" or f.entry.lemma not in _HITTING:
        return
    subj = next((c for c in children_of(f.token) if c.dep_ == "nsubj"), None)
    if subj is None or lemma_of(subj) not in _PENALTY_NOUNS:
        return
    f.event, f.mode = "SANCTION", "discontinue"
    f.actor = [m for m in f.actor if not (m.start <= subj.i < m.end)]
    f.rule += " " + MEASURE_HITS


# Grammar: prepositions of where an ordered force goes; what forces and readiness are.
_DESTINATIONS = frozenset({"to", "into", "toward", "towards", "onto"})
_ARMED_FORCES = load_word_classes()["armed_force"]
_POLICE = load_word_classes()["police"]
_READINESS = load_word_classes()["readiness"]


def deployment_by_order(order: Found) -> None:
    """ "ordered 500 more troops into the valley", "ordered the army to its highest readiness":
    an order that sends a force to a place or a state of readiness, with no act of the force
    named, deploys it (MOBILIZE troops or police; alert when the destination is readiness)."""
    if order.entry.lemma not in _COMMAND_VERBS or order.entry.pos != "VERB" or order.event != "REQUEST":
        return
    kids = list(children_of(order.token))
    if order.content is not None or any(c.dep_ in ("xcomp", "ccomp") for c in kids):
        return  # "ordered troops to withdraw": the ordered act says what the order is
    force = next((c for c in kids if c.dep_ == "dobj"), None)
    if force is None or lemma_of(force) not in _ARMED_FORCES | _POLICE:
        return
    goals = [  # the parser hangs the place on the verb or on the force ("two battalions to the border")
        g
        for c in (*kids, *children_of(force))
        if c.dep_ == "prep" and c.lower_ in _DESTINATIONS
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    if not goals:
        return
    ready = any(lemma_of(t) in _READINESS for g in goals for t in subtree_of(g))
    order.event = "MOBILIZE"
    order.mode = None if ready else ("police" if lemma_of(force) in _POLICE - _ARMED_FORCES else "troops")
    order.rule += " +ordered forces to a place -> MOBILIZE"


# Terms given: spans of time ("48 hours") and a term named as such ("gave the council a deadline").
_DEADLINE_NOUNS = frozenset({"minute", "hour", "day", "week", "month", "year", "deadline"})


def expulsion_by_deadline(give: Found, diplomats: frozenset[str]) -> None:
    """ "gave the diplomats 72 hours to leave (the country)": a deadline to leave expels, a
    SANCTION for diplomats and a deportation (COERCE) for other people."""
    if give.entry.lemma != "give" or give.entry.pos != "VERB":
        return
    kids = list(children_of(give.token))
    who = next((c for c in kids if c.dep_ == "dative"), None)
    span = next((c for c in kids if c.dep_ in ("npadvmod", "dobj") and lemma_of(c) in _DEADLINE_NOUNS), None)
    if who is None or span is None:
        return
    clauses = ("advcl", "relcl", "xcomp", "acl")
    if not any(c.dep_ in clauses and lemma_of(c) == "leave" for c in (*kids, *children_of(span))):
        return
    if lemma_of(who) in diplomats:
        give.event, give.mode, give.rule = "SANCTION", "expel", give.rule + " +deadline to leave -> SANCTION expel"
    else:
        give.event, give.mode, give.rule = "COERCE", "deport", give.rule + " +deadline to leave -> COERCE deport"


# What a party puts to another for it to take up; the names that refuse it outright.
PROPOSALS = frozenset({
    "proposal", "plan", "offer", "deal", "terms", "ultimatum", "initiative", "overture", "bid", "draft",
    "condition", "demand", "roadmap", "blueprint", "settlement", "package", "compromise",
})
REFUSING_NAMES = frozenset({
    "unacceptable", "unworkable", "unrealistic", "nonstarter", "untenable", "inadmissible",
})
REFUSING_NAME = "+proposal named unacceptable -> REJECT"

# Grammar: prepositions that set the end of a term ("until Monday", "by Friday").
_TERM_ENDS = frozenset({"until", "till", "by"})
DEADLINE = "+given a deadline -> THREATEN"
# Texts that set terms: a term they give is a timetable, not a party's ultimatum.
_TERMS_SETTERS = load_word_classes()["decision"] | load_word_classes()["agreement"] | PROPOSALS


def _deadline_act(give: Token) -> Token | None:
    """The act a verb of giving sets a term for ("gave the government 48 hours to release the
    commander", "gave the guerrillas until Monday to free the soldiers"), when the party given the
    term is named; None otherwise, and for a term to leave (an expulsion: see
    :func:`expulsion_by_deadline`)."""
    kids = list(children_of(give))
    span = next((c for c in kids if c.dep_ in ("npadvmod", "dobj") and lemma_of(c) in _DEADLINE_NOUNS), None)
    until = next((c for c in kids if c.dep_ == "prep" and c.lower_ in _TERM_ENDS), None)
    if span is None and until is None:
        return None
    party = next(
        (c for c in kids if c.dep_ == "dative" or (c.dep_ == "dobj" and (span is None or c.i != span.i))),
        None,
    )
    if party is None or party.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    end = next((g for g in children_of(until) if g.dep_ == "pobj"), None) if until is not None else None
    holders = (*kids, *(children_of(span) if span is not None else ()), *(children_of(end) if end is not None else ()))
    act = next(
        (c for c in holders if c.dep_ in ("advcl", "relcl", "xcomp", "acl") and c.pos_ == "VERB"
         and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))),
        None,
    )  # fmt: skip
    return None if act is None or lemma_of(act) == "leave" else act


def ultimatum_mode(demanded: Found) -> str:
    """What an ultimatum threatens, from the act it demands: a retreat (freeing captives, laying
    down arms, pulling out) is demanded on pain of force (CAMEO 138, violence); any other act on
    pain of a break in dealings (CAMEO 139 "give ultimatum": relations)."""
    return "violence" if demanded.event == "RETREAT" else "relations"


def deadlines(sent: Span, found: list[Found]) -> list[Found]:
    """A term a party gives another to do something ("gave the rebels 48 hours to free the
    hostages", "gave the council until Friday to lift the ban") is an ultimatum: THREATEN (CAMEO
    139), the giver its actor and the party given the term its recipient, when what is asked for
    is an act of the lexicon (a court's term to file a brief is none, and no aid given either); a
    term to leave is an expulsion (:func:`expulsion_by_deadline`). The giving verb is the trigger, in place of any
    reading of it as aid given; the act asked for is the ultimatum's content, no event."""
    by_tok = {f.token.i: f for f in found}
    out = []
    gone: set[int] = set()
    for tok in with_pos(sent, _VERB_POS):
        if lemma_of(tok) != "give" or any(c.dep_ == "neg" for c in children_of(tok)):
            continue
        act = _deadline_act(tok)
        if act is None:
            continue
        if act.i not in by_tok:
            # "gave the defence until Friday to file its appeal": a term, neither aid given nor an
            # ultimatum, since no political act is asked for
            gone |= {tok.i} | {c.i for c in children_of(tok) if c.dep_ in ("npadvmod", "dobj")
                               and lemma_of(c) in _DEADLINE_NOUNS}  # fmt: skip
            continue
        if any(c.dep_ == "nsubj" and lemma_of(c) in _TERMS_SETTERS for c in children_of(tok)):
            continue  # "the accord gives the rebels six months to disarm": a timetable agreed, no threat
        mode = ultimatum_mode(by_tok[act.i])
        entry = Trigger(lemma="give", pos="VERB", event="THREATEN", mode=mode, cameo="139", to=("to",))
        rule = f"give/VERB {DEADLINE}"
        out.append(Found(token=tok, entry=entry, event="THREATEN", mode=mode, end=tok, start_tok=tok, rule=rule))
        gone |= {tok.i} | {t.i for t in subtree_of(act)}
    if not out and not gone:
        return found
    return [f for i, f in by_tok.items() if i not in gone] + out




def evaluation(f: Found) -> None:
    """A name that approves makes a naming verb's judgement SUPPORT (see the module docstring)."""
    if f.event != "ACCUSE" or f.entry.lemma not in _NAMING_VERBS or f.entry.pos != "VERB":
        return
    obj = next((c for c in children_of(f.token) if c.dep_ == "dobj"), None)
    names = [
        c
        for c in children_of(f.token)
        if c.dep_ in ("oprd", "xcomp") or (c.dep_ == "dobj" and obj is not None and c.i != obj.i)
        or (c.dep_ == "prep" and lemma_of(c) == "as")
    ]
    words = {lemma_of(t) for n in names for t in n.subtree} | {lemma_of(t) for t in _trailing_name(f.token, obj)}
    if obj is not None and lemma_of(obj) in PROPOSALS and words & REFUSING_NAMES and not words & _APPROVAL:
        # "called the peace plan unacceptable": a proposal judged out of the question is refused
        f.event, f.mode = "REJECT", None
        f.rule += " " + REFUSING_NAME
        return
    if words & _APPROVAL:
        f.event, f.mode = "SUPPORT", None
        f.rule += " +approving name -> SUPPORT"


def _trailing_name(verb: Token, obj: Token | None) -> list[Token]:
    """The words the parser hung under the object that name it ("called the ruling a step")."""
    if obj is None:
        return []
    return [t for c in children_of(obj) if c.dep_ in ("dobj", "appos", "oprd") for t in c.subtree]


# The acts whose promise is a concession (PLOVER manual, CONCEDE).
_CONCESSIONS = frozenset({"CONCEDE", "RETREAT"})
PROMISED_CONCESSION = "+promised concession -> CONCEDE"


_CONCESSION_NOUNS = load_word_classes()["concession"]


def _agreed_to(verb: Token) -> Token | None:
    """The noun a party agrees or commits to ("agreed to concessions", "committed to an
    amnesty"): what it promises, named after "to" as another verb names it as its object."""
    if lemma_of(verb) not in ("agree", "commit", "consent"):
        return None
    prep = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to"), None)
    return None if prep is None else next((g for g in children_of(prep) if g.dep_ == "pobj"), None)


def promised_concession(promise: Found, content: Found | None) -> None:
    """A promise of a concession or a retreat is CONCEDE (see the module docstring)."""
    if promise.event != "AGREE" or promise.entry.frame != "speech":
        return
    obj = next((c for c in children_of(promise.token) if c.dep_ == "dobj"), None) or _agreed_to(promise.token)
    named = obj is not None and (content is None or content.token.i == obj.i)
    if named and lemma_of(obj) in _CONCESSION_NOUNS and promise.entry.pos == "VERB":
        # "promised concessions to the strikers", "offered an amnesty": what is promised is one
        promise.event, promise.mode = "CONCEDE", None
        promise.rule += " " + PROMISED_CONCESSION
        return
    if content is None:
        return
    tok = content.token
    if tok.dep_ != "xcomp" or tok.head.i != promise.token.i or tok.pos_ != "VERB":
        return  # only the act promised itself ("agreed to lift"), not "agreed to a ceasefire"
    if any(c.dep_ == "neg" for c in children_of(tok)):
        return  # "vowed not to abandon the post"
    if content.mode == "disarm" and not content.entry.object and any(c.dep_ == "dobj" for c in children_of(tok)):
        # "vowed to disarm the militias": disarming others is no concession; giving up weapons
        # ("agreed to hand over their weapons", "vowed to lay down their arms") is one's own
        return
    if content.event in _CONCESSIONS:
        promise.event, promise.mode = "CONCEDE", None
        promise.rule += " " + PROMISED_CONCESSION


def promised_retreat(promise: Token, content: Found | None) -> bool:
    """Whether ``content`` is a retreat or a concession that ``promise`` itself names as its
    complement ("vowed to withdraw troops from the border", "pledged to pull the army out of the
    provinces"): the words of place or removal in it tell where the promiser pulls back, not a
    territory claimed or a party driven out, so the vow is no threat (see promised concession)."""
    if content is None or content.event not in _CONCESSIONS:
        return False
    tok = content.token
    return tok.dep_ == "xcomp" and tok.head.i == promise.i and tok.pos_ == "VERB" and not forsworn(tok)


# Verbs of vowing; the acts whose vow is the act itself, told of the future.
_VOWING = frozenset({"promise", "pledge", "vow"})
_OWN_ACTS = frozenset({"PROTEST", "ACCUSE", "REQUEST"})
_STAGING = load_word_classes()["staging"]
PROMISED_OWN_ACT = "+promised own act"


def promised_own_act(promise: Found, content: Found | None) -> None:
    """A vow of the promiser's own protest, accusation or demand is that act, future (see the
    module docstring)."""
    if promise.entry.lemma not in _VOWING or promise.entry.frame != "speech" or promise.entry.pos != "VERB":
        return
    if promise.event not in ("AGREE", "THREATEN") or content is None or content.event not in _OWN_ACTS:
        return
    clause = _vowed_clause(promise.token, content.token)
    if clause is None or forsworn(clause) or forsworn(content.token):
        return  # "vowed not to protest", or an act another party is to do
    promise.event, promise.mode, promise.future = content.event, content.mode, True
    # "vowed to keep up their strike": the striker's own possessive is no party acted on
    promise.recipient = [m for m in promise.recipient if promise.token.doc[m.head].dep_ != "poss"]
    promise.rule += f" {PROMISED_OWN_ACT} -> {content.event} future"


def _vowed_clause(vow: Token, act: Token) -> Token | None:
    """The verb of the promiser's own act: the act's verb as the vow's complement ("vowed to
    march"), or the complement the act's noun hangs on ("pledged to hold more rallies", "vowed
    to press on with the strike"); None when the act is another party's ("promised that the
    police would be punished") or one the vowed verb acts on ("vowed to stop the protests")."""
    verb = act
    if act.pos_ not in ("VERB", "AUX"):
        verb = act.head
        if act.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "with":
            verb = verb.head  # "vowed to press ahead with the strike"
        elif act.dep_ != "dobj":
            return None
        if lemma_of(verb) not in _STAGING:
            return None  # "vowed to stop the protests", "vowed to punish the protesters"
    if verb.dep_ != "xcomp" or verb.head.i != vow.i:
        return None
    return verb


# The measures whose agreement is the measure decided; the prepositions of what is agreed on.
_AGREEABLE_MEASURES = frozenset({"SANCTION", "COERCE"})
_AGREED_ON = frozenset({"on", "to", "upon"})
AGREED_MEASURE = "+agreed measure"


def agreed_measure_of(entry: Trigger, content: Found) -> bool:
    """Whether ``content`` is a measure agreed by an "agree" entry ("agreed to restrict access",
    "agreed on sanctions"): the measure decided (see the module docstring)."""
    if entry.lemma != "agree" or entry.pos != "VERB" or content.event not in _AGREEABLE_MEASURES:
        return False
    tok = content.token
    if tok.dep_ == "xcomp" and tok.pos_ == "VERB":
        return tok.head.lemma_ == "agree" and not forsworn(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ in _AGREED_ON and tok.head.head.lemma_ == "agree"


def agreed_measure(agreement: Found, content: Found | None) -> None:
    """An agreement to a sanction or a coercive measure is the measure, future (see the module
    docstring)."""
    if agreement.event != "AGREE" or content is None or agreement.negated:
        return
    if not agreed_measure_of(agreement.entry, content) or agreement.token.i not in (
        content.token.head.i, content.token.head.head.i
    ):
        return
    agreement.event, agreement.mode, agreement.future = content.event, content.mode, True
    agreement.rule += f" {AGREED_MEASURE} -> {content.event} future"


_ABDUCTEES = load_word_classes()["abductee"]
# Participles that make people captives: the capture class and the verbs of keeping them.
_HOLDING = load_word_classes()["capture"] | {"hold", "seize", "take"}
# Sectors of a state's forces.
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
RESCUE = "+freed by forces -> AID rescue"
_QUANTITIES = lexicon_words("quantity_words")


def _held_by_others(obj: Token) -> bool:
    """Whether a participle of taking or holding people says ``obj`` is held ("guards held at
    the jail", "engineers abducted last week"): freed by a state's forces, they are rescued."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) in _HOLDING for c in children_of(obj))


def rescue(f: Found) -> None:
    """A state's forces that free hostages rescue them: AID, not a captor's release (see the
    module docstring)."""
    if f.event != "RETREAT" or f.mode != "release" or f.entry.pos != "VERB":
        return
    if not f.actor or f.actor[0].actor.sector not in FORCE_SECTORS:
        return
    obj = next((c for c in children_of(f.token) if c.dep_ == "dobj"), None)
    if obj is not None and (obj.pos_ in ("NUM", "PRON") or lemma_of(obj) in _QUANTITIES):
        # "freed seven of the captives", "freed all of them"
        obj = next(
            (g for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)
             if g.dep_ == "pobj"),
            obj,
        )  # fmt: skip
    if obj is None or (lemma_of(obj) not in _ABDUCTEES and not _held_by_others(obj)):
        return
    f.event, f.mode = "AID", None
    f.rule += " " + RESCUE


SENT_HOME = "+sent home -> SANCTION expel"


def sent_home(f: Found) -> None:
    """Personnel "sent home" ("the foreign police advisers had been sent home", "sent the
    observers back home") are expelled, not sent as aid: SANCTION expel, as the expulsion of
    peacekeepers, inspectors or aid workers is (CAMEO 166)."""
    if f.event != "AID" or f.entry.lemma != "send" or f.entry.pos != "VERB":
        return
    if not any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj") for c in children_of(f.token)):
        return
    f.event, f.mode = "SANCTION", "expel"
    f.rule += " " + SENT_HOME


# Words that make a bomb a vehicle's or a bomber's ("car bomb", "suicide truck bomb").
_BOMB_CARRIERS = frozenset({"car", "truck", "lorry", "vehicle", "van", "suicide"})
_BOMBS = frozenset({"bomb", "explosive", "ied"})
VEHICLE_BOMB = "+vehicle bomb -> ASSAULT"


def vehicle_bomb(f: Found) -> None:
    """Bombs sent that a vehicle carries are an attack, not aid (see the module docstring)."""
    if f.event != "AID" or f.entry.pos != "VERB":
        return
    obj = next((c for c in children_of(f.token) if c.dep_ == "dobj"), None)
    if obj is None or lemma_of(obj) not in _BOMBS:
        return
    if any(c.dep_ in ("compound", "amod", "nmod") and lemma_of(c) in _BOMB_CARRIERS for c in obj.lefts):
        f.event, f.mode = "ASSAULT", None
        f.rule += " " + VEHICLE_BOMB


_PUNISHING = load_word_classes()["punishment"]
PUNITIVE_PROMISE = "+punitive promise -> THREATEN"


def punitive_promise(promise: Found) -> Token | None:
    """A promise to punish, pursue or crush another party threatens it (see the module
    docstring): "vowed to hunt down the attackers", "vowed that those responsible would be
    brought to justice". Returns the verb of what is promised when the rule fires."""
    if promise.event != "AGREE" or promise.entry.frame != "speech" or promise.entry.pos != "VERB":
        return None
    for c in children_of(promise.token):
        if c.dep_ not in ("xcomp", "ccomp") or c.pos_ not in ("VERB", "AUX"):
            continue
        if any(g.dep_ == "neg" for g in children_of(c)):
            continue
        if _punishing(c):
            promise.event, promise.mode = "THREATEN", None
            promise.rule += " " + PUNITIVE_PROMISE
            return c
    return None


def _punishing(verb: Token) -> bool:
    lemma = lemma_of(verb)
    particle = next((lemma_of(c) for c in children_of(verb) if c.dep_ == "prt"), None)
    if lemma in _PUNISHING or (particle and f"{lemma} {particle}" in _PUNISHING):
        return True
    # "be brought to justice", "bring the killers to justice"
    return lemma == "bring" and any(lemma_of(t) == "justice" for t in subtree_of(verb))


_MEASURES = load_word_classes()["measure"]
# Sectors of a state's own arms and offices: what they will do, a warner of that state threatens.
_STATE_SECTORS = FORCE_SECTORS | {"GOV", "JUD", "LEG"}


_PEOPLE = load_word_classes()["person"]
# Grammar: modals of what may happen; nouns that count ("thousands of families").
_POSSIBILITY = frozenset({"could", "might", "may"})
_COUNTS = frozenset({"dozen", "hundred", "thousand", "million"})


def _counted_sufferers(clause: Token) -> bool:
    """Whether a passive clause tells what a count of people may suffer ("up to a million people
    could be displaced", "thousands of families might be forced from their homes"): a possibility
    for people counted, not named, is a forecast of harm; a threat names whom it aims at."""
    kids = list(children_of(clause))
    if not any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    if lemma_of(subj) in _COUNTS:
        people = [g for c in children_of(subj) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)]
        return any(g.dep_ == "pobj" and lemma_of(g) in _PEOPLE for g in people)
    return lemma_of(subj) in _PEOPLE and any(c.dep_ == "nummod" for c in children_of(subj))


def _forecast(
    clause: Token, warners: list[Mention], parties: Callable[[Token], list[Mention]], triggers: set[int]
) -> bool:
    """Whether a warned clause foretells what others will do or suffer (see the module docstring):
    it names no act of its own (``triggers`` are the sentence's trigger tokens), sets no condition,
    and its subject is a common noun that is not the warner's side."""
    if any(clause.left_edge.i <= i <= clause.right_edge.i for i in triggers):
        return False  # "warned that more attacks would follow", "that protests would resume"
    if lemma_of(clause) == "be":
        return False  # "warned that its weapons would be legitimate targets"
    kids = list(children_of(clause))
    marks = {lemma_of(m) for c in kids if c.dep_ == "advcl" for m in children_of(c) if m.dep_ == "mark"}
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        # "would be prosecuted": by whom the warner stands for; "a million people could be
        # displaced": what a count of people may suffer
        return _counted_sufferers(clause) and not marks & _CONDITIONS
    if marks & _CONDITIONS:
        return False  # "would respond if...": a condition set by the warner
    if any(c.dep_ == "dobj" and any(g.dep_ == "acl" and g.tag_ == "VBN" for g in children_of(c)) for c in kids):
        return False  # "could have their licences revoked"
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or lemma_of(subj) in _MEASURES:
        return False  # a name or a pronoun may be the warner's own side
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(subj)):
        return False  # "no one will cross this line": a defiance
    own = {m.head for m in warners}
    states = {m.actor.country for m in warners} - {None}
    for m in parties(subj):
        if m.head in own or (m.actor.country is not None and m.actor.country in states):
            return False
        if m.actor.sector in _STATE_SECTORS and (m.actor.country is None or not states):
            return False  # "the army would crush any uprising"
    return True


_RETALIATION = load_word_classes()["retaliation"]
# Modifiers that make a measure a reprisal ("retaliatory measures", "punitive steps").
_REPRISING = frozenset({"retaliatory", "punitive", "reciprocal", "tit-for-tat"})


def _warned_reprisal(warn: Token, acts: bool) -> bool:
    """Whether a warning "of" something names the warner's answer ("warned of a military
    response", "of retaliatory measures") or sets a condition on an act it names (``acts``: "warned
    of a crackdown if the protests went on"; "of a recession if rates rise" is a forecast): a
    threat, not a disapproval."""
    conditioned = any(
        c.dep_ == "advcl" and any(lemma_of(m) in _CONDITIONS for m in children_of(c) if m.dep_ == "mark")
        for c in children_of(warn)
    )
    if conditioned and acts:
        return True
    for c in children_of(warn):
        if c.dep_ != "prep" or lemma_of(c) != "of":
            continue
        for obj in children_of(c):
            if obj.dep_ != "pobj":
                continue
            if acts and any(
                g.dep_ == "advcl" and any(lemma_of(m) in _CONDITIONS for m in children_of(g) if m.dep_ == "mark")
                for g in children_of(obj)
            ):
                return True  # the parser may hang the condition on the noun
            if lemma_of(obj) in _RETALIATION or any(
                g.dep_ in ("amod", "compound") and lemma_of(g) in _REPRISING for g in children_of(obj)
            ):
                return True
    return False


def warning(
    f: Found, inner: list[Found], parties: Callable[[Token], list[Mention]], triggers: set[int]
) -> Token | None:
    """Settle what a warning is (see the module docstring); ``inner`` are the triggers it absorbed,
    ``parties`` the parties a token names, ``triggers`` the sentence's trigger tokens. Returns the
    clause of a forecast: what it foretells is no event either."""
    if f.event != "THREATEN" or f.entry.lemma not in _WARNINGS or f.entry.pos != "VERB":
        return None
    tok = f.token
    kids = list(children_of(tok))
    preps = {lemma_of(c) for c in kids if c.dep_ == "prep"}
    clause = next((c for c in kids if c.dep_ in ("ccomp", "xcomp")), None)
    if clause is not None:
        if clause.dep_ == "ccomp" and _forecast(clause, f.actor, parties, triggers):
            f.event, f.mode = "", None
            f.rule += f" {WARNING} of what others will do -> no event"
            return clause
        return None  # what is to come: a threat
    if "against" in preps:
        # the party warned is the warning's object, not the party of the act warned against
        # ("warned against the killing of civilians" addresses no one)
        if f.recipient and any(c.dep_ in ("dobj", "dative") for c in kids):
            f.event, f.mode = "REQUEST", None  # "warned Washington against any intervention"
        else:
            f.event, f.mode = "ACCUSE", "disapprove"  # "warned against the politicisation of aid"
        f.rule += f" {WARNING} against -> {f.event}"
        return None
    if "of" in preps and _warned_reprisal(tok, bool(inner)):
        f.rule += f" {WARNING} of a reprisal"  # "warned of a tough response", "...of sanctions if"
        return None
    if "of" in preps and not f.recipient:
        f.event, f.mode = ("ACCUSE", "disapprove") if inner else ("", None)  # "warns of foreign meddling"
        f.rule += f" {WARNING} of -> {f.event or 'no event'}"
        return None


# Nouns of a term served in prison: the places ("to prison") and the lengths ("to six years").
_PRISONS = frozenset({"prison", "jail", "gaol", "detention", "penitentiary"})
_TERM_UNITS = frozenset({"year", "month", "week", "day", "life"})
_DETAINING = lexicon_words("detaining_verbs")
# What a prison term adds to each of its readings: the other reading, its mode and CAMEO code.
_TERM_TWIN = {
    ("SANCTION", "convict"): ("COERCE", "arrest", "173"),
    ("COERCE", "arrest"): ("SANCTION", "convict", "116"),
}
_TERM_PREPS = {"SANCTION": frozenset({"to"}), "COERCE": frozenset({"for"})}


def _term(verb: Token, preps: frozenset[str]) -> bool:
    """Whether ``verb`` names a term in prison after one of ``preps`` ("to six years", "to
    prison", "for eight years")."""
    for c in children_of(verb):
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for g in children_of(c):
            if g.dep_ == "pobj" and (lemma_of(g) in _PRISONS or lemma_of(g) in _TERM_UNITS):
                return True
    return False


def _served_term(verb: Token) -> bool:
    """Whether ``verb`` orders a term served ("ordered the blogger to serve three years")."""
    return any(
        c.dep_ in ("xcomp", "ccomp") and lemma_of(c) == "serve"
        and any(g.dep_ == "dobj" and lemma_of(g) in _TERM_UNITS for g in children_of(c))
        for c in children_of(verb)
    )


# Bodies that judge, and the verbs of paying a court orders ("ordered the firm to compensate").
_COURTS = frozenset({"court", "tribunal", "judge"})
_PAYING = frozenset({"pay", "compensate", "reimburse", "refund"})
COURT_ORDERED_PAYMENT = " +court-ordered payment -> SANCTION convict"


def _court_ordered_payment(verb: Token) -> bool:
    """Whether a court orders a party to pay ("a tribunal ordered the mine to pay the villagers")."""
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and lemma_of(subj) in _COURTS
        and any(c.dep_ in ("xcomp", "ccomp") and lemma_of(c) in _PAYING for c in children_of(verb))
    )


def sentence_by_order(order: Found) -> None:
    """An order to serve a term in prison is the sentence (SANCTION convict), whose jailing
    :func:`prison_term` adds: a court that "ordered the blogger to serve three years" sentenced him.
    A court's order to pay is one too: PLOVER codes court-ordered payments SANCTION, the court
    acting on the party that must pay."""
    if order.entry.lemma in _COMMAND_VERBS and order.event == "REQUEST" and _served_term(order.token):
        order.event, order.mode = "SANCTION", "convict"
        order.rule += " +ordered a term served -> SANCTION convict"
    elif order.entry.lemma in _COMMAND_VERBS and order.event == "REQUEST" and _court_ordered_payment(order.token):
        order.event, order.mode = "SANCTION", "convict"
        order.rule += COURT_ORDERED_PAYMENT


def prison_term(f: Found) -> Found | None:
    """The jailing that a sentence to a prison term is, or the judgement that a jailing for a
    term is (see the module docstring); None when ``f`` names no term."""
    twin = _TERM_TWIN.get((f.event, f.mode or ""))
    if twin is None or f.token.pos_ != "VERB":
        return None
    if f.event == "COERCE" and lemma_of(f.token) in _DETAINING:
        return None  # "detained for two days": custody before any trial, not a sentence served
    if not _term(f.token, _TERM_PREPS[f.event]) and not (f.event == "SANCTION" and _served_term(f.token)):
        return None
    event, mode, cameo = twin
    entry = Trigger(lemma=f.entry.lemma, pos="VERB", event=event, mode=mode, cameo=cameo)
    return replace(f, entry=entry, event=event, mode=mode, rule=f"{f.rule} +prison term -> {event} {mode}")


# The rule step of an attack read as military cooperation (kept by build: still an operation).
JOINT_ATTACK = " +joint attack -> COOPERATE"
# Modifiers that make an act one that parties do together.
_TOGETHER_MODIFIERS = frozenset({"joint", "combined"})


def joint_attack(f: Found) -> Found | None:
    """The military cooperation that an attack named as joint is (see the module docstring);
    None for any other act."""
    if f.event != "ASSAULT" or f.token.pos_ != "NOUN" or not f.actor:
        return None
    if not any(c.dep_ in ("amod", "compound") and lemma_of(c) in _TOGETHER_MODIFIERS for c in children_of(f.token)):
        return None
    entry = Trigger(lemma=f.entry.lemma, pos="NOUN", event="COOPERATE", cameo="062")
    return replace(
        f, entry=entry, event="COOPERATE", mode=None, recipient=[], rule=f"{f.rule}{JOINT_ATTACK}"
    )


_COURT_SECTORS = frozenset({"JUD"})
_CUSTODY_WORDS = lexicon_words("custody_words")
# (category, mode, CAMEO code) of the two acts of a court that puts someone in prison.
_CONVICTION = ("SANCTION", "convict", "116")
_CUSTODY = ("COERCE", "arrest", "173")
COURT_CUSTODY = "+court custody"


def court_custody(live: list[Found]) -> list[Found]:
    """The second act of a court that puts someone in prison when :func:`prison_term` found no
    term (see the module docstring): a court's jailing is also a conviction, a court's prison
    sentence also a detention."""
    have = {(f.token.i, f.event) for f in live}
    out = []
    for f in live:
        if not f.actor or f.actor[0].actor.sector not in _COURT_SECTORS:
            continue
        if f.event == "COERCE" and f.mode == "arrest":
            event, mode, cameo = _CONVICTION
        elif f.event == "SANCTION" and f.mode == "convict" and _to_custody(f.token):
            event, mode, cameo = _CUSTODY
        else:
            continue
        if (f.token.i, event) in have:
            continue
        entry = replace(f.entry, event=event, mode=mode, cameo=cameo)
        out.append(replace(f, entry=entry, event=event, mode=mode, rule=f"{f.rule} {COURT_CUSTODY} -> {event}"))
    return out


def _to_custody(verb: Token) -> bool:
    """Whether a sentence sends someone to prison ("sentenced him to six years in prison")."""
    return any(lemma_of(t) in _CUSTODY_WORDS for t in subtree_of(verb) if t.i > verb.i)



ALLEGED_DEED = "+deed laid at a party's door (alleged)"
# Words of laying an act at a party's door ("accused", "blamed", "charges", "allegations").
_ALLEGING = lexicon_words("allegation_words")


def alleged_deed(accusation: Found, deed: Found) -> bool:
    """Whether ``deed``, the content of ``accusation``, is an act of its own that the accusation
    lays at a party's door (see the module docstring): an act of a lexicon category that the text
    tells as alleged."""
    if accusation.event != "ACCUSE" or accusation.mode != "allege":
        return False
    if lemma_of(accusation.token) not in _ALLEGING or deed.event in ("", "ACCUSE", UNLISTED):
        return False
    if _describes_a_thing(deed.token, accusation.token):
        return False  # "accused the militia of beating men detained in the villages": no detention alleged
    return factuality.alleged(deed.token, own_lemma=deed.entry.lemma)


def _describes_a_thing(tok: Token, top: Token) -> bool:
    """Whether a clause on a noun other than ``top`` lies on the way from ``tok`` up to ``top``: the
    act tells what that thing is or went through, no deed of its own."""
    cur = tok
    for _ in range(8):
        if cur.i == top.i or cur.head.i == cur.i:
            return False
        if cur.head.i != top.i and _on_a_noun(cur):
            return True
        cur = cur.head
    return False
