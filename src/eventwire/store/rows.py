"""From an :class:`~eventwire.coder.Analysis` to the rows of the store's tables.

Pure functions, no database: each returns tuples in the column order of ``0001_initial.sql``,
so the writer and the benchmarks build rows the same way.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..coding.analysis import Analysis

__all__ = [
    "ACTOR_COLUMNS",
    "EVENT_COLUMNS",
    "PLACE_COLUMNS",
    "QUOTE_COLUMNS",
    "event_actor_rows",
    "event_row",
    "first_day",
    "place_rows",
    "quote_rows",
]

EVENT_COLUMNS = (
    "id", "article_id", "event_type", "mode", "quad_class", "cameo_code", "goldstein", "plover_score",
    "date", "day", "date_precision", "negated", "hypothetical", "future", "historical",
    "actor_name", "actor_kb_id", "actor_country", "actor_sector",
    "recipient_name", "recipient_kb_id", "recipient_country", "recipient_sector",
    "place_name", "place_country", "lat", "lon", "sentence", "trigger", "confidence", "rule", "record",
    "denied", "alleged", "factual",
)  # fmt: skip
ACTOR_COLUMNS = (
    "event_id",
    "article_id",
    "role",
    "position",
    "text",
    "name",
    "kb_id",
    "country",
    "sector",
    "start_char",
    "end_char",
)
PLACE_COLUMNS = (
    "article_id",
    "name",
    "country",
    "admin1",
    "lat",
    "lon",
    "precision",
    "geonameid",
    "text",
    "start_char",
    "end_char",
)
QUOTE_COLUMNS = (
    "article_id",
    "text",
    "start_char",
    "end_char",
    "speaker_text",
    "speaker_name",
    "speaker_kb_id",
    "speaker_country",
)

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def first_day(value: str | None) -> dt.date | None:
    """The first day of an ISO date, month (``YYYY-MM``) or year (``YYYY``); None otherwise."""
    if not value:
        return None
    m = _DATE.match(value)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def _factual(aux: dict[str, Any]) -> bool:
    return not any(aux.get(k) for k in ("negated", "hypothetical", "future", "denied", "alleged"))


def event_row(record: dict[str, Any], article_id: str) -> tuple[Any, ...]:
    """The ``events`` row of one record (``Event.to_dict()``)."""
    actor = record["actor"][0] if record.get("actor") else {}
    recip = record["recipient"][0] if record.get("recipient") else {}
    loc = record.get("location") or {}
    aux = record.get("aux") or {}
    cameo = record.get("cameo") or {}
    return (
        record["id"], article_id, record["event_type"], record.get("mode"), cameo.get("quad_class"),
        cameo.get("code"), cameo.get("goldstein"), record.get("plover_score"),
        record.get("date"), first_day(record.get("date")), record.get("date_precision"),
        bool(aux.get("negated")), bool(aux.get("hypothetical")), bool(aux.get("future")), bool(aux.get("historical")),
        actor.get("name") or actor.get("text"), actor.get("kb_id"), actor.get("country"), actor.get("sector"),
        recip.get("name") or recip.get("text"), recip.get("kb_id"), recip.get("country"), recip.get("sector"),
        loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"),
        (record.get("sentence") or {}).get("text"), (record.get("trigger") or {}).get("text"),
        record.get("confidence"), record.get("rule"), json.dumps(record, ensure_ascii=False),
        bool(aux.get("denied")), bool(aux.get("alleged")), _factual(aux),
    )  # fmt: skip


def event_actor_rows(record: dict[str, Any], article_id: str) -> list[tuple[Any, ...]]:
    """One ``event_actors`` row per actor, recipient and reporting speaker of a record."""
    rows = []
    people = [("actor", i, a) for i, a in enumerate(record.get("actor") or [])]
    people += [("recipient", i, a) for i, a in enumerate(record.get("recipient") or [])]
    if record.get("reported_by"):
        people.append(("reported_by", 0, record["reported_by"]))
    for role, pos, a in people:
        rows.append((record["id"], article_id, role, pos, a.get("text"), a.get("name"), a.get("kb_id"),
                     a.get("country"), a.get("sector"), a.get("start"), a.get("end")))  # fmt: skip
    return rows


def place_rows(analysis: Analysis) -> list[tuple[Any, ...]]:
    aid = analysis.article.id
    return [(aid, p.name, p.country, p.admin1, p.lat, p.lon, p.precision, p.geonameid, p.text, p.start, p.end)
            for p in analysis.places]  # fmt: skip


def quote_rows(analysis: Analysis) -> list[tuple[Any, ...]]:
    aid = analysis.article.id
    out = []
    for q in analysis.quotes:
        s = q.speaker
        out.append((aid, q.text, q.start, q.end, s.text if s else None, s.name if s else None,
                    s.kb_id if s else None, s.country if s else None))  # fmt: skip
    return out
