"""Linking against the store costs what the run brings, not what the store holds: a new report is
scored against a bounded number of incidents, and the index of candidates keeps a bounded number
of rows per key and day, however many incidents one dense day of news has stored."""

from __future__ import annotations

import datetime as dt
import gc
import random
from pathlib import Path
from typing import Any

import pytest

from eventwire.store import incident_cluster as cluster_mod
from eventwire.store import incident_link, open_store
from eventwire.store.incident_cluster import _SLACK, MAX_COMPARED, _item, _Linker, cluster
from eventwire.store.incident_relink import relink_stats
from tests.store.conftest import add_records

DAY = dt.date(2024, 3, 14)
NATIONS = ("YEM", "SAU", "ARE", "OMN")
SECTORS = ("REB", "MIL", "GOV", "COP", "CVL")
CITIES = [(f"City{i}", 10.0 + 1.5 * i, 40.0 + 1.5 * (i % 5)) for i in range(12)]  # > 60 km apart


def dense_day(rng: random.Random, prefix: str, n: int) -> list[dict[str, Any]]:
    """``n`` reports of three days in one country: two categories, many named groups, twelve cities.

    The country, sector and place blocks are shared by many reports, so they fill up as the store
    grows; different groups or cities never link, so nearly every report begins an incident.
    """
    out = []
    for i in range(n):
        name, lat, lon = rng.choice(CITIES)
        day = DAY - dt.timedelta(days=rng.randrange(3))
        out.append({
            "id": f"{prefix}-{i}", "event_type": rng.choice(("ASSAULT", "PROTEST")), "mode": None,
            "actor": [{"kb_id": f"group{rng.randrange(400)}", "name": "g", "text": "g", "country": rng.choice(NATIONS),
                       "sector": rng.choice(SECTORS)}],
            "recipient": [{"kb_id": None, "name": "people", "text": "p", "country": rng.choice(NATIONS),
                           "sector": rng.choice(SECTORS)}],
            "date": day.isoformat(), "date_precision": "day", "date_source": "sentence",
            "location": {"name": name, "country": "YEM", "lat": lat, "lon": lon, "precision": "city"},
            "aux": {}, "article": {"id": f"{prefix}-{i}", "outlet": f"o{i % 7}", "published": DAY.isoformat()},
            "sentence": {"text": f"{prefix} {i}", "start": 0, "end": 1}, "trigger": {"text": "t", "start": 0, "end": 1},
        })  # fmt: skip
    return out


@pytest.mark.parametrize("stored", [0, 600, 2400])
def test_a_run_compares_each_report_with_a_bounded_number_of_incidents(tmp_path: Path, stored: int) -> None:
    """The same run of 60 reports, linked into stores of 0 to 2,400 reports of the same day."""
    rng = random.Random(5)
    run = dense_day(random.Random(99), "run", 60)
    with open_store(tmp_path / "events.duckdb") as store:
        for k in range(0, stored, 600):
            add_records(store, dense_day(rng, f"s{k}", 600))
            relink_stats(store)
        add_records(store, run)
        stats = relink_stats(store)
        assert stats.rows_read == len(run)
        assert 0 < stats.most_compared <= MAX_COMPARED
        assert stats.compared <= len(run) * MAX_COMPARED
        # the candidate index keeps at most max_candidates (32) incidents per key and first day
        per_day = store.fetch("SELECT max(n), count(*) FROM (SELECT key, lo, count(*) AS n"
                              " FROM incident_anchor_keys GROUP BY key, lo)")[0]  # fmt: skip
        assert per_day[0] <= 32
        incidents = store.fetch("SELECT count(*) FROM incident_groups")[0][0]
    if stored == 2400:
        # the store's blocks are full: without the cap, a report would be scored against more
        assert incidents > 2000 and per_day[0] == 32
        records = [r for k in range(0, stored, 600) for r in dense_day(random.Random(5), f"s{k}", 600)]
        linker = _Linker(slack_days=_SLACK, max_km=None, max_candidates=32, max_compared=None)
        for i, r in enumerate(records):
            linker.feed(_item(i, r))
        linker.most_compared = 0
        for i, r in enumerate(run, start=len(records)):
            linker.feed(_item(i, r))
        assert linker.most_compared > MAX_COMPARED


def test_a_chunk_is_linked_with_the_collector_paused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector does not walk what a chunk holds while it is linked; it is on again after."""
    seen: list[bool] = []
    real = incident_link._link_chunk

    def spy(*args: Any) -> None:
        seen.append(gc.isenabled())
        real(*args)

    monkeypatch.setattr(incident_link, "_link_chunk", spy)
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, dense_day(random.Random(3), "gc", 40))
        assert relink_stats(store).rows_read == 40
    assert seen == [False] and gc.isenabled()


def test_a_reports_keys_are_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A report's blocking keys are asked for its window, its candidates and its new incident's index."""
    calls: list[str] = []
    real = cluster_mod._keys
    monkeypatch.setattr(cluster_mod, "_keys", lambda it: calls.append(it.id) or real(it))
    records = dense_day(random.Random(4), "k", 50)
    assert len(cluster(records)) > 10
    assert sorted(calls) == sorted(r["id"] for r in records)


def test_restoring_groups_at_once_indexes_them_as_restoring_them_one_by_one() -> None:
    """restore_all sorts each key's index once: the same order as inserting the groups in the order they began."""
    records = dense_day(random.Random(6), "r", 300)
    source = _Linker(slack_days=_SLACK, max_km=None, max_candidates=32, max_compared=MAX_COMPARED)
    for i, r in enumerate(records):
        source.feed(_item(i, r))
    begun = sorted(source.groups, key=lambda g: g.seq)
    one = _Linker(slack_days=_SLACK, max_km=None, max_candidates=32, max_compared=MAX_COMPARED)
    for g in begun:
        one.restore(g, cluster_mod._index_keys(g.anchor))
    many = _Linker(slack_days=_SLACK, max_km=None, max_candidates=32, max_compared=MAX_COMPARED)
    assert many.restore_all([(g, cluster_mod._index_keys(g.anchor)) for g in begun]) == 0
    assert dict(many._los) == dict(one._los) and dict(many._gis) == dict(one._gis)
    later = dense_day(random.Random(7), "q", 40)
    assert [many.candidates(_item(1000 + i, r)) for i, r in enumerate(later)] == [
        one.candidates(_item(1000 + i, r)) for i, r in enumerate(later)
    ]


def test_a_grown_incident_reads_back_only_its_own_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reports of a grown incident are read by their ids; an event of the same id in another article
    that is in no incident of the run is left out, and no query joins the stored reports to every record."""
    first = dense_day(random.Random(8), "a", 1)[0]
    other = {**first, "id": "b-0", "article": {**first["article"], "id": "b-0"}, "event_type": "PROTEST",
             "actor": [{"kb_id": "elsewhere", "name": "e", "text": "e", "country": "OMN", "sector": "GOV"}],
             "location": {**first["location"], "country": "OMN"}}  # fmt: skip
    later = (DAY + dt.timedelta(days=1)).isoformat()
    twin = {**other, "id": first["id"], "article": {**other["article"], "id": "b-1", "published": later}}
    again = {**first, "id": "a-again", "article": {**first["article"], "id": "a-again"}}
    queries: list[str] = []
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, [first, other])
        relink_stats(store)
        add_records(store, [twin])
        relink_stats(store)
        assert store.fetch("SELECT count(*) FROM incidents")[0][0] == 2  # the twin joined the other's incident
        real = store.fetch
        monkeypatch.setattr(store, "fetch", lambda sql, *a: queries.append(sql) or real(sql, *a))
        add_records(store, [again])
        stats = relink_stats(store)
        members = store.fetch("SELECT i.reports FROM incidents i JOIN incident_reports r ON r.incident_id = i.id"
                              " WHERE r.event_id = 'a-again'")  # fmt: skip
    assert stats.members_read == 1 and members == [(2,)]
    assert not any("JOIN events" in " ".join(q.split()) for q in queries)


def test_one_event_id_in_two_articles_of_one_run_is_linked_in_both(tmp_path: Path) -> None:
    """A syndicated report stored under two articles in the same run: both copies are linked (each with its own
    article), so the next run reads nothing again."""
    first = dense_day(random.Random(12), "w", 1)[0]
    copy = {**first, "article": {**first["article"], "id": "w-copy", "outlet": "another wire"}}
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, [first, copy])
        stats = relink_stats(store)
        rows = store.fetch("SELECT event_id, article_id, position FROM incident_reports ORDER BY position")
        again = relink_stats(store)
    assert stats.rows_read == 2
    assert sorted(rows) == [(first["id"], first["article"]["id"], 0), (first["id"], "w-copy", 1)]
    assert again.rows_read == 0


def test_distinct_event_ids_of_one_run_stay_in_their_own_incidents(tmp_path: Path) -> None:
    """Two reports of different groups in different cities: each begins its incident, one report row each."""
    a, b = dense_day(random.Random(12), "x", 2)
    b = {**b, "actor": [{**b["actor"][0], "kb_id": "nobody-else"}], "location": {**a["location"], "lat": -30.0}}
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, [a, b])
        stats = relink_stats(store)
        rows = store.fetch("SELECT event_id, article_id, position FROM incident_reports ORDER BY event_id")
    assert stats.rows_read == 2 and stats.incidents_written == 2
    assert rows == [(a["id"], a["article"]["id"], 0), (b["id"], b["article"]["id"], 0)]
