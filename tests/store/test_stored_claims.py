"""Stored claims and their contradictions, on a small generated corpus of several countries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

# (city, weekday, figure, who says so): two outlets per protest, with figures that disagree
PROTESTS = [
    ("Gao", "Monday", 20, "police"), ("Gao", "Monday", 90, "witnesses"),
    ("Nairobi", "Thursday", 45, "police"), ("Nairobi", "Thursday", 300, "organisers"),
    ("Lagos", "Tuesday", 12, "police"), ("Karachi", "Wednesday", 150, "a rights group"),
    ("Cairo", "Monday", 7, "officials"), ("Bamako", "Tuesday", 60, "a union"),
]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from eventwire import analyze_text
    from eventwire.store import open_store
    from eventwire.store.incidents import recluster

    path = tmp_path_factory.mktemp("claims") / "c.duckdb"
    with open_store(path) as store:
        for i, (city, day, n, who) in enumerate(PROTESTS):
            text = f"Police arrested {n} protesters in {city} on {day}, {who} said.\n\nStory {i}."
            store.write_analysis(analyze_text(text, published="2019-03-15", source=f"s{i}.txt"))
        recluster(store)
    return path


def test_contradictions_pair_claims_about_one_protest_only(db: Path) -> None:
    from eventwire.store import open_store
    from eventwire.store.claims import stored_claims, stored_contradictions

    with open_store(db, read_only=True) as store:
        claims = stored_claims(store, unit="arrested", limit=None)
        found = stored_contradictions(store)
    assert {c["location"]["name"] for c in claims if c.get("location")} >= {"Cairo", "Nairobi", "Lagos"}
    pairs = {frozenset((c.a["quantity"], c.b["quantity"])) for c in found}
    assert pairs == {frozenset((20, 90)), frozenset((45, 300))}
    for c in found:
        assert (c.a["location"] or {}).get("country") == (c.b["location"] or {}).get("country")
        assert set(c.a["event_types"]) & set(c.b["event_types"]) == {"COERCE"}


def test_claims_command_lists_the_contradictions(db: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    res: Any = CliRunner().invoke(main, ["claims", "--db", str(db), "--contradictions"])
    assert res.exit_code == 0, res.output
    assert len([line for line in res.output.splitlines() if " vs " in line]) == 2
