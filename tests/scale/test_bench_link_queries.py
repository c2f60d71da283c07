"""``benchmarks/bench_link_queries.py`` on a small linked store: the old and current queries read the same rows,
the run and the grown incidents stay the same as the store grows, and the store given is never written."""

from __future__ import annotations

import hashlib
import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"eventwire_bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def _linked_store(path: Path, n: int) -> Path:
    """``n`` synthetic event records (no text coded) in a shuffled arrival order (a happening's reports come
    apart, as the news brings them), every factual one linked into incidents."""
    from eventwire.store import open_store
    from eventwire.store.incidents import recluster
    from eventwire.store.rows import EVENT_COLUMNS, event_row

    records = _load("bench_incidents").synthetic(n, seed=3)
    for rec in records:
        rec.pop("_gold", None)
    random.Random(5).shuffle(records)
    with open_store(path) as store:
        with store.transaction():
            store.insert_rows("events", EVENT_COLUMNS, [event_row(r, r["article"]["id"]) for r in records])
        recluster(store)
    return path


def test_the_old_and_current_link_queries_read_the_same_rows_at_every_size(tmp_path: Path) -> None:
    db = _linked_store(tmp_path / "small.duckdb", 600)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    lines: list[str] = []
    rows = _load("bench_link_queries").measure(db, copies=[0, 2], repeat=1, run=150, incidents=20, say=lines.append)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before  # only the temporary copy is written
    assert len(rows) == len(lines) == 4
    assert all(r["same"] for r in rows), lines
    new, members = [r for r in rows if r["read"] == "new reports"], [r for r in rows if r["read"] != "new reports"]
    assert [r["events"] for r in new] == [600, 1800]
    assert {r["rows"] for r in new} == {150}  # the copies of the run are linked: only the run is new
    assert members[0]["read"] == "reports of 20 incidents"
    assert members[0]["rows"] == members[1]["rows"] > 20  # the grown incidents' earlier reports, whatever the size
