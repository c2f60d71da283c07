"""Contradictions: pairs of numeric claims about the same happening whose figures cannot both be true.

``contradictions(claims)`` takes :class:`~eventwire.coding.claim_records.Claim` objects or their
``to_dict()`` (as the store keeps them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from .claim_records import _ABOUT_TOLERANCE, Claim, Contradiction

__all__ = ["contradictions"]


def _as_dict(c: Claim | dict[str, Any]) -> dict[str, Any]:
    return c.to_dict() if isinstance(c, Claim) else c


def _bounds(d: dict[str, Any]) -> tuple[float, float]:
    lo = float(d["low"]) if d.get("low") is not None else 0.0
    hi = float(d["high"]) if d.get("high") is not None else float("inf")
    if d.get("approx") in ("about", "vague"):
        lo, hi = lo * (1 - _ABOUT_TOLERANCE), hi * (1 + _ABOUT_TOLERANCE)
    return lo, hi


def _who(d: dict[str, Any]) -> str:
    c = d.get("claimant") or {}
    return str(
        c.get("kb_id")
        or (c.get("text") or "").lower()
        or (d.get("article") or {}).get("outlet")
        or (d.get("article") or {}).get("id")
        or ""
    )


def _place(d: dict[str, Any]) -> dict[str, Any]:
    return d.get("location") or {}


def contradictions(claims: Iterable[Claim | dict[str, Any]]) -> list[Contradiction]:
    """Pairs of claims about the same happening that disagree.

    Same happening: one restates the other ("put the number at"); or they share the unit and the
    place, and either their sentences report the same incident (``incidents``, a list of incident
    ids the store attaches) or their dates overlap. Same place: the same country, and the same
    city or region when both name one (a country-wide claim covers its cities); two unplaced
    claims share a place only through an incident, and a placed and an unplaced one never do.
    Dates overlap: "2018-02" contains "2018-02-05"; two days must be the same day (troops
    deployed on two days are two deployments). Claims without a place or a date are otherwise
    never the same happening: they are simply different numbers. When the store attaches the
    PLOVER categories of a claim's sentence (``event_types``), claims whose sentences share no
    category are not the same happening either. Holders (whose troops, which side's
    dead) must not differ. Disagree: the intervals their wording allows do not overlap ("about
    5,300" allows +-15%) and they come from different sources. Claims are grouped by unit and
    country (or incident) before comparing, so the cost is the sum of the squares of the group
    sizes, not of the whole list.
    """
    ds = [_as_dict(c) for c in claims]
    by_id = {d["id"]: d for d in ds}
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for d in ds:
        country = _place(d).get("country")
        if country:
            groups[(d["unit"], "country", country)].append(d)
        for incident in d.get("incidents") or ():
            groups[(d["unit"], "incident", incident)].append(d)
    out: list[Contradiction] = []
    seen_pairs: set[tuple[str, str]] = set()
    for (_, kind, _), group in groups.items():
        group.sort(key=lambda d: (d.get("date") or "", d["id"]))
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _same_place(a, b) and (kind == "incident" or _same_time(a, b)):
                    if _same_category(a, b) and _same_holder(a, b):
                        _maybe_add(a, b, out, seen_pairs)
    # restatements whose place or holder was not repeated still pair with what they restate
    for d in ds:
        ref = by_id.get(d.get("refers_to") or "")
        if ref is not None:
            _maybe_add(ref, d, out, seen_pairs)
    return out


def _same_holder(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ha, hb = a.get("holder") or {}, b.get("holder") or {}
    ka, kb = ha.get("kb_id") or ha.get("country"), hb.get("kb_id") or hb.get("country")
    return ka is None or kb is None or ka == kb


def _same_category(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ta, tb = a.get("event_types"), b.get("event_types")
    return not ta or not tb or bool(set(ta) & set(tb))


_FINE = ("city", "admin1")


def _same_place(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both unplaced (only an incident can join them then), or the same country and, when both name a
    city or region, the same one."""
    pa, pb = _place(a), _place(b)
    if not pa.get("country") and not pb.get("country"):
        return True
    if pa.get("country") != pb.get("country"):
        return False
    if pa.get("precision") in _FINE and pb.get("precision") in _FINE:
        same_id = pa.get("geonameid") is not None and pa.get("geonameid") == pb.get("geonameid")
        return same_id or str(pa.get("name") or "").lower() == str(pb.get("name") or "").lower()
    return True


def _same_time(a: dict[str, Any], b: dict[str, Any]) -> bool:
    da, db = a.get("date") or "", b.get("date") or ""
    if not da or not db:
        return False
    return da[:len(db)] == db[:len(da)]  # "2018-02" contains "2018-02-05"; two days must be equal


def _maybe_add(a: dict[str, Any], b: dict[str, Any], out: list[Contradiction], seen: set[tuple[str, str]]) -> None:
    pair = (a["id"], b["id"]) if a["id"] < b["id"] else (b["id"], a["id"])
    if pair in seen or a["id"] == b["id"] or _who(a) == _who(b):
        return
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    if alo <= bhi and blo <= ahi:
        return
    seen.add(pair)
    reason = f"{_figure(a)} {a['unit']} ({_label(a)}) vs {_figure(b)} ({_label(b)})"
    out.append(Contradiction(unit=a["unit"], a=a, b=b, reason=reason))


def _label(d: dict[str, Any]) -> str:
    c = d.get("claimant") or {}
    return str(c.get("text") or c.get("name") or (d.get("article") or {}).get("outlet") or "unattributed")


def _figure(d: dict[str, Any]) -> str:
    prefix = {
        "about": "about ",
        "more_than": "more than ",
        "at_least": "at least ",
        "less_than": "less than ",
        "up_to": "up to ",
    }.get(d.get("approx") or "", "")
    if d.get("approx") == "range":
        return f"{d['low']:,}-{d['high']:,}"
    return f"{prefix}{d['quantity']:,}"

