"""Who is the actor of a meeting: the visitor acts on the host, or all meet as equals.

The PLOVER manual (CONSULT, and its section on recipients): "In CONSULT events where there is no
clear distinction between whether an entity is hosting or visiting, all participants are coded in
the actor field. In events where one side is hosting and one is visiting, the visitor will always
be coded as the actor and the host will be the recipient."

The grammar of a report does not say which side hosts. "Kenyan officials met Somali envoys in
Nairobi" makes the Kenyans the subject, but they are the hosts; "the president received the
delegations" makes the host the subject. :func:`meeting_sides` reads the host from the words:

- a verb of hosting ("hosted", "received", "welcomed", "greeted") makes its subject the host;
- a visit ("visited Kyiv", "flew to Ankara") keeps the visitor as the actor;
- a meeting the sentence places in the country of one side only, when the other side is
  foreign there, is hosted by that side;
- one party that calls two or more others ("phoned the Armenian and Azerbaijani leaders") goes
  between them: it acts on each of them;
- any other meeting of named parties (a phone call, talks at a neutral venue, a meeting the
  sentence does not place) has all of them as actors and no recipient.

A side named by a common noun alone ("met refugees", "hosted the two leaders") stays where the
grammar put it: nothing tells whether it hosts.

:func:`meeting_mode` reads CAMEO's meeting at a "third" location (044, PLOVER's third-party
mode): named parties that meet in a country none of them belongs to ("Sudanese envoys and RSF
delegates met in Jeddah", "U.S. and Iranian negotiators held talks in Oman") meet on a third
party's ground; a visitor that acts on a host in the host's country ("Somali envoys met Kenyan
officials in Nairobi") visits (PLOVER's visit mode).

:func:`bloc_meeting` reads a meeting in a multilateral context (PLOVER's multilateral mode): one
that the members of an alliance or an intergovernmental body hold or take part in, named as a
group of them ("NATO defence ministers met", "talked with envoys of the Andean Community"). All its
parties are actors: no one hosts a bloc's gathering. A single officer of such a body ("the AU
envoy met the rebels") is an envoy, not a bloc meeting.

:func:`remote_mode` reads a meeting held at a distance (PLOVER's phone mode, for any remote
medium): a verb of meeting, or the talks it holds, done "by phone", "over the telephone" or "via
video link". :func:`hosted_mode` reads a meeting held at talks that a party hosts ("met for a
round of talks hosted by the sultan"): the host is no side of it, so it is on third ground.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..knowledge.actors import default_kb
from ..record import Actor, Place
from .location import nearest_clause_items

__all__ = [
    "HOST_AS_RECIPIENT",
    "bloc_meeting",
    "hosted_mode",
    "meeting_mode",
    "meeting_sides",
    "own_clause_country",
    "remote_mode",
    "told_mode",
]

#: What a record's ``rule`` says when its host, the grammar's subject, was made its recipient (the
#: CAMEO convention, whose code 043 makes the host the source, reads it back).
HOST_AS_RECIPIENT = " +host is the recipient"

# Verbs whose subject is the host of the meeting they name.
_HOSTING = frozenset({"host", "receive", "welcome", "greet"})
# How a party's country was lent by the event rather than named by the party's own words.
_LENT = ("+event_location", "+article", "+domestic", "+context", "generic", "unresolved")


def _named(a: Actor) -> bool:
    """Whether ``a`` has a country of its own words (a name, a nationality, a possessor)."""
    how = a.resolved_by or ""
    return a.country is not None and not any(mark in how for mark in _LENT)


def meeting_sides(
    *,
    lemma: str,
    mode: str | None,
    actors: list[Actor],
    recipients: list[Actor],
    place_country: str | None,
) -> tuple[list[Actor], list[Actor]]:
    """(actors, recipients) of a CONSULT event whose grammar gave ``actors`` and ``recipients``;
    ``place_country`` is the country of the place its own clause names, if any."""
    if mode == "third-party" or not actors or not recipients:
        return actors, recipients  # a mediator acts on the parties it brings together
    if not all(_named(a) for a in actors + recipients):
        return actors, recipients
    if lemma in _HOSTING:
        return recipients, actors  # "the president received the delegations": they visit him
    if mode == "visit":
        return actors, recipients
    if mode == "phone" and len(actors) == 1 and len(recipients) > 1:
        return actors, recipients  # one caller, several called: a go-between
    if mode != "phone" and place_country is not None:
        here_a = {a.country == place_country for a in actors}
        here_r = {r.country == place_country for r in recipients}
        if here_r == {True} and here_a == {False}:
            return actors, recipients  # the subject came to the object's country
        if here_a == {True} and here_r == {False}:
            return recipients, actors  # "Kenyan officials met Somali envoys in Nairobi"
    return actors + recipients, []


def own_clause_country(trigger: Token, place: Place | None) -> str | None:
    """The country of ``place`` when the meeting's own clause or phrase names it, else None: a place
    told in another clause ("met rebel envoys in Doha, then talked with a mediator") does not
    say who hosts the other meeting."""
    if place is None or place.start is None:
        return None
    span = trigger.doc.char_span(place.start, place.end or place.start, alignment_mode="expand")
    if span is None:
        return None
    return place.country if nearest_clause_items(trigger, [(True, span.root.i)], governing=False) else None


def meeting_mode(
    *, mode: str | None, actors: list[Actor], recipients: list[Actor], place_country: str | None
) -> str | None:
    """The mode of a CONSULT event of ``mode`` whose sides are settled: third-party when its named
    parties meet in a country that none of them belongs to (``place_country``, the country its own
    clause names), visit when its recipients host its foreign actors there."""
    parties = actors + recipients
    if mode is not None or place_country is None or len(parties) < 2:
        return mode
    if recipients and all(r.country == place_country for r in recipients):
        # the visitor acts on the host, in the host's country: PLOVER's visit
        return "visit" if all(a.country != place_country for a in actors) else mode
    if not all(_named(a) for a in parties) or any(a.country == place_country for a in parties):
        return mode
    return "third-party"


# Plural common-noun tags: a group of a bloc's members ("ministers", "leaders"), not one officer.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _bloc_members(a: Actor, doc: Doc) -> bool:
    """Whether ``a`` names members of an alliance or an intergovernmental body as a group."""
    entry = default_kb().get(a.kb_id) if a.kb_id else None
    if entry is None or entry.kind != "igo":
        return False
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in _PLURAL_TAGS


def bloc_meeting(
    *, mode: str | None, actors: list[Actor], recipients: list[Actor], doc: Doc
) -> tuple[str | None, list[Actor], list[Actor]]:
    """(mode, actors, recipients) of a CONSULT event: multilateral, with all its parties as
    actors, when a party names a bloc's members as a group (see the module docstring)."""
    if mode not in (None, "third-party") or not any(_bloc_members(a, doc) for a in actors + recipients):
        return mode, actors, recipients
    return "multilateral", actors + recipients, []


# Means of talking at a distance, and the prepositions that name a meeting's means ("by phone",
# "over the telephone", "via video link").
_REMOTE_MEANS = frozenset({"phone", "telephone", "video", "videoconference", "teleconference", "videolink"})
_MEANS_PREPOSITIONS = frozenset({"by", "over", "via"})


def _remote_means(head: Token) -> bool:
    """Whether ``head`` has a phrase of remote means: "by phone", "over the telephone", "via video
    link" (a link only when it is a video link)."""
    for prep in head.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in _MEANS_PREPOSITIONS:
            continue
        for means in prep.children:
            if means.dep_ != "pobj":
                continue
            words = {means.lemma_.lower()} | {c.lemma_.lower() for c in means.children if c.dep_ == "compound"}
            if means.lemma_.lower() in _REMOTE_MEANS or (means.lemma_.lower() == "link" and "video" in words):
                return True
    return False


def remote_mode(trigger: Token, mode: str | None) -> str | None:
    """The mode of a meeting told by a verb (``trigger``): by phone when the verb or the talks it
    holds are done by a means of talking at a distance ("talked by telephone", "held talks via
    video link", "discussed the crisis over the phone"), PLOVER's phone mode for any remote
    medium."""
    if mode is not None or trigger.pos_ != "VERB":
        return mode
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return "phone" if any(_remote_means(h) for h in [trigger, *objects]) else mode


def _hosted_by_another(noun: Token) -> bool:
    """Whether ``noun`` (talks, a meeting) is told as hosted by a party: "talks hosted by Oman"."""
    return any(
        c.dep_ == "acl"
        and c.tag_ == "VBN"
        and c.lemma_.lower() == "host"
        and any(g.dep_ == "agent" for g in c.children)
        for c in noun.children
    )


def _talked_nouns(head: Token, depth: int = 0) -> list[Token]:
    """The nouns a meeting verb's object or prepositions name, through "of" phrases ("for a
    second round of talks")."""
    out = []
    for c in head.children:
        if c.dep_ in ("dobj", "pobj"):
            out.append(c)
            if depth < 2:
                out += _talked_nouns(c, depth + 1)
        elif c.dep_ == "prep" and depth < 3:
            out += _talked_nouns(c, depth + 1)
    return out


def hosted_mode(trigger: Token, mode: str | None) -> str | None:
    """The mode of a meeting (``trigger``) told as held at talks another party hosts ("met for
    talks hosted by the Omani sultan", "talks hosted by Norway resumed"): the host is no side of
    the meeting, which is held on a third party's ground (PLOVER's third-party mode)."""
    if mode is not None:
        return mode
    nouns = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else _talked_nouns(trigger)
    return "third-party" if any(_hosted_by_another(n) for n in nouns) else mode


def told_mode(mode: str | None, inner_modes: list[str | None]) -> str | None:
    """The mode of a meeting told by a verb (``mode``) whose clause names the meeting again by a
    noun it absorbed (``inner_modes``, the modes of those nouns): talks held "in a phone call"
    or "by video link" are by phone, whatever verb tells them ("discussed the war in a call")."""
    if mode is None and "phone" in inner_modes:
        return "phone"
    return mode
