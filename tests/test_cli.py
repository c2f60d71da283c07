"""The ``eventwire code`` command: output formats, bad input, exit codes, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, main

GOOD = (
    "Rebels attack army base in the north\n\n"
    "Rebel fighters attacked an army base near the Syrian city of Aleppo on Sunday, the defence ministry said.\n"
)


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return res.exit_code, res.stdout, res.stderr


def test_jsonl_records(good: Path) -> None:
    code, out, err = run("code", str(good), "--date", "2024-03-12")
    assert code == EXIT_OK, err
    recs = [json.loads(line) for line in out.splitlines()]
    assert any(r["event_type"] == "ASSAULT" for r in recs)
    r = next(r for r in recs if r["event_type"] == "ASSAULT")
    assert r["date"] == "2024-03-10" and r["date_precision"] == "day"
    assert r["location"]["country"] == "SYR"


def test_table_and_json_formats(good: Path) -> None:
    code, out, _ = run("code", str(good), "--format", "table")
    assert code == EXIT_OK and "ASSAULT" in out.splitlines()[1]
    code, out, _ = run("code", str(good), "--format", "json")
    assert code == EXIT_OK and isinstance(json.loads(out), list)


def test_stdin(good: Path) -> None:
    code, out, _ = run("code", "-", input=GOOD.encode())
    assert code == EXIT_OK and "ASSAULT" in out


def test_without_date_relative_dates_stay_unresolved(good: Path) -> None:
    code, out, _ = run("code", str(good))
    r = next(json.loads(line) for line in out.splitlines())
    assert r["date"] is None and r["date_source"] == "unresolved" and r["date_text"]


def test_bad_date_is_a_usage_error(good: Path) -> None:
    code, _, err = run("code", str(good), "--date", "06/02/2018")
    assert code == EXIT_USAGE and "YYYY-MM-DD" in err


@pytest.mark.parametrize(
    ("name", "content", "expect"),
    [
        ("empty.txt", b"", "empty article"),
        ("blank.txt", b"  \n\n \t\n", "empty article"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        ("latin1.txt", "Le ministre a condamné l'attaque.".encode("latin-1"), "UTF-8"),
    ],
)
def test_bad_inputs_give_one_line_and_the_good_ones_still_code(
    tmp_path: Path, good: Path, name: str, content: bytes, expect: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    code, out, err = run("code", str(bad), str(good))
    assert code == EXIT_INPUT
    lines = err.strip().splitlines()
    assert len(lines) == 1 and expect in lines[0] and name in lines[0]
    assert "Traceback" not in err
    assert "ASSAULT" in out


def test_missing_file(tmp_path: Path, good: Path) -> None:
    code, out, err = run("code", str(tmp_path / "nope.txt"), str(good))
    assert code == EXIT_INPUT and "nope.txt: no such file" in err and "ASSAULT" in out


def test_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(("The army said it was ready. " * 200_000), encoding="utf-8")  # ~5.6 MB
    code, _, err = run("code", str(big))
    assert code == EXIT_INPUT and "big.txt" in err and "max-bytes" in err


def test_text_with_no_events(tmp_path: Path) -> None:
    p = tmp_path / "weather.txt"
    p.write_text("Sunny skies are expected across the region this weekend, with mild temperatures.\n")
    code, out, err = run("code", str(p), "--format", "table")
    assert code == EXIT_OK and "(no events)" in out and err == ""


def test_console_script_runs_in_a_subprocess(good: Path) -> None:
    """The installed entry point, as a user runs it: exit codes and stderr without traceback."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run(
        [sys.executable, "-m", "eventwire.cli", "code", str(good), "/nonexistent/x.txt"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == EXIT_INPUT
    assert "Traceback" not in proc.stderr and "x.txt: no such file" in proc.stderr
    assert "ASSAULT" in proc.stdout


def test_jsonl_escapes_unicode_line_separators(tmp_path: Path) -> None:
    """U+2028, U+2029 and U+0085 inside a record are escaped: one record is one line for any reader."""
    p = tmp_path / "seps.txt"
    p.write_text(GOOD.replace("army base near", "army base\u2028near\u0085the\u2029near"), encoding="utf-8")
    code, out, _err = run("code", str(p), "--date", "2018-02-06")
    assert code == EXIT_OK and out.strip()
    assert not {"\u2028", "\u2029", "\u0085"} & set(out)
    for line in out.strip().split("\n"):
        record = json.loads(line)
        assert "\u2028" in record["sentence"]["text"]

def test_python_dash_m_eventwire_is_the_command(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run([sys.executable, "-m", "eventwire", "--help"], capture_output=True, text=True, env=env,
                          timeout=120)  # fmt: skip
    assert proc.returncode == EXIT_OK and proc.stdout.startswith("Usage: eventwire ")
    assert "ingest" in proc.stdout and "export" in proc.stdout
