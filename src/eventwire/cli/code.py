"""``eventwire code``: code text or HTML files and print their events."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from typing import Any

import click

from ..errors import DataFileError, InputError, ModelError
from ..text.article import DEFAULT_MAX_BYTES
from ._common import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_SETUP, echo_error, main, parse_date_option

# Line separators that JSON allows raw inside strings but that line-based readers split on
_LINE_BREAKS = {ord("\u0085"): "\\u0085", ord("\u2028"): "\\u2028", ord("\u2029"): "\\u2029"}


def json_line(obj: Any) -> str:
    """``obj`` as one line of JSON: UTF-8 text as is, but U+0085, U+2028 and U+2029 escaped,
    so that no reader splitting on Unicode line breaks sees two lines."""
    return json.dumps(obj, ensure_ascii=False).translate(_LINE_BREAKS)


def _actor_cell(actors: list[dict[str, Any]]) -> str:
    cells = []
    for a in actors:
        label = a.get("name") or a.get("text")
        code = "/".join(x for x in (a.get("country"), a.get("sector")) if x)
        cells.append(f"{label} [{code}]" if code else str(label))
    return "; ".join(cells) or "-"


def _table(records: list[dict[str, Any]]) -> str:
    cols = ("event", "actor", "recipient", "date", "place", "trigger", "conf")
    rows = [cols]
    for r in records:
        ev = r["event_type"] + (f":{r['mode']}" if r.get("mode") else "")
        flags = "".join(f" {k}" for k, v in r["aux"].items() if v)
        loc = r["location"]["name"] if r.get("location") else "-"
        rows.append(
            (
                ev + flags,
                _actor_cell(r["actor"]),
                _actor_cell(r["recipient"]),
                r.get("date") or "-",
                loc,
                r["trigger"]["text"],
                f"{r['confidence']:.2f}",
            )
        )
    widths = [min(max(len(str(row[i])) for row in rows), 40) for i in range(len(cols))]
    return "\n".join("  ".join(str(c)[:40].ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows)


@main.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--date",
    "published",
    callback=parse_date_option,
    metavar="YYYY-MM-DD",
    help="Publication date, used to resolve relative dates ('on Monday'). Overrides a date found in HTML.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "table", "analysis"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one event per line; json: one array; table: for reading; analysis: every mention, quote, place "
    "and event of each article.",
)
@click.option("--include-negated", is_flag=True, help="Also print negated events (aux.negated = true).")
@click.option(
    "--all-events",
    "include_nonfactual",
    is_flag=True,
    help="Print every event, also those the text does not assert (denied, alleged, hypothetical, future).",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    help="Only records at least this sure (calibrated: the chance the record is right in every field).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse inputs larger than this many bytes (the same limit for code, ingest and the API's articles).",
)
def code_cmd(
    paths: tuple[str, ...],
    published: dt.date | None,
    fmt: str,
    include_negated: bool,
    include_nonfactual: bool,
    min_confidence: float | None,
    max_bytes: int,
) -> None:
    """Code text or HTML files (or - for stdin) and print their events."""
    from ..coding.coder import default_coder
    from ..text.article import Article, iter_articles

    failures = 0

    def good() -> Iterator[Article]:
        nonlocal failures
        for item in iter_articles(paths, published=published, max_bytes=max_bytes):
            if isinstance(item, InputError):
                failures += 1
                echo_error(str(item))
                continue
            if published is not None and item.published != published:
                item = Article.from_text(
                    item.text,
                    source=item.source,
                    title=item.title,
                    published=published,
                    url=item.url,
                    outlet=item.outlet,
                )
            yield item

    collected: list[dict[str, Any]] = []
    try:
        coder = default_coder()
        for analysis in coder.code_articles(good()):
            if fmt == "analysis":
                click.echo(json_line(analysis.to_dict()))
                continue
            records = [
                e.to_dict()
                for e in analysis.coded_events(include_negated=include_negated, include_nonfactual=include_nonfactual)
                if min_confidence is None or e.confidence >= min_confidence
            ]
            if fmt == "jsonl":
                for r in records:
                    click.echo(json_line(r))
            else:
                collected.extend(records)
    except (ModelError, DataFileError) as exc:
        echo_error(str(exc))
        sys.exit(EXIT_SETUP)
    except KeyboardInterrupt:
        echo_error("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    if fmt == "json":
        click.echo(json.dumps(collected, ensure_ascii=False, indent=1))
    elif fmt == "table":
        click.echo(_table(collected) if collected else "(no events)")
    sys.exit(EXIT_INPUT if failures else EXIT_OK)
