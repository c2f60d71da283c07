"""Incidents and numeric claims through the API, on a real server over a real DuckDB file.

The corpus: one wire story, the same story reprinted by a second outlet under a dateline, and a
third outlet's report of the strike with a different toll.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

STORY = (
    "Turkish warplanes bombed Kurdish militia positions near Afrin on Sunday, killing 12 fighters, "
    "the Syrian Observatory for Human Rights said. Police in Ankara arrested 30 protesters on Monday, officials said."
)
ARTICLES = [
    {"text": STORY, "outlet": "Wire A", "published": "2018-02-05"},
    {"text": "Filed from Istanbul.\n\n" + STORY, "outlet": "Paper B", "published": "2018-02-05"},
    {"text": "Kurdish officials said at least 40 fighters were killed when Turkish jets struck Afrin on Sunday.",
     "outlet": "Radio C", "published": "2018-02-05"},
]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    pytest.importorskip("eventwire.store", reason="the event store is not in this checkout")
    from eventwire.serve.api import create_app, serve_in_thread

    db = tmp_path_factory.mktemp("incidents") / "events.duckdb"
    with serve_in_thread(create_app(db=db)) as url, httpx.Client(base_url=url, timeout=120) as client:
        r = client.post("/v1/articles", json={"articles": ARTICLES})
        assert r.status_code == 200, r.text
        yield client


def _get(client: httpx.Client, path: str, **params: Any) -> dict[str, Any]:
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def test_incidents_partition_the_reports(api: httpx.Client) -> None:
    events = _get(api, "/v1/events", limit=1000)["events"]
    incidents = _get(api, "/v1/incidents", limit=1000)["incidents"]
    assert incidents and len(incidents) < len(events)  # the reprint joins the wire story's incidents
    reports = [eid for inc in incidents for eid in inc["reports"]]
    assert sorted(reports) == sorted(e["id"] for e in events if not e.get("negated"))
    by_id = {e["id"]: e for e in events}
    for inc in incidents:
        assert [e["id"] for e in inc["events"]] == inc["reports"]
        assert inc["first_report"] in inc["reports"]
        assert 1 <= inc["independent_outlets"] <= len(inc["outlets"])
        assert {by_id[eid]["event_type"] for eid in inc["reports"]} == {inc["event_type"]}
    # the reprint carries the wire story's sentence word for word: two outlets, one independent source
    shared = [
        inc
        for inc in incidents
        if len(inc["outlets"]) == 2 and {"wire a", "paper b"} == {o.lower() for o in inc["outlets"]}
    ]
    assert shared and all(inc["independent_outlets"] == 1 for inc in shared)


def test_events_incidents_true_is_the_incidents_endpoint(api: httpx.Client) -> None:
    assert _get(api, "/v1/events", incidents="true", type="ASSAULT") == _get(api, "/v1/incidents", type="ASSAULT")
    listed = _get(api, "/v1/incidents", type="ASSAULT")["incidents"]
    assert listed and all(inc["event_type"] == "ASSAULT" for inc in listed)


def test_incident_cursor_pagination_visits_each_once(api: httpx.Client) -> None:
    everything = [inc["id"] for inc in _get(api, "/v1/incidents", limit=1000)["incidents"]]
    seen: list[str] = []
    after = None
    while True:
        body = _get(api, "/v1/incidents", limit=1, **({"after": after} if after else {}))
        assert body["count"] == len(body["incidents"]) <= 1
        seen += [inc["id"] for inc in body["incidents"]]
        after = body["next"]
        if after is None:
            break
    assert seen == everything
    r = api.get("/v1/incidents", params={"after": "no-such-incident"})
    assert r.status_code == 400 and "incident id" in r.json()["error"]


def test_stats_count_incidents_or_reports(api: httpx.Client) -> None:
    reports = _get(api, "/v1/stats", by="category")
    incidents = _get(api, "/v1/stats", by="category", incidents="true")
    assert (reports["counts"], incidents["counts"]) == ("reports", "incidents")
    n_reports = {r["key"]: 0 for r in reports["rows"]}
    for r in reports["rows"]:
        n_reports[r["key"]] += r["count"]
    n_incidents = {r["key"]: 0 for r in incidents["rows"]}
    for r in incidents["rows"]:
        n_incidents[r["key"]] += r["count"]
    listed = _get(api, "/v1/incidents", limit=1000)["incidents"]
    assert sum(n_incidents.values()) == len(listed)
    assert set(n_incidents) == set(n_reports)
    assert all(n_incidents[k] <= n_reports[k] for k in n_reports)
    assert sum(n_incidents.values()) < sum(n_reports.values())


def test_claims_and_contradictions(api: httpx.Client) -> None:
    claims = _get(api, "/v1/claims", limit=1000)["claims"]
    assert claims
    dead = _get(api, "/v1/claims", unit="dead")["claims"]
    assert dead and all(c["unit"] == "dead" for c in dead)
    assert {c["id"] for c in dead} <= {c["id"] for c in claims}
    body = _get(api, "/v1/claims", contradictions="true")
    assert body["count"] == len(body["contradictions"])
    for pair in body["contradictions"]:
        assert pair["a"]["unit"] == pair["b"]["unit"] == pair["unit"] and pair["reason"]
    # 12 dead against at least 40 dead, from different sources, about the same strike
    assert any(
        pair["unit"] == "dead" and {pair["a"]["quantity"], pair["b"]["quantity"]} == {12, 40}
        for pair in body["contradictions"]
    )
    r = api.get("/v1/claims", params={"unit": "goats"})
    assert r.status_code == 400 and "goats" in r.json()["error"]
