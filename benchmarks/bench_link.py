"""Incident linking run after run on a stored day: the cap on incidents scored per report, side by side.

    python benchmarks/bench_link.py --db day.duckdb               # a store kept by `day.py --db`
    python benchmarks/bench_link.py --db day.duckdb --chunk 5000

The store is copied twice; both copies have their incident tables emptied and their factual
reports linked again in arrival order, ``--chunk`` reports at a time (one ingest run's worth: a
day of 500 articles is about 10,000 reports), as the runs of an ingest link them. Copy A scores a
report against every incident its blocks find (``max_compared=None``: the decisions of linking
before the cap), copy B against at most ``MAX_COMPARED`` (the default). The two take turns chunk
by chunk, so a loaded machine slows both alike. Per chunk it prints each copy's seconds, the
incidents a report was scored against (mean and most), the stored incidents found and of those
the ones whose state was read, and the stored reports read again; at the end the ratio of the
times, the reports that joined a different incident in B than in A, and B's pairwise precision
and recall against A.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent


def _links(store: Any) -> dict[str, str]:
    """Each linked report -> the first report of its incident (the same incident in both copies)."""
    rows = store.fetch("SELECT r.event_id, i.first_report FROM incident_reports r"
                       " JOIN incidents i ON i.id = r.incident_id")  # fmt: skip
    return dict(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, required=True, help="a store (it is copied, never written)")
    ap.add_argument("--chunk", type=int, default=9_900, help="reports linked per run")
    args = ap.parse_args()
    if not args.db.exists():
        ap.error(f"{args.db} does not exist; keep a store with `python benchmarks/day.py --db PATH`")

    from eventwire.store import open_store
    from eventwire.store.incident_cluster import MAX_COMPARED
    from eventwire.store.incident_link import LinkStats, link
    from eventwire.store.incidents import pairwise_scores

    work = Path(tempfile.mkdtemp(prefix="eventwire-link-"))
    try:
        paths = {"A": work / "a.duckdb", "B": work / "b.duckdb"}
        for p in paths.values():
            shutil.copy(args.db, p)
        options = {"A": {"max_compared": None}, "B": {}}
        stores = {k: open_store(p) for k, p in paths.items()}
        try:
            for store in stores.values():
                with store.transaction():
                    for table in ("incident_reports", "incidents", "incident_groups", "incident_anchor_keys"):
                        store.execute(f"DELETE FROM {table}")
            arrivals = [a for (a,) in stores["A"].fetch("SELECT arrival FROM events WHERE factual ORDER BY arrival")]
            bounds = [arrivals[min(i + args.chunk, len(arrivals)) - 1] for i in range(0, len(arrivals), args.chunk)]
            print(f"{len(arrivals)} reports in {len(bounds)} runs of {args.chunk}; A: every incident found, "
                  f"B: at most {MAX_COMPARED} scored per report", flush=True)  # fmt: skip
            total = {"A": 0.0, "B": 0.0}
            for k, upto in enumerate(bounds):
                line = [f"run {k + 1:3d}:"]
                for name in ("A", "B") if k % 2 == 0 else ("B", "A"):
                    store, stats = stores[name], LinkStats()
                    t0 = time.perf_counter()
                    with store.transaction():
                        link(store, upto=upto, options=options[name], stats=stats)
                    dt = time.perf_counter() - t0
                    total[name] += dt
                    line.append(f"{name} {dt:6.2f} s, scored {stats.compared / max(stats.rows_read, 1):5.1f}/report "
                                f"(most {stats.most_compared:3d}), found {stats.groups_read:6d}, "
                                f"states read {stats.states_read:6d}, re-read {stats.members_read:5d};")  # fmt: skip
                print(" ".join(line), flush=True)
            a, b = _links(stores["A"]), _links(stores["B"])
        finally:
            for store in stores.values():
                store.close()
        changed = sum(1 for k in a if b.get(k) != a[k])
        p, r, f = pairwise_scores(b, a)
        print(f"total: A {total['A']:.1f} s, B {total['B']:.1f} s (B/A {total['B'] / max(total['A'], 1e-9):.2f})")
        print(f"reports in a different incident in B: {changed} of {len(a)} ({changed / max(len(a), 1):.2%}); "
              f"incidents A {len(set(a.values()))}, B {len(set(b.values()))}; B against A: pairwise precision "
              f"{p:.4f}, recall {r:.4f}, F1 {f:.4f}")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
