"""``eventwire ingest | events | stats | sql | export``: the event store from the shell.

Thin shells over :mod:`eventwire.store`, :mod:`eventwire.ingest` and :mod:`eventwire.export`.
Every command takes ``--db PATH`` (default: ``$EVENTWIRE_DB``, else ``events.duckdb`` in the
user data directory); the reading commands open the database read-only, and wait their turn
while another process writes (docs/store.md, "Sharing a store").
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import signal
import sys
from collections.abc import Callable
from typing import Any

import click

from ..errors import DataFileError, EventwireError, ModelError
from ..text.article import DEFAULT_MAX_BYTES
from ._common import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_SETUP, EXIT_USAGE, echo_error, main, parse_date_option

_STATS_BY = ("day", "week", "month", "category", "dyad", "country", "quad_class")
_FLAT = ("id", "date", "event_type", "mode", "quad_class", "cameo", "goldstein", "actor", "actor_country",
         "recipient", "recipient_country", "place", "place_country", "lat", "lon", "trigger", "negated",
         "confidence", "article_id", "sentence")  # fmt: skip


def _db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db", "db", envvar="EVENTWIRE_DB", metavar="PATH", type=click.Path(dir_okay=False),
        help="The DuckDB file (default: $EVENTWIRE_DB, else events.duckdb in the user data directory).",
    )(func)  # fmt: skip


def _filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    opts = [
        click.option("--actor", help="Actor: knowledge-base id, name, text or ISO3 country."),
        click.option("--recipient", help="Recipient, like --actor."),
        click.option("--country", help="Country of the actor, the recipient or the place: ISO3 code or name."),
        click.option(
            "--type",
            "type_",
            metavar="CATEGORY[,CATEGORY]",
            help="PLOVER category, e.g. ASSAULT (comma-separated for several).",
        ),
        click.option("--mode", help="PLOVER mode, e.g. violence."),
        click.option("--since", callback=parse_date_option, metavar="YYYY-MM-DD", help="First event date, inclusive."),
        click.option("--until", callback=parse_date_option, metavar="YYYY-MM-DD", help="Last event date, inclusive."),
        click.option("--place", help="Place name or ISO3 country of the event's location."),
        click.option("--text", help="Words in the event's sentence."),
        click.option(
            "--quad-class",
            type=click.IntRange(1, 4),
            help="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict.",
        ),
        click.option("--include-negated", is_flag=True, help="Also events under negation (aux.negated)."),
        click.option(
            "--all-events",
            "include_nonfactual",
            is_flag=True,
            help="Every stored event, also those the text does not assert (denied, alleged, hypothetical, future).",
        ),
        click.option(
            "--min-confidence",
            type=click.FloatRange(0.0, 1.0),
            help="Only records at least this sure (calibrated: the chance the record is right in every field).",
        ),
    ]
    for opt in reversed(opts):
        func = opt(func)
    return func


def _filters(kw: dict[str, Any]) -> dict[str, Any]:
    names = (
        "actor",
        "recipient",
        "country",
        "mode",
        "since",
        "until",
        "place",
        "text",
        "quad_class",
        "include_negated",
        "include_nonfactual",
        "min_confidence",
    )
    out = {k: kw.pop(k) for k in names}
    out["type"] = kw.pop("type_")
    return {k: v for k, v in out.items() if v is not None and v is not False}


def _quoted(path: Any) -> str:
    """A path as a shell word (quoted when it needs to be), for the commands the hints print."""
    import shlex

    return shlex.quote(str(path))


def _open(db: str | None, *, read_only: bool, transient: bool = False) -> Any:
    from ..store import StoreError, open_store

    try:
        return open_store(db, read_only=read_only, transient=transient)
    except StoreError as exc:  # missing, locked by another process, not a database: as `serve` says it
        echo_error(str(exc))
        sys.exit(EXIT_SETUP)


def _guard(func: Callable[..., Any]) -> Callable[..., Any]:
    """Bad filter values and SQL become one line and exit code 2; setup errors exit 3."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (ModelError, DataFileError) as exc:
            echo_error(str(exc))
            sys.exit(EXIT_SETUP)
        except EventwireError as exc:  # the store: it cannot be opened, or another process kept it too long
            echo_error(str(exc))
            sys.exit(EXIT_SETUP)
        except ValueError as exc:
            echo_error(str(exc))
            sys.exit(EXIT_USAGE)

    return wrapper


# ----------------------------------------------------------------------------- ingest


@main.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@_db_option
@click.option(
    "--date",
    "published",
    callback=parse_date_option,
    metavar="YYYY-MM-DD",
    help="Publication date for sources that carry none.",
)
@click.option(
    "--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Code in this many processes."
)
@click.option("--dask", metavar="ADDRESS", help="Code on a Dask cluster: local:N or tcp://host:port.")
@click.option(
    "--batch-size", type=click.IntRange(min=1), default=16, show_default=True, help="Articles parsed together."
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse inputs larger than this many bytes (the same limit for code, ingest and the API's articles).",
)
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("-v", "--verbose", is_flag=True, help="One line on stderr per article stored.")
@_guard
def ingest_cmd(
    sources: tuple[str, ...],
    db: str | None,
    published: dt.date | None,
    workers: int,
    dask: str | None,
    batch_size: int,
    max_bytes: int,
    progress: bool | None,
    verbose: bool,
) -> None:
    """Code SOURCES (files, folders, JSONL, HTML, RSS/Atom, URL lists) into the store.

    Articles already stored (same text) are skipped, so running the same command again resumes
    an interrupted run. Inputs that cannot be read are recorded in the failures table.
    """
    from ..store.ingest import IngestInterrupted, ingest

    def tell(article: Any, n: int) -> None:
        click.echo(f"stored {article.id} {n} events {article.source}", err=True)

    if progress is None:
        progress = sys.stderr.isatty() and not verbose
    # SIGINT stops a run cleanly even when the shell that started it ignores the signal (a
    # background job of a script): `kill -INT` then behaves like Ctrl-C
    signal.signal(signal.SIGINT, signal.default_int_handler)
    # transient: the file is held only for each batch's look-up and write, so a running server,
    # queries and other ingests share it
    store = _open(db, read_only=False, transient=True)
    try:
        summary = ingest(store, list(sources), published=published, workers=workers, dask=dask, progress=progress,
                         batch_size=batch_size, max_bytes=max_bytes, on_article=tell if verbose else None)  # fmt: skip
    except KeyboardInterrupt as exc:
        store.close()
        if isinstance(exc, IngestInterrupted):
            click.echo(exc.summary.line())
        echo_error(
            f"interrupted; every article stored so far is whole: run the same command again to resume ({store.path})"
        )
        sys.exit(EXIT_INTERRUPTED)
    store.close()
    click.echo(summary.line())
    if summary.failures:
        echo_error(
            f"{summary.failures} inputs could not be coded; see them with:"
            f' eventwire sql --db {_quoted(store.path)} "SELECT * FROM failures"'
        )
    sys.exit(EXIT_INPUT if summary.failures else EXIT_OK)


# ----------------------------------------------------------------------------- events


def _flat(r: dict[str, Any]) -> dict[str, Any]:
    a = r["actor"][0] if r["actor"] else {}
    b = r["recipient"][0] if r["recipient"] else {}
    loc = r.get("location") or {}
    return {
        "id": r["id"],
        "date": r.get("date"),
        "event_type": r["event_type"],
        "mode": r.get("mode"),
        "quad_class": r["cameo"].get("quad_class"),
        "cameo": r["cameo"].get("code"),
        "goldstein": r["cameo"].get("goldstein"),
        "actor": a.get("name") or a.get("text"),
        "actor_country": a.get("country"),
        "recipient": b.get("name") or b.get("text"),
        "recipient_country": b.get("country"),
        "place": loc.get("name"),
        "place_country": loc.get("country"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "trigger": r["trigger"]["text"],
        "negated": r["aux"]["negated"],
        "confidence": r.get("confidence"),
        "article_id": (r.get("article") or {}).get("id"),
        "sentence": " ".join(r["sentence"]["text"].split()),
    }


def _table(rows: list[dict[str, Any]], cols: tuple[str, ...], *, width: int = 32) -> str:
    cells = [[("-" if row.get(c) is None else str(row.get(c)))[:width] for c in cols] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def _write_csv(rows: list[dict[str, Any]], cols: tuple[str, ...]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=list(cols), lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)


@main.command("events")
@_db_option
@_filter_options
@click.option(
    "--limit", type=click.IntRange(min=0), default=100, show_default=True, help="At most this many events (0: all)."
)
@click.option("--after", metavar="EVENT_ID", help="Start after this event id (the last one of the previous page).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv"]),
    default="table",
    show_default=True,
    help="table: for reading; jsonl: the stored records; csv: flat columns.",
)
@click.option(
    "--incidents",
    is_flag=True,
    help="Incidents (reports of one happening linked) with their reports, instead of reports.",
)
@_guard
def events_cmd(db: str | None, limit: int, after: str | None, fmt: str, incidents: bool, **kw: Any) -> None:
    """Print stored events matching every filter, by date."""
    filters = _filters(kw)
    if incidents:
        from .incidents import print_incidents

        with _open(db, read_only=True) as store:
            print_incidents(store, filters, limit=limit or None, after=after, fmt=fmt)
        return
    with _open(db, read_only=True) as store:
        records = store.events(**filters, limit=limit or None, after=after)
        matched = store.count_events(**filters) if limit and len(records) == limit else None
    if fmt == "jsonl":
        for r in records:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        _write_csv([_flat(r) for r in records], _FLAT)
    elif records:
        cols = (
            "date",
            "event_type",
            "mode",
            "actor",
            "actor_country",
            "recipient",
            "recipient_country",
            "place",
            "trigger",
            "id",
        )
        click.echo(_table([_flat(r) for r in records], cols, width=28))
    else:
        click.echo("(no events)")
    if matched is not None and matched > len(records):
        # on stderr, so that the rows on stdout stay clean for a pipe
        click.echo(
            f"showing {len(records):,} of {matched:,} matching events; the next {limit:,}: the same command with"
            f" --after {records[-1]['id']}; all of them: --limit 0",
            err=True,
        )


# ----------------------------------------------------------------------------- stats


def _pivot(rows: list[dict[str, Any]], *, by: str) -> list[dict[str, Any]]:
    table: dict[Any, dict[str, Any]] = {}
    for r in rows:
        row = table.setdefault(r["key"], {by: r["key"], "q1": 0, "q2": 0, "q3": 0, "q4": 0, "total": 0})
        row[f"q{r['quad_class']}"] = row.get(f"q{r['quad_class']}", 0) + r["count"]
        row["total"] += r["count"]
    out = list(table.values())
    if by not in ("day", "week", "month", "quad_class"):
        out.sort(key=lambda x: (-x["total"], str(x[by])))
    return out


@main.command("stats")
@_db_option
@click.option(
    "--by",
    type=click.Choice(_STATS_BY),
    default="month",
    show_default=True,
    help="Count per this key (and per quad class).",
)
@_filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv"]),
    default="table",
    show_default=True,
    help="table and csv: one row per key, a column per quad class; jsonl: one {key, quad_class, count} per line.",
)
@click.option("--incidents", is_flag=True, help="Count incidents (one per happening) instead of reports.")
@_guard
def stats_cmd(db: str | None, by: str, fmt: str, incidents: bool, **kw: Any) -> None:
    """Event counts by day, week, month, category, dyad, country or quad class.

    Quad classes: q1 verbal cooperation, q2 material cooperation, q3 verbal conflict, q4 material conflict.
    """
    filters = _filters(kw)
    with _open(db, read_only=True) as store:
        if incidents:
            from ..store.incidents import incident_stats

            rows = incident_stats(store, by=by, **filters)
        else:
            rows = store.stats(by=by, **filters)
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    pivot = _pivot(rows, by=by)
    cols = (by, "q1", "q2", "q3", "q4", "total")
    if fmt == "csv":
        _write_csv(pivot, cols)
    else:
        click.echo(_table(pivot, cols, width=40) if pivot else "(no events)")


# ----------------------------------------------------------------------------- sql


@main.command("sql")
@click.argument("query")
@_db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@_guard
def sql_cmd(query: str, db: str | None, fmt: str) -> None:
    """Run one read-only SQL query (SELECT or WITH) against the store.

    Tables: articles, events, event_actors, actors, places, quotes, failures, runs (docs/store.md).
    """
    with _open(db, read_only=True) as store:
        frame = store.sql(query)
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
    elif fmt == "jsonl":
        for line in frame.to_json(orient="records", lines=True, date_format="iso", force_ascii=False).splitlines():
            click.echo(line)
    else:
        import pandas as pd

        with pd.option_context(
            "display.max_rows", 500, "display.max_columns", 50, "display.width", 200, "display.max_colwidth", 60
        ):
            click.echo(frame.to_string(index=False) if len(frame) else "(no rows)")


# ----------------------------------------------------------------------------- export


@main.command("export")
@_db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["plover-jsonl", "records-jsonl", "cameo-tsv", "acled-csv", "polecat-tsv", "parquet"]),
    required=True,
    help="plover-jsonl: PLOVER's exchange records; records-jsonl: eventwire's stored records; cameo-tsv: "
    "CAMEO/Phoenix-style columns; acled-csv: ACLED's 31 columns; polecat-tsv: POLECAT's 40 columns; parquet: "
    "the flat columns and the record.",
)
@click.option(
    "-o", "--output", default="-", show_default=True, metavar="PATH", help="Output file; - for standard output."
)
@click.option(
    "--extra-columns",
    is_flag=True,
    help="acled-csv: append eventwire's columns (PLOVER category and mode, mapping and its note, ids).",
)
@click.option(
    "--keep-unmapped",
    is_flag=True,
    help="acled-csv: keep the events ACLED has no type for, with event_type 'Not an ACLED event type'.",
)
@_filter_options
@_guard
def export_cmd(db: str | None, fmt: str, output: str, extra_columns: bool, keep_unmapped: bool, **kw: Any) -> None:
    """Export stored events (the fields of each format: docs/store.md)."""
    from ..store.export import export

    filters = _filters(kw)
    with _open(db, read_only=True) as store:
        n = export(store, output, format=fmt, extra_columns=extra_columns, keep_unmapped=keep_unmapped,
                   on_skip=lambda line: click.echo(line, err=True), **filters)  # fmt: skip
    if output != "-":
        click.echo(f"{n} events written to {output}", err=True)


# ----------------------------------------------------------------------------- compare


@main.command("compare")
@click.argument("reference", type=click.Path(exists=True, dir_okay=False))
@_db_option
@click.option(
    "--tolerance",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Days two events' dates may differ and still match.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_guard
def compare_cmd(reference: str, db: str | None, tolerance: int, fmt: str) -> None:
    """Compare the stored events with a peer's file (ACLED CSV or POLECAT TSV) by date, dyad and category.

    Prints how many of the reference's events one of ours matches (recall), how many of ours, over
    the reference's dates (and for ACLED its countries and categories), match one of its (precision).
    """
    from ..store.compare import compare

    with _open(db, read_only=True) as store:
        try:
            report = compare(store, reference, tolerance_days=tolerance)
        except OSError as exc:
            echo_error(f"{reference}: cannot read ({exc.strerror or exc})")
            sys.exit(EXIT_INPUT)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    click.echo(
        f"{report.format}: {report.reference:,} reference events, {report.ours:,} of ours, {report.matched:,} matched"
        f" (recall {report.recall:.3f}, precision {report.precision:.3f}, F1 {report.f1:.3f}; dates within"
        f" {tolerance} day{'s' if tolerance != 1 else ''})"
    )
    rows = [{"category": c, **v, "recall": f"{v['matched'] / v['reference']:.3f}" if v["reference"] else "-"}
            for c, v in report.by_category.items()]  # fmt: skip
    if rows:
        click.echo(_table(rows, ("category", "reference", "matched", "recall"), width=40))
