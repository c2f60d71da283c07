"""Resolving a matched date expression: the handlers of :mod:`eventwire.coding.timex`'s patterns.

Each handler turns one regular-expression match (in :mod:`eventwire.coding.timex_patterns`) and the
publication date into zero or more ``_Found`` spans with a resolved date and its precision; the
month, weekday, number and day words they read are here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

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


# A year of the news (1900-2099); the patterns of timex_patterns use it too.
_YEAR = r"(?:19|20)\d\d"
_YEAR_IN_LIST = re.compile(_YEAR)


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


def _plus(d: dt.date, days: int) -> dt.date:
    """``d`` moved by ``days``, clamped to the representable range (0001-01-01 to 9999-12-31):
    "yesterday" in an article dated 0001-01-01 is that same first day, never an error."""
    try:
        return d + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def _monday(d: dt.date) -> dt.date:
    return _plus(d, -d.weekday())


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The month ``delta`` months from ``year-month``, clamped to 0001-01 .. 9999-12."""
    index = min(max(year * 12 + (month - 1) + delta, dt.MINYEAR * 12), dt.MAXYEAR * 12 + 11)
    return index // 12, index % 12 + 1


def _year(year: int) -> str:
    """A year as four ISO digits, clamped to 0001 .. 9999."""
    return f"{min(max(year, dt.MINYEAR), dt.MAXYEAR):04d}"


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
    if year < dt.MINYEAR:
        return _unresolved(m, "x")  # the month before the first representable year
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


# Grammar: the words before a bare weekday that point ahead ("a strike for Friday", "until Monday").
_AHEAD = re.compile(r"\b(?:for|until|till)\s+$", re.IGNORECASE)


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
    elif _AHEAD.search(m.string[max(0, start - 8) : start]):
        delta = (target - pub_wd) % 7  # "called a strike for Friday", "until Monday": ahead
    else:
        delta = -((pub_wd - target) % 7)
    d = _plus(published, delta)
    return [_Found(start, m.end("x"), _iso_day(d), "day", True)]


_DAY_WORDS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "overnight": 0,
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
    d = _plus(published, _DAY_WORDS[key])
    return [_Found(m.start("x"), m.end("x"), _iso_day(d), "day", True)]


def _weekend(published: dt.date, delta: int) -> dt.date:
    """Monday of the week holding the weekend meant (delta -1 last, 0 this, +1 next)."""
    weekday = published.weekday()
    saturday = _plus(published, -((weekday - 5) % 7))  # latest Saturday <= published
    if delta > 0 or (delta == 0 and weekday < 5):
        saturday = _plus(saturday, 7)
    elif delta < 0 and weekday >= 5:
        saturday = _plus(saturday, -7)
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
        d = _monday(_plus(_monday(published), 7 * delta))
        return [_Found(*span, _iso_day(d), "week", True)]
    if unit == "month":
        y, mo = _shift_month(published.year, published.month, delta)
        return [_Found(*span, f"{y:04d}-{mo:02d}", "month", True)]
    return [_Found(*span, _year(published.year + delta), "year", True)]


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
        return [_Found(*span, _iso_day(_plus(published, -n)), "day", True)]
    if unit == "week":
        return [_Found(*span, _iso_day(_monday(_plus(published, -7 * n))), "week", True)]
    if unit == "month":
        y, mo = _shift_month(published.year, published.month, -n)
        return [_Found(*span, f"{y:04d}-{mo:02d}", "month", True)]
    return [_Found(*span, _year(published.year - n), "year", True)]
