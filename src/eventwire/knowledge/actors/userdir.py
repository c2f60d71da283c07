"""Where user extension files live: ``<user data dir>/actors/``, one ``NNN-<original name>`` file each.

``$EVENTWIRE_DATA_DIR/actors`` when that variable is set, else the platform's user data directory
for eventwire. The knowledge base reads these files (:func:`.kb.default_kb`); :mod:`.userfiles`
adds and removes them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

__all__ = ["user_dir", "user_files"]

_NUMBERED = re.compile(r"^(\d{3})-(.+)$")


def user_dir() -> Path:
    """The folder of user actor files (it may not exist yet)."""
    configured = os.environ.get("EVENTWIRE_DATA_DIR")
    if configured:
        return Path(configured) / "actors"
    import platformdirs

    return Path(platformdirs.user_data_dir("eventwire")) / "actors"


def user_files() -> list[Path]:
    """The added files, oldest first."""
    folder = user_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and _NUMBERED.match(p.name))
