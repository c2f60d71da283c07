"""Pool workers do not outlive the process that started them, however it ends (kill -9 included)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")

_TEXT = (
    "Report {k} from Mosul\n\nTurkish troops attacked Kurdish fighters near Mosul on Monday, officials said.\n\n"
    "Iraqi forces met Syrian rebels in Baghdad on Tuesday to discuss the prisoner exchange.\n"
)


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_pool_workers_exit_when_ingest_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for k in range(60):
        (folder / f"{k:02d}.txt").write_text(_TEXT.format(k=k) * 6, encoding="utf-8")
    cmd = [sys.executable, "-m", "eventwire.cli", "ingest", str(folder), "--db", str(tmp_path / "o.duckdb"),
           "--workers", "2", "--batch-size", "1", "--verbose", "--no-progress"]  # fmt: skip
    with subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stderr is not None
        line = ""
        while not line.startswith("stored "):  # the pool is up and coding
            line = proc.stderr.readline()
            assert line, "ingest ended before storing an article"
        workers = _children(proc.pid)
        assert len(workers) >= 2  # two pool workers (and the resource tracker)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    deadline = time.monotonic() + 120  # generous: the watchdog checks every second
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.5)
    left = [p for p in workers if _alive(p)]
    for p in left:  # do not leave them behind if the test fails
        os.kill(p, signal.SIGKILL)
    assert not left, f"processes {left} outlived the killed ingest"
