"""Reading endpoints against a real DuckDB file filled through the API (see conftest.live)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest


def _all_events(client: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    return client.get("/v1/events", params={**params, "limit": 1000}).json()["events"]


def test_events_are_what_the_library_codes(client: httpx.Client, corpus: list[tuple[Path, str]]) -> None:
    import eventwire

    expected = {}
    for path, published in corpus:
        for e in eventwire.code_text(path.read_text(encoding="utf-8"), published=published):
            expected[e.id] = e.to_dict()
    got = _all_events(client)
    assert {e["id"] for e in got} == set(expected)
    for e in got:
        assert {k: v for k, v in e.items() if k != "article"} == {
            k: v for k, v in expected[e["id"]].items() if k != "article"
        }
    order = [(e["date"] is None, e["date"] or "", e["id"]) for e in got]
    assert order == sorted(order)


def test_cursor_pagination_visits_every_event_once(client: httpx.Client) -> None:
    everything = [e["id"] for e in _all_events(client)]
    seen: list[str] = []
    after = None
    pages = 0
    while True:
        body = client.get("/v1/events", params={"limit": 4, **({"after": after} if after else {})}).json()
        assert body["count"] == len(body["events"]) <= 4
        seen += [e["id"] for e in body["events"]]
        pages += 1
        after = body["next"]
        if after is None:
            break
    assert seen == everything
    assert pages == -(-len(everything) // 4)


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"actor": "TUR"}, lambda e: any(a.get("country") == "TUR" for a in e["actor"])),
        (
            {"country": "sdn"},
            lambda e: (
                "SDN"
                in {*(a.get("country") for a in e["actor"] + e["recipient"]), (e["location"] or {}).get("country")}
            ),
        ),
        ({"type": "PROTEST"}, lambda e: e["event_type"] == "PROTEST"),
        ({"quad_class": 4}, lambda e: e["cameo"]["quad_class"] == 4),
        ({"since": "2019-01-01"}, lambda e: e["date"] >= "2019-01-01"),
        ({"until": "2018-12-31"}, lambda e: e["date"] <= "2018-12-31"),
        ({"text": "sanctions"}, lambda e: "sanctions" in e["sentence"]["text"].lower()),
    ],
)
def test_filters(client: httpx.Client, params: dict[str, Any], check: Any) -> None:
    everything = _all_events(client)
    got = _all_events(client, **params)
    assert got, f"the corpus has events for {params}"
    assert len(got) < len(everything)
    assert all(check(e) for e in got)


def test_injection_in_a_filter_is_just_a_value(client: httpx.Client) -> None:
    for value in ("x' OR 1=1 --", "'; DROP TABLE events; --", "Turkey' OR 'a'='a"):
        r = client.get("/v1/events", params={"actor": value})
        assert r.status_code == 200 and r.json()["events"] == []
    assert _all_events(client)  # still there


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"since": "yesterday"}, "since"),
        ({"quad_class": 7}, "quad_class"),
        ({"limit": 0}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"country": "Turkey"}, "country"),
    ],
)
def test_bad_query_values_are_422_naming_the_field(client: httpx.Client, params: dict[str, Any], field: str) -> None:
    r = client.get("/v1/events", params=params)
    assert r.status_code == 422
    assert r.json()["field"] == field


def test_values_the_store_refuses_are_400(client: httpx.Client) -> None:
    r = client.get("/v1/events", params={"since": "2019-01-02", "until": "2019-01-01"})
    assert r.status_code == 400 and "swap" in r.json()["error"]
    r = client.get("/v1/events", params={"after": "not-an-event"})
    assert r.status_code == 400 and "after" in r.json()["error"]


def test_one_event_and_unknown_ids(client: httpx.Client) -> None:
    first = _all_events(client)[0]
    assert client.get(f"/v1/events/{first['id']}").json() == first
    r = client.get("/v1/events/0000000000000000")
    assert r.status_code == 404 and "0000000000000000" in r.json()["error"]
    assert client.get("/v1/events/bad%20id").status_code == 422
    assert client.get("/v1/articles/0000000000000000").status_code == 404


def test_article_with_evidence_spans(client: httpx.Client) -> None:
    ev = next(e for e in _all_events(client) if e["actor"] and e["recipient"])
    art = client.get(f"/v1/articles/{ev['article']['id']}").json()
    text = art["text"]
    assert ev["id"] in {e["id"] for e in art["events"]}
    mine = [s for s in art["spans"] if s["event"] == ev["id"]]
    assert {s["kind"] for s in mine} >= {"sentence", "trigger", "actor", "recipient"}
    for s in mine:
        piece = text[s["start"]:s["end"]]
        expected = {"sentence": ev["sentence"]["text"], "trigger": ev["trigger"]["text"]}.get(s["kind"])
        if expected is not None:
            assert piece == expected
        else:
            assert piece in {
                a["text"] for a in ev["actor"] + ev["recipient"] + ([ev["reported_by"]] if ev["reported_by"] else [])
            }
    assert [(s["start"]) for s in art["spans"]] == sorted(s["start"] for s in art["spans"])


def test_actors(client: httpx.Client) -> None:
    everyone = client.get("/v1/actors").json()["actors"]
    assert everyone and all({"kb_id", "name", "events"} <= set(a) for a in everyone)
    assert [a["events"] for a in everyone] == sorted((a["events"] for a in everyone), reverse=True)
    some = client.get("/v1/actors", params={"q": everyone[0]["name"][:4]}).json()["actors"]
    assert everyone[0]["kb_id"] in {a["kb_id"] for a in some}
    assert client.get("/v1/actors", params={"q": "zzzzqqq"}).json()["actors"] == []


def test_stats(client: httpx.Client) -> None:
    events = _all_events(client)
    days = client.get("/v1/stats", params={"by": "day"}).json()
    assert days["by"] == "day"
    day_events = [e for e in events if e["date_precision"] == "day"]
    assert sum(r["count"] for r in days["rows"]) == len(day_events)
    assert {r["key"] for r in days["rows"]} == {e["date"] for e in day_events}
    cats = client.get("/v1/stats", params={"by": "category"}).json()["rows"]
    assert sum(r["count"] for r in cats) == len(events)
    assert {r["key"] for r in cats} == {e["event_type"] for e in events}
    quads = client.get("/v1/stats", params={"by": "quad_class", "country": "TUR"}).json()["rows"]
    assert sum(r["count"] for r in quads) == len(_all_events(client, country="TUR"))
    for by in ("week", "month", "dyad", "country"):
        assert client.get("/v1/stats", params={"by": by}).json()["rows"]
    r = client.get("/v1/stats", params={"by": "hour"})
    assert r.status_code == 422 and r.json()["field"] == "by"


def test_map_points(client: httpx.Client) -> None:
    events = _all_events(client)
    body = client.get("/v1/map").json()
    located = [e for e in events if e["location"] and e["location"]["lat"] is not None]
    assert body["events"] == len(located) == sum(p["count"] for p in body["points"])
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in body["points"])
    for p in body["points"]:
        assert sum(p["quad_class"].values()) == p["count"]
    sudan = client.get("/v1/map", params={"country": "SDN"}).json()["points"]
    assert sudan and "SDN" in {p["country"] for p in sudan}
    assert sum(p["count"] for p in sudan) < body["events"]


def test_network(client: httpx.Client) -> None:
    body = client.get("/v1/network").json()
    assert body["edges"] and body["nodes"]
    ids = {n["id"] for n in body["nodes"]}
    for e in body["edges"]:
        assert e["source"] in ids and e["target"] in ids and e["source"] != e["target"]
        assert e["count"] == e["conflict"] + e["cooperation"]
        assert -1 <= e["score"] <= 1
    assert len(client.get("/v1/network", params={"edges": 1}).json()["edges"]) == 1


def test_code_stores_nothing(client: httpx.Client) -> None:
    before = len(_all_events(client))
    r = client.post(
        "/v1/code",
        json={"text": "Turkish warplanes bombed Kurdish positions near Afrin on Sunday.", "published": "2020-01-10"},
    )
    assert r.status_code == 200 and r.json()["events"]
    assert len(_all_events(client)) == before


def test_openapi_documents_every_endpoint(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path, method in [
        ("/v1/code", "post"),
        ("/v1/articles", "post"),
        ("/v1/events", "get"),
        ("/v1/events/{event_id}", "get"),
        ("/v1/articles/{article_id}", "get"),
        ("/v1/actors", "get"),
        ("/v1/stats", "get"),
        ("/v1/map", "get"),
        ("/v1/network", "get"),
    ]:
        assert method in paths[path], path
        assert paths[path][method].get("summary")
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/openapi.json" in docs.text
    assert "http://" not in docs.text and "https://" not in docs.text  # offline: nothing from a CDN


def _entity(kb_id: str | None, country: str | None, name: str | None, sector: str | None) -> str | None:
    """The network node of an actor: a country's state actors are the country, others themselves."""
    state = sector in {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"} or (sector is None and kb_id is None)
    return country if country and state else kb_id or name or country


def test_network_ranks_dyads_in_the_store_as_counted_from_the_events(tmp_path: Path, seed_analysis: Any) -> None:
    from collections import Counter

    from eventwire.serve.api._views import network
    from eventwire.store import open_store

    with open_store(tmp_path / "events.duckdb") as store:
        store.write_analysis(seed_analysis)
        rows = store.fetch(
            "SELECT actor_kb_id, actor_country, actor_name, actor_sector, recipient_kb_id, recipient_country,"
            " recipient_name, recipient_sector, quad_class FROM events WHERE factual"
        )
        full = network(store, {}, max_edges=10_000)
        top = network(store, {}, max_edges=3)
    conflict: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for akb, ac, an, asec, rkb, rc, rn, rsec, quad in rows:
        a, b = _entity(akb, ac, an, asec), _entity(rkb, rc, rn, rsec)
        if a is not None and b is not None and a != b:
            total[a, b] += 1
            conflict[a, b] += quad in (3, 4)
    expected = sorted(total, key=lambda k: (-total[k], k))
    assert len(expected) > 3
    assert [(e["source"], e["target"]) for e in full["edges"]] == expected
    assert all(e["count"] == total[k] and e["conflict"] == conflict[k]
               for e, k in zip(full["edges"], expected))  # fmt: skip
    assert top["edges"] == full["edges"][:3]
    events = Counter[str]()
    for k in expected[:3]:
        events[k[0]] += total[k]
        events[k[1]] += total[k]
    assert {n["id"]: n["events"] for n in top["nodes"]} == dict(events)
    assert [n["events"] for n in top["nodes"]] == sorted(events.values(), reverse=True)


def test_network_nodes_are_entities_a_state_is_one_country_node(tmp_path: Path) -> None:
    from eventwire import analyze_text
    from eventwire.serve.api._views import network
    from eventwire.store import open_store

    text = ("Turkey accused Syria of shelling the border town on Monday. The Government of Turkey condemned "
            "Syria over the attack. Turkish police arrested dozens of protesters in Ankara on Tuesday.")
    with open_store(tmp_path / "events.duckdb") as store:
        store.write_analysis(analyze_text(text, published="2019-10-14"))
        names = {r[0] for r in store.fetch("SELECT actor_name FROM events WHERE actor_country = 'TUR'")}
        net = network(store, {})
    assert len(names) >= 2  # several Turkish state actors were coded ...
    turkey = [n for n in net["nodes"] if n["country"] == "TUR" and n["kind"] == "country"]
    assert len(turkey) == 1  # ... and drawn as one node
    node = turkey[0]
    assert node["id"] == "TUR" and node["label"] == "Turkey"
    assert set(names) <= set(node["names"]) and node["sector"] in node["sectors"]
    assert not [n for n in net["nodes"] if n["id"] != "TUR" and n["country"] == "TUR" and n["kind"] == "country"]
    assert {(e["source"], e["target"]) for e in net["edges"]} >= {("TUR", "SYR")}
