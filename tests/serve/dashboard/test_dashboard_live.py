"""The dashboard shows new events without a reload: it polls /v1/updated and draws its panels again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dashboard_helpers import DESKTOP, offline_page, settled

# A short news text written for this test.
NEWS = "Turkish troops shelled Kurdish positions near Afrin on Monday, officials said."


@pytest.fixture()
def fresh_server(tmp_path: Path) -> Iterator[str]:
    pytest.importorskip("eventwire.store", reason="the event store is not in this checkout")
    from eventwire.serve.api import create_app, serve_in_thread

    with serve_in_thread(create_app(db=tmp_path / "live.duckdb")) as url:
        yield url


def test_new_events_appear_without_a_reload(fresh_server: str, browser: Any) -> None:
    context, page, problems, outside = offline_page(browser, fresh_server, viewport=DESKTOP)
    page.goto(fresh_server + "/")
    settled(page)
    page.wait_for_function("document.querySelector('#updated').textContent === 'no articles yet'")
    assert page.locator("#total-events").inner_text() == "0"
    navigations: list[str] = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url))

    r = httpx.post(f"{fresh_server}/v1/articles", json={"articles": [{"text": NEWS, "published": "2018-03-12"}]},
                   timeout=300)  # fmt: skip
    assert r.status_code == 200 and r.json()["stored"] == 1, r.text
    stamp = httpx.get(f"{fresh_server}/v1/updated", timeout=60).json()
    assert stamp["articles"] == 1 and stamp["events"] > 0 and stamp["updated"].endswith("Z")

    # the page's own poll notices the change (it asks every few seconds; waited for, not timed)
    page.wait_for_function(
        "(s) => document.querySelector('#updated').dataset.updated === s", arg=stamp["updated"], timeout=120_000
    )
    page.wait_for_function("document.querySelector('#total-events').textContent !== '0'", timeout=120_000)
    settled(page)
    assert page.locator("#updated").inner_text().startswith("last updated ")
    assert navigations == []  # drawn again in place, not reloaded
    assert outside == [] and problems == []
    context.close()
