"""Contradictions: pairs of numeric claims about the same quantity whose figures cannot both be true.

``contradictions(claims)`` takes :class:`~eventwire.coding.claim_records.Claim` objects or their
``to_dict()`` (as the store keeps them).
"""

from __future__ import annotations

import datetime as dt
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


def _country(d: dict[str, Any]) -> str | None:
    loc = d.get("location") or {}
    return loc.get("country")


def _year(d: dict[str, Any]) -> int | None:
    return int(d["date"][:4]) if d.get("date") else None


# how far apart (in years) two claims of a standing quantity may be and still be about the same thing
_STANDING = {"troops"}


def contradictions(claims: Iterable[Claim | dict[str, Any]]) -> list[Contradiction]:
    """Pairs of claims about the same quantity that disagree.

    Same quantity: one restates the other ("put the number at"), or they share the unit, the
    country of their place and the holder, and their dates are close (the same year, or one
    apart, for standing quantities like troop numbers; the same or adjacent days otherwise).
    Disagree: the intervals their wording allows do not overlap ("about 5,300" allows +-15%)
    and they come from different sources. Claims are grouped before comparing, so the cost
    is the sum of the squares of the group sizes, not of the whole list.
    """
    ds = [_as_dict(c) for c in claims]
    by_id = {d["id"]: d for d in ds}
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for d in ds:
        root = d
        seen = {d["id"]}
        while root.get("refers_to") in by_id and root["refers_to"] not in seen:
            seen.add(root["refers_to"])
            root = by_id[root["refers_to"]]
        holder = d.get("holder") or root.get("holder") or {}
        key = (d["unit"], _country(d) or _country(root), holder.get("kb_id") or holder.get("country"))
        groups[key].append(d)
    out: list[Contradiction] = []
    seen_pairs: set[tuple[str, str]] = set()
    for group in groups.values():
        group.sort(key=lambda d: (d.get("date") or "", d["id"]))
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if not _same_time(a, b):
                    break
                _maybe_add(a, b, out, seen_pairs)
    # restatements whose place or holder was not repeated still pair with what they restate
    for d in ds:
        ref = by_id.get(d.get("refers_to") or "")
        if ref is not None:
            _maybe_add(ref, d, out, seen_pairs)
    return out


def _same_time(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ya, yb = _year(a), _year(b)
    if ya is None or yb is None:
        return True
    if a["unit"] in _STANDING:
        return abs(ya - yb) <= 1
    da, db = a.get("date") or "", b.get("date") or ""
    if len(da) == 10 and len(db) == 10:
        return abs((dt.date.fromisoformat(da) - dt.date.fromisoformat(db)).days) <= 3
    return da[:len(db)] == db[:len(da)]  # "2018-02" contains "2018-02-05"


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

