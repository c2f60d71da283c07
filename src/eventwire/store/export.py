"""Exports of stored events: PLOVER JSON lines, eventwire's records, CAMEO TSV, ACLED CSV, POLECAT TSV, Parquet.

    export(store, "events.jsonl", format="plover-jsonl", since="2018-01-01")   # -> rows written

Every format takes the filters of :meth:`eventwire.store.Store.events` (negated events are left
out unless ``include_negated=True``). The fields of each format are listed in ``docs/store.md``
and in :data:`CAMEO_COLUMNS`, :data:`ACLED_COLUMNS` and :data:`POLECAT_COLUMNS`.

ACLED's and POLECAT's files are written with exactly their columns, in their order
(:mod:`eventwire.store.export_acled`, :mod:`eventwire.store.export_polecat`). The ACLED CSV maps
PLOVER categories and modes to ACLED event and sub-event types where the two definitions meet
(``mapping = "direct"``), where they overlap but differ (``"approximate"``, with the reason in
``mapping_note``), and leaves out the events ACLED has no type for (``"none"``): ACLED codes
political violence, demonstrations and a few strategic developments, not verbal or diplomatic
events.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .export_acled import ACLED_COLUMNS, ACLED_EXTRA_COLUMNS, AcledSkips, acled_rows, acled_type
from .export_plover import plover_records
from .export_polecat import POLECAT_COLUMNS, polecat_rows

if TYPE_CHECKING:
    from . import Store

__all__ = ["ACLED_COLUMNS", "CAMEO_COLUMNS", "FORMATS", "POLECAT_COLUMNS", "acled_type", "cameo_row", "export"]

FORMATS = ("plover-jsonl", "records-jsonl", "cameo-tsv", "acled-csv", "polecat-tsv", "parquet")

CAMEO_COLUMNS = (
    "event_id", "date", "year", "month", "day", "date_precision",
    "source_name", "source_root", "source_agent", "source_kb_id",
    "target_name", "target_root", "target_agent", "target_kb_id",
    "cameo_code", "root_code", "quad_class", "goldstein",
    "plover_type", "plover_mode", "place_name", "country_code", "lat", "lon",
    "article_id", "url", "sentence",
)  # fmt: skip


def _first(actors: list[dict[str, Any]]) -> dict[str, Any]:
    return actors[0] if actors else {}


def _label(a: dict[str, Any]) -> str:
    return str(a.get("name") or a.get("text") or "")


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _num(value: Any) -> Any:
    return "" if value is None else value


def cameo_row(r: dict[str, Any]) -> list[Any]:
    """The :data:`CAMEO_COLUMNS` values of one stored record."""
    src, tgt = _first(r["actor"]), _first(r["recipient"])
    date = r.get("date") or ""
    parts = (date.split("-") + ["", "", ""])[:3] if date else ["", "", ""]
    code = (r.get("cameo") or {}).get("code") or ""
    loc = r.get("location") or {}
    art = r.get("article") or {}
    return [
        r["id"], date.replace("-", ""), *parts, r.get("date_precision") or "",
        _label(src), src.get("country") or "", src.get("sector") or "", src.get("kb_id") or "",
        _label(tgt), tgt.get("country") or "", tgt.get("sector") or "", tgt.get("kb_id") or "",
        code, code[:2], r["cameo"].get("quad_class", ""), _num(r["cameo"].get("goldstein")),
        r["event_type"], r.get("mode") or "", loc.get("name") or "", loc.get("country") or "",
        _num(loc.get("lat")), _num(loc.get("lon")), art.get("id") or "", art.get("url") or "",
        _one_line((r.get("sentence") or {}).get("text")),
    ]  # fmt: skip


def _open_text(out: str | Path | IO[str]) -> tuple[IO[str], bool]:
    if not isinstance(out, (str, Path)):
        return out, False
    if str(out) == "-":
        return sys.stdout, False
    return open(out, "w", encoding="utf-8", newline=""), True


def export(store: Store, out: str | Path | IO[str], *, format: str, extra_columns: bool = False,
           keep_unmapped: bool = False, on_skip: Callable[[str], None] | None = None, **filters: Any) -> int:
    """Write the events matching ``filters`` to ``out`` (a path, ``-`` or a text stream) in ``format``.

    Returns the number of events written. Parquet needs a file path. For ``acled-csv``,
    ``extra_columns`` appends :data:`ACLED_EXTRA_COLUMNS`, ``keep_unmapped`` keeps the events ACLED
    has no type for, and ``on_skip`` receives one line saying how many events were left out and why.
    """
    if format not in FORMATS:
        raise ValueError(f"format '{format}' is not one of {', '.join(FORMATS)}")
    from .filters import EventFilter

    EventFilter(**filters)  # a bad filter value fails here, before anything is written
    if format == "parquet":
        if not isinstance(out, (str, Path)) or str(out) == "-":
            raise ValueError("parquet is a binary format: pass a file path with --output")
        import pyarrow.parquet as pq

        table = store.events_arrow(with_record=True, **filters)
        pq.write_table(table, str(out))
        return int(table.num_rows)
    records: Iterator[dict[str, Any]] = store.iter_events(**filters)
    handle, owned = _open_text(out)
    n = 0
    try:
        if format in ("plover-jsonl", "records-jsonl"):
            lines = plover_records(store, records) if format == "plover-jsonl" else records
            for r in lines:
                handle.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
        elif format == "acled-csv":
            writer = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(ACLED_COLUMNS + (ACLED_EXTRA_COLUMNS if extra_columns else ()))
            skips = AcledSkips()
            for row in acled_rows(store, records, keep_unmapped=keep_unmapped, extra_columns=extra_columns,
                                  skips=skips):  # fmt: skip
                writer.writerow(row)
                n += 1
            if on_skip is not None and skips.total:
                on_skip(skips.message(n))
        else:
            polecat = format == "polecat-tsv"
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                                escapechar="\\")  # fmt: skip
            writer.writerow(POLECAT_COLUMNS if polecat else CAMEO_COLUMNS)
            for row in polecat_rows(store, records) if polecat else map(cameo_row, records):
                writer.writerow(row)
                n += 1
    finally:
        if owned:
            handle.close()
        else:
            handle.flush()
    return n
