"""Stored events against a peer's file (ACLED CSV, POLECAT TSV): how far they agree.

    report = compare(store, "acled.csv", tolerance_days=1)
    report.recall, report.precision, report.by_category

The peer file is read back as reference events: a date, the PLOVER categories it can stand for,
the place's country and, for POLECAT, the actor's and recipient's countries. An ACLED type stands
for the PLOVER categories that eventwire maps to it (``acled_type``), or for its family when
eventwire never writes it ("Battles" is ASSAULT). One of our events matches one reference event
(each at most once) when the category fits, the dates are at most ``tolerance_days`` apart and the
dyad agrees: the place's country for ACLED, which names no actor countries; the actor's and
recipient's countries for POLECAT where the file gives them, else the place's. Our events are
counted over the reference's dates and, for ACLED, over its countries and over the categories
ACLED records, so that precision is not charged for events the peer would never code.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import Store

__all__ = ["CompareReport", "RefEvent", "compare", "read_reference"]


@dataclass(frozen=True, slots=True)
class RefEvent:
    """One event of a peer's file, reduced to what the comparison uses."""

    id: str
    day: dt.date
    categories: frozenset[str]
    country: str | None  # the place's, ISO3
    actor_country: str | None = None
    recipient_country: str | None = None

    @property
    def category(self) -> str:
        return "/".join(sorted(self.categories))


@dataclass(slots=True)
class CompareReport:
    """Agreement figures of a comparison."""

    format: str
    reference: int
    ours: int
    matched: int
    # the reference's categories ("ASSAULT", or "AGREE/RETREAT" for an ACLED type that stands for either)
    # -> {"reference": events, "matched": those one of ours matches}
    by_category: dict[str, dict[str, int]] = field(default_factory=dict)
    ours_by_category: dict[str, int] = field(default_factory=dict)  # our counted events by PLOVER category

    @property
    def recall(self) -> float:
        """Share of the reference's events that one of ours matches."""
        return self.matched / self.reference if self.reference else 0.0

    @property
    def precision(self) -> float:
        """Share of our events (in the reference's window) that match one of the reference's."""
        return self.matched / self.ours if self.ours else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"format": self.format, "reference": self.reference, "ours": self.ours, "matched": self.matched,
                "recall": round(self.recall, 3), "precision": round(self.precision, 3), "f1": round(self.f1, 3),
                "by_category": self.by_category, "ours_by_category": self.ours_by_category}  # fmt: skip


def _acled_categories() -> tuple[dict[tuple[str, str], frozenset[str]], dict[str, frozenset[str]]]:
    """(ACLED event type, sub-event type) -> PLOVER categories eventwire maps there; event type -> all of them."""
    from ..knowledge.ontology.plover import MODES
    from .export_acled import acled_type

    by_sub: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_type: dict[str, set[str]] = defaultdict(set)
    for cat, modes in MODES.items():
        for mode in (None, *modes):
            for sectors in ((None, None), ("MIL", "REB"), ("MIL", "CVL")):
                etype, sub, _, _ = acled_type(cat, mode, actor_sector=sectors[0], recipient_sector=sectors[1])
                if etype:
                    by_sub[(etype, sub)].add(cat)
                    by_type[etype].add(cat)
    return ({k: frozenset(v) for k, v in by_sub.items()}, {k: frozenset(v) for k, v in by_type.items()})


def _day(value: Any) -> dt.date | None:
    from .rows import first_day

    text = str(value or "").strip()
    if not text:
        return None
    day = first_day(text[:10])  # YYYY-MM-DD, YYYY-MM or YYYY
    if day is not None:
        return day
    try:
        from dateutil import parser

        return parser.parse(text, dayfirst=True).date()  # ACLED's older files: "05 March 2018"
    except (ValueError, OverflowError):
        return None


def read_reference(path: str | Path) -> tuple[str, list[RefEvent]]:
    """The format ("acled-csv" or "polecat-tsv") and the events of a peer's file.

    Raises ``ValueError`` naming the file when its header is neither ACLED's nor POLECAT's, and
    ``OSError`` when it cannot be read.
    """
    import csv

    from ..knowledge.ontology.plover import normalize_category
    from .export_acled import UNMAPPED_TYPE

    path = Path(path)
    with open(path, encoding="utf-8", newline="") as f:
        head = f.readline()
    sep = "\t" if head.count("\t") > head.count(",") else ","
    columns = set(next(csv.reader([head], delimiter=sep), []))
    events: list[RefEvent] = []
    if {"event_id_cnty", "event_date", "event_type", "country"} <= columns:
        by_sub, by_type = _acled_categories()
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter=sep):
                day = _day(row.get("event_date"))
                etype, sub = row.get("event_type") or "", row.get("sub_event_type") or ""
                if etype == UNMAPPED_TYPE and sub.startswith("PLOVER "):
                    cats = frozenset({sub.removeprefix("PLOVER ")})
                else:
                    cats = by_sub.get((etype, sub)) or by_type.get(etype) or frozenset()
                if day is None or not cats:
                    continue
                iso3 = _code(row.get("country"))
                events.append(RefEvent(str(row.get("event_id_cnty")), day, cats, iso3))
        return "acled-csv", events
    if {"Event ID", "Event Date", "Event Type", "Actor Country", "Recipient Country"} <= columns:
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter=sep, quoting=csv.QUOTE_NONE):
                day = _day(row.get("Event Date"))
                try:
                    cat = normalize_category(row.get("Event Type") or "")[0]
                except ValueError:
                    continue
                if day is None:
                    continue
                countries = (_code(row.get(c)) for c in ("Country", "Actor Country", "Recipient Country"))
                events.append(RefEvent(str(row.get("Event ID")), day, frozenset({cat}), *countries))
        return "polecat-tsv", events
    raise ValueError(
        f"{path}: the header is neither ACLED's (event_id_cnty, event_date, event_type, country...) nor POLECAT's"
        " (Event ID, Event Date, Event Type, Actor Country...); export one with `eventwire export --format acled-csv`"
    )


def _code(value: Any) -> str | None:
    """A country as ISO3 from a name or code; other codes (IGO) as written, upper case."""
    from ..knowledge.countries import country_code

    text = str(value or "").strip()
    return (country_code(text) or text.upper()) if text else None


def _ours(r: dict[str, Any], fmt: str) -> RefEvent | None:
    from .export_acled import _actors_country
    from .rows import first_day

    day = first_day(r.get("date"))
    if day is None:
        return None
    a = r["actor"][0] if r["actor"] else {}
    b = r["recipient"][0] if r["recipient"] else {}
    country = (r.get("location") or {}).get("country")
    if not country and fmt == "acled-csv":  # as the ACLED export places it
        country = _actors_country(r).get("country")
    return RefEvent(r["id"], day, frozenset({r["event_type"]}), _code(country), _code(a.get("country")),
                    _code(b.get("country")))  # fmt: skip


def _dyad(e: RefEvent, fmt: str) -> tuple[str | None, ...]:
    if fmt == "polecat-tsv" and (e.actor_country or e.recipient_country):
        return (e.actor_country, e.recipient_country)
    return (e.country,)


def compare(store: Store, reference: str | Path, *, tolerance_days: int = 1) -> CompareReport:
    """How far the stored events and the events of a peer's file agree (see the module docstring)."""
    if tolerance_days < 0:
        raise ValueError(f"tolerance {tolerance_days} is negative; pass 0 (same day) or more")
    fmt, ref = read_reference(reference)
    if not ref:
        return CompareReport(fmt, 0, 0, 0)
    start = min(e.day for e in ref) - dt.timedelta(days=tolerance_days)
    end = max(e.day for e in ref) + dt.timedelta(days=tolerance_days)
    ref_countries = {e.country for e in ref}
    acled_cats = frozenset().union(*_acled_categories()[1].values()) if fmt == "acled-csv" else None
    ours: list[RefEvent] = []
    for r in store.iter_events(since=start, until=end):
        e = _ours(r, fmt)
        if e is None or (acled_cats is not None and (not e.categories & acled_cats or e.country not in ref_countries)):
            continue
        ours.append(e)
    # our events by (category, dyad), sorted by day, each used at most once
    index: dict[tuple[Any, ...], list[tuple[dt.date, str]]] = defaultdict(list)
    for e in ours:
        for cat in e.categories:
            index[(cat, *_dyad(e, fmt))].append((e.day, e.id))
    for days in index.values():
        days.sort()
    used: set[str] = set()
    matched_ref: Counter[str] = Counter()
    for e in sorted(ref, key=lambda x: (x.day, x.id)):
        # the nearest unused event of ours within the tolerance, of any category the reference's can be
        best: tuple[int, str] | None = None
        for cat in sorted(e.categories):
            days = index.get((cat, *_dyad(e, fmt)), [])
            i = bisect_left(days, (e.day - dt.timedelta(days=tolerance_days), ""))
            while i < len(days) and days[i][0] <= e.day + dt.timedelta(days=tolerance_days):
                gap = abs((days[i][0] - e.day).days)
                if days[i][1] not in used and (best is None or gap < best[0]):
                    best = (gap, days[i][1])
                i += 1
        if best:
            used.add(best[1])
            matched_ref[e.category] += 1
    ref_counts = Counter(e.category for e in ref)
    by_category = {cat: {"reference": n, "matched": matched_ref.get(cat, 0)} for cat, n in sorted(ref_counts.items())}
    ours_by_category = dict(sorted(Counter(next(iter(e.categories)) for e in ours).items()))
    return CompareReport(fmt, len(ref), len(ours), len(used), by_category, ours_by_category)
