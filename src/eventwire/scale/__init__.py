"""Coding many articles: one process, a process pool or a Dask cluster (:mod:`.runners`), and the
single-threaded coding process a Dask worker hands its partitions to (:mod:`.sidecar`)."""

from .runners import (
    CodingFailure,
    ScaleError,
    analysis_from_dict,
    code_parallel,
    code_to_parquet,
    connect_dask,
    event_from_dict,
    load_parquet,
    parse_dask_address,
    process_pool,
    read_parquet_analyses,
)

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
