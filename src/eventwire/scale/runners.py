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

from collections.abc import Callable, Iterable, Iterator

from ..coding.coder import Analysis
from ..text.article import Article
from .backends import DASK_FORMS as DASK_FORMS
from .backends import ScaleError as ScaleError
from .backends import _check_workers, _dask_runs, _partitions, _pool_runs
from .backends import connect_dask as connect_dask
from .backends import parse_dask_address as parse_dask_address
from .backends import process_pool as process_pool
from .parquet import analysis_from_dict as analysis_from_dict
from .parquet import code_to_parquet as code_to_parquet
from .parquet import event_from_dict as event_from_dict
from .parquet import load_parquet as load_parquet
from .parquet import read_parquet_analyses as read_parquet_analyses
from .worker import CodingFailure as CodingFailure
from .worker import _code_partition, _results

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
