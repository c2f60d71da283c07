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


# Facts checked by hand: a person named alone, on a date inside the role, codes to its state.
FACTS = [
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
    ("Abdullah Gül", "2010-06-01", "TUR", "GOV"),
    ("Saud al-Faisal", "2005-06-01", "SAU", "GOV"),
    ("Pranab Mukherjee", "2015-06-01", "IND", "GOV"),
    ("Qamar Javed Bajwa", "2019-06-01", "PAK", "MIL"),
    ("Maithripala Sirisena", "2017-06-01", "LKA", "GOV"),
    ("Beji Caid Essebsi", "2016-06-01", "TUN", "GOV"),
    # ministers, security chiefs and officials of the second round of regional files
    ("Theophilus Danjuma", "2001-06-01", "NGA", "MIL"),
    ("Tendai Biti", "2011-06-01", "ZWE", "GOV"),
    ("James Kabarebe", "2012-06-01", "RWA", "MIL"),
    ("Seyoum Mesfin", "2005-06-01", "ETH", "GOV"),
    ("Babatunde Fashola", "2010-06-01", "NGA", "GOV"),
    ("Martha Koome", "2022-06-01", "KEN", "JUD"),
    ("John Sawers", "2012-06-01", "GBR", "SPY"),
    ("Karl-Theodor zu Guttenberg", "2010-06-01", "DEU", "MIL"),
    ("Miguel Ángel Moratinos", "2006-06-01", "ESP", "GOV"),
    ("Jim Flaherty", "2010-06-01", "CAN", "GOV"),
    ("Christiane Taubira", "2014-06-01", "FRA", "GOV"),
    ("Ma Ying-jeou", "2010-06-01", "TWN", "GOV"),
    ("Nasser Judeh", "2012-06-01", "JOR", "GOV"),
    ("Kim Kwan-jin", "2012-06-01", "KOR", "MIL"),
    ("Angus Houston", "2007-06-01", "AUS", "MIL"),
    ("Arnold Schwarzenegger", "2005-06-01", "USA", "GOV"),
    ("Ken Livingstone", "2004-06-01", "GBR", "GOV"),
    ("Bo Xilai", "2009-06-01", "CHN", "GOV"),
]


@pytest.mark.parametrize(("name", "date", "country", "sector"), FACTS)
def test_a_head_of_government_minister_or_official_codes_to_the_state_while_in_office(
    kb, name: str, date: str, country: str, sector: str
) -> None:
    r = lookup(name, date=date, kb=kb)
    assert r is not None and (r.country, r.sector) == (country, sector), r


def test_before_any_role_a_person_has_no_state_sector(kb) -> None:
    r = lookup("John Magufuli", date="2010-06-01", kb=kb)
    assert r is not None and r.sector is None


@pytest.mark.parametrize(("name", "date"), [("Jacinda Ardern", "2024-06-01"), ("Andrzej Duda", "2026-01-01")])
def test_after_every_role_a_person_is_a_former_official(kb, name: str, date: str) -> None:
    r = lookup(name, date=date, kb=kb)
    assert r is not None and r.sector == "ELI"


def test_every_regional_entry_names_its_source_and_date_and_its_country_in_its_id() -> None:
    for path in sorted(DATA_DIR.glob("actors_*.yaml")):
        if path.name == "actors_people.yaml":
            continue
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            assert entry.get("source") and entry.get("as_of"), f"{path.name}: {entry.get('id')}"
            # international actors keep descriptive ids; their country is only their seat
            if entry.get("country") and path.name != "actors_international.yaml":
                assert entry["id"].startswith(entry["country"].lower() + "_"), f"{path.name}: {entry['id']}"


@pytest.mark.parametrize(
    ("name", "date", "sector"),
    [
        ("Kristalina Georgieva", "2021-06-01", "IGO"),
        ("Filippo Grandi", "2018-06-01", "IGO"),
        ("Fatou Bensouda", "2015-06-01", "JUD"),  # the prosecutor of an international court
        ("Roberta Metsola", "2023-06-01", "LEG"),  # the president of a multinational parliament
    ],
)
def test_a_sample_of_international_officials_codes_to_their_body_and_no_state(
    kb, name: str, date: str, sector: str
) -> None:
    r = lookup(name, date=date, kb=kb)
    assert r is not None and r.sector == sector and r.country is None, r


def test_a_state_office_speaks_before_a_party_role_held_at_the_same_time(kb) -> None:
    # Ma Ying-jeou was president (2008-2016) and chaired his party (2009-2014)
    r = lookup("Ma Ying-jeou", date="2010-06-01", kb=kb)
    assert r is not None and (r.country, r.sector) == ("TWN", "GOV")
