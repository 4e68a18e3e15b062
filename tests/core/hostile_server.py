"""A hostile stand-in for CustomerGauge on loopback: it answers exactly what a test scripts.

Unlike the sandbox (a faithful CustomerGauge), this server misbehaves on purpose: odd 200
bodies, unknown charsets, echoed secrets, trickled or endless answers. The token endpoint
answers a real-looking token (TOKEN), so the records call is reached.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

TOKEN = "tok-7f3a9c-hostile-bearer"
TOKEN_PATH = "/oauth2/token"
RECORDS_PATH = "/records/"


@dataclass
class Answer:
    """One scripted answer: status, headers and body (or a function writing raw bytes)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    # Instead of a normal answer: write to the socket as it likes (trickle, stream, hang up).
    raw: Callable[[BaseHTTPRequestHandler], None] | None = None
    # Whether the record landed (CustomerGauge took it) whatever the answer says.
    # None: a 2xx or a raw answer lands (the worst case for a second survey), others don't.
    lands: bool | None = None

    def landed(self) -> bool:
        """Whether a record answered so was taken."""
        return self.lands if self.lands is not None else self.raw is not None or self.status < 300


@dataclass
class Seen:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    target: str = ""  # the request line's target: an absolute URL when sent via a proxy


class HostileServer:
    """Scripted answers for /records/ (first in, first out; then empty 200s); a token endpoint.

    It also keeps CustomerGauge's duplicate rule: a record body that landed before is
    answered with the documented duplicate 422, before any scripted answer. It serves as
    an HTTP proxy too (a request for an absolute URL is answered the same way).
    """

    def __init__(self) -> None:
        self.answers: list[Answer] = []
        self.token_answer: Answer | None = None  # None: a good token
        self.seen: list[Seen] = []
        self.landed: Counter[bytes] = Counter()  # record body → how many times it was taken
        self._lock = threading.Lock()
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                path = urlsplit(self.path).path  # through a proxy: an absolute URL
                with server._lock:
                    server.seen.append(
                        Seen(self.command, path, dict(self.headers.items()), body, self.path)
                    )
                    if path == TOKEN_PATH:
                        answer = server.token_answer or _good_token()
                    elif server.landed[body]:
                        answer = _duplicate()
                    elif server.answers:
                        answer = server.answers.pop(0)
                    else:
                        answer = Answer(200)
                    if path == RECORDS_PATH and answer.landed():
                        server.landed[body] += 1
                if answer.raw is not None:
                    self.close_connection = True
                    answer.raw(self)
                    return
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            do_GET = do_PUT = do_POST = _serve

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def stopping(self) -> threading.Event:
        """Set when the server stops: raw writers end their loops on it."""
        return self._stop

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def records_puts(self) -> int:
        """How many record calls arrived."""
        with self._lock:
            return sum(1 for s in self.seen if s.path == RECORDS_PATH)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()


def _good_token() -> Answer:
    """A standard OAuth2 token answer (RFC 6749 §5.1)."""
    body = {"access_token": TOKEN, "token_type": "Bearer", "expires_in": 3600}
    return Answer(200, {"Content-Type": "application/json"}, json.dumps(body).encode())


def _duplicate() -> Answer:
    """CustomerGauge's duplicate refusal (SPEC: errors.duplicate)."""
    text = "Record could not be imported because it duplicates with 4242."
    body = {"message": text, "errors": {"duplicate": [text]}}
    return Answer(422, {"Content-Type": "application/json"}, json.dumps(body).encode())


def _drip(
    handler: BaseHTTPRequestHandler, data: bytes, every: float, stop: threading.Event
) -> None:
    """Write `data` a byte at a time, `every` seconds apart, until done, stopped or hung up."""
    for byte in data:
        if stop.wait(every):
            return
        try:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
        except OSError:
            return  # the client hung up: good


def trickle(body: bytes, every: float, stop: threading.Event) -> Callable[[Any], None]:
    """A raw answer: headers, then the body one byte at a time, `every` seconds apart."""

    def write(handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body))
        handler.wfile.flush()
        _drip(handler, body, every, stop)

    return write


def trickle_headers(every: float, stop: threading.Event) -> Callable[[Any], None]:
    """A raw answer whose status line and headers come a byte at a time (and never end)."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Slow: " + b"y" * 10_000
    return lambda handler: _drip(handler, head, every, stop)


def endless(stop: threading.Event, chunk: bytes = b"x" * 65536) -> Callable[[Any], None]:
    """A raw answer: a 200 whose chunked body never ends (until the server stops)."""

    def write(handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        while not stop.is_set():
            try:
                handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except OSError:
                return  # the client hung up: good

    return write
