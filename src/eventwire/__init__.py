"""eventwire: news reports to PLOVER event data with evidence.

    >>> import eventwire
    >>> events = eventwire.code_text(text, published="2018-02-06")
    >>> events[0].to_dict()["event_type"]
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ._version import __version__

# spaCy's CPU pipelines multiply small matrices, where OpenBLAS's thread pool costs more in
# locking than it gains: one BLAS thread parses 10-15 % faster (docs/performance.md). Set before
# numpy loads; a value the user set, or a numpy already loaded, is left as it is.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from .coding.coder import Analysis, Coder, analyze_text, code_text, code_texts  # noqa: E402
from .record import Actor, Event, Place, Quote  # noqa: E402

if TYPE_CHECKING:
    from pathlib import Path

    from .store import Store


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open the event store (a DuckDB file; see :func:`eventwire.store.open_store`)."""
    from .store import open_store as _open_store  # imported here: duckdb is only needed by the store

    return _open_store(path, read_only=read_only)


__all__ = [
    "Actor",
    "Analysis",
    "Coder",
    "Event",
    "Place",
    "Quote",
    "__version__",
    "analyze_text",
    "code_text",
    "code_texts",
    "open_store",
]
