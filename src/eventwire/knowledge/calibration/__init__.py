"""Fitted models that ship with eventwire: the confidence calibration (eventwire.coding.confidence)."""
