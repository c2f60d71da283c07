"""Aggregations the dashboard draws: map points and the actor network, computed in the store
with its own event filters (parameterised SQL), and the evidence spans of an article."""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from typing import Any

from ._network import network_counts

__all__ = ["article_spans", "map_points", "network"]

CONFLICT = (3, 4)

_MAP_SQL = """
SELECT e.place_name, e.place_country, round(e.lat, 3) AS lat, round(e.lon, 3) AS lon, e.quad_class, count(*) AS n
FROM events e WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL
GROUP BY ALL
"""

# Nodes are entities. A country's state (its government, ministers, army, police, courts,
# parliament, intelligence; or the country named alone) is one node, the country's ISO3 code;
# any other actor is its knowledge-base id, else its name. The first actor and first recipient of
# each record make its dyad. The dyad and member counts are kept per store and filter and brought
# up to date from the rows added since (``_network``); the heaviest ``max_edges`` are drawn (a
# store holds tens of thousands of dyads; the drawing shows a few dozen).
STATE_SECTORS = ("GOV", "MIL", "COP", "SPY", "JUD", "LEG")


def _entity(role: str) -> str:
    """SQL: the network node of the first ``role`` (actor or recipient) of an event."""
    sectors = ", ".join(f"'{s}'" for s in STATE_SECTORS)
    return (
        f"CASE WHEN e.{role}_country IS NOT NULL AND (e.{role}_sector IN ({sectors})"
        f" OR (e.{role}_sector IS NULL AND e.{role}_kb_id IS NULL)) THEN e.{role}_country"
        f" ELSE coalesce(e.{role}_kb_id, e.{role}_name, e.{role}_country) END"
    )


_DYADS_SQL = (
    "SELECT " + _entity("actor") + " AS a, " + _entity("recipient") + " AS b,"
    """
       count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict,
       count(*) FILTER (WHERE e.quad_class NOT IN (3, 4) OR e.quad_class IS NULL) AS cooperation
FROM events e WHERE {where}
GROUP BY a, b HAVING a IS NOT NULL AND b IS NOT NULL AND a <> b
"""
)
# What each node stands for: its names, countries and sectors with their events (either side).
_MEMBERS_SQL = """
SELECT node, name, country, sector, count(*) AS n FROM (
  SELECT {actor} AS node, e.actor_name AS name, e.actor_country AS country, e.actor_sector AS sector
  FROM events e WHERE {where}
  UNION ALL
  SELECT {recipient}, e.recipient_name, e.recipient_country, e.recipient_sector FROM events e WHERE {where}
) WHERE node IS NOT NULL GROUP BY ALL
"""


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
    """The ``max_edges`` heaviest dyads of entities as weighted edges (actor -> recipient).

    A node is an entity: a country's state actors are one node (``id`` the ISO3 code, ``kind``
    ``"country"``), any other actor its own (``kind`` ``"actor"``). Each node has its ``label``, its
    events on the drawn edges, and what it stands for: ``sectors`` and ``names`` with their event
    counts, ``sector`` the commonest. ``id`` is also a value of the ``actor`` filter.
    ``score`` is (cooperation - conflict) / count: -1 all conflict, +1 all cooperation. Edges come by
    count (then source, target); nodes by their events on them.
    """

    f = _filter(filters)
    counts = network_counts(store, f.where, list(f.params), dyads_sql=_DYADS_SQL,
                            members_sql=_MEMBERS_SQL.format(actor=_entity("actor"), recipient=_entity("recipient"),
                                                            where="{where}"))  # fmt: skip
    heaviest = heapq.nsmallest(max(0, int(max_edges)), counts.dyads.items(),
                               key=lambda kv: (-(kv[1][0] + kv[1][1]), kv[0]))  # fmt: skip
    edges, nodes = _edges_and_nodes(heaviest)
    members = (
        (key, name, country, sector, n)
        for key in nodes
        for (name, country, sector), n in sorted(counts.members.get(key, {}).items(), key=_member_order)
    )
    return _graph(edges, nodes, members)


def _edges_and_nodes(
    dyads: Iterable[tuple[tuple[str, str], tuple[int, int]]],
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The edges of ``((source, target), (conflict, cooperation))`` dyads, and their bare nodes."""
    edges = []
    nodes: dict[str, dict[str, Any]] = {}
    for (a, b), (conflict, coop) in dyads:
        n = conflict + coop
        edges.append({"source": a, "target": b, "count": n, "conflict": conflict, "cooperation": coop,
                      "score": round((coop - conflict) / n, 3)})  # fmt: skip
        for key in (a, b):
            nodes.setdefault(key, {"id": key, "label": key, "kind": "actor", "country": None, "sector": None,
                                   "sectors": {}, "names": {}, "events": 0})["events"] += n  # fmt: skip
    return edges, nodes


def _graph(
    edges: list[dict[str, Any]],
    nodes: dict[str, dict[str, Any]],
    members: Iterable[tuple[str, str | None, str | None, str | None, int]],
) -> dict[str, Any]:
    """The network from its edges, nodes and (node, name, country, sector, events) members in
    their order (commonest first): names, sectors, country, kind and label of every node."""
    from ...knowledge.countries import country_name

    for key, name, country, sector, n in members:
        node = nodes[key]
        if name:
            node["names"][name] = node["names"].get(name, 0) + n
        if sector:
            node["sectors"][sector] = node["sectors"].get(sector, 0) + n
        if country and node["country"] is None:
            node["country"] = country
    for key, node in nodes.items():
        if node["sectors"]:
            node["sector"] = max(node["sectors"].items(), key=lambda kv: (kv[1], kv[0]))[0]
        if node["country"] == key:
            node["kind"], node["label"] = "country", country_name(key) or key
        elif node["names"]:
            node["label"] = max(node["names"].items(), key=lambda kv: (kv[1], kv[0]))[0]
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["events"], n["id"])), "edges": edges}


def network_afresh(store: Any, filters: dict[str, Any], max_edges: int = 80) -> dict[str, Any]:
    """:func:`network` aggregated from every matching event at once, without the kept counts: the
    reference the kept counts are tested against, and the read they are measured beside."""
    f = _filter(filters)
    rows = store.fetch("SELECT * FROM (" + _DYADS_SQL.format(where=f.where) + f") ORDER BY conflict + cooperation"
                       f" DESC, a, b LIMIT {max_edges}", list(f.params))  # fmt: skip
    edges, nodes = _edges_and_nodes(((a, b), (conflict, coop)) for a, b, conflict, coop in rows)
    members = store.fetch(
        f"SELECT node, name, country, sector, count(*) AS n FROM (SELECT {_entity('actor')} AS node, e.actor_name AS"
        f" name, e.actor_country AS country, e.actor_sector AS sector FROM events e WHERE {f.where} UNION ALL SELECT"
        f" {_entity('recipient')}, e.recipient_name, e.recipient_country, e.recipient_sector FROM events e WHERE"
        f" {f.where}) WHERE node IN (SELECT unnest(?)) GROUP BY ALL ORDER BY node, n DESC, name",
        [*f.params, *f.params, list(nodes)],
    )
    return _graph(edges, nodes, members)


def _member_order(item: tuple[tuple[Any, Any, Any], int]) -> tuple[Any, ...]:
    """Commonest first, then by name, country and sector (a missing one last): the first country is the node's."""
    (name, country, sector), n = item
    return (-n, name is None, name or "", country is None, country or "", sector is None, sector or "")


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
