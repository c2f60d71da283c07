"""Places in text: resolving candidate names with the gazetteer, and an article's main place.

The gazetteer itself (names to :class:`~eventwire.record.Place`, its ranking and stop list) is
:mod:`eventwire.knowledge.gazetteer`; its names are re-exported here.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable

from ..knowledge.gazetteer import STOP_NAMES, Gazetteer, normalize_name
from ..record import Place

__all__ = ["STOP_NAMES", "Gazetteer", "find_places", "main_place", "normalize_name"]


def find_places(
    doc_ents: Iterable[tuple[str, int, int]],
    *,
    gazetteer: Gazetteer | None = None,
    country: str | None = None,
) -> list[Place]:
    """Resolve ``(text, start, end)`` candidates (e.g. spaCy GPE/LOC/FAC entities).

    Returns one Place per resolved candidate, in input order, with ``text/start/end`` filled
    from the candidate; unknown and stop-listed names are dropped. ``country`` is passed to
    :meth:`Gazetteer.lookup` as the tie-breaking hint.
    """
    gaz = gazetteer or Gazetteer.default()
    out: list[Place] = []
    for text, start, end in doc_ents:
        place = gaz.lookup(text, country=country)
        if place is not None:
            out.append(dataclasses.replace(place, text=text, start=start, end=end))
    return out


def main_place(places: list[Place], *, gazetteer: Gazetteer | None = None) -> Place | None:
    """The article's main place: the country-level Place of the most mentioned country.

    Every resolved place counts once for its country (a city counts for its country). Ties go
    to the country mentioned first. The returned Place is the gazetteer's country entry; its
    ``text/start/end`` are those of the first mention naming the country itself, or None when
    the country was only reached through its cities. None when no place has a country.
    """
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    first: dict[str, int] = {}
    for i, p in enumerate(places):
        if p.country and p.country not in first:
            first[p.country] = i
    iso3 = min(counts, key=lambda c: (-counts[c], first[c]))
    gaz = gazetteer or Gazetteer.default()
    country = gaz.country(iso3)
    if country is None:
        return None
    for p in places:
        if p.country == iso3 and p.precision == "country":
            return dataclasses.replace(country, text=p.text, start=p.start, end=p.end)
    return country
