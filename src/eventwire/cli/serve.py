"""``eventwire serve``: the HTTP API and the dashboard."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import click

from ._common import EXIT_SETUP, EXIT_USAGE, echo_error, main


@main.command("serve")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="DuckDB file (default: $EVENTWIRE_DB or the user data directory).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to listen on; beyond loopback a token is required.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--token",
    envvar="EVENTWIRE_API_TOKEN",
    default=None,
    help="Bearer token for writing endpoints (or $EVENTWIRE_API_TOKEN).",
)
@click.option("--read-only", is_flag=True, help="Open the database read-only; writing endpoints answer 403.")
@click.option(
    "--create",
    is_flag=True,
    help="Start an empty store when the --db file does not exist (without it, a missing file is an error).",
)
@click.option(
    "--max-body",
    type=click.IntRange(min=1),
    default=5_000_000,
    show_default=True,
    help="Largest request body in bytes (413 above).",
)
@click.option(
    "--max-code-bytes",
    type=click.IntRange(min=1),
    default=200_000,
    show_default=True,
    help="Largest text POST /v1/code codes, in UTF-8 bytes (413 above).",
)
@click.option(
    "--code-concurrency",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="POST /v1/code requests coding or waiting at once; more get 503 with Retry-After.",
)
@click.option("--public-code", is_flag=True, help="POST /v1/code needs no token even when the server has one.")
def serve_cmd(db: Path | None, host: str, port: int, token: str | None, read_only: bool, create: bool,
              max_body: int, max_code_bytes: int, code_concurrency: int, public_code: bool) -> None:  # fmt: skip
    """Serve the HTTP API (OpenAPI at /docs) and the dashboard (at /)."""
    from ..serve.api import CodeLimits, ConfigurationError, StoreUnavailableError, check_listen, serve
    from ..store import default_path

    try:
        check_listen(host, token or None)
    except ConfigurationError as exc:
        echo_error(str(exc))
        sys.exit(EXIT_USAGE)
    path = db if db is not None else default_path()
    if not path.exists() and not create:
        where = shlex.quote(str(path))
        echo_error(
            f"{path}: no such store; check the path, fill it with `eventwire ingest --db {where} FILES...`,"
            f" or start an empty one with `eventwire serve --db {where} --create`"
        )
        sys.exit(EXIT_USAGE)

    limits = CodeLimits(max_bytes=max_code_bytes, concurrent=code_concurrency, public=public_code)
    try:
        serve(db=db, host=host, port=port, token=token or None, read_only=read_only, max_body=max_body,
              code_limits=limits)  # fmt: skip
    except ConfigurationError as exc:
        echo_error(str(exc))
        sys.exit(EXIT_USAGE)
    except StoreUnavailableError as exc:
        echo_error(str(exc))
        sys.exit(EXIT_SETUP)
    except OSError as exc:
        echo_error(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port or --host")
        sys.exit(EXIT_SETUP)
