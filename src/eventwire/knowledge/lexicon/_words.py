"""The closed word lists of the coding rules, read once from ``words.yaml``.

    >>> "in" in words("locative_prepositions")
    True

Each list is a frozenset of lower-case words. The coding modules read the lists they use when
they are imported; a missing list or a malformed file raises :class:`~eventwire.errors.DataFileError`.
"""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from ...errors import DataFileError

__all__ = ["word_lists", "words"]

_FILE = "words.yaml"


@functools.cache
def word_lists() -> dict[str, frozenset[str]]:
    """Every list of ``words.yaml`` by name."""
    res = resources.files(__package__ or "eventwire.knowledge.lexicon").joinpath(_FILE)
    try:
        raw = yaml.safe_load(res.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(_FILE, f"cannot read the word lists ({exc})") from exc
    if not isinstance(raw, dict):
        raise DataFileError(_FILE, "expected a mapping of list names to lists of words")
    lists: dict[str, frozenset[str]] = {}
    for name, value in raw.items():
        if name == "version":
            continue
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise DataFileError(_FILE, f"{name}: expected a list of words (quote words YAML reads as booleans)")
        lists[name] = frozenset(value)
    return lists


def words(name: str) -> frozenset[str]:
    """The word list ``name`` of ``words.yaml``."""
    try:
        return word_lists()[name]
    except KeyError:
        raise DataFileError(_FILE, f"no word list {name!r}") from None
