"""Incidents: one happening, many reports.

Counting reports instead of events inflates event data: ten outlets covering one abduction are
one incident, not ten. ``cluster(events)`` links event records (``Event`` or the JSON dict of
``Event.to_dict()``) from any number of articles into :class:`Incident` objects, each with its
reports, its first report and its count of independent outlets. Within one article, a headline
and its lead collapse the same way.

Two reports are the same incident when

* they have the same PLOVER category (and the same negation; modes must agree when both are set);
* their actors are compatible: the same knowledge-base id, or, for an actor the knowledge base
  does not know, the same country and sector family ("an Iraqi militia" fits Kataib Hezbollah);
  the same for recipients; a side nobody named fits anything;
* their places are compatible: the same country, and within a distance that depends on the
  coarser precision (60 km between cities, 250 km for a province, any distance inside one
  country when only the country is known);
* their modes do not decide alone (one outlet's "bombing" is another's "attack"), but an equal
  mode counts as evidence;
* their dates overlap, each date taken as the interval its precision allows ("2014" is the
  whole year, a week is seven days, a date that is only the publication date covers the two
  days before it), with one day of slack;
* and the evidence is specific enough: two of (actor match, recipient match, a place finer
  than a country, the same mode) must hold, with a knowledge-base match counting for two.

Cost. Events are blocked by category and by actor key (knowledge-base id, country, sector
family), sorted by date once, and each event is compared only with the incidents of its blocks
whose anchor date lies in its window (a bisection on a sorted list), at most ``max_candidates``
per block. Sorting dominates: O(n log n). Events with a coarse date (month, year, none) are
placed after the precise ones and join the best incident they fit, so a vague "in 2014" cannot
chain unrelated reports together; an incident's date stays the one of its most precise report.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from ..record import Event

__all__ = ["Incident", "assign", "cluster", "pairwise_scores"]

# sectors that describe the same kind of armed non-state actor in different dictionaries
_SECTOR_FAMILY = {"REB": "ARMED", "UAF": "ARMED", "PRM": "ARMED", "INS": "ARMED", "SEP": "ARMED", "MIL": "MIL",
                  "GOV": "GOV", "LEG": "GOV", "EXE": "GOV", "JUD": "GOV", "COP": "COP", "SPY": "COP"}
_FINE = {"day": 0, "week": 1}
_PLACE_KM = {("city", "city"): 60.0, ("admin1", "city"): 250.0, ("admin1", "admin1"): 150.0}
_ARTICLE_DATE_SPAN = 2  # an event dated only by its article's publication date may be up to 2 days older
_SLACK = 1


@dataclass(slots=True)
class Incident:
    """One happening and every report of it."""

    id: str
    event_type: str
    mode: str | None
    actor: list[dict[str, Any]]
    recipient: list[dict[str, Any]]
    date: str | None
    date_precision: str | None
    location: dict[str, Any] | None
    reports: list[str]  # event ids, first report first, then by date and article
    articles: list[str]
    outlets: list[str]
    first_report: str  # event id of the earliest published report
    independent_outlets: int  # outlets, counting syndicated copies (same sentence) once
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    size_conflicts: dict[str, list[int]] = field(default_factory=dict)  # unit -> the differing figures

    @property
    def report_count(self) -> int:
        return len(self.reports)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_type": self.event_type,
            "mode": self.mode,
            "actor": self.actor,
            "recipient": self.recipient,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location,
            "reports": list(self.reports),
            "report_count": len(self.reports),
            "articles": list(self.articles),
            "outlets": list(self.outlets),
            "first_report": self.first_report,
            "independent_outlets": self.independent_outlets,
            "dead": self.dead,
            "injured": self.injured,
            "arrested": self.arrested,
            "size_conflicts": dict(self.size_conflicts),
        }


# ---------------------------------------------------------------------------------- features
@dataclass(slots=True)
class _Item:
    idx: int
    id: str
    etype: str
    mode: str | None
    negated: bool
    actors: list[tuple[str | None, str | None, str | None]]  # (kb_id, country, sector family)
    recipients: list[tuple[str | None, str | None, str | None]]
    lo: int  # date interval as day ordinals; lo > hi means no date
    hi: int
    rank: int  # date precision rank: 0 day, 1 week, 2 month, 3 year, 4 none
    lat: float | None
    lon: float | None
    loc_country: str | None
    loc_prec: str | None
    article: str
    outlet: str
    published: str
    pos: int
    sentence: str
    size: dict[str, int]
    raw: dict[str, Any]


def _as_dict(e: Event | dict[str, Any]) -> dict[str, Any]:
    return e.to_dict() if isinstance(e, Event) else e


def _sides(actors: Sequence[dict[str, Any]] | None) -> list[tuple[str | None, str | None, str | None]]:
    out = []
    for a in actors or []:
        sector = a.get("sector")
        out.append((a.get("kb_id"), a.get("country"), _SECTOR_FAMILY.get(sector or "", sector)))
    return out


def _interval(date: str | None, precision: str | None, source: str | None) -> tuple[int, int, int]:
    if not date:
        return 1, 0, 4
    try:
        if len(date) == 10:
            d = dt.date.fromisoformat(date).toordinal()
            if precision == "week":
                return d, d + 6, 1
            if source == "article":
                return d - _ARTICLE_DATE_SPAN, d, 0
            return d, d, 0
        if len(date) == 7:
            y, m = int(date[:4]), int(date[5:7])
            first = dt.date(y, m, 1)
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return first.toordinal(), nxt.toordinal() - 1, 2
        y = int(date[:4])
        return dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal(), 3
    except ValueError:
        return 1, 0, 4


def _outlet(art: dict[str, Any]) -> str:
    if art.get("outlet"):
        return str(art["outlet"]).strip().lower()
    if art.get("url"):
        host = urlparse(str(art["url"])).netloc.lower()
        if host:
            return host[4:] if host.startswith("www.") else host
    return f"article:{art.get('id') or ''}"


_WS = re.compile(r"\W+")


def _item(i: int, d: dict[str, Any]) -> _Item:
    art = d.get("article") or {}
    loc = d.get("location") or {}
    lo, hi, rank = _interval(d.get("date"), d.get("date_precision"), d.get("date_source"))
    trig = d.get("trigger") or {}
    return _Item(
        idx=i, id=str(d.get("id")), etype=str(d.get("event_type")), mode=d.get("mode"),
        negated=bool((d.get("aux") or {}).get("negated")),
        actors=_sides(d.get("actor")), recipients=_sides(d.get("recipient")),
        lo=lo, hi=hi, rank=rank,
        lat=loc.get("lat"), lon=loc.get("lon"), loc_country=loc.get("country"), loc_prec=loc.get("precision"),
        article=str(art.get("id") or ""), outlet=_outlet(art), published=str(art.get("published") or "9999"),
        pos=int(trig.get("start") or 0),
        sentence=_WS.sub(" ", str((d.get("sentence") or {}).get("text") or "")).strip().lower(),
        size={k: int(d[k]) for k in ("dead", "injured", "arrested") if d.get(k) is not None},
        raw=d,
    )


def _keys(it: _Item) -> list[str]:
    keys: set[str] = set()
    for side, sides in (("a", it.actors), ("r", it.recipients)):
        for kb, country, fam in sides:
            if kb:
                keys.add(f"{side}k:{kb}")
            if country:
                keys.add(f"{side}c:{country}")
            if fam:
                keys.add(f"{side}s:{fam}")
    keys.add(f"l:{it.loc_country or '-'}")  # reports naming no one still meet by place
    return [f"{it.etype}|{k}" for k in sorted(keys)]


# ---------------------------------------------------------------------------------- matching
def _side_score(
    xs: list[tuple[str | None, str | None, str | None]],
    ys: list[tuple[str | None, str | None, str | None]],
    *,
    lenient: bool = False,
) -> float:
    """2 same kb id, 1.5 same country and sector, 1 one of them shared, 0 one side unnamed, -1 conflict.

    ``lenient`` (for recipients, which outlets describe in many ways: "students", "a school",
    "the town") makes a different sector in the same country neutral instead of a conflict.
    """
    xs = [x for x in xs if any(x)]
    ys = [y for y in ys if any(y)]
    if not xs or not ys:
        return 0
    best = -1
    for kx, cx, sx in xs:
        for ky, cy, sy in ys:
            if kx and ky:
                s = 2 if kx == ky else -1
            elif cx and cy and cx != cy:
                s = -1
            elif sx and sy and sx != sy:
                s = 0 if lenient and cx and cx == cy else -1
            elif cx and cy and sx and sy:
                s = 1.5
            elif (cx and cy) or (sx and sy):
                s = 1
            else:
                s = 0
            best = max(best, s)
    return best


def _km(a: _Item, b: _Item) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _place_score(a: _Item, b: _Item, *, max_km: float | None) -> int:
    """1 same specific place, 0 compatible or unknown, -1 conflict."""
    if a.loc_country and b.loc_country and a.loc_country != b.loc_country:
        return -1
    fine = ("city", "admin1")
    if a.loc_prec in fine and b.loc_prec in fine and a.lat is not None and b.lat is not None:
        pair = tuple(sorted((a.loc_prec, b.loc_prec)))
        limit = max_km if max_km is not None else _PLACE_KM[pair]  # type: ignore[index]
        return 1 if _km(a, b) <= limit else -1
    return 0


def _dates_fit(a: _Item, b: _Item, slack: int) -> bool:
    if a.rank == 4 or b.rank == 4:
        return True
    return a.lo <= b.hi + slack and b.lo <= a.hi + slack


def _score(g: _Group, b: _Item, *, slack: int, max_km: float | None) -> float | None:
    """Evidence that report b belongs to incident g, or None when it cannot.

    Dates are checked against the incident's anchor (its earliest precise report), so an
    incident cannot drift in time; actors, recipients, modes and places against the union of
    what its reports said, so a report naming only the victims still meets one naming only
    the attackers.
    """
    a = g.anchor
    if a.etype != b.etype or a.negated != b.negated:
        return None
    if not _dates_fit(a, b, slack):
        return None
    pls = [_place_score(p, b, max_km=max_km) for p in g.places] or [0]
    pl = max(pls)
    if pl < 0:
        return None
    ac = _side_score(g.actors, b.actors)
    rc = _side_score(g.recipients, b.recipients, lenient=True)
    if ac < 0 or rc < 0:
        return None
    total = ac + rc + pl + (1 if b.mode and b.mode in g.modes else 0)
    return total if total >= 2 else None


# ---------------------------------------------------------------------------------- clustering
@dataclass(slots=True)
class _Group:
    anchor: _Item
    members: list[_Item]
    actors: list[tuple[str | None, str | None, str | None]] = field(default_factory=list)
    recipients: list[tuple[str | None, str | None, str | None]] = field(default_factory=list)
    modes: set[str] = field(default_factory=set)
    places: list[_Item] = field(default_factory=list)  # members with distinct places (a few)

    def add(self, it: _Item) -> None:
        self.members.append(it)
        for side, new in ((self.actors, it.actors), (self.recipients, it.recipients)):
            for x in new:
                if any(x) and x not in side and len(side) < 16:
                    side.append(x)
        if it.mode:
            self.modes.add(it.mode)
        if it.loc_country or it.lat is not None:
            key = (it.loc_country, it.lat, it.lon, it.loc_prec)
            if len(self.places) < 4 and all((p.loc_country, p.lat, p.lon, p.loc_prec) != key for p in self.places):
                self.places.append(it)


def cluster(
    events: Iterable[Event | dict[str, Any]],
    *,
    slack_days: int = _SLACK,
    max_km: float | None = None,
    max_candidates: int = 32,
) -> list[Incident]:
    """Link the reports in ``events`` into incidents (every event is in exactly one incident).

    ``slack_days`` widens every date interval when comparing; ``max_km`` replaces the
    precision-dependent distance limits; ``max_candidates`` bounds the incidents compared per
    block, which bounds the cost in dense blocks. Incidents come back ordered by date.
    """
    items = [_item(i, _as_dict(e)) for i, e in enumerate(events)]
    order = sorted(items, key=lambda it: (it.rank >= 2, it.lo, it.rank, it.published, it.article, it.pos))
    groups: list[_Group] = []
    # per block key: anchor `lo` values (sorted) and the group index at each
    fine_lo: dict[str, list[int]] = defaultdict(list)
    fine_gi: dict[str, list[int]] = defaultdict(list)
    coarse_lo: dict[str, list[int]] = defaultdict(list)
    coarse_gi: dict[str, list[int]] = defaultdict(list)
    span = 7 + _ARTICLE_DATE_SPAN + slack_days
    for it in order:
        keys = _keys(it)
        best: tuple[float, int, int, int] | None = None  # (score, reports, -distance, -group index)
        seen: set[int] = set()
        for key in keys:
            for los, gis, width in (
                (fine_lo[key], fine_gi[key], span),
                (coarse_lo[key], coarse_gi[key], 366 + slack_days),
            ):
                if not los:
                    continue
                if it.rank == 4:
                    lo_i, hi_i = 0, len(los)
                else:
                    lo_i = bisect.bisect_left(los, it.lo - width)
                    hi_i = bisect.bisect_right(los, it.hi + slack_days)
                for j in range(hi_i - 1, max(lo_i, hi_i - max_candidates) - 1, -1):
                    gi = gis[j]
                    if gi in seen:
                        continue
                    seen.add(gi)
                    s = _score(groups[gi], it, slack=slack_days, max_km=max_km)
                    if s is None:
                        continue
                    cand = (s, len(groups[gi].members), -abs(groups[gi].anchor.lo - it.lo), -gi)
                    if best is None or cand > best:
                        best = cand
        if best is not None:
            groups[-best[3]].add(it)
            continue
        gi = len(groups)
        groups.append(_Group(anchor=it, members=[]))
        groups[gi].add(it)
        fine = it.rank < 2
        for key in keys:
            los, gis = (fine_lo[key], fine_gi[key]) if fine else (coarse_lo[key], coarse_gi[key])
            if fine:  # precise events arrive in date order: appending keeps the list sorted
                los.append(it.lo)
                gis.append(gi)
            else:
                k = bisect.bisect_right(los, it.lo)
                los.insert(k, it.lo)
                gis.insert(k, gi)
    incidents = [_incident(g) for g in groups]
    incidents.sort(key=lambda x: (x.date or "9999", x.id))
    return incidents


def _incident(g: _Group) -> Incident:
    members = sorted(g.members, key=lambda it: (it.published, it.article, it.pos))
    first = members[0]
    precise = min(g.members, key=lambda it: (it.rank, it.lo))
    reports = [first.id] + [m.id for m in sorted(members[1:], key=lambda it: (it.lo, it.published, it.article, it.pos))]
    articles = list(dict.fromkeys(m.article for m in members))
    outlets = list(dict.fromkeys(m.outlet for m in members))
    located = [m for m in members if m.raw.get("location")]
    loc = (
        min(located, key=lambda m: {"city": 0, "admin1": 1, "country": 2}.get(m.loc_prec or "", 3)).raw["location"]
        if located
        else None
    )
    sizes: dict[str, list[int]] = defaultdict(list)
    for m in members:
        for k, v in m.size.items():
            sizes[k].append(v)
    conflicts = {k: sorted(set(v)) for k, v in sizes.items() if len(set(v)) > 1}
    return Incident(
        id=hashlib.sha1(f"incident:{first.id}".encode()).hexdigest()[:16],
        event_type=first.etype,
        mode=next((m.mode for m in members if m.mode), None),
        actor=_summary(m.raw.get("actor") for m in members),
        recipient=_summary(m.raw.get("recipient") for m in members),
        date=precise.raw.get("date"),
        date_precision=precise.raw.get("date_precision"),
        location=loc,
        reports=reports,
        articles=articles,
        outlets=outlets,
        first_report=first.id,
        independent_outlets=_independent(members),
        dead=max(sizes["dead"]) if sizes.get("dead") else None,
        injured=max(sizes["injured"]) if sizes.get("injured") else None,
        arrested=max(sizes["arrested"]) if sizes.get("arrested") else None,
        size_conflicts=conflicts,
    )


def _summary(sides: Iterable[Any]) -> list[dict[str, Any]]:
    """The distinct actors named across the reports, knowledge-base ids first."""
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    for actors in sides:
        for a in actors or []:
            key = (a.get("kb_id"),) if a.get("kb_id") else (None, a.get("country"), a.get("sector"))
            if key not in out:
                out[key] = {
                    "kb_id": a.get("kb_id"),
                    "name": a.get("name") or a.get("text"),
                    "country": a.get("country"),
                    "sector": a.get("sector"),
                }
    return sorted(out.values(), key=lambda a: (a["kb_id"] is None, str(a["name"])))


def _independent(members: Sequence[_Item]) -> int:
    """Distinct outlets, where outlets carrying the same sentence word for word count once."""
    parent = {m.outlet: m.outlet for m in members}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_sentence: dict[str, str] = {}
    for m in members:
        if not m.sentence:
            continue
        other = by_sentence.setdefault(m.sentence, m.outlet)
        ra, rb = find(other), find(m.outlet)
        if ra != rb:
            parent[ra] = rb
    return len({find(o) for o in parent})


def assign(events: Sequence[Event], incidents: Sequence[Incident]) -> None:
    """Set ``incident_id`` on each Event from the incidents ``cluster`` returned for them."""
    of = {rid: inc.id for inc in incidents for rid in inc.reports}
    for e in events:
        e.incident_id = of.get(e.id)


def pairwise_scores(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a clustering (item -> cluster label) against gold.

    A pair of items counts when both are in the same cluster; computed from cluster sizes, so
    the cost is linear in the number of items.
    """
    items = [k for k in gold if k in predicted]

    def pairs(groups: Iterable[int]) -> int:
        return sum(n * (n - 1) // 2 for n in groups)

    def sizes(labels: Iterable[Any]) -> list[int]:
        counts: dict[Any, int] = defaultdict(int)
        for lab in labels:
            counts[lab] += 1
        return list(counts.values())

    both = pairs(sizes((predicted[k], gold[k]) for k in items))
    pred = pairs(sizes(predicted[k] for k in items))
    true = pairs(sizes(gold[k] for k in items))
    p = both / pred if pred else 1.0
    r = both / true if true else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---------------------------------------------------------------------------------- store
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


def recluster(store: Any, **options: Any) -> int:
    """Re-cluster every stored, non-negated event into incidents; returns the incident count.

    Rewrites the ``incidents`` and ``incident_reports`` tables in one transaction. Stored event
    records stay exactly as coded (their ``incident_id`` is null): the link is
    ``incident_reports``, and :func:`stored_incidents` returns incidents with their records.
    ``options`` go to :func:`cluster`. The ingest runs it after each batch of new articles;
    ``eventwire incidents --recluster`` runs it on demand.
    """
    import json

    rows = store.fetch("SELECT article_id, record FROM events WHERE NOT negated")
    records = [json.loads(r[1]) for r in rows]
    article_of = {rec["id"]: aid for (aid, _), rec in zip(rows, records)}
    quad = {rec["id"]: (rec.get("cameo") or {}).get("quad_class") for rec in records}
    incidents = cluster(records, **options)
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
    with store.transaction():
        store.execute("DELETE FROM incident_reports")
        store.execute("DELETE FROM incidents")
        store.insert_rows("incidents", INCIDENT_COLUMNS, inc_rows)
        store.insert_rows("incident_reports", REPORT_COLUMNS, rep_rows)
    return len(incidents)


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
