"""`PUT /hooks/<id>`: HTTP Basic, fields as query parameters or a flat JSON body."""

from __future__ import annotations

import pytest
import requests
from sandbox_helpers import HOOK_AUTH, MAPPING_A, TIMEOUT, Api

from cg_desktop.sandbox import Sandbox


def test_query_parameters(api: Api, sandbox: Sandbox) -> None:
    response = api.hook(params={"Email": "john.doe@example.com", "First Name": "John"})
    assert response.status_code == 200
    assert response.content == b""
    (accepted,) = sandbox.accepted
    assert (accepted.via, accepted.method, accepted.content_type) == ("hook", "PUT", "query")
    assert accepted.configuration == MAPPING_A
    assert accepted.record == {"Email": "john.doe@example.com", "First Name": "John"}
    assert accepted.cg_id == "CG-1000001"


def test_flat_json_body(api: Api, sandbox: Sandbox) -> None:
    body = {"Phone": "5551234", "First Name": "Ann", "Nickname": "Annie"}
    response = api.hook(json=body)
    assert response.status_code == 200
    (accepted,) = sandbox.accepted
    assert accepted.content_type == "json"
    assert accepted.record == {"Phone": "5551234", "First Name": "Ann"}
    assert accepted.ignored_keys == ("Nickname",)


def test_wrapped_body_is_not_understood(api: Api) -> None:
    # A webhook takes the fields themselves: configuration/record are unknown keys.
    response = api.hook(json={"configuration": MAPPING_A, "record": {"Email": "a@b.c"}})
    assert response.status_code == 422
    assert response.json()["errors"]["Email"] == [
        "The Email field is required when Phone is not present."
    ]


def test_same_422_bodies_as_the_mapping(api: Api) -> None:
    response = api.hook(params={"Email": "not-an-address"})
    assert response.json() == {
        "message": "The Email field must be a valid email address. (and 1 more error)",
        "errors": {
            "Email": ["The Email field must be a valid email address."],
            "First Name": ["The First Name field is required."],
        },
    }


@pytest.mark.parametrize(
    "auth", [None, ("sandbox-hook", "wrong"), ("someone", "sandbox-hook-secret"), ("", "")]
)
def test_bad_basic_auth(api: Api, sandbox: Sandbox, auth: tuple[str, str] | None) -> None:
    response = api.hook(params={"Email": "a@b.c", "First Name": "A"}, auth=auth)
    assert response.status_code == 401
    assert response.json() == {"message": "Unauthenticated."}
    assert sandbox.accepted == []


def test_a_bearer_token_is_not_basic_auth(api: Api, sandbox: Sandbox) -> None:
    response = api.session.put(
        sandbox.hook_url(),
        params={"Email": "a@b.c", "First Name": "A"},
        headers=api.auth(),
        timeout=TIMEOUT,
    )
    assert response.status_code == 401


def test_unknown_hook_is_404(http: requests.Session, sandbox: Sandbox) -> None:
    response = http.put(sandbox.hook_url("nope"), auth=HOOK_AUTH, timeout=TIMEOUT)
    assert response.status_code == 404
    assert response.json() == {"message": "Not Found."}


def test_hooks_take_put_only(http: requests.Session, sandbox: Sandbox) -> None:
    response = http.post(sandbox.hook_url(), auth=HOOK_AUTH, json={}, timeout=TIMEOUT)
    assert response.status_code == 405
    assert response.headers["Allow"] == "PUT"


def test_hook_url_shape(sandbox: Sandbox) -> None:
    assert sandbox.hook_url() == sandbox.base_url + "/hooks/demo-webhook"
    assert sandbox.hook_url("x") == sandbox.base_url + "/hooks/x"
