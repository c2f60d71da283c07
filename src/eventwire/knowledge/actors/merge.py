"""Entries the knowledge base adds to the hand-written ones: each country's generated state
institutions, and the actors and agents of imported PETRARCH/Phoenix dictionaries.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path

from ...errors import DataFileError
from ._text import (
    normalize_alias,
)
from .entries import (
    CountryEntry,
    KBEntry,
    Sector,
)
from .institutions import generated_institutions


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
