"""Single-threaded coding processes beside a multi-threaded host (a Dask worker).

A Dask worker runs its tasks in a thread beside its event loop, so the process that codes there
has several threads, and coding costs more there: the same partitions took 5-12 % more CPU time
in Dask workers than in single-threaded pool workers (three runs), a process with just one more
thread, idle or waited on, took 4-7 % more, and a native profile puts the difference in the
parser's lock and allocation calls (glibc, for one, skips the locks of malloc while a process
has one thread). A Dask worker therefore hands its partitions to a sidecar: a plain child
process with one thread that loads the pipeline once and codes what it is sent; the worker
passes bytes along (``benchmarks/worker_cpu.py``, ``benchmarks/thread_cost.py``).

    call(fn, *args)           # fn(*args) in a sidecar of this process, its result returned
    call_pickled(fn, *args)   # the same, the result still pickled (to pass on without a copy)

``fn`` must be importable by name (a module-level function). A process has one sidecar per
caller running at the same time (one per worker thread), each started on first use and kept for
the next call; it exits when its host exits (its end of the pipe closes). An exception ``fn``
raises in the sidecar is raised again in the caller; a sidecar that dies raises
:class:`SidecarError` and the next call starts a new one.

The sidecar ignores Ctrl-C (its host decides when to stop) and is started without Dask's
``MALLOC_TRIM_THRESHOLD_``, under which glibc returns memory on every free and the parser's many
small allocations run at half speed.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import resource
import signal
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import IO, Any, TypeVar

__all__ = ["SidecarError", "call", "call_pickled", "peak_rss_mb"]

R = TypeVar("R")

_HEADER = struct.Struct(">Q")
_OK, _RAISED = b"o", b"e"
_SERVE = "import eventwire.scale.sidecar as s; s.serve()"


class SidecarError(RuntimeError):
    """A sidecar process exited while it held a call."""


# ----------------------------------------------------------------------------- frames


def _write(out: IO[bytes], payload: bytes) -> None:
    out.write(_HEADER.pack(len(payload)))
    out.write(payload)
    out.flush()


def _read(inp: IO[bytes]) -> bytes | None:
    """One frame, or None at the end of the stream."""
    head = inp.read(_HEADER.size)
    if len(head) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(head)
    body = inp.read(size)
    if len(body) < size:
        return None
    return body


# ----------------------------------------------------------------------------- the sidecar's side


def serve() -> None:
    """Answer calls from standard input until it closes (the sidecar's main loop)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print goes to standard error, never into the frames
    inp = sys.stdin.buffer
    while (request := _read(inp)) is not None:
        try:
            fn, args = pickle.loads(request)
            reply = _OK + pickle.dumps(fn(*args), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as exc:  # noqa: BLE001 - sent back to the caller, who raises it
            reply = _RAISED + _pickled_error(exc)
        try:
            _write(out, reply)
        except BrokenPipeError:  # the host is gone
            return


def _pickled_error(exc: BaseException) -> bytes:
    try:
        return pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - an exception that does not pickle is sent as its text
        return pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"), protocol=pickle.HIGHEST_PROTOCOL)


def _request(fn: Callable[..., Any], args: tuple[Any, ...]) -> bytes:
    return pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)


def _own_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ----------------------------------------------------------------------------- the host's side


class _Sidecar:
    def __init__(self) -> None:
        env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _SERVE], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
        )

    def exchange(self, fn: Callable[..., Any], request: bytes) -> tuple[bytes, bytes]:
        """Send one pickled call of ``fn``, wait for its reply: (status, pickled result or exception)."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        try:
            _write(self.proc.stdin, request)
            reply = _read(self.proc.stdout)
        except (BrokenPipeError, ValueError):  # ValueError: a pipe closed by close()
            reply = None
        if reply is None:
            code = self.proc.wait()
            raise SidecarError(f"the coding process {self.proc.pid} of this worker exited (code {code}) during "
                               f"{getattr(fn, '__qualname__', fn)}; the next call starts a new one")
        return reply[:1], reply[1:]

    def kill(self) -> None:
        self.proc.kill()
        self.close()

    def close(self) -> None:
        if self.proc.stdin is not None:
            with contextlib.suppress(OSError):  # a pipe the dead sidecar left broken
                self.proc.stdin.close()  # the sidecar reads the end of its input and returns
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()


_lock = threading.Lock()
_idle: list[_Sidecar] = []
_all: list[_Sidecar] = []


def call_pickled(fn: Callable[..., Any], *args: Any) -> bytes:
    """``fn(*args)`` run in a sidecar of this process; its result as pickled bytes."""
    request = _request(fn, args)  # a call that does not pickle fails here, before a sidecar is taken
    with _lock:
        car = _idle.pop() if _idle else None
    if car is None:
        car = _Sidecar()
        with _lock:
            _all.append(car)
    try:
        status, payload = car.exchange(fn, request)
    except BaseException:
        # dead, or interrupted between a call and its reply: never used again
        with _lock, contextlib.suppress(ValueError):  # ValueError: already closed at exit
            _all.remove(car)
        car.kill()
        raise
    with _lock:
        _idle.append(car)
    if status == _RAISED:
        exc: BaseException = pickle.loads(payload)
        raise exc
    return payload


def call(fn: Callable[..., R], *args: Any) -> R:
    """``fn(*args)`` run in a sidecar of this process (see the module's docstring)."""
    result: R = pickle.loads(call_pickled(fn, *args))
    return result


def peak_rss_mb() -> list[float]:
    """The peak resident memory (MB) of each idle sidecar of this process."""
    with _lock:
        cars = list(_idle)
        del _idle[:]
    try:
        return [
            float(pickle.loads(payload))
            for status, payload in (car.exchange(_own_peak_rss_mb, _request(_own_peak_rss_mb, ())) for car in cars)
            if status == _OK
        ]
    finally:
        with _lock:
            _idle.extend(cars)


@atexit.register
def _close_all() -> None:
    with _lock:
        cars = list(_all)
        del _all[:], _idle[:]
    for car in cars:
        car.close()
