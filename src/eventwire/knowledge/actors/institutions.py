"""The main state institutions of every country, generated from authored per-country facts.

``data/institutions.yaml`` holds the facts (each legislature's name, which states have no
navy); this module turns them, with the names and demonyms of ``countries.yaml``, into
knowledge-base entries: government, foreign, interior and defence ministries, armed forces,
army, navy, air force, police and legislature of each country. See that file for the list.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from pathlib import Path

from ...record import Affiliation
from ._yamlnodes import NodeReader

__all__ = ["generated_institutions"]

_FACTS = Path(__file__).resolve().parent / "data" / "institutions.yaml"


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _forms(name: str, demonym: str | None, *nouns: str) -> list[str]:
    """ "Iraqi Foreign Ministry", "Iraq's Foreign Ministry", "Iraq Foreign Ministry" for each noun."""
    out: list[str] = []
    for noun in nouns:
        if demonym:
            out.append(f"{demonym} {noun}")
        out.append(f"{_possessive(name)} {noun}")
    return out


@functools.lru_cache(maxsize=1)
def _facts() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    reader = NodeReader("eventwire/actors/data/institutions.yaml")
    root = reader.compose(_FACTS)
    if root is None:
        raise reader.fail("empty institutions file")
    top = reader.mapping(root, "the institutions file")
    legislatures: dict[str, tuple[str, ...]] = {}
    if "legislatures" in top:
        for iso3, (_, value) in reader.mapping(top["legislatures"][1], "legislatures").items():
            names = reader.texts(value, f"legislature of {iso3}")
            if not names:
                raise reader.fail(f"legislature of {iso3} needs a name", value)
            legislatures[iso3] = names
    no_navy = frozenset(reader.texts(top["no_navy"][1], "no_navy")) if "no_navy" in top else frozenset()
    return legislatures, no_navy


def generated_institutions(countries: Mapping[str, object]) -> Iterator[object]:
    """KBEntry records for the institutions of every country (ids ``<iso3>_<institution>``)."""
    from .entries import KBEntry

    legislatures, no_navy = _facts()
    for iso3, country in countries.items():
        name: str = country.name  # type: ignore[attr-defined]
        demonyms: tuple[str, ...] = country.demonyms  # type: ignore[attr-defined]
        demonym = demonyms[0] if demonyms else None
        code = iso3.lower()
        gov_id = f"{code}_government"
        part_of_gov = (Affiliation("part_of", gov_id),)
        yield KBEntry(
            gov_id,
            f"Government of {name}",
            "state_institution",
            iso3,
            "GOV",
            tuple(_forms(name, demonym, "government")),
        )
        specs = [
            (
                "foreign_ministry",
                f"Ministry of Foreign Affairs of {name}",
                "GOV",
                ["Foreign Ministry", "Ministry of Foreign Affairs", "Foreign Affairs Ministry"],
            ),
            (
                "interior_ministry",
                f"Ministry of the Interior of {name}",
                "GOV",
                ["Interior Ministry", "Ministry of Interior", "Ministry of the Interior"],
            ),
            (
                "defence_ministry",
                f"Ministry of Defence of {name}",
                "MIL",
                ["Defence Ministry", "Defense Ministry", "Ministry of Defence", "Ministry of Defense"],
            ),
            ("armed_forces", f"Armed Forces of {name}", "MIL", ["armed forces", "military"]),
            ("army", f"Army of {name}", "MIL", ["Army"]),
            ("air_force", f"Air Force of {name}", "MIL", ["Air Force"]),
            ("police", f"Police of {name}", "COP", ["police", "National Police"]),
        ]
        if iso3 not in no_navy:
            specs.append(("navy", f"Navy of {name}", "MIL", ["Navy"]))
        for suffix, canonical, sector, nouns in specs:
            affiliations = (
                part_of_gov
                if suffix.endswith("ministry")
                else (
                    (Affiliation("part_of", f"{code}_armed_forces"),) if suffix in ("army", "navy", "air_force") else ()
                )
            )
            yield KBEntry(
                f"{code}_{suffix}",
                canonical,
                "state_institution",
                iso3,
                sector,
                tuple(_forms(name, demonym, *nouns)),
                affiliations,
            )
        names = legislatures.get(iso3, (f"Parliament of {name}",))
        aliases = [*names[1:], *_forms(name, demonym, "parliament", "legislature")]
        yield KBEntry(f"{code}_legislature", names[0], "state_institution", iso3, "LEG", tuple(dict.fromkeys(aliases)))
