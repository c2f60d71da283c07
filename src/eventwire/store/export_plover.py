"""The ``plover-jsonl`` export: one PLOVER exchange record per line, with the field names of the
PLOVER manual's data-exchange tables (event record, entity, location, text, citation and size
objects).

eventwire's own stored record (``Event.to_dict()``) is the ``records-jsonl`` format. Fields the
manual names that eventwire cannot fill are null; three fields of eventwire's own follow the
manual's (``date_precision``, ``confidence``, ``cameo``), as the manual allows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..knowledge.countries import country_name

if TYPE_CHECKING:
    from . import Store

__all__ = ["CODEBOOK", "PLOVER_FIELDS", "plover_records"]

# the event record's fields, in the manual's order, then eventwire's own
PLOVER_FIELDS = ("id", "has_event", "date", "actor", "recipient", "event", "event_loc", "event_text", "quad_code",
                 "event_scale", "mode", "context", "link", "text", "text_info", "cite_info", "coder", "coded_date",
                 "size", "date_precision", "confidence", "cameo")  # fmt: skip
CODEBOOK = "plover-2021"
_RESOLUTION = {"city": 4, "admin1": 2, "country": 1}
_FEATURE = {"city": ("P", "PPL"), "admin1": ("A", "ADM1"), "country": ("A", "PCLI")}


def _entity(a: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": a.get("country"),
        "sector": a.get("sector"),
        "entity_text": a.get("text"),
        "identifier_id": a.get("kb_id"),
        "identifier_text": a.get("name"),
    }


def _location(loc: dict[str, Any] | None) -> dict[str, Any] | None:
    if not loc:
        return None
    from .export_acled import _admin1

    precision = loc.get("precision") or ""
    feature_class, feature_code = _FEATURE.get(precision, (None, None))
    return {
        "extracted_place": loc.get("text"),
        "resolved_place": loc.get("name"),
        "geonameid": loc.get("geonameid"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "city": loc.get("name") if precision == "city" else None,
        "district": None,
        "province": _admin1(loc) or None,
        "country": country_name(loc.get("country")),
        "country_code": loc.get("country"),
        "feature_class": feature_class,
        "feature_code": feature_code,
        "resolution": _RESOLUTION.get(precision),
    }


def plover_records(store: Store, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The PLOVER exchange record of each stored record."""
    from .rows import first_day

    articles = {
        str(a): (str(day) if day else None, lang)
        for a, day, lang in store.fetch("SELECT id, CAST(coded_at AS DATE), language FROM articles")
    }
    for r in records:
        art = r.get("article") or {}
        coded_date, language = articles.get(art.get("id") or "", (None, None))
        coder = " ".join(x for x in ((r.get("coder") or {}).get("name"), (r.get("coder") or {}).get("version")) if x)
        day = first_day(r.get("date"))
        sentence = r.get("sentence") or {}
        yield {
            "id": r["id"],
            "has_event": True,
            "date": day.isoformat() if day else None,
            "actor": [_entity(a) for a in r["actor"]],
            "recipient": [_entity(a) for a in r["recipient"]],
            "event": [r["event_type"]],
            "event_loc": _location(r.get("location")),
            "event_text": [sentence.get("text")] if sentence.get("text") else [],
            "quad_code": (r.get("cameo") or {}).get("quad_class"),
            "event_scale": r.get("plover_score"),
            "mode": [r["mode"]] if r.get("mode") else [],
            "context": list(r.get("context") or []),
            "link": r.get("incident_id"),
            "text": None,  # the article's text is the outlet's: text_info points into it
            "text_info": {"sequence": None, "start": sentence.get("start"), "end": sentence.get("end"),
                          "trigger_start": (r.get("trigger") or {}).get("start"),
                          "trigger_end": (r.get("trigger") or {}).get("end")},  # fmt: skip
            "cite_info": {
                "corpus": None,
                "citation": art.get("id"),
                "url": art.get("url"),
                "title": art.get("title"),
                "language": language,
                "publication": art.get("outlet"),
                "coder": coder or None,
                "codebook": CODEBOOK,
                "version": None,
            },
            "coder": coder or None,
            "coded_date": coded_date,
            "size": {"dead": r.get("dead"), "injured": r.get("injured"), "arrested": r.get("arrested")},
            "date_precision": r.get("date_precision"),
            "confidence": r.get("confidence"),
            "cameo": (r.get("cameo") or {}).get("code"),
        }
