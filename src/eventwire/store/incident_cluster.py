"""Incident clustering: ``cluster(events)`` links reports of one happening into :class:`Incident`
records (the rules are in :mod:`eventwire.store.incidents`); ``assign`` and ``pairwise_scores``.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..record import Event
from .incident_features import _ARTICLE_DATE_SPAN, _as_dict, _Item, _item, _keys, _score

__all__ = ["Incident", "assign", "cluster", "pairwise_scores"]

_SLACK = 1
_ANCHOR_SPAN = max(6, _ARTICLE_DATE_SPAN)  # the most days a day or week date covers after its first (a week: 6)
MAX_CANDIDATES = 32  # incidents taken per block (the latest begun in the report's window)
MAX_COMPARED = 64  # incidents a report is scored against, of those its blocks found (see _Linker.candidates)
# what a block shared with a report says for an incident, when its blocks found more than MAX_COMPARED:
# a knowledge-base id (k) most, a country (c) more than a sector family (s) or the place's country
_KEY_WEIGHT = {"k": 4, "c": 2, "s": 1}


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


# ---------------------------------------------------------------------------------- clustering
@dataclass(slots=True)
class _Group:
    anchor: _Item  # the report that began it: its date is the incident's
    members: list[_Item]  # the reports held in memory (a group restored from the store holds none at first)
    actors: list[tuple[str | None, str | None, str | None]] = field(default_factory=list)
    recipients: list[tuple[str | None, str | None, str | None]] = field(default_factory=list)
    modes: set[str] = field(default_factory=set)
    places: list[_Item] = field(default_factory=list)  # members with distinct places (a few)
    count: int = 0  # reports linked to it, those held in memory or not
    seq: int = 0  # the arrival of its anchor: groups compare in this order
    fill: Callable[[_Group], None] | None = None  # a restored group: what completes it before it is first scored

    def add(self, it: _Item) -> None:
        self.members.append(it)
        self.count += 1
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


def _bucket(it: _Item) -> tuple[int, int]:
    """The period a coarse report is linked within: (rank, first day) of its month or year; (4, 0) undated."""
    return (it.rank, it.lo) if it.rank < 4 else (4, 0)


def _index_keys(it: _Item) -> list[str]:
    """The keys a group begun by ``it`` is found under: its blocking keys, within its period.

    Reports with a day or week date share the period ``d``; a month, a year and undated reports
    each have their own, so a vague date never meets a precise one nor another period.
    """
    if it.index_keys is None:  # asked for a chunk's windows, its candidates and its new group's index
        period = "d" if it.rank < 2 else "%d:%d" % _bucket(it)
        it.index_keys = [f"{period}|{k}" for k in _keys(it)]
    return it.index_keys


def _window(it: _Item, *, slack: int) -> tuple[int, int]:
    """The anchor days (``lo``) of the groups ``it`` is compared with, inclusive."""
    if it.rank >= 2:  # every group of its period has the period's first day (undated: day 1)
        return it.lo, it.lo
    # an anchor dated to the day or week spans at most _ANCHOR_SPAN days after its first: one that
    # begins earlier ends before this report's first day, less the slack, and cannot fit its dates
    return it.lo - (_ANCHOR_SPAN + slack), it.hi + slack


class _Linker:
    """The greedy linker: ``feed`` reports in the order they arrive; each joins the best group it fits or starts one.

    A report is compared with the groups found under its keys (:func:`_index_keys`) whose anchor
    lies in its date window (:func:`_window`): per key the ``max_candidates`` latest anchors, the
    later-begun first among equal days. When those are more than ``max_compared`` (``None``: no
    limit), it is scored against the ``max_compared`` with the most reports, then the most weight of
    keys shared with it (:data:`_KEY_WEIGHT`), then the latest begun: the cost of a report stays
    bounded however full its blocks are. It joins the one with the best score, then the most
    reports, then the closest anchor day, then the earliest begun. ``restore`` puts back a group as
    an earlier run left it, so a run can go on where the last one stopped
    (:mod:`eventwire.store.incident_link`): groups must be restored in the order they began, before
    any report is fed.
    """

    def __init__(self, *, slack_days: int, max_km: float | None, max_candidates: int,
                 max_compared: int | None) -> None:  # fmt: skip
        self.slack_days = slack_days
        self.max_km = max_km
        self.max_candidates = max_candidates
        self.max_compared = max_compared
        self.groups: list[_Group] = []
        # per key: anchor `lo` values (sorted) and the group index at each
        self._los: dict[str, list[int]] = defaultdict(list)
        self._gis: dict[str, list[int]] = defaultdict(list)
        self._weight: dict[str, int] = {}  # key -> what sharing it says (_KEY_WEIGHT), worked out once per key
        self.compared = 0  # groups scored against a report, over every report fed
        self.most_compared = 0  # the most groups scored against one report

    def restore(self, group: _Group, keys: Sequence[str], *, fill: Callable[[_Group], None] | None = None) -> int:
        """Put back a group begun by an earlier run (``members`` may be empty), found under ``keys``
        (:func:`_index_keys` of its anchor, or those of them a report may look it up by); returns its index.

        ``fill``: the group holds only its anchor's first day, ``seq`` and ``count`` so far; ``fill(group)``
        completes it the first time a report is scored against it (most restored groups never are).
        """
        group.fill = fill
        return self._index(group, keys)

    def restore_all(self, restored: Sequence[tuple[_Group, Sequence[str]]]) -> int:
        """:meth:`restore` for many groups (without ``fill``: set ``group.fill`` beforehand), in the order
        they began; returns the index of the first.

        The same index as restoring them one by one: per key sorted by first day, and among equal
        days by index (the order :meth:`_index` inserts them in), sorted once per key instead of
        inserted one at a time.
        """
        first = len(self.groups)
        touched: set[str] = set()
        los_of, gis_of = self._los, self._gis
        for g, keys in restored:
            gi = len(self.groups)
            self.groups.append(g)
            lo = g.anchor.lo
            for key in keys:
                los_of[key].append(lo)
                gis_of[key].append(gi)
                touched.add(key)
        for key in touched:
            pairs = sorted(zip(los_of[key], gis_of[key]))
            los_of[key] = [lo for lo, _gi in pairs]
            gis_of[key] = [gi for _lo, gi in pairs]
        return first

    def candidates(self, it: _Item) -> list[int]:
        """The indexes of the groups ``it`` is scored against (see the class docstring)."""
        shared: dict[int, int] = {}  # group index -> the weight of the report's keys it is found under
        get = shared.get
        w_lo, w_hi = _window(it, slack=self.slack_days)
        per_key = self.max_candidates
        for key in _index_keys(it):
            los = self._los.get(key)
            if not los:
                continue
            hi_i = bisect.bisect_right(los, w_hi)
            lo_i = max(bisect.bisect_left(los, w_lo, 0, hi_i), hi_i - per_key)  # the latest per_key in the window
            if lo_i >= hi_i:
                continue
            weight = self._weight.get(key)
            if weight is None:
                weight = self._weight[key] = _KEY_WEIGHT.get(key.split("|", 2)[2][1], 1)
            for gi in self._gis[key][lo_i:hi_i]:
                shared[gi] = get(gi, 0) + weight
        cap = self.max_compared
        if cap is None or len(shared) <= cap:
            return list(shared)
        groups = self.groups
        ranked = sorted([(groups[gi].count, w, gi) for gi, w in shared.items()], reverse=True)
        return [gi for _count, _w, gi in ranked[:cap]]

    def feed(self, it: _Item) -> int:
        """Link one report; returns the index of the group it joined or started."""
        slack = self.slack_days
        best: tuple[float, int, int, int] | None = None  # (score, reports, -distance, -group index)
        found = self.candidates(it)
        self.compared += len(found)
        self.most_compared = max(self.most_compared, len(found))
        groups, max_km = self.groups, self.max_km
        for gi in found:
            g = groups[gi]
            fill = g.fill
            if fill is not None:
                g.fill = None
                fill(g)
            s = _score(g, it, slack=slack, max_km=max_km)
            if s is None:
                continue
            cand = (s, g.count, -abs(g.anchor.lo - it.lo), -gi)
            if best is None or cand > best:
                best = cand
        if best is not None:
            self.groups[-best[3]].add(it)
            return -best[3]
        g = _Group(anchor=it, members=[], seq=it.idx)
        g.add(it)
        return self._index(g, _index_keys(it))

    def _index(self, g: _Group, keys: Sequence[str]) -> int:
        gi = len(self.groups)
        self.groups.append(g)
        for key in keys:
            los, gis = self._los[key], self._gis[key]
            k = bisect.bisect_right(los, g.anchor.lo)  # among equal days, the later-begun after
            los.insert(k, g.anchor.lo)
            gis.insert(k, gi)
        return gi


def cluster(
    events: Iterable[Event | dict[str, Any]],
    *,
    slack_days: int = _SLACK,
    max_km: float | None = None,
    max_candidates: int = MAX_CANDIDATES,
    max_compared: int | None = MAX_COMPARED,
) -> list[Incident]:
    """Link the reports in ``events``, in the order given (their arrival), into incidents.

    Every event is in exactly one incident. ``slack_days`` widens every date interval when
    comparing; ``max_km`` replaces the precision-dependent distance limits; ``max_candidates``
    bounds the incidents taken per block and ``max_compared`` those scored per report (``None``:
    every one taken), which bounds the cost in dense blocks. Incidents
    come back ordered by date.

    Each report is compared with the incidents begun before it whose date window reaches it and
    joins one or starts a new one; what earlier reports joined never changes. Reports with a day
    or week date are linked together. Reports dated only by a month or a year, and undated ones,
    are linked among the reports of the same period (the same month, the same year, or
    undated): a vague date joins no precise incident.
    """
    linker = _Linker(slack_days=slack_days, max_km=max_km, max_candidates=max_candidates, max_compared=max_compared)
    for i, e in enumerate(events):
        linker.feed(_item(i, _as_dict(e)))
    incidents = [_incident(g) for g in linker.groups]
    incidents.sort(key=lambda x: (x.date or "9999", x.id))
    return incidents


def _report_order(members: Sequence[_Item]) -> list[_Item]:
    """An incident's reports in the order of ``Incident.reports``: the first published, then by date and article."""
    first, *rest = sorted(members, key=lambda it: (it.published, it.article, it.pos))
    return [first, *sorted(rest, key=lambda it: (it.lo, it.published, it.article, it.pos))]


def _incident(g: _Group) -> Incident:
    members = sorted(g.members, key=lambda it: (it.published, it.article, it.pos))
    first = members[0]
    precise = min(g.members, key=lambda it: (it.rank, it.lo))
    reports = [m.id for m in _report_order(g.members)]
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
