"""Process-pool, Dask and Parquet runners give exactly the events of single-process coding."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from eventwire.coding.coder import Analysis
from eventwire.scale import (
    ScaleError,
    code_parallel,
    code_to_parquet,
    event_from_dict,
    load_parquet,
    parse_dask_address,
    read_parquet_analyses,
)
from eventwire.text.article import Article
from tests.event_helpers import bench_corpus


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return list(bench_corpus().iter_corpus(8, seed=11))


@pytest.fixture(scope="module")
def reference(articles: list[Article]) -> list[Analysis]:
    return list(code_parallel(articles))


def _records(analyses: list[Analysis]) -> list[list[dict[str, Any]]]:
    return [[e.to_dict() for e in a.events] for a in analyses]


def _assert_same(got: list[Analysis], want: list[Analysis]) -> None:
    assert [a.article.id for a in got] == [a.article.id for a in want]
    for g, w in zip(_records(got), _records(want)):
        assert [e["id"] for e in g] == [e["id"] for e in w]
        for ge, we in zip(g, w):
            for key in we:  # field by field, so a difference names its field
                assert ge[key] == we[key], (we["id"], key)
            assert set(ge) == set(we)


def test_reference_has_events(reference: list[Analysis]) -> None:
    # the comparison below means something only if there is plenty to compare
    assert sum(len(a.events) for a in reference) >= 40
    assert all(a.events for a in reference)


def test_dask_local_cluster_matches_single_process(articles: list[Article], reference: list[Analysis]) -> None:
    got = list(code_parallel(articles, dask="local:2", batch_size=3))
    _assert_same(got, reference)
    # the full analyses (mentions, quotes, places, dates) match too
    assert [json.dumps(a.to_dict(), sort_keys=True) for a in got] == [
        json.dumps(a.to_dict(), sort_keys=True) for a in reference
    ]


def test_process_pool_matches_single_process(articles: list[Article], reference: list[Analysis]) -> None:
    got = list(code_parallel(articles, workers=2, batch_size=2))
    _assert_same(got, reference)


def test_parquet_partitions_round_trip_and_rerun_overwrites(
    tmp_path: Path, articles: list[Article], reference: list[Analysis]
) -> None:
    first = code_to_parquet(articles, out_dir=tmp_path, partition_size=3)
    assert [p.name for p in first] == [f"part-{k:05d}.parquet" for k in range(3)]
    back = list(read_parquet_analyses(first))
    _assert_same(back, reference)
    assert [a.to_dict() for a in back] == [a.to_dict() for a in reference]  # quotes, places, claims too
    assert [a.article for a in back] == list(articles)
    again = code_to_parquet(articles, out_dir=tmp_path, partition_size=3)
    assert again == first
    assert sorted(p.name for p in tmp_path.iterdir()) == [p.name for p in first]


def test_load_parquet_into_store_is_idempotent(
    tmp_path: Path, articles: list[Article], reference: list[Analysis]
) -> None:
    from eventwire.store import open_store

    parts = code_to_parquet(articles, out_dir=tmp_path / "parts", partition_size=5)
    with open_store(tmp_path / "events.duckdb") as store:
        n = load_parquet(store, parts)
        assert n == sum(len(a.events) for a in reference)
        first = store.sql("SELECT id FROM events ORDER BY id")["id"].tolist()
        assert load_parquet(store, parts) == n
        assert store.sql("SELECT id FROM events ORDER BY id")["id"].tolist() == first
        want = sorted(e.id for a in reference for e in a.events)
        assert first == want
        ev = reference[0].events[0]
        assert store.event(ev.id) == ev.to_dict()


def test_failing_article_is_reported_and_the_rest_coded(
    monkeypatch: pytest.MonkeyPatch, articles: list[Article], reference: list[Analysis]
) -> None:
    from eventwire.coding.coder import default_coder

    coder = default_coder()
    bad = articles[1].id
    real = coder.analyze

    def analyze(doc: Any, article: Article) -> Analysis:
        if article.id == bad:
            raise IndexError("injected")
        return real(doc, article)

    monkeypatch.setattr(coder, "analyze", analyze)
    failed: list[tuple[str, str]] = []
    got = list(code_parallel(articles[:4], batch_size=4, on_error=lambda a, why: failed.append((a.id, why))))
    assert [a.article.id for a in got] == [a.id for a in articles[:4] if a.id != bad]
    assert failed == [(bad, "coding failed (IndexError: injected); report it with the input")]
    _assert_same(got, [r for r in reference[:4] if r.article.id != bad])
    with pytest.raises(RuntimeError, match="injected"):
        list(code_parallel(articles[:2], batch_size=2))


def test_event_record_round_trips(reference: list[Analysis]) -> None:
    for a in reference:
        for e in a.events:
            rec = e.to_dict()
            assert event_from_dict(rec).to_dict() == rec


def test_malformed_record_is_refused(reference: list[Analysis]) -> None:
    rec = reference[0].events[0].to_dict()
    rec["trigger"] = {**rec["trigger"], "start": rec["trigger"]["start"] + 1}
    with pytest.raises(ValueError, match=rec["id"]):
        event_from_dict(rec)


def test_analysis_pickles_without_spacy_objects(reference: list[Analysis]) -> None:
    blob = pickle.dumps(reference[0])
    assert b"spacy" not in blob
    assert pickle.loads(blob).to_dict() == reference[0].to_dict()


def test_order_is_kept_and_empty_input_is_fine(articles: list[Article]) -> None:
    assert list(code_parallel([])) == []
    got = list(code_parallel(reversed(articles[:3]), batch_size=1))
    assert [a.article.id for a in got] == [a.id for a in reversed(articles[:3])]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("local", ("local", None)),
        ("local:3", ("local", 3)),
        (" tcp://10.0.0.5:8786 ", ("remote", None)),
        ("tls://sched:8786", ("remote", None)),
    ],
)
def test_dask_addresses(value: str, expected: tuple[str, int | None]) -> None:
    assert parse_dask_address(value) == expected


@pytest.mark.parametrize("value", ["locale", "local:0", "local:x", "http://host:8786", "host:8786", ""])
def test_bad_dask_address_names_value_and_forms(value: str) -> None:
    with pytest.raises(ScaleError, match="tcp://host:8786|N >= 1") as info:
        parse_dask_address(value)
    assert repr(value).strip("'") in str(info.value)


@pytest.mark.parametrize("workers", [0, -1, True])
def test_bad_worker_count_fails_before_work(workers: Any) -> None:
    with pytest.raises(ScaleError, match="workers"):
        next(code_parallel([], workers=workers))


def test_cli_ingest_with_workers_stores_the_single_process_events(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main
    from eventwire.store import open_store

    src = tmp_path / "corpus.jsonl"
    bench_corpus().main(["--articles", "5", "--seed", "7", "--out", str(src)])
    runner = CliRunner()
    stored = []
    for db, extra in (("one.duckdb", []), ("pool.duckdb", ["--workers", "2", "--batch-size", "2"])):
        result = runner.invoke(main, ["ingest", str(src), "--db", str(tmp_path / db), "--no-progress", *extra])
        assert result.exit_code == 0, result.output
        assert result.output.startswith("5 articles")
        with open_store(tmp_path / db, read_only=True) as store:
            stored.append(store.sql("SELECT id, article_id, record FROM events ORDER BY id").to_dict("records"))
    assert stored[0] and stored[0] == stored[1]


def test_cli_ingest_refuses_a_bad_dask_address(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    src = tmp_path / "corpus.jsonl"
    bench_corpus().main(["--articles", "1", "--out", str(src)])
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", str(tmp_path / "x.duckdb"), "--dask", "localhost"])
    assert result.exit_code == 2, result.output
    assert "localhost" in result.output and "tcp://host:8786" in result.output
    assert "Traceback" not in result.output


def test_dask_workers_code_in_their_warm_sidecars() -> None:
    from eventwire import sidecar
    from eventwire.scale import connect_dask

    with connect_dask("local:2") as client:
        # one single-threaded coding process per worker, started and warmed before any partition
        per_worker = client.run(sidecar.peak_rss_mb)
        assert len(per_worker) == 2
        assert all(len(mbs) == 1 and mbs[0] > 100 for mbs in per_worker.values())  # the pipeline is loaded there


def test_existing_scheduler_by_address(articles: list[Article], reference: list[Analysis]) -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://")
        got = list(code_parallel(articles[:3], dask=address, batch_size=2))
    _assert_same(got, reference[:3])


def test_unreachable_scheduler_says_how_to_start_one() -> None:
    with pytest.raises(ScaleError, match="dask scheduler"):
        list(code_parallel([], dask="tcp://127.0.0.1:9"))
