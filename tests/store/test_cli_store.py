"""The store commands through the real CLI on a real DuckDB file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main


@pytest.fixture()
def db(tmp_path: Path, analyses: dict[str, Any]) -> Path:
    from eventwire.store import open_store

    path = tmp_path / "cli.duckdb"
    with open_store(path) as s:
        for a in analyses.values():
            s.write_analysis(a)
    return path


def _run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_events_formats_and_filters(db: Path) -> None:
    res = _run("events", "--db", str(db), "--format", "jsonl", "--limit", "0")
    assert res.exit_code == 0
    records = [json.loads(x) for x in res.output.splitlines()]
    assert records and all(not r["aux"]["negated"] for r in records)
    t = records[0]["event_type"]
    res = _run("events", "--db", str(db), "--format", "csv", "--type", t)
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert [r["id"] for r in rows] == [r["id"] for r in records if r["event_type"] == t]
    table = _run("events", "--db", str(db), "--limit", "2")
    assert table.exit_code == 0 and len(table.stdout.splitlines()) == 3 and "event_type" in table.stdout
    bad = _run("events", "--db", str(db), "--since", "2019-01-01", "--until", "2018-01-01")
    assert bad.exit_code == 2 and "swap" in bad.output and "Traceback" not in bad.output


def test_stats_pivots_quad_classes(db: Path) -> None:
    rows = list(
        csv.DictReader(io.StringIO(_run("stats", "--db", str(db), "--by", "category", "--format", "csv").output))
    )
    n = len([x for x in _run("events", "--db", str(db), "--format", "jsonl", "--limit", "0").output.splitlines()])
    assert sum(int(r["total"]) for r in rows) == n
    assert all(int(r["total"]) == sum(int(r[f"q{q}"]) for q in range(1, 5)) for r in rows)
    lines = _run("stats", "--db", str(db), "--by", "month", "--format", "jsonl").output.splitlines()
    assert all(set(json.loads(x)) == {"key", "quad_class", "count"} for x in lines)


def test_sql_is_read_only_from_the_shell(db: Path) -> None:
    res = _run("sql", "--db", str(db), "SELECT count(*) AS n FROM articles", "--format", "csv")
    assert res.exit_code == 0 and res.output.splitlines() == ["n", "3"]
    res = _run("sql", "--db", str(db), "DELETE FROM articles")
    assert res.exit_code == 2 and "only SELECT" in res.output
    assert (
        _run("sql", "--db", str(db), "SELECT count(*) AS n FROM articles", "--format", "jsonl").output.strip()
        == '{"n":3}'
    )


def test_export_to_a_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.tsv"
    res = _run("export", "--db", str(db), "--format", "cameo-tsv", "-o", str(out))
    assert res.exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) - 1 == len(
        _run("events", "--db", str(db), "--format", "jsonl", "--limit", "0").output.splitlines()
    )


def test_missing_database_is_one_line(tmp_path: Path) -> None:
    res = _run("events", "--db", str(tmp_path / "none.duckdb"))
    assert res.exit_code == 3 and "no such database" in res.output and len(res.output.splitlines()) == 1


def test_a_database_that_cannot_be_opened_exits_3_for_every_command(tmp_path: Path) -> None:
    """The same exit code as `serve` (tests/serve/api/test_api_serve.py): one table for all commands."""
    bad = tmp_path / "notes.duckdb"
    bad.write_text("not a database\n" * 100)
    news = tmp_path / "a.txt"
    news.write_text("Iran accused the United States of violating the nuclear deal on Thursday.", encoding="utf-8")
    for args in (["ingest", str(news)], ["events"], ["stats"]):
        res = _run(*args, "--db", str(bad))
        assert res.exit_code == 3, (args, res.output)
        assert "notes.duckdb" in res.output and "Traceback" not in res.output


def test_ingest_command_summary_and_exit_code(tmp_path: Path) -> None:
    good = tmp_path / "in" / "a.txt"
    good.parent.mkdir()
    good.write_text("Iran accused the United States of violating the nuclear deal on Thursday.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    db = tmp_path / "i.duckdb"
    res = _run("ingest", str(tmp_path / "in"), "--db", str(db), "--date", "2018-03-12", "--no-progress")
    assert res.exit_code == 1
    assert res.output.splitlines()[0].startswith("1 articles, ") and "1 failures" in res.output
    # the hint is a command to paste: it names the store it is about
    assert f'eventwire sql --db {db} "SELECT * FROM failures"' in res.stderr
    again = _run("ingest", str(good), "--db", str(db))
    assert again.exit_code == 0 and again.output.startswith("0 articles, 0 events, 1 skipped")


def test_events_says_how_many_matched_when_it_stops_at_the_limit(db: Path) -> None:
    everything = _run("events", "--db", str(db), "--format", "jsonl", "--limit", "0").stdout.splitlines()
    assert len(everything) > 2
    res = _run("events", "--db", str(db), "--format", "jsonl", "--limit", "2")
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == 2
    last = json.loads(res.stdout.splitlines()[-1])["id"]
    assert f"showing 2 of {len(everything)} matching events" in res.stderr and f"--after {last}" in res.stderr
    whole = _run("events", "--db", str(db), "--limit", str(len(everything)))
    assert whole.exit_code == 0 and whole.stderr == ""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--type", "BOMBING"], "did you mean ASSAULT?"),
        (["--type", "PROTST"], "did you mean PROTEST?"),
        (["--mode", "arest"], "did you mean arrest?"),
        (["--type", "ASSAULT", "--mode", "arrest"], "is not a mode of ASSAULT"),
        (["--country", "Kenia"], "did you mean Kenya (KEN)?"),
    ],
)
def test_unknown_filter_values_are_errors_with_a_suggestion(db: Path, args: list[str], expected: str) -> None:
    for command in ("events", "stats", "export"):
        extra = ["--format", "acled-csv"] if command == "export" else []
        res = _run(command, "--db", str(db), *extra, *args)
        assert res.exit_code == 2 and expected in res.stderr and "Traceback" not in res.output, (command, res.output)
        assert res.stdout == ""


def test_country_names_are_accepted(db: Path) -> None:
    by_code = _run("events", "--db", str(db), "--format", "jsonl", "--limit", "0", "--country", "IRN").stdout
    assert by_code and _run("events", "--db", str(db), "--format", "jsonl", "--limit", "0",
                            "--country", "Iran").stdout == by_code  # fmt: skip
