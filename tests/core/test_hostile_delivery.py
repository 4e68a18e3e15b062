"""Every hostile behaviour, through the real Deliverer and store, end to end.

For each way a network or server can misbehave, one record goes through the outbox the
way the window sends it: stored first, claimed, sent by a real RecordsClient to the
hostile server on loopback, settled in a real SQLite file. The test then asserts what
the issue promises, each time:
- never delivered without an empty 2xx or CustomerGauge's duplicate answer;
- the record still queued after the failure, and settled by the next attempt (the
  server keeps CustomerGauge's duplicate rule, so a record that landed answers
  "duplicate" and counts as delivered; one that didn't is sent again);
- at most one accepted PUT per record (no second survey);
- no token or secret in any file (database, -wal, log, both CSV exports);
- the attempt over within its deadline, and memory bounded on an endless answer.
"""

from __future__ import annotations

import faulthandler
import json
import logging
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

import pytest
from hostile_server import (
    TOKEN,
    Answer,
    HostileServer,
    endless,
    trickle,
    trickle_headers,
)

from cg_desktop.core.api import records_client
from cg_desktop.core.api.deadline import Deadline
from cg_desktop.core.api.outcomes import MAX_ANSWER_CHARS, OutcomeKind, Reason
from cg_desktop.core.api.records_client import ATTEMPT_DEADLINE, RecordsClient
from cg_desktop.core.api.regions import sandbox_region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.delivery import Account, Attempt, Deliverer
from cg_desktop.core.logs import LOG_FORMAT
from cg_desktop.core.store.export import export_csv
from cg_desktop.core.store.sends import Status, Store

SECRET = "hostile/secret+55=ok"
CREDENTIALS = ClientCredentials("hostile-client", SECRET)
MAPPING = "9dd58237-c913-4073-9c76-07da0b49ff50"
DEADLINE = 6.0  # seconds per attempt (60 in the app): short, so the trickles outlast it
# The deadline's timer shuts the sockets; this much more bounds the thread's way out.
# It bounds a hang on a starved machine, never a speed.
WAY_OUT = 30.0
ECHO = f"Bearer {TOKEN} client_secret={quote_plus(SECRET)} {SECRET}"
DEEP = b"[" * 50_000 + b"]" * 50_000


def cut_short(data: bytes) -> Callable[[Any], None]:
    """A raw answer: these bytes, then the connection closes."""

    def write(handler: Any) -> None:
        handler.wfile.write(data)
        handler.wfile.flush()

    return write


@dataclass
class Hostility:
    """One misbehaviour: what the records call (and the sign-in) answer first."""

    answers: list[Callable[[threading.Event], Answer]]
    token: Callable[[threading.Event], Answer] | None = None
    # Whether the failure is the deadline's (the attempt must end by it).
    slow: bool = False
    # What the person reads, when the issue names it.
    says: str = ""


def plain(answer: Answer) -> Callable[[threading.Event], Answer]:
    """A scripted answer that needs no stop signal."""
    return lambda _stop: answer


json_type = {"Content-Type": "application/json"}
HOSTILITIES = {
    # 1. Proof of delivery: a 2xx with a body is not CustomerGauge's success.
    "proxy page 200": Hostility([plain(Answer(200, {}, b"Request accepted by proxy"))]),
    "html with a BOM": Hostility([plain(Answer(200, {}, "\ufeff<html>Login".encode()))]),
    "html after a comment": Hostility([plain(Answer(200, {}, b"<!-- x --><html></html>"))]),
    "json unauthenticated": Hostility(
        [plain(Answer(200, json_type, b'{"message": "Unauthenticated."}'))]
    ),
    "unknown charset": Hostility(
        [plain(Answer(200, {"Content-Type": "text/plain; charset=x-made-up"}, b"\xff\xfe"))]
    ),
    "broken gzip": Hostility([plain(Answer(200, {"Content-Encoding": "gzip"}, b"not gzip"))]),
    "200 then hang up": Hostility([plain(Answer(raw=cut_short(b"HTTP/1.1 200 OK\r\n")))]),
    "200 with half a body": Hostility(
        [plain(Answer(raw=cut_short(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")))]
    ),
    # 2. Redaction: answers that echo the token and the secret.
    "echo in a 200": Hostility([plain(Answer(200, {}, ECHO.encode()))]),
    "echo in a redirect": Hostility(
        [plain(Answer(302, {"Location": f"https://portal.example/?t={TOKEN}&s={SECRET}"}))]
    ),
    "echo in a 503": Hostility(
        [plain(Answer(503, {"Retry-After": "1"}, f"<p>{ECHO}</p>".encode()))]
    ),
    "echo in a 500": Hostility([plain(Answer(500, json_type, json.dumps([ECHO]).encode()))]),
    # 4. Deadline and size cap.
    "trickled body": Hostility(
        [lambda stop: Answer(raw=trickle(b"x" * 10_000, 0.5, stop))], slow=True
    ),
    "trickled headers": Hostility([lambda stop: Answer(raw=trickle_headers(0.2, stop))], slow=True),
    "endless 200": Hostility([lambda stop: Answer(raw=endless(stop))]),
    # 6. Sign-in answers that can't be used.
    "token with CR/LF": Hostility(
        [],
        token=plain(
            Answer(200, json_type, json.dumps({"access_token": "a\r\nX-Evil: 1"}).encode())
        ),
        says="sign-in answer could not be used",
    ),
    "token of deep json": Hostility(
        [], token=plain(Answer(200, json_type, DEEP)), says="answered the sign-in with"
    ),
    "token trickled": Hostility(
        [], token=lambda stop: Answer(raw=trickle(b'{"access_token": "x"}', 0.5, stop)), slow=True
    ),
    "token echoing the secret": Hostility(
        [], token=plain(Answer(302, {"Location": f"https://p.example/?s={quote_plus(SECRET)}"}))
    ),
}


@pytest.fixture
def server() -> Iterator[HostileServer]:
    """A hostile server on a free loopback port."""
    with HostileServer() as running:
        yield running


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """Everything logged during the test, at DEBUG, in a file as the app writes it."""
    path = tmp_path / "cg-desktop.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()


@pytest.fixture
def deadlines(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, Deadline]]:
    """Every attempt's Deadline, with the time it was given when it began."""
    made: list[tuple[float, Deadline]] = []

    class Watched(Deadline):
        def __init__(self, at: float, clock: Callable[[], float] = time.monotonic) -> None:
            super().__init__(at, clock)
            made.append((at - clock(), self))

    monkeypatch.setattr(records_client, "Deadline", Watched)
    return made


@pytest.mark.parametrize("hostility", HOSTILITIES.values(), ids=HOSTILITIES.keys())
def test_a_hostile_answer_never_delivers_loses_or_doubles_a_record(
    server: HostileServer,
    tmp_path: Path,
    log_file: Path,
    deadlines: list[tuple[float, Deadline]],
    hostility: Hostility,
) -> None:
    server.answers += [make(server.stopping) for make in hostility.answers]
    if hostility.token is not None:
        server.token_answer = hostility.token(server.stopping)
    record = {"Email": "rosa@example.com", "First Name": "Rosa"}
    with Store(tmp_path / "sends.db") as store:
        send_id = store.enqueue(
            profile="Desk", region="sandbox", configuration=MAPPING, record=record,
            contact="rosa@example.com",
        )  # fmt: skip
        assert store.get(send_id) is not None  # on disk before the first attempt

        with Desk(store, server) as send:
            first, seconds = timed(lambda: send(send_id))
        assert first.outcome.kind is not OutcomeKind.DELIVERED, first.outcome
        assert first.settled.status is Status.QUEUED, first.outcome  # kept, to try again
        assert "inside cg-desktop" not in first.outcome.message  # not called a bug
        assert hostility.says in first.outcome.message
        # The attempt had DEADLINE seconds in all; a slow one was ended by it.
        (budget, deadline), *_ = deadlines
        assert budget <= DEADLINE
        if hostility.slow:
            assert deadline.passed and first.outcome.reason is Reason.TIMEOUT
        assert seconds < DEADLINE + WAY_OUT  # a guard against a hang, not a speed
        puts = server.records_puts()
        assert puts == (0 if hostility.token is not None else 1)
        first_landed = sum(server.landed.values()) == 1

        server.token_answer = None  # the network is good again
        with Desk(store, server, deadline=ATTEMPT_DEADLINE) as send:
            second = send(send_id)
        assert second.settled.status is Status.DELIVERED, second.outcome
        # Settled by CustomerGauge's own answer: the duplicate rule when the first
        # attempt had landed (so it was "result unknown"), else an empty 200.
        if first_landed:
            assert first.outcome.result_unknown
            assert second.outcome.kind is OutcomeKind.DUPLICATE
        else:
            assert second.outcome.kind is OutcomeKind.DELIVERED
        export_csv(store, tmp_path / "personal.csv", personal=True)
        export_csv(store, tmp_path / "masked.csv", personal=False)
        written = all_bytes(tmp_path)  # the -wal still there
    written += all_bytes(tmp_path)

    assert server.records_puts() == puts + 1
    assert sum(server.landed.values()) == 1  # one survey, whatever happened
    for secret in (TOKEN, SECRET, quote_plus(SECRET)):
        assert secret.encode() not in written, f"{secret!r} reached a file"


def test_a_refusal_in_deep_json_needs_a_fix_and_is_not_sent_again(
    server: HostileServer, tmp_path: Path
) -> None:
    server.answers.append(Answer(422, {"Content-Type": "application/json"}, DEEP))
    with Store(tmp_path / "sends.db") as store, Desk(store, server) as send:
        send_id = store.enqueue(
            profile="Desk", region="sandbox", configuration=MAPPING, record={"Email": "a@b.co"}
        )
        attempt = send(send_id)
        assert attempt.settled.status is Status.REJECTED  # shown as "needs a fix"
        assert store.claim_next(time.time() + 86_400, lanes=["sandbox"]) is None
    assert server.records_puts() == 1


def test_an_endless_answer_is_read_in_bounded_memory(server: HostileServer, tmp_path: Path) -> None:
    server.answers.append(Answer(raw=endless(server.stopping)))
    with Store(tmp_path / "sends.db") as store, Desk(store, server) as send:
        send_id = store.enqueue(
            profile="Desk", region="sandbox", configuration=MAPPING, record={"Email": "a@b.co"}
        )
        tracemalloc.start()
        try:
            attempt = send(send_id)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert attempt.settled.status is Status.QUEUED and attempt.outcome.result_unknown
    assert len(attempt.outcome.server_answer) <= MAX_ANSWER_CHARS + 100
    assert peak < 8 * 2**20  # the cap is 1 MiB; the server would send forever


def test_the_deadline_holds_through_an_http_proxy(
    server: HostileServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    deadlines: list[tuple[float, Deadline]],
) -> None:
    # The hostile server is the proxy here; the "CustomerGauge" behind it is a loopback
    # address nothing listens on, so every answer is the proxy's own.
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", server.base_url)
    server.answers.append(Answer(raw=trickle(b"x" * 10_000, 0.5, server.stopping)))
    behind = "http://127.0.0.9:9"
    # That address stands for CustomerGauge, out on the network: the sessions' rule that
    # keeps this computer's own (loopback) traffic away from proxies must not apply to it.
    from cg_desktop.core.api import http

    monkeypatch.setattr(http, "is_loopback_host", lambda host: host != "127.0.0.9")
    with Store(tmp_path / "sends.db") as store, Desk(store, server, base_url=behind) as send:
        send_id = store.enqueue(
            profile="Desk", region="sandbox", configuration=MAPPING, record={"Email": "a@b.co"}
        )
        attempt, seconds = timed(lambda: send(send_id))
    assert attempt.settled.status is Status.QUEUED
    (budget, deadline), *_ = deadlines
    assert budget <= DEADLINE and deadline.passed
    assert attempt.outcome.reason is Reason.TIMEOUT
    assert seconds < DEADLINE + WAY_OUT  # a guard against a hang, not a speed
    # Both calls went through the proxy (absolute URLs to the address behind it).
    assert [s.target for s in server.seen] == [f"{behind}/oauth2/token", f"{behind}/records/"]


class Desk:
    """A deliverer for the hostile server; yields `send(send_id)`."""

    def __init__(
        self,
        store: Store,
        server: HostileServer,
        *,
        deadline: float = DEADLINE,
        base_url: str | None = None,
    ) -> None:
        """Attempts get `deadline` seconds; they go to the server (or `base_url`)."""

        def client(account: Account) -> RecordsClient:
            return RecordsClient(account.region, account.credentials, deadline=deadline)

        self._deliverer = Deliverer(store, client_factory=client)
        self._account = Account(sandbox_region(base_url or server.base_url), CREDENTIALS)

    def __enter__(self) -> Callable[[int], Attempt]:
        return self.send

    def __exit__(self, *exc: object) -> None:
        self._deliverer.close()

    def send(self, send_id: int) -> Attempt:
        """One attempt for this stored record (in this thread: the store's connection is)."""
        # A hang ends the run with every thread's traceback; this bounds a hang, not a speed.
        faulthandler.dump_traceback_later(120.0, exit=True)
        try:
            attempt = self._deliverer.send_one(send_id, self._account)
        finally:
            faulthandler.cancel_dump_traceback_later()
        assert attempt is not None, "the record could not be claimed"
        return attempt


def timed(work: Callable[[], Any]) -> tuple[Any, float]:
    """The result of `work` and how long it took (monotonic seconds)."""
    started = time.monotonic()
    result = work()
    return result, time.monotonic() - started


def all_bytes(folder: Path) -> bytes:
    """Every file's bytes under `folder`."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())
