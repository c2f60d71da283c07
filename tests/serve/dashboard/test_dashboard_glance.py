"""The dashboard reads at a glance at 1440x1000 and on a 390x844 phone: a clean map, a legible
network, no sideways scrolling, evidence in view, toggling timeline bars, a helpful empty state.

Each test saves its screenshots in its temporary folder.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

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
