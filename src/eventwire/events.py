"""Deprecated alias of :mod:`eventwire.coding.events` (moved in 0.1.x; this path goes in 0.2.0)."""

from ._deprecated import moved
from .coding import events as _new

moved(__name__, _new)
