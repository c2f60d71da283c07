"""Small helpers shared by the event tests."""

from __future__ import annotations

from eventwire import Actor, Event


def only(events: list[Event], category: str) -> Event:
    """The first event of ``category``; fails the test, naming what was coded, if there is none."""
    hits = [e for e in events if e.event_type == category]
    assert hits, f"no {category} in {[e.event_type for e in events]}"
    return hits[0]


def countries(actors: list[Actor]) -> set[str | None]:
    return {a.country for a in actors}
