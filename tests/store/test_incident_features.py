"""What a report is scored by against an incident: the sides' and places' scores, and the cheap refusals first."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.store import incident_features as features
from eventwire.store.incident_cluster import _Group
from eventwire.store.incident_features import _item, _score, _side_score

HOUTHI = ("houthis", "YEM", "ARMED")
ARMY = ("yemen_army", "YEM", "MIL")


@pytest.mark.parametrize(
    ("xs", "ys", "lenient", "expected"),
    [
        ([HOUTHI], [HOUTHI], False, 2),  # the same knowledge-base id
        ([ARMY, HOUTHI], [HOUTHI], False, 2),  # a conflicting pair before the shared id does not count
        ([HOUTHI], [ARMY], False, -1),  # two different ids
        ([(None, "YEM", "ARMED")], [HOUTHI], False, 1.5),  # country and sector family
        ([(None, "YEM", None)], [HOUTHI], False, 1),  # the country only
        ([(None, "OMN", "ARMED")], [HOUTHI], False, -1),  # another country
        ([(None, "YEM", "GOV")], [ARMY], False, -1),  # another sector family in the same country
        ([(None, "YEM", "GOV")], [ARMY], True, 0),  # ... neutral for recipients
        ([(None, None, None), ("", "", None)], [HOUTHI], False, 0),  # nobody named on one side
        ([], [HOUTHI], False, 0),
        ([(None, "YEM", "GOV"), (None, "YEM", None)], [ARMY], False, 1),  # the best pair
    ],
)
def test_side_scores(xs: list[Any], ys: list[Any], lenient: bool, expected: float) -> None:
    assert _side_score(xs, ys, lenient=lenient) == expected


def report(eid: str, *, country: str, lat: float, prec: str = "city", kb: str = "houthis") -> dict[str, Any]:
    return {"id": eid, "event_type": "ASSAULT", "mode": "bombing", "date": "2024-05-02", "date_precision": "day",
            "actor": [{"kb_id": kb, "country": "YEM", "sector": "REB"}], "recipient": [],
            "location": {"name": "x", "country": country, "lat": lat, "lon": 44.0, "precision": prec},
            "article": {"id": eid, "outlet": "o", "published": "2024-05-02"}}  # fmt: skip


def test_a_place_in_another_country_is_refused_before_any_distance_or_side_is_worked_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    g = _Group(anchor=_item(0, report("a", country="YEM", lat=15.3)), members=[])
    g.add(g.anchor)
    g.add(_item(1, report("b", country="YEM", lat=15.4)))
    asked = []
    monkeypatch.setattr(features, "_km", lambda *a: asked.append("km") or 0.0)
    monkeypatch.setattr(features, "_side_score", lambda *a, **k: asked.append("sides") or 2)
    assert _score(g, _item(2, report("c", country="OMN", lat=15.3)), slack=1, max_km=None) is None
    assert asked == []


def test_the_same_city_and_group_link_and_a_far_city_does_not() -> None:
    g = _Group(anchor=_item(0, report("a", country="YEM", lat=15.3)), members=[])
    g.add(g.anchor)
    assert _score(g, _item(1, report("b", country="YEM", lat=15.35)), slack=1, max_km=None) == 4  # kb 2, city 1, mode 1
    assert _score(g, _item(2, report("c", country="YEM", lat=13.0)), slack=1, max_km=None) is None  # 250 km away
    assert _score(g, _item(3, report("d", country="YEM", lat=15.3, prec="country")), slack=1, max_km=None) == 3
    assert _score(g, _item(4, report("e", country="YEM", lat=15.3, kb="yemen_army")), slack=1, max_km=None) is None
