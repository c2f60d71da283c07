"""The records of the actor knowledge base: entries, roles, countries, sectors and alias hits.

Plain frozen dataclasses, with the date rule of roles and affiliations (:func:`in_force`) and the
plural of agent nouns. Importers and loaders build them; :class:`~.kb.KnowledgeBase` indexes them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ...record import Affiliation

KINDS = frozenset({"state_institution", "igo", "ngo", "armed_group", "party", "person", "media", "company"})
AFFILIATION_TYPES = frozenset(
    {"backed_by", "part_of", "member_of", "leader_of", "led_by", "allied_with", "spokesperson_of"}
)
#: Labels of alias patterns, in the order they win when one key could mean several things.
LABELS = ("ACTOR", "COUNTRY", "CAPITAL", "DEMONYM", "PEOPLE")

# --------------------------------------------------------------------------- dates


def _date_floor(date: str) -> str:
    return {4: date + "-01-01", 7: date + "-01"}.get(len(date), date)


def _date_ceiling(date: str) -> str:
    return {4: date + "-12-31", 7: date + "-31"}.get(len(date), date)


def in_force(start: str | None, end: str | None, date: str) -> bool:
    """True when the period ``start``..``end`` (inclusive, open ends allowed) overlaps ``date``.

    All three are ISO dates of any precision (YYYY, YYYY-MM, YYYY-MM-DD).
    """
    if start is not None and _date_floor(start) > _date_ceiling(date):
        return False
    if end is not None and _date_ceiling(end) < _date_floor(date):
        return False
    return True


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Role:
    """A dated position: while in force the holder codes as ``country``/``sector``."""

    sector: str | None
    country: str | None
    title: str
    start: str
    end: str | None = None

    def in_force(self, date: str) -> bool:
        return in_force(self.start, self.end, date)


# The order in which concurrent roles speak for a person (lower first).
_ROLE_RANK = {"GOV": 0, "MIL": 0, "COP": 0, "SPY": 0, "JUD": 0, "LEG": 1, "IGO": 1}


def _negated_start(role: Role) -> tuple[int, ...]:
    """A sort key that puts the most recently started role first."""
    if not role.start:
        return (0,)
    return tuple(-int(x) for x in _date_floor(role.start).split("-"))


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One named actor."""

    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    roles: tuple[Role, ...] = ()
    # where a body that sits in one place meets and votes (a place name the gazetteer knows): its
    # acts happen there whatever the story's dateline
    seat: str | None = None

    def role_at(self, date: str) -> Role | None:
        """The role in force on ``date``: an office of the state before a seat in a legislature or
        an international body, and either before a party or other role ("a president who also
        chairs the ruling party" acts as president); among equals, the most recently started."""
        current = [r for r in self.roles if r.in_force(date)]
        if not current:
            return None
        return min(current, key=lambda r: (_ROLE_RANK.get(r.sector or "", 2), _negated_start(r)))

    def affiliations_at(self, date: str | None) -> tuple[Affiliation, ...]:
        """Affiliations in force on ``date`` (all of them when ``date`` is None)."""
        if date is None:
            return self.affiliations
        return tuple(a for a in self.affiliations if in_force(a.start, a.end, date))


@dataclass(frozen=True, slots=True)
class CountryEntry:
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    # peoples whose homeland lies in the state alone, named without its demonym ("Rohingya"):
    # their country, never its government
    peoples: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sector:
    code: str
    name: str
    terms: tuple[str, ...] = ()
    dominant: bool = False


@dataclass(frozen=True, slots=True)
class AliasPattern:
    """A surface form for a phrase matcher (a spaCy ruler, say).

    ``kb_id`` is a knowledge-base id for ``ACTOR`` and an ISO3 code for the other labels.
    ``case_sensitive`` patterns (acronyms in capitals) must be matched on exact text.
    """

    text: str
    kb_id: str
    label: str
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class AliasHit:
    """What an index key stands for."""

    label: str  # one of LABELS
    target: str  # kb id or ISO3


@dataclass(frozen=True, slots=True)
class NounInfo:
    """What an agent noun (a lemma or a plural) says about the phrase it heads or modifies."""

    lemma: str  # the normalised singular form
    sector: str | None = None  # the sector the noun signals on its own
    generic: bool = False  # "official", "spokesman": takes the sector of an agent modifying it
    group_sector: str | None = None  # "group": this sector once a backer or leader is stated
    proxy: bool = False  # "proxy": a country modifier names the backer, not the home country
    national_sector: str | None = None  # "Syrian officers": this sector with a country and no other agent


@dataclass(frozen=True, slots=True)
class AgentRules:
    generic_heads: frozenset[str] = frozenset()
    group_nouns: Mapping[str, str] = field(default_factory=dict)
    proxy_nouns: frozenset[str] = frozenset()
    national_heads: Mapping[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- plurals


def plural(term: str) -> str:
    """English plural of the last word of ``term`` (good enough for agent nouns)."""
    head, _, last = term.rpartition(" ")
    if last.endswith("person"):
        last = last[: -len("person")] + "people"
    elif last.endswith("man") and last != "human":
        last = last[:-3] + "men"
    elif last.endswith("child"):
        last += "ren"
    elif re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last
