"""Actor mentions: noun phrases of a parsed article resolved to the knowledge base.

``Mentions`` builds, for a head token, the noun phrase a reader would call the actor
("Two Iraqi groups backed by Iran", "its spokesman, Jaafar Al Husseini"), resolves it with
:func:`eventwire.actors.resolve_phrase`, and keeps a short memory of named organisations for
simple in-article coreference ("it", "its spokesman", "the group"). Results are cached per token.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace

from spacy.attrs import DEP, ORTH, POS
from spacy.parts_of_speech import ADJ, NOUN, NUM, PRON, PROPN, X
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..knowledge.actors import KnowledgeBase, Resolution, lookup, normalize_alias
from ..knowledge.actors.generic import generic_reading
from ..knowledge.gazetteer import Gazetteer
from ..knowledge.lexicon import load_word_classes
from ..knowledge.lexicon import words as lexicon_words
from ..record import Actor, Affiliation
from .pipeline import ent_bounds, ent_of, normalize_for_parse, span_ents
from .refugees import abroad
from .syntax import children_of, lemma_of, sent_of, sents_of, subtree_of, token_at, tokens_of

_KEEP = {"det", "amod", "compound", "poss", "nummod", "nmod", "npadvmod", "case", "quantmod", "predet"}
_BARE_INSTITUTIONS = lexicon_words("bare_institution_names")
_AFFIL_VERBS = lexicon_words("affiliation_verbs")
_ROLE_NOUNS = lexicon_words("role_nouns")
_GROUP_NOUNS = lexicon_words("group_nouns")
_LOCATING_PREPS = lexicon_words("locating_prepositions")
# Verbs of leaving a country for safety: whom they qualify ("refugees fleeing Sudan") come from it.
_FLEEING_VERBS = lexicon_words("fleeing_verbs")
# People who left their country and seek a place to stay ("migrants", "asylum seekers").
_DISPLACED_NOUNS = load_word_classes()["displaced"]
# Vehicles and the people aboard one, whom a vehicle's "its" owns ("seized a boat and detained its crew")
_VEHICLES = load_word_classes()["vehicle"]
_ABOARD = frozenset({"crew", "captain", "skipper", "pilot", "passenger", "sailor", "seafarer", "driver"})
# Entity labels the tagger gives the names of towns and regions (it takes some for peoples or sites).
_PLACE_TAGS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Grammar: relative pronouns that stand for the noun a relative clause qualifies.
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_PRON_ORG = lexicon_words("organisation_pronouns")
# Words that make a party foreign to the place where it acts ("multinational", "foreign").
_FOREIGN_WORDS = lexicon_words("foreign_party_words")
_PRON_SPEAKER = lexicon_words("speaker_pronouns")
# Grammar: third-person pronouns of a person.
_PRON_PERSON = frozenset({"he", "she", "him", "her", "his"})
_TITLES = lexicon_words("person_titles_mentions")
# An acronym, and the small words a name may hold that its acronym leaves out.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}")
_NAME_PARTICLES = frozenset({"of", "the", "and", "for", "de", "la", "du", "des", "del", "al"})
# The brackets around an acronym, as the ids of the words (``Token.orth``).
_OPEN_BRACKET, _CLOSE_BRACKET = get_string_id("("), get_string_id(")")
# Grammar: the subject pronouns of a party, with the kind of subject each refers back to.
_SUBJECT_PRONOUNS = {"it": "one", "they": "many", "he": "person", "she": "person"}
# Grammar: the gender a third-person pronoun of a person gives.
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# Grammar: titles and nouns that give a person's gender ("Ms", "spokeswoman", "the king").
_GENDERED_WORDS = {
    **dict.fromkeys(
        ("mr", "mr.", "sir", "lord", "king", "prince", "duke", "emperor", "sultan", "man", "boy", "father",
         "husband", "son", "brother", "spokesman", "businessman", "congressman", "councilman"),
        "m",
    ),
    **dict.fromkeys(
        ("ms", "ms.", "mrs", "mrs.", "miss", "madam", "lady", "dame", "queen", "princess", "duchess", "empress",
         "woman", "girl", "mother", "wife", "daughter", "sister", "spokeswoman", "chairwoman", "businesswoman",
         "congresswoman", "councilwoman"),
        "f",
    ),
}
# Grammar: pronouns of more than one.
_PRON_PLURAL = frozenset({"they", "them", "their"})
# Fine-grained tags of plural nouns.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Nouns that name one person by office ("the minister", "the Kenyan president").
_PERSON_ROLES = _TITLES | _ROLE_NOUNS
# Names the knowledge base leaves out because they mean either of two states (countries.yaml):
# the article's places tell which.
_AMBIGUOUS_STATES = {
    "congo": ("COD", "COG"),
    "congolese": ("COD", "COG"),
    "korea": ("KOR", "PRK"),
    "korean": ("KOR", "PRK"),
}


@dataclass(slots=True)
class Mention:
    actor: Actor
    head: int  # token index of the head
    start: int  # token span
    end: int


def person_name(span: Span | list[Token]) -> str | None:
    """The PERSON name inside a phrase, without titles ("Brig Gen Jonathan Braga" -> "Jonathan Braga")."""
    toks = [t for t in span if t.ent_type_ == "PERSON"]
    if not toks:
        return None
    words = [t.text for t in toks]
    while words and words[0].lower() in _TITLES:
        words.pop(0)
    return " ".join(words) or None


def _office_holder(toks: list[Token], head: Token) -> str | None:
    """The name of a person the tagger did not tag as one, known by the office the phrase gives
    it: the proper name after a word for an office ("Taliban spokesman Yusuf Karimi") or a proper
    name with an office in apposition ("Anna Berg, head of the agency"), or None."""
    if head.pos_ != "PROPN" or head.ent_type_ in ("GPE", "NORP", "LOC", "FAC"):
        return None
    doc, first = head.doc, toks[0].i
    k = head.i
    while k >= first and token_at(doc, k).pos_ == "PROPN" and token_at(doc, k).lower_ not in _PERSON_ROLES:
        k -= 1
    words = [token_at(doc, j).text for j in range(k + 1, head.i + 1)]
    office_before = k >= first and token_at(doc, k).lower_ in _PERSON_ROLES
    office_after = any(c.dep_ == "appos" and lemma_of(c) in _PERSON_ROLES for c in children_of(head))
    if len(words) < 2 or not (office_before or office_after):
        return None  # a single word may be an organisation's name ("Hamas, the group's leader")
    return " ".join(words)


# Definite descriptions of a kind of state, which a state's formal names say it is ("Kingdom of ...").
# A monarchy may be called by any of the words of one (a sultanate is "the kingdom" as well).
_MONARCHIES = frozenset({"kingdom", "emirate", "principality", "sultanate"})
_STATE_KINDS = _MONARCHIES | {"republic"}
# Definite descriptions of a state ("the kingdom said").
_STATE_DESCRIPTIONS = frozenset({"country", "nation", "state"}) | _STATE_KINDS
# How a mention names a state in its own words (not lent by the article or the sentence).
_STATED_COUNTRY = ("country", "demonym", "capital", "kb_", "agent+country", "nationality")
# Entity types of names that are no organisation a definite description can stand for.
_NOT_ORGANISATIONS = frozenset({"PERSON", "GPE", "LOC", "FAC"})
# How a name resolves when it names a state, a city or a people itself: not an organisation.
_PEOPLE_OR_PLACE = ("country", "capital", "demonym", "nationality")
# How an organisation the knowledge base does not know is placed by its own phrase.
_PLACED_ORGANISATION = frozenset({"based_in", "name+nationality"})
# Entity labels of a place: a name so tagged never stands for an organisation named before.
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Grammar: possessive pronouns that stand for a party.
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_VERBAL = frozenset({"VERB", "AUX"})
# Grammar: nouns that, with a possessive pronoun, name the owner's state ("his country").
_HOMELAND_NOUNS = frozenset({"country", "nation", "homeland"})
# Definite descriptions that name their antecedent's kind in its name ("the coalition").
_NAMED_KINDS = frozenset({"coalition", "alliance"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# Sectors of a state's armed forces.
_ARMED_STATE_SECTORS = frozenset({"MIL", "COP"})
# Sectors of bodies that belong to no one state: their people ("its staff") are of none either.
_STATELESS_SECTORS = frozenset({"IGO", "NGO", "HRI"})
# How a party a stateless body calls its own is resolved (later steps lend it no country).
STATELESS_OWNER = "owner_stateless"
# Sectors of armed groups outside a state's forces, which "the militant group" may stand for.
_ARMED_GROUP_SECTORS = frozenset({"REB", "UAF"})
# Kinds of knowledge-base entries a definite "the group" or "the movement" can stand for.
_GROUP_KINDS = frozenset({"armed_group", "party", "ngo", "igo"})


# Nouns for one who holds the same office as another (in another state).
_COUNTERPART_NOUNS = frozenset({"counterpart"})

# people who work for an organisation without holding a role in it ("researchers from the
# group"), and the prepositions that tie a role to the organisation it serves
_MEMBER_NOUNS = frozenset({"researcher", "volunteer"})
_SERVING_PREPS = frozenset({"for", "from", "with", "at"})
# How a resolution ends when its country is lent by the words around the phrase, not its own.
_LENT_COUNTRY = ("+context", "+article", "+event_location", "+domestic", "+named_before", "+owner")
# Nouns for a body sent on an errand ("a Saudi delegation" ... "the team"): a bare definite one
# stands for the last party the article named with a noun of the class.
_ENVOY_BODIES = frozenset({"delegation", "team", "mission"})
# Definite descriptions of an intergovernmental body ("the bloc"): they stand for one only.
_IGO_DESCRIPTIONS = frozenset({"bloc"})


def _of_kind(actor: Actor, noun: str) -> bool:
    if noun in _IGO_DESCRIPTIONS:
        return actor.sector == "IGO"
    if noun in _NAMED_KINDS:
        return noun in (actor.name or actor.text).lower()
    return actor.sector not in _STATE_SECTORS


# Compass words that make a country's name a region of it ("eastern Congo").
_COMPASS = frozenset({
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest",
})
# Name particles a surname may be written with or without ("Haider al-Abadi" ... "Abadi").
_SURNAME_PARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-")


def _surname_keys(name: str) -> set[str]:
    """The keys a person's surname can be mentioned by, lower-cased."""
    last = name.split()[-1].lower() if name.split() else ""
    keys = {last} if last else set()
    for particle in _SURNAME_PARTICLES:
        if last.startswith(particle) and len(last) > len(particle) + 1:
            keys.add(last[len(particle):])
    return keys


class Mentions:
    """Resolves actor phrases of one parsed article; keeps coreference memory in text order."""

    def __init__(self, doc: Doc, text: str, *, kb: KnowledgeBase, published: dt.date | None) -> None:
        self.doc = doc
        self.text = text
        self.kb = kb
        self.date = published.isoformat() if published else None
        self._cache: dict[int, Mention | None] = {}
        self._resolving: set[int] = set()  # heads being resolved: a phrase asked of again meanwhile is none
        self._sent_text: dict[int, str] = {}  # sentence number -> normalised sentence text
        self._nationalities: dict[int, list[Token]] = {}  # sentence number -> _nationalities_on_nouns
        self._phrases: dict[int, list[Token]] = {}  # head token index -> phrase_tokens(head)
        self._sent_bounds: list[tuple[int, int, int]] | None = None
        self._sent_firsts: list[int] = []
        self.orgs: list[tuple[int, Actor]] = []  # (token index, actor) of named non-state orgs
        # (token index, last word of the name, actor) of named parties, for "the association"
        # after "the Korean Medical Association"
        self.named: list[tuple[int, str, Actor]] = []
        # (token index, name, actor) of named organisations the text placed by a word of the phrase
        # ("Tokyo-based Hanamura Shipping"), for a later mention of the name alone
        self._placed_names: list[tuple[int, str, Actor]] = []
        self.states: list[tuple[int, Actor]] = []  # (token index, actor) of states named as parties
        self.speaker_of: dict[int, Actor] = {}  # sentence start token -> quote speaker
        self._tags: tuple[list[int], list[int]] | None = None  # (POS, DEP) of every token, read once
        # people introduced in the article with what they stand for ("Brazilian Defence Minister
        # José Múcio"), by full name and by surname, for later mentions of the name alone
        self.people: dict[str, Actor] = {}
        self.place_countries: set[str] = set()  # states of the article's places (set by the coder)
        self._persons: list[tuple[int, Actor]] = []  # (token index, actor) of named people, in text order
        # named people's gender ("m" or "f"), by name lower-cased: from a title or a noun of the
        # phrase that names them ("Ms", "spokeswoman"), or a "she" that reports for them
        self._genders: dict[str, str] = {}
        # (token index, kind, actor) of the subjects whose party has a country, in text order: what
        # a pronoun with no other antecedent refers back to
        self._subjects: list[tuple[int, str, Actor]] = []
        self._acronym_heads: dict[str, int] | None = None  # acronym -> head of the name it stands for
        self._normed: str | None = None  # the whole text normalised (``_norm(text)``), once per article
        self._doc_text: str | None = None  # ``doc.text``, read once

    # ------------------------------------------------------------------ phrase spans
    def phrase_tokens(self, head: Token) -> list[Token]:
        """The tokens of the noun phrase ``head`` heads as an actor, in order (found once per
        head: resolving a mention and reading its sentence's context both ask). Do not change
        the list."""
        found = self._phrases.get(head.i)
        if found is None:
            found = self._phrases[head.i] = self._phrase_tokens(head)
        return found

    def _phrase_tokens(self, head: Token) -> list[Token]:
        out = [head]
        for child in children_of(head):
            dep = child.dep_
            if dep in _KEEP or (dep == "punct" and child.text == "-" and child.i < head.i):
                out.extend(self._left_subtree(child))
            elif dep in ("acl", "amod") and lemma_of(child) in _AFFIL_VERBS:
                out.extend(subtree_of(child))
            elif dep == "appos" and child.ent_type_ == "PERSON":
                out.extend(
                    t for t in subtree_of(child) if t.dep_ != "punct" or t.i < max(c.i for c in subtree_of(child))
                )
            elif (
                dep == "prep"
                and child.lemma_ == "of"
                and lemma_of(head) in _ROLE_NOUNS
                and not any(g.dep_ == "pcomp" for g in children_of(child))
            ):
                # "the head of state" names the party; "accused the guard of firing" does not
                out.extend(subtree_of(child))
            elif dep == "prep" and self._locating_prep(head, child):
                out.extend(_without_clauses(child))  # "security forces in Guinea", "activists from the Fatah party"
        # a PERSON or ACTOR entity the head belongs to is taken whole
        bounds = ent_bounds(head)  # the entity of head's sentence holding head, without making it
        if bounds is not None:
            toks = [token_at(self.doc, k) for k in range(*bounds)]
            if any(t.text == "," for t in toks) and head.ent_type_ not in ("PERSON",):
                # "Mali, Burkina Faso and" as one entity is a list the tagger ran together: only
                # the name the head is part of
                segment: list[Token] = []
                for t in toks:
                    if t.text == "," or t.pos_ == "CCONJ":
                        if any(x.i == head.i for x in segment):
                            break
                        segment = []
                    else:
                        segment.append(t)
                toks = segment
            out.extend(toks)
        if len(out) == 1:
            return out
        by_index = {t.i: t for t in out}  # the last token object given for each index, as before
        return [by_index[i] for i in sorted(by_index)]

    def _locating_prep(self, head: Token, prep: Token) -> bool:
        """True for "in/from/of/throughout X" after an agent noun when X names a place or a known actor."""
        if prep.dep_ != "prep" or prep.lower_ not in _LOCATING_PREPS or prep.i < head.i:
            return False
        if head.pos_ != "NOUN" or self.kb.noun(normalize_alias(head.lemma_)) is None:
            return False
        if any(
            c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("GPE", "NORP", "ACTOR")
            for c in children_of(head)
        ):
            return False  # "Iraqi forces in Syria" are Iraqi
        objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
        return any(t.ent_type_ in ("GPE", "NORP", "ACTOR", "ORG", "LOC") for o in objects for t in _without_clauses(o))

    def _left_subtree(self, tok: Token) -> list[Token]:
        """``tok`` and its descendants through ``_LEFT_DEPS`` arcs, in depth-first order. The walk
        keeps its own stack, so a chain of any depth ("attack attack ... attack") cannot exhaust
        Python's recursion limit."""
        out: list[Token] = []
        stack = [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(reversed([c for c in children_of(t) if c.dep_ in _LEFT_DEPS]))
        return out

    def _bare_in_headline(self, head: Token) -> bool:
        """Whether ``head`` is a bare singular noun of the article's headline, which drops its
        articles ("quit ECOWAS, accusing bloc of bias"): as definite as "the bloc" in the body."""
        if head.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod") for c in children_of(head)):
            return False
        sent = sent_of(head)
        if sent.start != 0:
            return False
        if self._doc_text is None:
            self._doc_text = self.doc.text  # joined from the tokens on every read: once per article
        return self._doc_text[sent.end_char : sent.end_char + 1] == "\n"

    def _named_body(self, actor: Actor) -> bool:
        """Whether ``actor`` is a body the knowledge base knows, not a state nor a person."""
        return bool(actor.kb_id) and actor.kb_id not in self.kb.countries and not self._a_person(actor.kb_id)

    def _a_person(self, kb_id: str) -> bool:
        entry = self.kb.get(kb_id)
        return entry is not None and entry.kind == "person"

    # ------------------------------------------------------------------ resolution
    def mention(self, head: Token) -> Mention | None:
        """The resolved actor mention headed by ``head`` (cached), or None."""
        if head.i in self._cache:
            return self._cache[head.i]
        if head.i in self._resolving:
            return None  # "the officer, an officer of the navy": each phrase asks of the other
        self._resolving.add(head.i)
        try:
            m = self._resolve(head)
        finally:
            self._resolving.discard(head.i)
        if m is None and head.lower_ in _PRON_SPEAKER:
            return None  # the speaker may not be known yet: do not remember the miss
        self._cache[head.i] = m
        if (
            m is not None
            and m.actor.kb_id
            and m.actor.kb_id not in self.kb.countries
            and m.actor.sector not in (None, "GOV")
            and not self._a_person(m.actor.kb_id)  # "it" never stands for a person
        ):
            self.orgs.append((head.i, m.actor))
        elif (
            m is not None
            and not m.actor.person
            and m.actor.sector not in _STATE_SECTORS
            and head.tag_ not in _PLURAL_TAGS
            and (
                (m.actor.resolved_by or "") in _PLACED_ORGANISATION
                or (m.actor.resolved_by == "agent+country" and _based_in(head))
            )
        ):
            # "Tokyo-based Hanamura Shipping", "the Korean Teachers Union": an organisation the
            # knowledge base does not know, placed by its own phrase, is one "it" may stand for
            self.orgs.append((head.i, m.actor))
        if (
            m is not None
            and head.pos_ == "PROPN"
            and (m.actor.country or m.actor.kb_id)
            and head.ent_type_ not in _NOT_ORGANISATIONS
        ):
            self.named.append((head.i, head.lower_, m.actor))
            if (
                m.actor.country
                and not m.actor.kb_id
                and not m.actor.person
                and not (m.actor.resolved_by or "").startswith(_PEOPLE_OR_PLACE)
            ):
                self._placed_names.append((head.i, _proper_name(head), m.actor))
        elif m is not None and head.pos_ == "NOUN" and self._named_body(m.actor):
            # "International Criminal Court investigators": the body's name inside the phrase is
            # one a later "the court" may stand for, as if it had been named alone
            name = [
                t for t in self.doc[m.start : head.i] if t.pos_ == "PROPN" and t.ent_type_ not in _NOT_ORGANISATIONS
            ]
            if name and name[-1].i == head.i - 1:
                self.named.append((name[-1].i, name[-1].lower_, m.actor))
        if (
            m is not None
            and m.actor.country
            and (m.actor.resolved_by or "").startswith("country")
            and head.dep_ in ("nsubj", "nsubjpass")
        ):
            self.states.append((head.i, m.actor))
        if (
            m is not None
            and (m.actor.country or m.actor.sector)
            and head.dep_ in ("nsubj", "nsubjpass")
            and head.pos_ in ("NOUN", "PROPN")
        ):
            self._subjects.append((head.i, _subject_kind(head, m.actor), m.actor))
        return m

    def _earlier_subject(self, pron: Token, kind: str) -> Actor | None:
        """The last subject of ``kind`` ("person", "one", "many") before ``pron``, in its own
        sentence or the one before: "The Kenyan minister visited the camp. He urged..." """
        first = sent_of(pron).start
        verb = pron
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        own = {c.i for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")}  # "suspended their mediation"
        for i, k, actor in reversed(self._subjects):
            if i >= pron.i or i in own:
                continue
            if sent_of(token_at(self.doc, i)).start < first and not self._previous_sentence(i, first):
                return None
            if k == kind and not (kind == "person" and self._gender_clash(actor, pron.lower_)):
                return actor
            if kind == "many" and k == "person" and token_at(self.doc, i).tag_ in ("NNS", "NNPS"):
                return actor  # "Mali's military rulers ... urged them": people, but many of them
        return None

    def _unnamed_people(self, pron: Token, start: int) -> list[tuple[int, Actor | None]]:
        """People between token ``start`` and ``pron`` that a "he" or "she" may stand for besides
        those remembered as parties (``_persons``): a name the knowledge base lacks ("union leader
        Amos Banda") and a person named by a gendered noun ("the man"), each with what its phrase
        resolved to (None for nothing), in agreement with the pronoun's gender."""
        said = _PRONOUN_GENDER.get(pron.lower_)
        known = {i for i, _ in self._persons}
        out: list[tuple[int, Actor | None]] = []
        for tok in self.doc[start:pron.i]:
            if tok.i in known:
                continue
            if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and tok.dep_ not in ("compound", "poss"):
                ent = ent_of(tok)
                if ent is None or tok.i != ent.end - 1:
                    continue
                gender = _phrase_gender(self.phrase_tokens(tok), tok)
            elif tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lower_ in _GENDERED_WORDS:
                if tok.dep_ in ("compound", "amod", "poss") or any(
                    c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(tok)
                ):
                    continue  # "the man, Omar Diallo": the name is the candidate
                gender = _GENDERED_WORDS[tok.lower_]
            else:
                continue
            if said is None or gender in (None, said):
                m = self.mention(tok)
                if m is not None and (
                    (m.actor.kb_id and not self._a_person(m.actor.kb_id))
                    or (m.actor.resolved_by or "").startswith(("country", "capital", "demonym"))
                ):
                    continue  # a state or a body the tagger took for a person
                out.append((tok.i, self._copy(m.actor, m.actor, "person") if m is not None else None))
        return out

    def _gender_clash(self, actor: Actor, pronoun: str) -> bool:
        """Whether the person ``actor`` names is known to be of the other gender than ``pronoun``
        gives ("she" never stands for a man the article called "Mr" or "spokesman")."""
        said = _PRONOUN_GENDER.get(pronoun)
        known = self._genders.get(actor.person.lower()) if actor.person else None
        return said is not None and known is not None and said != known

    def _previous_sentence(self, i: int, first: int) -> bool:
        """Whether token ``i`` lies in the sentence just before the one starting at ``first``."""
        return first > 0 and sent_of(token_at(self.doc, first - 1)).start <= i

    def resolved(self) -> list[Mention]:
        """Every mention resolved so far (after :meth:`prime`, those of the primed sentences)."""
        return [m for m in self._cache.values() if m is not None]

    def _context(self, head: Token) -> str:
        """The normalised text of ``head``'s sentence (``_norm(head.sent.text)``), once per sentence,
        without the nationality words that qualify another noun phrase (:func:`_qualifying_nationalities`)."""
        if self._sent_bounds is None:  # (first token, start char, end char) of every sentence, once
            self._sent_bounds = [(s.start, s.start_char, s.end_char) for s in sents_of(self.doc)]
            self._sent_firsts = [b[0] for b in self._sent_bounds]
        k = bisect.bisect_right(self._sent_firsts, head.i) - 1
        first, start_char, end_char = self._sent_bounds[k]
        last = self._sent_bounds[k + 1][0] if k + 1 < len(self._sent_bounds) else len(self.doc)
        nationalities = self._nationalities.get(k)
        if nationalities is None:
            nationalities = self._nationalities[k] = _nationalities_on_nouns(tokens_of(self.doc[first:last]))
        masked = _qualifying_nationalities(nationalities, head, {t.i for t in self.phrase_tokens(head)})
        if masked:
            raw = self.text[start_char:end_char]
            for t in masked:  # blanked in place, so the other words keep their offsets
                at = t.idx - start_char
                raw = raw[:at] + " " * len(t.text) + raw[at + len(t.text):]
            return _norm(raw)
        if k not in self._sent_text:
            self._sent_text[k] = self._norm_text(start_char, end_char)
        return self._sent_text[k]

    def _norm_text(self, start: int, end: int) -> str:
        """``_norm(self.text[start:end])``, cut from the article normalised once: normalisation
        puts one character for one, so a slice of the whole is the slice normalised."""
        if self._normed is None:
            self._normed = _norm(self.text)
        return self._normed[start:end]

    def _span_actor(self, toks: list[Token], head: Token) -> Actor:
        start_char, end_char = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        return Actor(text=self.text[start_char:end_char], start=start_char, end=end_char)

    def _resolve(self, head: Token) -> Mention | None:
        pos = head.pos_
        if pos not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"):
            return None
        toks = self.phrase_tokens(head)
        actor = self._span_actor(toks, head)
        lower = head.lower_
        # pronouns: first person = the quote's speaker; third person = last named organisation
        if pos == "PRON":
            if lower in _PRON_SPEAKER:
                sp = self.speaker_of.get(sent_of(head).start)
                return self._finish(self._copy(sp, actor, "speaker"), toks, head) if sp else None
            reporter = self._reporter(head) if lower in _PRON_ORG or lower in _PRON_PERSON else None
            if reporter is not None and lower in _PRON_PERSON:
                if self._gender_clash(reporter, lower):
                    reporter = None  # "the spokeswoman said he had...": another person
                elif reporter.person:
                    self._genders.setdefault(reporter.person.lower(), _PRONOUN_GENDER[lower])
            if reporter is not None:
                # "The WFP said it had shipped...": the reporter named in the same sentence; the
                # record names it, not the pronoun
                return self._finish(self._copy(reporter, reporter, "coreference"), toks, head)
            governing = self._governing_subject(head)
            if governing is not None:
                return self._finish(self._copy(governing, actor, "coreference"), toks, head)
            if lower in _PRON_ORG:
                # "Russia denied that it had...": else the last named organisation, else the last
                # subject of the same number; a subject "they" first looks for many ("Students ...
                # They accuse...": the students, not a ministry named in between)
                number = "many" if lower in _PRON_PLURAL else "one"
                if number == "many" and head.dep_ in ("nsubj", "nsubjpass"):
                    org = (
                        self.antecedent(head, plural=True)
                        or self._earlier_subject(head, number)
                        or self.antecedent(head)
                    )
                else:
                    org = self.antecedent(head) or self._earlier_subject(head, number)
                return self._finish(self._copy(org, actor, "coreference"), toks, head) if org else None
            if lower in _PRON_PERSON:
                # "He urged the president to...": else the person the article named last (with
                # what that person stands for), else the last subject that is a person
                person = self._last_person(head) or self._earlier_subject(head, "person")
                return self._finish(self._copy(person, actor, "coreference"), toks, head) if person else None
            return None
        if pos == "PROPN" and head.text in self._acronyms():
            # "the Rastriya Prajatantra Party (RPP)" ... "the RPP": the name the article spelled
            # out, whatever else the letters stand for elsewhere
            named = self._acronyms()[head.text]
            if named + 2 < head.i:  # a later mention, not the one in brackets
                full = self.mention(self.doc[named])
                return self._finish(self._copy(full.actor, actor, "acronym"), toks, head) if full else None
        poss = next((c for c in children_of(head) if c.dep_ == "poss"), None)
        if poss is not None and lemma_of(head) in _ROLE_NOUNS and self.vehicle_aboard(head, poss) is None:
            owner: Actor | None = None
            if poss.lower_ in _PRON_ORG:
                owner = self.antecedent(head)
            elif poss.lower_ in _PRON_SPEAKER:
                owner = self.speaker_of.get(sent_of(head).start)
            else:
                pm = self.mention(poss)
                owner = pm.actor if pm and pm.actor.kb_id and pm.actor.kb_id not in self.kb.countries else None
            if owner is not None:
                return self._finish(self._copy(owner, actor, "role_of_owner"), toks, head)
        if poss is None and lemma_of(head) in _ROLE_NOUNS | _MEMBER_NOUNS:
            organisation = self._serving_organisation(head)
            if organisation is not None:
                copy = self._copy(organisation, actor, "role_of_owner")
                copy.person = None
                return self._finish(copy, toks, head)
        if poss is not None and lemma_of(head) in _HOMELAND_NOUNS and poss.lower_ in _POSSESSIVES:
            # "his country", "their nation": the state of whoever the pronoun stands for
            owner = self._reporter(head) or (
                self._last_person(head) if poss.lower_ in _PRON_PERSON else self.antecedent(head)
            )
            if owner is not None and owner.country:
                home = Actor(text=actor.text, start=actor.start, end=actor.end, country=owner.country, sector="GOV")
                home.resolved_by = "owner_country"
                return self._finish(home, toks, head)
        if poss is not None and poss.lower_ in _POSSESSIVES and poss.lower_ not in _PRON_PERSON:
            own = self._owned_people(head, poss, actor)
            if own is not None:
                return self._finish(own, toks, head)
        if pos == "PROPN" and any(
            c.dep_ in ("amod", "compound") and c.text in _COMPASS and not c.ent_type_ for c in children_of(head)
        ):
            return None  # "eastern Congo", "northern Syria": a region, never a party
        envoys = self._envoys_named_before(head)
        if envoys is not None:
            return self._finish(self._copy(envoys, actor, "coreference:envoys"), toks, head)
        # the sentence is read only when the phrase leaves its country open
        res = lookup(
            self._norm_text(actor.start, actor.end), kb=self.kb, date=self.date, context=lambda: self._context(head)
        )
        if res is not None and res.resolved_by.startswith(("capital", "country")) and _based_in(head):
            # "Tokyo-based Hanamura Shipping", "a London-based charity": of that state, not its government
            res = replace(res, name=None, sector=None, resolved_by="based_in")
        elif res is not None and res.resolved_by == "agent+country" and res.sector == "GOV" and any(
            _based_in(t) for t in toks
        ):
            # "an official of the London-based group": the group's official, of that state but no
            # official of its government
            res = replace(res, sector=None, resolved_by="based_in")
        if (res is None or (not res.kb_id and (res.country is None or res.resolved_by.endswith("+context")))) \
                and _military_rule(head):
            ruled = self._military_ruled_state(head)
            if ruled is not None:
                res = Resolution(actor.text, None, ruled, "GOV", (), "military_rule")
        state = self._possessor_state(poss) if poss is not None else None
        if state is not None and (
            res is None
            or (res.resolved_by.startswith("agent") and not self._agent_head(head))  # "the country's military rulers"
            or (res.country != state and not res.resolved_by.startswith("country"))
            or self._body_named_by_modifier(head, toks, res, state)
        ):
            # "South Korea's National Security Council", "Russia's envoy to the OPCW": a state's
            # own body or official, whatever a name inside the phrase would make of it
            sector = self._head_sector(head) or (
                res.sector if res is not None and (res.country or self._international_ngo(res)) else None
            )  # "Kenya's Red Cross": the national branch of an international body keeps its sector
            res = Resolution(actor.text, None, state, sector or "GOV", (), "possessor_state")
        if res is None and head.lower_ in _AMBIGUOUS_STATES:
            res = self._ambiguous_state(head)
        if res is not None and not res.kb_id and (res.country is None or res.resolved_by.endswith("+context")):
            # a country only the sentence's other words lend gives way to the phrase's own
            res = self._with_ambiguous_nationality(head, res)
        if res is not None and not res.kb_id and (res.country is None or res.resolved_by.endswith("+context")):
            res = self._shared_nationality(head, res)
        if res is not None and not res.kb_id and (res.country is None or res.resolved_by.endswith("+context")):
            res = self._apposed_state(head, res)
        if res is not None and not res.kb_id and (res.country is None or res.resolved_by.endswith("+context")):
            res = self._as_named_before(head, res)
        if res is not None and not res.kb_id and (res.country is None or res.resolved_by.endswith("+context")):
            named = self._body_named_before(head)
            if named is not None:
                copy = self._copy(named, actor, "coreference:name")
                copy.person = None
                return self._finish(copy, toks, head)
            # a state's body ("the government") is the sentence's or the article's state, unless
            # the article named it with words that make it foreign there ("a multinational force")
            same = self._same_noun_before(head, foreign_only=res.sector in _STATE_SECTORS)
            if same is not None:
                copy = self._copy(same, actor, "coreference:noun")
                copy.person = None
                if _named_foreign(same):
                    copy.country = None  # of no country the sentence lends it either
                return self._finish(copy, toks, head)
            armed = self._armed_group_before(head, res)
            if armed is not None:
                return self._finish(self._copy(armed, actor, "coreference"), toks, head)
        if (res is None or (res.country is None and res.sector is None)) and (
            head.ent_type_ == "PERSON" or head.pos_ == "PROPN"
        ):
            chained = self._chained(toks, head)
            if chained is not None:
                return chained
        if res is None and pos == "PROPN":
            res = self._named_with_nationality(head, actor.text)
        if res is None and pos == "PROPN" and head.ent_type_ not in _PLACE_ENTITIES:
            placed = self._placed_before(head)
            if placed is not None:
                copy = self._copy(placed, actor, "coreference:same_name")
                return self._finish(copy, toks, head)
        if res is None:
            # a definite description of a group ("the group") or a person in apposition
            definite = any(c.lower_ == "the" for c in children_of(head)) or self._bare_in_headline(head)
            if (lemma_of(head) in _GROUP_NOUNS or lemma_of(head) in _IGO_DESCRIPTIONS) and definite:
                # "the group", "the bloc": the named group reporting the clause, else the last
                # one named of the description's kind
                reporting = self._reporting_group(head)
                if reporting is not None and lemma_of(head) in _IGO_DESCRIPTIONS and reporting.sector != "IGO":
                    reporting = None
                org = reporting or self.antecedent(head, noun=lemma_of(head))
                if org is not None:
                    return self._finish(self._copy(org, actor, "coreference"), toks, head)
            if definite and pos == "NOUN" and head.tag_ == "NN" and lemma_of(head) in _STATE_DESCRIPTIONS:
                # "the kingdom", "the country" as a party: the state last named as one
                state = self._described_state(head)
                if state is not None:
                    copy = self._copy(state, actor, "coreference:state")
                    return self._finish(copy, toks, head)
            if definite and pos == "NOUN":
                # "the association" after "the Korean Medical Association": the party whose
                # name ends in the noun
                named = self._named_by_last_word(head)
                if named is not None:
                    copy = self._copy(named, actor, "coreference:name")
                    copy.person = None  # "the foundation" is no person, whoever it is named after
                    return self._finish(copy, toks, head)
            for child in children_of(head):
                if child.dep_ == "appos":
                    m = self.mention(child)
                    if m is not None:
                        return self._finish(self._copy(m.actor, actor, "apposition"), toks, head)
            return None
        if res.kb_id and res.country and res.country not in self.place_countries:
            # "the State Security Service", "the Democratic Party": a name many states' bodies
            # bear is the body of the state the article is about, not the one the data names
            generic = generic_reading(
                self.kb, res, self._norm_text(actor.start, actor.end), date=self.date,
                sentence=self._context(head), places=self.place_countries,
            )
            if generic is not None:
                res = generic
        if res.kb_id and res.country and self.place_countries and res.country not in self.place_countries and (
            _norm(actor.text).lower() in _BARE_INSTITUTIONS or self._bare_institution_inside(toks, res)
        ):
            # "Congress" or "Parliament" alone, in an article whose places are all of another
            # country, is that country's institution: kept as its kind, placed by the article
            res = Resolution(actor.text, None, None, res.sector, (), "institution")
        if (res.resolved_by or "").startswith("agent") and not self._agent_head(head):
            # an agent word modifying something else names no party ("terrorist activities",
            # "military equipment", "a general strike")
            return None
        actor.name = res.name
        actor.kb_id = res.kb_id
        actor.country = res.country
        actor.sector = res.sector
        actor.affiliations = list(res.affiliations)
        actor.resolved_by = res.resolved_by
        if res.kb_id and actor.person is None:
            entry = self.kb.get(res.kb_id)
            if entry is not None and entry.kind == "person":
                actor.person = entry.name  # a known person, whatever label the tagger gave the name
        if not actor.kb_id and (actor.country is None or (actor.resolved_by or "").endswith("+context")):
            origin = self._fled_country(head)
            if origin is not None:
                # "refugees fleeing Sudan", "families who fled Syria": of the country they left,
                # not of the one where they are now
                actor.country = origin
                actor.resolved_by = f"{(actor.resolved_by or 'generic').removesuffix('+context')}+origin"
        if abroad(actor):
            self._refugees_origin(actor, head)
        if actor.country is None:
            leader = self._leader_state(head)
            if leader is not None:
                # "the Saudi-led coalition", "French-led forces": of the state that leads them
                actor.country = leader
                actor.resolved_by = f"{actor.resolved_by}+leader"
        if not actor.kb_id and (actor.country is None or (actor.resolved_by or "").endswith("+country")):
            # "its embassy in Tehran": whose it is, not where it stands
            owner = self.owner_of(head)
            if owner is not None and owner.country:
                # "Turkey said its artillery had shelled...": a possessive pronoun gives its
                # owner's country to a party named by its kind
                actor.country = owner.country
                actor.resolved_by = f"{actor.resolved_by}+owner"
        if actor.sector is None and not actor.kb_id and lemma_of(head) in _COUNTERPART_NOUNS:
            # "the minister phoned his Ugandan counterpart": one who holds the same office in another
            # state, so of the sector of the person whose counterpart it is
            sector = self._counterpart_sector(head)
            if sector is not None:
                actor.sector = sector
                actor.resolved_by = f"{actor.resolved_by}+counterpart"
        return self._finish(actor, toks, head)

    def _fled_country(self, head: Token) -> str | None:
        """The country the people ``head`` names are said to have fled ("refugees fleeing Sudan",
        "civilians who escaped from Syria", "families who fled fighting in Myanmar"), or that
        displaced people come from ("asylum seekers from Eritrea"), if any."""
        if lemma_of(head) in _DISPLACED_NOUNS:
            for prep in children_of(head):
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    for place in children_of(prep):
                        country = self._country_named(place) if place.dep_ == "pobj" else None
                        if country is not None:
                            return country
        for clause in children_of(head):
            if clause.dep_ not in ("acl", "relcl") or lemma_of(clause) not in _FLEEING_VERBS:
                continue
            if clause.dep_ == "relcl" and not any(
                c.dep_ == "nsubj" and c.lower_ in _RELATIVE_PRONOUNS for c in children_of(clause)
            ):
                continue  # "the camp the refugees fled": the head is what they fled, not who fled
            for left in children_of(clause):
                if left.dep_ == "dobj":
                    places = [left, *(
                        o for p in children_of(left) if p.dep_ == "prep" and p.lower_ == "in"
                        for o in children_of(p) if o.dep_ == "pobj"
                    )]
                elif left.dep_ == "prep" and left.lower_ == "from":
                    places = [o for o in children_of(left) if o.dep_ == "pobj"]
                elif left.dep_ == "prep" and left.lower_ == "in" and any(c.dep_ == "dobj" for c in children_of(clause)):
                    # "fleeing the war in Liberia", the place hung on the verb: where what they fled is
                    places = [o for o in children_of(left) if o.dep_ == "pobj"]
                else:
                    continue
                for place in places:
                    country = self._country_named(place)
                    if country is not None:
                        return country
        return None

    def _refugees_origin(self, actor: Actor, head: Token) -> None:
        """Give ``actor``, refugees or migrants its own words leave without a country, the country
        of the nearest refugee party the article named before with one ("Honduran migrants ...
        the migrants") or of a people it named by nationality alone ("thousands of Afghans
        crossed ... police rounded up migrants"), never one the sentence lends ("Chad urged
        refugees to register": not Chad's); else none."""
        how = actor.resolved_by or ""
        if how.endswith("+context"):
            actor.country, actor.resolved_by = None, how.removesuffix("+context")
        if actor.country is not None:
            return
        for i in range(head.i - 1, -1, -1):
            tok = token_at(self.doc, i)
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            lemma = lemma_of(tok)
            people = tok.tag_ in _PLURAL_TAGS and tok.ent_type_ == "NORP"
            if not people and lemma not in _DISPLACED_NOUNS and self.kb.agent_sector(lemma) != "REF":
                continue
            m = self.mention(tok)
            if m is None or not m.actor.country:
                continue
            if not abroad(m.actor) and not (people and m.actor.sector is None and m.actor.resolved_by == "demonym"):
                continue
            if (m.actor.resolved_by or "").endswith(_LENT_COUNTRY):
                continue
            actor.country = m.actor.country
            actor.resolved_by = f"{actor.resolved_by or 'agent'}+refugees_before"
            return

    def _country_named(self, tok: Token) -> str | None:
        """The country ``tok`` names as a place (a state, its capital, or a town or region the
        gazetteer knows: "fled Aleppo"), if any."""
        if tok.pos_ != "PROPN" and tok.ent_type_ not in _PLACE_TAGS:
            return None
        names = [c for c in children_of(tok) if c.dep_ == "compound" and c.pos_ == "PROPN"]
        start, end = ent_bounds(tok) or (min([tok.i, *(c.i for c in names)]), tok.i + 1)
        first, last = token_at(self.doc, start), token_at(self.doc, end - 1)
        words = _norm(self.text[first.idx : last.idx + len(last.text)])
        res = lookup(words, kb=self.kb, date=self.date)
        if res is not None:
            return res.country if not res.kb_id and res.resolved_by.startswith(("country", "capital")) else None
        if tok.ent_type_ not in _PLACE_TAGS:
            return None
        place = Gazetteer.default().lookup(words)
        return place.country if place is not None else None

    def _serving_organisation(self, head: Token) -> Actor | None:
        """The organisation a role or member noun serves when a preposition names it ("a
        spokeswoman for the Oslo-based charity", "two researchers from the rights group"): an
        organisation that is no state's body, of its country and sector; the role is its, not a
        government's of the country the sentence or the dateline lends."""
        for prep in children_of(head):
            if prep.dep_ != "prep" or prep.i < head.i or prep.lower_ not in _SERVING_PREPS:
                continue
            pobj = next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
            if pobj is None or pobj.pos_ not in ("NOUN", "PROPN"):
                continue
            m = self.mention(pobj)
            if m is None or m.actor.person or m.actor.sector in _STATE_SECTORS:
                continue
            how = m.actor.resolved_by or ""
            if m.actor.kb_id and m.actor.kb_id not in self.kb.countries:
                return m.actor
            if how in _PLACED_ORGANISATION or (how.startswith("agent") and m.actor.sector is not None):
                return m.actor
        return None

    def _counterpart_sector(self, head: Token) -> str | None:
        """The sector of the person whose counterpart ``head`` is: the possessor ("his", "the
        minister's"), a person with a state's sector, or None."""
        poss = next((c for c in children_of(head) if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.lower_ in _PRON_PERSON:
            owner = self._reporter(head) or self._last_person(poss)
        elif poss.pos_ in ("PROPN", "NOUN"):
            m = self.mention(poss)
            owner = m.actor if m is not None else None
        else:
            return None
        if owner is None or not owner.person or owner.sector not in _STATE_SECTORS:
            return None
        return owner.sector

    def _international_ngo(self, res: Resolution) -> bool:
        """Whether ``res`` is a non-governmental body the knowledge base knows as of no country."""
        entry = self.kb.get(res.kb_id) if res.kb_id else None
        return entry is not None and entry.kind == "ngo" and entry.country is None

    def _bare_institution_inside(self, toks: list[Token], res: Resolution) -> bool:
        """Whether ``res`` came from a bare institution name inside a longer phrase ("the speaker
        of Parliament, Jane Doe", "a committee of the Senate"): the word alone codes to the same
        entry, which is then no more that entry's country than "Parliament" alone would be."""
        for tok in toks[1:]:
            if tok.lower_ not in _BARE_INSTITUTIONS or tok.pos_ != "PROPN":
                continue
            alone = lookup(tok.text, kb=self.kb, date=self.date)
            if alone is not None and alone.kb_id == res.kb_id:
                return True
        return False

    def _leader_state(self, head: Token) -> str | None:
        """The state an "X-led" modifier of ``head`` names ("the U.S.-led coalition", "Saudi-led
        forces"), or None; a backer ("Iranian-backed militias") lends no country. Before a
        compound ("a Saudi-led coalition air strike"), the parser may hang the modifier on the
        compound's head: it still leads the party the compound names."""
        mods = list(children_of(head))
        up = head
        while up.dep_ == "compound" and up.head.i > up.i:
            up = up.head
            mods += [c for c in children_of(up) if c.i < head.i]
        for c in mods:
            if c.dep_ != "amod" or c.i > head.i:
                continue
            if c.lower_.endswith("-led") and len(c.text) > len("-led"):
                name: str | None = c.text[: -len("-led")]  # the tagger kept "U.S.-led" one word
            elif c.lower_ == "led":
                leader = next(
                    (g for g in children_of(c) if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and g.i < c.i),
                    None,
                )
                name = leader.text if leader is not None else None
            else:
                continue
            res = lookup(name, kb=self.kb, date=self.date) if name else None
            if res is not None and res.country and res.resolved_by.startswith(("country", "demonym")):
                return res.country
        return None

    def _acronyms(self) -> dict[str, int]:
        """Acronyms the article spells out ("the Allied Democratic Forces (ADF)"): each to the
        head token (the last word) of the name it stands for, where first defined."""
        if self._acronym_heads is None:
            self._acronym_heads = {}
            doc = self.doc
            orth = doc.to_array(ORTH).tolist()  # the words as ids: an article without "(" is done in one pass
            for k in range(2, len(doc) - 1):
                if orth[k - 1] != _OPEN_BRACKET or orth[k + 1] != _CLOSE_BRACKET:
                    continue
                tok = doc[k]
                if not _ACRONYM.fullmatch(tok.text):
                    continue
                words: list[Token] = []
                j = k - 2
                while j >= 0 and (doc[j].pos_ == "PROPN" or (doc[j].lower_ in _NAME_PARTICLES and words)):
                    words.insert(0, doc[j])
                    j -= 1
                while words and words[0].lower_ in _NAME_PARTICLES:
                    words.pop(0)
                initials = "".join(w.text[0] for w in words if w.lower_ not in _NAME_PARTICLES).upper()
                if len(words) >= 2 and initials == tok.text.upper():
                    self._acronym_heads.setdefault(tok.text, k - 2)
        return self._acronym_heads

    def _body_named_before(self, head: Token) -> Actor | None:
        """The body a bare definite description stands for when the article named one before whose
        name ends in its noun ("the International Tribunal for Fisheries ... the tribunal"): that
        body, of no country when it has none, rather than whatever country the sentence names."""
        kids = children_of(head)
        if head.pos_ != "NOUN" or head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return None
        if any(c.dep_ in ("amod", "compound", "nmod", "poss", "appos") for c in kids):
            return None  # "the Kenyan court", "the court's ruling": qualified
        if any(g.pos_ == "PROPN" and g.ent_type_ for c in kids if c.dep_ == "prep" for g in children_of(c)):
            # "the court in Lagos": another body, placed; a common word the tagger took for a name
            # ("accusing the court of bias") places nothing
            return None
        named = self._named_by_last_word(head)
        return named if named is not None and named.kb_id else None

    def _same_noun_before(self, head: Token, *, foreign_only: bool = False) -> Actor | None:
        """The party a bare definite description stands for when the article last used its noun
        for a party it gave a country in its own words ("a school run by a Kenyan aid charity ...
        The charity said...": Kenyan), rather than whatever country the sentence or the
        article lends it, or for a party it named as foreign to where it acts, of no country ("a
        multinational force ... the force"). The nearest use of the noun decides: one with no
        country of its own leaves the description as it is, unless a use further back, before
        any with a country of its own, names a foreign party. ``foreign_only``: only the latter."""
        kids = children_of(head)
        if head.pos_ != "NOUN" or head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return None
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in kids):
            return None  # "the Kenyan charity", "the aid charity": qualified in its own words
        lemma = lemma_of(head)
        nearest = True
        for i in sorted((i for i in self._cache if i < head.i), reverse=True):
            tok = token_at(self.doc, i)
            if tok.pos_ != "NOUN" or lemma_of(tok) != lemma:
                continue
            m = self._cache[i]
            if m is not None and _named_foreign(m.actor):
                return m.actor
            if m is not None and m.actor.country and not (m.actor.resolved_by or "").endswith(_LENT_COUNTRY):
                return m.actor if nearest and not foreign_only else None
            nearest = False  # no country of its own: only a foreign party named further back stands
        return None

    def _envoys_named_before(self, head: Token) -> Actor | None:
        """The party a bare "the delegation", "the team" or "the mission" stands for: the last one
        the article named with a noun of that class and resolved ("a Ghanaian trade delegation
        reached Lome ... the team held talks": the Ghanaian delegation), not whatever state the
        sentence names."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or lemma_of(head) not in _ENVOY_BODIES:
            return None
        kids = children_of(head)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ in ("amod", "compound", "nmod", "poss", "appos") for c in kids
        ):
            return None  # "a team", "the UN team", "the team's findings": not a description alone
        for i in sorted((i for i in self._cache if i < head.i), reverse=True):
            m = self._cache[i]
            tok = token_at(self.doc, i)
            if m is None or tok.pos_ != "NOUN" or lemma_of(tok) not in _ENVOY_BODIES:
                continue
            if m.actor.kb_id or m.actor.country:
                return m.actor
        return None

    def _described_state(self, head: Token) -> Actor | None:
        """The state a definite description of a state stands for ("the country", "the kingdom"):
        the state last named as a party. A description of a kind of state ("the kingdom", "the
        republic") never stands for a state whose formal names say it is of the other kind, and
        failing a party, for the last state of its kind the text named in any role ("talks with
        the Thai king ... the kingdom will...")."""
        kind = _state_kind(lemma_of(head))
        for i, a in reversed(self.states):
            if i < head.i and (kind is None or self._kind_of_state(a.country) in (kind, None)):
                return a
        if kind is None:
            return None
        for i in sorted((i for i in self._cache if i < head.i), reverse=True):
            m = self._cache[i]
            if m is None or not m.actor.country or not (m.actor.resolved_by or "").startswith(_STATED_COUNTRY):
                continue
            if self._kind_of_state(m.actor.country) == kind:
                at = self._span_actor([head], head)
                state = Actor(text=at.text, start=at.start, end=at.end, country=m.actor.country, sector="GOV")
                state.resolved_by = "state_of_kind"
                return state
        return None

    def _military_ruled_state(self, head: Token) -> str | None:
        """The state a bare "the junta" or "the military government" stands for: the state the
        text earlier called ruled by the military ("Chad's junta", "the coup leaders in Chad"),
        else the state named last that the sentence's other words do not name (the junta's other
        party: "Paris recalled its envoy from Chad ... the junta accused Paris"). Only a state
        counts, never an organisation named in between."""
        earlier = sorted((i for i in self._cache if i < head.i), reverse=True)
        for i in earlier:
            m = self._cache[i]
            if m is None or not m.actor.country or not _military_rule(token_at(self.doc, i)):
                continue
            how = m.actor.resolved_by or ""
            if how != "military_rule" and not how.endswith(("+context", *_LENT_COUNTRY)):
                return m.actor.country
        sent = sent_of(head)
        own = {t.i for t in self.phrase_tokens(head)}
        others: set[str] = set()
        for ent in span_ents(sent):
            if ent.start in own or ent.label_ not in ("GPE", "NORP"):
                continue
            found = lookup(ent.text, kb=self.kb, date=self.date)
            if found is not None and found.country:
                others.add(found.country)
        for i in earlier:
            m = self._cache[i]
            if m is None or not m.actor.country or m.actor.country in others:
                continue
            how = m.actor.resolved_by or ""
            if how.startswith(("country", "capital")) or (
                how.startswith("kb_") and m.actor.kb_id in self.kb.countries
            ):
                return m.actor.country
        return None

    def _kind_of_state(self, iso3: str | None) -> str | None:
        """"monarchy" or "republic" when a formal name of the state ``iso3`` says which ("Kingdom of
        Spain", "Republic of Chile"), else None."""
        entry = self.kb.countries.get(iso3) if iso3 else None
        if entry is None:
            return None
        words = {w for name in (entry.name, *entry.aliases) for w in name.lower().split()}
        kinds = {k for k in (_state_kind(w) for w in words) if k is not None}
        return kinds.pop() if len(kinds) == 1 else None

    def _placed_before(self, head: Token) -> Actor | None:
        """The party an organisation's name alone stands for when the text named it before with
        what places it ("an employee of Tokyo-based Hanamura Shipping ... Hanamura Shipping said"):
        the same party, of that country, though the knowledge base does not know the name."""
        name = _proper_name(head)
        for i, earlier, actor in reversed(self._placed_names):
            if i < head.i and earlier == name:
                return actor
        return None

    def _named_by_last_word(self, head: Token) -> Actor | None:
        """The last party named before ``head`` whose name ends in ``head``'s word."""
        for i, last, actor in reversed(self.named):
            if i < head.i and last in (head.lower_, lemma_of(head)):
                return actor
        return None

    def _named_with_nationality(self, head: Token, text: str) -> Resolution | None:
        """An organisation the knowledge base does not know, whose name carries a nationality
        or a country ("the Korean Medical Association"): of that country, sector unknown."""
        if head.ent_type_ != "ORG":
            return None
        for c in children_of(head):
            if c.i < head.i and c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ"):
                m = self.mention(c)
                if m is not None and m.actor.country and not m.actor.kb_id and m.actor.sector is None:
                    return Resolution(text, None, m.actor.country, None, (), "name+nationality")
        return None

    def _head_sector(self, head: Token) -> str | None:
        """The sector ``head``'s noun signals, alone ("government") or with the word before it
        ("military rulers": an agent of two words)."""
        sector = self.kb.agent_sector(lemma_of(head))
        if sector is None and head.i > 0:
            sector = self.kb.agent_sector(f"{token_at(self.doc, head.i - 1).lower_} {lemma_of(head)}")
        return sector

    def _body_named_by_modifier(self, head: Token, toks: list[Token], res: Resolution, state: str) -> bool:
        """Whether ``res`` is a state's body whose name the phrase's words before its head only
        make up ("Chad's military" in "Chad's military government"): a head noun of another
        sector that no name of the body holds names another of the state's bodies."""
        if not res.kb_id or not res.resolved_by.startswith("kb_") or head.pos_ != "NOUN" or head.i == toks[0].i:
            return False
        entry = self.kb.get(res.kb_id)
        sector = self._head_sector(head)
        if entry is None or entry.kind != "state_institution" or entry.country != state:
            return False
        if sector is None or sector == res.sector:
            return False
        words = {w for name in (entry.name, *entry.aliases) for w in name.lower().split()}
        if head.lower_ in words or lemma_of(head) in words:
            return False
        before = self._norm_text(toks[0].idx, head.idx).strip()
        alone = lookup(before, kb=self.kb, date=self.date) if before else None
        return alone is not None and alone.kb_id == res.kb_id

    def _possessor_state(self, poss: Token) -> str | None:
        """The state a possessive names ("Russia's"; "the country's" after "Mali said"), or None."""
        if poss.pos_ == "NOUN" and poss.tag_ == "NN" and lemma_of(poss) in _STATE_DESCRIPTIONS \
                and any(c.lower_ == "the" for c in children_of(poss)):
            state = self._described_state(poss)
            return state.country if state is not None else None
        if poss.pos_ != "PROPN":
            return None
        m = self.mention(poss)
        if m is not None and m.actor.kb_id and m.actor.kb_id not in self.kb.countries:
            # "Chad's military government" parsed with "military" inside the possessor's phrase:
            # the body the phrase names ("Chad's military") is no state, but the name it owns is
            name = [c for c in children_of(poss) if c.dep_ == "compound" and c.i < poss.i] + [poss]
            if all(t.pos_ == "PROPN" for t in name):
                own = lookup(self._norm_text(name[0].idx, poss.idx + len(poss.text)), kb=self.kb, date=self.date)
                if own is not None and own.country and own.resolved_by.startswith(("country", "capital")):
                    return own.country
        if m is None or not m.actor.country or m.actor.kb_id not in (None, m.actor.country):
            return None
        how = m.actor.resolved_by or ""
        return m.actor.country if how.startswith("country") or how.startswith("capital") else None

    def nationality(self, adj: Token) -> str | None:
        """The state a nationality adjective names ("Somali"), or None."""
        res = lookup(adj.text, kb=self.kb, date=self.date)
        if res is None and adj.lower_ in _AMBIGUOUS_STATES:
            res = self._ambiguous_state(adj)
        return res.country if res is not None and res.resolved_by.startswith("demonym") else None

    def _shared_nationality(self, head: Token, res: Resolution) -> Resolution:
        """``res``, a bare noun coordinated with a noun a nationality qualifies ("nine Iranian
        officials and judges"), placed in that nationality's state (:meth:`listed_nationality`);
        after a foreign one ("foreign diplomats and reporters") it is foreign too, of no country
        the sentence or the article would lend it."""
        for c in _list_modifiers(head):
            iso3 = self.nationality(c)
            how = res.resolved_by.removesuffix("+context")
            if iso3 is not None:
                return replace(res, country=iso3, resolved_by=f"{how}+shared_nationality")
            if c.lower_ in _FOREIGN_WORDS and res.sector not in (None, "GOV"):
                return replace(res, country=None, resolved_by=f"{how}+foreign")
        return res

    def listed_nationality(self, head: Token) -> str | None:
        """The state of a bare noun coordinated after a noun a nationality qualifies ("nine Iranian
        officials and judges": Iran), or None."""
        return next((iso3 for c in _list_modifiers(head) if (iso3 := self.nationality(c)) is not None), None)

    def _apposed_state(self, head: Token, res: Resolution) -> Resolution:
        """``res``, a party named by its kind, placed in the state its apposition names ("the
        woman, a French academic", "the engineer, an employee of Tokyo-based Hanamura Shipping"): the
        apposition says who the party is, where the sentence's other words only lend a country."""
        for c in children_of(head):
            if c.dep_ != "appos" or c.pos_ != "NOUN" or c.i < head.i:
                continue
            m = self.mention(c)
            if m is None or not m.actor.country:
                of = next((g for g in children_of(c) if g.dep_ == "prep" and g.lower_ == "of"), None)
                pobj = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
                m = self.mention(pobj) if pobj is not None else None
            how = (m.actor.resolved_by or "") if m is not None else ""
            if m is not None and m.actor.country and how.startswith((*_STATED_COUNTRY, "based_in", "name+")):
                base = res.resolved_by.removesuffix("+context")
                return replace(res, country=m.actor.country, resolved_by=f"{base}+apposition")
        return res

    def _with_ambiguous_nationality(self, head: Token, res: Resolution) -> Resolution:
        """``res``, a party named by its kind, placed in the state a nationality before it names
        when the nationality is one of two states' ("Congolese lawmakers": the Congo the
        article's places lie in), which the knowledge base leaves out of its phrases."""
        for c in children_of(head):
            if c.i < head.i and c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _AMBIGUOUS_STATES:
                state = self._ambiguous_state(c)
                if state is not None:
                    return replace(res, country=state.country, resolved_by=f"{res.resolved_by}+nationality")
        return res

    def _as_named_before(self, head: Token, res: Resolution) -> Resolution:
        """``res``, a party named by its kind alone, with the country the same kind of party had
        where the sentence named it before with one ("stopped hundreds of Guatemalan farmers, and
        fired tear gas when farmers pushed on": the same farmers). Two earlier parties of that
        kind from different countries leave it as it is; so does an earlier sentence, which may
        well tell of others of that kind."""
        if head.pos_ != "NOUN" or any(c.dep_ in ("amod", "compound", "poss") for c in children_of(head)):
            return res
        lemma = lemma_of(head)
        found: set[str] = set()
        for tok in self.doc[sent_of(head).start:head.i]:
            if tok.pos_ != "NOUN" or lemma_of(tok) != lemma:
                continue
            m = self.mention(tok)
            how = (m.actor.resolved_by or "") if m is not None else ""
            if m is not None and m.actor.country and not how.endswith(("+context", "+named_before")):
                found.add(m.actor.country)
        if not found and self._foreign_kind_before(head, res):
            # "NATO peacekeepers were hurt when protesters stoned troops guarding...": the same
            # foreign force, of no country the sentence or the article would lend it
            return replace(res, country=None, resolved_by=f"{res.resolved_by.removesuffix('+context')}+foreign")
        if len(found) != 1:
            return res
        return replace(res, country=found.pop(), resolved_by=f"{res.resolved_by.removesuffix('+context')}+named_before")

    def _foreign_kind_before(self, head: Token, res: Resolution) -> bool:
        """Whether ``head``, a bare plural of a state's forces, follows in its sentence a party of
        the same sector named as foreign there ("NATO peacekeepers", "foreign troops")."""
        if head.tag_ not in _PLURAL_TAGS or res.sector not in _ARMED_STATE_SECTORS:
            return False
        for tok in self.doc[sent_of(head).start : head.i]:
            if tok.pos_ != "NOUN" or tok.tag_ not in _PLURAL_TAGS:
                continue
            m = self.mention(tok)
            if m is None:
                continue
            if m.actor.sector == res.sector and _named_foreign(m.actor):
                return True
            if _stateless_body(m.actor) and self.kb.agent_sector(lemma_of(tok)) in _ARMED_STATE_SECTORS:
                return True  # "NATO peacekeepers", "AU troops": the forces of a body of no one state
        return False

    def _ambiguous_state(self, head: Token) -> Resolution | None:
        """"Congo" or "Korean" alone: the one of its two states the article's places lie in."""
        found = [c for c in _AMBIGUOUS_STATES[head.lower_] if c in self.place_countries]
        if len(found) != 1:
            return None
        how = "country+article" if head.pos_ in ("PROPN", "NOUN") else "demonym+article"
        name = self.kb.countries[found[0]].name
        return Resolution(name, None, found[0], None, (), how)

    def owner_of(self, head: Token) -> Actor | None:
        """Who "its", "their", "his" or "her" on ``head`` stands for: the reporter of the clause
        ``head`` is the subject of, else (for "its"/"their") the last named organisation, else
        (for "his"/"her") the person last named ("President Lula spoke, and his government
        said...": the government is Lula's)."""
        poss = next((c for c in children_of(head) if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
        if poss is None:
            return None
        if poss.lower_ not in ("its", "their"):
            return self._reporter(head) or (self._last_person(poss) if poss.lower_ in _PRON_PERSON else None)
        return (
            self._reporter(head)
            or self.antecedent(head)
            or self._earlier_subject(poss, "many" if poss.lower_ == "their" else "one")
        )

    def _agent_head(self, head: Token) -> bool:
        """Whether ``head`` can carry an agent reading: a name, or a noun the KB knows as an agent."""
        if head.pos_ in ("PROPN", "X", "NUM") or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "ACTOR"):
            return True
        if head.pos_ != "NOUN":
            return False
        lemma = head.lemma_.lower()
        compound = " ".join([c.lower_ for c in children_of(head) if c.dep_ == "compound" and c.i < head.i] + [lemma])
        return (
            lemma in _ROLE_NOUNS
            or lemma in _GROUP_NOUNS
            or self.kb.noun(normalize_alias(head.lemma_)) is not None
            or self.kb.noun(normalize_alias(head.lower_)) is not None
            or (compound != lemma and self.kb.noun(normalize_alias(compound)) is not None)  # "coast guard"
        )

    def _finish(self, actor: Actor, toks: list[Token], head: Token) -> Mention:
        if actor.person is None:
            actor.person = person_name(toks) or _office_holder(toks, head)
        if actor.person and head.pos_ != "PRON":
            gender = _phrase_gender(toks, head)
            if gender is not None:
                self._genders.setdefault(actor.person.lower(), gender)
        if actor.person and (actor.sector or (actor.country and actor.kb_id)) \
                and not (actor.resolved_by or "").startswith("chain"):
            # remember who the person stands for: a later "Múcio said" (or "Abadi said" after
            # "Haider al-Abadi") is the same party; "police spokesman Musa Adamu" stands for the
            # police even before the article gives them a country
            for key in {actor.person.lower(), *_surname_keys(actor.person)}:
                self.people.setdefault(key, actor)
            self._persons.append((head.i, actor))
        return Mention(actor=actor, head=head.i, start=toks[0].i, end=toks[-1].i + 1)

    def _last_person(self, pron: Token) -> Actor | None:
        """The person the article named last before ``pron``, within the two sentences before it."""
        first = sent_of(pron).start
        # the nearest before it in the text, whatever order the mentions were resolved in (a
        # quote's "we" is resolved when its speaker is known, after later sentences)
        before: list[tuple[int, Actor | None]] = [
            (i, actor)
            for i, actor in self._persons
            if i < pron.i
            and sent_of(token_at(self.doc, i)).start >= first - 120
            and not self._gender_clash(actor, pron.lower_)
        ]
        # and the people nothing resolved in its sentence and the one before
        before.extend(self._unnamed_people(pron, sent_of(token_at(self.doc, first - 1)).start if first else 0))
        if not before:
            return None
        # a person told as a subject is the one a later subject "he" continues with ("the minister
        # said his call to his counterpart went unanswered, and he rejected..."), else the nearest
        # (a person's own phrase: "the government of Prime Minister Anna Berg" is no person subject)
        subjects = [
            p for p in before
            if token_at(self.doc, p[0]).dep_ in ("nsubj", "nsubjpass") and _a_person_head(token_at(self.doc, p[0]))
        ]
        if pron.dep_ not in ("nsubj", "nsubjpass"):
            subjects = []  # "accusing him of...": the nearest person
        elif not any(p[0] >= first for p in subjects) and any(p[0] >= first for p in before):
            # no person is its own sentence's subject, but one is named in it ("police held a man at
            # the airport after he landed"): the nearest, not an earlier subject
            subjects = []
        # a person nothing resolved leaves the pronoun unresolved rather than another person's
        return max(subjects or before, key=lambda p: p[0])[1]

    def _chained(self, toks: list[Token], head: Token) -> Mention | None:
        """A person named alone whom the article introduced earlier with a title, a nationality
        or an organisation: the earlier mention's country and sector."""
        # a name the tagger missed, or took for an organisation ("Pence(ORG) called on..."), may
        # still be an earlier person's surname
        name = person_name(toks) or (head.text if head.text[:1].isupper() else None)
        if not name:
            return None  # a name the tagger missed may still be an earlier person's ("Abadi said")
        src = self.people.get(name.lower()) or next(
            (self.people[k] for k in _surname_keys(name) if k in self.people), None
        )
        if src is None:
            return None
        actor = self._span_actor(toks, head)
        return self._finish(self._copy(src, actor, "chain"), toks, head)

    @staticmethod
    def _copy(src: Actor, at: Actor, how: str) -> Actor:
        return Actor(
            text=at.text, start=at.start, end=at.end, name=src.name, kb_id=src.kb_id,
            country=src.country, sector=src.sector, affiliations=list(src.affiliations),
            resolved_by=f"{how}:{src.resolved_by}" if src.resolved_by else how, person=src.person,
        )

    def _owned_people(self, head: Token, poss: Token, at: Actor) -> Actor | None:
        """People a party calls its own ("urged its citizens", "evacuated their nationals", "its
        troops") are of that party's country, with the sector their noun gives: not of the place
        the act happens in; those of a body of no one state ("MSF said troops had beaten two of
        its nurses") are of none."""
        sector = self.kb.agent_sector(lemma_of(head))
        if sector is None:
            return None
        vehicle = self.vehicle_aboard(head, poss)
        if vehicle is not None:
            own = Actor(text=at.text, start=at.start, end=at.end, country=vehicle[0], sector=sector)
            own.resolved_by = "owner_country" if vehicle[0] else STATELESS_OWNER
            return own
        owner = self._people_owner(head, poss)
        if owner is not None and _stateless_body(owner):
            own = Actor(text=at.text, start=at.start, end=at.end, sector=sector)
            own.resolved_by = STATELESS_OWNER
            return own
        if owner is None or not owner.country or owner.sector == "IGO":
            return None
        own = Actor(text=at.text, start=at.start, end=at.end, country=owner.country, sector=sector)
        own.resolved_by = "owner_country"
        return own

    def vehicle_aboard(self, head: Token, poss: Token) -> tuple[str | None] | None:
        """Vehicle's people: ("state" or None,) when ``head`` is people aboard ("crew", "captain")
        whose "its" stands for a vehicle named before it in the sentence ("seized a Vietnamese
        boat and detained its crew"), not for the party acting on it; the state is the vehicle's
        own by its words, None for one its words make foreign ("a foreign tanker"). None when no
        vehicle its words place is named before (the usual reading of "its" stands)."""
        if poss.lower_ != "its" or not (
            lemma_of(head) in _ABOARD or any(c.dep_ == "compound" and lemma_of(c) in _ABOARD for c in children_of(head))
        ):
            return None
        for t in reversed(tokens_of(sent_of(head))):
            if t.i >= head.i or t.pos_ != "NOUN" or lemma_of(t) not in _VEHICLES:
                continue
            if t.dep_ == "compound" and t.head.i == head.i:
                continue  # "its tanker crew": the phrase's own word, not a vehicle named before
            if t.dep_ in ("nsubj", "nsubjpass") and t.head in head.ancestors:
                return None  # "the ferry sank and its crew...": the clause's own subject owns them
            m = self.mention(t)
            country = m.actor.country if m is not None and m.actor.country and not m.actor.kb_id else None
            if country is None:
                country = next((self.nationality(c) for c in children_of(t) if c.dep_ == "amod" and c.i < t.i), None)
            if country is not None or any(c.lower_ in _FOREIGN_WORDS for c in children_of(t) if c.i < t.i):
                return (country,)
            return None  # "ambushed a convoy and killed two of its drivers": whose convoy, unsaid
        return None

    def stateless_owner(self, head: Token) -> Actor | None:
        """The body of no one state that ``head``'s "its" or "their" stands for ("MSF said troops
        had beaten two of its staff"), or None: people it calls its own are of no state either."""
        poss = next((c for c in children_of(head) if c.dep_ == "poss" and c.lower_ in _PRON_ORG), None)
        owner = self._people_owner(head, poss) if poss is not None else None
        return owner if owner is not None and _stateless_body(owner) else None

    def _people_owner(self, head: Token, poss: Token) -> Actor | None:
        """Who owns the people ``poss`` ("its", "their") qualifies: the subject of the verb the
        phrase hangs on, or the party the pronoun stands for; None when the phrase's own
        nationality says whose they are ("its Kenyan staff")."""
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in children_of(head)):
            return None
        verb = head.head
        while verb.dep_ in ("prep", "pobj", "conj", "dobj") and verb.pos_ not in _VERBAL and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < head.i), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in children_of(verb.head) if c.dep_ == "nsubj" and c.i < head.i), None)
        if subj is not None and poss.lower_ == "its" and subj.tag_ in ("NNS", "NNPS"):
            # "its" never stands for a plural subject ("said that enemy forces killed its
            # soldiers"): the party reporting the clause owns them
            clause = verb.head if verb.dep_ == "conj" and verb.head.pos_ in _VERBAL else verb
            reporting = clause.head if clause.dep_ == "ccomp" else None
            subj = next((c for c in children_of(reporting) if c.dep_ == "nsubj"), None) if reporting else None
        if subj is not None and subj.pos_ != "PRON":
            m = self.mention(subj)
            return m.actor if m is not None else None
        if subj is not None:
            return self._reporter(subj) or self.antecedent(subj)
        return None

    def _reporter(self, pron: Token) -> Actor | None:
        """The subject of the verb whose reported clause ``pron`` is the subject of ("the United
        States announced it would...", "the rebels said they had...")."""
        if pron.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = pron.head
        # a reported clause; the parser sometimes calls one with its own subject an xcomp
        if clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
            verb = clause.head
        else:
            verb = _statement_verb(clause)  # "announced in a communique that they would..."
            if verb is None:
                return None
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < pron.i), None)
        if subj is None and verb.dep_ == "conj":
            # "France recalled the envoy and said it would...": the subject of the first verb
            subj = next((c for c in children_of(verb.head) if c.dep_ == "nsubj" and c.i < pron.i), None)
        if subj is None or subj.pos_ == "PRON":
            return None
        m = self.mention(subj)
        return m.actor if m is not None else None

    def _reporting_group(self, head: Token) -> Actor | None:
        """The named group that reports the clause ``head`` ("the group", "the movement") is the
        subject of, itself or through one who speaks for it: "a commander of the Tigray Defence
        Forces said the group had..." is that group, whatever kind the knowledge base gives it."""
        reporter = self._reporter(head)
        if reporter is None or not reporter.kb_id:
            return None
        entry = self.kb.get(reporter.kb_id)
        return reporter if entry is not None and entry.kind in _GROUP_KINDS else None

    def _governing_subject(self, pron: Token) -> Actor | None:
        """The subject of the clause that the adverbial clause ``pron`` is the subject of hangs on,
        when it is a party of the pronoun's kind ("the ministry raised tariffs a week after it
        banned imports": the ministry; "Chad recalled its envoy after they..." is not Chad); for a
        relative clause on a noun of that clause, the subject of the clause the noun lies in ("the
        ministry banned imports, citing attacks that it blamed on smugglers": the ministry)."""
        if pron.dep_ not in ("nsubj", "nsubjpass") or pron.lower_ not in _SUBJECT_PRONOUNS:
            return None
        clause = pron.head
        if clause.dep_ == "relcl":
            subj = _enclosing_subject(clause, before=pron.i)  # "...bombings that it blamed on rebels"
        elif clause.dep_ != "advcl" or clause.head.i == clause.i:
            return None
        else:
            subj = next(
                (c for c in children_of(clause.head) if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i), None
            )
        if subj is None or subj.pos_ == "PRON":
            return None
        m = self.mention(subj)
        if m is None or _subject_kind(subj, m.actor) != _SUBJECT_PRONOUNS[pron.lower_]:
            return None
        return m.actor

    def _armed_group_before(self, head: Token, res: Resolution) -> Actor | None:
        """The armed group a definite description of one stands for ("the paramilitary group",
        "the militant movement" after "the Rapid Support Forces"): the last armed group named
        before it, as "the group" alone would take; its common words give only a sector."""
        if res.sector not in _ARMED_GROUP_SECTORS or lemma_of(head) not in _GROUP_NOUNS:
            return None
        if not any(c.lower_ == "the" for c in children_of(head)):
            return None  # "an armed group", "a militia": one not named before
        org = self.antecedent(head, noun=lemma_of(head))
        return org if org is not None and org.sector in _ARMED_GROUP_SECTORS else None

    def antecedent(self, tok: Token, *, noun: str | None = None, plural: bool = False) -> Actor | None:
        """The most recent named organisation before ``tok``, skipping its own clause's subject.

        With ``noun`` (a definite description, "the coalition", "the group"), the antecedent
        must be of that kind: a coalition or an alliance is one whose name says so (a coalition
        fighting a group never becomes that group); a group, militia or movement is not a state
        body. With ``plural``, only an organisation "they" can stand for (:meth:`_many`)."""
        clause_subject = (
            {c.i for c in children_of(tok.head) if c.dep_ in ("nsubj", "nsubjpass")} if tok.dep_ != "nsubj" else set()
        )
        main = sent_of(tok).root
        main_subj = {c.i for c in children_of(main) if c.dep_ in ("nsubj", "nsubjpass")} if tok.head != main else set()
        for i, actor in sorted(self.orgs, key=lambda p: p[0], reverse=True):
            if i >= tok.i or i in clause_subject:
                continue
            if i in main_subj and sent_of(tok).start <= i:
                continue
            if noun is not None and not _of_kind(actor, noun):
                continue
            if plural and not self._many(i, actor):
                continue
            return actor
        return None

    def _many(self, i: int, actor: Actor) -> bool:
        """Whether the organisation named at token ``i`` can be what "they" stands for: a plural
        or coordinated name ("Revolutionary Guards", "police", "the Houthis"), or an armed group,
        which English treats as its fighters ("the Taliban said they..."); never a single body
        ("the ministry", "the IMF")."""
        head = token_at(self.doc, i)
        if head.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in children_of(head)):
            return True
        if head.pos_ == "PROPN" and head.lower_.endswith("s") and not head.lower_.endswith("ss"):
            return True  # "the Houthis", tagged as one name
        entry = self.kb.get(actor.kb_id) if actor.kb_id else None
        return entry is not None and entry.kind == "armed_group"

    def _pos_dep(self) -> tuple[list[int], list[int]]:
        """The POS ids and dependency label ids of the Doc's tokens, read once: the sentence
        loops below test them without making a Token object per token."""
        if self._tags is None:
            cols = self.doc.to_array([POS, DEP]).T.tolist()
            self._tags = (cols[0], cols[1])
        return self._tags

    def prime(self, sent: Span) -> None:
        """Resolve a sentence's nominal heads in order, so coreference memory follows the text."""
        pos, dep = self._pos_dep()
        doc = self.doc
        for i in range(sent.start, sent.end):  # tok.pos_ in ("PROPN", "NOUN") and tok.dep_ not in _PRIME_SKIP
            if pos[i] in _NOMINAL_POS and dep[i] not in _PRIME_SKIP:
                self.mention(token_at(doc, i))

    def sentence_mentions(self, sent: Span) -> list[Mention]:
        pos, dep = self._pos_dep()
        doc, cache = self.doc, self._cache
        out = []
        for i in range(sent.start, sent.end):
            if dep[i] in _NOT_HEADS or pos[i] not in _HEAD_POS:
                continue  # no mention: a word of no part of speech a party is named by (``_resolve``)
            m = cache[i] if i in cache else self.mention(token_at(doc, i))  # a cached token: what mention() returns
            if m is not None:
                out.append(m)
        return out


_NAMED = {"PERSON", "ORG", "NORP"}
_LEFT_DEPS = frozenset(_KEEP | {"punct", "cc", "conj", "advmod", "prep", "pobj", "agent"})
# The sentence loops compare POS ids and dependency label ids (the same tests as on
# ``Token.pos_`` and ``Token.dep_``).
_NOMINAL_POS = frozenset({NOUN, PROPN})
# The parts of speech ``Mentions._resolve`` resolves a head of; any other word is no mention.
_HEAD_POS = frozenset({NOUN, PROPN, PRON, NUM, ADJ, X})
_PRIME_SKIP = frozenset(get_string_id(d) for d in ("compound", "amod", "poss", "npadvmod"))
_NOT_HEADS = frozenset(get_string_id(d) for d in ("compound", "amod", "npadvmod", "det", "case"))


def _named_foreign(actor: Actor) -> bool:
    """Whether a party of no country of its own (one the sentence's words lend aside) and no
    knowledge-base entry was named with words that make it foreign to where it acts ("a
    multinational force", "foreign troops"): not a state's own body, whatever country the article
    is about. A ministry or minister for foreign affairs is its state's own."""
    if actor.kb_id or actor.sector in (None, "GOV"):
        return False
    if actor.country and not (actor.resolved_by or "").endswith("+context"):
        return False
    return bool(_FOREIGN_WORDS & set(actor.text.lower().replace("-", " ").split()))


def _stateless_body(actor: Actor) -> bool:
    """Whether ``actor`` is a body the knowledge base ties to no one state: an international
    organisation, a charity or a rights group working across borders."""
    return bool(actor.kb_id) and actor.country is None and actor.sector in _STATELESS_SECTORS


def _state_kind(word: str) -> str | None:
    """The kind of state a word names: "monarchy" ("kingdom", "emirate"), "republic", or None."""
    if word in _MONARCHIES:
        return "monarchy"
    return "republic" if word == "republic" else None


_MILITARY_RULERS = frozenset({"junta"})
_MILITARY_RULE_HEADS = {
    "military": frozenset({"government", "ruler", "regime", "authority"}),
    "coup": frozenset({"leader"}),
}


def _military_rule(head: Token) -> bool:
    """Whether ``head`` heads a description of a state's rulers who took power by arms ("the
    junta", "the military government", "coup leaders"), singular or not."""
    lemma = lemma_of(head)
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return False  # "the two juntas": several states
    if lemma in _MILITARY_RULERS:
        return True
    return any(
        c.dep_ in ("amod", "compound") and lemma in _MILITARY_RULE_HEADS.get(c.lower_, ()) for c in children_of(head)
    )


def _a_person_head(head: Token) -> bool:
    """Whether ``head`` can head a phrase that names a person: a name, a pronoun, or a noun for
    a person ("the minister", "the man"); not a body a person's name qualifies ("the government
    of Prime Minister Anna Berg", "his party")."""
    if head.pos_ != "NOUN":
        return True
    lemma = lemma_of(head)
    return lemma in _PERSON_ROLES or lemma in _GENDERED_WORDS or head.lower_ in _GENDERED_WORDS


def _proper_name(head: Token) -> str:
    """The proper name ``head`` ends, lower-cased: the head and the run of proper-noun compounds
    right before it ("Hanamura Shipping" in "Tokyo-based Hanamura Shipping")."""
    words = [head.lower_]
    doc = head.doc
    i = head.i - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound" and doc[i].head.i == head.i:
        words.insert(0, doc[i].lower_)
        i -= 1
    return " ".join(words)


def _based_in(head: Token) -> bool:
    """Whether ``head`` is qualified by where it is based ("Tokyo-based", "a London-based charity")."""
    return any(
        c.dep_ == "amod" and c.lower_ in ("based", "-based") and any(g.dep_ == "npadvmod" for g in children_of(c))
        for c in children_of(head)
    )


def _phrase_gender(toks: list[Token], head: Token) -> str | None:
    """The gender ("m" or "f") the words of a person's phrase give, with the nouns in apposition to
    it ("Ms Anna Berg", "spokeswoman Li Wei", "Omar Diallo, a businessman"), when they agree."""
    words = [t.lower_ for t in toks]
    for c in children_of(head):
        if c.dep_ == "appos":
            words.extend(t.lower_ for t in subtree_of(c) if t.pos_ == "NOUN")
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        words.append(head.head.lower_)  # "the man, Omar Diallo"
    found = {_GENDERED_WORDS[w] for w in words if w in _GENDERED_WORDS}
    return found.pop() if len(found) == 1 else None


def _enclosing_subject(relcl: Token, *, before: int) -> Token | None:
    """The subject (before token ``before``) of the nearest clause above the noun the relative
    clause ``relcl`` qualifies, through objects, prepositions and subjectless participles."""
    tok = relcl.head
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in _VERBAL:
            subj = next((c for c in children_of(tok) if c.dep_ in ("nsubj", "nsubjpass") and c.i < before), None)
            if subj is not None:
                return subj
            if tok.dep_ not in ("advcl", "xcomp", "conj"):
                return None
        elif tok.dep_ not in ("dobj", "pobj", "prep", "conj", "appos"):
            return None
    return None


def _subject_kind(head: Token, actor: Actor) -> str:
    """What a pronoun must be to refer back to the subject ``head``: a person, one party or many."""
    if actor.person or (lemma_of(head) in _PERSON_ROLES and head.tag_ in ("NN", "NNP")):
        return "person"
    return "many" if head.tag_ in ("NNS", "NNPS") else "one"


def _statement_verb(clause: Token) -> Token | None:
    """The verb that reports a "that" clause the parser hung on a noun for what was said
    ("announced in a communique that they would...", "put out a declaration that it opposed..."):
    "announced", "put"; or None. A clause opened by the conjunction "that" is the noun's content, not a
    relative clause, and what it says is what the verb's subject reports."""
    if clause.dep_ not in ("relcl", "acl") or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause)
    ):
        return None
    noun = clause.head
    if noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "in a statement"
    elif noun.dep_ != "dobj":
        return None
    return verb if verb.pos_ == "VERB" and verb.i != noun.i else None


def unresolved_names(mentions: Mentions, sent: Span) -> list[Actor]:
    """Named entities of ``sent`` that nothing resolved, kept with their text (``resolved_by="unresolved"``).

    They are not event arguments; they let an analyst see which names the knowledge base lacks.
    """
    out: list[Actor] = []
    for ent in span_ents(sent):  # sent.ents, without building every entity of the Doc
        if ent.label_ not in _NAMED or mentions.mention(ent.root) is not None:
            continue
        start, end = ent.start_char, ent.end_char
        out.append(Actor(text=mentions.text[start:end], start=start, end=end, resolved_by="unresolved"))
    return out


def _norm(text: str) -> str:
    return normalize_for_parse(text)


# Dependency labels of the clauses a noun may carry ("a clinic run by a charity", "a town that rebels hold").
_NOUN_CLAUSES = frozenset({"acl", "relcl"})


def _without_clauses(tok: Token) -> list[Token]:
    """``tok`` and its descendants, without the clauses that hang from them ("at a school funded by
    a Dutch foundation" locates a party at the school; whose the school is says nothing of it)."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in children_of(t) if c.dep_ not in _NOUN_CLAUSES)
    return sorted(out, key=lambda t: t.i)


def _nationalities_on_nouns(tokens: list[Token]) -> list[Token]:
    """The nationality words among ``tokens`` (one sentence's) that modify a common noun, in
    order: what :func:`_qualifying_nationalities` chooses from, found once per sentence."""
    return [
        t
        for t in tokens
        if t.ent_type_ == "NORP" and t.dep_ in ("amod", "compound", "nmod") and t.head.pos_ == "NOUN"
    ]


def _qualifying_nationalities(nationalities: list[Token], head: Token, own: set[int]) -> list[Token]:
    """The nationality words of a sentence (``nationalities``: those that modify a common noun,
    :func:`_nationalities_on_nouns`) that qualify a common noun other than ``head`` ("a school
    run by a French charity", "killed in an Israeli air strike"): they say whose that thing is,
    not whose every unnamed party of the sentence is. The words of ``head``'s own phrase (the
    token indices ``own``) stay."""
    return [t for t in nationalities if t.i not in own and t.head.i != head.i]


def affiliation_targets(actor: Actor) -> set[str]:
    return {a.target for a in actor.affiliations}


__all__ = ["Mention", "Mentions", "person_name", "affiliation_targets", "Affiliation", "unresolved_names"]


def _list_modifiers(head: Token) -> list[Token]:
    """The modifiers before the first noun of a list that ``head``, a bare conjunct, ends: they
    qualify the whole list ("nine Iranian officials and judges"). A conjunct with a word of its own
    before it ("Iranian officials and Canadian judges", "officials and the judges") has none."""
    if head.dep_ != "conj" or head.pos_ != "NOUN" or any(c.i < head.i for c in children_of(head)):
        return []
    first = head.head
    if first.pos_ != "NOUN" or first.i > head.i:
        return []
    return [c for c in children_of(first) if c.i < first.i and c.dep_ in ("amod", "compound")]
