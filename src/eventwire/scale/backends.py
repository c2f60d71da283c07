"""Where the runners code: partitions of the input, the process pool, and the Dask cluster."""

from __future__ import annotations

import collections
import contextlib
import itertools
import logging
import multiprocessing
import os
import pickle
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from ..coding.coder import Analysis
from ..text.article import Article
from .worker import _code_partition, _init_worker, _results, _sidecar_partition, _warm_sidecar

if TYPE_CHECKING:
    from distributed import Client

T = TypeVar("T")
R = TypeVar("R")

_LOCAL = re.compile(r"^local(?::(\d+))?$")
_REMOTE = re.compile(r"^(tcp|tls|inproc|ucx|ws|wss)://[^\s/]+$")
DASK_FORMS = "local, local:N (N worker processes) or a scheduler address such as tcp://host:8786"


class ScaleError(ValueError):
    """A bad ``workers`` or ``dask`` value."""


# ----------------------------------------------------------------------------- partitions


def _partitions(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _ordered(submit: Callable[[T], Future[R]], items: Iterable[T], *, in_flight: int) -> Iterator[R]:
    """Submit items with at most ``in_flight`` pending; yield their results in input order."""
    pending: collections.deque[Future[R]] = collections.deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


# ----------------------------------------------------------------------------- process pool


def _check_workers(workers: int) -> None:
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ScaleError(f"workers must be a whole number >= 1, not {workers!r}; e.g. --workers {os.cpu_count() or 2}")


@contextlib.contextmanager
def process_pool(*, workers: int, model: str | None = None) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` fresh processes, each with the pipeline loaded once, ready to code.

    Processes are started with ``spawn`` (no state inherited from the caller, safe with threads).
    """
    _check_workers(workers)
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(model,)) as pool:
        yield pool


def _pool_runs(
    pool: ProcessPoolExecutor,
    articles: Iterable[Article],
    *,
    workers: int,
    model: str | None,
    batch_size: int,
    on_error: Callable[[Article, str], None] | None = None,
) -> Iterator[Analysis]:
    def submit(part: list[Article]) -> Future[list[Analysis]]:
        return pool.submit(_code_partition, part, model, batch_size)

    for result in _ordered(submit, _partitions(articles, batch_size), in_flight=2 * workers):
        yield from _results(result, on_error)


# ----------------------------------------------------------------------------- Dask


def parse_dask_address(dask: str) -> tuple[str, int | None]:
    """``("local", N or None)`` for ``local[:N]``, ``("remote", None)`` for a scheduler address.

    Raises ScaleError naming the value and the accepted forms.
    """
    m = _LOCAL.match(dask.strip())
    if m:
        n = int(m.group(1)) if m.group(1) else None
        if n is not None and n < 1:
            raise ScaleError(f"--dask '{dask}' asks for {n} workers; use local:N with N >= 1")
        return "local", n
    if _REMOTE.match(dask.strip()):
        return "remote", None
    raise ScaleError(f"--dask '{dask}' is not a Dask cluster; use {DASK_FORMS}")


_LOCAL_INTERVALS = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


@contextlib.contextmanager
def connect_dask(dask: str, *, model: str | None = None) -> Iterator[Client]:
    """A Dask client: a new ``distributed.LocalCluster`` for ``local[:N]`` (one thread per worker
    process, closed on exit) or the scheduler at ``tcp://host:port``. Each worker starts its
    coding sidecar, which loads the pipeline before the first partition arrives."""
    kind, n = parse_dask_address(dask)
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - a dependency of eventwire
        raise ScaleError("Dask is not installed; pip install 'dask[distributed]'") from exc
    if kind == "local":
        import dask

        workers = n or os.cpu_count() or 1
        with (
            # The workers' sampling profiler (a thread waking every 10 ms) is off, and the
            # event-loop tick (every 20 ms), the system monitor (0.5 s) and the memory monitor
            # (0.1 s) of the scheduler, nannies and workers are slower: at Dask's defaults an idle
            # local:2 cluster took a tenth of a core, at these a fiftieth. (Dask's
            # MALLOC_TRIM_THRESHOLD_ is left out by the sidecar that codes, on any cluster.)
            dask.config.set({"distributed.worker.profile.enabled": False, **_LOCAL_INTERVALS}),
            # ":0": the scheduler's HTTP server on a free port (None still binds 8787, which
            # another cluster on the machine may hold)
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.WARNING,
            ) as cluster,
            Client(cluster) as client,
        ):
            client.run(_warm_sidecar, model)
            yield client
    else:
        try:
            client = Client(dask.strip(), timeout="10s")
        except OSError as exc:
            raise ScaleError(
                f"cannot reach the Dask scheduler at {dask}: {exc}; start one with `dask scheduler` or use --dask local"
            ) from exc
        with client:
            client.run(_warm_sidecar, model)
            yield client


def _dask_workers(client: Client) -> int:
    return max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))


def _dask_runs(client: Client, articles: Iterable[Article], *, model: str | None, batch_size: int,
               on_error: Callable[[Article, str], None] | None = None) -> Iterator[Analysis]:
    workers = _dask_workers(client)

    def submit(part: list[Article]) -> Any:
        return client.submit(_sidecar_partition, part, model, batch_size, pure=False)

    for result in _ordered(submit, _partitions(articles, batch_size), in_flight=2 * workers):
        yield from _results(pickle.loads(result), on_error)
