"""Incidents linked after new events are stored: the new reports join the stored incidents in the
order they arrived, with exactly the result of :func:`eventwire.store.incident_link.recluster`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .incident_link import LinkStats, link

__all__ = ["relink", "relink_stats"]


def relink(store: Any, *, articles: Sequence[str] | None = None, **options: Any) -> int:
    """Link the unlinked factual events to incidents; returns the incidents written (new or grown).

    By default every factual event no incident links yet, so the reports of an interrupted run
    are linked by the next one. With ``articles`` (article ids): the unlinked events stored up to
    the last event of those articles (earlier arrivals first, so the order stays the arrival
    order). One transaction; :func:`relink_stats` says what it read.
    """
    return relink_stats(store, articles=articles, **options).incidents_written


def relink_stats(store: Any, *, articles: Sequence[str] | None = None, **options: Any) -> LinkStats:
    """:func:`relink`, returning what it read and wrote (:class:`eventwire.store.incident_link.LinkStats`).

    Each new report is compared only with the incidents its keys and date window reach, read back
    from the store (:mod:`eventwire.store.incident_link`); only the incidents it joins or begins
    are written. Stored links are never revisited: the cost follows the new reports, not the store.
    """
    stats = LinkStats()
    upto = None
    if articles is not None:
        if not articles:
            return stats
        upto = store.fetch("SELECT max(arrival) FROM events WHERE factual AND article_id IN (SELECT unnest(?))",
                           [list(articles)])[0][0]  # fmt: skip
        if upto is None:
            return stats
    with store.transaction():
        link(store, upto=upto, options=options, stats=stats)
    return stats
