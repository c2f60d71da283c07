"""The ``eventwire`` command: a thin shell over the library.

Each module of this package defines the commands of one topic on the shared group
(:data:`eventwire.cli._common.main`); every public module is imported here, so adding a command
is adding a module. See :mod:`eventwire.cli._common` for the exit codes.
"""

from __future__ import annotations

import importlib
import pkgutil

from ._common import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_SETUP, EXIT_USAGE, main

for _mod in sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")):
    importlib.import_module(f"{__name__}.{_mod}")

__all__ = ["EXIT_INPUT", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_SETUP", "EXIT_USAGE", "main"]
