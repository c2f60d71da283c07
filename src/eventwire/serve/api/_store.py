"""The API's access to the event store: one request at a time, holding the file only during it.

A DuckDB connection is not meant to be shared by threads running at once, and FastAPI runs
plain ``def`` endpoints in a thread pool, so every use holds a lock. The server opens the store
*transient* (:mod:`eventwire.store._store`): a reading request opens the file read-only (and
leaves it open half a second for the next request, unless a writer waits for it) and a writing
one read-write, only for the request's own queries, so ``eventwire ingest``, ``events`` and
``stats`` on the same file run beside the server (they wait for one request at most). A server
started read-only never writes to the file.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from ...errors import EventwireError
from ._errors import ReadOnlyError, StoreUnavailableError

__all__ = ["StoreAccess"]

_LINGER = 0.5  # seconds the reading connection stays open after a request (a dashboard asks several at once)


class StoreAccess:
    """Opens the store on first use; ``with access.reading() as store`` / ``access.writing()``.

    With ``store`` (an open store, e.g. in a notebook) every request uses it as it is.
    """

    def __init__(self, *, path: str | Path | None = None, store: Any = None, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._store = store  # the reader: a transient read-only store, or the store given
        self._writer: Any = store
        self._owned = store is None
        self._lock = threading.RLock()

    def _open(self, *, write: bool) -> Any:
        if self._store is None:
            try:
                from ...store import open_store
            except ImportError as exc:  # pragma: no cover - the store ships with eventwire
                raise StoreUnavailableError(f"the event store is not installed ({exc}); reinstall eventwire") from exc
            try:
                if not self.read_only:  # creates and migrates the file when needed
                    self._writer = open_store(self.path, transient=True)
                # between two requests the file stays open half a second, unless a writer waits
                self._store = open_store(self.path, read_only=True, transient=True, linger=_LINGER)
            except EventwireError as exc:  # StoreError: its message names the file and the fix
                raise StoreUnavailableError(str(exc)) from exc
            except Exception as exc:  # duckdb.IOException and friends: say which file and why
                where = self.path or "the default database"
                raise StoreUnavailableError(
                    f"cannot open {where}: {str(exc).splitlines()[0]}; check --db, or stop the process that holds it"
                ) from exc
        return self._writer if write else self._store

    @contextmanager
    def _held(self, store: Any) -> Iterator[Any]:
        if not self._owned:
            yield store
            return
        with ExitStack() as stack:
            try:
                stack.enter_context(store.hold())
            except EventwireError as exc:  # another process kept the file past the timeout
                raise StoreUnavailableError(str(exc)) from exc
            yield store

    @contextmanager
    def reading(self) -> Iterator[Any]:
        with self._lock, self._held(self._open(write=False)) as store:
            yield store

    @contextmanager
    def writing(self) -> Iterator[Any]:
        if self.read_only:
            raise ReadOnlyError("this server was started with --read-only; restart it without to store articles")
        with self._lock, self._held(self._open(write=True)) as store:
            yield store

    def close(self) -> None:
        with self._lock:
            if self._owned:
                for store in (self._store, self._writer):
                    if store is not None:
                        store.close()
                self._store = self._writer = None
