"""The sources of an ingest: files, folders, JSONL, RSS/Atom feeds, URL lists and URLs, read into
articles (the forms are listed in :mod:`eventwire.store.ingest`). ``iter_sources`` yields each
article with the external id its source gave, or an :class:`~eventwire.errors.InputError` for what
cannot be read.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from ..text.article import DEFAULT_MAX_BYTES, Article, _article_from_bytes, read_article

__all__ = ["Item", "count_articles", "items_from_response", "iter_sources"]

_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_FEED_START = re.compile(
    rb"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE | re.DOTALL
)
_URL_LINE = re.compile(r"^https?://\S+$")
_FETCH_TIMEOUT = 30.0
_USER_AGENT = "eventwire (+https://github.com/openeventdata/PLOVER)"

Item = tuple[Article, str | None]  # an article and the external id its source gave, if any


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


def count_articles(sources: Sequence[str | Path]) -> int | None:
    """How many articles (or failures) ``iter_sources`` will yield, when that is cheap to know; else None.

    Counts files in folders, non-blank lines of JSONL files, entries of feeds (by their tags) and
    lines of URL lists; a URL given directly (a page or a feed) makes the total unknown.
    """
    total = 0
    for source in sources:
        source = str(source)
        if _URL_LINE.match(source):
            return None
        path = Path(source)
        for file in _walk(path) if path.is_dir() else [path]:
            n = _count_file(str(file))
            if n is None:
                return None
            total += n
    return total


_ENTRY_TAG = re.compile(rb"<(?:item|entry)[\s>]", re.IGNORECASE)


def _count_file(source: str) -> int | None:
    suffix = Path(source).suffix.lower()
    try:
        if suffix in _JSONL_SUFFIXES:
            with open(source, "rb") as handle:
                return sum(1 for line in handle if line.strip())
        head = _head(source).removeprefix(b"\xef\xbb\xbf")
        if suffix in (".rss", ".atom") or _FEED_START.match(head):
            with open(source, "rb") as handle:
                return max(1, len(_ENTRY_TAG.findall(handle.read())))
        if suffix == ".urls" or _is_url_list(head):
            with open(source, "rb") as handle:
                lines = [ln.strip() for ln in handle]
            return sum(1 for ln in lines if ln and not ln.startswith(b"#"))
    except OSError:
        return 1  # read as one failure
    return 1


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


def _json_problem(error: json.JSONDecodeError) -> str:
    """The decoder's message without its trailing "at", naming an unterminated string as such."""
    msg = error.msg.removesuffix(" at").strip()
    if msg.startswith("Unterminated string") or (
        msg.startswith("Invalid control character") and error.doc[error.pos : error.pos + 1] in ("\n", "\r", "")
    ):
        return "unterminated string: a quote is not closed on its line"
    return msg


def _jsonl_item(line: str, where: str, *, max_bytes: int) -> Item | InputError:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        problem = f"not valid JSON ({_json_problem(error)} at column {error.colno})"
        return InputError(where, problem, "fix or remove the line")
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
    yield from items_from_response(url, data, ctype=ctype, max_bytes=max_bytes)


def items_from_response(url: str, data: bytes, *, ctype: str, max_bytes: int) -> Iterator[Item | InputError]:
    """The articles of a fetched body: a feed's entries, or the page (HTML or text) itself."""
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
