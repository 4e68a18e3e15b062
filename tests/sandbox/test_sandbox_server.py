"""The HTTP server itself: keep-alive, latency, threads, stop(), the request log."""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pytest
import requests
from sandbox_helpers import HANG, MAPPING_A, TIMEOUT, Api, joe

from cg_desktop.sandbox import Sandbox
from cg_desktop.sandbox.handler import IDLE_TIMEOUT

# A latency no test waits out: a request given it is answered only if something is wrong.
NEVER = 600.0


@dataclass
class InLatency:
    """A request caught in the sandbox's latency wait, and how that wait ended."""

    entered: threading.Event = field(default_factory=threading.Event)
    left: threading.Event = field(default_factory=threading.Event)
    handler: threading.Thread | None = None
    answered: bool | None = None  # False: woken because the sandbox is stopping


def catch_latency(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox) -> InLatency:
    """Watch the handlers' latency wait, so a test knows a request is *in* it (no sleep).

    It wraps the sandbox's private host: the one place that knows, without a clock.
    """
    host = sandbox._host
    wait = host.wait_latency
    caught = InLatency()

    def watched() -> bool:
        caught.handler = threading.current_thread()
        caught.entered.set()
        try:
            caught.answered = wait()
            return caught.answered
        finally:
            caught.left.set()

    monkeypatch.setattr(host, "wait_latency", watched)
    return caught


def test_urls(sandbox: Sandbox) -> None:
    assert sandbox.base_url.startswith("http://127.0.0.1:")
    assert not sandbox.base_url.endswith("/")
    assert sandbox.token_url == sandbox.base_url + "/oauth2/token"
    assert sandbox.records_url == sandbox.base_url + "/records/"


def test_keep_alive_and_content_length_on_every_answer(api: Api, sandbox: Sandbox) -> None:
    token = api.token
    host, port = sandbox.base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=HANG)
    try:
        requests_to_make = [
            ("PUT", "/records/", b'{"configuration": "%s", "record": {"Email": "a@b.c",'
             b' "First Name": "A"}}' % MAPPING_A.encode(), 200),
            ("PUT", "/records/", b"{}", 422),
            ("GET", "/records/", b"", 405),
            ("GET", "/nowhere", b"", 404),
        ]  # fmt: skip
        sockets = set()
        for method, path, body, status in requests_to_make:
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            payload = response.read()
            assert response.status == status
            assert response.getheader("Content-Length") == str(len(payload))
            assert not response.will_close
            sockets.add(id(connection.sock))
        assert len(sockets) == 1  # one connection served them all
        connection.request("PUT", "/records/", body=b"{}", headers={"Connection": "close"})
        response = connection.getresponse()
        response.read()
        assert response.status == 401 and response.will_close
    finally:
        connection.close()


def test_latency(api: Api, sandbox: Sandbox) -> None:
    token = api.token
    assert token
    sandbox.set_latency(0.3)
    started = time.monotonic()
    assert api.send(joe()).status_code == 200
    assert time.monotonic() - started >= 0.3  # a lower bound: a slow machine only adds to it
    # 0 turns it off: were NEVER still in force, this send would end in its read timeout.
    sandbox.set_latency(NEVER)
    sandbox.set_latency(0)
    assert api.send(joe(Email="x@example.com")).status_code == 200


def test_latency_must_not_be_negative(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError):
        sandbox.set_latency(-1)


def test_a_slow_request_does_not_block_others(api: Api, sandbox: Sandbox) -> None:
    token = api.token
    slow = sandbox.hold_next_answer()  # the first record's answer waits for the test

    def send(n: int) -> int:
        with requests.Session() as own:
            response = own.put(
                sandbox.records_url,
                json={"configuration": MAPPING_A, "record": joe(Email=f"p{n}@example.com")},
                headers={"Authorization": f"Bearer {token}"},
                timeout=TIMEOUT,
            )
            return response.status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        first = pool.submit(send, 0)
        assert slow.wait_arrived(HANG)
        # Five more are answered while the first one's answer is still held back.
        assert list(pool.map(send, range(1, 6))) == [200] * 5
        assert not first.done()
        slow.release()
        assert first.result(HANG) == 200


def test_many_concurrent_records(api: Api, sandbox: Sandbox) -> None:
    token = api.token
    local = threading.local()

    def session() -> requests.Session:
        if not hasattr(local, "session"):
            local.session = requests.Session()
            sessions.append(local.session)
        return local.session  # type: ignore[no-any-return]

    def send(n: int) -> int:
        return (
            session()
            .put(
                sandbox.records_url,
                json={"configuration": MAPPING_A, "record": joe(Email=f"p{n}@example.com")},
                headers={"Authorization": f"Bearer {token}"},
                timeout=TIMEOUT,
            )
            .status_code
        )

    sessions: list[requests.Session] = []
    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            statuses = list(pool.map(send, range(200)))
    finally:
        for each in sessions:
            each.close()
    assert statuses == [200] * 200
    ids = sorted(a.cg_id or "" for a in sandbox.accepted)
    assert ids == [f"CG-{1_000_001 + n}" for n in range(200)]
    assert len(sandbox.request_log) == 201  # and the token request


def test_concurrent_duplicates_accept_exactly_one(api: Api, sandbox: Sandbox) -> None:
    token = api.token
    barrier = threading.Barrier(12)

    def send(_: int) -> int:
        with requests.Session() as own:
            barrier.wait()
            return own.put(
                sandbox.records_url,
                json={"configuration": MAPPING_A, "record": joe()},
                headers={"Authorization": f"Bearer {token}"},
                timeout=TIMEOUT,
            ).status_code

    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = sorted(pool.map(send, range(12)))
    assert statuses == [200] + [422] * 11
    assert len(sandbox.accepted) == 1


@pytest.fixture
def own_sandbox() -> Iterator[Sandbox]:
    sandbox = Sandbox().start()
    yield sandbox
    sandbox.stop()


def test_stop_wakes_a_handler_sleeping_in_latency(
    own_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    # How fast stop() is, is measured in tests/benchmarks/bench_prompt.py; here, that it
    # wakes the handler: with NEVER to wait, only a woken one ends within HANG.
    own_sandbox.set_latency(NEVER)
    caught = catch_latency(monkeypatch, own_sandbox)
    errors: list[BaseException] = []

    def slow() -> None:
        try:
            with requests.Session() as own:
                own.post(own_sandbox.token_url, timeout=TIMEOUT)
        except requests.RequestException as exc:
            errors.append(exc)

    thread = threading.Thread(target=slow)
    thread.start()
    assert caught.entered.wait(HANG)  # the request is in, sleeping in latency
    own_sandbox.stop()
    assert caught.left.wait(HANG)
    assert caught.answered is False  # woken by stop(), not by the end of the latency
    assert caught.handler is not None
    caught.handler.join(HANG)
    assert not caught.handler.is_alive()  # the connection's thread is gone
    thread.join(HANG)
    assert not thread.is_alive()
    assert len(errors) == 1  # the client saw the connection go
    assert own_sandbox.request_log == []  # never answered
    own_sandbox.stop()  # idempotent


def test_stop_ends_idle_kept_alive_connections(own_sandbox: Sandbox) -> None:
    host, port = own_sandbox.base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=HANG)
    try:
        connection.request("POST", "/oauth2/token")
        response = connection.getresponse()
        response.read()
        assert response.status == 400 and not response.will_close  # kept alive, idle
        own_sandbox.stop()
        # The server ends it now: left alone, it would idle until IDLE_TIMEOUT, and this
        # read gives up halfway there.
        assert connection.sock is not None
        connection.sock.settimeout(IDLE_TIMEOUT / 2)
        assert connection.sock.recv(1) == b""
    finally:
        connection.close()
    with requests.Session() as session, pytest.raises(requests.ConnectionError):
        session.post(own_sandbox.token_url, timeout=TIMEOUT)


def test_start_once_and_urls_need_a_start() -> None:
    sandbox = Sandbox()
    with pytest.raises(RuntimeError):
        _ = sandbox.base_url
    sandbox.stop()  # stopping an unstarted sandbox is harmless
    with pytest.raises(RuntimeError):
        sandbox.start()


def test_double_start_is_refused(sandbox: Sandbox) -> None:
    with pytest.raises(RuntimeError):
        sandbox.start()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com", "::"])
def test_only_loopback(host: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        Sandbox(host=host)


def test_localhost_works(http: requests.Session) -> None:
    with Sandbox(host="localhost") as sandbox:
        assert sandbox.base_url.startswith("http://localhost:")
        assert http.post(sandbox.token_url, timeout=TIMEOUT).status_code == 400


def test_request_log(api: Api, sandbox: Sandbox) -> None:
    api.send(joe(), params={"secret": "x"})
    api.send({})
    assert sandbox.request_log == [
        ("POST", "/oauth2/token", 200),
        ("PUT", "/records/", 200),
        ("PUT", "/records/", 422),
    ]
    log = sandbox.request_log
    log.clear()
    assert len(sandbox.request_log) == 3  # a copy


def test_accepted_is_a_copy(api: Api, sandbox: Sandbox) -> None:
    api.send(joe())
    sandbox.accepted.clear()
    assert len(sandbox.accepted) == 1


def test_chunked_request_body(api: Api, sandbox: Sandbox) -> None:
    body = f'{{"configuration": "{MAPPING_A}", "record": {{"Email": "c@d.e", "First Name": "C"}}}}'
    chunks = iter([body[:10].encode(), body[10:].encode()])
    response = api.session.put(
        sandbox.records_url,
        data=chunks,
        headers={**api.auth(), "Content-Type": "application/json"},
        timeout=TIMEOUT,
    )
    assert response.status_code == 200
    assert sandbox.accepted[0].record["Email"] == "c@d.e"


def test_a_huge_body_is_refused(api: Api, sandbox: Sandbox) -> None:
    response = api.put_raw(b"x" * (1024 * 1024 + 1), "application/json")
    assert response.status_code == 413
    assert sandbox.accepted == []


def test_head_gets_headers_only(http: requests.Session, sandbox: Sandbox) -> None:
    response = http.head(sandbox.records_url, timeout=TIMEOUT)
    assert response.status_code == 405 and response.content == b""
