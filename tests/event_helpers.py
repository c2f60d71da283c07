"""Small helpers shared by the event tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from eventwire import Actor, Event


def only(events: list[Event], category: str) -> Event:
    """The first event of ``category``; fails the test, naming what was coded, if there is none."""
    hits = [e for e in events if e.event_type == category]
    assert hits, f"no {category} in {[e.event_type for e in events]}"
    return hits[0]


def countries(actors: list[Actor]) -> set[str | None]:
    return {a.country for a in actors}


def bench_corpus() -> ModuleType:
    """The article generator of ``benchmarks/corpus.py``, loaded as a module."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location("eventwire_bench_corpus", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod
