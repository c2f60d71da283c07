"""The actor knowledge base: countries, agent nouns and named actors, with their alias indexes.

Three bundled YAML files in ``data/`` (authored for eventwire) are read together:

``countries.yaml``
    UN members, the two observer states, Taiwan and Kosovo: ISO3 code, name, aliases,
    demonyms and capitals (capitals and seats of government stand for the government).
``agents.yaml``
    Sector codes (CAMEO/PLOVER agent codes) and the nouns that signal them.
``actors.yaml``, ``actors_*.yaml``
    Named actors (institutions, armed groups, parties, people...) with typed affiliations and,
    for people and some organisations, dated roles.
``institutions.yaml``
    Per-country facts from which :mod:`eventwire.actors.institutions` generates each country's
    ministries, armed forces, police and legislature (where no hand-written entry has them).

Extra files passed to :meth:`KnowledgeBase.load` are actors files in the ``actors.yaml`` format
(an entry whose id already exists replaces the earlier entry, and its aliases win over earlier
ones) or PETRARCH/Phoenix dictionaries (:mod:`eventwire.actors.importers`).
Every malformed entry raises :class:`~eventwire.errors.DataFileError` naming file and line.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import pickle
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from ._text import (
    cased_key,
    drop_leading_article,
    is_case_sensitive,
    normalize_alias,
    tokenize,
)
from ._yamlnodes import NodeReader, line_of
from .institutions import generated_institutions
from ...errors import DataFileError
from ...record import Affiliation

DATA_DIR = Path(__file__).resolve().parent / "data"

KINDS = frozenset({"state_institution", "igo", "ngo", "armed_group", "party", "person", "media", "company"})
AFFILIATION_TYPES = frozenset(
    {"backed_by", "part_of", "member_of", "leader_of", "led_by", "allied_with", "spokesperson_of"}
)
#: Labels of alias patterns, in the order they win when one key could mean several things.
LABELS = ("ACTOR", "COUNTRY", "CAPITAL", "DEMONYM")

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_SECTOR = re.compile(r"^[A-Z]{3}$")
_ENTRY_KEYS = frozenset({"id", "name", "kind", "country", "sector", "aliases", "affiliations", "roles"})
_AFFILIATION_KEYS = frozenset({"type", "target", "start", "end"})
_ROLE_KEYS = frozenset({"sector", "country", "title", "start", "end"})
_COUNTRY_KEYS = frozenset({"iso3", "name", "aliases", "demonyms", "capitals"})
_SECTOR_KEYS = frozenset({"name", "terms", "dominant"})
_AGENT_KEYS = frozenset({"sectors", "generic_heads", "group_nouns", "proxy_nouns", "national_heads"})
# Prefixes an actor alias may be written without ("al-Sadr" and "Sadr").
_DROPPABLE_PREFIXES = frozenset({"al", "el"})


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

    def role_at(self, date: str) -> Role | None:
        """The role in force on ``date`` (the most recently started one if several)."""
        current = [r for r in self.roles if r.in_force(date)]
        return max(current, key=lambda r: _date_floor(r.start)) if current else None

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


# --------------------------------------------------------------------------- loaders


def _load_countries(path: Path, display: str) -> dict[str, CountryEntry]:
    reader = NodeReader(display)
    root = reader.compose(path)
    countries: dict[str, CountryEntry] = {}
    first_line: dict[str, int] = {}
    for node in reader.items(root, "the countries file"):
        fields = reader.mapping(node, "a country entry")
        unknown = set(fields) - _COUNTRY_KEYS
        if unknown:
            raise reader.fail(f"unknown key(s) {sorted(unknown)} in a country entry", node)
        if "iso3" not in fields or "name" not in fields:
            raise reader.fail("a country entry needs 'iso3' and 'name'", node)
        iso3 = reader.text(fields["iso3"][1], "iso3")
        if not _ISO3.match(iso3):
            raise reader.fail(f"iso3 must be three capital letters, got {iso3!r}", fields["iso3"][1])
        if iso3 in countries:
            raise reader.fail(f"iso3 {iso3!r} repeats the entry at line {first_line[iso3]}", node)
        name = reader.text(fields["name"][1], "name")
        lists = {
            key: reader.texts(fields[key][1], f"{key} of {iso3}") if key in fields else ()
            for key in ("aliases", "demonyms", "capitals")
        }
        countries[iso3] = CountryEntry(iso3, name, lists["aliases"], lists["demonyms"], lists["capitals"])
        first_line[iso3] = line_of(node)
    if not countries:
        raise reader.fail("no countries found")
    return countries


def _load_agents(path: Path, display: str) -> tuple[dict[str, Sector], AgentRules]:
    reader = NodeReader(display)
    root = reader.compose(path)
    if root is None:
        raise reader.fail("empty agents file")
    top = reader.mapping(root, "the agents file")
    unknown = set(top) - _AGENT_KEYS
    if unknown:
        raise reader.fail(f"unknown key(s) {sorted(unknown)} in the agents file", root)
    if "sectors" not in top:
        raise reader.fail("the agents file needs a 'sectors' mapping", root)
    sectors: dict[str, Sector] = {}
    owner: dict[str, str] = {}
    for code, (key_node, value_node) in reader.mapping(top["sectors"][1], "sectors").items():
        if not _SECTOR.match(code):
            raise reader.fail(f"sector code must be three capital letters, got {code!r}", key_node)
        fields = reader.mapping(value_node, f"sector {code}")
        unknown = set(fields) - _SECTOR_KEYS
        if unknown:
            raise reader.fail(f"unknown key(s) {sorted(unknown)} in sector {code}", value_node)
        if "name" not in fields:
            raise reader.fail(f"sector {code} needs a 'name'", value_node)
        name = reader.text(fields["name"][1], f"name of sector {code}")
        term_nodes = reader.sequence(fields["terms"][1], f"terms of {code}") if "terms" in fields else []
        terms = tuple(reader.text(n, f"each term of {code}") for n in term_nodes)
        for term_node, term in zip(term_nodes, terms, strict=True):
            key = normalize_alias(term)
            if key in owner and owner[key] != code:
                raise reader.fail(f"term {term!r} of {code} is already a term of {owner[key]}", term_node)
            owner[key] = code
        dominant = bool(reader.scalar(fields["dominant"][1])) if "dominant" in fields else False
        sectors[code] = Sector(code, name, terms, dominant)

    def words(key: str) -> tuple[str, ...]:
        return reader.texts(top[key][1], key) if key in top else ()

    def noun_sectors(key: str, what: str) -> dict[str, str]:
        out: dict[str, str] = {}
        if key in top:
            for noun, (_, value_node) in reader.mapping(top[key][1], key).items():
                code = reader.text(value_node, f"sector of {what} {noun!r}")
                if code not in sectors:
                    raise reader.fail(f"{what} {noun!r}: unknown sector {code!r}", value_node)
                out[noun] = code
        return out

    group_nouns = noun_sectors("group_nouns", "group noun")
    national = noun_sectors("national_heads", "national head")
    rules = AgentRules(frozenset(words("generic_heads")), group_nouns, frozenset(words("proxy_nouns")), national)
    return sectors, rules


@dataclass(slots=True)
class _PendingTarget:
    display: str
    line: int
    entry_id: str
    target: str


def _load_actor_file(
    path: Path,
    display: str,
    *,
    countries: Mapping[str, CountryEntry],
    sectors: Mapping[str, Sector],
    pending: list[_PendingTarget],
) -> list[KBEntry]:
    reader = NodeReader(display)
    root = reader.compose(path)
    entries: list[KBEntry] = []
    seen: dict[str, int] = {}
    for node in reader.items(root, "an actors file"):
        entry = _read_entry(reader, node, countries=countries, sectors=sectors, pending=pending)
        if entry.id in seen:
            raise reader.fail(f"duplicate id {entry.id!r} (first at line {seen[entry.id]})", node)
        seen[entry.id] = line_of(node)
        entries.append(entry)
    return entries


def _read_entry(
    reader: NodeReader,
    node: yaml.Node,
    *,
    countries: Mapping[str, CountryEntry],
    sectors: Mapping[str, Sector],
    pending: list[_PendingTarget],
) -> KBEntry:
    fields = reader.mapping(node, "an actor entry")
    unknown = set(fields) - _ENTRY_KEYS
    if unknown:
        raise reader.fail(f"unknown key(s) {sorted(unknown)} in an actor entry", node)
    for required in ("id", "name", "kind"):
        if required not in fields:
            raise reader.fail(f"actor entry without {required!r}", node)
    entry_id = reader.text(fields["id"][1], "id")
    if not _ID.match(entry_id):
        raise reader.fail(f"id {entry_id!r} must be snake_case (a-z, 0-9, _)", fields["id"][1])
    name = reader.text(fields["name"][1], f"name of {entry_id}")
    kind = reader.text(fields["kind"][1], f"kind of {entry_id}")
    if kind not in KINDS:
        raise reader.fail(f"{entry_id}: unknown kind {kind!r} (one of {sorted(KINDS)})", fields["kind"][1])

    def country_of(value_node: yaml.Node, what: str) -> str | None:
        iso3 = reader.optional_text(value_node, what)
        if iso3 is not None and iso3 not in countries:
            raise reader.fail(f"{what}: {iso3!r} is not an ISO3 code of countries.yaml", value_node)
        return iso3

    def sector_of(value_node: yaml.Node, what: str) -> str | None:
        code = reader.optional_text(value_node, what)
        if code is not None and code not in sectors:
            raise reader.fail(f"{what}: unknown sector code {code!r}", value_node)
        return code

    country = country_of(fields["country"][1], f"country of {entry_id}") if "country" in fields else None
    sector = sector_of(fields["sector"][1], f"sector of {entry_id}") if "sector" in fields else None
    if sector is None and kind != "person":
        raise reader.fail(f"{entry_id}: a {kind} needs a sector code", node)
    aliases = reader.texts(fields["aliases"][1], f"aliases of {entry_id}") if "aliases" in fields else ()

    affiliations: list[Affiliation] = []
    if "affiliations" in fields:
        for item in reader.sequence(fields["affiliations"][1], f"affiliations of {entry_id}"):
            sub = reader.mapping(item, f"an affiliation of {entry_id}")
            unknown = set(sub) - _AFFILIATION_KEYS
            if unknown or "type" not in sub or "target" not in sub:
                raise reader.fail(
                    f"{entry_id}: an affiliation needs 'type' and 'target' (and optional 'start', 'end')", item
                )
            kind_ = reader.text(sub["type"][1], "affiliation type")
            if kind_ not in AFFILIATION_TYPES:
                raise reader.fail(
                    f"{entry_id}: unknown affiliation type {kind_!r} (one of {sorted(AFFILIATION_TYPES)})",
                    sub["type"][1],
                )
            target = reader.text(sub["target"][1], "affiliation target")
            start = reader.optional_date(sub["start"][1], "affiliation start") if "start" in sub else None
            end = reader.optional_date(sub["end"][1], "affiliation end") if "end" in sub else None
            pending.append(_PendingTarget(reader.display, line_of(sub["target"][1]), entry_id, target))
            affiliations.append(Affiliation(kind_, target, start, end))

    roles: list[Role] = []
    if "roles" in fields:
        for item in reader.sequence(fields["roles"][1], f"roles of {entry_id}"):
            sub = reader.mapping(item, f"a role of {entry_id}")
            unknown = set(sub) - _ROLE_KEYS
            if unknown or "title" not in sub or "start" not in sub:
                raise reader.fail(
                    f"{entry_id}: a role needs 'title' and 'start' (and 'sector', 'country', 'end')", item
                )
            title = reader.text(sub["title"][1], "role title")
            start = reader.date(sub["start"][1], "role start")
            end = reader.optional_date(sub["end"][1], "role end") if "end" in sub else None
            if end is not None and _date_ceiling(end) < _date_floor(start):
                raise reader.fail(f"{entry_id}: role {title!r} ends ({end}) before it starts ({start})", item)
            role_sector = sector_of(sub["sector"][1], "role sector") if "sector" in sub else None
            role_country = country_of(sub["country"][1], "role country") if "country" in sub else country
            roles.append(Role(role_sector, role_country, title, start, end))

    return KBEntry(entry_id, name, kind, country, sector, aliases, tuple(affiliations), tuple(roles))


# --------------------------------------------------------------------------- the knowledge base


class KnowledgeBase:
    """Countries, sectors and named actors, with the indexes the resolver needs.

    Build one with :meth:`load` (or share :func:`default_kb`); it is read-only afterwards.
    """

    def __init__(
        self,
        *,
        entries: Iterable[KBEntry],
        countries: Mapping[str, CountryEntry],
        sectors: Mapping[str, Sector],
        agent_rules: AgentRules,
        preferred_ids: Iterable[str] = (),
        sources: Sequence[str] = (),
    ) -> None:
        self._entries: dict[str, KBEntry] = {e.id: e for e in entries}
        self._countries = dict(countries)
        self._sectors = dict(sectors)
        self._rules = agent_rules
        self._sources = tuple(sources)
        self._cf_index: dict[str, AliasHit] = {}
        self._cs_index: dict[str, AliasHit] = {}
        self._surfaces: set[str] = set()
        self._conflicts: list[str] = []
        self._patterns: list[AliasPattern] = []
        self._nouns: dict[str, NounInfo] = {}
        self._fuzzy: dict[tuple[str, int], list[str]] | None = None
        #: Malformed dictionary lines left out by ``load(skip_malformed=True)``, as "file:line: reason".
        self.skipped: tuple[str, ...] = ()
        preferred = [i for i in preferred_ids if i in self._entries]
        first = set(preferred)
        order = preferred + [i for i in self._entries if i not in first]
        self._build_alias_index(order)
        self._build_noun_index()
        self.max_alias_tokens = max((k.count(" ") + 1 for k in (*self._cf_index, *self._cs_index)), default=1)
        self._first_cf: dict[str, int] = {}
        self._first_cs: dict[str, int] = {}
        for index, first in ((self._cf_index, self._first_cf), (self._cs_index, self._first_cs)):
            for key in index:
                head, n = key.split(" ", 1)[0], key.count(" ") + 1
                if first.get(head, 0) < n:
                    first[head] = n
        self.max_noun_tokens = max((k.count(" ") + 1 for k in self._nouns), default=1)
        self._first_noun: dict[str, int] = {}
        for key in self._nouns:
            head, n = key.split(" ", 1)[0], key.count(" ") + 1
            if self._first_noun.get(head, 0) < n:
                self._first_noun[head] = n

    # ----------------------------------------------------------------- construction

    @classmethod
    def load(
        cls, *, extra_paths: Sequence[Path | str] = (), prefix: str = "user", skip_malformed: bool = False
    ) -> KnowledgeBase:
        """The bundled files, then each extra file in order; later layers win.

        An extra file is either an actors file in YAML (the format of ``actors.yaml``: an entry
        whose id already exists replaces it) or a PETRARCH/Phoenix dictionary (any other suffix,
        see :mod:`eventwire.actors.importers`): a dictionary actor whose name is already a name
        of the knowledge base extends that actor or country with its spellings, keeping its id
        and coding; a new actor is added under the id ``<prefix>_<name>``. A dictionary of
        agents adds its nouns to their sectors (nouns already known keep their sector).
        Aliases of later layers win over earlier ones where two claim the same name.

        A malformed entry raises :class:`~eventwire.errors.DataFileError` naming the file and
        line. With ``skip_malformed``, malformed lines of PETRARCH dictionaries (which often
        have a few) are left out instead and listed in :attr:`skipped`.
        """
        countries = _load_countries(DATA_DIR / "countries.yaml", _display(DATA_DIR / "countries.yaml"))
        sectors, rules = _load_agents(DATA_DIR / "agents.yaml", _display(DATA_DIR / "agents.yaml"))
        pending: list[_PendingTarget] = []
        merged: dict[str, KBEntry] = {}
        bundled_paths = [DATA_DIR / "actors.yaml", *sorted(DATA_DIR.glob("actors_*.yaml"))]
        for bundled in bundled_paths:
            for entry in _load_actor_file(
                bundled, _display(bundled), countries=countries, sectors=sectors, pending=pending
            ):
                if entry.id in merged:
                    raise DataFileError(_display(bundled), f"id {entry.id!r} is already used by another bundled file")
                merged[entry.id] = entry
        _add_generated(merged, countries)
        user_ids: list[str] = []
        sources = [_display(p) for p in bundled_paths]
        from .importers import is_petrarch_file

        skipped: list[DataFileError] | None = [] if skip_malformed else None
        for raw in extra_paths:
            path = Path(raw)
            if is_petrarch_file(path):
                layer = _import_petrarch(
                    path, countries=countries, sectors=sectors, merged=merged, prefix=prefix, skipped=skipped
                )
                for entry_id in layer:
                    user_ids.insert(0, entry_id)
            else:
                for entry in _load_actor_file(path, str(path), countries=countries, sectors=sectors, pending=pending):
                    merged[entry.id] = entry
                    user_ids.insert(0, entry.id)  # later files first, so their aliases win
            sources.append(str(path))
        for item in pending:
            if item.target not in countries and item.target not in merged:
                raise DataFileError(
                    item.display,
                    f"{item.entry_id}: affiliation target {item.target!r} is neither an ISO3 code "
                    "of countries.yaml nor a known actor id",
                    line=item.line,
                )
        kb = cls(
            entries=merged.values(),
            countries=countries,
            sectors=sectors,
            agent_rules=rules,
            preferred_ids=dict.fromkeys(user_ids),
            sources=sources,
        )
        kb.skipped = tuple(str(e) for e in skipped or ())
        return kb

    def _add_key(self, surface: str, hit: AliasHit, *, generated: bool = False) -> None:
        if is_case_sensitive(surface):
            index, key = self._cs_index, cased_key(surface)
        else:
            index, key = self._cf_index, normalize_alias(surface)
        if not key:
            return
        current = index.get(key)
        if current is None:
            index[key] = hit
        elif current.target != hit.target and not generated:
            self._conflicts.append(
                f"{surface!r} ({hit.label} {hit.target}) is already {current.label} {current.target}"
            )

    def _add_surface(self, surface: str, hit: AliasHit) -> None:
        self._add_key(surface, hit)
        self._patterns.append(AliasPattern(surface, hit.target, hit.label, is_case_sensitive(surface)))
        if hit.label == "ACTOR":
            self._surfaces.add(cased_key(surface))

    def _build_alias_index(self, order: Sequence[str]) -> None:
        for entry_id in order:
            entry = self._entries[entry_id]
            hit = AliasHit("ACTOR", entry_id)
            for surface in dict.fromkeys((entry.name, *entry.aliases)):
                self._add_surface(surface, hit)
        for label, attribute in (("COUNTRY", "names"), ("CAPITAL", "capitals"), ("DEMONYM", "demonyms")):
            for country in self._countries.values():
                surfaces = (country.name, *country.aliases) if attribute == "names" else getattr(country, attribute)
                for surface in dict.fromkeys(surfaces):
                    self._add_surface(surface, AliasHit(label, country.iso3))
        # Actor aliases written with a leading "al-"/"el-" also match without it ("Sadr").
        for entry_id in order:
            entry = self._entries[entry_id]
            for surface in (entry.name, *entry.aliases):
                folded, cased = tokenize(surface)
                folded = drop_leading_article(folded)
                if len(folded) > 1 and folded[0] in _DROPPABLE_PREFIXES:
                    self._add_key(
                        " ".join(cased[len(cased) - len(folded) + 1 :]), AliasHit("ACTOR", entry_id), generated=True
                    )

    def _build_noun_index(self) -> None:
        rules = self._rules
        sector_of: dict[str, str] = {}
        for sector in self._sectors.values():
            for term in sector.terms:
                sector_of.setdefault(normalize_alias(term), sector.code)
        keys = set(sector_of) | {
            normalize_alias(t) for t in (*rules.generic_heads, *rules.group_nouns, *rules.proxy_nouns)
        }
        generic = {normalize_alias(t) for t in rules.generic_heads}
        groups = {normalize_alias(t): code for t, code in rules.group_nouns.items()}
        proxies = {normalize_alias(t) for t in rules.proxy_nouns}
        national = {normalize_alias(t): code for t, code in rules.national_heads.items()}
        for key in sorted(keys):
            info = NounInfo(key, sector_of.get(key), key in generic, groups.get(key), key in proxies, national.get(key))
            self._nouns[key] = info
        for key, info in list(self._nouns.items()):
            self._nouns.setdefault(plural(key), info)

    # ----------------------------------------------------------------- read access

    @property
    def entries(self) -> Mapping[str, KBEntry]:
        """Named actors by id."""
        return MappingProxyType(self._entries)

    @property
    def countries(self) -> Mapping[str, CountryEntry]:
        """Countries by ISO3 code."""
        return MappingProxyType(self._countries)

    @property
    def sectors(self) -> Mapping[str, Sector]:
        """Sectors by code."""
        return MappingProxyType(self._sectors)

    @property
    def sources(self) -> tuple[str, ...]:
        """The actors files read, bundled first."""
        return self._sources

    @property
    def alias_index(self) -> Mapping[str, str]:
        """Normalised actor alias -> id (case-sensitive acronyms keep their capitals)."""
        merged = {k: h.target for k, h in self._cf_index.items() if h.label == "ACTOR"}
        merged.update({k: h.target for k, h in self._cs_index.items() if h.label == "ACTOR"})
        return MappingProxyType(merged)

    @property
    def alias_conflicts(self) -> tuple[str, ...]:
        """Aliases claimed by two targets; the first claim (user files first) was kept."""
        return tuple(self._conflicts)

    def stats(self) -> dict[str, Any]:
        """Counts for a report: entries by kind, countries, sectors, names, people with dated roles."""
        kinds: dict[str, int] = {}
        for entry in self._entries.values():
            kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
        return {
            "entries": len(self._entries),
            "by_kind": dict(sorted(kinds.items())),
            "countries": len(self._countries),
            "country_names": sum(
                len({c.name, *c.aliases, *c.demonyms, *c.capitals}) for c in self._countries.values()
            ),
            "sectors": len(self._sectors),
            "agent_nouns": len({n.lemma for n in self._nouns.values()}),
            "actor_aliases": sum(1 for p in self._patterns if p.label == "ACTOR"),
            "people_with_dated_roles": sum(1 for e in self._entries.values() if e.kind == "person" and e.roles),
            "alias_conflicts": len(self._conflicts),
            "skipped_lines": len(self.skipped),
            "sources": list(self._sources),
        }

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def get(self, entry_id: str) -> KBEntry | None:
        return self._entries.get(entry_id)

    def country(self, iso3: str) -> CountryEntry | None:
        return self._countries.get(iso3)

    def target_name(self, target: str) -> str:
        """Display name of an ISO3 code or an actor id."""
        if target in self._countries:
            return self._countries[target].name
        entry = self._entries.get(target)
        return entry.name if entry is not None else target

    def agent_sector(self, lemma: str) -> str | None:
        """Sector code an agent noun signals ("troops" -> MIL, "prime minister" -> GOV), else None."""
        info = self._nouns.get(normalize_alias(lemma))
        return info.sector if info is not None else None

    def noun(self, key: str) -> NounInfo | None:
        """What the normalised noun ``key`` (singular or plural) signals, if anything."""
        return self._nouns.get(key)

    def longest_noun_from(self, folded: str) -> int:
        """The most tokens an agent or group noun starting with this token has (0: none starts with it)."""
        return self._first_noun.get(folded, 0)

    def longest_from(self, folded: str, cased: str) -> int:
        """The most tokens an alias starting with this token has (0: no alias starts with it)."""
        return max(self._first_cf.get(folded, 0), self._first_cs.get(cased, 0))

    def lookup(self, folded: Sequence[str], cased: Sequence[str]) -> AliasHit | None:
        """The name that exactly these tokens spell (capital acronyms are matched on case)."""
        hit = self._cs_index.get(" ".join(cased))
        if hit is not None:
            return hit
        return self._cf_index.get(" ".join(folded))

    def fuzzy_lookup(self, query: str, n_tokens: int, *, threshold: float = 90.0) -> AliasHit | None:
        """The case-insensitive alias closest to ``query`` (normalised, ``n_tokens`` long), if close enough.

        Candidates share the first letter and the token count, so one look-up compares a few
        hundred keys at most; ``threshold`` is a rapidfuzz ratio (0-100).
        """
        buckets = self._fuzzy_buckets()
        choices = buckets.get((query[:1], n_tokens))
        if not choices:
            return None
        found = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=threshold)
        return self._cf_index[found[0]] if found is not None else None

    def _fuzzy_buckets(self) -> dict[tuple[str, int], list[str]]:
        if self._fuzzy is None:
            buckets: dict[tuple[str, int], list[str]] = {}
            for key in self._cf_index:
                if len(key) >= 5:
                    buckets.setdefault((key[:1], key.count(" ") + 1), []).append(key)
            self._fuzzy = buckets
        return self._fuzzy

    def is_surface(self, cased: Sequence[str]) -> bool:
        """True when the cased tokens spell an actor alias as written in the data."""
        return " ".join(cased) in self._surfaces

    def alias_patterns(self) -> list[AliasPattern]:
        """Every surface form with its id and label, for a phrase matcher."""
        return list(self._patterns)


def _add_generated(merged: dict[str, KBEntry], countries: Mapping[str, CountryEntry]) -> None:
    """Add the generated institutions that no hand-written entry already stands for."""
    claimed: set[str] = set()
    for entry in merged.values():
        for surface in (entry.name, *entry.aliases):
            claimed.add(normalize_alias(surface))
    for country in countries.values():
        for surface in (country.name, *country.aliases, *country.demonyms, *country.capitals):
            claimed.add(normalize_alias(surface))
    with_legislature = {e.country for e in merged.values() if e.sector == "LEG" and e.kind == "state_institution"}
    added: list[KBEntry] = []
    for entry in generated_institutions(countries):
        if entry.id in merged:
            continue
        if entry.sector == "LEG" and entry.country in with_legislature:
            continue
        keys = [normalize_alias(s) for s in (entry.name, *entry.aliases)]
        if any(k in claimed for k in keys):
            continue
        claimed.update(keys)
        merged[entry.id] = entry
        added.append(entry)
    for entry in added:
        links = tuple(a for a in entry.affiliations if a.target in merged)
        if links != entry.affiliations:
            merged[entry.id] = dataclasses.replace(entry, affiliations=links)


def _dictionary_case(phrase: str) -> str:
    """Dictionary phrases are in capitals: keep short acronyms so, title-case the rest."""
    if phrase.isupper() and not (" " not in phrase and len(phrase.replace(".", "")) <= 4):
        return " ".join(w.capitalize() if w.isalpha() else w.title() for w in phrase.split())
    return phrase


def _import_petrarch(
    path: Path,
    *,
    countries: dict[str, CountryEntry],
    sectors: dict[str, Sector],
    merged: dict[str, KBEntry],
    prefix: str,
    skipped: list[DataFileError] | None = None,
) -> list[str]:
    """Apply one PETRARCH/Phoenix dictionary to ``countries``/``sectors``/``merged``; ids it added or extended."""
    from .importers import is_agents_text, read_petrarch_actors, read_petrarch_agents, to_entries

    display = str(path)
    try:
        head = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataFileError(display, f"cannot be read ({exc.strerror}); check the path") from None
    if is_agents_text(head):
        known = {normalize_alias(t) for sector in sectors.values() for t in sector.terms}
        extra: dict[str, list[str]] = {}
        for phrase, code, _line in read_petrarch_agents(path, display, skipped=skipped):
            key = normalize_alias(phrase)
            if code in sectors and key and key not in known:
                known.add(key)
                extra.setdefault(code, []).append(phrase)
        for code, terms in extra.items():
            old = sectors[code]
            sectors[code] = Sector(old.code, old.name, (*old.terms, *terms), old.dominant)
        return []
    actor_keys: dict[str, str] = {}
    for entry in merged.values():
        for surface in (entry.name, *entry.aliases):
            actor_keys.setdefault(normalize_alias(surface), entry.id)
    country_keys: dict[str, str] = {}
    for country in countries.values():
        for surface in (country.name, *country.aliases, *country.demonyms):
            country_keys.setdefault(normalize_alias(surface), country.iso3)
    touched: list[str] = []
    blocks = read_petrarch_actors(path, display, skipped=skipped)
    for entry, _line in to_entries(blocks, display=display, countries=countries, sectors=sectors, prefix=prefix):
        phrases = [_dictionary_case(p) for p in (entry.name, *entry.aliases)]
        keys = [normalize_alias(p) for p in phrases]
        target_id = next((actor_keys[k] for k in keys if k in actor_keys), None)
        if target_id is not None:  # extend a known actor with new spellings
            old = merged[target_id]
            merged[target_id] = dataclasses.replace(old, aliases=tuple(dict.fromkeys((*old.aliases, *phrases))))
            touched.append(target_id)
            continue
        iso3 = next((country_keys[k] for k in keys if k in country_keys), None)
        if iso3 is not None and entry.country == iso3 and entry.sector is None and not entry.roles:
            old_c = countries[iso3]
            countries[iso3] = dataclasses.replace(old_c, aliases=tuple(dict.fromkeys((*old_c.aliases, *phrases))))
            continue
        new = dataclasses.replace(entry, name=phrases[0], aliases=tuple(dict.fromkeys(phrases[1:])))
        merged[new.id] = new
        for k in keys:
            actor_keys.setdefault(k, new.id)
        touched.append(new.id)
    return touched


def _display(path: Path) -> str:
    """Bundled files are named relative to the package, not by a machine path."""
    try:
        return str(Path("eventwire") / path.relative_to(DATA_DIR.parents[1]))
    except ValueError:
        return str(path)


_CACHE_FORMAT = 1


def _fingerprint(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256(str(_CACHE_FORMAT).encode())
    for module in sorted(Path(__file__).parent.glob("*.py")):  # the code that builds the index
        digest.update(f"{module.name}:{module.stat().st_mtime_ns}".encode())
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            digest.update(f"{path}:missing".encode())
            continue
        digest.update(f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def cache_dir() -> Path:
    """Where compiled knowledge bases are kept: ``$EVENTWIRE_CACHE_DIR`` or the user cache directory."""
    configured = os.environ.get("EVENTWIRE_CACHE_DIR")
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("eventwire")) / "kb"


def load_cached(*, extra_paths: Sequence[Path | str] = ()) -> KnowledgeBase:
    """:meth:`KnowledgeBase.load`, through a compiled copy on disk while no file has changed.

    The copy is keyed by the size and modification time of every bundled and extra file (and
    of this module), so an edited file is read again. A cache that cannot be written or read
    is skipped silently: the knowledge base is then built from the files.
    """
    extras = [Path(p) for p in extra_paths]
    data_files = sorted(DATA_DIR.glob("*.yaml"))
    target = cache_dir() / f"kb-{_fingerprint([*data_files, *extras])}.pickle"
    try:
        with target.open("rb") as handle:
            kb = pickle.load(handle)
        if isinstance(kb, KnowledgeBase):
            return kb
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    kb = KnowledgeBase.load(extra_paths=extras)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(kb, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(target)
    except OSError:
        pass
    return kb


@functools.lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The bundled knowledge base plus the user's added files, loaded once per process.

    User files (``eventwire actors add``) are read from :func:`eventwire.actors.userfiles.user_dir`
    in the order they were added; set ``EVENTWIRE_NO_USER_ACTORS=1`` to read the bundled files only.
    """
    from .userfiles import user_files

    extras = [] if os.environ.get("EVENTWIRE_NO_USER_ACTORS") else user_files()
    return load_cached(extra_paths=extras)
