"""`eventwire watch` against a real HTTP server on loopback whose feed changes between polls."""

from __future__ import annotations

import http.server
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.store import open_store
from eventwire.store.watch import Fetcher, FetchError, PollResult, parse_interval, watch

# Short news items written for these tests.
ITEMS = (
    ("Troops shell Afrin", "Turkish troops shelled Kurdish positions near Afrin on Monday, officials said."),
    ("Protest in Cairo", "Police arrested twelve protesters in Cairo on Tuesday, witnesses said."),
    ("Talks in Berlin", "The French president met the German chancellor in Berlin on Wednesday."),
)


def feed(n: int) -> bytes:
    entries = "".join(
        f"<item><title>{t}</title><link>http://example.org/{k}</link><guid>item-{k}</guid>"
        f"<pubDate>Mon, 12 Mar 2018 10:00:00 GMT</pubDate><description>{body}</description></item>"
        for k, (t, body) in enumerate(ITEMS[:n])
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{entries}</channel></rss>'.encode()


class Script:
    """What the feed answers, request after request; every request is recorded with its headers."""

    def __init__(self, steps: list[tuple[str, int, str]]) -> None:
        self.steps = steps  # (kind, items, etag): ok | conditional | fail | slow | full (ignores If-None-Match)
        self.requests: list[dict[str, str]] = []
        self.lock = threading.Lock()

    def next(self, headers: dict[str, str]) -> tuple[str, int, str]:
        with self.lock:
            self.requests.append(headers)
            return self.steps[min(len(self.requests), len(self.steps)) - 1]


@pytest.fixture()
def wire() -> Iterator[tuple[str, Script]]:
    script = Script([])

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            kind, n, etag = script.next({k.lower(): v for k, v in self.headers.items()})
            if kind == "fail":
                self.send_error(500, "simulated outage")
                return
            if kind == "conditional" and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            if kind == "slow":
                time.sleep(1.5)  # slower than a quick answer, well inside the client's timeout
            body = feed(n)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", "Mon, 12 Mar 2018 10:00:00 GMT")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/wire.rss", script
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(30)


def test_intervals_are_read_with_their_unit() -> None:
    assert [parse_interval(x) for x in ("30s", "15m", "1h", "2", "0.5s")] == [30, 900, 3600, 2, 0.5]
    for bad in ("soon", "0m", "-1s", ""):
        with pytest.raises(ValueError, match="interval"):
            parse_interval(bad)
    assert parse_interval("0s", zero=True) == 0


def test_watch_follows_a_changing_feed_and_a_restart_stores_nothing_twice(
    wire: tuple[str, Script], tmp_path: Path
) -> None:
    url, script = wire
    script.steps = [
        ("conditional", 2, '"v1"'),  # poll 1: two items
        ("conditional", 2, '"v1"'),  # poll 2: asked with If-None-Match "v1": 304
        ("fail", 0, ""),  # poll 3: an outage, retried once, still failing
        ("fail", 0, ""),
        ("slow", 3, '"v2"'),  # poll 4: a slow answer with a third item
        ("conditional", 3, '"v2"'),  # the restarted watch: 304
        ("full", 3, '"v3"'),  # a later poll: the whole feed again, validators ignored
    ]
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("Iraqi forces attacked Islamic State fighters near Mosul.", encoding="utf-8")
    db = tmp_path / "watch.duckdb"
    lines: list[PollResult] = []

    def added_between_polls(result: PollResult) -> None:
        lines.append(result)
        if result.source == str(folder) and len(lines) == 2:  # after the first poll of both sources
            (folder / "b.txt").write_text("Syrian rebels accused Russia of bombing Idlib.", encoding="utf-8")

    with open_store(db, transient=True) as store:
        fetcher = Fetcher(per_host=0, retries=1, backoff=0.01, timeout=60)
        watch(store, [url, str(folder)], every=0.01, polls=4, fetcher=fetcher, on_poll=added_between_polls)

    feed_polls = [r for r in lines if r.source == url]
    assert [r.status for r in feed_polls] == ["new", "not modified", "failed", "new"]
    assert [r.articles for r in feed_polls] == [2, 0, 0, 1]
    assert "HTTP 500" in (feed_polls[2].error or "") and "2 attempts" in (feed_polls[2].error or "")
    assert "failed (HTTP 500" in feed_polls[2].line() and "1 new articles" in feed_polls[3].line()
    assert [r.articles for r in lines if r.source == str(folder)] == [1, 1, 0, 0]
    assert script.requests[1].get("if-none-match") == '"v1"'
    assert script.requests[4].get("if-none-match") == '"v1"'  # a failed poll keeps the validators

    with open_store(db, read_only=True) as store:
        assert store.counts()["articles"] == 5
        state = store.fetch("SELECT etag, polls, failures_in_row FROM watch_sources WHERE source = ?", [url])
        assert state == [('"v2"', 4, 0)]

    # a restart: a new process asks with the stored ETag, then reads the whole feed again
    cmd = [sys.executable, "-m", "eventwire.cli", "watch", url, str(folder), "--db", str(db), "--every", "0.1s",
           "--polls", "2", "--per-host", "0s"]  # fmt: skip
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    out = res.stdout.splitlines()
    assert len(out) == 4, res.stdout
    assert out[0].endswith(f"{url}: 0 new articles, 0 events, 0 failures (not modified)")
    assert out[2].endswith(f"{url}: 0 new articles, 0 events, 0 failures")
    assert script.requests[5].get("if-none-match") == '"v2"'
    with open_store(db, read_only=True) as store:
        assert store.counts()["articles"] == 5
        assert store.fetch("SELECT count(DISTINCT id) FROM articles") == [(5,)]
        assert store.fetch("SELECT etag FROM watch_sources WHERE source = ?", [url]) == [('"v3"',)]


def test_requests_to_one_host_are_paced_and_failures_retried_with_a_doubling_delay(
    wire: tuple[str, Script],
) -> None:
    """The waits the fetcher asks for, recorded on a clock that never moves (no real sleeping)."""
    url, script = wire
    other = url.replace("127.0.0.1", "localhost")  # the same server under another host name
    script.steps = [("full", 1, '"a"')] * 4 + [("fail", 0, "")] * 3
    waits: list[float] = []
    fetcher = Fetcher(per_host=5, retries=2, backoff=1.0, clock=lambda: 100.0, sleep=waits.append)
    for u in (url, url, other, url):
        assert fetcher.get(u).status == 200
    assert waits == [5.0, 10.0]  # the second and third requests to one host; the other host waits not
    waits.clear()
    paced = Fetcher(per_host=0, retries=2, backoff=1.0, clock=lambda: 100.0, sleep=waits.append)
    with pytest.raises(FetchError, match="HTTP 500 .* after 3 attempts"):
        paced.get(url)
    assert len(waits) == 2 and 0.75 <= waits[0] <= 1.25 and 1.5 <= waits[1] <= 2.5
    assert len(script.requests) == 7


def test_an_old_store_migrates_to_the_watch_tables(tmp_path: Path) -> None:
    import duckdb

    from eventwire.store.migrations import available, current_version

    path = tmp_path / "v3.duckdb"
    con = duckdb.connect(str(path))
    current_version(con)
    for mig in available():
        if mig.version <= 3:
            mig.apply(con)
            con.execute("INSERT INTO schema_version VALUES (?, ?, now()::TIMESTAMP)", [mig.version, mig.name])
    con.execute("INSERT INTO failures VALUES ('old.txt', 'empty', NULL, 1, now()::TIMESTAMP, now()::TIMESTAMP)")
    con.close()
    with open_store(path) as store:
        assert store.schema_version >= 4
        assert store.fetch("SELECT count(*) FROM watch_sources") == [(0,)]
        assert store.fetch("SELECT count(*) FROM watch_seen") == [(0,)]
        assert [f["source"] for f in store.failures()] == ["old.txt"]
