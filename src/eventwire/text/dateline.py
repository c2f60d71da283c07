"""Datelines: the place (and often date and agency) that opens a wire story.

    "KABUL, March 4 (Reuters) - Afghan forces ..."   -> place "KABUL"
    "ERBIL, Iraq, Nov 10 (Wire) - ..."                -> place "ERBIL", qualifier "Iraq"
    "WASHINGTON (AP) — ..."                           -> place "WASHINGTON"
    "Nairobi, May 3 (AFP) - ..."                      -> place "Nairobi"

A dateline is furniture for the coder: never a subject, never a trigger ("March" is a month, not
a protest). Its place is where the reporter files from, which the coder uses as the last resort
for an event's location.

The pattern needs a place at the very start of a block followed by a dash, and either a place in
capitals or a date or agency after it, so an ordinary sentence ("US - China talks resume") is
never taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS})(?:,?\s+\d{{4}})?"
_CAPS_PLACE = r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z.'’\-]+(?:[\s\-][A-Z][a-z.'’\-]+){0,3}"
_QUALIFIER = r"[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,3}"
_AGENCY = r"\([^()\n]{1,40}\)"
# Words in capitals that open captions and labels, never a dateline ("FILE - In this photo").
_LABELS = frozenset(
    {"FILE", "FILE PHOTO", "PHOTO", "UPDATE", "BREAKING", "EXCLUSIVE", "ANALYSIS", "WATCH", "VIDEO", "LIVE"}
)
_DASH = r"\s*(?:--|[-–—])\s+(?=[A-Z0-9\"“'‘])"

_CAPS = re.compile(
    rf"(?P<place>{_CAPS_PLACE})(?:,\s*(?P<qual>{_QUALIFIER}))??(?:,\s*(?P<date>{_DATE}))?"
    rf"(?:\s*(?P<agency>{_AGENCY}))?{_DASH}"
)
_TITLE = re.compile(
    rf"(?P<place>{_TITLE_PLACE})(?:,\s*(?P<qual>{_QUALIFIER}))??"
    rf"(?:(?:,\s*(?P<date>{_DATE}))(?:\s*(?P<agency>{_AGENCY}))?|\s*(?P<agency2>{_AGENCY})){_DASH}"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int  # the span of the whole dateline, dash included, relative to the text given
    end: int
    place: str
    place_start: int
    place_end: int
    qualifier: str | None
    date_text: str | None


def find_dateline(block_text: str, *, offset: int = 0) -> Dateline | None:
    """The dateline that opens ``block_text``, or None. Offsets are ``offset`` + position."""
    lead = len(block_text) - len(block_text.lstrip())
    head = block_text[lead:]
    for pattern in (_CAPS, _TITLE):
        m = pattern.match(head)
        if m is None:
            continue
        place = m.group("place")
        if place.upper() in _LABELS:
            continue
        if pattern is _CAPS and len(place.replace(".", "")) < 2:
            continue
        if pattern is _CAPS and not (m.group("date") or m.group("agency")) and len(place) < 4:
            continue  # "US - China talks": a bare dateline needs a longer name in capitals
        base = offset + lead
        return Dateline(
            start=base,
            end=base + m.end(),
            place=place,
            place_start=base + m.start("place"),
            place_end=base + m.end("place"),
            qualifier=m.group("qual"),
            date_text=m.group("date"),
        )
    return None
