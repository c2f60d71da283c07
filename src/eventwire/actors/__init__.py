"""The actor knowledge base and the phrase resolver.

>>> from eventwire.actors import resolve_phrase
>>> resolve_phrase("Iran-backed militias").affiliations[0].target
'IRN'
"""

from __future__ import annotations

from eventwire.actors._text import normalize_alias
from eventwire.actors.kb import AliasPattern, CountryEntry, KBEntry, KnowledgeBase, Role, Sector, default_kb
from eventwire.actors.resolve import Resolution, resolve_phrase

__all__ = [
    "AliasPattern",
    "CountryEntry",
    "KBEntry",
    "KnowledgeBase",
    "Resolution",
    "Role",
    "Sector",
    "default_kb",
    "normalize_alias",
    "resolve_phrase",
]
