"""The PLOVER event ontology: categories, quad classes, modes, contexts and scores.

Values follow the 2021 PLOVER codebook draft (the one used by POLECAT). Names of the
2016 draft, which the PLOVER gold-standard records still use, are accepted through
``LEGACY_NAMES`` and ``LEGACY_MODES``.
"""

from __future__ import annotations

# The sixteen categories, in the order the codebook presents them.
CATEGORIES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

VERBAL_COOPERATION = 1
MATERIAL_COOPERATION = 2
VERBAL_CONFLICT = 3
MATERIAL_CONFLICT = 4

# Each category's quad class as the codebook assigns it (note PROTEST is material).
QUAD_CLASS: dict[str, int] = {
    "AGREE": VERBAL_COOPERATION,
    "CONSULT": VERBAL_COOPERATION,
    "SUPPORT": VERBAL_COOPERATION,
    "CONCEDE": VERBAL_COOPERATION,
    "COOPERATE": MATERIAL_COOPERATION,
    "AID": MATERIAL_COOPERATION,
    "RETREAT": MATERIAL_COOPERATION,
    "REQUEST": VERBAL_CONFLICT,
    "ACCUSE": VERBAL_CONFLICT,
    "REJECT": VERBAL_CONFLICT,
    "THREATEN": VERBAL_CONFLICT,
    "PROTEST": MATERIAL_CONFLICT,
    "SANCTION": MATERIAL_CONFLICT,
    "MOBILIZE": MATERIAL_CONFLICT,
    "COERCE": MATERIAL_CONFLICT,
    "ASSAULT": MATERIAL_CONFLICT,
}

# REQUEST and REJECT share one set of modes.
_ASK_MODES: tuple[str, ...] = ("assist", "change", "yield", "meet")

# Modes per category, spelled as the codebook spells them (lower case, hyphenated).
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": _ASK_MODES,
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": _ASK_MODES,
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": (
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    ),
    "ASSAULT": (
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    ),
}

# General contexts usable with any category, in codebook order (snake_case).
CONTEXTS: tuple[str, ...] = (
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "reparations",
    "human_rights",
    "rights_freedoms",
    "repression",
    "human_security",
    "gender",
    "lgbt",
    "religion_ethnicity",
    "inequality",
    "diplomatic",
    "territory",
    "peacekeeping",
    "health",
    "asylum",
    "migration",
    "disasters",
    "natural_resource",
    "environment",
    "technology",
    "terrorism",
    "cbrn",
    "cyber",
    "misinformation",
    "crime",
    "corruption",
    "illegal_drugs",
    "trafficking",
)

# Conflict-cooperation score of each category (the codebook's shaded rows).
_CATEGORY_SCORES: dict[str, float] = {
    "AGREE": 2.5,
    "CONSULT": 2.5,
    "SUPPORT": 5.0,
    "CONCEDE": 4.5,
    "COOPERATE": 9.5,
    "AID": 10.0,
    "RETREAT": 6.5,
    "REQUEST": 0.0,
    # The codebook's table prints ACCUSE as a positive 3. We read that as a lost minus
    # sign: ACCUSE is verbal conflict and all three of its modes score between -2 and
    # -3.5, so the category score is taken to be -3.
    "ACCUSE": -3.0,
    "REJECT": -2.0,
    "THREATEN": -3.5,
    "PROTEST": -5.0,
    "SANCTION": -6.0,
    "MOBILIZE": -5.5,
    "COERCE": -7.0,
    "ASSAULT": -9.0,
}

# Mode-specific scores; a mode missing here (e.g. PROTEST vandalize) gets its category's.
_MODE_SCORES: dict[tuple[str, str], float] = {
    ("CONSULT", "visit"): 4.0,
    ("CONSULT", "third-party"): 1.0,
    ("CONSULT", "multilateral"): 4.0,
    ("CONSULT", "phone"): 1.5,
    ("RETREAT", "withdraw"): 8.0,
    ("RETREAT", "release"): 6.5,
    ("RETREAT", "disarm"): 10.0,
    ("RETREAT", "ceasefire"): 7.5,
    ("RETREAT", "access"): 6.5,
    ("RETREAT", "resign"): 4.5,
    ("REQUEST", "assist"): 0.5,
    ("REQUEST", "change"): -1.0,
    ("REQUEST", "yield"): -1.0,
    ("REQUEST", "meet"): 0.0,
    ("ACCUSE", "disapprove"): -2.0,
    ("ACCUSE", "investigate"): -3.5,
    ("ACCUSE", "allege"): -3.5,
    ("REJECT", "assist"): -1.5,
    ("REJECT", "change"): -2.0,
    ("REJECT", "yield"): -2.0,
    ("REJECT", "meet"): -2.0,
    ("THREATEN", "restrict"): -3.0,
    ("THREATEN", "arrest"): -3.5,
    ("THREATEN", "relations"): -3.5,
    ("THREATEN", "expel"): -3.5,
    ("THREATEN", "territory"): -4.0,
    ("THREATEN", "violence"): -3.5,
    ("PROTEST", "demo"): -5.0,
    ("PROTEST", "riot"): -7.0,
    ("PROTEST", "strike"): -5.0,
    ("PROTEST", "hunger"): -4.5,
    ("PROTEST", "boycott"): -4.5,
    ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6.0,
    ("SANCTION", "expel"): -5.5,
    ("SANCTION", "withdraw"): -6.0,
    ("SANCTION", "discontinue"): -6.0,
    ("MOBILIZE", "troops"): -6.5,
    ("MOBILIZE", "weapons"): -6.5,
    ("MOBILIZE", "police"): -5.5,
    ("MOBILIZE", "militia"): -6.0,
    ("COERCE", "seize"): -7.0,
    ("COERCE", "restrict"): -7.0,
    ("COERCE", "censor"): -6.5,
    ("COERCE", "curfew"): -6.5,
    ("COERCE", "martial-law"): -7.5,
    ("COERCE", "arrest"): -7.0,
    ("COERCE", "deport"): -7.0,
    ("COERCE", "withhold"): -7.0,
    ("COERCE", "misinformation"): -6.5,
    ("COERCE", "cyber"): -7.0,
    ("ASSAULT", "abduct"): -8.5,
    ("ASSAULT", "beat"): -7.5,
    ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5,
    ("ASSAULT", "targeted"): -9.5,
    ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "primitive"): -8.0,
    ("ASSAULT", "firearms"): -9.0,
    ("ASSAULT", "explosives"): -9.0,
    ("ASSAULT", "suicide-attack"): -9.5,
    ("ASSAULT", "aerial"): -9.5,
    ("ASSAULT", "drone"): -9.5,
    ("ASSAULT", "heavy-weapons"): -9.5,
    ("ASSAULT", "crowd-control"): -7.5,
    ("ASSAULT", "unconventional"): -10.0,
}

# 2016 category names -> (current category, mode the old name implies).
LEGACY_NAMES: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", None),
    "FIGHT": ("ASSAULT", None),
    "INVESTIGATE": ("ACCUSE", "investigate"),
}

# 2016 mode names -> current modes. Only mappings we can defend are listed; other old
# modes (e.g. "massacre", "cleansing") have no current equivalent and normalise to None.
LEGACY_MODES: dict[str, str] = {
    # PROTEST: organised and spontaneous variants merged into one mode each.
    "strike-hun": "hunger",
    "demo-org": "demo",
    "demo-spon": "demo",
    "riot-spon": "riot",
    "riot": "riot",
    "obstruct": "obstruct",
    # ASSAULT (formerly FIGHT)
    "heavy-weapons": "heavy-weapons",
    "suicide-attack": "suicide-attack",
    "assassinate": "targeted",
    "explosives": "explosives",
    "firearms": "firearms",
    "primitive": "primitive",
    "beat": "beat",
    "torture": "torture",
    "destroy": "destroy",
    # COERCE
    "confiscate": "seize",
    "curfew": "curfew",
    "martial-law": "martial-law",
    "censor": "censor",
    "detain": "arrest",
    "restrict": "restrict",
    # MOBILIZE
    "troops": "troops",
    # CONSULT: "host" is the other side of a visit, so it becomes "visit" and the
    # caller must swap actor and recipient (see LEGACY_SWAPS_ROLES).
    "visit": "visit",
    "host": "visit",
    "multilateral": "multilateral",
    # THREATEN
    "relations": "relations",
    "violence": "violence",
}

# Legacy modes whose current equivalent reverses who is actor and who is recipient.
LEGACY_SWAPS_ROLES: frozenset[str] = frozenset({"host"})


def _clean_mode(mode: str) -> str:
    return mode.strip().lower().replace("_", "-").replace(" ", "-")


def normalize_category(name: str) -> tuple[str, str | None]:
    """Map a current or 2016 category name (any case) to (category, implied mode)."""
    key = name.strip().upper()
    if key in QUAD_CLASS:
        return key, None
    if key in LEGACY_NAMES:
        return LEGACY_NAMES[key]
    valid = ", ".join(CATEGORIES)
    legacy = ", ".join(LEGACY_NAMES)
    raise ValueError(f"unknown PLOVER category {name!r}; expected one of {valid} (or the 2016 names {legacy})")


def normalize_mode(category: str, mode: str | None, *, strict: bool = False) -> str | None:
    """Map a current or 2016 mode to a current mode of ``category``.

    Returns the mode implied by a legacy category name when ``mode`` is None, and None
    when no current mode fits; with ``strict=True`` that last case raises ValueError.
    """
    cat, implied = normalize_category(category)
    if mode is None or not mode.strip():
        return implied
    cleaned = _clean_mode(mode)
    candidate = LEGACY_MODES.get(cleaned, cleaned)
    if candidate in MODES[cat]:
        return candidate
    if strict:
        allowed = ", ".join(MODES[cat]) or "none"
        raise ValueError(f"mode {mode!r} does not fit PLOVER category {cat}; its modes are: {allowed}")
    return implied


def plover_score(category: str, mode: str | None = None) -> float:
    """Conflict-cooperation score (-10..10) of a category, mode-specific where known.

    Legacy names and modes are accepted; a mode that is not valid for the category
    raises ValueError.
    """
    cat, _ = normalize_category(category)
    resolved = normalize_mode(category, mode, strict=True)
    if resolved is not None:
        return _MODE_SCORES.get((cat, resolved), _CATEGORY_SCORES[cat])
    return _CATEGORY_SCORES[cat]
