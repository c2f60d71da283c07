"""The application factory: API routes, the dashboard's static files, security and error mapping."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from ..._version import __version__
from . import _read, _write
from ._articles import CodeGate, CodeLimits
from ._errors import install_error_handlers
from ._security import DEFAULT_MAX_BODY, BodyLimitMiddleware
from ._store import StoreAccess

__all__ = ["DASHBOARD_DIR", "create_app"]

DASHBOARD_DIR = Path(str(resources.files("eventwire.serve") / "dashboard"))

_DESCRIPTION = """Code news text into PLOVER events with evidence, store them, and query them.

Reading endpoints are open. `POST /v1/articles` writes, and `POST /v1/code` codes: both need
`Authorization: Bearer <token>` when the server has a token (always the case beyond loopback),
coding not when the server runs with `--public-code`. `POST /v1/code` takes texts up to 200 KB by
default (413 above) and a few requests at once (503 with `Retry-After` beyond). Request bodies are limited
(413 above). Errors are JSON: `{"error": "...", "status": 422, "field": "..."}`.
The dashboard is at `/`; each of its panels names the endpoint it draws.
"""


def create_app(*, db: str | Path | None = None, store: Any = None, token: str | None = None,
               read_only: bool = False, max_body: int = DEFAULT_MAX_BODY,
               code_limits: CodeLimits | None = None) -> FastAPI:
    """The eventwire HTTP app over the store at ``db`` (or an open ``store``).

    ``token``: when set, writing endpoints, and ``POST /v1/code`` unless ``code_limits.public``,
    need ``Authorization: Bearer <token>``.
    ``read_only``: open the database read-only; writing endpoints answer 403.
    ``code_limits``: what one ``POST /v1/code`` may cost (size, requests at once, wait).
    """
    access = StoreAccess(path=db, store=store, read_only=read_only)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        access.close()

    # the API reference is a page of the package that reads /openapi.json (no CDN: works offline)
    app = FastAPI(
        title="eventwire",
        version=__version__,
        description=_DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.store_access = access
    app.state.token = token or None
    app.state.code_gate = CodeGate(code_limits or CodeLimits())
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body)
    install_error_handlers(app)
    app.include_router(_write.router)
    app.include_router(_read.router)

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(DASHBOARD_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> FileResponse:
        return FileResponse(DASHBOARD_DIR / "api-docs.html", headers={"Cache-Control": "no-cache"})

    @app.get("/dashboard", include_in_schema=False)
    def dashboard_alias() -> RedirectResponse:
        return RedirectResponse("/")

    app.mount("/assets", StaticFiles(directory=DASHBOARD_DIR), name="assets")
    return app
