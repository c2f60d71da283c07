"""What coding one article gives: :class:`Analysis` (events, actor mentions, quotes, places, dates, claims)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..record import Actor, ArticleInfo, DateMention, Event, Place, Quote
from ..text.article import Article
from .claims import Claim


@dataclass(slots=True)
class Analysis:
    """Everything eventwire found in one article."""

    article: Article
    events: list[Event] = field(default_factory=list)  # every event, facts or not (``Event.aux``)
    mentions: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)  # numeric claims (eventwire.claims)

    def coded_events(self, *, include_negated: bool = False, include_nonfactual: bool = False) -> list[Event]:
        """The events the text asserts happened (``aux.factual``); ``include_negated`` adds the
        negated ones, ``include_nonfactual`` adds every event (denied, alleged, hypothetical,
        future, negated)."""
        if include_nonfactual:
            return list(self.events)
        return [e for e in self.events if e.aux.factual or (include_negated and e.aux.negated)]

    def to_dict(self) -> dict[str, object]:
        return {
            "article": _article_info(self.article).to_dict(),
            "events": [e.to_dict() for e in self.events],
            "mentions": [m.to_dict() for m in self.mentions],
            "quotes": [q.to_dict() for q in self.quotes],
            "places": [p.to_dict() for p in self.places],
            "dates": [d.to_dict() for d in self.dates],
            "claims": [c.to_dict() for c in self.claims],
        }


def _article_info(a: Article) -> ArticleInfo:
    return ArticleInfo(
        id=a.id, title=a.title, published=a.published.isoformat() if a.published else None, url=a.url, outlet=a.outlet
    )
