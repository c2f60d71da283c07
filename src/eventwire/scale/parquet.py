"""Coding to Parquet partitions (``code_to_parquet``) and reading them back into Analyses and a store
(``read_parquet_analyses``, ``load_parquet``); see :mod:`eventwire.scale.runners`.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import os
import types
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..coding.coder import Analysis
from ..record import Event
from ..text.article import Article
from . import sidecar
from .backends import (
    ScaleError,
    _check_workers,
    _dask_workers,
    _ordered,
    _partitions,
    connect_dask,
    parse_dask_address,
    process_pool,
)
from .worker import _code_partition, _results

if TYPE_CHECKING:
    from ..store import Store

# the logger of eventwire.scale.runners, where these functions were first (log configurations name it)
log = logging.getLogger("eventwire.scale.runners")


def _sidecar_write_partition(
    articles: list[Article], index: int, out_dir: str, model: str | None, batch_size: int
) -> str:
    return sidecar.call(_write_partition, articles, index, out_dir, model, batch_size)


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
