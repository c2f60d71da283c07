"""Refugees and migrants: people who left their country are of the country they come from.

A party of the refugee sector (``REF``: refugees, migrants, asylum seekers) is never of the
country that hosts it, where the event happens or the article is about: it takes the country
its own words, its origin ("fleeing Sudan") or an earlier refugee party of the article give it,
else none. People displaced inside their own country ("internally displaced people",
"evacuees", "returnees") are of the country where they are, like any other civilians.
"""

from __future__ import annotations

import re

from ..knowledge.lexicon import load_word_classes
from ..record import Actor

# Words that make a refugee party people displaced at home rather than abroad.
_AT_HOME = load_word_classes()["displaced_at_home"]
_WORD = re.compile(r"[a-z]+")


def abroad(a: Actor) -> bool:
    """Whether ``a`` is a refugee-sector party of people who left their country ("refugees",
    "migrants", "asylum seekers"): the country that hosts them is not theirs."""
    if a.sector != "REF" or a.kb_id:
        return False
    return not any(w in _AT_HOME or w.removesuffix("s") in _AT_HOME for w in _WORD.findall(a.text.lower()))
