"""Following sources: poll feeds, URL lists and folders every so often and ingest what is new.

A source is

* an ``http(s)://`` URL: an RSS/Atom feed (or a page), asked for with a conditional GET
  (``If-None-Match`` / ``If-Modified-Since`` from the last answer's ``ETag`` / ``Last-Modified``):
  a ``304 Not Modified`` costs nothing; the entries of a new answer are ingested, those already
  stored (same text) skipped;
* a URL list file (``*.urls``, or a file of ``http(s)://`` lines): the URLs not fetched before;
* a folder: the files added or changed since the last poll (by name, size and modification time);
* any other file: read again when it changes.

Requests to one host are spaced by ``per_host`` seconds, and a failed request (network error,
timeout, HTTP 429 or 5xx) is retried with a doubling delay. What each source answered and gave is
kept in the store (tables ``watch_sources`` and ``watch_seen``), so a restarted watch goes on
where it stopped and stores nothing twice.

    >>> from eventwire.store import open_store
    >>> from eventwire.store.watch import watch
    >>> with open_store("events.duckdb", transient=True) as store:
    ...     watch(store, ["https://example.org/world.rss"], every=900, polls=1, on_poll=print)
"""

from __future__ import annotations

import datetime as dt
import random
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..text.article import DEFAULT_MAX_BYTES
from .sources import _URL_LINE, Item, _file, _first_line, _head, _is_url_list, _walk, items_from_response

if TYPE_CHECKING:
    from . import Store

__all__ = ["Fetcher", "FetchError", "PollResult", "parse_interval", "poll_once", "watch"]

_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_USER_AGENT = "eventwire-watch (+https://github.com/openeventdata/PLOVER)"


def parse_interval(text: str, *, zero: bool = False) -> float:
    """Seconds in ``"30s"``, ``"15m"``, ``"1h"``, ``"1d"`` (a bare number is seconds); raises ValueError.

    ``zero``: accept ``0`` (a pause that may be none); else the interval must be positive."""
    raw = text.strip().lower()
    unit = raw[-1:] if raw[-1:] in _UNITS else "s"
    number = raw[:-1] if raw[-1:] in _UNITS else raw
    try:
        value = float(number) * _UNITS[unit]
    except ValueError:
        raise ValueError(f"interval '{text}' is not a duration; write e.g. 30s, 15m or 1h") from None
    if not (value >= 0 if zero else value > 0):
        raise ValueError(f"interval '{text}' is not {'0 or more' if zero else 'positive'}; write e.g. 30s, 15m or 1h")
    return value


@dataclass(frozen=True, slots=True)
class PollResult:
    """What one poll of one source did. ``status``: ``new``, ``not modified``, ``nothing new`` or ``failed``."""

    source: str
    articles: int = 0
    events: int = 0
    skipped: int = 0
    failures: int = 0
    status: str = "nothing new"
    error: str | None = None

    def line(self) -> str:
        """One line for the log: ``SOURCE: 3 new articles, 41 events, 0 failures``."""
        when = dt.datetime.now().strftime("%H:%M:%S")
        if self.status == "failed":
            return f"{when} {self.source}: failed ({self.error}); trying again next poll"
        tail = " (not modified)" if self.status == "not modified" else ""
        return (f"{when} {self.source}: {self.articles} new articles, {self.events} events, "
                f"{self.failures} failures{tail}")  # fmt: skip


class FetchError(Exception):
    """A URL could not be fetched even after the retries; the message says why."""


@dataclass(frozen=True, slots=True)
class Response:
    status: int  # 200 or 304
    data: bytes = b""
    ctype: str = ""
    etag: str | None = None
    last_modified: str | None = None


class Fetcher:
    """HTTP GET for watched sources: conditional headers, one request per ``per_host`` seconds to a host,
    and ``retries`` more attempts after a network error, a timeout, HTTP 429 or 5xx, ``backoff``
    seconds apart, doubling (with jitter). The network edge of :func:`watch`."""

    def __init__(self, *, timeout: float = 30.0, per_host: float = 1.0, retries: int = 2, backoff: float = 2.0,
                 max_bytes: int = DEFAULT_MAX_BYTES, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:  # fmt: skip
        """``clock`` and ``sleep`` measure and spend the waits (``time.monotonic``, ``time.sleep``)."""
        self.clock = clock
        self.sleep = sleep
        self.timeout = timeout
        self.per_host = per_host
        self.retries = retries
        self.backoff = backoff
        self.max_bytes = max_bytes
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def _pace(self, url: str) -> None:
        host = urllib.parse.urlsplit(url).netloc.lower()
        with self._lock:
            now = self.clock()
            start = max(now, self._last.get(host, -1e9) + self.per_host)
            self._last[host] = start
        if start > now:
            self.sleep(start - now)

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """The answer to ``url`` (200 with its body, or 304); raises FetchError after the retries."""
        headers = {"User-Agent": _USER_AGENT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        delay = self.backoff
        for attempt in range(self.retries + 1):
            self._pace(url)
            try:
                request = urllib.request.Request(url, headers=headers)
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                    data = answer.read(self.max_bytes + 1)
                    return Response(200, data, str(answer.headers.get("Content-Type") or "").lower(),
                                    answer.headers.get("ETag"), answer.headers.get("Last-Modified"))  # fmt: skip
            except urllib.error.HTTPError as error:
                if error.code == 304:
                    return Response(304, etag=etag, last_modified=last_modified)
                reason = f"HTTP {error.code} {error.reason}"
                if error.code != 429 and error.code < 500:
                    raise FetchError(f"{reason}; check the URL") from None
            except (urllib.error.URLError, OSError, ValueError) as error:
                reason = _first_line(getattr(error, "reason", None) or error)
            if attempt < self.retries:
                self.sleep(delay * random.uniform(0.75, 1.25))
                delay *= 2
        raise FetchError(f"{reason} after {self.retries + 1} attempts; check the URL and the network")


# ----------------------------------------------------------------------------- state


def _state(store: Store, source: str) -> tuple[str | None, str | None]:
    rows = store.fetch("SELECT etag, last_modified FROM watch_sources WHERE source = ?", [source])
    return (rows[0][0], rows[0][1]) if rows else (None, None)


def _record(store: Store, source: str, result: PollResult, *, etag: str | None = None,
            last_modified: str | None = None, keep_validators: bool = True) -> None:  # fmt: skip
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    failed = result.status == "failed"
    with store.transaction():
        store.execute(
            "INSERT INTO watch_sources (source, polls, failures_in_row) VALUES (?, 0, 0) ON CONFLICT DO NOTHING",
            [source],
        )
        store.execute(
            "UPDATE watch_sources SET polls = polls + 1, last_poll = ?, "
            "last_new = CASE WHEN ? THEN ? ELSE last_new END, "
            "failures_in_row = CASE WHEN ? THEN failures_in_row + 1 ELSE 0 END, last_error = ?, "
            "etag = CASE WHEN ? THEN etag ELSE ? END, last_modified = CASE WHEN ? THEN last_modified ELSE ? END "
            "WHERE source = ?",
            [now, result.articles > 0, now, failed, result.error, keep_validators, etag, keep_validators,
             last_modified, source],
        )  # fmt: skip


def _seen(store: Store, source: str) -> set[str]:
    return {r[0] for r in store.fetch("SELECT key FROM watch_seen WHERE source = ?", [source])}


def _mark_seen(store: Store, source: str, keys: Sequence[str]) -> None:
    if not keys:
        return
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    store.execute("INSERT INTO watch_seen SELECT ?, unnest(?), ? ON CONFLICT DO NOTHING", [source, list(keys), now])


# ----------------------------------------------------------------------------- polling


def poll_once(store: Store, sources: Sequence[str | Path], *, fetcher: Fetcher | None = None,
              published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES, workers: int = 1,
              on_poll: Callable[[PollResult], None] | None = None) -> list[PollResult]:  # fmt: skip
    """Poll every source once and ingest what is new; returns one :class:`PollResult` per source."""
    fetcher = fetcher or Fetcher(max_bytes=max_bytes)
    out = []
    for source in sources:
        result = _poll_source(store, str(source), fetcher=fetcher, published=published, max_bytes=max_bytes,
                              workers=workers)  # fmt: skip
        out.append(result)
        if on_poll is not None:
            on_poll(result)
    return out


def watch(store: Store, sources: Sequence[str | Path], *, every: float, polls: int | None = None,
          fetcher: Fetcher | None = None, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
          workers: int = 1, on_poll: Callable[[PollResult], None] | None = None,
          stop: threading.Event | None = None) -> list[PollResult]:  # fmt: skip
    """Poll ``sources`` every ``every`` seconds, ``polls`` times (None: until ``stop`` is set or Ctrl-C).

    Returns the results of every poll, in order. ``on_poll`` is called with each as it comes.
    """
    if not sources:
        raise ValueError("no sources to watch; give feed URLs, URL lists or folders")
    fetcher = fetcher or Fetcher(max_bytes=max_bytes)
    stop = stop or threading.Event()
    results: list[PollResult] = []
    n = 0
    while not stop.is_set():
        started = time.monotonic()
        results += poll_once(store, sources, fetcher=fetcher, published=published, max_bytes=max_bytes,
                             workers=workers, on_poll=on_poll)  # fmt: skip
        n += 1
        if polls is not None and n >= polls:
            break
        stop.wait(max(0.0, every - (time.monotonic() - started)))
    return results


def _poll_source(store: Store, source: str, *, fetcher: Fetcher, published: dt.date | None, max_bytes: int,
                 workers: int) -> PollResult:  # fmt: skip
    if _URL_LINE.match(source):
        return _poll_url(store, source, fetcher=fetcher, published=published, max_bytes=max_bytes, workers=workers)
    path = Path(source)
    if not path.exists():
        result = PollResult(source, status="failed", error="no such file or folder; check the path")
        _record(store, source, result)
        return result
    if path.is_file() and (path.suffix.lower() == ".urls" or _is_url_list(_head(source))):
        return _poll_url_list(store, source, fetcher=fetcher, published=published, max_bytes=max_bytes,
                              workers=workers)  # fmt: skip
    files = list(_walk(path)) if path.is_dir() else [path]
    seen = _seen(store, source)
    fresh: list[tuple[str, Path]] = []
    for file in files:
        try:
            st = file.stat()
        except OSError:
            continue
        key = f"{file.relative_to(path) if path.is_dir() else file.name}|{st.st_size}|{st.st_mtime_ns}"
        if key not in seen:
            fresh.append((key, file))
    items: list[Item | InputError] = [item for _, f in fresh for item in _file(str(f), max_bytes=max_bytes)]
    result = _ingest(store, source, items, published=published, workers=workers)
    _mark_seen(store, source, [k for k, _ in fresh])
    _record(store, source, result)
    return result


def _poll_url(store: Store, url: str, *, fetcher: Fetcher, published: dt.date | None, max_bytes: int,
              workers: int) -> PollResult:  # fmt: skip
    etag, modified = _state(store, url)
    try:
        answer = fetcher.get(url, etag=etag, last_modified=modified)
    except FetchError as exc:
        result = PollResult(url, failures=1, status="failed", error=str(exc))
        _record(store, url, result)
        return result
    if answer.status == 304:
        result = PollResult(url, status="not modified")
        _record(store, url, result)
        return result
    items = list(items_from_response(url, answer.data, ctype=answer.ctype, max_bytes=max_bytes))
    result = _ingest(store, url, items, published=published, workers=workers)
    # the validators are kept only once the answer's articles are stored: a crash before means asking again
    _record(store, url, result, etag=answer.etag, last_modified=answer.last_modified, keep_validators=False)
    return result


def _poll_url_list(store: Store, source: str, *, fetcher: Fetcher, published: dt.date | None, max_bytes: int,
                   workers: int) -> PollResult:  # fmt: skip
    try:
        lines = Path(source).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        result = PollResult(source, status="failed", error=f"cannot be read ({_first_line(error)})")
        _record(store, source, result)
        return result
    seen = _seen(store, source)
    urls = [u for u in dict.fromkeys(ln.strip() for ln in lines) if _URL_LINE.match(u) and u not in seen]
    items: list[Item | InputError] = []
    fetched: list[str] = []
    for url in urls:
        try:
            answer = fetcher.get(url)
        except FetchError as exc:  # not marked seen: the next poll asks again
            items.append(InputError(url, f"cannot be fetched ({exc})", "it is tried again at the next poll"))
            continue
        items.extend(items_from_response(url, answer.data, ctype=answer.ctype, max_bytes=max_bytes))
        fetched.append(url)
    result = _ingest(store, source, items, published=published, workers=workers)
    _mark_seen(store, source, fetched)
    _record(store, source, result)
    return result


def _dated(items: Sequence[Item | InputError], published: dt.date | None) -> Iterator[Item | InputError]:
    for item in items:
        if published is not None and not isinstance(item, InputError) and item[0].published is None:
            yield replace(item[0], published=published), item[1]
        else:
            yield item


def _ingest(store: Store, source: str, items: Sequence[Item | InputError], *, published: dt.date | None,
            workers: int) -> PollResult:  # fmt: skip
    if not items:
        return PollResult(source)
    from .ingest import ingest

    summary = ingest(store, [source], items=_dated(items, published), workers=workers)
    return PollResult(source, articles=summary.articles, events=summary.events, skipped=summary.skipped,
                      failures=summary.failures, status="new" if summary.articles else "nothing new")  # fmt: skip
