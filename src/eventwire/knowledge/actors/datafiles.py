"""Readers of the knowledge base's YAML files: ``countries.yaml``, ``agents.yaml`` and actors files.

Every malformed entry raises :class:`~eventwire.errors.DataFileError` naming file and line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from ...record import Affiliation
from ._text import (
    normalize_alias,
)
from ._yamlnodes import NodeReader, line_of
from .entries import (
    AFFILIATION_TYPES,
    KINDS,
    AgentRules,
    CountryEntry,
    KBEntry,
    Role,
    Sector,
    _date_ceiling,
    _date_floor,
)

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_SECTOR = re.compile(r"^[A-Z]{3}$")
# ``source`` (where the facts come from) and ``as_of`` (the date they were last checked) are kept
# in the files for reviewers; the coder does not read them.
_ENTRY_KEYS = frozenset(
    {"id", "name", "kind", "country", "sector", "aliases", "affiliations", "roles", "seat", "source", "as_of"}
)
_AFFILIATION_KEYS = frozenset({"type", "target", "start", "end"})
_ROLE_KEYS = frozenset({"sector", "country", "title", "start", "end"})
_COUNTRY_KEYS = frozenset({"iso3", "name", "aliases", "demonyms", "capitals", "peoples"})
_SECTOR_KEYS = frozenset({"name", "terms", "dominant"})
_AGENT_KEYS = frozenset({"sectors", "generic_heads", "group_nouns", "proxy_nouns", "national_heads"})
# Prefixes an actor alias may be written without ("al-Sadr" and "Sadr").
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
            for key in ("aliases", "demonyms", "capitals", "peoples")
        }
        countries[iso3] = CountryEntry(
            iso3, name, lists["aliases"], lists["demonyms"], lists["capitals"], lists["peoples"]
        )
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

    seat = reader.optional_text(fields["seat"][1], f"seat of {entry_id}") if "seat" in fields else None
    return KBEntry(entry_id, name, kind, country, sector, aliases, tuple(affiliations), tuple(roles), seat)
