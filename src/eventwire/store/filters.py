"""The event filters shared by ``Store.events``, ``Store.stats`` and the exports, as SQL.

Every filter is optional; given together they all must hold. Values are always passed as
parameters, never pasted into the SQL. A value the store cannot use raises ``ValueError`` with a
message that names the filter and the expected form, and the nearest valid value when there is one:
a category, mode or country that does not exist is an error, never an empty result. Countries are
accepted by ISO3 code, ISO2 code or name ("Kenya" is KEN).
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from typing import Any

__all__ = ["EventFilter", "check_category", "check_country", "check_mode"]


def _did_you_mean(value: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return f"did you mean {close[0]}? " if close else ""


def check_category(value: str) -> str:
    """A PLOVER category (any case; the 2016 names too) as stored, or ``ValueError`` naming the valid ones."""
    from ..knowledge.ontology.plover import CATEGORIES, normalize_category

    try:
        return normalize_category(value)[0]
    except ValueError:
        hint = _did_you_mean(value.strip().upper(), list(CATEGORIES)) or _word_hint(value)
        raise ValueError(
            f"type '{value}' is not a PLOVER category; {hint}the categories are {', '.join(CATEGORIES)}"
        ) from None


def _word_hint(value: str) -> str:
    """ "did you mean ASSAULT? " when the lexicon codes the word ("bombing") as one category."""
    from ..knowledge.lexicon import default_lexicon

    lexicon, word = default_lexicon(), value.strip().lower()
    for lemma in dict.fromkeys((word, word.removesuffix("ing"), word.removesuffix("s"))):
        found = {t.event for pos in ("NOUN", "VERB") for t in lexicon.candidates(lemma, pos)}
        if len(found) == 1:
            return f"did you mean {found.pop()}? "
    return ""


def check_mode(value: str, *, categories: list[str] | None = None) -> str:
    """A PLOVER mode of ``categories`` (of any category when None), or ``ValueError`` with the nearest one."""
    from ..knowledge.ontology.plover import MODES

    mode = value.strip().lower().replace("_", "-").replace(" ", "-")
    cats = categories or list(MODES)
    allowed = sorted({m for c in cats for m in MODES[c]})
    if mode in allowed:
        return mode
    hint = _did_you_mean(mode, allowed)
    which = f"of {', '.join(cats)}" if categories else "of any PLOVER category"
    raise ValueError(f"mode '{value}' is not a mode {which}; {hint}the modes are {', '.join(allowed) or 'none'}")


def check_country(value: str) -> str:
    """The ISO3 code of a country given by code or name, or ``ValueError`` with the nearest name."""
    from ..knowledge.countries import country_code, country_names

    code = country_code(value)
    if code:
        return code
    names = country_names()
    by_name = {n.lower(): iso3 for iso3, n in names.items()}
    close = difflib.get_close_matches(value.strip().lower(), list(by_name), n=1, cutoff=0.6)
    hint = f"did you mean {names[by_name[close[0]]]} ({by_name[close[0]]})? " if close else ""
    raise ValueError(f"country '{value}' is not a known country; {hint}give an ISO3 code such as KEN, or a name")


def _as_date(name: str, value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"{name} '{value}' is not a date; use YYYY-MM-DD, e.g. 2018-02-06") from None


def _who(role: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND ea.article_id = e.article_id"
        f" AND ea.role = '{role}' AND (lower(ea.kb_id) = lower(?) OR lower(ea.name) = lower(?)"
        " OR lower(ea.text) = lower(?) OR ea.country = upper(?)))"
    )


@dataclass(slots=True)
class EventFilter:
    """``where`` is a SQL condition over ``events e``; ``params`` its values, in order."""

    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    type: str | None = None
    mode: str | None = None
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    place: str | None = None
    text: str | None = None
    quad_class: int | str | None = None
    include_negated: bool = False
    include_nonfactual: bool = False
    min_confidence: float | None = None
    where: str = field(init=False, default="TRUE")
    params: list[Any] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        conds: list[str] = []
        params: list[Any] = []
        if not self.include_nonfactual:
            # facts only; negated ones too when asked (every event with include_nonfactual)
            conds.append("(e.factual OR e.negated)" if self.include_negated else "e.factual")
        if self.min_confidence is not None:
            conds.append("e.confidence >= ?")
            params.append(float(self.min_confidence))
        for role in ("actor", "recipient"):
            value = getattr(self, role)
            if value:
                conds.append(_who(role))
                params += [value] * 4
        if self.country:
            self.country = check_country(self.country)
            conds.append(
                "(e.place_country = upper(?) OR EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id"
                " AND ea.article_id = e.article_id AND ea.role <> 'reported_by' AND ea.country = upper(?)))"
            )
            params += [self.country] * 2
        types: list[str] = []
        if self.type:
            types = list(dict.fromkeys(check_category(t) for t in self.type.split(",") if t.strip()))
            conds.append(f"e.event_type IN ({', '.join('?' for _ in types)})")
            params += types
        if self.mode:
            conds.append("e.mode = ?")
            params.append(check_mode(self.mode, categories=types or None))
        since, until = _as_date("since", self.since), _as_date("until", self.until)
        if since and until and since > until:
            raise ValueError(f"since {since} is after until {until}; swap them")
        if since:
            conds.append("e.day >= ?")
            params.append(since)
        if until:
            conds.append("e.day <= ?")
            params.append(until)
        if self.place:
            conds.append("(lower(e.place_name) = lower(?) OR e.place_country = upper(?))")
            params += [self.place] * 2
        if self.text:
            conds.append("contains(lower(e.sentence), lower(?))")
            params.append(self.text)
        if self.quad_class is not None and self.quad_class != "":
            try:
                q = int(self.quad_class)
            except (TypeError, ValueError):
                q = 0
            if q not in (1, 2, 3, 4):
                raise ValueError(f"quad_class '{self.quad_class}' is not 1, 2, 3 or 4")
            conds.append("e.quad_class = ?")
            params.append(q)
        self.where = " AND ".join(conds) or "TRUE"
        self.params = params
