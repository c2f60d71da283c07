"""The one place that maps exceptions to HTTP status codes and JSON bodies.

Every error answer has the same shape::

    {"error": "one line saying what was wrong and what to do", "status": 422,
     "field": "articles.0.published", "details": [...]}

``field`` and ``details`` appear only for invalid requests.

    NotFoundError      404  no event / article with that id
    AuthError          401  writing without the server's bearer token
    ReadOnlyError      403  writing to a server started read-only
    InputError         422  a text or HTML body that cannot be coded (empty, ...)
    validation errors  422  malformed JSON, a body that cannot be parsed, a missing or mistyped field
    CodeTooLargeError  413  a POST /v1/code text above --max-code-bytes
    BusyError          503  every coding slot is taken (with Retry-After)
    ModelError,        503  eventwire itself cannot code (model or data file missing)
    DataFileError,
    StoreUnavailableError   the database file cannot be opened
    anything else      500  logged with its traceback; the answer says only "internal error" and
                            closes the connection (Connection: close)
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ...errors import DataFileError, EventwireError, InputError, ModelError
from ._security import AuthError

__all__ = ["NotFoundError", "ReadOnlyError", "StoreUnavailableError", "install_error_handlers"]

log = logging.getLogger(__name__)


class NotFoundError(EventwireError):
    """No record with the requested id."""


class ReadOnlyError(EventwireError):
    """A writing request to a server started with ``--read-only``."""


class CodeTooLargeError(EventwireError):
    """A ``POST /v1/code`` text above the server's coding limit (``--max-code-bytes``)."""


class BusyError(EventwireError):
    """Every coding slot is taken; the client should retry after ``retry_after`` seconds."""

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class StoreUnavailableError(EventwireError):
    """The store cannot be opened (the message names the file and the fix)."""


_STATUS: tuple[tuple[type[Exception], int], ...] = (
    (NotFoundError, 404),
    (AuthError, 401),
    (ReadOnlyError, 403),
    (InputError, 422),
    (CodeTooLargeError, 413),
    (BusyError, 503),
    (ModelError, 503),
    (DataFileError, 503),
    (StoreUnavailableError, 503),
)


def error_body(status: int, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": message, "status": status, **{k: v for k, v in extra.items() if v is not None}}


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header"):
        parts = parts[1:]
    return ".".join(parts) or "body"


def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    details = [
        {
            "field": _field(e.get("loc", ())),
            "message": str(e.get("msg", "")).removeprefix("Value error, "),
            "type": e.get("type"),
        }
        for e in errors
    ]
    first = details[0] if details else {"field": "body", "message": "invalid request", "type": None}
    if first["type"] == "json_invalid":
        ctx = errors[0].get("ctx") or {}
        message = (
            f"the request body is not valid JSON ({ctx.get('error', 'parse error')} at position "
            f"{first['field']}); send a JSON object"
        )
        field = "body"
    elif first["type"] == "model_attributes_type" and first["field"] == "body":
        field = "body"
        message = "the request body must be a JSON object sent with 'Content-Type: application/json'"
    else:
        field = first["field"]
        message = f"{field}: {first['message']}"
    return JSONResponse(error_body(422, message, field=field, details=details), status_code=422)


def _eventwire(request: Request, exc: Exception) -> JSONResponse:
    status = next((code for cls, code in _STATUS if isinstance(exc, cls)), 400)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if isinstance(exc, BusyError):
        headers = {"Retry-After": str(exc.retry_after)}
    field = getattr(exc, "field", None)
    return JSONResponse(error_body(status, str(exc), field=field), status_code=status, headers=headers)


def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 400 and message == "There was an error parsing the body":
        # a body that is not decodable JSON (invalid UTF-8, nesting too deep): a body error like any other
        message = "the request body cannot be parsed (not UTF-8 JSON, or nested too deep); send a flat JSON object"
        return JSONResponse(error_body(422, message, field="body"), status_code=422)
    if exc.status_code == 404 and message == "Not Found":
        message = f"no such endpoint: {request.method} {request.url.path}; see /docs for the API"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}; see /docs for the API"
    return JSONResponse(
        error_body(exc.status_code, message), status_code=exc.status_code, headers=getattr(exc, "headers", None)
    )


def _value(request: Request, exc: Exception) -> JSONResponse:
    # Raised by the store for filter values it cannot use (an unknown ``by``, a bad date).
    return JSONResponse(error_body(400, str(exc)), status_code=400)


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    # the exception goes on to the server, which drops the connection: say so, so that the
    # client opens a new one for its next request instead of failing on a dead keep-alive
    return JSONResponse(
        error_body(500, "internal error; the server log has the details"),
        status_code=500,
        headers={"Connection": "close"},
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(EventwireError, _eventwire)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(ValueError, _value)
    app.add_exception_handler(Exception, _unexpected)
