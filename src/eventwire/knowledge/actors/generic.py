"""Generic names: knowledge-base aliases that stand for a kind of institution, not one body.

Many states have a "State Security Service", a "Democratic Party" or a "Directorate of Military
Intelligence"; the knowledge base files each such body under its own country and gives the
bare name to one of them. Such a name, met in an article about another state, is that state's
body. :func:`generic_match` tells whether a phrase names its entry by such a name, judged from
the knowledge base alone:

* the alias carries no country word (name, nationality, capital), and
* the rest of it (its *core*, with country words and bracketed qualifiers taken out) is the core
  of aliases of entries of at least two countries, and
* every word of it is common to institution names: it occurs in the names of entries of at
  least :data:`COMMON_COUNTRIES` countries ("national", "security", "party"; not "Hezbollah").

A capitalised acronym ("PPP", "AFP") is a name, never generic. An institution's name of two
words or more written all in lower case ("the secret service", "the justice department") is a
description, generic whatever entry the knowledge base gives its words to.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._text import is_case_sensitive, normalize_alias, tokenize
from .kb import KnowledgeBase
from .phrase_coding import Resolution

__all__ = ["COMMON_COUNTRIES", "GenericNames", "generic_match", "generic_names"]

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


def generic_match(kb: KnowledgeBase, text: str, entry_id: str) -> str | None:
    """The core of the generic name by which ``text`` names the entry ``entry_id``, else None.

    The core is what the same body is called in any state ("state security service"); with it
    :attr:`GenericNames.by_core` finds another state's entry of that name, if the knowledge base
    has one.
    """
    from .phrase import _analyse

    names = generic_names(kb)
    folded, cased = tokenize(text)
    for m in _analyse(kb, text).names:
        if m.label != "ACTOR" or m.target != entry_id:
            continue
        span_folded, span_cased = folded[m.start : m.end], cased[m.start : m.end]
        surface = " ".join(span_cased)
        core, had = _core(kb, surface)
        if had or not core:
            return None
        if normalize_alias(surface) in names.keys:
            return core
        entry = kb.get(entry_id)
        if m.fuzzy and entry is not None:
            # a misspelt name ("the Labor Party") is generic when the alias it is close to is
            for alias in (entry.name, *entry.aliases):
                if normalize_alias(alias) in names.keys and len(tokenize(alias)[0]) == len(span_folded):
                    return _core(kb, alias)[0]
        lower = all(not c[:1].isupper() for c in span_cased)
        if lower and len(span_folded) > 1 and entry is not None and entry.kind in _INSTITUTIONS:
            return core  # "the secret service": a description, not the name it spells
        return None
    return None


def sentence_states(kb: KnowledgeBase, sentence: str, *, skip: str | None = None) -> frozenset[str]:
    """The countries a sentence names by a country name, a nationality or a capital (not by the
    entry ``skip``, whose own country is what is in question)."""
    from ._text import tokenize_uncached
    from .phrase import _analyse_tokens

    names = _analyse_tokens(kb, *tokenize_uncached(sentence), skip=skip).names
    return frozenset(m.target for m in names if m.label in ("COUNTRY", "DEMONYM", "CAPITAL"))


def generic_reading(
    kb: KnowledgeBase,
    res: Resolution,
    text: str,
    *,
    date: str | None,
    sentence: str,
    places: frozenset[str] | set[str],
) -> Resolution | None:
    """What a phrase that names the entry of ``res`` by a generic name stands for in its article,
    or None when the entry stands.

    The state is the one the article's places give (its only state, else the one of them the
    sentence names), else the only state the sentence names. It is that state's entry of the
    same name when the knowledge base has one, else a party of that state with the entry's
    sector. An article placed elsewhere with no such state gives the body no country: never a
    fixed other state's.
    """
    entry = kb.get(res.kb_id) if res.kb_id else None
    if entry is None or entry.country is None or entry.kind not in _INSTITUTIONS:
        return None
    if entry.country in places:
        return None
    core = generic_match(kb, text, entry.id)
    if core is None:
        return None
    named = sentence_states(kb, sentence, skip=entry.id) if sentence else frozenset()
    if places:
        inside = [c for c in places if c in named]
        state = next(iter(places)) if len(places) == 1 else inside[0] if len(inside) == 1 else None
    else:
        state = next(iter(named)) if len(named) == 1 else None
    if state == entry.country or (state is None and not places):
        return None
    how = res.resolved_by + "+generic"
    other = generic_names(kb).by_core.get((core, state)) if state is not None else None
    if other is not None:
        from .lookup import lookup

        found = lookup(kb.get(other).name, kb=kb, date=date)  # type: ignore[union-attr]
        if found is not None:
            return Resolution(found.name, found.kb_id, found.country, found.sector, found.affiliations, how)
    sector = res.sector if entry.kind != "party" else "PTY"
    return Resolution(text, None, state, sector, (), how)
