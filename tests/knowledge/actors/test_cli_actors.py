"""`eventwire actors lookup|add|remove|stats`: a thin shell over the library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.knowledge.actors import default_kb


@pytest.fixture()
def user_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVENTWIRE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("EVENTWIRE_NO_USER_ACTORS", raising=False)
    default_kb.cache_clear()
    yield tmp_path
    default_kb.cache_clear()


def test_lookup_json(user_env: Path) -> None:
    result = CliRunner().invoke(main, ["actors", "lookup", "Iraqi police", "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert (record["country"], record["sector"], record["resolved"]) == ("IRQ", "COP", True)


def test_lookup_date_selects_the_role(user_env: Path) -> None:
    args = ["actors", "lookup", "Nouri al-Maliki", "--format", "json", "--date"]
    in_office = json.loads(CliRunner().invoke(main, [*args, "2010-01-01"]).output)
    after = json.loads(CliRunner().invoke(main, [*args, "2019-01-01"]).output)
    assert in_office["sector"] == "GOV" and after["sector"] != "GOV"


def test_lookup_unknown_and_bad_date(user_env: Path) -> None:
    unknown = CliRunner().invoke(main, ["actors", "lookup", "the weather"])
    assert unknown.exit_code == 1 and "eventwire actors add" in unknown.output
    bad = CliRunner().invoke(main, ["actors", "lookup", "Iraq", "--date", "yesterday"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_add_overrides_bundled_then_remove_restores(user_env: Path) -> None:
    path = user_env / "mine.yaml"
    path.write_text(
        "- {id: kataib_hezbollah, name: Kataib Hezbollah, kind: armed_group, country: IRQ, sector: MIL}\n"
        "- {id: river_valley_front, name: River Valley Front, kind: armed_group, country: SDN, sector: REB}\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    added = runner.invoke(main, ["actors", "add", str(path)])
    assert added.exit_code == 0, added.output
    assert list((user_env / "data" / "actors").glob("001-mine.yaml"))
    kh = json.loads(runner.invoke(main, ["actors", "lookup", "Kataib Hezbollah", "--format", "json"]).output)
    assert kh["sector"] == "MIL" and kh["affiliations"] == []
    rvf = json.loads(runner.invoke(main, ["actors", "lookup", "River Valley Front", "--format", "json"]).output)
    assert rvf["kb_id"] == "river_valley_front"
    stats = json.loads(runner.invoke(main, ["actors", "stats", "--format", "json"]).output)
    assert any(s.endswith("001-mine.yaml") for s in stats["sources"])
    assert runner.invoke(main, ["actors", "remove", "mine.yaml"]).exit_code == 0
    kh = json.loads(runner.invoke(main, ["actors", "lookup", "Kataib Hezbollah", "--format", "json"]).output)
    assert kh["sector"] == "REB"


def test_add_malformed_file_names_the_line_and_stores_nothing(user_env: Path) -> None:
    path = user_env / "bad.yaml"
    path.write_text("- {id: ok_group, name: Ok, kind: armed_group, sector: REB}\n- {id: Bad Id, name: X, kind: ngo}\n")
    result = CliRunner().invoke(main, ["actors", "add", str(path)])
    assert result.exit_code == 1
    assert f"{path}:2:" in result.output and "\n" == result.output[-1] and "Traceback" not in result.output
    assert not (user_env / "data" / "actors").exists() or not list((user_env / "data" / "actors").iterdir())


def test_stats_counts(user_env: Path) -> None:
    result = CliRunner().invoke(main, ["actors", "stats", "--format", "json"])
    stats = json.loads(result.output)
    assert stats["entries"] == len(default_kb()) >= 2500
    assert stats["countries"] >= 195 and stats["people_with_dated_roles"] >= 300
    assert all(not s.startswith("/") for s in stats["sources"][:1])
