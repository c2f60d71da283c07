"""Incidents: linking reports of one happening across articles (and within one)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire import incidents as inc_mod
from eventwire.store import incident_cluster as cluster_mod
from eventwire.store.incidents import cluster, pairwise_scores

DATA = Path(__file__).resolve().parents[1] / "data" / "incidents" / "reports.jsonl"

MOGADISHU = {"name": "Mogadishu", "country": "SOM", "lat": 2.04, "lon": 45.34, "precision": "city"}
KISMAYO = {"name": "Kismayo", "country": "SOM", "lat": -0.36, "lon": 42.55, "precision": "city"}
SOMALIA = {"name": "Somalia", "country": "SOM", "lat": 2.04, "lon": 45.34, "precision": "country"}


def rec(
    eid: str,
    *,
    date: str = "2019-03-10",
    precision: str = "day",
    source: str = "sentence",
    kb: str | None = "al_shabaab",
    country: str | None = "SOM",
    sector: str | None = "REB",
    place: dict[str, Any] | None = MOGADISHU,
    etype: str = "ASSAULT",
    outlet: str = "o1",
    published: str = "2019-03-10",
    sentence: str | None = None,
    mode: str | None = None,
    actor: bool = True,
    dead: int | None = None,
) -> dict[str, Any]:
    return {
        "id": eid, "event_type": etype, "mode": mode,
        "actor": [{"kb_id": kb, "name": kb, "text": kb, "country": country, "sector": sector}] if actor else [],
        "recipient": [], "date": date, "date_precision": precision, "date_source": source, "location": place,
        "aux": {"negated": False}, "article": {"id": f"art-{eid}", "outlet": outlet, "published": published},
        "sentence": {"text": sentence or f"sentence of {eid}"}, "trigger": {"start": 0}, "dead": dead,
    }  # fmt: skip


def groups(incidents: list[Any]) -> set[frozenset[str]]:
    return {frozenset(i.reports) for i in incidents}


def test_reports_of_one_happening_form_one_incident() -> None:
    events = [
        rec("late", published="2019-03-12", outlet="Coastal Radio", date="2019-03-10", dead=23),
        rec("first", published="2019-03-10", outlet="Horn Observer", source="article", dead=20),
        rec("vague", kb=None, country="SOM", sector="REB", published="2019-03-11", outlet="Global Wire"),
    ]
    (one,) = cluster(events)
    assert set(one.reports) == {"late", "first", "vague"}
    assert one.first_report == "first" and one.reports[0] == "first"
    assert one.independent_outlets == 3 and len(one.articles) == 3
    assert one.dead == 23 and one.size_conflicts == {"dead": [20, 23]}
    assert one.to_dict()["report_count"] == 3


def test_syndicated_copies_count_as_one_outlet() -> None:
    wire = "Al-Shabaab militants attacked a hotel in Mogadishu on Sunday."
    events = [
        rec("a", outlet="Wire", sentence=wire),
        rec("b", outlet="Paper A", sentence=wire),
        rec("c", outlet="Paper B"),
    ]
    (one,) = cluster(events)
    assert len(one.outlets) == 3 and one.independent_outlets == 2


def test_look_alikes_in_other_places_weeks_or_actors_stay_apart() -> None:
    events = [
        rec("base"),
        rec("two-weeks-later", date="2019-03-24", published="2019-03-24"),
        rec("other-city", place=KISMAYO),
        rec("other-group", kb="islamic_state_somalia"),
        rec("other-category", etype="PROTEST"),
    ]
    assert groups(cluster(events)) == {frozenset([e["id"]]) for e in events}


def test_country_only_and_anonymous_reports_need_more_evidence() -> None:
    anon = rec("anon", actor=False, place=SOMALIA)
    assert len(cluster([rec("base"), anon])) == 2  # nobody named, only the country: not enough
    same_mode = rec("anon2", actor=False, mode="abduct")
    assert len(cluster([rec("base", mode="abduct"), same_mode])) == 1  # same city and same mode: enough


def test_a_country_only_report_cannot_chain_two_cities_whatever_the_order() -> None:
    """Mogadishu and Kismayo (400 km apart) are two happenings; a report naming only Somalia fits
    either, but once it joined one, the other city conflicts with that incident's place."""
    reports = {"mog": rec("mog"), "kis": rec("kis", place=KISMAYO), "som": rec("som", place=SOMALIA)}
    for order in (("som", "mog", "kis"), ("som", "kis", "mog"), ("mog", "som", "kis"), ("kis", "som", "mog")):
        found = groups(cluster([reports[k] for k in order]))
        assert len(found) == 2 and not any({"mog", "kis"} <= g for g in found), order


def test_date_precision_is_respected_and_cannot_chain() -> None:
    early, late = rec("early", date="2014-04-14"), rec("late", date="2014-04-24", published="2014-04-24")
    year = rec("year", date="2014", precision="year", published="2014-06-01")
    found = cluster([early, late, year])
    assert not any({"early", "late"} <= set(i.reports) for i in found)
    week = rec("week", date="2014-04-14", precision="week", published="2014-04-20")  # the week of 14 April
    found = cluster([early, late, week])
    assert any({"early", "week"} <= set(i.reports) for i in found)
    # a publication-date fallback covers the days just before publication
    fallback = rec("fallback", date="2014-04-16", source="article", published="2014-04-16")
    assert len(cluster([early, fallback])) == 1
    assert len(cluster([early, rec("far", date="2014-04-19", published="2014-04-19")])) == 2


def test_accepts_event_objects_and_assign_sets_ids(seed_analysis: Any) -> None:
    events = seed_analysis.coded_events()
    found = cluster(events)
    assert sorted(r for i in found for r in i.reports) == sorted(e.id for e in events)
    inc_mod.assign(events, found)
    assert all(e.incident_id for e in events)
    assert all(e.to_dict()["incident_id"] == e.incident_id for e in events)


def test_pairwise_scores_match_brute_force() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2, "f": 3}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y", "f": "z"}

    def pairs(lab: dict[str, Any]) -> set[frozenset[str]]:
        return {frozenset(p) for p in itertools.combinations(lab, 2) if lab[p[0]] == lab[p[1]]}

    tp = len(pairs(gold) & pairs(pred))
    p, r, _ = pairwise_scores(pred, gold)
    assert p == pytest.approx(tp / len(pairs(pred))) and r == pytest.approx(tp / len(pairs(gold)))


def test_comparisons_are_bounded_per_event(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dense block (one actor, one city, every day of a year) costs at most max_candidates per key."""
    calls = 0
    real = cluster_mod._score  # the clustering module calls it by this name

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(cluster_mod, "_score", counting)
    day0 = dt.date(2019, 1, 1)
    events = [
        rec(
            f"e{i}",
            date=(day0 + dt.timedelta(days=i % 365)).isoformat(),
            kb=f"g{i % 3}",
            published=(day0 + dt.timedelta(days=i % 365)).isoformat(),
        )
        for i in range(3000)
    ]
    found = cluster(events, max_candidates=8)
    n_keys = 4  # ak, ac, as, l
    assert calls <= len(events) * n_keys * 8 * 2  # fine and coarse lists
    assert len(found) < len(events)  # same actor, place and day: reports do merge


# ------------------------------------------------------------------------------ the written corpus
def test_corpus_pairwise_precision_and_recall() -> None:
    from eventwire.coding.coder import default_coder
    from eventwire.text.article import Article

    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({r["incident"] for r in rows}) >= 9 and len(rows) >= 15
    arts = [
        Article.from_text(r["text"], published=dt.date.fromisoformat(r["published"]), outlet=r["outlet"]) for r in rows
    ]
    events, gold = [], {}
    for row, analysis in zip(rows, default_coder().code_articles(arts)):
        for e in analysis.coded_events():
            events.append(e)
            if e.event_type == row["event_type"]:
                gold[e.id] = row["incident"]
    assert len({gold[k] for k in gold}) == len({r["incident"] for r in rows}), "every report is coded"
    found = cluster(events)
    p, r, _ = pairwise_scores({rid: i.id for i in found for rid in i.reports}, gold)
    assert p >= 0.9 and r >= 0.9, (p, r)


# ------------------------------------------------------------------------------ the reference article
def _gold_events(seed_analysis: Any, gold: dict[str, Any]) -> list[Any]:
    out = []
    for e in seed_analysis.coded_events():
        # a record carries every telling of its happening in the article (Event.restated)
        for sentence in [e.sentence, *(t.sentence for t in e.restated)]:
            if e.event_type == gold["event"] and gold["sentence_contains"] in sentence.text.replace("\u00a0", " "):
                out.append(e)
    return out


def test_seed_repeated_threats_and_requests_are_incidents(seed_analysis: Any, seed_gold: dict[str, Any]) -> None:
    found = cluster(seed_analysis.coded_events())
    of = {rid: i.id for i in found for rid in i.reports}
    threats = [g for g in seed_gold["events"] if g["event"] == "THREATEN" and g["actor"]["text"] == "Kataib Hezbollah"]
    requests = [
        g for g in seed_gold["events"] if g["event"] == "REQUEST" and (g.get("recipient") or {}).get("country") == "USA"
    ]
    for wanted in (threats, requests):
        assert len(wanted) >= 2
        coded = [e for g in wanted for e in _gold_events(seed_analysis, g)]
        assert len(coded) >= len(wanted), "the coder finds each report"
        assert len({of[e.id] for e in coded}) == 1


def test_store_counts_incidents_and_links_reports(tmp_path: Path, seed_analysis: Any) -> None:
    from eventwire.store import open_store
    from eventwire.store.claims import stored_claims, stored_contradictions
    from eventwire.store.incidents import incident_stats, recluster, stored_incidents

    with open_store(tmp_path / "events.duckdb") as store:
        store.write_analysis(seed_analysis)
        n = recluster(store)
        assert n == len(cluster(seed_analysis.coded_events()))
        reports = {r["key"]: r["count"] for r in store.stats(by="category")}
        incidents = {r["key"]: r["count"] for r in incident_stats(store, by="category")}
        assert incidents["THREATEN"] == 1 < reports["THREATEN"]
        assert sum(incidents.values()) == n
        (threat,) = stored_incidents(store, type="THREATEN")
        assert [e["id"] for e in threat["events"]] == threat["reports"]
        assert {e["id"] for e in store.events(type="THREATEN")} == set(threat["reports"])
        assert stored_incidents(store, type="THREATEN", after=threat["id"]) == []
        claims = stored_claims(store, unit="troops")
        assert {c["quantity"] for c in claims} >= {5300, 7000}
        assert any({c.a["quantity"], c.b["quantity"]} == {5300, 7000} for c in stored_contradictions(store))
        # re-clustering is idempotent
        assert recluster(store) == n
        assert sum(r["count"] for r in incident_stats(store, by="category")) == n


def test_cli_events_and_stats_with_incidents(tmp_path: Path, seed_analysis: Any) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main
    from eventwire.store import open_store
    from eventwire.store.incidents import recluster

    db = str(tmp_path / "events.duckdb")
    with open_store(db) as store:
        store.write_analysis(seed_analysis)
        recluster(store)
    run = CliRunner().invoke
    out = run(main, ["events", "--db", db, "--incidents", "--type", "THREATEN", "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    (line,) = out.output.strip().splitlines()
    assert len(json.loads(line)["events"]) == len(json.loads(line)["reports"]) >= 2
    by_reports = run(main, ["stats", "--db", db, "--by", "category", "--format", "jsonl"])
    by_incidents = run(main, ["stats", "--db", db, "--by", "category", "--format", "jsonl", "--incidents"])
    reports = {json.loads(x)["key"]: json.loads(x)["count"] for x in by_reports.output.splitlines()}
    incidents = {json.loads(x)["key"]: json.loads(x)["count"] for x in by_incidents.output.splitlines()}
    assert incidents["THREATEN"] == 1 < reports["THREATEN"]
    conflicts = run(main, ["claims", "--db", db, "--contradictions"])
    assert conflicts.exit_code == 0 and "Newsweek" in conflicts.output and "5,300" in conflicts.output
    bad = run(main, ["claims", "--db", db, "--unit", "bogus"])
    assert bad.exit_code == 2 and "troops" in bad.output


def test_recluster_is_one_transaction_through_the_store_api(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.coding.coder import default_coder
    from eventwire.store import StoreError, open_store
    from eventwire.store.incidents import recluster
    from eventwire.text.article import Article

    text = ("Turkish warplanes bombed Kurdish militia positions near Afrin on Sunday. "
            "Police in Ankara arrested 30 protesters on Monday.")
    (analysis,) = default_coder().code_articles([Article.from_text(text, source="t", published=dt.date(2018, 2, 5))])
    db = tmp_path / "events.duckdb"
    with open_store(db) as store:
        store.write_analysis(analysis)
        n = recluster(store)
        assert n > 0
        before = store.fetch("SELECT id, record FROM incidents ORDER BY id")
        real = store.insert_rows

        def failing(table: str, columns: Any, rows: Any) -> None:
            if table == "incident_reports":
                raise RuntimeError("disk full")
            real(table, columns, rows)

        monkeypatch.setattr(store, "insert_rows", failing)
        with pytest.raises(RuntimeError, match="disk full"):
            recluster(store)
        # the deletes and the incident rows of the failed run were rolled back
        assert store.fetch("SELECT id, record FROM incidents ORDER BY id") == before
        assert store.fetch("SELECT count(*) FROM incident_reports")[0][0] == len(analysis.coded_events())
    with open_store(db, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        recluster(store)


def _incident_tables(store: Any) -> tuple[list[Any], list[Any]]:
    incidents = store.fetch("SELECT * FROM incidents ORDER BY id")
    reports = store.fetch("SELECT * FROM incident_reports ORDER BY incident_id, position")
    return incidents, reports


def test_ingest_in_runs_links_incrementally_exactly_as_a_full_recluster(tmp_path: Path) -> None:
    from eventwire.store import open_store
    from eventwire.store.incidents import recluster
    from eventwire.store.ingest import ingest

    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    runs = [rows[i::3] for i in range(3)]  # each incident's reports arrive over several runs
    with open_store(tmp_path / "events.duckdb") as store:
        for i, batch in enumerate(runs):
            src = tmp_path / f"run{i}.jsonl"
            src.write_text("".join(json.dumps(r) + "\n" for r in batch), encoding="utf-8")
            assert ingest(store, [str(src)]).articles == len(batch)
        incremental = _incident_tables(store)
        run_of = dict(store.fetch("SELECT id, run_id FROM articles"))
        spanning = [
            iid
            for (iid,) in store.fetch("SELECT incident_id FROM incident_reports GROUP BY 1 HAVING count(*) > 1")
            if len({run_of[a] for (a,) in store.fetch("SELECT article_id FROM incident_reports WHERE incident_id = ?",
                                                       [iid])}) > 1  # fmt: skip
        ]
        assert spanning, "some incident gathers reports of different runs"
        recluster(store)
        assert _incident_tables(store) == incremental


def test_relink_links_only_unlinked_reports_and_never_revisits_stored_ones(tmp_path: Path, seed_analysis: Any) -> None:
    from eventwire.store import open_store
    from eventwire.store.incidents import recluster, relink

    with open_store(tmp_path / "events.duckdb") as store:
        store.write_analysis(seed_analysis)
        recluster(store)
        linked = _incident_tables(store)
        store.execute("UPDATE incidents SET mode = 'stale'")
        assert relink(store) == 0  # every report is linked already
        assert relink(store, articles=[seed_analysis.article.id]) == 0
        assert {m for (m,) in store.fetch("SELECT DISTINCT mode FROM incidents")} == {"stale"}
        # a category unlinked whole is linked again as it was; the other incidents are not rewritten
        threaten = "SELECT id FROM incidents WHERE event_type = 'THREATEN'"
        store.execute(f"DELETE FROM incident_groups WHERE incident_id IN ({threaten})")
        store.execute(f"DELETE FROM incident_reports WHERE incident_id IN ({threaten})")
        store.execute("DELETE FROM incidents WHERE event_type = 'THREATEN'")
        n = relink(store)
        assert n == store.fetch("SELECT count(*) FROM incidents WHERE event_type = 'THREATEN'")[0][0] > 0
        modes = dict(store.fetch("SELECT event_type, list(DISTINCT mode) FROM incidents GROUP BY 1"))
        others = [m for k, m in modes.items() if k != "THREATEN"]
        assert "stale" not in modes["THREATEN"] and others and all(m == ["stale"] for m in others)
        recluster(store)
        assert _incident_tables(store) == linked


def test_links_edited_by_hand_ask_for_a_recluster(tmp_path: Path, seed_analysis: Any) -> None:
    from eventwire.store import open_store
    from eventwire.store.incidents import recluster, relink

    with open_store(tmp_path / "events.duckdb") as store:
        store.write_analysis(seed_analysis)
        recluster(store)
        linked = _incident_tables(store)
        store.execute("DELETE FROM incident_reports WHERE incident_id = (SELECT min(id) FROM incidents)")
        with pytest.raises(ValueError, match="--recluster"):
            relink(store)
        recluster(store)
        assert _incident_tables(store) == linked


def test_stored_incidents_equal_clustering_the_full_records(tmp_path: Path, seed_analysis: Any) -> None:
    from eventwire.store import open_store
    from eventwire.store.incidents import recluster

    with open_store(tmp_path / "events.duckdb") as store:
        store.write_analysis(seed_analysis)
        recluster(store)
        stored = [json.loads(r[0]) for r in store.fetch("SELECT record FROM incidents ORDER BY id")]
        records = [json.loads(r[0]) for r in store.fetch("SELECT record FROM events WHERE factual ORDER BY arrival")]
    assert len(stored) > 1
    assert stored == [inc.to_dict() for inc in sorted(cluster(records), key=lambda x: x.id)]
