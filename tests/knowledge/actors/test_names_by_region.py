"""Actor resolution on names written for the suite, over every region: names with a title,
names alone (on a date inside their role), and generic role phrases with a nationality. The
issue's bar: country right for at least 0.90 of them, sector for at least 0.80."""

from __future__ import annotations

import pytest

from eventwire.knowledge.actors.kb import KnowledgeBase
from eventwire.knowledge.actors.lookup import lookup

NAMES = [
    # Africa
    ("President Samia Suluhu Hassan", "2023-03-01", "TZA", "GOV"),
    ("Hakainde Hichilema", "2022-03-01", "ZMB", "GOV"),
    ("Finance Minister Enoch Godongwana", "2023-03-01", "ZAF", "GOV"),
    ("Kenyan riot police", "2023-03-01", "KEN", "COP"),
    ("a Nigerian soldier", "2023-03-01", "NGA", "MIL"),
    ("Ethiopian lawmakers", "2023-03-01", "ETH", "LEG"),
    ("Malian protesters", "2023-03-01", "MLI", "CVL"),
    # Americas
    ("Gabriel Boric", "2023-03-01", "CHL", "GOV"),
    ("Brazilian Foreign Minister Mauro Vieira", "2023-06-01", "BRA", "GOV"),
    ("Prime Minister Mia Mottley", "2023-03-01", "BRB", "GOV"),
    ("Venezuelan troops", "2023-03-01", "VEN", "MIL"),
    ("Colombian prosecutors", "2023-03-01", "COL", "JUD"),
    ("Mexican journalists", "2023-03-01", "MEX", "MED"),
    # Europe
    ("Mette Frederiksen", "2023-03-01", "DNK", "GOV"),
    ("President Alexander Stubb", "2024-06-01", "FIN", "GOV"),
    ("Speaker Lindsay Hoyle", "2023-03-01", "GBR", "LEG"),
    ("Polish border guards", "2023-03-01", "POL", "COP"),
    ("a Georgian demonstrator", "2023-03-01", "GEO", "CVL"),
    ("Ukrainian soldiers", "2023-03-01", "UKR", "MIL"),
    ("Serbian students", "2023-03-01", "SRB", "EDU"),
    # Middle East, South and Central Asia
    ("Abdullah Gul", "2010-03-01", "TUR", "GOV"),
    ("General Qamar Javed Bajwa", "2019-03-01", "PAK", "MIL"),
    ("Iraqi security forces", "2023-03-01", "IRQ", "COP"),
    ("Israeli warplanes", "2023-03-01", "ISR", "MIL"),
    ("Egyptian police", "2023-03-01", "EGY", "COP"),
    ("Afghan refugees", "2023-03-01", "AFG", "REF"),
    ("Indian paramedics", "2023-03-01", "IND", "HLH"),
    # East Asia and the Pacific
    ("Prime Minister Lee Hsien Loong", "2015-03-01", "SGP", "GOV"),
    ("Hun Manet", "2024-03-01", "KHM", "GOV"),
    ("Foreign Minister Penny Wong", "2023-03-01", "AUS", "GOV"),
    ("Retno Marsudi", "2019-03-01", "IDN", "GOV"),
    ("Philippine coast guard", "2023-03-01", "PHL", "MIL"),
    ("Chinese diplomats", "2023-03-01", "CHN", "GOV"),
    ("Myanmar junta", "2023-03-01", "MMR", "GOV"),
    ("Thai riot police", "2023-03-01", "THA", "COP"),
]


@pytest.fixture(scope="module")
def results() -> list[tuple[str, bool, bool]]:
    kb = KnowledgeBase.load()
    out = []
    for text, date, country, sector in NAMES:
        r = lookup(text, date=date, kb=kb)
        out.append((text, r is not None and r.country == country, r is not None and r.sector == sector))
    return out


def test_country_accuracy_is_at_least_ninety_percent(results: list[tuple[str, bool, bool]]) -> None:
    wrong = [t for t, c, _ in results if not c]
    assert 1 - len(wrong) / len(results) >= 0.90, wrong


def test_sector_accuracy_is_at_least_eighty_percent(results: list[tuple[str, bool, bool]]) -> None:
    wrong = [t for t, _, s in results if not s]
    assert 1 - len(wrong) / len(results) >= 0.80, wrong
