"""Incident linking after an ingest, a full re-clustering, and the network read, on a store of synthetic events.

    python benchmarks/bench_relink.py --events 100000            # builds the store once, then measures
    python benchmarks/bench_relink.py --events 10000 --db s.duckdb

The store is filled through the bulk API (``Store.insert_rows`` with ``rows.event_row``) with the
synthetic records of ``bench_incidents.synthetic`` (16 categories, 1,500 actors, 400 places, a year
of dates, 1-6 reports per happening); no text is coded. Then 10 new articles (5 events each, dated
in the last week of the store) are added and, each step in its own process (peak RSS is the
process's own high-water mark, ``VmHWM``):

* ``relink``: what the ingest runs: the new reports, in the order they arrived, each compared with
  the incidents its keys and date window reach (restored from the store), only the incidents they
  join or begin written;
* ``recluster``: ``eventwire incidents --recluster``, replaying every report in arrival order,
  5,000 at a time;
* ``ingest``: 10 generated articles (``benchmarks/corpus.py``) dated at the store's last day are
  coded, then written one transaction each (``Store.write_analysis``, as ``eventwire ingest``) and
  linked (``relink``); the time beyond coding is writing plus linking.

Network: ``GET /v1/network``'s answer, p50 of 15 runs: ``afresh`` aggregates every event in the
store (the query it ran before), ``kept`` the counts kept per store (after a first read, and with
the 50 new events added since); both answers are compared.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
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
    """``articles`` new articles of ``per_article`` events each, copied from the 2,000 latest stored events."""
    from eventwire.store import open_store

    with open_store(db) as store:
        return _add(store, articles=articles, per_article=per_article, seed=seed)


def _add(store: Any, *, articles: int, per_article: int, seed: int) -> list[str]:
    from eventwire.store.rows import EVENT_COLUMNS, event_row

    rng = random.Random(seed)
    pool = [json.loads(r[0]) for r in store.fetch(
        "SELECT record FROM events WHERE date_precision = 'day' AND factual ORDER BY day DESC, id LIMIT 2000"
    )]  # fmt: skip
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


def _peak_mb() -> float:
    """This process's own peak RSS (``VmHWM``; ``ru_maxrss`` would include the parent's before exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # pragma: no cover - not Linux


def _ingest(store: Any) -> dict[str, Any]:
    """Code 10 generated articles dated at the store's last day, then write and link them as the ingest does."""
    from corpus import iter_corpus

    from eventwire.coding.coder import default_coder
    from eventwire.store.incidents import relink
    from eventwire.text.article import Article

    last = store.fetch("SELECT max(day) FROM events")[0][0]
    seed = int(time.time())
    arts = [Article.from_text(a.text, source=f"bench:{seed}:{i}", published=last, outlet="bench")
            for i, a in enumerate(iter_corpus(10, seed=seed))]  # fmt: skip
    t0 = time.perf_counter()
    analyses = list(default_coder().code_articles(arts))
    coding = time.perf_counter() - t0
    t0 = time.perf_counter()
    for analysis in analyses:
        store.write_analysis(analysis)
    writing = time.perf_counter() - t0
    t0 = time.perf_counter()
    relink(store)
    linking = time.perf_counter() - t0
    return {"seconds": writing + linking, "coding": coding, "writing": writing, "linking": linking,
            "events": sum(len(a.events) for a in analyses)}  # fmt: skip


def step(name: str, db: Path, articles: list[str]) -> dict[str, Any]:
    """One measured step, run in this process; prints its seconds and peak RSS as JSON."""
    from eventwire.store import open_store
    from eventwire.store.incident_link import recluster_stats
    from eventwire.store.incident_relink import relink_stats

    extra: dict[str, Any] = {}
    with open_store(db) as store:
        t0 = time.perf_counter()
        if name == "relink":
            stats = relink_stats(store, articles=articles)
            extra = {"rows_read": stats.rows_read, "groups_read": stats.groups_read,
                     "members_read": stats.members_read, "replaced": stats.incidents_deleted}  # fmt: skip
        elif name == "recluster":
            stats = recluster_stats(store)
            extra = {"peak_held": stats.peak_held, "rows_read": stats.rows_read, "chunks": stats.chunks}
        else:
            extra = _ingest(store)
        secs = extra.pop("seconds", time.perf_counter() - t0)
    return {"step": name, "seconds": secs, "peak_mb": _peak_mb(), **extra}


def network_p50(db: Path, runs: int = 15) -> dict[str, Any]:
    """The network read: aggregating afresh and with kept counts, p50 of ``runs`` each, side by side."""
    from eventwire.serve.api._views import network, network_afresh
    from eventwire.store import open_store

    out: dict[str, Any] = {}
    with open_store(db) as store:
        t0 = time.perf_counter()
        network(store, {})
        out["first kept read"] = time.perf_counter() - t0
        fresh, kept = [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            a = network_afresh(store, {}, 80)
            fresh.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            b = network(store, {})
            kept.append(time.perf_counter() - t0)
        out["afresh p50"], out["kept p50"], out["equal"] = statistics.median(fresh), statistics.median(kept), a == b
        _add(store, articles=10, per_article=5, seed=int(time.time()) + 1)
        t0 = time.perf_counter()
        b = network(store, {})
        out["kept, 50 events added"] = time.perf_counter() - t0
        out["equal after"] = b == network_afresh(store, {}, 80)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--step", choices=("relink", "recluster", "ingest"), help=argparse.SUPPRESS)
    ap.add_argument("--articles", nargs="*", default=[], help=argparse.SUPPRESS)
    args = ap.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"eventwire-bench-relink-{args.events}.duckdb"
    if args.step:
        print(json.dumps(step(args.step, db, args.articles)))
        return
    if not db.exists():
        t0 = time.perf_counter()
        build(db, args.events)
        print(f"built {db} with {args.events} events in {time.perf_counter() - t0:.1f} s")
    with_ids = add_articles(db, seed=int(time.time()))
    print(f"added {len(with_ids)} articles of 5 events")
    for name in ("relink", "recluster", "ingest"):
        cmd = [sys.executable, __file__, "--db", str(db), "--step", name, "--articles", *with_ids]
        r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        more = {
            "relink": lambda: f"  ({r['rows_read']} new reports, {r['groups_read']} incidents compared, "
                              f"{r['members_read']} stored reports read again, {r['replaced']} incidents replaced)",
            "recluster": lambda: f"  ({r['chunks']} chunks; at most {r['peak_held']} reports and incidents held"
                                 f" at once of {r['rows_read']} reports)",
            "ingest": lambda: f"  (writing {r['writing']:.2f} s + linking {r['linking']:.2f} s of {r['events']} events;"
                              f" coding {r['coding']:.1f} s not counted)",
        }.get(name, lambda: "")()  # fmt: skip
        print(f"{name:>10}: {r['seconds']:7.2f} s  peak RSS {r['peak_mb']:7.0f} MB{more}")
    net = network_p50(db)
    print(f"network afresh: p50 {net['afresh p50'] * 1000:.1f} ms; kept counts: p50 {net['kept p50'] * 1000:.1f} ms"
          f" (first read {net['first kept read'] * 1000:.0f} ms, after 50 events added"
          f" {net['kept, 50 events added'] * 1000:.1f} ms); answers equal: {net['equal']} and {net['equal after']}")

if __name__ == "__main__":
    main()
