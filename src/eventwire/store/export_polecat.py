"""The ``polecat-tsv`` export: POLECAT's 40 tab-separated columns, in POLECAT's order.

One row per event. ``Actor COW`` / ``Recipient COW`` are Correlates of War state numbers from
the ISO3 country (empty for actors of no state); multi-valued cells (contexts, sectors, the
story's people, organisations and places) are joined with ``"; "``. The story columns list what
eventwire found in the whole article: the persons acting or speaking in its events, its
knowledge-base actors, and the places it names. Text cells are put on one line without tabs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..knowledge.countries import country_name, cow_code

if TYPE_CHECKING:
    from . import Store

__all__ = ["POLECAT_COLUMNS", "POLECAT_DTYPES", "polecat_rows"]

POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version",
)  # fmt: skip

# The pandas dtypes of POLECAT's columns ("Int64": integers that may be empty).
POLECAT_DTYPES: dict[str, str] = {
    **{c: "str" for c in POLECAT_COLUMNS},
    "Intensity": "float64",
    "Quad Code": "int64",
    "Actor COW": "Int64",
    "Recipient COW": "Int64",
    "Latitude": "float64",
    "Longitude": "float64",
    "GeoNames ID": "Int64",
}

SEP = "; "
_FEATURE = {"city": "PPL", "admin1": "ADM1", "country": "PCLI"}


def _cell(value: Any) -> str:
    """One TSV cell: no tabs or line breaks, None as empty."""
    return "" if value is None else " ".join(str(value).split())


@dataclass(slots=True)
class _Story:
    """Per article: its persons, knowledge-base actors, place names and language."""

    people: dict[str, str]
    organizations: dict[str, str]
    locations: dict[str, str]
    language: dict[str, str]

    @classmethod
    def load(cls, store: Store) -> _Story:
        def joined(query: str) -> dict[str, str]:
            return {str(a): SEP.join(sorted(str(x) for x in xs if x)) for a, xs in store.fetch(query)}

        people = joined(
            "SELECT article_id, list(DISTINCT p) FROM (SELECT article_id, unnest("
            "json_extract_string(record, '$.actor[*].person') || json_extract_string(record, '$.recipient[*].person')"
            ") AS p FROM events) WHERE p IS NOT NULL GROUP BY article_id"
        )
        orgs = joined(
            "SELECT article_id, list(DISTINCT name) FROM event_actors WHERE kb_id IS NOT NULL AND name IS NOT NULL"
            " GROUP BY article_id"
        )
        places = joined("SELECT article_id, list(DISTINCT name) FROM places WHERE name IS NOT NULL GROUP BY article_id")
        language = {str(a): str(lang or "") for a, lang in store.fetch("SELECT id, language FROM articles")}
        return cls(people=people, organizations=orgs, locations=places, language=language)


def _side(actors: list[dict[str, Any]]) -> list[Any]:
    """Name, Country, COW, Primary Sector, Sectors, Title, Name Raw, Wikipedia ID of one side."""
    if not actors:
        return ["", "", "", "", "", "", "", ""]
    first = actors[0]
    sectors = list(dict.fromkeys(a["sector"] for a in actors if a.get("sector")))
    return [
        _cell(first.get("name") or first.get("text")),
        first.get("country") or "",
        cow_code(first.get("country")) or "",
        first.get("sector") or "",
        SEP.join(sectors),
        _cell(first.get("person")),
        _cell(first.get("text")),
        "",
    ]


def polecat_rows(store: Store, records: Iterable[dict[str, Any]]) -> Iterator[list[Any]]:
    """The :data:`POLECAT_COLUMNS` rows of ``records``."""
    from .rows import first_day

    story = _Story.load(store)
    for r in records:
        day = first_day(r.get("date"))
        loc = r.get("location") or {}
        art = r.get("article") or {}
        aid = art.get("id") or ""
        precision = loc.get("precision")
        province = loc.get("name") if precision == "admin1" else ""
        if precision == "city" and loc.get("country") == "USA" and loc.get("admin1"):
            from .export_acled import _us_states

            province = _us_states().get(str(loc["admin1"]), "")
        yield [
            r["id"],
            day.isoformat() if day else "",
            r["event_type"],
            r.get("mode") or "",
            "" if r.get("plover_score") is None else r["plover_score"],
            (r.get("cameo") or {}).get("quad_class") or "",
            SEP.join(r.get("context") or []),
            *_side(r["actor"]),
            *_side(r["recipient"]),
            _cell(loc.get("name")),
            _cell(loc.get("name")) if precision == "city" else "",
            "",
            _cell(province),
            _cell(country_name(loc.get("country"))),
            "" if loc.get("lat") is None else loc["lat"],
            "" if loc.get("lon") is None else loc["lon"],
            loc.get("geonameid") or "",
            _cell(loc.get("text")),
            _FEATURE.get(precision or "", ""),
            _cell(art.get("outlet") or art.get("url")),
            art.get("published") or "",
            story.people.get(aid, ""),
            story.organizations.get(aid, ""),
            story.locations.get(aid, ""),
            story.language.get(aid, ""),
            (r.get("coder") or {}).get("version") or "",
        ]
