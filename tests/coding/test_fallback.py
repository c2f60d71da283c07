"""The learned fallback (eventwire.coding.fallback): features, a model's round trip, and its place in the coder."""

from __future__ import annotations

import numpy as np

from eventwire.coding import fallback
from eventwire.coding.pipeline import parse


def _verb(text: str, lemma: str):
    return next(t for t in parse(text) if t.lemma_ == lemma)


def test_features_name_the_verb_its_object_class_and_its_prepositions() -> None:
    feats = fallback.features(_verb("The army reinforced troops on Monday.", "reinforce"))
    assert {"v=reinforce", "obj=troop", "objcls=armed_force", "v+objcls=reinforce_armed_force"} <= set(feats)
    feats = fallback.features(_verb("Rebels fired at a police post.", "fire"))
    assert "v+prep=fire_at" in feats


def test_a_model_predicts_and_survives_a_round_trip() -> None:
    vocab = ["v=reinforce", "objcls=armed_force", "v=say"]
    labels = [fallback.NONE, "MOBILIZE"]
    w = np.array([[-2.0, 2.0], [-1.0, 1.0], [2.0, -2.0]])
    model = fallback.Model(vocab, labels, w, np.zeros(2))
    again = fallback.Model.from_bytes(model.save())
    assert again.predict(["v=reinforce", "objcls=armed_force"])[0] == "MOBILIZE"
    assert again.predict(["v=say"])[0] == fallback.NONE
    assert again.labels == labels


def test_without_shipped_weights_the_fallback_is_off() -> None:
    # the measured model did not earn its place on the test split (docs/accuracy.md): none ships
    assert fallback.default_model() is None


def test_the_threshold_travels_with_the_weights() -> None:
    model = fallback.Model(["v=reinforce"], [fallback.NONE, "MOBILIZE"], np.array([[-1.0, 1.0]]), np.zeros(2),
                           threshold=0.85)  # fmt: skip
    assert fallback.Model.from_bytes(model.save()).threshold == 0.85


def test_the_model_is_asked_only_about_clause_heads_no_rule_covers() -> None:
    doc = parse("The minister said troops reinforced the border and rebels withdrew.")
    tokens = list(doc)
    by_lemma = {t.lemma_: t for t in tokens}
    heads = {t.lemma_ for t in fallback.asked(tokens, set(), skip=frozenset({"say"}))}
    assert {"reinforce", "withdraw"} <= heads and "say" not in heads
    covered = {by_lemma["withdraw"].i}
    assert "withdraw" not in {t.lemma_ for t in fallback.asked(tokens, covered, skip=frozenset({"say"}))}
