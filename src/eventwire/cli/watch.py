"""``eventwire watch``: follow feeds, URL lists and folders, ingesting what is new at every poll."""

from __future__ import annotations

import datetime as dt
import signal
import sys
from typing import Any

import click

from ..errors import EventwireError
from ..text.article import DEFAULT_MAX_BYTES
from ._common import EXIT_INTERRUPTED, EXIT_OK, EXIT_SETUP, EXIT_USAGE, echo_error, main, parse_date_option


def parse_every(ctx: click.Context | None, param: click.Parameter | None, value: str) -> float:
    """Click callback: ``15m``, ``30s``, ``1h`` as seconds (``--per-host`` may be 0)."""
    from ..store.watch import parse_interval

    try:
        return parse_interval(value, zero=param is not None and param.name == "per_host")
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@main.command("watch")
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--db", "db", envvar="EVENTWIRE_DB", metavar="PATH", type=click.Path(dir_okay=False),
    help="The DuckDB file (default: $EVENTWIRE_DB, else events.duckdb in the user data directory).",
)  # fmt: skip
@click.option("--every", default="15m", show_default=True, callback=parse_every, metavar="INTERVAL",
              help="Time between polls: 30s, 15m, 1h.")  # fmt: skip
@click.option("--polls", type=click.IntRange(min=1), default=None, help="Stop after this many polls (default: never).")
@click.option("--once", is_flag=True, help="Poll once and stop (the same as --polls 1).")
@click.option("--per-host", default="1s", show_default=True, callback=parse_every, metavar="INTERVAL",
              help="Least time between two requests to one host.")  # fmt: skip
@click.option("--timeout", "fetch_timeout", default="30s", show_default=True, callback=parse_every,
              metavar="INTERVAL", help="Give up on a request after this long (it is retried).")  # fmt: skip
@click.option("--retries", type=click.IntRange(min=0), default=2, show_default=True,
              help="More attempts after a failed request, with a doubling delay.")  # fmt: skip
@click.option("--date", "published", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="Publication date for articles that carry none.")  # fmt: skip
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Code in this many processes.")  # fmt: skip
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this many bytes.")  # fmt: skip
def watch_cmd(sources: tuple[str, ...], db: str | None, every: float, polls: int | None, once: bool,
              per_host: float, fetch_timeout: float, retries: int, published: dt.date | None, workers: int,
              max_bytes: int) -> None:  # fmt: skip
    """Poll SOURCES (RSS/Atom feed URLs, URL lists, folders, files) every INTERVAL and ingest what is new.

    Feeds are asked with conditional GET (ETag, Last-Modified); what each source gave is kept in
    the store, so a restarted watch stores nothing twice. One line per source and poll: new
    articles, events, failures. The store stays usable meanwhile: serve and query it as usual.
    """
    from ..store import StoreError, open_store
    from ..store.watch import Fetcher, PollResult, watch

    def tell(result: PollResult) -> None:
        click.echo(result.line())

    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        store = open_store(db, transient=True)
    except StoreError as exc:
        echo_error(str(exc))
        sys.exit(EXIT_SETUP)
    fetcher = Fetcher(timeout=fetch_timeout, per_host=per_host, retries=retries, max_bytes=max_bytes)
    click.echo(f"watching {len(sources)} sources every {_span(every)} into {store.path}", err=True)
    try:
        watch(store, list(sources), every=every, polls=1 if once else polls, fetcher=fetcher, published=published,
              max_bytes=max_bytes, workers=workers, on_poll=tell)  # fmt: skip
    except KeyboardInterrupt:
        echo_error("stopped; every article stored so far is whole: run the same command again to go on")
        sys.exit(EXIT_INTERRUPTED)
    except ValueError as exc:
        echo_error(str(exc))
        sys.exit(EXIT_USAGE)
    except EventwireError as exc:
        echo_error(str(exc))
        sys.exit(EXIT_SETUP)
    sys.exit(EXIT_OK)


def _terminate(signum: int, frame: Any) -> None:
    """SIGTERM (a server stopping its watcher) stops like Ctrl-C: between two committed batches."""
    raise KeyboardInterrupt


def _span(seconds: float) -> str:
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"
