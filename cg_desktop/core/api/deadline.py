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
from dataclasses import dataclass
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
# Every attempt running now, by thread; and the threads whose attempts are being ended for
# good (their sender is closing): an attempt entered there starts out expired.
_running: dict[int, set[Deadline]] = {}
_ending: set[int] = set()
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
        self._thread = 0
        self._closed = False  # the attempt is over: a late timer touches nothing

    def __enter__(self) -> Deadline:
        self._outer, _current.deadline = _current.deadline, self
        self._thread = threading.get_ident()
        with _running_lock:
            _running.setdefault(self._thread, set()).add(self)
            ending = self._thread in _ending
        if ending:
            self._expire()
        else:
            self._timer.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._timer.cancel()
        with self._lock:
            self._closed = True
            self._sockets = []  # perhaps kept alive for the next attempt: not ours to end
        with _running_lock:
            _running.get(self._thread, set()).discard(self)
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

    def watch(self, sock: Any) -> None:
        """Shut this socket down at the deadline (at once if it has passed)."""
        with self._lock:
            if self._closed:
                return
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
            if self._closed:
                return
            self.passed = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)


def end_attempts_in(thread: int) -> int:
    """End the attempts of one thread (its sender is closing), now and from now on.

    Each ends as if its deadline had passed: its record stays queued, result unknown,
    and the next start settles it by the duplicate rule. An attempt that thread starts
    later begins expired, until `forget_thread`. Returns how many were running.
    """
    with _running_lock:
        _ending.add(thread)
        running = list(_running.get(thread, ()))
    for deadline in running:
        deadline.expire()
    return len(running)


def forget_thread(thread: int) -> None:
    """The thread has ended: its ident may be reused by a new one, which must start clean."""
    with _running_lock:
        _ending.discard(thread)
        _running.pop(thread, None)


def current_deadline() -> Deadline | None:
    """The deadline of the attempt running in this thread, if any."""
    return _current.deadline


def current_deadline_passed() -> bool:
    """True when this thread's attempt ran out of time (an error then means TooSlow)."""
    deadline = _current.deadline
    return deadline is not None and deadline.passed


def _shut(sock: Any) -> None:
    """Wake whoever reads from the socket: the read fails at once."""
    # Through an HTTPS proxy urllib3 hands out an SSLTransport: its socket is underneath.
    raw = getattr(sock, "socket", sock)
    with contextlib.suppress(Exception):  # a timer thread must never die halfway
        raw.shutdown(socket.SHUT_RDWR)


def _watch(sock: socket.socket | None) -> None:
    """Hand a socket to this thread's deadline, if an attempt is running."""
    deadline = _current.deadline
    if deadline is not None and sock is not None:
        deadline.watch(sock)


class _Watched:
    """Mixed into urllib3's connections: the running attempt's deadline can shut them."""

    sock: socket.socket | None

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]  # urllib3's connection, after this in the MRO
        _watch(self.sock)  # (for HTTPS: once the TLS handshake is done)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watch(self.sock)  # a kept-alive connection, used again
        super().request(*args, **kwargs)  # type: ignore[misc]


class _WatchedHTTPConnection(_Watched, urllib3.connection.HTTPConnection):
    """An HTTP connection a Deadline can end."""


class _WatchedHTTPSConnection(_Watched, urllib3.connection.HTTPSConnection):
    """An HTTPS connection a Deadline can end."""


class _WatchedHTTPPool(urllib3.connectionpool.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(urllib3.connectionpool.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class DeadlineAdapter(HTTPAdapter):
    """requests' adapter, with connections a Deadline can end (through a proxy too)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_WATCHED_POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """The proxy's manager (HTTP(S)_PROXY, the system's), with watched pools too."""
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):
            # (SOCKS proxies keep urllib3's own pools: their reads end by read timeouts.)
            manager.pool_classes_by_scheme = dict(_WATCHED_POOLS)
        return manager


@dataclass(frozen=True)
class Body:
    """An answer's body as read, and whether it is known to be the whole of it."""

    data: bytes
    # Delimited by the server (a Content-Length read to its end, a finished chunked body,
    # or a status that has none) and sent as is: only such a body can prove anything. A
    # body read "until the connection closed" may just have been cut.
    whole: bool


def read_capped(response: requests.Response, *, limit: int) -> Body:
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
                return Body(b"".join(chunks), _delimited(response))
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                return Body(b"".join(chunks)[:limit], False)
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        if current_deadline_passed():
            raise TooSlow from None
        raise _as_requests_error(exc) from None
    finally:
        response.close()  # after a full read urllib3 has already released the connection


def _delimited(response: requests.Response) -> bool:
    """True when the server said where the body ends, the body reached it, and was plain."""
    if response.headers.get("Content-Encoding", "identity").lower() != "identity":
        return False  # decoded: an empty result may hide a cut stream
    if response.status_code in (204, 304):
        return True
    raw = response.raw
    if raw.chunked:
        return True  # urllib3 raises when a chunked body breaks off
    return "Content-Length" in response.headers and raw.length_remaining == 0


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
