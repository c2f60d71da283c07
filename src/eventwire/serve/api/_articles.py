"""From request bodies to :class:`~eventwire.article.Article`, and coding them.

HTML goes through the same reader as files (trafilatura extraction, offsets into the extracted
text); plain text is coded exactly as sent, so offsets in the answer point into it.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from ...coding.coder import Analysis, default_coder
from ...errors import InputError
from ...text.article import Article, article_from_bytes
from ._models import _Text

__all__ = ["article_info", "code_articles", "to_article"]

# spaCy pipelines are not documented as thread-safe; one coding at a time per process.
_CODER_LOCK = threading.Lock()
# request bodies are already limited by the server (BodyLimitMiddleware)
_NO_LIMIT = 1 << 62


def to_article(body: _Text, *, source: str) -> Article:
    """The Article a request body describes; raises InputError naming ``source`` when it has no text."""
    if body.html is not None:
        art = article_from_bytes(body.html, source=source, html=True, published=body.published, max_bytes=_NO_LIMIT)
        return Article(id=art.id, text=art.text, title=body.title or art.title, published=art.published,
                       url=body.url or art.url, outlet=body.outlet or art.outlet, source=source)
    assert body.text is not None
    try:
        return Article.from_text(
            body.text, source=source, title=body.title, published=body.published, url=body.url, outlet=body.outlet
        )
    except InputError:
        raise
    except ValueError as exc:  # pragma: no cover - from_text raises InputError for every bad text today
        raise InputError(source, str(exc), "send plain UTF-8 text") from exc


def article_info(art: Article) -> dict[str, Any]:
    """The record's ``article`` block for ``art``."""
    return {"id": art.id, "title": art.title, "published": art.published.isoformat() if art.published else None,
            "url": art.url, "outlet": art.outlet}


def code_articles(articles: Sequence[Article]) -> list[Analysis]:
    """Code ``articles`` with the process-wide coder, one request at a time."""
    with _CODER_LOCK:
        return list(default_coder().code_articles(articles))
