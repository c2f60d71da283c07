"""Country names, ISO numbers, COW numbers and ACLED regions of the exchange formats."""

from __future__ import annotations

from eventwire.knowledge import countries
from eventwire.knowledge.countries import acled_region, country_code, country_name, cow_code, iso_numeric


def test_the_cow_and_region_tables_name_known_countries_once() -> None:
    names = countries.country_names()
    assert set(countries._COW) <= set(names)
    assert len(set(countries._COW.values())) == len(countries._COW)  # one state, one number
    listed = [c for codes in countries._REGIONS.values() for c in codes.split()]
    assert len(listed) == len(set(listed)) and set(listed) <= set(names)


def test_lookups() -> None:
    assert (country_name("syr"), iso_numeric("SYR"), cow_code("SYR"), acled_region("SYR")) == (
        "Syria", 760, 652, "Middle East")  # fmt: skip
    assert cow_code("USA") == 2 and cow_code("PSE") is None and iso_numeric("XXX") is None
    assert acled_region("FRA") == "Europe" and acled_region("KEN") == "Eastern Africa"
    assert country_code("Kenya") == country_code("kenya") == country_code("KE") == country_code("KEN") == "KEN"
    assert country_code("Britain") == "GBR" and country_code("Atlantis") is None and country_code("") is None
