"""Ingest: read sources, code the articles the store lacks, write each in one transaction.

A *source* is a file, a folder (read recursively, hidden files skipped), or an ``http(s)://``
URL. A file is read according to what it holds:

* ``*.jsonl`` / ``*.ndjson``: one article per line, ``{id, title, published, url, outlet, text}``
  (or ``html`` instead of ``text``; ``id`` is kept as the article's external id);
* an RSS or Atom feed (``<rss``, ``<feed``, ``<rdf:RDF``): each entry's content or summary;
* a URL list (``*.urls``, or a text file whose every line is an ``http(s)://`` URL): each URL is
  fetched and read as a page;
* anything else: a text or HTML article (:func:`eventwire.article.read_article`).

An article is identified by the hash of its text, so ingesting again skips what the store holds
and an interrupted run resumes where it stopped. Whatever cannot be read or coded is recorded in
the store's ``failures`` table with its reason, and the run goes on.

    >>> from eventwire.store import open_store
    >>> from eventwire.ingest import ingest
    >>> with open_store("events.duckdb") as store:
    ...     summary = ingest(store, ["news/"], published=None)
    >>> summary.line()
    '120 articles, 1532 events, 3 skipped, 2 failures in 31.4 s'
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..text.article import DEFAULT_MAX_BYTES, Article, _article_from_bytes, read_article

if TYPE_CHECKING:
    from ..coding.analysis import Analysis
    from . import Store

__all__ = ["IngestInterrupted", "IngestSummary", "ingest", "iter_sources"]

_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_FEED_START = re.compile(
    rb"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE | re.DOTALL
)
_URL_LINE = re.compile(r"^https?://\S+$")
_FETCH_TIMEOUT = 30.0
_USER_AGENT = "eventwire (+https://github.com/openeventdata/PLOVER)"

Item = tuple[Article, str | None]  # an article and the external id its source gave, if any


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What one ingest did. ``skipped``: articles already in the store (or twice in the sources)."""

    articles: int
    skipped: int
    events: int
    failures: int
    seconds: float
    run_id: str | None = None
    interrupted: bool = False

    def line(self) -> str:
        tail = " (interrupted; run the same command again to resume)" if self.interrupted else ""
        return (
            f"{self.articles} articles, {self.events} events, {self.skipped} skipped, "
            f"{self.failures} failures in {self.seconds:.1f} s{tail}"
        )


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during :func:`ingest`; ``summary`` says what was stored before it."""

    def __init__(self, summary: IngestSummary) -> None:
        super().__init__(summary.line())
        self.summary = summary


# ----------------------------------------------------------------------------- sources


def iter_sources(
    sources: Sequence[str | Path],
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item | InputError]:
    """Every article of every source, in order, or the InputError saying why one has none.

    ``published`` is given to the articles whose source carries no date. Never raises for a bad
    input.
    """
    for source in sources:
        for item in _one_source(str(source), max_bytes=max_bytes):
            if isinstance(item, InputError):
                yield item
                continue
            art, ext = item
            if published is not None and art.published is None:
                art = replace(art, published=published)
            yield art, ext


def _one_source(source: str, *, max_bytes: int) -> Iterator[Item | InputError]:
    if _URL_LINE.match(source):
        yield from _fetch(source, max_bytes=max_bytes)
        return
    path = Path(source)
    if path.is_dir():
        for file in _walk(path):
            yield from _file(str(file), max_bytes=max_bytes)
        return
    yield from _file(source, max_bytes=max_bytes)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _head(source: str, n: int = 4096) -> bytes:
    try:
        with open(source, "rb") as handle:
            return handle.read(n)
    except OSError:
        return b""  # read_article names the problem


def _file(source: str, *, max_bytes: int) -> Iterator[Item | InputError]:
    suffix = Path(source).suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        yield from _jsonl(source, max_bytes=max_bytes)
        return
    head = _head(source).removeprefix(b"\xef\xbb\xbf")
    if suffix in (".rss", ".atom") or _FEED_START.match(head):
        data = _read_bytes(source, max_bytes)
        if isinstance(data, InputError):
            yield data
        else:
            yield from _feed(data, source=source, max_bytes=max_bytes)
        return
    if suffix == ".urls" or _is_url_list(head):
        yield from _url_list(source, max_bytes=max_bytes)
        return
    try:
        yield read_article(source, max_bytes=max_bytes), None
    except InputError as error:
        yield error


def _read_bytes(source: str, max_bytes: int) -> bytes | InputError:
    try:
        size = os.path.getsize(source)
        if size > max_bytes:
            return InputError(
                source, f"{size} bytes is above the limit of {max_bytes} bytes", "split it or raise --max-bytes"
            )
        with open(source, "rb") as handle:
            return handle.read()
    except OSError as error:
        return InputError(source, f"cannot be read ({error.strerror or type(error).__name__})", "check the path")


def _is_url_list(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    lines = [ln.strip() for ln in text.splitlines()]
    if len(head) == 4096 and lines:
        lines = lines[:-1]  # the last line may be cut
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return bool(lines) and all(_URL_LINE.match(ln) for ln in lines)


# ----------------------------------------------------------------------------- JSONL


def _jsonl(source: str, *, max_bytes: int) -> Iterator[Item | InputError]:
    try:
        handle = open(source, encoding="utf-8")
    except OSError as error:
        yield InputError(source, f"cannot be read ({error.strerror or type(error).__name__})", "check the path")
        return
    with handle:
        lineno = 0
        while True:
            lineno += 1
            where = f"{source}:{lineno}"
            try:
                line = handle.readline()
            except UnicodeDecodeError as error:
                yield InputError(where, f"not valid UTF-8 ({error.reason})", "convert the file to UTF-8")
                return
            if not line:
                return
            if not line.strip():
                continue
            yield _jsonl_item(line, where, max_bytes=max_bytes)


def _jsonl_item(line: str, where: str, *, max_bytes: int) -> Item | InputError:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(where, f"not valid JSON ({error.msg} at column {error.colno})", "fix or remove the line")
    if not isinstance(obj, dict):
        return InputError(where, "not a JSON object", 'write one {"text": ...} object per line')
    published = None
    if obj.get("published"):
        try:
            published = dt.date.fromisoformat(str(obj["published"])[:10])
        except ValueError:
            return InputError(where, f"published '{obj['published']}' is not a date", "use YYYY-MM-DD")
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return InputError(where, 'no "text" or "html" field', 'give each line a "text" (or "html") string')
    meta = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in ("title", "url", "outlet")}
    try:
        if isinstance(text, str):
            if len(text.encode("utf-8")) > max_bytes:
                return InputError(where, f"text above the limit of {max_bytes} bytes", "split it or raise --max-bytes")
            art = Article.from_text(text, source=where, published=published, **meta)
        else:
            art = _article_from_bytes(str(html).encode("utf-8"), source=where, is_html_name=True, published=published)
            art = replace(art, **{k: v for k, v in meta.items() if v}, published=published or art.published)
    except InputError as error:
        return error
    ext = obj.get("id")
    return art, (str(ext) if ext is not None else None)


# ----------------------------------------------------------------------------- feeds and URLs


def _feed(data: bytes, *, source: str, max_bytes: int) -> Iterator[Item | InputError]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        why = _first_line(parsed.get("bozo_exception")) if parsed.get("bozo") else "no entries"
        yield InputError(source, f"not a readable RSS/Atom feed ({why})", "check the feed file")
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for k, entry in enumerate(entries, 1):
        where = f"{source}#{k}"
        content = entry.get("content") or []
        body = content[0].get("value") if content else entry.get("summary")
        if not body or not str(body).strip():
            yield InputError(where, "feed entry without content or summary", "nothing to code")
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        raw = str(body).encode("utf-8")
        if len(raw) > max_bytes:
            yield InputError(where, f"entry above the limit of {max_bytes} bytes", "raise --max-bytes")
            continue
        try:
            art = _article_from_bytes(
                b"<html><body>" + raw + b"</body></html>", source=where, is_html_name=True, published=published
            )
        except InputError as error:
            yield error
            continue
        art = replace(art, title=entry.get("title") or art.title, url=entry.get("link") or art.url,
                      outlet=outlet or art.outlet, published=published or art.published)  # fmt: skip
        yield art, entry.get("id") or None


def _first_line(exc: object) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _url_list(source: str, *, max_bytes: int) -> Iterator[Item | InputError]:
    try:
        with open(source, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        yield InputError(
            source, f"cannot be read as a URL list ({_first_line(error)})", "write one URL per line in UTF-8"
        )
        return
    for line in lines:
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        if not _URL_LINE.match(url):
            yield InputError(f"{source}: {url}", "not an http(s) URL", "write one http:// or https:// URL per line")
            continue
        yield from _fetch(url, max_bytes=max_bytes)


def _fetch(url: str, *, max_bytes: int) -> Iterator[Item | InputError]:
    """Fetch one page (or feed) over HTTP: the network edge of ingest."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=_FETCH_TIMEOUT) as response:
            data = response.read(max_bytes + 1)
            ctype = str(response.headers.get("Content-Type") or "").lower()
    except urllib.error.HTTPError as error:
        yield InputError(url, f"cannot be fetched (HTTP {error.code} {error.reason})", "check the URL")
        return
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        yield InputError(url, f"cannot be fetched ({_first_line(reason)})", "check the URL and the network")
        return
    if len(data) > max_bytes:
        yield InputError(url, f"more than {max_bytes} bytes", "raise --max-bytes")
        return
    if "rss" in ctype or "atom" in ctype or _FEED_START.match(data[:4096]):
        yield from _feed(data, source=url, max_bytes=max_bytes)
        return
    try:
        art = _article_from_bytes(data, source=url, is_html_name="html" in ctype, published=None)
    except InputError as error:
        yield error
        return
    yield replace(art, url=art.url or url), None


# ----------------------------------------------------------------------------- ingest


def ingest(
    store: Store,
    sources: Sequence[str | Path],
    *,
    published: dt.date | None = None,
    workers: int = 1,
    dask: str | None = None,
    progress: bool = False,
    batch_size: int = 16,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_article: Callable[[Article, int], None] | None = None,
) -> IngestSummary:
    """Code every article of ``sources`` that ``store`` lacks, and write each in one transaction.

    ``workers`` > 1 codes in a process pool and ``dask`` (``"local:N"`` or a scheduler address)
    on a Dask cluster, through :func:`eventwire.scale.code_parallel`. ``on_article(article,
    events)`` is called after each article is committed. On ``KeyboardInterrupt`` the run is
    recorded as interrupted and :class:`IngestInterrupted` (a KeyboardInterrupt carrying the
    summary so far) is raised: whatever was committed stays.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    start = time.perf_counter()
    run_id = store.start_run(sources=[str(s) for s in sources])
    counts = collections.Counter[str]()
    lexicon_version: str | None = None
    bar = _progress_bar(progress)
    pending: collections.deque[Item] = collections.deque()

    def fail(source: str, reason: str) -> None:
        store.record_failure(source=source, reason=reason, run_id=run_id)
        counts["failures"] += 1
        bar.update(1)

    def todo() -> Iterator[Article]:
        seen: set[str] = set()
        for item in iter_sources(sources, published=published, max_bytes=max_bytes):
            if isinstance(item, InputError):
                fail(item.source, f"{item.reason}; {item.hint}")
                continue
            art, ext = item
            if art.id in seen or store.has_article(art.id):
                counts["skipped"] += 1
                bar.update(1)
                continue
            seen.add(art.id)
            pending.append((art, ext))
            yield art

    def write(analysis: Analysis) -> None:
        nonlocal lexicon_version
        art, ext = pending.popleft()
        if art.id != analysis.article.id:  # pragma: no cover - the runners keep input order
            raise RuntimeError(f"coding returned article {analysis.article.id} where {art.id} was expected")
        n = store.write_analysis(analysis, run_id=run_id, external_id=ext)
        if analysis.events and lexicon_version is None:
            lexicon_version = analysis.events[0].coder.get("lexicon_version")
        counts["articles"] += 1
        counts["events"] += n
        bar.update(1)
        bar.set_postfix(events=counts["events"], failures=counts["failures"], refresh=False)
        if on_article is not None:
            on_article(analysis.article, n)

    def summarize(status: str) -> IngestSummary:
        return IngestSummary(
            articles=counts["articles"], skipped=counts["skipped"], events=counts["events"],
            failures=counts["failures"], seconds=time.perf_counter() - start, run_id=run_id,
            interrupted=status == "interrupted",
        )  # fmt: skip

    status = "failed"
    try:
        if workers == 1 and dask is None:
            _code_here(todo(), batch_size=batch_size, write=write, fail=fail, pending=pending)
        else:
            from ..scale.runners import code_parallel

            def coding_failed(art: Article, reason: str) -> None:  # one bad article must not stop the run
                pending.remove(next(p for p in pending if p[0].id == art.id))
                fail(art.source, reason)

            for analysis in code_parallel(
                todo(), workers=workers, dask=dask, batch_size=batch_size, on_error=coding_failed
            ):
                write(analysis)
        status = "done"
        if counts["articles"]:
            from .incidents import recluster

            recluster(store)  # link the new reports to incidents
    except KeyboardInterrupt:
        status = "interrupted"
        raise IngestInterrupted(summarize(status)) from None
    finally:
        bar.close()
        _finish(store, run_id, status, summarize(status), lexicon_version)
    return summarize(status)


def _finish(store: Store, run_id: str, status: str, s: IngestSummary, lexicon_version: str | None) -> None:
    with contextlib.suppress(KeyboardInterrupt):  # a second Ctrl-C while closing: the row stays "running"
        store.finish_run(run_id, status=status, articles=s.articles, skipped=s.skipped, events=s.events,
                         failures=s.failures, lexicon_version=lexicon_version)  # fmt: skip


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _code_here(
    articles: Iterable[Article],
    *,
    batch_size: int,
    write: Callable[[Analysis], None],
    fail: Callable[[str, str], None],
    pending: collections.deque[Item],
) -> None:
    """Code in this process, a batch at a time; a batch that breaks the coder is coded one by one."""
    from ..coding.coder import default_coder
    from ..errors import DataFileError, ModelError

    coder = default_coder()
    for batch in _batches(articles, batch_size):
        try:
            analyses = list(coder.code_articles(batch, batch_size=batch_size))
        except (ModelError, DataFileError):
            raise
        except Exception:  # one bad article must not stop the run: find it
            analyses = []
            for art in batch:
                try:
                    analyses.extend(coder.code_articles([art]))
                except (ModelError, DataFileError):
                    raise
                except Exception as error:  # noqa: BLE001 - recorded in failures with its reason
                    pending.remove(next(p for p in pending if p[0] is art))
                    fail(
                        art.source,
                        f"coding failed ({type(error).__name__}: {_first_line(error)}); report it with the input",
                    )
        for analysis in analyses:
            write(analysis)


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def set_postfix(self, **kwargs: Any) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(progress: bool) -> Any:
    if not progress:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, leave=False)
