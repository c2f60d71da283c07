"""The event store: one DuckDB file holding articles, events and the evidence behind them.

One process writes at a time (DuckDB locks the file); any number of processes can read with
``read_only=True`` while no one writes. Every article is written in one transaction, so an
interrupted ingest leaves only whole articles behind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb

from ..errors import EventwireError
from . import rows as R
from .claims import CLAIM_COLUMNS, claim_rows
from .filters import EventFilter
from .migrations import available, migrate

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from ..coding.analysis import Analysis

__all__ = ["STATS_BY", "Store", "StoreError", "default_path", "open_store"]

ENV_DB = "EVENTWIRE_DB"
STATS_BY = ("day", "week", "month", "category", "dyad", "country", "quad_class")

_FLAT_COLUMNS = ", ".join(f"e.{c}" for c in R.EVENT_COLUMNS if c != "record")
_ORDER = "ORDER BY e.date NULLS LAST, e.id"


_SMALL_INSERT = 500
_FLOAT_TYPES = frozenset({"DOUBLE", "FLOAT", "REAL"})
_INT_TYPES = frozenset({"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT"})


def _coerce(sql_type: str, values: Sequence[Any]) -> list[Any]:
    """A column's values as one Python type, so DuckDB binds the list with one element type."""
    if sql_type in _FLOAT_TYPES:
        return [None if v is None else float(v) for v in values]
    if sql_type in _INT_TYPES:
        return [None if v is None else int(v) for v in values]
    if sql_type == "VARCHAR":
        return [v if v is None or isinstance(v, str) else str(v) for v in values]
    return list(values)


class StoreError(EventwireError):
    """The store cannot be opened or used; the message names the file and the fix."""


def default_path() -> Path:
    """``$EVENTWIRE_DB`` if set, else ``events.duckdb`` in the user data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path("eventwire", appauthor=False) / "events.duckdb"


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open (creating and migrating when writable) the store at ``path`` or :func:`default_path`."""
    return Store(path, read_only=read_only)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


class Store:
    """Read and write coded articles. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path).expanduser() if path is not None else default_path()
        self.read_only = read_only
        self._lock = threading.RLock()
        self._column_types: dict[str, dict[str, str]] = {}
        self._actor_ids: set[str] | None = None
        self._failure_sources: set[str] | None = None
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database; run `eventwire ingest --db {self.path} ...` first")
        if not read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"{self.path}: cannot create its folder ({_first_line(exc)}); pass another --db"
                ) from None
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(
                f"{self.path}: cannot open ({_first_line(exc)}); another process may be writing to it "
                "(one writer at a time): wait for it, or open the store read-only"
            ) from None
        try:
            latest = available()[-1].version
            if read_only:
                have = self._schema_version()
                if have < latest:
                    raise StoreError(
                        f"{self.path}: schema version {have} is older than {latest}; open it once writable to "
                        "migrate it"
                    )
            else:
                migrate(self._con)
            if self._schema_version() > latest:
                raise StoreError(
                    f"{self.path}: written by a newer eventwire (schema above {latest}); upgrade eventwire"
                )
        except BaseException:
            self._con.close()
            raise

    # ------------------------------------------------------------------ lifecycle
    def _schema_version(self) -> int:
        try:
            row = self._con.execute("SELECT max(version) FROM schema_version").fetchall()[0]
        except duckdb.CatalogException:
            return 0
        return int(row[0]) if row and row[0] is not None else 0

    @property
    def schema_version(self) -> int:
        with self._lock:
            return self._schema_version()

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, read_only={self.read_only})"

    # ------------------------------------------------------------------ writing
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; open it without read_only to write")

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        """Append ``rows`` (tuples in ``columns`` order) to ``table`` as they are: bulk loading.

        No replacing and no checks; the caller owns consistency (wrap it in :meth:`transaction`).
        The row builders of :mod:`eventwire.store.rows` give the columns of each table.
        """
        self._writable()
        with self._lock:
            self._insert(table, columns, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``with store.transaction():`` commits the writes inside on success, rolls back on error."""
        self._writable()
        with self._lock:
            self._con.execute("BEGIN TRANSACTION")
            try:
                yield
            except BaseException:
                self._con.execute("ROLLBACK")
                raise
            self._con.execute("COMMIT")

    def execute(self, statement: str, params: Sequence[Any] | None = None) -> None:
        """Run one writing SQL statement (``DELETE``, ``UPDATE``...), typically inside :meth:`transaction`.

        For modules that keep their own tables in the store (incidents, claims); queries use :meth:`fetch`.
        """
        self._writable()
        with self._lock:
            self._con.execute(statement, list(params or []))

    def _types(self, table: str) -> dict[str, str]:
        if table not in self._column_types:
            found = self._con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? AND "
                "table_schema = 'main'",
                [table],
            ).fetchall()
            self._column_types[table] = {c: t for c, t in found}
        return self._column_types[table]

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if len(rows) <= _SMALL_INSERT:
            # one typed list per column, unnested side by side: binding a few lists is much
            # cheaper than binding every value or registering an Arrow table
            types = self._types(table)
            select = ", ".join(f"unnest(CAST(? AS {types[c]}[]))" for c in columns)
            params = [_coerce(types[c], col) for c, col in zip(columns, zip(*rows))]
            self._con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select}", params)
            return
        import pyarrow as pa

        data = pa.table({c: list(col) for c, col in zip(columns, zip(*rows))})
        name = f"_ins_{table}"
        self._con.register(name, data)
        try:
            self._con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM {name}")
        finally:
            self._con.unregister(name)

    def write_analysis(self, analysis: Analysis, *, run_id: str | None = None, external_id: str | None = None) -> int:
        """Store one coded article in one transaction, replacing what the store held for it.

        Every event is stored, negated ones included (``aux.negated``). Returns the events written.
        """
        self._writable()
        art = analysis.article
        records = [e.to_dict() for e in analysis.events]
        coder = records[0]["coder"] if records else {}
        if not coder:
            from .._version import __version__

            coder = {"version": __version__}
        article_row = (
            art.id, external_id, art.title, art.published, art.url, art.outlet, art.source, art.language, art.text,
            len(records), _now(), run_id, coder.get("version"), coder.get("lexicon_version"),
        )  # fmt: skip
        article_cols = ("id", "external_id", "title", "published", "url", "outlet", "source", "language", "text",
                        "n_events", "coded_at", "run_id", "coder_version", "lexicon_version")  # fmt: skip
        kb: dict[str, tuple[Any, ...]] = {}
        actor_rows: list[tuple[Any, ...]] = []
        for r in records:
            for row in R.event_actor_rows(r, art.id):
                actor_rows.append(row)
                if row[6]:
                    kb[row[6]] = (row[6], row[5] or row[4], row[7], row[8])
        with self._lock:
            con = self._con
            con.execute("BEGIN TRANSACTION")
            try:
                if con.execute("SELECT 1 FROM articles WHERE id = ? LIMIT 1", [art.id]).fetchall():
                    for table in ("events", "event_actors", "places", "quotes", "claims"):
                        con.execute(f"DELETE FROM {table} WHERE article_id = ?", [art.id])
                    con.execute("DELETE FROM articles WHERE id = ?", [art.id])
                self._insert("articles", article_cols, [article_row])
                self._insert("events", R.EVENT_COLUMNS, [R.event_row(r, art.id) for r in records])
                self._insert("event_actors", R.ACTOR_COLUMNS, actor_rows)
                self._insert("places", R.PLACE_COLUMNS, R.place_rows(analysis))
                self._insert("quotes", R.QUOTE_COLUMNS, R.quote_rows(analysis))
                self._insert("claims", CLAIM_COLUMNS, claim_rows(analysis))
                known = self._known_actors()
                new_actors = [row for k, row in kb.items() if k not in known]
                if new_actors:
                    self._insert_actors(new_actors)
                failed = self._failed_sources()
                if art.source in failed:
                    con.execute("DELETE FROM failures WHERE source = ?", [art.source])
                con.execute("COMMIT")
                known.update(row[0] for row in new_actors)
                failed.discard(art.source)
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return len(records)

    # The kb ids in `actors` and the sources in `failures`, loaded once: one process writes at a
    # time, so only this Store changes them while it is open (updated after each commit).
    def _known_actors(self) -> set[str]:
        if self._actor_ids is None:
            self._actor_ids = {r[0] for r in self._con.execute("SELECT kb_id FROM actors").fetchall()}
        return self._actor_ids

    def _failed_sources(self) -> set[str]:
        if self._failure_sources is None:
            self._failure_sources = {r[0] for r in self._con.execute("SELECT source FROM failures").fetchall()}
        return self._failure_sources

    def _insert_actors(self, rows: list[tuple[Any, ...]]) -> None:
        self._con.execute(
            "INSERT INTO actors VALUES " + ", ".join(["(?, ?, ?, ?)"] * len(rows)) + " ON CONFLICT (kb_id) DO NOTHING",
            [v for row in rows for v in row],
        )

    def record_failure(self, *, source: str, reason: str, run_id: str | None = None) -> None:
        """Note that ``source`` could not be coded and why (one row per source, latest reason)."""
        self._writable()
        now = _now()
        with self._lock:
            con = self._con
            con.execute("BEGIN TRANSACTION")
            try:
                n = con.execute(
                    "UPDATE failures SET reason = ?, run_id = ?, attempts = attempts + 1, last_seen = ? WHERE "
                    "source = ?",
                    [reason, run_id, now, source],
                ).fetchall()
                if not n or not n[0][0]:
                    con.execute("INSERT INTO failures VALUES (?, ?, ?, 1, ?, ?)", [source, reason, run_id, now, now])
                con.execute("COMMIT")
                if self._failure_sources is not None:
                    self._failure_sources.add(source)
            except BaseException:
                con.execute("ROLLBACK")
                raise

    def start_run(self, *, sources: Sequence[str] = ()) -> str:
        """Open a ``runs`` row; returns its id."""
        self._writable()
        from .._version import __version__

        run_id = uuid.uuid4().hex[:16]
        with self._lock:
            self._con.execute(
                "INSERT INTO runs (id, started_at, status, sources, coder_version) VALUES (?, ?, 'running', ?, ?)",
                [run_id, _now(), json.dumps(list(sources), ensure_ascii=False), __version__],
            )
        return run_id

    def finish_run(self, run_id: str, *, status: str, articles: int = 0, skipped: int = 0, events: int = 0,
                   failures: int = 0, lexicon_version: str | None = None) -> None:  # fmt: skip
        """Close a ``runs`` row with its counts and ``status`` (done, interrupted or failed)."""
        self._writable()
        with self._lock:
            self._con.execute(
                "UPDATE runs SET finished_at = ?, status = ?, articles = ?, skipped = ?, events = ?, failures = ?,"
                " lexicon_version = ? WHERE id = ?",
                [_now(), status, articles, skipped, events, failures, lexicon_version, run_id],
            )

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
               quad_class: int | None = None, include_negated: bool = False, limit: int | None = 100,
               after: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
        """Stored records (``Event.to_dict()``) matching every filter given, by (date, id).

        ``after`` is the id of the last event of the previous page; ``limit=None`` returns all.
        """
        f = EventFilter(
            actor=actor,
            recipient=recipient,
            country=country,
            type=type,
            mode=mode,
            since=since,
            until=until,
            place=place,
            text=text,
            quad_class=quad_class,
            include_negated=include_negated,
        )
        cur, cparams = self._cursor(after)
        query = f"SELECT e.record FROM events e WHERE {f.where} AND {cur} {_ORDER}"
        params = f.params + cparams
        if limit is not None:
            if limit < 0:
                raise ValueError(f"limit {limit} is negative; pass 0 or more")
            query += " LIMIT ?"
            params.append(int(limit))
        return [json.loads(r[0]) for r in self._fetch(query, params)]

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
        """Knowledge-base actors in stored (non-negated) events, most events first."""
        cond, params = "TRUE", []
        if q:
            cond = "(contains(lower(a.name), lower(?)) OR contains(lower(a.kb_id), lower(?)))"
            params = [q, q]
        rows = self._fetch(
            "SELECT a.kb_id, a.name, a.country, a.sector, count(DISTINCT ea.event_id) AS n FROM actors a"
            " JOIN event_actors ea ON ea.kb_id = a.kb_id AND ea.role IN ('actor', 'recipient')"
            " JOIN events e ON e.id = ea.event_id AND e.article_id = ea.article_id AND NOT e.negated"
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
              quad_class: int | None = None, include_negated: bool = False) -> list[dict[str, Any]]:  # fmt: skip
        """Event counts per ``by`` key and quad class: ``[{"key", "quad_class", "count"}]`` by key.

        Time buckets (day, week = ISO week's Monday, month) count only events dated at least that
        precisely; ``dyad`` keys are ``ACTOR_COUNTRY->RECIPIENT_COUNTRY``; ``country`` is the
        event's place country, else its actor's country.
        """
        f = EventFilter(
            actor=actor,
            recipient=recipient,
            country=country,
            type=type,
            mode=mode,
            since=since,
            until=until,
            place=place,
            text=text,
            quad_class=quad_class,
            include_negated=include_negated,
        )
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
