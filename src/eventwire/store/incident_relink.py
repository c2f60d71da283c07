"""Incidents re-linked after new events are stored: only what the new reports can change is read
and rewritten, with exactly the result of :func:`eventwire.store.incident_table.recluster`."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from .incident_cluster import _SLACK, _bucket, _Group, _incident, _Linker, _order
from .incident_features import _ARTICLE_DATE_SPAN, _Item, _item, _keys
from .incident_table import (
    INCIDENT_COLUMNS,
    REPORT_COLUMNS,
    LinkStats,
    _features,
    _read,
    _relink_category,
    _Rows,
    _table_rows,
)

__all__ = ["relink", "relink_stats"]


def relink(store: Any, *, articles: Sequence[str] | None = None, **options: Any) -> int:
    """Link new events to incidents, exactly as :func:`recluster` would; returns the incidents written.

    New events are those of ``articles`` (article ids), or, by default, every factual event no
    incident links yet (so the reports of an interrupted run are linked by the next one). Only
    the incidents the new events can change are read and rewritten (:func:`relink_stats` says
    how). One transaction.
    """
    return relink_stats(store, articles=articles, **options).incidents_written


def relink_stats(store: Any, *, articles: Sequence[str] | None = None, **options: Any) -> LinkStats:
    """:func:`relink`, returning what it read and wrote.

    The linker works in date order and a report is only compared with the incidents begun in
    the ten days before it (:mod:`eventwire.store.incident_cluster`). So in each category the
    run resumes at each new precise report from the stored state there (the incidents begun in
    the ten days before it, with the reports they had), links on until no change can reach
    further, and rewrites only the incidents that changed (:func:`_resume`). It reads the days
    around the new reports, further only when the linking runs on: the cost follows the new
    reports and their neighbourhood, not the store. Reports dated by a month, a year or not at
    all are linked within their period, which is re-clustered alone when new reports fall in
    it. If the stored links do not fit (a store linked by an older version), the category is
    re-clustered whole.
    """
    stats = LinkStats()
    if articles is not None:
        if not articles:
            return stats
        marks = ", ".join("?" for _ in articles)
        where = f"e.article_id IN ({marks})"
        params: list[Any] = list(articles)
    else:
        where = (
            "NOT EXISTS (SELECT 1 FROM incident_reports r2 WHERE r2.event_id = e.id AND r2.article_id = e.article_id)"
        )
        params = []
    categories = [
        r[0] for r in store.fetch(f"SELECT DISTINCT e.event_type FROM events e WHERE e.factual AND {where} ORDER BY 1",
                                  params)
    ]  # fmt: skip
    span = 7 + _ARTICLE_DATE_SPAN + int(options.get("slack_days", _SLACK))  # how far back a report looks
    news = _read(store, f"e.event_type IN (SELECT unnest(?)) AND ({where})", [categories, *params])
    stats.rows_read += sum(len(r.items) for r in news.values())
    ends = dict(store.fetch("SELECT event_type, max(day) FROM events WHERE factual AND event_type IN"
                            " (SELECT unnest(?)) GROUP BY 1", [categories]))  # fmt: skip
    ahead = {c: _AHEAD_DAYS for c in categories}
    with store.transaction():
        stats.keys_written += _write_keys(store, where, params, replace=True)
        todo = list(categories)
        while todo:
            ranges = {c: _ranges(news[c], span=span, ahead=ahead[c]) for c in todo}
            again = []
            for event_type in todo:
                new = news[event_type]
                rows = _connected(store, event_type, new, ranges[event_type], span=span, stats=stats)
                stats.rows_read += len(rows.items)
                last = ends[event_type].toordinal() if ends.get(event_type) else 0
                done = _relink_incremental(store, event_type, new, rows, ranges[event_type], last, span=span,
                                           options=options, stats=stats)  # fmt: skip
                if done is None:  # the re-linking ran past what was read: read further ahead
                    ahead[event_type] *= 8
                    again.append(event_type)
                elif not done:
                    stats.rows_read += store.fetch("SELECT count(*) FROM events WHERE factual AND event_type = ?",
                                                   [event_type])[0][0]  # fmt: skip
                    stats.incidents_written += _relink_category(store, event_type, options)
                    stats.whole_categories.append(event_type)
            todo = again
    return stats


_AHEAD_DAYS = 20  # relink first reads this many days after each new report (more when linking runs on)

KEY_COLUMNS = ("event_id", "article_id", "event_type", "day", "key")

# The stored records the blocking keys of events are made of (incident_features._keys), cut in Python
# (see incident_table._FEATURES_SQL).
_KEYS_SQL = """
SELECT e.id, e.article_id, e.event_type, e.day, e.record FROM events e WHERE e.factual AND ({where})
"""


def _write_keys(store: Any, where: str, params: Sequence[Any], *, replace: bool) -> int:
    """Write the ``incident_keys`` rows of the factual events matching ``where`` (alias ``e``); returns the
    events keyed. ``replace``: their stored keys are deleted first (the events may have been coded again);
    otherwise ``where`` should select events that have none."""
    rows: list[tuple[Any, ...]] = []
    events: list[tuple[str, str]] = []
    for eid, aid, category, day, record in store.fetch(_KEYS_SQL.format(where=where), list(params)):
        it = _item(0, _features(json.loads(record)))
        rows += [(eid, aid, category, day, key) for key in _keys(it)]
        events.append((eid, aid))
    if replace and events:
        store.execute("DELETE FROM incident_keys WHERE event_id IN (SELECT unnest(?)) AND article_id IN"
                      " (SELECT unnest(?))", [[e for e, _ in events], sorted({a for _, a in events})])  # fmt: skip
    store.insert_rows("incident_keys", KEY_COLUMNS, rows)
    return len(events)


def _connected(store: Any, event_type: str, new: _Rows, ranges: list[tuple[int, int]], *, span: int,
               stats: LinkStats) -> _Rows:  # fmt: skip
    """The category's reports in ``ranges`` (day ordinals ``[from, to)``) connected to the new precise
    reports, with their current incidents.

    A report is only compared with the groups begun by a report sharing a blocking key with it and
    dated at most ``span`` days from it (:class:`eventwire.store.incident_cluster._Linker`). So every
    group, and every choice between groups (the candidates of a key are such groups too), lies
    within one set of reports connected by that relation: linking such a set alone gives its
    incidents exactly as linking it with the rest. The set is found over the keys alone (event,
    day, key), from the new reports out; only its reports are read. Reports of the days that lack
    keys (a store of an older version) get them first.
    """
    if not ranges:
        return _Rows()
    days = [x for a, b in ranges for x in (dt.date.fromordinal(a), dt.date.fromordinal(b))]

    def within(alias: str) -> str:
        spans = " OR ".join(f"({alias}.day >= ? AND {alias}.day < ?)" for _ in ranges)
        return f"{alias}.event_type = ? AND ({spans})"

    stats.keys_written += _write_keys(
        store, f"{within('e')} AND NOT EXISTS (SELECT 1 FROM (SELECT DISTINCT event_id, article_id FROM incident_keys k"
        f" WHERE {within('k')}) k WHERE k.event_id = e.id AND k.article_id = e.article_id)",
        [event_type, *days, event_type, *days], replace=False)  # fmt: skip
    index: dict[tuple[str, str], int] = {}  # (event, article) -> its number here
    by_key: dict[str, list[tuple[int, int]]] = defaultdict(list)  # key -> (day, event number)
    for eid, aid, day, keys in store.fetch(f"SELECT event_id, article_id, day, list(key) FROM incident_keys k"
                                           f" WHERE {within('k')} GROUP BY ALL", [event_type, *days]):  # fmt: skip
        n = index.setdefault((eid, aid), len(index))
        for key in keys:
            by_key[key].append((day.toordinal(), n))
    parent = list(range(len(index)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # reports with a key in common are connected when their days are this close (a report's day is up
    # to _ARTICLE_DATE_SPAN days after the start of its date interval): for each key, runs of days
    reach = span + _ARTICLE_DATE_SPAN
    for entries in by_key.values():
        entries.sort()
        for (d0, n0), (d1, n1) in zip(entries, entries[1:]):
            if d1 - d0 <= reach:
                parent[root(n1)] = root(n0)
    del by_key
    roots = {root(index[e]) for e in {(it.id, new.article_of[it.id]) for it in new.items if it.rank < 2} if e in index}
    seen = [e for e, n in index.items() if root(n) in roots]
    ids = sorted({eid for eid, _ in seen})
    return _read(store, f"{within('e')} AND e.id IN (SELECT unnest(?))", [event_type, *days, ids]).get(
        event_type, _Rows()
    )


def _ranges(new: _Rows, *, span: int, ahead: int) -> list[tuple[int, int]]:
    """Day ranges ``[from, to)`` to read around the new precise reports: ``2 * span`` days before
    each (to restore the incidents begun there) and ``ahead`` days after it, merged."""
    out: list[list[int]] = []
    for lo in sorted({it.lo for it in new.items if it.rank < 2}):
        a, b = lo - 2 * span, lo + _ARTICLE_DATE_SPAN + 1 + ahead  # a report's day is up to 2 days after its start
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _relink_incremental(store: Any, event_type: str, new: _Rows, rows: _Rows, ranges: list[tuple[int, int]],
                        last: int, *, span: int, options: dict[str, Any], stats: LinkStats) -> bool | None:  # fmt: skip
    """Re-link what ``new`` events can change in one category; False (and nothing written) when the
    stored links do not fit, None when the linking ran past the ``ranges`` of days read.

    ``rows`` are the category's reports in ``ranges`` (day ordinals ``[from, to)``); ``last`` its
    last day.
    """
    new_ids = set(new.article_of)
    opts = {"slack_days": _SLACK, "max_km": None, "max_candidates": 32, **options}
    groups: list[_Group] = []
    replaced: set[str] = set()
    if ranges:
        resumed = _resume(rows, new_ids, ranges=ranges, last=last, span=span, options=opts, replaced=replaced)
        if resumed is None or resumed == "short":
            return None if resumed == "short" else False
        groups += resumed
    for rank, lo in sorted({_bucket(it) for it in new.items if it.rank >= 2}):
        if rank == 2:
            where, params = "e.day = ? AND length(e.date) = 7", [dt.date.fromordinal(lo)]
        elif rank == 3:
            where, params = "(e.day = ? AND length(e.date) NOT IN (7, 10)) OR e.day IS NULL", [dt.date.fromordinal(lo)]
        else:
            where, params = "e.day IS NULL", []
        part = _read(store, f"e.event_type = ? AND ({where})", [event_type, *params]).get(event_type, _Rows())
        linker = _Linker(**opts)
        for it in sorted((it for it in part.items if _bucket(it) == (rank, lo)), key=_order):
            rows.article_of[it.id], rows.quad[it.id] = part.article_of[it.id], part.quad[it.id]
            linker.feed(it)
            if it.id in part.old:
                replaced.add(part.old[it.id])
        groups += linker.groups
        stats.rows_read += len(part.items)
    replaced |= {new.old[e] for e in new_ids if e in new.old}
    incidents = [_incident(g) for g in groups]
    linked = {rid for inc in incidents for rid in inc.reports}
    if not new_ids <= linked:
        return False
    ids = sorted(replaced)
    if ids:
        members = store.fetch("SELECT DISTINCT event_id FROM incident_reports WHERE incident_id IN (SELECT unnest(?))",
                              [ids])  # fmt: skip
        if any(m not in linked for (m,) in members):
            return False  # an incident replaced here has reports this run did not link: the links are stale
    clash = store.fetch("SELECT id FROM incidents WHERE id IN (SELECT unnest(?))", [[inc.id for inc in incidents]])
    if any(iid not in replaced for (iid,) in clash):
        return False  # a stored incident this run would write again without its reports: the links are stale
    for eid in new_ids:
        rows.article_of.setdefault(eid, new.article_of[eid])
        rows.quad.setdefault(eid, new.quad[eid])
    inc_rows, rep_rows = _table_rows(incidents, rows)
    if ids:
        store.execute("DELETE FROM incident_reports WHERE incident_id IN (SELECT unnest(?))", [ids])
        store.execute("DELETE FROM incidents WHERE id IN (SELECT unnest(?))", [ids])
    store.insert_rows("incidents", INCIDENT_COLUMNS, inc_rows)
    store.insert_rows("incident_reports", REPORT_COLUMNS, rep_rows)
    stats.incidents_deleted += len(ids)
    stats.incidents_written += len(incidents)
    return True


def _resume(rows: _Rows, new_ids: set[str], *, ranges: list[tuple[int, int]], last: int, span: int,
            options: dict[str, Any], replaced: set[str]) -> list[_Group] | str | None:  # fmt: skip
    """The precise linker of one category resumed at each new report; returns the groups that changed.

    ``rows`` holds the category's precise reports in ``ranges`` (each begins ``2 * span`` days
    before a new report), with their current incidents. The state before a new report is that of
    the stored run: the groups begun in the ``span`` days before it are restored with their
    members before it, in the order they were linked (earlier groups can take no later report).
    Then the reports are linked again in order, noting where a report goes elsewhere than it went
    before (its group and its former incident have changed). Once every new report so far is
    linked and no changed group begun within ``span`` days of the next report is left, the rest
    links as before up to the next new report, where the same starts again. Adds the incidents
    it replaces to ``replaced``. Returns "short" when linking must go past a range read, None
    when the stored links do not fit this picture.
    """
    items = sorted((it for it in rows.items if it.rank < 2), key=_order)
    by_incident: dict[str, list[_Item]] = defaultdict(list)
    for it in items:
        if it.id not in new_ids:
            iid = rows.old.get(it.id)
            if iid is None:
                return None  # an old report no incident links
            by_incident[iid].append(it)
    anchor_of = {iid: members[0] for iid, members in by_incident.items()}  # first read: the start if in range
    pos = {it.id: j for j, it in enumerate(items)}
    out: list[_Group] = []
    k = 0
    while True:
        nxt = next((j for j in range(k, len(items)) if items[j].id in new_ids), None)
        if nxt is None:
            return out
        # resume where the stored run is exact (k) or later: at the first report dated like the new one
        k = max(k, next(j for j in range(len(items)) if items[j].lo >= items[nxt].lo))
        start = items[k].lo
        range_end = next(b for a, b in ranges if a + 2 * span <= items[nxt].lo < b)
        linker = _Linker(**options)
        seeds = []
        for iid, members in by_incident.items():
            anchor = members[0]
            if anchor.lo >= start - span and pos[anchor.id] < k:
                seeds.append((iid, [m for m in members if pos[m.id] < k]))
            elif start - 2 * span <= anchor.lo < start - span and pos[members[-1].id] >= k:
                return None  # a final incident with a report the resumed run links again
        key: dict[int, str] = {}  # group -> the stored incident it is so far, report for report
        for iid, members in sorted(seeds, key=lambda s: _order(s[1][0])):
            key[linker.seed(members)] = iid
        changed: set[int] = set()  # groups whose reports differ from their stored incident's
        gone: set[str] = set()  # stored incidents whose reports went elsewhere
        changed_until = start - span - 1  # the latest start of a changed group or incident
        while k < len(items):
            it = items[k]
            if k > nxt and it.id not in new_ids and it.lo - span > changed_until:
                break  # every group a later report can join is as stored, up to the next new report
            if it.lo >= range_end - _ARTICLE_DATE_SPAN and range_end <= last:
                # reports dated from here on may not all have been read: stop if none can change
                if range_end - _ARTICLE_DATE_SPAN - span > changed_until:
                    break
                return "short"
            gi = linker.feed(it)
            old = rows.old.get(it.id) if it.id not in new_ids else None
            if linker.groups[gi].anchor is it and old is not None and anchor_of.get(old) is it:
                key[gi] = old  # began the group it began before
            elif old is None or key.get(gi) != old:
                changed.add(gi)
                changed_until = max(changed_until, linker.groups[gi].anchor.lo)
                if old is not None:
                    gone.add(old)
                    changed_until = max(changed_until, anchor_of[old].lo)
            if it.id in new_ids:
                changed_until = max(changed_until, it.lo)
            k += 1
        if k == len(items) and range_end <= last and range_end - _ARTICLE_DATE_SPAN - span <= changed_until:
            return "short"
        out += [g for gi, g in enumerate(linker.groups) if gi in changed or key.get(gi) in gone]
        replaced |= gone | {key[gi] for gi in changed if gi in key}
