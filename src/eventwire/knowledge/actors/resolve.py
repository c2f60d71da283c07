"""Resolve a noun phrase from news text to an actor: knowledge-base id, country, sector, links.

:func:`resolve_phrase` reads the phrase as tokens (see :mod:`eventwire.actors._text`) and works
in this order:

1. **Names.** Every span of tokens is looked up in the knowledge base's alias index (named
   actors, countries, capitals, demonyms); overlapping matches are settled longest first.
2. **Links.** "X-backed", "backed by X", "X-led", "led by X", "X-aligned", "loyal to X",
   "pro-X" turn the name X into an affiliation of the phrase (X is then not the phrase's own
   country: "Iran-backed groups" have no known country). "anti-X" takes X out of play.
3. **The actor.** The first remaining named actor wins ("Kataib Hezbollah" is never Lebanon's
   Hezbollah, "the US State Department" is the State Department); people and organisations
   with dated roles are coded with the role in force on ``date``.
4. **Otherwise** a country (name, demonym or capital) and agent nouns ("forces", "government
   spokesman", "police") give country and sector; a capital alone stands for the government;
   a group noun with a stated backer or leader ("groups backed by Iran") is an armed group.

``resolved_by`` says which rule decided: ``kb_alias`` (an alias as written), ``kb_normalized``
(an alias modulo case, diacritics, punctuation), ``affiliation`` (a backer or leader decided),
``country``, ``demonym``, ``capital``, ``agent`` or ``agent+country``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ...record import Affiliation
from ._text import normalize_alias, tokenize
from .kb import KBEntry, KnowledgeBase, NounInfo, Role, default_kb

# Participles that link a phrase to a backer or leader, and the affiliation they mean.
_LINK_VERBS: dict[str, str] = {
    "backed": "backed_by",
    "supported": "backed_by",
    "sponsored": "backed_by",
    "funded": "backed_by",
    "financed": "backed_by",
    "armed": "backed_by",
    "trained": "backed_by",
    "led": "led_by",
    "headed": "led_by",
    "commanded": "led_by",
    "aligned": "allied_with",
    "allied": "allied_with",
    "affiliated": "allied_with",
    "linked": "allied_with",
    "loyal": "allied_with",
}
# Verbs that may follow their object directly ("Iran-backed"); the others need "by"/"to"/"with"
# ("armed by Iran"), since "Iraqi armed forces" must not read as "armed by Iraq".
_COMPOUND_VERBS = frozenset(
    {"backed", "supported", "sponsored", "funded", "led", "aligned", "allied", "affiliated", "linked"}
)
_LINK_PREPOSITIONS = frozenset({"by", "to", "with"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})
_PRO = "pro"
_ANTI = "anti"
_PERSON_LINKS = ("leader_of", "spokesperson_of")
_ARMED_KINDS = frozenset({"armed_group"})
_PLACE_LABELS = ("COUNTRY", "DEMONYM", "CAPITAL")
#: Lowest rapidfuzz ratio (0-100) at which a misspelt name counts as the known one.
FUZZY_THRESHOLD = 90.0
_FUZZY_MIN_CHARS = 5
_FORMER = frozenset({"former", "ex", "erstwhile", "onetime"})
_ETHNIC = frozenset({"ethnic"})


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


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    label: str  # ACTOR, COUNTRY, CAPITAL, DEMONYM
    target: str  # kb id or ISO3
    exact: bool  # the tokens spell an alias as written in the data
    fuzzy: bool = False  # found by approximate matching (a misspelt name)


@dataclass(frozen=True, slots=True)
class _Noun:
    start: int
    end: int
    info: NounInfo


@dataclass(slots=True)
class _Analysis:
    """A phrase read as names, links and agent nouns."""

    names: list[_Match]  # names that are the phrase's own (not link targets)
    links: list[Affiliation]
    nouns: list[_Noun]
    former: bool = False  # "former prime minister ..."
    ethnic: bool = False  # "ethnic Albanians": a people named by a demonym, not its state


# --------------------------------------------------------------------------- analysis


def _find_names(kb: KnowledgeBase, folded: Sequence[str], cased: Sequence[str], *, skip: str | None) -> list[_Match]:
    """All alias matches, overlaps settled longest first (then leftmost); in text order."""
    n = len(folded)
    found: list[_Match] = []
    for i in range(n):
        longest = kb.longest_from(folded[i], cased[i])
        for j in range(min(n, i + longest), i, -1):
            hit = kb.lookup(folded[i:j], cased[i:j])
            if hit is not None and hit.target != skip:
                found.append(_Match(i, j, hit.label, hit.target, kb.is_surface(cased[i:j])))
                break
    chosen: list[_Match] = []
    taken = [False] * n
    for m in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if not any(taken[m.start : m.end]):
            chosen.append(m)
            for k in range(m.start, m.end):
                taken[k] = True
    chosen.extend(_fuzzy_names(kb, folded, cased, taken, skip=skip))
    return sorted(chosen, key=lambda m: m.start)


def _fuzzy_names(
    kb: KnowledgeBase, folded: Sequence[str], cased: Sequence[str], taken: list[bool], *, skip: str | None
) -> list[_Match]:
    """Misspelt names ("Quatar", "Bouteflicka"): capitalised runs no exact alias covered.

    A run of capitalised tokens that are neither matched names nor agent nouns is compared
    with the aliases of the same number of tokens and the same first letter; the best one at
    or above :data:`FUZZY_THRESHOLD` (rapidfuzz ratio) is taken.
    """
    out: list[_Match] = []
    n = len(folded)
    i = 0
    while i < n:
        if taken[i] or not _fuzzy_candidate(kb, folded[i], cased[i]):
            i += 1
            continue
        j = i
        while j < n and not taken[j] and _fuzzy_candidate(kb, folded[j], cased[j]):
            j += 1
        hit = None
        for size in range(min(j - i, 4), 0, -1):  # longest run first, from the left
            for a in range(i, j - size + 1):
                query = " ".join(folded[a : a + size])
                if len(query) < _FUZZY_MIN_CHARS:
                    continue
                found = kb.fuzzy_lookup(query, size)
                if found is not None and found.target != skip:
                    hit = _Match(a, a + size, found.label, found.target, False, True)
                    break
            if hit is not None:
                break
        if hit is not None:
            out.append(hit)
            for k in range(hit.start, hit.end):
                taken[k] = True
        i = j
    return out


def _fuzzy_candidate(kb: KnowledgeBase, folded: str, cased: str) -> bool:
    return cased[:1].isupper() and folded != "'s" and kb.noun(folded) is None


def _find_nouns(kb: KnowledgeBase, folded: Sequence[str], free: Sequence[bool]) -> list[_Noun]:
    """Agent and group nouns among the free tokens, longest first from the left."""
    nouns: list[_Noun] = []
    i, n = 0, len(folded)
    while i < n:
        for j in range(min(n, i + kb.longest_noun_from(folded[i])), i, -1):
            if all(free[i:j]):
                info = kb.noun(" ".join(folded[i:j]))
                if info is not None:
                    nouns.append(_Noun(i, j, info))
                    i = j
                    break
        else:
            i += 1
    return nouns


# Bounds of the phrase caches (_analyse, _resolve_undated, _resolve_dated). A news stream keeps
# bringing new phrases: these caches are full after about 1,000 articles and hold the recurring
# phrases from then on, so the memory of a long stream stays flat (at 65,536 entries they filled
# only after 5,000 to 7,000 articles and the process grew 10 % on the way). A dated entry is keyed
# by the article's date as well: it is reused within an article and its day, hardly across days,
# so its cache is the smaller one.
_PHRASES = 16384
_DATED_PHRASES = 4096


@functools.lru_cache(maxsize=_PHRASES)  # pure; the same phrases recur across articles (read-only result)
def _analyse(kb: KnowledgeBase, text: str, *, skip: str | None = None) -> _Analysis:
    folded, cased = tokenize(text)
    return _analyse_tokens(kb, folded, cased, skip=skip)


def _analyse_tokens(
    kb: KnowledgeBase, folded: Sequence[str], cased: Sequence[str], *, skip: str | None = None
) -> _Analysis:
    names = _find_names(kb, folded, cased, skip=skip)
    names = [m for m in names if not _blocked_by_modifier(kb, m, names)]
    starting = {m.start: m for m in names}
    ending = {m.end: m for m in names}
    consumed: set[int] = set()  # ids of matches used as link targets or negated
    blocked = [False] * len(folded)  # tokens not available to agent nouns
    links: list[Affiliation] = []

    def target_after(k: int) -> _Match | None:
        while k < len(folded) and folded[k] in _DETERMINERS:
            k += 1
        return starting.get(k)

    for k, token in enumerate(folded):
        kind = _LINK_VERBS.get(token)
        if kind is not None:
            target: _Match | None = None
            if k + 1 < len(folded) and folded[k + 1] in _LINK_PREPOSITIONS:
                target = target_after(k + 2)
            if target is None and token in _COMPOUND_VERBS:
                target = ending.get(k)
            if target is not None and id(target) not in consumed:
                consumed.add(id(target))
                links.append(Affiliation(kind, target.target))
                blocked[k] = True
        elif token in (_PRO, _ANTI):
            target = target_after(k + 1)
            if target is not None:
                consumed.add(id(target))
                if token == _PRO:
                    links.append(Affiliation("allied_with", target.target))
            elif k + 1 < len(folded):
                blocked[k + 1] = True  # "anti-government": "government" is not the phrase's sector
    ethnic = False
    for m in names:
        if m.label == "DEMONYM" and m.start > 0 and folded[m.start - 1] in _ETHNIC:
            consumed.add(id(m))  # "ethnic Albanians": an ethnicity, not the state
            ethnic = True
    own = [m for m in names if id(m) not in consumed]
    for m in names:
        for i in range(m.start, m.end):
            blocked[i] = True
    nouns = _find_nouns(kb, folded, [not b for b in blocked])
    former = any(t in _FORMER for t in folded)
    return _Analysis(own, links, nouns, former, ethnic)


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
    every role (or with no sector of their own) codes through a group they lead or speak for,
    or an armed group they belong to; failing that, with no sector. ``step`` is what decided
    beyond the entry itself: ``+role`` (dated role), ``+title``, ``+former``, ``+group`` or "".
    """
    if entry.roles and (former or date is None):
        titled = _titled_role(entry, nouns)
        if former and (date is None or titled is None or not titled.in_force(date)):
            role = titled or max(entry.roles, key=lambda r: r.start)
            if date is None or entry.role_at(date) is None:
                return role.country or entry.country, "ELI", "+former"
        if date is None and titled is not None:
            return _role_country(titled, entry), titled.sector, "+title"
    if date is not None and entry.roles:
        role = entry.role_at(date)
        if role is not None:
            return role.country, role.sector, "+role"
        if entry.kind != "person":
            return entry.country, entry.sector, ""
    elif entry.sector is not None or entry.kind != "person":
        if entry.kind == "person" and entry.sector == "IGO":
            return None, entry.sector, ""  # an international official acts for no country
        return entry.country, entry.sector, ""
    if depth == 0:
        links = entry.affiliations_at(date)
        ordered = [a for t in _PERSON_LINKS for a in links if a.type == t]
        ordered += [a for a in links if a.type in ("member_of", "part_of") and _is_armed_group(kb, a.target)]
        for link in ordered:
            group = kb.get(link.target)
            if group is not None:
                country, sector, _ = _code_entry(kb, group, date, depth=depth + 1)
                return country or entry.country, sector, "+group"
    return entry.country, None, ""


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
    links_now = _dedupe((*entry.affiliations_at(date), *links))
    return Resolution(entry.name, entry.id, country, sector, links_now, how + step)


def _choose_sector(kb: KnowledgeBase, nouns: Sequence[_Noun]) -> str | None:
    for noun in nouns:
        sector = noun.info.sector
        if sector is not None and kb.sectors[sector].dominant:
            return sector
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


def _blocked_by_modifier(kb: KnowledgeBase, match: _Match, names: Sequence[_Match]) -> bool:
    """True for an institution name after another country's adjective ("Philippine Congress").

    The name is then read as words: "Philippine" + "congress" is the Philippine legislature.
    """
    entry = kb.get(match.target) if match.label == "ACTOR" else None
    if entry is None or entry.kind not in ("state_institution", "party") or entry.country is None:
        return False
    return any(
        other.end == match.start and other.label in ("COUNTRY", "DEMONYM") and other.target != entry.country
        for other in names
    )


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True, slots=True)
class _ByEntry:
    """A phrase that names a knowledge-base entry: its coding depends on the date (roles)."""

    entry: KBEntry
    links: Sequence[Affiliation]
    how: str
    analysis: _Analysis | None


def _resolve(kb: KnowledgeBase, text: str, date: str | None) -> Resolution | None:
    # Most phrases ("US forces", "the protesters") resolve the same on every date: they are
    # cached by text alone; only a phrase naming an entry is coded again for a new date.
    found = _resolve_undated(kb, text)
    if isinstance(found, _ByEntry):
        return _resolve_dated(kb, text, date)
    return found


@functools.lru_cache(maxsize=_DATED_PHRASES)
def _resolve_dated(kb: KnowledgeBase, text: str, date: str | None) -> Resolution:
    found = _resolve_undated(kb, text)
    assert isinstance(found, _ByEntry)
    return _from_entry(kb, found.entry, date, found.links, found.how, found.analysis)


@functools.lru_cache(maxsize=_PHRASES)
def _resolve_undated(kb: KnowledgeBase, text: str) -> Resolution | _ByEntry | None:
    analysis = _analyse(kb, text)
    links = analysis.links
    for match in analysis.names:
        if match.label != "ACTOR":
            continue
        entry = kb.get(match.target)
        if entry is None:
            continue
        how = "kb_fuzzy" if match.fuzzy else "kb_alias" if match.exact else "kb_normalized"
        return _ByEntry(entry, links, how, analysis)

    place = next((m for m in analysis.names if m.label in _PLACE_LABELS), None)
    nouns = analysis.nouns
    country = place.target if place is not None else None
    if place is not None and place.label != "CAPITAL" and any(n.info.proxy for n in nouns):
        links = [*links, Affiliation("backed_by", place.target)]  # "Iranian proxies"
        country, place = None, None
    links = list(_dedupe(links))

    groups = [n for n in nouns if n.info.group_sector is not None]
    if links and groups:
        signatures = _signatures(kb)
        for link in links:
            entry_id = signatures.get((groups[-1].info.lemma, link.type, link.target))
            entry = kb.get(entry_id) if entry_id is not None else None
            if entry is not None:
                return _ByEntry(entry, links, "affiliation", None)

    sector = _choose_sector(kb, nouns)
    how = "agent+country" if country is not None else "agent"
    if sector is None and country is not None:
        # "Syrian officers", "Palestinian leaders": a generic head with only a country
        national = next((n.info.national_sector for n in reversed(nouns) if n.info.national_sector), None)
        if national is not None:
            sector, how = national, "agent+country+national"
    if sector is None and links and groups:
        sector, how = groups[-1].info.group_sector, "affiliation"
    if sector is None and place is not None:
        if place.label == "CAPITAL":
            sector, how = "GOV", "capital"
        else:
            how = "country" if place.label == "COUNTRY" else "demonym"
    if sector is None and country is None and analysis.ethnic:
        sector, how = "CVL", "ethnic"  # a people; its state comes from the context, if anywhere
    if sector is None and country is None:
        return None
    if place is not None and place.fuzzy:
        how += "+fuzzy"
    if analysis.former and sector in ("GOV", "MIL", "LEG", "JUD") and any(not n.info.generic for n in nouns):
        sector, how = "ELI", how + "+former"  # "a former minister": an elite, out of office
    return Resolution(_describe(kb, country, sector, links), None, country, sector, tuple(links), how)


def resolve_phrase(text: str, *, kb: KnowledgeBase | None = None, date: str | None = None) -> Resolution | None:
    """Resolve a noun phrase as written in news text ("Iran-backed militias", "US forces").

    ``date`` (ISO, any precision) selects the roles in force, so a head of government codes as
    government only while in office. Returns None when nothing in the phrase is known.
    """
    if not text or not text.strip():
        return None
    return _resolve(kb if kb is not None else default_kb(), text, date)
