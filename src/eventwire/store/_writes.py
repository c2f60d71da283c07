"""Writing coded articles, failures and ingest runs: the write methods of :class:`~eventwire.store.Store`.

:class:`StoreWrites` is a mixin: it uses the connection, lock and insert helpers of ``Store``.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import duckdb

from . import rows as R
from .claims import CLAIM_COLUMNS, claim_rows

if TYPE_CHECKING:
    from ..coding.analysis import Analysis


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """``ROLLBACK`` the open transaction; nothing when none is open.

    A Ctrl-C can land after ``COMMIT`` has finished but before the writer's ``try`` block ends;
    the transaction is then committed and whole, and DuckDB's "cannot rollback - no transaction is
    active" must not replace the interrupt."""
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException as exc:
        if "no transaction is active" not in str(exc):
            raise


_ARTICLE_COLUMNS = ("id", "external_id", "title", "published", "url", "outlet", "source", "language", "text",
                    "n_events", "coded_at", "run_id", "coder_version", "lexicon_version")  # fmt: skip
_TABLES = (
    ("articles", _ARTICLE_COLUMNS),
    ("events", R.EVENT_COLUMNS),
    ("event_actors", R.ACTOR_COLUMNS),
    ("places", R.PLACE_COLUMNS),
    ("quotes", R.QUOTE_COLUMNS),
    ("claims", CLAIM_COLUMNS),
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class StoreWrites:
    """The write methods of :class:`~eventwire.store.Store` (articles, failures, runs)."""

    def write_analysis(self, analysis: Analysis, *, run_id: str | None = None, external_id: str | None = None) -> int:
        """Store one coded article in one transaction, replacing what the store held for it.

        Every event is stored, negated ones included (``aux.negated``). Returns the events written.
        """
        return self.write_analyses([analysis], run_id=run_id, external_ids=[external_id])[0]

    def write_analyses(
        self, analyses: Sequence[Analysis], *, run_id: str | None = None,
        external_ids: Sequence[str | None] | None = None,
    ) -> list[int]:  # fmt: skip
        """Store coded articles in one transaction: all of them or none. Returns the events written for each.

        Each article replaces what the store held for it (same id); ``external_ids[i]`` is the id
        the source of ``analyses[i]`` gave, if any.
        """
        self._writable()
        if external_ids is not None and len(external_ids) != len(analyses):
            raise ValueError(f"{len(external_ids)} external ids for {len(analyses)} analyses; pass one per analysis")
        prepared = [self._rows(a, run_id, None if external_ids is None else external_ids[i])
                    for i, a in enumerate(analyses)]  # fmt: skip
        if not prepared:
            return []
        ids = [a.article.id for a in analyses]
        sources = {a.article.source for a in analyses}
        with self._lock:
            con = self._con
            con.execute("BEGIN TRANSACTION")
            try:
                stored = {r[0] for r in con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids])
                          .fetchall()}  # fmt: skip
                if stored:
                    for table in ("events", "event_actors", "places", "quotes", "claims", "incident_keys"):
                        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [list(stored)])
                    con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [list(stored)])
                for table, columns in _TABLES:
                    self._insert(table, columns, [row for p in prepared for row in p[table]])
                known = self._known_actors()
                kb: dict[str, tuple[Any, ...]] = {}
                for p in prepared:
                    kb.update(p["kb"])
                new_actors = [row for k, row in kb.items() if k not in known]
                if new_actors:
                    self._insert_actors(new_actors)
                failed = self._failed_sources()
                cleared = sorted(sources & failed)
                if cleared:
                    con.execute("DELETE FROM failures WHERE source IN (SELECT unnest(?))", [cleared])
                con.execute("COMMIT")
            except BaseException:
                rollback(con)
                raise
            known.update(row[0] for row in new_actors)
            failed.difference_update(cleared)
        return [len(p["events"]) for p in prepared]

    def _rows(self, analysis: Analysis, run_id: str | None, external_id: str | None) -> dict[str, Any]:
        """The rows one coded article adds, by table (and ``kb``: the actors it names)."""
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
        kb: dict[str, tuple[Any, ...]] = {}
        actor_rows: list[tuple[Any, ...]] = []
        for r in records:
            for row in R.event_actor_rows(r, art.id):
                actor_rows.append(row)
                if row[6]:
                    kb[row[6]] = (row[6], row[5] or row[4], row[7], row[8])
        return {
            "articles": [article_row],
            "events": [R.event_row(r, art.id) for r in records],
            "event_actors": actor_rows,
            "places": R.place_rows(analysis),
            "quotes": R.quote_rows(analysis),
            "claims": claim_rows(analysis),
            "kb": kb,
        }

    # The kb ids in `actors` and the sources in `failures`, loaded once per opening of the file: one
    # process writes at a time, so only this Store changes them while it holds the file (updated
    # after each commit; a transient store loads them again each time it opens the file).
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
            except BaseException:
                rollback(con)
                raise
            if self._failure_sources is not None:
                self._failure_sources.add(source)

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
        """Close a ``runs`` row with its counts and ``status`` (done, interrupted or failed).

        ``articles`` and ``events`` are what the run committed, counted in the store (the articles
        rows carrying ``run_id``) when it holds more than the caller counted: a Ctrl-C landing just
        after a ``COMMIT`` stops the caller before it counts that article."""
        self._writable()
        with self._lock:
            row = self._con.execute(
                "SELECT count(*), coalesce(sum(n_events), 0) FROM articles WHERE run_id = ?", [run_id]
            ).fetchone()
            if row is not None and int(row[0]) > articles:
                articles, events = int(row[0]), int(row[1])
            self._con.execute(
                "UPDATE runs SET finished_at = ?, status = ?, articles = ?, skipped = ?, events = ?, failures = ?,"
                " lexicon_version = ? WHERE id = ?",
                [_now(), status, articles, skipped, events, failures, lexicon_version, run_id],
            )
