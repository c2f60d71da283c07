"""Floors on the PLOVER gold-standard figures at the levels the project committed to, so a
regression fails. The gold file is read from ../shared at test time and never copied."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluation import Report, evaluate

pytestmark = pytest.mark.slow

GSR = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "plover_gsr_dev.json"

# The acceptance levels of the accuracy and actor issues; measured figures are in
# docs/accuracy.md (regenerate with the command it names).
FLOORS = {
    "category_accuracy": 0.85,
    "macro_f1": 0.80,
    "actor_country_accuracy": 0.90,
    "recipient_country_accuracy": 0.80,
    "actor_sector_accuracy": 0.75,
    "mode_accuracy": 0.70,
}
# The gold standard codes one event per sentence, so a second true event of a sentence ("have
# tortured refugees, whom authorities blame for the conflict") counts as extra: the ceiling
# leaves room for a few such sentences (0.104 measured, 17 of 163).
CEILINGS = {"extra_event_share": 0.11, "no_event_share": 0.06}


@pytest.fixture(scope="module")
def report() -> Report:
    if not GSR.exists():
        pytest.skip("the shared evaluation folder is not beside the repository")
    return evaluate(GSR)


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_floor(report: Report, figure: str) -> None:
    value = report.summary()[figure]
    assert isinstance(value, float) and value >= FLOORS[figure], f"{figure} = {value}"


@pytest.mark.parametrize("figure", sorted(CEILINGS))
def test_ceiling(report: Report, figure: str) -> None:
    value = report.summary()[figure]
    assert isinstance(value, float) and value <= CEILINGS[figure], f"{figure} = {value}"


def test_every_record_scored_once(report: Report) -> None:
    s = report.summary()
    assert s["records"] == 164 and sum(sum(c.values()) for c in report.confusion.values()) == 164
