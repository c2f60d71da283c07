"""The ``incidents`` and ``incident_reports`` tables: re-clustering the stored events, and queries."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .incident_cluster import _SLACK, Incident, _bucket, _Group, _incident, _Linker, _order
from .incident_features import _ARTICLE_DATE_SPAN, _interval, _Item, _item

__all__ = [
    "INCIDENT_COLUMNS",
    "REPORT_COLUMNS",
    "LinkStats",
    "incident_stats",
    "recluster",
    "recluster_stats",
    "relink",
    "relink_stats",
    "stored_incidents",
]


INCIDENT_COLUMNS = (
    "id",
    "event_type",
    "mode",
    "quad_class",
    "date",
    "day",
    "date_precision",
    "actor_name",
    "actor_kb_id",
    "actor_country",
    "recipient_name",
    "recipient_kb_id",
    "recipient_country",
    "place_name",
    "place_country",
    "lat",
    "lon",
    "reports",
    "articles",
    "independent_outlets",
    "first_report",
    "dead",
    "injured",
    "arrested",
    "record",
)
REPORT_COLUMNS = ("incident_id", "event_id", "article_id", "position", "is_first")


def _first_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    lo, _, rank = _interval(value, "day", None)
    return dt.date.fromordinal(lo) if rank < 4 else None


# The fields of a record the clusterer reads (incident_features._item and incident_cluster._incident),
# cut out of the stored JSON by DuckDB: one small JSON object per event instead of the full record.
_FEATURES_SQL = """
SELECT e.article_id, e.quad_class, r.incident_id, json_object(
    'id', e.record->'$.id', 'event_type', e.record->'$.event_type', 'mode', e.record->'$.mode',
    'aux', json_object('negated', e.record->'$.aux.negated'),
    'actor', e.record->'$.actor', 'recipient', e.record->'$.recipient',
    'date', e.record->'$.date', 'date_precision', e.record->'$.date_precision',
    'date_source', e.record->'$.date_source', 'location', e.record->'$.location',
    'article', json_object('id', e.record->'$.article.id', 'outlet', e.record->'$.article.outlet',
                           'url', e.record->'$.article.url', 'published', e.record->'$.article.published'),
    'trigger', json_object('start', e.record->'$.trigger.start'),
    'sentence', json_object('text', e.record->'$.sentence.text'),
    'dead', e.record->'$.dead', 'injured', e.record->'$.injured', 'arrested', e.record->'$.arrested')
FROM events e LEFT JOIN incident_reports r ON r.event_id = e.id AND r.article_id = e.article_id
WHERE e.factual AND ({where}) ORDER BY e.day NULLS LAST, e.id
"""


@dataclass(slots=True)
class LinkStats:
    """What one :func:`relink` did: rows read, incidents deleted and written, categories re-clustered whole."""

    rows_read: int = 0
    peak_held: int = 0  # reports held in memory at once (a full re-clustering)
    incidents_deleted: int = 0
    incidents_written: int = 0
    whole_categories: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Rows:
    """Stored events of one category as clusterer items, with what the tables need beside them."""

    items: list[_Item] = field(default_factory=list)
    article_of: dict[str, str] = field(default_factory=dict)
    quad: dict[str, Any] = field(default_factory=dict)
    old: dict[str, str] = field(default_factory=dict)  # event id -> incident id linked now


def _read(store: Any, where: str, params: Sequence[Any]) -> dict[str, _Rows]:
    """The clusterer's fields of the factual events matching ``where``, by category."""
    out: dict[str, _Rows] = defaultdict(_Rows)
    for aid, q, iid, features in store.fetch(_FEATURES_SQL.format(where=where), list(params)):
        rec = json.loads(features)
        rows = out[str(rec.get("event_type"))]
        eid = str(rec.get("id"))
        if eid in rows.article_of:
            continue
        rows.article_of[eid] = aid
        rows.quad[eid] = q
        if iid is not None:
            rows.old[eid] = iid
        rows.items.append(_item(len(rows.items), rec))
    return out


def _table_rows(incidents: Sequence[Incident], rows: _Rows) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The ``incidents`` and ``incident_reports`` rows of ``incidents`` (their reports' articles from ``rows``)."""
    inc_rows, rep_rows = [], []
    for inc in incidents:
        a = inc.actor[0] if inc.actor else {}
        r = inc.recipient[0] if inc.recipient else {}
        loc = inc.location or {}
        inc_rows.append(
            (
                inc.id,
                inc.event_type,
                inc.mode,
                rows.quad.get(inc.first_report),
                inc.date,
                _first_day(inc.date),
                inc.date_precision,
                a.get("name"),
                a.get("kb_id"),
                a.get("country"),
                r.get("name"),
                r.get("kb_id"),
                r.get("country"),
                loc.get("name"),
                loc.get("country"),
                loc.get("lat"),
                loc.get("lon"),
                len(inc.reports),
                len(inc.articles),
                inc.independent_outlets,
                inc.first_report,
                inc.dead,
                inc.injured,
                inc.arrested,
                json.dumps(inc.to_dict(), ensure_ascii=False),
            )
        )
        for pos, eid in enumerate(inc.reports):
            rep_rows.append((inc.id, eid, rows.article_of[eid], pos, pos == 0))
    return inc_rows, rep_rows


_CHUNK_ROWS = 5_000  # a full re-clustering reads the events in date order, about this many at a time
_WRITE_ROWS = 20_000  # and writes incidents in batches of about this many reports


def _relink_category(store: Any, event_type: str, options: dict[str, Any]) -> int:
    """Cluster the factual events of one category and write their incidents (inside the caller's transaction).

    Categories never share an incident (every block key and every comparison starts with the
    category), so clustering one category alone gives exactly its incidents of a whole-store run.
    """
    store.execute(
        "DELETE FROM incident_reports WHERE incident_id IN (SELECT id FROM incidents WHERE event_type = ?)",
        [event_type],
    )
    store.execute("DELETE FROM incidents WHERE event_type = ?", [event_type])
    return _stream(store, "e.event_type = ?", [event_type], options, LinkStats())


def _stream(store: Any, where: str, params: Sequence[Any], options: dict[str, Any], stats: LinkStats) -> int:
    """Cluster the factual events matching ``where`` and write their incidents, reading them in date order.

    The events are read in runs of whole days of about ``_CHUNK_ROWS`` reports. Exactly
    :func:`cluster` per category: precise reports are fed in date order (a run's reports dated
    within two days of the next run wait for it), and an incident whose start lies more
    than ten days before every report still to come is final: it is written and forgotten. So
    memory holds a run and the days before it, not the store. Month reports are linked when their month's
    first day is read; year and undated reports (few) at the end. Only the columns the clusterer
    reads are loaded.
    """
    opts = {"slack_days": _SLACK, "max_km": None, "max_candidates": 32, **options}
    span = 7 + _ARTICLE_DATE_SPAN + opts["slack_days"]
    precise: dict[str, _Linker] = {}
    pending: dict[str, list[_Item]] = defaultdict(list)
    vague: dict[tuple[str, int, int], list[_Item]] = defaultdict(list)  # year and undated reports, by period
    rows: dict[str, _Rows] = defaultdict(_Rows)  # article and quad class of the reports not yet written
    written = 0

    out_incidents: list[tuple[Any, ...]] = []
    out_reports: list[tuple[Any, ...]] = []

    def flush() -> None:
        store.insert_rows("incidents", INCIDENT_COLUMNS, out_incidents)
        store.insert_rows("incident_reports", REPORT_COLUMNS, out_reports)
        out_incidents.clear()
        out_reports.clear()

    def write(groups: Sequence[Any]) -> None:
        nonlocal written
        by_type: dict[str, list[Incident]] = defaultdict(list)
        for g in groups:
            by_type[g.anchor.etype].append(_incident(g))
        for etype, incidents in by_type.items():
            inc_rows, rep_rows = _table_rows(incidents, rows[etype])
            out_incidents.extend(inc_rows)
            out_reports.extend(rep_rows)
            for inc in incidents:
                for eid in inc.reports:
                    del rows[etype].article_of[eid], rows[etype].quad[eid]
            written += len(incidents)
        if len(out_reports) >= _WRITE_ROWS:
            flush()

    def held() -> int:
        return sum(len(r.article_of) for r in rows.values())

    days = store.fetch(f"SELECT e.day, count(*) FROM events e WHERE e.factual AND ({where}) AND e.day IS NOT NULL"
                       " GROUP BY 1 ORDER BY 1", list(params))  # fmt: skip
    while days:
        n, k = 0, 0
        while k < len(days) and (n == 0 or n + days[k][1] <= _CHUNK_ROWS):
            n += days[k][1]
            k += 1
        day = days[0][0]
        end = days[k][0] if k < len(days) else days[-1][0] + dt.timedelta(days=1)
        days = days[k:]
        chunk = _read(store, f"({where}) AND e.day >= ? AND e.day < ?", [*params, day, end])
        stats.rows_read += sum(len(r.items) for r in chunk.values())
        months: dict[tuple[str, int], list[_Item]] = defaultdict(list)
        for etype, part in chunk.items():
            rows[etype].article_of.update(part.article_of)
            rows[etype].quad.update(part.quad)
        stats.peak_held = max(stats.peak_held, held())
        for etype, part in chunk.items():
            for it in part.items:
                if it.rank < 2:
                    pending[etype].append(it)
                elif it.rank == 2:
                    months[etype, it.lo].append(it)  # a month's reports all fall on its first day
                else:
                    vague[(etype, *_bucket(it))].append(it)
        for (etype, _), items in sorted(months.items()):
            linker = _Linker(**opts)
            for it in sorted(items, key=_order):
                linker.feed(it)
            write(linker.groups)
        ready_before = end.toordinal() - _ARTICLE_DATE_SPAN  # every later report is dated from here on
        for etype, items in pending.items():
            ready = sorted((it for it in items if it.lo < ready_before), key=_order)
            pending[etype] = [it for it in items if it.lo >= ready_before]
            linker = precise.setdefault(etype, _Linker(**opts))
            for it in ready:
                linker.feed(it)
            write(linker.close_before(ready_before - span))
        stats.peak_held = max(stats.peak_held, held())
    # undated reports, and any whose date the store could not read as a day
    for etype, part in _read(store, f"({where}) AND e.day IS NULL", list(params)).items():
        stats.rows_read += len(part.items)
        for it in part.items:
            rows[etype].article_of[it.id], rows[etype].quad[it.id] = part.article_of[it.id], part.quad[it.id]
            if it.rank < 2:  # pragma: no cover - a precise date always has its day
                pending[etype].append(it)
            else:
                vague[(etype, *_bucket(it))].append(it)
    stats.peak_held = max(stats.peak_held, held())
    for etype, items in pending.items():
        linker = precise.setdefault(etype, _Linker(**opts))
        for it in sorted(items, key=_order):
            linker.feed(it)
        write(linker.close_before(10**9))
    for key in sorted(vague, key=lambda k: (k[0], k[1], k[2])):
        linker = _Linker(**opts)
        for it in sorted(vague[key], key=_order):
            linker.feed(it)
        write(linker.groups)
    flush()
    return written


def recluster(store: Any, **options: Any) -> int:
    """Re-cluster every stored factual event into incidents; returns the incident count.

    Rewrites the ``incidents`` and ``incident_reports`` tables in one transaction, reading the
    events in date order, about 5,000 at a time, and writing each incident once it is final, so
    memory does not grow with the store. Stored event records stay exactly as coded (their
    ``incident_id`` is null): the link is ``incident_reports``, and :func:`stored_incidents`
    returns incidents with their records. ``options`` go to :func:`cluster`. ``eventwire
    incidents --recluster`` runs it on demand; the ingest runs :func:`relink` after each run.
    """
    return recluster_stats(store, **options).incidents_written


def recluster_stats(store: Any, **options: Any) -> LinkStats:
    """:func:`recluster`, returning what it read and the most reports it held at once (``peak_held``)."""
    stats = LinkStats()
    with store.transaction():
        store.execute("DELETE FROM incident_reports")
        store.execute("DELETE FROM incidents")
        stats.incidents_written = _stream(store, "TRUE", [], options, stats)
    return stats


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
        todo = list(categories)
        while todo:
            ranges = {c: _ranges(news[c], span=span, ahead=ahead[c]) for c in todo}
            conds = [(c, a, b) for c in todo for a, b in ranges[c]]
            cond = " OR ".join("(e.event_type = ? AND e.day >= ? AND e.day < ?)" for _ in conds) or "FALSE"
            recent = _read(store, cond, [x for c, a, b in conds
                                         for x in (c, dt.date.fromordinal(a), dt.date.fromordinal(b))])  # fmt: skip
            again = []
            for event_type in todo:
                new, rows = news[event_type], recent.get(event_type, _Rows())
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


def stored_incidents(store: Any, *, limit: int | None = 100, after: str | None = None, with_reports: bool = True,
                     **filters: Any) -> list[dict[str, Any]]:  # fmt: skip
    """Stored incidents (``Incident.to_dict()``) with at least one report matching ``filters``.

    ``filters`` are those of ``Store.events`` (actor, recipient, country, type, since, ...).
    Ordered by (date, id); ``after`` is the last incident id of the previous page. With
    ``with_reports`` each incident carries ``events``: the records of its reports, first first.
    """
    import json

    from .filters import EventFilter

    f = EventFilter(**filters)
    cond, params = "TRUE", list(f.params)
    if after:
        row = store.fetch("SELECT date FROM incidents WHERE id = ? LIMIT 1", [after])
        if not row:
            raise ValueError(f"after '{after}' is not a stored incident id; pass the last id of the previous page")
        cond = (
            "(i.date > ? OR (i.date = ? AND i.id > ?) OR i.date IS NULL)"
            if row[0][0] is not None
            else "(i.date IS NULL AND i.id > ?)"
        )
        params += [row[0][0], row[0][0], after] if row[0][0] is not None else [after]
    query = (
        "SELECT i.record FROM incidents i WHERE i.id IN (SELECT r.incident_id FROM incident_reports r JOIN events e"
        f" ON e.id = r.event_id AND e.article_id = r.article_id WHERE {f.where}) AND {cond}"
        " ORDER BY i.date NULLS LAST, i.id"
    )
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    out = [json.loads(r[0]) for r in store.fetch(query, params)]
    if with_reports and out:
        ids = [o["id"] for o in out]
        marks = ", ".join("?" for _ in ids)
        reports: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for iid, rec in store.fetch(
            "SELECT r.incident_id, e.record FROM incident_reports r JOIN events e ON e.id = r.event_id"
            f" AND e.article_id = r.article_id WHERE r.incident_id IN ({marks}) ORDER BY r.incident_id, r.position",
            ids,
        ):
            reports[iid].append(json.loads(rec))
        for o in out:
            o["events"] = reports.get(o["id"], [])
    return out


def incident_stats(store: Any, *, by: str, **filters: Any) -> list[dict[str, Any]]:
    """Like ``Store.stats`` but counting incidents, not reports: ``[{"key", "quad_class", "count"}]``.

    An incident counts once, under its own date, category and place, when any of its reports
    matches ``filters``.
    """
    from .filters import EventFilter

    keys = {
        "day": "strftime(i.day, '%Y-%m-%d')",
        "week": "strftime(date_trunc('week', i.day), '%Y-%m-%d')",
        "month": "strftime(i.day, '%Y-%m')",
        "category": "i.event_type",
        "dyad": "coalesce(i.actor_country, '?') || '->' || coalesce(i.recipient_country, '?')",
        "country": "coalesce(i.place_country, i.actor_country)",
        "quad_class": "CAST(i.quad_class AS VARCHAR)",
    }
    if by not in keys:
        raise ValueError(f"by '{by}' is not one of {', '.join(keys)}")
    finer = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month")}
    f = EventFilter(**filters)
    where = "TRUE"
    if by in finer:
        where = "i.date_precision IN (" + ", ".join(f"'{p}'" for p in finer[by]) + ")"
    rows = store.fetch(
        f"SELECT {keys[by]} AS k, i.quad_class AS q, count(*) AS n FROM incidents i WHERE {where} AND i.id IN"
        " (SELECT r.incident_id FROM incident_reports r JOIN events e ON e.id = r.event_id AND e.article_id = "
        "r.article_id"
        f" WHERE {f.where}) GROUP BY ALL HAVING k IS NOT NULL ORDER BY k, q",
        f.params,
    )
    out = [{"key": k, "quad_class": q, "count": n} for k, q, n in rows]
    if by == "quad_class":
        for row in out:
            row["key"] = int(row["key"])
    return out
