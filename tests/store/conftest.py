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


# Short news texts written for the export and comparison tests: a clash, an accusation, an
# arrest, a meeting and a march, in three countries.
EXPORT_TEXTS = (
    "Turkish troops shelled Kurdish positions near Afrin on Monday, killing 12 fighters, officials said.\n\n"
    "The Syrian government accused Turkey of violating its sovereignty.",
    "Police arrested twelve protesters in Cairo on Tuesday, witnesses said.\n\n"
    "The French president met the German chancellor in Berlin to discuss the trade deal.",
    "Thousands of protesters marched in Nairobi on Friday against the new tax law.",
)


def coded_store(path: Path, texts: tuple[str, ...]) -> Path:
    """A DuckDB file at ``path`` holding ``texts`` coded with the publication date 2018-03-12."""
    from eventwire import analyze_text
    from eventwire.store import open_store

    with open_store(path) as s:
        for t in texts:
            s.write_analysis(analyze_text(t, published="2018-03-12"))
    return path


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


def add_records(store: Any, records: list[dict[str, Any]]) -> None:
    """Write event records straight into the store's events table, in one transaction."""
    from eventwire.store.rows import EVENT_COLUMNS, event_row

    with store.transaction():
        store.insert_rows("events", EVENT_COLUMNS, [event_row(r, r["article"]["id"]) for r in records])


def incident_tables(store: Any) -> tuple[list[Any], list[Any]]:
    """The incidents and incident_reports tables, in a stable order."""
    return (store.fetch("SELECT * FROM incidents ORDER BY id"),
            store.fetch("SELECT * FROM incident_reports ORDER BY incident_id, position"))  # fmt: skip
