"""Parse repairs: known mistakes of the small parser corrected on the Doc before coding reads it.

A repair moves a head only where the words themselves show the parser wrong, so a correct parse
is never touched:

- **A finite conjunct of a bare verb** belongs to the clause above it. In "Britain demanded that
  Iran release the ship and summoned its envoy", the parser joins "summoned" to "release". A bare
  verb (after a modal, "to" or a subjunctive "that") cannot be coordinated with a verb in the past
  or the third person singular, so "summoned" is the demanding clause's second verb, with its
  subject: Britain summoned the envoy, and the summons is no part of what was demanded.

Run :func:`repair` before any look-up of :mod:`.syntax` on the Doc (its tables are read once).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .syntax import forget

__all__ = ["repair"]

# Tags of a finite verb that a bare verb cannot be coordinated with.
_FINITE_TAGS = frozenset({"VBD", "VBZ"})
# Dependencies of a clause that hangs on the verb above it.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
# Tags of the verb above: any verb form that can head a clause of its own.
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VB", "VBN", "VBG"})


def _misjoined(tok: Token) -> Token | None:
    """The verb ``tok``, a finite conjunct of a bare verb, belongs to, or None."""
    if tok.dep_ != "conj" or tok.tag_ not in _FINITE_TAGS:
        return None
    bare = tok.head
    if bare.tag_ != "VB" or bare.dep_ not in _CLAUSE_DEPS:
        return None
    above = bare.head
    if above.i == bare.i or above.tag_ not in _VERB_TAGS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None  # a subject of its own: a clause of its own, wherever the parser hung it
    return above


def repair(doc: Doc) -> int:
    """Corrects ``doc``'s tree in place; returns how many heads moved."""
    moves = [(tok, above) for tok in doc if (above := _misjoined(tok)) is not None]
    for tok, above in moves:
        bare = tok.head
        cc = [c for c in bare.children if c.dep_ == "cc" and c.i < tok.i and c.i > bare.i]
        tok.head = above
        if cc:
            cc[-1].head = above  # the "and" joins the two verbs of the clause above
    if moves:
        forget(doc)
    return len(moves)
