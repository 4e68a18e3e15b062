"""The one way cg-desktop makes a requests.Session: no silent retries, a clear User-Agent."""

from __future__ import annotations

import time
from collections.abc import Callable

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter
from requests.auth import AuthBase
from requests.models import PreparedRequest
from urllib3.util.retry import Retry

from cg_desktop import __version__

# (connect, read): connecting is quick or hopeless; CustomerGauge may take a while to answer.
DEFAULT_TIMEOUT = (5.0, 30.0)


def make_session() -> requests.Session:
    """A Session that never resends on its own: retries belong to the outbox, where they count.

    urllib3 would otherwise retry a PUT after a read error (PUT is "idempotent"), which for
    us can mean a second survey (PITFALLS.md).
    """
    session = requests.Session()
    # read=False re-raises a read error as itself (a ReadTimeout stays a timeout) instead of
    # wrapping it in MaxRetryError, which requests would turn into a ConnectionError.
    no_retries = Retry(total=0, connect=0, read=False, redirect=0, status=0, other=0)
    adapter = HTTPAdapter(max_retries=no_retries)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = f"cg-desktop/{__version__}"
    return session


class BearerAuth(AuthBase):
    """Authorization: Bearer; passed as `auth` so a stray ~/.netrc can never replace it."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, request: PreparedRequest) -> PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "<BearerAuth redacted>"


class NoAuth(AuthBase):
    """No Authorization header at all, and no ~/.netrc lookup either (the token request)."""

    def __call__(self, request: PreparedRequest) -> PreparedRequest:
        return request


# One attempt (sign-in, request and answer together) ends by this deadline, however the
# server trickles; answers are read up to a cap, so an endless body can't fill memory.
ATTEMPT_DEADLINE = 60.0
RECORDS_ANSWER_LIMIT = 1024 * 1024  # CustomerGauge answers a few hundred bytes at most
TOKEN_ANSWER_LIMIT = 64 * 1024


class TooSlow(Exception):
    """The answer was still arriving when the attempt's deadline passed."""


def read_capped(
    response: requests.Response,
    *,
    limit: int,
    deadline: float,
    clock: Callable[[], float] = time.monotonic,
) -> bytes:
    """The answer's body, cut at `limit` bytes (a longer one is never read to its end).

    Reads what has arrived as it arrives (a server trickling a byte at a time is caught
    by the deadline, checked after every read). Raises TooSlow after `deadline` (a
    `clock()` time), and requests' own errors for a body that breaks off or stalls.
    """
    raw = response.raw
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            if clock() > deadline:
                raise TooSlow
            chunk = raw.read1(64 * 1024, decode_content=True)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                return b"".join(chunks)[:limit]
    except urllib3.exceptions.ProtocolError as exc:  # the body broke off
        raise requests.exceptions.ChunkedEncodingError(exc) from None
    except urllib3.exceptions.ReadTimeoutError as exc:
        raise requests.exceptions.ReadTimeout(exc) from None
    finally:
        response.close()  # unread rest and all: this connection is not reused


def remaining(
    deadline: float, timeout: tuple[float, float], clock: Callable[[], float] = time.monotonic
) -> tuple[float, float]:
    """(connect, read) timeouts that never reach past the attempt's deadline."""
    left = max(0.1, deadline - clock())
    return (min(timeout[0], left), min(timeout[1], left))
