"""One store, many processes: a running `eventwire serve`, an `eventwire ingest` and queries at once."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from eventwire.store import StoreError, open_store

_WHO = ("Turkish troops", "Iraqi forces", "Syrian rebels", "Egyptian police", "Kurdish fighters", "French diplomats")
_WHERE = ("Afrin", "Mosul", "Aleppo", "Cairo", "Kirkuk", "Berlin", "Baghdad")


def brief(k: int) -> str:
    """The k-th short generated report: two sentences, different for every k."""
    a, b, p = _WHO[k % 6], _WHO[(k + 2) % 6], _WHERE[k % 7]
    return f"{a} attacked {b} near {p} on Monday, officials said.\n\n{b} accused {a} of {k + 1} raids."


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", *args]


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """(URL, store) of a real `eventwire serve --create` on a free loopback port."""
    db = tmp_path / "live.duckdb"
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_API_TOKEN"}
    proc = subprocess.Popen(_cli("serve", "--db", str(db), "--create", "--port", str(port)),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{url}/v1/store", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
            assert time.monotonic() < deadline, "eventwire serve did not answer within 120 s"
            time.sleep(0.2)
        yield url, db
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        if proc.stdout:
            proc.stdout.close()


def test_serve_ingest_and_queries_share_one_store(server: tuple[str, Path], tmp_path: Path) -> None:
    url, db = server
    feed = tmp_path / "fifty.jsonl"
    feed.write_text("".join(json.dumps({"id": f"n{k}", "text": brief(k), "published": "2018-03-12"}) + "\n"
                            for k in range(50)), encoding="utf-8")  # fmt: skip
    cmd = _cli("ingest", str(feed), "--db", str(db), "--batch-size", "4", "-v", "--no-progress")
    queries = [("events", "--db", str(db), "--limit", "5")] * 10 + [("stats", "--db", str(db), "--by", "month")] * 10

    def run(args: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(_cli(*args), capture_output=True, text=True, timeout=300)

    answers: list[int] = []
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as ingest:
        assert ingest.stderr is not None and ingest.stdout is not None
        # the queries start once the ingest has committed its first batch, so they run beside it
        line = ingest.stderr.readline()
        while line and not line.startswith("stored "):
            line = ingest.stderr.readline()
        assert line, "the ingest ended before storing an article"
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = pool.map(run, queries)
            while ingest.poll() is None:  # the server keeps answering while both run
                answers.append(httpx.get(f"{url}/v1/stats", timeout=120).status_code)
                time.sleep(0.3)
            done = list(results)
        rest = ingest.stderr.read()
        out = ingest.stdout.read()
    for args, res in zip(queries, done):
        assert res.returncode == 0, (args, res.stderr)
        assert res.stdout.strip(), args
    assert ingest.returncode == 0, rest
    assert out.startswith("50 articles,"), out
    assert answers and set(answers) == {200}

    seen = httpx.get(f"{url}/v1/store", timeout=120).json()
    with open_store(db, read_only=True) as store:
        counts = store.counts()
    assert seen["articles"] == counts["articles"] == 50
    assert seen["events"] == counts["events"] > 0


def test_a_writer_waits_for_a_reader_then_writes(tmp_path: Path) -> None:
    """A reader in another process holds the store: a writer past its timeout gets an error naming the
    reader; a writer with time waits (it cannot finish while the reader holds), then commits."""
    db = tmp_path / "w.duckdb"
    open_store(db).close()
    reader = subprocess.Popen(
        [sys.executable, "-c", "import sys; from eventwire.store import open_store\n"
         "with open_store(sys.argv[1], read_only=True) as s:\n print('holding', flush=True); sys.stdin.readline()",
         str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        _waits_then_writes(db, reader)
    finally:
        reader.kill()
        reader.wait(timeout=60)
        for stream in (reader.stdin, reader.stdout):
            if stream:
                stream.close()


def _waits_then_writes(db: Path, reader: subprocess.Popen[str]) -> None:
    assert reader.stdout is not None and reader.stdin is not None
    assert reader.stdout.readline().strip() == "holding"
    with pytest.raises(StoreError, match=f"held by process {reader.pid} \\(python .*; reading\\).*wait for it to"):
        open_store(db, timeout=0.5)

    outcome: list[object] = []

    def write() -> None:
        try:
            with open_store(db, transient=True, timeout=120) as store:
                store.execute("INSERT INTO failures VALUES ('x', 'y', NULL, 1, now()::TIMESTAMP, now()::TIMESTAMP)")
            outcome.append("done")
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            outcome.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    writer.join(1.0)
    assert writer.is_alive() and not outcome, outcome  # waiting: the reader still holds the file
    reader.stdin.write("\n")
    reader.stdin.flush()
    reader.wait(timeout=60)
    writer.join(120)
    assert outcome == ["done"]
    with open_store(db, read_only=True) as store:
        assert [f["source"] for f in store.failures()] == ["x"]


_READ_IN_A_LOOP = """
import sys, time
from pathlib import Path
from eventwire.store import open_store
store = open_store(sys.argv[1], read_only=True, transient=True)
with store.hold():
    print("reading", flush=True)
    time.sleep(0.05)
while not Path(sys.argv[2]).exists():
    with store.hold():
        store.counts()
        time.sleep(0.03)
"""


def test_readers_that_keep_coming_cannot_keep_a_writer_out(tmp_path: Path) -> None:
    """Two processes reading in a loop, one's reads overlapping the other's: the store is never free
    of readers, yet a writer gets in (a waiting writer stops new readers from starting)."""
    db = tmp_path / "busy.duckdb"
    open_store(db).close()
    stop = tmp_path / "stop"
    readers = [subprocess.Popen([sys.executable, "-c", _READ_IN_A_LOOP, str(db), str(stop)], stdout=subprocess.PIPE,
                                text=True) for _ in range(2)]  # fmt: skip
    try:
        for r in readers:
            assert r.stdout is not None and r.stdout.readline().strip() == "reading"
        with open_store(db, transient=True, timeout=120) as store:
            store.execute("INSERT INTO failures VALUES ('w', 'r', NULL, 1, now()::TIMESTAMP, now()::TIMESTAMP)")
        stop.touch()
        for r in readers:
            assert r.wait(timeout=120) == 0
    finally:
        stop.touch()
        for r in readers:
            if r.poll() is None:
                r.kill()
                r.wait(timeout=60)
            if r.stdout:
                r.stdout.close()
    with open_store(db, read_only=True) as store:
        assert [f["source"] for f in store.failures()] == ["w"]


def test_a_lingering_reader_lets_a_waiting_writer_in(tmp_path: Path) -> None:
    """A transient reader keeps the file open between calls (linger), but not against a writer: one
    that waits makes it close long before the linger ends."""
    db = tmp_path / "linger.duckdb"
    open_store(db).close()
    reader = open_store(db, read_only=True, transient=True, linger=600)
    try:
        assert reader.counts()["failures"] == 0
        assert reader._file_lock.held  # still open after the call, for the next one
        first = reader._con
        reader.counts()
        assert reader._con is first  # the same connection served the second call
        with open_store(db, transient=True, timeout=120) as writer:  # waits far less than 600 s
            writer.execute("INSERT INTO failures VALUES ('l', 'r', NULL, 1, now()::TIMESTAMP, now()::TIMESTAMP)")
        assert reader.counts()["failures"] == 1  # opened again, it sees the write
    finally:
        reader.close()
    assert not reader._file_lock.held
