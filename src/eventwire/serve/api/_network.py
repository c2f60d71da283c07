"""The actor network's dyad and member counts, kept per open store and brought up to date by
aggregating only the events added since the last read.

Events are written by appending rows and deleting whole articles. The counts of one filter hold
the rows up to a ``rowid`` mark; each read checks (one scan of two columns) that those rows are
still the same set, by their count and a hash of their ids, and aggregates only the rows above the
mark. When rows below the mark were deleted or replaced the counts are taken again from all rows.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

__all__ = ["NetworkCounts", "network_counts"]

_KEPT = 8  # filters whose counts each store keeps, the last used


@dataclass(slots=True)
class NetworkCounts:
    """Dyad counts ``(source, target) -> [conflict, cooperation]`` and, per node, its
    ``(name, country, sector) -> events`` on either side, over the rows up to ``upto``."""

    upto: int = -1  # the highest rowid counted
    rows: int = 0  # the rows at or below ``upto`` when counted (every row, not only matching ones)
    digest: int = 0  # bit_xor of the hashes of their (id, article_id)
    dyads: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    members: dict[str, dict[tuple[Any, Any, Any], int]] = field(default_factory=dict)


_COUNTS: weakref.WeakKeyDictionary[Any, OrderedDict[tuple[Any, ...], NetworkCounts]] = weakref.WeakKeyDictionary()

_MARK_SQL = (
    "SELECT count(*), max(rowid), count(*) FILTER (WHERE rowid <= ?),"
    " bit_xor(hash(id, article_id)) FILTER (WHERE rowid <= ?), bit_xor(hash(id, article_id)) FROM events"
)


def network_counts(store: Any, where: str, params: list[Any], *, dyads_sql: str, members_sql: str) -> NetworkCounts:
    """The counts of the events matching ``where``, as of now, for ``store``.

    ``dyads_sql`` (with ``{where}``) yields ``(a, b, conflict, cooperation)`` per dyad;
    ``members_sql`` (with ``{where}``, bound twice) yields ``(node, name, country, sector, n)``.
    """
    kept = _COUNTS.setdefault(store, OrderedDict())
    key = (where, tuple(params))
    counts = kept.pop(key, None) or NetworkCounts()
    kept[key] = counts
    while len(kept) > _KEPT:
        kept.popitem(last=False)
    total, top, below, below_digest, digest = store.fetch(_MARK_SQL, [counts.upto, counts.upto])[0]
    if top is None:  # no events
        kept[key] = NetworkCounts()
        return kept[key]
    if below != counts.rows or (below_digest or 0) != counts.digest:
        counts = kept[key] = NetworkCounts()  # rows counted before are gone: count all again
    if top > counts.upto:
        span = f"({where}) AND e.rowid > {int(counts.upto)} AND e.rowid <= {int(top)}"
        for a, b, conflict, coop in store.fetch(dyads_sql.format(where=span), params):
            got = counts.dyads.setdefault((a, b), [0, 0])
            got[0] += int(conflict)
            got[1] += int(coop)
        for node, name, country, sector, n in store.fetch(members_sql.format(where=span), [*params, *params]):
            m = counts.members.setdefault(node, {})
            m[name, country, sector] = m.get((name, country, sector), 0) + int(n)
        counts.upto, counts.rows, counts.digest = int(top), int(total), int(digest or 0)
    return counts
