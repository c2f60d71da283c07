"""The eventwire HTTP API and dashboard (FastAPI).

    >>> from eventwire.api import create_app
    >>> app = create_app(db="events.duckdb")          # an ASGI app; or `eventwire serve`

Endpoints (OpenAPI at ``/docs`` and ``/openapi.json``)::

    POST /v1/code              code a text or HTML page, nothing stored
    POST /v1/articles          code and store one or many articles (idempotent; bearer token)
    GET  /v1/events            events by the CLI's filters, cursor pagination
    GET  /v1/events/{id}       one event
    GET  /v1/articles/{id}     an article's text and the evidence spans of its events
    GET  /v1/actors?q=         actors with event counts
    GET  /v1/stats?by=         time series by quad class, categories, dyads, countries
    GET  /v1/map, /v1/network  the dashboard's map points and actor network
"""

from __future__ import annotations

from ._app import DASHBOARD_DIR, create_app
from ._articles import CodeLimits
from ._errors import NotFoundError, ReadOnlyError, StoreUnavailableError
from ._security import DEFAULT_MAX_BODY, ConfigurationError, check_listen, is_loopback
from ._server import serve, serve_in_thread

__all__ = [
    "CodeLimits",
    "DASHBOARD_DIR",
    "DEFAULT_MAX_BODY",
    "ConfigurationError",
    "NotFoundError",
    "ReadOnlyError",
    "StoreUnavailableError",
    "check_listen",
    "create_app",
    "is_loopback",
    "serve",
    "serve_in_thread",
]
