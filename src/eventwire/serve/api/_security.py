"""Who may call what: loopback detection, the bearer token, and the request body limit.

Reading endpoints are open. Writing endpoints (``POST /v1/articles``) need
``Authorization: Bearer <token>`` whenever a token is configured, and a token must be configured
whenever the server listens beyond loopback (:func:`check_listen` refuses otherwise).
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import Request

from ...errors import EventwireError

__all__ = ["BodyLimitMiddleware", "ConfigurationError", "check_listen", "is_loopback", "require_token"]

DEFAULT_MAX_BODY = 5_000_000

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class ConfigurationError(EventwireError):
    """The server cannot start as configured (the message says which option to change)."""


class AuthError(EventwireError):
    """A writing request without the right bearer token."""


def is_loopback(host: str) -> bool:
    """True when ``host`` is only reachable from this machine (127.0.0.0/8, ::1, localhost)."""
    h = host.strip().strip("[]").lower()
    if h == "localhost":
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve anywhere


def check_listen(host: str, token: str | None) -> None:
    """Refuse to listen beyond loopback without a token."""
    if token is not None and not token.strip():
        raise ConfigurationError("the API token is empty; pass a non-empty --token or unset EVENTWIRE_API_TOKEN")
    if not is_loopback(host) and not token:
        raise ConfigurationError(
            f"refusing to listen on {host} without a token: writing endpoints would be open to the network; "
            "pass --token or set EVENTWIRE_API_TOKEN (or listen on 127.0.0.1)"
        )


def require_token(request: Request) -> None:
    """FastAPI dependency for writing endpoints: checks the bearer token when one is configured."""
    expected: str | None = request.app.state.token
    if expected is None:
        return
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise AuthError("this endpoint writes to the database; send 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise AuthError("the bearer token is not the server's token; check --token / EVENTWIRE_API_TOKEN")


class BodyLimitMiddleware:
    """Answers 413 to any request body above ``max_bytes``, declared or streamed, before the app reads it."""

    def __init__(self, app: ASGIApp, *, max_bytes: int = DEFAULT_MAX_BODY) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_bytes:
                    await self._too_large(send, f"{declared} bytes")
                    return
        chunks: list[bytes] = []
        total = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            total += len(body)
            if total > self.max_bytes:
                await self._too_large(send, f"more than {self.max_bytes} bytes")
                return
            chunks.append(body)
            more = message.get("more_body", False)
        replay: list[Message] = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replay_receive() -> Message:
            if replay:
                return replay.pop()
            return await receive()

        await self.app(scope, replay_receive, send)

    async def _too_large(self, send: Send, size: str) -> None:
        payload = json.dumps(
            {
                "error": f"request body of {size} is above the limit of {self.max_bytes} bytes; send fewer or "
                         "smaller articles per request",
                "status": 413,
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})
