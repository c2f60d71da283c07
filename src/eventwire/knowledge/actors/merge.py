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
from .importers import ImportReport, custom_country_codes, read_as_iso3
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
    report: ImportReport | None = None,
) -> list[str]:
    """Apply one PETRARCH/Phoenix dictionary to ``countries``/``sectors``/``merged``; ids it added or extended.

    What the file added is counted in ``report`` (an :class:`ImportReport` for this file).
    Verb dictionaries and files without a single code are refused, whatever ``skipped`` says.
    """
    from .importers import dictionary_kind, read_petrarch_actors, read_petrarch_agents, to_entries

    display = str(path)
    report = report if report is not None else ImportReport(display)
    if path.suffix.lower() in (".xml", ".html", ".htm"):
        raise DataFileError(display, "is XML/HTML, not a PETRARCH dictionary (records hold sentences, not actors)")
    try:
        head = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataFileError(display, f"cannot be read ({exc.strerror}); check the path") from None
    kind = dictionary_kind(head)
    if kind == "verbs":
        raise DataFileError(
            display,
            "is a PETRARCH verb dictionary (--- VERB [code] --- blocks, &SYNSETS); it codes events, not actors, "
            "and eventwire's verbs come from its own lexicon: add actor (.actors.txt) or agent dictionaries",
        )
    if kind == "other":
        raise DataFileError(
            display,
            "has no [CODE] on any line: it is not an actor or agent dictionary (a discards or issues file?)",
        )
    report.kind = kind
    errors: list[DataFileError] = []
    if kind == "agents":
        known = {normalize_alias(t) for sector in sectors.values() for t in sector.terms}
        extra: dict[str, list[str]] = {}
        for phrase, code, _line in read_petrarch_agents(path, display, skipped=errors if skipped is not None else None):
            key = normalize_alias(phrase)
            if not key:
                continue
            if code not in sectors:
                report.unknown_sectors[code] = report.unknown_sectors.get(code, 0) + 1
            elif key in known:
                report.already_known += 1
            else:
                known.add(key)
                extra.setdefault(code, []).append(phrase)
                report.added += 1
                report.new += 1
        for code, terms in extra.items():
            old = sectors[code]
            sectors[code] = Sector(old.code, old.name, (*old.terms, *terms), old.dominant)
        _record_skipped(errors, skipped, report)
        return []
    actor_keys: dict[str, str] = {}
    for entry in merged.values():
        for surface in (entry.name, *entry.aliases):
            actor_keys.setdefault(normalize_alias(surface), entry.id)
    blocks = read_petrarch_actors(path, display, skipped=errors if skipped is not None else None)
    _record_skipped(errors, skipped, report)
    report.read_as_iso3 = read_as_iso3(blocks, countries)
    for code, name in custom_country_codes(blocks, countries=countries, sectors=sectors).items():
        report.user_countries[code] = name
        countries[code] = CountryEntry(code, name)
    country_keys: dict[str, str] = {}
    for country in countries.values():
        for surface in (country.name, *country.aliases, *country.demonyms):
            country_keys.setdefault(normalize_alias(surface), country.iso3)
    touched: list[str] = []
    entries = to_entries(blocks, display=display, countries=countries, sectors=sectors, prefix=prefix)
    report.uncoded = len(blocks) - len(entries)
    for entry, _line in entries:
        phrases = [_dictionary_case(p) for p in (entry.name, *entry.aliases)]
        keys = [normalize_alias(p) for p in phrases]
        report.added += 1
        target_id = next((actor_keys[k] for k in keys if k in actor_keys), None)
        if target_id is not None:  # extend a known actor with new spellings
            old = merged[target_id]
            merged[target_id] = dataclasses.replace(old, aliases=tuple(dict.fromkeys((*old.aliases, *phrases))))
            touched.append(target_id)
            report.already_known += 1
            continue
        iso3 = next((country_keys[k] for k in keys if k in country_keys), None)
        if iso3 is not None and entry.country == iso3 and entry.sector is None and not entry.roles:
            old_c = countries[iso3]
            aliases = tuple(p for p in dict.fromkeys((*old_c.aliases, *phrases)) if p != old_c.name)
            countries[iso3] = dataclasses.replace(old_c, aliases=aliases)
            report.already_known += 1
            continue
        new = dataclasses.replace(entry, name=phrases[0], aliases=tuple(dict.fromkeys(phrases[1:])))
        merged[new.id] = new
        for k in keys:
            actor_keys.setdefault(k, new.id)
        touched.append(new.id)
        report.new += 1
    return touched


def _record_skipped(errors: list[DataFileError], skipped: list[DataFileError] | None, report: ImportReport) -> None:
    if skipped is not None:
        skipped.extend(errors)
    report.skipped.extend(str(e) for e in errors)
