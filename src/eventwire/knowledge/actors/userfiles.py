"""User extension files: actor files a user adds, read on top of the bundled knowledge base.

Files live in ``<user data dir>/actors/`` (``$EVENTWIRE_DATA_DIR/actors`` when that variable is
set, else the platform's user data directory for eventwire), named ``NNN-<original name>`` so
that they are read in the order they were added; a later file wins over an earlier one and
every file wins over the bundled data (see :meth:`KnowledgeBase.load`).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from ...errors import DataFileError
from .importers import ImportReport
from .kb import KnowledgeBase, default_kb
from .userdir import _NUMBERED, user_dir, user_files

__all__ = ["AddedFile", "add_user_file", "remove_user_file", "user_dir", "user_files"]


@dataclass(frozen=True, slots=True)
class AddedFile:
    """Where an added file was stored, and what it added (entries, user-defined countries, lines skipped)."""

    stored: Path
    report: ImportReport


def add_user_file(path: Path | str, *, strict: bool = False) -> AddedFile:
    """Check ``path`` against the knowledge base with the files already added, then store a copy.

    A file of the same name replaces the earlier copy (and moves to the top). A malformed line
    of a PETRARCH/Phoenix dictionary is left out and listed in the report's ``skipped``; with
    ``strict`` (and always for YAML files) it raises :class:`~eventwire.errors.DataFileError`
    naming the file and line, and nothing is stored. Verb dictionaries and files without any
    code are refused.
    """
    source = Path(path)
    if not source.is_file():
        raise DataFileError(str(source), "file not found; check the path")
    existing = [p for p in user_files() if _NUMBERED.match(p.name).group(2) != source.name]  # type: ignore[union-attr]
    if strict:  # the files already added were accepted before: only the new one is read strictly
        KnowledgeBase.load(extra_paths=[source])
    kb = KnowledgeBase.load(extra_paths=[*existing, source], skip_malformed=True)
    report = kb.import_reports[-1]
    folder = user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for old in user_files():
        if _NUMBERED.match(old.name).group(2) == source.name:  # type: ignore[union-attr]
            old.unlink()
    numbers = [int(_NUMBERED.match(p.name).group(1)) for p in user_files()]  # type: ignore[union-attr]
    target = folder / f"{max(numbers, default=0) + 1:03d}-{source.name}"
    shutil.copyfile(source, target)
    _forget_default()
    return AddedFile(target, report)


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
