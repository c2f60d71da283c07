"""Confidence that means something: the probability that a record is right in every field.

``confidence`` is a logistic model over what the record shows about itself (how its parties
were found, whether its date and place come from its own clause, which category and rule
fired...), fitted on the ``dev`` split of the gold corpus to the question "is this output right
in category, actor, recipient, place, date and factuality?" (``eval/tools/calibrate.py``). Among
records with confidence around 0.8, about 8 in 10 should be right; ``docs/accuracy.md`` shows the
reliability table measured on the ``test`` split.

The weights ship in ``knowledge/calibration/confidence.json``; without that file the heuristic
score the coder computed is kept.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

from ..knowledge.ontology import CATEGORIES
from ..record import Event

_RESOLVED_HOW = ("kb_", "country", "capital", "demonym", "agent", "coreference", "role", "apposition", "speaker")


def features(e: Event) -> dict[str, float]:
    """The record's own signals, by name (0/1 unless said otherwise)."""

    def resolved(parties: list[Any]) -> bool:
        return any(p.country or p.kb_id for p in parties)

    f: dict[str, float] = {
        "bias": 1.0,
        "heuristic": e.confidence,
        "actor_resolved": float(resolved(e.actor)),
        "actor_unresolved": float(bool(e.actor) and not resolved(e.actor)),
        "actor_kb": float(any(p.kb_id for p in e.actor)),
        "actor_context": float(any("+" in (p.resolved_by or "") for p in e.actor)),
        "recipient_resolved": float(resolved(e.recipient)),
        "recipient_none": float(not e.recipient),
        "date_sentence": float(e.date_source == "sentence"),
        "date_none": float(e.date is None),
        "located": float(e.location is not None),
        "city": float(e.location is not None and e.location.precision == "city"),
        "converted": float(" +" in (e.rule or "")),
        "multiword": float(" " in e.trigger.text),
        "restated": float(bool(e.restated)),
        "reported": float(e.reported_by is not None),
        "quoted": float(e.quote is not None),
        "mode": float(e.mode is not None),
        "long_sentence": min(len(e.sentence.text) / 300.0, 2.0),
    }
    for c in CATEGORIES:
        f[f"cat_{c}"] = float(e.event_type == c)
    return f


@lru_cache(maxsize=1)
def _model() -> dict[str, Any] | None:
    try:
        raw = resources.files("eventwire.knowledge.calibration").joinpath("confidence.json").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None
    return json.loads(raw)


def probability(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def calibrate(events: list[Event]) -> None:
    """Set each event's ``confidence`` to the calibrated probability (in place)."""
    model = _model()
    if model is None:
        return
    w = model["weights"]
    for e in events:
        e.confidence = round(probability(w, features(e)), 3)
