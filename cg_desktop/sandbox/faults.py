"""Injected faults: the bad days of a real network and server, on demand.

`FaultPlan.inject()` queues a fault for the next N requests to an endpoint; the HTTP
handler asks `take()` before handling each request. Faults that answer are canned
`Response`s here; the two that drop the connection are carried out by the handler.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from cg_desktop.sandbox.http_types import Response, json_response

HTML_500 = "html_500"
EMPTY_502 = "empty_502"
BUSY_503 = "busy_503"
RATE_429 = "rate_429"
CLOSE_CONNECTION = "close_connection"
ACCEPT_THEN_CLOSE = "accept_then_close"
REDIRECT = "redirect"
UNEXPECTED_200 = "unexpected_200"
FAULTS = (
    HTML_500,
    EMPTY_502,
    BUSY_503,
    RATE_429,
    CLOSE_CONNECTION,
    ACCEPT_THEN_CLOSE,
    REDIRECT,
    UNEXPECTED_200,
)
ENDPOINTS = ("records", "token", "hook", "any")

# What CLOSE_CONNECTION writes before hanging up: a status line and headers that promise
# more body than ever comes, as when a proxy or the Wi-Fi drops mid-answer.
PARTIAL_RESPONSE = (
    b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1024\r\n\r\n{"mess'
)

_SERVER_ERROR_PAGE = b"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Server Error</title></head>
<body><div class="flex-center"><div class="code">500</div>
<div class="message">Server Error</div></div></body>
</html>
"""


@dataclass(frozen=True)
class Fault:
    """One injected fault as the handler receives it."""

    name: str
    retry_after: int


@dataclass
class _Pending:
    """A queued fault and how many more requests it will hit."""

    name: str
    endpoint: str
    remaining: int
    retry_after: int


class FaultPlan:
    """The queue of injected faults; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[_Pending] = []

    def inject(self, fault: str, *, times: int, endpoint: str, retry_after: int) -> None:
        """Make the next `times` requests to `endpoint` get `fault` (queued after others)."""
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; expected one of {', '.join(FAULTS)}")
        if endpoint not in ENDPOINTS:
            raise ValueError(f"unknown endpoint {endpoint!r}; expected one of {ENDPOINTS}")
        if times < 1:
            raise ValueError("times must be at least 1")
        if retry_after < 0:
            raise ValueError("retry_after must not be negative")
        with self._lock:
            self._pending.append(_Pending(fault, endpoint, times, retry_after))

    def clear(self) -> None:
        """Forget every queued fault."""
        with self._lock:
            self._pending.clear()

    def take(self, endpoint: str | None) -> Fault | None:
        """The fault for this request to `endpoint` (None: no fault, or not an endpoint)."""
        with self._lock:
            for pending in self._pending:
                if pending.endpoint == "any" or pending.endpoint == endpoint:
                    pending.remaining -= 1
                    if pending.remaining == 0:
                        self._pending.remove(pending)
                    return Fault(pending.name, pending.retry_after)
        return None


def fault_response(fault: Fault, base_url: str) -> Response:
    """The canned answer of a fault that answers (all but the two that hang up)."""
    retry = (("Retry-After", str(fault.retry_after)),)
    if fault.name == HTML_500:
        return Response(500, _SERVER_ERROR_PAGE, "text/html; charset=UTF-8")
    if fault.name == EMPTY_502:
        return Response(502)
    if fault.name == BUSY_503:
        return Response(503, b"Service Unavailable", "text/plain; charset=UTF-8", retry)
    if fault.name == RATE_429:
        limits = (("X-RateLimit-Limit", "60"), ("X-RateLimit-Remaining", "0"))
        return json_response(429, {"message": "Too Many Attempts."}, retry + limits)
    if fault.name == REDIRECT:
        return Response(302, b"", None, (("Location", f"{base_url}/moved/"),))
    if fault.name == UNEXPECTED_200:
        return Response(200, b"<html>captive portal</html>", "text/html; charset=UTF-8")
    raise ValueError(f"{fault.name} does not answer")
