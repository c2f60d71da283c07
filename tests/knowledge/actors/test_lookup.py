"""lookup(): resolution steps recorded in resolved_by (fuzzy, context, dated and titled roles)."""

from __future__ import annotations

import json

import pytest

import eventwire.knowledge.actors as actors_pkg
from eventwire.knowledge.actors import context_country, default_kb, lookup
from eventwire.knowledge.actors.resolve import FUZZY_THRESHOLD


def test_lookup_is_public_and_returns_a_record_with_to_dict() -> None:
    assert "lookup" in actors_pkg.__all__
    res = lookup("Kata'ib Hizballah", date="2018-02-06")
    assert res is not None
    record = res.to_dict()
    assert {"kb_id", "country", "sector", "resolved_by", "affiliations"} <= set(record)
    assert record["kb_id"] == "kataib_hezbollah" and record["country"] == "IRQ"
    assert {"type": "backed_by", "target": "IRN"} in record["affiliations"]
    json.dumps(record)


def test_unknown_text_is_none() -> None:
    assert lookup("the weather") is None
    assert lookup("   ") is None


@pytest.mark.parametrize(
    ("misspelt", "right"),
    [("Quatar", "Qatar"), ("Afganistan", "Afghanistan"), ("Kataib Hezbolah", "Kataib Hezbollah")],
)
def test_fuzzy_match_of_a_misspelt_name(misspelt: str, right: str) -> None:
    wrong, good = lookup(misspelt), lookup(right)
    assert wrong is not None and good is not None
    assert (wrong.kb_id, wrong.country) == (good.kb_id, good.country)
    assert "fuzzy" in wrong.resolved_by
    assert 0 < FUZZY_THRESHOLD <= 100


def test_fuzzy_does_not_fire_on_distant_names() -> None:
    assert lookup("Qorvex") is None
    assert lookup("Australia").country == "AUS" and lookup("Austria").country == "AUT"


def test_context_lends_its_single_country() -> None:
    res = lookup("a senior official", context="A senior official in Kabul said the talks would resume.")
    assert (res.country, res.sector) == ("AFG", "GOV") and res.resolved_by.endswith("+context")
    two = lookup("a senior official", context="A senior official said Iraq and Iran would meet.")
    assert two.country is None  # two countries: no guess
    ours = lookup("our forces", context="The coalition will tailor our forces with our Iraqi partners.")
    assert ours.country is None  # a possessive points to the speaker, not to the sentence
    own = lookup("Iraqi officials", context="Iraqi officials met Iranian envoys.")
    assert own.country == "IRQ" and "context" not in own.resolved_by


def test_context_never_gives_a_country_to_a_transnational_group() -> None:
    res = lookup("al-Qaeda", context="Al-Qaeda claimed the attack in Yemen.")
    assert res.kb_id == "al_qaeda" and res.country is None
    assert context_country("Fighters crossed from Syria into Iraq.") is None
    assert context_country("Fighters crossed into Iraq near Qaim.") == "IRQ"


def test_dated_roles_head_of_government_only_in_office() -> None:
    assert lookup("Nouri al-Maliki", date="2010-05-01").sector == "GOV"
    assert lookup("Nouri al-Maliki", date="2019-05-01").sector != "GOV"


def test_title_in_the_phrase_chooses_the_role_without_a_date() -> None:
    plain = lookup("Ismail Haniyeh")
    titled = lookup("Prime Minister Ismail Haniyeh")
    entry = default_kb().get("ismail_haniyeh")
    assert entry is not None and plain.sector == entry.sector
    assert (titled.country, titled.sector) == ("PSE", "GOV")


def test_former_office_holders_are_elites() -> None:
    assert lookup("former Prime Minister Nouri al-Maliki", date="2019-05-01").sector == "ELI"
    assert lookup("former Prime Minister Nouri al-Maliki", date="2010-05-01").sector == "GOV"
    assert lookup("a former defence minister").sector == "ELI"


def test_ethnic_demonym_is_a_people_not_a_state() -> None:
    res = lookup("ethnic Albanians", context="Ethnic Albanians demonstrated in Serbia.")
    assert (res.country, res.sector) == ("SRB", "CVL")
    assert lookup("Albanian police").country == "ALB"


def test_agent_patterns_cover_weapons_and_backers() -> None:
    assert (lookup("Russian aircraft").country, lookup("Russian aircraft").sector) == ("RUS", "MIL")
    res = lookup("Iran-backed militias")
    assert res.sector == "REB" and ("backed_by", "IRN") in {(a.type, a.target) for a in res.affiliations}


def test_unresolved_names_are_kept_with_their_text() -> None:
    from eventwire import analyze_text

    text = "Zorvath Quillane, a spokesman for the Drelmont Syndicate, said Iraqi police had arrested him."
    analysis = analyze_text(text, published="2018-02-06")
    unresolved = [m for m in analysis.mentions if m.resolved_by == "unresolved"]
    assert unresolved and all(text[m.start : m.end] == m.text for m in unresolved)
    assert any("Drelmont Syndicate" in m.text for m in unresolved)
    assert any(m.country == "IRQ" and m.sector == "COP" for m in analysis.mentions)


def test_a_part_of_a_longer_name_is_not_a_misspelt_other_name() -> None:
    # "Makeie" alone is close to Belarus's "Makei"; inside a three-part name it is someone else
    r = lookup("Interior Minister Daniel Makeie Obura", date="2020-01-01")
    assert r is None or r.country != "BLR"


def test_a_whole_misspelt_name_is_still_found() -> None:
    r = lookup("Abdelaziz Bouteflicka", date="2010-01-01")
    assert r is not None and r.country == "DZA" and r.resolved_by.startswith("kb_fuzzy")


def test_a_sentence_opening_quantifier_is_not_part_of_a_name() -> None:
    r = lookup("Several Republican senators", date="2019-06-01")
    assert r is not None and r.country == "USA"


def test_a_city_in_an_organisations_name_is_not_its_state() -> None:
    assert lookup("the Nairobi Working Group", date="2020-01-01") is None


def test_a_nationality_inside_a_longer_name_is_not_a_state() -> None:
    r = lookup("the Inter-American Forum", date="2020-01-01")
    assert r is None or r.country != "USA"


def test_a_country_opening_an_organisations_name_gives_its_country() -> None:
    r = lookup("the Kenya Wildlife Council", date="2020-01-01")
    assert r is not None and r.country == "KEN" and r.sector != "GOV"


def test_a_capital_alone_is_its_government() -> None:
    r = lookup("Nairobi", date="2020-01-01")
    assert r is not None and (r.country, r.sector) == ("KEN", "GOV")


def test_officers_alone_are_police_and_with_a_country_alone_the_military() -> None:
    officers = lookup("officers")
    assert officers is not None and officers.sector == "COP"
    army = lookup("army officers")
    assert army is not None and army.sector == "MIL"
    national = lookup("Syrian officers")
    assert national is not None and (national.country, national.sector) == ("SYR", "MIL")


def test_a_context_given_as_a_function_is_read_only_when_the_phrase_needs_it() -> None:
    reads: list[int] = []

    def sentence() -> str:
        reads.append(1)
        return "A senior official in Lusaka said the count would be published on Friday."

    lent = lookup("a senior official", context=sentence)
    assert lent == lookup("a senior official", context=sentence())
    assert lent is not None and lent.country == "ZMB"
    assert len(reads) == 2
    own = lookup("Zambian police", context=sentence)
    assert own is not None and own.country == "ZMB"
    assert len(reads) == 2  # the phrase names its country: the sentence is not read
    assert lookup("a senior official", context=lambda: "   ") == lookup("a senior official")
