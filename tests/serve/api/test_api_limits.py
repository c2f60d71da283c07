"""What one POST /v1/code may cost (size, slots, wait, token), and body errors, on a real server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from eventwire.serve.api import CodeLimits, create_app, serve_in_thread

TEXT = "Iraqi militias threatened to attack US forces on Monday."


@pytest.fixture()
def limited(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    app = create_app(db=tmp_path / "unused.duckdb", code_limits=CodeLimits(max_bytes=1000, concurrent=1, wait=0.2))
    with serve_in_thread(app) as url:
        yield url, app


def test_a_text_above_the_coding_limit_is_413_naming_the_field(limited: tuple[str, Any]) -> None:
    url, _app = limited
    r = httpx.post(f"{url}/v1/code", json={"text": "Rebels attacked the town. " * 100}, timeout=60)
    assert r.status_code == 413, r.text
    assert r.json()["field"] == "text" and "1000 bytes" in r.json()["error"]
    assert httpx.post(f"{url}/v1/code", json={"text": TEXT}, timeout=120).status_code == 200


def test_every_slot_taken_is_503_with_retry_after(limited: tuple[str, Any]) -> None:
    url, app = limited
    slots = app.state.code_gate._slots
    slots.acquire()  # the one slot is taken
    try:
        r = httpx.post(f"{url}/v1/code", json={"text": TEXT}, timeout=60)
    finally:
        slots.release()
    assert r.status_code == 503, r.text
    assert int(r.headers["retry-after"]) >= 1


def test_a_coder_busy_beyond_the_wait_is_503_with_retry_after(limited: tuple[str, Any]) -> None:
    from eventwire.serve.api import _articles

    url, _app = limited
    _articles._CODER_LOCK.acquire()  # another request is coding, for longer than the wait
    try:
        r = httpx.post(f"{url}/v1/code", json={"text": TEXT}, timeout=60)
    finally:
        _articles._CODER_LOCK.release()
    assert r.status_code == 503, r.text
    assert "retry-after" in r.headers


def test_coding_needs_the_token_unless_public(tmp_path: Path) -> None:
    with serve_in_thread(create_app(db=tmp_path / "a.duckdb", token="s3cret")) as url:
        assert httpx.post(f"{url}/v1/code", json={"text": TEXT}, timeout=60).status_code == 401
        ok = httpx.post(f"{url}/v1/code", json={"text": TEXT}, headers={"Authorization": "Bearer s3cret"}, timeout=120)
        assert ok.status_code == 200, ok.text
    public = create_app(db=tmp_path / "b.duckdb", token="s3cret", code_limits=CodeLimits(public=True))
    with serve_in_thread(public) as url:
        assert httpx.post(f"{url}/v1/code", json={"text": TEXT}, timeout=120).status_code == 200


@pytest.mark.parametrize(
    "body",
    [b'{"text": "\xff\xfe not utf-8"}', b"[" * 100_000 + b"]" * 100_000],
    ids=["invalid-utf8", "deep-nesting"],
)
def test_a_body_that_cannot_be_parsed_is_422_with_the_field(limited: tuple[str, Any], body: bytes) -> None:
    url, _app = limited
    r = httpx.post(f"{url}/v1/code", content=body, headers={"Content-Type": "application/json"}, timeout=60)
    assert r.status_code == 422, r.text
    assert r.json()["field"] == "body"


def test_after_a_500_the_next_request_on_the_same_client_succeeds(tmp_path: Path) -> None:
    """An unexpected error answers 500 and closes the connection properly (Connection: close),
    so a keep-alive client's next request opens a new connection instead of failing."""
    app = create_app(db=tmp_path / "e.duckdb")

    @app.get("/v1/boom")
    def boom() -> None:
        raise RuntimeError("a bug")

    with serve_in_thread(app) as url, httpx.Client(base_url=url, timeout=60) as c:
        r = c.get("/v1/boom")
        assert r.status_code == 500 and r.headers.get("connection") == "close"
        for _ in range(3):
            assert c.get("/v1/stats").status_code == 200
