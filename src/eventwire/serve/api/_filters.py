"""The event filters shared by the reading endpoints: the same names as ``eventwire events``."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import Query

__all__ = ["EventFilters", "event_filters"]


@dataclass(frozen=True, slots=True)
class EventFilters:
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    type: str | None = None
    mode: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    place: str | None = None
    text: str | None = None
    quad_class: int | None = None
    include_negated: bool = False
    include_nonfactual: bool = False
    min_confidence: float | None = None

    def store_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``Store.events`` / ``Store.stats``: only the filters that are set."""
        out: dict[str, Any] = {}
        for k, v in asdict(self).items():
            if v is None or (k in ("include_negated", "include_nonfactual") and not v):
                continue
            out[k] = v.isoformat() if isinstance(v, dt.date) else v
        return out


def event_filters(
    actor: Annotated[
        str | None,
        Query(description="Actor: knowledge-base id, name or text (as in `eventwire events --actor`).", max_length=200),
    ] = None,
    recipient: Annotated[str | None, Query(description="Recipient, like actor.", max_length=200)] = None,
    country: Annotated[
        str | None,
        Query(description="ISO3 country of the actor, the recipient or the place.", pattern=r"^([A-Za-z]{3})?$"),
    ] = None,
    type: Annotated[str | None, Query(description="PLOVER category, e.g. ASSAULT.", max_length=40)] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode, e.g. violence.", max_length=40)] = None,
    since: Annotated[dt.date | None, Query(description="First event date (YYYY-MM-DD), inclusive.")] = None,
    until: Annotated[dt.date | None, Query(description="Last event date (YYYY-MM-DD), inclusive.")] = None,
    place: Annotated[str | None, Query(description="Place name.", max_length=200)] = None,
    text: Annotated[str | None, Query(description="Words in the event's sentence.", max_length=200)] = None,
    quad_class: Annotated[
        int | None,
        Query(
            ge=1,
            le=4,
            description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.",
        ),
    ] = None,
    include_negated: Annotated[bool, Query(description="Also events under negation.")] = False,
    include_nonfactual: Annotated[
        bool, Query(description="Every event, also those not asserted as fact (denied, alleged, hypothetical, future).")
    ] = False,
    min_confidence: Annotated[
        float | None,
        Query(ge=0.0, le=1.0, description="Only records at least this sure (calibrated: P(right in every field))."),
    ] = None,
) -> EventFilters:
    return EventFilters(actor=actor or None, recipient=recipient or None, country=country.upper() if country else None,
                        type=type.upper() if type else None, mode=mode or None, since=since, until=until,
                        place=place or None, text=text or None, quad_class=quad_class, include_negated=include_negated,
                        include_nonfactual=include_nonfactual, min_confidence=min_confidence)
