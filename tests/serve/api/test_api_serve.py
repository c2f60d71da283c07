"""`eventwire serve` as a user runs it: a subprocess on a free loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from eventwire.cli import EXIT_SETUP


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_command_serves_api_and_dashboard(tmp_path: Path) -> None:
    pytest.importorskip("eventwire.store", reason="the event store is not in this checkout")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_API_TOKEN"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(tmp_path / "s.duckdb"), "--create", "--port",
         str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"{url}/v1/events", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
                assert time.monotonic() < deadline, "eventwire serve did not answer within 60 s"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json() == {"events": [], "count": 0, "next": None}
        page = httpx.get(url + "/")
        assert page.status_code == 200 and "/assets/app.js" in page.text
        assert httpx.get(url + "/assets/countries-110m.json").json()["type"] == "Topology"
        assert httpx.get(url + "/openapi.json").json()["info"]["title"] == "eventwire"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if proc.stdout:
            proc.stdout.close()


def test_serve_with_an_unusable_database_exits_3(tmp_path: Path) -> None:
    pytest.importorskip("eventwire.store", reason="the event store is not in this checkout")
    (tmp_path / "notes.duckdb").write_text("not a database\n" * 100)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "eventwire.cli",
            "serve",
            "--db",
            str(tmp_path / "notes.duckdb"),
            "--port",
            str(_free_port()),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == EXIT_SETUP
    assert result.stderr.startswith("eventwire: error:") and "notes.duckdb" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_on_a_taken_port_is_one_line_and_exits_3(tmp_path: Path) -> None:
    pytest.importorskip("eventwire.store", reason="the event store is not in this checkout")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(tmp_path / "p.duckdb"), "--create", "--port",
             str(port)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == EXIT_SETUP, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("eventwire: error: cannot listen on 127.0.0.1:"), lines

def test_serve_refuses_a_missing_store_unless_asked_to_create_it(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import EXIT_USAGE, main

    typo = tmp_path / "typo.duckdb"
    res = CliRunner().invoke(main, ["serve", "--db", str(typo), "--port", "0"])
    assert res.exit_code == EXIT_USAGE and "no such store" in res.stderr and "Traceback" not in res.output
    assert f"eventwire ingest --db {typo}" in res.stderr and "--create" in res.stderr
    assert not typo.exists()
