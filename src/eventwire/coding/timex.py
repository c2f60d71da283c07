"""Date expressions in news sentences, resolved against the article's publication date.

:func:`find_dates` finds explicit dates ("Aug. 20, 2017", "2017-08-20", "in March 2015",
"in 2014 and 2015") and relative ones ("on Monday", "yesterday", "last week", "in March") and
resolves them into :class:`~eventwire.record.DateMention` records. :func:`pick_event_date`
chooses the mention to attach to an event.

Conventions
-----------
* Spans cover the date expression and its modifiers ("last Friday", "early March",
  "earlier this week", "Monday night") but not a leading preposition: in "on Monday" the
  mention is "Monday", in "in 2014" it is "2014". The preposition is still required as context
  where a bare word would be ambiguous (a month name alone, a four-digit year).
* ``date`` is ISO: ``YYYY-MM-DD`` for precision "day", ``YYYY-MM`` for "month", ``YYYY`` for
  "year". For precision "week" it is the Monday that starts the (ISO) week meant.
* News convention for weekdays: a bare weekday ("Monday", "on Monday") and "last"/"past"
  <weekday> point backwards from the publication date. A bare weekday that is the publication
  day's own weekday means the publication day itself; "last <weekday>" is always strictly before
  it. "next <weekday>" is the first such day strictly after publication, "this <weekday>" the day
  in the publication week (Monday to Sunday).
* A month without a year ("in March", "Feb. 5") takes the year that puts it closest to the
  publication date; a month name alone is the most recent such month not after publication.
* Anything that needs the publication date is ``relative=True``; without a publication date it
  stays unresolved (``date=None, precision=None``).
* Vague expressions ("in recent days", "recently", "soon") produce nothing.

All regular expressions are compiled once at import.
"""

from __future__ import annotations

import datetime as dt

from ..record import DateMention
from .normalize import translate_chars

__all__ = ["find_dates", "pick_event_date"]

# One character in, one character out, so match offsets are offsets into the caller's text.
_SAME_LENGTH = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)

from .timex_patterns import _GATES, _PATTERNS
from .timex_resolve import _Found


def find_dates(text: str, *, published: dt.date | None = None, offset: int = 0) -> list[DateMention]:
    """Find and resolve the date expressions in ``text`` (one sentence).

    ``published`` is the article's publication date; relative expressions need it and stay
    unresolved (``date=None, precision=None, relative=True``) without it. ``offset`` is added to
    every span so that ``start``/``end`` point into the whole article; ``mention.text`` is
    always ``text[start - offset:end - offset]``.

    Weekdays follow the news convention: "Monday"/"on Monday" is the latest Monday on or before
    publication (the publication day itself when it is a Monday), "last Monday" the latest one
    strictly before it, "next Monday" the first one strictly after it. Spans exclude a leading
    preposition ("on", "in", "since") but keep modifiers ("last", "early", "earlier this").

    Mentions come back in text order and never overlap: when two candidate expressions overlap,
    the longer one wins (the earlier one on equal length).
    """
    norm = translate_chars(text, _SAME_LENGTH)
    found: list[_Found] = []
    holds: dict[object, bool] = {}  # gate -> whether it holds for this sentence
    for (pattern, handler), gates in zip(_PATTERNS, _GATES):
        ok = True
        for gate in gates:
            held = holds.get(gate)
            if held is None:
                held = holds[gate] = gate(norm) is not None
            if not held:
                ok = False
                break
        if not ok:
            continue
        for m in pattern.finditer(norm):
            found.extend(handler(m, published))
    found.sort(key=lambda f: (-(f.end - f.start), f.start))
    chosen: list[_Found] = []
    for f in found:
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    chosen.sort(key=lambda f: f.start)
    return [
        DateMention(
            text=text[f.start : f.end],
            start=f.start + offset,
            end=f.end + offset,
            date=f.date,
            precision=f.precision,
            relative=f.relative,
        )
        for f in chosen
    ]


_PRECISION_RANK: dict[str | None, int] = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}


def pick_event_date(mentions: list[DateMention], *, trigger_start: int) -> DateMention | None:
    """The mention to attach to an event whose trigger starts at ``trigger_start``.

    Rule: resolved mentions beat unresolved ones; among those, the finer precision wins
    (day, then week, month, year); among equals, the mention nearest the trigger wins (distance
    from the trigger start to the nearer edge of the mention, 0 when it contains it), and on a
    tie the earlier mention. An unresolved mention is returned only when nothing is resolved, so
    the caller can still record its text. Returns None for an empty list.
    """
    if not mentions:
        return None

    def distance(m: DateMention) -> int:
        if m.start <= trigger_start < m.end:
            return 0
        return m.start - trigger_start if m.start > trigger_start else trigger_start - m.end + 1

    return min(
        mentions,
        key=lambda m: (m.date is None, _PRECISION_RANK.get(m.precision, 4), distance(m), m.start),
    )
