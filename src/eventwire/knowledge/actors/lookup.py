"""``lookup``: one call from a name or noun phrase to the actor it stands for.

:func:`lookup` is :func:`~eventwire.actors.resolve_phrase` plus the sentence around the
phrase: when the phrase itself says nothing of a country ("a senior official", "President Dos
Santos", "ethnic Albanians"), the one country the ``context`` names is taken, and
``resolved_by`` gains ``+context``. A context naming several countries lends none.

>>> lookup("a senior official", context="A senior official in Kabul said on Monday ...").country
'AFG'
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from ._text import tokenize, tokenize_uncached
from .kb import KnowledgeBase, default_kb
from .phrase import _analyse_tokens
from .phrase_coding import _describe
from .resolve import Resolution, resolve_phrase

__all__ = ["context_country", "lookup"]

_POSSESSIVES = frozenset({"our", "their", "my", "your", "his", "her", "its", "we", "they"})
# Named actors that lend their country to a sentence (an Angolan rebel group says "Angola").
_LENDING_KINDS = frozenset({"state_institution", "party", "armed_group", "person", "media"})


def lookup(
    text: str,
    *,
    date: str | None = None,
    context: str | Callable[[], str] | None = None,
    kb: KnowledgeBase | None = None,
) -> Resolution | None:
    """The actor ``text`` names on ``date`` (ISO, any precision), or None when nothing in it is known.

    ``context`` is the sentence (or any text) the phrase comes from; it only fills a missing
    country. It may be given as a function that returns it: it is then called only when the
    phrase leaves the country open (most phrases do not need their sentence). ``kb`` defaults
    to :func:`~eventwire.actors.default_kb` (bundled files plus the user's added files).
    """
    kb = kb if kb is not None else default_kb()
    res = resolve_phrase(text, kb=kb, date=date)
    # every return before the context is read returns ``res``, as an empty context would
    if context is None or res is None:
        return res
    if res.country is not None or res.affiliations or res.sector in ("IGO", "NGO", "HRI"):
        return res
    if res.kb_id is not None:
        entry = kb.get(res.kb_id)
        if entry is None or entry.kind != "person":
            return res  # a transnational body ("al-Qaeda") has no country to borrow
    if _POSSESSIVES & set(tokenize(text)[0]):
        return res  # "our forces", "their officials": the owner is a speaker, not the sentence
    if callable(context):
        context = context()
    if not context.strip():
        return res
    country = context_country(context, kb=kb, date=date)
    if country is None:
        return res
    name = res.name if res.kb_id is not None else _describe(kb, country, res.sector, res.affiliations)
    return Resolution(name, res.kb_id, country, res.sector, res.affiliations, res.resolved_by + "+context")


def context_country(context: str, *, kb: KnowledgeBase | None = None, date: str | None = None) -> str | None:
    """The single country a text names (countries, demonyms, capitals, national actors), else None."""
    return _context_country(kb if kb is not None else default_kb(), context, date)


@functools.lru_cache(maxsize=4096)
def _context_country(kb: KnowledgeBase, context: str, date: str | None) -> str | None:
    found: set[str] = set()
    # a sentence is analysed once here; it stays out of the caches of phrases
    for match in _analyse_tokens(kb, *tokenize_uncached(context)).names:
        if match.label != "ACTOR":
            found.add(match.target)
            continue
        entry = kb.get(match.target)
        if entry is not None and entry.country is not None and entry.kind in _LENDING_KINDS:
            found.add(entry.country)
    return found.pop() if len(found) == 1 else None
