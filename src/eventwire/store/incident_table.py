"""The ``incidents`` and ``incident_reports`` tables: re-clustering the stored events, and queries."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from .incident_cluster import cluster
from .incident_features import _interval

__all__ = ["INCIDENT_COLUMNS", "REPORT_COLUMNS", "incident_stats", "recluster", "relink", "stored_incidents"]


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
SELECT e.article_id, e.quad_class, json_object(
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
FROM events e WHERE e.factual AND e.event_type = ? ORDER BY e.day NULLS LAST, e.id
"""


def _relink_category(store: Any, event_type: str, options: dict[str, Any]) -> int:
    """Cluster the factual events of one category and write their incidents (inside the caller's transaction).

    Categories never share an incident (every block key and every comparison starts with the
    category), so clustering one category alone gives exactly its incidents of a whole-store run.
    Only the columns the clusterer reads are loaded.
    """
    import json

    article_of: dict[str, str] = {}
    quad: dict[str, Any] = {}
    records = []
    for aid, q, features in store.fetch(_FEATURES_SQL, [event_type]):
        rec = json.loads(features)
        article_of[rec["id"]] = aid
        quad[rec["id"]] = q
        records.append(rec)
    incidents = cluster(records, **options)
    del records
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
                quad.get(inc.first_report),
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
            rep_rows.append((inc.id, eid, article_of[eid], pos, pos == 0))
    store.execute(
        "DELETE FROM incident_reports WHERE incident_id IN (SELECT id FROM incidents WHERE event_type = ?)",
        [event_type],
    )
    store.execute("DELETE FROM incidents WHERE event_type = ?", [event_type])
    store.insert_rows("incidents", INCIDENT_COLUMNS, inc_rows)
    store.insert_rows("incident_reports", REPORT_COLUMNS, rep_rows)
    return len(incidents)


def recluster(store: Any, **options: Any) -> int:
    """Re-cluster every stored factual event into incidents; returns the incident count.

    Rewrites the ``incidents`` and ``incident_reports`` tables in one transaction, one category at
    a time (memory grows with the largest category, not with the store). Stored event records stay
    exactly as coded (their ``incident_id`` is null): the link is ``incident_reports``, and
    :func:`stored_incidents` returns incidents with their records. ``options`` go to
    :func:`cluster`. ``eventwire incidents --recluster`` runs it on demand; the ingest runs
    :func:`relink` on the categories of each run's new articles.
    """
    categories = [r[0] for r in store.fetch("SELECT DISTINCT event_type FROM events WHERE factual ORDER BY 1")]
    n = 0
    with store.transaction():
        store.execute("DELETE FROM incident_reports")
        store.execute("DELETE FROM incidents")
        for event_type in categories:
            n += _relink_category(store, event_type, options)
    return n


def relink(store: Any, *, articles: Sequence[str] | None = None, **options: Any) -> int:
    """Re-link the incidents of the categories that new events fall in; returns the incidents written.

    New events are those of ``articles`` (article ids), or, by default, every factual event no
    incident links yet (so the reports of an interrupted run are linked by the next one). The
    result is exactly that of :func:`recluster`: incidents never span categories, and each
    touched category is clustered whole; the other categories are not read. One transaction.
    """
    if articles is not None:
        if not articles:
            return 0
        marks = ", ".join("?" for _ in articles)
        query = f"SELECT DISTINCT event_type FROM events WHERE factual AND article_id IN ({marks}) ORDER BY 1"
        params: list[Any] = list(articles)
    else:
        query = (
            "SELECT DISTINCT e.event_type FROM events e WHERE e.factual AND NOT EXISTS (SELECT 1 FROM"
            " incident_reports r WHERE r.event_id = e.id AND r.article_id = e.article_id) ORDER BY 1"
        )
        params = []
    categories = [r[0] for r in store.fetch(query, params)]
    n = 0
    with store.transaction():
        for event_type in categories:
            n += _relink_category(store, event_type, options)
    return n


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
