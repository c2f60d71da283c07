"""Quantity expressions as numbers: ``parse_quantity(["about", "5,300"])`` is ``(5300, 5300, 5300, 'about')``.

The approximation markers ("about", "more than", "up to"), number words ("twelve", "a dozen"),
scales ("thousand", "k") and vague plurals ("dozens", "tens of thousands", with the range they allow).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["parse_quantity"]

_APPROX = [
    (("an", "estimated"), "about"),
    (("close", "to"), "about"),
    (("about",), "about"),
    (("around",), "about"),
    (("approximately",), "about"),
    (("roughly",), "about"),
    (("some",), "about"),
    (("nearly",), "about"),
    (("almost",), "about"),
    (("estimated",), "about"),
    (("circa",), "about"),
    (("~",), "about"),
    (("more", "than"), "more_than"),
    (("over",), "more_than"),
    (("upwards", "of"), "more_than"),
    (("in", "excess", "of"), "more_than"),
    (("at", "least"), "at_least"),
    (("no", "fewer", "than"), "at_least"),
    (("less", "than"), "less_than"),
    (("fewer", "than"), "less_than"),
    (("under",), "less_than"),
    (("up", "to"), "up_to"),
    (("at", "most"), "up_to"),
    (("as", "many", "as"), "up_to"),
    (("as", "much", "as"), "up_to"),
]
_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "dozen": 12,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "k": 1000, "m": 1_000_000}
# vague plurals: (low, high)
_VAGUE = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
          "millions": (2_000_000, 9_999_999), "tens of thousands": (20_000, 99_999),
          "hundreds of thousands": (200_000, 999_999), "several hundred": (300, 999), "several thousand": (3000, 9999),
          "several dozen": (36, 99), "a few hundred": (200, 500), "a few thousand": (2000, 5000)}
_NUM_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_quantity(words: Sequence[str]) -> tuple[int, int | None, int | None, str | None] | None:
    """(quantity, low, high, approx) of a quantity expression's words, or None.

    >>> parse_quantity(["about", "5,300"])
    (5300, 5300, 5300, 'about')
    >>> parse_quantity(["between", "200", "and", "300"])
    (200, 200, 300, 'range')
    """
    ws = [w.lower().strip() for w in words if w.strip()]
    approx = None
    for seq, kind in _APPROX:
        if tuple(ws[: len(seq)]) == seq and len(ws) > len(seq):
            approx, ws = kind, ws[len(seq):]
            break
    if not ws:
        return None
    phrase = " ".join(ws)
    for vague, (lo, hi) in sorted(_VAGUE.items(), key=lambda kv: -len(kv[0])):
        if phrase == vague or phrase.startswith(vague + " of"):
            return lo, lo, hi, approx or "vague"
    if ws[0] == "between" and "and" in ws:
        k = ws.index("and")
        a, b = _number(ws[1:k]), _number(ws[k + 1:])
        if a is not None and b is not None:
            return a, min(a, b), max(a, b), "range"
    for sep in ("to", "-", "–", "or"):
        if sep in ws[1:-1]:
            k = ws.index(sep)
            a, b = _number(ws[:k]), _number(ws[k + 1:])
            if a is not None and b is not None and a < b:
                return a, a, b, "range"
    if len(ws) == 1 and re.fullmatch(r"\d[\d,]*[-–]\d[\d,]*", ws[0]):
        a_s, b_s = re.split(r"[-–]", ws[0])
        a, b = _number([a_s]), _number([b_s])
        if a is not None and b is not None and a < b:
            return a, a, b, "range"
    n = _number(ws)
    if n is None:
        return None
    if approx in ("more_than", "at_least"):
        return n, n, None, approx
    if approx in ("less_than", "up_to"):
        return n, None, n, approx
    return n, n, n, approx


def _number(ws: Sequence[str]) -> int | None:
    ws = [w for w in ws if w not in ("and",)]
    if not ws:
        return None
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        for part in w.split("-"):
            if not part:
                continue
            if _NUM_RE.match(part):
                current += float(part.replace(",", ""))
            elif part in _WORDS:
                current += _WORDS[part] if part != "dozen" else 0
                if part == "dozen":
                    current = (current or 1) * 12
            elif part in _SCALES:
                scale = _SCALES[part]
                current = (current or 1) * scale
                if scale >= 1000:
                    total, current = total + current, 0.0
            else:
                return None
            seen = True
    value = total + current
    if not seen or value <= 0 or value != value:
        return None
    return int(round(value))

