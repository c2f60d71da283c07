"""Precision filters: trigger words that do not report an event here.

* **idioms**: a trigger word inside a fixed phrase of the lexicon's ``idioms`` list ("a minister
  in charge of the interior", "in return for");
* **names**: a trigger word inside a multi-word name ("Committee to Protect Journalists",
  "Popular Mobilization Forces", "the Rapid Support Forces");
* **generic**: a nominal trigger in a generic or habitual clause ("the north has long been
  plagued by kidnappings", "OVD-Info tracks detentions at protests"): a kind of event, not one;
  so is one counted as a recurring kind ("frequent bouts of unrest"), quantified by "every"
  or "any" as a subject ("any marchers were hurt"), or owned by any one of a kind ("a member's
  withdrawal takes effect a year later"); and a verbal trigger in the present simple with an
  adverb of habit ("gunmen routinely rob buses on the road") or a time that recurs ("every
  spring the herders cross the river"): what happens as a rule;
* **speech venue**: a nominal trigger that is where or to whom something was said ("told a news
  conference", "said at a briefing"): the saying is reported, not a meeting;
* **dates and numbers**: a trigger word inside a date, time or quantity ("since March", "a
  strike count of 12"): never an event word;
* **by law**: a passive act whose agent is a law ("is barred by the constitution from seeking a
  second term"): a standing rule, no event.
* **accident**: a casualty with no one who caused it, told by a clause of a thing's accident
  ("were killed when a fuel depot exploded").
* **natural cause**: a verbal trigger whose subject is a natural force, a disease or an
  impersonal trend (word class ``hazard``: "the outbreak has killed 1,900 people", "rising seas
  threaten atoll nations"): no political actor acts;
* **against an ill**: a fight whose target is an ill, not a party ("fight against corruption",
  "battling the epidemic"): a policy, no attack;
* **wanted**: an act named as what people lack or need ("millions in need of aid", "a shortage
  of relief", "the need for protection"): a want, not something given or done;
* **question**: "asked whether he was worried", "asked about the talks": a question, no request;
* **advice**: "advised its citizens to stay indoors", "advised against travel": counsel, no aid;
* **no comment**: the wire's formulas for a source that did not speak or is not named ("declined
  to comment", "asked not to be identified"): no refusal or request of an act;
* **purpose**: an act named as the aim of another ("to ensure a full withdrawal", "in order to
  defeat the group", "the capabilities to train Iraqi forces": the lexicon's ``purpose_nouns``):
  a goal, not a happening; so is one a measure is "aimed at" ("the curbs are aimed at cutting off
  the militia's funds"). "An attempt to assassinate" or "steps to enhance freedoms" are acts.
* **vote share**: a verbal trigger whose subject is a share of voters or of those asked ("61
  percent of voters backed the charter", "a majority of respondents opposed the plan"): a tally,
  not a party acting.
* **cause or detail**: a nominal trigger that only names the cause, motive or details of an act
  ("the cause of the fire at the depot was unknown", "details of the raid were scarce"): the act
  is told elsewhere; the sentence tells what is known of it.
* **anaphor**: a nominal trigger that is a bare definite mention, with nothing of its own but
  "the" or "this" ("played down the attack", "described the withdrawal as a blow", "would comply
  with the ban"): it points back to an act told before; the sentence comments on it. A noun the
  lexicon reads through its governor ("out of the question") is a phrase, not a mention.
* **standing relation**: a backing told in the present passive ("the channel is financed by the
  state", "the militia is supported by its neighbour"): a lasting tie, not an act of the day.
* **pressing on**: a verb of pressing that goes on with something ("pressed ahead with the
  vote", "pushed on with the march", "pressed their offensive on the port"): no one is asked for
  anything; an act it presses is told by its own word.
* **without**: an act named as what did not come with another ("talks ended without agreement",
  "freed the guards without firing a shot", "cleared the square without making arrests"): it did
  not happen.
* **opening modifier**: a clause's first word read as a bare verb whose object is the noun right
  after it, the two made the subject of the main verb ("Aid groups set up camps", "Relief crews
  reached the town"): a bare verb cannot be a subject without "to"; the word says what kind the
  noun is, and does nothing.
* **strike on a target**: a strike "on" a thing or a place ("every strike on the power grid"):
  a blow struck, not a stoppage of work; a strike "on" a day keeps its reading.
* **standing presence**: forces told as kept somewhere rather than moved there ("some 2,000
  soldiers are stationed at the base", "the brigade has been posted on the plateau for a decade"): a
  lasting posting, no act of mobilising.
* **civilian deployment**: a verb of mobilising whose object is civilians, helpers, money or
  goods ("deployed 300 doctors to the flooded towns", "mobilised funds", "stationed engineers at
  the field"): no force is readied, so no MOBILIZE (PLOVER's MOBILIZE moves military or police).
* **published**: a release whose object is something made public ("released a statement",
  "the release of the video", "a report was released on Monday"): publishing, no one set free.
* **rule content**: a trigger that is, or sits under, a verb in the present simple whose subject
  is a law, a pact or a resolution ("the treaty bans chemical arms", "the new law allows the army
  to hold suspects", "the accord calls on both sides to pull back"): what the text lays down, not
  an act of the day; the act is its adoption, told by its own word ("the decree shut down eight
  papers", in the past, stays an act).
* **prevalent**: a nominal trigger whose clause says how common it is ("torture is widespread in
  the jails", "raids on the camps are frequent"): a kind of act, not one.
* **in a state**: a nominal trigger that is only said to stay as it is ("talks with Seoul remain
  stalled", "the truce remains in force", "the ban on rallies is still in place"), or an act that
  its targets remain in or under ("hundreds remain in detention"): how things stand, no act.
* **where things meet**: a meeting word in the present closing a clause of place ("the town
  lies where two rivers meet", "where the borders of three states meet"): geography, no meeting.
* **possessor**: a nominal trigger that only owns another noun ("the summit's host city", "the
  strike's organisers"): it says whose the thing is, and tells no act.
* **perpetrators escape**: a flight whose subject is those who did a deed ("the gunmen fled on
  motorcycles", "the suspects fled the scene"): an escape; PLOVER's SANCTION expel needs people
  driven out by a party.
* **telling offer**: an offer whose object is something told ("offered no evidence for the
  claim", "did not offer details of the raid"): telling, no offer to act and no refusal of one.
* **shared opinion**: agreeing with a view, not to an act ("agreed that the economy was in
  trouble", "agreed with the bank's assessment"): PLOVER's AGREE commits a party to act; "agreed
  that troops would leave" stays one.
* **support level**: backing told as an amount that changes ("support for the president has
  fallen to 35 percent", "backing for the war is waning"): a measure of opinion, no party's act.
* **support held**: backing that a party has, keeps or lacks ("the premier has the support of 200
  deputies", "the plan lacks the backing of the bloc"): a standing tie, no act of backing.
* **lasting span**: a trigger in a present perfect clause that spans years or repeats ("the two
  sides have held six rounds of talks since 2021", "has mobilised its reserves twice in the past
  decade", "has long backed the plan"): a summary of a long stretch, not an act of the day.
* **war tally**: a verb of harm in the present perfect whose subject is a war or a conflict ("the
  conflict has displaced two million people"), or told passive "in" the war ("some 250,000
  civilians have been wounded in the war"): a running toll of the past, no party's act.
* **hosting a place**: a verb of hosting whose object is a place or a facility ("the island hosts
  a naval base"): housing something, not receiving a visitor.
* **dismissal**: "fire" whose object is people and that aims at no one ("fired 330 academics",
  "the coach was fired"): letting staff go, not shooting; a weapon or a machine of war fired, or
  fire "on" or "at" someone, stays an attack.
* **role**: a nominal trigger in an "of" or "for" phrase of what a party is, told with a present
  copula or in apposition ("Norway is the largest donor of aid to the region", "Japan, the main
  buyer of its exports,"): a standing role, not an act.
* **market move**: a verbal trigger whose subject is a price, an index, shares or a currency
  ("stocks retreated", "the rupee surrendered its gains"): a market moving, no party acting.
* **game score**: a verb of beating or attacking told with a score ("beat the visitors 2-0"): a
  game, no attack.
* **counted**: a nominal trigger that is the subject of a count changing by an amount ("arrests
  rose 20 percent last year", "kidnappings doubled"): a statistic of a kind of act, no one act.
* **reputation**: a trigger naming what a party is known for ("known for his attacks on the press",
  "a history of jailing reporters"): a trait, not an act.
* **fiction**: a trigger in a clause set in a work of fiction ("in the novel, the hero kidnaps a
  senator"): a plot, no event.
* **sport play**: a verb of attacking or beating whose doer or target is a player ("the striker
  attacked the near post", "beat the defending champions"): a game, no attack.
* **copular comment**: a bare definite trigger that is the subject of a present "be" with a
  predicate ("the rallies are the sternest test the junta has faced in years"): a comment on acts
  told elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..knowledge.actors import default_kb
from ..knowledge.lexicon import load_word_classes
from ..knowledge.lexicon import words as lexicon_words
from .syntax import children_of, lemma_of, lowers_of

_IDIOMS: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in lexicon_words("idioms"))
_PURPOSE_NOUNS = lexicon_words("purpose_nouns")
_HABITUAL_VERBS = lexicon_words("habitual_verbs")
_HABITUAL_ADVERBS = lexicon_words("habitual_adverbs")
_HABITUAL_ADJECTIVES = lexicon_words("habitual_adjectives")
# Determiners that make a noun any member of its kind.
_KIND_QUANTIFIERS = frozenset({"every", "any"})
# Grammar: modals of a clause told as possible or to come.
_MODALS = frozenset({"will", "would", "shall", "'ll", "could", "may", "might", "can", "should", "must"})
_HAZARDS = load_word_classes()["hazard"]
# Verbs of a thing's accident ("the depot exploded", "the building collapsed"), and what never has
# one: people, and weapons ("a bomb exploded" is an attack).
# Rules that bind a party by themselves ("barred by the constitution").
_LAWS = frozenset({"constitution", "law", "rule", "regulation", "statute", "charter", "treaty"})
_ACCIDENT_VERBS = frozenset({"explode", "collapse", "crash", "derail", "capsize", "sink", "overturn"})
_NOT_ACCIDENTS = (
    load_word_classes()["person"] | load_word_classes()["party"] | load_word_classes()["weapon"]
    | load_word_classes()["projectile"] | {"device", "explosive", "grenade", "mine", "ied", "car"}
)
# Words of fighting, and the ills a party fights that are no party (word classes "hazard" and
# "crime": diseases, disasters, poverty, corruption, smuggling).
_FIGHT_WORDS = frozenset({"fight", "battle", "combat", "tackle", "fighting", "war"})
_ILLS = _HAZARDS | load_word_classes()["crime"]
# Refusals whose object is only telling: the wire's "declined to say", no refusal of an act.
_REFUSALS = frozenset({"decline", "refuse"})
_TELLING = frozenset({"say", "elaborate", "confirm", "discuss", "specify", "disclose", "identify", "speculate"})
_NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_NAME_LABELS = frozenset({"ORG", "ACTOR", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
# Verbs of aiming, whose "at" names a goal ("aimed at cutting off funds", "targeted at curbing").
_AIMING = frozenset({"aim", "target", "direct", "gear"})
# Grammar: a purpose clause opens with "to", "in order to" or "so as to".
_PURPOSE_OPENERS = frozenset({"order", "as"})


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            out.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in out.items()}


_IDIOMS_BY_FIRST = _by_first_word(_IDIOMS)


def idiom_tokens(sent: Span) -> set[int]:
    """Indices of the tokens of ``sent`` inside a fixed phrase."""
    words = lowers_of(sent)
    out: set[int] = set()
    for k, word in enumerate(words):  # only the phrases that begin with the word at k can match there
        for phrase in _IDIOMS_BY_FIRST.get(word, ()):
            n = len(phrase)
            if tuple(words[k : k + n]) == phrase:
                out.update(range(sent.start + k, sent.start + k + n))
    return out


def inside_name(tok: Token) -> bool:
    """The token is one word of a longer name (an entity of several tokens of a naming type)."""
    if tok.ent_type_ not in _NAME_LABELS:
        return False
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return end - start > 1


def _infinitival(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(tok))


def in_purpose(tok: Token) -> bool:
    """The trigger names the aim of another act: it heads (or sits in) an infinitival adverbial
    clause of purpose, or an infinitival clause on a noun."""
    cur = tok
    for _ in range(8):
        if cur.dep_ == "advcl" and _infinitival(cur):
            return True
        if cur.dep_ == "acl" and _infinitival(cur) and lemma_of(cur.head) in _PURPOSE_NOUNS:
            return True
        if _infinitival(cur) and any(c.dep_ == "nsubj" and lemma_of(c) in _PURPOSE_NOUNS for c in children_of(cur)):
            return True  # "the capabilities to continue to train": the parser made the noun a subject
        if (
            cur.dep_ == "xcomp"
            and _infinitival(cur)
            and any(c.dep_ == "dobj" and c.i < cur.i and lemma_of(c) in _PURPOSE_NOUNS for c in children_of(cur.head))
        ):
            return True  # "keep the capacity to train": the parser hung the aim on the verb
        if cur.dep_ in ("ROOT", "ccomp", "relcl") or cur.head.i == cur.i:
            return False
        if cur.dep_ == "pcomp" and cur.head.lower_ in _PURPOSE_OPENERS:
            return True
        if cur.dep_ == "pcomp" and cur.head.lower_ == "at" and lemma_of(cur.head.head) in _AIMING:
            return True  # "the sanctions are aimed at cutting off funding": the aim, not a deed
        cur = cur.head
    return False


def _governing_verb(tok: Token) -> Token | None:
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _any_one(tok: Token) -> bool:
    """A subject trigger that "every" or "any" quantifies ("every strike on the grid is a crime",
    "denied that any marchers were hurt"): whatever act of the kind, no one act. An object keeps
    its word ("rejected any talks": the talks are what is rejected), and so does a subject of a
    modal clause ("any attack would be met with force": the threat's condition)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in children_of(tok.head)):
        return False
    return any(c.dep_ == "det" and c.lower_ in _KIND_QUANTIFIERS for c in children_of(tok))


def _habitual_kind(tok: Token) -> bool:
    """A nominal trigger counted as a recurring kind ("frequent bouts of unrest", "periodic
    strikes"): a frequency adjective on it or on the noun whose "of" it is."""
    nouns = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        nouns.append(tok.head.head)
    return any(c.dep_ == "amod" and c.lower_ in _HABITUAL_ADJECTIVES for n in nouns for c in children_of(n))


# Adjectives that liken acts to one told before ("similar bombings", "such attacks").
_LIKENING = frozenset({"similar", "such", "comparable"})


def _likened_kind(tok: Token) -> bool:
    """A plural nominal trigger likened to an act told before ("has carried out similar bombings
    in the province", "such attacks have become common"): acts of that kind, not one happening.
    A singular one is a happening of its own ("a similar attack on Monday killed two")."""
    return tok.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in _LIKENING for c in children_of(tok))


# Determiners of a possessor that is any member of its kind ("a member's withdrawal").
_INDEFINITE_OWNERS = frozenset({"a", "an", "any", "every", "each"})


def _owner_of_a_kind(tok: Token) -> bool:
    """A nominal trigger whose possessor is any one of a kind ("a member's withdrawal takes effect
    a year later", "any state's exit needs a vote"): the rule for an act of the kind, not one act."""
    return any(
        c.dep_ == "poss" and any(g.dep_ == "det" and g.lower_ in _INDEFINITE_OWNERS for g in children_of(c))
        for c in children_of(tok)
    )


def _every_time(c: Token) -> bool:
    """A phrase of time that recurs ("every year", "each Friday"): the verb it qualifies tells a habit."""
    return c.dep_ in ("npadvmod", "advmod") and any(
        g.dep_ == "det" and g.lower_ in ("every", "each") for g in children_of(c)
    )


def generic(tok: Token) -> bool:
    """A nominal trigger in a generic or habitual clause, or a verbal one in the present simple
    with an adverb of habit (see the module docstring)."""
    if tok.pos_ == "VERB":
        kids = list(children_of(tok))
        if tok.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in kids):
            return any(_every_time(c) for c in kids)  # the tagger's base form for a present ("each year they visit")
        return tok.tag_ in _PRESENT and any(
            (c.dep_ == "advmod" and c.lower_ in _HABITUAL_ADVERBS) or _every_time(c) for c in kids
        )
    if tok.pos_ != "NOUN":
        return False
    if _any_one(tok) or _habitual_kind(tok) or _owner_of_a_kind(tok) or _likened_kind(tok):
        return True
    verb = _governing_verb(tok)
    if verb is None:
        return False
    if lemma_of(verb) in _HABITUAL_VERBS:
        return True
    return any(c.dep_ == "advmod" and c.lower_ in _HABITUAL_ADVERBS for c in children_of(verb)) or (
        verb.pos_ == "VERB" and generic(verb)
    )


def speech_venue(tok: Token, reporting: frozenset[str]) -> bool:
    """A nominal trigger naming where or to whom something was said ("told a news conference")."""
    if tok.pos_ != "NOUN":
        return False
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and lemma_of(head) == "tell":
        return True  # "told a news conference" (what is announced is content, not a venue)
    return (
        tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("at", "to") and lemma_of(head.head) in reporting
    )


def natural_cause(tok: Token) -> bool:
    """A verbal trigger whose subject is a natural force, a disease or a trend (see the module docstring)."""
    if tok.pos_ != "VERB":
        return False
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
    # the tagger sometimes calls the noun an adjective ("the pandemic(JJ) shut down tourism")
    return subj is not None and subj.pos_ in ("NOUN", "ADJ", "PROPN") and lemma_of(subj) in _HAZARDS


def accident(tok: Token) -> bool:
    """See :func:`_accident`; a casualty coordinated with one ("68 were killed and 290 injured
    when a depot exploded") shares its clause of time."""
    return _accident(tok) or (tok.dep_ == "conj" and tok.head.pos_ == "VERB" and _accident(tok.head))


def _accident(tok: Token) -> bool:
    """A casualty told with no one who caused it, in a clause of time whose verb is an accident
    of a thing ("were killed when a fuel depot exploded", "died after the bridge collapsed")."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in children_of(tok)):
        return False
    if any(c.dep_ == "agent" for c in children_of(tok)):
        return False
    # "68 people were killed and 290 injured when a depot exploded": the clause may hang on the
    # last of the coordinated casualties
    verbs = [tok, *(c for c in children_of(tok) if c.dep_ == "conj" and c.pos_ == "VERB")]
    for c in (g for v in verbs for g in children_of(v)):
        if c.dep_ != "advcl" or lemma_of(c) not in _ACCIDENT_VERBS:
            continue
        subj = next((g for g in children_of(c) if g.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and lemma_of(subj) not in _NOT_ACCIDENTS:
            return True
    return False


def by_law(tok: Token) -> bool:
    """A passive act whose agent is a law, not a party ("is barred by the constitution from
    seeking a second term"): a standing rule, no event."""
    if tok.pos_ != "VERB":
        return False
    for c in children_of(tok):
        if c.dep_ == "agent":
            return any(g.dep_ == "pobj" and lemma_of(g) in _LAWS for g in children_of(c))
    return False


def against_an_ill(tok: Token) -> bool:
    """A fight whose target is an ill, not a party ("fight against corruption", "battle the
    epidemic", "tackle poverty"): a policy, no attack."""
    if lemma_of(tok) not in _FIGHT_WORDS:
        return False
    targets = [c for c in children_of(tok) if c.dep_ == "dobj"]
    preps = ("against", "on") if tok.pos_ == "NOUN" else ("against",)  # "the war on poverty"
    targets += [
        g for c in children_of(tok) if c.dep_ == "prep" and lemma_of(c) in preps for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    return bool(targets) and all(t.pos_ == "NOUN" and lemma_of(t) in _ILLS for t in targets)


# Nouns of lacking or needing: an act named as their object is wanted, not done.
_WANTING = frozenset({"need", "lack", "shortage", "scarcity", "absence", "want"})


def wanted(tok: Token) -> bool:
    """A nominal trigger named as what is lacked or needed (see the module docstring)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or lemma_of(tok.head) not in ("of", "for"):
        return False
    owner = tok.head.head
    return owner.pos_ == "NOUN" and lemma_of(owner) in _WANTING


def question(tok: Token) -> bool:
    """"Asked whether he was worried", "asked about the talks": a question, not a request (a
    request asks someone to do something or for something)."""
    if lemma_of(tok) != "ask" or any(c.dep_ == "xcomp" for c in children_of(tok)):
        return False
    for c in children_of(tok):
        if c.dep_ == "ccomp" and (
            any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in children_of(c))
            or c.doc[c.left_edge.i].tag_ in ("WDT", "WP", "WRB")
        ):
            return True
        if c.dep_ == "prep" and lemma_of(c) == "about":
            return True
    return False


# Verbs of counselling, whose complement is advice given, not help ("advised citizens to stay
# indoors"); without one they may be military advising ("advise Iraqi forces").
_COUNSEL = frozenset({"advise", "counsel"})


def advice(tok: Token) -> bool:
    """"Advised its citizens to stay indoors", "advised against travel": counsel on what to do,
    no aid given."""
    if lemma_of(tok) not in _COUNSEL:
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "against") for c in children_of(tok)
    )


def in_date_or_number(tok: Token) -> bool:
    """The trigger word is part of a date, a time or a quantity ("since March")."""
    return tok.ent_type_ in _NUMERIC_LABELS


# Verbs of naming a source: "asked not to be named", "declined to be identified".
_NAMING = frozenset({"name", "identify"})


def _unnamed(tok: Token, c: Token) -> bool:
    """``c`` is ``tok``'s "not to be named": the wire's formula for a source kept anonymous
    ("asked not to be identified", "declined to be named"), no request or refusal of an act."""
    if c.dep_ != "xcomp" or lemma_of(c) not in _NAMING:
        return False
    kids = list(children_of(c))
    passive = any(g.dep_ == "auxpass" for g in kids)
    named_as = any(g.dep_ in ("oprd", "attr") or (g.dep_ == "prep" and g.lower_ == "as") for g in kids)
    return passive and not named_as and (any(g.dep_ == "neg" for g in kids) or lemma_of(tok) in _REFUSALS)


def about_comment(tok: Token) -> bool:
    """A trigger whose act is commenting, the wire's formula for a party that did not speak
    ("declined to comment", "declined to say whether...", "a request for comment"), or being
    named as a source ("asked not to be named"); an act named as what was not commented on is
    told elsewhere ("did not comment on the strike")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "about") and lemma_of(tok.head.head) == "comment":
        return True  # "did not comment on the strikers' demands": the act is told elsewhere
    for c in children_of(tok):
        if _unnamed(tok, c):
            return True
        if lemma_of(c) == "comment" and c.dep_ in ("xcomp", "dobj", "ccomp"):
            return True
        if c.dep_ == "xcomp" and lemma_of(tok) in _REFUSALS and lemma_of(c) in _TELLING:
            return True  # "declined to say whether...", "refused to elaborate"
        if c.dep_ == "prep" and any(lemma_of(g) == "comment" for g in children_of(c) if g.dep_ == "pobj"):
            return True
    return False


# A share of a body of people; the people whose share a vote or a poll counts.
_SHARES = frozenset({"percent", "%", "majority", "minority", "share", "proportion", "fraction"})
_POLLED = frozenset({"voter", "elector", "electorate", "respondent", "ballot", "vote"})


def vote_share(tok: Token) -> bool:
    """A verbal trigger whose subject is a share of voters or respondents (see the module docstring)."""
    if tok.pos_ != "VERB":
        return False
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
    if subj is None or (lemma_of(subj) not in _SHARES and subj.ent_type_ != "PERCENT"):
        return False
    of = [
        g
        for c in children_of(subj)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    return not of or any(lemma_of(g) in _POLLED for g in of)  # "58 percent backed the charter"


# Nouns of what is known or unknown of an act told elsewhere: its cause, motive or details.
_ACCOUNT_NOUNS = frozenset({"cause", "motive", "reason", "circumstance", "detail", "origin"})


def cause_or_detail(tok: Token) -> bool:
    """A nominal trigger that names an act only as what its cause or details are of (see the
    module docstring)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "behind", "for"):
        return False
    owner = tok.head.head
    return owner.pos_ == "NOUN" and lemma_of(owner) in _ACCOUNT_NOUNS


# Categories of lasting ties between parties; grammar: present-tense finite tags.
_TIES = frozenset({"AID", "SUPPORT", "COOPERATE"})
_PRESENT = frozenset({"VBZ", "VBP"})


def standing_relation(tok: Token, event: str) -> bool:
    """A backing or aid told in the present simple passive (see the module docstring)."""
    if event not in _TIES or tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    kids = list(children_of(tok))
    return any(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in kids) and not any(c.dep_ == "aux" for c in kids)


# Verbs of posting forces somewhere; those that tell a lasting posting even in the present simple
# ("are stationed in", "is based at"); nouns of a long span ("for years", "since 2015").
_POSTING = frozenset({"station", "base", "garrison", "post", "deploy", "position"})
_STATIVE_POSTING = frozenset({"station", "base", "garrison", "post"})
_LONG_SPANS = frozenset({"year", "decade", "month"})


def _long_span(prep: Token) -> bool:
    """A "for" or "since" phrase of years ("for years", "for a decade", "since 2015")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "since"):
        return False
    pobj = next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
    return pobj is not None and (
        lemma_of(pobj) in _LONG_SPANS or (pobj.like_num and len(pobj.text) == 4 and pobj.text.isdigit())
    )


def standing_presence(tok: Token, event: str) -> bool:
    """Forces told as kept somewhere, not moved there (see the module docstring): a verb of
    posting in the present simple passive ("about 900 troops are stationed in the east"), or in
    the present perfect passive over a long span ("have been deployed there since 2015")."""
    if event != "MOBILIZE" or tok.pos_ != "VERB" or tok.tag_ != "VBN" or lemma_of(tok) not in _POSTING:
        return False
    kids = list(children_of(tok))
    passive = [c for c in kids if c.dep_ == "auxpass"]
    if not passive:
        return False
    aux = [c for c in kids if c.dep_ == "aux"]
    if not aux and lemma_of(tok) in _STATIVE_POSTING and any(c.tag_ in _PRESENT for c in passive):
        return True
    perfect = any(lemma_of(c) == "have" and c.tag_ in _PRESENT for c in aux)
    return perfect and any(_long_span(c) for c in kids)


_CLASSES = load_word_classes()
# People, helpers, money and goods a party may send or raise that are no armed force.
_CIVILIAN_SENT = (
    _CLASSES["person"] | _CLASSES["personnel"] | _CLASSES["private_person"] | _CLASSES["monitor"]
    | _CLASSES["money"] | _CLASSES["aid_goods"]
) - (
    _CLASSES["armed_force"] | _CLASSES["police"] | _CLASSES["militia"] | _CLASSES["peacekeeper"]
    | {"recruit", "conscript", "cadet", "loyalist", "volunteer", "pilot", "hacker"}
)
# Heads that only count or group what their "of" phrase names ("thousands of", "a team of").
_COUNTING_HEADS = frozenset(lexicon_words("quantity_words")) | {"team", "group", "crew", "delegation"}


def civilian_deployment(tok: Token, event: str) -> bool:
    """A mobilising verb whose object is civilians, helpers, money or goods (see the module
    docstring)."""
    if event != "MOBILIZE" or tok.pos_ != "VERB":
        return False
    obj = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
    for _ in range(3):
        if obj is None or not (obj.pos_ == "NUM" or lemma_of(obj) in _COUNTING_HEADS):
            break
        of = next((c for c in children_of(obj) if c.dep_ == "prep" and lemma_of(c) == "of"), None)
        obj = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
    return obj is not None and obj.pos_ == "NOUN" and lemma_of(obj) in _CIVILIAN_SENT


# Grammar: determiners of a mention that points back; the relations of a noun to its clause.
_ANAPHORIC = frozenset({"the", "this", "that"})
_ARGUMENT_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})


def anaphor(tok: Token) -> bool:
    """A nominal trigger that only points back to an act told before (see the module docstring);
    in the first sentence nothing was told before it ("The attack was the deadliest this year")."""
    if tok.pos_ != "NOUN" or tok.dep_ not in _ARGUMENT_DEPS or tok.tag_ != "NN" or tok.sent.start == 0:
        return False
    kids = list(children_of(tok))
    return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ in _ANAPHORIC


# Verbs of pressing, the words that make them go on with something ("pressed ahead", "pushed on",
# "pressed home"), and the acts a party presses on with (word classes "conventional_attack" and
# "aggression": "pressed their assault").
_PRESSING = frozenset({"press", "push"})
_ONWARD = frozenset({"ahead", "on", "forward", "home"})
_ATTACKS = load_word_classes()["conventional_attack"] | load_word_classes()["aggression"]


def pressing_on(tok: Token) -> bool:
    """A verb of pressing that goes on with something (see the module docstring): an onward
    particle or adverb with what it goes on with ("pressed ahead with the vote"; not the
    preposition of "pressed Borland on its debts"; a bare "would press on" may vow a fight),
    or an attack as its object."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in _PRESSING:
        return False
    kids = list(children_of(tok))
    onward = any(c.dep_ in ("prt", "advmod") and c.lower_ in _ONWARD for c in kids)
    with_what = any(c.dep_ == "prep" and c.lower_ == "with" for c in kids)
    return (onward and with_what) or any(c.dep_ == "dobj" and lemma_of(c) in _ATTACKS for c in kids)


def strike_on_target(tok: Token, mode: str | None) -> bool:
    """A work stoppage read from a strike "on" something that is no date or time (see the module
    docstring): "a strike on the grid" hits the grid; "a strike on Monday" stops work that day."""
    if mode != "strike" or tok.pos_ != "NOUN":
        return False
    return any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
        for c in children_of(tok)
        if c.dep_ == "prep" and c.lower_ == "on"
        for g in children_of(c)
    )


def without(tok: Token) -> bool:
    """A trigger that is the object of "without" (see the module docstring): a noun ("without
    agreement"), a gerund ("without firing a shot") or a gerund's object ("without making any
    arrests")."""
    if tok.dep_ == "dobj" and tok.head.tag_ == "VBG":
        tok = tok.head
    return tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep" and tok.head.lower_ == "without"


def opening_modifier(tok: Token) -> bool:
    """A clause-opening bare verb read as the subject of the main verb, with the noun after it as
    its object (see the module docstring): a modifier of that noun, no act."""
    if tok.tag_ != "VB" or tok.dep_ != "csubj" or tok.i + 1 >= len(tok.doc):
        return False
    if tok.i != tok.sent.start and not tok.doc[tok.i - 1].is_punct:
        return False
    if any(c.dep_ in ("aux", "nsubj", "mark") for c in children_of(tok)):
        return False  # "to aid them", "that they aid": a clause of its own
    nxt = tok.doc[tok.i + 1]
    return nxt.dep_ == "dobj" and nxt.head.i == tok.i and nxt.tag_ == "NNS"


# Things a party makes public: what is "released" then is published, and no one is set free.
_PUBLISHED = frozenset({
    "statement", "report", "video", "footage", "figure", "data", "detail", "photo", "photograph", "image",
    "picture", "recording", "audio", "document", "list", "finding", "result", "transcript", "text", "letter",
    "book", "film", "clip", "map", "communique", "update", "tally", "toll", "information", "account", "poll",
    "survey", "study", "album", "song", "guideline", "name", "message", "tape", "memo", "paper", "estimate",
    "forecast", "budget", "schedule", "timetable", "manifesto", "plan", "proposal", "draft",
})


def published(tok: Token, mode: str | None) -> bool:
    """A release whose object is something made public (see the module docstring)."""
    if mode != "release":
        return False
    if tok.pos_ == "VERB":
        objs = [c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass")]
    else:
        objs = [
            g
            for c in children_of(tok)
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in children_of(c)
            if g.dep_ == "pobj"
        ]
    return bool(objs) and all(lemma_of(o) in _PUBLISHED for o in objs)


# Documents that lay down a standing rule or settlement (with the word class "agreement").
_RULE_DOCUMENTS = _LAWS | load_word_classes()["agreement"] | frozenset({
    "bill", "legislation", "decree", "regulation", "amendment", "resolution", "directive", "ordinance", "regime",
    "provision", "clause", "article", "code", "act",
})


def rule_content(tok: Token) -> bool:
    """A trigger that is, or sits under, a verb in the present simple whose subject is a law, a
    pact or a resolution (see the module docstring)."""
    cur = tok
    for _ in range(8):
        if _rule_verb(cur):
            return True
        if cur.head.i == cur.i or cur.dep_ in ("parataxis", "relcl"):
            return False
        cur = cur.head
    return False


def _rule_verb(tok: Token) -> bool:
    """A verb in the present simple whose subject (or whose coordinate's subject) is a document of rules."""
    if tok.pos_ != "VERB" or tok.tag_ not in _PRESENT:
        return False
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in children_of(tok.head) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or lemma_of(subj) not in _RULE_DOCUMENTS:
        return False
    if lemma_of(subj) in _RULES_WHEN_NAMED and not any(c.dep_ in ("compound", "amod") for c in children_of(subj)):
        return False  # "the regime refuses to sign": a bare "regime" is the rulers, a "sanctions regime" the rules
    # a new text's terms are news: what it lays down is being imposed now ("the new resolution
    # bars travel by three generals")
    return not any(c.dep_ == "amod" and c.lower_ in _NEW for c in children_of(subj))


# Words of rules that bare name the party that rules ("the regime"), the rules only with a modifier
# saying what they govern ("the sanctions regime", "a visa regime").
_RULES_WHEN_NAMED = frozenset({"regime"})


# Modifiers that make a text of rules one just adopted.
_NEW = frozenset({"new", "latest", "fresh"})


# Predicates that tell how common a kind of act is.
_PREVALENT = frozenset({
    "widespread", "common", "rampant", "commonplace", "endemic", "prevalent", "rife", "rare", "routine",
    "frequent", "systematic", "pervasive", "everyday",
})


def prevalent(tok: Token) -> bool:
    """A nominal trigger whose clause says how common it is (see the module docstring)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj":
        return False
    return any(c.dep_ == "acomp" and c.lower_ in _PREVALENT for c in children_of(tok.head))


# Verbs of staying as one is: their subject is told in a state.
_REMAINING = frozenset({"remain", "stay"})


# Nouns of a rule or pact holding: "in force", "in place", "in effect".
_IN_FORCE = frozenset({"force", "place", "effect", "operation"})


def in_a_state(tok: Token) -> bool:
    """A nominal trigger told only as being in a state, or named in the phrase of a noun so told
    ("the ban on rallies is still in place") (see the module docstring)."""
    cur = tok
    for _ in range(4):
        if _stays(cur):
            return True
        if cur.dep_ not in ("pobj", "prep", "compound", "amod") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _stays(tok: Token) -> bool:
    """A noun that is the subject of "remain" or "stay", or of "be" in force, in place or in effect."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj":
        return False
    if lemma_of(tok.head) in _REMAINING:
        return True
    return lemma_of(tok.head) == "be" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(lemma_of(g) in _IN_FORCE for g in children_of(c))
        for c in children_of(tok.head)
    )


# Categories of an act whose target can be said to remain in it ("remain in detention").
_UNDERGONE = frozenset({"COERCE", "SANCTION"})


def held_in_a_state(tok: Token, event: str) -> bool:
    """A nominal act that its targets remain in or under ("thousands remain in detention", "the
    town stays under curfew"): how things stand, no act; one a party stays in is still its own
    ("stayed in contact with both sides")."""
    if event not in _UNDERGONE or tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "under"):
        return False
    return lemma_of(tok.head.head) in _REMAINING


# Grammar: verb tags of a past or ongoing act.
_PAST_OR_ONGOING = frozenset({"VBD", "VBN", "VBG"})


def where_things_meet(tok: Token, event: str) -> bool:
    """A meeting word in the present at the end of a clause of place ("the town lies where the two
    rivers meet", "the area where the three borders meet"; the tagger often calls the word a noun
    there): a fact of geography. A meeting that happened there is told in the past ("Doha, where
    the envoys met in May")."""
    if event != "CONSULT" or tok.tag_ in _PAST_OR_ONGOING or lemma_of(tok) != "meet":
        return False
    for k in range(tok.i - 1, tok.sent.start - 1, -1):
        t = tok.doc[k]
        if t.lower_ == "where":
            return True
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text != ","):
            return False
    return False


def possessor_only(tok: Token) -> bool:
    """A nominal trigger that is only the possessor of another noun (see the module docstring)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "poss"


# Those who did a deed: when they flee, they escape from the scene, and no one drives them out.
_PERPETRATORS = frozenset({
    "attacker", "gunman", "assailant", "suspect", "robber", "kidnapper", "bomber", "perpetrator", "culprit",
    "thief", "abductor", "raider", "shooter", "killer", "hijacker", "looter", "arsonist", "smuggler",
})


def perpetrators_escape(tok: Token, frame: str | None) -> bool:
    """A flight whose subject is those who did a deed ("the gunmen fled on motorcycles", "the
    suspects fled the scene"): an escape, not people driven from their homes (PLOVER's SANCTION
    expel needs a party that drives them out)."""
    if frame != "flight" or tok.pos_ != "VERB":
        return False
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in children_of(tok.head) if c.dep_ == "nsubj"), None)
    return subj is not None and lemma_of(subj) in _PERPETRATORS


# What is told, not given or done: offering it is telling ("offered no evidence").
_TOLD = frozenset({
    "evidence", "proof", "detail", "explanation", "information", "comment", "reason", "account", "figure",
    "insight", "clue", "assessment", "view", "opinion", "analysis", "estimate", "specific", "indication",
    "justification", "answer", "response", "reassurance", "breakdown", "timeline", "timetable", "update",
})


def telling_offer(tok: Token) -> bool:
    """An offer whose object is something told (see the module docstring)."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in ("offer", "provide", "give"):
        return False
    objs = [c for c in children_of(tok) if c.dep_ == "dobj"]
    return bool(objs) and all(lemma_of(o) in _TOLD for o in objs)


# Things thought or said that one may agree with.
_OPINIONS = frozenset({
    "assessment", "view", "analysis", "opinion", "position", "statement", "remark", "comment", "conclusion",
    "finding", "idea", "assertion", "criticism", "sentiment", "characterisation", "characterization", "diagnosis",
})


def shared_opinion(tok: Token) -> bool:
    """Agreeing with an opinion, not to an act ("agreed that the economy was in trouble", "agreed
    with the bank's assessment"): a view shared; PLOVER's AGREE is a commitment to act. A
    complement with a modal ("agreed that troops would leave") or a bare verb ("agreed that the
    army withdraw") stays an agreement."""
    if tok.pos_ != "VERB" or lemma_of(tok) != "agree":
        return False
    kids = list(children_of(tok))
    if any(c.dep_ in ("xcomp", "dobj") for c in kids):
        return False
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "with":
            objs = [g for g in children_of(c) if g.dep_ == "pobj"]
            if any(lemma_of(g) in _OPINIONS for g in objs):
                return True
            if objs:
                return False  # agreeing with a party backs that party ("agreed with his colleague that...")
    for c in kids:
        if c.dep_ == "ccomp" and c.tag_ != "VB" and not any(g.tag_ == "MD" for g in children_of(c)):
            return True  # told as a fact, not willed ("agreed that troops withdraw", "would leave")
    return False


# Verbs of an amount changing or standing at a level.
_LEVEL_VERBS = frozenset({
    "rise", "fall", "drop", "decline", "double", "increase", "decrease", "grow", "plunge", "slump", "soar",
    "surge", "dip", "slip", "climb", "halve", "jump", "shrink", "wane", "ebb", "erode", "fade", "stand", "hover",
})


def support_level(tok: Token, event: str) -> bool:
    """Backing told as an amount that changes (see the module docstring)."""
    return (
        event == "SUPPORT" and tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and lemma_of(tok.head) in _LEVEL_VERBS
    )


# Verbs of having or lacking backing ("has the support of", "lacks the backing of").
_HOLDING = frozenset({"have", "enjoy", "retain", "command", "lack", "keep", "hold", "boast"})


def support_held(tok: Token, event: str) -> bool:
    """Backing that a party has, keeps or lacks (see the module docstring)."""
    return event == "SUPPORT" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and lemma_of(tok.head) in _HOLDING


# Units of a long stretch of time; grammar: prepositions of a span, words that make one run to now.
_LONG_UNITS = frozenset({"year", "decade"})
_SPAN_PREPOSITIONS = frozenset({"over", "in", "during", "throughout"})
_TO_NOW = frozenset({"past", "recent", "last"})


def _year(tok: Token) -> bool:
    return tok.text.isdigit() and len(tok.text) == 4


def _spans_years(c: Token) -> bool:
    """A modifier of a verb that makes its clause span years or repeat: "since 2015", "for
    decades", "over the years", "in the past five years", "three times", "long"."""
    if c.dep_ == "advmod" and c.lower_ == "long":
        return True
    if lemma_of(c) == "time" and c.dep_ in ("npadvmod", "advmod", "dobj"):
        return any(a.dep_ in ("nummod", "amod") for a in children_of(c))  # "three times", "several times"
    if c.dep_ != "prep":
        return False
    pobj = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
    if pobj is None:
        return False
    if c.lower_ in ("for", "since"):
        return lemma_of(pobj) in _LONG_UNITS or _year(pobj)
    return (
        c.lower_ in _SPAN_PREPOSITIONS
        and lemma_of(pobj) in _LONG_UNITS
        and (pobj.tag_ == "NNS" or any(a.lower_ in _TO_NOW for a in children_of(pobj)))
    )


def lasting_span(tok: Token) -> bool:
    """A trigger in a present perfect clause that spans years or repeats (see the module
    docstring)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
    if verb is None:
        return False
    kids = list(children_of(verb))
    if not any(c.dep_ == "aux" and lemma_of(c) == "have" and c.tag_ in _PRESENT for c in kids):
        return False
    return any(_spans_years(c) for c in kids)


# Nouns of a war or a conflict as a whole (the word list the arguments use for a war as subject).
_CONFLICTS = lexicon_words("conflict_nouns")


def war_tally(tok: Token) -> bool:
    """A verbal trigger in the present perfect whose subject is a war or a conflict (see the
    module docstring)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    kids = list(children_of(tok))
    if not any(c.dep_ == "aux" and lemma_of(c) == "have" for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is not None and lemma_of(subj) in _CONFLICTS:
        return True
    return _toll_of_a_war(tok, kids)


# Words that count people by the thousand or more.
_MANY = frozenset({"thousands", "millions", "hundreds", "tens", "thousand", "million"})


def _a_toll(tok: Token) -> bool:
    """A count of a war's toll: thousands or more ("300,000", "tens of thousands", "1.2 million")."""
    if tok.lower_ in _MANY:
        return True
    digits = tok.text.replace(",", "")
    return digits.isdigit() and int(digits) >= 1000


# Words of a war as a whole (not a day's "fighting" or "violence").
_WARS = frozenset({"war", "conflict", "insurgency", "occupation"})


def _toll_of_a_war(tok: Token, kids: list[Token]) -> bool:
    """A passive casualty of thousands in the present perfect, with no agent, told "in" or "during"
    a war as a whole ("some 250,000 civilians have been wounded in the war", "thousands have been
    wounded during the conflict"): the war's running toll. A day named with it, or a count of a few,
    makes it one attack."""
    victims = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if victims is None or any(c.dep_ == "agent" for c in kids) or not any(_a_toll(t) for t in victims.subtree):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "during", "throughout")
        and any(g.dep_ == "pobj" and lemma_of(g) in _WARS and g.tag_ == "NN" for g in children_of(c))
        for c in kids
    )


# Places and facilities a country or a town may house.
_HOUSED = _CLASSES["facility"] | _CLASSES["held_place"]


def hosts_a_place(tok: Token, event: str) -> bool:
    """A verb of hosting whose object is a place or a facility (see the module docstring)."""
    if event != "CONSULT" or tok.pos_ != "VERB" or lemma_of(tok) != "host":
        return False
    obj = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
    return obj is not None and lemma_of(obj) in _HOUSED


def role_description(tok: Token) -> bool:
    """A nominal trigger in an "of" or "for" phrase of what a party is (see the module docstring)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "for"):
        return False
    owner = tok.head.head
    if owner.pos_ != "NOUN":
        return False
    if owner.dep_ == "attr":
        verb = owner.head
        return lemma_of(verb) == "be" and verb.tag_ in _PRESENT
    return owner.dep_ == "appos"


# Grammar: the verb of shooting that also means letting staff go, and the prepositions of its aim.
_FIRING = frozenset({"fire"})
_AIMED = frozenset({"on", "upon", "at", "into", "toward", "towards"})
_FIRED_THINGS = (
    load_word_classes()["weapon"] | load_word_classes()["war_machine"] | load_word_classes()["projectile"]
)


def dismissal(tok: Token) -> bool:
    """"fire" with people for its object and no aim (see the module docstring)."""
    if tok.pos_ != "VERB" or lemma_of(tok) not in _FIRING:
        return False
    for c in children_of(tok):
        if c.dep_ == "prep" and c.lower_ in _AIMED and not _a_time(c):
            return False  # "fired on the crowd", but not "fired on Friday"
    objs = [c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(_people(o) for o in objs)


def _a_time(prep: Token) -> bool:
    """Whether a preposition's object is a day or a time ("on Friday", "at dawn")."""
    objs = [g for g in children_of(prep) if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


def _people(noun: Token) -> bool:
    """Whether a noun names people (an agent noun of the actors knowledge base, or a person's name),
    not a weapon, a machine of war or a thing thrown."""
    if lemma_of(noun) in _FIRED_THINGS or noun.lower_ in _FIRED_THINGS:
        return False
    if noun.ent_type_ == "PERSON":
        return True
    kb = default_kb()
    return kb.agent_sector(lemma_of(noun)) is not None or kb.agent_sector(noun.lower_) is not None


# Things of a market that move by themselves: prices, indices, shares and currencies ("stocks
# retreated", "the rupee surrendered its gains"); their moves are no party's act.
_MARKET_THINGS = frozenset({
    "market", "stock", "share", "price", "index", "bond", "yield", "equity", "bourse", "commodity", "currency",
    "crude", "dollar", "euro", "pound", "yuan", "renminbi", "yen", "rupee", "riyal", "rial", "dirham", "dinar",
    "franc", "rouble", "ruble", "lira", "shekel", "naira", "rand", "peso", "krona", "krone", "shilling", "won",
})


def market_move(tok: Token) -> bool:
    """A verbal trigger whose subject is a price, an index, shares or a currency ("markets
    retreated on Monday", "the rupee surrendered its early gains"): a market moving, no party acting."""
    if tok.pos_ != "VERB":
        return False
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in children_of(tok.head) if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and lemma_of(subj) in _MARKET_THINGS


def _score(tok: Token) -> bool:
    """A token that begins a game's score: "3-1", "2–0" as one token or as number, dash, number."""
    text = tok.text.replace("\u2013", "-")
    if "-" in text:
        a, _, b = text.partition("-")
        return a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2
    if not (tok.text.isdigit() and len(tok.text) <= 2) or tok.i + 2 >= len(tok.doc):
        return False
    dash, nxt = tok.doc[tok.i + 1], tok.doc[tok.i + 2]
    return dash.text in ("-", "\u2013") and nxt.text.isdigit() and len(nxt.text) <= 2


def game_score(tok: Token, event: str) -> bool:
    """A verb of beating or attacking told with a score ("beat the visitors 3-1", "were beaten 1-0
    by a late goal"): a game won or lost, no attack. A tally of votes ("voted 9-6") is no ASSAULT
    word and keeps its reading."""
    if event != "ASSAULT" or tok.pos_ != "VERB":
        return False
    told = [c for c in children_of(tok) if c.dep_ in ("npadvmod", "dobj", "advmod", "nummod")]
    return any(_score(t) for c in told for t in c.subtree)


# Grammar: an amount of a count ("rose 20 percent", "fell by a third", "rose to 1,200").
_AMOUNT_LABELS = frozenset({"PERCENT", "CARDINAL", "QUANTITY"})
_AMOUNT_PREPOSITIONS = frozenset({"by", "to", "from"})
# Verbs of a count that say the amount by themselves.
_MULTIPLYING = frozenset({"double", "triple", "treble", "halve", "quadruple"})


# Words of a part of a count ("rose 20 percent", "fell by half").
_PARTS = frozenset({"percent", "%", "half", "third", "quarter"})


def _amount(tok: Token) -> bool:
    return tok.like_num or tok.ent_type_ in _AMOUNT_LABELS or lemma_of(tok) in _PARTS


def counted(tok: Token) -> bool:
    """A nominal trigger that is the subject of a count changing by an amount ("arrests of
    journalists rose 20 percent", "kidnappings doubled", "killings fell to 45 from 60"): a
    statistic of a kind of act, no one act."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or lemma_of(tok.head) not in _LEVEL_VERBS | _MULTIPLYING:
        return False
    verb = tok.head
    if lemma_of(verb) in _MULTIPLYING:
        return True
    for c in children_of(verb):
        if c.dep_ in ("npadvmod", "dobj", "advmod") and any(_amount(t) for t in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ in _AMOUNT_PREPOSITIONS:
            if any(_amount(t) for g in children_of(c) if g.dep_ == "pobj" for t in g.subtree):
                return True
    return False


# Words of what a party is known for: "known for", "notorious for", "a reputation for", "a history of".
_KNOWN_FOR = frozenset({"known", "famous", "notorious", "noted", "renowned", "infamous"})
_REPUTATION = frozenset({"reputation", "history", "record", "habit", "tradition", "penchant", "fondness"})


def reputation(tok: Token) -> bool:
    """A trigger that names what a party is known for ("is known for his attacks on the press", "has
    a reputation for meeting critics face to face", "a history of jailing reporters"): a trait, not an act."""
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.lower_ not in ("for", "of"):
        return False
    owner = tok.head.head
    if tok.head.lower_ == "for" and owner.pos_ == "ADJ" and owner.lower_ in _KNOWN_FOR:
        return True
    if tok.head.lower_ == "for" and owner.pos_ == "VERB" and owner.lower_ in _KNOWN_FOR:
        return True  # the tagger's participle: "is known(VBN) for"
    return owner.pos_ == "NOUN" and lemma_of(owner) in _REPUTATION and owner.dep_ in ("dobj", "attr", "pobj")




# Works of fiction and play: what happens in them happens to no one ("in the film", "in the novel").
_FICTION = frozenset({
    "film", "movie", "novel", "episode", "sitcom", "videogame", "opera", "comic", "fiction", "thriller", "cartoon",
    "screenplay",
})


def in_fiction(tok: Token) -> bool:
    """A trigger in a clause set in a work of fiction ("in the novel, the hero kidnaps a senator",
    "in the film a band of rebels storms the palace"): a plot, no event. A video or a recording
    shows what parties did, and stays ("in a video, the group threatened the king")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
    for _ in range(4):
        if verb is None:
            return False
        places = [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in" for g in children_of(c)]
        if any(g.dep_ == "pobj" and lemma_of(g) in _FICTION for g in places):
            return True
        verb = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else None
    return False


# People who play a sport: their attacks and blows are moves of a game.
_PLAYERS = frozenset({
    "striker", "midfielder", "goalkeeper", "footballer", "winger", "batsman", "batter", "bowler", "pitcher",
    "quarterback", "boxer", "wrestler", "tennis", "cricketer", "teammate", "champion",
})


def sport_play(tok: Token, event: str) -> bool:
    """A verb of attacking or beating whose doer or target is a player of a sport ("the striker
    attacked the ball", "beat the defending champions"): a game, no attack."""
    if event != "ASSAULT" or tok.pos_ != "VERB":
        return False
    parties = [c for c in children_of(tok) if c.dep_ in ("nsubj", "dobj", "nsubjpass")]
    return any(lemma_of(p) in _PLAYERS for p in parties)


def copular_comment(tok: Token) -> bool:
    """A nominal trigger with nothing of its own but "the", "these" or "such", the subject of a
    present "be" with a predicate ("the rallies are the sternest test the junta has faced in
    years", "such raids are a grave breach"): a comment on acts told elsewhere, no new act."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or lemma_of(tok.head) != "be" or tok.head.tag_ not in _PRESENT:
        return False
    kids = list(children_of(tok))
    if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ not in ("the", "these", "this", "such"):
        return False
    return any(c.dep_ in ("attr", "acomp") for c in children_of(tok.head))
