"""Incidents linked in the order reports arrive: each run links its new reports to the stored
incidents, and the result is exactly that of one full re-clustering."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from eventwire.store import incident_link, open_store
from eventwire.store.incident_link import recluster_stats
from eventwire.store.incident_relink import relink_stats
from eventwire.store.incidents import cluster, recluster
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


def stored_records(store: Any) -> list[dict[str, Any]]:
    """The factual event records in the order they arrived."""
    return [json.loads(r[0]) for r in store.fetch("SELECT record FROM events WHERE factual ORDER BY arrival")]


@pytest.mark.parametrize(("seed", "options", "chunk_rows"),
                         [(1, {}, 5_000), (2, {"max_candidates": 2}, 5_000), (3, {"slack_days": 3}, 5_000), (4, {}, 7)])
def test_runs_linked_incrementally_equal_one_recluster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int,
                                                       options: dict[str, Any], chunk_rows: int) -> None:  # fmt: skip
    """Articles arrive in random date order (later runs bring earlier reports between incidents).

    ``chunk_rows``: the reports a run links at a time (7: every run in many chunks).
    """
    monkeypatch.setattr(incident_link, "_CHUNK_ROWS", chunk_rows)
    rng = random.Random(seed)
    arts = [article(rng, f"a{seed}_{i}", days=70, n=rng.randint(1, 6)) for i in range(160)]
    runs = [arts[i : i + 20] for i in range(0, len(arts), 20)]
    with open_store(tmp_path / "events.duckdb") as store:
        for i, run in enumerate(runs):
            add_records(store, [r for art in run for r in art])
            stats = relink_stats(store, **options) if i % 2 else relink_stats(
                store, articles=[art[0]["article"]["id"] for art in run], **options)  # fmt: skip
            assert stats.rows_read == sum(len(art) for art in run)  # the new reports, nothing else read as new
            incremental = incident_tables(store)
            assert incremental[0], "the runs write incidents"
            recluster(store, **options)
            assert incident_tables(store) == incremental, f"run {i}"
        multi = store.fetch("SELECT count(*) FROM incidents WHERE reports > 1")[0][0]
        stored = [json.loads(r[0]) for r in store.fetch("SELECT record FROM incidents ORDER BY id")]
        expected = [inc.to_dict() for inc in sorted(cluster(stored_records(store), **options), key=lambda x: x.id)]
    assert multi > 20, "the corpus links many reports"
    assert stored == expected


def _report(base: dict[str, Any], aid: str, day: int, **extra: Any) -> dict[str, Any]:
    when = (DAY0 + dt.timedelta(days=day)).isoformat()
    r = {**base, "id": f"{aid}-0", "date": when, "date_precision": "day", "date_source": "sentence", "mode": "bombing",
         "article": {**base["article"], "id": aid, "published": when}}
    r.update(extra)  # fmt: skip
    return r


def test_arrival_order_decides_which_incident_a_report_joins(tmp_path: Path) -> None:
    """Aden and Taiz (150 km apart) cannot be one incident; a report naming only the country fits
    either equally. It joins the one that arrived first; later reports never move it."""
    base = article(random.Random(7), "base", days=1, n=1)[0]
    place = {"Aden": ("YEM", 12.8, 45.0), "Taiz": ("YEM", 13.6, 44.0)}

    def at(aid: str, day: int, city: str | None) -> dict[str, Any]:
        country, lat, lon = place[city] if city else ("YEM", None, None)
        loc = {"name": city or "Yemen", "country": country, "lat": lat, "lon": lon,
               "precision": "city" if city else "country"}  # fmt: skip
        return _report(base, aid, day, location=loc)

    found = {}
    for first, second in (("Aden", "Taiz"), ("Taiz", "Aden")):
        with open_store(tmp_path / f"{first}.duckdb") as store:
            add_records(store, [at(first, 2, first)])
            relink_stats(store)
            add_records(store, [at(second, 2, second), at("yemen", 2, None)])
            relink_stats(store)
            joined = store.fetch("SELECT first_report FROM incident_reports r JOIN incidents i ON i.id = r.incident_id"
                                 " WHERE r.event_id = 'yemen-0'")[0][0]  # fmt: skip
            found[first] = joined
            linked = incident_tables(store)
            recluster(store)
            assert incident_tables(store) == linked
    assert found == {"Aden": "Aden-0", "Taiz": "Taiz-0"}


def test_a_crash_between_writing_and_linking_is_linked_by_the_next_run_in_arrival_order(tmp_path: Path) -> None:
    rng = random.Random(9)
    arts = [article(rng, f"c{i}", days=30, n=rng.randint(1, 5)) for i in range(60)]
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, [r for art in arts[:20] for r in art])
        relink_stats(store)
        add_records(store, [r for art in arts[20:40] for r in art])  # written; the run stopped before linking
        unlinked = sum(len(art) for art in arts[20:40])
        add_records(store, [r for art in arts[40:] for r in art])
        stats = relink_stats(store, articles=[art[0]["article"]["id"] for art in arts[40:]])
        assert stats.rows_read == unlinked + sum(len(art) for art in arts[40:])  # the stopped run's reports first
        assert store.fetch("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM incident_reports r"
                           " WHERE r.event_id = e.id)")[0][0] == 0  # fmt: skip
        incremental = incident_tables(store)
        recluster(store)
        assert incident_tables(store) == incremental
        # arrival numbers are the order the rows were stored in, and stay so
        arrivals = [a for (a,) in store.fetch("SELECT arrival FROM events ORDER BY arrival")]
        assert arrivals == sorted(set(arrivals)) and len(arrivals) == sum(len(art) for art in arts)
        first = store.fetch("SELECT min(arrival), max(arrival) FROM events WHERE article_id LIKE 'c1_' OR"
                            " article_id LIKE 'c_'")[0]  # fmt: skip
        assert first[1] < store.fetch("SELECT min(arrival) FROM events WHERE article_id = 'c20'")[0][0]


def test_vague_dates_link_within_their_period_across_runs(tmp_path: Path) -> None:
    base = article(random.Random(7), "base", days=1, n=1)[0]
    month = {"date": "2021-03", "date_precision": "month"}
    year = {"date": "2021", "date_precision": "year"}
    none = {"date": None, "date_precision": None}
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, [_report(base, "day", 5), _report(base, "m1", 0, **month), _report(base, "y1", 0, **year),
                            _report(base, "n1", 0, **none)])  # fmt: skip
        relink_stats(store)
        assert store.fetch("SELECT count(*) FROM incidents")[0][0] == 4  # a vague date joins no precise incident
        add_records(store, [_report(base, "m2", 0, **month), _report(base, "m3", 0, date="2021-04",
                                                                     date_precision="month"),
                            _report(base, "y2", 0, **year), _report(base, "n2", 0, **none)])  # fmt: skip
        stats = relink_stats(store)
        assert stats.rows_read == 4
        groups = {frozenset(ids) for (ids,) in store.fetch("SELECT list(event_id) FROM incident_reports GROUP BY"
                                                              " incident_id")}  # fmt: skip
        assert groups == {frozenset(g) for g in (["day-0"], ["m1-0", "m2-0"], ["m3-0"], ["y1-0", "y2-0"],
                                                 ["n1-0", "n2-0"])}  # fmt: skip
        linked = incident_tables(store)
        recluster(store)
        assert incident_tables(store) == linked


@pytest.mark.parametrize("chunk_rows", [1, 40, 100_000])
def test_recluster_streams_in_chunks_and_equals_clustering_every_record_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk_rows: int
) -> None:
    monkeypatch.setattr(incident_link, "_CHUNK_ROWS", chunk_rows)
    rng = random.Random(chunk_rows)
    records = [r for i in range(150) for r in article(rng, f"w{i}", days=90, n=rng.randint(1, 5))]
    with open_store(tmp_path / "events.duckdb") as store:
        add_records(store, records)
        stats = recluster_stats(store)
        stored = [json.loads(r[0]) for r in store.fetch("SELECT record FROM incidents ORDER BY id")]
        factual = stored_records(store)
    expected = sorted(cluster(factual), key=lambda x: x.id)
    assert stored == [inc.to_dict() for inc in expected]
    assert stats.incidents_written >= len(expected) and stats.rows_read == len(factual)
    assert stats.chunks == -(-len(factual) // chunk_rows)  # read chunk by chunk, never the store at once


def test_recluster_memory_does_not_grow_with_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Twice the days of news at the same density, arriving about as published: a chunk reaches about as
    many incidents, so about as much is held (the chunk, the incidents its dates reach, their reports).
    Per key and date window a report is compared with at most ``max_candidates`` incidents, which bounds
    what a chunk reaches in the undated and yearly periods too."""
    monkeypatch.setattr(incident_link, "_CHUNK_ROWS", 50)
    held = []
    for days in (240, 480):
        rng = random.Random(3)
        arts = sorted((article(rng, f"m{days}_{i}", days=days, n=3) for i in range(3 * days)),
                      key=lambda art: art[0]["article"]["published"])  # fmt: skip
        records = [r for art in arts for r in art]
        with open_store(tmp_path / f"{days}.duckdb") as store:
            add_records(store, records)
            stats = recluster_stats(store, max_candidates=4)
        assert stats.chunks == -(-stats.rows_read // 50) and stats.rows_read == len(records)
        assert stats.peak_held < stats.rows_read / 8
        held.append(stats.peak_held)
    assert held[1] < 1.25 * held[0]  # twice the store
