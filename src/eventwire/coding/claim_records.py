"""The records of numeric claims: :class:`Claim` (one figure as one source states it) and
:class:`Contradiction` (two claims about the same quantity that cannot both hold).

Finding claims is :mod:`eventwire.coding.claims`; comparing them, :mod:`eventwire.coding.contradictions`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from ..record import Actor, Place, TextSpan

__all__ = ["UNITS", "Claim", "Contradiction"]

UNITS = ("troops", "dead", "injured", "arrested", "displaced", "protesters", "abducted")
# tolerance of an approximate figure when comparing claims
_ABOUT_TOLERANCE = 0.15


@dataclass(slots=True)
class Claim:
    """One numeric claim about people or forces, with its source and evidence."""

    quantity: int  # the figure as stated (the lower figure of a range, the floor of a vague plural)
    low: int | None  # the bounds the wording allows; None = unbounded on that side
    high: int | None
    unit: str  # one of UNITS
    approx: str | None  # None (exact), about, more_than, at_least, less_than, up_to, range, vague
    text: TextSpan  # the quantity as written ("about 5,300 troops")
    sentence: TextSpan
    claimant: Actor | None = None  # who states it; None = the outlet itself
    noun: str | None = None  # the counted noun as written ("troops", "people")
    date: str | None = None
    date_precision: str | None = None
    location: Place | None = None
    holder: Actor | None = None  # whose troops / which side's dead, when the text says ("US troops")
    article_id: str | None = None
    outlet: str | None = None
    refers_to: str | None = None  # id of the earlier claim this one restates ("put the number at 7,000")

    @property
    def id(self) -> str:
        key = f"{self.article_id or ''}:{self.text.start}:{self.text.end}:{self.unit}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def bounds(self) -> tuple[float, float]:
        """The interval of values compatible with the wording (an "about" figure gets +-15%)."""
        lo = float(self.low) if self.low is not None else 0.0
        hi = float(self.high) if self.high is not None else float("inf")
        if self.approx in ("about", "vague"):
            lo, hi = lo * (1 - _ABOUT_TOLERANCE), hi * (1 + _ABOUT_TOLERANCE)
        return lo, hi

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "quantity": self.quantity,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "approx": self.approx,
            "noun": self.noun,
            "claimant": self.claimant.to_dict() if self.claimant else None,
            "holder": self.holder.to_dict() if self.holder else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "text": self.text.to_dict(),
            "sentence": self.sentence.to_dict(),
            "article": {"id": self.article_id, "outlet": self.outlet},
            "refers_to": self.refers_to,
        }


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two claims about the same quantity whose figures cannot both hold."""

    unit: str
    a: dict[str, Any]  # Claim.to_dict() of the earlier claim
    b: dict[str, Any]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"unit": self.unit, "a": self.a, "b": self.b, "reason": self.reason}

