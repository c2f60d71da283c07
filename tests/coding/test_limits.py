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


def test_a_text_above_spacys_length_limit_is_coded_with_true_offsets() -> None:
    """Above 1,000,000 characters spaCy refuses a text (E088); it is parsed in pieces instead and
    events at both ends are found with offsets into the whole text."""
    head = "Rebels attacked the town of Kirkuk on Monday.\n\n"
    tail = "\n\nTroops shelled the village of Hawija on Tuesday."
    text = head + " " * 1_000_000 + tail
    events = analyze_text(text, published="2018-02-06").events
    assert {text[e.trigger.start : e.trigger.end] for e in events} >= {"attacked", "shelled"}
    for e in events:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert text[e.sentence.start : e.sentence.end] == e.sentence.text
    assert max(e.trigger.start for e in events) > 1_000_000


def test_pieces_cover_the_text_and_end_at_paragraphs() -> None:
    from eventwire.coding.pipeline import pieces_of

    paragraph = "Rebels attacked the town of Kirkuk on Monday, the police said.\n\n"
    text = paragraph * 100
    pieces = pieces_of(text, size=1000)
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(0 < b - a <= 1000 for a, b in pieces)
    assert all(text[a:].startswith("Rebels") for a, _ in pieces)  # each piece starts a paragraph
    one_paragraph = "Rebels attacked the town. " * 100  # no blank line: cut after a sentence
    pieces = pieces_of(one_paragraph, size=1000)
    assert "".join(one_paragraph[a:b] for a, b in pieces) == one_paragraph
    assert all(one_paragraph[a:].startswith("Rebels") for a, _ in pieces)
    words = "x" * 2500  # one word longer than a piece: cut at the size
    assert pieces_of(words, size=1000) == [(0, 1000), (1000, 2000), (2000, 2500)]
