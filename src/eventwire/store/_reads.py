"""Reading the store: events, articles, actors, failures, stats, SQL and data frames.

:class:`StoreReads` is a mixin of :class:`~eventwire.store.Store`: it uses the connection and lock of ``Store``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import duckdb

from . import rows as R
from .filters import EventFilter

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

STATS_BY = ("day", "week", "month", "category", "dyad", "country", "quad_class")

_FLAT_COLUMNS = ", ".join(f"e.{c}" for c in R.EVENT_COLUMNS if c != "record")
_ORDER = "ORDER BY e.date NULLS LAST, e.id"


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


# The keyword arguments of the read methods that filter events: EventFilter's fields.
_FILTER_FIELDS = tuple(f.name for f in dataclasses.fields(EventFilter) if f.init)


def _event_filter(arguments: dict[str, Any]) -> EventFilter:
    """The filter made of a read method's arguments (its ``locals()``) named like EventFilter's fields."""
    return EventFilter(**{name: arguments[name] for name in _FILTER_FIELDS})


class StoreReads:
    """The read methods of :class:`~eventwire.store.Store`."""

    # ------------------------------------------------------------------ reading
    def fetch(self, query: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        """The rows of ``query`` (bound ``params``) as tuples: the light reader for code built on the store.

        Unlike :meth:`sql` it neither checks the statement nor builds a DataFrame; pass trusted SQL only.
        """
        with self._lock:
            return self._con.execute(query, list(params or [])).fetchall()

    _fetch = fetch  # the name the store's own methods use

    def has_article(self, article_id: str) -> bool:
        return bool(self._fetch("SELECT 1 FROM articles WHERE id = ? LIMIT 1", [article_id]))

    def stored_ids(self, article_ids: Sequence[str]) -> set[str]:
        """The ids among ``article_ids`` the store holds (one query)."""
        if not article_ids:
            return set()
        rows = self._fetch("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [list(article_ids)])
        return {r[0] for r in rows}

    def _cursor(self, after: str | None) -> tuple[str, list[Any]]:
        if not after:
            return "TRUE", []
        found = self._fetch("SELECT date FROM events WHERE id = ? LIMIT 1", [after])
        if not found:
            raise ValueError(f"after '{after}' is not a stored event id; pass the last id of the previous page")
        d0 = found[0][0]
        if d0 is None:
            return "(e.date IS NULL AND e.id > ?)", [after]
        return "(e.date > ? OR (e.date = ? AND e.id > ?) OR e.date IS NULL)", [d0, d0, after]

    def events(self, *, actor: str | None = None, recipient: str | None = None, country: str | None = None,
               type: str | None = None, mode: str | None = None, since: dt.date | str | None = None,
               until: dt.date | str | None = None, place: str | None = None, text: str | None = None,
               quad_class: int | None = None, include_negated: bool = False, include_nonfactual: bool = False,
               min_confidence: float | None = None, limit: int | None = 100,
               after: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
        """Stored records (``Event.to_dict()``) matching every filter given, by (date, id).

        ``after`` is the id of the last event of the previous page; ``limit=None`` returns all.
        """
        f = _event_filter(locals())  # the filter keywords of this method, by name
        cur, cparams = self._cursor(after)
        query = f"SELECT e.record FROM events e WHERE {f.where} AND {cur} {_ORDER}"
        params = f.params + cparams
        if limit is not None:
            if limit < 0:
                raise ValueError(f"limit {limit} is negative; pass 0 or more")
            query += " LIMIT ?"
            params.append(int(limit))
        return [json.loads(r[0]) for r in self._fetch(query, params)]

    def count_events(self, **filters: Any) -> int:
        """How many stored events match ``filters`` (those of :meth:`events`, without paging)."""
        f = EventFilter(**filters)
        return int(self._fetch(f"SELECT count(*) FROM events e WHERE {f.where}", f.params)[0][0])

    def iter_events(self, *, chunk: int = 5000, **filters: Any) -> Iterator[dict[str, Any]]:
        """All matching records, by (date, id), fetched ``chunk`` at a time (for exports)."""
        after = None
        while True:
            page = self.events(**filters, limit=chunk, after=after)
            yield from page
            if len(page) < chunk:
                return
            after = page[-1]["id"]

    def event(self, event_id: str) -> dict[str, Any] | None:
        rows = self._fetch("SELECT record FROM events WHERE id = ? LIMIT 1", [event_id])
        return json.loads(rows[0][0]) if rows else None

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The stored article with all its events (negated ones included), in text order."""
        rows = self._fetch(
            "SELECT id, title, published, url, outlet, source, text FROM articles WHERE id = ? LIMIT 1", [article_id]
        )
        if not rows:
            return None
        keys = ("id", "title", "published", "url", "outlet", "source", "text")
        out: dict[str, Any] = dict(zip(keys, rows[0]))
        if out["published"] is not None:
            out["published"] = out["published"].isoformat()
        events = [json.loads(r[0]) for r in self._fetch("SELECT record FROM events WHERE article_id = ?", [article_id])]
        out["events"] = sorted(events, key=lambda r: (r["trigger"]["start"], r["id"]))
        return out

    def actors(self, q: str | None = None, *, limit: int = 50) -> list[dict[str, Any]]:
        """Knowledge-base actors in stored factual events, most events first."""
        cond, params = "TRUE", []
        if q:
            cond = "(contains(lower(a.name), lower(?)) OR contains(lower(a.kb_id), lower(?)))"
            params = [q, q]
        rows = self._fetch(
            "SELECT a.kb_id, a.name, a.country, a.sector, count(DISTINCT ea.event_id) AS n FROM actors a"
            " JOIN event_actors ea ON ea.kb_id = a.kb_id AND ea.role IN ('actor', 'recipient')"
            " JOIN events e ON e.id = ea.event_id AND e.article_id = ea.article_id AND e.factual"
            f" WHERE {cond} GROUP BY ALL ORDER BY n DESC, a.kb_id LIMIT ?",
            [*params, int(limit)],
        )
        return [dict(zip(("kb_id", "name", "country", "sector", "events"), r)) for r in rows]

    def failures(self) -> list[dict[str, Any]]:
        rows = self._fetch(
            "SELECT source, reason, run_id, attempts, first_seen, last_seen FROM failures ORDER BY source"
        )
        return [dict(zip(("source", "reason", "run_id", "attempts", "first_seen", "last_seen"), r)) for r in rows]

    def stats(self, *, by: str, actor: str | None = None, recipient: str | None = None, country: str | None = None,
              type: str | None = None, mode: str | None = None, since: dt.date | str | None = None,
              until: dt.date | str | None = None, place: str | None = None, text: str | None = None,
              quad_class: int | None = None, include_negated: bool = False,
              include_nonfactual: bool = False,
              min_confidence: float | None = None) -> list[dict[str, Any]]:  # fmt: skip
        """Event counts per ``by`` key and quad class: ``[{"key", "quad_class", "count"}]`` by key.

        Time buckets (day, week = ISO week's Monday, month) count only events dated at least that
        precisely; ``dyad`` keys are ``ACTOR_COUNTRY->RECIPIENT_COUNTRY``; ``country`` is the
        event's place country, else its actor's country.
        """
        f = _event_filter(locals())  # the filter keywords of this method, by name
        finer = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month")}
        keys = {
            "day": "strftime(e.day, '%Y-%m-%d')",
            "week": "strftime(date_trunc('week', e.day), '%Y-%m-%d')",
            "month": "strftime(e.day, '%Y-%m')",
            "category": "e.event_type",
            "dyad": "coalesce(e.actor_country, '?') || '->' || coalesce(e.recipient_country, '?')",
            "country": "coalesce(e.place_country, e.actor_country)",
            "quad_class": "CAST(e.quad_class AS VARCHAR)",
        }
        if by not in keys:
            raise ValueError(f"by '{by}' is not one of {', '.join(STATS_BY)}")
        where = f.where
        if by in finer:
            where += " AND e.date_precision IN (" + ", ".join(f"'{p}'" for p in finer[by]) + ")"
        rows = self._fetch(
            f"SELECT {keys[by]} AS k, e.quad_class AS q, count(*) AS n FROM events e WHERE {where}"
            " GROUP BY ALL HAVING k IS NOT NULL ORDER BY k, q",
            f.params,
        )
        out = [{"key": k, "quad_class": q, "count": n} for k, q, n in rows]
        if by == "quad_class":
            for row in out:
                row["key"] = int(row["key"])
        return out

    # ------------------------------------------------------------------ SQL and frames
    @staticmethod
    def _check_select(query: str) -> None:
        try:
            statements = duckdb.extract_statements(query)
        except duckdb.Error as exc:
            raise ValueError(f"SQL does not parse: {_first_line(exc)}") from None
        if len(statements) != 1:
            raise ValueError(f"pass exactly one SQL statement, not {len(statements)}")
        if statements[0].type != duckdb.StatementType.SELECT:
            raise ValueError(
                "only SELECT (or WITH ... SELECT) queries are allowed here; the store is changed by ingest"
            )

    def sql(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        """Run one read-only query (SELECT or WITH) and return a pandas DataFrame."""
        self._check_select(query)
        with self._lock:
            try:
                return self._con.sql(query, params=params).df()
            except duckdb.Error as exc:
                raise ValueError(f"SQL error: {_first_line(exc)}") from None

    def arrow(self, query: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pa.Table:
        """Run one read-only query (SELECT or WITH) and return a pyarrow Table."""
        self._check_select(query)
        with self._lock:
            try:
                return self._con.sql(query, params=params).to_arrow_table()
            except duckdb.Error as exc:
                raise ValueError(f"SQL error: {_first_line(exc)}") from None

    def events_df(self, *, with_record: bool = False, **filters: Any) -> pd.DataFrame:
        """Matching events as a DataFrame of the flat ``events`` columns, by (date, id)."""
        f = EventFilter(**filters)
        cols = _FLAT_COLUMNS + (", e.record" if with_record else "")
        with self._lock:
            return self._con.sql(f"SELECT {cols} FROM events e WHERE {f.where} {_ORDER}", params=f.params).df()

    def events_arrow(self, *, with_record: bool = False, **filters: Any) -> pa.Table:
        """Like :meth:`events_df`, as a pyarrow Table."""
        f = EventFilter(**filters)
        cols = _FLAT_COLUMNS + (", e.record" if with_record else "")
        with self._lock:
            return self._con.sql(
                f"SELECT {cols} FROM events e WHERE {f.where} {_ORDER}", params=f.params
            ).to_arrow_table()

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, events, failures, runs."""
        out = {}
        for t in ("articles", "events", "failures", "runs"):
            out[t] = int(self._fetch(f"SELECT count(*) FROM {t}")[0][0])
        return out
