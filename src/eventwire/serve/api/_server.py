"""Running the app with uvicorn, after the security checks."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ._app import create_app
from ._articles import CodeLimits
from ._security import DEFAULT_MAX_BODY, check_listen

__all__ = ["TOKEN_ENV", "serve", "serve_in_thread"]

TOKEN_ENV = "EVENTWIRE_API_TOKEN"


def serve(*, db: str | Path | None = None, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          read_only: bool = False, max_body: int = DEFAULT_MAX_BODY, log_level: str = "info",
          code_limits: CodeLimits | None = None) -> None:
    """Serve the API and dashboard until interrupted. ``token`` defaults to $EVENTWIRE_API_TOKEN.

    Raises ConfigurationError (before listening) on a non-loopback ``host`` without a token, and
    StoreUnavailableError when the database cannot be opened.
    """
    import uvicorn

    if token is None:
        token = os.environ.get(TOKEN_ENV)
    check_listen(host, token)
    app = create_app(db=db, token=token, read_only=read_only, max_body=max_body, code_limits=code_limits)
    with app.state.store_access.reading():
        pass  # open the database now: a bad --db fails before listening, not on the first request
    # bind here, not in uvicorn: a port already taken is an OSError the caller can say in one line
    # (uvicorn would log it and exit 1)
    sock = _bind(host, port)
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, server_header=False)
    uvicorn.Server(config).run(sockets=[sock])


def _bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (IPv6 when ``host`` is an IPv6 address); raises OSError."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


@contextmanager
def serve_in_thread(
    app: Any, *, host: str = "127.0.0.1", port: int = 0, token: str | None = None, timeout: float = 30.0
) -> Iterator[str]:
    """Run ``app`` with uvicorn in a background thread; yields its base URL (``port=0``: a free port).

    For notebooks and tests: the server stops when the block ends.
    """
    import time

    import uvicorn

    check_listen(host, token if token is not None else getattr(getattr(app, "state", None), "token", None))
    server = uvicorn.Server(
        uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False, lifespan="on")
    )
    thread = threading.Thread(target=server.run, name="eventwire-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the API server did not start on {host}:{port}; see the log above")
        time.sleep(0.02)
    bound = server.servers[0].sockets[0].getsockname()
    try:
        yield f"http://{host}:{bound[1]}" if ":" not in host else f"http://[{host}]:{bound[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout)
