"""Where PLOVER's manual and the CAMEO-derived gold standard code one happening differently.

eventwire codes by the PLOVER manual. The PLOVER gold standard (GSR) was coded from CAMEO,
whose "express intent to..." codes make every promise an AGREE, so a promise of a concession
("agreed to lift the ban", "is prepared to reopen its borders") is AGREE there, where the manual
makes it CONCEDE (its section on CONCEDE: promises of future concessions do not reduce to
AGREE). A record keeps the reading in its ``rule`` (``+promised concession -> CONCEDE``), so
either convention can be scored:

The manual also makes a declared ceasefire a verbal concession (CONCEDE: "declarations (but not
implementations) of ceasefires"), where the CAMEO table makes code 0871 a RETREAT.

The manual makes the visitor of a hosted meeting its actor and the host its recipient (CONSULT),
where CAMEO's code 043 ("host a visit") makes the host the source.

* ``manual``: the records as coded (the gold corpus and the NGEC stories are coded so);
* ``cameo``: a promised concession counts as AGREE, a declared ceasefire as RETREAT and a host
  as the actor of its meeting (the GSR is scored so by default).

``eventwire evaluate --convention`` chooses; ``auto`` takes each gold file's own.
"""

from __future__ import annotations

from dataclasses import replace

from ..coding.constructions import PROMISED_CONCESSION
from ..coding.meetings import HOST_AS_RECIPIENT
from ..record import Event

CONVENTIONS = ("manual", "cameo")


def under(events: list[Event], convention: str) -> list[Event]:
    """``events`` as ``convention`` codes them (copies where it differs; the records are untouched)."""
    if convention not in CONVENTIONS:
        raise ValueError(f"convention {convention!r} is not one of {', '.join(CONVENTIONS)}")
    if convention == "manual":
        return events
    return [_cameo_reading(e) for e in events]


def _cameo_reading(e: Event) -> Event:
    if PROMISED_CONCESSION in (e.rule or ""):
        return replace(e, event_type="AGREE", mode=None)
    if e.event_type == "CONCEDE" and e.cameo.code == DECLARED_CEASEFIRE:
        return replace(e, event_type="RETREAT", mode="ceasefire")
    if HOST_AS_RECIPIENT in (e.rule or ""):
        return replace(e, actor=e.recipient, recipient=e.actor)
    return e


#: The CAMEO code of a declared truce or ceasefire.
DECLARED_CEASEFIRE = "0871"
