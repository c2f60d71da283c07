"""``eventwire serve``: the HTTP API and the dashboard."""

from __future__ import annotations

import shlex
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

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
@click.option("--watch", "watched", multiple=True, metavar="SOURCE",
              help="Follow this feed URL, URL list or folder while serving (repeat for more): `eventwire watch`.")
@click.option("--every", default="15m", show_default=True, metavar="INTERVAL",
              help="With --watch: time between polls (30s, 15m, 1h).")  # fmt: skip
def serve_cmd(db: Path | None, host: str, port: int, token: str | None, read_only: bool, create: bool,
              max_body: int, max_code_bytes: int, code_concurrency: int, public_code: bool,
              watched: tuple[str, ...], every: str) -> None:  # fmt: skip
    """Serve the HTTP API (OpenAPI at /docs) and the dashboard (at /).

    With --watch, an `eventwire watch` process follows the sources into the same store; the
    dashboard shows what it adds without a reload. `eventwire ingest` and queries work beside it.
    """
    from ..serve.api import CodeLimits, ConfigurationError, StoreUnavailableError, check_listen, serve
    from ..store import default_path

    try:
        check_listen(host, token or None)
    except ConfigurationError as exc:
        echo_error(str(exc))
        sys.exit(EXIT_USAGE)
    path = db if db is not None else default_path()
    if watched:
        from .watch import parse_every

        if read_only:
            echo_error("--watch stores what it reads, and --read-only forbids writing; drop one of them")
            sys.exit(EXIT_USAGE)
        try:
            parse_every(None, None, every)
        except click.BadParameter as exc:
            echo_error(f"--every: {exc.message}")
            sys.exit(EXIT_USAGE)
    if not path.exists() and not create:
        where = shlex.quote(str(path))
        echo_error(
            f"{path}: no such store; check the path, fill it with `eventwire ingest --db {where} FILES...`,"
            f" or start an empty one with `eventwire serve --db {where} --create`"
        )
        sys.exit(EXIT_USAGE)

    limits = CodeLimits(max_bytes=max_code_bytes, concurrent=code_concurrency, public=public_code)
    watcher = _start_watch(watched, db=path, every=every) if watched else None
    if watcher is not None:
        # uvicorn stops on SIGTERM, then raises it again with the handler found before it started:
        # this one, which stops the watcher first
        def on_term(signum: int, frame: Any) -> None:
            _stop_watch(watcher)
            signal.signal(signum, signal.SIG_DFL)
            signal.raise_signal(signum)

        signal.signal(signal.SIGTERM, on_term)
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
    finally:
        if watcher is not None:
            _stop_watch(watcher)


def _start_watch(sources: tuple[str, ...], *, db: Path, every: str) -> subprocess.Popen[bytes]:
    """``eventwire watch SOURCES --db DB --every EVERY`` as a child process (its lines go to this stderr).

    A process of its own: coding there never stalls the server's requests, and the store's lock
    file lets both use the file.
    """
    cmd = [sys.executable, "-m", "eventwire.cli", "watch", *sources, "--db", str(db), "--every", every]
    return subprocess.Popen(cmd, stdout=sys.stderr, stdin=subprocess.DEVNULL, preexec_fn=_end_with_parent)


def _end_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the watcher gets SIGTERM when the server dies, even by SIGKILL (elsewhere: nothing)."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _stop_watch(proc: subprocess.Popen[bytes]) -> None:
    """Stop the watcher between two committed batches (SIGTERM), killing it if it does not end."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
