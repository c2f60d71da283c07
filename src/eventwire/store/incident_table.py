"""The ``incidents`` and ``incident_reports`` tables: re-clustering the stored events, and queries."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .incident_cluster import _SLACK, Incident, _bucket, _incident, _Linker, _order
from .incident_features import _ARTICLE_DATE_SPAN, _interval, _Item, _item

__all__ = [
    "INCIDENT_COLUMNS",
    "REPORT_COLUMNS",
    "LinkStats",
    "incident_stats",
    "recluster",
    "recluster_stats",
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


# The stored records of the matching factual events, with their current incident. The fields the
# clusterer reads are cut out in Python (:func:`_features`): DuckDB's JSON functions, one call per
# field, took about 60 kB of memory and 60 us per event (600 MB for 10,000 events), parsing the
# whole record once in Python about a tenth of that.
_FEATURES_SQL = """
SELECT e.article_id, e.quad_class, r.incident_id, e.record
FROM events e LEFT JOIN incident_reports r ON r.event_id = e.id AND r.article_id = e.article_id
WHERE e.factual AND ({where}) ORDER BY e.day NULLS LAST, e.id
"""


def _features(record: dict[str, Any]) -> dict[str, Any]:
    """The fields of a record the clusterer reads (incident_features._item and incident_cluster._incident)."""
    art = record.get("article") or {}
    return {
        "id": record.get("id"), "event_type": record.get("event_type"), "mode": record.get("mode"),
        "aux": {"negated": (record.get("aux") or {}).get("negated")},
        "actor": record.get("actor"), "recipient": record.get("recipient"),
        "date": record.get("date"), "date_precision": record.get("date_precision"),
        "date_source": record.get("date_source"), "location": record.get("location"),
        "article": {"id": art.get("id"), "outlet": art.get("outlet"), "url": art.get("url"),
                    "published": art.get("published")},
        "trigger": {"start": (record.get("trigger") or {}).get("start")},
        "sentence": {"text": (record.get("sentence") or {}).get("text")},
        "dead": record.get("dead"), "injured": record.get("injured"), "arrested": record.get("arrested"),
    }  # fmt: skip


@dataclass(slots=True)
class LinkStats:
    """What one :func:`relink` did: rows read, incidents deleted and written, categories re-clustered whole."""

    rows_read: int = 0
    peak_held: int = 0  # reports held in memory at once (a full re-clustering)
    incidents_deleted: int = 0
    incidents_written: int = 0
    keys_written: int = 0  # events whose blocking keys were written (the new ones, and older ones lacking them)
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
    for aid, q, iid, record in store.fetch(_FEATURES_SQL.format(where=where), list(params)):
        rec = _features(json.loads(record))
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
    incidents --recluster`` runs it on demand; the ingest runs
    :func:`eventwire.store.incident_relink.relink` after each run.
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
