"""Reading a peer's file back and comparing it with the stored events."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import Store, open_store
from eventwire.store.compare import compare, read_reference
from eventwire.store.export import export
from tests.store.conftest import EXPORT_TEXTS, coded_store

TEXTS = (*EXPORT_TEXTS, "Soldiers shot dead three villagers in Mopti on Wednesday, residents said.")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return coded_store(tmp_path_factory.mktemp("compare") / "c.duckdb", TEXTS)


@pytest.fixture(scope="module")
def store(db: Path) -> Any:
    with open_store(db, read_only=True) as s:
        yield s


def _rows(path: Path, sep: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter=sep, quoting=csv.QUOTE_NONE if sep == "\t" else csv.QUOTE_MINIMAL)
        return list(reader.fieldnames or []), list(reader)


def _write(path: Path, header: list[str], rows: list[dict[str, str]], sep: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, header, delimiter=sep, lineterminator="\n",
                           quoting=csv.QUOTE_NONE if sep == "\t" else csv.QUOTE_MINIMAL, escapechar="\\")  # fmt: skip
        w.writeheader()
        w.writerows(rows)


@pytest.mark.parametrize(("fmt", "sep"), [("acled-csv", ","), ("polecat-tsv", "\t")])
def test_our_own_export_agrees_with_us_entirely(store: Store, tmp_path: Path, fmt: str, sep: str) -> None:
    out = tmp_path / f"ref.{fmt}"
    n = export(store, out, format=fmt)
    kind, ref = read_reference(out)
    assert kind == fmt and len(ref) == n > 2
    report = compare(store, out)
    assert (report.reference, report.ours, report.matched) == (n, n, n)
    assert report.recall == report.precision == report.f1 == 1.0


def test_a_reference_with_other_events_agrees_less(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    export(store, out, format="acled-csv")
    header, rows = _rows(out, ",")
    n = len(rows)
    rows[0]["event_date"] = "2017-01-01"  # an event of another year matches none of ours
    rows[1]["country"] = "Peru"  # nor one placed in another country
    rows.pop()  # and one of ours the peer never coded matches nothing
    _write(out, header, rows, ",")
    report = compare(store, out, tolerance_days=1)
    assert report.reference == n - 1 and report.matched == n - 3
    assert report.recall == pytest.approx((n - 3) / (n - 1))
    assert sum(v["reference"] for v in report.by_category.values()) == n - 1
    strict = compare(store, out, tolerance_days=0)
    assert strict.matched <= report.matched


def test_compare_command_and_a_foreign_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.tsv"
    with open_store(db, read_only=True) as s:
        n = export(s, out, format="polecat-tsv")
    res = CliRunner().invoke(main, ["compare", str(out), "--db", str(db), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["matched"] == n
    table = CliRunner().invoke(main, ["compare", str(out), "--db", str(db)])
    assert table.exit_code == 0 and table.stdout.startswith(f"polecat-tsv: {n} reference events")
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    bad = CliRunner().invoke(main, ["compare", str(other), "--db", str(db)])
    assert bad.exit_code == 2 and "neither ACLED's" in bad.stderr and "Traceback" not in bad.output
    assert bad.stdout == ""
