"""One attempt, one deadline: sign-in, request and answer end by it, however a server trickles.

requests' timeouts are per socket read, so a server sending a byte now and then (headers
or body) could hold the sender for ever. A `Deadline` shuts down, from a timer thread,
every socket its attempt uses once the time is up; the blocked read then fails at once
and the attempt reports TooSlow. Answers are also read up to a cap, so an endless body
can't fill memory.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

import requests
import urllib3.connection
import urllib3.connectionpool
import urllib3.exceptions
from requests.adapters import HTTPAdapter

ATTEMPT_DEADLINE = 60.0
RECORDS_ANSWER_LIMIT = 1024 * 1024  # CustomerGauge answers a few hundred bytes at most
TOKEN_ANSWER_LIMIT = 64 * 1024
# With less than this left, a request is not started: it could only time out halfway.
MIN_TIME_FOR_A_REQUEST = 3.0


class TooSlow(Exception):
    """The attempt's deadline passed (before a request could start, or while one ran)."""


class _Current(threading.local):
    """The deadline of the attempt running in this thread, if any."""

    deadline: Deadline | None = None


_current = _Current()
# Every attempt running now, in any thread: closing the app ends them (end_all_attempts).
_running: set[Deadline] = set()
_running_lock = threading.Lock()


class Deadline:
    """`with Deadline(at):` every socket the attempt uses is shut down at time `at`."""

    def __init__(self, at: float, clock: Callable[[], float] = time.monotonic) -> None:
        """`at` is a `clock()` time."""
        self.at = at
        self._clock = clock
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self.passed = False
        self._timer = threading.Timer(max(0.0, at - clock()), self._expire)
        self._timer.daemon = True
        self._outer: Deadline | None = None

    def __enter__(self) -> Deadline:
        self._outer, _current.deadline = _current.deadline, self
        with _running_lock:
            _running.add(self)
        self._timer.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._timer.cancel()
        with _running_lock:
            _running.discard(self)
        _current.deadline = self._outer

    def left(self) -> float:
        """Seconds until the deadline (0 once passed)."""
        return max(0.0, self.at - self._clock())

    def timeouts(self, timeout: tuple[float, float]) -> tuple[float, float]:
        """(connect, read) timeouts for a request now; TooSlow when too little time is left."""
        left = self.left()
        if self.passed or left < MIN_TIME_FOR_A_REQUEST:
            raise TooSlow
        return (min(timeout[0], left), min(timeout[1], left))

    def watch(self, sock: socket.socket) -> None:
        """Shut this socket down at the deadline (at once if it has passed)."""
        with self._lock:
            if not self.passed:
                self._sockets.append(sock)
                return
        _shut(sock)

    def expire(self) -> None:
        """End the attempt now, as if its time were up (the app is closing)."""
        self._timer.cancel()
        self._expire()

    def _expire(self) -> None:
        """The timer thread: the time is up."""
        with self._lock:
            self.passed = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)


def end_all_attempts() -> int:
    """End every attempt running now (the app is closing); returns how many.

    Each ends as if its deadline had passed: its record stays queued, result unknown, and
    the next start settles it by the duplicate rule.
    """
    with _running_lock:
        running = list(_running)
    for deadline in running:
        deadline.expire()
    return len(running)


def current_deadline() -> Deadline | None:
    """The deadline of the attempt running in this thread, if any."""
    return _current.deadline


def current_deadline_passed() -> bool:
    """True when this thread's attempt ran out of time (an error then means TooSlow)."""
    deadline = _current.deadline
    return deadline is not None and deadline.passed


def _shut(sock: socket.socket) -> None:
    """Wake whoever reads from the socket: the read fails at once."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _watch(sock: socket.socket | None) -> None:
    """Hand a socket to this thread's deadline, if an attempt is running."""
    deadline = _current.deadline
    if deadline is not None and sock is not None:
        deadline.watch(sock)


class _WatchedHTTPConnection(urllib3.connection.HTTPConnection):
    """An HTTP connection whose socket the running attempt's deadline can shut down."""

    def connect(self) -> None:
        super().connect()
        _watch(self.sock)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watch(self.sock)  # a kept-alive connection, used again
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(urllib3.connection.HTTPSConnection):
    """The same for HTTPS (the socket is watched once the TLS handshake is done)."""

    def connect(self) -> None:
        super().connect()
        _watch(self.sock)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watch(self.sock)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class DeadlineAdapter(HTTPAdapter):
    """requests' adapter, with connections a Deadline can end."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }


def read_capped(response: requests.Response, *, limit: int) -> bytes:
    """The answer's body, cut at `limit` bytes (a longer one is never read to its end).

    Reads what has arrived as it arrives; the running Deadline ends a trickle. Raises
    TooSlow once it has, and requests' own errors as requests would (iter_content's).
    """
    raw = response.raw
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            chunk = raw.read1(64 * 1024, decode_content=True)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                return b"".join(chunks)[:limit]
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        if current_deadline_passed():
            raise TooSlow from None
        raise _as_requests_error(exc) from None
    finally:
        response.close()  # after a full read urllib3 has already released the connection


def _as_requests_error(exc: BaseException) -> requests.RequestException:
    """The requests error for a urllib3 one while reading a body (as iter_content maps them)."""
    if isinstance(exc, urllib3.exceptions.ProtocolError):
        return requests.exceptions.ChunkedEncodingError(exc)
    if isinstance(exc, urllib3.exceptions.DecodeError):
        return requests.exceptions.ContentDecodingError(exc)
    if isinstance(exc, urllib3.exceptions.ReadTimeoutError):
        return requests.exceptions.ReadTimeout(exc)
    if isinstance(exc, urllib3.exceptions.SSLError):
        return requests.exceptions.SSLError(exc)
    return requests.exceptions.ConnectionError(exc)
