"""Plain request/response values passed between the HTTP handler and the endpoints."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass, field

JSON_TYPE = "application/json"


@dataclass(frozen=True)
class Request:
    """One HTTP request as the endpoints see it (headers keyed in lower case)."""

    method: str
    path: str
    query: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        """The first value of header `name` (any case), or None."""
        return self.headers.get(name.lower())


@dataclass(frozen=True)
class Response:
    """One HTTP answer; the handler adds Content-Length, Date and Server."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: tuple[tuple[str, str], ...] = ()


def json_response(
    status: int, payload: object, headers: tuple[tuple[str, str], ...] = ()
) -> Response:
    """A JSON answer; default json.dumps escaping matches PHP's json_encode closely enough."""
    body = json.dumps(payload).encode("utf-8")
    return Response(status, body, JSON_TYPE, headers)


def message_response(status: int, message: str) -> Response:
    """The Laravel-style `{"message": ...}` answer used for 401, 404, 405 and the like."""
    return json_response(status, {"message": message})


def not_found() -> Response:
    """404 for a path the sandbox doesn't serve."""
    return message_response(404, "Not Found.")


def method_not_allowed(method: str, allowed: tuple[str, ...]) -> Response:
    """405 with Laravel's wording and an Allow header."""
    listed = ", ".join(allowed)
    text = f"The {method} method is not supported for this route. Supported methods: {listed}."
    return json_response(405, {"message": text}, (("Allow", listed),))


def unauthenticated() -> Response:
    """401 exactly as SPEC.md documents it."""
    return message_response(401, "Unauthenticated.")


def bearer_token(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer ...` header, the way Laravel reads it.

    Laravel's `bearerToken()` looks for the case-sensitive prefix "Bearer " and stops at
    a comma; "bearer x" is not a token to it, so it isn't to us either.
    """
    if header is None:
        return None
    position = header.rfind("Bearer ")
    if position == -1:
        return None
    token = header[position + len("Bearer ") :].split(",", 1)[0]
    return token or None


def basic_credentials(header: str | None) -> tuple[str, str] | None:
    """(user, password) from an `Authorization: Basic ...` header, or None if absent/bad."""
    if header is None:
        return None
    scheme, _, encoded = header.strip().partition(" ")
    if scheme.lower() != "basic" or not encoded.strip():
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, colon, password = decoded.partition(":")
    if not colon:
        return None
    return user, password
