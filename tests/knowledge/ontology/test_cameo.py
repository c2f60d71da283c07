"""Tests of the CAMEO code table, Goldstein scores and the CAMEO-to-PLOVER translation."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from eventwire.knowledge.ontology import (
    CAMEO_CODES,
    CATEGORIES,
    CONTEXTS,
    MODES,
    CameoCode,
    cameo_to_plover,
    goldstein,
    quad_class_of_cameo,
)

_REPO_ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
REFERENCE = _REPO_ROOT.parent / "shared" / "reference"

ROOTS = [f"{n:02d}" for n in range(1, 21)]

# Last three-digit code under each root in the CAMEO codebook.
LAST_CHILD = {
    "01": 9, "02": 8, "03": 9, "04": 6, "05": 7, "06": 4, "07": 5, "08": 7, "09": 4, "10": 8,
    "11": 6, "12": 9, "13": 9, "14": 5, "15": 4, "16": 6, "17": 5, "18": 6, "19": 6, "20": 4,
}  # fmt: skip
THREE_DIGIT = [f"{root}{n}" for root, last in LAST_CHILD.items() for n in range(last + 1)]

# Codes where our category deliberately differs from the 2021 CAMEO-to-PLOVER table,
# each for a reason the PLOVER codebook gives.
DELIBERATE_DISAGREEMENTS = {
    "055": "apologies and regret are CONCEDE in the codebook (table says SUPPORT)",
    "0813": "the codebook calls lifting a curfew a verbal concession (table says RETREAT)",
    "0814": "ending emergency rule is the same concession as lifting a curfew (RETREAT)",
    "0871": "declared, not implemented, ceasefires are CONCEDE (table says RETREAT)",
    "116": "court findings of guilt are SANCTION convict (table says ACCUSE)",
    "163": "international sanctions are SANCTION discontinue (table says COERCE)",
}


def test_all_roots_and_three_digit_codes_present() -> None:
    for code in ROOTS + THREE_DIGIT:
        assert code in CAMEO_CODES, code
    # 176 (cyber attack) is a later addition beyond the original 17x range.
    assert {c for c in CAMEO_CODES if len(c) == 3} == set(THREE_DIGIT) | {"176"}
    assert sum(len(code) == 4 for code in CAMEO_CODES) >= 100


def test_code_records() -> None:
    for key, entry in CAMEO_CODES.items():
        assert isinstance(entry, CameoCode)
        assert entry.code == key
        assert re.fullmatch(r"\d{2,4}", key)
        assert entry.root == key[:2] and entry.root in ROOTS
        assert entry.name and len(entry.name) <= 60
        if len(key) > 2:
            assert key[:-1] in CAMEO_CODES or key[:2] in CAMEO_CODES, key
    with pytest.raises(dataclasses.FrozenInstanceError):
        CAMEO_CODES["190"].goldstein = 0.0  # type: ignore[misc]


def test_goldstein_values_in_range() -> None:
    for code, entry in CAMEO_CODES.items():
        assert -10.0 <= entry.goldstein <= 10.0, code
        quad = quad_class_of_cameo(code)
        if quad == 2:
            assert entry.goldstein > 0, code
        elif quad == 4:
            assert entry.goldstein < 0, code


def test_goldstein_root_and_spot_values() -> None:
    roots = [0.0, 3.0, 4.0, 1.0, 3.5, 6.0, 7.0, 5.0, -2.0, -5.0,
             -2.0, -4.0, -6.0, -6.5, -7.2, -4.0, -7.0, -9.0, -10.0, -10.0]  # fmt: skip
    assert [goldstein(r) for r in ROOTS] == roots
    assert goldstein("138") == -7.0
    assert goldstein("190") == -10.0
    assert goldstein("173") == -5.0
    assert goldstein("057") == 8.0
    assert goldstein("0874") == 10.0


def test_goldstein_prefix_fallback() -> None:
    assert goldstein("1389") == goldstein("138")
    assert goldstein(" 0399 ") == goldstein("039")
    assert goldstein("99") is None
    assert goldstein("1") is None
    assert goldstein("abc") is None
    assert goldstein("") is None


@pytest.mark.parametrize(("root", "quad"), [(r, 1 + (int(r) > 5) + (int(r) > 8) + (int(r) > 14))
                                            for r in ROOTS])  # fmt: skip
def test_quad_class_of_roots(root: str, quad: int) -> None:
    assert quad_class_of_cameo(root) == quad
    assert quad_class_of_cameo(f"{root}0") == quad


def test_quad_class_examples_and_errors() -> None:
    assert quad_class_of_cameo("0211") == 1
    assert quad_class_of_cameo("0841") == 2
    assert quad_class_of_cameo("1125") == 3
    assert quad_class_of_cameo("2042") == 4
    for bad in ("00", "21", "x1", "1", "12345", ""):
        with pytest.raises(ValueError):
            quad_class_of_cameo(bad)


def test_translation_uses_valid_plover_values() -> None:
    translated = 0
    for code in CAMEO_CODES:
        try:
            category, mode, context = cameo_to_plover(code)
        except ValueError:
            assert code.startswith("01"), code
            continue
        translated += 1
        assert category in CATEGORIES, code
        assert mode is None or mode in MODES[category], code
        assert context is None or context in CONTEXTS, code
    assert translated >= len(CAMEO_CODES) - 12


def test_translation_examples() -> None:
    assert cameo_to_plover("190") == ("ASSAULT", None, "military")
    assert cameo_to_plover("1831") == ("ASSAULT", "suicide-attack", None)
    assert cameo_to_plover("043")[:2] == ("CONSULT", "visit")
    assert cameo_to_plover("0211")[0] == "REQUEST"
    assert cameo_to_plover("173")[:2] == ("COERCE", "arrest")
    assert cameo_to_plover("1389") == cameo_to_plover("138")  # longest known prefix


@pytest.mark.parametrize("code", ["010", "01", "0105", "99", "abc", ""])
def test_translation_errors(code: str) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(code))):
        cameo_to_plover(code)


def _reference_table() -> dict[str, set[str]]:
    path = REFERENCE / "CAMEO2PLOVER-2021.txt"
    if not path.is_file():
        pytest.skip("CAMEO-to-PLOVER reference table not available")
    table: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        found = re.match(r"\s*(\d{2,4})\s*:\s*([A-Z]+)", line)
        if found:
            # A code may appear more than once (the 08 root is split over two categories).
            table.setdefault(found.group(1), set()).add(found.group(2))
    return table


def test_agrees_with_reference_table_on_category() -> None:
    reference = _reference_table()
    compared = 0
    disagreements: dict[str, tuple[str, set[str]]] = {}
    for code, categories in sorted(reference.items()):
        if code not in CAMEO_CODES:
            continue
        try:
            ours = cameo_to_plover(code)[0]
        except ValueError:
            continue
        compared += 1
        if ours not in categories:
            disagreements[code] = (ours, categories)
    assert compared >= 250
    assert set(disagreements) == set(DELIBERATE_DISAGREEMENTS), disagreements
