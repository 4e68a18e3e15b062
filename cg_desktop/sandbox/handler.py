"""The HTTP layer: a threaded HTTP/1.1 server with keep-alive, and its request handler.

It knows nothing of the API: it reads a request, asks its `Host` for a fault or an
answer, and writes it with a Content-Length, or hangs up when a fault says so.
"""

from __future__ import annotations

import contextlib
import logging
import selectors
import socket
import socketserver
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import urlsplit

from cg_desktop.sandbox.faults import (
    ACCEPT_THEN_CLOSE,
    CLOSE_CONNECTION,
    PARTIAL_RESPONSE,
    Fault,
    fault_response,
)
from cg_desktop.sandbox.holds import AnswerHold
from cg_desktop.sandbox.http_types import Request, Response, message_response

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # a record is a few hundred bytes; refuse megabytes
IDLE_TIMEOUT = 60.0  # seconds a kept-alive connection may sit idle
NO_ANSWER = 0  # request-log status of a request whose connection was dropped


class Host(Protocol):
    """What the handler needs from the sandbox."""

    @property
    def base_url(self) -> str:
        """`http://host:port` (for the redirect fault's Location)."""
        ...

    def wait_latency(self) -> bool:
        """Sleep the configured latency; False when the sandbox is stopping."""
        ...

    def take_fault(self, path: str) -> Fault | None:
        """The injected fault for this request, if one is due."""
        ...

    def take_hold(self, path: str) -> AnswerHold | None:
        """The armed hold for this request's answer, if a test asked for one."""
        ...

    def dispatch(self, request: Request) -> Response:
        """The normal answer to a request."""
        ...

    def log_answer(self, method: str, path: str, status: int) -> None:
        """Note one answered (or dropped, status 0) request."""
        ...


class SandboxHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that tracks its connections so close() can end them promptly."""

    daemon_threads = True
    block_on_close = False  # close() joins the threads itself, with a deadline
    request_queue_size = 128  # socketserver's 5 drops bursts of connects for a second

    def __init__(self, address: tuple[str, int], host: Host) -> None:
        self.host = host
        self._lock = threading.Lock()
        self._connections: dict[Any, threading.Thread] = {}
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)
        # serve() sleeps in select() until a connection or a byte on this pair arrives,
        # so stop() is instant instead of waiting out serve_forever's poll interval.
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._stopping = threading.Event()

    def serve(self) -> None:
        """Accept connections until wake() (run in the sandbox's server thread)."""
        with selectors.DefaultSelector() as selector:
            selector.register(self.socket, selectors.EVENT_READ)
            selector.register(self._wake_reader, selectors.EVENT_READ)
            while not self._stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is self.socket and not self._stopping.is_set():
                        self.handle_request()  # ready, so it does not block

    def wake(self) -> None:
        """Make serve() return promptly."""
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._wake_writer.send(b"x")

    def server_bind(self) -> None:
        """Bind without HTTPServer's reverse DNS lookup (getfqdn can stall for seconds)."""
        socketserver.TCPServer.server_bind(self)
        self.server_name = str(self.server_address[0])
        self.server_port = int(self.server_address[1])

    def process_request(self, request: Any, client_address: Any) -> None:
        """One daemon thread per connection, registered before it starts."""
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        with self._lock:
            self._connections[request] = thread
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        """Forget the connection, then close it."""
        with self._lock:
            self._connections.pop(request, None)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client hanging up is routine; anything else is a sandbox bug, logged."""
        if isinstance(sys.exc_info()[1], OSError):
            log.debug("connection from %s dropped", client_address, exc_info=True)
        else:
            log.exception("sandbox error on a connection from %s", client_address)

    def close(self, timeout: float) -> None:
        """After serve() returned: close the listener, end connections, join their threads."""
        self.server_close()
        self._wake_reader.close()
        self._wake_writer.close()
        with self._lock:
            connections = dict(self._connections)
        for connection in connections:
            # Wakes a handler waiting to read; OSError: its handler closed it already.
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + timeout
        for thread in connections.values():
            thread.join(max(0.0, deadline - time.monotonic()))


class _Handler(BaseHTTPRequestHandler):
    """Reads one request at a time on a kept-alive connection and answers it."""

    protocol_version = "HTTP/1.1"  # keep-alive; every answer has a Content-Length
    server_version = "cg-desktop-sandbox"
    # Headers and body go out in two writes: without TCP_NODELAY, Nagle plus the
    # client's delayed ACK would add ~40 ms to every answer.
    disable_nagle_algorithm = True
    timeout = IDLE_TIMEOUT
    server: SandboxHTTPServer

    def do_GET(self) -> None:
        """Every method goes through _serve; the routes decide what is allowed."""
        self._serve()

    do_PUT = do_POST = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = do_GET

    def version_string(self) -> str:
        """The Server header: no Python version."""
        return self.server_version

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Every status line sent (send_error's too) goes to the request log."""
        path = urlsplit(getattr(self, "path", "") or "").path
        method = getattr(self, "command", "") or ""
        try:
            status = int(code)
        except ValueError:
            status = NO_ANSWER
        self.server.host.log_answer(method, path, status)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet by default: to the logging module, not stderr."""
        log.debug("%s - %s", self.address_string(), format % args)

    def _serve(self) -> None:
        """Read, wait out the latency, apply a fault or dispatch, answer."""
        body = self._read_body()
        if body is None:
            return
        host = self.server.host
        target = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=target.path,
            query=target.query,
            headers={k.lower(): v for k, v in reversed(self.headers.items())},
            body=body,
        )
        if not host.wait_latency():
            self.close_connection = True
            return
        fault = host.take_fault(request.path)
        if fault is None:
            response = self._dispatch(request)
            hold = host.take_hold(request.path)
            if hold is not None:
                hold.keep()  # handled for real; the answer waits for the test's release
            self._send(response)
        elif fault.name == CLOSE_CONNECTION:
            self.wfile.write(PARTIAL_RESPONSE)
            self._hang_up(request)
        elif fault.name == ACCEPT_THEN_CLOSE:
            self._dispatch(request)  # accepted (or refused) for real, but never told
            self._hang_up(request)
        else:
            self._send(fault_response(fault, host.base_url))

    def _dispatch(self, request: Request) -> Response:
        """The host's answer; a bug in the sandbox is a logged 500, like Laravel's."""
        try:
            return self.server.host.dispatch(request)
        except Exception:
            log.exception("sandbox error answering %s %s", request.method, request.path)
            return message_response(500, "Server Error")

    def _read_body(self) -> bytes | None:
        """The request body (Content-Length or chunked); None after answering an error."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or "0")
        except ValueError:
            length = -1
        if length < 0:
            self._refuse(400, "Bad Request.")
            return None
        if length > MAX_BODY:
            self._refuse(413, "Content Too Large.")
            return None
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes | None:
        """Decode a chunked body (requests sends one for generator bodies)."""
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                self._refuse(400, "Bad Request.")
                return None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # skip trailers
                return b"".join(chunks)
            total += size
            if total > MAX_BODY:
                self._refuse(413, "Content Too Large.")
                return None
            chunks.append(self.rfile.read(size))
            self.rfile.readline(1024)  # the CRLF after the chunk

    def _refuse(self, status: int, message: str) -> None:
        """Answer a request whose body can't be read, and close the connection."""
        self.close_connection = True
        self._send(message_response(status, message))

    def _hang_up(self, request: Request) -> None:
        """Close the connection without (the rest of) an answer."""
        self.close_connection = True
        self.server.host.log_answer(request.method, request.path, NO_ANSWER)

    def _send(self, response: Response) -> None:
        """Write a complete answer with Content-Length."""
        self.send_response(response.status)
        if response.content_type is not None:
            self.send_header("Content-Type", response.content_type)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD" and response.body:
            self.wfile.write(response.body)
