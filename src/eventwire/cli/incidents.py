"""``eventwire incidents | claims``: repeat coverage linked, and the numbers sources give.

Thin shells over :mod:`eventwire.incidents` and :mod:`eventwire.claims`. ``eventwire events
--incidents`` and ``eventwire stats --incidents`` use :func:`print_incidents` and
:func:`eventwire.incidents.incident_stats`.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from ._common import EXIT_INPUT, EXIT_USAGE, echo_error, main, parse_date_option


def _open(db: str | None, *, read_only: bool) -> Any:
    from ..store import StoreError, open_store

    try:
        return open_store(db, read_only=read_only)
    except StoreError as exc:
        echo_error(str(exc))
        sys.exit(EXIT_INPUT)


def _cell(v: Any, width: int) -> str:
    return ("-" if v is None or v == "" else str(v))[:width]


def _table(rows: list[dict[str, Any]], cols: tuple[str, ...], *, width: int = 28) -> str:
    cells = [[_cell(r.get(c), width) for c in cols] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def print_incidents(store: Any, filters: dict[str, Any], *, limit: int | None, after: str | None, fmt: str) -> None:
    """Print the incidents with a report matching ``filters`` (table, jsonl with reports, or csv)."""
    from ..store.incidents import stored_incidents

    found = stored_incidents(store, limit=limit, after=after, with_reports=fmt == "jsonl", **filters)
    if fmt == "jsonl":
        for inc in found:
            click.echo(json.dumps(inc, ensure_ascii=False))
        return
    rows = [
        {
            "date": i["date"],
            "event_type": i["event_type"],
            "mode": i["mode"],
            "actor": (i["actor"][0]["name"] if i["actor"] else None),
            "recipient": (i["recipient"][0]["name"] if i["recipient"] else None),
            "place": (i["location"] or {}).get("name"),
            "reports": len(i["reports"]),
            "outlets": i["independent_outlets"],
            "dead": i["dead"],
            "first_report": i["first_report"],
            "id": i["id"],
        }
        for i in found
    ]
    cols = (
        "date",
        "event_type",
        "mode",
        "actor",
        "recipient",
        "place",
        "reports",
        "outlets",
        "dead",
        "first_report",
        "id",
    )
    if fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(cols), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        click.echo(_table(rows, cols) if rows else "(no incidents)")


@main.command("incidents")
@click.option(
    "--db",
    envvar="EVENTWIRE_DB",
    metavar="PATH",
    type=click.Path(dir_okay=False),
    help="The DuckDB file (default: $EVENTWIRE_DB, else events.duckdb in the user data directory).",
)
@click.option("--recluster", is_flag=True, help="Re-link every stored report first (ingest does it after each run).")
@click.option("--type", "type_", metavar="CATEGORY", help="PLOVER category, e.g. ASSAULT.")
@click.option("--actor", help="Actor: knowledge-base id, name, text or ISO3 country.")
@click.option("--country", help="ISO3 country of an actor, recipient or place.")
@click.option("--since", callback=parse_date_option, metavar="YYYY-MM-DD")
@click.option("--until", callback=parse_date_option, metavar="YYYY-MM-DD")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="At most this many (0: all).")
@click.option("--after", metavar="INCIDENT_ID", help="Start after this incident id (the last of the previous page).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def incidents_cmd(
    db: str | None,
    recluster: bool,
    type_: str | None,
    actor: str | None,
    country: str | None,
    since: Any,
    until: Any,
    limit: int,
    after: str | None,
    fmt: str,
) -> None:
    """Incidents: reports of one happening linked, with their first report and independent outlets."""
    filters = {
        k: v
        for k, v in {"type": type_, "actor": actor, "country": country, "since": since, "until": until}.items()
        if v
    }
    try:
        if recluster:
            from ..store.incidents import recluster as do_recluster

            with _open(db, read_only=False) as store:
                n = do_recluster(store)
            click.echo(f"{n} incidents", err=True)
        with _open(db, read_only=True) as store:
            print_incidents(store, filters, limit=limit or None, after=after, fmt=fmt)
    except ValueError as exc:
        echo_error(str(exc))
        sys.exit(EXIT_USAGE)


@main.command("claims")
@click.option(
    "--db",
    envvar="EVENTWIRE_DB",
    metavar="PATH",
    type=click.Path(dir_okay=False),
    help="The DuckDB file (default: $EVENTWIRE_DB, else events.duckdb in the user data directory).",
)
@click.option(
    "--unit", metavar="UNIT[,UNIT]", help="troops, dead, injured, arrested, displaced, protesters or abducted."
)
@click.option("--claimant", help="Who states it: knowledge-base id or words of the claimant.")
@click.option("--country", help="ISO3 country of the place or of whose numbers they are.")
@click.option("--since", callback=parse_date_option, metavar="YYYY-MM-DD")
@click.option("--until", callback=parse_date_option, metavar="YYYY-MM-DD")
@click.option("--contradictions", is_flag=True, help="Only pairs of claims about the same quantity that disagree.")
@click.option(
    "--limit", type=click.IntRange(min=0), default=100, show_default=True, help="At most this many claims (0: all)."
)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def claims_cmd(
    db: str | None,
    unit: str | None,
    claimant: str | None,
    country: str | None,
    since: Any,
    until: Any,
    contradictions: bool,
    limit: int,
    fmt: str,
) -> None:
    """Numeric claims (how many troops, dead, arrested...) with who said so; or the contradictions among them."""
    from ..store.claims import stored_claims, stored_contradictions

    filters = {
        k: v
        for k, v in {"unit": unit, "claimant": claimant, "country": country, "since": since, "until": until}.items()
        if v
    }
    try:
        with _open(db, read_only=True) as store:
            if contradictions:
                found = stored_contradictions(store, **filters)
                for c in found:
                    click.echo(json.dumps(c.to_dict(), ensure_ascii=False) if fmt == "jsonl" else c.reason)
                if not found and fmt == "table":
                    click.echo("(no contradictions)")
                return
            claims = stored_claims(store, limit=limit or None, **filters)
    except ValueError as exc:
        echo_error(str(exc))
        sys.exit(EXIT_USAGE)
    if fmt == "jsonl":
        for c in claims:
            click.echo(json.dumps(c, ensure_ascii=False))
        return
    rows = [
        {
            "date": c["date"],
            "unit": c["unit"],
            "approx": c["approx"],
            "quantity": f"{c['quantity']:,}",
            "claimant": (c["claimant"] or {}).get("text"),
            "place": (c["location"] or {}).get("name"),
            "text": c["text"]["text"],
        }
        for c in claims
    ]
    click.echo(
        _table(rows, ("date", "unit", "approx", "quantity", "claimant", "place", "text"), width=32)
        if rows
        else "(no claims)"
    )
