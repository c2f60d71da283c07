"""The event filters shared by ``Store.events``, ``Store.stats`` and the exports, as SQL.

Every filter is optional; given together they all must hold. Values are always passed as
parameters, never pasted into the SQL. A value the store cannot use raises ``ValueError`` with a
message that names the filter and the expected form.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["EventFilter"]


def _as_date(name: str, value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"{name} '{value}' is not a date; use YYYY-MM-DD, e.g. 2018-02-06") from None


def _who(role: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND ea.article_id = e.article_id"
        f" AND ea.role = '{role}' AND (lower(ea.kb_id) = lower(?) OR lower(ea.name) = lower(?)"
        " OR lower(ea.text) = lower(?) OR ea.country = upper(?)))"
    )


@dataclass(slots=True)
class EventFilter:
    """``where`` is a SQL condition over ``events e``; ``params`` its values, in order."""

    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    type: str | None = None
    mode: str | None = None
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    place: str | None = None
    text: str | None = None
    quad_class: int | str | None = None
    include_negated: bool = False
    include_nonfactual: bool = False
    min_confidence: float | None = None
    where: str = field(init=False, default="TRUE")
    params: list[Any] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        conds: list[str] = []
        params: list[Any] = []
        if not self.include_nonfactual:
            # facts only; negated ones too when asked (every event with include_nonfactual)
            conds.append("(e.factual OR e.negated)" if self.include_negated else "e.factual")
        if self.min_confidence is not None:
            conds.append("e.confidence >= ?")
            params.append(float(self.min_confidence))
        for role in ("actor", "recipient"):
            value = getattr(self, role)
            if value:
                conds.append(_who(role))
                params += [value] * 4
        if self.country:
            conds.append(
                "(e.place_country = upper(?) OR EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id"
                " AND ea.article_id = e.article_id AND ea.role <> 'reported_by' AND ea.country = upper(?)))"
            )
            params += [self.country] * 2
        if self.type:
            types = [t.strip().upper() for t in self.type.split(",") if t.strip()]
            conds.append(f"e.event_type IN ({', '.join('?' for _ in types)})")
            params += types
        if self.mode:
            conds.append("e.mode = lower(?)")
            params.append(self.mode)
        since, until = _as_date("since", self.since), _as_date("until", self.until)
        if since and until and since > until:
            raise ValueError(f"since {since} is after until {until}; swap them")
        if since:
            conds.append("e.day >= ?")
            params.append(since)
        if until:
            conds.append("e.day <= ?")
            params.append(until)
        if self.place:
            conds.append("(lower(e.place_name) = lower(?) OR e.place_country = upper(?))")
            params += [self.place] * 2
        if self.text:
            conds.append("contains(lower(e.sentence), lower(?))")
            params.append(self.text)
        if self.quad_class is not None and self.quad_class != "":
            try:
                q = int(self.quad_class)
            except (TypeError, ValueError):
                q = 0
            if q not in (1, 2, 3, 4):
                raise ValueError(f"quad_class '{self.quad_class}' is not 1, 2, 3 or 4")
            conds.append("e.quad_class = ?")
            params.append(q)
        self.where = " AND ".join(conds) or "TRUE"
        self.params = params
