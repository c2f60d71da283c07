"""Exports from a real store: PLOVER JSON lines, CAMEO TSV, ACLED-like CSV and Parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from eventwire.knowledge.ontology.plover import MODES
from eventwire.store import Store, open_store
from eventwire.store.export import CAMEO_COLUMNS, acled_type, export
from tests.store.conftest import EXPORT_TEXTS, coded_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with open_store(coded_store(tmp_path_factory.mktemp("export") / "e.duckdb", EXPORT_TEXTS)) as s:
        yield s


def test_records_jsonl_is_the_stored_records(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.jsonl"
    n = export(store, out, format="records-jsonl")
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(lines) == len(store.events(limit=None)) > 0
    assert lines == store.events(limit=None)
    some = lines[0]["event_type"]
    n_some = sum(r["event_type"] == some for r in lines)
    assert export(store, io.StringIO(), format="records-jsonl", type=some) == n_some


# the PLOVER manual's event record fields, in its order (the data-exchange table)
PLOVER_RECORD = ["id", "has_event", "date", "actor", "recipient", "event", "event_loc", "event_text", "quad_code",
                 "event_scale", "mode", "context", "link", "text", "text_info", "cite_info", "coder", "coded_date"]
PLOVER_ENTITY = ["code", "sector", "entity_text", "identifier_id", "identifier_text"]
PLOVER_LOCATION = ["extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "district", "province",
                   "country", "country_code", "feature_class", "feature_code", "resolution"]


def test_plover_jsonl_has_the_manuals_exchange_fields(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    n = export(store, out, format="plover-jsonl")
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    records = {r["id"]: r for r in store.events(limit=None)}
    assert n == len(lines) == len(records) > 0
    for p in lines:
        assert list(p)[: len(PLOVER_RECORD)] == PLOVER_RECORD
        rec = records[p["id"]]
        assert p["event"] == [rec["event_type"]] and p["quad_code"] == rec["cameo"]["quad_class"]
        assert p["size"] == {"dead": rec["dead"], "injured": rec["injured"], "arrested": rec["arrested"]}
        for entity in p["actor"] + p["recipient"]:
            assert list(entity) == PLOVER_ENTITY
        if p["event_loc"] is not None:
            assert list(p["event_loc"]) == PLOVER_LOCATION
        # text_info's offsets point into the article's text
        text = store.article(rec["article"]["id"])["text"]
        info = p["text_info"]
        assert text[info["start"]:info["end"]] == p["event_text"][0] == rec["sentence"]["text"]
        assert text[info["trigger_start"]:info["trigger_end"]] == rec["trigger"]["text"]
    assert any(p["size"]["dead"] for p in lines)


def test_cameo_tsv_columns_match_the_records(store: Store) -> None:
    buf = io.StringIO()
    n = export(store, buf, format="cameo-tsv")
    rows = list(csv.DictReader(io.StringIO(buf.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert tuple(rows[0].keys()) == CAMEO_COLUMNS and len(rows) == n
    for row, rec in zip(rows, store.events(limit=None)):
        assert row["event_id"] == rec["id"] and row["cameo_code"] == (rec["cameo"]["code"] or "")
        assert row["root_code"] == (rec["cameo"]["code"] or "")[:2]
        assert row["quad_class"] == str(rec["cameo"]["quad_class"]) and row["plover_type"] == rec["event_type"]
        assert row["date"] == (rec["date"] or "").replace("-", "")
        assert "\t" not in row["sentence"] and "\n" not in row["sentence"]


def test_acled_mapping_covers_every_plover_category_and_mode() -> None:
    acled_types = {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
        "",
    }
    for cat, modes in MODES.items():
        for mode in (None, *modes):
            etype, sub, mapping, note = acled_type(cat, mode)
            assert etype in acled_types, (cat, mode)
            assert (mapping == "none") == (etype == ""), (cat, mode)
            assert mapping == "direct" or note, (cat, mode)
    assert acled_type("ASSAULT", "aerial")[:2] == ("Explosions/Remote violence", "Air/drone strike")
    assert acled_type("PROTEST", "riot")[0] == "Riots" and acled_type("COERCE", "arrest")[1] == "Arrests"
    assert acled_type("ASSAULT", "firearms", actor_sector="MIL", recipient_sector="REB")[0] == "Battles"
    assert (
        acled_type("ASSAULT", "firearms", actor_sector="MIL", recipient_sector="CVL")[0] == "Violence against civilians"
    )
    assert acled_type("ACCUSE", None)[2] == "none"


def test_parquet_holds_flat_columns_and_the_record(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    n = export(store, out, format="parquet", include_negated=True)
    table = pq.read_table(out)
    assert table.num_rows == n == len(store.events(limit=None, include_negated=True))
    assert {"event_type", "quad_class", "day", "lat", "record"} <= set(table.column_names)
    assert [json.loads(x) for x in table.column("record").to_pylist()] == store.events(limit=None, include_negated=True)
    with pytest.raises(ValueError, match="file path"):
        export(store, "-", format="parquet")
    with pytest.raises(ValueError, match="format"):
        export(store, "-", format="xml")
