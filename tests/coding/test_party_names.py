"""Descriptive names of unnamed parties follow their coded country (eventwire.coding.party_names)."""

from __future__ import annotations

from eventwire.coding.party_names import named_for_country
from eventwire.knowledge.actors import default_kb
from eventwire.record import Actor


def _party(name: str | None, country: str | None, sector: str | None, kb_id: str | None = None) -> Actor:
    return Actor(text="gunmen", start=0, end=6, name=name, country=country, sector=sector, kb_id=kb_id)


def test_a_described_name_takes_the_country_the_party_was_placed_in() -> None:
    kb = default_kb()
    uaf = kb.sectors["UAF"].name
    a = named_for_country(_party(f"Peru {uaf}", "CHL", "UAF"), kb)
    assert a.name == f"Chile {uaf}"


def test_a_sector_named_alone_gains_its_country() -> None:
    kb = default_kb()
    a = named_for_country(_party(kb.sectors["COP"].name, "GHA", "COP"), kb)
    assert a.name == f"Ghana {kb.sectors['COP'].name}"


def test_a_country_only_lent_is_dropped_from_the_name() -> None:
    kb = default_kb()
    mil = kb.sectors["MIL"].name
    assert named_for_country(_party(f"Peru {mil}", None, "MIL"), kb).name == mil


def test_named_parties_and_other_descriptions_keep_their_names() -> None:
    kb = default_kb()
    mil = kb.sectors["MIL"].name
    assert named_for_country(_party("Andean Brigade", "CHL", "MIL", kb_id="x"), kb).name == "Andean Brigade"
    assert named_for_country(_party(f"border {mil}", "CHL", "MIL"), kb).name == f"border {mil}"


def test_a_coded_article_names_an_unnamed_party_after_its_own_country() -> None:
    from eventwire import code_text

    kb = default_kb()
    text = (
        "LIMA, May 3 - Peru will send 300 police officers to Bolivia next month, its interior minister said.\n\n"
        "Gunmen fired on a bus near the border, Bolivian police said."
    )
    (e,) = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    (a,) = e.actor
    assert a.country is not None and a.name == f"{kb.target_name(a.country)} {kb.sectors['UAF'].name}"
