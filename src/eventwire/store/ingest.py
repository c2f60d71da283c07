"""Ingest: read sources, code the articles the store lacks, write them a batch per transaction.

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
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import InputError
from ..text.article import DEFAULT_MAX_BYTES, Article
from .sources import Item, _first_line, count_articles
from .sources import iter_sources as iter_sources

if TYPE_CHECKING:
    from ..coding.analysis import Analysis
    from . import Store

__all__ = ["IngestInterrupted", "IngestSummary", "ingest", "iter_sources"]

T = TypeVar("T")
# articles looked up in the store at once: 64 first, so that coding starts soon, then up to 1024, so
# that a re-run over a large corpus (every article stored) opens a transient store seldom
_CHECK_CHUNK, _CHECK_CHUNK_MAX = 64, 1024


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
    items: Iterable[Item | InputError] | None = None,
) -> IngestSummary:
    """Code every article of ``sources`` that ``store`` lacks, and write them ``batch_size`` at a time.

    Each batch of coded articles is written in one transaction: all of it or none, so an
    interrupted run leaves whole articles and running it again codes the rest. With a transient
    store (``open_store(..., transient=True)``) the file is held only for those short writes and
    look-ups, never while coding: other processes read and write in between.

    ``workers`` > 1 codes in a process pool and ``dask`` (``"local:N"`` or a scheduler address)
    on a Dask cluster, through :func:`eventwire.scale.code_parallel`. ``on_article(article,
    events)`` is called after each article is committed. On ``KeyboardInterrupt`` the run is
    recorded as interrupted and :class:`IngestInterrupted` (a KeyboardInterrupt carrying the
    summary so far) is raised: whatever was committed stays.

    ``items``: articles already read (as :func:`iter_sources` yields them) to code in place of
    reading ``sources``, which then only name the run (``eventwire watch`` reads its sources itself).
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    start = time.perf_counter()
    # a run that did not finish (interrupted, failed, killed) may have stopped before re-linking
    # incidents: this run re-links them even when it codes nothing new
    relink = _last_run_unfinished(store)
    run_id = store.start_run(sources=[str(s) for s in sources])
    counts = collections.Counter[str]()
    lexicon_version: str | None = None
    if items is not None:
        items = list(items)
    total = (len(items) if items is not None else count_articles(sources)) if progress else None
    bar = _progress_bar(progress, total=total)
    pending: collections.deque[Item] = collections.deque()
    ready: list[tuple[Analysis, str | None]] = []

    def fail(source: str, reason: str) -> None:
        store.record_failure(source=source, reason=reason, run_id=run_id)
        counts["failures"] += 1
        bar.update(1)

    def todo() -> Iterator[Article]:
        # The ids read in this run that the store may not hold yet: a second copy of one is a
        # duplicate. Those the store holds are found by the look-up of each chunk, so before a
        # chunk the set is trimmed to the rest (pending, waiting for their batch, or failed to
        # code) whenever it outgrows the articles in flight.
        seen: set[str] = set()
        read = iter_sources(sources, published=published, max_bytes=max_bytes) if items is None else items
        for chunk in _growing_batches(read, first=_CHECK_CHUNK, last=_CHECK_CHUNK_MAX):
            if len(seen) > 2 * len(pending) + SEEN_SLACK:  # before the chunk's look-up, which then sees them
                seen = _not_stored(store, seen)
            # one look-up per chunk: a transient store opens the file once for it
            stored = store.stored_ids([item[0].id for item in chunk if not isinstance(item, InputError)])
            for item in chunk:
                if isinstance(item, InputError):
                    fail(item.source, f"{item.reason}; {item.hint}")
                    continue
                art, ext = item
                if art.id in seen or art.id in stored:
                    counts["skipped"] += 1
                    bar.update(1)
                    continue
                seen.add(art.id)
                pending.append((art, ext))
                yield art

    def write(analysis: Analysis) -> None:
        art, ext = pending.popleft()
        if art.id != analysis.article.id:  # pragma: no cover - the runners keep input order
            raise RuntimeError(f"coding returned article {analysis.article.id} where {art.id} was expected")
        ready.append((analysis, ext))
        if len(ready) >= batch_size:
            flush()

    def flush() -> None:
        """Write the coded articles waiting in ``ready`` in one transaction."""
        nonlocal lexicon_version
        if not ready:
            return
        batch = list(ready)
        written = store.write_analyses([a for a, _ in batch], run_id=run_id, external_ids=[e for _, e in batch])
        ready.clear()
        for (analysis, _), n in zip(batch, written):
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
            flush()
        else:
            from ..scale.runners import code_parallel

            def coding_failed(art: Article, reason: str) -> None:  # one bad article must not stop the run
                pending.remove(next(p for p in pending if p[0].id == art.id))
                fail(art.source, reason)

            for analysis in code_parallel(
                todo(), workers=workers, dask=dask, batch_size=batch_size, on_error=coding_failed
            ):
                write(analysis)
        flush()
        if counts["articles"] or relink:
            from .incidents import relink as relink_incidents

            # link the new reports, and whatever an unfinished run left unlinked (only the
            # incidents near their dates are read and rewritten)
            relink_incidents(store)
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        _count_committed(store, run_id, counts)
        raise IngestInterrupted(summarize(status)) from None
    finally:
        bar.close()
        _finish(store, run_id, status, summarize(status), lexicon_version)
    return summarize(status)


# Ids the duplicate check of an ingest keeps beyond twice the articles in flight before it drops
# those the store now holds: its memory stays flat over any number of articles.
SEEN_SLACK = 4096


def _not_stored(store: Store, ids: set[str]) -> set[str]:
    """The ids of ``ids`` that the store holds no article for (one query)."""
    return ids - store.stored_ids(list(ids))


def _last_run_unfinished(store: Store) -> bool:
    """True when the store's latest ingest run did not end ``done``."""
    rows = store.fetch("SELECT status FROM runs ORDER BY started_at DESC LIMIT 1")
    return bool(rows) and rows[0][0] != "done"


def _count_committed(store: Store, run_id: str, counts: collections.Counter[str]) -> None:
    """Sets the article and event counts to what the store holds for ``run_id``: a Ctrl-C that
    lands just after an article's ``COMMIT`` stops the run before it counts that article."""
    with contextlib.suppress(KeyboardInterrupt):
        rows = store.fetch("SELECT count(*), coalesce(sum(n_events), 0) FROM articles WHERE run_id = ?", [run_id])
        if rows:
            counts["articles"], counts["events"] = int(rows[0][0]), int(rows[0][1])


def _finish(store: Store, run_id: str, status: str, s: IngestSummary, lexicon_version: str | None) -> None:
    with contextlib.suppress(KeyboardInterrupt):  # a second Ctrl-C while closing: the row stays "running"
        store.finish_run(run_id, status=status, articles=s.articles, skipped=s.skipped, events=s.events,
                         failures=s.failures, lexicon_version=lexicon_version)  # fmt: skip


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _growing_batches(items: Iterable[T], *, first: int, last: int) -> Iterator[list[T]]:
    """Lists of ``first`` items, then twice as many each time, up to ``last``."""
    size, batch = first, []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch, size = [], min(size * 2, last)
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


def _progress_bar(progress: bool, *, total: int | None = None) -> Any:
    """A tqdm bar on stderr (with an ETA when ``total`` is known), or nothing."""
    if not progress:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True, leave=False)
