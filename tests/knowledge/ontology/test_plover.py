"""Tests of the PLOVER ontology tables and helpers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.knowledge.ontology import (
    CATEGORIES,
    CONTEXTS,
    LEGACY_MODES,
    LEGACY_NAMES,
    LEGACY_SWAPS_ROLES,
    MODES,
    QUAD_CLASS,
    normalize_category,
    normalize_mode,
    plover_score,
)

_REPO_ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
REFERENCE = _REPO_ROOT.parent / "shared" / "reference"

COOPERATION = [c for c in CATEGORIES if QUAD_CLASS[c] in (1, 2)]
CONFLICT = [c for c in CATEGORIES if QUAD_CLASS[c] in (3, 4)]
ALL_MODES = [(c, m) for c in CATEGORIES for m in MODES[c]]


def _manual() -> list[str]:
    path = REFERENCE / "PLOVER_MANUAL.tex"
    if not path.is_file():
        pytest.skip("PLOVER reference manual not available")
    return path.read_text(encoding="utf-8").splitlines()


def _tabular_rows(lines: list[str], label: str) -> list[list[str]]:
    """Cells of each row of the (uncommented) tabular that carries ``label``."""
    at = next(i for i, line in enumerate(lines) if line.strip().startswith(f"\\label{{{label}}}"))
    start = max(i for i in range(at) if "\\begin{tabular}" in lines[i] and "%" not in lines[i][:1])
    end = next(i for i in range(start, len(lines)) if "\\end{tabular}" in lines[i])
    rows = []
    for line in lines[start + 1 : end]:
        text = line.strip()
        if text.startswith("%") or "&" not in text:
            continue
        text = re.sub(r"\\cellcolor\{[^}]*\}", "", text).rstrip("\\").strip()
        rows.append([cell.strip() for cell in text.split("&")])
    return rows


def test_sixteen_categories_in_manual_order() -> None:
    assert len(CATEGORIES) == 16
    assert len(set(CATEGORIES)) == 16
    assert CATEGORIES[0] == "AGREE" and CATEGORIES[-1] == "ASSAULT"
    assert all(c.isupper() for c in CATEGORIES)


def test_every_category_has_quad_class_modes_and_score() -> None:
    assert set(QUAD_CLASS) == set(CATEGORIES)
    assert set(MODES) == set(CATEGORIES)
    assert set(QUAD_CLASS.values()) == {1, 2, 3, 4}
    assert QUAD_CLASS["PROTEST"] == 4
    assert QUAD_CLASS["THREATEN"] == 3
    assert QUAD_CLASS["RETREAT"] == 2
    for category in CATEGORIES:
        assert -10.0 <= plover_score(category) <= 10.0


def test_cooperation_scores_positive_conflict_scores_not() -> None:
    for category in COOPERATION:
        assert plover_score(category) > 0, category
    for category in CONFLICT:
        assert plover_score(category) <= 0, category
    # REQUEST is the one conflict category the codebook puts at zero.
    assert [c for c in CONFLICT if plover_score(c) == 0] == ["REQUEST"]


def test_accuse_category_score_is_read_as_negative() -> None:
    assert plover_score("ACCUSE") == -3.0
    assert all(plover_score("ACCUSE", m) < 0 for m in MODES["ACCUSE"])


@pytest.mark.parametrize(("category", "mode"), ALL_MODES)
def test_every_mode_has_a_score_in_range(category: str, mode: str) -> None:
    score = plover_score(category, mode)
    assert -10.0 <= score <= 10.0
    if QUAD_CLASS[category] in (1, 2):
        assert score > 0
    elif category != "REQUEST":
        assert score < 0


def test_mode_specific_scores() -> None:
    assert plover_score("CONSULT", "visit") == 4.0
    assert plover_score("ASSAULT", "unconventional") == -10.0
    assert plover_score("RETREAT", "disarm") == 10.0
    assert plover_score("COERCE", "martial-law") == -7.5
    # A valid mode absent from the score table takes its category's score.
    assert plover_score("PROTEST", "vandalize") == plover_score("PROTEST")


def test_plover_score_accepts_legacy_names_and_spellings() -> None:
    assert plover_score("fight") == plover_score("ASSAULT")
    assert plover_score("INVESTIGATE") == plover_score("ACCUSE", "investigate")
    assert plover_score("assault", "Heavy_Weapons") == plover_score("ASSAULT", "heavy-weapons")
    assert plover_score("FIGHT", "assassinate") == plover_score("ASSAULT", "targeted")


def test_plover_score_rejects_foreign_mode() -> None:
    with pytest.raises(ValueError, match="visit"):
        plover_score("ASSAULT", "visit")


def test_mode_spelling() -> None:
    pattern = re.compile(r"^[a-z]+(-[a-z]+)*$")
    for category, modes in MODES.items():
        assert len(set(modes)) == len(modes), category
        assert all(pattern.match(m) for m in modes), category
    assert MODES["REQUEST"] == MODES["REJECT"] == ("assist", "change", "yield", "meet")
    assert len(MODES["ASSAULT"]) == 15
    assert "suicide-attack" in MODES["ASSAULT"]


def test_contexts() -> None:
    assert len(set(CONTEXTS)) == len(CONTEXTS)
    assert all(re.match(r"^[a-z]+(_[a-z]+)*$", c) for c in CONTEXTS)
    for name in ("military", "intelligence", "political_institutions", "cbrn", "trafficking"):
        assert name in CONTEXTS


@pytest.mark.parametrize("category", CATEGORIES)
def test_normalize_current_names(category: str) -> None:
    assert normalize_category(category) == (category, None)
    assert normalize_category(f"  {category.lower()} ") == (category, None)


def test_legacy_names() -> None:
    assert LEGACY_NAMES == {
        "DEMAND": ("REQUEST", None),
        "DISAPPROVE": ("ACCUSE", None),
        "FIGHT": ("ASSAULT", None),
        "INVESTIGATE": ("ACCUSE", "investigate"),
    }
    assert normalize_category("demand") == ("REQUEST", None)
    assert normalize_category("Investigate") == ("ACCUSE", "investigate")
    for category, mode in LEGACY_NAMES.values():
        assert category in CATEGORIES
        assert mode is None or mode in MODES[category]


@pytest.mark.parametrize("bad", ["", "ATTACK", "yield", "AGREE!"])
def test_normalize_category_errors(bad: str) -> None:
    with pytest.raises(ValueError) as info:
        normalize_category(bad)
    message = str(info.value)
    assert repr(bad) in message
    assert "AGREE" in message and "ASSAULT" in message and "FIGHT" in message


def test_legacy_modes_land_on_current_modes() -> None:
    current = {m for modes in MODES.values() for m in modes}
    assert set(LEGACY_MODES.values()) <= current
    assert LEGACY_MODES["strike-hun"] == "hunger"
    assert LEGACY_MODES["demo-spon"] == LEGACY_MODES["demo-org"] == "demo"
    assert LEGACY_MODES["confiscate"] == "seize"
    assert LEGACY_MODES["detain"] == "arrest"
    assert LEGACY_MODES["host"] == "visit"
    assert LEGACY_SWAPS_ROLES == {"host"}


def test_normalize_mode() -> None:
    assert normalize_mode("PROTEST", "strike-hun") == "hunger"
    assert normalize_mode("FIGHT", "assassinate") == "targeted"
    assert normalize_mode("CONSULT", "host") == "visit"
    assert normalize_mode("COERCE", "MARTIAL_LAW") == "martial-law"
    assert normalize_mode("COERCE", "confiscate") == "seize"
    assert normalize_mode("ASSAULT", None) is None
    assert normalize_mode("ASSAULT", "  ") is None
    assert normalize_mode("INVESTIGATE", None) == "investigate"
    # A legacy mode that has no place in the category is dropped, or refused when strict.
    assert normalize_mode("PROTEST", "troops") is None
    assert normalize_mode("ASSAULT", "massacre") is None
    with pytest.raises(ValueError, match="massacre"):
        normalize_mode("ASSAULT", "massacre", strict=True)
    with pytest.raises(ValueError, match="NOPE"):
        normalize_mode("NOPE", "beat")


@pytest.mark.parametrize(("category", "mode"), ALL_MODES)
def test_current_modes_normalize_to_themselves(category: str, mode: str) -> None:
    assert normalize_mode(category, mode, strict=True) == mode


# --- checks against the codebook itself (skipped when the reference is absent) -------------

_MODE_TABLES = {
    "tab:consultmode": "CONSULT",
    "tab:retreatmode": "RETREAT",
    "tab:requestmode2": "REQUEST",
    "tab:accusemode": "ACCUSE",
    "tab:rejectmode": "REJECT",
    "tab:threatmode": "THREATEN",
    "tab:protestmode": "PROTEST",
    "tab:sanctionmode": "SANCTION",
    "tab:mobilizemode": "MOBILIZE",
    "tab:coerce": "COERCE",
    "tab:violmode": "ASSAULT",
}


def test_modes_match_manual_tables() -> None:
    lines = _manual()
    for label, category in _MODE_TABLES.items():
        names = tuple(row[0] for row in _tabular_rows(lines, label) if row[0] not in ("", "Name"))
        assert names == MODES[category], category
    with_modes = set(_MODE_TABLES.values())
    assert all(MODES[c] == () for c in CATEGORIES if c not in with_modes)


def test_contexts_match_manual_table() -> None:
    lines = _manual()
    start = next(i for i, line in enumerate(lines) if "\\label{tab:general-contexts}" in line)
    end = next(i for i in range(start, len(lines)) if "\\end{longtable}" in lines[i])
    found = []
    for line in lines[start:end]:
        text = line.strip()
        if text.startswith(("%", "\\hline", "Name")) or "&" not in text:
            continue
        cell = text.split("&")[0].strip()
        cell = re.sub(r"\\hyperref\[[^]]*\]\{([^}]*)\}", r"\1", cell).replace("\\_", "_")
        if cell:
            found.append(cell)
    assert tuple(found) == CONTEXTS


def test_quad_classes_match_manual() -> None:
    lines = _manual()
    names = {
        "VERBAL COOPERATION": 1,
        "MATERIAL COOPERATION": 2,
        "VERBAL CONFLICT": 3,
        "MATERIAL CONFLICT": 4,
    }
    seen: dict[str, int] = {}
    current: str | None = None
    for line in lines:
        section = re.match(r"\\section\{([A-Z]+)\}", line.strip())
        if section:
            current = section.group(1) if section.group(1) in CATEGORIES else None
        quad = re.match(r"\\subsection\{Quad category: ([A-Z ]+)\}", line.strip())
        if quad and current is not None and current not in seen:
            seen[current] = names[quad.group(1).strip()]
    assert seen == QUAD_CLASS


def test_scores_match_manual_table() -> None:
    rows = _tabular_rows(_manual(), "tab:ploverscores")
    checked = 0
    for row in rows:
        for name, value in zip(row[0::2], row[1::2]):
            if not name or name.startswith("\\textbf"):
                continue
            category, _, mode = name.partition(":")
            category, mode = category.strip(), mode.strip().lower() or None
            expected = float(value)
            if category == "ACCUSE" and mode is None:
                # Printed without its minus sign; see the comment in ontology/plover.py.
                expected = -abs(expected)
            assert plover_score(category, mode) == expected, name
            checked += 1
    assert checked == len(CATEGORIES) + len(ALL_MODES) - 1  # all but PROTEST vandalize
