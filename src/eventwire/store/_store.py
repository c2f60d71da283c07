"""The event store: one DuckDB file holding articles, events and the evidence behind them.

One process writes at a time, or any number read (``read_only=True``): every opener takes the
lock file beside the store (:mod:`eventwire.store._lock`) and waits its turn. A *transient* store
(``transient=True``) holds the file only while one of its methods runs, or inside
:meth:`Store.hold`, so that a server, an ingest and queries can share one file. Every write
method commits whole articles (one transaction per call), so an interrupted ingest leaves only
whole articles behind.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from ..errors import EventwireError
from ._lock import FileLock, LockTimeout, lock_timeout, retry_locked
from ._reads import STATS_BY as STATS_BY
from ._reads import StoreReads, _first_line
from ._writes import StoreWrites, rollback
from .migrations import available, migrate

__all__ = ["STATS_BY", "Store", "StoreError", "default_path", "is_query_interrupt", "open_store"]

ENV_DB = "EVENTWIRE_DB"
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


def is_query_interrupt(exc: BaseException) -> bool:
    """True for the error DuckDB raises in place of a Ctrl-C that lands inside a query."""
    return isinstance(exc, duckdb.InterruptException) or (
        isinstance(exc, RuntimeError) and str(exc).startswith("Query interrupted")
    )


class _ConnectionLock:
    """The store's re-entrant lock; a Ctrl-C that DuckDB caught inside a query leaves it as a KeyboardInterrupt.

    DuckDB answers SIGINT during a query with ``RuntimeError("Query interrupted")``, which callers
    that handle Ctrl-C would take for a failure. The translation happens as the lock is released, so
    the write methods have already rolled their transaction back.

    With ``connect`` and ``disconnect`` (a transient store) the outermost entry opens the file and
    the matching exit closes it: the file is held only while the store is in use.
    """

    def __init__(
        self, *, connect: Callable[[], None] | None = None, disconnect: Callable[[], None] | None = None
    ) -> None:
        self._lock = threading.RLock()
        self._depth = 0
        self._connect = connect
        self._disconnect = disconnect

    def __enter__(self) -> None:
        self._lock.acquire()
        self._depth += 1
        if self._depth == 1 and self._connect is not None:
            try:
                self._connect()
            except BaseException:
                self._depth -= 1
                self._lock.release()
                raise

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._depth -= 1
        try:
            if self._depth == 0 and self._disconnect is not None:
                self._disconnect()
        finally:
            self._lock.release()
        if exc is not None and is_query_interrupt(exc):
            raise KeyboardInterrupt from exc


class StoreError(EventwireError):
    """The store cannot be opened or used; the message names the file and the fix."""


# DuckDB's own memory (its block cache, sorts, joins): bounded so that a long-running process does
# not keep every block it ever read; larger work spills to disk. $EVENTWIRE_DUCKDB_MEMORY sets it.
DEFAULT_DUCKDB_MEMORY = "1GB"


_MEMORY = re.compile(r"\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)", re.IGNORECASE)


def _duckdb_config() -> dict[str, str]:
    value = os.environ.get("EVENTWIRE_DUCKDB_MEMORY", DEFAULT_DUCKDB_MEMORY).strip()
    if not _MEMORY.fullmatch(value):
        raise StoreError(
            f"EVENTWIRE_DUCKDB_MEMORY={value!r} is not a memory size; set it like 512MB or 2GB, or unset it "
            f"for {DEFAULT_DUCKDB_MEMORY}"
        )
    return {"memory_limit": value}


def _is_lock_error(exc: BaseException) -> bool:
    """True for DuckDB's "Could not set lock on file": another process has the file open."""
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def _lock_holder(exc: BaseException) -> str:
    """The process DuckDB's lock error names (``Conflicting lock is held in /usr/bin/python3 (PID 42)``)."""
    import re

    m = re.search(r"held in (.+?) \(PID (\d+)\)", str(exc))
    return f"process {m.group(2)} ({m.group(1)}; outside eventwire's lock file)" if m else "another process"


def default_path() -> Path:
    """``$EVENTWIRE_DB`` if set, else ``events.duckdb`` in the user data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path("eventwire", appauthor=False) / "events.duckdb"


def open_store(
    path: str | Path | None = None, *, read_only: bool = False, transient: bool = False, timeout: float | None = None,
    linger: float = 0.0,
) -> Store:  # fmt: skip
    """Open (creating and migrating when writable) the store at ``path`` or :func:`default_path`.

    ``transient``: hold the file only while a method runs (or inside :meth:`Store.hold`), so that
    other processes can read and write between calls. ``timeout``: seconds to wait for a file that
    another process holds (default ``$EVENTWIRE_LOCK_TIMEOUT``, else 120). ``linger`` (a transient
    read-only store): keep the file open that many seconds after a call, for the next one, unless
    a writer is waiting for it (what the server does between requests).
    """
    return Store(path, read_only=read_only, transient=transient, timeout=timeout, linger=linger)


class Store(StoreWrites, StoreReads):
    """Read and write coded articles. Use as a context manager, or call :meth:`close`.

    The write methods are in :class:`~eventwire.store._writes.StoreWrites`, the read methods in
    :class:`~eventwire.store._reads.StoreReads`.
    """

    def __init__(
        self, path: str | Path | None = None, *, read_only: bool = False, transient: bool = False,
        timeout: float | None = None, linger: float = 0.0,
    ) -> None:  # fmt: skip
        self.path = Path(path).expanduser() if path is not None else default_path()
        self.read_only = read_only
        self.transient = transient
        self.timeout = lock_timeout() if timeout is None else timeout
        self._file_lock = FileLock(self.path.with_name(self.path.name + ".lock"), exclusive=not read_only)
        self._con: Any = None
        self._closed = False
        self.linger = linger if transient and read_only else 0.0
        self._idle_since = 0.0
        self._closer: threading.Thread | None = None
        self._lock = _ConnectionLock(connect=self._reconnect, disconnect=self._release) if transient else (
            _ConnectionLock())  # fmt: skip
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
        self._connect()
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
            self._disconnect()
            raise
        if transient:
            self._disconnect()

    # ------------------------------------------------------------------ lifecycle
    def _connect(self) -> None:
        """Take the lock file (shared to read, exclusive to write), then open the DuckDB file."""
        if self._closed:
            raise StoreError(f"{self.path}: this store was closed; open it again with open_store()")
        doing = "reading" if self.read_only else "writing"
        config = _duckdb_config()
        try:
            self._file_lock.acquire(timeout=self.timeout, what=f"{self.path} ({doing})")
        except LockTimeout as exc:
            raise StoreError(self._busy(exc)) from None
        try:
            self._con = retry_locked(
                lambda: duckdb.connect(str(self.path), read_only=self.read_only, config=config),
                is_locked=_is_lock_error,
                timeout=max(0.0, self.timeout), who=_lock_holder, what=f"{self.path} ({doing})",
                writer=not self.read_only,
            )  # fmt: skip
        except LockTimeout as exc:
            self._file_lock.release()
            raise StoreError(self._busy(exc)) from None
        except duckdb.Error as exc:
            self._file_lock.release()
            raise StoreError(
                f"{self.path}: cannot open ({_first_line(exc)}); check that it is an eventwire store"
            ) from None
        except BaseException:
            self._file_lock.release()
            raise
        # what another process may have changed since this store last held the file
        self._actor_ids = None
        self._failure_sources = None

    def _reconnect(self) -> None:
        if self._con is None:  # else a lingering connection (linger > 0) is used again
            self._connect()

    def _release(self) -> None:
        """The end of a transient store's use: close the file, or let it linger while nobody wants to write."""
        if self.linger <= 0 or self._file_lock.writer_waiting():
            self._disconnect()
            return
        self._idle_since = time.monotonic()
        if self._closer is None or not self._closer.is_alive():
            self._closer = threading.Thread(target=self._close_when_idle, name="eventwire-store-linger", daemon=True)
            self._closer.start()

    def _close_when_idle(self) -> None:
        """Closes a lingering connection once idle for ``linger`` seconds, or at once when a writer waits."""
        while True:
            time.sleep(min(0.05, self.linger))
            with self._lock._lock:  # free between calls: taken here, the file is not in use
                if self._con is None:
                    return
                if self._lock._depth == 0 and (
                    time.monotonic() - self._idle_since >= self.linger or self._file_lock.writer_waiting()
                ):
                    self._disconnect()
                    return

    def _busy(self, exc: LockTimeout) -> str:
        doing = "read" if self.read_only else "write to"
        return (
            f"{self.path}: could not {doing} it for {exc.waited:.1f} s: held by {exc.holders} (one writer at a time, "
            f"or many readers); wait for it to finish, stop it, or set $EVENTWIRE_LOCK_TIMEOUT to wait longer"
        )

    def _disconnect(self) -> None:
        con, self._con = self._con, None
        try:
            if con is not None:
                con.close()
        finally:
            self._file_lock.release()

    @contextmanager
    def hold(self) -> Iterator[Store]:
        """``with store.hold():`` keeps a transient store's file open across several calls (one lock wait)."""
        with self._lock:
            yield self

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
        if self.transient:
            with self._lock._lock:
                self._closed = True
                if self._con is not None:  # a lingering connection
                    self._disconnect()
            return
        with self._lock:
            if not self._closed:
                self._closed = True
                self._disconnect()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, read_only={self.read_only}, transient={self.transient})"

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
                rollback(self._con)
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
