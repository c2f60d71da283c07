"""Old import paths kept for one release (0.1.x): each shim module calls :func:`moved`.

A shim makes the old name an alias of the new module (the same module object, so a class or a
monkeypatch seen through either name is the same) and emits a :class:`DeprecationWarning`.
The old paths are listed in ``CHANGELOG.md`` and go in 0.2.0.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import warnings
from types import ModuleType


def moved(old: str, new: ModuleType) -> None:
    """Make module ``old`` an alias of ``new`` (and, for a package, of each of its submodules)."""
    warnings.warn(f"{old} is deprecated: import {new.__name__} instead (the old path goes in eventwire 0.2.0)",
                  DeprecationWarning, stacklevel=3)
    sys.modules[old] = new
    for info in pkgutil.iter_modules(getattr(new, "__path__", [])):
        sub = importlib.import_module(f"{new.__name__}.{info.name}")
        sys.modules[f"{old}.{info.name}"] = sub
