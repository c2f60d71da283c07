"""Shared fixtures. The reference article and its gold file are read from ../shared at test time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "eval" / "seed"


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SEED / "iraq_withdrawal_2018.txt"
    if not path.exists():
        pytest.skip("the shared evaluation folder is not beside the repository")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    path = SEED / "iraq_withdrawal_2018.gold.json"
    if not path.exists():
        pytest.skip("the shared evaluation folder is not beside the repository")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_analysis(seed_text: str, seed_gold: dict[str, Any]) -> Any:
    from eventwire import analyze_text

    return analyze_text(seed_text, published=seed_gold["publication_date"])
