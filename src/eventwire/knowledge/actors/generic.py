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

from ._text import normalize_alias, tokenize
from .kb import KnowledgeBase
from .name_words import _INSTITUTIONS, COMMON_COUNTRIES, GenericNames, _core, generic_names
from .phrase_coding import Resolution

__all__ = ["COMMON_COUNTRIES", "GenericNames", "generic_match", "generic_names"]


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
