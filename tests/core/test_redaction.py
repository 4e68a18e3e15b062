"""Nothing secret at rest: a server echoing the token or the client secret leaves no trace.

The hostile server echoes the bearer token and the client secret in bodies, redirect
targets and validation messages; afterwards the database (and its -wal), both CSV exports
and the log are searched for them, in every form they could take.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from hostile_server import TOKEN, Answer, HostileServer

from cg_desktop.core.api.records_client import RecordsClient, WebhookClient
from cg_desktop.core.api.redaction import REDACTED, basic_auth_secret, redact
from cg_desktop.core.api.regions import sandbox_region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.delivery import Account, Deliverer
from cg_desktop.core.logs import LOG_FORMAT
from cg_desktop.core.store.export import export_csv
from cg_desktop.core.store.sends import Store

SECRET = "s3cr+t/with=odd&chars"
CREDENTIALS = ClientCredentials("echo-client", SECRET)
MAPPING = "9dd58237-c913-4073-9c76-07da0b49ff50"
ECHO = f"you sent: Authorization: Bearer {TOKEN}; client_secret={quote_plus(SECRET)}"
# Laravel's own JSON: PHP's json_encode escapes every "/".
PHP_ECHO = json.dumps({"message": f"secret {SECRET}"}).replace("/", "\\/")


def forms(secret: str) -> list[str]:
    """Every form a secret could be written in (PHP's JSON writes / as \\/)."""
    escaped = json.dumps(secret)[1:-1]
    percent = quote(secret, safe="")
    return [
        secret,
        percent,
        percent.lower(),
        quote_plus(secret),
        escaped,
        escaped.replace("/", "\\/"),
        html.escape(secret),
    ]


def test_redact_replaces_every_form_of_every_secret() -> None:
    text = " ".join([*forms(SECRET), TOKEN])
    cleaned = redact(text, [SECRET, TOKEN])
    assert all(form not in cleaned for form in [*forms(SECRET), TOKEN])
    assert cleaned.count(REDACTED) == len(forms(SECRET)) + 1
    assert redact("nothing here", [SECRET]) == "nothing here"
    assert redact("abc abc", ["abc"]) == "abc abc"  # too short to be a secret


@pytest.fixture
def server() -> Iterator[HostileServer]:
    """A hostile server on a free loopback port."""
    with HostileServer() as running:
        yield running


ECHOING_ANSWERS = [
    Answer(200, {"Content-Type": "text/plain"}, ECHO.encode()),
    Answer(302, {"Location": f"https://portal.example/login?token={TOKEN}&s={SECRET}"}),
    Answer(
        422,
        {"Content-Type": "application/json"},
        json.dumps(
            {"message": ECHO, "errors": {"Email": [ECHO], "record": [f"token {TOKEN}"]}}
        ).encode(),
    ),
    Answer(503, {"Content-Type": "text/html", "Retry-After": "1"}, f"<p>{ECHO}</p>".encode()),
    Answer(500, {}, json.dumps({"message": ECHO}).encode()),
    Answer(422, {"Content-Type": "application/json"}, PHP_ECHO.encode()),
    Answer(200, {"Content-Type": "text/html"}, f"<p>{html.escape(SECRET)}</p>".encode()),
]


def test_echoed_secrets_reach_no_file(
    server: HostileServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    log_file = tmp_path / "cg-desktop.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logging.getLogger().addHandler(handler)
    caplog.set_level(logging.DEBUG)
    server.answers += ECHOING_ANSWERS
    try:
        with Store(tmp_path / "sends.db") as store:
            account = Account(sandbox_region(server.base_url), CREDENTIALS)
            deliverer = Deliverer(store)
            try:
                for i, _ in enumerate(ECHOING_ANSWERS):
                    send_id = store.enqueue(
                        profile="Desk",
                        region="sandbox",
                        configuration=MAPPING,
                        record={"Email": f"p{i}@example.com", "First Name": "P"},
                        contact=f"p{i}@example.com",
                    )
                    assert deliverer.send_one(send_id, account) is not None
            finally:
                deliverer.close()
            export_csv(store, tmp_path / "personal.csv", personal=True)
            export_csv(store, tmp_path / "masked.csv", personal=False)
            written = _all_bytes(tmp_path)  # with the -wal still there
            kept = [send.server_answer for send in store.page()]
        written += _all_bytes(tmp_path)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert server.records_puts() == len(ECHOING_ANSWERS)
    assert any(REDACTED in answer for answer in kept)  # the echoes were there, now redacted
    for secret in (TOKEN, SECRET):
        for form in forms(secret):
            assert form.encode() not in written, f"{form!r} was written to a file"
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert TOKEN not in logged and SECRET not in logged


def test_a_sign_in_answer_echoing_the_secret_is_not_kept(server: HostileServer) -> None:
    server.token_answer = Answer(
        302, {"Location": f"https://proxy.example/?client_secret={quote_plus(SECRET)}"}
    )
    client = RecordsClient(sandbox_region(server.base_url), CREDENTIALS)
    try:
        outcome = client.send(MAPPING, {"Email": "a@example.com"})
    finally:
        client.close()
    text = repr(outcome)
    assert all(form not in text for form in forms(SECRET))
    assert REDACTED in outcome.message  # the redirect target is shown, cleaned


def test_a_webhook_answer_echoing_the_password_is_redacted(server: HostileServer) -> None:
    basic = basic_auth_secret("hook-user", "hook-pass-77")
    server.answers.append(Answer(200, {}, f"Authorization: Basic {basic} / hook-pass-77".encode()))
    client = WebhookClient(server.base_url + "/records/", "hook-user", "hook-pass-77")
    try:
        outcome = client.send({"Email": "a@example.com"})
    finally:
        client.close()
    assert basic not in outcome.server_answer and "hook-pass-77" not in outcome.server_answer
    assert outcome.server_answer.count(REDACTED) == 2


def _all_bytes(folder: Path) -> bytes:
    """Every file under `folder`, concatenated."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())
