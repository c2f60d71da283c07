"""A party named by what it is carries the country it ends up with in its name.

A party the knowledge base does not hold ("gunmen", "three officers") is named by its country and
sector ("Haiti unidentified armed forces", "police") when its mention is resolved. Later steps
may place it elsewhere: the place of the event, the country the article is about, or none where a
country was only lent by the sentence's other words. The name is then rewritten from the record's
own country, so that a reader never sees "Haiti criminals" coded as Kenya's.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..knowledge.actors import KnowledgeBase
from ..record import Actor, Event


def named_for_country(a: Actor, kb: KnowledgeBase) -> Actor:
    """``a`` with its descriptive name made of its own country and sector.

    Only names the resolver described ("<country> <sector>", or the sector alone, with any
    affiliations after them in brackets) are rewritten; a named party's name is its own.
    """
    if a.kb_id or not a.name or a.sector is None or a.sector not in kb.sectors:
        return a
    sector = kb.sectors[a.sector].name
    head, bracket, links = a.name.partition(" (")
    if head == sector:
        before = ""
    elif head.endswith(" " + sector):
        before = head[: -len(sector) - 1]
    else:
        return a
    if before and before not in _country_names(kb):
        return a  # not a country's name: some other description
    now = kb.target_name(a.country) if a.country else ""
    if now == before:
        return a
    name = f"{now} {sector}".strip() + (bracket + links if bracket else "")
    return replace(a, name=name)


@lru_cache(maxsize=4)
def _country_names(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(c.name for c in kb.countries.values())


def rename_parties(events: list[Event], kb: KnowledgeBase) -> None:
    """Every event's parties named for the country they are coded with (in place)."""
    for i, e in enumerate(events):
        actor = [named_for_country(a, kb) for a in e.actor]
        recipient = [named_for_country(a, kb) for a in e.recipient]
        if actor != e.actor or recipient != e.recipient:
            events[i] = replace(e, actor=actor, recipient=recipient)
