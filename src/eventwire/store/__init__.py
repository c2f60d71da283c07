"""The event store: coded articles and their events in one DuckDB file.

    >>> from eventwire.store import open_store
    >>> with open_store("events.duckdb") as store:
    ...     store.write_analysis(analysis)              # one transaction per article
    ...     store.events(actor="kataib_hezbollah", since="2018-01-01")
    ...     store.stats(by="month", country="IRQ")
    ...     store.sql("SELECT event_type, count(*) FROM events GROUP BY 1")   # pandas

The schema lives in numbered ``NNNN_name.sql`` files beside this module and is applied by
:mod:`eventwire.store.migrations`; ``docs/store.md`` documents every table.
"""

from __future__ import annotations

from ._store import STATS_BY, Store, StoreError, default_path, open_store

__all__ = ["STATS_BY", "Store", "StoreError", "default_path", "open_store"]
