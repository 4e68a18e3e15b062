"""`POST /oauth2/token` (RFC 6749 client credentials) and bearer tokens on `/records/`."""

from __future__ import annotations

import base64

import pytest
import requests
from sandbox_helpers import CLIENT, DAY, TIMEOUT, Api, FakeClock, joe

from cg_desktop.sandbox import Sandbox

GRANT = {"grant_type": "client_credentials"}


def post_token(
    http: requests.Session, sandbox: Sandbox, data: object, **kw: object
) -> requests.Response:
    return http.post(sandbox.token_url, data=data, timeout=TIMEOUT, **kw)  # type: ignore[arg-type]


def test_token_with_form_body(http: requests.Session, sandbox: Sandbox) -> None:
    response = post_token(http, sandbox, {**GRANT, **CLIENT})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    assert response.headers["Cache-Control"] == "no-store"
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in"}
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
    assert isinstance(body["access_token"], str) and len(body["access_token"]) >= 32
    assert sandbox.tokens_issued == 1


def test_tokens_are_different_each_time(http: requests.Session, sandbox: Sandbox) -> None:
    first = post_token(http, sandbox, {**GRANT, **CLIENT}).json()["access_token"]
    second = post_token(http, sandbox, {**GRANT, **CLIENT}).json()["access_token"]
    assert first != second and sandbox.tokens_issued == 2


def test_token_with_http_basic_client_authentication(
    http: requests.Session, sandbox: Sandbox
) -> None:
    response = post_token(http, sandbox, GRANT, auth=("sandbox-client", "sandbox-secret"))
    assert response.status_code == 200


def test_basic_credentials_are_form_urlencoded_first(
    http: requests.Session, sandbox: Sandbox
) -> None:
    # RFC 6749 §2.3.1: id and secret are form-urlencoded before base64.
    encoded = base64.b64encode(b"sandbox%2Dclient:sandbox-secret").decode()
    response = post_token(http, sandbox, GRANT, headers={"Authorization": f"Basic {encoded}"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "credentials",
    [
        {"client_id": "sandbox-client", "client_secret": "wrong"},
        {"client_id": "someone-else", "client_secret": "sandbox-secret"},
        {"client_id": "Sandbox-Client", "client_secret": "sandbox-secret"},
    ],
)
def test_wrong_client_is_401_invalid_client(
    http: requests.Session, sandbox: Sandbox, credentials: dict[str, str]
) -> None:
    response = post_token(http, sandbox, {**GRANT, **credentials})
    assert response.status_code == 401
    assert response.json() == {"error": "invalid_client"}
    assert sandbox.tokens_issued == 0


def test_wrong_basic_client_is_401_with_a_challenge(
    http: requests.Session, sandbox: Sandbox
) -> None:
    response = post_token(http, sandbox, GRANT, auth=("sandbox-client", "nope"))
    assert response.status_code == 401
    assert response.json() == {"error": "invalid_client"}
    assert response.headers["WWW-Authenticate"].startswith("Basic")


@pytest.mark.parametrize("grant_type", ["password", "authorization_code", "Client_Credentials"])
def test_other_grant_type(http: requests.Session, sandbox: Sandbox, grant_type: str) -> None:
    response = post_token(http, sandbox, {"grant_type": grant_type, **CLIENT})
    assert response.status_code == 400
    assert response.json() == {"error": "unsupported_grant_type"}


@pytest.mark.parametrize(
    "data",
    [
        CLIENT,
        {**GRANT, "client_id": "sandbox-client"},
        {**GRANT, "client_secret": "sandbox-secret"},
        {**GRANT, "client_id": "", "client_secret": "sandbox-secret"},
        {},
        "grant_type=client_credentials&grant_type=client_credentials"
        "&client_id=sandbox-client&client_secret=sandbox-secret",
    ],
)
def test_missing_or_repeated_parameter_is_invalid_request(
    http: requests.Session, sandbox: Sandbox, data: object
) -> None:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    response = post_token(http, sandbox, data, headers=headers)
    assert response.status_code == 400
    assert response.json() == {"error": "invalid_request"}


def test_json_body_is_not_a_token_request(http: requests.Session, sandbox: Sandbox) -> None:
    response = http.post(sandbox.token_url, json={**GRANT, **CLIENT}, timeout=TIMEOUT)
    assert response.status_code == 400
    assert response.json() == {"error": "invalid_request"}


def test_two_client_authentication_methods_is_invalid_request(
    http: requests.Session, sandbox: Sandbox
) -> None:
    response = post_token(
        http, sandbox, {**GRANT, **CLIENT}, auth=("sandbox-client", "sandbox-secret")
    )
    assert response.status_code == 400
    assert response.json() == {"error": "invalid_request"}


def test_get_on_the_token_url_is_405(http: requests.Session, sandbox: Sandbox) -> None:
    response = http.get(sandbox.token_url, timeout=TIMEOUT)
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"


# -- the token on /records/ -------------------------------------------------------------------


def test_expired_by_the_clock(api: Api, clock: FakeClock) -> None:
    token = api.token
    clock.advance(3599)
    assert api.send(joe()).status_code == 200
    clock.advance(1)
    response = api.send(joe(Email="someone.else@example.com"))
    assert response.status_code == 401
    assert response.json() == {"message": "Unauthenticated."}
    assert token == api.token


def test_expire_tokens_expires_all_issued_so_far(api: Api, sandbox: Sandbox) -> None:
    first = api.token
    second = api.new_token()
    sandbox.expire_tokens()
    for token in (first, second):
        response = api.session.put(
            sandbox.records_url,
            json={"configuration": "x", "record": joe()},
            headers={"Authorization": f"Bearer {token}"},
            timeout=TIMEOUT,
        )
        assert response.status_code == 401
        assert response.json() == {"message": "Unauthenticated."}
    fresh = api.new_token()
    response = api.session.put(
        sandbox.records_url,
        json={"configuration": "9dd58237-c913-4073-9c76-07da0b49ff50", "record": joe()},
        headers={"Authorization": f"Bearer {fresh}"},
        timeout=TIMEOUT,
    )
    assert response.status_code == 200


def test_token_lifetime_can_be_shortened(http: requests.Session, clock: FakeClock) -> None:
    with Sandbox(token_lifetime=60, clock=clock) as short:
        body = post_token(http, short, {**GRANT, **CLIENT}).json()
        assert body["expires_in"] == 60


def test_a_day_old_token_is_refused(api: Api, clock: FakeClock) -> None:
    assert api.token
    clock.advance(DAY)
    assert api.send(joe()).status_code == 401
