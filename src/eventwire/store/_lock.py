"""Sharing one store file between processes: many readers or one writer, each for as short a time as it can.

DuckDB lets one process open a file for writing, or many open it read-only, never both. Every
process that opens a store first takes an advisory lock on ``<store>.lock`` beside it: shared to
read, exclusive to write. A process that finds the lock taken waits, retrying with a growing,
jittered delay, up to a timeout (``$EVENTWIRE_LOCK_TIMEOUT`` seconds, 120 by default); the error
after the timeout names the processes that hold the lock. A waiting writer holds ``<store>.wait``,
which stops new readers from starting, so a stream of short reads cannot keep a writer out.

DuckDB's own lock is retried the same way, for processes that open the file without this protocol
(the ``duckdb`` shell, another program).
"""

from __future__ import annotations

import logging
import os
import random
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: DuckDB's own lock, retried, is the only one
    fcntl = None  # type: ignore[assignment]

__all__ = ["ENV_LOCK_TIMEOUT", "FileLock", "LockTimeout", "lock_timeout", "retry_locked"]

ENV_LOCK_TIMEOUT = "EVENTWIRE_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 120.0
_WRITER_MAX_DELAY = 0.02
_READER_MAX_DELAY = 0.2
_TELL_AFTER = 2.0  # seconds of waiting before the log says who is in the way

log = logging.getLogger("eventwire.store")
T = TypeVar("T")


class LockTimeout(Exception):
    """The lock stayed taken until the timeout; ``holders`` describes who holds it."""

    def __init__(self, holders: str, waited: float) -> None:
        super().__init__(holders)
        self.holders = holders
        self.waited = waited


def lock_timeout() -> float:
    """Seconds to wait for a store another process holds: ``$EVENTWIRE_LOCK_TIMEOUT`` or 120."""
    raw = os.environ.get(ENV_LOCK_TIMEOUT)
    if not raw:
        return DEFAULT_LOCK_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"${ENV_LOCK_TIMEOUT}={raw!r} is not a number of seconds; set it to e.g. 120") from None
    return max(0.0, value)


def _command(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    words = [w.decode("utf-8", "replace") for w in raw.split(b"\0") if w]
    text = " ".join(" ".join((Path(words[0]).name if i == 0 else w).split()) for i, w in enumerate(words))
    return text if len(text) <= 100 else text[:97] + "..."


def holders_of(path: Path) -> list[tuple[int, str, str]]:
    """``(pid, "read" | "write", command)`` of the processes holding a lock on ``path`` (Linux; else [])."""
    try:
        inode = path.stat().st_ino
        lines = Path("/proc/locks").read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return []
    found: list[tuple[int, str, str]] = []
    for line in lines:
        # "3: FLOCK  ADVISORY  WRITE 4242 fd:01:131 0 EOF"; waiters carry "->" and are skipped
        m = re.match(r"\d+:\s+FLOCK\s+\S+\s+(READ|WRITE)\s+(\d+)\s+[0-9a-f]+:[0-9a-f]+:(\d+)\s", line)
        if m and int(m.group(3)) == inode:
            pid = int(m.group(2))
            found.append((pid, "write" if m.group(1) == "WRITE" else "read", _command(pid)))
    return found


def describe_holders(path: Path) -> str:
    """Who holds ``path``, for a message: ``process 4242 (python -m eventwire serve ...; writing)``."""
    found = [h for h in holders_of(path) if h[0] != os.getpid()] or holders_of(path)
    if not found:
        return "another process"
    parts = [f"process {pid} ({cmd + '; ' if cmd else ''}{'writing' if mode == 'write' else 'reading'})"
             for pid, mode, cmd in found[:3]]  # fmt: skip
    return "; ".join(parts) + (f" and {len(found) - 3} more" if len(found) > 3 else "")


class FileLock:
    """An advisory lock on ``path`` (created when missing): shared for readers, exclusive for a writer.

    A writer first takes ``<path>.wait`` (``events.duckdb.wait`` beside ``events.duckdb.lock``)
    exclusively and keeps it while it waits for the readers to finish; a reader does not start
    while a writer holds it. So readers that keep coming cannot keep a writer out, and writers
    queue on ``.wait`` in turn.

    ``acquire`` waits up to ``timeout`` seconds and raises :class:`LockTimeout`; a folder where the
    lock file cannot be created (read-only media) means no lock: DuckDB's own still guards the file.
    """

    def __init__(self, path: Path, *, exclusive: bool) -> None:
        self.path = path
        self.gate = path.with_suffix(".wait")
        self.exclusive = exclusive
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, *, timeout: float, what: str) -> None:
        if fcntl is None or self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError:
            return
        try:
            gate: int | None = os.open(self.gate, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError:
            gate = None
        start = time.monotonic()

        def left() -> float:
            return max(0.0, timeout - (time.monotonic() - start))

        try:
            if self.exclusive:
                if gate is not None:  # first in the queue of writers; from then on no new reader starts
                    _wait(lambda: fcntl.flock(gate, fcntl.LOCK_EX | fcntl.LOCK_NB), retry_on=BlockingIOError,
                          timeout=left(), cap=_WRITER_MAX_DELAY, who=self._who, what=what)  # fmt: skip
                _wait(lambda: fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB), retry_on=BlockingIOError,
                      timeout=left(), cap=_WRITER_MAX_DELAY, who=self._who, what=what)  # fmt: skip
            else:
                _wait(lambda: self._read(fd, gate), retry_on=BlockingIOError, timeout=left(), cap=_READER_MAX_DELAY,
                      who=self._who, what=what)  # fmt: skip
        except LockTimeout as exc:
            os.close(fd)
            raise LockTimeout(exc.holders, time.monotonic() - start) from None
        except BaseException:
            os.close(fd)
            raise
        finally:
            if gate is not None:
                os.close(gate)  # a writer holding the main lock lets the next writer queue
        self._fd = fd

    @staticmethod
    def _read(fd: int, gate: int | None) -> None:
        """The shared lock, unless a writer is waiting (raises BlockingIOError to wait)."""
        if gate is not None:
            fcntl.flock(gate, fcntl.LOCK_SH | fcntl.LOCK_NB)
            fcntl.flock(gate, fcntl.LOCK_UN)
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)

    def _who(self) -> str:
        holding = describe_holders(self.path)
        waiting = [pid for pid, mode, _ in holders_of(self.gate) if mode == "write" and pid != os.getpid()]
        if waiting:
            return f"{holding}, with process {', '.join(map(str, waiting[:3]))} waiting to write"
        return holding

    def writer_waiting(self) -> bool:
        """True while a writer holds ``.wait``: it waits for this lock (or is about to take it)."""
        if fcntl is None:
            return False
        try:
            gate = os.open(self.gate, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(gate, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(gate)
        return False

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases its flock


def retry_locked(func: Callable[[], T], *, is_locked: Callable[[BaseException], bool], timeout: float,
                 who: Callable[[BaseException], str], what: str, writer: bool) -> T:  # fmt: skip
    """``func()``, called again while it raises an error ``is_locked`` accepts, for up to ``timeout`` s."""
    last: list[BaseException] = []

    def attempt() -> T:
        try:
            return func()
        except Exception as exc:
            if not is_locked(exc):
                raise
            last[:] = [exc]
            raise _Busy from exc

    return _wait(attempt, retry_on=_Busy, timeout=timeout, cap=_WRITER_MAX_DELAY if writer else _READER_MAX_DELAY,
                 who=lambda: who(last[0]) if last else "another process", what=what)  # fmt: skip


class _Busy(Exception):
    pass


def _wait(func: Callable[[], T], *, retry_on: type[BaseException], timeout: float, cap: float,
          who: Callable[[], str], what: str) -> T:  # fmt: skip
    start = time.monotonic()
    delay = 0.002
    told = False
    while True:
        try:
            return func()
        except retry_on:
            waited = time.monotonic() - start
            if waited >= timeout:
                raise LockTimeout(who(), waited) from None
            if not told and waited >= _TELL_AFTER:
                told = True
                log.warning("%s: waiting: held by %s", what, who())
            time.sleep(min(delay, max(0.0, timeout - waited)) * random.uniform(0.5, 1.0))
            delay = min(delay * 2, cap)
