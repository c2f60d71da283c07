"""Match an article's analysis against a hand-coded expectations file (``*.gold.json``).

Rules (from the gold file's ``note``): an event matches when its sentence contains
``sentence_contains``, its category equals ``event`` or one of ``event_alt``, and its actor and
recipient match on country and sector. Where the gold recipient is ``null`` we accept an event
whose recipients carry no country (an unspecified party such as "the two governments").
Whitespace (including non-breaking spaces) and quote styles are normalised before comparing text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..coding.analysis import Analysis
from ..record import Actor, Event

_WS = re.compile(r"\s+")


def norm(text: str) -> str:
    t = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return _WS.sub(" ", t.replace("\u00a0", " ")).strip().lower()


def _sector_ok(sector: str | None, allowed: list[str | None] | None) -> bool:
    return allowed is None or sector in allowed


def _country_ok(country: str | None, gold: dict[str, Any]) -> bool:
    if "country_any" in gold:
        return country in gold["country_any"]
    return "country" not in gold or country == gold["country"]


def _party_ok(actors: list[Actor], gold: dict[str, Any] | None) -> bool:
    if gold is None:
        return all(a.country is None for a in actors)
    return any(_country_ok(a.country, gold) and _sector_ok(a.sector, gold.get("sector_any")) for a in actors)


@dataclass
class SeedReport:
    matched: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    required_total: int = 0
    required_matched: int = 0
    optional_matched: int = 0
    must_not_violations: list[str] = field(default_factory=list)
    actor_failures: list[str] = field(default_factory=list)
    actors_total: int = 0
    quote_failures: list[str] = field(default_factory=list)
    quotes_total: int = 0
    place_failures: list[str] = field(default_factory=list)
    date_failures: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def summary(self) -> str:
        return (
            f"required events {self.required_matched}/{self.required_total}, optional {self.optional_matched}, "
            f"must_not violations {len(self.must_not_violations)}, "
            f"actor expectations {self.actors_total - len(self.actor_failures)}/{self.actors_total}, "
            f"quotes {self.quotes_total - len(self.quote_failures)}/{self.quotes_total}, "
            f"place failures {len(self.place_failures)}, date failures {len(self.date_failures)}"
        )


def event_matches(e: Event, g: dict[str, Any]) -> bool:
    """The gold sentence is one of the record's tellings (its sentence, or a restatement merged
    into it), with the category and parties the gold expects."""
    wanted = norm(g["sentence_contains"])
    if not any(wanted in norm(s.text) for s in [e.sentence, *(t.sentence for t in e.restated)]):
        return False
    if e.event_type != g["event"] and e.event_type not in g.get("event_alt", []):
        return False
    return _party_ok(e.actor, g.get("actor")) and _party_ok(e.recipient, g.get("recipient"))


def _mentions_for(analysis: Analysis, text: str) -> list[Actor]:
    t = norm(text)
    exact = [m for m in analysis.mentions if norm(m.text) == t]
    return exact or [m for m in analysis.mentions if t in norm(m.text) and len(norm(m.text)) <= len(t) + 25]


def match_seed(analysis: Analysis, gold: dict[str, Any]) -> SeedReport:
    r = SeedReport()
    events = analysis.coded_events()
    for g in gold.get("events", []):
        hits = [e for e in events if event_matches(e, g)]
        if g.get("date"):
            hits = [e for e in hits if e.date == g["date"]]
            if not hits and any(event_matches(e, g) for e in events):
                r.date_failures.append(f"{g['id']}: date is not {g['date']}")
        ok = bool(hits)
        if g.get("required", True):
            r.required_total += 1
            r.required_matched += ok
        else:
            r.optional_matched += ok
        (r.matched if ok else r.missed).append(g["id"])
    for g in gold.get("must_not", []):
        for e in events:
            if norm(g["sentence_contains"]) in norm(e.sentence.text) and g["event"] in ("*", e.event_type):
                r.must_not_violations.append(f"{e.event_type} in '{g['sentence_contains']}' ({g.get('why', '')})")
    for g in gold.get("actors", []):
        r.actors_total += 1
        found = {text: _mentions_for(analysis, text) for text in g["mentions"]}
        missing = [t for t, ms in found.items() if not ms]
        if missing:
            r.actor_failures.append(f"no mention resolved for {missing}")
            continue
        actors = [m for ms in found.values() for m in ms]
        problems = []
        if g.get("same_actor"):
            ids = {a.kb_id for a in actors}
            if len(ids) != 1 or None in ids:
                problems.append(f"not one actor: {sorted(map(str, ids))}")
        if "country" in g and any(a.country != g["country"] for a in actors):
            problems.append(f"country not {g['country']}: {sorted({str(a.country) for a in actors})}")
        if "sector_any" in g and any(a.sector not in g["sector_any"] for a in actors):
            problems.append(f"sector not in {g['sector_any']}: {sorted({str(a.sector) for a in actors})}")
        if "affiliated_with_any" in g and not all(
            {x.target for x in a.affiliations} & set(g["affiliated_with_any"]) for a in actors
        ):
            problems.append(f"no affiliation with {g['affiliated_with_any']}")
        if problems:
            r.actor_failures.append(f"{g['mentions']}: {'; '.join(problems)}")
    for g in gold.get("quotes", []):
        r.quotes_total += 1
        q = next((q for q in analysis.quotes if norm(q.text).startswith(norm(g["starts_with"]))), None)
        if q is None:
            r.quote_failures.append(f"quote not found: {g['starts_with']}")
            continue
        sp = q.speaker
        if sp is None or norm(g["speaker"]) not in norm(sp.person or sp.text):
            r.quote_failures.append(
                f"speaker of '{g['starts_with']}' is {sp.person if sp else None}, not {g['speaker']}"
            )
            continue
        org = norm(g["speaker_org"]).replace("organisation", "organi")
        names = " | ".join(
            norm(x).replace("organization", "organi").replace("organisation", "organi")
            for x in (sp.name or "", sp.text)
        )
        if org not in names:
            r.quote_failures.append(f"speaker of '{g['starts_with']}' speaks for {sp.name}, not {g['speaker_org']}")
    for g in gold.get("locations", []):
        p = next(
            (p for p in analysis.places if norm(p.text or p.name) == norm(g["name"]) and p.country == g["country"]),
            None,
        )
        if p is None:
            r.place_failures.append(f"{g['name']} not resolved in {g['country']}")
        elif "lat" in g and (p.lat is None or abs(p.lat - g["lat"]) > 0.5 or abs((p.lon or 0) - g["lon"]) > 0.5):
            r.place_failures.append(f"{g['name']} at {p.lat},{p.lon}, expected near {g['lat']},{g['lon']}")
    return r
