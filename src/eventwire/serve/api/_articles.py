"""From request bodies to :class:`~eventwire.article.Article`, and coding them.

HTML goes through the same reader as files (trafilatura extraction, offsets into the extracted
text); plain text is coded exactly as sent, so offsets in the answer point into it.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...coding.coder import Analysis, default_coder
from ...errors import InputError
from ...text.article import Article, article_from_bytes
from ._errors import BusyError, CodeTooLargeError
from ._models import _Text

__all__ = ["CodeGate", "CodeLimits", "article_info", "code_articles", "to_article"]

#: ``POST /v1/code`` defaults: the largest text (UTF-8 bytes), requests at once, seconds waiting for the coder.
DEFAULT_MAX_CODE_BYTES = 200_000
DEFAULT_CODE_CONCURRENCY = 2
DEFAULT_CODE_WAIT = 30.0

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


def code_articles(articles: Sequence[Article], *, wait: float | None = None) -> list[Analysis]:
    """Code ``articles`` with the process-wide coder, one request at a time.

    ``wait``: the longest time in seconds to wait for the coder (None: as long as it takes);
    raises :class:`BusyError` when it stays busy that long."""
    if not _CODER_LOCK.acquire(timeout=-1 if wait is None else wait):
        raise BusyError(f"the coder stayed busy for {wait:g} s; retry later", retry_after=max(1, round(wait or 1)))
    try:
        return list(default_coder().code_articles(articles))
    finally:
        _CODER_LOCK.release()


@dataclass(frozen=True, slots=True)
class CodeLimits:
    """What one ``POST /v1/code`` may cost: its text's size, how many run at once, how long one waits.

    ``max_bytes``: the largest text or HTML in UTF-8 bytes (413 above). ``concurrent``: requests
    coding or waiting to code at once; one more is answered 503 with ``Retry-After`` at once.
    ``wait``: seconds a request waits for the coder before a 503. ``public``: coding needs no
    token even when the server has one.
    """

    max_bytes: int = DEFAULT_MAX_CODE_BYTES
    concurrent: int = DEFAULT_CODE_CONCURRENCY
    wait: float = DEFAULT_CODE_WAIT
    public: bool = False


class CodeGate:
    """Admits at most ``limits.concurrent`` coding requests at once; the others get :class:`BusyError`."""

    def __init__(self, limits: CodeLimits) -> None:
        self.limits = limits
        self._slots = threading.BoundedSemaphore(limits.concurrent)

    def check_size(self, body: _Text) -> None:
        """Raises CodeTooLargeError (413) naming the field when the text is above the limit."""
        field, value = ("text", body.text) if body.text is not None else ("html", body.html or "")
        size = len(value.encode("utf-8", "surrogatepass"))
        if size > self.limits.max_bytes:
            exc = CodeTooLargeError(
                f"{field}: {size} bytes is above the coding limit of {self.limits.max_bytes} bytes; split the text, "
                "or store it with POST /v1/articles or `eventwire ingest`"
            )
            exc.field = field  # type: ignore[attr-defined]
            raise exc

    def code(self, art: Article) -> Analysis:
        """Codes ``art`` in a free slot, waiting at most ``limits.wait`` s for the coder."""
        if not self._slots.acquire(blocking=False):
            busy = f"{self.limits.concurrent} coding requests are running; retry later"
            raise BusyError(busy, retry_after=max(1, round(self.limits.wait)))
        try:
            (analysis,) = code_articles([art], wait=self.limits.wait)
            return analysis
        finally:
            self._slots.release()
