"""Sharing one store between processes: what holding the file only while in use costs.

    python benchmarks/bench_sharing.py [--events 100000] [--articles 64] [--batch-size 16] [--repeat 15] [--rounds 3]

Part 1 fills a DuckDB file with ``--events`` synthetic events (and their articles) and times, side
by side in one run, a dashboard-sized query (``Store.stats(by="month")``) and a one-row look-up on a
store held open, and on a transient store that takes the lock file and opens the file for each
call (what the server and ``eventwire ingest`` do), with medians of ``--repeat`` runs.

Part 2 runs the API in this process over that file and times a dashboard's burst of requests
(8 ``GET /v1/stats`` in a row, median over ``--repeat`` bursts), with the server's reading
connection left open between requests (half a second, unless a writer waits: what
``eventwire serve`` does) and closed after each.

Part 3 codes ``--articles`` generated articles once, then writes them to fresh files three ways:
one transaction per article on a held store, one transaction per article on a transient store
(an open and close each), and one transaction per batch of ``--batch-size`` articles on a
transient store (what ingest does), taking turns ``--rounds`` times, and prints each's median
milliseconds per article and the ratios.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwire.store import open_store


def _median_ms(func: Callable[[], Any], repeat: int) -> float:
    func()  # warm: the OS page cache, DuckDB's first-query costs
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return 1000 * statistics.median(times)


def _fill(path: Path, n_events: int) -> None:
    articles = max(1, n_events // 4)
    with open_store(path) as store, store.transaction():
        store.execute(
            "INSERT INTO articles (id, title, text, n_events, coded_at) SELECT 'a' || i, 'title ' || i, "
            "'Report ' || i || ': ' || repeat(md5(i::VARCHAR), 40), 4, now()::TIMESTAMP FROM range(?) t(i)",
            [articles],
        )
        store.execute(
            "INSERT INTO events (id, article_id, event_type, quad_class, negated, hypothetical, future, historical, "
            "factual, record, date, day, actor_country) SELECT 'e' || i, 'a' || (i // 4), "
            "['ASSAULT', 'ACCUSE', 'PROTEST', 'CONSULT'][1 + i % 4], 1 + i % 4, false, false, false, false, true, "
            '\'{"id": "e\' || i || \'", "pad": "\' || repeat(md5(i::VARCHAR), 20) || \'"}\', '
            "strftime(DATE '2016-01-01' + (i % 1000)::INTEGER, '%Y-%m-%d'), DATE '2016-01-01' + (i % 1000)::INTEGER, "
            "['IRQ', 'SYR', 'TUR', 'EGY'][1 + i % 4] FROM range(?) t(i)",
            [n_events],
        )


def part_reads(tmp: Path, n_events: int, repeat: int) -> None:
    path = tmp / "reads.duckdb"
    _fill(path, n_events)
    print(f"store: {n_events:,} events, {path.stat().st_size / 1e6:.0f} MB")
    # one after the other: a store held open in this process would lend its DuckDB instance to the other
    calls: tuple[tuple[str, Callable[[Any], Any]], ...] = (
        ("stats(by='month')", lambda s: s.stats(by="month")),
        ("has_article (one row)", lambda s: s.has_article("a7")),
    )
    held_ms = {}
    with open_store(path, read_only=True) as held:
        for name, call in calls:
            held_ms[name] = _median_ms(lambda: call(held), repeat)
    transient = open_store(path, read_only=True, transient=True)
    for name, call in calls:
        t = _median_ms(lambda: call(transient), repeat)
        print(f"{name:24s} held open {held_ms[name]:7.1f} ms   opened per call {t:7.1f} ms   "
              f"ratio {t / held_ms[name]:5.2f}")  # fmt: skip

    def open_close() -> None:  # the bare cost of one open and close: lock file, DuckDB open, close
        with transient.hold():
            pass

    print(f"open + close alone       : {_median_ms(open_close, repeat):7.1f} ms")


def part_server(tmp: Path, repeat: int) -> None:
    import httpx

    from eventwire.serve.api import _store as access_module
    from eventwire.serve.api import create_app, serve_in_thread

    path = tmp / "reads.duckdb"
    out = {}
    for linger in (access_module._LINGER, 0.0):
        access_module._LINGER = linger
        with serve_in_thread(create_app(db=path)) as url, httpx.Client(base_url=url, timeout=120) as client:

            def burst() -> None:
                for by in ("day", "week", "month", "category", "country", "quad_class", "day", "month"):
                    client.get("/v1/stats", params={"by": by}).raise_for_status()

            out[linger] = _median_ms(burst, repeat)
    lingering, closing = out.values()
    print(f"8 requests, file left open between them: {lingering:7.1f} ms   closed after each: {closing:7.1f} ms   "
          f"ratio {closing / lingering:5.2f}")  # fmt: skip


def part_writes(tmp: Path, n_articles: int, batch_size: int, rounds: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import iter_corpus  # type: ignore[import-not-found]

    from eventwire.coding.coder import default_coder

    analyses = list(default_coder().code_articles(list(iter_corpus(n_articles, seed=3)), batch_size=batch_size))
    n_events = sum(len(a.events) for a in analyses)
    print(f"articles: {n_articles}, events: {n_events}")

    def held_each(path: Path) -> None:
        with open_store(path) as store:
            for a in analyses:
                store.write_analysis(a)

    def transient_each(path: Path) -> None:
        store = open_store(path, transient=True)
        for a in analyses:
            store.write_analysis(a)

    def transient_batches(path: Path) -> None:
        store = open_store(path, transient=True)
        for k in range(0, len(analyses), batch_size):
            store.write_analyses(analyses[k : k + batch_size])

    ways = {"held, one transaction per article": held_each, "transient, one per article": transient_each,
            f"transient, one per {batch_size} articles": transient_batches}  # fmt: skip
    times: dict[str, list[float]] = {name: [] for name in ways}
    for r in range(rounds):  # the ways take turns, each on a fresh file created and migrated beforehand
        for k, (name, func) in enumerate(ways.items()):
            path = tmp / f"w{r}-{k}.duckdb"
            open_store(path).close()
            t0 = time.perf_counter()
            func(path)
            times[name].append(1000 * (time.perf_counter() - t0) / n_articles)
    base = statistics.median(times["held, one transaction per article"])
    for name, ms in times.items():
        m = statistics.median(ms)
        spread = f"{min(ms):.1f}-{max(ms):.1f}"
        print(f"{name:36s}: {m:6.1f} ms/article (median of {rounds}; {spread})   ratio {m / base:5.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--articles", type=int, default=64)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--rounds", type=int, default=3, help="turns of the three ways of writing")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("-- reads")
        part_reads(Path(tmp), args.events, args.repeat)
        print("-- server")
        part_server(Path(tmp), args.repeat)
        print("-- writes")
        part_writes(Path(tmp), args.articles, args.batch_size, args.rounds)


if __name__ == "__main__":
    main()
