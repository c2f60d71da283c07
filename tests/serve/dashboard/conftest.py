"""Fixtures of the browser tests: Debian's headless Chromium driven by Playwright (no downloaded
browser) against real servers on loopback: one over three real articles, one over a generated
multi-country corpus, one over an empty store."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import eventwire

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[3]
TEXTS = Path(__file__).resolve().parents[1] / "api" / "texts"
CORPUS = [(Path(eventwire.__file__).parent / "examples" / "sample_article.txt", "2018-03-12"),
          (TEXTS / "sanctions.txt", "2019-05-20"), (TEXTS / "khartoum.txt", "2019-05-22")]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not CHROMIUM.exists():
        skip = pytest.mark.skip(reason="Debian's chromium is not installed at /usr/bin/chromium "
                                       "(apt-get install -y chromium)")
        for item in items:
            if Path(str(item.fspath)).parent == Path(__file__).parent:
                item.add_marker(skip)


def _generated(n: int, *, seed: int) -> list[dict[str, str]]:
    """``n`` articles of the benchmarks' generated corpus (many countries and actors)."""
    spec = importlib.util.spec_from_file_location("eventwire_bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return [{"text": text, "published": day.isoformat()} for text, day in mod.corpus_texts(n, seed=seed)]


def _serve(db: Path, articles: list[dict[str, str]]) -> Iterator[str]:
    pytest.importorskip("eventwire.store", reason="the event store is not in this checkout")
    from eventwire.serve.api import create_app, serve_in_thread

    with serve_in_thread(create_app(db=db)) as url:
        if articles:
            r = httpx.post(f"{url}/v1/articles", json={"articles": articles}, timeout=300)
            assert r.status_code == 200, r.text
        yield url


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Three real articles (Syria, sanctions, Khartoum)."""
    articles = [{"text": p.read_text(encoding="utf-8"), "published": d} for p, d in CORPUS]
    yield from _serve(tmp_path_factory.mktemp("dash") / "events.duckdb", articles)


@pytest.fixture(scope="session")
def busy_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """40 generated articles: dozens of actors in dozens of countries."""
    yield from _serve(tmp_path_factory.mktemp("busy") / "events.duckdb", _generated(40, seed=7))


@pytest.fixture(scope="session")
def empty_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store with nothing in it."""
    yield from _serve(tmp_path_factory.mktemp("empty") / "events.duckdb", [])


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture()
def api(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=60) as client:
        yield client
