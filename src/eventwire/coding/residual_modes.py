"""Residual modes: the mode a SANCTION or a MOBILIZE takes when its trigger word names none.

The PLOVER manual gives both categories a mode for every act, and says which one is left when no
other fits:

* **SANCTION**: `discontinue` is the mode of any curtailing or breaking of relations "not
  specified" by the other modes, and the mode of international sanctions ("imposed sanctions on",
  "blacklisted two firms", "slapped tariffs on"). A court that fines or orders payment finds a
  party liable: `convict`.
* **MOBILIZE**: the mode says what is readied. Police or gendarmes readied are `police`, a
  militia `militia`, machines of war `weapons` (``constructions.machines_mobilised``), armed
  personnel `troops`. When the words readied say nothing of their kind ("deployed tactical
  squads", "put on alert"), the actor does: police readying their own units mobilise police,
  a non-state armed group its militia, anyone else troops (CAMEO 152 and 154 map to `troops`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.lexicon import load_word_classes
from ..knowledge.lexicon import words as lexicon_words
from .syntax import children_of, lemma_of
from .triggers import Found, _dobj, _passive_subject

_CLASSES = load_word_classes()
_ARMED = _CLASSES["armed_force"]
_POLICE = _CLASSES["police"] - _ARMED
_MILITIA = _CLASSES["militia"] - _ARMED
_WAR_MACHINES = _CLASSES["war_machine"]
# Heads that only count or group what their "of" phrase names ("thousands of", "units of").
_COUNTING_HEADS = frozenset(lexicon_words("quantity_words")) | {"team", "group", "unit", "contingent", "detachment"}
# Sectors of the actor that say what kind of force it readies when the words readied do not.
_POLICE_SECTORS = frozenset({"COP"})
_MILITIA_SECTORS = frozenset({"REB", "UAF"})
_JUDICIAL_SECTORS = frozenset({"JUD"})

RESIDUAL_SANCTION = "+residual mode -> SANCTION discontinue"
RESIDUAL_CONVICT = "+court -> SANCTION convict"


def _readied(tok: Token) -> Token | None:
    """The head noun of what a mobilising verb readies: its object or passive subject, seen
    through a counting head ("hundreds of police", "a unit of gendarmes"); for a noun of
    readiness, the object of the verb that governs it ("put its missile batteries on alert")."""
    if tok.pos_ != "VERB" and tok.head.dep_ == "prep" and tok.dep_ == "pobj":
        tok = tok.head.head
    elif tok.pos_ != "VERB" and tok.dep_ in ("dobj", "attr"):
        tok = tok.head
    what = _dobj(tok) or _passive_subject(tok) if tok.pos_ in ("VERB", "AUX") else None
    for _ in range(3):
        if what is None or not (what.pos_ == "NUM" or lemma_of(what) in _COUNTING_HEADS):
            break
        of = next((c for c in children_of(what) if c.dep_ == "prep" and lemma_of(c) == "of"), None)
        inner = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
        if inner is None:
            break
        what = inner
    return what


def _kind_of(noun: Token) -> str | None:
    """The MOBILIZE mode a noun of readied people names, or None when it names no kind: its own
    lemma or a modifier ("riot squads", "police units": a police or militia word wins over a
    word of any armed unit; people of a force over the machines of war they man, "tank crews")."""
    words = {lemma_of(noun)} | {lemma_of(c) for c in children_of(noun) if c.dep_ in ("compound", "amod")}
    if words & _POLICE:
        return "police"
    if words & _MILITIA:
        return "militia"
    if words & (_ARMED - _WAR_MACHINES):
        return "troops"
    if words & _WAR_MACHINES:
        return "weapons"
    return None


def _actor_sectors(f: Found) -> set[str]:
    return {m.actor.sector for m in f.actor if m.actor.sector}


def residual_mode(f: Found) -> None:
    """Give a SANCTION or MOBILIZE without a mode (or a MOBILIZE read as troops by a verb that
    says nothing of who is readied) its residual mode (see the module docstring)."""
    if f.event == "SANCTION" and f.mode is None:
        if _actor_sectors(f) & _JUDICIAL_SECTORS:
            f.mode = "convict"
            f.rule += " " + RESIDUAL_CONVICT
        else:
            f.mode = "discontinue"
            f.rule += " " + RESIDUAL_SANCTION
        return
    if f.event != "MOBILIZE" or f.mode not in (None, "troops"):
        return
    # ("deployed its warships": machines of war moved by a verb are settled before, by
    # constructions.machines_mobilised; here they name a kind only where nothing else did)
    what = _readied(f.token)
    kind = _kind_of(what) if what is not None else None
    if kind is None:
        sectors = _actor_sectors(f)
        if sectors & _POLICE_SECTORS:
            kind = "police"
        elif sectors & _MILITIA_SECTORS:
            kind = "militia"
    mode = kind or f.mode or "troops"
    if mode != f.mode:
        f.rule += f" +residual mode -> MOBILIZE {mode}"
        f.mode = mode
