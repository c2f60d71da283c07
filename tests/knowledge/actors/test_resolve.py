"""resolve_phrase: noun phrases from news text to country, sector, knowledge-base id and links."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.knowledge.actors import KnowledgeBase, Resolution, resolve_phrase
from eventwire.record import Affiliation


def _links(res: Resolution) -> set[tuple[str, str]]:
    return {(a.type, a.target) for a in res.affiliations}


def _resolve(text: str, date: str | None = None) -> Resolution:
    res = resolve_phrase(text, date=date)
    assert res is not None, text
    return res


# --------------------------------------------------------------------------- named actors


@pytest.mark.parametrize(
    ("text", "kb_id", "country", "sector"),
    [
        ("The Badr Organisation", "badr_organization", "IRQ", "REB"),
        ("Badr", "badr_organization", "IRQ", "REB"),
        ("Kataib Hezbollah", "kataib_hezbollah", "IRQ", "REB"),
        ("Kata\u2019ib Hizballah fighters", "kataib_hezbollah", "IRQ", "REB"),
        ("Hezbollah", "hezbollah", "LBN", "REB"),
        ("Daesh", "islamic_state", None, "REB"),
        ("ISIL", "islamic_state", None, "REB"),
        ("the Islamic State group", "islamic_state", None, "REB"),
        ("the US State Department", "us_state_department", "USA", "GOV"),
        ("The Pentagon", "us_department_of_defense", "USA", "MIL"),
        ("Iran's Revolutionary Guard Corps", "irgc", "IRN", "MIL"),
        ("the Kremlin", "kremlin", "RUS", "GOV"),
        ("Pakistani Taliban", "ttp", "PAK", "REB"),
        ("al Qaeda", "al_qaeda", None, "REB"),
        ("US-led coalition", "global_coalition_against_daesh", None, "MIL"),
    ],
)
def test_named_actor(text: str, kb_id: str, country: str | None, sector: str) -> None:
    res = _resolve(text)
    assert (res.kb_id, res.country, res.sector) == (kb_id, country, sector)
    assert res.resolved_by in ("kb_alias", "kb_normalized")


def test_kataib_hezbollah_is_iraqi_and_iran_backed_not_lebanese() -> None:
    res = _resolve("Kataib Hezbollah")
    assert res.kb_id != "hezbollah" and res.country == "IRQ"
    assert ("backed_by", "IRN") in _links(res)


def test_three_names_of_one_group_share_an_id() -> None:
    ids = {
        _resolve(t).kb_id
        for t in ("Daesh", "ISIL", "the Islamic State group", "ISIS", "Islamic State of Iraq and the Levant")
    }
    assert ids == {"islamic_state"}


def test_exact_and_normalised_alias() -> None:
    assert _resolve("Kataib Hezbollah").resolved_by == "kb_alias"
    assert _resolve("KATAIB-HEZBOLLAH").resolved_by == "kb_normalized"
    assert _resolve("Qaeda").kb_id == "al_qaeda"  # an "al-" alias also matches without it


def test_longest_match_wins() -> None:
    assert _resolve("Islamic State Khorasan Province").kb_id == "iskp"
    assert _resolve("Guinea-Bissau").country == "GNB"
    assert _resolve("Papua New Guinea").country == "PNG"


def test_institution_after_another_countrys_adjective_is_read_as_words() -> None:
    res = _resolve("Philippine Congress")
    assert (res.kb_id, res.country, res.sector) == (None, "PHL", "LEG")
    assert _resolve("Congress").kb_id == "us_congress"


# --------------------------------------------------------------------------- countries, demonyms, capitals


@pytest.mark.parametrize(
    ("text", "country", "sector", "how"),
    [
        ("Iraq", "IRQ", None, "country"),
        ("the United States", "USA", None, "country"),
        ("US", "USA", None, "country"),
        ("U.S.", "USA", None, "country"),
        ("Ivory Coast", "CIV", None, "country"),
        ("Burma", "MMR", None, "country"),
        ("the Americans", "USA", None, "demonym"),
        ("Iraqis", "IRQ", None, "demonym"),
        ("Baghdad", "IRQ", "GOV", "capital"),
        ("Washington", "USA", "GOV", "capital"),
        ("Tehran", "IRN", "GOV", "capital"),
    ],
)
def test_places(text: str, country: str, sector: str | None, how: str) -> None:
    res = _resolve(text)
    assert (res.kb_id, res.country, res.sector, res.resolved_by) == (None, country, sector, how)


@pytest.mark.parametrize("text", ["us", "is", "who", "blah blah", "", "   ", "the", "Congo"])
def test_unknown_phrases(text: str) -> None:
    assert resolve_phrase(text) is None


# --------------------------------------------------------------------------- country + agent nouns


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("US forces", "USA", "MIL"),
        ("American troops", "USA", "MIL"),
        ("Iraqi forces", "IRQ", "MIL"),
        ("elite Iraqi soldiers", "IRQ", "MIL"),
        ("An Iraqi government spokesman", "IRQ", "GOV"),
        ("Iraqi police", "IRQ", "COP"),
        ("US officials", "USA", "GOV"),
        ("Iraq's prime minister", "IRQ", "GOV"),
        ("Israeli settlers", "ISR", "CVL"),
        ("Baghdad residents", "IRQ", "CVL"),
        ("the Jordanian army's spokesman", "JOR", "MIL"),
        # generic heads with only a country: the state's own people in the role
        ("Turkish leaders", "TUR", "GOV"),
        ("Syrian officers", "SYR", "MIL"),
        ("a Nigerian commander", "NGA", "MIL"),
        ("Georgian units", "GEO", "MIL"),
        # a head that takes its modifier's sector: the bosses of a state broadcaster are media
        ("Turkish state TV chiefs", "TUR", "MED"),
        ("the Belarusian television bosses", "BLR", "MED"),
        ("the British Foreign Secretary", "GBR", "GOV"),
    ],
)
def test_country_and_agent(text: str, country: str, sector: str) -> None:
    res = _resolve(text)
    assert (res.country, res.sector) == (country, sector)
    if res.kb_id is None:
        assert res.resolved_by in ("agent+country", "agent+country+national")
    else:  # a generated national institution ("Iraqi police" is the police of Iraq)
        assert res.kb_id.startswith(country.lower() + "_") and res.resolved_by in ("kb_alias", "kb_normalized")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the police", "COP"),
        ("militants", "REB"),
        ("army spokesman", "MIL"),
        ("rebel soldiers", "REB"),  # a dominant modifier wins
        ("opposition lawmakers", "OPP"),
        ("anti-government protesters", "CVL"),  # "government" is negated, not the sector
        ("a medical team", "HLH"),
        ("broadcasting executives", "BUS"),  # an executive of no named trade stays in business
        ("newspaper executives", "MED"),
        ("nine news websites", "MED"),  # a news site online is a medium like a newspaper
        ("a news portal", "MED"),
    ],
)
def test_agent_only(text: str, sector: str) -> None:
    res = _resolve(text)
    assert (res.country, res.sector, res.resolved_by) == (None, sector, "agent")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("army counterintelligence officers", "SPY"),  # the branch, not the force it belongs to
        ("the ministry of state security", "SPY"),
        ("the state security minister", "SPY"),
        ("state security forces", "COP"),  # security forces stay police-type forces
    ],
)
def test_counterintelligence_and_state_security_are_intelligence(text: str, sector: str) -> None:
    assert _resolve(text).sector == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the union of hospital doctors", "LAB"),  # a union, whoever its members are
        ("the Federated Union of School Teachers", "LAB"),
        ("the Medical Union of Rural Clinics", "LAB"),
    ],
)
def test_the_noun_before_of_is_the_head(text: str, sector: str) -> None:
    assert _resolve(text).sector == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the spokesman of the navy", "MIL"),  # a generic head takes its sector from after "of"
        ("members of the press union", "LAB"),
        ("soldiers of the rebel army", "REB"),  # a dominant sector wins wherever it stands
    ],
)
def test_the_phrase_after_of_decides_when_the_head_says_nothing(text: str, sector: str) -> None:
    assert _resolve(text).sector == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Chile's prosecutor general", "JUD"),  # "general" after a title qualifies it
        ("the surgeon general", "HLH"),
        ("a retired general", "MIL"),  # a general of its own
        ("two police generals", "MIL"),  # a noun of its own: plural, so not an adjective
    ],
)
def test_general_after_a_title_is_no_rank(text: str, sector: str) -> None:
    assert _resolve(text).sector == sector


def test_a_body_that_runs_elections_is_an_organ_of_the_state() -> None:
    res = _resolve("Ghana's electoral commission")
    assert (res.country, res.sector) == ("GHA", "GOV")
    assert _resolve("the national election commission").sector == "GOV"
    assert resolve_phrase("the commission") is None  # a commission of no stated kind stays unknown


def test_two_iraqi_groups_backed_by_iran() -> None:
    res = _resolve("Two Iraqi groups backed by Iran")
    assert (res.kb_id, res.country, res.sector) == (None, "IRQ", "REB")
    assert _links(res) == {("backed_by", "IRN")}
    assert res.resolved_by == "affiliation"


# --------------------------------------------------------------------------- backing and leading


def test_iran_backed_groups_have_no_country() -> None:
    res = _resolve("Iran-backed groups")
    assert res.country is None  # unknown, NOT Iran
    assert res.sector == "REB"
    assert _links(res) == {("backed_by", "IRN")}


@pytest.mark.parametrize(
    "text", ["Iran-backed militias", "Iranian-backed Shiite militias", "militias backed by Iran", "Iranian proxies"]
)
def test_iran_backed_militias(text: str) -> None:
    res = _resolve(text)
    assert (res.country, res.sector) == (None, "REB")
    assert ("backed_by", "IRN") in _links(res)


def test_us_led_coalition_found_by_its_leader() -> None:
    res = _resolve("The US-led international military coalition")
    assert res.kb_id == "global_coalition_against_daesh"
    assert (res.sector, res.resolved_by) == ("MIL", "affiliation")
    assert ("led_by", "USA") in _links(res)


def test_saudi_led_coalition() -> None:
    res = _resolve("the Saudi-led military coalition")
    assert res.kb_id == "saudi_led_coalition" and ("led_by", "SAU") in _links(res)


def test_links_to_named_actors_and_pro_anti() -> None:
    assert ("led_by", "houthis") in _links(_resolve("Houthi-led government"))
    assert ("allied_with", "bashar_al_assad") in _links(_resolve("forces loyal to Assad"))
    pro = _resolve("pro-Iran factions")
    assert (pro.country, pro.sector) == (None, "REB") and ("allied_with", "IRN") in _links(pro)
    turkish = _resolve("Turkish-backed Syrian rebels")
    assert (turkish.country, turkish.sector) == ("SYR", "REB") and ("backed_by", "TUR") in _links(turkish)


def test_a_link_to_a_possessed_name_points_to_the_name_not_its_possessor() -> None:
    res = _resolve("gunmen loyal to Yemen's Houthi movement")
    assert ("allied_with", "houthis") in _links(res) and res.kb_id is None and res.country == "YEM"
    backed = _resolve("militias backed by Iran's Revolutionary Guards")
    assert ("backed_by", "irgc") in _links(backed) and backed.country is None


def test_a_link_to_a_possessive_of_no_named_actor_stays_with_the_possessor() -> None:
    res = _resolve("troops loyal to Sudan's army chief")
    assert res.kb_id is None and res.sector == "MIL"


def test_armed_forces_are_not_armed_by_their_own_country() -> None:
    res = _resolve("Iraqi armed forces")
    assert (res.country, res.sector, res.affiliations) == ("IRQ", "MIL", ())


def test_phrase_links_add_to_a_named_actor() -> None:
    res = _resolve("US-backed Syrian Democratic Forces")
    assert res.kb_id == "syrian_democratic_forces" and ("backed_by", "USA") in _links(res)
    assert len(res.affiliations) == len(_links(res))  # no duplicates


# --------------------------------------------------------------------------- dated roles


@pytest.mark.parametrize(
    ("date", "sector"),
    [
        ("2016-05-01", "GOV"),
        ("2014-09-08", "GOV"),
        ("2018", "GOV"),
        ("2019-05-01", "ELI"),  # out of office: a former official
        ("2010-01-01", None),
        (None, "GOV"),
    ],
)
def test_head_of_government_codes_gov_only_in_office(date: str | None, sector: str | None) -> None:
    res = _resolve("Haider al-Abadi", date)
    assert (res.kb_id, res.country, res.sector) == ("haider_al_abadi", "IRQ", sector)


@pytest.mark.parametrize(("date", "sector"), [("2018-02-06", "GOV"), ("2022-06-01", "ELI"), ("2025-03-01", "GOV")])
def test_trump_two_terms(date: str, sector: str | None) -> None:
    assert _resolve("Donald Trump", date).sector == sector


def test_person_outside_roles_codes_through_the_group_they_lead() -> None:
    before = _resolve("Abu Mohammad al-Julani", "2019-01-01")
    assert (before.kb_id, before.country, before.sector) == ("ahmed_al_sharaa", "SYR", "REB")
    after = _resolve("Ahmed al-Sharaa", "2025-03-01")
    assert after.sector == "GOV"


def test_a_title_the_phrase_states_codes_a_person_outside_every_role() -> None:
    # the knowledge base holds no role for the date; the text's own title says what he is
    res = _resolve("Finance Minister Haider al-Abadi", "2010-01-01")
    assert (res.kb_id, res.country, res.sector) == ("haider_al_abadi", "IRQ", "GOV")
    assert res.resolved_by.endswith("+stated_title")
    assert _resolve("police chief Haider al-Abadi", "2010-01-01").sector == "COP"


def test_no_stated_title_and_a_former_one_keep_their_coding() -> None:
    assert _resolve("Haider al-Abadi", "2010-01-01").sector is None
    assert _resolve("former Prime Minister Haider al-Abadi", "2010-01-01").sector == "ELI"
    assert _resolve("Finance Minister Haider al-Abadi", "2016-05-01").resolved_by.endswith("+role")


def test_role_moves_a_person_out_of_their_country() -> None:
    res = _resolve("Antonio Guterres", "2020-01-01")
    assert (res.country, res.sector) == (None, "IGO")
    assert _resolve("Antonio Guterres", "2000-01-01").country == "PRT"


def test_organisation_roles() -> None:
    assert _resolve("the Taliban", "2019-01-01").sector == "REB"
    assert _resolve("the Taliban", "2023-01-01").sector == "GOV"
    assert _resolve("Rapid Support Forces", "2020-01-01").sector == "MIL"
    assert _resolve("Rapid Support Forces", "2024-01-01").sector == "REB"


_PARTIES = (
    "- {id: harbour_party, name: Harbour Party, kind: party, country: NOR, sector: PTY, aliases: [],"
    " roles: [{sector: PTY, title: governing party, start: 2005-10-17, end: 2013-10-16},"
    " {sector: PTY, title: governing party, start: 2021-10-14, end: null}]}\n"
    "- {id: fjord_league, name: Fjord League, kind: party, country: NOR, sector: PTY, aliases: [],"
    " roles: [{sector: OPP, title: opposition party, start: 2005-10-17, end: 2013-10-16}]}\n"
    "- {id: fjord_guard, name: Fjord Guard, kind: armed_group, country: NOR, sector: REB, aliases: [],"
    " roles: [{sector: MIL, title: state militia, start: 2005, end: 2013}]}\n"
)


@pytest.mark.parametrize(
    ("date", "sector"),
    [("2010-03-01", "PTY"), ("2016-03-01", "OPP"), ("2001-03-01", "OPP"), ("2023-03-01", "PTY"), (None, "PTY")],
)
def test_a_party_outside_its_periods_in_government_is_in_opposition(
    tmp_path: Path, date: str | None, sector: str
) -> None:
    path = tmp_path / "parties.yaml"
    path.write_text(_PARTIES, encoding="utf-8")
    kb = KnowledgeBase.load(extra_paths=[path])
    assert resolve_phrase("the Harbour Party", date=date, kb=kb).sector == sector


def test_only_a_party_with_periods_in_government_leaves_its_own_sector(tmp_path: Path) -> None:
    path = tmp_path / "parties.yaml"
    path.write_text(_PARTIES, encoding="utf-8")
    kb = KnowledgeBase.load(extra_paths=[path])
    # dated opposition only: outside it the party keeps its own sector
    assert resolve_phrase("the Fjord League", date="2016-03-01", kb=kb).sector == "PTY"
    # an armed group outside its dated roles is what its entry says, never "opposition"
    assert resolve_phrase("the Fjord Guard", date="2016-03-01", kb=kb).sector == "REB"


_LEADERS = (
    _PARTIES + "- {id: ola_brekke, name: Ola Brekke, kind: person, country: NOR, aliases: [Brekke],"
    " affiliations: [{type: leader_of, target: harbour_party}],"
    " roles: [{sector: GOV, title: prime minister, start: 2006-01-01, end: 2012-12-31}]}\n"
)


_RETIRED = (
    "- {id: ingrid_voll, name: Ingrid Voll, kind: person, country: NOR, aliases: [Voll],"
    " roles: [{sector: GOV, title: finance minister, start: 2004-01-01, end: 2009-06-30}]}\n"
)


@pytest.mark.parametrize(("date", "sector"), [("2015-03-01", "ELI"), ("2006-03-01", "GOV"), ("2001-03-01", None)])
def test_a_person_whose_every_office_is_over_is_an_elite(tmp_path: Path, date: str, sector: str | None) -> None:
    path = tmp_path / "retired.yaml"
    path.write_text(_RETIRED, encoding="utf-8")
    kb = KnowledgeBase.load(extra_paths=[path])
    # no "former" in the text: the office ended years before the article
    assert resolve_phrase("Voll", date=date, kb=kb).sector == sector


@pytest.mark.parametrize(("date", "sector"), [("2016-03-01", "OPP"), ("2023-03-01", "ELI"), (None, "ELI")])
def test_a_former_office_holder_who_leads_a_party_out_of_government_is_the_opposition(
    tmp_path: Path, date: str | None, sector: str
) -> None:
    path = tmp_path / "leaders.yaml"
    path.write_text(_LEADERS, encoding="utf-8")
    kb = KnowledgeBase.load(extra_paths=[path])
    # 2016: his party is out of government; 2023: it governs again, and he is only a former premier
    assert resolve_phrase("former prime minister Ola Brekke", date=date, kb=kb).sector == sector


@pytest.mark.parametrize(
    ("text", "date", "sector"),
    [
        ("Pakistan Tehreek-e-Insaf", "2020-05-01", "PTY"),
        ("Pakistan Tehreek-e-Insaf", "2024-05-01", "OPP"),
        ("the Democratic Party", "2014-05-01", "PTY"),
        ("the Democratic Party", "2018-05-01", "OPP"),
        ("Likud", "2022-01-10", "OPP"),
        ("Likud", "2023-06-01", "PTY"),
        ("the TPLF", "2015-01-01", "PTY"),
        ("the TPLF", "2021-06-01", "REB"),
        ("the TPLF", "2024-01-01", "OPP"),
    ],
)
def test_bundled_parties_code_by_whether_they_govern_on_the_date(text: str, date: str, sector: str) -> None:
    assert _resolve(text, date).sector == sector


def test_a_self_styled_national_army_outside_the_recognised_government_is_rebel() -> None:
    assert _resolve("the Libyan National Army", "2020-05-01").sector == "REB"
    assert _resolve("Khalifa Haftar", "2022-05-01").sector == "REB"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the junta", "GOV"),
        ("Guinea's junta", "GOV"),
        ("the country's military rulers", "GOV"),
        ("junta troops", "MIL"),  # its soldiers are the army
        ("anti-junta fighters", "REB"),
    ],
)
def test_a_junta_in_power_is_the_government(text: str, sector: str) -> None:
    assert _resolve(text, "2022-06-01").sector == sector


def test_the_head_of_a_ruling_junta_codes_gov_while_it_rules() -> None:
    assert _resolve("Salou Djibo", "2010-06-01").sector == "GOV"
    assert _resolve("Salou Djibo", "2013-06-01").sector == "ELI"  # out of power: a former official
    assert _resolve("Chad's Transitional Military Council", "2021-09-01").sector == "GOV"


def test_affiliations_are_filtered_by_date() -> None:
    res = _resolve("Nusra Front", "2018-01-01")
    assert ("part_of", "al_qaeda") not in _links(res)
    assert ("part_of", "al_qaeda") in _links(_resolve("Nusra Front", "2014-01-01"))
    assert isinstance(res.affiliations, tuple) and all(isinstance(a, Affiliation) for a in res.affiliations)


# --------------------------------------------------------------------------- knowledge base choice and speed


def test_resolution_uses_a_given_knowledge_base(tmp_path: Path) -> None:
    path = tmp_path / "local.yaml"
    path.write_text(
        "- {id: river_brigade, name: River Brigade, kind: armed_group, country: IRQ, sector: REB,"
        " aliases: [Liwa al-Nahr], affiliations: [{type: backed_by, target: IRN}]}\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load(extra_paths=[path])
    res = resolve_phrase("the Liwa al-Nahr", kb=kb)
    assert res is not None and res.kb_id == "river_brigade" and ("backed_by", "IRN") in _links(res)
    assert resolve_phrase("Liwa al-Nahr") is None  # the default knowledge base does not know it


def test_resolution_is_cached() -> None:
    # speed is measured in benchmarks/bench_actors.py, not here
    assert resolve_phrase("Iraqi forces") is resolve_phrase("Iraqi forces")


def test_a_generic_head_with_an_agent_modifier_keeps_that_sector() -> None:
    assert _resolve("police officers").sector == "COP"
    assert _resolve("rebel leaders").sector == "REB"


def test_an_international_official_acts_for_no_country() -> None:
    undated = _resolve("Kofi Annan")
    assert (undated.country, undated.sector) == (None, "IGO")
    in_office = resolve_phrase("Kofi Annan", date="2001-06-01")
    assert (in_office.country, in_office.sector) == (None, "IGO")
    titled = _resolve("Kofi Annan, UN secretary-general")
    assert (titled.country, titled.sector) == (None, "IGO")


@pytest.mark.parametrize("text", ["textile manufacturers", "Peruvian exporters", "the factory owners", "tea importers"])
def test_makers_sellers_and_owners_of_works_are_business(text: str) -> None:
    assert _resolve(text).sector == "BUS"


# --------------------------------------------------------------------------- organs named by a party


@pytest.mark.parametrize(
    ("text", "kb_id", "country", "sector"),
    [
        ("Hezbollah lawmakers", "hezbollah", "LBN", "LEG"),
        ("Hamas intelligence officers", "hamas", "PSE", "SPY"),
        ("the Hamas police", "hamas", "PSE", "COP"),
        ("the intelligence officers of Hamas", "hamas", "PSE", "SPY"),
        ("African Union leaders", "african_union", None, "GOV"),
        ("EU member states", "european_union", None, "GOV"),
    ],
)
def test_a_head_noun_after_a_party_names_its_organ(text: str, kb_id: str, country: str | None, sector: str) -> None:
    res = _resolve(text)
    assert (res.kb_id, res.country, res.sector) == (kb_id, country, sector)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Hamas fighters", "REB"),  # a movement's own armed men are the movement
        ("Hamas officials", "REB"),  # a generic head says nothing of the organ
        ("EU officials", "IGO"),  # an international body's staff act for the body
        ("the EU envoy", "IGO"),
    ],
)
def test_a_head_that_names_no_organ_keeps_the_party_s_sector(text: str, sector: str) -> None:
    assert _resolve(text).sector == sector


@pytest.mark.parametrize(
    ("text", "country"),
    [("Kremlin critic Ivan Petrov", "RUS"), ("two Belarusian government critics", "BLR"), ("regime opponents", None)],
)
def test_critics_of_a_body_are_the_opposition_of_its_state(text: str, country: str | None) -> None:
    res = _resolve(text)
    assert (res.country, res.sector, res.kb_id) == (country, "OPP", None)


@pytest.mark.parametrize(
    ("text", "country"),
    [("Hamas supporters", "PSE"), ("several hundred Kremlin supporters", "RUS"), ("followers of Hamas", "PSE")],
)
def test_backers_of_a_named_party_are_civilians_of_its_country(text: str, country: str | None) -> None:
    res = _resolve(text)
    assert (res.country, res.sector, res.kb_id) == (country, "CVL", None)


@pytest.mark.parametrize("text", ["Hamas fighters", "supporters of Hamas fighters"])
def test_a_party_s_own_people_are_not_its_backers(text: str) -> None:
    assert _resolve(text).sector == "REB"


@pytest.mark.parametrize(("text", "sector"), [("a criminal court", "JUD"), ("the criminal police", "COP")])
def test_an_organ_of_the_state_qualified_by_a_word_for_criminals_keeps_its_sector(text: str, sector: str) -> None:
    assert _resolve(text).sector == sector


@pytest.mark.parametrize("text", ["criminal gangs", "cartel gunmen", "gang leaders"])
def test_criminals_named_with_another_word_stay_criminals(text: str) -> None:
    assert _resolve(text).sector == "CRM"


def test_a_body_that_criticises_is_still_itself() -> None:
    res = _resolve("the Kremlin")
    assert (res.country, res.sector) == ("RUS", "GOV")


@pytest.mark.parametrize(("text", "sector"), [("striking miners", "LAB"), ("dockers in the port", "LAB")])
def test_people_named_by_a_trade_of_manual_work_are_labour(text: str, sector: str) -> None:
    assert _resolve(text).sector == sector


def test_the_ministry_of_a_trade_stays_government() -> None:
    assert _resolve("the ministry of mines").sector == "GOV"


# --------------------------------------------------------------------------- peoples of one state


def test_a_people_of_one_state_is_of_that_state_wherever_it_lives() -> None:
    res = _resolve("hundreds of Uyghur refugees")
    assert (res.country, res.sector) == ("CHN", "REF")
    res = _resolve("the Rohingya")
    assert (res.country, res.sector) == ("MMR", "CVL")


def test_a_people_never_stands_for_its_state_s_government() -> None:
    # "Syrian leaders" are Syria's government; "Uyghur leaders" are not China's
    res = _resolve("Uyghur community leaders")
    assert (res.country, res.sector) == ("CHN", "CVL")
    res = _resolve("Syrian leaders")
    assert (res.country, res.sector) == ("SYR", "GOV")


def test_a_people_spread_over_several_states_has_no_country() -> None:
    assert resolve_phrase("ethnic Kurds") is None or resolve_phrase("ethnic Kurds").country is None


# --------------------------------------------------------------------------- national branches


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the Kenya Red Cross", "KEN"),
        ("Malawian Red Cross volunteers", "MWI"),
        ("the Peruvian Red Cross", "PER"),
        ("Oxfam Malawi", "MWI"),  # a section named with its country after
    ],
)
def test_a_nationality_before_an_international_ngo_names_its_national_branch(text: str, country: str) -> None:
    res = _resolve(text)
    assert (res.kb_id, res.country, res.sector) == (None, country, "NGO")
    assert res.resolved_by.endswith("+national")


@pytest.mark.parametrize(
    "text", ["the Red Cross", "Red Cross staff in Kenya", "the ICRC"]
)
def test_an_international_ngo_alone_keeps_no_country(text: str) -> None:
    res = _resolve(text)
    assert (res.kb_id, res.country) == ("icrc", None)


def test_a_national_society_the_base_knows_keeps_its_entry() -> None:
    res = _resolve("the Syrian Red Crescent")
    assert (res.kb_id, res.country) == ("syrian_arab_red_crescent", "SYR")
