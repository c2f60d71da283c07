"""Ingest into a real DuckDB file: mixed folders, feeds, URL lists, interruptions and kills."""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.store import open_store
from eventwire.store.ingest import ingest, iter_sources
from eventwire.text.article import read_article

# Short news texts written for these tests.
_ACTORS = (
    "Turkish troops",
    "Iraqi forces",
    "Syrian rebels",
    "Russian officials",
    "the Iranian government",
    "French diplomats",
    "Kurdish fighters",
    "Egyptian police",
    "the German government",
    "Israeli soldiers",
)
_PLACES = ("Afrin", "Mosul", "Aleppo", "Baghdad", "Damascus", "Cairo", "Berlin", "Kirkuk")
_SENTENCES = (
    "{a} attacked {b} near {p} on Monday, officials said.",
    "{a} accused {b} of violating the ceasefire.",
    "{a} met {b} in {p} on Tuesday to discuss the prisoner exchange.",
    "{a} called on {b} to withdraw from {p}.",
    "{a} arrested {n} members of {b} in {p}.",
)


def news(k: int) -> str:
    """The k-th generated article: a headline and three paragraphs, different for every k."""
    a, b = _ACTORS[k % len(_ACTORS)], _ACTORS[(3 * k + 1) % len(_ACTORS)]
    p = _PLACES[k % len(_PLACES)]
    paras = [
        s.format(a=a, b=b, p=p, n=k + 2) for s in (_SENTENCES[k % 5], _SENTENCES[(k + 2) % 5], _SENTENCES[(k + 4) % 5])
    ]
    return f"Report {k + 1} from {p}\n\n" + "\n\n".join(paras) + "\n"


PAGE = """<!doctype html><html><head><title>Leaders meet in Berlin</title>
<meta property="article:published_time" content="2018-03-06"></head><body><article>
<h1>Leaders meet in Berlin</h1>
<p>The French president met the German chancellor in Berlin on Tuesday to discuss the trade deal, officials said.</p>
<p>Police arrested twelve protesters outside the chancellery, according to witnesses at the scene.</p>
</article></body></html>"""


def _state(path: Path) -> dict[str, Any]:
    with open_store(path, read_only=True) as s:
        return {
            "articles": s.sql("SELECT id, source, published FROM articles ORDER BY id").to_dict("records"),
            "events": sorted(json.dumps(r, sort_keys=True) for r in s.events(limit=None, include_negated=True)),
            "failures": s.sql("SELECT source, reason FROM failures ORDER BY source").to_dict("records"),
        }


def _alone(stored: dict[str, Any]) -> list[str]:
    """The records of a stored article coded again, alone, with the same text and metadata."""
    import datetime as dt

    from eventwire.coding.coder import default_coder
    from eventwire.text.article import Article

    pub = stored.get("published")
    art = Article.from_text(
        stored["text"],
        title=stored.get("title"),
        url=stored.get("url"),
        outlet=stored.get("outlet"),
        published=dt.date.fromisoformat(str(pub)[:10]) if pub else None,
    )
    (analysis,) = default_coder().code_articles([art])
    return sorted(json.dumps(e.to_dict(), sort_keys=True) for e in analysis.events)


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    d = tmp_path / "mixed"
    (d / "sub").mkdir(parents=True)
    (d / "one.txt").write_text(news(0), encoding="utf-8")
    (d / "sub" / "copy.txt").write_text(news(0), encoding="utf-8")  # a duplicate
    (d / "page.html").write_text(PAGE, encoding="utf-8")
    lines = [
        {
            "id": "j-1",
            "title": "T",
            "published": "2018-02-01",
            "url": "http://example.org/1",
            "outlet": "Wire",
            "text": news(1),
        },
        {"id": "j-2", "text": "   "},
        {"id": "j-3", "html": f"<html><body><p>{news(2)}</p></body></html>"},
    ]
    (d / "batch.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blob.bin").write_bytes(bytes(range(256)) * 4)
    (d / "latin.txt").write_bytes("Caf\xe9 owners protested in Paris.".encode("latin-1"))
    (d / ".hidden.txt").write_text(news(9), encoding="utf-8")
    return d


def test_mixed_folder_codes_good_inputs_once_and_records_bad_ones(mixed: Path, tmp_path: Path) -> None:
    db = tmp_path / "mixed.duckdb"
    with open_store(db) as store:
        summary = ingest(store, [str(mixed)], published=None)
    good = {"one.txt": news(0), "batch.jsonl:1": news(1)}
    assert summary.articles == 4 and summary.skipped == 1 and summary.failures == 5, summary
    state = _state(db)
    sources = sorted(Path(a["source"]).name for a in state["articles"])
    assert sources == ["batch.jsonl:1", "batch.jsonl:3", "one.txt", "page.html"]
    reasons = {Path(f["source"]).name: f["reason"] for f in state["failures"]}
    assert set(reasons) == {"batch.jsonl:2", "batch.jsonl:4", "empty.txt", "blob.bin", "latin.txt"}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["batch.jsonl:2"]
    assert "binary" in reasons["blob.bin"] and "UTF-8" in reasons["latin.txt"] and "JSON" in reasons["batch.jsonl:4"]
    # every good article has exactly the events coding it alone gives
    with open_store(db, read_only=True) as s:
        for name, text in good.items():
            art = next(a for a in state["articles"] if a["source"].endswith(name))
            stored = s.article(art["id"])
            assert stored is not None and stored["text"] == text
            assert sorted(json.dumps(r, sort_keys=True) for r in stored["events"]) == _alone(stored)
            assert stored["events"], f"{name} should yield events"
        page = read_article(mixed / "page.html")
        assert s.has_article(page.id)
        j1 = s.sql("SELECT * FROM articles WHERE external_id = 'j-1'").to_dict("records")[0]
        assert (j1["title"], j1["outlet"], str(j1["published"])[:10]) == ("T", "Wire", "2018-02-01")
    # re-running changes nothing but adds a run
    with open_store(db) as store:
        again = ingest(store, [str(mixed)])
    assert (again.articles, again.events, again.skipped, again.failures) == (0, 0, 5, 5)
    assert _state(db) == state
    with open_store(db, read_only=True) as s:
        runs = s.sql("SELECT status, articles, skipped, failures FROM runs ORDER BY started_at").to_dict("records")
    assert runs == [{"status": "done", "articles": 4, "skipped": 1, "failures": 5},
                    {"status": "done", "articles": 0, "skipped": 5, "failures": 5}]  # fmt: skip


def test_date_fills_only_sources_without_one(mixed: Path) -> None:
    import datetime as dt

    items = [x for x in iter_sources([str(mixed)], published=dt.date(2020, 5, 5)) if isinstance(x, tuple)]
    dates = {Path(a.source).name: a.published for a, _ in items}
    assert dates["one.txt"] == dt.date(2020, 5, 5)
    assert dates["batch.jsonl:1"] == dt.date(2018, 2, 1)
    assert dates["page.html"] == dt.date(2018, 3, 6)


def test_feed_entries_become_articles(tmp_path: Path) -> None:
    entries = "".join(
        f"<item><title>Item {k}</title><link>http://example.org/{k}</link><guid>g{k}</guid>"
        f"<pubDate>Mon, 0{k + 1} Jan 2018 10:00:00 "
        f"GMT</pubDate><description><![CDATA[<p>{news(k)}</p>]]></description></item>"
        for k in range(2)
    )
    feed = tmp_path / "wire.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>The Wire</title>{entries}'
                    "<item><title>Empty</title></item></channel></rss>", encoding="utf-8")  # fmt: skip
    items = list(iter_sources([str(feed)]))
    arts = [x[0] for x in items if isinstance(x, tuple)]
    errors = [x for x in items if not isinstance(x, tuple)]
    assert [a.title for a in arts] == ["Item 0", "Item 1"]
    assert [a.outlet for a in arts] == ["The Wire"] * 2 and arts[1].url == "http://example.org/1"
    assert [str(a.published) for a in arts] == ["2018-01-01", "2018-01-02"]
    assert "Turkish troops" in arts[0].text and len(errors) == 1 and errors[0].source.endswith("#3")


class _Pages(http.server.BaseHTTPRequestHandler):
    pages: dict[str, tuple[str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        ctype, body = self.pages.get(self.path, ("", b""))
        if not body:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    _Pages.pages = {"/page": ("text/html; charset=utf-8", PAGE.encode()), "/plain": ("text/plain", news(5).encode())}
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_list_is_fetched_and_fetch_failures_recorded(server: str, tmp_path: Path) -> None:
    urls = tmp_path / "list.txt"
    urls.write_text(f"# today\n{server}/page\n{server}/plain\n{server}/missing\n", encoding="utf-8")
    with open_store(tmp_path / "u.duckdb") as store:
        summary = ingest(store, [str(urls)], published=None)
        assert (summary.articles, summary.failures) == (2, 1)
        arts = store.sql("SELECT url, title FROM articles ORDER BY url").to_dict("records")
        assert [a["url"] for a in arts] == [f"{server}/page", f"{server}/plain"]
        assert arts[0]["title"] == "Leaders meet in Berlin"
        (fail,) = store.failures()
        assert fail["source"] == f"{server}/missing" and "404" in fail["reason"]


def test_interrupt_keeps_whole_articles_and_a_rerun_completes(tmp_path: Path) -> None:
    folder = tmp_path / "six"
    folder.mkdir()
    for k in range(6):
        (folder / f"{k:02d}.txt").write_text(news(k), encoding="utf-8")
    db = tmp_path / "i.duckdb"
    seen = []

    def stop(article: Any, n: int) -> None:
        seen.append(article.id)
        if len(seen) == 2:
            raise KeyboardInterrupt

    from eventwire.store.ingest import IngestInterrupted

    with open_store(db) as store, pytest.raises(IngestInterrupted) as info:
        ingest(store, [str(folder)], batch_size=2, on_article=stop)
    assert info.value.summary.articles == 2 and info.value.summary.interrupted
    with open_store(db) as store:
        assert store.counts()["articles"] == 2
        assert store.sql("SELECT status FROM runs")["status"].tolist() == ["interrupted"]
        summary = ingest(store, [str(folder)], batch_size=2)
        assert (summary.articles, summary.skipped) == (4, 2)
        assert store.counts()["articles"] == 6


def test_parallel_options_reach_the_runner(tmp_path: Path) -> None:
    with open_store(tmp_path / "p.duckdb") as store, pytest.raises(ValueError, match="dask"):
        ingest(store, [], dask="not an address")


def test_killed_ingest_leaves_whole_articles_and_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for k in range(40):  # articles of 18 paragraphs, so the kill lands mid-run however fast coding is
        (folder / f"{k:02d}.txt").write_text("\n\n".join(news(6 * k + j) for j in range(6)), encoding="utf-8")
    db = tmp_path / "kill.duckdb"
    cmd = [sys.executable, "-m", "eventwire.cli", "ingest", str(folder), "--db", str(db), "--date", "2018-03-12",
           "--batch-size", "2", "--verbose", "--no-progress"]  # fmt: skip
    stored = 0
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stderr is not None
        deadline = time.monotonic() + 120
        while stored < 3 and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            stored += line.startswith("stored ")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert stored >= 3, "the ingest should have stored articles before the kill"

    with open_store(db, read_only=True) as s:
        ids = s.sql("SELECT id FROM articles").to_dict("records")
        assert 3 <= len(ids) < 40, "the kill should land mid-run"
        n_events = s.counts()["events"]
        for a in ids:
            stored = s.article(a["id"])
            assert stored is not None
            assert sorted(json.dumps(r, sort_keys=True) for r in stored["events"]) == _alone(stored)
        assert s.sql("SELECT count(*) AS n FROM events WHERE article_id NOT IN (SELECT id FROM articles)")["n"][0] == 0
        assert n_events == s.sql("SELECT sum(n_events) AS n FROM articles")["n"][0]

    done = subprocess.run(cmd[:-2] + ["--no-progress"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{40 - len(ids)} articles,") and f"{len(ids)} skipped" in done.stdout
    with open_store(db, read_only=True) as s:
        assert s.counts()["articles"] == 40
        assert s.sql("SELECT count(DISTINCT id) AS n FROM articles")["n"][0] == 40
        statuses = sorted(s.sql("SELECT status FROM runs")["status"])
        assert statuses == ["done", "running"]  # the killed run never closed its row


def _fragile_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the default coder the real one, failing on the article "Report 2" (a stand-in for a
    coder bug)."""
    import eventwire.coding.coder as coder_mod

    real = coder_mod.default_coder()

    class Fragile:
        def code_articles(self, articles: Any, *, batch_size: int = 32) -> Any:
            articles = list(articles)
            if any("Report 2 " in a.text for a in articles):
                raise RuntimeError("simulated coder bug")
            return real.code_articles(articles, batch_size=batch_size)

    monkeypatch.setattr(coder_mod, "default_coder", lambda: Fragile())


def test_an_article_that_breaks_the_coder_is_recorded_and_the_rest_coded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fragile_coder(monkeypatch)
    folder = tmp_path / "three"
    folder.mkdir()
    for k in range(3):
        (folder / f"{k}.txt").write_text(news(k), encoding="utf-8")
    with open_store(tmp_path / "f.duckdb") as store:
        summary = ingest(store, [str(folder)], batch_size=3)
        assert (summary.articles, summary.failures) == (2, 1)
        (fail,) = store.failures()
        assert fail["source"].endswith("1.txt") and "simulated coder bug" in fail["reason"]
        assert sorted(Path(s).name for s in store.sql("SELECT source FROM articles")["source"]) == ["0.txt", "2.txt"]


def test_ctrl_c_stops_cleanly_with_a_summary(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    # enough work (200 articles of 18 paragraphs) that the run cannot end before the signal arrives
    for k in range(200):
        (folder / f"{k:03d}.txt").write_text("\n\n".join(news(6 * k + j) for j in range(6)), encoding="utf-8")
    db = tmp_path / "int.duckdb"
    cmd = [sys.executable, "-m", "eventwire.cli", "ingest", str(folder), "--db", str(db), "--batch-size", "1", "-v"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stderr is not None and proc.stdout is not None
        line = proc.stderr.readline()
        while line and not line.startswith("stored "):
            line = proc.stderr.readline()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "run the same command again to resume" in err and "Traceback" not in err
    assert "articles," in out and "(interrupted" in out
    with open_store(db, read_only=True) as s:
        assert s.sql("SELECT status FROM runs")["status"].tolist() == ["interrupted"]
        n = s.counts()["articles"]
        assert 1 <= n < 200
        assert s.sql("SELECT count(*) AS n FROM events WHERE article_id NOT IN (SELECT id FROM articles)")["n"][0] == 0


def test_a_rerun_after_an_interrupt_before_relinking_links_the_incidents(tmp_path: Path) -> None:
    """Every article committed, then Ctrl-C before incidents were re-linked: the re-run codes
    nothing new ("0 articles, 3 skipped") and still links the incidents."""
    folder = tmp_path / "three"
    folder.mkdir()
    for k in range(3):
        (folder / f"{k:02d}.txt").write_text(news(k), encoding="utf-8")
    db = tmp_path / "r.duckdb"
    seen: list[str] = []

    def stop_after_last(article: Any, n: int) -> None:
        seen.append(article.id)
        if len(seen) == 3:
            raise KeyboardInterrupt

    from eventwire.store.ingest import IngestInterrupted

    with open_store(db) as store, pytest.raises(IngestInterrupted):
        ingest(store, [str(folder)], on_article=stop_after_last)
    with open_store(db) as store:
        assert store.fetch("SELECT count(*) FROM incident_reports") == [(0,)]
        summary = ingest(store, [str(folder)])
        assert (summary.articles, summary.skipped) == (0, 3)
        assert store.fetch("SELECT count(*) FROM incident_reports")[0][0] > 0
        assert store.sql("SELECT status FROM runs ORDER BY started_at")["status"].tolist() == ["interrupted", "done"]


def test_the_run_row_counts_what_was_committed(tmp_path: Path) -> None:
    """A Ctrl-C just after an article's COMMIT stops the caller before it counts it; the run row
    still counts every article the run committed."""
    from eventwire.coding.coder import default_coder
    from eventwire.text.article import Article

    arts = [Article.from_text(news(k), source=f"{k}.txt") for k in range(2)]
    analyses = list(default_coder().code_articles(arts))
    with open_store(tmp_path / "c.duckdb") as store:
        run_id = store.start_run(sources=["x"])
        events = sum(store.write_analysis(a, run_id=run_id) for a in analyses)
        store.finish_run(run_id, status="interrupted", articles=1, events=0)  # the caller missed one
        row = store.sql("SELECT articles, events FROM runs").to_dict("records")[0]
        assert (row["articles"], row["events"]) == (2, events)


def test_a_jsonl_line_with_an_unterminated_string_says_so(tmp_path: Path) -> None:
    (tmp_path / "cut.jsonl").write_text('{"text": "Rebels attacked\n', encoding="utf-8")
    (item,) = list(iter_sources([str(tmp_path / "cut.jsonl")]))
    assert isinstance(item, Exception)
    assert "unterminated string" in item.reason and " at at " not in item.reason


def test_a_text_above_one_million_characters_is_stored_not_failed(tmp_path: Path) -> None:
    """spaCy refuses texts above 1,000,000 characters (E088); ingest parses them in pieces."""
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.txt").write_text(news(0) + " " * 1_000_000 + "\n\n" + news(1), encoding="utf-8")
    with open_store(tmp_path / "l.duckdb") as store:
        summary = ingest(store, [str(folder)])
        assert (summary.articles, summary.failures) == (1, 0)
        assert store.failures() == []


def test_the_progress_total_is_known_for_folders_jsonl_feeds_and_url_lists(tmp_path: Path) -> None:
    from eventwire.store.sources import count_articles

    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(news(0), encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(news(1), encoding="utf-8")
    (folder / ".hidden").write_text("skipped", encoding="utf-8")
    lines = tmp_path / "n.jsonl"
    lines.write_text("".join(json.dumps({"text": news(k)}) + "\n\n" for k in range(3)), encoding="utf-8")
    feed = tmp_path / "f.rss"
    feed.write_text("<rss><channel>" + "<item><description>x</description></item>" * 4 + "</channel></rss>")
    urls = tmp_path / "u.urls"
    urls.write_text("# two pages\nhttp://example.org/1\nhttp://example.org/2\n", encoding="utf-8")
    assert count_articles([folder]) == 2
    assert count_articles([lines, feed, urls]) == 3 + 4 + 2
    assert count_articles([folder, "http://example.org/page"]) is None  # a page or a feed: unknown


def test_the_progress_bar_shows_the_total_and_an_eta(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "three"
    folder.mkdir()
    for k in range(3):
        (folder / f"{k}.txt").write_text(news(k), encoding="utf-8")
    with open_store(tmp_path / "p.duckdb") as store:
        ingest(store, [str(folder)], progress=True, batch_size=1)
    err = capsys.readouterr().err
    # tqdm's "n/total [elapsed<remaining": the total from the start (later renders are throttled)
    assert "0/3 [" in err and "<" in err


def test_a_batch_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    """Each batch is one transaction: a failure while writing it leaves none of its articles."""
    import dataclasses

    from eventwire.coding.coder import default_coder
    from eventwire.text.article import Article

    arts = [Article.from_text(news(k), source=f"{k}.txt") for k in range(3)]
    good, other, broken = default_coder().code_articles(arts)
    # a title DuckDB cannot store (a lone surrogate is not UTF-8): the write fails inside the transaction
    broken = dataclasses.replace(broken, article=dataclasses.replace(broken.article, title="bad \ud800"))
    with open_store(tmp_path / "b.duckdb") as store:
        store.write_analyses([good])
        with pytest.raises(Exception):  # noqa: B017 - whatever DuckDB or the encoder raises
            store.write_analyses([other, broken])
        assert store.fetch("SELECT count(*) FROM articles") == [(1,)]
        assert store.fetch("SELECT count(DISTINCT article_id) FROM events") == [(1,)]
        assert store.write_analyses([other]) == [len(other.events)]  # the store is usable after it


def test_ingest_commits_a_batch_before_reporting_its_articles(tmp_path: Path) -> None:
    """One transaction per batch: when the first article is reported, its whole batch is stored."""
    folder = tmp_path / "five"
    folder.mkdir()
    for k in range(5):
        (folder / f"{k}.txt").write_text(news(k), encoding="utf-8")

    def stop(article: Any, n: int) -> None:
        raise KeyboardInterrupt

    from eventwire.store.ingest import IngestInterrupted

    with open_store(tmp_path / "b.duckdb") as store, pytest.raises(IngestInterrupted):
        ingest(store, [str(folder)], batch_size=3, on_article=stop)
    with open_store(tmp_path / "b.duckdb", read_only=True) as store:
        assert store.counts()["articles"] == 3


def test_duplicates_are_skipped_while_the_seen_ids_are_trimmed_before_every_look_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import eventwire.store.ingest as ingest_mod

    _fragile_coder(monkeypatch)
    # look up one article at a time in the store, and trim the duplicate check's ids before each
    monkeypatch.setattr(ingest_mod, "_CHECK_CHUNK", 1)
    monkeypatch.setattr(ingest_mod, "_CHECK_CHUNK_MAX", 1)
    monkeypatch.setattr(ingest_mod, "SEEN_SLACK", 0)
    src = tmp_path / "dups.jsonl"
    order = [0, 1, 2, 3, 1, 0, 3]  # the article that breaks the coder (1) and two stored ones come again
    src.write_text("".join(json.dumps({"id": f"line-{i}", "text": news(k)}) + "\n" for i, k in enumerate(order)))
    with open_store(tmp_path / "d.duckdb") as store:
        summary = ingest(store, [str(src)], batch_size=1)
        assert (summary.articles, summary.failures, summary.skipped) == (3, 1, 3)
        assert len(store.failures()) == 1


def test_not_stored_keeps_only_the_ids_the_store_lacks(tmp_path: Path) -> None:
    from eventwire.store.ingest import _not_stored

    src = tmp_path / "one.txt"
    src.write_text(news(0), encoding="utf-8")
    with open_store(tmp_path / "n.duckdb") as store:
        ingest(store, [str(src)])
        (stored,) = [r[0] for r in store.fetch("SELECT id FROM articles")]
        assert _not_stored(store, {stored, "a" * 64, "b" * 64}) == {"a" * 64, "b" * 64}
        assert _not_stored(store, {stored}) == set()
