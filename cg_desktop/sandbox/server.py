"""The `Sandbox`: a loopback HTTP server standing in for CustomerGauge, with test controls."""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit

from cg_desktop.sandbox.account import Account, load_account
from cg_desktop.sandbox.faults import Fault, FaultPlan
from cg_desktop.sandbox.handler import SandboxHTTPServer
from cg_desktop.sandbox.holds import AnswerHold, HoldPlan
from cg_desktop.sandbox.hooks import handle_hook, hook_id
from cg_desktop.sandbox.http_types import Request, Response, not_found
from cg_desktop.sandbox.ledger import Accepted, Ledger
from cg_desktop.sandbox.oauth import TOKEN_PATH, TokenStore, handle_token
from cg_desktop.sandbox.records import RECORDS_PATH, handle_records

STOP_JOIN_TIMEOUT = 5.0


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def endpoint_of(path: str) -> str | None:
    """The fault-injection endpoint a path belongs to: records, token, hook or None."""
    if path == RECORDS_PATH:
        return "records"
    if path == TOKEN_PATH:
        return "token"
    if hook_id(path) is not None:
        return "hook"
    return None


class _Host:
    """The sandbox's state as the HTTP handler sees it (implements handler.Host)."""

    def __init__(self, account: Account, tokens: TokenStore, ledger: Ledger) -> None:
        self.account = account
        self.tokens = tokens
        self.ledger = ledger
        self.faults = FaultPlan()
        self.holds = HoldPlan()
        self.stopping = threading.Event()
        self.url = ""
        self._lock = threading.Lock()
        self._latency = 0.0
        self._log: list[tuple[str, str, int]] = []

    @property
    def base_url(self) -> str:
        """`http://host:port` once bound."""
        return self.url

    @property
    def log(self) -> list[tuple[str, str, int]]:
        """A copy of the request log."""
        with self._lock:
            return list(self._log)

    def set_latency(self, seconds: float) -> None:
        """Delay every answer by `seconds`."""
        with self._lock:
            self._latency = seconds

    def wait_latency(self) -> bool:
        """Sleep the latency, waking early on stop; False when stopping."""
        with self._lock:
            latency = self._latency
        if latency > 0:
            return not self.stopping.wait(latency)
        return not self.stopping.is_set()

    def take_fault(self, path: str) -> Fault | None:
        """The injected fault due for a request to `path`, if any."""
        return self.faults.take(endpoint_of(path))

    def take_hold(self, path: str) -> AnswerHold | None:
        """The armed hold for an answer to `path`, if any."""
        return self.holds.take(endpoint_of(path))

    def dispatch(self, request: Request) -> Response:
        """Route a request to its endpoint."""
        if request.path == RECORDS_PATH:
            return handle_records(request, self.account, self.tokens, self.ledger)
        if request.path == TOKEN_PATH:
            return handle_token(request, self.account, self.tokens)
        if hook_id(request.path) is not None:
            return handle_hook(request, self.account, self.ledger)
        return not_found()

    def log_answer(self, method: str, path: str, status: int) -> None:
        """Append to the request log."""
        with self._lock:
            self._log.append((method, path, status))


class Sandbox:
    """A local stand-in for CustomerGauge's token, records and webhook servers."""

    def __init__(
        self,
        account_path: Path | None = None,
        *,
        account: Account | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        token_lifetime: int | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not is_loopback(host):
            raise ValueError(f"the sandbox only listens on loopback, not on {host!r}")
        # `account`: one built in memory (practice mode trying a profile); else the file's.
        self.account: Account = account if account is not None else load_account(account_path)
        self._address = (host, port)
        tokens = TokenStore(token_lifetime or self.account.token_lifetime, clock)
        ledger = Ledger(self.account.duplication_rule, clock)
        self._host = _Host(self.account, tokens, ledger)
        self._server: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def restarted(self) -> Sandbox:
        """A new, not yet started sandbox on this one's port that remembers what it
        accepted and the tokens it gave (a server back after an outage, not a new one)."""
        host, _ = self._address
        port = urlsplit(self._host.url).port if self._host.url else self._address[1]
        twin = Sandbox(account=self.account, host=host, port=port or 0)
        twin._host = _Host(self.account, self._host.tokens, self._host.ledger)
        return twin

    def start(self) -> Sandbox:
        """Bind and serve in a daemon thread; returns self."""
        if self._server is not None or self._host.stopping.is_set():
            raise RuntimeError("a Sandbox can be started once")
        host, port = self._address
        server = SandboxHTTPServer(("127.0.0.1" if host == "localhost" else host, port), self._host)
        url_host = f"[{host}]" if ":" in host else host
        self._host.url = f"http://{url_host}:{server.server_address[1]}"
        self._server = server
        self._thread = threading.Thread(
            target=server.serve,
            daemon=True,
            name=f"cg-sandbox {self._host.url}",
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, end open connections, close the socket; idempotent and prompt."""
        self._host.stopping.set()  # wakes handlers sleeping in latency
        self._host.holds.release_all()  # and those holding an answer
        server, self._server = self._server, None
        if server is None:
            return
        server.wake()
        if self._thread is not None:
            self._thread.join(STOP_JOIN_TIMEOUT)  # then no new connection can be taken
        server.close(STOP_JOIN_TIMEOUT)

    def __enter__(self) -> Sandbox:
        """`with Sandbox() as sandbox:` starts it..."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """...and stops it, whatever happened inside."""
        self.stop()

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT`, no trailing slash (known once started)."""
        if not self._host.url:
            raise RuntimeError("the sandbox is not started")
        return self._host.url

    @property
    def token_url(self) -> str:
        """Where to POST for a token."""
        return self.base_url + TOKEN_PATH

    @property
    def records_url(self) -> str:
        """Where to PUT/POST records (with its trailing slash)."""
        return self.base_url + RECORDS_PATH

    def hook_url(self, hook_id: str = "demo-webhook") -> str:
        """The URL of an Incoming Webhook."""
        return f"{self.base_url}/hooks/{hook_id}"

    @property
    def accepted(self) -> list[Accepted]:
        """A copy of the accepted records, in order of acceptance."""
        return self._host.ledger.accepted

    @property
    def tokens_issued(self) -> int:
        """How many tokens /oauth2/token has issued."""
        return self._host.tokens.issued

    @property
    def request_log(self) -> list[tuple[str, str, int]]:
        """(method, path without query, status) per request; status 0 = dropped unanswered."""
        return self._host.log

    def set_latency(self, seconds: float) -> None:
        """Every request waits this long before it is answered (0 = off)."""
        if seconds < 0:
            raise ValueError("latency must not be negative")
        self._host.set_latency(float(seconds))

    def inject(
        self, fault: str, *, times: int = 1, endpoint: str = "records", retry_after: int = 30
    ) -> None:
        """The next `times` requests to `endpoint` get `fault` instead of normal handling."""
        self._host.faults.inject(fault, times=times, endpoint=endpoint, retry_after=retry_after)

    def hold_next_answer(self, endpoint: str = "records") -> AnswerHold:
        """Keep back the answer to the next request to `endpoint` handled normally.

        The request is handled for real (a record is accepted), then its answer waits
        until `release()`: the client is then provably "in flight".
        """
        if endpoint not in ("records", "token", "hook"):
            raise ValueError(f"unknown endpoint {endpoint!r}")
        return self._host.holds.arm(endpoint)

    def clear_faults(self) -> None:
        """Forget every injected fault that hasn't struck yet."""
        self._host.faults.clear()

    def expire_tokens(self) -> None:
        """Every token issued so far is expired (401 Unauthenticated.)."""
        self._host.tokens.expire_all()
