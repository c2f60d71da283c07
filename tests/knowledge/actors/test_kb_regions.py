"""The regional people and bodies of the bundled knowledge base: a sample of facts checked by
hand, each with a date inside and, where it matters, outside the role."""

from __future__ import annotations

import pytest
import yaml

from eventwire.knowledge.actors.kb import DATA_DIR, KnowledgeBase
from eventwire.knowledge.actors.lookup import lookup


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()  # the bundled files only


@pytest.mark.parametrize(
    ("name", "date", "country", "sector"),
    [
        ("John Kufuor", "2005-06-01", "GHA", "GOV"),
        ("John Magufuli", "2018-06-01", "TZA", "GOV"),
        ("Samia Suluhu Hassan", "2022-06-01", "TZA", "GOV"),
        ("Hage Geingob", "2020-06-01", "NAM", "GOV"),
        ("Mia Mottley", "2020-06-01", "BRB", "GOV"),
        ("Gabriel Boric", "2023-06-01", "CHL", "GOV"),
        ("Guillermo Lasso", "2022-06-01", "ECU", "GOV"),
        ("Luis Lacalle Pou", "2021-06-01", "URY", "GOV"),
        ("Andrzej Duda", "2018-06-01", "POL", "GOV"),
        ("Sauli Niinistö", "2015-06-01", "FIN", "GOV"),
        ("Mette Frederiksen", "2021-06-01", "DNK", "GOV"),
        ("Lee Hsien Loong", "2010-06-01", "SGP", "GOV"),
        ("Jacinda Ardern", "2020-06-01", "NZL", "GOV"),
        ("Yingluck Shinawatra", "2012-06-01", "THA", "GOV"),
        ("Retno Marsudi", "2019-06-01", "IDN", "GOV"),
        ("Hun Manet", "2024-06-01", "KHM", "GOV"),
    ],
)
def test_a_head_of_government_or_minister_codes_to_the_state_while_in_office(
    kb, name: str, date: str, country: str, sector: str
) -> None:
    r = lookup(name, date=date, kb=kb)
    assert r is not None and (r.country, r.sector) == (country, sector)


@pytest.mark.parametrize(
    ("name", "date"),
    [("John Magufuli", "2010-06-01"), ("Jacinda Ardern", "2024-06-01"), ("Andrzej Duda", "2026-01-01")],
)
def test_outside_the_role_a_person_has_no_state_sector(kb, name: str, date: str) -> None:
    r = lookup(name, date=date, kb=kb)
    assert r is not None and r.sector is None


def test_every_regional_entry_names_its_source_and_date_and_its_country_in_its_id() -> None:
    for path in sorted(DATA_DIR.glob("actors_*.yaml")):
        if path.name == "actors_people.yaml":
            continue
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            assert entry.get("source") and entry.get("as_of"), f"{path.name}: {entry.get('id')}"
            if entry.get("country"):
                assert entry["id"].startswith(entry["country"].lower() + "_"), f"{path.name}: {entry['id']}"


@pytest.mark.parametrize(
    ("name", "date", "country", "sector"),
    [
        ("Abdullah Gül", "2010-06-01", "TUR", "GOV"),
        ("Saud al-Faisal", "2005-06-01", "SAU", "GOV"),
        ("Pranab Mukherjee", "2015-06-01", "IND", "GOV"),
        ("Qamar Javed Bajwa", "2019-06-01", "PAK", "MIL"),
        ("Maithripala Sirisena", "2017-06-01", "LKA", "GOV"),
        ("Beji Caid Essebsi", "2016-06-01", "TUN", "GOV"),
    ],
)
def test_middle_east_and_south_asia(kb, name: str, date: str, country: str, sector: str) -> None:
    r = lookup(name, date=date, kb=kb)
    assert r is not None and (r.country, r.sector) == (country, sector)
