"""Aggregations the dashboard draws: map points and the actor network, computed in the store
with its own event filters (parameterised SQL), and the evidence spans of an article."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["article_spans", "map_points", "network"]

CONFLICT = (3, 4)

_MAP_SQL = """
SELECT e.place_name, e.place_country, round(e.lat, 3) AS lat, round(e.lon, 3) AS lon, e.quad_class, count(*) AS n
FROM events e WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL
GROUP BY ALL
"""

# Nodes are actors by knowledge-base id, else country, else name; the first actor and first
# recipient of each record make its dyad. The store ranks the dyads and returns only the
# heaviest ``max_edges`` (a store holds tens of thousands of dyads; the drawing shows 80).
_DYADS_SQL = """
SELECT coalesce(e.actor_kb_id, e.actor_country, e.actor_name) AS a,
       any_value(coalesce(e.actor_name, e.actor_country)) AS a_label,
       any_value(e.actor_country) AS a_country, any_value(e.actor_sector) AS a_sector,
       coalesce(e.recipient_kb_id, e.recipient_country, e.recipient_name) AS b,
       any_value(coalesce(e.recipient_name, e.recipient_country)) AS b_label,
       any_value(e.recipient_country) AS b_country, any_value(e.recipient_sector) AS b_sector,
       count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict,
       count(*) FILTER (WHERE e.quad_class NOT IN (3, 4) OR e.quad_class IS NULL) AS cooperation
FROM events e WHERE {where}
GROUP BY a, b HAVING a IS NOT NULL AND b IS NOT NULL AND a <> b
"""
_NETWORK_SQL = "SELECT * FROM (" + _DYADS_SQL + ") ORDER BY conflict + cooperation DESC, a, b LIMIT {limit}"


def _filter(filters: dict[str, Any]) -> Any:
    from ...store.filters import EventFilter

    return EventFilter(**filters)


def map_points(store: Any, filters: dict[str, Any]) -> list[dict[str, Any]]:
    """One point per located place: name, country, lat, lon, count and counts by quad class."""
    f = _filter(filters)
    df = store.sql(_MAP_SQL.format(where=f.where), list(f.params))
    points: dict[tuple[float, float], dict[str, Any]] = {}
    for name, country, lat, lon, quad, n in df.itertuples(index=False, name=None):
        key = (float(lat), float(lon))
        p = points.get(key)
        if p is None:
            p = points[key] = {"name": name, "country": country, "lat": key[0], "lon": key[1], "count": 0,
                               "quad_class": {"1": 0, "2": 0, "3": 0, "4": 0}}
        p["count"] += int(n)
        if str(quad) in p["quad_class"]:
            p["quad_class"][str(quad)] += int(n)
    return sorted(points.values(), key=lambda p: (-p["count"], p["name"] or ""))


def network(store: Any, filters: dict[str, Any], *, max_edges: int = 80) -> dict[str, Any]:
    """The ``max_edges`` heaviest dyads as weighted edges (actor -> recipient) with conflict and cooperation counts.

    ``score`` is (cooperation - conflict) / count: -1 all conflict, +1 all cooperation. Edges come by
    count (then source, target); nodes are the actors of those edges, by their events on them.
    """
    f = _filter(filters)
    rows = store.fetch(_NETWORK_SQL.format(where=f.where, limit=max(0, int(max_edges))), list(f.params))
    edges = []
    nodes: dict[str, dict[str, Any]] = {}
    for a, al, ac, asec, b, bl, bc, bsec, conflict, coop in rows:
        n = int(conflict) + int(coop)
        edges.append({"source": a, "target": b, "count": n, "conflict": int(conflict), "cooperation": int(coop),
                      "score": round((int(coop) - int(conflict)) / n, 3)})
        nodes.setdefault(a, {"id": a, "label": al or a, "country": ac, "sector": asec, "events": 0})
        nodes.setdefault(b, {"id": b, "label": bl or b, "country": bc, "sector": bsec, "events": 0})
        nodes[a]["events"] += n
        nodes[b]["events"] += n
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["events"], n["id"])), "edges": edges}


def article_spans(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The evidence of every event as spans into the article text, ordered by start."""
    spans: list[dict[str, Any]] = []
    for r in events:
        eid = r.get("id")
        for kind in ("sentence", "trigger"):
            s = r.get(kind)
            if s and s.get("start") is not None:
                spans.append({"event": eid, "kind": kind, "start": s["start"], "end": s["end"]})
        for kind in ("actor", "recipient"):
            for a in r.get(kind) or []:
                if a.get("start") is not None:
                    spans.append(
                        {
                            "event": eid,
                            "kind": kind,
                            "start": a["start"],
                            "end": a["end"],
                            "label": a.get("name") or a.get("text"),
                        }
                    )
        rb = r.get("reported_by")
        if rb and rb.get("start") is not None:
            spans.append(
                {
                    "event": eid,
                    "kind": "source",
                    "start": rb["start"],
                    "end": rb["end"],
                    "label": rb.get("name") or rb.get("text"),
                }
            )
    kinds = {"sentence": 0, "actor": 1, "recipient": 2, "trigger": 3, "source": 4}
    return sorted(spans, key=lambda s: (s["start"], -s["end"], kinds[s["kind"]]))
