"""PLOVER and CAMEO ontologies: categories, modes, contexts, scores and translations."""

from __future__ import annotations

from .cameo import (
    CAMEO_CODES,
    CameoCode,
    cameo_to_plover,
    goldstein,
    quad_class_of_cameo,
)
from .plover import (
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

__all__ = [
    "CAMEO_CODES",
    "CATEGORIES",
    "CONTEXTS",
    "LEGACY_MODES",
    "LEGACY_NAMES",
    "LEGACY_SWAPS_ROLES",
    "MODES",
    "QUAD_CLASS",
    "CameoCode",
    "cameo_to_plover",
    "goldstein",
    "normalize_category",
    "normalize_mode",
    "plover_score",
    "quad_class_of_cameo",
]
