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
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..record import DateMention

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

_MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a couple of": 2,
}

# Month names are matched case-sensitively (capitalised), so "a protest march" and "they may"
# never match. Abbreviations are only accepted next to a day number or a year.
_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_NO_NUM_AFTER = r"(?![\d])(?!,\d)(?!\.\d)"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+)?"
_PART_OF_DAY = r"(?:\s+(?i:morning|afternoon|evening|night))?"
# Words that make "Sunday"/"Monday" part of a name, not a date.
_NOT_A_DAY_AFTER = r"(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Independent|School|Service|Club)\b)"
# Prepositions and modifiers that make a bare year or month a date.
_YEAR_CONTEXT = (
    r"(?i:in|since|of|by|until|till|during|before|after|from|between|through|throughout"
    r"|for|end\s+of|start\s+of|beginning\s+of|spring\s+of|summer\s+of"
    r"|autumn\s+of|fall\s+of|winter\s+of)"
)
_MONTH_CONTEXT = (
    r"(?i:in|since|of|by|until|till|during|before|after|from|through|throughout|end\s+of"
    r"|start\s+of|beginning\s+of|middle\s+of)"
)
_MONTH_MODIFIER = r"(?i:early|late|mid)"
# "May" is also a modal verb and a surname: refuse it when a verb or possessive follows.
_NOT_MAY_THE_PERSON = r"(?!'s)(?!\s+(?i:said|says|told|has|had|was|is|will|would|could|should|must)\b)"
# A year followed by these nouns is a count ("in 2014 cases"), not a year.
_NOT_A_COUNT = (
    r"(?!\s+(?i:people|persons|civilians|troops|soldiers|fighters|cases|deaths|dead|"
    r"votes|km|kilometres|kilometers|miles|metres|meters|tonnes|tons|dollars|euros|%|percent)\b)"
)


@dataclass(frozen=True, slots=True)
class _Found:
    start: int  # offsets into the sentence
    end: int
    date: str | None
    precision: str | None
    relative: bool


_Handler = Callable[[re.Match[str], dt.date | None], list[_Found]]


_NON_DIGITS = re.compile(r"\D")
_SPACES = re.compile(r"\s+")


def _iso_day(d: dt.date) -> str:
    return d.isoformat()


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_number(token: str) -> int:
    return _MONTHS[token.rstrip(".").casefold()]


def _day_number(token: str) -> int:
    return int(_NON_DIGITS.sub("", token))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _unresolved(m: re.Match[str], group: str) -> list[_Found]:
    return [_Found(m.start(group), m.end(group), None, None, True)]


def _closest_year_date(month: int, day: int, published: dt.date) -> dt.date | None:
    """The date with this month and day nearest to ``published`` (earlier wins a tie)."""
    options = [
        d
        for y in (published.year - 1, published.year, published.year + 1)
        if (d := _safe_date(y, month, day)) is not None
    ]
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - published).days), d))


# --- handlers ------------------------------------------------------------------------------


def _h_iso(m: re.Match[str], published: dt.date | None) -> list[_Found]:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return [_Found(m.start("x"), m.end("x"), _iso_day(d), "day", False)] if d else []


def _h_full(m: re.Match[str], published: dt.date | None) -> list[_Found]:
    d = _safe_date(int(m["y"]), _month_number(m["mon"]), _day_number(m["d"]))
    return [_Found(m.start("x"), m.end("x"), _iso_day(d), "day", False)] if d else []


def _h_month_day(m: re.Match[str], published: dt.date | None) -> list[_Found]:
    month, day = _month_number(m["mon"]), _day_number(m["d"])
    if _safe_date(2000, month, day) is None:  # 2000 is a leap year: Feb 29 is allowed
        return []
    if published is None:
        return _unresolved(m, "x")
    d = _closest_year_date(month, day, published)
    return [_Found(m.start("x"), m.end("x"), _iso_day(d), "day", True)] if d else []


def _h_month_year(m: re.Match[str], published: dt.date | None) -> list[_Found]:
    month = _month_number(m["mon"])
    return [_Found(m.start("x"), m.end("x"), f"{int(m['y']):04d}-{month:02d}", "month", False)]


def _h_month_alone(m: re.Match[str], published: dt.date | None) -> list[_Found]:
    if published is None:
        return _unresolved(m, "x")
    month = _month_number(m["mon"])
    year = published.year if month <= published.month else published.year - 1
    return [_Found(m.start("x"), m.end("x"), f"{year:04d}-{month:02d}", "month", True)]


def _h_years(m: re.Match[str], published: dt.date | None) -> list[_Found]:
    """Every year of "in 2014", "in 2014 and 2015", "between 2012, 2013 and 2016"."""
    base = m.start("x")
    out: list[_Found] = []
    first = True
    for y in _YEAR_IN_LIST.finditer(m["x"]):
        start, end = base + y.start(), base + y.end()
        if first and m["mod"]:  # "early 2015": keep the modifier in the first span
            start = m.start("mod")
        first = False
        out.append(_Found(start, end, y.group(0), "year", False))
    return out


def _h_weekday(m: re.Match[str], published: dt.date | None) -> list[_Found]:
    start = m.start("mod") if m["mod"] else m.start("wd")
    if published is None:
        return [_Found(start, m.end("x"), None, None, True)]
    target = _WEEKDAYS[m["wd"].casefold()]
    mod = (m["mod"] or "").casefold()
    pub_wd = published.weekday()
    if mod == "next":
        delta = (target - pub_wd) % 7 or 7
    elif mod == "this":
        delta = target - pub_wd
    elif mod in ("last", "past"):
        delta = -((pub_wd - target) % 7 or 7)
    else:
        delta = -((pub_wd - target) % 7)
    d = published + dt.timedelta(days=delta)
    return [_Found(start, m.end("x"), _iso_day(d), "day", True)]


_DAY_WORDS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
_PERIOD_DELTA: dict[str, int] = {"last": -1, "this": 0, "next": 1, "coming": 1}


def _h_day_word(m: re.Match[str], published: dt.date | None) -> list[_Found]:
    if published is None:
        return _unresolved(m, "x")
    key = _SPACES.sub(" ", m["w"].casefold())
    d = published + dt.timedelta(days=_DAY_WORDS[key])
    return [_Found(m.start("x"), m.end("x"), _iso_day(d), "day", True)]


def _weekend(published: dt.date, delta: int) -> dt.date:
    """Monday of the week holding the weekend meant (delta -1 last, 0 this, +1 next)."""
    weekday = published.weekday()
    saturday = published - dt.timedelta(days=(weekday - 5) % 7)  # latest Saturday <= published
    if delta > 0 or (delta == 0 and weekday < 5):
        saturday += dt.timedelta(days=7)
    elif delta < 0 and weekday >= 5:
        saturday -= dt.timedelta(days=7)
    return _monday(saturday)


def _h_period(m: re.Match[str], published: dt.date | None) -> list[_Found]:
    """last/this/next week|month|year|weekend, earlier this week."""
    if published is None:
        return _unresolved(m, "x")
    delta = _PERIOD_DELTA[m["which"].casefold()]
    unit = m["unit"].casefold()
    span = (m.start("x"), m.end("x"))
    if unit == "weekend":
        return [_Found(*span, _iso_day(_weekend(published, delta)), "week", True)]
    if unit == "week":
        d = _monday(published) + dt.timedelta(weeks=delta)
        return [_Found(*span, _iso_day(d), "week", True)]
    if unit == "month":
        y, mo = _shift_month(published.year, published.month, delta)
        return [_Found(*span, f"{y:04d}-{mo:02d}", "month", True)]
    return [_Found(*span, f"{published.year + delta:04d}", "year", True)]


def _h_over_weekend(m: re.Match[str], published: dt.date | None) -> list[_Found]:
    """"over the weekend": the most recent weekend."""
    if published is None:
        return _unresolved(m, "x")
    monday = _weekend(published, -1 if published.weekday() < 5 else 0)
    return [_Found(m.start("x"), m.end("x"), _iso_day(monday), "week", True)]


def _h_ago(m: re.Match[str], published: dt.date | None) -> list[_Found]:
    if published is None:
        return _unresolved(m, "x")
    raw = _SPACES.sub(" ", m["n"].casefold())
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    unit = m["unit"].casefold().rstrip("s")
    span = (m.start("x"), m.end("x"))
    if unit == "day":
        return [_Found(*span, _iso_day(published - dt.timedelta(days=n)), "day", True)]
    if unit == "week":
        return [_Found(*span, _iso_day(_monday(published - dt.timedelta(weeks=n))), "week", True)]
    if unit == "month":
        y, mo = _shift_month(published.year, published.month, -n)
        return [_Found(*span, f"{y:04d}-{mo:02d}", "month", True)]
    return [_Found(*span, f"{published.year - n:04d}", "year", True)]


# --- patterns (compiled once) --------------------------------------------------------------

_YEAR_IN_LIST = re.compile(_YEAR)

_PATTERNS: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    # 2017-08-20
    (
        re.compile(rf"(?<![\d-])(?P<x>(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]))(?![\d-])"),
        _h_iso,
    ),
    # (Sunday,) Aug. 20, 2017 / August 20th 2017
    (
        re.compile(
            rf"\b(?P<x>{_WEEKDAY_PREFIX}(?P<mon>{_MONTH})\s*(?P<d>{_DAY})\b,?\s+(?P<y>{_YEAR})){_NO_NUM_AFTER}"
        ),
        _h_full,
    ),
    # (Sunday,) 20 August 2017 / 20th of August, 2017
    (
        re.compile(
            rf"\b(?P<x>{_WEEKDAY_PREFIX}(?P<d>{_DAY})\s+(?i:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})){_NO_NUM_AFTER}"
        ),
        _h_full,
    ),
    # Feb 5 / February 5th (year from the publication date)
    (
        re.compile(rf"\b(?P<x>{_WEEKDAY_PREFIX}(?P<mon>{_MONTH})\s*(?P<d>{_DAY})\b){_NO_NUM_AFTER}"),
        _h_month_day,
    ),
    # 5 February / 5th of February
    (
        re.compile(rf"(?<![\d,.])\b(?P<x>{_WEEKDAY_PREFIX}(?P<d>{_DAY})\s+(?i:of\s+)?(?P<mon>{_MONTH}))\b"),
        _h_month_day,
    ),
    # March 2015 / Aug. 2017
    (
        re.compile(rf"\b(?P<x>(?:{_MONTH_MODIFIER}[\s-]*)?(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})){_NO_NUM_AFTER}"),
        _h_month_year,
    ),
    # in March / early March / mid-March / since May (a context word is required)
    (
        re.compile(
            rf"(?:\b{_MONTH_CONTEXT}\s+(?:the\s+)?(?:(?i:month|end|start|beginning|middle)\s+of\s+)?"
            rf"|\b(?=(?i:early|late|mid)))"
            rf"(?P<x>(?:{_MONTH_MODIFIER}[\s-]*)?(?P<mon>{_MONTH_FULL}))\b{_NOT_MAY_THE_PERSON}(?!\s*\d)"
        ),
        _h_month_alone,
    ),
    # in 2014 / since 2003 / in 2014 and 2015 / in early 2015
    (
        re.compile(
            rf"(?:\b{_YEAR_CONTEXT}\s+(?:the\s+(?:year\s+|end\s+of\s+|start\s+of\s+)?)?|\b(?=(?i:early|late|mid)[\s-]))"
            rf"(?:(?P<mod>(?i:early|late|mid))[\s-]+)?"
            rf"(?P<x>{_YEAR}(?:\s*(?:,|(?i:and|or|to|through|until|-))\s*(?:(?i:and|or)\s+)?{_YEAR})*)"
            rf"(?![\d])(?!,\d)(?!\.\d)(?!s\b){_NOT_A_COUNT}"
        ),
        _h_years,
    ),
    # Monday, on Monday, last/past/next/this Monday, Monday night
    (
        re.compile(
            rf"(?:\b(?P<mod>(?i:last|next|this|past))\s+)?\b(?P<x>(?P<wd>{_WEEKDAY}){_PART_OF_DAY})\b"
            rf"{_NOT_A_DAY_AFTER}"
        ),
        _h_weekday,
    ),
    # today, yesterday, last night, this morning ...
    (
        re.compile(
            r"\b(?P<x>(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight"
            r"|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)"
            r"|earlier\s+today|later\s+today))(?:\s+(?i:morning|afternoon|evening|night))?)\b"
        ),
        _h_day_word,
    ),
    # last week, earlier this month, next year, this weekend
    (
        re.compile(
            r"\b(?P<x>(?:(?i:earlier|later)\s+)?(?P<which>(?i:last|this|next|coming))\s+"
            r"(?P<unit>(?i:week|month|year|weekend)))\b"
        ),
        _h_period,
    ),
    # over the weekend
    (re.compile(r"\b(?i:over|at|during)\s+(?P<x>(?i:the\s+weekend))\b"), _h_over_weekend),
    # three days ago, a week ago, 2 years ago
    (
        re.compile(
            r"\b(?P<x>(?P<n>\d{1,2}|(?i:a\s+couple\s+of|one|two|three|four|five|six|seven|eight"
            r"|nine|ten|an?))\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?i:ago))\b"
        ),
        _h_ago,
    ),
)


# Necessary conditions of each pattern, in ``_PATTERNS`` order: a pattern is tried only on a
# sentence where all its conditions hold, so most sentences (no year, month, weekday or time
# word) cost a few substring scans instead of a pass of every pattern. Each condition is a
# part every match of its pattern contains, under the same case rule as in the pattern; each
# is checked at most once per sentence.
_HAS_DIGIT = re.compile(r"[0-9]").search  # day numbers are ASCII digits
_HAS_YEAR = re.compile(_YEAR).search
_HAS_MONTH_NAME = re.compile(_MONTH).search  # a full or abbreviated month name
_HAS_MONTH = re.compile(_MONTH_FULL).search
_HAS_WEEKDAY = re.compile(_WEEKDAY).search
_HAS_DAY_WORD = re.compile(r"(?i:today|yesterday|tomorrow|night|morning|afternoon|evening)").search
_HAS_PERIOD = re.compile(r"(?i:week|month|year)").search  # also "weekend"
_HAS_AGO = re.compile(r"(?i:ago)").search
_GATES: tuple[tuple[Callable[[str], object], ...], ...] = (
    (_HAS_YEAR,),  # 2017-08-20
    (_HAS_YEAR, _HAS_MONTH_NAME),  # Aug. 20, 2017
    (_HAS_YEAR, _HAS_MONTH_NAME),  # 20 August 2017
    (_HAS_DIGIT, _HAS_MONTH_NAME),  # Feb 5
    (_HAS_DIGIT, _HAS_MONTH_NAME),  # 5 February
    (_HAS_YEAR, _HAS_MONTH_NAME),  # March 2015
    (_HAS_MONTH,),  # in March
    (_HAS_YEAR,),  # in 2014
    (_HAS_WEEKDAY,),  # on Monday
    (_HAS_DAY_WORD,),  # yesterday, last night
    (_HAS_PERIOD,),  # last week
    (_HAS_PERIOD,),  # over the weekend
    (_HAS_AGO,),  # three days ago
)
assert len(_GATES) == len(_PATTERNS)


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
    norm = text.translate(_SAME_LENGTH)
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
