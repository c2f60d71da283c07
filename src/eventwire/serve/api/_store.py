"""The API's access to the event store: opened once, lazily, used by one request at a time.

A DuckDB connection is not meant to be shared by threads running at once, and FastAPI runs
plain ``def`` endpoints in a thread pool, so every use holds a lock. A server started read-only
opens the file read-only and never writes to it. DuckDB lets one process hold a file open for
writing only while no other process has it open at all, so ``eventwire ingest`` cannot write
beside a running server, read-only or not: stop the server, ingest, then serve again.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ...errors import EventwireError
from ._errors import ReadOnlyError, StoreUnavailableError

__all__ = ["StoreAccess"]


class StoreAccess:
    """Opens the store on first use; ``with access.reading() as store`` / ``access.writing()``."""

    def __init__(self, *, path: str | Path | None = None, store: Any = None, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._store = store
        self._owned = store is None
        self._lock = threading.RLock()

    def _open(self) -> Any:
        if self._store is None:
            try:
                from ...store import open_store
            except ImportError as exc:  # pragma: no cover - the store ships with eventwire
                raise StoreUnavailableError(f"the event store is not installed ({exc}); reinstall eventwire") from exc
            try:
                self._store = open_store(self.path, read_only=self.read_only)
            except EventwireError as exc:  # StoreError: its message names the file and the fix
                raise StoreUnavailableError(str(exc)) from exc
            except Exception as exc:  # duckdb.IOException and friends: say which file and why
                where = self.path or "the default database"
                raise StoreUnavailableError(
                    f"cannot open {where}: {str(exc).splitlines()[0]}; check --db, or stop the process that holds it"
                ) from exc
        return self._store

    @contextmanager
    def reading(self) -> Iterator[Any]:
        with self._lock:
            yield self._open()

    @contextmanager
    def writing(self) -> Iterator[Any]:
        if self.read_only:
            raise ReadOnlyError("this server was started with --read-only; restart it without to store articles")
        with self._lock:
            yield self._open()

    def close(self) -> None:
        with self._lock:
            if self._store is not None and self._owned:
                self._store.close()
                self._store = None
