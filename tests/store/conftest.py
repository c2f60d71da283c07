"""Fixtures of the store tests: a few short news texts written for these tests, coded once."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

TEXTS = {
    "clash": (
        "Turkish troops shelled Kurdish positions near Afrin on Monday, officials said.\n\n"
        "The Syrian government accused Turkey of violating its sovereignty."
    ),
    "talks": (
        "The French president met the German chancellor in Berlin on Tuesday to discuss the trade deal.\n\n"
        "Police arrested twelve protesters outside the chancellery, witnesses said."
    ),
    "iran": "Iran accused the United States of violating the nuclear deal on Thursday.",
}


@pytest.fixture(scope="session")
def analyses() -> dict[str, Any]:
    from eventwire import analyze_text

    return {k: analyze_text(t, published="2018-03-12", source=f"{k}.txt") for k, t in TEXTS.items()}


@pytest.fixture()
def store(tmp_path: Path) -> Any:
    from eventwire.store import open_store

    with open_store(tmp_path / "events.duckdb") as s:
        yield s


def _negated_copy(analysis: Any) -> Any:
    first = analysis.events[0]
    ev = dataclasses.replace(first, aux=dataclasses.replace(first.aux, negated=True))
    return dataclasses.replace(analysis, events=[ev, *analysis.events[1:]])


@pytest.fixture()
def negated_copy() -> Any:
    """A function: the same analysis with its first event under negation (aux.negated)."""
    return _negated_copy
