"""Incident linking bounded by blocking keys: a run compares its new reports with the incidents
found under their keys and dates, not every incident of their days, reads no other report than
those of the incidents it changes, and its incidents are still exactly a full re-clustering's."""

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


def test_a_run_reads_only_its_reports_and_the_incidents_sharing_their_keys(tmp_path: Path) -> None:
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, day_of_news())
        first = relink_stats(store)
        assert first.rows_read == GROUPS * PER_GROUP and first.chunks == 1
        assert store.fetch("SELECT count(*) FROM incidents")[0][0] == GROUPS
        add_records(store, [report(0, "late0"), report(0, "late1")])
        stats = relink_stats(store, articles=["late0", "late1"])
        # the two new reports; group 0's incident restored (its keys), its reports read to rewrite it
        assert stats.rows_read == 2 and stats.groups_read == 1 and stats.members_read == PER_GROUP
        assert stats.incidents_deleted == stats.incidents_written == 1
        incremental = incident_tables(store)
        (grown,) = store.fetch("SELECT reports FROM incidents WHERE actor_kb_id = 'kb0'")
        assert grown == (PER_GROUP + 2,)
        recluster(store)
        assert incident_tables(store) == incremental
        # a report of group 1's actor placed in group 2's country meets both incidents, no other
        add_records(store, [report(1, "bridge", place=2)])
        stats = relink_stats(store, articles=["bridge"])
        assert stats.rows_read == 1 and stats.groups_read == 2
        incremental = incident_tables(store)
        recluster(store)
        assert incident_tables(store) == incremental


def test_a_recoded_article_keeps_its_links(tmp_path: Path) -> None:
    """An article coded again keeps its event ids and so their links; a full re-clustering links it anew."""
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, day_of_news())
        relink_stats(store)
        store.execute("DELETE FROM events WHERE article_id = 'g3a0'")
        add_records(store, [report(3, "g3a0")])
        assert relink_stats(store).rows_read == 0
        linked = incident_tables(store)
        recluster(store)
        assert incident_tables(store)[0] != [] and len(incident_tables(store)[1]) == len(linked[1])


def test_a_schema_5_store_migrates_numbers_its_events_and_links_them_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire.store import _store, migrations

    path = tmp_path / "old.duckdb"
    every = migrations.available()
    before = [m for m in every if m.version <= 5]
    with monkeypatch.context() as m:
        m.setattr(migrations, "available", lambda: before)
        m.setattr(_store, "available", lambda: before)
        with open_store(path) as store:
            assert store.schema_version == 5
            assert not store.fetch("SELECT * FROM information_schema.columns WHERE table_name = 'events' AND"
                                   " column_name = 'arrival'")  # fmt: skip
            add_records(store, day_of_news())
            store.execute("INSERT INTO incidents (id, event_type, reports, articles, independent_outlets,"
                          " first_report, record) VALUES ('old', 'ASSAULT', 1, 1, 1, 'g0a0-0', '{}')")  # fmt: skip
    with open_store(path) as store:
        assert store.schema_version == every[-1].version >= 6
        assert store.fetch("SELECT count(*) FROM incidents")[0][0] == 0  # linked in date order before: dropped
        ids = [r[0] for r in store.fetch("SELECT id FROM events ORDER BY arrival")]
        assert ids == [r["id"] for r in day_of_news()]  # numbered in the order they were stored
        add_records(store, [report(5, "new")])
        assert store.fetch("SELECT arrival FROM events WHERE id = 'new-0'")[0][0] == len(ids) + 1
        stats = relink_stats(store)
        assert stats.rows_read == 1 + GROUPS * PER_GROUP  # the next run links every report
        incremental = incident_tables(store)
        recluster(store)
        assert incident_tables(store) == incremental


def test_far_apart_dates_are_not_compared(tmp_path: Path) -> None:
    """Incidents sharing a new report's keys but begun weeks before it are not restored."""
    earlier = DAY - dt.timedelta(days=18)
    old = [dict(report(0, f"old{i}"), date=earlier.isoformat()) for i in range(PER_GROUP)]
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, old + day_of_news())
        relink_stats(store)
        assert store.fetch("SELECT count(*) FROM incidents WHERE actor_kb_id = 'kb0'")[0][0] == 2
        add_records(store, [report(0, "late")])
        stats = relink_stats(store, articles=["late"])
        assert stats.rows_read == 1 and stats.groups_read == 1 and stats.members_read == PER_GROUP
        incremental = incident_tables(store)
        recluster(store)
        assert incident_tables(store) == incremental


def test_an_article_written_again_is_linked_by_a_full_recluster(tmp_path: Path, seed_analysis: Any) -> None:
    with open_store(tmp_path / "events.duckdb") as store:
        store.write_analysis(seed_analysis)
        stats = relink_stats(store, articles=[seed_analysis.article.id])
        assert stats.rows_read == store.fetch("SELECT count(*) FROM events WHERE factual")[0][0] > 0
        linked = incident_tables(store)
        store.write_analysis(seed_analysis)  # coded again: its events are stored again, with new arrivals
        assert relink_stats(store).rows_read == 0  # same event ids: still linked
        recluster(store)
        assert incident_tables(store) == linked
