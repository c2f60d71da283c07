"""POST /v1/articles: stored, idempotent, all-or-nothing on invalid input; on a fresh DuckDB file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

A = "Turkish warplanes bombed Kurdish positions near Afrin on Sunday, a war monitor said."
B = "Germany suspended arms sales to Turkey on Friday. The Syrian Democratic Forces urged Turkey to stop the offensive."


@pytest.fixture()
def fresh(tmp_path: Path) -> Iterator[str]:
    pytest.importorskip("eventwire.store", reason="the event store is not in this checkout")
    from eventwire.serve.api import create_app, serve_in_thread

    with serve_in_thread(create_app(db=tmp_path / "w.duckdb")) as url:
        yield url


def _post(url: str, payload: dict[str, object]) -> httpx.Response:
    return httpx.post(f"{url}/v1/articles", json=payload, timeout=120)


def _events(url: str) -> list[dict[str, object]]:
    return httpx.get(f"{url}/v1/events", params={"limit": 1000, "include_negated": True}).json()["events"]


def test_store_then_again_changes_nothing(fresh: str) -> None:
    payload = {
        "articles": [
            {"text": A, "published": "2018-03-12", "title": "Afrin", "url": "https://example.org/a"},
            {"text": B, "published": "2018-03-10"},
        ]
    }
    first = _post(fresh, payload).json()
    assert first["stored"] == 2 and first["unchanged"] == 0
    assert [a["status"] for a in first["articles"]] == ["stored", "stored"]
    events = _events(fresh)
    assert len(events) == first["events"] > 0
    art = httpx.get(f"{fresh}/v1/articles/{first['articles'][0]['id']}").json()
    assert (
        art["text"] == A
        and art["title"] == "Afrin"
        and art["url"] == "https://example.org/a"
        and art["published"] == "2018-03-12"
    )

    second = _post(fresh, payload).json()
    assert second["stored"] == 0 and second["unchanged"] == 2 and second["events"] == 0
    assert [a["id"] for a in second["articles"]] == [a["id"] for a in first["articles"]]
    assert _events(fresh) == events

    third = _post(fresh, {**payload, "replace": True}).json()
    assert third["stored"] == 2 and third["events"] == first["events"]
    assert sorted(e["id"] for e in _events(fresh)) == sorted(e["id"] for e in events)  # replaced, not duplicated


def test_duplicate_inside_one_request_is_stored_once(fresh: str) -> None:
    body = _post(fresh, {"articles": [{"text": A}, {"text": A}]}).json()
    assert body["stored"] == 1 and body["unchanged"] == 1
    assert len({e["id"] for e in _events(fresh)}) == len(_events(fresh))


def test_html_article(fresh: str) -> None:
    html = f"<html><head><title>Afrin</title></head><body><article><h1>Afrin</h1><p>{A}</p></article></body></html>"
    body = _post(fresh, {"articles": [{"html": html, "published": "2018-03-12"}]}).json()
    assert body["stored"] == 1
    art = httpx.get(f"{fresh}/v1/articles/{body['articles'][0]['id']}").json()
    assert "<p>" not in art["text"] and "warplanes" in art["text"]
    for s in art["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(art["text"])


@pytest.mark.parametrize(
    ("articles", "field"),
    [
        ([{"text": A}, {"text": "  "}], "articles.1.text"),
        ([{"text": A}, {"text": B, "published": "10/03/2018"}], "articles.1.published"),
        ([{"text": A}, {"html": "<html><body><script>x()</script></body></html>"}], "articles.1"),
        ([], "articles"),
    ],
)
def test_one_bad_article_stores_nothing(fresh: str, articles: list[dict[str, object]], field: str) -> None:
    r = _post(fresh, {"articles": articles})
    assert r.status_code == 422
    assert r.json()["field"] == field
    assert _events(fresh) == []


def test_missing_articles_key(fresh: str) -> None:
    r = _post(fresh, {"text": A})
    assert r.status_code == 422 and r.json()["field"] in ("articles", "text")
