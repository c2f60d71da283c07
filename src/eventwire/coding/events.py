"""Event extraction: trigger matching, argument finding and auxiliary modes.

For each news sentence of a parsed article:

1. ``match_triggers`` finds tokens whose lemma and dependents satisfy a lexicon entry (the most
   specific entry wins); nominal triggers ("threats to attack", "air strikes") are matched on
   their own dependents, so they do not depend on how the noun phrase was attached.
2. Triggers inside the complement of a speech-act trigger ("threatened to *attack*",
   "urge US *withdrawal*") are absorbed: they give the speech act its mode and recipient and
   are never coded on their own, so a threat to attack is a THREATEN, never an ASSAULT.
3. ``Arguments`` finds the actor (subject, passive agent, control verbs, coordination, the
   subject of a light verb for nominal triggers, possessors) and the recipient (object,
   prepositional objects named by the entry, the subject or object of a complement).
4. Speaker rules code what a quoted or reported speaker says: an obligation ("X should...") is a
   REQUEST by the speaker; a first-person statement of intent to use force is a THREATEN.
5. Auxiliary modes (negated, hypothetical, future, historical) come from negation, modals,
   conditional clauses and the resolved date; future AID/COOPERATE/SUPPORT becomes AGREE and
   future RETREAT becomes CONCEDE, as the PLOVER manual prescribes.

Matching and :class:`Found` live in :mod:`eventwire.coding.triggers` and :class:`Arguments` in
:mod:`eventwire.coding.arguments`, re-exported here; absorption and the other sentence rules
are :mod:`eventwire.coding.sentence`, speaker rules :mod:`eventwire.coding.speakers` and
auxiliary modes :mod:`eventwire.coding.auxiliary`.
"""

from __future__ import annotations

from .arguments import Arguments
from .triggers import Found, content_mode, entry_matches, match_triggers

__all__ = ["Arguments", "Found", "content_mode", "entry_matches", "match_triggers"]
