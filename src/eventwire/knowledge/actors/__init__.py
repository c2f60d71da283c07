"""The actor knowledge base, the phrase resolver and ``lookup``.

>>> from eventwire.actors import lookup
>>> lookup("Iran-backed militias").affiliations[0].target
'IRN'
>>> lookup("Kataib Hezbollah").kb_id
'kataib_hezbollah'

See ``docs/actors.md`` for the file format, the resolution steps and the importers.
"""

from __future__ import annotations

from ._text import normalize_alias
from .kb import AliasPattern, CountryEntry, KBEntry, KnowledgeBase, Role, Sector, default_kb
from .lookup import context_country, lookup
from .resolve import Resolution, resolve_phrase

__all__ = [
    "AliasPattern",
    "CountryEntry",
    "KBEntry",
    "KnowledgeBase",
    "Resolution",
    "Role",
    "Sector",
    "context_country",
    "default_kb",
    "lookup",
    "normalize_alias",
    "resolve_phrase",
]
