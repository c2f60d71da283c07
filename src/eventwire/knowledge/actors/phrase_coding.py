"""Coding what a phrase was read as (:mod:`eventwire.knowledge.actors.phrase`) into a
:class:`Resolution`: an entry with its role on a date, or a country, sector and links (steps 3 and 4
of :mod:`eventwire.knowledge.actors.resolve`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ...record import Affiliation
from ..lexicon import words as lexicon_words
from ._text import normalize_alias
from .kb import KBEntry, KnowledgeBase, Role
from .phrase import _analyse, _Analysis, _Noun

_PERSON_LINKS = ("leader_of", "spokesperson_of")
_ARMED_KINDS = frozenset({"armed_group"})
# Kinds of entries that are no state yet may have organs of one ("<party> lawmakers"), and the
# sectors of those organs; a movement's own armed men are the movement ("<militia> fighters").
_ORGAN_OWNERS = frozenset({"armed_group", "party"})
_ORGAN_SECTORS = frozenset({"GOV", "LEG", "JUD", "SPY", "COP"})
_MEMBER_STATE_NOUNS = lexicon_words("member_state_nouns")
# the sectors of the state's organs that deal with crime, whatever word for criminals qualifies them
_CRIME_ORGANS = frozenset({"JUD", "COP", "GOV", "SPY"})
# the sectors of the offices whose former holders are elites (ELI)
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "IGO"})
# the sectors of a party's periods in government (a ruling party or a partner of the coalition)
_GOVERNING_SECTORS = frozenset({"PTY", "GOV"})


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a phrase stands for."""

    name: str
    kb_id: str | None
    country: str | None
    sector: str | None
    affiliations: tuple[Affiliation, ...] = ()
    resolved_by: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (the fields of an event's actor record that resolution decides)."""
        return {
            "name": self.name,
            "kb_id": self.kb_id,
            "country": self.country,
            "sector": self.sector,
            "affiliations": [a.to_dict() for a in self.affiliations],
            "resolved_by": self.resolved_by,
        }


# --------------------------------------------------------------------------- coding helpers


def _dedupe(affiliations: Iterable[Affiliation]) -> tuple[Affiliation, ...]:
    seen: dict[tuple[str, str], Affiliation] = {}
    for a in affiliations:
        seen.setdefault((a.type, a.target), a)
    return tuple(seen.values())


def _titled_role(entry: KBEntry, nouns: Sequence[_Noun]) -> Role | None:
    """The role whose title the phrase states ("Prime Minister Ismail Haniyeh"), if any.

    An exact title wins over a title that starts with the noun ("Prime Minister of the
    Palestinian Authority"), which wins over one that merely contains it; among equals, the
    latest role.
    """
    best: tuple[int, str, Role] | None = None
    for noun in nouns:
        lemma = noun.info.lemma
        for role in entry.roles:
            title = normalize_alias(role.title)
            if title == lemma:
                rank = 3
            elif title.startswith(lemma + " "):
                rank = 2
            elif f" {lemma} " in f" {title} " and not title.endswith(" " + lemma):
                rank = 1
            else:
                continue
            key = (rank, role.start, role)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best is not None else None


def _code_entry(
    kb: KnowledgeBase,
    entry: KBEntry,
    date: str | None,
    *,
    nouns: Sequence[_Noun] = (),
    former: bool = False,
    depth: int = 0,
) -> tuple[str | None, str | None, str]:
    """(country, sector, step) of an entry on ``date``: its role in force, else its own coding.

    Without a date, a title in the phrase picks the role ("President Bush"). "Former" with a
    role that is over (or no date to say otherwise) codes as an elite (ELI). A person outside
    every role (or with no sector of their own) codes with the sector of a title the phrase
    gives them, else through a group they lead or speak for, or an armed group they belong to;
    failing that, one whose every office is over is a former official (ELI, or OPP leading a party
    out of government), and anyone else has no sector. ``step`` is what decided beyond the entry itself: ``+role``
    (dated role), ``+title``, ``+former``, ``+stated_title``, ``+group``, ``+out_of_office``,
    ``+opposition`` or "".
    """
    if entry.roles and (former or date is None):
        titled = _titled_role(entry, nouns)
        if former and (date is None or titled is None or not titled.in_force(date)):
            role = titled or max(entry.roles, key=lambda r: r.start)
            if date is None or entry.role_at(date) is None:
                if _leads_the_opposition(kb, entry, date):
                    return role.country or entry.country, "OPP", "+opposition"
                return role.country or entry.country, "ELI", "+former"
        if date is None and titled is not None:
            return _role_country(titled, entry), titled.sector, "+title"
    if date is not None and entry.roles:
        role = entry.role_at(date)
        if role is not None:
            return role.country, role.sector, "+role"
        if entry.kind != "person":
            return entry.country, _sector_outside_roles(entry), ""
    elif entry.sector is not None or entry.kind != "person":
        if entry.kind == "person" and entry.sector == "IGO":
            return None, entry.sector, ""  # an international official acts for no country
        return entry.country, entry.sector, ""
    stated = None if former else _stated_sector(kb, entry, nouns)
    if stated is not None:
        return entry.country, stated, "+stated_title"
    if depth == 0:
        links = entry.affiliations_at(date)
        ordered = [a for t in _PERSON_LINKS for a in links if a.type == t]
        ordered += [a for a in links if a.type in ("member_of", "part_of") and _is_armed_group(kb, a.target)]
        for link in ordered:
            group = kb.get(link.target)
            if group is not None:
                country, sector, _ = _code_entry(kb, group, date, depth=depth + 1)
                return country or entry.country, sector, "+group"
        last = _last_office(entry, date)
        if last is not None:
            if _leads_the_opposition(kb, entry, date):
                return last.country or entry.country, "OPP", "+opposition"
            return last.country or entry.country, "ELI", "+out_of_office"
    return entry.country, None, ""


def _last_office(entry: KBEntry, date: str | None) -> Role | None:
    """The last office of the state (or of an international body) a person held, when on ``date``
    every role they had is over: a former official, whom PLOVER codes as an elite (ELI) even where
    the text does not say "former" ("Zuma handed himself in", years after his presidency)."""
    if entry.kind != "person" or date is None or not entry.roles:
        return None
    if any(r.in_force(date) for r in entry.roles):
        return None
    offices = [r for r in entry.roles if r.sector in _OFFICE_SECTORS and r.start < date]
    return max(offices, key=lambda r: r.start) if offices else None


def _stated_sector(kb: KnowledgeBase, entry: KBEntry, nouns: Sequence[_Noun]) -> str | None:
    """The sector a title the phrase itself gives a known person states ("Trade Minister X",
    "interim President Y", "police chief Z"), when the knowledge base gives none for the date:
    a role it has not recorded, or one that starts after the article (a president-elect). The
    text's own word for what the person is beats coding them with no sector."""
    if entry.kind != "person":
        return None
    return _choose_sector(kb, nouns)


def _leads_the_opposition(kb: KnowledgeBase, entry: KBEntry, date: str | None) -> bool:
    """True when a person out of office leads, on ``date``, a party that is out of government.

    PLOVER's elite (ELI) is a former official who holds no position now; leading a party in
    opposition is one, and CAMEO codes such a leader (a deposed prime minister at the head of his
    party) as the opposition. Without a date the party's standing is unknown.
    """
    if date is None:
        return False
    for link in entry.affiliations_at(date):
        group = kb.get(link.target) if link.type == "leader_of" else None
        if group is not None and group.kind == "party" and _code_entry(kb, group, date, depth=1)[1] == "OPP":
            return True
    return False


def _sector_outside_roles(entry: KBEntry) -> str | None:
    """The sector of an organisation on a date none of its roles covers: its own, except that a
    party whose roles are its periods in government is in opposition (OPP) outside all of them.

    CAMEO codes a party by where it stands on the day (a ruling party with the government, one out
    of power as opposition), so a party's dated periods in government (PTY) say both: the entry's
    own sector is where it stands today (for text with no date), the periods keep older articles
    right, and a period of armed insurgency (REB) does not make the years after it a government's.
    """
    if entry.kind == "party" and any(r.sector in _GOVERNING_SECTORS for r in entry.roles):
        return "OPP"
    return entry.sector


def _role_country(role: Role, entry: KBEntry) -> str | None:
    """The country a role codes with: its own; none for an international office; else the person's."""
    if role.country or role.sector == "IGO":
        return role.country
    return entry.country


def _is_armed_group(kb: KnowledgeBase, target: str) -> bool:
    group = kb.get(target)
    return group is not None and group.kind in _ARMED_KINDS


def _from_entry(
    kb: KnowledgeBase,
    entry: KBEntry,
    date: str | None,
    links: Sequence[Affiliation],
    how: str,
    analysis: _Analysis | None = None,
) -> Resolution:
    nouns = analysis.nouns if analysis is not None else ()
    former = analysis.former if analysis is not None else False
    country, sector, step = _code_entry(kb, entry, date, nouns=nouns, former=former)
    organ = _organ_sector(entry, analysis) if analysis is not None else None
    if organ is not None and organ != sector:
        sector, step = organ, step + "+organ"
    links_now = _dedupe((*entry.affiliations_at(date), *links))
    return Resolution(entry.name, entry.id, country, sector, links_now, how + step)


def _organ_sector(entry: KBEntry, analysis: _Analysis) -> str | None:
    """The sector of the organ a phrase names by a party's name and a head noun, when the head
    says what the party's name does not: a movement's or a party's organ of state ("the
    movement's intelligence officers", "<party> lawmakers", "<militia> police": that sector, of
    the party's country), or an international body's member states ("<bloc> leaders", "<bloc>
    states": their governments, of no one country). The head is the phrase's last word after the
    name, or the noun right before an "of" the name follows ("leaders of the bloc")."""
    if analysis.former:
        return None
    name = next((m for m in analysis.names if m.label == "ACTOR" and m.target == entry.id), None)
    if name is None:
        return None
    if entry.kind in _ORGAN_OWNERS:
        noun = next((n for n in reversed(analysis.nouns) if _heads_after(n.start, n.end, name.start, analysis)), None)
        if noun is not None and not noun.info.generic and noun.info.sector in _ORGAN_SECTORS:
            return noun.info.sector
        return None
    if entry.kind == "igo" and analysis.last in _MEMBER_STATE_NOUNS and name.end < analysis.size:
        return "GOV"
    return None


def _heads_after(start: int, end: int, name_start: int, analysis: _Analysis) -> bool:
    """Whether the noun at ``start:end`` heads a phrase the name at ``name_start`` qualifies: the
    phrase's last words after the name, or the words right before an "of" the name follows."""
    if start > name_start:
        return end == analysis.size
    return analysis.of_at is not None and end == analysis.of_at and name_start > analysis.of_at


def _choose_sector(kb: KnowledgeBase, nouns: Sequence[_Noun]) -> str | None:
    for noun in nouns:
        sector = noun.info.sector
        if sector is not None and kb.sectors[sector].dominant:
            return _organ_dealing_with_crime(nouns, noun) or sector
    agents = [n for n in nouns if n.info.sector is not None or n.info.generic]
    if not agents:
        return None
    head = agents[-1]
    if not head.info.generic:
        return head.info.sector
    specific = [n for n in agents if not n.info.generic and n.info.sector is not None]
    before = [n for n in specific if n.start < head.start]
    chosen = before[-1] if before else (specific[0] if specific else None)
    return chosen.info.sector if chosen is not None else head.info.sector


def _organ_dealing_with_crime(nouns: Sequence[_Noun], modifier: _Noun) -> str | None:
    """The sector of a state's organ whose head a criminals' word only qualifies ("a criminal
    court", "criminal police", "the gang unit of the police"): the crime it deals with, not who it
    is. None for any other phrase ("criminal gangs", "cartel gunmen" stay criminals)."""
    if modifier.info.sector != "CRM":
        return None
    head = nouns[-1]
    if head is modifier or head.start < modifier.start or head.info.generic:
        return None
    return head.info.sector if head.info.sector in _CRIME_ORGANS else None


def _describe(kb: KnowledgeBase, country: str | None, sector: str | None, links: Sequence[Affiliation]) -> str:
    parts = []
    if country is not None:
        parts.append(kb.target_name(country))
    if sector is not None:
        parts.append(kb.sectors[sector].name)
    text = " ".join(parts) or "actor"
    if links:
        text += " (" + "; ".join(f"{a.type.replace('_', ' ')} {kb.target_name(a.target)}" for a in links) + ")"
    return text


@functools.lru_cache(maxsize=32)
def _signatures(kb: KnowledgeBase) -> dict[tuple[str, str, str], str]:
    """(group noun, link type, target) -> id, read from aliases like "US-led coalition".

    Lets "the US-led international military coalition" find the coalition entry although no
    alias spells it. Signatures two entries share are dropped.
    """
    found: dict[tuple[str, str, str], set[str]] = {}
    for entry in kb.entries.values():
        own = {(a.type, a.target) for a in entry.affiliations}
        if not own:
            continue
        for alias in (entry.name, *entry.aliases):
            analysis = _analyse(kb, alias, skip=entry.id)
            groups = [n for n in analysis.nouns if n.info.group_sector is not None]
            if not groups:
                continue
            for link in analysis.links:
                if (link.type, link.target) in own:
                    found.setdefault((groups[-1].info.lemma, link.type, link.target), set()).add(entry.id)
    return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}
