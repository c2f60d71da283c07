"""Exports of stored events: PLOVER JSON lines, CAMEO TSV, an ACLED-like CSV, Parquet.

    export(store, "events.jsonl", format="plover-jsonl", since="2018-01-01")   # -> rows written

Every format takes the filters of :meth:`eventwire.store.Store.events` (negated events are left
out unless ``include_negated=True``). The fields of each format are listed in ``docs/store.md``
and in :data:`CAMEO_COLUMNS` / :data:`ACLED_COLUMNS`.

The ACLED-like CSV maps PLOVER categories and modes to ACLED event and sub-event types where the
two definitions meet (``mapping = "direct"``), where they overlap but differ (``"approximate"``,
with the reason in ``mapping_note``), and leaves the type empty where ACLED has no counterpart
(``"none"``): ACLED codes political violence, demonstrations and a few strategic developments, not
verbal or diplomatic events.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import Store

__all__ = ["ACLED_COLUMNS", "CAMEO_COLUMNS", "FORMATS", "acled_row", "acled_type", "cameo_row", "export"]

FORMATS = ("plover-jsonl", "cameo-tsv", "acled-csv", "parquet")

CAMEO_COLUMNS = (
    "event_id", "date", "year", "month", "day", "date_precision",
    "source_name", "source_root", "source_agent", "source_kb_id",
    "target_name", "target_root", "target_agent", "target_kb_id",
    "cameo_code", "root_code", "quad_class", "goldstein",
    "plover_type", "plover_mode", "place_name", "country_code", "lat", "lon",
    "article_id", "url", "sentence",
)  # fmt: skip

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting", "country", "admin1", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    "plover_event_type", "plover_mode", "mapping", "mapping_note",
)  # fmt: skip

_ARMED = frozenset({"MIL", "REB", "INS", "PMG", "UAF", "SEP", "COP", "SPY", "PTY_MIL"})
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

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


def _first(actors: list[dict[str, Any]]) -> dict[str, Any]:
    return actors[0] if actors else {}


def _label(a: dict[str, Any]) -> str:
    return str(a.get("name") or a.get("text") or "")


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _num(value: Any) -> Any:
    return "" if value is None else value


def cameo_row(r: dict[str, Any]) -> list[Any]:
    """The :data:`CAMEO_COLUMNS` values of one stored record."""
    src, tgt = _first(r["actor"]), _first(r["recipient"])
    date = r.get("date") or ""
    parts = (date.split("-") + ["", "", ""])[:3] if date else ["", "", ""]
    code = (r.get("cameo") or {}).get("code") or ""
    loc = r.get("location") or {}
    art = r.get("article") or {}
    return [
        r["id"], date.replace("-", ""), *parts, r.get("date_precision") or "",
        _label(src), src.get("country") or "", src.get("sector") or "", src.get("kb_id") or "",
        _label(tgt), tgt.get("country") or "", tgt.get("sector") or "", tgt.get("kb_id") or "",
        code, code[:2], r["cameo"].get("quad_class", ""), _num(r["cameo"].get("goldstein")),
        r["event_type"], r.get("mode") or "", loc.get("name") or "", loc.get("country") or "",
        _num(loc.get("lat")), _num(loc.get("lon")), art.get("id") or "", art.get("url") or "",
        _one_line((r.get("sentence") or {}).get("text")),
    ]  # fmt: skip


_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_GEO_PRECISION = {"city": 1, "admin1": 2, "country": 3}


def acled_row(r: dict[str, Any]) -> list[Any]:
    """The :data:`ACLED_COLUMNS` values of one stored record."""
    from .rows import first_day

    a1, a2 = _first(r["actor"]), _first(r["recipient"])
    etype, sub, mapping, note = acled_type(r["event_type"], r.get("mode"), actor_sector=a1.get("sector"),
                                           recipient_sector=a2.get("sector"))  # fmt: skip
    day = first_day(r.get("date"))
    loc = r.get("location") or {}
    art = r.get("article") or {}
    civilian = "Civilian targeting" if etype == "Violence against civilians" else ""
    return [
        r["id"],
        day.isoformat() if day else "",
        day.year if day else "",
        _TIME_PRECISION.get(r.get("date_precision") or "", ""),
        _DISORDER.get(etype, ""),
        etype,
        sub,
        _label(a1),
        "; ".join(_label(a) for a in r["actor"][1:]),
        _label(a2),
        "; ".join(_label(a) for a in r["recipient"][1:]),
        civilian,
        loc.get("country") or "",
        loc.get("admin1") or "",
        loc.get("name") or "",
        _num(loc.get("lat")),
        _num(loc.get("lon")),
        _GEO_PRECISION.get(loc.get("precision") or "", ""),
        art.get("outlet") or art.get("url") or "",
        _one_line((r.get("sentence") or {}).get("text")),
        "",
        r["event_type"],
        r.get("mode") or "",
        mapping,
        note,
    ]


def _open_text(out: str | Path | IO[str]) -> tuple[IO[str], bool]:
    if not isinstance(out, (str, Path)):
        return out, False
    if str(out) == "-":
        return sys.stdout, False
    return open(out, "w", encoding="utf-8", newline=""), True


def export(store: Store, out: str | Path | IO[str], *, format: str, **filters: Any) -> int:
    """Write the events matching ``filters`` to ``out`` (a path, ``-`` or a text stream) in ``format``.

    Returns the number of events written. Parquet needs a file path.
    """
    if format not in FORMATS:
        raise ValueError(f"format '{format}' is not one of {', '.join(FORMATS)}")
    if format == "parquet":
        if not isinstance(out, (str, Path)) or str(out) == "-":
            raise ValueError("parquet is a binary format: pass a file path with --output")
        import pyarrow.parquet as pq

        table = store.events_arrow(with_record=True, **filters)
        pq.write_table(table, str(out))
        return int(table.num_rows)
    records: Iterator[dict[str, Any]] = store.iter_events(**filters)
    handle, owned = _open_text(out)
    n = 0
    try:
        if format == "plover-jsonl":
            for r in records:
                handle.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
        else:
            tsv = format == "cameo-tsv"
            writer = csv.writer(
                handle,
                delimiter="\t" if tsv else ",",
                lineterminator="\n",
                quoting=csv.QUOTE_NONE if tsv else csv.QUOTE_MINIMAL,
                escapechar="\\" if tsv else None,
            )
            writer.writerow(CAMEO_COLUMNS if tsv else ACLED_COLUMNS)
            for r in records:
                writer.writerow(cameo_row(r) if tsv else acled_row(r))
                n += 1
    finally:
        if owned:
            handle.close()
        else:
            handle.flush()
    return n
