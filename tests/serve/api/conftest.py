"""A real server (uvicorn on a free loopback port) over a real DuckDB file, filled through the API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import eventwire

TEXTS = Path(__file__).parent / "texts"
SAMPLE = Path(eventwire.__file__).parent / "examples" / "sample_article.txt"

#: (file, publication date): the bundled sample and two short texts written for these tests.
CORPUS = [(SAMPLE, "2018-03-12"), (TEXTS / "sanctions.txt", "2019-05-20"), (TEXTS / "khartoum.txt", "2019-05-22")]


def corpus_payload() -> dict[str, Any]:
    return {
        "articles": [
            {"text": p.read_text(encoding="utf-8"), "published": d, "title": p.stem.replace("_", " ")}
            for p, d in CORPUS
        ]
    }


@pytest.fixture(scope="session")
def corpus() -> list[tuple[Path, str]]:
    return list(CORPUS)


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(base URL, DuckDB path) of a server whose store holds the corpus, ingested through POST /v1/articles."""
    pytest.importorskip("eventwire.store", reason="the event store is not in this checkout")
    from eventwire.serve.api import create_app, serve_in_thread

    db = tmp_path_factory.mktemp("api") / "events.duckdb"
    with serve_in_thread(create_app(db=db)) as url:
        r = httpx.post(f"{url}/v1/articles", json=corpus_payload(), timeout=120)
        assert r.status_code == 200, r.text
        yield url, db


@pytest.fixture()
def client(live: tuple[str, Path]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live[0], timeout=60) as c:
        yield c


@pytest.fixture(scope="session")
def bare(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server whose store is never touched by the endpoints under test (coding, errors)."""
    from eventwire.serve.api import create_app, serve_in_thread

    with serve_in_thread(create_app(db=tmp_path_factory.mktemp("bare") / "unused.duckdb")) as url:
        yield url
