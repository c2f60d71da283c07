"""Where an event happened: from the event's own clause, else from who acted, else the dateline.

The steps, in order (the first that gives a place wins):

1. **the trigger's clause**: a place in a locative phrase ("in Mosul", "near the border town
   of X") inside the clause of the trigger, nearest clause first, then the clauses that govern it
   ("In Hodeidah, residents said the strikes set fire to a depot": the place of the reporting
   clause holds for what is reported);
2. **a party away from home**: when the sentence says the acting party came where it acts ("the
   minister, who flew into Lima on Monday, signed..."), the place it came to, else the dateline;
   a body that meets only where it sits (the U.N. Security Council) acts at its seat;
3. **a domestic act**: when the actor has a country and every recipient that has a country has
   the same one, the event happens in that country ("Kenyan police arrested 40 students"); a
   statement is made at the speaker's home;
4. **the dateline**: the place the story is filed from.

There is no step 5: an event the text does not place stays unplaced. The most-mentioned or
first country of the article is never an event's place (a story about Iraq filed from
Washington quotes the Pentagon; the quotes are not events in Iraq), with one exception the
coder applies after these steps (:func:`filed_from_abroad`): an attack, a raid or a protest
only the dateline placed, in a story about another country than the dateline's, happened in
that country (the reporter in Washington did not see it there).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Token

from ..knowledge.actors import default_kb
from ..knowledge.gazetteer import Gazetteer
from ..knowledge.lexicon import load_word_classes
from ..knowledge.lexicon import words as lexicon_words
from ..record import Actor, Place
from .syntax import children_of, sent_of, subtree_of, token_at, tokens_of
from .triggers import names_an_act

T = TypeVar("T")

# Grammar: subordinators of a clause that happens at the same time and place as its head.
_SAME_TIME = frozenset({"when", "as", "while"})

# Grammar: prepositions of a way's end ("to Juba", "into Chad"), as opposed to a place where.
_DIRECTIONAL = frozenset({"to", "into", "toward", "towards"})

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Verbs of a party come to where it is ("who flew into Lima", "attending the summit").
_ARRIVAL = lexicon_words("arrival_verbs")
# Dependency labels that open a new clause below a verb or noun.
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "xcomp", "acl", "conj", "parataxis", "pcomp"})


def clause_heads(trigger: Token) -> list[Token]:
    """The heads of the clauses that contain ``trigger``, innermost first, up to the root."""
    heads: list[Token] = []
    cur = trigger
    for _ in range(40):  # a bound on depth; parse trees are shallow
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ in _CLAUSE_DEPS:
            if not heads or heads[-1].i != cur.i:
                heads.append(cur)
        if cur.dep_ == "ROOT" or cur.head.i == cur.i:
            break
        cur = cur.head
    return heads or [trigger]


def _same_time(clause: Token) -> bool:
    """Whether an adverbial clause happens at the same time and place as its head ("were killed
    when gunmen stormed a hotel", "were wounded while they patrolled"). A "while" clause in the
    simple past that names a party of its own sets another party's act beside the head's ("the
    party called a strike, while its lawyers appealed on Monday"): a contrast, not one scene."""
    marks = [c.lower_ for c in children_of(clause) if c.dep_ in ("mark", "advmod") and c.lower_ in _SAME_TIME]
    if not marks:
        return False
    named = any(c.dep_ in _SUBJECTS and c.pos_ != "PRON" for c in children_of(clause))
    if marks == ["while"] and clause.tag_ == "VBD" and named:
        return False
    return True


def _scene_relative(clause: Token) -> bool:
    """Whether a relative clause tells the time or scene of its noun ("on Sunday, when police
    fired", "protests in which two men died"), or what the party an act is done to did in that
    act's scene ("troops shot at youths who hurled rocks"), rather than what a party did apart
    ("the minister, who signed")."""
    for c in children_of(clause):
        if c.dep_ == "advmod" and c.lower_ in ("when", "where"):
            return True
        if c.dep_ == "prep" and any(g.lower_ in ("which", "whom") for g in children_of(c)):
            return True
    return _target_relative(clause)


# Grammar: relative pronouns that can be a relative clause's subject.
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


def _target_relative(clause: Token) -> bool:
    """Whether ``clause`` is a relative clause, with a relative pronoun for its subject, on the
    object of a verb ("dispersed students who blocked the road", "shot at youths who hurled
    rocks"): what the party acted on did, told as the scene of the act on it."""
    if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in children_of(clause)):
        return False
    noun = clause.head
    if noun.dep_ == "dobj":
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB"


def _infinitive_complement(clause: Token) -> bool:
    """Whether a complement clause is a bare infinitive with "to" and its own subject ("allowed the
    agency to resume flights"): the object and its act that the head verb controls, one telling
    with its head, not a reported clause of its own."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause))


def _gapped(conj: Token) -> bool:
    """Whether a coordinated clause borrows its head's auxiliary ("two men were killed and a
    woman wounded"): a participle with no auxiliary of its own after a head that has one. It is
    the same telling, whose time and place hold for both."""
    aux = ("aux", "auxpass")
    return (
        conj.tag_ == "VBN"
        and not any(c.dep_ in aux for c in children_of(conj))
        and any(c.dep_ in aux for c in children_of(conj.head))
    )


def _own_tokens(head: Token, inner: Token | None) -> set[int]:
    """Token indices of the clause headed by ``head``, without the clause of ``inner`` below it
    and without other clauses that hang from it (a place in a relative clause is not this one's)."""
    skip: set[int] = set()
    for t in subtree_of(head):
        if t.i == head.i:
            continue
        if t.dep_ in ("ccomp", "advcl", "relcl", "acl", "parataxis") and t.head is not None:
            if t.dep_ == "advcl" and _same_time(t):
                continue  # "were killed when gunmen stormed a hotel in Mogadishu on Sunday": one scene
            if t.dep_ == "acl" and t.tag_ == "VBG":
                continue  # "held two engineers working for a mining firm in Kolwezi on Friday": one scene
            if t.dep_ == "ccomp" and _infinitive_complement(t):
                continue  # "let the agency resume flights on Friday": the parser's ccomp of a controlled verb
            skip.update(x.i for x in subtree_of(t))
        elif (
            t.dep_ == "conj"
            and t.pos_ in ("VERB", "AUX")
            and any(c.dep_ in _SUBJECTS for c in children_of(t))
            and not _gapped(t)
        ):
            # "called for a ceasefire, and the council will meet on Friday": a coordinated clause
            # with a subject of its own keeps its time and place
            skip.update(x.i for x in subtree_of(t))
    if inner is not None:
        skip.update(x.i for x in subtree_of(inner))
    return {t.i for t in subtree_of(head)} - skip


def _acted_on_places(trigger: Token) -> set[int]:
    """Tokens where a place is what the act is done to ("shelled Mosul", "captured the town of
    Palma"): the object of the trigger, or the "of" complement of that object. A place so named
    is where the event happens, never a party."""
    out: set[int] = set()
    for c in children_of(trigger):
        if c.dep_ in ("dobj", "nsubjpass"):
            out.add(c.i)
            for p in children_of(c):
                if p.dep_ == "prep" and p.lower_ == "of":
                    out.update(g.i for g in children_of(p) if g.dep_ == "pobj")
    return out


def _end_of_another_way(root: Token, trigger: Token) -> bool:
    """Whether a place named as the end of a way ("to X", "into X") is the end of another
    word's way than the trigger's: "cut aid to Honduras", "a visit to Peru", "as he tried to
    cross into Chad" say where aid, a visitor or a traveller go, not where the act happens. On
    the trigger itself the end of its way is its place ("sent troops to Arauca")."""
    return root.dep_ == "pobj" and root.head.lower_ in _DIRECTIONAL and root.head.head.i != trigger.i


# Grammar: prepositions of what something is about ("lies about the war", "a probe into abuses").
_MATTER = frozenset({"about", "concerning", "regarding"})
# Nouns of an inquiry ("opened a probe into abuses in X"): what comes after "into" is its matter.
_INQUIRIES = load_word_classes()["inquiry"]


def _in_a_matter(root: Token) -> bool:
    """Whether a place names where the matter of a report or an inquiry lies, not where the act
    is done: a locative phrase on the noun a preposition of the matter governs ("spreading lies
    about the fighting in Darfur", "opened an inquiry into killings in Tigray"). Whoever opens
    the inquiry or tells the lies does so elsewhere, most often at home."""
    if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = root.head.head
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in _MATTER:
        return True
    if prep.lower_ != "into":
        return False
    # "an inquiry into X", whether the parser hangs "into" on the noun or on the verb opening it
    holder = prep.head
    return holder.lemma_.lower() in _INQUIRIES or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _INQUIRIES for c in children_of(holder)
    )


def _names_party(p: Place, start: int, end: int) -> bool:
    """The place names a party ("Moscow" as the actor), as opposed to a place in a locative phrase
    inside a longer party phrase ("police in Ankara": Ankara is where they act)."""
    ps = p.start or 0
    return start <= ps < end and ps == start


# Grammar: prepositions of where a party comes from ("refugees from Aleppo").
_ORIGIN = frozenset({"from"})
# Verbs of leaving a place: a clause of them on a party noun ("migrants fleeing the war in X",
# "families who escaped X") tells where the party came from.
_FLEEING = lexicon_words("fleeing_verbs")


def origin_phrases(trigger: Token, party_spans: list[tuple[int, int]]) -> set[int]:
    """Token indices of the phrases on a party's noun that say where the party comes from: a
    "from" phrase ("asylum seekers from Aleppo", "militants from Yemen") or a clause of leaving
    ("migrants fleeing the war in X", "students who escaped X"). They describe the party, not
    where the event happens: police arresting refugees from X arrest them where the police are."""
    out: set[int] = set()
    if not party_spans:
        return out  # no party, no party's origin
    for tok in tokens_of(sent_of(trigger)):
        if tok.pos_ not in ("NOUN", "PROPN") or not any(a <= tok.idx < b for a, b in party_spans):
            continue
        if names_an_act(tok):
            continue  # "urged a withdrawal from Iraq": the act's way out, not a party's origin
        for c in children_of(tok):
            if c.i == trigger.i or trigger in subtree_of(c):
                continue  # the act's own phrase ("an attack from the hills") is never the party's
            if (c.dep_ == "prep" and c.lower_ in _ORIGIN) or (
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _FLEEING
            ):
                out.update(t.i for t in subtree_of(c))
    return out


def clause_place(
    trigger: Token,
    places: list[tuple[Place, bool, int]],
    party_spans: list[tuple[int, int]],
    *,
    described: list[tuple[int, int]] | None = None,
    attack: bool = False,
) -> Place | None:
    """The place of the trigger's clause (or of a clause governing it); see the module docstring.

    ``places`` holds (place, in a locative phrase, index of its head token). ``described``: the
    spans of the parties whose origin phrases (:func:`origin_phrases`) do not place the event, when
    they are not ``party_spans`` (a meeting's host may be named by its place, not by its origin).
    With ``attack``, a place the act is done to is where it happens even when it also stands for
    a party ("jets struck Gaza City", "Russia attacked Ukraine"): an attack is where it lands."""
    acted_on = _acted_on_places(trigger)
    if attack and trigger.pos_ == "NOUN":
        # "a drone attack on Odesa", "an offensive against Kidal": the place the act is aimed at
        acted_on |= {
            g.i for p in children_of(trigger) if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for g in children_of(p) if g.dep_ == "pobj"
        }
    if attack and trigger.dep_ == "advcl" and trigger.tag_ == "VBG":
        # "missiles hit Kharkiv, killing three": the deaths are where the strike landed
        acted_on |= _acted_on_places(trigger.head)
    cands = [
        (p, i)
        for p, locative, i in places
        if (
            locative
            and not any(_names_party(p, a, b) for a, b in party_spans)
            and not _end_of_another_way(token_at(trigger.doc, i), trigger)
            and not _in_a_matter(token_at(trigger.doc, i))
        )
        or (i in acted_on and (attack or not any(a <= (p.start or 0) < b for a, b in party_spans)))
    ]
    if not cands:
        return None  # no place could be the clause's: the phrases that rule some out need not be read
    origins = origin_phrases(trigger, party_spans if described is None else described)
    elsewhere = _speakers_phrases(trigger) | gerund_matter(trigger) | origins
    here = nearest_clause_items(trigger, [(p, i) for p, i in cands if i not in elsewhere], across_time=False)
    if not here:
        return None
    rank = {"city": 0, "admin1": 1, "country": 2}
    return min(here, key=lambda p: (rank.get(p.precision, 3), abs((p.start or 0) - trigger.idx)))


# Grammar: prepositions whose gerund tells the act itself or its time ("by marching", "since
# withdrawing", "after meeting"), not what the act is about.
_GERUND_OF_THE_ACT = frozenset({"by", "since", "after", "before", "while", "during", "until", "upon", "on"})


def gerund_matter(trigger: Token) -> set[int]:
    """Token indices of the gerund clauses that say what the trigger is about ("accused the army
    of shelling a village on Monday", "praised the rebels for freeing hostages"): the time and
    place of the act charged or praised, not of the charge. A gerund of the means or the time
    ("protested by marching", "since withdrawing") tells the act itself."""
    out: set[int] = set()
    holders = [trigger, *(c for c in children_of(trigger) if c.dep_ == "dobj")]
    for holder in holders:  # the parser hangs "of" on the verb or on its object
        for prep in children_of(holder):
            if prep.dep_ != "prep" or prep.lower_ in _GERUND_OF_THE_ACT:
                continue
            for g in children_of(prep):
                if g.dep_ == "pcomp":
                    out.update(t.i for t in subtree_of(g))
    return out


def _speakers_phrases(trigger: Token) -> set[int]:
    """Token indices of the subjects of the clauses that report the trigger's ("judges at the court
    in Geneva said that troops had burned villages"): a place in the speaker's phrase says where
    the speaker is, not where what it reports happened."""
    out: set[int] = set()
    inner: Token | None = None
    for head in clause_heads(trigger):
        if inner is not None and inner.dep_ == "ccomp" and inner.head.i == head.i:
            for c in children_of(head):
                if c.dep_ in _SUBJECTS:
                    out.update(t.i for t in subtree_of(c))
        inner = head
    return out


# Grammar: subordinators of a clause that tells an act of another time than its head's.
_OTHER_TIME = frozenset({"after", "before", "since", "until"})


def _another_time(clause: Token) -> bool:
    """Whether an adverbial clause tells an act of another time than the clause it hangs on
    ("the envoys met in Geneva after militias shelled the port"): its place is its own, not
    the place of the clause it hangs on."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME for c in children_of(clause))


def nearest_clause_items(
    trigger: Token,
    items: list[tuple[T, int]],
    *,
    through_relatives: bool = True,
    governing: bool = True,
    across_time: bool = True,
) -> list[T]:
    """The items (each with the index of its token) of the trigger's own clause, else of the
    nearest clause that governs it; nested clauses of other verbs never count ("would not resume
    talks, which he called off in November": November is not when talks were not resumed)."""
    # without ``through_relatives``, a relative clause does not reach the clause of its noun
    # unless it tells that noun's time or scene ("on Sunday, when police fired"); without
    # ``governing``, only the trigger's own clause counts
    if not items:
        return []
    inner: Token | None = None
    heads = clause_heads(trigger)
    for head in heads if governing else heads[:1]:
        if inner is None:
            # the trigger's clause, and the trigger's own phrase ("an air strike on a house in
            # Khan Younis"), without the clauses nested in either
            own = _own_tokens(head, None) | _own_tokens(trigger, None)
        else:
            own = _own_tokens(head, inner)
        here = [x for x, i in items if i in own]
        if here:
            return here
        if not through_relatives and head.dep_ == "relcl" and not _scene_relative(head):
            return []
        if not across_time and _another_time(head):
            return []
        inner = head
    return []


def arrival_clause(trigger: Token, *, verbal: bool) -> Token | None:
    """The clause that tells the acting party came where it acts: a relative or participial clause
    with a verb of arrival on the subject of the trigger's clause ("the premier, attending the
    summit, backed..."), or, for a statement, of the clause that reports it ("Chile's minister,
    who flew into Lima on Monday, said his country would..."). Such a party is away from home,
    and its acts are not placed there. A visitor reporting an act of others says nothing of
    where they acted."""
    heads = clause_heads(trigger)
    for head in heads if verbal else heads[:1]:
        for subj in (c for c in children_of(head) if c.dep_ in _SUBJECTS):
            nouns = [subj, *(c for c in children_of(subj) if c.dep_ == "appos")]
            for clause in (c for n in nouns for c in children_of(n) if c.dep_ in ("relcl", "acl")):
                if trigger in subtree_of(clause):
                    continue  # the act told in the clause itself, not one of the party come there
                verbs = [clause, *(c for c in children_of(clause) if c.dep_ in ("advcl", "xcomp", "conj"))]
                for verb in verbs:
                    if verb.pos_ == "VERB" and verb.lemma_.lower() in _ARRIVAL:
                        return verb
    return None


def _arrival_place(clause: Token, places: list[tuple[Place, bool, int]]) -> Place | None:
    """The place an arrival clause names ("flew into Lima", "visiting Kyiv"), if any."""
    own = {t.i for t in subtree_of(clause)}
    here = [p for p, locative, i in places if i in own and (locative or clause.doc[i].head.i == clause.i)]
    return here[0] if here else None


# Grammar: prepositions of the occasion a statement is made at ("during talks", "at a summit").
_OCCASION = frozenset({"during", "at"})
_TALKS = load_word_classes()["talks"]


def occasion_place(trigger: Token, places: list[tuple[Place, bool, int]]) -> Place | None:
    """The place of the one meeting a sentence says a statement was made at ("told reporters
    during talks with his counterpart in Nairobi", "said at a summit in Accra"): the place in a
    locative phrase on a noun of talks after "during" or "at". The parser often hangs such a
    phrase on the nearest noun rather than on the verb, so the whole sentence is searched; a
    sentence with meetings in two places names none."""
    doc = trigger.doc
    sent = trigger.sent
    found: dict[str | None, Place] = {}
    for p, locative, i in places:
        tok = doc[i]
        if not locative or not sent.start <= i < sent.end or tok.dep_ != "pobj":
            continue
        if _on_an_occasion(tok):
            found.setdefault(p.country, p)
    return next(iter(found.values())) if len(found) == 1 else None


def _on_an_occasion(place: Token) -> bool:
    """Whether a place's locative phrase is on a noun of talks after "during" or "at", directly
    ("during talks in Nairobi") or through the nouns that noun governs ("during talks with his
    counterpart in Nairobi")."""
    noun = place.head.head
    for _ in range(3):  # a bound on the chain of prepositional phrases
        if noun.lemma_.lower() in _TALKS and noun.dep_ == "pobj" and noun.head.lower_ in _OCCASION:
            return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head
    return False


def _own_country(a: Actor) -> str | None:
    """The country of a party's own words, not one the sentence's other words lent it ("refugees"
    beside a U.S. envoy are not American)."""
    return None if (a.resolved_by or "").endswith("+context") else a.country


def visiting_parties(
    acts: list[tuple[Token, list[Actor], list[Actor], list[tuple[Place, bool, int]], bool, bool]],
    dateline: Place | None,
) -> frozenset[str]:
    """The parties (knowledge-base ids) an article shows come to the country it is filed from:
    parties the sentence says came where they act ("who flew into Lima", "attending the summit"),
    and the sides of a meeting whose clause places it there, of another country ("Chile's
    president met the Peruvian premier in Lima", filed from Lima). A meeting no clause places, with
    hosts of the dateline's country, is there too ("the Chilean envoy met displaced families",
    filed from a Peruvian town): the visitor came to them. ``acts`` holds, for each act of the
    article, its trigger, its actors, its recipients, the places of its sentence and whether it
    is a meeting, and whether it is a party hosting others (:func:`hosted_guests`). Hosts named
    without a country ("met refugees") are taken for the dateline's."""
    if dateline is None or not dateline.country:
        return frozenset()
    out: set[str] = set()
    for trigger, actors, recipients, places, meeting, hosting in acts:
        if hosting:
            out |= hosted_guests(trigger, actors, recipients, places, dateline)
            continue
        came = arrival_clause(trigger, verbal=False)
        if came is not None:
            p = _arrival_place(came, places) or dateline
        elif meeting:
            p = clause_place(trigger, places, [(a.start, a.end) for a in actors])
            if p is None and recipients and all(_own_country(r) in (None, dateline.country) for r in recipients):
                p = dateline
        else:
            continue
        if p is not None and p.country == dateline.country:
            out.update(a.kb_id for a in actors if a.kb_id and a.country and a.country != p.country)
    return frozenset(out)


def hosted_guests(
    trigger: Token,
    hosts: list[Actor],
    guests: list[Actor],
    places: list[tuple[Place, bool, int]],
    dateline: Place,
) -> set[str]:
    """The guests (knowledge-base ids) a party of the dateline's country, or of none, hosts where
    the story is filed ("the bloc's envoy hosted the two presidents for four hours", filed from
    Brussels): a hosted party has come to its host, and no clause placing the visit elsewhere,
    it is there. Guests of the dateline's own country are at home."""
    if any(h.country and h.country != dateline.country for h in hosts):
        return set()
    p = clause_place(trigger, places, [(a.start, a.end) for a in hosts + guests])
    if p is not None and p.country != dateline.country:
        return set()
    return {g.kb_id for g in guests if g.kb_id and g.country and g.country != dateline.country}


def talks_sides(
    sents: list[tuple[list[Token], dict[int, Actor], list[tuple[Place, bool, int]]]], dateline: Place | None
) -> frozenset[str]:
    """The parties (knowledge-base ids) of talks "between" them ("talks between the Chadian and
    Sudanese ministers broke down") in a story filed from a third country, when the sentence names
    no place of another country: the sides came where the story is filed to meet there, and their
    statements no clause places are made there, not at home. ``sents`` holds, for each sentence,
    its tokens, the actor of each mention by its head token and the sentence's places."""
    if dateline is None or not dateline.country:
        return frozenset()
    out: set[str] = set()
    for tokens, by_head, places in sents:
        if any(p.country and p.country != dateline.country for p, locative, _ in places if locative):
            continue  # the talks may be held there
        for tok in tokens:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _TALKS:
                continue
            for prep in (c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "between"):
                heads = [g for g in children_of(prep) if g.dep_ == "pobj"]
                heads += [c for g in heads for c in children_of(g) if c.dep_ == "conj"]
                sides = [by_head[g.i] for g in heads if g.i in by_head]
                countries = {a.country for a in sides if a.country}
                if len(sides) < 2 or len(countries) < 2 or dateline.country in countries:
                    continue
                out.update(a.kb_id for a in sides if a.kb_id and a.country)
    return frozenset(out)


# Sectors of parties that speak wherever they are (international bodies, forces abroad, and
# displaced people, who are of the country they left).
_ABROAD_SECTORS = frozenset({"IGO", "NGO", "MIL", "UAF", "REF"})
# Words of parties that speak from the country they are posted to ("the Chinese ambassador").
_POSTED_WORDS = load_word_classes()["diplomat"] | {
    "embassy", "embassies", "consulate", "ambassadors", "envoys", "diplomats"
}


# Nouns of a body of water ("the Red Sea", "the Gulf of Aden", "the Strait of Hormuz"), and the
# prepositions that put an act on it.
_WATERS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "channel", "waters"})
_ON_WATER = frozenset({"in", "on", "at", "off", "across", "through"})


def at_sea(trigger: Token) -> bool:
    """Whether the trigger's own clause puts the act on a named sea or waterway, or at sea ("fired
    a missile at a ship in the Red Sea", "seized a tanker in the Strait of Hormuz"): a place of
    no country the gazetteer knows, so neither the actor's home nor the dateline is where it was."""
    head = clause_heads(trigger)[0]
    for i in _own_tokens(head, None):
        tok = trigger.doc[i]
        if tok.dep_ != "pobj" or tok.head.lower_ not in _ON_WATER or tok.lemma_.lower() not in _WATERS:
            continue
        if tok.lower_ == "sea" and not any(c.dep_ == "det" for c in children_of(tok)) and tok.head.lower_ == "at":
            return True  # "at sea"
        named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(tok))
        named = named or tok.pos_ == "PROPN" or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in children_of(c))
            for c in children_of(tok)
        )
        if named:
            return True
    return False


def posted_abroad(actors: list[Actor]) -> bool:
    """Whether an actor is a state's party posted abroad ("the Kenyan ambassador", "Peru's embassy")."""
    return any(_POSTED_WORDS & set(a.text.lower().replace("'s", "").split()) for a in actors)


def domestic_country(actors: list[Actor], recipients: list[Actor], *, attack: bool = False) -> str | None:
    """The actor's country when the act stays inside it (every recipient with a country shares it).

    A party posted abroad acts where it is posted, not at home: "the Kenyan embassy condemned
    attacks on Kenyan traders" is no act inside Kenya (the dateline says where, if anything).
    With ``attack``, an armed force striking people of no country of their own ("Ghanaian
    jets bombed a rebel camp, killing nine fighters") may well be abroad: it is at home only
    when a recipient's own words make it of the force's country."""
    countries = {a.country for a in actors if a.country}
    if len(countries) != 1 or posted_abroad(actors):
        return None
    (country,) = countries
    if any(r.country and r.country != country for r in recipients):
        return None
    if any(a.sector in ("MIL", "IGO", "NGO", "REB") and not recipients for a in actors if a.country):
        return None  # armed forces or international bodies acting alone may well be abroad
    if any(a.sector == "REF" for a in actors if a.country):
        return None  # displaced people are of the country they left, and seldom act inside it
    if attack and any(a.sector in ("MIL", "REB") for a in actors if a.country) and not _own_countries(recipients):
        return None
    return country


def _on_a_noun(p: Place, places: list[tuple[Place, bool, int]], trigger: Token) -> bool:
    """Whether the place ``p`` of a clause is named in a phrase on the noun a verb acts on ("ended
    its mission in Mali"), rather than on the verb or an occasion ("at a session in Geneva"):
    where that thing is, not where the verb is done."""
    doc = trigger.doc
    for q, _, i in places:
        if q is p:
            tok = doc[i]
            noun = tok.head.head
            return (
                tok.dep_ == "pobj"
                and tok.head.dep_ == "prep"
                and noun.pos_ in ("NOUN", "PROPN")
                and noun.dep_ in ("dobj", "nsubjpass")
            )
    return False


def _seat_of(actors: list[Actor], gazetteer: Gazetteer) -> Place | None:
    """The seat of the body that is the event's only actor, when it meets and votes only there
    (the knowledge base's ``seat``: "the Security Council imposed an arms embargo", in a story
    filed from Juba, happened in New York), else None."""
    kb = default_kb()
    seats = {entry.seat if a.kb_id and (entry := kb.get(a.kb_id)) is not None else None for a in actors}
    if len(seats) != 1 or None in seats:
        return None
    place = gazetteer.lookup(next(iter(seats)) or "")
    return replace(place, text=None, start=None, end=None) if place is not None else None


def event_location(
    trigger: Token,
    *,
    places: list[tuple[Place, bool, int]],
    actors: list[Actor],
    recipients: list[Actor],
    dateline: Place | None,
    gazetteer: Gazetteer,
    hosted: bool = False,
    verbal: bool = False,
    visitors: frozenset[str] = frozenset(),
    clause: tuple[list[tuple[int, int]], Place | None] | None = None,
    attack: bool = False,
) -> tuple[Place | None, str | None]:
    """(place, how): how is "clause", "away", "seat", "occasion", "speaker", "domestic", "dateline",
    "sea" (unplaced: on a sea or waterway) or None when unplaced.

    With ``hosted`` (a meeting or a visit), a place that names the recipient is where the event
    happens: "visited Kyiv" meets Ukraine's government in Kyiv. With ``verbal`` (a statement,
    a demand, an accusation), a party of one country speaks at home unless the clause says
    where: "Beijing urged Manila to..." is placed in China, not where the dateline is. A party of
    ``visitors`` (see :func:`visiting_parties`) acts where the story is filed, not at home.
    ``clause``: (party spans, :func:`clause_place` of the trigger with them) when the caller has
    it already; it is used when the parties' spans are those. With ``attack`` (an armed
    attack), an act the clause puts on a named sea (:func:`at_sea`) stays unplaced.
    """
    spans = [(a.start, a.end) for a in (actors if hosted else actors + recipients)]
    parties = [(a.start, a.end) for a in actors + recipients]
    if clause is not None and clause[0] == spans:
        p = clause[1]
    else:
        p = clause_place(trigger, places, spans, described=parties)
    seat = _seat_of(actors, gazetteer)
    if p is not None and seat is not None and _on_a_noun(p, places, trigger):
        return seat, "seat"  # "the council voted to end its mission in Mali": the mission is there
    if p is not None:
        return p, "clause"
    if attack and at_sea(trigger):
        # "fired on a ship in the Red Sea": not at home, nor where the story is filed; a coastal
        # state's seizure of a ship is policing its own waters, and stays at home
        return None, "sea"
    came = arrival_clause(trigger, verbal=verbal)
    if came is not None:
        # the party came where it acts: the place it came to, else where the story is filed
        p = _arrival_place(came, places)
        if p is not None:
            return p, "away"
        return (dateline, "dateline") if dateline is not None else (None, None)
    if dateline is not None and any(a.kb_id in visitors for a in actors):
        return dateline, "dateline"  # the visitor met its hosts there: its acts are there too
    if seat is not None:
        return seat, "seat"
    if verbal:
        venue = occasion_place(trigger, places)
        if venue is not None:
            return venue, "occasion"
        home = {a.country for a in actors if a.country and a.sector not in _ABROAD_SECTORS}
        if len(home) == 1 and all(a.country in home for a in actors if a.country) and not posted_abroad(actors):
            place = gazetteer.country(next(iter(home)))
            if place is not None:
                return replace(place, text=None, start=None, end=None), "speaker"
    country = domestic_country(actors, recipients, attack=attack)
    if country is not None:
        place = gazetteer.country(country)
        if place is not None:
            return replace(place, text=None, start=None, end=None), "domestic"
    if dateline is not None:
        return dateline, "dateline"
    return None, None


# Categories of acts done on the spot, by force or in the street: where no clause places one, the
# story's dateline is only where it was filed from.
_ON_THE_SPOT = frozenset({"ASSAULT", "COERCE", "PROTEST"})


# How a party's country may have been lent by the words around it rather than its own ("+article":
# the country the article is about; "generic": a common noun of no country).
LENT_BY = ("+context", "+article", "+event_location", "+domestic", "+named_before")


def _own_countries(parties: list[Actor]) -> set[str]:
    """The countries the parties' own words give them (none a context lent)."""
    how_by = [(a.country, a.resolved_by or "") for a in parties]
    return {c for c, by in how_by if c and not by.startswith("generic") and not by.endswith(LENT_BY)}


def filed_from_abroad(event: str, how: str | None, dateline: Place | None, home: Place | None) -> bool:
    """Whether an act placed only by the dateline happened in the country the article is about
    instead: an attack, a raid or a protest that no clause places, in a story filed from another
    country's city ("Gunmen killed two guards at a mine", filed from a neighbouring capital) took
    place where the story's news is, not where the reporter is. Statements and visits stay at the
    dateline: a story filed from abroad quotes the speakers there."""
    return (
        event in _ON_THE_SPOT
        and how == "dateline"
        and dateline is not None
        and home is not None
        and bool(home.country)
        and dateline.country != home.country
    )

