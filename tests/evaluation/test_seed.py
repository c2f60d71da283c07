"""Acceptance on the reference article, matched against its gold file by the rules in its note.

The article and the gold file are read from ../shared at test time, never copied.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.evaluation import match_seed

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report(seed_analysis: Any, seed_gold: dict[str, Any]) -> Any:
    rep = match_seed(seed_analysis, seed_gold)
    print(rep.summary())
    return rep


def test_at_least_eight_of_nine_required_events(report: Any) -> None:
    assert report.required_total == 9
    assert report.required_matched >= 8, f"missed: {report.missed}"


def test_no_must_not_violation(report: Any) -> None:
    assert report.must_not_violations == []


def test_all_actor_expectations(report: Any) -> None:
    assert report.actors_total == 5
    assert report.actor_failures == []


def test_three_quotes_attributed(report: Any) -> None:
    assert report.quotes_total == 3
    assert report.quote_failures == []


def test_mosul_resolved_to_coordinates_in_iraq(seed_analysis: Any) -> None:
    mosul = [p for p in seed_analysis.places if p.text == "Mosul"]
    assert mosul and mosul[0].country == "IRQ"
    assert 35.5 < mosul[0].lat < 37.0 and 42.5 < mosul[0].lon < 44.0


def test_on_monday_resolves_to_the_fifth(seed_analysis: Any, report: Any) -> None:
    mondays = [d for d in seed_analysis.dates if d.text.endswith("Monday")]
    assert mondays and all(d.date == "2018-02-05" and d.precision == "day" for d in mondays)
    assert report.date_failures == []


def test_every_event_carries_checkable_evidence(seed_analysis: Any, seed_text: str) -> None:
    events = seed_analysis.coded_events()
    assert events
    for e in events:
        assert seed_text[e.sentence.start:e.sentence.end] == e.sentence.text
        assert seed_text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end
        for a in e.actor + e.recipient:
            assert seed_text[a.start:a.end] == a.text
        rec = e.to_dict()
        assert rec["cameo"]["quad_class"] in (1, 2, 3, 4)
        assert -10 <= rec["plover_score"] <= 10


def test_photo_caption_and_banner_produce_nothing(seed_analysis: Any) -> None:
    for e in seed_analysis.events:
        assert "guided-missile launcher" not in e.sentence.text
        assert "automated translation" not in e.sentence.text


def test_every_expected_place_resolved(report: Any) -> None:
    assert report.place_failures == []
