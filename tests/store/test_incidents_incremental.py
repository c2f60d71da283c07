"""Incidents linked incrementally: each run re-links only what its new reports can change, and the
result is exactly that of one full re-clustering."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from eventwire.store import open_store
from eventwire.store.incident_relink import relink_stats
from eventwire.store.incidents import recluster
from tests.store.conftest import add_records, incident_tables

DAY0 = dt.date(2021, 3, 1)
PLACES = [("Aden", "YEM", 12.8, 45.0), ("Taiz", "YEM", 13.6, 44.0), ("Sanaa", "YEM", 15.4, 44.2),
          ("Mosul", "IRQ", 36.3, 43.1)]  # fmt: skip
ACTORS = [("houthis", "YEM", "REB"), ("yemen_army", "YEM", "MIL"), (None, "YEM", "REB"), ("pmf", "IRQ", "UAF"),
          (None, "IRQ", "GOV")]  # fmt: skip


def article(rng: random.Random, aid: str, *, days: int, n: int) -> list[dict[str, Any]]:
    """The event records of one article: dense days, few actors and places, every kind of date."""
    published = DAY0 + dt.timedelta(days=rng.randrange(days))
    out = []
    for k in range(n):
        kb, country, sector = rng.choice(ACTORS)
        rkb, rcountry, rsector = rng.choice(ACTORS + [(None, None, None)] * 3)
        name, pcountry, lat, lon = rng.choice(PLACES)
        kind = rng.choices(("day", "article", "week", "month", "year", "none"), weights=(60, 12, 6, 10, 6, 6))[0]
        day = published - dt.timedelta(days=rng.randrange(4))
        date = {"day": day.isoformat(), "article": published.isoformat(), "week": day.isoformat(),
                "month": day.isoformat()[:7], "year": day.isoformat()[:4], "none": None}[kind]  # fmt: skip
        out.append({
            "id": f"{aid}-{k}", "event_type": rng.choice(("ASSAULT", "PROTEST", "COERCE")),
            "mode": rng.choice((None, "bombing", "gunfire")),
            "actor": [{"kb_id": kb, "name": kb or "militants", "text": "x", "country": country, "sector": sector}],
            "recipient": [{"kb_id": rkb, "name": rkb or "people", "text": "y", "country": rcountry,
                           "sector": rsector}] if rcountry else [],
            "date": date, "date_precision": {"article": "day", "none": None}.get(kind, kind),
            "date_source": "article" if kind == "article" else "sentence",
            "location": {"name": name, "country": pcountry, "lat": lat + rng.uniform(-0.1, 0.1), "lon": lon,
                         "precision": rng.choice(("city", "city", "country"))},
            "aux": {},
            "article": {"id": aid, "outlet": f"outlet{rng.randrange(6)}", "published": published.isoformat()},
            "sentence": {"text": f"sentence {rng.randrange(30)}", "start": 0, "end": 10},
            "trigger": {"text": "attacked", "start": rng.randrange(200), "end": 0},
            "dead": rng.choice((None, None, 3, 4)),
        })  # fmt: skip
    return out


@pytest.mark.parametrize(("seed", "options", "ahead"),
                         [(1, {}, 20), (2, {"max_candidates": 2}, 20), (3, {"slack_days": 3}, 20), (4, {}, 1)])
def test_runs_linked_incrementally_equal_one_recluster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int,
                                                       options: dict[str, Any], ahead: int) -> None:  # fmt: skip
    """Articles arrive in random date order (later runs bring earlier reports that bridge incidents).

    ``ahead``: the days relink first reads after each new report (1: it must read further, often).
    """
    from eventwire.store import incident_relink

    monkeypatch.setattr(incident_relink, "_AHEAD_DAYS", ahead)
    rng = random.Random(seed)
    arts = [article(rng, f"a{seed}_{i}", days=70, n=rng.randint(1, 6)) for i in range(160)]
    runs = [arts[i : i + 20] for i in range(0, len(arts), 20)]
    incremental_only = 0
    with open_store(tmp_path / "events.duckdb") as store:
        for i, run in enumerate(runs):
            add_records(store, [r for art in run for r in art])
            stats = relink_stats(store, **options) if i % 2 else relink_stats(
                store, articles=[art[0]["article"]["id"] for art in run], **options)  # fmt: skip
            incremental_only += not stats.whole_categories
            incremental = incident_tables(store)
            assert incremental[0], "the runs write incidents"
            recluster(store, **options)
            assert incident_tables(store) == incremental, f"run {i}"
        multi = store.fetch("SELECT count(*) FROM incidents WHERE reports > 1")[0][0]
    assert multi > 20, "the corpus links many reports"
    assert incremental_only == len(runs), "every run was linked incrementally, never a whole category"


def test_an_earlier_report_that_bridges_two_incidents_relinks_them(tmp_path: Path) -> None:
    """A report dated between two incidents' days, arriving last, changes what later reports joined."""
    rng = random.Random(7)
    base = article(rng, "base", days=1, n=1)[0]

    def report(aid: str, day: int, **extra: Any) -> dict[str, Any]:
        r = {**base, "id": f"{aid}-0", "date": (DAY0 + dt.timedelta(days=day)).isoformat(),
             "date_precision": "day", "date_source": "sentence", "mode": "bombing",
             "article": {**base["article"], "id": aid, "published": (DAY0 + dt.timedelta(days=day)).isoformat()}}
        r.update(extra)  # fmt: skip
        return r

    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, [report("early", 2), report("late", 4), report("apart", 30)])
        relink_stats(store)
        assert store.fetch("SELECT count(*) FROM incidents")[0][0] == 3  # two days apart: two incidents
        apart = store.fetch("SELECT * FROM incidents WHERE first_report = 'apart-0'")
        add_records(store, [report("week", 1, date_precision="week")])  # the week from day 1 covers both days
        add_records(store, [report("undated", 0, date=None, date_precision=None), report("month", 0, date="2021-03",
                                                                                date_precision="month")])
        stats = relink_stats(store)
        incremental = incident_tables(store)
        recluster(store)
        assert incident_tables(store) == incremental and not stats.whole_categories
        assert stats.incidents_deleted == 2  # early and late, now one incident with the week's report
        (joined,) = [json.loads(r[0]) for r in store.fetch("SELECT record FROM incidents WHERE reports = 3")]
        assert set(joined["reports"]) == {"early-0", "late-0", "week-0"}
        assert store.fetch("SELECT * FROM incidents WHERE first_report = 'apart-0'") == apart


def test_a_run_reads_and_replaces_only_the_incidents_near_its_dates(tmp_path: Path) -> None:
    rng = random.Random(11)
    arts = [article(rng, f"old{i}", days=150, n=3) for i in range(300)]
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, [r for art in arts for r in art])
        recluster(store)
        total = store.fetch("SELECT count(*) FROM events")[0][0]
        cutoff = (DAY0 + dt.timedelta(days=120)).isoformat()
        early = store.fetch("SELECT * FROM incidents WHERE date < ? AND length(date) = 10 ORDER BY id", [cutoff])
        new = [dict(r, id=f"new-{k}", date=(DAY0 + dt.timedelta(days=148)).isoformat(), date_precision="day",
                    article={**r["article"], "id": "new"}) for k, r in enumerate(arts[0])]  # fmt: skip
        add_records(store, new)
        stats = relink_stats(store, articles=["new"])
        assert stats.whole_categories == []
        assert 0 < stats.rows_read < total / 4  # the last weeks of the touched categories, not the store
        assert stats.incidents_deleted < stats.incidents_written < store.fetch("SELECT count(*) FROM incidents")[0][0]
        assert store.fetch("SELECT * FROM incidents WHERE date < ? AND length(date) = 10 ORDER BY id",
                           [cutoff]) == early  # fmt: skip
        incremental = incident_tables(store)
        recluster(store)
        assert incident_tables(store) == incremental
        # an old report (dated months back) costs no more: only the days around it are read
        late = store.fetch("SELECT * FROM incidents WHERE date >= ? AND length(date) = 10 ORDER BY id", [cutoff])
        old = [dict(r, id=f"old-{k}", date=(DAY0 + dt.timedelta(days=30)).isoformat(), date_precision="day",
                    article={**r["article"], "id": "old"}) for k, r in enumerate(arts[1])]  # fmt: skip
        add_records(store, old)
        stats = relink_stats(store, articles=["old"])
        assert stats.whole_categories == [] and 0 < stats.rows_read < total / 4
        assert store.fetch("SELECT * FROM incidents WHERE date >= ? AND length(date) = 10 ORDER BY id",
                           [cutoff]) == late  # fmt: skip
        incremental = incident_tables(store)
        recluster(store)
        assert incident_tables(store) == incremental


def test_stale_links_fall_back_to_the_whole_category(tmp_path: Path) -> None:
    rng = random.Random(5)
    arts = [article(rng, f"s{i}", days=20, n=4) for i in range(30)]
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, [r for art in arts for r in art])
        recluster(store)
        etype = store.fetch("SELECT event_type FROM incidents WHERE reports > 1 ORDER BY id LIMIT 1")[0][0]
        # a store linked some other way: one incident's links dropped but the incident kept
        store.execute("DELETE FROM incident_reports WHERE incident_id = (SELECT id FROM incidents WHERE"
                      " event_type = ? AND reports > 1 ORDER BY id LIMIT 1)", [etype])  # fmt: skip
        stats = relink_stats(store)
        assert stats.whole_categories == [etype]
        incremental = incident_tables(store)
        recluster(store)
        assert incident_tables(store) == incremental


@pytest.mark.parametrize("chunk_rows", [1, 40, 100_000])
def test_recluster_reading_in_date_order_equals_clustering_every_record_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk_rows: int
) -> None:
    from eventwire.store import incident_table
    from eventwire.store.incidents import cluster

    monkeypatch.setattr(incident_table, "_CHUNK_ROWS", chunk_rows)
    rng = random.Random(chunk_rows)
    records = [r for i in range(150) for r in article(rng, f"w{i}", days=90, n=rng.randint(1, 5))]
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, records)
        stats = incident_table.recluster_stats(store)
        stored = [json.loads(r[0]) for r in store.fetch("SELECT record FROM incidents ORDER BY id")]
        factual = [json.loads(r[0]) for r in store.fetch("SELECT record FROM events WHERE factual")]
    expected = sorted(cluster(factual), key=lambda x: x.id)
    assert stored == [inc.to_dict() for inc in expected]
    assert stats.incidents_written == len(expected) and stats.rows_read == len(factual)
    if chunk_rows < 100:  # reports are held for a few weeks at a time, not for the whole store
        assert stats.peak_held < len(factual) / 3
