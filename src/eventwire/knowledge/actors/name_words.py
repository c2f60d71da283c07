"""The words and names of institutions many states share, judged from the knowledge base alone.

:func:`generic_names` finds the aliases that are generic (see :mod:`eventwire.knowledge.actors.generic`)
and the words common to institutions' names; it reads only the knowledge base, so the phrase reader
can ask it without reading phrases itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._text import is_case_sensitive, normalize_alias, tokenize
from .kb import KnowledgeBase

__all__ = ["COMMON_COUNTRIES", "GenericNames", "generic_names"]

#: The fewest countries whose institutions' names must use a word for it to be a common word.
COMMON_COUNTRIES = 5
# Function words left out of a name's core and of the common-word test.
_FUNCTION_WORDS = frozenset({"the", "of", "'s", "'", "in", "for", "and", "-", "on", "to"})
_BRACKETED = re.compile(r"\([^)]*\)")
_KINDS = frozenset({"state_institution", "party", "armed_group", "igo", "ngo", "media", "company"})
# The kinds whose names may be generic: bodies every state has (a named armed group, company or
# newspaper is one body, whatever its words)
_INSTITUTIONS = frozenset({"state_institution", "party"})
# Sectors of bodies that act abroad as much as at home (armed forces): "Royal Air Force jets struck",
# in a story placed only in Syria, are still Britain's
_ACT_ABROAD = frozenset({"MIL"})


@dataclass(frozen=True, slots=True)
class GenericNames:
    """The aliases the knowledge base holds that are generic, and the common words of names."""

    keys: frozenset[str]  # normalised aliases (normalize_alias) that are generic
    common: frozenset[str]  # folded words used in the names of entries of many countries
    by_core: dict[tuple[str, str], str]  # (core, ISO3) -> the entry of that country with that core


def _core(kb: KnowledgeBase, surface: str) -> tuple[str, bool]:
    """The alias without its country words and bracketed qualifiers, and whether it had any."""
    stripped = _BRACKETED.sub(" ", surface)
    had = stripped != surface
    folded, cased = tokenize(stripped)
    out: list[str] = []
    i, n = 0, len(folded)
    while i < n:
        for j in range(min(n, i + kb.longest_from(folded[i], cased[i])), i, -1):
            hit = kb.lookup(folded[i:j], cased[i:j])
            if hit is not None and hit.label != "ACTOR":
                had, i = True, j
                break
        else:
            out.append(folded[i])
            i += 1
    while out and out[0] in _FUNCTION_WORDS:
        out.pop(0)
    while out and out[-1] in _FUNCTION_WORDS:
        out.pop()
    return " ".join(out), had


@functools.lru_cache(maxsize=4)
def generic_names(kb: KnowledgeBase) -> GenericNames:
    """The generic aliases of ``kb`` (see the module's docstring), computed once per knowledge base."""
    word_countries: dict[str, set[str]] = {}
    core_countries: dict[str, set[str]] = {}
    bare: list[tuple[str, str]] = []  # (alias, core) of institutions' aliases with no country word
    by_core: dict[tuple[str, str], str] = {}
    for entry in kb.entries.values():
        if entry.kind not in _KINDS or entry.country is None:
            continue
        for surface in dict.fromkeys((entry.name, *entry.aliases)):
            core, had = _core(kb, surface)
            if not core:
                continue
            core_countries.setdefault(core, set()).add(entry.country)
            by_core.setdefault((core, entry.country), entry.id)
            for word in core.split():
                word_countries.setdefault(word, set()).add(entry.country)
            abroad = entry.sector in _ACT_ABROAD
            if not had and not is_case_sensitive(surface) and entry.kind in _INSTITUTIONS and not abroad:
                bare.append((surface, core))
    common = frozenset(w for w, cs in word_countries.items() if len(cs) >= COMMON_COUNTRIES)
    keys = frozenset(
        normalize_alias(surface)
        for surface, core in bare
        if len(core_countries[core]) >= 2 and _all_common(core.split(), common)
    )
    return GenericNames(keys, common, by_core)


def _all_common(words: Sequence[str], common: frozenset[str]) -> bool:
    content = [w for w in words if w not in _FUNCTION_WORDS]
    return bool(content) and all(w in common for w in content)
