"""Resolve a noun phrase from news text to an actor: knowledge-base id, country, sector, links.

:func:`resolve_phrase` reads the phrase as tokens (see :mod:`eventwire.actors._text`) and works
in this order:

1. **Names.** Every span of tokens is looked up in the knowledge base's alias index (named
   actors, countries, capitals, demonyms); overlapping matches are settled longest first.
2. **Links.** "X-backed", "backed by X", "X-led", "led by X", "X-aligned", "loyal to X",
   "pro-X" turn the name X into an affiliation of the phrase (X is then not the phrase's own
   country: "Iran-backed groups" have no known country). "anti-X" takes X out of play.
3. **The actor.** The first remaining named actor wins ("Kataib Hezbollah" is never Lebanon's
   Hezbollah, "the US State Department" is the State Department); people and organisations
   with dated roles are coded with the role in force on ``date``.
4. **Otherwise** a country (name, demonym or capital) and agent nouns ("forces", "government
   spokesman", "police") give country and sector; a capital alone stands for the government;
   a group noun with a stated backer or leader ("groups backed by Iran") is an armed group.

``resolved_by`` says which rule decided: ``kb_alias`` (an alias as written), ``kb_normalized``
(an alias modulo case, diacritics, punctuation), ``affiliation`` (a backer or leader decided),
``country``, ``demonym``, ``capital``, ``agent`` or ``agent+country``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from ...record import Affiliation
from .kb import KBEntry, KnowledgeBase, default_kb
from .phrase import _DATED_PHRASES, _PHRASES, _analyse, _Analysis, _Match, _Noun
from .phrase import FUZZY_THRESHOLD as FUZZY_THRESHOLD
from .phrase_coding import Resolution as Resolution
from .phrase_coding import _choose_sector, _dedupe, _describe, _from_entry, _signatures

__all__ = ["FUZZY_THRESHOLD", "Resolution", "resolve_phrase"]

_PLACE_LABELS = ("COUNTRY", "DEMONYM", "CAPITAL", "PEOPLE")

# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True, slots=True)
class _ByEntry:
    """A phrase that names a knowledge-base entry: its coding depends on the date (roles)."""

    entry: KBEntry
    links: Sequence[Affiliation]
    how: str
    analysis: _Analysis | None


def _resolve(kb: KnowledgeBase, text: str, date: str | None) -> Resolution | None:
    # Most phrases ("US forces", "the protesters") resolve the same on every date: they are
    # cached by text alone; only a phrase naming an entry is coded again for a new date.
    found = _resolve_undated(kb, text)
    if isinstance(found, _ByEntry):
        return _resolve_dated(kb, text, date)
    return found


@functools.lru_cache(maxsize=_DATED_PHRASES)
def _resolve_dated(kb: KnowledgeBase, text: str, date: str | None) -> Resolution:
    found = _resolve_undated(kb, text)
    assert isinstance(found, _ByEntry)
    return _from_entry(kb, found.entry, date, found.links, found.how, found.analysis)


@functools.lru_cache(maxsize=_PHRASES)
def _resolve_undated(kb: KnowledgeBase, text: str) -> Resolution | _ByEntry | None:
    analysis = _analyse(kb, text)
    links = analysis.links
    for match in analysis.names:
        if match.label != "ACTOR":
            continue
        entry = kb.get(match.target)
        if entry is None:
            continue
        how = "kb_fuzzy" if match.fuzzy else "kb_alias" if match.exact else "kb_normalized"
        national = _national_branch(entry, match, analysis.names)
        if national is not None:
            # "the Kenya Red Cross", "a Ukrainian Red Cross team": the national society of an
            # international body, of the country the phrase names before it
            sector = entry.sector
            return Resolution(_describe(kb, national, sector, links), None, national, sector, tuple(links),
                              how + "+national")
        return _ByEntry(entry, links, how, analysis)

    place = next((m for m in analysis.names if m.label in _PLACE_LABELS), None)
    nouns = analysis.nouns
    country = place.target if place is not None else None
    if analysis.critic and not nouns:
        # "Kremlin critic Ivan Petrov", "government critics": the opposition of the state whose
        # body they criticise
        country = country or analysis.opposes
        return Resolution(_describe(kb, country, "OPP", []), None, country, "OPP", (), "opponent")
    if analysis.backers and not nouns:
        # "<leader> supporters", "followers of <party>": private people of the party's country
        country = country or analysis.backs
        return Resolution(_describe(kb, country, "CVL", []), None, country, "CVL", (), "backers")
    if place is not None and place.label != "CAPITAL" and any(n.info.proxy for n in nouns):
        links = [*links, Affiliation("backed_by", place.target)]  # "Iranian proxies"
        country, place = None, None
    links = list(_dedupe(links))

    groups = [n for n in nouns if n.info.group_sector is not None]
    if links and groups:
        signatures = _signatures(kb)
        for link in links:
            entry_id = signatures.get((groups[-1].info.lemma, link.type, link.target))
            entry = kb.get(entry_id) if entry_id is not None else None
            if entry is not None:
                return _ByEntry(entry, links, "affiliation", None)

    sector = _choose_sector(kb, _head_nouns(kb, nouns, analysis.of_at))
    how = "agent+country" if country is not None else "agent"
    if country is not None and len(nouns) == 1 and nouns[0].info.national_sector:
        sector = None  # "Syrian officers" are the military, whatever "officers" alone are
    if place is not None and place.label == "PEOPLE":
        # "Rohingya refugees", "Uyghur leaders": a people of the state, never its government
        if sector is None or any(n.info.national_sector for n in nouns):
            sector = "CVL"
        how = "agent+country+people" if nouns else "demonym+people"
    elif sector is None and country is not None:
        # "Syrian officers", "Palestinian leaders": a generic head with only a country
        national = next((n.info.national_sector for n in reversed(nouns) if n.info.national_sector), None)
        if national is not None:
            sector, how = national, "agent+country+national"
    if sector is None and links and groups:
        sector, how = groups[-1].info.group_sector, "affiliation"
    if sector is None and place is not None and analysis.named_by_place:
        return None  # an organisation named after a place ("the Lima Group") is not the place's state
    if sector is None and place is not None:
        if place.label == "CAPITAL":
            sector, how = "GOV", "capital"
        else:
            how = "country" if place.label == "COUNTRY" else "demonym"
    if sector is None and country is None and analysis.ethnic:
        sector, how = "CVL", "ethnic"  # a people; its state comes from the context, if anywhere
    if sector is None and country is None:
        return None
    if place is not None and place.fuzzy:
        how += "+fuzzy"
    if analysis.former and sector in ("GOV", "MIL", "LEG", "JUD") and any(not n.info.generic for n in nouns):
        sector, how = "ELI", how + "+former"  # "a former minister": an elite, out of office
    return Resolution(_describe(kb, country, sector, links), None, country, sector, tuple(links), how)


def _national_branch(entry: KBEntry, match: _Match, names: Sequence[_Match]) -> str | None:
    """The country of a national branch of a non-governmental body the knowledge base knows only
    as international ("the Kenya Red Cross", "Ukrainian Red Cross volunteers", "Oxfam Malawi"): a
    country name or nationality right before its name, or a country name right after it. The body
    alone, or "in" a country, stays of no country."""
    if entry.kind != "ngo" or entry.country is not None:
        return None
    before = next((m for m in names if m.end == match.start), None)
    if before is not None and before.label in ("COUNTRY", "DEMONYM"):
        return before.target
    after = next((m for m in names if m.start == match.end), None)
    if after is not None and after.label == "COUNTRY":
        return after.target  # "Amnesty International Kenya": a section named with its country after
    return None


def _head_nouns(kb: KnowledgeBase, nouns: Sequence[_Noun], of_at: int | None) -> Sequence[_Noun]:
    """The agent nouns that say what the phrase's head is: those before its first "of" when a
    noun with a sector of its own stands right before it ("the union of university teachers" is
    a union, "the ministry of health" a ministry); else all of them ("the leader of the union",
    "soldiers of the rebel army": a dominant sector wins wherever it stands)."""
    if of_at is None or any(n.info.sector is not None and kb.sectors[n.info.sector].dominant for n in nouns):
        return nouns
    before = [n for n in nouns if n.end <= of_at]
    if before and before[-1].end == of_at and not before[-1].info.generic and before[-1].info.sector is not None:
        return before
    return nouns


def resolve_phrase(text: str, *, kb: KnowledgeBase | None = None, date: str | None = None) -> Resolution | None:
    """Resolve a noun phrase as written in news text ("Iran-backed militias", "US forces").

    ``date`` (ISO, any precision) selects the roles in force, so a head of government codes as
    government only while in office. Returns None when nothing in the phrase is known.
    """
    if not text or not text.strip():
        return None
    return _resolve(kb if kb is not None else default_kb(), text, date)
