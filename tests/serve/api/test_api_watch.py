"""`eventwire serve --watch`: a server that follows a folder into its own store."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

# Short news texts written for this test.
FIRST = "Iraqi forces attacked Islamic State fighters near Mosul on Sunday, officials said."
SECOND = "Police arrested twelve protesters in Cairo on Tuesday, witnesses said."


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(url: str, proc: subprocess.Popen[bytes], articles: int) -> dict[str, object]:
    """The answer of /v1/updated once the store holds ``articles`` articles (waited for, generously)."""
    deadline = time.monotonic() + 240
    while True:
        try:
            info = httpx.get(f"{url}/v1/updated", timeout=30).json()
            if info["articles"] >= articles:
                return dict(info)
        except httpx.TransportError:
            pass
        assert proc.poll() is None, "eventwire serve stopped"
        assert time.monotonic() < deadline, f"the store did not reach {articles} articles"
        time.sleep(0.5)


def test_serve_watch_follows_a_folder(tmp_path: Path) -> None:
    pytest.importorskip("eventwire.store", reason="the event store is not in this checkout")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "first.txt").write_text(FIRST, encoding="utf-8")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_API_TOKEN"}
    cmd = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(tmp_path / "w.duckdb"), "--create", "--port",
           str(port), "--watch", str(inbox), "--every", "1s"]  # fmt: skip
    with subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env) as proc:
        url = f"http://127.0.0.1:{port}"
        try:
            first = _wait_for(url, proc, 1)
            (inbox / "second.txt").write_text(SECOND, encoding="utf-8")
            second = _wait_for(url, proc, 2)
            assert second["articles"] == 2 and second["updated"] >= first["updated"]
        finally:
            proc.terminate()
            _, err = proc.communicate(timeout=120)
    log = err.decode()
    assert f"{inbox}: 1 new articles" in log, log
    assert "Traceback" not in log


def test_serve_refuses_watch_with_read_only(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(tmp_path / "x.duckdb"), "--read-only",
           "--watch", str(tmp_path)]  # fmt: skip
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "--read-only" in res.stderr and "--watch" in res.stderr
