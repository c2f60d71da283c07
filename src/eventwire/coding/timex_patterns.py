"""The date-expression patterns of :mod:`eventwire.coding.timex`, compiled once, each with its
handler (:mod:`eventwire.coding.timex_resolve`) and the cheap conditions (gates) a sentence must
meet before the pattern is tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .timex_resolve import (
    _YEAR,
    _h_ago,
    _h_day_word,
    _h_full,
    _h_iso,
    _h_month_alone,
    _h_month_day,
    _h_month_year,
    _h_over_weekend,
    _h_period,
    _h_weekday,
    _h_years,
    _Handler,
)

# Month names are matched case-sensitively (capitalised), so "a protest march" and "they may"
# never match. Abbreviations are only accepted next to a day number or a year.
_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
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


# --- patterns (compiled once) --------------------------------------------------------------

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
    # the 2019 bombing, Iraq's 1990 invasion: a year set before a noun as its modifier
    (
        re.compile(
            r"(?:(?<=\b[Tt]he )|(?<=\b[Ii]ts )|(?<=\b[Tt]heir )|(?<=\b[Hh]is )|(?<=\b[Hh]er )|(?<='s ))"
            rf"(?P<mod>)(?P<x>{_YEAR})(?![\d-])(?=\s+[a-z]){_NOT_A_COUNT}"
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
    # "shelled the district overnight": the night that ends on the day the news is told; not an
    # adjective ("an overnight curfew")
    (
        re.compile(
            r"(?<!\b(?i:an) )(?<!\b(?i:the) )\b(?P<x>(?P<w>(?i:overnight)))\b(?!-)"
            rf"(?!\s+(?i:into|to|on|of|from|between)\b)(?!\s+(?:{_WEEKDAY}))"
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
    (_HAS_YEAR,),  # the 2019 bombing
    (_HAS_WEEKDAY,),  # on Monday
    (_HAS_DAY_WORD,),  # yesterday, last night
    (_HAS_DAY_WORD,),  # overnight
    (_HAS_PERIOD,),  # last week
    (_HAS_PERIOD,),  # over the weekend
    (_HAS_AGO,),  # three days ago
)
assert len(_GATES) == len(_PATTERNS)
