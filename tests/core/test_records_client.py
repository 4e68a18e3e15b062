"""RecordsClient against the real sandbox over loopback HTTP: every answer ends in an Outcome."""

from __future__ import annotations

import logging
import socket

import pytest
import requests

from cg_desktop.core.api.answers import interpret_records_answer
from cg_desktop.core.api.outcomes import OutcomeKind, Reason
from cg_desktop.core.api.records_client import RecordsClient
from cg_desktop.core.api.regions import sandbox_region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.sandbox import Sandbox

MAPPING_A = "9dd58237-c913-4073-9c76-07da0b49ff50"
MAPPING_B = "53505294-0b20-2509-b15d-c8e377701d66"
DEMO = ClientCredentials("sandbox-client", "sandbox-secret")
JOE = {"Email": "joe.doe@example.com", "First Name": "Joe", "Last Name": "Doe"}
SURE = (30.0, 60.0)  # timeouts that bound a hang only: the sandbox answers far sooner


def client_for(
    sandbox: Sandbox, credentials: ClientCredentials = DEMO, **kw: object
) -> RecordsClient:
    return RecordsClient(sandbox_region(sandbox.base_url), credentials, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("body_format", ["json", "form"])
@pytest.mark.parametrize("method", ["PUT", "POST"])
def test_a_valid_record_is_delivered(sandbox: Sandbox, body_format: str, method: str) -> None:
    client = client_for(sandbox)
    record = {**JOE, "Account Name": "ACME & Söhne [EU]", "Touchpoint": "Trade Show"}
    outcome = client.send(MAPPING_A, record, body_format=body_format, method=method)
    client.close()
    assert outcome.kind is OutcomeKind.DELIVERED, outcome
    assert outcome.http_status == 200 and outcome.is_final
    (accepted,) = sandbox.accepted
    assert accepted.record == record  # every key arrived intact, brackets and all
    assert accepted.method == method
    assert accepted.content_type == body_format
    assert accepted.configuration == MAPPING_A


def test_put_is_the_default_method(sandbox: Sandbox) -> None:
    client_for(sandbox).send(MAPPING_A, JOE)
    assert sandbox.request_log[-1][:2] == ("PUT", "/records/")


def test_100_sends_cost_one_token_and_a_401_costs_exactly_one_more(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    for i in range(50):
        outcome = client.send(MAPPING_B, {"Account Name": f"Acme {i}"})
        assert outcome.kind is OutcomeKind.DELIVERED
    assert sandbox.tokens_issued == 1
    sandbox.expire_tokens()  # the server now answers 401 to the cached token
    outcome = client.send(MAPPING_B, {"Account Name": "Acme after 401"})
    assert outcome.kind is OutcomeKind.DELIVERED  # the send still succeeds
    for i in range(49):
        assert (
            client.send(MAPPING_B, {"Account Name": f"Acme late {i}"}).kind is OutcomeKind.DELIVERED
        )
    assert sandbox.tokens_issued == 2
    assert client.tokens.requests_made == 2
    assert len(sandbox.accepted) == 100
    client.close()


def test_a_token_is_renewed_when_less_than_60_seconds_remain(sandbox: Sandbox) -> None:
    now = [0.0]
    from cg_desktop.core.api.http import make_session
    from cg_desktop.core.api.tokens import TokenProvider

    session = make_session()
    tokens = TokenProvider(session, clock=lambda: now[0])
    client = client_for(sandbox, session=session, tokens=tokens)
    client.send(MAPPING_B, {"Account Name": "a"})
    now[0] = 3600 - 61
    client.send(MAPPING_B, {"Account Name": "b"})
    assert sandbox.tokens_issued == 1
    now[0] = 3600 - 59
    client.send(MAPPING_B, {"Account Name": "c"})
    assert sandbox.tokens_issued == 2
    client.close()


def test_wrong_secret_is_a_plain_sentence_not_the_raw_body(sandbox: Sandbox) -> None:
    outcome = client_for(sandbox, ClientCredentials("sandbox-client", "wrong")).send(MAPPING_A, JOE)
    assert outcome.kind is OutcomeKind.NEEDS_SIGN_IN
    assert outcome.message == (
        "Client ID or Client Secret is not accepted by CustomerGauge (practice sandbox). "
        "Check them with the Credentials… button."
    )
    assert "invalid_client" not in outcome.message
    assert sandbox.accepted == []


def test_a_failed_renewal_after_401_is_try_later(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    client.send(MAPPING_B, {"Account Name": "warm-up"})
    sandbox.expire_tokens()
    sandbox.inject("html_500", endpoint="token")  # the renewal fails too
    outcome = client.send(MAPPING_B, {"Account Name": "x"})
    assert outcome.kind is OutcomeKind.TRY_LATER and outcome.reason is Reason.SERVER_ERROR
    client.close()


# -- every 422 of SPEC.md, through the client ------------------------------------------


@pytest.mark.parametrize(
    ("record", "field_errors"),
    [
        (
            {"First Name": "Joe"},
            {
                "Email": ("The Email field is required when Phone is not present.",),
                "Phone": ("The Phone field is required when Email is not present.",),
            },
        ),
        (
            {**JOE, "Email": "not-an-email"},
            {"Email": ("The Email field must be a valid email address.",)},
        ),
        ({"Email": "a@b"}, {"First Name": ("The First Name field is required.",)}),
        ({**JOE, "Touchpoint": "Golf Day"}, {"Touchpoint": ("The Touchpoint field is invalid.",)}),
        (
            {**JOE, "Visit Date": "2024-02-30"},
            {
                "Visit Date": (
                    "The field Visit Date must be a valid date with format YYYY-MM-DD HH:MM:SS "
                    "or YYYY-MM-DD.",
                )
            },
        ),
        (
            {**JOE, "Secondary Email": "joe@"},
            {"Secondary Email": ("The Secondary Email must be a valid email address.",)},
        ),
        ({**JOE, "Company Size": "1,5"}, {"Company Size": ("The Company Size must be a number.",)}),
        (
            {**JOE, "Last Name": "x" * 51},
            {"Last Name": ("The Last Name must not be greater than 50 characters.",)},
        ),
        (
            {**JOE, "Phone": "+44 20 7946 0958 ext. 12"},
            {"Phone": ("The Phone format is invalid.",)},
        ),
    ],
)
@pytest.mark.parametrize("body_format", ["json", "form"])
def test_field_errors_land_under_their_field(
    sandbox: Sandbox,
    record: dict[str, str],
    field_errors: dict[str, tuple[str, ...]],
    body_format: str,
) -> None:
    outcome = client_for(sandbox).send(MAPPING_A, record, body_format=body_format)
    assert outcome.kind is OutcomeKind.REJECTED
    assert outcome.field_errors == field_errors
    assert outcome.general_errors == ()
    assert outcome.http_status == 422 and outcome.is_final
    assert sandbox.accepted == []


def test_unknown_configuration(sandbox: Sandbox) -> None:
    outcome = client_for(sandbox).send("00000000-0000-0000-0000-000000000000", JOE)
    assert outcome.kind is OutcomeKind.CONFIGURATION_INVALID
    assert outcome.general_errors == ("The selected configuration is required.",)
    assert "administrator" in outcome.message


def test_missing_configuration(sandbox: Sandbox) -> None:
    outcome = client_for(sandbox).send("", JOE, body_format="form")
    assert outcome.kind is OutcomeKind.CONFIGURATION_INVALID
    assert outcome.general_errors == ("The configuration field is required.",)


def test_empty_record_is_a_general_error(sandbox: Sandbox) -> None:
    outcome = client_for(sandbox).send(MAPPING_A, {})
    assert outcome.kind is OutcomeKind.REJECTED
    assert outcome.general_errors == ("The record field is required.",)
    assert outcome.field_errors == {}


def test_record_not_an_array_is_a_general_error(sandbox: Sandbox) -> None:
    # The client never sends this shape, so ask the sandbox directly and read its answer.
    token = requests.post(
        sandbox.token_url,
        data={
            "grant_type": "client_credentials",
            "client_id": "sandbox-client",
            "client_secret": "sandbox-secret",
        },
        timeout=SURE,
    ).json()["access_token"]
    response = requests.put(
        sandbox.records_url,
        json={"configuration": MAPPING_A, "record": "Joe"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=SURE,
    )
    outcome = interpret_records_answer(
        response.status_code, response.headers, response.text, where="x"
    )
    assert outcome.kind is OutcomeKind.REJECTED
    assert outcome.general_errors == ("The record must be an array.",)


def test_duplicate_names_the_earlier_cg_id(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    assert client.send(MAPPING_A, JOE).kind is OutcomeKind.DELIVERED
    first_id = sandbox.accepted[0].cg_id
    again = client.send(MAPPING_A, {**JOE, "Email": "JOE.DOE@example.com"})
    assert again.kind is OutcomeKind.DUPLICATE
    assert again.cg_id == first_id
    assert again.message == f"This contact already received a survey recently (CG-ID {first_id})."
    assert again.is_final


# -- SPEC.md assumption 4: the real world's other answers -------------------------------


@pytest.mark.parametrize(
    ("fault", "reason", "unknown"),
    [
        ("html_500", Reason.SERVER_ERROR, True),
        ("empty_502", Reason.SERVER_ERROR, True),
        ("busy_503", Reason.SERVER_ERROR, False),
        ("rate_429", Reason.RATE_LIMITED, False),
        ("close_connection", Reason.DROPPED, True),
        ("redirect", Reason.REDIRECT, False),
        ("unexpected_200", Reason.UNEXPECTED_ANSWER, True),
    ],
)
def test_faults_end_in_try_later_with_a_sentence(
    sandbox: Sandbox, fault: str, reason: Reason, unknown: bool
) -> None:
    client = client_for(sandbox)
    sandbox.inject(fault, retry_after=42)
    outcome = client.send(MAPPING_A, JOE)
    assert outcome.kind is OutcomeKind.TRY_LATER, outcome
    assert outcome.reason is reason
    assert outcome.result_unknown is unknown
    assert outcome.message.endswith(".") and "Saved" in outcome.message
    assert "<html" not in outcome.message.lower()
    assert not outcome.is_final
    if fault in ("busy_503", "rate_429"):
        assert outcome.retry_after == 42
    # The fault has cleared: the same record is delivered, once.
    assert client.send(MAPPING_A, JOE).kind is OutcomeKind.DELIVERED
    assert len(sandbox.accepted) == 1
    client.close()


def test_a_redirect_is_never_followed(sandbox: Sandbox) -> None:
    sandbox.inject("redirect")
    client_for(sandbox).send(MAPPING_A, JOE)
    assert all("/moved" not in path for _, path, _ in sandbox.request_log)


def test_html_error_page_keeps_the_exact_answer_for_details(sandbox: Sandbox) -> None:
    sandbox.inject("html_500")
    outcome = client_for(sandbox).send(MAPPING_A, JOE)
    assert outcome.http_status == 500
    assert "<html" in outcome.server_answer.lower()
    assert outcome.message == (
        "CustomerGauge (practice sandbox) is having trouble (HTTP 500). Saved — it will be "
        "sent when the service is back."
    )


def test_a_send_whose_answer_was_lost_then_reads_duplicate(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    sandbox.inject("accept_then_close")
    first = client.send(MAPPING_A, JOE)
    assert first.kind is OutcomeKind.TRY_LATER and first.result_unknown
    second = client.send(MAPPING_A, JOE)
    assert second.kind is OutcomeKind.DUPLICATE  # the outbox turns this into "delivered"
    assert len(sandbox.accepted) == 1


def test_a_read_timeout_is_an_unknown_result(sandbox: Sandbox) -> None:
    held = sandbox.hold_next_answer()  # accepted, its answer kept back until the end
    client = client_for(sandbox, timeout=(SURE[0], 0.3))
    outcome = client.send(MAPPING_B, {"Account Name": "slow"})
    assert outcome.kind is OutcomeKind.TRY_LATER
    assert outcome.reason is Reason.TIMEOUT and outcome.result_unknown
    assert held.arrived and len(sandbox.accepted) == 1  # unknown to the client, not lost
    client.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_refused_connection_is_one_clear_sentence_and_nothing_raised() -> None:
    region = sandbox_region(f"http://127.0.0.1:{_free_port()}")
    outcome = RecordsClient(region, DEMO).send(MAPPING_A, JOE)
    assert outcome.kind is OutcomeKind.TRY_LATER
    assert outcome.reason is Reason.OFFLINE and not outcome.result_unknown
    assert outcome.message == (
        "Could not reach CustomerGauge (practice sandbox): this computer seems to be offline. "
        "Saved — it will be sent when the connection is back."
    )


def test_an_unresolvable_host_is_offline() -> None:
    from cg_desktop.core.api.regions import Region

    region = Region(
        "eu",
        "Europe",
        "https://auth.invalid./oauth2/token",
        "https://imports.invalid./records/",
        "https://hooks.invalid.",
    )
    outcome = RecordsClient(region, DEMO, timeout=(2.0, 2.0)).send(MAPPING_A, JOE)
    assert outcome.kind is OutcomeKind.TRY_LATER and outcome.reason is Reason.OFFLINE


def test_secrets_and_tokens_never_reach_logs_or_reprs(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = client_for(sandbox)
    client.send(MAPPING_A, JOE)
    sandbox.inject("html_500")
    client.send(MAPPING_A, JOE)
    (token,) = [t.value for t in client.tokens._cache.values()]
    texts = [caplog.text, repr(client), repr(DEMO), repr(client.tokens._cache), str(vars(client))]
    for text in texts:
        assert "sandbox-secret" not in text
        assert token not in text
    client.close()


def test_a_sign_in_page_that_echoes_the_secret_is_never_kept(sandbox: Sandbox) -> None:
    # A proxy or WAF error page for the token request may echo the form body back.
    sandbox.inject("html_500", endpoint="token")
    outcome = client_for(sandbox).send(MAPPING_A, JOE)
    assert outcome.kind is OutcomeKind.TRY_LATER
    assert "sandbox-secret" not in outcome.server_answer
    assert "<html" not in outcome.server_answer.lower()
    assert outcome.server_answer.startswith("(HTTP 500 from the sign-in server")
