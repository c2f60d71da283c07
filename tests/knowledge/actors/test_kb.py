"""The actor knowledge base: bundled data, validation of user files, indexes, normalisation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import eventwire.knowledge.actors as actors_pkg
from eventwire.errors import DataFileError
from eventwire.knowledge.actors import KnowledgeBase, default_kb, lookup, normalize_alias
from eventwire.knowledge.actors.kb import AFFILIATION_TYPES, DATA_DIR, KINDS, Role, in_force, load_cached, plural
from eventwire.knowledge.gazetteer import Gazetteer

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _raw(name: str) -> Any:
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- bundled data, golden checks


def test_package_exports_its_public_api() -> None:
    for name in ("KnowledgeBase", "KBEntry", "default_kb", "resolve_phrase", "Resolution", "normalize_alias"):
        assert name in actors_pkg.__all__
        assert hasattr(actors_pkg, name)
    assert sorted(actors_pkg.__all__) == sorted(set(actors_pkg.__all__))


def test_bundled_counts() -> None:
    kb = default_kb()
    assert len(kb.countries) >= 193 + 4  # UN members, Holy See, Palestine, Taiwan, Kosovo
    for iso3 in ("USA", "IRQ", "IRN", "PSE", "VAT", "TWN", "XKX", "SSD", "TLS", "MNE"):
        assert iso3 in kb.countries
    assert len(kb.entries) >= 250
    kinds = {e.kind for e in kb.entries.values()}
    assert kinds == set(KINDS)


def test_every_country_entry_is_well_formed() -> None:
    raw = _raw("countries.yaml")
    seen: set[str] = set()
    for item in raw:
        assert set(item) <= {"iso3", "name", "aliases", "demonyms", "capitals", "peoples"}, item
        assert re.fullmatch(r"[A-Z]{3}", item["iso3"]), item
        assert item["iso3"] not in seen, item["iso3"]
        seen.add(item["iso3"])
        assert isinstance(item["name"], str) and item["name"].strip()
        for key in ("aliases", "demonyms", "capitals", "peoples"):
            assert all(isinstance(s, str) and s.strip() for s in item.get(key) or []), (item["iso3"], key)


def test_every_agent_sector_is_well_formed() -> None:
    raw = _raw("agents.yaml")
    codes = set(raw["sectors"])
    assert {"GOV", "MIL", "COP", "REB", "OPP", "PTY", "JUD", "LEG", "MED", "CVL", "REF", "BUS", "IGO", "NGO"} <= codes
    terms: dict[str, str] = {}
    for code, sector in raw["sectors"].items():
        assert re.fullmatch(r"[A-Z]{3}", code)
        for term in sector.get("terms", []):
            assert term == term.lower(), term  # lemmas are written in lower case
            assert terms.setdefault(term, code) == code, f"{term} in {code} and {terms[term]}"
    assert set(raw["group_nouns"].values()) <= codes


def test_every_actor_entry_validates() -> None:
    """Golden check of actors.yaml, independent of the loader."""
    countries = {c["iso3"] for c in _raw("countries.yaml")}
    sectors = set(_raw("agents.yaml")["sectors"])
    raw = _raw("actors.yaml")
    ids = [e["id"] for e in raw]
    assert len(ids) == len(set(ids)), "duplicate ids"
    known = set(ids) | countries
    for e in raw:
        where = e.get("id")
        assert set(e) <= {"id", "name", "kind", "country", "sector", "aliases", "affiliations", "roles", "seat"}, where
        assert e.get("seat") is None or Gazetteer.default().lookup(e["seat"]) is not None, where
        assert re.fullmatch(r"[a-z][a-z0-9_]*", e["id"]), where
        assert isinstance(e["name"], str) and e["name"].strip(), where
        assert e["kind"] in KINDS, where
        assert e.get("country") is None or e["country"] in countries, where
        if e["kind"] != "person":
            assert e["sector"] in sectors, where
        else:
            assert e.get("sector") is None or e["sector"] in sectors, where
        assert all(isinstance(a, str) and a.strip() for a in e.get("aliases") or []), where
        for aff in e.get("affiliations") or []:
            assert aff["type"] in AFFILIATION_TYPES, where
            assert aff["target"] in known, (where, aff["target"])
            assert aff["target"] != e["id"], where
            for key in ("start", "end"):
                assert aff.get(key) is None or DATE.match(str(aff[key])), (where, aff)
        for role in e.get("roles") or []:
            assert role.get("sector") is None or role["sector"] in sectors, where
            assert role.get("country") is None or role["country"] in countries, where
            assert DATE.match(str(role["start"])), where
            assert role.get("end") is None or DATE.match(str(role["end"])), where
            if role.get("end") is not None:
                assert str(role["start"]) <= str(role["end"]), (where, role)


def test_bundled_aliases_never_conflict() -> None:
    assert default_kb().alias_conflicts == ()


ABSOLUTE_PATH = re.compile(r"(?:^|[\s'\"(\[])(?:/[\w.-]+){2,}/|[A-Z]:\\\\")


def test_bundled_names_are_not_machine_paths() -> None:
    names = sorted(p.name for p in DATA_DIR.glob("*.yaml"))
    assert {"countries.yaml", "agents.yaml", "actors.yaml", "institutions.yaml"} <= set(names)
    for name in names:
        text = (DATA_DIR / name).read_text(encoding="utf-8")
        assert not ABSOLUTE_PATH.search(text), name


def test_cached_load_equals_the_built_base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    built = load_cached()  # builds from the files and writes the compiled copy
    assert list(tmp_path.glob("kb-*.pickle"))
    again = load_cached()
    assert again is not built and len(again) == len(built)
    assert dict(again.alias_index) == dict(built.alias_index)


def test_a_body_that_sits_in_one_place_names_its_seat(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "- id: fisheries_tribunal\n  name: Fisheries Tribunal\n  kind: igo\n  sector: IGO\n  seat: Hamburg\n"
    )
    kb = KnowledgeBase.load(extra_paths=[path])
    assert kb.get("fisheries_tribunal").seat == "Hamburg"
    assert kb.get("un_security_council").seat == "New York"
    assert kb.get("united_nations").seat is None


def test_default_kb_is_cached() -> None:
    assert default_kb() is default_kb()


# --------------------------------------------------------------------------- indexes and lookups


def test_entries_and_get() -> None:
    kb = default_kb()
    kh = kb.get("kataib_hezbollah")
    assert kh is not None and kh.country == "IRQ" and kh.sector == "REB"
    assert any(a.type == "backed_by" and a.target == "IRN" for a in kh.affiliations)
    assert kb.entries["hezbollah"].country == "LBN"
    assert kb.get("no_such_actor") is None
    assert "kataib_hezbollah" in kb
    assert kb.countries["IRQ"].capitals == ("Baghdad",)
    assert "Iraqis" in kb.countries["IRQ"].demonyms


def test_alias_index_is_normalised() -> None:
    index = default_kb().alias_index
    assert index[normalize_alias("Kata'ib Hizballah")] == "kataib_hezbollah"
    assert index[normalize_alias("The Badr Organisation")] == "badr_organization"
    assert index["daesh"] == "islamic_state"
    assert index["IS"] == "islamic_state"  # capital acronyms keep their case
    assert "is" not in index


@pytest.mark.parametrize(
    ("lemma", "sector"),
    [
        ("troops", "MIL"),
        ("soldier", "MIL"),
        ("soldiers", "MIL"),
        ("forces", "MIL"),
        ("prime minister", "GOV"),
        ("Prime Ministers", "GOV"),
        ("spokesmen", "GOV"),
        ("police", "COP"),
        ("security forces", "COP"),
        ("militia", "REB"),
        ("militias", "REB"),
        ("lawmakers", "LEG"),
        ("refugees", "REF"),
        ("immigrants", "REF"),
        ("deportees", "REF"),
        ("stateless people", "REF"),
        ("journalists", "MED"),
        ("cartel", "CRM"),
        ("leader", None),
        ("banana", None),
    ],
)
def test_agent_sector(lemma: str, sector: str | None) -> None:
    assert default_kb().agent_sector(lemma) == sector


def test_plural() -> None:
    assert plural("soldier") == "soldiers"
    assert plural("militia") == "militias"
    assert plural("spokesman") == "spokesmen"
    assert plural("party") == "parties"
    assert plural("armed group") == "armed groups"
    assert plural("spokesperson") == "spokespeople"


def test_alias_patterns_cover_all_labels() -> None:
    patterns = default_kb().alias_patterns()
    by_key = {(p.text, p.kb_id, p.label) for p in patterns}
    assert ("Pentagon", "us_department_of_defense", "ACTOR") in by_key
    assert ("Iraq", "IRQ", "COUNTRY") in by_key
    assert ("Iraqi", "IRQ", "DEMONYM") in by_key
    assert ("Baghdad", "IRQ", "CAPITAL") in by_key
    assert ("Rohingya", "MMR", "PEOPLE") in by_key
    assert {p.label for p in patterns} == {"ACTOR", "COUNTRY", "DEMONYM", "CAPITAL", "PEOPLE"}
    us = [p for p in patterns if p.text == "US" and p.kb_id == "USA"]
    assert us and us[0].case_sensitive
    assert not next(p for p in patterns if p.text == "Iraq").case_sensitive


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kata\u2019ib Hezbollah", "Kataib Hezbollah"),
        ("al-Qaeda", "Al Qaeda"),
        ("al\u2011Qaeda", "al qaeda"),
        ("The Pentagon", "Pentagon"),
        ("\u00c9lys\u00e9e", "Elysee"),
        ("Islamic\u00a0State", "Islamic  State"),
        ("U.S.", "US"),
        ("\uff2e\uff21\uff34\uff2f", "nato"),  # full-width letters (NFKC)
        ("T\u00fcrkiye", "Turkiye"),
    ],
)
def test_normalize_alias_equivalences(a: str, b: str) -> None:
    assert normalize_alias(a) == normalize_alias(b)


def test_normalize_alias_shape() -> None:
    assert normalize_alias("  The   Kata'ib\tHezbollah ") == "kataib hezbollah"
    assert normalize_alias("Iran's Revolutionary Guard") == "iran 's revolutionary guard"
    assert normalize_alias("the") == "the"


def test_role_and_period_dates() -> None:
    role = Role("GOV", "IRQ", "Prime Minister", "2014-09-08", "2018-10-25")
    assert role.in_force("2016-01-01") and role.in_force("2018") and role.in_force("2014-09")
    assert not role.in_force("2019-01-01") and not role.in_force("2014-09-07")
    assert in_force("2014", None, "2014-12-31") and not in_force(None, "2013", "2014-01-01")


# --------------------------------------------------------------------------- user files


def _write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_overrides_by_id_and_adds_entries(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "- id: badr_organization\n"
        "  name: Badr (local spelling)\n"
        "  kind: armed_group\n"
        "  country: IRQ\n"
        "  sector: PTY\n"
        "  aliases: [Munathamat Badr]\n"
        "- id: my_local_militia\n"
        "  name: Brigade of the River\n"
        "  kind: armed_group\n"
        "  country: IRQ\n"
        "  sector: REB\n"
        "  affiliations: [{type: backed_by, target: IRN}, {type: part_of, target: popular_mobilization_forces}]\n",
    )
    kb = KnowledgeBase.load(extra_paths=[path])
    badr = kb.get("badr_organization")
    assert badr is not None and badr.name == "Badr (local spelling)" and badr.sector == "PTY"
    assert kb.alias_index[normalize_alias("Munathamat Badr")] == "badr_organization"
    assert kb.get("my_local_militia") is not None
    assert len(kb) == len(default_kb()) + 1
    assert str(path) in kb.sources
    # the shared default knowledge base is untouched
    assert default_kb().entries["badr_organization"].sector == "REB"


def test_user_aliases_win_over_bundled_ones(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "- {id: badr_party, name: Badr Party, kind: party, country: IRQ, sector: PTY, aliases: [Badr]}\n",
    )
    kb = KnowledgeBase.load(extra_paths=[path])
    assert kb.alias_index["badr"] == "badr_party"


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (
            "- id: ok_one\n  name: Fine\n  kind: ngo\n  sector: NGO\n- name: No id here\n  kind: ngo\n  sector: NGO\n",
            5,
            "'id'",
        ),
        ("- id: no_name\n  kind: ngo\n  sector: NGO\n", 1, "'name'"),
        ("- id: bad_sector\n  name: X\n  kind: ngo\n  sector: XYZ\n", 4, "unknown sector"),
        ("- id: bad_country\n  name: X\n  kind: ngo\n  sector: NGO\n  country: ZZZ\n", 5, "ISO3"),
        (
            "- id: dup\n  name: X\n  kind: ngo\n  sector: NGO\n- id: dup\n  name: Y\n  kind: ngo\n  sector: NGO\n",
            5,
            "duplicate id",
        ),
        ("- id: bad_kind\n  name: X\n  kind: club\n  sector: NGO\n", 3, "unknown kind"),
        ("- id: typo\n  name: X\n  kind: ngo\n  sector: NGO\n  alias: [Y]\n", 1, "unknown key"),
        (
            "- id: orphan\n  name: X\n  kind: ngo\n  sector: NGO\n"
            "  affiliations:\n    - {type: backed_by, target: nobody_at_all}\n",
            6,
            "affiliation target",
        ),
        (
            "- id: bad_type\n  name: X\n  kind: ngo\n  sector: NGO\n  affiliations: [{type: friend_of, target: IRN}]\n",
            5,
            "affiliation type",
        ),
        (
            "- id: bad_role\n  name: X\n  kind: person\n  roles: [{title: PM, start: 2020-01-01, end: 2019-01-01}]\n",
            4,
            "ends",
        ),
        ("- id: bad_date\n  name: X\n  kind: person\n  roles: [{title: PM, start: last year}]\n", 4, "YYYY"),
        ("- id: [unclosed\n  name: X\n", 2, "not valid YAML"),
    ],
)
def test_malformed_user_file_names_file_and_line(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    path = _write(tmp_path, text, name="broken_actors.yaml")
    with pytest.raises(DataFileError) as info:
        KnowledgeBase.load(extra_paths=[path])
    err = info.value
    assert err.path == str(path)
    assert err.line == line, str(err)
    assert fragment in str(err)
    assert "broken_actors.yaml" in str(err) and f":{line}:" in str(err)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="file not found"):
        KnowledgeBase.load(extra_paths=[tmp_path / "absent.yaml"])


def test_empty_user_file_adds_nothing(tmp_path: Path) -> None:
    kb = KnowledgeBase.load(extra_paths=[_write(tmp_path, "# nothing yet\n")])
    assert len(kb) == len(default_kb())


def test_bundled_coverage_counts() -> None:
    kb = default_kb()
    stats = kb.stats()
    assert stats["entries"] >= 2500 and stats["countries"] == 197
    assert stats["by_kind"]["armed_group"] >= 150 and stats["people_with_dated_roles"] >= 350
    for iso3 in kb.countries:  # every country has its generated (or hand-written) institutions
        res = kb.get(f"{iso3.lower()}_police")
        assert res is None or (res.country, res.sector) == (iso3, "COP")
    assert kb.get("irq_police") is not None and kb.get("ken_legislature").sector == "LEG"


def test_people_roles_are_dated_and_ordered() -> None:
    for entry in default_kb().entries.values():
        for role in entry.roles:
            assert DATE.match(role.start), entry.id
            assert role.end is None or DATE.match(role.end), entry.id


def test_groups_that_monitor_human_rights_are_coded_hri_and_aid_charities_stay_ngo() -> None:
    kb = default_kb()
    # the watchdogs of the base file are coded as the rest of the knowledge base codes rights groups
    for text in ("Amnesty International", "Human Rights Watch", "HRW", "Committee to Protect Journalists"):
        res = lookup(text)
        assert res is not None and res.sector == "HRI", text
    for entry in kb.entries.values():
        if entry.kind == "ngo" and "human rights" in entry.name.lower():
            assert entry.sector == "HRI", entry.id
    for text in ("Oxfam", "Save the Children", "Norwegian Refugee Council"):
        res = lookup(text)
        assert res is not None and res.sector == "NGO", text


def test_fuzzy_lookup_remembers_its_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    kb = default_kb()
    first = kb.fuzzy_lookup("pakistn", 1)
    assert first is not None and first.target == "PAK"
    assert kb.fuzzy_lookup("xqzzvw", 1) is None
    calls: list[str] = []
    closest = kb._closest_alias
    monkeypatch.setattr(kb, "_closest_alias", lambda q, n, t: calls.append(q) or closest(q, n, t))
    assert kb.fuzzy_lookup("pakistn", 1) == first
    assert kb.fuzzy_lookup("xqzzvw", 1) is None
    assert calls == []  # both answered from memory, the miss as well
    assert kb.fuzzy_lookup("pakistn", 1, threshold=99.0) is None  # another threshold is asked anew
    assert calls == ["pakistn"]
