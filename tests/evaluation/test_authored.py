"""Regression sentences written for eventwire, a few per category and phrasing (never gold text)."""

from __future__ import annotations

import pytest
from authored_sentences import AUTHORED

from eventwire import Event, code_texts

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coded() -> dict[str, list[Event]]:
    texts = [s for s, _, _ in AUTHORED]
    return dict(zip(texts, code_texts(texts)))


@pytest.mark.parametrize(
    ("sentence", "category", "mode"), AUTHORED, ids=[f"{c}-{i}" for i, (_, c, _) in enumerate(AUTHORED)]
)
def test_category_and_mode(coded: dict[str, list[Event]], sentence: str, category: str, mode: str | None) -> None:
    got = [(e.event_type, e.mode) for e in coded[sentence]]
    assert any(c == category and (mode is None or m == mode) for c, m in got), f"expected {category}/{mode}, got {got}"


def test_every_category_is_covered() -> None:
    from eventwire.knowledge.ontology import CATEGORIES

    assert {c for _, c, _ in AUTHORED} == set(CATEGORIES)


def test_events_carry_cameo_goldstein_quad_class_and_plover_score(coded: dict[str, list[Event]]) -> None:
    from eventwire.knowledge.ontology import CAMEO_CODES, QUAD_CLASS, plover_score

    events = [e for evs in coded.values() for e in evs]
    assert events
    for e in events:
        assert e.cameo.code in CAMEO_CODES, e.rule
        assert e.cameo.goldstein == CAMEO_CODES[e.cameo.code].goldstein
        assert e.cameo.quad_class == QUAD_CLASS[e.event_type]
        assert e.plover_score == plover_score(e.event_type, e.mode)
