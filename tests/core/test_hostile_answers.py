"""Delivered means CustomerGauge accepted it: only an empty 2xx (or the duplicate rule) counts.

Against a hostile server of our own on loopback: a proxy's text page, HTML with a byte-order
mark or a leading comment, JSON saying "Unauthenticated.", an unknown charset.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_server import Answer, HostileServer

from cg_desktop.core.api.outcomes import OutcomeKind, Reason
from cg_desktop.core.api.records_client import RecordsClient
from cg_desktop.core.api.regions import sandbox_region
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
    "just a newline": Answer(200, {}, b"\n"),
}


@pytest.fixture
def server() -> Iterator[HostileServer]:
    """A hostile server on a free loopback port."""
    with HostileServer() as running:
        yield running


@pytest.mark.parametrize("answer", NOT_CUSTOMERGAUGE.values(), ids=NOT_CUSTOMERGAUGE.keys())
def test_a_2xx_with_a_body_is_never_delivered(server: HostileServer, answer: Answer) -> None:
    server.answers.append(answer)
    client = RecordsClient(sandbox_region(server.base_url), CREDENTIALS)
    try:
        outcome = client.send(MAPPING, RECORD)
    finally:
        client.close()
    assert outcome.kind is OutcomeKind.TRY_LATER, outcome
    assert outcome.reason is Reason.UNEXPECTED_ANSWER
    assert outcome.result_unknown  # it may have landed: the duplicate rule settles it
    assert "inside cg-desktop" not in outcome.message


def test_an_empty_2xx_is_delivered(server: HostileServer) -> None:
    server.answers.append(Answer(204))
    client = RecordsClient(sandbox_region(server.base_url), CREDENTIALS)
    try:
        assert client.send(MAPPING, RECORD).kind is OutcomeKind.DELIVERED
    finally:
        client.close()


def test_the_outbox_keeps_an_unproven_send_and_the_next_empty_200_settles_it(
    server: HostileServer, tmp_path: Path
) -> None:
    server.answers += [NOT_CUSTOMERGAUGE["json unauthenticated"], Answer(200)]
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
        finally:
            deliverer.close()
    assert server.records_puts() == 2
