"""Inputs at the edges: very deep parse trees, very long texts, the first and last days of the calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import analyze_text, code_text


def test_twenty_thousand_repeated_words_do_not_recurse() -> None:
    """A chain of 20,000 identical words parses as a tree thousands of arcs deep; every walk over
    it is iterative, so coding it raises no RecursionError."""
    text = " ".join(["attack"] * 20_000)
    events = code_text(text, published="2020-01-01")
    for e in events:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Rebels attacked the town last week.", "0001-01-01"),
        ("Rebels attacked the town yesterday.", "0001-01-01"),
        ("Rebels attacked the town last year.", "0001-01-01"),
        ("Rebels will attack the town next week.", "9999-12-31"),
        ("Rebels attacked the town tomorrow.", "9999-12-31"),
        ("Rebels attacked the town next year.", "9999-12-31"),
    ],
)
def test_record_dates_at_the_calendar_bounds_are_iso(text: str, published: str) -> None:
    analysis = analyze_text(text, published=published)
    for e in analysis.events:
        if e.date is None:
            continue
        if e.date_precision in ("day", "week"):
            dt.date.fromisoformat(e.date)
        elif e.date_precision == "month":
            dt.date.fromisoformat(e.date + "-01")
        else:
            assert len(e.date) == 4 and 1 <= int(e.date) <= 9999, e.date
