"""The store against a real DuckDB file: writing, replacing, filtering, paging, stats, SQL."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

from eventwire.store import Store, StoreError, open_store
from eventwire.store.migrations import available


def _all(store: Store) -> list[dict[str, Any]]:
    return store.events(limit=None, include_nonfactual=True)


def _key(records: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True) for r in records)


def test_records_round_trip_exactly(store: Store, analyses: dict[str, Any]) -> None:
    for a in analyses.values():
        assert store.write_analysis(a) == len(a.events)
    expected = [e.to_dict() for a in analyses.values() for e in a.events]
    assert expected, "the test texts must yield events"
    assert _key(_all(store)) == _key(expected)
    one = expected[0]
    assert store.event(one["id"]) == one
    assert store.event("no-such-id") is None


def test_writing_again_replaces_never_duplicates(store: Store, analyses: dict[str, Any], negated_copy: Any) -> None:
    a = analyses["clash"]
    store.write_analysis(a)
    store.write_analysis(a)
    assert store.counts()["articles"] == 1
    assert len(_all(store)) == len(a.events)
    fewer = negated_copy(a)
    fewer.events = fewer.events[:1]
    store.write_analysis(fewer)
    assert [r["id"] for r in _all(store)] == [fewer.events[0].id]
    assert store.sql("SELECT count(*) AS n FROM event_actors WHERE event_id <> ?", [fewer.events[0].id])["n"][0] == 0


def test_negated_events_are_stored_but_hidden_by_default(
    store: Store, analyses: dict[str, Any], negated_copy: Any
) -> None:
    a = negated_copy(analyses["clash"])
    store.write_analysis(a)
    hidden = a.events[0].id
    assert hidden not in {r["id"] for r in store.events(limit=None)}
    shown = {r["id"]: r for r in store.events(limit=None, include_negated=True)}
    assert shown[hidden]["aux"]["negated"] is True
    assert store.article(a.article.id)["events"][0]["aux"]["negated"] is True  # type: ignore[index]


def test_events_not_asserted_as_fact_are_stored_queryable_and_hidden_by_default(
    store: Store, analyses: dict[str, Any]
) -> None:
    a = copy.deepcopy(analyses["clash"])
    a.events[0].aux = dataclasses.replace(a.events[0].aux, denied=True)
    store.write_analysis(a)
    denied = a.events[0].id
    assert denied not in {r["id"] for r in store.events(limit=None)}
    assert denied not in {r["id"] for r in store.events(limit=None, include_negated=True)}
    every = {r["id"]: r for r in store.events(limit=None, include_nonfactual=True)}
    assert every[denied]["aux"]["denied"] is True
    row = store.sql("SELECT denied, alleged, factual FROM events WHERE id = ?", [denied])
    assert (bool(row["denied"][0]), bool(row["alleged"][0]), bool(row["factual"][0])) == (True, False, False)


def test_filters_agree_with_the_records(store: Store, analyses: dict[str, Any]) -> None:
    for a in analyses.values():
        store.write_analysis(a)
    records = store.events(limit=None)

    def has(r: dict[str, Any], role: str, value: str) -> bool:
        return any(
            value.lower() in {str(x.get(k) or "").lower() for k in ("kb_id", "name", "text", "country")}
            for x in r[role]
        )

    some_type = records[0]["event_type"]
    assert store.events(type=some_type, limit=None) == [r for r in records if r["event_type"] == some_type]
    assert store.events(type=some_type.lower(), limit=None) == store.events(type=some_type, limit=None)
    countries = {a["country"] for r in records for a in r["actor"] if a.get("country")}
    assert countries
    for c in countries:
        got = store.events(actor=c, limit=None)
        assert got and got == [r for r in records if has(r, "actor", c)]
        by_country = store.events(country=c, limit=None)
        want = [
            r
            for r in records
            if has(r, "actor", c) or has(r, "recipient", c) or (r.get("location") or {}).get("country") == c
        ]
        assert by_country == want
    word = "accused"
    assert store.events(text=word.upper(), limit=None) == [r for r in records if word in r["sentence"]["text"].lower()]
    dated = sorted({r["date"] for r in records if r["date"] and len(r["date"]) == 10})
    assert len(dated) >= 2
    since = store.events(since=dated[1], limit=None)
    assert since == [r for r in records if r["date"] and r["date"] >= dated[1]]
    until = store.events(until=dated[0], limit=None)
    assert until == [r for r in records if r["date"] and r["date"] <= dated[0]]
    q = records[0]["cameo"]["quad_class"]
    assert store.events(quad_class=q, limit=None) == [r for r in records if r["cameo"]["quad_class"] == q]
    with pytest.raises(ValueError, match="since"):
        store.events(since="yesterday")
    with pytest.raises(ValueError, match="quad_class"):
        store.events(quad_class=7)


def test_pages_follow_the_cursor_without_gaps(store: Store, analyses: dict[str, Any]) -> None:
    for a in analyses.values():
        store.write_analysis(a)
    everything = store.events(limit=None)
    assert [(r["date"] is None, r["date"] or "", r["id"]) for r in everything] == sorted(
        (r["date"] is None, r["date"] or "", r["id"]) for r in everything
    )
    pages, after = [], None
    while True:
        page = store.events(limit=2, after=after)
        if not page:
            break
        pages.extend(page)
        after = page[-1]["id"]
    assert pages == everything
    with pytest.raises(ValueError, match="after"):
        store.events(after="not-an-id")


def test_stats_counts_add_up(store: Store, analyses: dict[str, Any]) -> None:
    for a in analyses.values():
        store.write_analysis(a)
    records = store.events(limit=None)
    for by in ("category", "quad_class", "dyad"):
        rows = store.stats(by=by)
        assert sum(r["count"] for r in rows) == len(records)
    cats = {(r["key"], r["quad_class"]): r["count"] for r in store.stats(by="category")}
    for (cat, q), n in cats.items():
        assert n == sum(1 for r in records if r["event_type"] == cat and r["cameo"]["quad_class"] == q)
    days = store.stats(by="day")
    assert sum(r["count"] for r in days) == sum(1 for r in records if r["date_precision"] == "day")
    months = store.stats(by="month", type=records[0]["event_type"])
    assert sum(r["count"] for r in months) <= sum(1 for r in records if r["event_type"] == records[0]["event_type"])
    with pytest.raises(ValueError, match="by 'year'"):
        store.stats(by="year")


def test_article_actors_and_frames(store: Store, analyses: dict[str, Any]) -> None:
    a = analyses["talks"]
    store.write_analysis(a)
    art = store.article(a.article.id)
    assert art is not None and art["text"] == a.article.text and art["source"] == "talks.txt"
    for r in art["events"]:
        assert art["text"][r["trigger"]["start"] : r["trigger"]["end"]] == r["trigger"]["text"]
    assert store.article("nope") is None
    kb = {x.kb_id for e in a.events for x in [*e.actor, *e.recipient] if x.kb_id}
    actors = store.actors(limit=100)
    assert {x["kb_id"] for x in actors} == kb
    assert all(x["events"] >= 1 for x in actors)
    if kb:
        one = sorted(kb)[0]
        assert one in {x["kb_id"] for x in store.actors(one[:4])}
    df = store.events_df()
    assert isinstance(df, pd.DataFrame) and len(df) == len(a.coded_events())
    table = store.arrow("SELECT id, event_type FROM events")
    assert isinstance(table, pa.Table) and table.num_rows == len(a.events)
    assert store.sql("SELECT count(*) AS n FROM places")["n"][0] == len(a.places)


def test_sql_is_read_only(store: Store, analyses: dict[str, Any]) -> None:
    store.write_analysis(analyses["iran"])
    assert store.sql("WITH x AS (SELECT * FROM events) SELECT count(*) AS n FROM x")["n"][0] == len(
        analyses["iran"].events
    )
    for bad in (
        "DELETE FROM events",
        "DROP TABLE events",
        "SELECT 1; DELETE FROM events",
        "UPDATE events SET mode = 'x'",
    ):
        with pytest.raises(ValueError):
            store.sql(bad)
    assert store.counts()["events"] == len(analyses["iran"].events)


def test_failures_keep_one_row_per_source_and_clear_on_success(store: Store, analyses: dict[str, Any]) -> None:
    store.record_failure(source="iran.txt", reason="empty article")
    store.record_failure(source="iran.txt", reason="empty article")
    store.record_failure(source="other.txt", reason="binary")
    rows = store.failures()
    assert [(r["source"], r["attempts"]) for r in rows] == [("iran.txt", 2), ("other.txt", 1)]
    store.write_analysis(analyses["iran"])  # its source is iran.txt
    assert [r["source"] for r in store.failures()] == ["other.txt"]


def test_schema_is_migrated_once_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    with open_store(path) as s:
        assert s.schema_version == available()[-1].version
        tables = set(s.sql("SELECT table_name FROM information_schema.tables")["table_name"])
    assert {"articles", "events", "actors", "event_actors", "places", "quotes", "failures", "runs"} <= tables
    with open_store(path) as s:
        assert len(s.sql("SELECT * FROM schema_version")) == len(available())


def test_a_registered_migration_runs_on_the_next_open(tmp_path: Path) -> None:
    from eventwire.store import migrations

    path = tmp_path / "m.duckdb"
    open_store(path).close()
    version = available()[-1].version + 100

    @migrations.register(version, "test_extra")
    def _extra(con: Any) -> None:
        con.execute("CREATE TABLE extra_things (x INTEGER)")

    try:
        with open_store(path) as s:
            assert s.schema_version == version
            assert s.sql("SELECT count(*) AS n FROM extra_things")["n"][0] == 0
        with pytest.raises(ValueError, match="taken"):
            migrations.register(version, "again")(lambda con: None)
    finally:
        del migrations._REGISTERED[version]
    with pytest.raises(StoreError, match="newer eventwire"):
        open_store(path)


def test_read_only_and_the_single_writer(tmp_path: Path, analyses: dict[str, Any]) -> None:
    path = tmp_path / "w.duckdb"
    with pytest.raises(StoreError, match="no such database"):
        open_store(path, read_only=True)
    with open_store(path) as s:
        s.write_analysis(analyses["iran"])
        probe = (
            "import sys; from eventwire.store import open_store, StoreError\ntry:\n "
            "open_store(sys.argv[1])\nexcept StoreError as e:\n print(e); sys.exit(5)"
        )
        # a second writer waits for the first, then gives up naming it (here after 1 s)
        env = {**os.environ, "EVENTWIRE_LOCK_TIMEOUT": "1"}
        res = subprocess.run(
            [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=60, env=env
        )
        assert res.returncode == 5, res.stderr
        assert str(path) in res.stdout and "one writer at a time" in res.stdout
        assert f"process {os.getpid()} (" in res.stdout and "wait for it to finish" in res.stdout
    with open_store(path, read_only=True) as r:
        assert r.has_article(analyses["iran"].article.id)
        with pytest.raises(StoreError, match="read-only"):
            r.write_analysis(analyses["iran"])


def test_default_path_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.store import default_path

    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "env.duckdb"))
    assert default_path() == tmp_path / "env.duckdb"
    with open_store() as s:
        assert s.path == tmp_path / "env.duckdb"
    monkeypatch.delenv("EVENTWIRE_DB")
    assert default_path().name == "events.duckdb"


def test_open_store_is_public(tmp_path: Path) -> None:
    import eventwire

    assert "open_store" in eventwire.__all__
    with eventwire.open_store(tmp_path / "p.duckdb") as s:
        assert isinstance(s, Store) and s.counts() == {"articles": 0, "events": 0, "failures": 0, "runs": 0}


def test_ctrl_c_inside_a_query_reaches_the_caller_as_keyboard_interrupt(tmp_path: Path) -> None:
    """DuckDB answers SIGINT during a query with RuntimeError; the store hands on a KeyboardInterrupt."""
    import os
    import signal
    import threading

    # Python's own Ctrl-C handler, whatever an earlier test in this process installed; a query
    # that ends by itself within seconds, so a missed signal fails the test instead of hanging it
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with open_store(tmp_path / "q.duckdb") as store:
            timer = threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT))
            timer.start()
            try:
                with pytest.raises(KeyboardInterrupt):
                    store.fetch("SELECT count(*) FROM range(3000000000) t(a) WHERE a % 7 = 3")
            finally:
                timer.cancel()
            assert store.fetch("SELECT 1") == [(1,)]  # the connection is still usable
    finally:
        signal.signal(signal.SIGINT, previous)


def test_rollback_after_a_commit_is_silent(tmp_path: Path) -> None:
    """A Ctrl-C landing after COMMIT reaches the writer's rollback with no transaction open;
    the rollback must not replace the interrupt with DuckDB's "no transaction is active"."""
    import duckdb

    from eventwire.store._writes import rollback

    con = duckdb.connect(str(tmp_path / "r.duckdb"))
    con.execute("CREATE TABLE t (a INTEGER)")
    con.execute("BEGIN TRANSACTION")
    con.execute("INSERT INTO t VALUES (1)")
    con.execute("COMMIT")
    rollback(con)  # nothing open: no error
    con.execute("BEGIN TRANSACTION")
    con.execute("INSERT INTO t VALUES (2)")
    rollback(con)
    assert con.execute("SELECT a FROM t").fetchall() == [(1,)]
    con.close()


def test_duckdb_memory_is_bounded_and_set_by_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTWIRE_DUCKDB_MEMORY", raising=False)
    store = open_store(tmp_path / "a.duckdb")
    (limit,) = store.fetch("SELECT current_setting('memory_limit')")[0]
    store.close()
    assert limit == "953.6 MiB"  # 1GB; DuckDB's own default is most of the machine's memory
    monkeypatch.setenv("EVENTWIRE_DUCKDB_MEMORY", "256MB")
    store = open_store(tmp_path / "a.duckdb")
    assert store.fetch("SELECT current_setting('memory_limit')")[0][0].startswith("244")
    store.close()
    monkeypatch.setenv("EVENTWIRE_DUCKDB_MEMORY", "lots")
    with pytest.raises(StoreError, match="EVENTWIRE_DUCKDB_MEMORY='lots' is not a memory size; set it like 512MB"):
        open_store(tmp_path / "a.duckdb")
