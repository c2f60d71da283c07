"""The dashboard reads at a glance at 1440x1000 and on a 390x844 phone: a clean map, a legible
network, no sideways scrolling, evidence in view, toggling timeline bars, a helpful empty state.

Each test saves its screenshots in its temporary folder.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import httpx
from dashboard_helpers import DESKTOP, PHONE, offline_page, settled

# A line drawn across the map (a ring closed the wrong way round the globe) is a horizontal edge:
# pixels that differ from the ones above them, along a long stretch of the row. Coastlines and
# borders at 110m make short ones (at most about a tenth of the world's width); such lines, a
# quarter of it and more, often interrupted where they cross land of their own colour.
LONGEST_EDGE_SHARE = 0.2  # of the width, in one stretch
EDGE_SHARE = 0.5  # of the width, in all

_ROW_RUNS_JS = """async ({png}) => {
  // For each row y > 0: the longest run of pixels that differ from the pixel above them (a
  // horizontal edge) and how many differ in all.
  const img = new Image();
  img.src = "data:image/png;base64," + png;
  await img.decode();
  const c = document.createElement("canvas");
  c.width = img.width; c.height = img.height;
  const ctx = c.getContext("2d");
  ctx.drawImage(img, 0, 0);
  const px = ctx.getImageData(0, 0, c.width, c.height).data;
  const at = (x, y) => (y * c.width + x) * 4;
  const edges = [], totals = [];
  for (let y = 1; y < c.height; y++) {
    let best = 0, run = 0, all = 0;
    for (let x = 0; x < c.width; x++) {
      const i = at(x, y), j = at(x, y - 1);
      const d = Math.abs(px[i] - px[j]) + Math.abs(px[i + 1] - px[j + 1]) + Math.abs(px[i + 2] - px[j + 2]);
      run = d > 4 ? run + 1 : 0;
      if (d > 4) all++;
      best = Math.max(best, run);
    }
    edges.push(best); totals.push(all);
  }
  return {width: c.width, height: c.height, edges, totals};
}"""


def _row_edges(browser: Any, png: bytes) -> dict[str, Any]:
    """Horizontal edges on each row of ``png`` (decoded by the browser's canvas)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        result: dict[str, Any] = page.evaluate(_ROW_RUNS_JS, {"png": base64.b64encode(png).decode()})
        return result
    finally:
        context.close()


def test_world_map_has_no_lines_across_it(busy_server: str, browser: Any, tmp_path: Path) -> None:
    context, page, problems, outside = offline_page(browser, busy_server, viewport=DESKTOP)
    # no event matches: the map shows the whole world (Fiji, Chukotka and Antarctica cross the antimeridian)
    page.goto(busy_server + "/?since=1900-01-01&until=1900-01-01")
    settled(page)
    assert page.locator("#map path.land").count() > 150
    png = page.locator("#map").screenshot(path=str(tmp_path / "world.png"))
    found = _row_edges(browser, png)
    width, longest, totals = found["width"], found["edges"], found["totals"]
    assert len(longest) > 100 and width > 300
    assert sum(1 for t in totals if t > 0) > len(totals) / 2  # the check sees coasts: not an empty picture
    lines = [y + 1 for y, (run, total) in enumerate(zip(longest, totals, strict=True))
             if run >= LONGEST_EDGE_SHARE * width or total >= EDGE_SHARE * width]
    assert lines == [], f"rows {lines[:10]} of the map are crossed by a line ({len(lines)} rows)"
    assert outside == [] and problems == []
    context.close()


_OVERLAPS_JS = """svg => {
  const box = svg.getBoundingClientRect();
  const labels = [...svg.querySelectorAll("g.node text.label")]
    .filter((t) => getComputedStyle(t).display !== "none")
    .map((t) => {
      const r = t.getBoundingClientRect();
      return {text: t.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom};
    });
  const overlaps = [];
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
    const a = labels[i], b = labels[j];
    const apart = a.x0 >= b.x1 - 0.5 || b.x0 >= a.x1 - 0.5 || a.y0 >= b.y1 - 0.5 || b.y0 >= a.y1 - 0.5;
    if (!apart) overlaps.push([a.text, b.text]);
  }
  const out = (l) => l.x0 < box.left - 0.5 || l.x1 > box.right + 0.5 || l.y0 < box.top - 0.5 || l.y1 > box.bottom + 0.5;
  const outside = labels.filter(out).map((l) => l.text);
  return {shown: labels.length, overlaps, outside};
}"""


def test_network_shows_entities_top_n_with_labels_that_never_overlap(
    busy_server: str, browser: Any, tmp_path: Path
) -> None:
    context, page, problems, outside = offline_page(browser, busy_server, viewport=DESKTOP)
    page.goto(busy_server + "/")
    settled(page)
    with httpx.Client(base_url=busy_server, timeout=60) as client:
        net = client.get("/v1/network", params={"edges": 300}).json()
    assert len(net["nodes"]) > 30  # a hairball unless the panel chooses
    countries = [n["id"] for n in net["nodes"] if n["kind"] == "country"]
    assert len(countries) == len(set(countries)) and len({n["country"] for n in net["nodes"]
                                                          if n["kind"] == "country"}) == len(countries)
    sizes = []
    for top in ("8", "15", "25", "50"):
        page.select_option("#network-top", top)
        drawn = page.eval_on_selector_all("#network g.node", "gs => gs.map(g => g.dataset.id)")
        assert drawn == [n["id"] for n in net["nodes"][: int(top)]]
        sizes.append(len(drawn))
        found = page.eval_on_selector("#network", _OVERLAPS_JS)
        assert found["overlaps"] == [] and found["outside"] == [], (top, found)
        assert found["shown"] >= min(len(drawn), 8)  # the busiest keep their labels
        page.locator("#network-panel").screenshot(path=str(tmp_path / f"network-{top}.png"))
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]
    assert page.locator("#network-count").inner_text() == f"of {len(net['nodes'])}"
    # a country node stands for its state: its sectors and names are on hover
    node = next(n for n in net["nodes"][:50] if n["kind"] == "country" and len(n["sectors"]) > 1)
    title = page.locator(f'#network g.node[data-id="{node["id"]}"] > title').text_content() or ""
    assert node["label"] in title and all(f"{s} {c}" in title for s, c in node["sectors"].items())
    legend = page.locator("#network-legend").inner_text()
    assert all(word in legend for word in ("conflict", "cooperation", "country", "events"))
    assert outside == [] and problems == []
    context.close()


_SMALL_TEXT_JS = """() => {
  // Visible text smaller than 11 px: HTML by its computed size, SVG text scaled by its CTM.
  const small = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const t = walker.currentNode;
    if (!t.textContent.trim()) continue;
    const e = t.parentElement;
    if (!e || e.closest("title, script, style, option, datalist")) continue;
    const r = e.getBoundingClientRect();
    const style = getComputedStyle(e);
    if (r.width === 0 || r.height === 0 || style.visibility === "hidden") continue;
    let px = parseFloat(style.fontSize);
    if (e instanceof SVGElement && e.getScreenCTM()) px *= Math.abs(e.getScreenCTM().a);
    if (px < 10.95) small.push([t.textContent.trim().slice(0, 30), Math.round(px * 10) / 10]);
  }
  return small;
}"""


def test_phone_layout_fits_and_reads(busy_server: str, browser: Any, tmp_path: Path) -> None:
    context, page, problems, outside = offline_page(browser, busy_server, viewport=PHONE, is_mobile=True,
                                                    has_touch=True)
    page.goto(busy_server + "/")
    settled(page)
    page.screenshot(path=str(tmp_path / "phone.png"))
    width = page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1] == PHONE["width"]
    assert page.evaluate(_SMALL_TEXT_JS) == []
    header = page.locator("header").bounding_box()
    assert header is not None and header["height"] <= 90
    # the table scrolls inside its panel, the page does not
    panel = page.locator("#events-panel").bounding_box()
    assert panel is not None and panel["x"] >= 0 and panel["x"] + panel["width"] <= PHONE["width"]
    assert page.eval_on_selector(".table-scroll", "d => getComputedStyle(d).overflowX") == "auto"
    # the filters open on demand, fit the screen and still work
    page.click("#filters-toggle")
    page.wait_for_selector("#filters input[name=country]", state="visible")
    page.screenshot(path=str(tmp_path / "phone-filters.png"))
    assert page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth")
    assert page.evaluate(_SMALL_TEXT_JS) == []
    page.fill("#filters input[name=country]", "egy")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**country=EGY**")
    settled(page)
    assert page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth")
    page.screenshot(path=str(tmp_path / "phone-filtered.png"), full_page=True)
    assert outside == [] and problems == []
    context.close()


def test_evidence_comes_into_view_and_a_bar_toggles(server: str, browser: Any, tmp_path: Path) -> None:
    for size in (DESKTOP, PHONE):
        context, page, problems, outside = offline_page(browser, server, viewport=size)
        page.goto(server + "/")
        settled(page)
        # the last row of the table: the evidence panel opens below the fold, then comes into view
        row = page.locator("#events tbody tr[data-id]").last
        event_id = row.get_attribute("data-id")
        row.click()
        page.wait_for_url(f"**event={event_id}**")
        page.wait_for_selector("#evidence-panel:not([hidden]) .hl-trigger")
        settled(page)
        top = page.eval_on_selector("#evidence-panel", "p => p.getBoundingClientRect().top")
        header = page.eval_on_selector("header", "h => h.getBoundingClientRect().bottom")
        assert header - 1 <= top < size["height"] / 2, (size, top)
        page.screenshot(path=str(tmp_path / f"evidence-{size['width']}.png"))

        # a bar: first click keeps its dates, a second click (on the bars it became) releases them
        page.goto(server + "/")
        settled(page)
        bar = page.locator("#timeline g.day[data-count]:not([data-count='0'])").first
        bar.click()
        page.wait_for_url("**since=**")
        settled(page)
        assert "until=" in page.url
        page.locator("#timeline g.day[data-count]:not([data-count='0'])").first.click()
        page.wait_for_function("!location.search.includes('since=')")
        settled(page)
        assert "until=" not in page.url
        assert outside == [] and problems == []
        context.close()


def test_empty_store_says_what_to_run(empty_server: str, browser: Any, tmp_path: Path) -> None:
    for size in (DESKTOP, PHONE):
        context, page, problems, outside = offline_page(browser, empty_server, viewport=size)
        page.goto(empty_server + "/")
        settled(page)
        page.wait_for_selector("#empty-store:not([hidden])")
        commands = page.locator("#empty-commands").inner_text().splitlines()
        assert commands == ["eventwire ingest articles.jsonl --db events.duckdb", "eventwire serve --db events.duckdb"]
        assert page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth")
        page.screenshot(path=str(tmp_path / f"empty-{size['width']}.png"))
        assert outside == [] and problems == []
        context.close()
