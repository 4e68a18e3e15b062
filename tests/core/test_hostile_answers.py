"""Delivered means CustomerGauge accepted it: only an empty 2xx (or the duplicate rule) counts.

Against a hostile server of our own on loopback: a proxy's text page, HTML with a byte-order
mark or a leading comment, JSON saying "Unauthenticated.", an unknown charset.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile_server import Answer, HostileServer, endless, trickle, trickle_headers

from cg_desktop.core.api.http import make_session
from cg_desktop.core.api.outcomes import MAX_ANSWER_CHARS, Outcome, OutcomeKind, Reason
from cg_desktop.core.api.records_client import RecordsClient, WebhookClient
from cg_desktop.core.api.regions import sandbox_region
from cg_desktop.core.api.tokens import TokenProvider
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.delivery import Account, Deliverer
from cg_desktop.core.store.sends import Status, Store

CREDENTIALS = ClientCredentials("hostile-client", "hostile-secret-55")
MAPPING = "9dd58237-c913-4073-9c76-07da0b49ff50"
RECORD = {"Email": "joe@example.com", "First Name": "Joe"}

NOT_CUSTOMERGAUGE = {
    "proxy text": Answer(200, {"Content-Type": "text/plain"}, b"Request accepted by proxy"),
    "html with a BOM": Answer(
        200, {"Content-Type": "application/octet-stream"}, "\ufeff<!DOCTYPE html><p>Login".encode()
    ),
    "html after a comment": Answer(200, {}, b"<!-- portal --><html><body>Sign in</body></html>"),
    "json unauthenticated": Answer(
        200, {"Content-Type": "application/json"}, b'{"message": "Unauthenticated."}'
    ),
    "unknown charset": Answer(
        200, {"Content-Type": "text/plain; charset=x-made-up-42"}, b"ok \xff\xfe"
    ),
}


@pytest.fixture
def server() -> Iterator[HostileServer]:
    """A hostile server on a free loopback port."""
    with HostileServer() as running:
        yield running


@pytest.mark.parametrize("answer", NOT_CUSTOMERGAUGE.values(), ids=NOT_CUSTOMERGAUGE.keys())
def test_a_2xx_with_a_body_is_never_delivered(server: HostileServer, answer: Answer) -> None:
    server.answers.append(answer)
    outcome = send_one_record(server)
    assert outcome.kind is OutcomeKind.TRY_LATER, outcome
    assert outcome.reason is Reason.UNEXPECTED_ANSWER
    assert outcome.result_unknown  # it may have landed: the duplicate rule settles it
    assert "inside cg-desktop" not in outcome.message


@pytest.mark.parametrize("body", [b"", b"\n", b" \r\n"], ids=["empty", "newline", "blank"])
def test_an_empty_2xx_is_delivered(server: HostileServer, body: bytes) -> None:
    # A stray newline (a PHP file's trailing one) is still an empty body.
    server.answers.append(Answer(204 if not body else 200, {}, body))
    assert send_one_record(server).kind is OutcomeKind.DELIVERED


def test_the_outbox_keeps_an_unproven_send_and_the_next_empty_200_settles_it(
    server: HostileServer, tmp_path: Path
) -> None:
    # The odd answer did not land here, so the next attempt is answered by the empty 200
    # (not by the duplicate rule).
    odd = dataclasses.replace(NOT_CUSTOMERGAUGE["json unauthenticated"], lands=False)
    server.answers += [odd, Answer(200)]
    with Store(tmp_path / "sends.db") as store:
        send_id = store.enqueue(
            profile="Desk", region="sandbox", configuration=MAPPING, record=RECORD
        )
        deliverer = Deliverer(store)
        account = Account(sandbox_region(server.base_url), CREDENTIALS)
        try:
            first = deliverer.send_one(send_id, account)
            assert first is not None and first.settled.status is Status.QUEUED
            assert first.outcome.result_unknown
            second = deliverer.send_one(send_id, account)
            assert second is not None and second.settled.status is Status.DELIVERED
            assert second.outcome.kind is OutcomeKind.DELIVERED
            assert server.answers == []  # the empty 200 settled it
        finally:
            deliverer.close()
    assert server.records_puts() == 2


DEEP = b"[" * 50_000 + b"]" * 50_000


def test_a_refusal_with_deeply_nested_json_is_still_a_refusal(server: HostileServer) -> None:
    server.answers.append(Answer(422, {"Content-Type": "application/json"}, DEEP))
    outcome = send_one_record(server)
    assert outcome.kind is OutcomeKind.REJECTED and outcome.is_final  # not retried
    assert outcome.server_answer.startswith("[[[")  # the raw text, for Details
    assert "inside cg-desktop" not in outcome.message


def test_a_webhook_refusal_with_deep_json_is_a_refusal(server: HostileServer) -> None:
    server.answers.append(Answer(422, {"Content-Type": "application/json"}, DEEP))
    client = WebhookClient(server.base_url + "/records/", "user", "password-1")
    try:
        outcome = client.send(RECORD)
    finally:
        client.close()
    assert outcome.kind is OutcomeKind.REJECTED


def test_a_sign_in_answer_of_deep_json_is_an_answer_not_a_crash(server: HostileServer) -> None:
    server.token_answer = Answer(200, {"Content-Type": "application/json"}, DEEP)
    with make_session() as session:
        outcome = TokenProvider(session).check(sandbox_region(server.base_url), CREDENTIALS)
    assert outcome is not None and outcome.kind is OutcomeKind.TRY_LATER
    assert "inside cg-desktop" not in outcome.message


@pytest.mark.parametrize("token", ["abc\r\nX-Injected: 1", "two words", "tab\there", "é-token"])
def test_a_token_that_cannot_be_a_header_is_a_sign_in_problem(
    server: HostileServer, token: str
) -> None:
    body = json.dumps({"access_token": token, "token_type": "Bearer", "expires_in": 3600})
    server.token_answer = Answer(200, {"Content-Type": "application/json"}, body.encode())
    outcome = send_one_record(server)
    assert outcome.kind is OutcomeKind.TRY_LATER
    assert "sign-in answer could not be used" in outcome.message
    assert not outcome.result_unknown  # nothing was sent
    assert server.records_puts() == 0


def test_an_answer_trickled_past_the_deadline_ends_the_attempt(server: HostileServer) -> None:
    # Forty bytes, one every 0.5 s: 20 s in all, well past a 6 s deadline.
    server.answers.append(Answer(raw=trickle(b"x" * 40, 0.5, server.stopping)))
    outcome = send_one_record(server, deadline=6.0)
    assert outcome.kind is OutcomeKind.TRY_LATER and outcome.reason is Reason.TIMEOUT
    assert outcome.result_unknown  # the record went out: the duplicate rule settles it


def test_an_endless_200_is_read_up_to_a_cap_and_is_not_delivered(server: HostileServer) -> None:
    server.answers.append(Answer(raw=endless(server.stopping)))
    outcome = send_one_record(server)
    assert outcome.kind is OutcomeKind.TRY_LATER and outcome.result_unknown
    assert len(outcome.server_answer) < 2 * MAX_ANSWER_CHARS  # kept: a clipped beginning


def test_a_trickled_sign_in_answer_ends_by_the_deadline(server: HostileServer) -> None:
    server.token_answer = Answer(raw=trickle(b'{"access_token": "abc"}', 0.5, server.stopping))
    outcome = send_one_record(server, deadline=6.0)
    assert outcome.kind is OutcomeKind.TRY_LATER and outcome.reason is Reason.TIMEOUT
    assert server.records_puts() == 0


def test_headers_trickled_past_the_deadline_end_the_attempt(server: HostileServer) -> None:
    # A status line and headers that come a byte every 0.2 s and never end.
    server.answers.append(Answer(raw=trickle_headers(0.2, server.stopping)))
    outcome = send_one_record(server, deadline=6.0)
    assert outcome.kind is OutcomeKind.TRY_LATER and outcome.reason is Reason.TIMEOUT
    assert outcome.result_unknown


def test_a_broken_gzip_answer_is_an_answer_not_a_bug(server: HostileServer) -> None:
    server.answers.append(Answer(200, {"Content-Encoding": "gzip"}, b"this is not gzip"))
    outcome = send_one_record(server)
    assert outcome.kind is OutcomeKind.TRY_LATER and outcome.result_unknown
    assert "inside cg-desktop" not in outcome.message


def send_one_record(server: HostileServer, deadline: float = 60.0) -> Outcome:
    """A RecordsClient's send of RECORD to the server, in a thread; fails only on a hang."""
    client = RecordsClient(sandbox_region(server.base_url), CREDENTIALS, deadline=deadline)
    box: list[Outcome] = []
    thread = threading.Thread(target=lambda: box.append(client.send(MAPPING, RECORD)), daemon=True)
    try:
        thread.start()
        thread.join(120.0)  # bounds a hang, never a speed
        assert not thread.is_alive(), "the attempt never ended"
    finally:
        client.close()
    return box[0]


def raw_then_close(data: bytes) -> Callable[[Any], None]:
    """A raw answer: these bytes, then the connection closes."""

    def write(handler: Any) -> None:
        handler.wfile.write(data)
        handler.wfile.flush()

    return write


CUT_SHORT = {
    "status line only": b"HTTP/1.1 200 OK\r\n",
    "half a header": b"HTTP/1.1 200 OK\r\nContent-Ty",
    "no length, closed": b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n",
    "gzip header only": b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 10\r\n\r\n"
    + b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
}


@pytest.mark.parametrize("data", CUT_SHORT.values(), ids=CUT_SHORT.keys())
def test_a_200_cut_short_is_never_delivered(server: HostileServer, data: bytes) -> None:
    # A middlebox that says "200" and hangs up has not proved anything.
    server.answers.append(Answer(raw=raw_then_close(data)))
    outcome = send_one_record(server)
    assert outcome.kind is OutcomeKind.TRY_LATER, outcome
    assert outcome.result_unknown


def test_records_calls_ask_for_uncompressed_answers(server: HostileServer) -> None:
    send_one_record(server)
    put = next(s for s in server.seen if s.path == "/records/")
    assert put.headers.get("Accept-Encoding") == "identity"
