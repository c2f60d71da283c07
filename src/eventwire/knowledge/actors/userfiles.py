"""User extension files: actor files a user adds, read on top of the bundled knowledge base.

Files live in ``<user data dir>/actors/`` (``$EVENTWIRE_DATA_DIR/actors`` when that variable is
set, else the platform's user data directory for eventwire), named ``NNN-<original name>`` so
that they are read in the order they were added; a later file wins over an earlier one and
every file wins over the bundled data (see :meth:`KnowledgeBase.load`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ...errors import DataFileError
from .kb import KnowledgeBase, default_kb
from .userdir import _NUMBERED, user_dir, user_files

__all__ = ["add_user_file", "remove_user_file", "user_dir", "user_files"]

def add_user_file(path: Path | str) -> Path:
    """Check ``path`` against the knowledge base with the files already added, then store a copy.

    A file of the same name replaces the earlier copy (and moves to the top). Raises
    :class:`~eventwire.errors.DataFileError` naming the file and line of a malformed entry;
    nothing is stored then.
    """
    source = Path(path)
    if not source.is_file():
        raise DataFileError(str(source), "file not found; check the path")
    existing = [p for p in user_files() if _NUMBERED.match(p.name).group(2) != source.name]  # type: ignore[union-attr]
    KnowledgeBase.load(extra_paths=[*existing, source])  # raises on any malformed entry
    folder = user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for old in user_files():
        if _NUMBERED.match(old.name).group(2) == source.name:  # type: ignore[union-attr]
            old.unlink()
    numbers = [int(_NUMBERED.match(p.name).group(1)) for p in user_files()]  # type: ignore[union-attr]
    target = folder / f"{max(numbers, default=0) + 1:03d}-{source.name}"
    shutil.copyfile(source, target)
    _forget_default()
    return target


def remove_user_file(name: str) -> Path:
    """Remove the added file called ``name`` (as given to :func:`add_user_file`, or its stored name)."""
    for stored in user_files():
        match = _NUMBERED.match(stored.name)
        if stored.name == name or (match is not None and match.group(2) == name):
            stored.unlink()
            _forget_default()
            return stored
    raise DataFileError(name, "no such added file; see `eventwire actors stats` for the files in use")


def _forget_default() -> None:
    default_kb.cache_clear()
