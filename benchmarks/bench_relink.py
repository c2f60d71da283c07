"""Incident linking after an ingest, and the network read, on a store of synthetic events.

    python benchmarks/bench_relink.py --events 100000            # builds /tmp store once, then measures
    python benchmarks/bench_relink.py --events 10000 --db s.duckdb

The store is filled through the bulk API (``Store.insert_rows`` with ``rows.event_row``) with the
synthetic records of ``bench_incidents.synthetic`` (16 categories, 1,500 actors, 400 places, a year
of dates, 1-6 reports per happening); no text is coded. Then 10 new articles (5 events each, dated
in the last week of the store) are added and, each step in its own process (peak RSS is per step):

* ``relink``: what the ingest now runs: in each category of the new events the linker resumes at
  the earliest new report, reading and replacing only the incidents from ten days before it;
* ``categories``: what the ingest ran before that: the categories of the new events clustered whole
  (fields cut out by SQL);
* ``recluster``: ``eventwire incidents --recluster`` (category by category);
* ``before``: the first version, loading every stored record's JSON and clustering all.

Network: ``GET /v1/network``'s aggregation, p50 of 15 runs, the query before and now, same answer.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))


def build(db: Path, n: int) -> None:
    from bench_incidents import synthetic

    from eventwire.store import open_store
    from eventwire.store.incidents import recluster
    from eventwire.store.rows import EVENT_COLUMNS, event_row

    records = synthetic(n)
    with open_store(db) as store, store.transaction():
        rows = []
        for rec in records:
            rec.pop("_gold", None)
            rows.append(event_row(rec, rec["article"]["id"]))
            if len(rows) == 20_000:
                store.insert_rows("events", EVENT_COLUMNS, rows)
                rows = []
        store.insert_rows("events", EVENT_COLUMNS, rows)
    with open_store(db) as store:
        recluster(store)


def add_articles(db: Path, *, articles: int = 10, per_article: int = 5, seed: int = 1) -> list[str]:
    """``articles`` new articles of ``per_article`` events each, copied from stored events of the last week."""
    from eventwire.store import open_store
    from eventwire.store.rows import EVENT_COLUMNS, event_row

    rng = random.Random(seed)
    with open_store(db) as store:
        pool = [json.loads(r[0]) for r in store.fetch(
            "SELECT record FROM events WHERE date_precision = 'day' AND day >= (SELECT max(day) - 7 FROM events)"
            " ORDER BY id LIMIT 2000")]  # fmt: skip
        ids, rows = [], []
        for a in range(articles):
            aid = f"new{seed}_{a}"
            ids.append(aid)
            for k in range(per_article):
                rec = dict(rng.choice(pool))
                rec["id"] = f"{aid}_{k}"
                rec["article"] = {**rec["article"], "id": aid, "outlet": f"newoutlet{a}"}
                rows.append(event_row(rec, aid))
        with store.transaction():
            store.insert_rows("events", EVENT_COLUMNS, rows)
    return ids


def step(name: str, db: Path, articles: list[str]) -> dict[str, Any]:
    """One measured step, run in this process; prints its seconds and peak RSS as JSON."""
    from eventwire.store import open_store
    from eventwire.store.incident_table import _relink_category, relink_stats
    from eventwire.store.incidents import cluster, recluster

    extra: dict[str, Any] = {}
    with open_store(db) as store:
        t0 = time.perf_counter()
        if name == "relink":
            stats = relink_stats(store, articles=articles)
            extra = {"rows_read": stats.rows_read, "replaced": stats.incidents_deleted,
                     "whole": len(stats.whole_categories)}  # fmt: skip
        elif name == "categories":
            marks = ", ".join("?" for _ in articles)
            with store.transaction():
                for (etype,) in store.fetch(
                    f"SELECT DISTINCT event_type FROM events WHERE factual AND article_id IN ({marks})", articles
                ):
                    _relink_category(store, etype, {})
        elif name == "recluster":
            recluster(store)
        else:  # before: every record's JSON, one clustering of all
            cluster([json.loads(r[0]) for r in store.fetch("SELECT record FROM events WHERE factual")])
        secs = time.perf_counter() - t0
    return {"step": name, "seconds": secs, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            **extra}


def _network_before(store: Any, max_edges: int = 80) -> dict[str, Any]:
    """The former ``network``: every dyad aggregated into a data frame, ranked in Python."""
    from eventwire.serve.api._views import _DYADS_SQL

    df = store.sql(_DYADS_SQL.format(where="e.factual"), [])
    edges, nodes = [], {}
    for a, al, ac, asec, b, bl, bc, bsec, conflict, coop in df.itertuples(index=False, name=None):
        n = int(conflict) + int(coop)
        edges.append({"source": a, "target": b, "count": n, "conflict": int(conflict), "cooperation": int(coop),
                      "score": round((int(coop) - int(conflict)) / n, 3)})
        nodes.setdefault(a, {"id": a, "events": 0})
        nodes.setdefault(b, {"id": b, "events": 0})
    kept = sorted(edges, key=lambda e: (-e["count"], e["source"], e["target"]))[:max_edges]
    for e in kept:
        nodes[e["source"]]["events"] += e["count"]
        nodes[e["target"]]["events"] += e["count"]
    used = {e["source"] for e in kept} | {e["target"] for e in kept}
    return {"nodes": sorted((nodes[k] for k in used), key=lambda n: (-n["events"], n["id"])), "edges": kept}


def network_p50(db: Path, runs: int = 15) -> dict[str, Any]:
    from eventwire.serve.api._views import network
    from eventwire.store import open_store

    out: dict[str, Any] = {}
    with open_store(db, read_only=True) as store:
        for label, fn in (("before", _network_before), ("now", lambda s: network(s, {}))):
            times = []
            for _ in range(runs):
                t0 = time.perf_counter()
                answer = fn(store)
                times.append(time.perf_counter() - t0)
            out[label] = (statistics.median(times), answer)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--step", choices=("relink", "categories", "recluster", "before"), help=argparse.SUPPRESS)
    ap.add_argument("--articles", nargs="*", default=[], help=argparse.SUPPRESS)
    ap.add_argument("--skip-before", action="store_true", help="do not time the former whole-store clustering")
    args = ap.parse_args()
    db = args.db or Path(f"/tmp/eventwire-bench-relink-{args.events}.duckdb")
    if args.step:
        print(json.dumps(step(args.step, db, args.articles)))
        return
    if not db.exists():
        t0 = time.perf_counter()
        build(db, args.events)
        print(f"built {db} with {args.events} events in {time.perf_counter() - t0:.1f} s")
    articles = add_articles(db, seed=int(time.time()))
    print(f"added {len(articles)} articles of 5 events")
    steps = ["relink", "categories", "recluster"] + ([] if args.skip_before else ["before"])
    for name in steps:
        cmd = [sys.executable, __file__, "--db", str(db), "--step", name, "--articles", *articles]
        r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        more = f"  ({r['rows_read']} rows read, {r['replaced']} incidents replaced)" if name == "relink" else ""
        print(f"{name:>10}: {r['seconds']:7.2f} s  peak RSS {r['peak_mb']:7.0f} MB{more}")
    net = network_p50(db)
    for label, (secs, _) in net.items():
        print(f"network {label:>6}: p50 {secs * 1000:7.1f} ms")
    before, now = net["before"][1], net["now"][1]
    same = before["edges"] == now["edges"] and [(n["id"], n["events"]) for n in before["nodes"]] == [
        (n["id"], n["events"]) for n in now["nodes"]
    ]
    print(f"network answers equal (edges, nodes and their counts): {same}")


if __name__ == "__main__":
    main()
