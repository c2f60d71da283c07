"""Linking stored reports into incidents in the order they arrive (``events.arrival``).

The unlinked factual events are read in arrival order, ``_CHUNK_ROWS`` at a time. For each
chunk, the incidents its reports can be compared with are found in the store: per key and date
window of a report (:func:`eventwire.store.incident_cluster._window`), the ``max_candidates``
latest-begun incidents there, as ``incident_anchor_keys`` indexes them. Each is put back in the
linker with its first day and report count only; its row in ``incident_groups`` (the linker's
state: first report's date, actors, recipients, modes, places; no event record is read for it)
is parsed the first time a report is scored against it, and a report is scored against at most
``max_compared`` of them (:class:`eventwire.store.incident_cluster._Linker`). The chunk's reports
are fed to the linker in arrival order; each joins one incident or begins one. Then only the
incidents that changed are written: their reports' records are read again for the summary, their
rows replaced. ``incident_anchor_keys`` keeps per key and first day only the ``max_candidates``
latest-begun incidents, the only ones a later window can take there, so finding the candidates
reads a bounded number of rows per key and day whatever the store holds. Stored links never
change, so linking the new reports of a run and linking every report again from an empty store
give the same incidents by construction; memory holds one chunk and the incidents it reaches, not
the store.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..gc_pause import collection_paused
from .incident_cluster import (
    _SLACK,
    MAX_CANDIDATES,
    MAX_COMPARED,
    Incident,
    _Group,
    _incident,
    _index_keys,
    _Linker,
    _report_order,
    _window,
)
from .incident_features import _Item, _item
from .incident_table import INCIDENT_COLUMNS, REPORT_COLUMNS, _features, _Rows, _table_rows

__all__ = ["LinkStats", "link", "recluster", "recluster_stats"]

_CHUNK_ROWS = 12_000  # unlinked reports read and linked at a time (an ingest run of 500 articles brings about 10,000)

GROUP_COLUMNS = ("seq", "incident_id", "event_type", "reports", "state")
ANCHOR_KEY_COLUMNS = ("seq", "key", "lo")

# The next unlinked factual reports in arrival order: their arrivals first, then their records (cut to the
# linker's fields in Python). Asked in one query, DuckDB read the record of every stored event before the
# anti-join left the unlinked ones (0.36 s per run at 38,000 events, growing with the store); the arrivals
# alone read narrow columns, and the records are read only in the row groups of the chunk's arrivals.
_UNLINKED_SQL = """
SELECT e.arrival FROM events e
WHERE e.factual AND e.arrival > ? AND e.arrival <= ?
  AND NOT EXISTS (SELECT 1 FROM incident_reports r WHERE r.event_id = e.id AND r.article_id = e.article_id)
ORDER BY e.arrival LIMIT ?
"""
_NEW_SQL = """
SELECT e.arrival, e.article_id, e.quad_class, e.record FROM events e
WHERE e.arrival BETWEEN ? AND ? AND e.arrival IN (SELECT unnest(?)) ORDER BY e.arrival
"""

# Per (key, window): the incidents the linker compares first, latest first day and latest begun first,
# with the key and first day they are found under there.
_CANDIDATES_SQL = """
SELECT DISTINCT seq, key, lo FROM (
  SELECT k.seq, k.key, k.lo,
         row_number() OVER (PARTITION BY w.key, w.lo, w.hi ORDER BY k.lo DESC, k.seq DESC) AS n
  FROM (SELECT unnest(?) AS key, unnest(?) AS lo, unnest(?) AS hi) w
  JOIN incident_anchor_keys k ON k.key = w.key AND k.lo BETWEEN w.lo AND w.hi
) WHERE n <= ?
"""

# Per (key, first day) only the max_candidates latest-begun incidents can ever be compared again: any window
# reaching that day reaches them, and they rank first there. The rest are dropped, so the candidates query
# reads a bounded number of rows per key and day, however many incidents the store holds.
_OUTRANKED_SQL = """
DELETE FROM incident_anchor_keys k USING (
  SELECT seq, key FROM (
    SELECT k.seq, k.key, row_number() OVER (PARTITION BY k.key, k.lo ORDER BY k.seq DESC) AS n
    FROM (SELECT unnest(?) AS key, unnest(?) AS lo) w JOIN incident_anchor_keys k ON k.key = w.key AND k.lo = w.lo
  ) WHERE n > ?
) d
WHERE k.seq = d.seq AND k.key = d.key
"""

# The reports of the incidents a chunk grew, in two steps: their ids from incident_reports, then their records.
# Joined in one query, DuckDB read every stored event's record to probe the join (a cost that grew with the
# store, 0.3 s per run at 40,000 events); filtered by id, it reads only the records of the rows that match.
_MEMBER_IDS_SQL = """
SELECT incident_id, event_id, article_id FROM incident_reports WHERE incident_id IN (SELECT unnest(?))
"""
_MEMBERS_SQL = """
SELECT e.id, e.arrival, e.article_id, e.quad_class, e.record FROM events e
WHERE e.id IN (SELECT unnest(?)) ORDER BY e.arrival
"""


@dataclass(slots=True)
class LinkStats:
    """What one linking did: reports linked, chunks, incidents restored, records read, incidents replaced."""

    rows_read: int = 0  # new reports read and linked
    chunks: int = 0  # chunks of at most _CHUNK_ROWS new reports
    groups_read: int = 0  # stored incidents found to compare new reports with
    states_read: int = 0  # of those, the ones a new report was scored against (their state parsed)
    members_read: int = 0  # stored reports read again to rewrite the incidents they are in
    peak_held: int = 0  # the most reports and restored incidents held at once
    compared: int = 0  # incidents scored against a new report, summed over the new reports
    most_compared: int = 0  # the most incidents one new report was scored against
    incidents_deleted: int = 0
    incidents_written: int = 0


def link(store: Any, *, upto: int | None = None, options: dict[str, Any] | None = None,
         stats: LinkStats | None = None) -> LinkStats:  # fmt: skip
    """Link every unlinked factual report (up to arrival ``upto``) in arrival order; the caller owns the transaction.

    ``options`` go to the linker (``slack_days``, ``max_km``, ``max_candidates``, ``max_compared``). The store
    keeps ``max_candidates`` incidents per key and day as candidates: a later link with a larger value finds
    no more than that until ``eventwire incidents --recluster``.
    """
    opts = {"slack_days": _SLACK, "max_km": None, "max_candidates": MAX_CANDIDATES, "max_compared": MAX_COMPARED,
            **(options or {})}  # fmt: skip
    stats = stats or LinkStats()
    after = 0
    while True:
        arrivals = [a for (a,) in store.fetch(_UNLINKED_SQL, [after, upto if upto is not None else 2**62,
                                                               _CHUNK_ROWS])]  # fmt: skip
        if not arrivals:
            return stats
        rows = store.fetch(_NEW_SQL, [arrivals[0], arrivals[-1], arrivals])
        after = rows[-1][0]
        stats.chunks += 1
        with collection_paused():  # a chunk holds 10^5 to 10^6 objects: the collector runs once after
            _link_chunk(store, rows, opts, stats)


def recluster(store: Any, **options: Any) -> int:
    """Link every stored factual report into incidents again; returns the incident count.

    Empties the incident tables and links the reports in the order they arrived
    (:func:`link`), about 12,000 at a time, in one transaction: memory
    holds a chunk and the incidents it reaches, not the store, and the result is what linking
    each ingest run's reports in turn gave. Stored event records stay exactly as coded (their
    ``incident_id`` is null): the link is ``incident_reports``, and :func:`stored_incidents`
    returns incidents with their records. ``options`` go to the linker
    (:func:`eventwire.store.incident_cluster.cluster`). ``eventwire incidents --recluster`` runs
    it on demand; the ingest runs :func:`eventwire.store.incident_relink.relink` after each run.
    """
    return recluster_stats(store, **options).incidents_written


def recluster_stats(store: Any, **options: Any) -> LinkStats:
    """:func:`recluster`, returning its :class:`LinkStats` (chunks, peak held)."""
    with store.transaction():
        for table in ("incident_reports", "incidents", "incident_groups", "incident_anchor_keys"):
            store.execute(f"DELETE FROM {table}")
        return link(store, options=options)


def _state(g: _Group, keys: Sequence[str]) -> str:
    a = g.anchor
    return json.dumps(
        {
            "a": [a.etype, a.negated, a.rank, a.lo, a.hi],
            "k": list(keys),
            "ac": g.actors,
            "rc": g.recipients,
            "m": sorted(g.modes),
            "p": [[p.loc_country, p.lat, p.lon, p.loc_prec] for p in g.places],
        },
        ensure_ascii=False,
    )


def _stub(seq: int, *, etype: str = "", negated: bool = False, rank: int = 4, lo: int = 1, hi: int = 0,
          place: Sequence[Any] = (None, None, None, None)) -> _Item:  # fmt: skip
    """An item carrying only what a restored group's anchor or places are compared by."""
    country, lat, lon, prec = place
    return _Item(idx=seq, id="", etype=etype, mode=None, negated=negated, actors=[], recipients=[], lo=lo, hi=hi,
                 rank=rank, lat=lat, lon=lon, loc_country=country, loc_prec=prec, article="", outlet="",
                 published="", pos=0, sentence="", size={}, raw={})  # fmt: skip


def _restored(seq: int, lo: int, reports: int) -> _Group:
    """A group as stored, before its state is read: what ranks it among the candidates (first day, reports)."""
    return _Group(anchor=_stub(seq, lo=lo), members=[], count=reports, seq=seq)


def _fill(g: _Group, state: str) -> list[str]:
    """Read a restored group's stored state into it (what a report is scored against); returns its keys."""
    s = json.loads(state)
    a = g.anchor  # the stub _restored made: completed in place
    a.etype, a.negated, a.rank, a.lo, a.hi = s["a"]
    g.actors = [tuple(x) for x in s["ac"]]
    g.recipients = [tuple(x) for x in s["rc"]]
    g.modes = set(s["m"])
    g.places = [_stub(g.seq, place=p) for p in s["p"]]
    return s["k"]


def _stale(incident_id: str) -> None:
    raise ValueError(f"incident {incident_id} is stored, but not as the linker left it (its links were edited);"
                     " run `eventwire incidents --recluster` to link every report again")


def _link_chunk(store: Any, rows: Sequence[tuple[Any, ...]], opts: dict[str, Any], stats: LinkStats) -> None:
    # each report's stored article and quad class by its arrival (unique, where an event id may repeat across
    # articles, even inside one chunk)
    article_of: dict[int, str] = {}
    quad_of: dict[int, Any] = {}
    items: list[_Item] = []
    for arrival, aid, q, record in rows:
        it = _item(int(arrival), _features(json.loads(record)))
        article_of[it.idx], quad_of[it.idx] = aid, q
        items.append(it)
    stats.rows_read += len(items)

    windows = sorted({(key, *_window(it, slack=opts["slack_days"])) for it in items for key in _index_keys(it)})
    found = store.fetch(_CANDIDATES_SQL, [[w[0] for w in windows], [w[1] for w in windows], [w[2] for w in windows],
                                          opts["max_candidates"]])  # fmt: skip
    linker = _Linker(**opts)
    incident_of: dict[int, str] = {}  # restored group index -> its stored incident id
    keys_of: dict[int, list[str]] = {}  # restored group seq -> every key it is found under (once its state is read)
    if found:
        under: dict[int, tuple[int, list[str]]] = {}  # seq -> its first day, the keys the chunk found it under
        for seq, key, lo in found:
            under.setdefault(seq, (lo, []))[1].append(key)
        rows = store.fetch("SELECT seq, incident_id, reports, state FROM incident_groups WHERE seq IN"
                           " (SELECT unnest(?)) ORDER BY seq", [list(under)])  # fmt: skip
        restored_groups: list[tuple[_Group, list[str]]] = []
        for seq, _iid, reports, state in rows:
            lo, keys = under[seq]
            g = _restored(seq, lo, reports)
            g.fill = lambda g, state=state: keys_of.__setitem__(g.seq, _fill(g, state))
            restored_groups.append((g, keys))
        first = linker.restore_all(restored_groups)
        for i, row in enumerate(rows):
            incident_of[first + i] = row[1]
    restored = len(linker.groups)
    stats.groups_read += restored
    stats.peak_held = max(stats.peak_held, len(items) + restored)

    touched = sorted({linker.feed(it) for it in items})
    stats.compared += linker.compared
    stats.states_read += len(keys_of)
    stats.most_compared = max(stats.most_compared, linker.most_compared)
    old = [incident_of[gi] for gi in touched if gi < restored]
    members: dict[str, list[_Item]] = {iid: [] for iid in old}
    if old:
        incident_by_report = {(eid, aid): iid for iid, eid, aid in store.fetch(_MEMBER_IDS_SQL, [old])}
        for eid, arrival, aid, q, record in store.fetch(_MEMBERS_SQL, [sorted({e for e, _a in incident_by_report})]):
            iid = incident_by_report.get((eid, aid))
            if iid is None:  # an event of the same id in another article
                continue
            it = _item(int(arrival), _features(json.loads(record)))
            members[iid].append(it)
            article_of[it.idx], quad_of[it.idx] = aid, q
        reread = sum(len(m) for m in members.values())
        stats.members_read += reread
        stats.peak_held = max(stats.peak_held, len(items) + restored + reread)

    incidents: list[Incident] = []
    tables = _Rows()
    group_rows: list[tuple[Any, ...]] = []
    key_rows: list[tuple[Any, ...]] = []
    for gi in touched:
        g = linker.groups[gi]
        whole = _Group(anchor=g.anchor, members=(members[incident_of[gi]] if gi < restored else []) + g.members)
        if len(whole.members) != g.count:
            _stale(incident_of[gi])
        inc = _incident(whole)
        incidents.append(inc)
        order = _report_order(whole.members)
        tables.articles[inc.id] = [article_of[it.idx] for it in order]
        tables.quad[inc.id] = quad_of[order[0].idx]
        keys = keys_of[g.seq] if gi < restored else _index_keys(g.anchor)
        group_rows.append((g.seq, inc.id, g.anchor.etype, g.count, _state(g, keys)))
        if gi >= restored:
            key_rows += [(g.seq, key, g.anchor.lo) for key in keys]
    if old:  # before the clash check: a grown incident may keep its id
        store.execute("DELETE FROM incident_reports WHERE incident_id IN (SELECT unnest(?))", [old])
        store.execute("DELETE FROM incidents WHERE id IN (SELECT unnest(?))", [old])
        store.execute("DELETE FROM incident_groups WHERE seq IN (SELECT unnest(?))",
                      [[linker.groups[gi].seq for gi in touched if gi < restored]])  # fmt: skip
    clash = store.fetch("SELECT id FROM incidents WHERE id IN (SELECT unnest(?))", [[inc.id for inc in incidents]])
    if clash:
        _stale(clash[0][0])
    inc_rows, rep_rows = _table_rows(incidents, tables)
    store.insert_rows("incidents", INCIDENT_COLUMNS, inc_rows)
    store.insert_rows("incident_reports", REPORT_COLUMNS, rep_rows)
    store.insert_rows("incident_groups", GROUP_COLUMNS, group_rows)
    store.insert_rows("incident_anchor_keys", ANCHOR_KEY_COLUMNS, key_rows)
    if key_rows:
        days = sorted({(key, lo) for _seq, key, lo in key_rows})
        store.execute(_OUTRANKED_SQL, [[k for k, _ in days], [lo for _, lo in days], opts["max_candidates"]])
    stats.incidents_deleted += len(old)
    stats.incidents_written += len(incidents)
