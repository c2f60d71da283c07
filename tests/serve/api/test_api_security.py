"""Who may write: loopback without a token, a token beyond loopback, bearer checks on a real server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from eventwire.cli import EXIT_USAGE, main
from eventwire.serve.api import ConfigurationError, check_listen, create_app, is_loopback, serve_in_thread

TOKEN = "correct-horse-battery-staple"


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.0.1", "::1", "[::1]", "localhost", "LOCALHOST"])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "10.0.0.1", "example.org", "localhost.example.org"])
def test_non_loopback_hosts(host: str) -> None:
    assert not is_loopback(host)


def test_check_listen() -> None:
    check_listen("127.0.0.1", None)
    check_listen("0.0.0.0", TOKEN)
    with pytest.raises(ConfigurationError, match="--token"):
        check_listen("0.0.0.0", None)
    with pytest.raises(ConfigurationError, match="empty"):
        check_listen("127.0.0.1", "  ")


def test_serve_refuses_a_public_host_without_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTWIRE_API_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.duckdb"), "--host", "0.0.0.0", "--port", "0"])
    assert result.exit_code == EXIT_USAGE
    assert "refusing to listen on 0.0.0.0 without a token" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "x.duckdb").exists()  # refused before opening anything


def test_serve_in_thread_refuses_too() -> None:
    with pytest.raises(ConfigurationError):
        with serve_in_thread(create_app(), host="0.0.0.0"):
            pass


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("eventwire.store", reason="the event store is not in this checkout")
    with serve_in_thread(create_app(db=tmp_path_factory.mktemp("guarded") / "g.duckdb", token=TOKEN)) as url:
        yield url


ONE = {
    "articles": [
        {"text": "Turkish warplanes bombed Kurdish positions near Afrin on Sunday.", "published": "2018-03-12"}
    ]
}


@pytest.mark.parametrize("header", [None, "Bearer wrong-token", f"Basic {TOKEN}", "Bearer"])
def test_writing_needs_the_token(guarded: str, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    r = httpx.post(f"{guarded}/v1/articles", json=ONE, headers=headers, timeout=60)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert "token" in r.json()["error"].lower()
    assert httpx.get(f"{guarded}/v1/events").json()["count"] == 0  # nothing was stored


def test_writing_with_the_token(guarded: str) -> None:
    r = httpx.post(f"{guarded}/v1/articles", json=ONE, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
    assert r.status_code == 200, r.text
    assert r.json()["stored"] == 1
    # reading needs no token; coding does (unless the server runs with --public-code)
    assert httpx.get(f"{guarded}/v1/events").json()["count"] >= 1
    assert httpx.post(f"{guarded}/v1/code", json={"text": "Turkey bombed Afrin."}, timeout=60).status_code == 401
    coded = httpx.post(f"{guarded}/v1/code", json={"text": "Turkey bombed Afrin."},
                       headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)  # fmt: skip
    assert coded.status_code == 200


def test_read_only_server_refuses_writes(tmp_path: Path) -> None:
    pytest.importorskip("eventwire.store", reason="the event store is not in this checkout")
    from eventwire.store import open_store

    db = tmp_path / "ro.duckdb"
    open_store(db).close()  # a read-only server needs an existing database
    with serve_in_thread(create_app(db=db, read_only=True)) as url:
        r = httpx.post(f"{url}/v1/articles", json=ONE, timeout=60)
        assert r.status_code == 403 and "--read-only" in r.json()["error"]
        assert httpx.get(f"{url}/v1/events").status_code == 200


def test_sql_is_not_exposed(bare: str) -> None:
    paths = httpx.get(f"{bare}/openapi.json").json()["paths"]
    assert not [p for p in paths if "sql" in p.lower()]
    for method in ("GET", "POST"):
        assert httpx.request(method, f"{bare}/v1/sql", params={"query": "SELECT 1"}).status_code in (404, 405)
