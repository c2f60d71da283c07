"""Incident linking bounded by blocking keys: a run reads the reports connected to its new ones by
shared keys, not every report of their days, and its incidents are still exactly a full re-clustering's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from eventwire.store import open_store
from eventwire.store.incident_relink import relink_stats
from eventwire.store.incidents import recluster
from tests.store.conftest import add_records, incident_tables

DAY = dt.date(2022, 5, 9)
GROUPS, PER_GROUP = 30, 8


def report(group: int, aid: str, *, place: int | None = None, k: int = 0) -> dict[str, Any]:
    """One report of ``group``: its own actor and country (no sector, which groups would share), on DAY."""
    country = f"C{group:02d}"
    where = f"C{place if place is not None else group:02d}"
    return {
        "id": f"{aid}-{k}", "event_type": "ASSAULT", "mode": "bombing",
        "actor": [{"kb_id": f"kb{group}", "name": f"group {group}", "text": "x", "country": country, "sector": None}],
        "recipient": [], "date": DAY.isoformat(), "date_precision": "day", "date_source": "sentence",
        "location": {"name": where, "country": where, "lat": None, "lon": None, "precision": "country"},
        "aux": {}, "article": {"id": aid, "outlet": f"outlet{k % 3}", "published": DAY.isoformat()},
        "sentence": {"text": f"sentence {aid}", "start": 0, "end": 10},
        "trigger": {"text": "attacked", "start": 0, "end": 0},
    }  # fmt: skip


def day_of_news() -> list[dict[str, Any]]:
    return [report(g, f"g{g}a{i}") for g in range(GROUPS) for i in range(PER_GROUP)]


def test_a_run_reads_only_the_reports_sharing_keys_with_its_new_ones(tmp_path: Path) -> None:
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, day_of_news())
        first = relink_stats(store)
        assert first.rows_read >= GROUPS * PER_GROUP  # the first run reads the day
        assert store.fetch("SELECT count(*) FROM incidents")[0][0] == GROUPS
        add_records(store, [report(0, "late0"), report(0, "late1")])
        stats = relink_stats(store, articles=["late0", "late1"])
        # the two new reports (read as new, then with their group) and their group's stored reports
        assert 0 < stats.rows_read <= 2 + (PER_GROUP + 2)
        assert stats.whole_categories == [] and stats.keys_written == 2
        incremental = incident_tables(store)
        (grown,) = store.fetch("SELECT reports FROM incidents WHERE actor_kb_id = 'kb0'")
        assert grown == (PER_GROUP + 2,)
        recluster(store)
        assert incident_tables(store) == incremental
        # a report of group 1's actor placed in group 2's country connects both groups, and no other
        add_records(store, [report(1, "bridge", place=2)])
        stats = relink_stats(store, articles=["bridge"])
        assert PER_GROUP < stats.rows_read <= 1 + 2 * PER_GROUP + 1
        incremental = incident_tables(store)
        recluster(store)
        assert incident_tables(store) == incremental


def test_keys_of_a_recoded_article_are_replaced(tmp_path: Path) -> None:
    """An article coded again may name other actors: its old keys must not stay behind."""
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, day_of_news())
        relink_stats(store)
        store.execute("DELETE FROM events WHERE article_id = 'g3a0'")
        add_records(store, [report(4, "g3a0")])  # same event id, now group 4's actor
        store.execute("DELETE FROM incident_reports WHERE event_id = 'g3a0-0'")
        stats = relink_stats(store, articles=["g3a0"])
        assert stats.keys_written == 1
        keys = {k for (k,) in store.fetch("SELECT key FROM incident_keys WHERE event_id = 'g3a0-0'")}
        assert "ASSAULT|ak:kb4" in keys and "ASSAULT|ak:kb3" not in keys


def test_a_schema_4_store_migrates_and_its_reports_get_keys_when_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire.store import _store, migrations

    path = tmp_path / "old.duckdb"
    every = migrations.available()
    before = [m for m in every if m.version <= 4]
    with monkeypatch.context() as m:
        m.setattr(migrations, "available", lambda: before)
        m.setattr(_store, "available", lambda: before)
        with open_store(path) as store:
            assert store.schema_version == 4
            assert not store.fetch("SELECT * FROM information_schema.tables WHERE table_name = 'incident_keys'")
            add_records(store, day_of_news())
            recluster(store)
            linked = incident_tables(store)
    with open_store(path) as store:
        assert store.schema_version == every[-1].version >= 5
        assert incident_tables(store) == linked
        assert store.fetch("SELECT count(*) FROM incident_keys")[0][0] == 0
        add_records(store, [report(5, "new")])
        stats = relink_stats(store, articles=["new"])
        assert stats.whole_categories == []
        assert stats.keys_written == 1 + GROUPS * PER_GROUP  # the day's stored reports had no keys yet
        assert stats.rows_read <= 1 + PER_GROUP + 1
        incremental = incident_tables(store)
        recluster(store)
        assert incident_tables(store) == incremental
        add_records(store, [report(6, "next")])
        stats = relink_stats(store, articles=["next"])
        assert stats.keys_written == 1  # keyed once


def test_reports_sharing_keys_but_weeks_apart_are_not_read(tmp_path: Path) -> None:
    """Days read around a new report that hold its keys, too far from it to be compared, are skipped."""
    earlier = DAY - dt.timedelta(days=18)  # within the days a run reads, beyond the days a report is compared across
    old = [dict(report(0, f"old{i}"), date=earlier.isoformat()) for i in range(PER_GROUP)]
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, old + day_of_news())
        relink_stats(store)
        add_records(store, [report(0, "late")])
        stats = relink_stats(store, articles=["late"])
        assert 0 < stats.rows_read <= 1 + PER_GROUP + 1
        incremental = incident_tables(store)
        recluster(store)
        assert incident_tables(store) == incremental


def test_an_article_written_again_drops_its_keys_until_linked(tmp_path: Path, seed_analysis: Any) -> None:
    with open_store(tmp_path / "events.duckdb") as store:
        store.write_analysis(seed_analysis)
        aid = seed_analysis.article.id
        stats = relink_stats(store, articles=[aid])
        count = "SELECT count(DISTINCT event_id) FROM incident_keys WHERE article_id = ?"
        keyed = store.fetch(count, [aid])[0][0]
        assert keyed == stats.keys_written == store.fetch("SELECT count(*) FROM events WHERE factual")[0][0] > 0
        store.write_analysis(seed_analysis)  # coded again: its events are replaced, so are their keys
        assert store.fetch(count, [aid])[0][0] == 0
        relink_stats(store, articles=[aid])
        assert store.fetch(count, [aid])[0][0] == keyed
