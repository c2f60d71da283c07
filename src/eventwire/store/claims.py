"""The ``claims`` table: rows of a coded article's claims, and queries of the stored claims.

Moved here from :mod:`eventwire.coding.claims`: reading and writing the store is the store's concern.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..coding.claim_records import UNITS, Contradiction
from ..coding.contradictions import contradictions

if TYPE_CHECKING:
    from ..coding.claims import Analysis

__all__ = ["CLAIM_COLUMNS", "claim_rows", "stored_claims", "stored_contradictions"]

CLAIM_COLUMNS = ("id", "article_id", "unit", "quantity", "low", "high", "approx", "claimant_text", "claimant_kb_id",
                 "claimant_country", "holder_kb_id", "holder_country", "date", "day", "date_precision", "place_name",
                 "place_country", "outlet", "sentence", "record")  # fmt: skip


def _first_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        return dt.date(int(value[:4]), 1, 1)
    except ValueError:
        return None


def claim_rows(analysis: Analysis) -> list[tuple[Any, ...]]:
    """The ``claims`` table rows of one coded article (the store writes them with the article)."""
    import json

    out = []
    for c in getattr(analysis, "claims", None) or []:
        rec = c.to_dict()
        who, holder, loc = c.claimant, c.holder, c.location
        out.append((
            c.id, analysis.article.id, c.unit, c.quantity, c.low, c.high, c.approx,
            who.text if who else None, who.kb_id if who else None, who.country if who else None,
            holder.kb_id if holder else None, holder.country if holder else None,
            c.date, _first_day(c.date), c.date_precision, loc.name if loc else None, loc.country if loc else None,
            c.outlet, c.sentence.text, json.dumps(rec, ensure_ascii=False),
        ))  # fmt: skip
    return out


def stored_claims(store: Any, *, unit: str | None = None, claimant: str | None = None, country: str | None = None,
                  since: dt.date | str | None = None, until: dt.date | str | None = None,
                  article: str | None = None, limit: int | None = 100) -> list[dict[str, Any]]:  # fmt: skip
    """Stored claims (``Claim.to_dict()``) matching every filter given, by (day, id)."""
    import json

    conds, params = ["TRUE"], []  # type: ignore[var-annotated]
    if unit:
        units = [u.strip().lower() for u in unit.split(",") if u.strip()]
        bad = [u for u in units if u not in UNITS]
        if bad:
            raise ValueError(f"unit '{bad[0]}' is not one of {', '.join(UNITS)}")
        conds.append(f"unit IN ({', '.join('?' for _ in units)})")
        params += units
    if claimant:
        conds.append("(lower(claimant_kb_id) = lower(?) OR contains(lower(claimant_text), lower(?)))")
        params += [claimant, claimant]
    if country:
        from .filters import check_country

        country = check_country(country)
        conds.append("(place_country = ? OR holder_country = ?)")
        params += [country, country]
    if since:
        conds.append("day >= CAST(? AS DATE)")
        params.append(str(since))
    if until:
        conds.append("day <= CAST(? AS DATE)")
        params.append(str(until))
    if article:
        conds.append("article_id = ?")
        params.append(article)
    query = f"SELECT record FROM claims WHERE {' AND '.join(conds)} ORDER BY day NULLS LAST, id"
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    return [json.loads(r[0]) for r in store.fetch(query, params)]


def stored_contradictions(store: Any, **filters: Any) -> list[Contradiction]:
    """Contradictions among the stored claims matching ``filters`` (see :func:`stored_claims`).

    Each claim is given the incidents and PLOVER categories of the events of its sentence
    (``incidents``, ``event_types``), so that claims about one incident pair up and claims
    about different kinds of happening do not.
    """
    filters.setdefault("limit", None)
    claims = stored_claims(store, **filters)
    if claims:
        by_sentence = _sentence_events(store)
        for c in claims:
            key = ((c.get("article") or {}).get("id") or "", int((c.get("sentence") or {}).get("start") or 0))
            incidents, types = by_sentence.get(key, (set(), set()))
            c["incidents"], c["event_types"] = sorted(incidents), sorted(types)
    return contradictions(claims)


def _sentence_events(store: Any) -> dict[tuple[str, int], tuple[set[str], set[str]]]:
    """(article id, sentence start) -> (incident ids, PLOVER categories) of the events stated there."""
    rows = store.fetch(
        "SELECT e.article_id, CAST(json_extract(e.record, '$.sentence.start') AS INTEGER), e.event_type,"
        " ir.incident_id FROM events e LEFT JOIN incident_reports ir"
        " ON ir.event_id = e.id AND ir.article_id = e.article_id"
    )
    out: dict[tuple[str, int], tuple[set[str], set[str]]] = {}
    for article_id, start, event_type, incident in rows:
        incidents, types = out.setdefault((str(article_id), int(start or 0)), (set(), set()))
        types.add(str(event_type))
        if incident:
            incidents.add(str(incident))
    return out
