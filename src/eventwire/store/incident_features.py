"""What incident clustering compares: each report's features (date interval, sides, place, outlet)
and the score of a report against an incident (:mod:`eventwire.store.incidents` has the rules).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from ..record import Event

if TYPE_CHECKING:
    from .incident_cluster import _Group

# sectors that describe the same kind of armed non-state actor in different dictionaries
_SECTOR_FAMILY = {"REB": "ARMED", "UAF": "ARMED", "PRM": "ARMED", "INS": "ARMED", "SEP": "ARMED", "MIL": "MIL",
                  "GOV": "GOV", "LEG": "GOV", "EXE": "GOV", "JUD": "GOV", "COP": "COP", "SPY": "COP"}
_FINE = {"day": 0, "week": 1}
_PLACE_KM = {("city", "city"): 60.0, ("admin1", "city"): 250.0, ("admin1", "admin1"): 150.0}
_ARTICLE_DATE_SPAN = 2  # an event dated only by its article's publication date may be up to 2 days older


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
    index_keys: list[str] | None = None  # incident_cluster._index_keys, worked out once


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
    Returns as soon as a pair shares a knowledge-base id (nothing scores more), so the pairs
    after it are not looked at; a linker scores a report against up to 64 incidents.
    """
    best: float = -1
    named = False
    for x in xs:
        kx, cx, sx = x
        if not (kx or cx or sx):
            continue
        for y in ys:
            ky, cy, sy = y
            if not (ky or cy or sy):
                continue
            named = True
            if kx and ky:
                if kx == ky:
                    return 2
                continue  # -1, never above best
            if cx and cy and cx != cy:
                continue
            if sx and sy and sx != sy:
                if lenient and cx and cx == cy and best < 0:
                    best = 0
                continue
            if cx and cy and sx and sy:
                s = 1.5
            elif (cx and cy) or (sx and sy):
                s = 1
            else:
                s = 0
            if s > best:
                best = s
    return best if named else 0


def _km(a: _Item, b: _Item) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


_FINE_PLACE = ("city", "admin1")


def _place_score(a: _Item, b: _Item, *, max_km: float | None) -> int:
    """1 same specific place, 0 compatible or unknown, -1 conflict."""
    if a.loc_country and b.loc_country and a.loc_country != b.loc_country:
        return -1
    if a.loc_prec in _FINE_PLACE and b.loc_prec in _FINE_PLACE and a.lat is not None and b.lat is not None:
        pair = (a.loc_prec, b.loc_prec) if a.loc_prec <= b.loc_prec else (b.loc_prec, a.loc_prec)  # type: ignore[operator]
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
    the attackers. The cheap refusals come first (category, negation, dates, a place in
    another country), as nearly every incident a report is scored against is refused.
    """
    a = g.anchor
    if a.etype != b.etype or a.negated != b.negated:
        return None
    if a.rank != 4 and b.rank != 4 and (a.lo > b.hi + slack or b.lo > a.hi + slack):
        return None
    places = g.places
    country = b.loc_country
    if country:
        for p in places:
            if p.loc_country and p.loc_country != country:
                return None  # a place no report of it could share: whatever order reports come in, none chains
    pl = 0
    if b.loc_prec in _FINE_PLACE and b.lat is not None:
        for p in places:
            s = _place_score(p, b, max_km=max_km)
            if s < 0:
                return None
            if s > pl:
                pl = s
    ac = _side_score(g.actors, b.actors)
    if ac < 0:
        return None
    rc = _side_score(g.recipients, b.recipients, lenient=True)
    if rc < 0:
        return None
    total = ac + rc + pl + (1 if b.mode and b.mode in g.modes else 0)
    return total if total >= 2 else None
