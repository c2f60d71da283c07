"""The records eventwire produces: plain dataclasses with a stable JSON form.

Stages exchange these, never ad-hoc dicts. Offsets (``start``/``end``) are character offsets
into the text that was coded, so any field can be checked against the text.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class TextSpan:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Affiliation:
    """A typed link from an actor to another actor or a country (ISO3 or knowledge-base id)."""

    type: str  # backed_by, part_of, member_of, leader_of, spokesperson_of, led_by
    target: str
    start: str | None = None
    end: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(slots=True)
class Actor:
    """One actor mention resolved (or not) against the knowledge base."""

    text: str
    start: int
    end: int
    name: str | None = None
    kb_id: str | None = None
    country: str | None = None
    sector: str | None = None
    affiliations: list[Affiliation] = field(default_factory=list)
    resolved_by: str | None = None
    person: str | None = None  # a named person speaking or acting for the actor

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "kb_id": self.kb_id,
            "country": self.country,
            "sector": self.sector,
            "affiliations": [a.to_dict() for a in self.affiliations],
            "person": self.person,
            "resolved_by": self.resolved_by,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A place resolved in the gazetteer."""

    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    precision: str  # "city", "admin1", "country"
    geonameid: int | None = None
    admin1: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text, resolved against the publication date when possible."""

    text: str
    start: int
    end: int
    date: str | None  # ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None when unresolved
    precision: str | None  # "day", "week", "month", "year"; None when unresolved
    relative: bool  # True when the expression needs the publication date ("on Monday")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Quote:
    """Quoted speech with its speaker and the organisation the speaker stands for."""

    text: str
    start: int
    end: int
    speaker: Actor | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker.to_dict() if self.speaker else None,
        }


@dataclass(frozen=True, slots=True)
class Aux:
    """PLOVER's auxiliary modes, and two of factuality: ``denied`` (a party says the act did not
    happen) and ``alleged`` (an accusation or a hedged claim, not asserted by the text)."""

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    denied: bool = False
    alleged: bool = False

    @property
    def factual(self) -> bool:
        """True when the text asserts the act happened (or is happening)."""
        return not (self.negated or self.hypothetical or self.future or self.denied or self.alleged)

    def to_dict(self) -> dict[str, bool]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Cameo:
    code: str | None
    goldstein: float | None
    quad_class: int  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Telling:
    """One more sentence that tells an event already coded: its sentence and trigger spans."""

    sentence: TextSpan
    trigger: TextSpan

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence.to_dict(), "trigger": self.trigger.to_dict()}


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    """One PLOVER event with the evidence behind every field."""

    event_type: str
    mode: str | None
    context: list[str]
    actor: list[Actor]
    recipient: list[Actor]
    trigger: TextSpan
    sentence: TextSpan
    cameo: Cameo
    plover_score: float | None
    aux: Aux = field(default_factory=Aux)
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    date_source: str | None = None  # "sentence", "lead", "retold", "article", "unresolved" or None
    location: Place | None = None
    reported_by: Actor | None = None
    quote: TextSpan | None = None
    article: ArticleInfo | None = None
    coder: dict[str, str] = field(default_factory=dict)
    confidence: float = 0.5
    rule: str | None = None  # the lexicon entry that fired, for transparency
    dead: int | None = None  # PLOVER size fields, from numeric claims (eventwire.claims)
    injured: int | None = None
    arrested: int | None = None
    incident_id: str | None = None  # the incident this report belongs to (eventwire.incidents)
    # later tellings of the same happening in the article (headline, lead, body), merged into
    # this record: each telling's sentence and trigger (eventwire.coding.restatements)
    restated: list[Telling] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Stable id: article id + trigger offsets + category (same text, same ids)."""
        art = self.article.id if self.article else ""
        key = f"{art}:{self.trigger.start}:{self.trigger.end}:{self.event_type}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "date_source": self.date_source,
            "location": self.location.to_dict() if self.location else None,
            "aux": self.aux.to_dict(),
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "quote": self.quote.to_dict() if self.quote else None,
            "cameo": self.cameo.to_dict(),
            "plover_score": self.plover_score,
            "sentence": self.sentence.to_dict(),
            "trigger": self.trigger.to_dict(),
            "article": self.article.to_dict() if self.article else None,
            "coder": dict(self.coder),
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
            "dead": self.dead,
            "injured": self.injured,
            "arrested": self.arrested,
            "incident_id": self.incident_id,
            "restated": [t.to_dict() for t in self.restated],
        }
