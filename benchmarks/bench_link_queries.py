"""Incident linking's two store reads as the store grows: the single queries they replaced, side by side.

    python benchmarks/bench_link_queries.py --db day.duckdb                  # a store kept by `day.py --db`
    python benchmarks/bench_link_queries.py --db day.duckdb --copies 0,3 --repeat 5

The store (e.g. ``python benchmarks/day.py --articles 2000 --runs 4 --db day.duckdb``) is copied to a
temporary file and never written. In the copy the last ``--run`` factual reports (9,900: one ingest
run of about 500 articles) are left unlinked, as a run finds them, and the first ``--incidents`` (by
id) of the incidents the run grew are picked: those its reports had joined that hold earlier reports.
The stored events are then grown to ``1 + c`` times the store for each ``c`` of ``--copies``: every
copy of an event gets a new id and article id and an earlier arrival (stored before the run), and its
links are copied too (the copies of the run's reports are linked to a placeholder incident), so the
run's unlinked reports and the picked incidents' reports stay the same whatever the size. At each
size, read as a run finds the store (a fresh read-only connection), the best of ``--repeat`` of each,
taking turns:

* new reports: ``_NEW_SQL`` before this change (one anti-join query that read the record of every
  stored event) against ``_UNLINKED_SQL`` then ``_NEW_SQL`` (the arrivals first, then only their records);
* grown incidents' reports: ``_MEMBERS_SQL`` before this change (a join of ``incident_reports`` and
  ``events``) against ``_MEMBER_IDS_SQL`` then ``_MEMBERS_SQL`` (the ids first, then the records by id).

The current queries are imported from :mod:`eventwire.store.incident_link` and used as ``link`` uses
them; each pair is checked to return the same rows. One line per size and read: the events stored, the
rows read, both times and their ratio (current/old).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

# ``_NEW_SQL`` before fb0c8c0: the next unlinked factual reports, with their records, in one query.
OLD_NEW_SQL = """
SELECT e.arrival, e.article_id, e.quad_class, e.record FROM events e
WHERE e.factual AND e.arrival > ? AND e.arrival <= ?
  AND NOT EXISTS (SELECT 1 FROM incident_reports r WHERE r.event_id = e.id AND r.article_id = e.article_id)
ORDER BY e.arrival LIMIT ?
"""

# ``_MEMBERS_SQL`` before 131a3e0: the reports of the incidents a chunk grew, joined in one query.
OLD_MEMBERS_SQL = """
SELECT r.incident_id, e.arrival, e.article_id, e.quad_class, e.record
FROM incident_reports r JOIN events e ON e.id = r.event_id AND e.article_id = r.article_id
WHERE r.incident_id IN (SELECT unnest(?)) ORDER BY e.arrival
"""

_UPTO = 2**62  # what ``link`` reads up to when no ``upto`` is given
_MARK = "#c"  # the id suffix of a copy (``#c1``, ``#c2``, ...)


def _columns(con: Any, table: str) -> list[str]:
    return [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                                      " ORDER BY ordinal_position", [table]).fetchall()]  # fmt: skip


def prepare(con: Any, *, run: int, incidents: int, most: int) -> tuple[list[str], int, int]:
    """Unlink the last ``run`` factual reports and make room for ``most`` copies before the stored events.

    The incidents the run grew are those its reports joined that hold earlier reports: their first
    ``incidents`` by id are returned (what a run reads again), with the span and the events stored. The
    stored arrivals are moved up by ``most`` spans (the span: the highest arrival), so that copy ``k``
    arrives ``k`` spans earlier: every copy is stored before the run."""
    con.execute("CREATE TEMP TABLE run AS SELECT id, article_id FROM events WHERE factual"
                " ORDER BY arrival DESC LIMIT ?", [run])  # fmt: skip
    rows = con.execute("""
        SELECT incident_id FROM (SELECT r.incident_id, u.id IS NOT NULL AS in_run FROM incident_reports r
                                 LEFT JOIN run u ON u.id = r.event_id AND u.article_id = r.article_id)
        GROUP BY 1 HAVING bool_or(in_run) AND bool_or(NOT in_run) ORDER BY 1 LIMIT ?""", [incidents]).fetchall()
    con.execute("DELETE FROM incident_reports r USING run u WHERE r.event_id = u.id AND r.article_id = u.article_id")
    con.execute("DROP TABLE run")
    span, base = con.execute("SELECT max(arrival), count(*) FROM events").fetchone()
    con.execute("UPDATE events SET arrival = arrival + ?", [span * most])
    return [r[0] for r in rows], span, base


def grow(con: Any, *, copies: int, span: int, base: int) -> int:
    """Copy the ``base`` stored events (and their links) until the store holds ``1 + copies`` times them.

    Copy ``k`` has ids and article ids marked ``#ck`` and arrives ``k`` spans before its original.
    Returns the events stored."""
    ecols, rcols = _columns(con, "events"), _columns(con, "incident_reports")
    have = con.execute("SELECT count(*) FROM events").fetchone()[0]
    while have < base * (copies + 1):
        k = have // base
        mark = f"'{_MARK}{k}'"
        sub = {"id": f"id || {mark}", "article_id": f"article_id || {mark}", "arrival": f"arrival - {span * k}"}
        sel = ", ".join(sub.get(c, f'"{c}"') for c in ecols)
        con.execute(f"INSERT INTO events SELECT {sel} FROM events WHERE NOT contains(id, '{_MARK}')")
        rsub = {c: f"{c} || {mark}" for c in ("incident_id", "event_id", "article_id")}
        rsel = ", ".join(rsub.get(c, f'"{c}"') for c in rcols)
        con.execute(f"INSERT INTO incident_reports SELECT {rsel} FROM incident_reports"
                    f" WHERE NOT contains(event_id, '{_MARK}')")  # fmt: skip
        # the copy's own copy of the run is linked (to a placeholder incident): only the original run is new
        con.execute(f"""INSERT INTO incident_reports (incident_id, event_id, article_id, position, is_first)
                        SELECT 'run' || {mark}, e.id, e.article_id, 0, true FROM events e
                        WHERE e.factual AND ends_with(e.id, {mark}) AND NOT EXISTS (SELECT 1 FROM incident_reports r
                              WHERE r.event_id = e.id AND r.article_id = e.article_id)""")  # fmt: skip
        have = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.execute("CHECKPOINT")
    return have


def new_reports_old(con: Any, *, chunk: int) -> list[tuple]:
    return con.execute(OLD_NEW_SQL, [0, _UPTO, chunk]).fetchall()


def new_reports_now(con: Any, *, chunk: int) -> list[tuple]:
    """The first chunk's reports as ``link`` reads them: arrivals, then their records."""
    from eventwire.store.incident_link import _NEW_SQL, _UNLINKED_SQL

    arrivals = [a for (a,) in con.execute(_UNLINKED_SQL, [0, _UPTO, chunk]).fetchall()]
    return con.execute(_NEW_SQL, [arrivals[0], arrivals[-1], arrivals]).fetchall() if arrivals else []


def members_old(con: Any, *, ids: Sequence[str]) -> list[tuple]:
    return con.execute(OLD_MEMBERS_SQL, [list(ids)]).fetchall()


def members_now(con: Any, *, ids: Sequence[str]) -> list[tuple]:
    """The incidents' reports as ``_link_chunk`` reads them (ids, then records by id), as the old rows."""
    from eventwire.store.incident_link import _MEMBER_IDS_SQL, _MEMBERS_SQL

    incident_by_report = {(eid, aid): iid for iid, eid, aid in con.execute(_MEMBER_IDS_SQL, [list(ids)]).fetchall()}
    rows = con.execute(_MEMBERS_SQL, [sorted({e for e, _a in incident_by_report})]).fetchall()
    return [(incident_by_report[(eid, aid)], arrival, aid, q, record)
            for eid, arrival, aid, q, record in rows if (eid, aid) in incident_by_report]  # fmt: skip


def best_of(calls: dict[str, Callable[[], list[tuple]]], *, repeat: int) -> dict[str, tuple[float, list[tuple]]]:
    """Each call's best seconds of ``repeat`` (taking turns, so a loaded machine slows all alike) and its rows."""
    out: dict[str, tuple[float, list[tuple]]] = {}
    for _ in range(repeat):
        for name, call in calls.items():
            t0 = time.perf_counter()
            rows = call()
            dt = time.perf_counter() - t0
            out[name] = (min(dt, out[name][0]) if name in out else dt, rows)
    return out


def measure(db: Path, *, copies: Sequence[int], repeat: int = 3, run: int = 9_900, incidents: int = 1_000,
            chunk: int | None = None, say: Callable[[str], None] = print) -> list[dict[str, Any]]:  # fmt: skip
    """Copy ``db`` to a temporary file and time both reads at each size; one dict per size and read."""
    import duckdb

    from eventwire.store.incident_link import _CHUNK_ROWS

    chunk = chunk or _CHUNK_ROWS
    work = Path(tempfile.mkdtemp(prefix="eventwire-linkq-"))
    out: list[dict[str, Any]] = []
    try:
        path = work / "store.duckdb"
        shutil.copy(db, path)
        con = duckdb.connect(str(path))
        try:
            ids, span, base = prepare(con, run=run, incidents=incidents, most=max(copies))
        finally:
            con.close()
        for c in sorted(copies):
            con = duckdb.connect(str(path))
            try:
                events = grow(con, copies=c, span=span, base=base)
            finally:
                con.close()
            con = duckdb.connect(str(path), read_only=True)  # as a run finds the store: a fresh connection
            try:
                reads = {
                    "new reports": ({"old": lambda: new_reports_old(con, chunk=chunk),
                                     "now": lambda: new_reports_now(con, chunk=chunk)},
                                    "one anti-join", "arrivals then records"),
                    f"reports of {len(ids)} incidents": ({"old": lambda: members_old(con, ids=ids),
                                                          "now": lambda: members_now(con, ids=ids)},
                                                         "one join", "ids then records"),
                }  # fmt: skip
                for read, (calls, old_name, now_name) in reads.items():
                    got = best_of(calls, repeat=repeat)
                    (t_old, rows_old), (t_now, rows_now) = got["old"], got["now"]
                    row = {"events": events, "read": read, "rows": len(rows_old), "same": rows_old == rows_now,
                           "old": t_old, "now": t_now, "ratio": t_now / max(t_old, 1e-9)}  # fmt: skip
                    out.append(row)
                    same = "same rows" if row["same"] else "DIFFERENT"
                    say(f"{events:8d} events, {read}: {row['rows']} rows ({same});"
                        f" {old_name} {t_old:.3f} s, {now_name} {t_now:.3f} s, now/old {row['ratio']:.2f}"
                        f" (best of {repeat})")  # fmt: skip
            finally:
                con.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, required=True, help="a store (it is copied, never written)")
    ap.add_argument("--copies", default="0,1,3,7", help="the sizes: copies of the stored events added, comma-separated")
    ap.add_argument("--repeat", type=int, default=3, help="timings of each query per size (the best is printed)")
    ap.add_argument("--run", type=int, default=9_900, help="the last factual reports left unlinked (one run)")
    ap.add_argument("--incidents", type=int, default=1_000, help="incidents whose reports are read (grown ones)")
    args = ap.parse_args()
    if not args.db.exists():
        ap.error(f"{args.db} does not exist; keep a store with `python benchmarks/day.py --db PATH`")
    try:
        copies = [int(c) for c in args.copies.split(",") if c.strip()]
    except ValueError:
        ap.error(f"--copies takes whole numbers separated by commas, not {args.copies!r}")
    if not copies or min(copies) < 0:
        ap.error("--copies needs at least one size, none negative")
    if args.repeat < 1 or args.run < 1 or args.incidents < 1:
        ap.error("--repeat, --run and --incidents take a number of 1 or more")
    rows = measure(args.db, copies=copies, repeat=args.repeat, run=args.run, incidents=args.incidents,
                   say=lambda line: print(line, flush=True))  # fmt: skip
    if not all(r["same"] for r in rows):
        sys.exit("the old and current queries returned different rows")


if __name__ == "__main__":
    main()
