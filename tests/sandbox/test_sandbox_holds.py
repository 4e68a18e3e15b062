"""Held answers: a request is handled for real, and its answer waits for the test."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sandbox_helpers import MAPPING_A, Api, joe

from cg_desktop.sandbox import Sandbox

HANG = 60.0  # bounds a hang only; every wait below ends on a condition


def test_the_record_is_accepted_while_its_answer_is_held(api: Api, sandbox: Sandbox) -> None:
    token = api.token
    hold = sandbox.hold_next_answer()
    with ThreadPoolExecutor(1) as pool:
        answer = pool.submit(api.send, joe())
        assert hold.wait_arrived(HANG)
        # Accepted by the server, while the client is still waiting to hear so.
        assert [a.record["Email"] for a in sandbox.accepted] == ["joe.doe@example.com"]
        assert not answer.done()
        hold.release()
        assert answer.result(HANG).status_code == 200
    assert api.token == token  # the token call was not held: only the records endpoint


def test_a_hold_takes_one_answer_only(api: Api, sandbox: Sandbox) -> None:
    hold = sandbox.hold_next_answer()
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(api.send, joe())
        assert hold.wait_arrived(HANG)
        hold.release()
        assert first.result(HANG).status_code == 200
    # Not held: answered at once (a hold still armed would block this call for good).
    assert api.send(joe(Email="ann@example.com")).status_code == 200


def test_an_answer_to_a_client_that_died_is_lost_and_the_server_goes_on(
    api: Api, sandbox: Sandbox
) -> None:
    token = api.token
    hold = sandbox.hold_next_answer()
    host, port = sandbox.base_url.removeprefix("http://").split(":")
    record = {"configuration": MAPPING_A, "record": joe(Email="a@example.com")}
    body = json.dumps(record).encode()
    request = (
        f"PUT /records/ HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    with socket.create_connection((host, int(port)), timeout=HANG) as client:
        client.sendall(request)
        assert hold.wait_arrived(HANG)
    hold.release()  # written to a closed connection
    assert [a.record["Email"] for a in sandbox.accepted] == ["a@example.com"]
    assert api.send(joe()).status_code == 200


def test_stop_lets_a_held_answer_go() -> None:
    server = Sandbox().start()
    hold = server.hold_next_answer("token")
    done = threading.Event()

    def ask() -> None:
        # An answer, or a connection that ended with the sandbox (before the answer, or in
        # the middle of it): anything but waiting for good.
        try:
            with requests.Session() as session, contextlib.suppress(requests.RequestException):
                session.post(server.token_url, timeout=(HANG, HANG))
        finally:
            done.set()

    thread = threading.Thread(target=ask, daemon=True)
    thread.start()
    assert hold.wait_arrived(HANG)
    server.stop()  # without release(): stopping must not leave the handler waiting
    assert done.wait(HANG)


def test_holds_name_an_endpoint(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError, match="unknown endpoint"):
        sandbox.hold_next_answer("elsewhere")
