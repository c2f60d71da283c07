"""Numeric claims: figures, units, approximation, claimants, contradictions, PLOVER size fields."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.coding.claims import Claim, contradictions, parse_quantity
from eventwire.record import Actor, TextSpan


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["5,300"], (5300, 5300, 5300, None)),
        (["about", "5,300"], (5300, 5300, 5300, "about")),
        (["more", "than", "30"], (30, 30, None, "more_than")),
        (["at", "least", "12"], (12, 12, None, "at_least")),
        (["up", "to", "300"], (300, None, 300, "up_to")),
        (["between", "200", "and", "300"], (200, 200, 300, "range")),
        (["200", "to", "300"], (200, 200, 300, "range")),
        (["two", "dozen"], (24, 24, 24, None)),
        (["twenty-five"], (25, 25, 25, None)),
        (["three", "hundred"], (300, 300, 300, None)),
        (["5.3", "million"], (5_300_000, 5_300_000, 5_300_000, None)),
        (["dozens"], (24, 24, 99, "vague")),
        (["tens", "of", "thousands"], (20_000, 20_000, 99_999, "vague")),
        (["some", "2,000"], (2000, 2000, 2000, "about")),
    ],
)
def test_parse_quantity(words: list[str], expected: tuple[Any, ...]) -> None:
    assert parse_quantity(words) == expected


@pytest.mark.parametrize("words", [[], ["several"], ["the"], ["about"]])
def test_parse_quantity_refuses_non_numbers(words: list[str]) -> None:
    assert parse_quantity(words) is None


def _claim(q: int, *, approx: str | None = None, claimant: str | None, unit: str = "dead", art: str = "a1",
           start: int = 0, country: str | None = "SOM", date: str = "2019-03-10", low: int | None = None,
           high: int | None = None) -> Claim:
    from eventwire.record import Place

    return Claim(
        quantity=q,
        low=q if low is None else low,
        high=(q if approx not in ("more_than", "at_least") else None) if high is None else high,
        unit=unit,
        approx=approx,
        text=TextSpan(str(q), start, start + len(str(q))),
        sentence=TextSpan("s", 0, 1),
        claimant=Actor(text=claimant, start=0, end=len(claimant)) if claimant else None,
        date=date,
        date_precision="day",
        article_id=art,
        location=Place(name="X", country=country, lat=None, lon=None, precision="country") if country else None,
    )


def test_contradiction_needs_disjoint_figures_and_different_sources() -> None:
    police = _claim(20, approx="at_least", claimant="police", art="a1", start=1)
    hospital = _claim(23, claimant="a hospital", art="a2", start=2)
    assert contradictions([police, hospital]) == []  # "at least 20" allows 23
    low = _claim(12, claimant="the army", art="a3", start=3)
    found = contradictions([police, hospital, low])
    pairs = {frozenset((c.a["quantity"], c.b["quantity"])) for c in found}
    assert pairs == {frozenset((20, 12)), frozenset((23, 12))}
    assert all("12" in c.reason for c in found)


def test_about_gives_room_but_not_unlimited() -> None:
    assert (
        contradictions([_claim(100, approx="about", claimant="x", art="a"), _claim(110, claimant="y", art="b")]) == []
    )
    assert (
        len(contradictions([_claim(100, approx="about", claimant="x", art="a"), _claim(140, claimant="y", art="b")]))
        == 1
    )


def test_no_contradiction_across_places_units_or_weeks() -> None:
    a = _claim(20, claimant="police", art="a1")
    assert contradictions([a, _claim(90, claimant="army", art="a2", country="KEN")]) == []
    assert contradictions([a, _claim(90, claimant="army", art="a2", unit="injured")]) == []
    assert contradictions([a, _claim(90, claimant="army", art="a2", date="2019-04-20")]) == []


def test_same_source_revising_is_not_a_contradiction() -> None:
    assert (
        contradictions(
            [_claim(20, claimant="police", art="a1", start=1), _claim(40, claimant="police", art="a1", start=9)]
        )
        == []
    )


def test_contradictions_accept_stored_dicts() -> None:
    a, b = _claim(20, claimant="police", art="a1"), _claim(90, claimant="army", art="a2")
    assert len(contradictions([a.to_dict(), b.to_dict()])) == 1


# ------------------------------------------------------------------------------ on coded text
@pytest.fixture(scope="module")
def analyze() -> Any:
    from eventwire import analyze_text

    return analyze_text


def test_units_claimants_and_approximation(analyze: Any) -> None:
    a = analyze(
        "At least 12 people were killed and more than 30 wounded when gunmen attacked a market in Maiduguri on "
        "Sunday, police said. "
        "Some 2,000 families have been displaced. "
        "Between 200 and 300 girls were abducted from the school, a local leader told reporters.",
        published="2014-04-16",
    )
    got = {(c.unit, c.quantity, c.approx) for c in a.claims}
    assert {
        ("dead", 12, "at_least"),
        ("injured", 30, "more_than"),
        ("displaced", 2000, "about"),
        ("abducted", 200, "range"),
    } <= got
    by_unit = {c.unit: c for c in a.claims}
    assert by_unit["dead"].claimant is not None and by_unit["dead"].claimant.text.lower() == "police"
    assert by_unit["abducted"].high == 300
    assert by_unit["dead"].date == "2014-04-13"  # "on Sunday" in the same clause
    for c in a.claims:  # evidence offsets point into the text
        assert a.article.text[c.text.start:c.text.end] == c.text.text


def test_years_dates_and_money_are_not_claims(analyze: Any) -> None:
    a = analyze("In 2014 the ministry spent 300 million dollars on 12 new schools.", published="2015-01-01")
    assert a.claims == []


def test_protesters_and_arrests_size_the_events(analyze: Any) -> None:
    a = analyze(
        "Police arrested 45 protesters after thousands of demonstrators marched through Baghdad, according to "
        "the interior ministry.",
        published="2019-10-02",
    )
    units = {(c.unit, c.quantity) for c in a.claims}
    assert ("arrested", 45) in units and ("protesters", 2000) in units  # the verb decides: 45 protesters were arrested
    assert all(c.claimant is not None and "ministry" in c.claimant.text for c in a.claims)
    coerce = [e for e in a.events if e.event_type == "COERCE"]
    assert coerce, "the arrest is coded as COERCE"


def test_assault_event_gets_dead_and_injured(analyze: Any) -> None:
    a = analyze(
        "Gunmen killed 17 villagers and wounded 25 others in an attack on Sunday, officials said.",
        published="2019-03-11",
    )
    assault = [e for e in a.events if e.event_type == "ASSAULT"]
    assert assault
    assert any(e.dead == 17 for e in assault)
    assert any(e.injured == 25 for e in assault)
    assert all(e.to_dict()["dead"] in (17, None) for e in assault)


# ------------------------------------------------------------------------------ the reference article
def test_seed_claims_and_their_conflict(seed_analysis: Any, seed_gold: dict[str, Any]) -> None:
    claims = seed_analysis.claims
    for gold in seed_gold["claims"]:
        match = [
            c
            for c in claims
            if c.quantity == gold["quantity"] and gold["sentence_contains"] in c.sentence.text.replace("\u00a0", " ")
        ]
        assert match, f"claim {gold['quantity']} not found"
        c = match[0]
        assert c.unit == gold["unit"]
        assert c.claimant is not None and c.claimant.text.lower() == gold["claimant"].lower()
    found = contradictions(claims)
    gold_pairs = {
        frozenset((g["quantity"], g["conflicts_with"])) for g in seed_gold["claims"] if g.get("conflicts_with")
    }
    assert gold_pairs
    assert gold_pairs <= {frozenset((c.a["quantity"], c.b["quantity"])) for c in found}
    # the two claimants are named in the contradiction
    target = next(iter(gold_pairs))
    pair = next(c for c in found if frozenset((c.a["quantity"], c.b["quantity"])) == target)
    assert {pair.a["claimant"]["text"].lower(), pair.b["claimant"]["text"].lower()} == {
        g["claimant"].lower() for g in seed_gold["claims"]
    }


# ------------------------------------------------------------------------------ same happening or not
def _at(q: int, claimant: str, art: str, *, city: str | None, country: str | None, date: str,
        unit: str = "arrested", **extra: Any) -> dict[str, Any]:  # fmt: skip
    from eventwire.record import Place

    d = _claim(q, claimant=claimant, art=art, unit=unit, country=None, date=date).to_dict()
    if country:
        d["location"] = Place(name=city or country, country=country, lat=None, lon=None,
                              precision="city" if city else "country").to_dict()  # fmt: skip
    return {**d, **extra}


def test_contradictions_only_between_claims_about_the_same_happening() -> None:
    gao_police = _at(20, "police", "a1", city="Gao", country="MLI", date="2019-03-10")
    gao_witness = _at(90, "witnesses", "a2", city="Gao", country="MLI", date="2019-03-10")
    mali_wide = _at(300, "the ministry", "a3", city=None, country="MLI", date="2019-03")
    timbuktu = _at(5, "officials", "a4", city="Timbuktu", country="MLI", date="2019-03-10")
    nairobi = _at(400, "police", "a5", city="Nairobi", country="KEN", date="2019-03-13")
    gao_later = _at(70, "a mayor", "a6", city="Gao", country="MLI", date="2019-03-11")
    unplaced = [_at(3, "police", "a7", city=None, country=None, date="2019-03-10"),
                _at(50, "a union", "a8", city=None, country=None, date="2019-03-11")]  # fmt: skip
    found = contradictions([gao_police, gao_witness, mali_wide, timbuktu, nairobi, gao_later, *unplaced])
    pairs = {frozenset((c.a["quantity"], c.b["quantity"])) for c in found}
    # the same city and day, and a country-wide monthly figure that covers them, are the same happening
    assert pairs == {frozenset(p) for p in ((20, 90), (20, 300), (90, 300), (5, 300), (300, 70))}
    # claims in sentences reporting one incident pair up across days, and unplaced ones too...
    a = _at(8, "police", "b1", city=None, country=None, date="2019-05-01", incidents=["i1"])
    b = _at(30, "medics", "b2", city=None, country=None, date="2019-05-02", incidents=["i1", "i2"])
    assert len(contradictions([a, b])) == 1
    # ... but a placed and an unplaced claim never pair, nor do two places of one incident
    b_gao = _at(30, "medics", "b3", city="Gao", country="MLI", date="2019-05-02", incidents=["i1"])
    b_nbo = _at(90, "medics", "b4", city="Nairobi", country="KEN", date="2019-05-02", incidents=["i1"])
    assert contradictions([a, b_gao, b_nbo]) == []
    # troops sent to one city on two days are two deployments, not two figures for one
    sent = [_at(58 + 600 * i, "officials", f"t{i}", city="Conakry", country="GIN", date=day, unit="troops")
            for i, day in enumerate(("2019-03-13", "2019-11-07"))]  # fmt: skip
    assert contradictions(sent) == []
    # ... and claims whose sentences report different kinds of happening never pair
    c = _at(8, "police", "c1", city="Gao", country="MLI", date="2019-05-01", event_types=["COERCE"])
    d = _at(30, "medics", "c2", city="Gao", country="MLI", date="2019-05-01", event_types=["PROTEST"])
    assert contradictions([c, d]) == []


def test_generated_multi_country_claims_never_pair_across_countries() -> None:
    import random

    rng = random.Random(7)
    places = [("Gao", "MLI"), ("Bamako", "MLI"), ("Nairobi", "KEN"), ("Mombasa", "KEN"), ("Lagos", "NGA"),
              ("Cairo", "EGY"), ("Karachi", "PAK"), (None, "PAK"), (None, None)]  # fmt: skip
    claims = [
        _at(rng.randint(1, 500), rng.choice(["police", "medics", "witnesses", "the army"]), f"g{i}", city=city,
            country=country, date=f"2019-03-{rng.randint(1, 6):02d}", unit=rng.choice(["dead", "arrested"]))
        for i, (city, country) in enumerate(rng.choice(places) for _ in range(400))
    ]  # fmt: skip
    found = contradictions(claims)
    assert found  # the corpus does hold disagreements within one place and day
    for c in found:
        pa, pb = c.a["location"] or {}, c.b["location"] or {}
        assert pa.get("country") and pa.get("country") == pb.get("country")
        assert c.a["unit"] == c.b["unit"] and c.a["date"][:len(c.b["date"])] == c.b["date"][:len(c.a["date"])]
