"""The dashboard in Debian's headless Chromium (Playwright, no downloaded browser) on a real server.

Screenshots go to the test's temporary folder; set EVENTWIRE_SCREENSHOT_DIR to also save
``dashboard.png`` there (the README's picture).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

import httpx
from dashboard_helpers import DESKTOP, offline_page, settled

PASTED = "Police arrested dozens of protesters in Khartoum on Tuesday. Egypt and Ethiopia agreed to hold talks."


def _drawn_categories(page: Any) -> dict[str, int]:
    pairs = page.eval_on_selector_all(
        "#category-counts [data-category]", "bs => bs.map(b => [b.dataset.category, +b.dataset.count])"
    )
    return dict(pairs)


def _check_counts(page: Any, api: httpx.Client, by: str, *, incidents: bool) -> int:
    """The timeline, the total and the category counts are what /v1/stats says; returns the total."""
    extra = {"incidents": "true"} if incidents else {}
    rows = api.get("/v1/stats", params={"by": by, **extra}).json()["rows"]
    days = {r["key"] for r in rows}
    drawn = page.eval_on_selector_all(
        "#timeline g.day", "gs => gs.filter(g => +g.dataset.count > 0).map(g => [g.dataset.day, +g.dataset.count])"
    )
    assert {d for d, _ in drawn} == days and days
    assert sum(n for _, n in drawn) == sum(r["count"] for r in rows)
    assert page.locator("#timeline rect.bar[data-quad]").count() == len({(r["key"], r["quad_class"]) for r in rows})
    cats: dict[str, int] = {}
    for r in api.get("/v1/stats", params={"by": "category", **extra}).json()["rows"]:
        cats[r["key"]] = cats.get(r["key"], 0) + r["count"]
    assert _drawn_categories(page) == cats
    total = sum(r["count"] for r in api.get("/v1/stats", params={"by": "quad_class", **extra}).json()["rows"])
    assert page.locator("#total-events").inner_text() == str(total)
    assert page.locator("#timeline-title").inner_text().startswith("Incidents" if incidents else "Event reports")
    return total


def test_dashboard_end_to_end(server: str, browser: Any, api: httpx.Client, tmp_path: Path) -> None:
    context, page, problems, outside = offline_page(browser, server, viewport=DESKTOP)

    # 1. load: the timeline (counting incidents by default), map points and network of the ingested sample
    page.goto(server + "/")
    settled(page)
    by = page.get_attribute("#timeline", "data-by")
    assert by == "week"  # the corpus spans 14 months: weekly bars
    assert page.is_checked('#count-toggle input[value="incidents"]')
    n_incidents = _check_counts(page, api, by, incidents=True)
    assert n_incidents == len(api.get("/v1/incidents", params={"limit": 1000}).json()["incidents"]) > 0
    assert page.locator("#map path.land").count() > 150  # the bundled world outline
    points = api.get("/v1/map").json()["points"]
    assert page.locator("#map circle.point").count() == len(points) > 0
    net = api.get("/v1/network", params={"edges": 300}).json()
    top = int(page.input_value("#network-top"))
    shown = {n["id"] for n in net["nodes"][:top]}
    assert page.eval_on_selector_all("#network g.node", "gs => gs.map(g => g.dataset.id)") == [
        n["id"] for n in net["nodes"][:top]]
    assert shown
    assert page.locator("#network path.edge").count() == len(
        [e for e in net["edges"] if e["source"] in shown and e["target"] in shown])
    total = len(api.get("/v1/events", params={"limit": 1000}).json()["events"])
    assert page.locator("#events tbody tr[data-id]").count() == min(total, 50)
    assert page.get_attribute('a.twin[data-twin="map"]', "href") == "/v1/map"
    page.screenshot(path=str(tmp_path / "dashboard.png"))
    if os.environ.get("EVENTWIRE_SCREENSHOT_DIR"):
        target = Path(os.environ["EVENTWIRE_SCREENSHOT_DIR"])
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(tmp_path / "dashboard.png", target / "dashboard.png")

    # 1b. the toggle: count reports instead, kept in the URL; incidents never outnumber reports
    page.check('#count-toggle input[value="reports"]')
    page.wait_for_url("**count=reports**")
    settled(page)
    assert page.locator("#total-label").inner_text() == "event reports"
    assert _check_counts(page, api, page.get_attribute("#timeline", "data-by") or "", incidents=False) == total
    reports_by_cat = _drawn_categories(page)
    page.goto(page.url)  # the URL alone restores the mode
    settled(page)
    assert page.is_checked('#count-toggle input[value="reports"]')
    page.check('#count-toggle input[value="incidents"]')
    page.wait_for_function("!location.search.includes('count=')")
    settled(page)
    incidents_by_cat = _drawn_categories(page)
    assert set(incidents_by_cat) == set(reports_by_cat)
    assert all(incidents_by_cat[k] <= reports_by_cat[k] for k in reports_by_cat)
    assert page.locator("#total-events").inner_text() == str(n_incidents) and n_incidents <= total
    days = {r["key"] for r in api.get("/v1/stats", params={"by": by, "incidents": "true"}).json()["rows"]}

    # 2. filter by an actor: kept in the URL, every panel redrawn from the filtered API
    page.fill("#filters input[name=actor]", "SYR")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**actor=SYR**")
    settled(page)
    expected = api.get("/v1/events", params={"actor": "SYR", "limit": 50}).json()["events"]
    assert 0 < len(expected) < total
    assert page.eval_on_selector_all("#events tbody tr[data-id]", "rs => rs.map(r => r.dataset.id)") == [
        e["id"] for e in expected
    ]
    assert page.locator("#network g.node").count() == min(
        top, len(api.get("/v1/network", params={"actor": "SYR", "edges": 300}).json()["nodes"]))
    assert "actor: SYR" in page.locator("#summary .chips").inner_text()

    # 3. open an event: its evidence highlighted in the article
    ev = next(e for e in expected if e["actor"] and e["recipient"])
    page.click(f'#events tbody tr[data-id="{ev["id"]}"]')
    page.wait_for_url(f"**event={ev['id']}**")
    page.wait_for_selector("#evidence-panel:not([hidden]) .hl-trigger")
    assert page.locator("#evidence-text .hl-trigger").inner_text() == ev["trigger"]["text"]
    assert page.locator("#evidence-text .hl-actor").first.inner_text() in {a["text"] for a in ev["actor"]}
    assert page.locator("#evidence-text .hl-recipient").first.inner_text() in {a["text"] for a in ev["recipient"]}
    sentence = "".join(page.eval_on_selector_all("#evidence-text .hl-sentence", "xs => xs.map(x => x.textContent)"))
    assert sentence == ev["sentence"]["text"]
    page.screenshot(path=str(tmp_path / "evidence.png"), full_page=True)

    # 4. the URL alone restores the view
    page.goto(page.url)
    settled(page)
    assert page.input_value("#filters input[name=actor]") == "SYR"
    page.wait_for_selector("#evidence-text .hl-trigger")

    # 5. a click on a bar of the timeline filters to its week, and the bars become days
    page.click("#clear")
    settled(page)
    week = sorted(days)[0]
    end = (dt.date.fromisoformat(week) + dt.timedelta(days=6)).isoformat()
    page.click(f'#timeline g.day[data-day="{week}"]')
    page.wait_for_url(f"**since={week}&until={end}**")
    settled(page)
    n_week = len(api.get("/v1/events", params={"since": week, "until": end}).json()["events"])
    assert page.locator("#events tbody tr[data-id]").count() == n_week > 0
    assert page.get_attribute("#timeline", "data-by") == "day"

    # 6. code a pasted text
    page.fill("#code-text", PASTED)
    page.fill("#code-date", "2019-05-22")
    page.click("#code-form button[type=submit]")
    page.wait_for_selector("#code-events li")
    coded = api.post("/v1/code", json={"text": PASTED, "published": "2019-05-22"}).json()["events"]
    assert page.locator("#code-events li").count() == len(coded) > 0
    assert page.locator("#code-doc .hl-trigger").inner_text() == coded[0]["trigger"]["text"]
    page.locator("#code-panel").screenshot(path=str(tmp_path / "code.png"))

    assert outside == []
    assert problems == []
    context.close()


def test_api_reference_renders_offline(server: str, browser: Any, api: httpx.Client) -> None:
    context, page, problems, outside = offline_page(browser, server)
    page.goto(f"{server}/docs")
    page.wait_for_selector("#ops .op")
    spec = api.get("/openapi.json").json()
    operations = sum(len(methods) for methods in spec["paths"].values())
    assert page.locator("#ops .op").count() == operations
    assert "/v1/events" in page.locator("#ops").inner_text()
    assert outside == [] and problems == []
    context.close()
