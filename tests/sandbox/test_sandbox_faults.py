"""Injected faults: each one as a client sees it, and what the sandbox kept."""

from __future__ import annotations

import socket

import pytest
import requests
from sandbox_helpers import CLIENT, HANG, HOOK_AUTH, MAPPING_A, TIMEOUT, Api, joe

from cg_desktop.sandbox import (
    ACCEPT_THEN_CLOSE,
    BUSY_503,
    CLOSE_CONNECTION,
    EMPTY_502,
    FAULTS,
    HTML_500,
    RATE_429,
    REDIRECT,
    UNEXPECTED_200,
    Sandbox,
)


def test_html_500(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(HTML_500)
    response = api.send(joe())
    assert response.status_code == 500
    assert response.headers["Content-Type"].startswith("text/html")
    assert "Server Error" in response.text
    assert sandbox.accepted == []
    assert api.send(joe()).status_code == 200  # one time only


def test_empty_502(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(EMPTY_502)
    response = api.send(joe())
    assert response.status_code == 502
    assert response.content == b"" and response.headers["Content-Length"] == "0"


def test_busy_503_with_retry_after(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(BUSY_503, retry_after=7)
    response = api.send(joe())
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "7"
    assert 0 < len(response.content) < 200


def test_rate_429(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(RATE_429, retry_after=12)
    response = api.send(joe())
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "12"
    assert response.json() == {"message": "Too Many Attempts."}


def test_redirect(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(REDIRECT)
    response = api.send(joe(), allow_redirects=False)
    assert response.status_code == 302
    assert response.headers["Location"] == sandbox.base_url + "/moved/"
    assert sandbox.accepted == []


def test_a_followed_redirect_ends_in_404(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(REDIRECT)
    response = api.send(joe())  # requests turns the PUT into a GET and follows it
    assert response.status_code == 404
    assert sandbox.request_log[-1] == ("GET", "/moved/", 404)


def test_unexpected_200_is_not_an_acceptance(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(UNEXPECTED_200)
    response = api.send(joe())
    assert response.status_code == 200
    assert response.text == "<html>captive portal</html>"
    assert response.headers["Content-Type"].startswith("text/html")
    assert sandbox.accepted == []


def test_close_connection_mid_response(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(CLOSE_CONNECTION)
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        api.send(joe())
    assert sandbox.accepted == []
    assert sandbox.request_log[-1] == ("PUT", "/records/", 0)
    assert api.send(joe()).status_code == 200


def test_close_connection_as_seen_on_the_wire(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(CLOSE_CONNECTION, endpoint="any")
    port = int(sandbox.base_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=HANG) as sock:
        sock.sendall(b"PUT /records/ HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
        received = b""
        while chunk := sock.recv(4096):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert b"Content-Length: 1024" in head
    assert 0 < len(body) < 1024


def test_accept_then_close(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(ACCEPT_THEN_CLOSE)
    with pytest.raises(requests.exceptions.ConnectionError):
        api.send(joe())
    (accepted,) = sandbox.accepted
    assert accepted.cg_id == "CG-1000001"
    assert sandbox.request_log[-1] == ("PUT", "/records/", 0)
    retry = api.send(joe())  # the resend meets the duplicate rule
    assert retry.status_code == 422
    assert retry.json()["errors"] == {
        "duplicate": ["Record could not be imported because it duplicates with CG-1000001."]
    }


def test_times(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(EMPTY_502, times=2)
    assert [api.send(joe()).status_code for _ in range(3)] == [502, 502, 200]


def test_faults_queue_in_order(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(BUSY_503)
    sandbox.inject(RATE_429)
    assert [api.send(joe()).status_code for _ in range(3)] == [503, 429, 200]


def test_token_endpoint_fault_leaves_records_alone(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(HTML_500, endpoint="token")
    response = api.session.post(
        sandbox.token_url, data={"grant_type": "client_credentials", **CLIENT}, timeout=TIMEOUT
    )
    assert response.status_code == 500
    assert sandbox.tokens_issued == 0
    assert api.send(joe()).status_code == 200


def test_hook_endpoint_fault(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(RATE_429, endpoint="hook")
    assert api.send(joe()).status_code == 200
    assert api.hook(params={"Email": "b@example.com", "First Name": "B"}).status_code == 429


def test_any_endpoint(http: requests.Session, sandbox: Sandbox) -> None:
    sandbox.inject(EMPTY_502, endpoint="any", times=3)
    assert http.post(sandbox.token_url, timeout=TIMEOUT).status_code == 502
    assert http.put(sandbox.hook_url(), auth=HOOK_AUTH, timeout=TIMEOUT).status_code == 502
    assert http.get(sandbox.base_url + "/elsewhere", timeout=TIMEOUT).status_code == 502
    assert http.get(sandbox.base_url + "/elsewhere", timeout=TIMEOUT).status_code == 404


def test_clear_faults(api: Api, sandbox: Sandbox) -> None:
    sandbox.inject(HTML_500, times=5)
    sandbox.clear_faults()
    assert api.send(joe()).status_code == 200


def test_every_fault_name_is_exported() -> None:
    assert set(FAULTS) == {
        "html_500",
        "empty_502",
        "busy_503",
        "rate_429",
        "close_connection",
        "accept_then_close",
        "redirect",
        "unexpected_200",
    }


@pytest.mark.parametrize(
    "kwargs",
    [
        {"fault": "teapot"},
        {"fault": HTML_500, "endpoint": "records/"},
        {"fault": HTML_500, "times": 0},
        {"fault": HTML_500, "retry_after": -1},
    ],
)
def test_bad_injections_are_refused(sandbox: Sandbox, kwargs: dict[str, object]) -> None:
    fault = kwargs.pop("fault")
    with pytest.raises(ValueError):
        sandbox.inject(fault, **kwargs)  # type: ignore[arg-type]


def test_fault_on_a_form_body_request_still_reads_the_body(api: Api, sandbox: Sandbox) -> None:
    # The keep-alive connection must stay usable: the faulted request's body was consumed.
    sandbox.inject(BUSY_503)
    body = f"configuration={MAPPING_A}&record%5BEmail%5D=x%40y.z&record%5BFirst+Name%5D=X"
    assert api.put_raw(body, "application/x-www-form-urlencoded").status_code == 503
    assert api.put_raw(body, "application/x-www-form-urlencoded").status_code == 200
