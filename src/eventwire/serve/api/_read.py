"""Reading endpoints: events, incidents, claims, one event, one article with its evidence, actors, stats, map, network.

Each of them is the JSON twin of a dashboard panel; the dashboard calls nothing else.
"""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request

from ._errors import NotFoundError
from ._filters import EventFilters, event_filters
from ._store import StoreAccess
from ._views import article_spans, map_points, network

__all__ = ["router"]

router = APIRouter(prefix="/v1", tags=["read"])

Filters = Annotated[EventFilters, Depends(event_filters)]
EVENT_ID = Path(description="An event id, as in a record's `id`.", max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
ARTICLE_ID = Path(
    description="An article id (content hash), as in a record's `article.id`.",
    max_length=64,
    pattern=r"^[A-Za-z0-9_-]+$",
)


def _access(request: Request) -> StoreAccess:
    access: StoreAccess = request.app.state.store_access
    return access


INCIDENTS = Query(description="Incidents (reports of one happening linked together) instead of reports.")


@router.get("/events", summary="Events matching the filters, with cursor pagination")
def list_events(
    request: Request,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=1000, description="Events per page.")] = 100,
    after: Annotated[
        str | None, Query(description="Cursor: the `next` value of the previous page.", max_length=64)
    ] = None,
    incidents: Annotated[bool, INCIDENTS] = False,
) -> dict[str, Any]:
    """Events ordered by (date, id). When `next` is not null, pass it as `after` for the next page.
    With `incidents=true`, the answer of `GET /v1/incidents`."""
    if incidents:
        return list_incidents(request, filters, limit=limit, after=after)
    with _access(request).reading() as store:
        rows = store.events(**filters.store_kwargs(), limit=limit + 1, after=after or None)
    more = len(rows) > limit
    rows = rows[:limit]
    return {"events": rows, "count": len(rows), "next": rows[-1]["id"] if more and rows else None}


@router.get("/incidents", summary="Incidents with a report matching the filters, with their reports, cursor pagination")
def list_incidents(
    request: Request,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=1000, description="Incidents per page.")] = 100,
    after: Annotated[
        str | None, Query(description="Cursor: the `next` value of the previous page.", max_length=64)
    ] = None,
) -> dict[str, Any]:
    """Incidents ordered by (date, id); each has `reports` (event ids, first report first),
    `first_report`, `outlets`, `independent_outlets`, sizes, and `events`: its report records."""
    from ...store.incidents import stored_incidents

    with _access(request).reading() as store:
        rows = stored_incidents(store, limit=limit + 1, after=after or None, **filters.store_kwargs())
    more = len(rows) > limit
    rows = rows[:limit]
    return {"incidents": rows, "count": len(rows), "next": rows[-1]["id"] if more and rows else None}


@router.get("/claims", summary="Numeric claims (troops, dead, injured...) with their claimant, date and place")
def list_claims(
    request: Request,
    unit: Annotated[
        str | None,
        Query(
            description="Units, comma-separated: troops, dead, injured, arrested, displaced, protesters, abducted.",
            max_length=200,
        ),
    ] = None,
    claimant: Annotated[
        str | None, Query(description="Claimant: knowledge-base id or part of its text.", max_length=200)
    ] = None,
    country: Annotated[
        str | None, Query(description="ISO3 country of the place or of the holder.", pattern=r"^([A-Za-z]{3})?$")
    ] = None,
    since: Annotated[dt.date | None, Query(description="First claim date (YYYY-MM-DD), inclusive.")] = None,
    until: Annotated[dt.date | None, Query(description="Last claim date (YYYY-MM-DD), inclusive.")] = None,
    article: Annotated[str | None, Query(description="Only the claims of this article id.", max_length=64)] = None,
    contradictions: Annotated[
        bool, Query(description="Pairs of claims that cannot both be true, instead of claims.")
    ] = False,
    limit: Annotated[int, Query(ge=1, le=1000, description="Claims (or pairs) returned.")] = 100,
) -> dict[str, Any]:
    """Claims ordered by (date, id). With `contradictions=true`: `{"contradictions": [{unit, a, b, reason}]}`,
    found among every claim matching the filters."""
    from ...store.claims import stored_claims, stored_contradictions

    kwargs: dict[str, Any] = {"unit": unit or None, "claimant": claimant or None, "country": country or None,
                              "since": since, "until": until, "article": article or None}
    with _access(request).reading() as store:
        if contradictions:
            pairs = [c.to_dict() for c in stored_contradictions(store, **kwargs)][:limit]
            return {"contradictions": pairs, "count": len(pairs)}
        rows = stored_claims(store, limit=limit, **kwargs)
    return {"claims": rows, "count": len(rows)}


@router.get("/events/{event_id}", summary="One event record")
def get_event(request: Request, event_id: Annotated[str, EVENT_ID]) -> dict[str, Any]:
    with _access(request).reading() as store:
        rec: dict[str, Any] | None = store.event(event_id)
    if rec is None:
        raise NotFoundError(f"no event with id '{event_id}'; list ids with GET /v1/events")
    return rec


@router.get("/articles/{article_id}", summary="One article: its text and the evidence spans of every event")
def get_article(request: Request, article_id: Annotated[str, ARTICLE_ID]) -> dict[str, Any]:
    """The stored text, its events, and `spans`: for each event its sentence, trigger, actors,
    recipients and source as character offsets into `text`."""
    with _access(request).reading() as store:
        art: dict[str, Any] | None = store.article(article_id)
    if art is None:
        raise NotFoundError(f"no article with id '{article_id}'; an event's article id is in its `article.id`")
    art = dict(art)
    art["spans"] = article_spans(art.get("events") or [])
    return art


@router.get("/actors", summary="Actors seen in stored events, with their event counts")
def list_actors(
    request: Request,
    q: Annotated[str | None, Query(description="Part of a name or id.", max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    with _access(request).reading() as store:
        rows = store.actors(q or None, limit=limit)
    return {"actors": rows}


Grouping = Literal["day", "week", "month", "category", "dyad", "country", "quad_class"]


@router.get("/stats", summary="Counts of events: time series by quad class, by category, top dyads, by country")
def stats(
    request: Request,
    filters: Filters,
    by: Annotated[
        Grouping,
        Query(
            description="day, week or month: time series split by quad class; category; dyad (top pairs); "
                        "country; quad_class."
        ),
    ] = "day",
    incidents: Annotated[bool, INCIDENTS] = False,
) -> dict[str, Any]:
    """Rows `{key, quad_class, count}`. With `incidents=true` an incident with a matching report
    counts once, under its own date, category and place; otherwise every report counts."""
    with _access(request).reading() as store:
        if incidents:
            from ...store.incidents import incident_stats

            rows = incident_stats(store, by=by, **filters.store_kwargs())
        else:
            rows = store.stats(by=by, **filters.store_kwargs())
    return {"by": by, "counts": "incidents" if incidents else "reports", "rows": rows}


@router.get("/map", summary="Event locations with counts, for the map")
def map_(request: Request, filters: Filters) -> dict[str, Any]:
    with _access(request).reading() as store:
        points = map_points(store, filters.store_kwargs())
    return {"points": points, "events": sum(p["count"] for p in points)}


@router.get(
    "/network",
    summary="Actor network: dyads (first actor -> first recipient) as weighted edges, conflict vs cooperation",
)
def network_(
    request: Request,
    filters: Filters,
    edges: Annotated[int, Query(ge=1, le=500, description="Keep the heaviest edges.")] = 80,
) -> dict[str, Any]:
    with _access(request).reading() as store:
        return network(store, filters.store_kwargs(), max_edges=edges)


@router.get("/store", summary="What the server reads: the store's file (as given to serve) and its row counts")
def store_(request: Request) -> dict[str, Any]:
    """`{db, articles, events}`; `db` is the path given to `eventwire serve --db` (a file name only when it
    was absolute), so the dashboard can print the exact `eventwire ingest` command for an empty store."""
    access = _access(request)
    with access.reading() as store:
        counts = store.counts()
    db = None
    if access.path is not None:
        given = PurePath(str(access.path))
        db = given.name if given.is_absolute() else str(given)
    return {"db": db, "articles": counts["articles"], "events": counts["events"]}


@router.get("/updated", summary="When the store last changed: the newest stored article, and the counts")
def updated(request: Request) -> dict[str, Any]:
    """`{updated, articles, events}`: `updated` is when the newest article was stored (UTC, ISO 8601),
    null for an empty store. Cheap: the dashboard asks it every few seconds and reloads its panels
    when it changes (new articles from `eventwire ingest`, `eventwire watch` or `POST /v1/articles`)."""
    with _access(request).reading() as store:
        ((last, articles, events),) = store.fetch(
            "SELECT max(coded_at), count(*), coalesce(sum(n_events), 0) FROM articles"
        )
    stamp = last.replace(microsecond=0).isoformat() + "Z" if last is not None else None
    return {"updated": stamp, "articles": int(articles), "events": int(events)}
