"""The ``incidents`` and ``incident_reports`` tables: their rows, and queries (linking is in :mod:`.incident_link`)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .incident_cluster import Incident
from .incident_features import _interval

__all__ = [
    "INCIDENT_COLUMNS",
    "REPORT_COLUMNS",
    "incident_stats",
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


# The fields the linker reads are cut out of a stored record in Python (:func:`_features`): DuckDB's
# JSON functions, one call per field, took about 60 kB of memory and 60 us per event (600 MB for
# 10,000 events), parsing the whole record once in Python about a tenth of that.


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
class _Rows:
    """What the tables need beside the incidents, per incident id: the stored article of each report (in the
    order of ``Incident.reports``; one event id may be stored under several articles) and the first report's
    quad class."""

    articles: dict[str, list[str]] = field(default_factory=dict)
    quad: dict[str, Any] = field(default_factory=dict)


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
                rows.quad.get(inc.id),
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
        for pos, (eid, aid) in enumerate(zip(inc.reports, rows.articles[inc.id], strict=True)):
            rep_rows.append((inc.id, eid, aid, pos, pos == 0))
    return inc_rows, rep_rows


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
