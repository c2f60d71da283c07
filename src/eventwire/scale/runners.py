"""Coding many articles: one process, a process pool, or a Dask cluster.

Every runner gives the same Analyses as single-process coding (same events, same ids), in input
order, streaming: articles are read lazily in partitions and only a few partitions per worker
are in flight, so memory does not grow with the number of articles.

    code_parallel(articles)                          # this process
    code_parallel(articles, workers=4)               # a pool of 4 processes on this machine
    code_parallel(articles, dask="local:4")          # a distributed.LocalCluster with 4 workers
    code_parallel(articles, dask="tcp://host:8786")  # an existing Dask scheduler

Each worker process loads the spaCy pipeline, the lexicon, the knowledge base and the gazetteer
once (the process-wide :func:`eventwire.coder.default_coder`) and keeps them for every
partition it codes. A Dask worker runs its tasks in a thread beside its event loop; it hands
its partitions to a single-threaded sidecar process (:mod:`eventwire.sidecar`), which codes
them as fast as a pool worker does.

For a cluster, :func:`code_to_parquet` has each worker write the partitions it codes as Parquet
files (``part-NNNNN.parquet``: one row per article, with its whole Analysis as JSON) instead of
sending Analyses back; :func:`load_parquet` then writes them into a store in one call, and
loading the same files again changes nothing.

Errors: :class:`ScaleError` (a :class:`ValueError`) for a malformed ``dask`` address or worker
count, with the accepted forms in its message.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import functools
import itertools
import json
import logging
import multiprocessing
import os
import pickle
import re
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..coding.coder import Analysis, Coder, default_coder
from ..record import Event
from ..text.article import Article
from . import sidecar

if TYPE_CHECKING:
    from distributed import Client

    from ..store import Store

__all__ = [
    "CodingFailure",
    "ScaleError",
    "analysis_from_dict",
    "code_parallel",
    "code_to_parquet",
    "connect_dask",
    "event_from_dict",
    "load_parquet",
    "parse_dask_address",
    "process_pool",
    "read_parquet_analyses",
]

log = logging.getLogger(__name__)

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


# ----------------------------------------------------------------------------- worker side

_WORKER_CODERS: dict[str | None, Coder] = {}


def _coder(model: str | None) -> Coder:
    """The coder of this process, built once per model (the pipeline loads once per worker)."""
    if model is None:
        return default_coder()
    if model not in _WORKER_CODERS:
        _WORKER_CODERS[model] = Coder(model=model)
    return _WORKER_CODERS[model]


_WARM_TEXT = (
    "Turkish troops shelled positions near Afrin on Sunday.\n\nThe Syrian Democratic Forces urged Turkey to stop."
)


def _init_worker(model: str | None) -> None:
    """Load the pipeline, lexicon, knowledge base and gazetteer (and their lazy indexes) now,
    by coding one short text, so the first partition is not slowed by them."""
    list(_coder(model).code_articles([Article.from_text(_WARM_TEXT, source="<warm-up>")]))


@dataclasses.dataclass(frozen=True, slots=True)
class CodingFailure:
    """An article the coder raised on, with the reason (the other articles are still coded)."""

    article: Article
    reason: str


def _code_partition(articles: list[Article], model: str | None, batch_size: int) -> list[Analysis | CodingFailure]:
    """Code a partition; if the batch fails, code its articles one by one to find the bad one."""
    from ..errors import DataFileError, ModelError

    coder = _coder(model)
    try:
        return list(coder.code_articles(articles, batch_size=batch_size))
    except (ModelError, DataFileError):
        raise
    except Exception:  # noqa: BLE001 - narrowed below, article by article
        pass
    out: list[Analysis | CodingFailure] = []
    for art in articles:
        try:
            out.extend(coder.code_articles([art]))
        except (ModelError, DataFileError):
            raise
        except Exception as exc:  # noqa: BLE001 - reported with the article
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            out.append(CodingFailure(art, f"coding failed ({type(exc).__name__}: {first}); report it with the input"))
    return out


def _results(
    items: Iterable[Analysis | CodingFailure], on_error: Callable[[Article, str], None] | None
) -> Iterator[Analysis]:
    for item in items:
        if isinstance(item, CodingFailure):
            if on_error is None:
                raise RuntimeError(f"{item.article.source}: {item.reason}")
            on_error(item.article, item.reason)
        else:
            yield item


def _warm(model: str | None) -> int:
    _init_worker(model)
    return os.getpid()


# A Dask worker codes in a sidecar process (eventwire.sidecar): one thread, so the parse runs at
# the speed of a pool worker; results come back pickled once, by the sidecar.


def _warm_sidecar(model: str | None) -> int:
    return sidecar.call(_warm, model)


def _sidecar_partition(articles: list[Article], model: str | None, batch_size: int) -> bytes:
    return sidecar.call_pickled(_code_partition, articles, model, batch_size)


def _sidecar_write_partition(
    articles: list[Article], index: int, out_dir: str, model: str | None, batch_size: int
) -> str:
    return sidecar.call(_write_partition, articles, index, out_dir, model, batch_size)


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


# ----------------------------------------------------------------------------- one entry point


def code_parallel(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    dask: str | None = None,
    batch_size: int = 32,
    model: str | None = None,
    on_error: Callable[[Article, str], None] | None = None,
) -> Iterator[Analysis]:
    """Code ``articles`` here, in ``workers`` processes, or on the Dask cluster ``dask``.

    Yields one Analysis per article in input order; identical to single-process coding.
    ``dask`` wins over ``workers`` (the cluster decides how many processes work). An article
    the coder raises on is passed to ``on_error(article, reason)`` and skipped; without
    ``on_error`` the run stops with a RuntimeError naming it.
    """
    _check_workers(workers)
    if batch_size < 1:
        raise ScaleError(f"batch_size must be >= 1, not {batch_size}")
    if dask is not None:
        parse_dask_address(dask)  # fail before any work
        with connect_dask(dask, model=model) as client:
            yield from _dask_runs(client, articles, model=model, batch_size=batch_size, on_error=on_error)
        return
    if workers == 1:
        for part in _partitions(articles, batch_size):
            yield from _results(_code_partition(part, model, batch_size), on_error)
        return
    with process_pool(workers=workers, model=model) as pool:
        yield from _pool_runs(pool, articles, workers=workers, model=model, batch_size=batch_size, on_error=on_error)


# ----------------------------------------------------------------------------- Parquet

_ARTICLE_FIELDS = ("id", "title", "published", "url", "outlet", "language", "source", "text")


def _parquet_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [
            ("id", pa.string()),
            ("title", pa.string()),
            ("published", pa.date32()),
            ("url", pa.string()),
            ("outlet", pa.string()),
            ("language", pa.string()),
            ("source", pa.string()),
            ("text", pa.string()),
            ("n_events", pa.int32()),
            ("analysis", pa.string()),
        ]
    )


def _write_partition(articles: list[Article], index: int, out_dir: str, model: str | None, batch_size: int) -> str:
    """Code one partition and write it as ``part-NNNNN.parquet``: one row per article, its
    fields and its whole Analysis as JSON (``Analysis.to_dict()``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for analysis in _results(_code_partition(articles, model, batch_size), _log_failure):
        row: dict[str, Any] = {f: getattr(analysis.article, f) for f in _ARTICLE_FIELDS}
        row["n_events"] = len(analysis.events)
        row["analysis"] = json.dumps(analysis.to_dict(), ensure_ascii=False)
        rows.append(row)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"part-{index:05d}.parquet"
    tmp = out / f".part-{index:05d}.parquet.tmp"
    pq.write_table(pa.Table.from_pylist(rows, schema=_parquet_schema()), tmp)
    os.replace(tmp, path)  # a partition file is complete or absent
    return str(path)


def _log_failure(article: Article, reason: str) -> None:
    log.warning("%s: %s; left out of the partition", article.source, reason)


def code_to_parquet(
    articles: Iterable[Article],
    *,
    dask: str | None = None,
    out_dir: str | Path,
    workers: int = 1,
    partition_size: int = 256,
    batch_size: int = 32,
    model: str | None = None,
) -> list[Path]:
    """Code ``articles`` into Parquet partitions ``out_dir/part-NNNNN.parquet``; returns them in order.

    On a Dask cluster each worker writes the partitions it codes (``out_dir`` must then be a
    path every worker can write, e.g. a shared filesystem); without ``dask`` the partitions are
    coded in ``workers`` processes. Partition ``k`` always holds the same articles, so a rerun
    overwrites the same files. Load them with :func:`load_parquet`.
    """
    _check_workers(workers)
    if partition_size < 1:
        raise ScaleError(f"partition_size must be >= 1, not {partition_size}")
    out = str(Path(out_dir).resolve())
    parts = enumerate(_partitions(articles, partition_size))
    if dask is not None:
        parse_dask_address(dask)
        with connect_dask(dask, model=model) as client:
            written = list(
                _ordered(
                    lambda kp: client.submit(
                        _sidecar_write_partition, kp[1], kp[0], out, model, batch_size, pure=False
                    ),
                    parts,
                    in_flight=2 * _dask_workers(client),
                )
            )
    elif workers == 1:
        written = [_write_partition(part, k, out, model, batch_size) for k, part in parts]
    else:
        with process_pool(workers=workers, model=model) as pool:
            written = list(
                _ordered(
                    lambda kp: pool.submit(_write_partition, kp[1], kp[0], out, model, batch_size),
                    parts,
                    in_flight=2 * workers,
                )
            )
    return [Path(p) for p in written]


# ----------------------------------------------------------------------------- back from Parquet


def _from_json(tp: Any, value: Any) -> Any:
    """``value`` (JSON) as type ``tp``: dataclasses, lists, tuples and optionals rebuilt."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_json(args[0], value) if len(args) == 1 else value
    if origin is list:
        (arg,) = typing.get_args(tp)
        return [_from_json(arg, v) for v in value]
    if origin is tuple:
        arg = typing.get_args(tp)[0]
        return tuple(_from_json(arg, v) for v in value)
    if origin is dict:
        return dict(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if hasattr(tp, "from_dict"):
            return tp.from_dict(value)
        if isinstance(value.get("article"), dict) and "article_id" in _hints(tp):
            # records that nest their article as {"id", "outlet"} (claims)
            value = {**value, "article_id": value["article"].get("id"), "outlet": value["article"].get("outlet")}
        hints = _hints(tp)
        kwargs = {
            f.name: _from_json(hints[f.name], value[f.name])
            for f in dataclasses.fields(tp)
            if f.init and f.name in value
        }
        return tp(**kwargs)
    return value


@functools.lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def event_from_dict(rec: dict[str, Any]) -> Event:
    """The Event whose ``to_dict()`` is ``rec`` (a stored JSON record).

    Raises ValueError naming the record when it does not rebuild to the same id.
    """
    try:
        ev: Event = _from_json(Event, rec)
    except (TypeError, KeyError) as exc:
        raise ValueError(f"event record {rec.get('id')} is malformed: {exc}") from exc
    if ev.id != rec.get("id"):
        raise ValueError(
            f"event record {rec.get('id')} does not round-trip (rebuilt id {ev.id}); the record is malformed"
        )
    return ev


def analysis_from_dict(article: Article, data: dict[str, Any]) -> Analysis:
    """The Analysis of ``article`` whose ``to_dict()`` is ``data``."""
    hints = _hints(Analysis)
    kwargs = {
        f.name: _from_json(hints[f.name], data[f.name])
        for f in dataclasses.fields(Analysis)
        if f.name != "article" and f.name in data
    }
    analysis = Analysis(article=article, **kwargs)
    for rec, ev in zip(data.get("events", ()), analysis.events):
        if ev.id != rec.get("id"):
            raise ValueError(
                f"event record {rec.get('id')} of article {article.id} does not round-trip; the partition is malformed"
            )
    return analysis


def read_parquet_analyses(paths: Iterable[str | Path]) -> Iterator[Analysis]:
    """The Analyses in the partitions :func:`code_to_parquet` wrote, in partition order."""
    import pyarrow.parquet as pq

    for path in sorted({Path(p) for p in paths}, key=lambda p: p.name):
        table = pq.read_table(path)
        for row in table.to_pylist():
            art = Article(**{f: row[f] for f in _ARTICLE_FIELDS})
            yield analysis_from_dict(art, json.loads(row["analysis"]))


def load_parquet(store: Store, paths: Iterable[str | Path], *, run_id: str | None = None) -> int:
    """Write every article of the partitions into ``store``; returns the events written.

    Idempotent: each article replaces what the store held for it, so loading the same
    partitions again changes nothing.
    """
    return sum(store.write_analysis(a, run_id=run_id) for a in read_parquet_analyses(paths))
