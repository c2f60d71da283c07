"""POST /v1/code and the error answers every endpoint shares (422, 413, 404), on a real server."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

import eventwire

SAMPLE = Path(eventwire.__file__).parent / "examples" / "sample_article.txt"

TEXT = "Iraqi militias threatened to attack US forces on Monday."


def _post(url: str, **kw: object) -> httpx.Response:
    return httpx.post(f"{url}/v1/code", timeout=120, **kw)  # type: ignore[arg-type]


def test_code_text_returns_events_with_evidence(bare: str) -> None:
    r = _post(bare, json={"text": TEXT, "published": "2018-02-06"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["text"] == TEXT
    assert body["article"]["published"] == "2018-02-06"
    assert body["events"], "a threat with an actor and a recipient is coded"
    ev = body["events"][0]
    assert ev["event_type"] == "THREATEN"
    assert ev["date"] == "2018-02-05"  # "on Monday" against the publication date
    for field in ("trigger", "sentence"):
        s = ev[field]
        assert TEXT[s["start"]:s["end"]] == s["text"]
    for actor in ev["actor"] + ev["recipient"]:
        assert TEXT[actor["start"]:actor["end"]] == actor["text"]
    kinds = {s["kind"] for s in body["spans"] if s["event"] == ev["id"]}
    assert {"sentence", "trigger", "actor", "recipient"} <= kinds


def test_code_matches_the_library(bare: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    r = _post(bare, json={"text": text, "published": "2018-03-12"})
    assert r.status_code == 200, r.text
    expected = [e.to_dict() for e in eventwire.code_text(text, published="2018-03-12")]
    assert r.json()["events"] == expected


def test_code_html_extracts_the_text(bare: str) -> None:
    html = (
        "<html><head><title>Offensive</title></head><body><nav>Home | World</nav><article>"
        "<h1>Turkey presses offensive</h1><p>Turkish warplanes bombed Kurdish positions near Afrin on Sunday, "
        "a war monitor said.</p><p>The Syrian Democratic Forces urged Turkey to stop the "
        "offensive.</p></article></body></html>"
    )
    r = _post(bare, json={"html": html, "published": "2018-03-12"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert "<p>" not in body["text"] and "warplanes" in body["text"]
    assert {e["event_type"] for e in body["events"]} >= {"ASSAULT"}
    for ev in body["events"]:
        t = ev["trigger"]
        assert body["text"][t["start"]:t["end"]] == t["text"]


def test_include_negated(bare: str) -> None:
    text = "Russian forces did not shell the village on Monday."
    plain = _post(bare, json={"text": text}).json()["events"]
    withneg = _post(bare, json={"text": text, "include_negated": True}).json()["events"]
    assert all(not e["aux"]["negated"] for e in plain)
    assert any(e["aux"]["negated"] for e in withneg)


def test_facts_by_default_and_every_event_when_asked(bare: str) -> None:
    text = "Moscow denied that its troops had shelled the village on Monday."
    plain = _post(bare, json={"text": text}).json()["events"]
    every = _post(bare, json={"text": text, "include_nonfactual": True}).json()["events"]
    assert not [e for e in plain if e["event_type"] == "ASSAULT"]
    assert [e for e in every if e["event_type"] == "ASSAULT" and e["aux"]["denied"]]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": TEXT, "published": "2018-13-01"}, "published"),
        ({"text": "   "}, "text"),
        ({"html": ""}, "html"),
        ({"text": 42}, "text"),
        ({"text": TEXT, "colour": "red"}, "colour"),
        ({}, "body"),
        ({"text": TEXT, "html": "<p>x</p>"}, "body"),
    ],
)
def test_invalid_body_names_the_field(bare: str, body: dict[str, object], field: str) -> None:
    r = _post(bare, json=body)
    assert r.status_code == 422
    err = r.json()
    assert err["status"] == 422 and err["field"] == field
    assert "\n" not in err["error"] and err["error"]


def test_malformed_json_is_422(bare: str) -> None:
    r = _post(bare, content=b'{"text": "unterminated', headers={"Content-Type": "application/json"})
    assert r.status_code == 422
    assert r.json()["field"] == "body" and "not valid JSON" in r.json()["error"]


def test_not_json_content_type_is_refused(bare: str) -> None:
    # A page on another site can send text/plain without a preflight; it must not be accepted.
    r = _post(bare, content=b'{"text": "Turkey bombed Afrin."}', headers={"Content-Type": "text/plain"})
    assert r.status_code == 422
    assert "application/json" in r.json()["error"]


def test_html_without_text_is_422(bare: str) -> None:
    r = _post(bare, json={"html": "<html><body><script>var a = 1;</script></body></html>"})
    assert r.status_code == 422
    assert "empty" in r.json()["error"]


def test_body_over_the_limit_is_413(bare: str) -> None:
    big = b'{"text": "' + b"a" * 5_100_000 + b'"}'
    r = _post(bare, content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert "limit" in r.json()["error"]


def test_streamed_body_over_the_limit_is_413(bare: str) -> None:
    def chunks():  # no Content-Length: the limit is enforced while reading
        yield b'{"text": "'
        for _ in range(60):
            yield b"a" * 100_000
        yield b'"}'

    r = _post(bare, content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def test_body_under_the_limit_is_read(bare: str) -> None:
    # just under 5 MB of JSON whitespace around a small text: accepted, so the limit is the one announced
    body = b'{"text": "Turkey bombed Afrin."}' + b" " * 4_900_000
    r = _post(bare, content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text[:200]


def test_unknown_endpoint_and_method(bare: str) -> None:
    r = httpx.get(f"{bare}/v1/nothing")
    assert r.status_code == 404 and "no such endpoint" in r.json()["error"]
    r = httpx.get(f"{bare}/v1/code")
    assert r.status_code == 405 and r.json()["status"] == 405
